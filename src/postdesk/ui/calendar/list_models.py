"""The calendar's list models: the agenda (one row per entry of the period) and the drafts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QMimeData, QModelIndex, Qt

from postdesk.core.calendar import CalendarEntry, to_local
from postdesk.store.repositories.insights import Counts
from postdesk.ui.calendar.model_roles import (
    AGENDA_ROLES,
    ENTRY_ROLE,
    POST_MIME,
    ROW_FLAGS,
    WARNINGS_ROLE,
    describe_entry,
    encode_post,
    with_warnings,
)
from postdesk.ui.calendar.model_roles import (
    AnyIndex as _Index,
)
from postdesk.ui.calendar.wording import format_day, format_time, network_name, status_word
from postdesk.ui.insights.models import format_count, metric_names, metrics_line
from postdesk.ui.local_format import format_list


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
        if role not in AGENDA_ROLES or not index.isValid() or self._zone is None:
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
            format_list([network_name(n) for n in entry.networks]),
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
        return ROW_FLAGS


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
            networks = format_list([network_name(n) for n in entry.networks])
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
