"""How one cell of the library grid is painted: every cell the same size, the thumbnail filling
its square (cropped centrally by the loader), the name elided on one line, the tags on the next,
and badges drawn on the thumbnail for a video's length, a GIF, and missing alt text.

Badges are painted here, not made of widgets: a library of thousands of cells costs one paint
per visible cell and no objects. Their words reach screen readers through the model's
`AccessibleTextRole` (`wording.badge_words`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from postdesk.store.repositories.media_library import LibraryItem
from postdesk.ui import theme
from postdesk.ui.look.style import text_font
from postdesk.ui.look.tokens import DARK, Radius, Space, TextRole
from postdesk.ui.media_library.models import ItemRole, PixmapRole
from postdesk.ui.media_library.wording import duration_text

#: The thumbnail's side in logical pixels; every cell is this wide plus padding.
THUMB_PX = 152
_PAD = Space.S
#: The caption's width: the cell less its padding (and the 1 px inset of the cell's frame).
_TEXT_W = THUMB_PX - 2
_RADIUS = float(Radius.M)
# Badges sit on the photo itself, so their colours do not follow the theme: a dark pill with
# white text reads on any picture (contrast 10:1 on black at this alpha over white pixels).
_BADGE_BG = QColor(0, 0, 0, 190)
_BADGE_FG = QColor(255, 255, 255)
# Missing alt text is a warning: the dark theme's amber warning with its near-black surface as
# text (contrast 9.6:1), the same on any picture and in either theme.
_ALT_BG = QColor(DARK.warning)
_ALT_FG = QColor(DARK.surface)


def cell_size(font_metrics: QFontMetrics) -> QSize:
    """The one size of every cell: the square thumbnail and two lines of caption."""
    return QSize(THUMB_PX + 2 * _PAD, _PAD + THUMB_PX + 4 + 2 * font_metrics.lineSpacing() + _PAD)


def badge_font(base: QFont) -> QFont:
    """The badges' font: the type scale's caption, bold."""
    font = text_font(TextRole.CAPTION, base)
    font.setBold(True)
    return font


class AssetCellDelegate(QStyledItemDelegate):
    """Paints the library grid's cells (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return cell_size(option.fontMetrics)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        item = index.data(ItemRole)
        if not isinstance(item, LibraryItem):
            super().paint(painter, option, index)
            return
        palette: QPalette = option.palette
        state = option.state
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        cell = _cell(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)

        if state & QStyle.StateFlag.State_Selected:
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(70)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(tint)
            painter.drawRoundedRect(cell, _RADIUS + 2, _RADIUS + 2)
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(cell, _RADIUS + 2, _RADIUS + 2)

        thumb = thumbnail_rect(option.rect)
        self._paint_thumbnail(painter, thumb, index.data(PixmapRole), palette)
        self._paint_badges(painter, thumb, item, option.font, rtl)
        self._paint_caption(painter, option, cell, thumb, item, rtl)

        if state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(theme.accent(palette), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), _RADIUS + 1, _RADIUS + 1)
        painter.restore()

    # Parts ---------------------------------------------------------------------------------

    def _paint_thumbnail(self, painter: QPainter, thumb: QRectF, pixmap: object, palette: QPalette) -> None:
        """The thumbnail (already a square from the loader), or a quiet placeholder while it loads."""
        path = QPainterPath()
        path.addRoundedRect(thumb, _RADIUS, _RADIUS)
        painter.save()
        painter.setClipPath(path)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            painter.drawPixmap(thumb.toRect(), pixmap)
        else:
            painter.fillRect(thumb, palette.color(QPalette.ColorRole.Midlight))
        painter.restore()

    def _paint_badges(self, painter: QPainter, thumb: QRectF, item: LibraryItem, font: QFont, rtl: bool) -> None:
        for badge in cell_badges(thumb, item, font, rtl):
            badge.paint(painter)

    def _paint_caption(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        cell: QRectF,
        thumb: QRectF,
        item: LibraryItem,
        rtl: bool,
    ) -> None:
        metrics = option.fontMetrics
        name, tags = caption(item, metrics)
        line = metrics.lineSpacing()
        # Absolute alignment: the painter may or may not mirror plain AlignLeft on its own.
        align = QStyle.visualAlignment(option.direction, Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
        name_rect = QRect(int(cell.x()) + _PAD, int(thumb.bottom()) + 4, _TEXT_W, line)
        painter.setFont(option.font)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        painter.drawText(name_rect, align, name)
        if tags:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(name_rect.translated(0, line), align, tags)


def caption(item: LibraryItem, metrics: QFontMetrics) -> tuple[str, str]:
    """The cell's two caption lines as painted: the name elided in the middle (the extension
    stays readable), a star first for a favourite; the tags elided at the end."""
    width = _TEXT_W
    name = ("★ " if item.asset.favourite else "") + item.asset.original_name
    tags = " ".join(f"#{t}" for t in item.tags)
    return (
        metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, width),
        metrics.elidedText(tags, Qt.TextElideMode.ElideRight, width) if tags else "",
    )


