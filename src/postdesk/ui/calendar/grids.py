"""The calendar's three views in one stack: the month grid, the week hour grid and the list,
with their models and delegates. The pane hands them what to show; they report gestures."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPoint, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from postdesk.core.calendar import CalendarEntry, DateRange, ViewKind, to_local
from postdesk.ui.calendar.delegates import BadgesDelegate, DayCellDelegate, HourCellDelegate, StatusDelegate
from postdesk.ui.calendar.models import AgendaModel, MonthModel, WeekModel
from postdesk.ui.calendar.post_status import PostStatus
from postdesk.ui.calendar.views import AgendaView, MonthView, WeekView

if TYPE_CHECKING:
    from postdesk.ui.calendar.thumbs import CardThumbnails

__all__ = ["WEEK_FIRST_VISIBLE_HOUR", "CalendarViews"]

#: The hour the week view scrolls to when shown.
WEEK_FIRST_VISIBLE_HOUR = 7


class CalendarViews(QStackedWidget):
    """Month, week and list views; one is shown at a time.

    Attributes:
        month / week / list: the views; month_model / week_model / agenda_model: their models.
        week_hour: the hour the week view's cursor goes to when a week is shown.

    Signals:
        entry_activated: (CalendarEntry) opened by double-click or Enter.
        empty_activated: (date, hour or None) empty space opened.
        menu_requested: (entries, date or None, hour or None, QPoint global) a context menu.
        page_requested: (int) previous / next period.
        today_requested: () T.
        post_dropped: (post id, date, hour or None) a post was dropped on a cell.
        cell_chosen: (ViewKind, date, hour or None) the cursor moved in a grid.
        day_requested: (date) show all of a day ("+N more", Space).
    """

    entry_activated = Signal(object)
    empty_activated = Signal(object, object)
    menu_requested = Signal(object, object, object, QPoint)
    page_requested = Signal(int)
    today_requested = Signal()
    post_dropped = Signal(int, object, object)
    cell_chosen = Signal(object, object, object)
    day_requested = Signal(object)

    def __init__(
        self,
        status: PostStatus,
        *,
        has_metrics: bool,
        thumbnails: CardThumbnails | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.week_hour = 9
        #: True while `quietly` runs: cursor moves then are not the user's.
        self.applying = False
        self.month_model = MonthModel(self)
        self.week_model = WeekModel(self)
        self.agenda_model = AgendaModel(self)
        self._month_delegate = DayCellDelegate(self)
        self._week_delegate = HourCellDelegate(self)
        self.month = MonthView(self._month_delegate, self)
        self.month.setObjectName("calendarMonthView")
        self.month.setAccessibleName(self.tr("Month"))
        self.month.setModel(self.month_model)
        self.week = WeekView(self._week_delegate, self)
        self.week.setObjectName("calendarWeekView")
        self.week.setAccessibleName(self.tr("Week"))
        self.week.setModel(self.week_model)
        self.list = AgendaView(self)
        self.list.setObjectName("calendarListView")
        self.list.setAccessibleName(self.tr("List of posts"))
        self.list.setModel(self.agenda_model)
        self.list.setItemDelegateForColumn(AgendaModel.NETWORKS, BadgesDelegate(self))
        self.list.setItemDelegateForColumn(AgendaModel.STATUS, StatusDelegate(self))
        for column in range(AgendaModel.TEXT + 1, AgendaModel.COLUMNS):
            self.list.setColumnHidden(column, not has_metrics)
        self.list.size_columns()
        for view in (self.month, self.week, self.list):
            self.addWidget(view)
        for grid in (self.month, self.week):
            grid.entry_activated.connect(self.entry_activated)
            grid.empty_activated.connect(self.empty_activated)
            grid.menu_requested.connect(self.menu_requested)
            grid.page_requested.connect(self.page_requested)
            grid.today_requested.connect(self.today_requested)
            grid.day_requested.connect(self.day_requested)
        self.list.entry_activated.connect(self.entry_activated)
        self.list.menu_requested.connect(self.menu_requested)
        self.list.page_requested.connect(self.page_requested)
        self.list.today_requested.connect(self.today_requested)
        self.month_model.post_dropped.connect(self.post_dropped)
        self.week_model.post_dropped.connect(self.post_dropped)
        if thumbnails is not None:
            self.set_thumbnails(thumbnails)
        self.week.selectionModel().currentChanged.connect(self._on_week_current)
        self.month.selectionModel().currentChanged.connect(self._on_month_current)

    def quietly(self, *steps: Callable[[], None]) -> None:
        """Run view changes whose cursor moves are not the user's (a refill, a view shown)."""
        self.applying = True
        try:
            for step in steps:
                step()
        finally:
            self.applying = False

    def view_of(self, kind: ViewKind) -> QWidget:
        return {ViewKind.MONTH: self.month, ViewKind.WEEK: self.week, ViewKind.LIST: self.list}[kind]

    def show_kind(self, kind: ViewKind) -> None:
        """Show the view of `kind` and give it the focus."""
        view = self.view_of(kind)
        self.setCurrentWidget(view)
        if kind is ViewKind.WEEK:
            self.week.verticalScrollBar().setValue(
                WEEK_FIRST_VISIBLE_HOUR * self.week.verticalHeader().defaultSectionSize()
            )
        view.setFocus()

    def set_thumbnails(self, thumbnails: CardThumbnails) -> None:
        """Draw the cards' thumbnails from `thumbnails`, repainting as each arrives."""
        for delegate, view in ((self._month_delegate, self.month), (self._week_delegate, self.week)):
            delegate.thumbnails = thumbnails
            thumbnails.ready.connect(view.viewport().update)

    def set_zone(self, zone: tzinfo) -> None:
        """Paint chip times in `zone`."""
        self._month_delegate.zone = zone
        self._week_delegate.zone = zone

    def show_list(self, entries: Sequence[CalendarEntry], zone: tzinfo) -> None:
        self.agenda_model.set_entries(entries, zone)

    def show_grid(
        self,
        kind: ViewKind,
        days: DateRange,
        anchor: date,
        by_day: dict[date, list[CalendarEntry]],
        now: datetime,
        zone: tzinfo,
        counts: Mapping[date, int] | None = None,
        media: Mapping[int, str] | None = None,
    ) -> None:
        """Fill the month or week grid with the entries of `days`, bucketed by local day.

        Args:
            counts: how many entries each day holds, when `by_day` has only the first of each.
            media: the digest of each post's first image (the cards' thumbnails).
        """
        if kind is ViewKind.MONTH:
            self.month_model.set_period(days, anchor, by_day, to_local(now, zone).date(), zone, counts, media)
        else:
            self.week_model.set_period(days, by_day, now, zone, media)

    def select(self, kind: ViewKind, anchor: date) -> None:
        """Put the grid's cursor on `anchor` (the week's on `week_hour`)."""
        if kind is ViewKind.MONTH:
            index = self.month_model.index_of_date(anchor)
            if index.isValid():
                self.month.setCurrentIndex(index)
        elif kind is ViewKind.WEEK:
            index = self.week_model.index_of_date(anchor, self.week_hour)
            if index.isValid():
                self.week.setCurrentIndex(index)

    def set_now(self, now: datetime, zone: tzinfo) -> None:
        """The clock moved on: today's ring and the week's now line follow."""
        self.month_model.set_today(to_local(now, zone).date())
        self.week_model.set_now(now)

    def set_holds(self, words: Mapping[int, str]) -> None:
        """Word these posts' holds in every view."""
        for model in (self.month_model, self.week_model, self.agenda_model):
            model.set_holds(words)

    def _on_week_current(self, current: QModelIndex, _previous: Any) -> None:
        if current.isValid():
            day = self.week_model.cell_date(current.row(), current.column())
            self.cell_chosen.emit(ViewKind.WEEK, day, current.row())

    def _on_month_current(self, current: QModelIndex, _previous: Any) -> None:
        if current.isValid():
            self.cell_chosen.emit(ViewKind.MONTH, self.month_model.cell_date(current.row(), current.column()), None)
