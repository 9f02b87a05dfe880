"""Qt item models of the calendar: a month grid, a week hour grid, an agenda list, the drafts.

The models hold only what the visible range needs, already filtered and bucketed by the pane;
they never touch the store. A cell of the month or week grid carries the list of entries it
shows (ENTRIES_ROLE); the delegate paints them. Drops of a post onto a cell are decoded here
and reported through `post_dropped`, so the pane decides (and tests can drive a drop through
the model's own `dropMimeData`, the same path Qt's views use).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from postdesk.core.calendar import (
    CalendarEntry,
    CalendarProblem,
    DateRange,
    changes_offset,
    resolve_wall_time,
    to_local,
)
from postdesk.store.repositories.insights import Counts
from postdesk.ui.calendar.wording import format_day, format_time, network_name, status_word
from postdesk.ui.insights.models import format_count, metric_names, metrics_line

ENTRIES_ROLE = Qt.ItemDataRole.UserRole + 1
DATE_ROLE = Qt.ItemDataRole.UserRole + 2
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 3
IS_TODAY_ROLE = Qt.ItemDataRole.UserRole + 4
IN_PERIOD_ROLE = Qt.ItemDataRole.UserRole + 5
NOW_FRACTION_ROLE = Qt.ItemDataRole.UserRole + 6
HOUR_ROLE = Qt.ItemDataRole.UserRole + 7
IN_GAP_ROLE = Qt.ItemDataRole.UserRole + 8
#: Grid cells: the warnings of every post, by post id (the delegate marks the chips that have some);
#: agenda rows: the warnings of that row's post.
WARNINGS_ROLE = Qt.ItemDataRole.UserRole + 9
#: Grid cells: what holds each held post, worded, by post id (the delegate marks those chips).
HOLDS_ROLE = Qt.ItemDataRole.UserRole + 10

POST_MIME = "application/x-postdesk-post"

_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_AGENDA_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        ENTRY_ROLE,
        WARNINGS_ROLE,
    }
)

_Index = QModelIndex | QPersistentModelIndex


def encode_post(post_id: int) -> QMimeData:
    """Mime data carrying a post id for a drag."""
    mime = QMimeData()
    mime.setData(POST_MIME, QByteArray(str(post_id).encode("ascii")))
    return mime


def decode_post(mime: QMimeData | None) -> int | None:
    """The post id in drag data, or None when it carries none."""
    if mime is None or not mime.hasFormat(POST_MIME):
        return None
    try:
        return int(bytes(mime.data(POST_MIME).data()).decode("ascii"))
    except ValueError:
        return None


def with_warnings(line: str, warnings: Sequence[str]) -> str:
    """An entry's line followed by its warnings, one per line, each marked."""
    return "\n".join([line, *(f"⚠ {w}" for w in warnings)])


