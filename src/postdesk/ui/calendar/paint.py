"""Painting of calendar cells: status colours, network badges, entry chips, today and now.

Chips are laid out by one function (`chip_rects`) used both to paint and to hit-test, so what
the mouse picks for a drag, a double-click or a context menu is exactly what was drawn.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from postdesk.core.calendar import CalendarEntry, EntryStatus, to_local
from postdesk.core.networks import Network, look
from postdesk.ui.calendar.models import (
    ENTRIES_ROLE,
    HOLDS_ROLE,
    IN_GAP_ROLE,
    IN_PERIOD_ROLE,
    IS_TODAY_ROLE,
    NOW_FRACTION_ROLE,
    WARNINGS_ROLE,
)
from postdesk.ui.calendar.wording import format_time
from postdesk.ui.theme import accent, is_dark

CHIP_HEIGHT = 18
CHIP_GAP = 2
DAY_HEADER = 20
PADDING = 3

_STATUS_LIGHT = {
    EntryStatus.DRAFT: "#8a94a6",
    EntryStatus.SCHEDULED: "#2f6fdb",
    EntryStatus.QUEUE_SLOT: "#8a94a6",
    EntryStatus.PUBLISHING: "#b7791f",
    EntryStatus.PUBLISHED: "#1f8a4c",
    EntryStatus.FAILED: "#c0362c",
    EntryStatus.NEEDS_ATTENTION: "#d9480f",
    EntryStatus.PAUSED: "#7048b6",
    EntryStatus.CANCELLED: "#6b7280",
}
_STATUS_DARK = {
    EntryStatus.DRAFT: "#9aa4b5",
    EntryStatus.SCHEDULED: "#7aa2f7",
    EntryStatus.QUEUE_SLOT: "#8b93a1",
    EntryStatus.PUBLISHING: "#e0af68",
    EntryStatus.PUBLISHED: "#73c991",
    EntryStatus.FAILED: "#f7768e",
    EntryStatus.NEEDS_ATTENTION: "#ff9e64",
    EntryStatus.PAUSED: "#bb9af7",
    EntryStatus.CANCELLED: "#8b93a1",
}

# Letter badges in each network's brand colour (`core.networks.look`), drawn in code so the calendar
# needs no bitmap per network and stays sharp at any scale.


_COLOURS: dict[tuple[EntryStatus, bool], QColor] = {}
_TINTS: dict[tuple[EntryStatus, bool], QColor] = {}
_BADGE_PIXMAPS: dict[tuple[Network, int, bool, float], QPixmap] = {}
_STYLES: dict[str, _ChipStyle] = {}
_ELIDED: dict[tuple[str, int, str], str] = {}
#: Bounds the elision cache (one entry per chip text and width seen).
_ELIDED_LIMIT = 20_000


class _ChipStyle:
    """The fonts and metrics chips are drawn with, built once per base font (not per paint).

    Attributes:
        key: the base font's key.
        font: 11 px text.
        bold: 11 px bold (times).
        metrics: metrics of `font`.
        bold_metrics: metrics of `bold`.
        day: 12 px (day numbers).
        day_bold: 12 px bold (today's number).
    """

    def __init__(self, base: QFont) -> None:
        self.key = base.key()
        self.font = QFont(base)
        self.font.setPixelSize(11)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.metrics = QFontMetrics(self.font)
        self.bold_metrics = QFontMetrics(self.bold)
        self.day = QFont(base)
        self.day.setPixelSize(12)
        self.day_bold = QFont(self.day)
        self.day_bold.setBold(True)


def chip_style(base: QFont) -> _ChipStyle:
    """The cached chip fonts for a base font."""
    key = base.key()
    style = _STYLES.get(key)
    if style is None:
        style = _STYLES[key] = _ChipStyle(base)
    return style


def status_color(status: EntryStatus, dark: bool) -> QColor:
    """The colour of a status on a light or dark palette (shared: do not modify)."""
    colour = _COLOURS.get((status, dark))
    if colour is None:
        colour = _COLOURS[(status, dark)] = QColor((_STATUS_DARK if dark else _STATUS_LIGHT)[status])
    return colour


def _tint(status: EntryStatus, dark: bool) -> QColor:
    tint = _TINTS.get((status, dark))
    if tint is None:
        tint = QColor(status_color(status, dark))
        tint.setAlpha(60 if dark else 38)
        _TINTS[(status, dark)] = tint
    return tint


def paint_badge(painter: QPainter, rect: QRect, network: Network, dark: bool) -> None:
    """A small rounded badge naming a network (drawn once per size, then blitted)."""
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    key = (network, rect.height(), dark, ratio)
    pixmap = _BADGE_PIXMAPS.get(key)
    if pixmap is None:
        pixmap = _BADGE_PIXMAPS[key] = _render_badge(rect.width(), rect.height(), network, dark, ratio)
    painter.drawPixmap(rect.topLeft(), pixmap)


def _render_badge(width: int, height: int, network: Network, dark: bool, ratio: float) -> QPixmap:
    label, colour = look(network).badge, look(network).colour
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRect(0, 0, width, height)
    fill = QColor(colour)
    if dark and fill.lightness() < 40:
        # Black brand badges vanish on a dark background; outline them instead.
        painter.setPen(QPen(QColor("#c0c4cc"), 1))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    font = QFont()
    font.setPixelSize(max(7, height - 6))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return pixmap


def _elided(style: _ChipStyle, text: str, width: int) -> str:
    key = (text, width, style.key)
    found = _ELIDED.get(key)
    if found is None:
        if len(_ELIDED) > _ELIDED_LIMIT:
            _ELIDED.clear()
        found = _ELIDED[key] = style.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    return found


def chip_rects(cell: QRect, count: int, top: int) -> tuple[list[QRect], int]:
    """Where the chips of a cell go, and how many entries did not fit ("+N more").

    Args:
        cell: the cell's rectangle.
        count: how many entries the cell has.
        top: the y offset, inside the cell, where chips start.
    """
    rects: list[QRect] = []
    y = cell.top() + top
    bottom = cell.bottom() - PADDING
    for i in range(count):
        remaining = count - i
        # Keep one line free for "+N more" when not all of the rest fits.
        needed = CHIP_HEIGHT if remaining == 1 else CHIP_HEIGHT * 2 + CHIP_GAP
        if y + needed > bottom + 1 and not (remaining == 1 and y + CHIP_HEIGHT <= bottom + 1):
            return rects, count - i
        rects.append(QRect(cell.left() + PADDING, y, cell.width() - 2 * PADDING, CHIP_HEIGHT))
        y += CHIP_HEIGHT + CHIP_GAP
    return rects, 0


def chip_at(cell: QRect, count: int, top: int, pos: QPoint) -> int | None:
    """The index of the chip under `pos`, or None."""
    rects, _ = chip_rects(cell, count, top)
    for i, rect in enumerate(rects):
        if rect.contains(pos):
            return i
    return None


def paint_chip(
    painter: QPainter,
    rect: QRect,
    entry: CalendarEntry,
    zone: tzinfo | None,
    palette: QPalette,
    *,
    with_time: bool,
    slot_word: str,
    dark: bool | None = None,
    style: _ChipStyle | None = None,
    warning: bool = False,
    held: bool = False,
) -> None:
    """One entry: a status bar, its time, network badges and the first words of the text.

    `dark` and `style` may be passed by a caller painting many chips, to work them out once.
    `warning` marks a scheduled post that cannot go out as things stand (the tooltip says why).
    `held` marks a post that waits for something (a connection, a retry, the network's own
    scheduler ...): a small clock, so it does not read as "publishing" (the tooltip says what).
    """
    if dark is None:
        dark = is_dark(palette)
    if style is None:
        style = chip_style(painter.font())
    colour = status_color(entry.status, dark)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if entry.post_id is None:
        # An empty queue slot: a dashed place, so the creator sees the gap to fill.
        painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_tint(entry.status, dark))
        painter.drawRoundedRect(QRectF(rect), 3, 3)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)
    x = rect.left() + 7
    text_colour = palette.color(QPalette.ColorRole.Text)
    if with_time and entry.instant is not None and zone is not None:
        label = format_time(to_local(entry.instant, zone))
        painter.setFont(style.bold)
        painter.setPen(text_colour)
        width = style.bold_metrics.horizontalAdvance(label)
        painter.drawText(QRect(x, rect.top(), width, rect.height()), Qt.AlignmentFlag.AlignVCenter, label)
        x += width + 4
    painter.setFont(style.font)
    badge = rect.height() - 4
    for network in entry.networks[:4]:
        if x + badge > rect.right() - 10:
            break
        paint_badge(painter, QRect(x, rect.top() + 2, badge, badge), network, dark)
        x += badge + 2
    if len(entry.networks) > 4:
        more = f"+{len(entry.networks) - 4}"
        painter.setPen(text_colour)
        w = style.metrics.horizontalAdvance(more)
        painter.drawText(QRect(x, rect.top(), w, rect.height()), Qt.AlignmentFlag.AlignVCenter, more)
        x += w + 2
    text = entry.summary if entry.post_id is not None else (entry.slot_name or slot_word)
    painter.setPen(colour if entry.post_id is None else text_colour)
    right = rect.right()
    if warning:
        right -= paint_warning_marker(painter, rect, dark)
    if held:
        right -= paint_hold_marker(
            painter, QRect(rect.left(), rect.top(), right - rect.left(), rect.height()), text_colour
        )
    available = right - x - 2
    if available > 8:
        painter.drawText(
            QRect(x + 2, rect.top(), available, rect.height()),
            Qt.AlignmentFlag.AlignVCenter,
            _elided(style, text, available),
        )


def paint_warning_marker(painter: QPainter, rect: QRect, dark: bool) -> int:
    """A warning triangle with "!" at the right end of `rect`; returns the width it took."""
    side = max(8, rect.height() - 6)
    left = rect.right() - side - 2
    top = rect.top() + (rect.height() - side) // 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#f0b429") if dark else QColor("#b25e00"))
    painter.drawPolygon(
        QPolygonF([QPointF(left + side / 2, top), QPointF(left + side, top + side), QPointF(left, top + side)])
    )
    painter.setPen(QColor("#1a1a1a") if dark else QColor("#ffffff"))
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(6, side - 3))
    painter.setFont(font)
    painter.drawText(QRectF(left, top + 1, side, side), Qt.AlignmentFlag.AlignCenter, "!")
    painter.restore()
    return side + 4


def paint_hold_marker(painter: QPainter, rect: QRect, colour: QColor) -> int:
    """A small clock at the right end of `rect` (a post that waits); returns the width it took."""
    side = max(8, rect.height() - 6)
    left = rect.right() - side - 2
    top = rect.top() + (rect.height() - side) // 2
    centre = QPointF(left + side / 2, top + side / 2)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 1.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(left, top, side, side))
    painter.drawLine(centre, QPointF(centre.x(), top + side * 0.22))
    painter.drawLine(centre, QPointF(left + side * 0.75, centre.y()))
    painter.restore()
    return side + 4


class _CellDelegate(QStyledItemDelegate):
    """Base delegate of a grid cell; subclasses say where chips start and whether times show.

    Attributes:
        zone: the zone times are shown in (set by the pane).
    """

    chips_top = DAY_HEADER
    with_time = True

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.zone: tzinfo | None = None

    def slot_word(self) -> str:
        return self.tr("Queue slot")

    def more_word(self, hidden: int) -> str:
        return self.tr("+%n more", "", hidden)

    def chip_index_at(self, cell: QRect, entries: list[CalendarEntry], pos: QPoint) -> int | None:
        return chip_at(cell, len(entries), self.chips_top, pos)

    def _paint_background(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        palette = option.palette  # type: ignore[attr-defined]
        rect: QRect = option.rect  # type: ignore[attr-defined]
        in_period = bool(index.data(IN_PERIOD_ROLE))
        base = palette.color(QPalette.ColorRole.Base if in_period else QPalette.ColorRole.AlternateBase)
        painter.fillRect(rect, base)
        if index.data(IN_GAP_ROLE):
            hatch = QColor(palette.color(QPalette.ColorRole.Mid))
            painter.fillRect(rect, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            sel = QColor(palette.color(QPalette.ColorRole.Highlight))
            sel.setAlpha(40)
            painter.fillRect(rect, sel)
        if option.state & QStyle.StateFlag.State_HasFocus:  # type: ignore[attr-defined]
            painter.setPen(QPen(accent(palette), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def _paint_chips(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        entries: list[CalendarEntry] = index.data(ENTRIES_ROLE) or []
        warnings: dict[int, tuple[str, ...]] = index.data(WARNINGS_ROLE) or {}
        holds: dict[int, str] = index.data(HOLDS_ROLE) or {}
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette = option.palette  # type: ignore[attr-defined]
        rects, hidden = chip_rects(rect, len(entries), self.chips_top)
        style = chip_style(option.font)  # type: ignore[attr-defined]
        dark = is_dark(palette)
        slot_word = self.slot_word() if any(e.post_id is None for e in entries) else ""
        for chip, entry in zip(rects, entries, strict=False):
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
            )
        if hidden:
            painter.save()
            painter.setFont(style.font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            y = rects[-1].bottom() + CHIP_GAP if rects else rect.top() + self.chips_top
            painter.drawText(
                QRect(rect.left() + PADDING + 4, y, rect.width() - 2 * PADDING, CHIP_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter,
                self.more_word(hidden),
            )
            painter.restore()


class DayCellDelegate(_CellDelegate):
    """A day of the month grid: the day number (ringed when today) above the day's chips."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        self._paint_background(painter, option, index)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette = option.palette  # type: ignore[attr-defined]
        style = chip_style(option.font)  # type: ignore[attr-defined]
        font = style.day
        number = QRect(rect.left() + PADDING, rect.top() + 2, 22, 17)
        if index.data(IS_TODAY_ROLE):
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent(palette))
            painter.drawRoundedRect(QRectF(number), 8, 8)
            font = style.day_bold
            painter.setPen(QColor("#ffffff") if not is_dark(palette) else QColor("#16181d"))
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
    with_time = True

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        self._paint_background(painter, option, index)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette = option.palette  # type: ignore[attr-defined]
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
            now_colour = QColor("#e5484d")
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
        opt.text = ""  # type: ignore[attr-defined]
        style = opt.widget.style() if opt.widget is not None else None  # type: ignore[attr-defined]
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)  # type: ignore[attr-defined]
        if entry is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        size = min(16, rect.height() - 4)
        x = rect.left() + 4
        dark = is_dark(option.palette)  # type: ignore[attr-defined]
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
    """The agenda's status column: a coloured dot before the status word."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        from postdesk.ui.calendar.models import ENTRY_ROLE

        entry: CalendarEntry | None = index.data(ENTRY_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text  # type: ignore[attr-defined]
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if entry is None:
            return
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette = option.palette  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(status_color(entry.status, is_dark(palette)))
        painter.drawEllipse(QPoint(rect.left() + 10, rect.center().y() + 1), 4, 4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        right = 2
        if index.data(WARNINGS_ROLE):
            right += paint_warning_marker(painter, rect, is_dark(palette))
        painter.drawText(rect.adjusted(20, 0, -right, 0), Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()
