"""A round avatar showing initials on a coloured disc."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget


class AvatarCircle(QWidget):
    """Paints a filled circle with up to two initials.

    Args:
        diameter: size in device-independent pixels.
        parent: the parent widget.
    """

    def __init__(self, diameter: int = 40, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._diameter = diameter
        self._colour = QColor("#888888")
        self._initials = ""
        self.setFixedSize(QSize(diameter, diameter))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_person(self, name: str, colour: QColor) -> None:
        """Show the initials of `name` on `colour`."""
        words = [w for w in name.replace("@", " ").split() if w]
        initials = "".join(w[0] for w in words[:2]).upper() or "?"
        if initials != self._initials or colour != self._colour:
            self._initials = initials
            self._colour = QColor(colour)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        rect = QRectF(0.5, 0.5, self._diameter - 1, self._diameter - 1)
        painter.drawEllipse(rect)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(8, int(self._diameter * 0.38)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._initials)


def initials(name: str) -> str:
    """Up to two initials of `name` ("?" when it has none)."""
    words = [w for w in name.replace("@", " ").replace("_", " ").split() if w]
    return "".join(w[0] for w in words[:2]).upper() or "?"


def monogram(name: str, colour: QColor, size: int, ratio: float = 2.0) -> QPixmap:
    """A round avatar with the initials of `name` on `colour`: the fallback when no picture is known.

    Args:
        name: the person's name or handle.
        colour: the disc's colour.
        size: the diameter in device-independent pixels.
        ratio: the device pixel ratio to draw at (sharp on high-DPI screens).
    """
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    rect = QRectF(0.5, 0.5, size - 1, size - 1)
    painter.drawEllipse(rect)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(8, int(size * 0.4)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return pixmap
