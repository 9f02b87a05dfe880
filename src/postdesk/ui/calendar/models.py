"""Qt item models of the calendar's grids: a month grid and a week hour grid (the list models
are in `list_models`, the roles in `model_roles`; both are re-exported here).

The models hold only what the visible range needs, already filtered and bucketed by the pane;
they never touch the store. A cell of the month or week grid carries the list of entries it
shows (ENTRIES_ROLE); the delegate paints them. Drops of a post onto a cell are decoded here
and reported through `post_dropped`, so the pane decides (and tests can drive a drop through
the model's own `dropMimeData`, the same path Qt's views use).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QMimeData, QModelIndex, Qt, Signal

from postdesk.core.calendar import (
    CalendarEntry,
    CalendarProblem,
    DateRange,
    changes_offset,
    resolve_wall_time,
    to_local,
)
from postdesk.ui.calendar.list_models import AgendaModel, DraftsModel
from postdesk.ui.calendar.model_roles import (
    DATE_ROLE,
    ENTRIES_ROLE,
    ENTRY_ROLE,
    HOLDS_ROLE,
    HOUR_ROLE,
    IN_GAP_ROLE,
    IN_PERIOD_ROLE,
    IS_TODAY_ROLE,
    NOW_FRACTION_ROLE,
    POST_MIME,
    WARNINGS_ROLE,
    decode_post,
    describe_cell_head,
    describe_entry,
    encode_post,
    with_warnings,
)
from postdesk.ui.calendar.model_roles import AnyIndex as _Index
from postdesk.ui.calendar.wording import format_time

__all__ = [
    "DATE_ROLE",
    "ENTRIES_ROLE",
    "ENTRY_ROLE",
    "HOLDS_ROLE",
    "HOUR_ROLE",
    "IN_GAP_ROLE",
    "IN_PERIOD_ROLE",
    "IS_TODAY_ROLE",
    "NOW_FRACTION_ROLE",
    "POST_MIME",
    "WARNINGS_ROLE",
    "AgendaModel",
    "DraftsModel",
    "MonthModel",
    "WeekModel",
    "decode_post",
    "describe_entry",
    "encode_post",
    "with_warnings",
]


class _GridModel(QAbstractTableModel):
    """What the month and week grids share: entries per cell, drops, today.

    Signals:
        post_dropped: (post_id, local date, hour or None) when a post is dropped on a cell.
    """

    post_dropped = Signal(int, object, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cells: dict[tuple[int, int], list[CalendarEntry]] = {}
        self._today: date | None = None
        self._zone: tzinfo | None = None
        self._warnings: dict[int, tuple[str, ...]] = {}
        self._holds: dict[int, str] = {}
        # How many entries a cell holds when it has only the first ones (a month's first read).
        self._totals: dict[tuple[int, int], int] = {}
        self._media: Mapping[int, str] = {}
        # Whether a cell holds a movable entry, worked out on first ask after each refill: the
        # view asks often, and a past day of a busy calendar holds a hundred published posts.
        self._draggable: dict[tuple[int, int], bool] = {}

    def set_holds(self, holds: Mapping[int, str]) -> None:
        """Say what holds these posts (worded, by post id) instead of their bare status."""
        holds = dict(holds)
        if holds != self._holds:
            self._holds = holds
            self._refresh_all()

    def hold_of(self, post_id: int | None) -> str | None:
        """The worded hold of a post, if something holds it."""
        return self._holds.get(post_id) if post_id is not None else None

    def set_warnings(self, warnings: Mapping[int, tuple[str, ...]]) -> None:
        """Mark the scheduled posts that cannot go out as things stand (`ui.readiness`).

        Args:
            warnings: worded warnings by post id; posts not listed have none.
        """
        warnings = dict(warnings)
        if warnings != self._warnings:
            self._warnings = warnings
            self._refresh_all()

    def warnings_of(self, post_id: int | None) -> tuple[str, ...]:
        """The warnings of a post (none for an empty queue slot)."""
        return self._warnings.get(post_id, ()) if post_id is not None else ()

    # subclasses map cells to dates and hours
    def cell_date(self, row: int, column: int) -> date:
        raise NotImplementedError

    def cell_hour(self, row: int) -> int | None:
        return None

    def entries_at(self, index: _Index) -> list[CalendarEntry]:
        """The entries a cell shows."""
        if not index.isValid():
            return []
        return self._cells.get((index.row(), index.column()), [])

    def marks(self) -> tuple[Mapping[int, tuple[str, ...]], Mapping[int, str]]:
        """The warnings and the worded holds of every post, by post id."""
        return self._warnings, self._holds

    def total_at(self, index: _Index) -> int:
        """How many entries a cell holds (more than `entries_at` while only the first are read)."""
        cell = (index.row(), index.column())
        return self._totals.get(cell, len(self._cells.get(cell, ())))

    def media_of(self, post_id: int | None) -> str | None:
        """The digest of a post's first image (its card's thumbnail), or None."""
        return self._media.get(post_id) if post_id is not None else None

    def paint_data(self, index: _Index) -> tuple[list[CalendarEntry], Mapping[int, object], Mapping[int, str]]:
        """A cell's entries, the warnings and the holds, for the delegate: read in Python, so a
        paint does not copy a day's entries into a QVariant list and back (ENTRIES_ROLE does)."""
        return self.entries_at(index), self._warnings, self._holds

    def index_of_date(self, day: date, hour: int | None = None) -> QModelIndex:
        """The cell of a local date (and hour), or an invalid index when not shown."""
        for row in range(self.rowCount()):
            if hour is not None and self.cell_hour(row) not in (None, hour):
                continue
            for column in range(self.columnCount()):
                if self.cell_date(row, column) == day:
                    return self.index(row, column)
        return QModelIndex()

    def _refresh_all(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def set_today(self, today: date) -> None:
        """Mark another date as today (the clock passed midnight)."""
        if today != self._today:
            self._today = today
            self._refresh_all()

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        cell = (index.row(), index.column())
        draggable = self._draggable.get(cell)
        if draggable is None:
            draggable = self._draggable[cell] = any(entry.movable for entry in self._cells.get(cell, ()))
        if draggable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def _common_data(self, index: _Index, role: int) -> Any:
        day = self.cell_date(index.row(), index.column())
        if role == ENTRIES_ROLE:
            return self.entries_at(index)
        if role == WARNINGS_ROLE:
            return self._warnings
        if role == HOLDS_ROLE:
            return self._holds
        if role == DATE_ROLE:
            return day
        if role == HOUR_ROLE:
            return self.cell_hour(index.row())
        if role == IS_TODAY_ROLE:
            return day == self._today
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe_cell(index, day)
        return None

    def _describe_cell(self, index: _Index, day: date) -> str:
        entries = self.entries_at(index)
        posts = self.total_at(index) - sum(1 for e in entries if e.post_id is None)
        head = describe_cell_head(day, self.cell_hour(index.row()), posts)
        if self._zone is None or not entries:
            return head
        zone = self._zone
        lines = (
            with_warnings(describe_entry(e, zone, self.hold_of(e.post_id)), self.warnings_of(e.post_id))
            for e in entries
        )
        return "\n".join([head, *lines])

    # drag and drop
    def mimeTypes(self) -> list[str]:
        return [POST_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index) -> bool:
        return decode_post(data) is not None and self._drop_index(row, column, parent).isValid()

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index) -> bool:
        post_id = decode_post(data)
        target = self._drop_index(row, column, parent)
        if post_id is None or not target.isValid():
            return False
        self.post_dropped.emit(post_id, self.cell_date(target.row(), target.column()), self.cell_hour(target.row()))
        return True

    def _drop_index(self, row: int, column: int, parent: _Index) -> QModelIndex:
        # Views drop "on" an item with row = column = -1 and the item as parent.
        if parent.isValid():
            return self.index(parent.row(), parent.column())
        if 0 <= row < self.rowCount() and 0 <= column < self.columnCount():
            return self.index(row, column)
        return QModelIndex()


