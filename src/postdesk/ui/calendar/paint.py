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
from PySide6.QtWidgets import QStyle

from postdesk.core.calendar import CalendarEntry, EntryStatus, to_local
from postdesk.core.networks import Network
from postdesk.ui.calendar.state_badge import paint_state_badge, ratio_of, status_color
from postdesk.ui.calendar.wording import format_time
from postdesk.ui.look.marks import badge_pixmap
from postdesk.ui.look.tokens import Radius, Space, colours, readable_on
from postdesk.ui.theme import is_dark
from postdesk.ui.widgets.bidi import own_direction

CHIP_HEIGHT = 20
#: A month day's card: two lines (time, marks and state; then the text) beside the thumbnail.
CARD_HEIGHT = 32
#: The narrowest card that shows its thumbnail beside the time and state.
MIN_THUMBNAIL_CARD = 96
#: From this height on a card is drawn on two lines.
TWO_LINE_HEIGHT = 28
CHIP_GAP = 2
DAY_HEADER = 22
PADDING = Space.XS

_TINTS: dict[tuple[EntryStatus, bool], QColor] = {}
#: Card text: left to right like the times and handles beside it (worked out once, not per card).
_LEFT = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
_RIGHT = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
_BACKGROUNDS: dict[tuple[EntryStatus, bool, int, int, float, bool, bool], QPixmap] = {}
_BADGE_PIXMAPS: dict[tuple[Network, int, bool, float], QPixmap] = {}
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


def _tint(status: EntryStatus, dark: bool) -> QColor:
    tint = _TINTS.get((status, dark))
    if tint is None:
        tint = QColor(status_color(status, dark))
        tint.setAlpha(56 if dark else 30)
        _TINTS[(status, dark)] = tint
    return tint


def paint_badge(painter: QPainter, rect: QRect, network: Network, dark: bool) -> None:
    """A network's mark on a rounded square of its colour (drawn once per size, then blitted)."""
    ratio = ratio_of(painter)
    key = (network, rect.height(), dark, ratio)
    pixmap = _BADGE_PIXMAPS.get(key)
    if pixmap is None:
        pixmap = _BADGE_PIXMAPS[key] = badge_pixmap(network, rect.height(), dark, ratio)
    painter.drawPixmap(rect.topLeft(), pixmap)


def _elided(style: _ChipStyle, text: str, width: int) -> str:
    key = (text, width, style.key)
    found = _ELIDED.get(key)
    if found is None:
        if len(_ELIDED) > _ELIDED_LIMIT:
            _ELIDED.clear()
        found = _ELIDED[key] = style.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    return found


def chip_rects(cell: QRect, count: int, top: int, card: int = CHIP_HEIGHT) -> tuple[list[QRect], int]:
    """Where the cards of a cell go, and how many entries did not fit ("+N more").

    Args:
        cell: the cell's rectangle.
        count: how many entries the cell has.
        top: the y offset, inside the cell, where cards start.
        card: a card's height.
    """
    rects: list[QRect] = []
    y = cell.top() + top
    end = cell.bottom() - PADDING + 1
    for i in range(count):
        # Keep a line free for "+N more" when not all of the rest fits.
        needed = card if count - i == 1 else card + CHIP_GAP + CHIP_HEIGHT
        if y + needed > end:
            return rects, count - i
        rects.append(QRect(cell.left() + PADDING, y, cell.width() - 2 * PADDING, card))
        y += card + CHIP_GAP
    return rects, 0


def card_layout(
    cell: QRect, loaded: int, total: int, top: int, card: int = CHIP_HEIGHT
) -> tuple[list[QRect], QRect | None, int]:
    """The cards a cell draws, its "+N more" line (None when all fit) and N.

    `loaded` entries of `total` are at hand (a month's first read has only the first of a day).
    The same layout paints the cell and answers what a click or a key hits.
    """
    rects, _ = chip_rects(cell, total, top, card)
    rects = rects[:loaded]
    hidden = total - len(rects)
    if not hidden:
        return rects, None, 0
    y = rects[-1].bottom() + 1 + CHIP_GAP if rects else cell.top() + top
    return rects, QRect(cell.left() + PADDING, y, cell.width() - 2 * PADDING, CHIP_HEIGHT), hidden