def describe_entry(entry: CalendarEntry, zone: tzinfo, status: str | None = None) -> str:
    """One line for screen readers and tooltips: time, status, networks, text.

    `status` replaces the status word when something holds the post (`core.waiting`): "Waiting
    for a connection" says more than "Publishing".
    """
    parts = []
    if entry.instant is not None:
        parts.append(format_time(to_local(entry.instant, zone)))
    parts.append(status or status_word(entry.status))
    if entry.networks:
        parts.append(", ".join(network_name(n) for n in entry.networks))
    if entry.slot_name:
        parts.append(entry.slot_name)
    if entry.summary:
        parts.append(entry.summary)
    return " · ".join(parts)


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
        if any(entry.movable for entry in self.entries_at(index)):
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
        hour = self.cell_hour(index.row())
        head = format_day(day)
        if hour is not None:
            head += " " + format_time(datetime.combine(day, time(hour)))
        count = sum(1 for e in entries if e.post_id is not None)
        head += ": " + self.tr("%n post(s)", "", count)
        if self._zone is None or not entries:
            return head
        return "\n".join(
            [
                head,
                *(
                    with_warnings(describe_entry(e, self._zone, self.hold_of(e.post_id)), self.warnings_of(e.post_id))
                    for e in entries
                ),
            ]
        )

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
    ) -> None:
        """Show a new grid (or new entries); the shape never changes, so selection survives."""
        self._grid = grid
        self._month = (month.year, month.month)
        self._today = today
        self._zone = zone
        self._cells = {}
        for offset, day in enumerate(grid.days()):
            entries = by_day.get(day)
            if entries:
                self._cells[(offset // 7, offset % 7)] = entries
        self._refresh_all()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < 6 and 0 <= index.column() < 7):
            return None
        day = self.cell_date(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
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
    ) -> None:
        """Show a week; entries are placed by their local hour in `zone`."""
        self._days = days
        self._zone = zone
        local_now = to_local(now, zone)
        self._now = local_now
        self._today = local_now.date()
        self._cells = {}
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
            return f"{name} {day.day}"
        if orientation == Qt.Orientation.Vertical and section < 24:
            return format_time(datetime.combine(self._days.start, time(section)))
        return None


class AgendaModel(QAbstractTableModel):
    """The list view: one row per entry in time order; a published post's counts after its text."""

    WHEN, NETWORKS, STATUS, TEXT = range(4)
    #: Counts of a published post, added up over its networks (`set_metrics`); a dash: not given.
    METRICS = ("likes", "reposts", "replies", "views")
    COLUMNS = 4 + len(METRICS)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[CalendarEntry] = []
        self._zone: tzinfo | None = None
        # Display texts of the rows painted so far (built on first paint, dropped on refill).
        self._texts: dict[int, tuple[str, str, str, str]] = {}
        self._warnings: dict[int, tuple[str, ...]] = {}
        self._metrics: dict[int, Counts] = {}
        self._holds: dict[int, str] = {}

    def set_holds(self, holds: Mapping[int, str]) -> None:
        """Say what holds these posts (worded, by post id) in the status column."""
        holds = dict(holds)
        if holds != self._holds:
            self._holds = holds
            self._texts = {}
            if self._entries:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, 3))

    def hold_of(self, post_id: int | None) -> str | None:
        """The worded hold of a post, if something holds it."""
        return self._holds.get(post_id) if post_id is not None else None

    def set_metrics(self, metrics: Mapping[int, Counts]) -> None:
        """Show these counts (by post id) in the metric columns (`InsightsRepository.post_totals`)."""
        self._metrics = dict(metrics)
        if self._entries:
            self.dataChanged.emit(self.index(0, 4), self.index(len(self._entries) - 1, self.COLUMNS - 1))

    def set_warnings(self, warnings: Mapping[int, tuple[str, ...]]) -> None:
        """Mark the scheduled posts that cannot go out as things stand (`ui.readiness`)."""
        warnings = dict(warnings)
        if warnings != self._warnings:
            self._warnings = warnings
            if self._entries:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, 3))

    def set_entries(self, entries: Sequence[CalendarEntry], zone: tzinfo) -> None:
        """Show these entries (already sorted and filtered)."""
        self.beginResetModel()
        self._entries = list(entries)
        self._zone = zone
        self._texts = {}
        self.endResetModel()

    def entry(self, row: int) -> CalendarEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of_post(self, post_id: int) -> int | None:
        for row, entry in enumerate(self._entries):
            if entry.post_id == post_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask each visible cell for a dozen roles per paint; answer the unused ones first.
        if role not in _AGENDA_ROLES or not index.isValid() or self._zone is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._entries) and 0 <= column < self.COLUMNS):
            return None
        entry = self._entries[row]
        if role == ENTRY_ROLE:
            return entry
        warnings = self._warnings.get(entry.post_id, ()) if entry.post_id is not None else ()
        if role == WARNINGS_ROLE:
            return warnings
        counts = self._metrics.get(entry.post_id) if entry.post_id is not None else None
        if role != Qt.ItemDataRole.DisplayRole:
            described = with_warnings(describe_entry(entry, self._zone, self.hold_of(entry.post_id)), warnings)
            line = metrics_line(counts)
            return f"{described}\n{line}" if line else described
        if column >= 4:
            return "" if counts is None else format_count(counts.get(self.METRICS[column - 4]))
        texts = self._texts.get(row)
        if texts is None:
            texts = self._texts[row] = self._row_texts(entry, self._zone, self.hold_of(entry.post_id))
        return texts[column]

    @staticmethod
    def _row_texts(entry: CalendarEntry, zone: tzinfo, hold: str | None = None) -> tuple[str, str, str, str]:
        assert entry.instant is not None
        local = to_local(entry.instant, zone)
        return (
            f"{format_day(local.date(), long=False)} {format_time(local)}",
            ", ".join(network_name(n) for n in entry.networks),
            hold or status_word(entry.status),
            entry.summary if entry.post_id is not None else (entry.slot_name or ""),
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = metric_names()
        titles = [
            self.tr("When"),
            self.tr("Networks"),
            self.tr("Status"),
            self.tr("Post"),
            *(names[m] for m in self.METRICS),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS


class DraftsModel(QAbstractListModel):
    """Unscheduled drafts, dragged from here onto the calendar to schedule them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._drafts: list[CalendarEntry] = []

    def set_drafts(self, drafts: Sequence[CalendarEntry]) -> None:
        self.beginResetModel()
        self._drafts = list(drafts)
        self.endResetModel()

    def entry(self, row: int) -> CalendarEntry | None:
        return self._drafts[row] if 0 <= row < len(self._drafts) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._drafts)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == ENTRY_ROLE:
            return entry
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            text = entry.summary or self.tr("(empty draft)")
            if role == Qt.ItemDataRole.DisplayRole:
                return text
            networks = ", ".join(network_name(n) for n in entry.networks)
            return f"{text} · {networks}" if networks else text
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [POST_MIME]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:
        for index in indexes:
            entry = self.entry(index.row()) if index.isValid() else None
            if entry is not None and entry.post_id is not None:
                return encode_post(entry.post_id)
        return None
