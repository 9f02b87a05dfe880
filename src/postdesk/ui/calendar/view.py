"""The calendar pane: month, week and list views of every post, drag to reschedule, filters.

The pane never touches the disk: each page change asks the `BackgroundRunner` for the visible
range only, and the newest request wins (older answers are dropped, and queued ones skip their
query). Filters and search run on the loaded range in memory, so typing never queries.
Rescheduling keeps the wall-clock time in the shown zone (`core.calendar.move_to_day`) and
refuses times that do not exist with an explanation; every move and delete can be undone.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.core.calendar import (
    CalendarEntry,
    CalendarFilter,
    CalendarProblem,
    DateRange,
    EntryStatus,
    ViewKind,
    check_new_time,
    group_by_day,
    move_to_day,
    resolve_wall_time,
    shift_anchor,
    sort_entries,
    to_local,
    utc_bounds,
    visible_range,
)
from postdesk.core.entities import TargetState
from postdesk.core.networks import NETWORK_ORDER
from postdesk.core.slots import QueueSchedule, occurrences
from postdesk.core.waiting import HeldAs, Hold, TargetHoldInfo, post_hold
from postdesk.log import get_logger
from postdesk.store.post_writes import PostBusy, PostConflict
from postdesk.store.repositories.calendar import (
    AccountChoice,
    CalendarRepository,
    ScheduleChange,
    ScheduleSnapshot,
)
from postdesk.store.repositories.holds import AccountPlace
from postdesk.store.repositories.insights import Counts
from postdesk.store.repositories.queues import QueuesRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.calendar.models import AgendaModel, DraftsModel, MonthModel, WeekModel
from postdesk.ui.calendar.paint import BadgesDelegate, DayCellDelegate, HourCellDelegate, StatusDelegate
from postdesk.ui.calendar.queue_slots import free_slot_in, is_repeating, mark_repeats
from postdesk.ui.calendar.views import AgendaView, MonthView, WeekView
from postdesk.ui.calendar.wording import (
    explain_ambiguous,
    explain_problem,
    format_day,
    network_name,
    status_word,
)
from postdesk.ui.composer.post_controls import ReachCalls
from postdesk.ui.dialogs.delete_published import DeletePublishedDialog
from postdesk.ui.dialogs.unknown_resolution import UnknownResolutionDialog
from postdesk.ui.hold_words import hold_word
from postdesk.ui.queues.models import when_text
from postdesk.ui.widgets.empty_state import EmptyState

_log = get_logger("ui.calendar")

#: Where a draft dropped on a month day lands when nothing says which time: a working morning.
DEFAULT_DROP_TIME = time(9, 0)
#: Statuses whose posts the engine may be holding (their hold is read and worded).
_BUSY = frozenset({EntryStatus.PUBLISHING, EntryStatus.NEEDS_ATTENTION, EntryStatus.SCHEDULED})
#: The hour the week view scrolls to when shown.
WEEK_FIRST_VISIBLE_HOUR = 7


class CalendarActions(Protocol):
    """What the calendar asks of the publishing engine; the lead wires the real engine facade.

    Calls return at once; the engine reports the outcome as events, after which the app calls
    `CalendarPane.reload()`.
    """

    def pause(self, post_id: int) -> None:
        """Hold every scheduled target of the post."""

    def resume(self, post_id: int) -> None:
        """Release a paused post back to its schedule."""

    def retry(self, post_id: int) -> None:
        """Try the failed targets of the post again now."""

    def schedule_changed(self, post_id: int) -> None:
        """The post's time changed (moved, scheduled, unscheduled by undo, deleted)."""


@dataclass(frozen=True, slots=True)
class _Range:
    """One visible range as loaded: sorted, and bucketed on the worker for the request's zone,
    so the UI thread only hands ready lists to the models when no filter is on."""

    entries: list[CalendarEntry]
    zone: ZoneInfo
    by_day: dict[date, list[CalendarEntry]]


@dataclass(frozen=True, slots=True)
class _Loaded:
    key: _RangeKey
    range: _Range
    drafts: list[CalendarEntry] | None
    tags: list[str] | None
    accounts: list[AccountChoice] | None


#: A range's identity: UTC bounds and the zone its days are bucketed in.
_RangeKey = tuple[datetime, datetime, str]
#: How many loaded ranges are kept (the shown one, its neighbours, a few recent ones).
_CACHED_RANGES = 8


class _Cached:
    """A range asked of the worker (`result` None while pending). `reload()` withdraws pending
    requests from the runner (`_job`), so an answer that arrives belongs to this entry."""

    __slots__ = ("result",)

    def __init__(self) -> None:
        self.result: _Range | None = None


#: The runner key of a full load (a newer one wins).
_FULL_LOAD = "calendar-load"


