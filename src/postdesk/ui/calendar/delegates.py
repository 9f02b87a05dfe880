"""The calendar's item delegates: a month day and a week hour cell (their cards, "+N more"), and
the list's network marks and status columns. The drawing primitives are in `paint`."""

from __future__ import annotations

from datetime import tzinfo
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from postdesk.core.calendar import CalendarEntry, EntryStatus
from postdesk.ui.calendar.models import (
    ENTRIES_ROLE,
    HOLDS_ROLE,
    IN_GAP_ROLE,
    IN_PERIOD_ROLE,
    IS_TODAY_ROLE,
    NOW_FRACTION_ROLE,
    WARNINGS_ROLE,
    _GridModel,
)
from postdesk.ui.calendar.paint import (
    CARD_HEIGHT,
    CHIP_HEIGHT,
    DAY_HEADER,
    PADDING,
    card_layout,
    chip_at,
    chip_style,
    paint_badge,
    paint_chip,
    paint_warning_marker,
)
from postdesk.ui.calendar.state_badge import paint_state_badge, status_color
from postdesk.ui.i18n import plural_context
from postdesk.ui.look.style import colours_of
from postdesk.ui.look.tokens import Space
from postdesk.ui.theme import accent, is_dark

CalendarCells = plural_context("CalendarCells")


class Thumbnails(Protocol):
    """Where cards get thumbnails (`thumbs.CardThumbnails`): `get` returns the
    pixmap when in memory, else starts loading it off the UI thread and returns None."""

    def get(self, sha: str) -> QPixmap | None: ...