def chip_at(cell: QRect, count: int, top: int, pos: QPoint, card: int = CHIP_HEIGHT) -> int | None:
    """The index of the card under `pos`, or None."""
    rects, _ = chip_rects(cell, count, top, card)
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
    direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight,
) -> None:
    """One entry as a card: thumbnail, time, network marks, the first words, the state badge.

    `dark` and `style` may be passed by a caller painting many cards, to work them out once.
    `warning` marks a scheduled post that cannot go out as things stand (the tooltip says why).
    `held` marks a post that waits for something (a connection, a retry, the network's own
    scheduler ...): its badge shows a pause, so it does not read as "publishing".
    `has_media` says the post has an image: its `thumbnail`, or a placeholder until it is ready.
    `direction` is the view's layout direction: right to left mirrors the card (thumbnail and
    time at the right, the state badge at the left, text aligned right). The layout is worked
    out left to right and every rectangle goes through `QStyle.visualRect` before it is drawn.
    """
    rtl = direction == Qt.LayoutDirection.RightToLeft

    def v(r: QRect) -> QRect:
        return QStyle.visualRect(direction, rect, r)

    if dark is None:
        dark = is_dark(palette)
    if style is None:
        style = chip_style(painter.font())
    colour = status_color(entry.status, dark)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # The card's fill is drawn once per state, theme and size, then blitted: antialiased
    # rounded rectangles cost a third of a millisecond each, and a month paints hundreds.
    painter.drawPixmap(
        rect.topLeft(), _card_background(entry, colour, dark, rect.width(), rect.height(), ratio_of(painter), rtl)
    )
    # A tall card (the month grid, the day popup) has two lines: time, marks and state above,
    # the text below, the thumbnail beside both. A short one (a week hour) puts all on one line.
    two_lines = rect.height() >= TWO_LINE_HEIGHT
    line = QRect(rect.left(), rect.top(), rect.width(), rect.height() // 2 + 1) if two_lines else QRect(rect)
    inner = rect.height() - (6 if two_lines else 4)
    x = rect.left() + 5
    # A narrow card (a small window) keeps its time and state; the picture waits for room.
    if has_media and entry.post_id is not None and rect.width() >= MIN_THUMBNAIL_CARD:
        top = rect.top() + (rect.height() - inner) // 2
        _paint_thumbnail(painter, QRectF(v(QRect(x, top, inner, inner))), thumbnail, dark)
        x += inner + Space.XS
    text_left = x
    text_colour = palette.color(QPalette.ColorRole.Text)
    left_aligned = _RIGHT if rtl else _LEFT
    if with_time and entry.instant is not None and zone is not None:
        label = format_time(to_local(entry.instant, zone))
        painter.setFont(style.bold)
        painter.setPen(text_colour)
        width = style.bold_metrics.horizontalAdvance(label)
        painter.drawText(v(QRect(x, line.top(), width, line.height())), left_aligned, label)
        x += width + Space.XS
    painter.setFont(style.font)
    right = rect.right() - Space.XXS
    badge = min(14, line.height() - 4)
    right -= badge  # an empty queue slot's badge is a "+": a place to fill
    paint_state_badge(painter, v(QRect(right, line.top(), badge, line.height())), entry.status, dark, held=held)
    right -= Space.XXS
    text_right = rect.right() - Space.XS
    if warning:
        # Beside the state when there is room after the time, else at the end of the text line.
        side = max(8, line.height() - 6) + 4
        if two_lines and x + side > right:
            below = QRect(rect.left(), line.bottom(), text_right - rect.left() + 2, rect.bottom() - line.bottom())
            text_right -= paint_warning_marker(painter, v(below), dark, rtl=rtl)
        else:
            right -= paint_warning_marker(
                painter, v(QRect(rect.left(), line.top(), right - rect.left(), line.height())), dark, rtl=rtl
            )
    mark = min(14, line.height() - 4)
    # The marks come before the text: which networks is what a creator scans for first.
    shown = 0
    for network in entry.networks:
        rest = len(entry.networks) - shown - 1
        room = mark + (style.metrics.horizontalAdvance(f"+{rest}") + Space.XXS if rest else 0)
        if x + room > right and not (shown == 0 and x + mark <= right):
            break
        paint_badge(painter, v(QRect(x, line.top() + (line.height() - mark) // 2, mark, mark)), network, dark)
        x += mark + Space.XXS
        shown += 1
        if x + room - mark > right:
            break
    more = f"+{len(entry.networks) - shown}"
    if shown < len(entry.networks) and x + style.metrics.horizontalAdvance(more) <= right:
        painter.setPen(text_colour)
        w = style.metrics.horizontalAdvance(more)
        painter.drawText(v(QRect(x, line.top(), w, line.height())), left_aligned, more)
        x += w + Space.XXS
    text = entry.summary if entry.post_id is not None else (entry.slot_name or slot_word)
    painter.setPen(colour if entry.post_id is None else text_colour)
    if two_lines:
        below = QRect(text_left, line.bottom(), text_right - text_left, rect.bottom() - line.bottom() - 1)
        painter.drawText(v(below), left_aligned, own_direction(_elided(style, text, below.width())))
        return
    available = right - x - 2
    if available > 20:
        painter.drawText(
            v(QRect(x + 2, rect.top(), available, rect.height())),
            left_aligned,
            own_direction(_elided(style, text, available)),
        )


def _card_background(
    entry: CalendarEntry, colour: QColor, dark: bool, width: int, height: int, ratio: float, rtl: bool = False
) -> QPixmap:
    slot = entry.post_id is None
    key = (entry.status, dark, width, height, ratio, slot, rtl)
    pixmap = _BACKGROUNDS.get(key)
    if pixmap is not None:
        return pixmap
    if len(_BACKGROUNDS) > 512:
        _BACKGROUNDS.clear()
    pixmap = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    card = QRectF(0.5, 0.5, width - 1, height - 1)
    if slot:
        # An empty queue slot: a dashed place, so the creator sees the gap to fill.
        painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(card, Radius.S, Radius.S)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_tint(entry.status, dark))
        painter.drawRoundedRect(card, Radius.S, Radius.S)
        painter.setBrush(colour)
        # The state's stripe leads the card: at its start, the right edge in a right-to-left layout.
        painter.drawRoundedRect(QRectF(width - 3 if rtl else 0, 0, 3, height), 1.5, 1.5)
    painter.end()
    _BACKGROUNDS[key] = pixmap
    return pixmap


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


def paint_warning_marker(painter: QPainter, rect: QRect, dark: bool, *, rtl: bool = False) -> int:
    """A warning triangle with "!" at the end of `rect` (its left end when `rtl`); returns the width it took."""
    side = max(8, rect.height() - 6)
    left = rect.left() + 2 if rtl else rect.right() - side - 2
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