def _job(key: _RangeKey) -> str:
    """The runner key of the request for one range."""
    return f"calendar-range:{key[0].isoformat()}/{key[1].isoformat()}/{key[2]}"


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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._repo = repository
        # The engine controls: what holds each post, cancel, delete from the network, lost answers.
        self._reach = reach
        self._hold_infos: dict[int, tuple[TargetHoldInfo, ...]] = {}
        self.dialog: QWidget | None = None
        # Counts of published posts for the list's metric columns (`InsightsRepository.post_totals`).
        self._metrics = metrics
        # Repeats marked and stopped, drafts dropped on a free queue slot (issue 13).
        self._queue_edits = queue_edits
        self._runner = runner
        self._actions = actions
        self._zone = zone
        self._user_zone = zone
        self._now = now
        self._queues = queues
        self._first_weekday = first_weekday
        self._kind = ViewKind.MONTH
        self._anchor = to_local(now(), zone).date()
        self._filter = CalendarFilter()
        self._entries: list[CalendarEntry] = []
        self._by_day: dict[date, list[CalendarEntry]] | None = None
        self._drafts: list[CalendarEntry] = []
        self._tags: list[str] = []
        self._accounts: list[AccountChoice] = []
        self._stale = True  # a load is pending: what is on screen is not the wanted range yet
        # Loaded ranges by key, most recently shown last; dropped by every full reload.
        self._cache: OrderedDict[_RangeKey, _Cached] = OrderedDict()
        self._wanted: _RangeKey | None = None
        self._undo = QUndoStack(self)
        self._week_hour = 9
        self._applying = False
        self.setObjectName("calendarPane")
        self.setAccessibleName(self.tr("Calendar"))
        self._build()
        self._connect()
        if reach is not None:
            reach.status.changed.connect(self._show_holds)
        self._now_timer = QTimer(self)
        self._now_timer.setInterval(60_000)
        self._now_timer.timeout.connect(self._tick)

    # -- construction ---------------------------------------------------------------------------

    def _build(self) -> None:
        self._prev = self._tool(self.tr("Previous"), "calendarPrevious", "‹")
        self._today = self._tool(self.tr("Today"), "calendarToday", self.tr("Today"))
        self._next = self._tool(self.tr("Next"), "calendarNext", "›")
        self._title = QLabel(self)
        self._title.setObjectName("calendarTitle")
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self._title.setFont(font)
        self._title.setAccessibleName(self.tr("Shown period"))

        self._view_buttons = QButtonGroup(self)
        self._view_buttons.setExclusive(True)
        labels = {
            ViewKind.MONTH: (self.tr("Month"), "Ctrl+1"),
            ViewKind.WEEK: (self.tr("Week"), "Ctrl+2"),
            ViewKind.LIST: (self.tr("List"), "Ctrl+3"),
        }
        self._view_button: dict[ViewKind, QToolButton] = {}
        for i, (kind, (label, keys)) in enumerate(labels.items()):
            button = self._tool(label, f"calendarView{kind.value.title()}", label)
            button.setCheckable(True)
            button.setToolTip(f"{label} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
            self._view_buttons.addButton(button, i)
            self._view_button[kind] = button
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda k=kind: self.set_view(k))
        self._view_button[ViewKind.MONTH].setChecked(True)

        self._zone_box = QComboBox(self)
        self._zone_box.setObjectName("calendarZone")
        self._zone_box.setAccessibleName(self.tr("Time zone shown"))
        self._zone_box.setToolTip(self.tr("Show times in another time zone"))
        self._zone_box.addItem(self._zone.key)
        self._zone_box.setMinimumContentsLength(16)

        self._filter_button = self._tool(self.tr("Filter"), "calendarFilter", self.tr("Filter"))
        self._filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._filter_menu = QMenu(self)
        self._filter_menu.setObjectName("calendarFilterMenu")
        self._filter_button.setMenu(self._filter_menu)

        self._search = QLineEdit(self)
        self._search.setObjectName("calendarSearch")
        self._search.setPlaceholderText(self.tr("Search posts"))
        self._search.setAccessibleName(self.tr("Search posts"))
        self._search.setClearButtonEnabled(True)
        self._search.setMaximumWidth(240)

        bar = QHBoxLayout()
        for widget in (self._prev, self._today, self._next):
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(self._title, 1)
        for kind in (ViewKind.MONTH, ViewKind.WEEK, ViewKind.LIST):
            bar.addWidget(self._view_button[kind])
        bar.addSpacing(8)
        bar.addWidget(self._zone_box)
        bar.addWidget(self._filter_button)
        bar.addWidget(self._search)

        self._notice = QLabel(self)
        self._notice.setObjectName("calendarNotice")
        self._notice.setWordWrap(True)
        self._notice.setAccessibleName(self.tr("Calendar message"))
        self._notice.setVisible(False)

        self.month_model = MonthModel(self)
        self.week_model = WeekModel(self)
        self.agenda_model = AgendaModel(self)
        self.drafts_model = DraftsModel(self)
        self._month_delegate = DayCellDelegate(self)
        self._week_delegate = HourCellDelegate(self)
        self.month_view = MonthView(self._month_delegate, self)
        self.month_view.setObjectName("calendarMonthView")
        self.month_view.setAccessibleName(self.tr("Month"))
        self.month_view.setModel(self.month_model)
        self.week_view = WeekView(self._week_delegate, self)
        self.week_view.setObjectName("calendarWeekView")
        self.week_view.setAccessibleName(self.tr("Week"))
        self.week_view.setModel(self.week_model)
        self.list_view = AgendaView(self)
        self.list_view.setObjectName("calendarListView")
        self.list_view.setAccessibleName(self.tr("List of posts"))
        self.list_view.setModel(self.agenda_model)
        self.list_view.setItemDelegateForColumn(AgendaModel.NETWORKS, BadgesDelegate(self))
        self.list_view.setItemDelegateForColumn(AgendaModel.STATUS, StatusDelegate(self))
        self.list_view.setColumnWidth(AgendaModel.WHEN, 150)
        self.list_view.setColumnWidth(AgendaModel.NETWORKS, 120)
        self.list_view.setColumnWidth(AgendaModel.STATUS, 250)  # room for "Waiting for a connection"
        header = self.list_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(AgendaModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in range(AgendaModel.TEXT + 1, AgendaModel.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            self.list_view.setColumnHidden(column, self._metrics is None)

        self._stack = QStackedWidget(self)
        for view in (self.month_view, self.week_view, self.list_view):
            self._stack.addWidget(view)

        drafts_panel = QWidget(self)
        drafts_layout = QVBoxLayout(drafts_panel)
        drafts_layout.setContentsMargins(0, 0, 0, 0)
        drafts_label = QLabel(self.tr("Drafts"), drafts_panel)
        drafts_label.setToolTip(self.tr("Drag a draft onto the calendar to schedule it"))
        self.drafts_view = QListView(drafts_panel)
        self.drafts_view.setObjectName("calendarDrafts")
        self.drafts_view.setAccessibleName(self.tr("Unscheduled drafts"))
        self.drafts_view.setModel(self.drafts_model)
        self.drafts_view.setDragEnabled(True)
        self.drafts_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.drafts_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.drafts_view.setDragDropMode(QListView.DragDropMode.DragOnly)
        self.drafts_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        drafts_label.setBuddy(self.drafts_view)
        drafts_layout.addWidget(drafts_label)
        drafts_layout.addWidget(self.drafts_view)
        # No drafts: say what lands here, with the one action, instead of an empty box.
        self.drafts_empty = EmptyState(self.drafts_view)
        self.drafts_empty.setObjectName("calendarDraftsEmpty")
        self.drafts_empty.layout().setContentsMargins(8, 16, 8, 16)
        self.drafts_empty.title.setFont(self.drafts_view.font())
        self.drafts_empty.set_text(
            self.tr("No drafts"), self.tr("Posts you start and don't schedule wait here."), self.tr("New draft")
        )
        self.drafts_empty.activated.connect(self.write_requested)
        drafts_grid = QGridLayout(self.drafts_view.viewport())
        drafts_grid.setContentsMargins(0, 0, 0, 0)
        drafts_grid.addWidget(self.drafts_empty, 0, 0)

        splitter = QSplitter(self)
        splitter.addWidget(drafts_panel)
        # With no post at all, one clear action covers the views: "No posts yet — Write a post".
        views_box = QWidget(self)
        views_grid = QGridLayout(views_box)
        views_grid.setContentsMargins(0, 0, 0, 0)
        views_grid.addWidget(self._stack, 0, 0)
        self.empty_state = EmptyState(views_box)
        self.empty_state.setObjectName("calendarEmpty")
        self.empty_state.set_text(
            self.tr("No posts yet"),
            self.tr("Posts you schedule appear here by day and time; drafts wait in the list on the left."),
            self.tr("&Write a post"),
        )
        self.empty_state.activated.connect(self.write_requested)
        self.empty_state.hide()
        views_grid.addWidget(self.empty_state, 0, 0)
        splitter.addWidget(views_box)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 900])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self._notice)
        layout.addWidget(splitter, 1)

        self._undo_action = self._undo.createUndoAction(self, self.tr("Undo"))
        self._undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self._undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._redo_action = self._undo.createRedoAction(self, self.tr("Redo"))
        self._redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self._redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self._undo_action)
        self.addAction(self._redo_action)
        for keys, slot in (
            ("Alt+Left", lambda: self.page(-1)),
            ("Alt+Right", lambda: self.page(1)),
            ("Ctrl+F", self._search.setFocus),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._month_delegate.zone = self._zone
        self._week_delegate.zone = self._zone

    def _tool(self, accessible: str, name: str, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.setAutoRaise(True)
        return button

    def _connect(self) -> None:
        self._prev.clicked.connect(lambda: self.page(-1))
        self._next.clicked.connect(lambda: self.page(1))
        self._today.clicked.connect(self.go_today)
        self._view_buttons.idClicked.connect(lambda i: self.set_view((ViewKind.MONTH, ViewKind.WEEK, ViewKind.LIST)[i]))
        self._search.textChanged.connect(self._on_search)
        self._zone_box.activated.connect(self._on_zone_chosen)
        for view in (self.month_view, self.week_view):
            view.entry_activated.connect(self._on_entry_activated)
            view.empty_activated.connect(self._on_empty_activated)
            view.menu_requested.connect(self._on_menu)
            view.page_requested.connect(self.page)
            view.today_requested.connect(self.go_today)
        self.list_view.entry_activated.connect(self._on_entry_activated)
        self.list_view.menu_requested.connect(self._on_menu)
        self.list_view.page_requested.connect(self.page)
        self.list_view.today_requested.connect(self.go_today)
        self.drafts_view.doubleClicked.connect(
            lambda index: self._on_entry_activated(self.drafts_model.entry(index.row()))
        )
        self.month_model.post_dropped.connect(self._on_post_dropped)
        self.week_view.selectionModel().currentChanged.connect(self._on_week_current)
        self.month_view.selectionModel().currentChanged.connect(self._on_month_current)
        self.week_model.post_dropped.connect(self._on_post_dropped)

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
        return self._undo

    def notice_text(self) -> str:
        """The message shown above the calendar ("" when none)."""
        return self._notice.text() if self._notice.isVisible() or self._notice.text() else ""

    def _check_empty(self, shown: bool) -> None:
        """Show "No posts yet" only when the store holds no post at all (asked on the worker when
        neither the range nor the drafts list shows one: another month may)."""
        if shown:
            self._runner.cancel("calendar-empty")
            self.empty_state.hide()
            return
        wide = (datetime(1970, 1, 1, tzinfo=UTC), datetime(9999, 1, 1, tzinfo=UTC))
        self._runner.submit(
            lambda: not any(e.post_id is not None for e in self._repo.entries_between(*wide)),
            on_done=self.empty_state.setVisible,
            key="calendar-empty",
        )

    def start(self) -> None:
        """Load the first range, the zones list and the filter choices; start the now marker."""
        self._now_timer.start()
        self._load(full=True)
        self._runner.submit(_zone_keys, on_done=self._fill_zones)

    def reload(self) -> None:
        """Query the visible range again (after the engine reports a change)."""
        self._load(full=True)

    def set_view(self, kind: ViewKind) -> None:
        """Show the month, week or list view."""
        kind = ViewKind(kind)
        changed_range = visible_range(kind, self._anchor, self._first_weekday) != visible_range(
            self._kind, self._anchor, self._first_weekday
        )
        view = {ViewKind.MONTH: self.month_view, ViewKind.WEEK: self.week_view, ViewKind.LIST: self.list_view}[kind]
        # Showing a view moves its cursor to its first cell; that is not the user's choice.
        self._applying = True
        try:
            self._kind = kind
            self._view_button[kind].setChecked(True)
            self._stack.setCurrentWidget(view)
            if kind is ViewKind.WEEK:
                self.week_view.verticalScrollBar().setValue(
                    WEEK_FIRST_VISIBLE_HOUR * self.week_view.verticalHeader().defaultSectionSize()
                )
            view.setFocus()
        finally:
            self._applying = False
        if changed_range:
            self._load(full=False)
        else:
            self._apply()

    def page(self, steps: int) -> None:
        """Show the period `steps` pages later (negative: earlier)."""
        self.go_to(shift_anchor(self._kind, self._anchor, steps))

    def go_today(self) -> None:
        """Show the period containing today and put the cursor on today."""
        self.go_to(to_local(self._now(), self._zone).date())

    def go_to(self, day: date) -> None:
        """Show the period containing `day`, with the cursor on it."""
        old = visible_range(self._kind, self._anchor, self._first_weekday)
        self._anchor = day
        if visible_range(self._kind, day, self._first_weekday) != old:
            self._load(full=False)
        else:
            self._applying = True
            try:
                self._select_anchor()
            finally:
                self._applying = False

    def set_time_zone(self, zone: ZoneInfo) -> None:
        """`TimeZoneFollower`: the user chose another zone in Settings."""
        if zone.key != self._zone.key:
            self.set_zone(zone)

    def set_zone(self, zone: ZoneInfo) -> None:
        """Show times in another zone (the shown dates and hours move with it)."""
        self._zone = zone
        self._by_day = None  # bucketed for the old zone
        self._month_delegate.zone = zone
        self._week_delegate.zone = zone
        if self._zone_box.findText(zone.key) < 0:
            self._zone_box.addItem(zone.key)
        self._zone_box.setCurrentText(zone.key)
        self._load(full=False)

    def set_filter(self, chosen: CalendarFilter) -> None:
        """Show only what passes `chosen` (no new query: the range is already loaded)."""
        self._filter = chosen
        if self._search.text() != chosen.text:
            self._search.blockSignals(True)
            self._search.setText(chosen.text)
            self._search.blockSignals(False)
        self._apply()

    @property
    def filter(self) -> CalendarFilter:
        return self._filter

    def entries(self) -> list[CalendarEntry]:
        """The loaded entries of the visible range that pass the filter."""
        if not self._filter.active:
            return self._entries
        return [e for e in self._entries if self._filter.matches(e)]

    def move_post(self, post_id: int, day: date, hour: int | None = None) -> None:
        """Move a post (or schedule a draft) to a day, optionally an hour: what a drop does."""
        self._on_post_dropped(post_id, day, hour)

    def build_menu(self, entries: Sequence[CalendarEntry], day: date | None, hour: int | None) -> QMenu:
        """The context menu for entries in a cell (or an empty cell), without showing it."""
        menu = QMenu(self)
        menu.setObjectName("calendarEntryMenu")
        posts = [e for e in entries if e.post_id is not None]
        if len(posts) == 1:
            self._add_entry_actions(menu, posts[0])
        else:
            for entry in posts:
                sub = menu.addMenu(entry.summary or self.tr("(empty draft)"))
                self._add_entry_actions(sub, entry)
        if day is not None and not posts:
            compose = menu.addAction(self.tr("New post here"))
            compose.setObjectName("compose")
            compose.triggered.connect(lambda: self._on_empty_activated(day, hour))
        return menu

    # -- loading --------------------------------------------------------------------------------

    def _current_view(self) -> QWidget:
        return {ViewKind.MONTH: self.month_view, ViewKind.WEEK: self.week_view, ViewKind.LIST: self.list_view}[
            self._kind
        ]

    def _range_key(self, anchor: date) -> tuple[_RangeKey, DateRange]:
        days = visible_range(self._kind, anchor, self._first_weekday)
        lo, hi = utc_bounds(days, self._zone)
        return (lo, hi, self._zone.key), days

    def _fetch_range(self, key: _RangeKey, now: datetime) -> _Range:
        # Runs on the worker.
        lo, hi, _ = key
        zone = ZoneInfo(key[2])  # the class caches instances: no disk read after the first
        found = mark_repeats(self._repo.entries_between(lo, hi), self._queue_edits)
        entries = sort_entries(found + _empty_slots(self._queues(), found, max(lo, now), hi))
        return _Range(entries, zone, group_by_day(entries, zone))

    def _load(self, *, full: bool) -> None:
        """Show the range around the anchor: from the cache of loaded ranges when there, else
        from the worker. `full` (start, reload) drops the cache: the store changed."""
        self._stale = True
        key, _days = self._range_key(self._anchor)
        self._wanted = key
        now = self._now()
        if full:
            for pending in [k for k, c in self._cache.items() if c.result is None]:
                self._runner.cancel(_job(pending))  # asked before the store changed
            self._cache.clear()

            def fetch_all() -> _Loaded | None:
                if self._wanted != key:
                    return None  # the user moved on while this waited: newest wins
                return _Loaded(
                    key,
                    self._fetch_range(key, now),
                    self._repo.unscheduled_drafts(),
                    self._repo.tags(),
                    self._repo.accounts(),
                )

            self._cache[key] = _Cached()
            # A newer full load cancels this one (not started) or drops its answer.
            self._runner.submit(
                fetch_all,
                on_done=lambda result: self._on_loaded(key, result),
                on_error=self._on_load_failed,
                key=_FULL_LOAD,
            )
            return
        cached = self._cache.get(key)
        if cached is None:
            self._request(key, now, prefetch_for=None)
        elif cached.result is not None:
            self._cache.move_to_end(key)
            # Applied from the event loop, like a worker answer, so callers see one behaviour.
            QTimer.singleShot(0, lambda: self._apply_cached(key))
        # else: already asked (a prefetch); its answer is applied when it arrives.

    def _request(self, key: _RangeKey, now: datetime, *, prefetch_for: _RangeKey | None) -> None:
        self._cache[key] = _Cached()

        def fetch() -> _Range | None:
            # Newest wins: a request overtaken while it waited in the queue does no work, and a
            # prefetch only runs while the user still looks where it was asked from.
            if self._wanted != key and (prefetch_for is None or self._wanted != prefetch_for):
                return None
            return self._fetch_range(key, now)

        self._runner.submit(
            fetch, on_done=lambda result: self._on_range(key, result), on_error=self._on_load_failed, key=_job(key)
        )

    def _on_range(self, key: _RangeKey, result: _Range | None) -> None:
        cached = self._cache.get(key)
        if cached is None:
            return  # trimmed from the cache meanwhile
        if result is None:
            del self._cache[key]
            if key == self._wanted:  # skipped while unwanted, wanted again since
                self._request(key, self._now(), prefetch_for=None)
            return
        cached.result = result
        self._trim_cache()
        if key == self._wanted and self._stale:
            self._show_range(result, None)

    def _apply_cached(self, key: _RangeKey) -> None:
        cached = self._cache.get(key)
        if key == self._wanted and self._stale and cached is not None and cached.result is not None:
            self._show_range(cached.result, None)

    def _trim_cache(self) -> None:
        done = [k for k, c in self._cache.items() if c.result is not None and k != self._wanted]
        for key in done[: max(0, len(done) - _CACHED_RANGES)]:
            del self._cache[key]

    def _prefetch_neighbours(self) -> None:
        """Ask for the next and previous pages while the user looks at this one, so paging
        finds them loaded; the worker does them only when idle of real requests."""
        now = self._now()
        for steps in (1, -1):
            key, _days = self._range_key(shift_anchor(self._kind, self._anchor, steps))
            if key not in self._cache:
                self._request(key, now, prefetch_for=self._wanted)

    def _on_loaded(self, key: _RangeKey, result: _Loaded | None) -> None:
        cached = self._cache.get(key)
        if result is None:  # overtaken while queued
            if cached is not None and cached.result is None:
                del self._cache[key]
                if key == self._wanted and self._stale:
                    self._request(key, self._now(), prefetch_for=None)
            return
        if cached is not None:
            cached.result = result.range
        if key == self._wanted and self._stale:
            self._show_range(result.range, result)

    def _show_range(self, loaded: _Range, extras: _Loaded | None) -> None:
        self._stale = False
        self._entries = loaded.entries
        self._by_day = loaded.by_day if loaded.zone.key == self._zone.key else None
        if extras is not None and extras.drafts is not None:
            self._drafts = extras.drafts
            self.drafts_model.set_drafts(extras.drafts)
            self.drafts_empty.setVisible(not extras.drafts)
        if extras is not None and extras.tags is not None and extras.accounts is not None:
            self._tags = extras.tags
            self._accounts = extras.accounts
            self._rebuild_filter_menu()
        self._applying = True
        try:
            self._apply()
            self._select_anchor()
        finally:
            self._applying = False
        # Read once per loaded range (never per keystroke of the search): filters run on it.
        self._load_holds(loaded.entries)
        self._check_empty(bool(self._drafts) or any(e.post_id is not None for e in loaded.entries))
        self.loaded.emit()
        self._prefetch_neighbours()

    def _on_load_failed(self, error: BaseException) -> None:
        _log.error("Loading the calendar failed: %s", type(error).__name__, exc_info=error)
        self._show_notice(self.tr("The calendar could not be loaded. Your posts are safe; try again."))

    def _apply(self) -> None:
        visible = self.entries()
        days = visible_range(self._kind, self._anchor, self._first_weekday)
        now = self._now()
        today = to_local(now, self._zone).date()
        if self._kind is ViewKind.LIST:
            self.agenda_model.set_entries(visible, self._zone)
            self._load_metrics(visible)
        else:
            # Without a filter the worker's buckets are the answer; a filter regroups the
            # (already loaded, already sorted) range here, which needs no query.
            unfiltered = not self._filter.active and self._by_day is not None
            by_day = self._by_day if unfiltered else group_by_day(visible, self._zone)
            assert by_day is not None
            if self._kind is ViewKind.MONTH:
                self.month_model.set_period(days, self._anchor, by_day, today, self._zone)
            else:
                self.week_model.set_period(days, by_day, now, self._zone)
        self._title.setText(self._period_title(days))

    def _load_holds(self, entries: Sequence[CalendarEntry]) -> None:
        """Read what holds the posts the engine is busy with (on the worker), then word it."""
        reach = self._reach
        busy = [e.post_id for e in entries if e.post_id is not None and e.status in _BUSY]
        if reach is None or reach.holds is None or not busy:
            if self._hold_infos:
                self._hold_infos = {}
                self._show_holds()
            return
        holds = reach.holds
        self._runner.submit(
            holds.held,
            busy,
            key="calendar-holds",
            on_done=self._on_holds,
            on_error=lambda e: _log.warning("Reading what holds posts failed: %s", type(e).__name__),
        )

    def _on_holds(self, found: dict[int, tuple[TargetHoldInfo, ...]]) -> None:
        self._hold_infos = found
        self._show_holds()

    def held(self, post_id: int) -> HeldAs | None:
        """What holds a post as the calendar last read it (None: nothing, or not read)."""
        targets = self._hold_infos.get(post_id)
        if not targets:
            return None
        status = self._reach.status if self._reach is not None else None
        return post_hold(
            targets,
            online=status.online if status else True,
            publishing_paused=status.publishing_paused if status else False,
        )

    def hold_word_of(self, post_id: int) -> str | None:
        """The status word the calendar shows for a held post ("Waiting for a connection" ...)."""
        held = self.held(post_id)
        if held is None:
            return None
        targets = self._hold_infos.get(post_id, ())
        network = next((t.network for t in targets if t.handed_off), None)
        return hold_word(held, self._zone, network)

    def _show_holds(self) -> None:
        words = {post_id: word for post_id in self._hold_infos if (word := self.hold_word_of(post_id)) is not None}
        for model in (self.month_model, self.week_model, self.agenda_model):
            model.set_holds(words)

    def _load_metrics(self, entries: Sequence[CalendarEntry]) -> None:
        published = [e.post_id for e in entries if e.post_id is not None and e.status is EntryStatus.PUBLISHED]
        if self._metrics is None or not published:
            return
        self._runner.submit(
            self._metrics,
            published,
            key="calendar-metrics",
            on_done=self.agenda_model.set_metrics,
            on_error=lambda e: _log.warning("Reading post metrics failed: %s", type(e).__name__),
        )

    def _period_title(self, days: Any) -> str:
        if self._kind is ViewKind.WEEK:
            last = days.end - timedelta(days=1)
            return self.tr("{first} – {last} {year}").format(
                first=format_day(days.start, long=False),
                last=format_day(last, long=False),
                year=last.year,
            )
        from PySide6.QtCore import QDate, QLocale

        return QLocale().toString(QDate(self._anchor.year, self._anchor.month, 1), "MMMM yyyy")

    def _select_anchor(self) -> None:
        if self._kind is ViewKind.MONTH:
            index = self.month_model.index_of_date(self._anchor)
            if index.isValid():
                self.month_view.setCurrentIndex(index)
        elif self._kind is ViewKind.WEEK:
            index = self.week_model.index_of_date(self._anchor, self._week_hour)
            if index.isValid():
                self.week_view.setCurrentIndex(index)

    def _user_move(self) -> bool:
        # The cursor also moves when models are refilled or a view is first shown; only a move
        # made on data that is up to date (no load pending) is the user's.
        return not self._applying and not self._stale

    def is_current(self) -> bool:
        """Whether the range on screen is the one wanted (no load pending)."""
        return not self._stale

    def _on_week_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self._user_move() and self._kind is ViewKind.WEEK:
            self._week_hour = current.row()
            self._anchor = self.week_model.cell_date(current.row(), current.column())

    def _on_month_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or not self._user_move() or self._kind is not ViewKind.MONTH:
            return
        day = self.month_model.cell_date(current.row(), current.column())
        if (day.year, day.month) != (self._anchor.year, self._anchor.month):
            # The cursor walked into the next or previous month: show that month.
            self.go_to(day)
        else:
            self._anchor = day

    def _tick(self) -> None:
        # Cached neighbours offer queue slots that may have passed by now: ask again later.
        self._cache = OrderedDict((k, c) for k, c in self._cache.items() if k == self._wanted)
        now = self._now()
        today = to_local(now, self._zone).date()
        self.month_model.set_today(today)
        self.week_model.set_now(now)

    # -- filters --------------------------------------------------------------------------------

    def _on_search(self, text: str) -> None:
        self._filter = replace(self._filter, text=text)
        self._apply()

    def _rebuild_filter_menu(self) -> None:
        menu = self._filter_menu
        menu.clear()
        accounts = menu.addMenu(self.tr("Accounts"))
        for account in self._accounts:
            self._filter_action(accounts, f"{network_name(account.network)} · {account.handle}", "accounts", account.id)
        networks = menu.addMenu(self.tr("Networks"))
        for network in NETWORK_ORDER:
            self._filter_action(networks, network_name(network), "networks", network)
        statuses = menu.addMenu(self.tr("Statuses"))
        for status in EntryStatus:
            self._filter_action(statuses, status_word(status), "statuses", status)
        tags = menu.addMenu(self.tr("Tags"))
        for tag in self._tags:
            self._filter_action(tags, tag, "tags", tag)
        menu.addSeparator()
        clear = menu.addAction(self.tr("Show everything"))
        clear.triggered.connect(lambda: self.set_filter(CalendarFilter(text=self._filter.text)))

    def _filter_action(self, menu: QMenu, label: str, facet: str, value: Any) -> QAction:
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(value in getattr(self._filter, facet))
        action.setObjectName(f"filter:{facet}:{value}")
        action.toggled.connect(lambda on, f=facet, v=value: self._toggle_facet(f, v, on))
        return action

    def _toggle_facet(self, facet: str, value: Any, on: bool) -> None:
        current: frozenset[Any] = getattr(self._filter, facet)
        updated = current | {value} if on else current - {value}
        self._filter = replace(self._filter, **{facet: frozenset(updated)})
        self._filter_button.setText(
            self.tr("Filter (on)") if self._filter.active and facet != "text" else self.tr("Filter")
        )
        self._apply()

    def _on_zone_chosen(self, row: int) -> None:
        key = self._zone_box.itemText(row)
        if key == self._zone.key:
            return
        # Loading a zone reads tzdata from disk: do it on the worker.
        self._runner.submit(ZoneInfo, key, on_done=self.set_zone)

    def _fill_zones(self, keys: list[str]) -> None:
        current = self._zone.key
        self._zone_box.blockSignals(True)
        self._zone_box.clear()
        self._zone_box.addItems(keys)
        if current not in keys:
            self._zone_box.insertItem(0, current)
        self._zone_box.setCurrentText(current)
        self._zone_box.blockSignals(False)

    # -- gestures -------------------------------------------------------------------------------

    def _on_entry_activated(self, entry: CalendarEntry | None) -> None:
        if entry is None:
            return
        if entry.post_id is not None:
            self.open_post.emit(entry.post_id)
        elif entry.instant is not None:
            self.compose_at.emit(entry.instant)

    def _on_empty_activated(self, day: date, hour: int | None) -> None:
        at = time(hour) if hour is not None else DEFAULT_DROP_TIME
        result = resolve_wall_time(day, at, self._zone)
        problem = check_new_time(result, self._now())
        if problem is not None:
            self._show_notice(explain_problem(problem, result, day, self._zone.key))
            return
        assert result.instant is not None
        self.compose_at.emit(result.instant)

    def _on_menu(self, entries: list[CalendarEntry], day: date | None, hour: int | None, pos: QPoint) -> None:
        menu = self.build_menu(entries, day, hour)
        if not menu.isEmpty():
            menu.popup(pos)

    def _add_entry_actions(self, menu: QMenu, entry: CalendarEntry) -> None:
        post_id = entry.post_id
        assert post_id is not None
        held = self.held(post_id)
        hold = held.hold if held is not None else None
        handed_off = hold is Hold.HANDED_OFF
        # Waiting (for a connection, a reconnect, a retry, the global pause) can be stopped;
        # a request already out cannot.
        waiting = entry.status is EntryStatus.PUBLISHING and hold not in (None, Hold.SENDING)
        unknown = TargetState.UNKNOWN in entry.states
        published = TargetState.PUBLISHED in entry.states
        reach = self._reach is not None
        items: list[tuple[str, str, Callable[[], None], bool]] = [
            ("open", self.tr("Open"), lambda: self.open_post.emit(post_id), True),
            ("duplicate", self.tr("Duplicate"), lambda: self._duplicate(post_id), True),
            (
                "publish_now",
                self.tr("Publish now"),
                lambda: self.publish_now_requested.emit(post_id),
                reach
                and entry.status in (EntryStatus.DRAFT, EntryStatus.SCHEDULED, EntryStatus.PAUSED, EntryStatus.FAILED)
                and not handed_off,
            ),
            (
                "pause",
                self.tr("Pause"),
                lambda: self._engine(self._actions.pause, post_id),
                (entry.status is EntryStatus.SCHEDULED and not handed_off) or waiting,
            ),
            (
                "resume",
                self.tr("Resume"),
                lambda: self._engine(self._actions.resume, post_id),
                entry.status is EntryStatus.PAUSED,
            ),
            (
                "reschedule",
                self.tr("Reschedule…"),
                lambda: self._reschedule(post_id, waiting),
                waiting or entry.status is EntryStatus.PAUSED,
            ),
            ("resolve_unknown", self.tr("Did it go out?…"), lambda: self.resolve_unknown(post_id), reach and unknown),
            # Retry never does nothing silently: on a post whose answer was lost it asks the user.
            (
                "retry",
                self.tr("Retry"),
                lambda: self._retry(post_id, unknown),
                entry.status in (EntryStatus.FAILED, EntryStatus.NEEDS_ATTENTION),
            ),
            (
                "cancel",
                self.tr("Cancel (never send)") if not handed_off else self.tr("Take back and cancel"),
                lambda: self._cancel(post_id),
                reach and (entry.status in (EntryStatus.SCHEDULED, EntryStatus.PAUSED) or waiting),
            ),
            (
                "stop_repeating",
                self.tr("Stop repeating"),
                lambda: self._stop_repeating(post_id),
                self._queue_edits is not None and is_repeating(entry),
            ),
            (
                "delete",
                self.tr("Delete…") if published else self.tr("Delete"),
                (lambda: self.delete_published(post_id)) if published and reach else (lambda: self._delete(post_id)),
                entry.status not in (EntryStatus.PUBLISHING,) or waiting,
            ),
        ]
        for name, label, slot, enabled in items:
            action = menu.addAction(label)
            action.setObjectName(name)
            action.setEnabled(enabled)
            action.triggered.connect(slot)

    def _engine(self, call: Callable[[int], None], post_id: int) -> None:
        call(post_id)

    def _cancel(self, post_id: int) -> None:
        if self._reach is not None:
            self._reach.cancel(post_id)
            self._show_notice(
                self.tr(
                    "Cancelled: it will not be sent. Use Reschedule or drag it to a time to "
                    "put it back on the schedule."
                )
            )

    def _retry(self, post_id: int, unknown: bool) -> None:
        if unknown and self._reach is not None:
            self._show_notice(
                self.tr(
                    "Postdesk does not know whether this post went out, so it will not simply "
                    "send it again. Say whether it is there."
                )
            )
            self.resolve_unknown(post_id)
            return
        self._actions.retry(post_id)

    def _reschedule(self, post_id: int, waiting: bool) -> None:
        if waiting:
            self._actions.pause(post_id)
        self._show_notice(self.tr("Paused. Drag the post to its new time, then choose Resume: it goes out then."))

    def _with_targets(self, post_id: int, then: Callable[[tuple[TargetHoldInfo, ...]], None]) -> None:
        reach = self._reach
        if reach is None or reach.holds is None:
            return
        holds = reach.holds

        def read() -> tuple[TargetHoldInfo, ...]:
            return holds.holds([post_id]).get(post_id, ())

        self._runner.submit(read, on_done=then, key=f"calendar-targets-{post_id}", on_error=self._on_edit_failed)

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
                self._show_notice(self.tr("This post was settled meanwhile: nothing to decide."))
                self.reload()
                return
            target = unknown[0]
            place = places.get(target.account_id) if target.account_id is not None else None
            dialog = UnknownResolutionDialog(reach, target, place, self)
            dialog.link_activated.connect(self.link_activated)
            dialog.resolved.connect(lambda _tid: self.reload())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog = dialog
            dialog.open()

        self._runner.submit(read, on_done=show, key=f"calendar-unknown-{post_id}", on_error=self._on_edit_failed)

    def delete_published(self, post_id: int) -> None:
        """Delete a published post: from Postdesk only, or from its network too (asked in a dialog)."""
        reach = self._reach
        if reach is None:
            self._delete(post_id)
            return

        def show(targets: tuple[TargetHoldInfo, ...]) -> None:
            if not any(t.state is TargetState.PUBLISHED for t in targets):
                self._delete(post_id)
                return
            dialog = DeletePublishedDialog(reach, targets, lambda: self._delete(post_id), self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog = dialog
            dialog.open()

        self._with_targets(post_id, show)

    # -- edits ----------------------------------------------------------------------------------

    def _find(self, post_id: int) -> CalendarEntry | None:
        for entry in (*self._entries, *self._drafts):
            if entry.post_id == post_id:
                return entry
        return None

    def _on_post_dropped(self, post_id: int, day: date, hour: int | None) -> None:
        entry = self._find(post_id)
        if entry is None:
            return
        if not entry.movable:
            self._show_notice(explain_problem(CalendarProblem.NOT_MOVABLE, None, day, self._zone.key))
            return
        held = self.held(post_id)
        if held is not None and held.hold is Hold.HANDED_OFF:
            # The network's scheduler holds it at its old time: moving it here would not move it there.
            self._show_notice(
                self.tr(
                    "The network's own scheduler holds this post at its time. To move it, "
                    "take it back first (Take back and cancel), then schedule it again."
                )
            )
            return
        slot = free_slot_in(self._entries, day, hour, self._zone, self._now())
        if slot is not None and self._queue_edits is not None:
            self._place_in_slot(post_id, slot)
            return
        if entry.instant is not None:
            at = None
            if hour is not None:
                at = time(hour, to_local(entry.instant, self._zone).minute)
            result = move_to_day(entry.instant, self._zone, day, at=at)
        else:
            result = resolve_wall_time(day, time(hour) if hour is not None else DEFAULT_DROP_TIME, self._zone)
        problem = check_new_time(result, self._now())
        if problem is not None:
            self._show_notice(explain_problem(problem, result, day, self._zone.key))
            return
        assert result.instant is not None
        if result.instant == entry.instant:
            return
        instant, zone_key = result.instant, self._zone.key
        note = explain_ambiguous(day, zone_key, to_local(instant, self._zone)) if result.ambiguous else ""

        def done(change: ScheduleChange) -> None:
            if not change.ok:
                self._show_notice(explain_problem(change.problem or CalendarProblem.NOT_MOVABLE, None, day, zone_key))
                self.reload()
                return
            assert change.before is not None
            self._undo.push(_RescheduleCommand(self, change.before, instant, zone_key, entry.summary))
            self._show_notice(note)
            self._actions.schedule_changed(post_id)
            self.post_changed.emit(post_id)
            self.reload()

        self._runner.submit(
            lambda: self._repo.reschedule(post_id, instant, zone_key, now=self._now()),
            on_done=done,
            on_error=self._on_edit_failed,
        )

    def _place_in_slot(self, post_id: int, slot: CalendarEntry) -> None:
        """A post dropped on a free queue slot takes that slot (and joins the queue)."""
        assert self._queue_edits is not None and slot.instant is not None and slot.slot_name is not None
        name, instant = slot.slot_name, slot.instant

        def done(placed: bool) -> None:
            if placed:
                self._show_notice(
                    self.tr("Added to the queue \u201c{queue}\u201d at {time}.").format(
                        queue=name, time=when_text(instant, self._zone)
                    )
                )
                self._actions.schedule_changed(post_id)
                self.post_changed.emit(post_id)
            else:
                self._show_notice(self.tr("That slot was taken meanwhile. Nothing changed."))
            self.reload()

        self._runner.submit(
            self._queue_edits.place_in_slot,
            post_id,
            name,
            instant,
            self._now(),
            on_done=done,
            on_error=self._on_edit_failed,
        )

    def _stop_repeating(self, post_id: int) -> None:
        """Stop the post's repeat series; its repeats not yet sent are removed."""
        assert self._queue_edits is not None

        def done(withdrawn: list[int]) -> None:
            n = len(withdrawn)
            self._show_notice(
                self.tr("Repeating stopped. %n repeat(s) not yet sent were removed.", "", n).replace("%n", str(n))
                if n
                else self.tr("Repeating stopped.")
            )
            for other in withdrawn:
                self.post_changed.emit(other)
            self._actions.schedule_changed(post_id)
            self.reload()

        self._runner.submit(
            self._queue_edits.stop_repeating, post_id, self._now(), on_done=done, on_error=self._on_edit_failed
        )

    def _duplicate(self, post_id: int) -> None:
        self._runner.submit(
            lambda: self._repo.duplicate(post_id, now=self._now()),
            on_done=lambda _new: self.reload(),
            on_error=self._on_edit_failed,
        )

    def _delete(self, post_id: int) -> None:
        def done(deleted: bool) -> None:
            if deleted:
                self._undo.push(_DeleteCommand(self, post_id))
                self._actions.schedule_changed(post_id)
                self.post_changed.emit(post_id)
            self.reload()

        self._runner.submit(
            lambda: self._repo.delete(post_id, now=self._now()), on_done=done, on_error=self._on_edit_failed
        )

    def _on_edit_failed(self, error: BaseException) -> None:
        if isinstance(error, PostBusy):
            # Refused on purpose: a request is out and its answer not in yet.
            self._show_notice(
                self.tr(
                    "This post is being published right now, so it can't be deleted yet. Wait until it "
                    "has gone out; then Delete asks whether to remove it from Postdesk only or from the network too."
                )
            )
        elif isinstance(error, PostConflict):
            self._show_notice(
                self.tr("The post's time was changed elsewhere since, so that step was not undone. Nothing was lost.")
            )
        else:
            _log.error("A calendar edit failed: %s", type(error).__name__, exc_info=error)
            self._show_notice(self.tr("That change could not be saved. Nothing was lost; try again."))
        self.reload()

    def _show_notice(self, text: str) -> None:
        self._notice.setText(text)
        self._notice.setVisible(bool(text))

    # used by the undo commands
    def _run_then_reload(self, work: Callable[[], Any], post_id: int) -> None:
        def done(_: Any) -> None:
            self._actions.schedule_changed(post_id)
            self.post_changed.emit(post_id)
            self.reload()

        self._runner.submit(work, on_done=done, on_error=self._on_edit_failed)


class _RescheduleCommand(QUndoCommand):
    """Undo / redo of a move; the move itself was already saved when this is pushed."""

    def __init__(self, pane: CalendarPane, before: ScheduleSnapshot, instant: datetime, zone: str, label: str) -> None:
        super().__init__(pane.tr("Move “{post}”").format(post=label[:40]))
        self._pane = pane
        self._before = before
        self._instant = instant
        self._zone = zone
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        pane, before = self._pane, self._before
        pane._run_then_reload(
            lambda: pane._repo.reschedule(before.post_id, self._instant, self._zone, now=pane._now()),
            before.post_id,
        )

    def undo(self) -> None:
        pane, before = self._pane, self._before
        pane._run_then_reload(lambda: pane._repo.restore_schedule(before, now=pane._now()), before.post_id)


class _DeleteCommand(QUndoCommand):
    """Undo / redo of a (soft) delete."""

    def __init__(self, pane: CalendarPane, post_id: int) -> None:
        super().__init__(pane.tr("Remove the post from Postdesk"))
        self._pane = pane
        self._post_id = post_id
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        pane = self._pane
        pane._run_then_reload(lambda: pane._repo.delete(self._post_id, now=pane._now()), self._post_id)

    def undo(self) -> None:
        pane = self._pane
        pane._run_then_reload(lambda: pane._repo.restore(self._post_id, now=pane._now()), self._post_id)


def _empty_slots(
    queues: Sequence[QueueSchedule], entries: Sequence[CalendarEntry], start: datetime, end: datetime
) -> list[CalendarEntry]:
    """Queue slot instants in [start, end) that no post holds, as dashed placeholder entries."""
    if start >= end:
        return []
    taken = {e.instant for e in entries if e.instant is not None}
    slots = []
    for schedule in queues:
        for instant in occurrences(schedule, start, end):
            if instant not in taken:
                slots.append(
                    CalendarEntry(
                        post_id=None,
                        instant=instant,
                        zone=schedule.zone,
                        status=EntryStatus.QUEUE_SLOT,
                        slot_name=schedule.name,
                    )
                )
    return slots


def _zone_keys() -> list[str]:
    """Every IANA zone name, sorted (reads tzdata: call on the worker)."""
    return sorted(available_timezones())
