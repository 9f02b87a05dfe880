"""The one place that resolves bundled resources (icons), through importlib.resources.

Names are plain file names inside `postdesk/resources/icons`; absolute paths and `..` are
refused so a resource name can never reach outside the package (qutebrowser's rule).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer


def _read(name: str) -> bytes:
    if not name or "/" in name or "\\" in name or name.startswith(".."):
        raise ValueError(f"not a resource name: {name!r}")
    return resources.files("postdesk.resources").joinpath("icons", name).read_bytes()


@lru_cache(maxsize=64)
def _svg(name: str) -> bytes:
    return _read(f"{name}.svg")


def tinted_pixmap(name: str, color: QColor, size: int, device_ratio: float = 1.0) -> QPixmap:
    """Render the single-colour SVG icon `name` in `color` at `size` logical pixels."""
    px = max(1, round(size * device_ratio))
    pixmap = QPixmap(QSize(px, px))
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(QByteArray(_svg(name)))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, px, px))
    # Keep the icon's shape, replace its colour: icons follow the palette in light and dark.
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), color)
    painter.end()
    pixmap.setDevicePixelRatio(device_ratio)
    return pixmap


def icon(name: str, color: QColor, selected_color: QColor | None = None, size: int = 20) -> QIcon:
    """An icon tinted for the normal state and, optionally, the selected state, at 1x and 2x."""
    result = QIcon()
    for ratio in (1.0, 2.0):
        result.addPixmap(tinted_pixmap(name, color, size, ratio), QIcon.Mode.Normal)
        if selected_color is not None:
            result.addPixmap(tinted_pixmap(name, selected_color, size, ratio), QIcon.Mode.Selected)
    return result
