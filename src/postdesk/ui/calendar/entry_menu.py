"""The calendar's context menu for a post: open, duplicate, publish now, pause / resume, retry,
cancel, "Did it go out?", stop repeating, delete; and the dialogs some of them open."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Protocol

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QMenu, QWidget

from postdesk.core.calendar import CalendarEntry, EntryStatus
from postdesk.core.entities import TargetState
from postdesk.core.waiting import HeldAs, Hold, TargetHoldInfo
from postdesk.store.repositories.holds import AccountPlace
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.calendar.edits import ScheduleEdits
from postdesk.ui.calendar.queue_slots import is_repeating
from postdesk.ui.composer.post_controls import ReachCalls
from postdesk.ui.dialogs.delete_published import DeletePublishedDialog
from postdesk.ui.dialogs.unknown_resolution import UnknownResolutionDialog


class EngineControls(Protocol):
    """What the menu asks of the publishing engine (`CalendarActions`)."""

    def pause(self, post_id: int) -> None: ...
    def resume(self, post_id: int) -> None: ...
    def retry(self, post_id: int) -> None: ...


class EntryMenu(QObject):
    """Builds the menu of a cell's entries and carries out what is chosen.

    Attributes:
        dialog: the last dialog opened (Did it go out?, Delete a published post), for tests.

    Signals:
        open_post / publish_now: (post id) the composer should open / publish it.
        compose_at: (date, hour or None) "New post here" on an empty cell.
        compose_instant: (tz-aware UTC datetime) an empty queue slot was opened.
        link_activated: (url) look on the network.
        notice: (str) a message for the user.
        reload_needed: () the store may have changed.
    """

    open_post = Signal(int)
    publish_now = Signal(int)
    compose_at = Signal(object, object)
    compose_instant = Signal(object)
    link_activated = Signal(str)
    notice = Signal(str)
    reload_needed = Signal()

    def __init__(
        self,
        host: QWidget,
        runner: BackgroundRunner,
        engine: EngineControls,
        edits: ScheduleEdits,
        *,
        held: Callable[[int], HeldAs | None],
        reach: ReachCalls | None,
        can_stop_repeats: bool,
    ) -> None:
        super().__init__(host)
        self._host = host
        self._runner = runner
        self._engine = engine
        self._edits = edits
        self._held = held
        self._reach = reach
        self._can_stop_repeats = can_stop_repeats
        self.dialog: QWidget | None = None

    def build(self, entries: Sequence[CalendarEntry], day: date | None, hour: int | None) -> QMenu:
        """The context menu for entries in a cell (or an empty cell), without showing it."""
        menu = QMenu(self._host)
        menu.setObjectName("calendarEntryMenu")
        posts = [e for e in entries if e.post_id is not None]
        if len(posts) == 1:
            self._add_actions(menu, posts[0])
        else:
            for entry in posts:
                sub = menu.addMenu(entry.summary or self.tr("(empty draft)"))
                self._add_actions(sub, entry)
        if day is not None and not posts:
            compose = menu.addAction(self.tr("New post here"))
            compose.setObjectName("compose")
            compose.triggered.connect(lambda: self.compose_at.emit(day, hour))
        return menu

    def activate(self, entry: CalendarEntry | None) -> None:
        """An entry was opened (double-click, Enter): edit the post, or start one in the slot."""
        if entry is None:
            return
        if entry.post_id is not None:
            self.open_post.emit(entry.post_id)
        elif entry.instant is not None:
            self.compose_instant.emit(entry.instant)

    def popup(self, entries: list[CalendarEntry], day: date | None, hour: int | None, pos: QPoint) -> None:
        """Show the menu of a cell at `pos` (global), if it offers anything."""
        menu = self.build(entries, day, hour)
        if not menu.isEmpty():
            menu.popup(pos)

    def _add_actions(self, menu: QMenu, entry: CalendarEntry) -> None:
        post_id = entry.post_id
        assert post_id is not None
        held = self._held(post_id)
        hold = held.hold if held is not None else None
        handed_off = hold is Hold.HANDED_OFF
        # Waiting (for a connection, a reconnect, a retry, the global pause) can be stopped;
        # a request already out cannot.
        waiting = entry.status is EntryStatus.PUBLISHING and hold not in (None, Hold.SENDING)
        unknown = TargetState.UNKNOWN in entry.states
        published = TargetState.PUBLISHED in entry.states
        reach = self._reach is not None
        status = entry.status
        items: list[tuple[str, str, Callable[[], None], bool]] = [
            ("open", self.tr("Open"), lambda: self.open_post.emit(post_id), True),
            ("duplicate", self.tr("Duplicate"), lambda: self._edits.duplicate(post_id), True),
            (
                "publish_now",
                self.tr("Publish now"),
                lambda: self.publish_now.emit(post_id),
                reach
                and status in (EntryStatus.DRAFT, EntryStatus.SCHEDULED, EntryStatus.PAUSED, EntryStatus.FAILED)
                and not handed_off,
            ),
            (
                "pause",
                self.tr("Pause"),
                lambda: self._engine.pause(post_id),
                (status is EntryStatus.SCHEDULED and not handed_off) or waiting,
            ),
            ("resume", self.tr("Resume"), lambda: self._engine.resume(post_id), status is EntryStatus.PAUSED),
            (
                "reschedule",
                self.tr("Reschedule…"),
                lambda: self._reschedule(post_id, waiting),
                waiting or status is EntryStatus.PAUSED,
            ),
            ("resolve_unknown", self.tr("Did it go out?…"), lambda: self.resolve_unknown(post_id), reach and unknown),
            # Retry never does nothing silently: on a post whose answer was lost it asks the user.
            (
                "retry",
                self.tr("Retry"),
                lambda: self._retry(post_id, unknown),
                status in (EntryStatus.FAILED, EntryStatus.NEEDS_ATTENTION),
            ),
            (
                "cancel",
                self.tr("Cancel (never send)") if not handed_off else self.tr("Take back and cancel"),
                lambda: self._cancel(post_id),
                reach and (status in (EntryStatus.SCHEDULED, EntryStatus.PAUSED) or waiting),
            ),
            (
                "stop_repeating",
                self.tr("Stop repeating"),
                lambda: self._edits.stop_repeating(post_id),
                self._can_stop_repeats and is_repeating(entry),
            ),
            (
                "delete",
                self.tr("Delete…") if published else self.tr("Delete"),
                (lambda: self.delete_published(post_id))
                if published and reach
                else (lambda: self._edits.delete(post_id)),
                status not in (EntryStatus.PUBLISHING,) or waiting,
            ),
        ]
        for name, label, slot, enabled in items:
            action = menu.addAction(label)
            action.setObjectName(name)
            action.setEnabled(enabled)
            action.triggered.connect(slot)

    def _cancel(self, post_id: int) -> None:
        if self._reach is not None:
            self._reach.cancel(post_id)
            self.notice.emit(
                self.tr(
                    "Cancelled: it will not be sent. Use Reschedule or drag it to a time to "
                    "put it back on the schedule."
                )
            )

    def _retry(self, post_id: int, unknown: bool) -> None:
        if unknown and self._reach is not None:
            self.notice.emit(
                self.tr(
                    "Postdesk does not know whether this post went out, so it will not simply "
                    "send it again. Say whether it is there."
                )
            )
            self.resolve_unknown(post_id)
            return
        self._engine.retry(post_id)

    def _reschedule(self, post_id: int, waiting: bool) -> None:
        if waiting:
            self._engine.pause(post_id)
        self.notice.emit(self.tr("Paused. Drag the post to its new time, then choose Resume: it goes out then."))

    def resolve_unknown(self, post_id: int) -> None:
        """Ask whether the post whose answer was lost is on the network (It's there / Send it again)."""
        reach = self._reach
        if reach is None or reach.holds is None:
            return
        holds = reach.holds

        def read() -> tuple[list[TargetHoldInfo], Mapping[int, AccountPlace]]:
            unknown = [t for t in holds.holds([post_id]).get(post_id, ()) if t.state is TargetState.UNKNOWN]
            return unknown, holds.places(t.account_id for t in unknown if t.account_id is not None)

        def show(found: tuple[list[TargetHoldInfo], Mapping[int, AccountPlace]]) -> None:
            unknown, places = found
            if not unknown:
                self.notice.emit(self.tr("This post was settled meanwhile: nothing to decide."))
                self.reload_needed.emit()
                return
            target = unknown[0]
            place = places.get(target.account_id) if target.account_id is not None else None
            dialog = UnknownResolutionDialog(reach, target, place, self._host)
            dialog.link_activated.connect(self.link_activated)
            dialog.resolved.connect(lambda _tid: self.reload_needed.emit())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog = dialog
            dialog.open()

        self._runner.submit(read, on_done=show, key=f"calendar-unknown-{post_id}", on_error=self._edits.failed)

    def delete_published(self, post_id: int) -> None:
        """Delete a published post: from Postdesk only, or from its network too (asked in a dialog)."""
        reach = self._reach
        if reach is None:
            self._edits.delete(post_id)
            return
        if reach.holds is None:
            return
        holds = reach.holds

        def show(targets: tuple[TargetHoldInfo, ...]) -> None:
            if not any(t.state is TargetState.PUBLISHED for t in targets):
                self._edits.delete(post_id)
                return
            dialog = DeletePublishedDialog(reach, targets, lambda: self._edits.delete(post_id), self._host)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog = dialog
            dialog.open()

        self._runner.submit(
            lambda: holds.holds([post_id]).get(post_id, ()),
            on_done=show,
            key=f"calendar-targets-{post_id}",
            on_error=self._edits.failed,
        )
