"""Round avatars: a person's picture, or their initials on a disc when there is none.

- `Avatar(url, name, size, cache)`: a widget showing the picture at `url` (fetched once through
  an `AvatarCache`), with a monogram until it arrives or when it cannot be had.
- `paint_avatar(painter, rect, pixmap, name)`: the same drawing for item delegates (no widget
  per row).
- `monogram(name, colour, size)`, `name_colour(name)`, `initials(name)`: the fallback.
- `AvatarCircle`: initials on a given colour (the composer's preview card).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from postdesk.ui.look.style import avatar_fill
from postdesk.ui.look.tokens import AVATAR_FILLS, AVATAR_TEXT
from postdesk.ui.widgets.avatar_cache import AvatarCache


class AvatarCircle(QWidget):
    """Paints a filled circle with up to two initials.

    Args:
        diameter: size in device-independent pixels.
        parent: the parent widget.
    """

    def __init__(self, diameter: int = 40, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._diameter = diameter
        self._colour = QColor(AVATAR_FILLS[0])
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
        painter.setPen(QColor(AVATAR_TEXT))
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
    painter.setPen(QColor(AVATAR_TEXT))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return pixmap


def name_colour(name: str) -> QColor:
    """A colour for `name`'s monogram: the same name always gets the same one.

    One of the design tokens' monogram fills (`style.avatar_fill`, picked by a stable hash of the
    name, its case and a leading "@" ignored), each checked to carry `AVATAR_TEXT` at 4.5:1.
    """
    return QColor(avatar_fill((name or "?").strip().lstrip("@").casefold()))


def paint_avatar(painter: QPainter, rect: QRect | QRectF, pixmap: QPixmap | None, name: str) -> None:
    """Draw a round avatar in `rect`: `pixmap` clipped to a circle, or `name`'s monogram."""
    box = QRectF(rect)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if pixmap is not None and not pixmap.isNull():
        path = QPainterPath()
        path.addEllipse(box)
        painter.setClipPath(path)
        painter.drawPixmap(box, pixmap, QRectF(pixmap.rect()))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(name_colour(name))
        painter.drawEllipse(box)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(max(8, int(box.height() * 0.4)))
        painter.setFont(font)
        painter.setPen(QColor(AVATAR_TEXT))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.restore()


class Avatar(QWidget):
    """A person's round picture, or their monogram while there is none.

    Args:
        url: the picture's address (None or "": the monogram only).
        name: the person's name or handle (the monogram's initials and colour; the accessible name).
        size: the diameter in device-independent pixels.
        cache: where pictures come from (None: the monogram only).
        parent: the parent widget.
    """

    def __init__(
        self,
        url: str | None,
        name: str,
        size: int = 32,
        cache: AvatarCache | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._url = url or ""
        self._name = name
        self._cache = cache
        self.setFixedSize(QSize(size, size))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(name)
        if cache is not None:
            cache.ready.connect(self._on_ready)

    def set_person(self, url: str | None, name: str) -> None:
        """Show someone else (or the same person's new picture)."""
        self._url, self._name = url or "", name
        self.setAccessibleName(name)
        self.update()

    def pixmap(self) -> QPixmap | None:
        """The picture shown, or None while the monogram is."""
        return self._cache.get(self._url) if self._cache is not None and self._url else None

    @Slot(str)
    def _on_ready(self, url: str) -> None:
        if url == self._url:
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_avatar(painter, QRectF(0.5, 0.5, self.width() - 1, self.height() - 1), self.pixmap(), self._name)
        painter.end()