def _play(painter: QPainter, box: QRectF, colour: QColor) -> None:
    """A play triangle in `box`."""
    h = box.height() * 0.7
    x, y = box.x() + (box.width() - h * 0.85) / 2, box.y() + (box.height() - h) / 2
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF([QPointF(x, y), QPointF(x + h * 0.85, y + h / 2), QPointF(x, y + h)]))


def _missing(painter: QPainter, box: QRectF, colour: QColor) -> None:
    """A ring with an exclamation mark: something is missing."""
    side = box.height() * 0.8
    ring = QRectF(box.center().x() - side / 2, box.center().y() - side / 2, side, side)
    painter.setPen(QPen(colour, max(1.2, side / 9)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(ring)
    cx = ring.center().x()
    painter.drawLine(QPointF(cx, ring.top() + side * 0.24), QPointF(cx, ring.top() + side * 0.58))
    painter.drawPoint(QPointF(cx, ring.top() + side * 0.74))


@dataclass(frozen=True, slots=True)
class Badge:
    """A badge painted on a cell's thumbnail.

    Attributes:
        kind: "video", "gif" or "no_alt".
        rect: where it is painted, in the view's coordinates.
        text: its words ("1:05", "GIF", "ALT"); may be "" (a video of unknown length).
        font: the badge font.
        background: its fill.
        foreground: its text and icon colour.
        icon: paints the icon into a box, or None.
    """

    kind: str
    rect: QRectF
    text: str
    font: QFont
    background: QColor
    foreground: QColor
    icon: Callable[[QPainter, QRectF, QColor], None] | None = None

    def paint(self, painter: QPainter) -> None:
        rect, height = self.rect, self.rect.height()
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.background)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        left = rect.left() + 6
        if self.icon is not None:
            self.icon(painter, QRectF(left, rect.top() + 2, height - 4, height - 4), self.foreground)
            left += height - 4 + (3 if self.text else 0)
        if self.text:
            painter.setFont(self.font)
            painter.setPen(self.foreground)
            box = QRectF(left, rect.top(), rect.right() - 6 - left, height)
            elided = QFontMetrics(self.font).elidedText(self.text, Qt.TextElideMode.ElideRight, int(box.width()) + 1)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, elided)
        painter.restore()


def _cell(rect: QRect) -> QRectF:
    return QRectF(rect).adjusted(1, 1, -1, -1)


def thumbnail_rect(cell_rect: QRect) -> QRectF:
    """Where a cell's square thumbnail is painted, given the cell's rectangle in the view."""
    cell = _cell(cell_rect)
    return QRectF(cell.x() + (cell.width() - THUMB_PX) / 2, cell.y() + _PAD - 1, THUMB_PX, THUMB_PX)


def cell_badges(thumb: QRectF, item: LibraryItem, font: QFont, rtl: bool) -> list[Badge]:
    """The badges of one cell and where they go: a video's length or "GIF" at the bottom of the
    reading start, missing alt text at the top of the other side."""
    asset = item.asset
    small = badge_font(font)
    inner = thumb.adjusted(5, 5, -5, -5)
    out = []
    if asset.kind == "video":
        text = duration_text(asset.duration_s) if asset.duration_s else ""
        rect = _place(inner, text, small, True, bottom=True, trailing=rtl)
        out.append(Badge("video", rect, text, small, _BADGE_BG, _BADGE_FG, _play))
    elif asset.kind == "gif":
        text = QApplication.translate("MediaLibrary", "GIF")
        rect = _place(inner, text, small, False, bottom=True, trailing=rtl)
        out.append(Badge("gif", rect, text, small, _BADGE_BG, _BADGE_FG))
    if not asset.alt_text.strip():
        text = QApplication.translate("MediaLibrary", "ALT", "badge: this picture has no alt text yet")
        rect = _place(inner, text, small, True, bottom=False, trailing=not rtl)
        out.append(Badge("no_alt", rect, text, small, _ALT_BG, _ALT_FG, _missing))
    return out


def _place(inner: QRectF, text: str, font: QFont, has_icon: bool, *, bottom: bool, trailing: bool) -> QRectF:
    """A badge's rectangle in a corner of `inner`, wide enough for its icon and text."""
    metrics = QFontMetrics(font)
    height = metrics.height() + 4
    icon_w = height - 4 if has_icon else 0
    gap = 3 if has_icon and text else 0
    text_w = metrics.horizontalAdvance(text) if text else 0
    width = min(inner.width(), 12 + icon_w + gap + text_w)
    x = inner.right() - width if trailing else inner.left()
    y = inner.bottom() - height if bottom else inner.top()
    return QRectF(x, y, width, height)
