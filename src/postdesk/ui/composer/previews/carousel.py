"""A row of media the reader swipes through (a Threads post with several photos or videos).

Every tile has the row's height (about 60% of its width) and the photo's own shape, held between
Instagram's feed limits (4:5 portrait to 1.91:1 landscape, `core.instagram_posts`, which Meta's
Threads app follows); the
first tiles are shown and the next one peeks in at the right edge, as in the app. Dots under the
row count the items.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from postdesk.core import instagram_posts as posts
from postdesk.ui.composer.previews.video_still import VideoStill, paint_video_mark
from postdesk.ui.look.style import colours_of

GAP = 6
DOTS = 14  # the height of the dot row under the tiles


def row_height(width: int) -> int:
    """The row's height at `width`: ~60% of it, so a landscape photo fits and the next peeks in."""
    return min(max(120, round(width * 0.62)), 300)


def tile_widths(images: Sequence[QImage], height: int) -> list[int]:
    """Each tile's width at `height`: the photo's shape, held to the feed's limits."""
    widths = []
    for image in images:
        ratio = image.width() / image.height() if not image.isNull() and image.height() > 0 else 1.0
        ratio = min(max(ratio, posts.FEED_MIN_RATIO), posts.FEED_MAX_RATIO)
        widths.append(round(height * ratio))
    return widths


class Carousel(QWidget):
    """Paints media tiles side by side, cropped to their tiles, with dots under them.

    Args:
        height: the tiles' height in pixels.
        parent: the parent widget.
    """

    def __init__(self, height: int = 240, parent: QWidget | None = None) -> None:  # height until laid out
        super().__init__(parent)
        self._images: list[QImage] = []
        self._height = height
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.hide()

    def set_images(self, images: Sequence[QImage]) -> None:
        """Show `images` in order (hidden when there are none)."""
        self._images = list(images)
        self.setVisible(bool(self._images))
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return row_height(width) + DOTS

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._height = row_height(self.width())

    def image_count(self) -> int:
        """How many items the row holds."""
        return len(self._images)

    def video_count(self) -> int:
        """How many of them are videos (drawn with the play mark and their length)."""
        return sum(isinstance(image, VideoStill) for image in self._images)

    def sizeHint(self) -> QSize:
        return QSize(360, self._height + DOTS)

    def tiles(self) -> list[QRect]:
        """Where each item is painted (those past the right edge are clipped by the widget)."""
        x, rects = 0, []
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for width in tile_widths(self._images, self._height):
            left = self.width() - x - width if rtl else x
            rects.append(QRect(left, 0, width, self._height))
            x += width + GAP
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        colours = colours_of(QGuiApplication.palette())
        for image, rect in zip(self._images, self.tiles(), strict=True):
            if rect.left() > self.width() or rect.right() < 0:
                continue
            path = QPainterPath()
            path.addRoundedRect(QRectF(rect), 8, 8)
            painter.save()
            painter.setClipPath(path)
            painter.fillRect(rect, QColor(colours.alternate))
            if not image.isNull():
                scaled = image.scaled(
                    rect.size(),
                    Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                    Qt.TransformationMode.SmoothTransformation,
                )
                x = (scaled.width() - rect.width()) // 2
                y = (scaled.height() - rect.height()) // 2
                painter.drawImage(rect, scaled, QRect(x, y, rect.width(), rect.height()))
            painter.restore()
            if isinstance(image, VideoStill):
                paint_video_mark(painter, QRectF(rect), image)
        if len(self._images) > 1:
            count = len(self._images)
            size, step = 6, 10
            left = (self.width() - (count - 1) * step - size) // 2
            painter.setPen(Qt.PenStyle.NoPen)
            for index in range(count):
                colour = QColor(colours.accent if index == 0 else colours.border)
                painter.setBrush(colour)
                painter.drawEllipse(QRectF(left + index * step, self._height + 5, size, size))
        painter.end()
