"""The calendar pane: month, week and list views of every post, drag to reschedule, filters.

A small coordinator of typed parts: the bar (`toolbar`), the data source (`loader`: only the
visible range is read, on the worker, newest wins, neighbours prefetched), the views (`grids`,
`models`, `delegates`), what is shown and filtered in memory (`shown`), the drafts and "No posts
yet" (`body`), holds and metrics (`post_status`), edits with undo (`edits`), the menu (`entry_menu`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from postdesk.core.calendar import (
    CalendarEntry,
    CalendarFilter,
    DateRange,
    ViewKind,
    shift_anchor,
    to_local,
    visible_range,
)
from postdesk.core.slots import QueueSchedule
from postdesk.core.waiting import HeldAs
from postdesk.store.repositories.calendar import CalendarRepository
from postdesk.store.repositories.insights import Counts
from postdesk.store.repositories.queues import QueuesRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.calendar.actions import CalendarActions
from postdesk.ui.calendar.body import CalendarBody, Notice
from postdesk.ui.calendar.day_popup import DayOpener
from postdesk.ui.calendar.edits import DEFAULT_DROP_TIME, ScheduleEdits
from postdesk.ui.calendar.entry_menu import EntryMenu
from postdesk.ui.calendar.grids import CalendarViews
from postdesk.ui.calendar.keys import install_keys
from postdesk.ui.calendar.loader import LoadedExtras, LoadedRange, Quick, RangeKey, RangeLoader, view_request
from postdesk.ui.calendar.post_status import PostStatus
from postdesk.ui.calendar.shown import ShownRange
from postdesk.ui.calendar.toolbar import VIEW_KEYS, CalendarToolbar
from postdesk.ui.composer.post_controls import ReachCalls

if TYPE_CHECKING:
    from postdesk.ui.calendar.thumbs import CardThumbnails

__all__ = ["DEFAULT_DROP_TIME", "CalendarActions", "CalendarPane"]


class CalendarPane(QWidget):
    """Month, week and list views of every post.

    Args:
        repository: range reads and schedule edits (called on the runner's worker only).
        runner: the worker that runs every store call.
        actions: the engine facade for pause / resume / retry.
        zone: the user's time zone (shown by default).
        now: the clock (UTC, tz-aware).
        queues: the queue schedules whose empty slots are shown (called on the worker).
        first_weekday: 0 = Monday ... 6 = Sunday.
        parent: the parent widget.

    Signals:
        open_post: (post id) the user wants to edit a post.
        compose_at: (tz-aware UTC datetime) the user wants a new post at that time.
        loaded: a load finished and the views show it.
        post_changed: (post id) a move, undo, redo or delete here changed a stored post; an open
            composer follows it at once (`ComposerPane.post_changed_elsewhere`).
        publish_now_requested: (post id) "Publish now": the composer opens it, checks it as it
            checks a schedule, and publishes it (`ComposerPane.publish_now_post`).
        link_activated: (url) the user wants to look on the network (a lost answer).
    """

    publish_now_requested = Signal(int)
    link_activated = Signal(str)
    open_post = Signal(int)
    compose_at = Signal(object)
    loaded = Signal()
    write_requested = Signal()  # the empty state's "Write a post"
    post_changed = Signal(int)

    def __init__(
        self,
        repository: CalendarRepository,
        runner: BackgroundRunner,
        actions: CalendarActions,
        *,
        zone: ZoneInfo,
        now: Callable[[], datetime],
        queues: Callable[[], Sequence[QueueSchedule]] = tuple,
        first_weekday: int = 0,
        metrics: Callable[[Sequence[int]], Mapping[int, Counts]] | None = None,
        queue_edits: QueuesRepository | None = None,
        reach: ReachCalls | None = None,
        thumbnails: CardThumbnails | None = None,  # the cards' thumbnails (none: placeholders)
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._zone = zone
        self._now = now
        self._first_weekday = first_weekday
        self._kind = ViewKind.MONTH
        self._anchor = to_local(now(), zone).date()
        self._shown = ShownRange()
        self._step = 1  # the direction of the last page change: prefetched first
        self.setObjectName("calendarPane")
        self.setAccessibleName(self.tr("Calendar"))
        self._loader = RangeLoader(repository, runner, now=now, queues=queues, queue_edits=queue_edits, parent=self)
        self._status = PostStatus(runner, reach, metrics, zone=lambda: self._zone, parent=self)
        self._edits = ScheduleEdits(repository, runner, actions, self, now=now, queue_edits=queue_edits, parent=self)
        self._menu = EntryMenu(
            self,
            runner,
            actions,
            self._edits,
            held=self._status.held,
            reach=reach,
            can_stop_repeats=queue_edits is not None,
        )
        self._build(thumbnails)
        self.days = DayOpener(self, self._loader, self._shown, lambda: self._zone, self.month_model.marks, thumbnails)
        self._connect()
        self._now_timer = QTimer(self, interval=60_000, timeout=self._tick)

    # -- construction ---------------------------------------------------------------------------

    def _build(self, thumbnails: CardThumbnails | None) -> None:
        self.toolbar = CalendarToolbar(self._zone.key, self)
        # The parts tests and the bar reach by these names.
        self._title = self.toolbar.title
        self._search = self.toolbar.search
        self._filter_menu = self.toolbar.filter_menu
        self._notice = Notice(self)

        self.views = CalendarViews(
            self._status, has_metrics=self._status.has_metrics, thumbnails=thumbnails, parent=self
        )
        self.views.set_zone(self._zone)
        self.month_model, self.week_model = self.views.month_model, self.views.week_model
        self.agenda_model = self.views.agenda_model
        self.month_view, self.week_view, self.list_view = self.views.month, self.views.week, self.views.list
        self.body = CalendarBody(self.views, self)
        self.drafts, self.empty_state = self.body.drafts, self.body.empty_state
        self.drafts_model, self.drafts_view, self.drafts_empty = self.drafts.model, self.drafts.view, self.drafts.empty

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self._notice)
        layout.addWidget(self.body, 1)

        bindings: list[tuple[str, Callable[[], None]]] = [
            ("Alt+Left", lambda: self.page(-1)),
            ("Alt+Right", lambda: self.page(1)),
            ("Ctrl+F", self._search.setFocus),
        ]
        bindings += [(keys, lambda k=kind: self.set_view(k)) for kind, keys in VIEW_KEYS]
        self._undo_action, self._redo_action = install_keys(self, self._edits.undo_stack, bindings)

    def _connect(self) -> None:
        bar, views = self.toolbar, self.views
        for source in (bar, views):
            source.page_requested.connect(self.page)
            source.today_requested.connect(self.go_today)
        bar.view_chosen.connect(self.set_view)
        bar.filter_changed.connect(self._on_filter_changed)
        bar.zone_chosen.connect(self._on_zone_chosen)
        views.entry_activated.connect(self._menu.activate)
        views.empty_activated.connect(self._edits.new_post_at)
        views.menu_requested.connect(self._menu.popup)
        views.post_dropped.connect(self._edits.drop)
        views.cell_chosen.connect(self._on_cell_chosen)
        views.day_requested.connect(self.days.open)
        self.days.entry_activated.connect(self._menu.activate)
        self.drafts.entry_activated.connect(self._menu.activate)
        self.drafts.write_requested.connect(self.write_requested)
        self.empty_state.activated.connect(self.write_requested)
        self._loader.range_ready.connect(self._show_range)
        self._loader.failed.connect(self._notice.load_failed)
        self._status.holds_changed.connect(self.views.set_holds)
        for part in (self._edits, self._menu):
            part.notice.connect(self._notice.say)
            part.reload_needed.connect(self.reload)
        self._edits.changed.connect(self.post_changed)
        self._edits.compose_at.connect(self.compose_at)
        self._menu.open_post.connect(self.open_post)
        self._menu.publish_now.connect(self.publish_now_requested)
        self._menu.link_activated.connect(self.link_activated)
        self._menu.compose_at.connect(self._edits.new_post_at)
        self._menu.compose_instant.connect(self.compose_at)

    # -- public API -----------------------------------------------------------------------------

    @property
    def view_kind(self) -> ViewKind:
        return self._kind

    @property
    def anchor(self) -> date:
        return self._anchor

    @property
    def zone(self) -> ZoneInfo:
        return self._zone

    @property
    def undo_stack(self) -> QUndoStack:
        return self._edits.undo_stack

    @property
    def dialog(self) -> QWidget | None:
        """The last dialog the calendar opened (Did it go out?, Delete a published post)."""
        return self._menu.dialog

    @property
    def filter(self) -> CalendarFilter:
        return self._shown.filter

    def notice_text(self) -> str:
        """The message shown above the calendar ("" when none)."""
        return self._notice.text() if self._notice.isVisible() or self._notice.text() else ""

    def start(self) -> None:
        """Load the first range, the zones list and the filter choices; start the now marker."""
        self._now_timer.start()
        self._load(full=True)
        self._loader.fetch_zone_keys(lambda keys: self.toolbar.fill_zones(keys, self._zone.key))

    def reload(self) -> None:
        """Query the visible range again (after the engine reports a change)."""
        self._load(full=True)

    def is_current(self) -> bool:
        """Whether the range on screen is the one wanted (no load pending)."""
        return not self._loader.stale

    def is_complete(self) -> bool:
        """Whether the range on screen is the one wanted and every post of it is read."""
        return self._loader.complete

    def set_view(self, kind: ViewKind) -> None:
        """Show the month, week or list view."""
        kind = ViewKind(kind)
        changed_range = self._days(kind, self._anchor) != self._days(self._kind, self._anchor)
        self._kind = kind
        self.toolbar.show_view(kind)
        # Showing a view moves its cursor to its first cell; that is not the user's choice.
        self.views.quietly(lambda: self.views.show_kind(kind))
        if changed_range:
            self._load(full=False)
        else:
            self._apply()

    def page(self, steps: int) -> None:
        """Show the period `steps` pages later (negative: earlier)."""
        if steps:
            self._step = 1 if steps > 0 else -1
        self.go_to(shift_anchor(self._kind, self._anchor, steps))

    def go_today(self) -> None:
        """Show the period containing today and put the cursor on today."""
        self.go_to(to_local(self._now(), self._zone).date())

    def go_to(self, day: date) -> None:
        """Show the period containing `day`, with the cursor on it."""
        old = self._days(self._kind, self._anchor)
        self._anchor = day
        if self._days(self._kind, day) != old:
            self._load(full=False)
        else:
            self.views.quietly(lambda: self.views.select(self._kind, self._anchor))

    def set_time_zone(self, zone: ZoneInfo) -> None:
        """`TimeZoneFollower`: the user chose another zone in Settings."""
        if zone.key != self._zone.key:
            self.set_zone(zone)

    def set_zone(self, zone: ZoneInfo) -> None:
        """Show times in another zone (the shown dates and hours move with it)."""
        self._zone = zone
        self._shown.zone_changed()
        self.views.set_zone(zone)
        self.toolbar.show_zone(zone.key)
        self._load(full=False)

    def set_filter(self, chosen: CalendarFilter) -> None:
        """Show only what passes `chosen` (no new query: the range is already loaded)."""
        self.toolbar.set_filter(chosen)
        self._on_filter_changed(chosen)

    def entries(self) -> list[CalendarEntry]:
        """The loaded entries of the visible range that pass the filter."""
        return self._shown.visible()

    def move_post(self, post_id: int, day: date, hour: int | None = None) -> None:
        """Move a post (or schedule a draft) to a day, optionally an hour: what a drop does."""
        self._edits.drop(post_id, day, hour)

    def build_menu(self, entries: Sequence[CalendarEntry], day: date | None, hour: int | None) -> QMenu:
        """The context menu for entries in a cell (or an empty cell), without showing it."""
        return self._menu.build(entries, day, hour)

    def held(self, post_id: int) -> HeldAs | None:
        """What holds a post as the calendar last read it (None: nothing, or not read)."""
        return self._status.held(post_id)

    # -- what the edits read (`edits.EditsView`) -----------------------------------------------

    def loaded_entries(self) -> Sequence[CalendarEntry]:
        return self._shown.entries

    def find_entry(self, post_id: int) -> CalendarEntry | None:
        return self._shown.find(post_id)

    def _delete(self, post_id: int) -> None:
        self._edits.delete(post_id)

    # -- loading --------------------------------------------------------------------------------

    def _days(self, kind: ViewKind, anchor: date) -> DateRange:
        return visible_range(kind, anchor, self._first_weekday)

    def _request_of(self, anchor: date) -> tuple[RangeKey, Quick | None]:
        return view_request(self._kind, self._days(self._kind, anchor), self._zone, self._shown.filter.active)

    def _load(self, *, full: bool) -> None:
        key, quick = self._request_of(self._anchor)
        self._loader.load(key, full=full, quick=quick)

    def _show_range(self, loaded: LoadedRange, extras: LoadedExtras | None) -> None:
        shown = self._shown
        shown.set_range(loaded, self._zone)
        if extras is not None:
            shown.set_extras(extras)
            self.drafts.set_drafts(extras.drafts)
            self.toolbar.rebuild_filter_menu(shown.accounts, shown.tags)
        self.views.quietly(self._apply, lambda: self.views.select(self._kind, self._anchor))
        # Read once per loaded range (never per keystroke of the search): filters run on it.
        self._status.load_holds(loaded.entries)
        self._loader.check_store_empty(shown.shows_a_post(), self.empty_state.setVisible)
        self.loaded.emit()
        # The next page in the direction of travel first, then the other way.
        near = (shift_anchor(self._kind, self._anchor, s) for s in (self._step, -self._step))
        self._loader.prefetch([self._request_of(a) for a in near])

    def _apply(self) -> None:
        visible = self.entries()
        days = self._days(self._kind, self._anchor)
        now = self._now()
        if self._kind is ViewKind.LIST:
            self.views.show_list(visible, self._zone)
            self._status.load_metrics(visible, self.agenda_model.set_metrics)
        else:
            by_day, counts = self._shown.by_day(self._zone), self._shown.day_counts()
            self.views.show_grid(self._kind, days, self._anchor, by_day, now, self._zone, counts, self._shown.media)
        self.toolbar.show_period(self._kind, days, self._anchor)

    def _on_cell_chosen(self, kind: ViewKind, day: date, hour: int | None) -> None:
        # The cursor also moves when models are refilled or a view is first shown; only a move
        # made on data that is up to date (no load pending) is the user's.
        if self.views.applying or self._loader.stale or kind is not self._kind:
            return
        if kind is ViewKind.WEEK:
            if hour is not None:
                self.views.week_hour = hour
            self._anchor = day
        elif (day.year, day.month) != (self._anchor.year, self._anchor.month):
            # The cursor walked into the next or previous month: show that month.
            self.go_to(day)
        else:
            self._anchor = day

    def _tick(self) -> None:
        # Cached neighbours offer queue slots that may have passed by now: ask again later.
        self._loader.forget_others()
        self.views.set_now(self._now(), self._zone)

    # -- filters and gestures -------------------------------------------------------------------

    def _on_filter_changed(self, chosen: CalendarFilter) -> None:
        self._shown.filter = chosen
        if chosen.active:
            self._loader.complete_wanted()  # a filter looks at every post, not the first of each day
        self._apply()

    def _on_zone_chosen(self, key: str) -> None:
        if key != self._zone.key:  # loading a zone reads tzdata from disk: on the worker
            self._runner.submit(ZoneInfo, key, on_done=self.set_zone)
