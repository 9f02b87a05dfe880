"""Scheduled posts that became impossible: found on a worker, worded, shown in the calendar and the tray.

A post is checked when it is scheduled (the composer refuses what cannot go out), but what it
depends on can change afterwards: its account is disconnected or removed, its network's adapter
is missing from this build, the media relay is removed. `ReadinessWatcher` re-reads the pending
targets and the accounts (`store.repositories.readiness`) when asked and every few minutes, asks
`core.validation.pending_problems`, words the codes the way the composer does, and emits them by
post id. `install_readiness` connects it to the calendar's models (a warning marker and tooltip
on the post's entry) and to the tray (one notification per post).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from postdesk.core.networks import Network
from postdesk.core.validation import PublishContext, TargetWarning, pending_problems
from postdesk.log import get_logger
from postdesk.store.repositories.readiness import AccountFacts, Readiness
from postdesk.ui.composer.card_styles import style_for
from postdesk.ui.composer.target_panel import shipped_networks
from postdesk.ui.composer.wording import describe_problem

_log = get_logger("ui.readiness")

#: How often the watcher looks again without being asked, in milliseconds.
REFRESH_MS = 5 * 60 * 1000


def word_warning(warning: TargetWarning, accounts: Mapping[int, AccountFacts]) -> str:
    """One warning as the creator reads it, naming the network."""
    account = accounts.get(warning.account_id) if warning.account_id is not None else None
    params = {"handle": account.handle} if account is not None and account.handle else {}
    sentence = describe_problem(warning.code.name, warning.network, params, None)
    name = style_for(warning.network).name
    return sentence if name in sentence else f"{name}: {sentence}"


class ReadinessWatcher(QObject):
    """Finds the scheduled posts that cannot go out as things stand.

    Args:
        load: reads the pending targets and accounts (runs on the worker; I/O).
        runner: the UI's `BackgroundRunner`.
        adapters: the networks Postdesk can publish to; the shipped ones by default.
        relay: whether a media relay is set up, or a function that says so when asked (it is
            asked on the UI thread at each look, so it must be cheap: a cached setting).
        parent: the Qt parent.

    Signals:
        warnings_changed(object): worded warnings by post id (only posts that have some).
    """

    warnings_changed = Signal(object)

    def __init__(
        self,
        load: Callable[[], Readiness],
        runner: Any,
        *,
        adapters: frozenset[Network] | None = None,
        relay: bool | Callable[[], bool] = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._runner = runner
        self._adapters = adapters
        self._relay = relay
        self._warnings: dict[int, tuple[str, ...]] = {}
        self._stopped = False
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    def start(self) -> None:
        """Look now, then every REFRESH_MS."""
        self._timer.start()
        self.refresh()

    def stop(self) -> None:
        """Stop looking (the window is closing); later refreshes and late results are ignored."""
        self._stopped = True
        self._timer.stop()

    def warnings(self) -> dict[int, tuple[str, ...]]:
        """The last warnings found, by post id."""
        return dict(self._warnings)

    @Slot()
    @Slot(object)
    def refresh(self, *_args: object) -> None:
        """Look again (connect to account changes, engine events, calendar reloads)."""
        if self._stopped:
            return
        self._runner.submit(self._load, on_done=self.apply, on_error=self._failed, key="readiness")

    def apply(self, readiness: Readiness) -> None:
        """Check what was read and emit the warnings if they changed."""
        if self._stopped:
            return
        adapters = self._adapters if self._adapters is not None else shipped_networks()
        relay = self._relay() if callable(self._relay) else self._relay
        context = PublishContext(adapters, relay, {i: a.status for i, a in readiness.accounts.items()})
        found = pending_problems(readiness.targets, context)
        worded = {
            post_id: tuple(dict.fromkeys(word_warning(w, readiness.accounts) for w in warnings))
            for post_id, warnings in found.items()
        }
        if worded != self._warnings:
            self._warnings = worded
            self.warnings_changed.emit(dict(worded))

    def _failed(self, error: BaseException) -> None:
        # A failed look leaves the last warnings up; the next refresh tries again.
        _log.warning("Checking scheduled posts failed: %s", type(error).__name__)


def install_readiness(
    database: Any,
    runner: Any,
    *,
    calendar: Any = None,
    tray: Any = None,
    triggers: Iterable[Any] = (),
    relay: bool | Callable[[], bool] = False,
    parent: QObject | None = None,
) -> ReadinessWatcher:
    """Build the watcher and connect it; the composition root calls this once.

    Args:
        database: the open `store.db.Database`.
        runner: the UI's `BackgroundRunner`.
        calendar: the `CalendarPane` (its month, week and list models get the warnings), or None.
        tray: the `Tray` (notified once per post), or None.
        triggers: signals after which to look again (accounts changed, engine events, calendar
            loaded ...).
        relay: whether a media relay is set up (see `ReadinessWatcher`).
        parent: the Qt parent that keeps the watcher alive.

    Returns:
        The started watcher.
    """
    from postdesk.store.repositories.readiness import load_readiness

    watcher = ReadinessWatcher(lambda: load_readiness(database), runner, relay=relay, parent=parent)
    if calendar is not None:
        for model in (calendar.month_model, calendar.week_model, calendar.agenda_model):
            watcher.warnings_changed.connect(model.set_warnings)
    if tray is not None:
        watcher.warnings_changed.connect(tray.on_post_warnings)
    for signal in triggers:
        signal.connect(watcher.refresh)
    watcher.start()
    return watcher
