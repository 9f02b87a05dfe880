"""An image grid laid out the way social networks show one to four pictures."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from postdesk.ui.look.style import colours_of


def grid_cells(count: int, width: float, height: float, gap: float) -> list[QRectF]:
    """Return the cells for `count` images (1–4; more are shown as 4) in a width x height box.

    One image fills the box; two sit side by side; three are one tall cell left and two
    stacked right; four are a 2x2 grid.
    """
    count = min(count, 4)
    half_w = (width - gap) / 2
    half_h = (height - gap) / 2
    if count <= 0:
        return []
    if count == 1:
        return [QRectF(0, 0, width, height)]
    if count == 2:
        return [QRectF(0, 0, half_w, height), QRectF(half_w + gap, 0, half_w, height)]
    if count == 3:
        return [
            QRectF(0, 0, half_w, height),
            QRectF(half_w + gap, 0, half_w, half_h),
            QRectF(half_w + gap, half_h + gap, half_w, half_h),
        ]
    return [
        QRectF(0, 0, half_w, half_h),
        QRectF(half_w + gap, 0, half_w, half_h),
        QRectF(0, half_h + gap, half_w, half_h),
        QRectF(half_w + gap, half_h + gap, half_w, half_h),
    ]


class ImageGrid(QWidget):
    """Paints up to four images cropped to fill their cells, with rounded corners.

    Args:
        aspect: height / width of the whole grid.
        radius: corner radius in pixels.
        parent: the parent widget.
    """

    def __init__(self, aspect: float = 0.5625, radius: float = 10.0, parent: QWidget | None = None):
        super().__init__(parent)
        self._images: list[QImage] = []
        self._scaled: dict[tuple[int, int, int], QPixmap] = {}
        self._extra = 0
        self._aspect = aspect
        self._radius = radius
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_images(self, images: list[QImage], aspect: float | None = None) -> None:
        """Show `images` (the first four; a "+n" badge counts the rest)."""
        new = list(images[:4])
        if len(new) != len(self._images) or any(a is not b and a != b for a, b in zip(new, self._images, strict=False)):
            self._scaled.clear()
        self._images = new
        self._extra = max(0, len(images) - 4)
        if aspect is not None and aspect != self._aspect:
            self._aspect = aspect
            self.updateGeometry()
        self.setVisible(bool(images))
        self.update()

    def set_radius(self, radius: float) -> None:
        """Round the corners by `radius` pixels (a Pinterest Pin rounds its image more)."""
        self._radius = radius
        self.update()

    def image_count(self) -> int:
        """How many images are painted."""
        return len(self._images)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(width * self._aspect)

    def sizeHint(self) -> QSize:
        return QSize(320, int(320 * self._aspect))

    def _pixmap(self, index: int, image: QImage, cell: QRectF) -> QPixmap:
        # Scaling a photo on every paint costs milliseconds per keystroke; keep one per size.
        key = (index, int(cell.width()), int(cell.height()))
        pixmap = self._scaled.get(key)
        if pixmap is None:
            pixmap = QPixmap.fromImage(
                image.scaled(
                    cell.size().toSize(),
                    Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self._scaled = {k: v for k, v in self._scaled.items() if k[0] != index}
            self._scaled[key] = pixmap
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        cells = grid_cells(len(self._images), self.width(), self.height(), 3)
        for index, (image, cell) in enumerate(zip(self._images, cells, strict=False)):
            path = QPainterPath()
            path.addRoundedRect(cell, self._radius, self._radius)
            painter.save()
            painter.setClipPath(path)
            if image.isNull():
                painter.fillRect(cell, QColor(colours_of(self.palette()).shade))
            else:
                pixmap = self._pixmap(index, image, cell)
                painter.drawPixmap(
                    int(cell.center().x() - pixmap.width() / 2),
                    int(cell.center().y() - pixmap.height() / 2),
                    pixmap,
                )
            painter.restore()
        if self._extra and cells:
            last = cells[-1]
            painter.fillRect(last, QColor(0, 0, 0, 120))
            painter.setPen(QColor("white"))
            painter.drawText(last, Qt.AlignmentFlag.AlignCenter, f"+{self._extra}")