class _CellDelegate(QStyledItemDelegate):
    """Base delegate of a grid cell; subclasses say where cards start and whether times show.

    Attributes:
        zone: the zone times are shown in (set by the pane).
        thumbnails: where the cards' thumbnails come from (None: placeholders only).
    """

    chips_top = DAY_HEADER
    with_time = True
    card_height = CARD_HEIGHT

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.zone: tzinfo | None = None
        self.thumbnails: Thumbnails | None = None

    def slot_word(self) -> str:
        return QCoreApplication.translate("CalendarCells", "Queue slot")

    def more_word(self, hidden: int) -> str:
        return CalendarCells.tr("+%n more", "", hidden)

    def chip_index_at(self, cell: QRect, entries: list[CalendarEntry], pos: QPoint) -> int | None:
        return chip_at(cell, len(entries), self.chips_top, pos, self.card_height)

    def _paint_background(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        palette = option.palette
        rect: QRect = option.rect
        if not index.data(IN_PERIOD_ROLE):
            # Days of the month shown sit on the viewport's own Base fill; the others are set off.
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        if index.data(IN_GAP_ROLE):
            hatch = QColor(palette.color(QPalette.ColorRole.Mid))
            painter.fillRect(rect, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        if option.state & QStyle.StateFlag.State_Selected:
            sel = QColor(palette.color(QPalette.ColorRole.Highlight))
            sel.setAlpha(40)
            painter.fillRect(rect, sel)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(accent(palette), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def _paint_chips(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        model = index.model()
        grid = model if isinstance(model, _GridModel) else None
        if grid is not None:
            entries, warnings, holds = grid.paint_data(index)
            total = grid.total_at(index)
        else:
            entries = index.data(ENTRIES_ROLE) or []
            warnings = index.data(WARNINGS_ROLE) or {}
            holds = index.data(HOLDS_ROLE) or {}
            total = len(entries)
        rect: QRect = option.rect
        palette = option.palette
        # Only the cards that fit are drawn ("+N more" for the rest): nothing here walks a whole day.
        rects, more, hidden = card_layout(rect, len(entries), total, self.chips_top, self.card_height)
        style = chip_style(option.font)
        dark = is_dark(palette)
        shown = entries[: len(rects)]
        slot_word = self.slot_word() if any(e.post_id is None for e in shown) else ""
        for chip, entry in zip(rects, shown, strict=True):
            sha = grid.media_of(entry.post_id) if grid is not None else None
            thumbnail = self.thumbnails.get(sha) if sha is not None and self.thumbnails is not None else None
            paint_chip(
                painter,
                chip,
                entry,
                self.zone,
                palette,
                with_time=self.with_time,
                slot_word=slot_word,
                dark=dark,
                style=style,
                warning=entry.post_id is not None and entry.post_id in warnings,
                held=entry.post_id is not None and entry.post_id in holds,
                has_media=sha is not None,
                thumbnail=thumbnail,
                direction=option.direction,
            )
        if more is not None:
            painter.save()
            font = QFont(style.bold)
            font.setUnderline(True)  # it opens the day: it reads as a link
            painter.setFont(font)
            painter.setPen(QColor(colours_of(palette).link))
            painter.drawText(more.adjusted(Space.XS, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, self.more_word(hidden))
            painter.restore()

    def more_at(self, cell: QRect, loaded: int, total: int, pos: QPoint) -> bool:
        """Whether `pos` is on the cell's "+N more" line (which opens the day)."""
        _, more, _ = card_layout(cell, loaded, total, self.chips_top, self.card_height)
        return more is not None and more.contains(pos)


class DayCellDelegate(_CellDelegate):
    """A day of the month grid: the day number (ringed when today) above the day's chips."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        self._paint_background(painter, option, index)
        rect: QRect = option.rect
        palette = option.palette
        style = chip_style(option.font)
        font = style.day
        # The day's number starts the cell: at its right in a right-to-left layout.
        number = QStyle.visualRect(option.direction, rect, QRect(rect.left() + PADDING, rect.top() + 2, 22, 17))
        if index.data(IS_TODAY_ROLE):
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours_of(palette).accent_fill))
            painter.drawRoundedRect(QRectF(number), number.height() / 2, number.height() / 2)
            font = style.day_bold
            painter.setPen(QColor(colours_of(palette).on_accent))
        else:
            in_period = bool(index.data(IN_PERIOD_ROLE))
            role = QPalette.ColorRole.Text if in_period else QPalette.ColorRole.PlaceholderText
            painter.setPen(palette.color(role))
        painter.setFont(font)
        painter.drawText(number, Qt.AlignmentFlag.AlignCenter, str(index.data()))
        painter.restore()
        painter.save()
        self._paint_chips(painter, option, index)
        painter.restore()


class HourCellDelegate(_CellDelegate):
    """An hour of the week grid: chips (without the hour, which the row says), the now line."""

    chips_top = 2
    card_height = CHIP_HEIGHT
    with_time = True

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        self._paint_background(painter, option, index)
        rect: QRect = option.rect
        palette = option.palette
        if index.data(IS_TODAY_ROLE):
            tint = QColor(accent(palette))
            tint.setAlpha(18)
            painter.fillRect(rect, tint)
        painter.restore()
        painter.save()
        self._paint_chips(painter, option, index)
        painter.restore()
        fraction = index.data(NOW_FRACTION_ROLE)
        if fraction is not None:
            painter.save()
            y = rect.top() + round(rect.height() * float(fraction))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            now_colour = QColor(colours_of(palette).danger)
            painter.setPen(QPen(now_colour, 2))
            painter.drawLine(rect.left(), y, rect.right(), y)
            painter.setBrush(now_colour)
            painter.drawEllipse(QPoint(rect.left() + 4, y), 4, 4)
            painter.restore()


class BadgesDelegate(QStyledItemDelegate):
    """The agenda's networks column: badges instead of names (the names stay for readers)."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        from postdesk.ui.calendar.models import ENTRY_ROLE

        entry: CalendarEntry | None = index.data(ENTRY_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if entry is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect: QRect = option.rect
        size = min(16, rect.height() - 4)
        x = rect.left() + 4
        dark = is_dark(option.palette)
        if entry.post_id is None:
            colour = status_color(EntryStatus.QUEUE_SLOT, dark)
            painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(QRectF(x, rect.top() + 2, rect.width() - 8, rect.height() - 4), 3, 3)
        for network in entry.networks:
            if x + size > rect.right():
                break
            paint_badge(painter, QRect(x, rect.top() + (rect.height() - size) // 2, size, size), network, dark)
            x += size + 3
        painter.restore()


class StatusDelegate(QStyledItemDelegate):
    """The agenda's status column: the state's badge (colour and icon) before its word."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        from postdesk.ui.calendar.models import ENTRY_ROLE

        entry: CalendarEntry | None = index.data(ENTRY_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if entry is None:
            return
        rect: QRect = option.rect
        palette = option.palette
        direction = option.direction  # right to left: the badge at the right, the marker at the left
        rtl = direction == Qt.LayoutDirection.RightToLeft
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(14, rect.height() - 4)
        badge = QStyle.visualRect(direction, rect, QRect(rect.left() + 4, rect.top(), side, rect.height()))
        paint_state_badge(painter, badge, entry.status, is_dark(palette))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        end = 2
        if index.data(WARNINGS_ROLE):
            end += paint_warning_marker(painter, rect, is_dark(palette), rtl=rtl)
        room = QStyle.visualRect(direction, rect, rect.adjusted(20, 0, -end, 0))
        # A long status (a hold, a translation) ends in "…"; the row's tooltip says it whole.
        shown = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, room.width())
        side_flag = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        painter.drawText(room, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute | side_flag, shown)
        painter.restore()
