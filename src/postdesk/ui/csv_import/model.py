"""The preview table of a CSV import: one line per row, with whether it will be imported and why not."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from postdesk.core.csv_posts import CsvRow
from postdesk.core.networks import display_name
from postdesk.ui.csv_import.words import row_problems
from postdesk.ui.local_format import format_list, format_number, format_when

_Index = QModelIndex | QPersistentModelIndex


def when_text(instant: datetime | None, zone: str) -> str:
    """The row's time as the creator's locale writes it, in the row's zone ("" for a draft)."""
    if instant is None:
        return ""
    return f"{format_when(instant.astimezone(ZoneInfo(zone)))} ({zone})"


class RowsModel(QAbstractTableModel):
    """The rows of the file: Line, Imported?, Text, Goes to, When, Problems.

    `set_rows(rows, scheduled)` replaces them; `scheduled` says which rows can go (as drafts,
    what a network would refuse may still be fixed later in the composer).
    """

    LINE, READY, TEXT, WHERE, WHEN, PROBLEMS = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CsvRow] = []
        self._scheduled = False
        self._problems: list[list[str]] = []
        self._labels: dict[int, str] = {}

    def set_rows(self, rows: Sequence[CsvRow], scheduled: bool, labels: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._scheduled = scheduled
        self._labels = dict(labels or {})
        self._problems = [row_problems(r, scheduled) for r in self._rows]
        self.endResetModel()

    def rows(self) -> list[CsvRow]:
        return list(self._rows)

    def importable(self) -> list[CsvRow]:
        """The rows "Import" saves."""
        return [r for r in self._rows if r.importable(self._scheduled)]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Line"),
            self.tr("Imported?"),
            self.tr("Text"),
            self.tr("Goes to"),
            self.tr("When"),
            self.tr("Problems"),
        )
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell(row, index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TEXT, self.PROBLEMS):
            return "\n".join(row.post.parts) if column == self.TEXT else "\n".join(self._problems[index.row()])
        if role == Qt.ItemDataRole.UserRole:
            return row.importable(self._scheduled)
        return None

    def _cell(self, row: CsvRow, number: int, column: int) -> str:
        if column == self.LINE:
            return format_number(row.line)
        if column == self.READY:
            if not row.importable(self._scheduled):
                return self.tr("No")
            if row.post.scheduled_at is None or not self._scheduled:
                return self.tr("Yes, as a draft")
            return self.tr("Yes")
        if column == self.TEXT:
            text = row.post.parts[0].replace("\n", " ")
            return text if len(text) <= 80 else text[:79] + "\u2026"
        if column == self.WHERE:
            names = [
                self._labels.get(t.account_id, display_name(t.network))
                if t.account_id is not None
                else display_name(t.network)
                for t in row.post.targets
            ]
            return format_list(names)
        if column == self.WHEN:
            zone = row.post.scheduled_zone or ""
            return when_text(row.post.scheduled_at, zone) if zone else self.tr("No time: a draft")
        problems = self._problems[number]
        return " ".join(problems) if problems else self.tr("None")
