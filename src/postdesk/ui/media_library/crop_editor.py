"""The crop and rotate editor: a dialog over an upright preview of the image, with the
networks' aspect-ratio presets.

It edits a `media.crop.CropSpec`; the library saves the result as a new asset. Keyboard: the
arrow keys move the crop, Shift+arrows resize it, Ctrl+[ / Ctrl+] rotate.
"""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.core.networks import display_name
from postdesk.media import crop as crop_mod
from postdesk.ui.local_format import format_list
from postdesk.ui.look.tokens import Space

_HANDLE = 9.0


def pil_to_qimage(im: Image.Image) -> QImage:
    """A deep-copied QImage of an RGB Pillow image."""
    rgb = im.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    return QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()


class CropCanvas(QWidget):
    """Shows the rotated image with the crop box; drag inside to move, drag a corner to resize.

    Signals:
        changed(): the box or the rotation changed.
    """

    changed = Signal()

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = image
        self._turns = 0
        self._ratio: float | None = None
        self._box = (0.0, 0.0, 1.0, 1.0)
        self._drag: tuple[str, QPointF, tuple[float, float, float, float]] | None = None
        self._pixmap = QPixmap.fromImage(image)
        self.setMinimumSize(QSize(420, 320))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Crop area"))
        self.setAccessibleDescription(self.tr("Arrow keys move the crop, Shift and arrow keys resize it."))

    # State -----------------------------------------------------------------------------

    def spec(self) -> crop_mod.CropSpec:
        return crop_mod.CropSpec(self._turns, self._box)

    def image_size(self) -> tuple[int, int]:
        """The rotated preview's size in pixels."""
        w, h = self._source.width(), self._source.height()
        return (h, w) if self._turns % 2 else (w, h)

    def set_ratio(self, ratio: float | None) -> None:
        self._ratio = ratio
        w, h = self.image_size()
        self._box = crop_mod.centered_box(w, h, ratio)
        self._refresh()

    def rotate(self, quarter_turns: int) -> None:
        self._turns = (self._turns + quarter_turns) % 4
        self._pixmap = QPixmap.fromImage(self._source.transformed(QTransform().rotate(90 * self._turns)))
        w, h = self.image_size()
        self._box = crop_mod.centered_box(w, h, self._ratio)
        self._refresh()

    def nudge(self, dx: float, dy: float, resize: bool) -> None:
        left, top, right, bottom = self._box
        box = (left, top, right + dx, bottom + dy) if resize else (left + dx, top + dy, right + dx, bottom + dy)
        w, h = self.image_size()
        self._box = crop_mod.clamp_box(box, w, h, self._ratio)
        self._refresh()

    def _refresh(self) -> None:
        self.update()
        self.changed.emit()

    # Geometry --------------------------------------------------------------------------

    def _image_rect(self) -> QRectF:
        w, h = self.image_size()
        scale = min((self.width() - 16) / w, (self.height() - 16) / h)
        dw, dh = w * scale, h * scale
        return QRectF((self.width() - dw) / 2, (self.height() - dh) / 2, dw, dh)

    def _box_rect(self) -> QRectF:
        r = self._image_rect()
        left, top, right, bottom = self._box
        return QRectF(
            r.x() + left * r.width(), r.y() + top * r.height(), (right - left) * r.width(), (bottom - top) * r.height()
        )

    # Painting and input ------------------------------------------------------------------

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), self.palette().window())
        image_rect = self._image_rect()
        painter.drawPixmap(image_rect.toRect(), self._pixmap)
        box = self._box_rect()
        shade = QPainterPath()
        shade.addRect(image_rect)
        inner = QPainterPath()
        inner.addRect(box)
        painter.fillPath(shade.subtracted(inner), QColor(0, 0, 0, 140))
        painter.setPen(QPen(QColor(255, 255, 255), 2))
        painter.drawRect(box)
        thirds = QPen(QColor(255, 255, 255, 110), 1)
        painter.setPen(thirds)
        for i in (1, 2):
            x = box.x() + box.width() * i / 3
            y = box.y() + box.height() * i / 3
            painter.drawLine(QPointF(x, box.top()), QPointF(x, box.bottom()))
            painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
        painter.setBrush(QColor(255, 255, 255))
        painter.setPen(QPen(QColor(30, 30, 30), 1))
        for corner in (box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight()):
            painter.drawRect(QRectF(corner.x() - _HANDLE / 2, corner.y() - _HANDLE / 2, _HANDLE, _HANDLE))
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    def mousePressEvent(self, event) -> None:
        pos = event.position()
        box = self._box_rect()
        corners = {"tl": box.topLeft(), "tr": box.topRight(), "bl": box.bottomLeft(), "br": box.bottomRight()}
        for name, point in corners.items():
            if (point - pos).manhattanLength() <= _HANDLE * 1.5:
                self._drag = (name, pos, self._box)
                return
        if box.contains(pos):
            self._drag = ("move", pos, self._box)

    def mouseMoveEvent(self, event) -> None:
        if self._drag is None:
            return
        mode, start, (left, top, right, bottom) = self._drag
        r = self._image_rect()
        dx = (event.position().x() - start.x()) / r.width()
        dy = (event.position().y() - start.y()) / r.height()
        if mode == "move":
            box = (left + dx, top + dy, right + dx, bottom + dy)
        else:
            box = (
                left + dx if "l" in mode else left,
                top + dy if "t" in mode else top,
                right + dx if "r" in mode else right,
                bottom + dy if "b" in mode else bottom,
            )
        w, h = self.image_size()
        self._box = crop_mod.clamp_box(box, w, h, self._ratio)
        self._refresh()

    def mouseReleaseEvent(self, _event) -> None:
        self._drag = None

    def keyPressEvent(self, event) -> None:
        step = 0.02
        moves = {
            Qt.Key.Key_Left: (-step, 0),
            Qt.Key.Key_Right: (step, 0),
            Qt.Key.Key_Up: (0, -step),
            Qt.Key.Key_Down: (0, step),
        }
        if event.key() in moves:
            dx, dy = moves[event.key()]
            self.nudge(dx, dy, bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            return
        super().keyPressEvent(event)


class CropEditorDialog(QDialog):
    """Crop and rotate an image to a network's aspect ratio.

    Args:
        image: the upright preview (Pillow), at most a couple of thousand pixels.
        original_size: the full image's upright size, to show the output size.
        name: the file name, for the title.
    """

    def __init__(
        self, image: Image.Image, original_size: tuple[int, int], name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Crop “{name}”").replace("{name}", name))
        self._original = original_size
        self.canvas = CropCanvas(pil_to_qimage(image), self)

        self.preset = QComboBox(self)
        self.preset.setAccessibleName(self.tr("Aspect ratio"))
        for preset in crop_mod.PRESETS:
            self.preset.addItem(self._preset_label(preset), preset.key)
        self.preset.currentIndexChanged.connect(self._on_preset)
        preset_label = QLabel(self.tr("&Aspect ratio:"), self)
        preset_label.setBuddy(self.preset)

        self.rotate_left = QPushButton(self.tr("Rotate &left"), self)
        self.rotate_left.setShortcut(QKeySequence("Ctrl+["))
        self.rotate_left.clicked.connect(lambda: self.canvas.rotate(3))
        self.rotate_right = QPushButton(self.tr("Rotate &right"), self)
        self.rotate_right.setShortcut(QKeySequence("Ctrl+]"))
        self.rotate_right.clicked.connect(lambda: self.canvas.rotate(1))
        for button in (self.rotate_left, self.rotate_right):
            button.setAccessibleName(button.text().replace("&", ""))

        self.size_label = QLabel(self)
        self.size_label.setAccessibleName(self.tr("Output size"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save as new image"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        tools = QHBoxLayout()
        tools.addWidget(preset_label)
        tools.addWidget(self.preset, 1)
        tools.addSpacing(Space.M)
        tools.addWidget(self.rotate_left)
        tools.addWidget(self.rotate_right)
        bottom = QHBoxLayout()
        bottom.addWidget(self.size_label, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(bottom)
        self.canvas.changed.connect(self._update_size)
        self._update_size()
        self.resize(760, 600)
        self.canvas.setFocus()

    def _preset_label(self, preset: crop_mod.AspectPreset) -> str:
        if preset.key == "free":
            return self.tr("Free")
        if preset.key == "original":
            return self.tr("Original shape")
        names = format_list([display_name(n) for n in preset.networks])
        return f"{preset.label} — {names}" if names else preset.label

    def _on_preset(self) -> None:
        preset = crop_mod.PRESETS_BY_KEY[self.preset.currentData()]
        ratio = preset.ratio
        if preset.key == "original":
            w, h = self.canvas.image_size()
            ratio = w / h
        self.canvas.set_ratio(ratio)

    def select_preset(self, key: str) -> None:
        """Choose a preset by key (tests and callers that know the network)."""
        self.preset.setCurrentIndex(self.preset.findData(key))

    def preset_key(self) -> str:
        return str(self.preset.currentData())

    def spec(self) -> crop_mod.CropSpec:
        return self.canvas.spec()

    def _update_size(self) -> None:
        w, h = self.spec().output_size(*self._original)
        self.size_label.setText(self.tr("Result: {w} × {h} pixels").replace("{w}", str(w)).replace("{h}", str(h)))
