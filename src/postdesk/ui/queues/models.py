"""Item models of the Queues pane: the queues, one queue's weekly slots, the posts waiting in it.

Times and days are worded through `QLocale` (the user's own names and clock), in the queue's zone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    Qt,
    QTime,
)
from PySide6.QtCore import QPersistentModelIndex as _PIndex

from postdesk.core.slots import WeeklySlot
from postdesk.store.repositories.queues import QueuedPost, QueueInfo
from postdesk.ui.i18n import plural_context

Queues = plural_context("Queues")

_Index = QModelIndex | _PIndex
_ROOT = QModelIndex()


def day_name(weekday: int) -> str:
    """The locale's name of a weekday (0 = Monday)."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def clock(at: time) -> str:
    """A wall-clock time in the locale's short format."""
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def day_text(day: date) -> str:
    """A date in the locale's long format ("Tuesday 3 March 2026")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def when_text(instant: datetime, zone: ZoneInfo) -> str:
    """An instant as the creator reads it in `zone`: weekday, date and time."""
    local = instant.astimezone(zone)
    return QCoreApplication.translate("Queues", "{day} at {time}").format(
        day=day_text(local.date()), time=clock(local.time())
    )


def slot_text(slot: WeeklySlot) -> str:
    """ "Tuesday 09:00"."""
    return QCoreApplication.translate("Queues", "{day} {time}").format(day=day_name(slot.weekday), time=clock(slot.at))


class QueueListModel(QAbstractListModel):
    """The queues, by name, with how many slots each has a week."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._queues: list[QueueInfo] = []

    def set_queues(self, queues: Sequence[QueueInfo]) -> None:
        self.beginResetModel()
        self._queues = list(queues)
        self.endResetModel()

    def queue(self, row: int) -> QueueInfo | None:
        return self._queues[row] if 0 <= row < len(self._queues) else None

    def row_of(self, queue_id: int | None) -> int:
        return next((i for i, q in enumerate(self._queues) if q.id == queue_id), -1)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._queues)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._queues):
            return None
        info = self._queues[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return info.schedule.name
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            n = len(info.schedule.slots)
            return Queues.tr("%n slot(s) a week", "", n) + " · " + info.schedule.zone
        return None


class SlotsModel(QAbstractTableModel):
    """One queue's weekly slots, Monday first: day, time."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._slots: list[WeeklySlot] = []

    def set_slots(self, slots: Sequence[WeeklySlot]) -> None:
        self.beginResetModel()
        self._slots = sorted(set(slots))
        self.endResetModel()

    def slots(self) -> tuple[WeeklySlot, ...]:
        return tuple(self._slots)

    def slot(self, row: int) -> WeeklySlot | None:
        return self._slots[row] if 0 <= row < len(self._slots) else None

    def add(self, slot: WeeklySlot) -> int:
        """Add a slot (a duplicate is ignored); return its row."""
        if slot not in self._slots:
            self.set_slots([*self._slots, slot])
        return self._slots.index(slot)

    def remove(self, slot: WeeklySlot) -> None:
        if slot in self._slots:
            row = self._slots.index(slot)
            self.beginRemoveRows(_ROOT, row, row)
            del self._slots[row]
            self.endRemoveRows()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._slots)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return (QCoreApplication.translate("Queues", "Day"), QCoreApplication.translate("Queues", "Time"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        slot = self.slot(index.row()) if index.isValid() else None
        if slot is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return day_name(slot.weekday) if index.column() == 0 else clock(slot.at)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return slot_text(slot)
        return None


class QueuedPostsModel(QAbstractTableModel):
    """The posts waiting in a queue, soonest first: when, text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._posts: list[QueuedPost] = []
        self._zone = ZoneInfo("UTC")

    def set_posts(self, posts: Sequence[QueuedPost], zone: ZoneInfo) -> None:
        self.beginResetModel()
        self._posts = list(posts)
        self._zone = zone
        self.endResetModel()

    def post(self, row: int) -> QueuedPost | None:
        return self._posts[row] if 0 <= row < len(self._posts) else None

    def row_of(self, post_id: int) -> int:
        return next((i for i, p in enumerate(self._posts) if p.post_id == post_id), -1)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._posts)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return (QCoreApplication.translate("Queues", "Goes out"), QCoreApplication.translate("Queues", "Post"))[
                section
            ]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        post = self.post(index.row()) if index.isValid() else None
        if post is None:
            return None
        when = when_text(post.slot_at, self._zone)
        text = " ".join(post.text.split())
        if role == Qt.ItemDataRole.DisplayRole:
            return when if index.column() == 0 else text
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{when} · {text}"
        return None
