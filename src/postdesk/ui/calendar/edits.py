"""The calendar's edits: drag to reschedule (or into a free queue slot), duplicate, delete, stop a
repeat, and undo / redo of moves and deletes.

Every write runs on the `BackgroundRunner` through the calendar repository, which changes target
states only through `core.states`. Rescheduling keeps the wall-clock time in the shown zone
(`core.calendar.move_to_day`) and refuses times that do not exist with an explanation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from postdesk.core.calendar import (
    CalendarEntry,
    CalendarProblem,
    check_new_time,
    move_to_day,
    resolve_wall_time,
    to_local,
)
from postdesk.core.waiting import HeldAs, Hold
from postdesk.log import get_logger
from postdesk.store.post_writes import PostBusy, PostConflict
from postdesk.store.repositories.calendar import CalendarRepository, ScheduleChange, ScheduleSnapshot
from postdesk.store.repositories.queues import QueuesRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.calendar.queue_slots import free_slot_in
from postdesk.ui.calendar.wording import explain_ambiguous, explain_problem
from postdesk.ui.queues.models import when_text

_log = get_logger("ui.calendar")

#: Where a draft dropped on a month day lands when nothing says which time: a working morning.
DEFAULT_DROP_TIME = time(9, 0)


class EngineNotices(Protocol):
    """The part of the engine facade an edit tells (`CalendarActions.schedule_changed`)."""

    def schedule_changed(self, post_id: int) -> None: ...


class EditsView(Protocol):
    """What the edits read from the pane: the shown zone, the loaded entries, holds."""

    @property
    def zone(self) -> ZoneInfo: ...

    def loaded_entries(self) -> Sequence[CalendarEntry]: ...

    def find_entry(self, post_id: int) -> CalendarEntry | None: ...

    def held(self, post_id: int) -> HeldAs | None: ...


class ScheduleEdits(QObject):
    """Moves, deletes and their undo, on the worker.

    Signals:
        notice: (str) a message for the user ("" clears it).
        changed: (int post id) a stored post changed here; the app tells the engine and composer.
        reload_needed: () the store changed (or may have): load the range again.
        compose_at: (tz-aware UTC datetime) a new post was asked for on an empty cell.
    """

    notice = Signal(str)
    changed = Signal(int)
    reload_needed = Signal()
    compose_at = Signal(object)

    def __init__(
        self,
        repository: CalendarRepository,
        runner: BackgroundRunner,
        engine: EngineNotices,
        view: EditsView,
        *,
        now: Callable[[], datetime],
        queue_edits: QueuesRepository | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._repo = repository
        self._runner = runner
        self._engine = engine
        self._view = view
        self._now = now
        self._queue_edits = queue_edits
        self.undo_stack = QUndoStack(self)

    # -- moves ----------------------------------------------------------------------------------

    def drop(self, post_id: int, day: date, hour: int | None) -> None:
        """A post (or draft) dropped on a day, optionally an hour: move or schedule it there."""
        entry = self._view.find_entry(post_id)
        zone = self._view.zone
        if entry is None:
            return
        if not entry.movable:
            self.notice.emit(explain_problem(CalendarProblem.NOT_MOVABLE, None, day, zone.key))
            return
        held = self._view.held(post_id)
        if held is not None and held.hold is Hold.HANDED_OFF:
            # The network's scheduler holds it at its old time: moving it here would not move it there.
            self.notice.emit(
                self.tr(
                    "The network's own scheduler holds this post at its time. To move it, "
                    "take it back first (Take back and cancel), then schedule it again."
                )
            )
            return
        slot = free_slot_in(list(self._view.loaded_entries()), day, hour, zone, self._now())
        if slot is not None and self._queue_edits is not None:
            self._place_in_slot(post_id, slot)
            return
        if entry.instant is not None:
            at = None
            if hour is not None:
                at = time(hour, to_local(entry.instant, zone).minute)
            result = move_to_day(entry.instant, zone, day, at=at)
        else:
            result = resolve_wall_time(day, time(hour) if hour is not None else DEFAULT_DROP_TIME, zone)
        problem = check_new_time(result, self._now())
        if problem is not None:
            self.notice.emit(explain_problem(problem, result, day, zone.key))
            return
        assert result.instant is not None
        if result.instant == entry.instant:
            return
        instant, zone_key = result.instant, zone.key
        note = explain_ambiguous(day, zone_key, to_local(instant, zone)) if result.ambiguous else ""

        def done(change: ScheduleChange) -> None:
            if not change.ok:
                self.notice.emit(explain_problem(change.problem or CalendarProblem.NOT_MOVABLE, None, day, zone_key))
                self.reload_needed.emit()
                return
            assert change.before is not None
            label = self.tr("Move “{post}”").format(post=entry.summary[:40])
            self.undo_stack.push(_RescheduleCommand(self, change.before, instant, zone_key, label))
            self.notice.emit(note)
            self._changed(post_id)

        self._runner.submit(
            lambda: self._repo.reschedule(post_id, instant, zone_key, now=self._now()),
            on_done=done,
            on_error=self.failed,
        )

    def new_post_at(self, day: date, hour: int | None) -> None:
        """Ask for a new post on an empty cell (`compose_at`), or say why that time cannot be."""
        zone = self._view.zone
        result = resolve_wall_time(day, time(hour) if hour is not None else DEFAULT_DROP_TIME, zone)
        problem = check_new_time(result, self._now())
        if problem is not None:
            self.notice.emit(explain_problem(problem, result, day, zone.key))
        elif result.instant is not None:
            self.compose_at.emit(result.instant)

    def _place_in_slot(self, post_id: int, slot: CalendarEntry) -> None:
        """A post dropped on a free queue slot takes that slot (and joins the queue)."""
        assert self._queue_edits is not None and slot.instant is not None and slot.slot_name is not None
        name, instant = slot.slot_name, slot.instant

        def done(placed: bool) -> None:
            if placed:
                self.notice.emit(
                    self.tr("Added to the queue \u201c{queue}\u201d at {time}.").format(
                        queue=name, time=when_text(instant, self._view.zone)
                    )
                )
                self._engine.schedule_changed(post_id)
                self.changed.emit(post_id)
            else:
                self.notice.emit(self.tr("That slot was taken meanwhile. Nothing changed."))
            self.reload_needed.emit()

        self._runner.submit(
            self._queue_edits.place_in_slot, post_id, name, instant, self._now(), on_done=done, on_error=self.failed
        )

    # -- other edits ----------------------------------------------------------------------------

    def stop_repeating(self, post_id: int) -> None:
        """Stop the post's repeat series; its repeats not yet sent are removed."""
        assert self._queue_edits is not None

        def done(withdrawn: list[int]) -> None:
            n = len(withdrawn)
            self.notice.emit(
                self.tr("Repeating stopped. %n repeat(s) not yet sent were removed.", "", n).replace("%n", str(n))
                if n
                else self.tr("Repeating stopped.")
            )
            for other in withdrawn:
                self.changed.emit(other)
            self._engine.schedule_changed(post_id)
            self.reload_needed.emit()

        self._runner.submit(self._queue_edits.stop_repeating, post_id, self._now(), on_done=done, on_error=self.failed)

    def duplicate(self, post_id: int) -> None:
        """Copy the post as a new draft."""
        self._runner.submit(
            lambda: self._repo.duplicate(post_id, now=self._now()),
            on_done=lambda _new: self.reload_needed.emit(),
            on_error=self.failed,
        )

    def delete(self, post_id: int) -> None:
        """Remove the post from Postdesk (undoable)."""

        def done(deleted: bool) -> None:
            if deleted:
                self.undo_stack.push(_DeleteCommand(self, post_id, self.tr("Remove the post from Postdesk")))
                self._engine.schedule_changed(post_id)
                self.changed.emit(post_id)
            self.reload_needed.emit()

        self._runner.submit(lambda: self._repo.delete(post_id, now=self._now()), on_done=done, on_error=self.failed)

    def failed(self, error: BaseException) -> None:
        """Word a failed edit (or lookup) and load the range again."""
        if isinstance(error, PostBusy):
            # Refused on purpose: a request is out and its answer not in yet.
            self.notice.emit(
                self.tr(
                    "This post is being published right now, so it can't be deleted yet. Wait until it "
                    "has gone out; then Delete asks whether to remove it from Postdesk only or from the network too."
                )
            )
        elif isinstance(error, PostConflict):
            self.notice.emit(
                self.tr("The post's time was changed elsewhere since, so that step was not undone. Nothing was lost.")
            )
        else:
            _log.error("A calendar edit failed: %s", type(error).__name__, exc_info=error)
            self.notice.emit(self.tr("That change could not be saved. Nothing was lost; try again."))
        self.reload_needed.emit()

    # -- undo -----------------------------------------------------------------------------------

    def _changed(self, post_id: int) -> None:
        self._engine.schedule_changed(post_id)
        self.changed.emit(post_id)
        self.reload_needed.emit()

    def run_then_reload(self, work: Callable[[], Any], post_id: int) -> None:
        """Run an undo or redo step on the worker, then say the post changed."""
        self._runner.submit(work, on_done=lambda _: self._changed(post_id), on_error=self.failed)

    def reschedule_again(self, before: ScheduleSnapshot, instant: datetime, zone: str) -> None:
        self.run_then_reload(
            lambda: self._repo.reschedule(before.post_id, instant, zone, now=self._now()), before.post_id
        )

    def restore_schedule(self, before: ScheduleSnapshot) -> None:
        self.run_then_reload(lambda: self._repo.restore_schedule(before, now=self._now()), before.post_id)

    def delete_again(self, post_id: int) -> None:
        self.run_then_reload(lambda: self._repo.delete(post_id, now=self._now()), post_id)

    def restore(self, post_id: int) -> None:
        self.run_then_reload(lambda: self._repo.restore(post_id, now=self._now()), post_id)


class _RescheduleCommand(QUndoCommand):
    """Undo / redo of a move; the move itself was already saved when this is pushed."""

    def __init__(
        self, edits: ScheduleEdits, before: ScheduleSnapshot, instant: datetime, zone: str, label: str
    ) -> None:
        super().__init__(label)
        self._edits = edits
        self._before = before
        self._instant = instant
        self._zone = zone
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._edits.reschedule_again(self._before, self._instant, self._zone)

    def undo(self) -> None:
        self._edits.restore_schedule(self._before)


class _DeleteCommand(QUndoCommand):
    """Undo / redo of a (soft) delete."""

    def __init__(self, edits: ScheduleEdits, post_id: int, label: str) -> None:
        super().__init__(label)
        self._edits = edits
        self._post_id = post_id
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._edits.delete_again(self._post_id)

    def undo(self) -> None:
        self._edits.restore(self._post_id)