class MonthModel(_GridModel):
    """Six weeks of seven days; each cell lists the day's entries."""

    ROWS = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._grid = DateRange(date(2000, 1, 3), date(2000, 2, 14))
        self._month = (2000, 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.ROWS

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def cell_date(self, row: int, column: int) -> date:
        return self._grid.start + timedelta(days=row * 7 + column)

    def set_period(
        self,
        grid: DateRange,
        month: date,
        by_day: dict[date, list[CalendarEntry]],
        today: date,
        zone: tzinfo,
        counts: Mapping[date, int] | None = None,
        media: Mapping[int, str] | None = None,
    ) -> None:
        """Show a new grid (or new entries); the shape never changes, so selection survives.

        `counts` says how many entries each day holds when `by_day` has only the first of each.
        """
        self._grid = grid
        self._month = (month.year, month.month)
        self._today = today
        self._zone = zone
        self._cells = {}
        self._draggable = {}
        self._totals = {}
        self._media = media or {}
        for offset, day in enumerate(grid.days()):
            entries = by_day.get(day)
            cell = (offset // 7, offset % 7)
            if entries:
                self._cells[cell] = entries
            if counts is not None and counts.get(day, 0) > len(entries or ()):
                self._totals[cell] = counts[day]
        self._refresh_all()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < 6 and 0 <= index.column() < 7):
            return None
        day = self.cell_date(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return QLocale().toString(day.day)  # the language's digits (Arabic writes ٢٠)
        if role == IN_PERIOD_ROLE:
            return (day.year, day.month) == self._month
        return self._common_data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or section < 0:
            return None
        if orientation == Qt.Orientation.Horizontal and section < 7:
            weekday = self.cell_date(0, section).isoweekday()
            return QLocale().dayName(weekday, QLocale.FormatType.ShortFormat)
        if orientation == Qt.Orientation.Vertical and section < self.ROWS:
            return str(self.cell_date(section, 0).isocalendar().week)
        return None


class WeekModel(_GridModel):
    """Seven days by 24 hours; each cell lists the entries whose local hour it is."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._days = DateRange(date(2000, 1, 3), date(2000, 1, 10))
        self._now: datetime | None = None
        self._gaps: set[tuple[int, int]] = set()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 24

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def cell_date(self, row: int, column: int) -> date:
        return self._days.start + timedelta(days=column)

    def cell_hour(self, row: int) -> int | None:
        return row

    def set_period(
        self,
        days: DateRange,
        by_day: dict[date, list[CalendarEntry]],
        now: datetime,
        zone: tzinfo,
        media: Mapping[int, str] | None = None,
    ) -> None:
        """Show a week; entries are placed by their local hour in `zone`."""
        self._days = days
        self._zone = zone
        self._media = media or {}
        local_now = to_local(now, zone)
        self._now = local_now
        self._today = local_now.date()
        self._cells = {}
        self._draggable = {}
        self._gaps = set()
        for column, day in enumerate(days.days()):
            for entry in by_day.get(day, []):
                assert entry.instant is not None
                hour = to_local(entry.instant, zone).hour
                self._cells.setdefault((hour, column), []).append(entry)
            if not changes_offset(day, zone):
                continue  # nearly every day: no transition, so no hour can be missing
            for hour in range(24):
                if resolve_wall_time(day, time(hour), zone).problem is CalendarProblem.NONEXISTENT_LOCAL_TIME:
                    self._gaps.add((hour, column))
        self._refresh_all()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)

    def set_now(self, now: datetime) -> None:
        """Move the "now" line."""
        if self._zone is not None:
            self._now = to_local(now, self._zone)
            self._today = self._now.date()
            self._refresh_all()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < 24 and 0 <= index.column() < 7):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return None
        if role == IN_PERIOD_ROLE:
            return True
        if role == IN_GAP_ROLE:
            return (index.row(), index.column()) in self._gaps
        if role == NOW_FRACTION_ROLE:
            day = self.cell_date(index.row(), index.column())
            now = self._now
            if now is None or now.date() != day or now.hour != index.row():
                return None
            return now.minute / 60
        return self._common_data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or section < 0:
            return None
        if orientation == Qt.Orientation.Horizontal and section < 7:
            day = self.cell_date(0, section)
            name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            return f"{name} {QLocale().toString(day.day)}"  # the language's digits
        if orientation == Qt.Orientation.Vertical and section < 24:
            return format_time(datetime.combine(self._days.start, time(section)))
        return None
