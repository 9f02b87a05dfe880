"""Painting of calendar cells: entry cards, status badges, network marks, today and now.

A card is one line: the first image's thumbnail (a quiet placeholder until the thumbnail cache
has it), the time, the networks' marks, the first words of the text, and the state as a badge
coloured by the design tokens with an icon (so the state never rests on colour alone). Cards
are laid out by one function (`chip_rects`) used both to paint and to hit-test, so what the
mouse picks for a drag, a double-click or a context menu is exactly what was drawn.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen, QPixmap, QPolygonF

from postdesk.core.calendar import CalendarEntry, EntryStatus, to_local
from postdesk.core.networks import Network
from postdesk.ui.calendar.wording import format_time
from postdesk.ui.look.marks import badge_pixmap
from postdesk.ui.look.tokens import Radius, Space, colours, readable_on
from postdesk.ui.theme import is_dark

CHIP_HEIGHT = 20
CHIP_GAP = 2
DAY_HEADER = 22
PADDING = Space.XS

#: Each status: the token it is coloured with and the icon of its badge. Waiting (a post held
#: by a connection, a retry, the network's own scheduler ...) shares "paused": it is not sent.
STATUS_LOOK: dict[EntryStatus, tuple[str, str]] = {
    EntryStatus.DRAFT: ("muted_text", "draft"),
    EntryStatus.SCHEDULED: ("accent", "clock"),
    EntryStatus.QUEUE_SLOT: ("muted_text", "plus"),
    EntryStatus.PUBLISHING: ("warning", "send"),
    EntryStatus.PUBLISHED: ("success", "check"),
    EntryStatus.FAILED: ("danger", "alert"),
    EntryStatus.NEEDS_ATTENTION: ("danger", "alert"),
    EntryStatus.PAUSED: ("link_visited", "pause"),
    EntryStatus.CANCELLED: ("muted_text", "cross"),
}

_COLOURS: dict[tuple[EntryStatus, bool], QColor] = {}
_TINTS: dict[tuple[EntryStatus, bool], QColor] = {}
_BADGE_PIXMAPS: dict[tuple[Network, int, bool, float], QPixmap] = {}
_STATE_PIXMAPS: dict[tuple[EntryStatus, bool, int, float, bool], QPixmap] = {}
_STYLES: dict[str, _ChipStyle] = {}
_ELIDED: dict[tuple[str, int, str], str] = {}
#: Bounds the elision cache (one entry per chip text and width seen).
_ELIDED_LIMIT = 20_000


class _ChipStyle:
    """The fonts and metrics chips are drawn with, built once per base font (not per paint).

    Attributes:
        key: the base font's key.
        font: 11 px text (the cards' caption size).
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
    """The colour of a status on a light or dark palette, from the design tokens (shared: do
    not modify)."""
    colour = _COLOURS.get((status, dark))
    if colour is None:
        colour = _COLOURS[(status, dark)] = QColor(getattr(colours(dark), STATUS_LOOK[status][0]))
    return colour


def _tint(status: EntryStatus, dark: bool) -> QColor:
    tint = _TINTS.get((status, dark))
    if tint is None:
        tint = QColor(status_color(status, dark))
        tint.setAlpha(56 if dark else 30)
        _TINTS[(status, dark)] = tint
    return tint


def _ratio(painter: QPainter) -> float:
    device = painter.device()
    return device.devicePixelRatioF() if device is not None else 1.0


def paint_badge(painter: QPainter, rect: QRect, network: Network, dark: bool) -> None:
    """A network's mark on a rounded square of its colour (drawn once per size, then blitted)."""
    ratio = _ratio(painter)
    key = (network, rect.height(), dark, ratio)
    pixmap = _BADGE_PIXMAPS.get(key)
    if pixmap is None:
        pixmap = _BADGE_PIXMAPS[key] = badge_pixmap(network, rect.height(), dark, ratio)
    painter.drawPixmap(rect.topLeft(), pixmap)


def paint_state_badge(painter: QPainter, rect: QRect, status: EntryStatus, dark: bool, *, held: bool = False) -> None:
    """The state as a disc of its colour with its icon (a pause when something holds the post)."""
    ratio = _ratio(painter)
    side = min(rect.width(), rect.height())
    key = (status, dark, side, ratio, held)
    pixmap = _STATE_PIXMAPS.get(key)
    if pixmap is None:
        pixmap = _STATE_PIXMAPS[key] = _render_state(status, dark, side, ratio, held)
    painter.drawPixmap(QPoint(rect.left(), rect.top() + (rect.height() - side) // 2), pixmap)


def _render_state(status: EntryStatus, dark: bool, side: int, ratio: float, held: bool) -> QPixmap:
    fill = status_color(EntryStatus.PAUSED if held else status, dark)
    pixmap = QPixmap(round(side * ratio), round(side * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawEllipse(QRectF(0, 0, side, side))
    ink = QColor(readable_on(fill.name()))
    paint_icon(
        painter,
        QRectF(0, 0, side, side).adjusted(side * 0.25, side * 0.25, -side * 0.25, -side * 0.25),
        "pause" if held else STATUS_LOOK[status][1],
        ink,
    )
    painter.end()
    return pixmap


def paint_icon(painter: QPainter, box: QRectF, icon: str, colour: QColor) -> None:
    """A small line icon ("clock", "check", "send", "alert", "pause", "plus", "cross", "draft")."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, max(1.2, box.width() / 5), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    x, y, w, h = box.x(), box.y(), box.width(), box.height()
    cx, cy = box.center().x(), box.center().y()

    def at(fx: float, fy: float) -> QPointF:
        return QPointF(x + w * fx, y + h * fy)

    path = QPainterPath()
    if icon == "check":
        path.moveTo(at(0.05, 0.55))
        path.lineTo(at(0.4, 0.88))
        path.lineTo(at(0.95, 0.15))
    elif icon == "clock":
        pen.setWidthF(max(1.0, w / 7))
        painter.setPen(pen)
        painter.drawEllipse(box)
        path.moveTo(cx, y + h * 0.2)
        path.lineTo(cx, cy)
        path.lineTo(x + w * 0.75, cy)
    elif icon == "send":
        path.moveTo(at(0.5, 0.95))
        path.lineTo(at(0.5, 0.08))
        path.moveTo(at(0.12, 0.45))
        path.lineTo(at(0.5, 0.08))
        path.lineTo(at(0.88, 0.45))
    elif icon == "alert":
        path.moveTo(at(0.5, 0.05))
        path.lineTo(at(0.5, 0.58))
        path.moveTo(at(0.5, 0.92))
        path.lineTo(at(0.5, 0.93))
    elif icon == "pause":
        path.moveTo(at(0.28, 0.08))
        path.lineTo(at(0.28, 0.92))
        path.moveTo(at(0.72, 0.08))
        path.lineTo(at(0.72, 0.92))
    elif icon == "plus":
        path.moveTo(at(0.5, 0.05))
        path.lineTo(at(0.5, 0.95))
        path.moveTo(at(0.05, 0.5))
        path.lineTo(at(0.95, 0.5))
    elif icon == "cross":
        path.moveTo(at(0.1, 0.1))
        path.lineTo(at(0.9, 0.9))
        path.moveTo(at(0.9, 0.1))
        path.lineTo(at(0.1, 0.9))
    else:  # draft: a pencil stroke
        path.moveTo(at(0.1, 0.9))
        path.lineTo(at(0.9, 0.1))
        path.moveTo(at(0.1, 0.9))
        path.lineTo(at(0.35, 0.88))
    painter.drawPath(path)
    painter.restore()


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


def card_layout(cell: QRect, loaded: int, total: int, top: int) -> tuple[list[QRect], QRect | None, int]:
    """The cards a cell draws, its "+N more" line (None when all fit) and N.

    `loaded` entries of `total` are at hand (a month's first read has only the first of a day).
    The same layout paints the cell and answers what a click or a key hits.
    """
    rects, _ = chip_rects(cell, total, top)
    rects = rects[:loaded]
    hidden = total - len(rects)
    if not hidden:
        return rects, None, 0
    y = rects[-1].bottom() + 1 + CHIP_GAP if rects else cell.top() + top
    return rects, QRect(cell.left() + PADDING, y, cell.width() - 2 * PADDING, CHIP_HEIGHT), hidden


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
    has_media: bool = False,
    thumbnail: QPixmap | None = None,
) -> None:
    """One entry as a card: thumbnail, time, network marks, the first words, the state badge.

    `dark` and `style` may be passed by a caller painting many cards, to work them out once.
    `warning` marks a scheduled post that cannot go out as things stand (the tooltip says why).
    `held` marks a post that waits for something (a connection, a retry, the network's own
    scheduler ...): its badge shows a pause, so it does not read as "publishing".
    `has_media` says the post has an image: its `thumbnail`, or a placeholder until it is ready.
    """
    if dark is None:
        dark = is_dark(palette)
    if style is None:
        style = chip_style(painter.font())
    colour = status_color(entry.status, dark)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    card = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
    if entry.post_id is None:
        # An empty queue slot: a dashed place, so the creator sees the gap to fill.
        painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(card, Radius.S, Radius.S)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_tint(entry.status, dark))
        painter.drawRoundedRect(card, Radius.S, Radius.S)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 3, rect.height()), 1.5, 1.5)
    inner = rect.height() - 4
    x = rect.left() + 5
    if has_media and entry.post_id is not None:
        _paint_thumbnail(painter, QRectF(x, rect.top() + 2, inner, inner), thumbnail, dark)
        x += inner + Space.XS
    text_colour = palette.color(QPalette.ColorRole.Text)
    if with_time and entry.instant is not None and zone is not None:
        label = format_time(to_local(entry.instant, zone))
        painter.setFont(style.bold)
        painter.setPen(text_colour)
        width = style.bold_metrics.horizontalAdvance(label)
        painter.drawText(QRect(x, rect.top(), width, rect.height()), Qt.AlignmentFlag.AlignVCenter, label)
        x += width + Space.XS
    painter.setFont(style.font)
    right = rect.right() - Space.XXS
    badge = inner - 2
    if entry.post_id is not None or entry.status is not EntryStatus.QUEUE_SLOT:
        right -= badge
        paint_state_badge(painter, QRect(right, rect.top(), badge, rect.height()), entry.status, dark, held=held)
        right -= Space.XXS
    if warning:
        right -= paint_warning_marker(painter, QRect(rect.left(), rect.top(), right - rect.left(), rect.height()), dark)
    mark = inner - 2
    for network in entry.networks[:3]:
        if x + mark > right - 24:
            break
        paint_badge(painter, QRect(x, rect.top() + (rect.height() - mark) // 2, mark, mark), network, dark)
        x += mark + Space.XXS
    if len(entry.networks) > 3:
        more = f"+{len(entry.networks) - 3}"
        painter.setPen(text_colour)
        w = style.metrics.horizontalAdvance(more)
        painter.drawText(QRect(x, rect.top(), w, rect.height()), Qt.AlignmentFlag.AlignVCenter, more)
        x += w + Space.XXS
    text = entry.summary if entry.post_id is not None else (entry.slot_name or slot_word)
    painter.setPen(colour if entry.post_id is None else text_colour)
    available = right - x - 2
    if available > 8:
        painter.drawText(
            QRect(x + 2, rect.top(), available, rect.height()),
            Qt.AlignmentFlag.AlignVCenter,
            _elided(style, text, available),
        )


def _paint_thumbnail(painter: QPainter, box: QRectF, thumbnail: QPixmap | None, dark: bool) -> None:
    """The first image, cropped square with rounded corners; a quiet tile until it is ready."""
    path = QPainterPath()
    path.addRoundedRect(box, 3, 3)
    painter.save()
    painter.setClipPath(path)
    if thumbnail is not None and not thumbnail.isNull():
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(box, thumbnail, QRectF(thumbnail.rect()))
    else:
        painter.fillRect(box, QColor(colours(dark).divider))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(colours(dark).border), 1))
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    painter.restore()


def paint_warning_marker(painter: QPainter, rect: QRect, dark: bool) -> int:
    """A warning triangle with "!" at the right end of `rect`; returns the width it took."""
    side = max(8, rect.height() - 6)
    left = rect.right() - side - 2
    top = rect.top() + (rect.height() - side) // 2
    tokens = colours(dark)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(tokens.warning))
    painter.drawPolygon(
        QPolygonF([QPointF(left + side / 2, top), QPointF(left + side, top + side), QPointF(left, top + side)])
    )
    painter.setPen(QColor(readable_on(tokens.warning)))
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(6, side - 3))
    painter.setFont(font)
    painter.drawText(QRectF(left, top + 1, side, side), Qt.AlignmentFlag.AlignCenter, "!")
    painter.restore()
    return side + 4
