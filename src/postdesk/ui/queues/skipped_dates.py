"""A queue's skipped dates (holidays): pick a date, Skip date, and the list with "Don't skip that date"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from postdesk.ui.queues.models import day_text


class SkippedDates(QWidget):
    """The editor of `QueueSchedule.excluded`.

    Attributes:
        date_edit: the date to skip.
        add_button: "Skip date".
        dates_list: the skipped dates.
        remove_button: "Don't skip that date".
    """

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("A date with no posts from this queue"))
        self.add_button = QPushButton(self.tr("Skip &date"), self)
        self.add_button.setAccessibleName(self.tr("Skip this date (a holiday)"))
        self.add_button.clicked.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(self.date_edit, 1)
        row.addWidget(self.add_button)
        self.dates_list = QListWidget(self)
        self.dates_list.setAccessibleName(self.tr("Dates skipped by this queue"))
        self.dates_list.setMaximumHeight(64)
        self.remove_button = QPushButton(self.tr("Don't skip that date"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the chosen date"))
        self.remove_button.clicked.connect(self.remove)
        layout.addLayout(row)
        layout.addWidget(self.dates_list)
        layout.addWidget(self.remove_button)

    def set_dates(self, days: frozenset[date]) -> None:
        self.dates_list.clear()
        for day in sorted(days):
            self._item(day)

    def _item(self, day: date) -> None:
        item = QListWidgetItem(day_text(day), self.dates_list)
        item.setData(Qt.ItemDataRole.UserRole, day.isoformat())

    def dates(self) -> frozenset[date]:
        return frozenset(
            date.fromisoformat(self.dates_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.dates_list.count())
        )

    def add(self) -> None:
        """Skip the picked date (once)."""
        q = self.date_edit.date()
        day = date(q.year(), q.month(), q.day())
        if day not in self.dates():
            self._item(day)

    def remove(self) -> None:
        """Skip the chosen dates no more."""
        for item in self.dates_list.selectedItems():
            self.dates_list.takeItem(self.dates_list.row(item))
