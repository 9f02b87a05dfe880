"""One day's posts, all of them, as cards: what "+N more" (or Space on a cell) opens.

A busy day holds more posts than its cell has room for. The popup lists every one in time
order, each drawn as the cell draws it (thumbnail, time, network marks, text, state badge);
Enter or a double-click opens the post, Escape closes. When the month on screen was read only in
part (its first posts per day), the day is read on the worker first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta, tzinfo
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from postdesk.core.calendar import CalendarEntry, DateRange, utc_bounds
from postdesk.ui.calendar.delegates import Thumbnails
from postdesk.ui.calendar.loader import RangeLoader
from postdesk.ui.calendar.model_roles import ENTRY_ROLE, describe_entry, full_text_tip
from postdesk.ui.calendar.paint import chip_style, paint_chip
from postdesk.ui.calendar.shown import ShownRange
from postdesk.ui.calendar.wording import format_day
from postdesk.ui.i18n import plural_context
from postdesk.ui.look.style import Tone, colours_of, set_tone, text_font
from postdesk.ui.look.tokens import Space, TextRole

if TYPE_CHECKING:
    from postdesk.ui.calendar.thumbs import CardThumbnails

CalendarDay = plural_context("CalendarDay")
#: A card's height in the popup: the month's two-line card, with room for a larger thumbnail.
CARD_HEIGHT = 36


class _DayModel(QAbstractListModel):
    """The day's entries; the tooltip holds a post's full text."""

    def __init__(self, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.entries: list[CalendarEntry] = []
        self.media: Mapping[int, str] = {}
        self.warnings: Mapping[int, tuple[str, ...]] = {}
        self.holds: Mapping[int, str] = {}

    def set_entries(
        self,
        entries: Sequence[CalendarEntry],
        media: Mapping[int, str],
        warnings: Mapping[int, tuple[str, ...]],
        holds: Mapping[int, str],
    ) -> None:
        self.beginResetModel()
        self.entries, self.media, self.warnings, self.holds = list(entries), media, warnings, holds
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe_entry(entry, self.zone, self.holds.get(entry.post_id or -1))
        if role == Qt.ItemDataRole.ToolTipRole:
            return full_text_tip(entry, self.zone, self.holds.get(entry.post_id or -1), self._warnings(entry))
        return None

    def _warnings(self, entry: CalendarEntry) -> tuple[str, ...]:
        return self.warnings.get(entry.post_id, ()) if entry.post_id is not None else ()


class _CardDelegate(QStyledItemDelegate):
    """Draws each row as the calendar's card."""

    def __init__(self, model: _DayModel, thumbnails: Thumbnails | None, parent: Any = None) -> None:
        super().__init__(parent)
        self._model = model
        self._thumbnails = thumbnails

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(200, CARD_HEIGHT + Space.XS)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        entry = index.data(ENTRY_ROLE)
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = option.state
        painter.save()
        if state & QStyle.StateFlag.State_Selected:
            selection = QColor(colours_of(palette).selection)
            selection.setAlpha(90)
            painter.fillRect(rect, selection)
        if entry is not None:
            sha = self._model.media.get(entry.post_id) if entry.post_id is not None else None
            card = QRect(rect.left() + Space.XS, rect.top() + Space.XXS, rect.width() - 2 * Space.XS, CARD_HEIGHT)
            paint_chip(
                painter,
                card,
                entry,
                self._model.zone,
                palette,
                with_time=True,
                slot_word=QCoreApplication.translate("CalendarCells", "Queue slot"),
                style=chip_style(option.font),
                warning=entry.post_id in self._model.warnings,
                held=entry.post_id in self._model.holds,
                has_media=sha is not None,
                thumbnail=self._thumbnails.get(sha) if sha is not None and self._thumbnails is not None else None,
                direction=option.direction,
            )
        painter.restore()


class DayPopup(QDialog):
    """Every post of one day, as cards.

    Signals:
        entry_activated: (CalendarEntry) Enter or double-click on a card.
    """

    entry_activated = Signal(object)

    def __init__(
        self, day: date, zone: tzinfo, thumbnails: CardThumbnails | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.day = day
        self.setObjectName("calendarDayPopup")
        self.setWindowTitle(format_day(day))
        self.setAccessibleName(QCoreApplication.translate("CalendarDay", "Posts of {day}").format(day=format_day(day)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Space.L, Space.L, Space.L, Space.L)
        layout.setSpacing(Space.S)
        self.title = QLabel(format_day(day), self)
        self.title.setFont(text_font(TextRole.SUBTITLE, self.title.font()))
        self.count = QLabel(QCoreApplication.translate("CalendarDay", "Loading…"), self)
        set_tone(self.count, Tone.MUTED)
        self.model = _DayModel(zone, self)
        self.list = QListView(self)
        self.list.setObjectName("calendarDayList")
        self.list.setAccessibleName(QCoreApplication.translate("CalendarDay", "Posts of the day"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(_CardDelegate(self.model, thumbnails, self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.doubleClicked.connect(self._activate)
        self.list.installEventFilter(self)
        if thumbnails is not None:
            thumbnails.ready.connect(self.list.viewport().update)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for widget in (self.title, self.count, self.list, buttons):
            layout.addWidget(widget)
        self.resize(460, 420)

    def set_entries(
        self,
        entries: Sequence[CalendarEntry],
        media: Mapping[int, str],
        warnings: Mapping[int, tuple[str, ...]],
        holds: Mapping[int, str],
    ) -> None:
        """Show the day's entries (in time order)."""
        self.model.set_entries(entries, media, warnings, holds)
        posts = sum(1 for e in entries if e.post_id is not None)
        self.count.setText(CalendarDay.tr("%n post(s)", "", posts))
        if entries:
            self.list.setCurrentIndex(self.model.index(0))
        self.list.setFocus()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        enter = isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.list and enter and event.type() == QKeyEvent.Type.KeyPress:
            self._activate(self.list.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _activate(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE) if index.isValid() else None
        if entry is not None:
            self.accept()
            self.entry_activated.emit(entry)


class DayOpener(QObject):
    """Opens a day's popup: from what is loaded when the range on screen was read whole (and
    filtered as shown), else after reading the day on the worker.

    Attributes:
        popup: the last popup opened (None before the first).

    Signals:
        entry_activated: (CalendarEntry) a card of the popup was opened.
    """

    entry_activated = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        loader: RangeLoader,
        shown: ShownRange,
        zone: Callable[[], ZoneInfo],
        marks: Callable[[], tuple[Mapping[int, tuple[str, ...]], Mapping[int, str]]],
        thumbnails: CardThumbnails | None,
    ) -> None:
        super().__init__(parent)
        self._parent, self._loader, self._shown = parent, loader, shown
        self._zone, self._marks, self._thumbnails = zone, marks, thumbnails
        self.popup: DayPopup | None = None

    def open(self, day: date) -> DayPopup:
        """Show every post of `day` (a cell's "+N more", or Space on it)."""
        zone, (warnings, holds) = self._zone(), self._marks()
        popup = self.popup = DayPopup(day, zone, self._thumbnails, self._parent)
        popup.entry_activated.connect(self.entry_activated)
        if self._loader.complete:
            popup.set_entries(self._shown.by_day(zone).get(day, []), self._shown.media, warnings, holds)
        else:
            lo, hi = utc_bounds(DateRange(day, day + timedelta(days=1)), zone)
            self._loader.read_day(lo, hi, lambda rows: popup.set_entries(rows.entries, rows.media, warnings, holds))
        popup.open()
        return popup
