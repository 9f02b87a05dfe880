"""Reach (issue 13): every public operation of the engine has a control in the window that reaches it.

The window is the real one (`build_window`) over a temporary data directory; the engine is a
recording facade that answers like the engine. Each operation is driven through its control —
a button, a menu action, a dialog — never by calling `EngineActions` directly.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import inspect
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtWidgets import QMenu

from postdesk.app import build_window
from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.engine.engine import ActionResult, EditResult, Engine
from postdesk.engine.events import CatchUpRequired, ConnectivityChanged, LateTarget
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables import TargetRow
from postdesk.store.tables_engine import TargetDeliveryRow
from postdesk.ui import theme
from postdesk.ui.dialogs.delete_published import DeletePublishedDialog
from postdesk.ui.dialogs.unknown_resolution import UnknownResolutionDialog

NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")

#: Public coroutines of the engine that are its own life cycle or plumbing, not something a
#: creator asks for. Each says why; a new public coroutine not listed here needs a control.
NOT_USER_OPERATIONS = {
    "start": "the app starts the engine with the window (EngineHost)",
    "stop": "the app stops the engine when it quits",
    "wait_idle": "tests and --headless --exit-when-idle",
    "has_work": "--headless --exit-when-idle",
    "heartbeat": "the engine's own alarm",
    "drain_outbox": "the engine replays its outbox when the network is back (and inbox sync)",
}
#: Operations whose control belongs to another item of issue 13 that is not built yet. The test
#: fails as soon as one of them gets a driver below (then it must leave this list).
NOT_REACHED_YET: dict[str, str] = {}


@dataclass
class RecordingEngine:
    """Answers like the engine and records each call; the submitter runs calls at once."""

    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)

    async def pause(self, ids):
        self.calls.append(("pause", tuple(ids)))

    async def resume(self, ids):
        self.calls.append(("resume", tuple(ids)))

    async def retry(self, ids):
        self.calls.append(("retry", tuple(ids)))

    async def run_due(self):
        self.calls.append(("run_due", ()))

    async def resolve_catch_up(self, ids, publish):
        self.calls.append(("resolve_catch_up", (tuple(ids), publish)))

    async def set_publishing_paused(self, paused):
        self.calls.append(("set_publishing_paused", (paused,)))

    async def refresh_metrics(self, ids):
        self.calls.append(("refresh_metrics", (tuple(ids),)))

    async def publish_now(self, ids):
        self.calls.append(("publish_now", tuple(ids)))
        return ActionResult(tuple(ids))

    async def cancel(self, ids):
        self.calls.append(("cancel", tuple(ids)))
        return ActionResult(tuple(ids))

    async def resolve_unknown(self, target_id, published, remote_url=None, remote_id=None):
        self.calls.append(("resolve_unknown", (target_id, published, remote_url, remote_id)))
        return ActionResult((target_id,))

    async def delete_published(self, target_id):
        self.calls.append(("delete_published", (target_id,)))
        return 41

    async def hand_off(self, target_id):
        self.calls.append(("hand_off", (target_id,)))
        return True

    async def edit_published(self, target_id, parts, options=None):
        self.calls.append(("edit_published", (target_id, tuple(parts), dict(options or {}))))
        return EditResult("edited")

    async def comment(self, target_id, text):
        self.calls.append(("comment", (target_id, text)))
        return 43

    async def add_to_queue(self, post_id, schedule_id):
        self.calls.append(("add_to_queue", (post_id, schedule_id)))
        return NOW + dt.timedelta(days=1)

    def submit(self, fn, *args, name=None):
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        future.set_result(asyncio.run(fn(*args)))
        return future

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


@pytest.fixture
def make(qtbot, paths, qapp):
    opened: list = []

    def build(**kwargs):
        engine = RecordingEngine()
        kwargs.setdefault("engine", (engine, engine))
        kwargs.setdefault("use_tray", False)
        kwargs.setdefault("quit_app", lambda: None)
        from tests.ui.test_app_engine import FakeAutostart

        kwargs.setdefault("autostart", FakeAutostart())
        b = build_window(
            paths, qapp, open_url=lambda url: opened_urls.append(url.toString()) or True, now=lambda: NOW, **kwargs
        )
        b.engine_calls = engine
        b.opened_urls = opened_urls
        qtbot.addWidget(b.window)
        opened.append(b)
        return b

    opened_urls: list[str] = []
    yield build
    for b in opened:
        b.close()
    theme.apply_theme(qapp, "light")


def seed(
    b,
    state: TargetState,
    *,
    network: Network = Network.MASTODON,
    handle: str = "@me@example.social",
    reason: str | None = None,
    next_at: dt.datetime | None = None,
    handed: str | None = None,
    remote: tuple[str, str] | None = None,
    at: dt.datetime | None = NOW + dt.timedelta(hours=2),
    text: str = "Hello reach",
    options: dict | None = None,
) -> tuple[int, int]:
    """A post with one target in `state` (and the engine's bookkeeping); returns (post id, target id)."""
    account = AccountRepository(b.database).add(network, handle, now=NOW, instance_url=None).id
    saved = PostRepository(b.database).save(
        Post(
            parts=(text,),
            targets=(Target(network, account, state=state, options=options or {}),),
            scheduled_at=at,
            scheduled_zone="UTC",
        ),
        now=NOW,
    )
    (target_id,) = [d.target_id for d in PostRepository(b.database).deliveries(saved.id)]
    with b.database.session() as session:
        if reason or next_at or handed:
            session.add(
                TargetDeliveryRow(
                    target_id=target_id,
                    idempotency_key=uuid.uuid4().hex,
                    reason_code=reason,
                    next_attempt_at=next_at,
                    handoff_remote_id=handed,
                )
            )
        if remote:
            row = session.get(TargetRow, target_id)
            row.remote_id, row.remote_url = remote
            session.add(row)
    return saved.id, target_id


def calendar_of(b, qtbot):
    calendar = b.window.pane("calendar")
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        calendar.reload()
    return calendar


def entry_of(calendar, post_id):
    return next(e for e in calendar.entries() if e.post_id == post_id)


def menu_action(calendar, post_id, name):
    menu: QMenu = calendar.build_menu([entry_of(calendar, post_id)], None, None)
    action = next(a for a in menu.actions() if a.objectName() == name)
    return action


def trigger(calendar, post_id, name):
    action = menu_action(calendar, post_id, name)
    assert action.isEnabled(), f"{name} is disabled"
    action.trigger()


def open_in_composer(b, qtbot, post_id):
    composer = b.window.pane("composer")
    qtbot.waitUntil(lambda: composer.is_loaded, timeout=10_000)
    with qtbot.waitSignal(composer.post_opened, timeout=10_000):
        composer.open_post(post_id)
    with qtbot.waitSignal(composer.controls.loaded, timeout=10_000):
        composer.controls.set_post(post_id)
    return composer


# -- one driver per engine operation, through its control ------------------------------------------


def drive_publish_now(b, qtbot):
    post_id, tid = seed(b, TargetState.SCHEDULED)
    composer = open_in_composer(b, qtbot, post_id)
    composer.refresh_now()
    assert composer.publish_now_button.isEnabled()
    composer.publish_now_button.click()
    qtbot.waitUntil(lambda: ("publish_now", (tid,)) in b.engine_calls.calls, timeout=10_000)


def drive_pause(b, qtbot):
    post_id, tid = seed(b, TargetState.SCHEDULED)
    trigger(calendar_of(b, qtbot), post_id, "pause")
    qtbot.waitUntil(lambda: ("pause", (tid,)) in b.engine_calls.calls, timeout=10_000)


def drive_resume(b, qtbot):
    post_id, tid = seed(b, TargetState.PAUSED)
    trigger(calendar_of(b, qtbot), post_id, "resume")
    qtbot.waitUntil(lambda: ("resume", (tid,)) in b.engine_calls.calls, timeout=10_000)


def drive_retry(b, qtbot):
    post_id, tid = seed(b, TargetState.FAILED)
    trigger(calendar_of(b, qtbot), post_id, "retry")
    qtbot.waitUntil(lambda: ("retry", (tid,)) in b.engine_calls.calls, timeout=10_000)


def drive_cancel(b, qtbot):
    post_id, tid = seed(b, TargetState.DUE)
    b.bridge.sink(ConnectivityChanged(online=False))
    composer = open_in_composer(b, qtbot, post_id)
    assert composer.controls.cancel_button.isVisibleTo(composer)
    composer.controls.cancel_button.click()
    qtbot.waitUntil(lambda: ("cancel", (tid,)) in b.engine_calls.calls, timeout=10_000)


def drive_resolve_unknown(b, qtbot):
    post_id, tid = seed(b, TargetState.UNKNOWN, reason="unknown_needs_user")
    calendar = calendar_of(b, qtbot)
    trigger(calendar, post_id, "resolve_unknown")
    qtbot.waitUntil(lambda: isinstance(calendar.dialog, UnknownResolutionDialog), timeout=10_000)
    dialog = calendar.dialog
    dialog.link_edit.setText("https://example.social/@me/110")
    dialog.there_button.click()
    qtbot.waitUntil(
        lambda: ("resolve_unknown", (tid, True, "https://example.social/@me/110", "110")) in b.engine_calls.calls,
        timeout=10_000,
    )


def drive_delete_published(b, qtbot):
    post_id, tid = seed(b, TargetState.PUBLISHED, remote=("110", "https://example.social/@me/110"))
    calendar = calendar_of(b, qtbot)
    trigger(calendar, post_id, "delete")
    qtbot.waitUntil(lambda: isinstance(calendar.dialog, DeletePublishedDialog), timeout=10_000)
    calendar.dialog.network_too.setChecked(True)
    calendar.dialog.delete_button.click()
    qtbot.waitUntil(lambda: ("delete_published", (tid,)) in b.engine_calls.calls, timeout=10_000)


def drive_hand_off(b, qtbot):
    post_id, tid = seed(b, TargetState.SCHEDULED)
    composer = open_in_composer(b, qtbot, post_id)
    panel = composer.panel(Network.MASTODON)
    assert panel.hand_off_check.isEnabled()
    panel.hand_off_check.click()
    qtbot.waitUntil(lambda: ("hand_off", (tid,)) in b.engine_calls.calls, timeout=10_000)
    qtbot.waitUntil(
        lambda: PostRepository(b.database).get(post_id).targets[0].options.get("hand_off") is True, timeout=10_000
    )


def drive_edit_published(b, qtbot):
    post_id, tid = seed(b, TargetState.PUBLISHED, remote=("110", "https://example.social/@me/110"))
    freeze_sent(b, tid)
    composer = open_in_composer(b, qtbot, post_id)
    qtbot.waitUntil(lambda: tid in composer.sent.edit_buttons, timeout=10_000)
    button = composer.sent.edit_buttons[tid]
    assert button.isEnabled() and button.text() == "Edit on Mastodon…"
    button.click()
    dialog = composer.sent.dialog
    assert dialog is not None
    dialog.text_edit.setPlainText("Hello reach, edited")
    dialog.save_button.click()
    qtbot.waitUntil(
        lambda: ("edit_published", (tid, ("Hello reach, edited",), {"spoiler_text": ""})) in b.engine_calls.calls,
        timeout=10_000,
    )


def drive_comment(b, qtbot):
    post_id, tid = seed(b, TargetState.PUBLISHED, remote=("110", "https://example.social/@me/110"))
    freeze_sent(b, tid)
    composer = open_in_composer(b, qtbot, post_id)
    comments = composer.sent.comments
    qtbot.waitUntil(lambda: tid in comments.buttons, timeout=10_000)
    button = comments.buttons[tid]
    assert button.isEnabled() and button.text() == "Comment on Mastodon…"
    button.click()
    dialog = comments.dialog
    assert dialog is not None and not dialog.post_button.isEnabled()  # nothing written yet
    qtbot.keyClicks(dialog.comment.edit, "Thanks for reading")
    assert dialog.post_button.isEnabled()
    dialog.post_button.click()
    qtbot.waitUntil(lambda: ("comment", (tid, "Thanks for reading")) in b.engine_calls.calls, timeout=10_000)
    qtbot.waitUntil(lambda: "on its way" in dialog.result_label.text(), timeout=10_000)


def freeze_sent(b, target_id: int) -> None:
    """Fix what a seeded target sent (the engine does this when a target leaves `scheduled`)."""
    from postdesk.store import snapshots
    from postdesk.store.tables import PostRow

    with b.database.session() as session:
        target = session.get(TargetRow, target_id)
        snapshots.freeze(session, target, session.get(PostRow, target.post_id), NOW)


def drive_run_due(b, qtbot):
    post_id, _tid = seed(b, TargetState.DRAFT, at=None)
    composer = open_in_composer(b, qtbot, post_id)
    composer.when_edit.setDateTime(composer.when_edit.dateTime().addDays(2))
    composer.refresh_now()
    composer.schedule_button.click()
    qtbot.waitUntil(lambda: "run_due" in b.engine_calls.names(), timeout=10_000)


def drive_resolve_catch_up(b, qtbot):
    b.window.show()
    qtbot.waitExposed(b.window)
    b.bridge.sink(CatchUpRequired((LateTarget(5, 1, "mastodon", NOW - dt.timedelta(hours=2)),)))
    qtbot.waitUntil(lambda: b.catch_up_dialog is not None, timeout=5_000)
    b.catch_up_dialog.publish_button.click()
    assert ("resolve_catch_up", ((5,), True)) in b.engine_calls.calls


def drive_set_publishing_paused(b, qtbot):
    assert b.tray is not None
    pause = next(a for a in b.tray.menu.actions() if a.isCheckable())
    pause.trigger()
    qtbot.waitUntil(lambda: ("set_publishing_paused", (True,)) in b.engine_calls.calls, timeout=5_000)


def drive_refresh_metrics(b, qtbot):
    _post_id, tid = seed(
        b, TargetState.PUBLISHED, remote=("110", "https://example.social/@me/110"), at=NOW - dt.timedelta(days=1)
    )
    insights = b.window.pane("insights")
    b.window.show_pane("insights")
    with qtbot.waitSignal(insights.loaded, timeout=10_000):
        insights.reload()
    qtbot.waitUntil(insights.refresh_button.isEnabled, timeout=10_000)
    insights.refresh_button.click()
    qtbot.waitUntil(lambda: ("refresh_metrics", ((tid,),)) in b.engine_calls.calls, timeout=10_000)


def drive_add_to_queue(b, qtbot):
    from postdesk.core.slots import QueueSchedule, WeeklySlot
    from postdesk.store.repositories.queues import QueueInfo, QueuesRepository
    from postdesk.ui.composer.queue_button import AddToQueueDialog

    post_id, _tid = seed(b, TargetState.DRAFT, at=None)
    queue = QueuesRepository(b.database).save(
        QueueInfo(None, QueueSchedule("Mornings", "UTC", (WeeklySlot(2, dt.time(9)),))), NOW
    )
    composer = open_in_composer(b, qtbot, post_id)
    composer.refresh_now()
    assert composer.queue.button.isEnabled()
    composer.queue.button.click()
    qtbot.waitUntil(lambda: isinstance(composer.queue.dialog, AddToQueueDialog), timeout=10_000)
    assert "Wednesday" in composer.queue.dialog.slot_label.text()  # 11 March 2026, the next Wednesday 09:00
    composer.queue.dialog.confirm_button.click()
    qtbot.waitUntil(lambda: ("add_to_queue", (post_id, queue)) in b.engine_calls.calls, timeout=10_000)


DRIVERS: dict[str, Callable[..., None]] = {
    "refresh_metrics": drive_refresh_metrics,
    "publish_now": drive_publish_now,
    "pause": drive_pause,
    "resume": drive_resume,
    "retry": drive_retry,
    "cancel": drive_cancel,
    "resolve_unknown": drive_resolve_unknown,
    "delete_published": drive_delete_published,
    "hand_off": drive_hand_off,
    "edit_published": drive_edit_published,
    "run_due": drive_run_due,
    "resolve_catch_up": drive_resolve_catch_up,
    "set_publishing_paused": drive_set_publishing_paused,
    "add_to_queue": drive_add_to_queue,
    "comment": drive_comment,
}


def engine_operations() -> set[str]:
    """The engine's public coroutine methods."""
    return {name for name, fn in inspect.getmembers(Engine, inspect.iscoroutinefunction) if not name.startswith("_")}


def test_every_public_engine_operation_has_a_control():
    operations = engine_operations()
    assert {"publish_now", "delete_published", "resolve_unknown", "hand_off", "cancel"} <= operations
    missing = operations - set(DRIVERS) - set(NOT_USER_OPERATIONS) - set(NOT_REACHED_YET)
    assert not missing, f"engine operations without a control in the window: {sorted(missing)}"
    # The lists stay honest: nothing listed twice, nothing listed that the engine no longer has.
    assert not set(DRIVERS) & set(NOT_REACHED_YET)
    assert set(NOT_REACHED_YET) <= operations and set(NOT_USER_OPERATIONS) <= operations
    assert set(DRIVERS) <= operations


@pytest.mark.parametrize("operation", sorted(DRIVERS))
def test_the_control_reaches_the_operation(operation, make, qtbot):
    b = make(use_tray=operation == "set_publishing_paused")
    DRIVERS[operation](b, qtbot)
    assert operation in b.engine_calls.names()


def test_the_recording_facade_answers_every_driven_operation():
    # A driver can only pass if the facade has the operation with the engine's own parameters.
    for name in DRIVERS:
        mine = inspect.signature(getattr(RecordingEngine, name))
        theirs = inspect.signature(getattr(Engine, name))
        assert _shape(mine) == _shape(theirs), name


def _shape(sig: inspect.Signature) -> list[bool]:
    """Which positional parameters (after self) are required."""
    positional = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.POSITIONAL_ONLY)
    return [p.default is inspect.Parameter.empty for p in list(sig.parameters.values())[1:] if p.kind in positional]
