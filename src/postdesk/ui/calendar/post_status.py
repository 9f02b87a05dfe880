"""What the calendar reads about its posts besides the range: what holds the posts the engine is
busy with (worded: "Waiting for a connection"), and the counts of published posts for the list."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from postdesk.core.calendar import CalendarEntry, EntryStatus
from postdesk.core.waiting import HeldAs, TargetHoldInfo, post_hold
from postdesk.log import get_logger
from postdesk.store.repositories.insights import Counts
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.composer.post_controls import ReachCalls
from postdesk.ui.hold_words import hold_word

_log = get_logger("ui.calendar")

#: Statuses whose posts the engine may be holding (their hold is read and worded).
_BUSY = frozenset({EntryStatus.PUBLISHING, EntryStatus.NEEDS_ATTENTION, EntryStatus.SCHEDULED})


class PostStatus(QObject):
    """Holds and metrics of the loaded posts, read on the worker once per loaded range.

    Args:
        runner: the worker.
        reach: the engine controls (None: no holds are read).
        metrics: counts of published posts by id (`InsightsRepository.post_totals`; None: none).
        zone: the shown zone (a hold's words may name a time).

    Signals:
        holds_changed: (dict post id -> words) what holds each held post, worded.
    """

    holds_changed = Signal(object)

    def __init__(
        self,
        runner: BackgroundRunner,
        reach: ReachCalls | None,
        metrics: Callable[[Sequence[int]], Mapping[int, Counts]] | None,
        *,
        zone: Callable[[], ZoneInfo],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._reach = reach
        self._metrics = metrics
        self._zone = zone
        self._infos: dict[int, tuple[TargetHoldInfo, ...]] = {}
        if reach is not None:
            reach.status.changed.connect(self._emit_words)

    @property
    def has_metrics(self) -> bool:
        return self._metrics is not None

    def load_holds(self, entries: Sequence[CalendarEntry]) -> None:
        """Read what holds the posts the engine is busy with (on the worker), then word it."""
        reach = self._reach
        busy = [e.post_id for e in entries if e.post_id is not None and e.status in _BUSY]
        if reach is None or reach.holds is None or not busy:
            if self._infos:
                self._infos = {}
                self._emit_words()
            return
        self._runner.submit(
            reach.holds.held,
            busy,
            key="calendar-holds",
            on_done=self._on_holds,
            on_error=lambda e: _log.warning("Reading what holds posts failed: %s", type(e).__name__),
        )

    def _on_holds(self, found: dict[int, tuple[TargetHoldInfo, ...]]) -> None:
        self._infos = found
        self._emit_words()

    def held(self, post_id: int) -> HeldAs | None:
        """What holds a post as last read (None: nothing, or not read)."""
        targets = self._infos.get(post_id)
        if not targets:
            return None
        status = self._reach.status if self._reach is not None else None
        return post_hold(
            targets,
            online=status.online if status else True,
            publishing_paused=status.publishing_paused if status else False,
        )

    def hold_word_of(self, post_id: int) -> str | None:
        """The status word shown for a held post ("Waiting for a connection" ...)."""
        held = self.held(post_id)
        if held is None:
            return None
        network = next((t.network for t in self._infos.get(post_id, ()) if t.handed_off), None)
        return hold_word(held, self._zone(), network)

    def _emit_words(self) -> None:
        words = {post_id: word for post_id in self._infos if (word := self.hold_word_of(post_id)) is not None}
        self.holds_changed.emit(words)

    def load_metrics(self, entries: Sequence[CalendarEntry], on_done: Callable[[Mapping[int, Counts]], None]) -> None:
        """Read the counts of the published posts among `entries` (on the worker)."""
        published = [e.post_id for e in entries if e.post_id is not None and e.status is EntryStatus.PUBLISHED]
        if self._metrics is None or not published:
            return
        self._runner.submit(
            self._metrics,
            published,
            key="calendar-metrics",
            on_done=on_done,
            on_error=lambda e: _log.warning("Reading post metrics failed: %s", type(e).__name__),
        )
