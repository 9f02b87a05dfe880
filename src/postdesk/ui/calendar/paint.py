"""Painting of calendar cells: status colours, network badges, entry chips, today and now.

Chips are laid out by one function (`chip_rects`) used both to paint and to hit-test, so what
the mouse picks for a drag, a double-click or a context menu is exactly what was drawn.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap, QPolygonF

from postdesk.core.calendar import CalendarEntry, EntryStatus, to_local
from postdesk.core.networks import Network, look
from postdesk.ui.calendar.wording import format_time
from postdesk.ui.theme import is_dark

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
