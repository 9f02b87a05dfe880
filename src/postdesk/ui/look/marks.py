"""Network marks: each network's glyph from the one table (`core.networks.NETWORK_LOOKS[n].mark`),
drawn as a vector at any size and device pixel ratio, in any colour.

The marks are simple geometric glyphs drawn for Postdesk, not the networks' logos. They are
rendered with `QSvgRenderer` straight at the target's device pixels, so a mark stays crisp at
16, 24 and 32 px and on HiDPI screens (no scaling of a bitmap).

Usage:
    item.setIcon(mark_icon(Network.BLUESKY, look(Network.BLUESKY).colour_on(dark)))
    painter_mark(painter, rect, network, QColor(...))   # in a delegate's paint()
    label.setPixmap(badge_pixmap(network, IconSize.M, dark, label.devicePixelRatioF()))
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from postdesk.core.networks import Network, look
from postdesk.ui.look.tokens import IconSize

#: The box every mark's path data is drawn in (`NetworkLook.mark`).
VIEWBOX = 24
#: Sizes an icon from `mark_icon` carries pixmaps for, each at 1x and 2x.
ICON_SIZES: tuple[int, ...] = (IconSize.S, IconSize.M, IconSize.L)


def mark_svg(network: Network, colour: str) -> bytes:
    """The mark of `network` as a small SVG document filled with `colour` ("#rrggbb")."""
    path = look(network).mark
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {VIEWBOX} {VIEWBOX}">'
        f'<path fill="{colour}" fill-rule="nonzero" d="{path}"/></svg>'
    ).encode()


@lru_cache(maxsize=256)
def _renderer(network: Network, colour: str) -> QSvgRenderer:
    renderer = QSvgRenderer(QByteArray(mark_svg(network, colour)))
    if not renderer.isValid():  # a broken path in the table: a test catches it first
        raise ValueError(f"the mark of {network} is not valid SVG path data")
    return renderer


def paint_mark(painter: QPainter, rect: QRectF, network: Network, colour: QColor) -> None:
    """Draw the mark of `network` into `rect` (kept square, centred) as a vector."""
    side = min(rect.width(), rect.height())
    square = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if colour.alphaF() < 1.0:
        painter.setOpacity(painter.opacity() * colour.alphaF())
    _renderer(network, colour.name()).render(painter, square)
    painter.restore()


def mark_pixmap(network: Network, size: int, colour: QColor, device_ratio: float = 1.0) -> QPixmap:
    """The mark of `network`, `size` logical pixels square, drawn at the device's own resolution."""
    px = max(1, round(size * device_ratio))
    pixmap = QPixmap(QSize(px, px))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_mark(painter, QRectF(0, 0, px, px), network, colour)
    painter.end()
    pixmap.setDevicePixelRatio(device_ratio)
    return pixmap


def mark_icon(network: Network, colour: QColor | str, selected: QColor | str | None = None) -> QIcon:
    """An icon of the mark at 16, 24 and 32 px, each at 1x and 2x; `selected` for selected rows."""
    normal = QColor(colour)
    icon = QIcon()
    for size in ICON_SIZES:
        for ratio in (1.0, 2.0):
            icon.addPixmap(mark_pixmap(network, size, normal, ratio), QIcon.Mode.Normal)
            if selected is not None:
                icon.addPixmap(mark_pixmap(network, size, QColor(selected), ratio), QIcon.Mode.Selected)
    return icon


def network_icon(network: Network, palette: QPalette) -> QIcon:
    """The mark in the network's colour for this palette (light or dark), white when selected."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return mark_icon(network, look(network).colour_on(dark), palette.color(QPalette.ColorRole.HighlightedText))


def badge_pixmap(network: Network, size: int, dark: bool, device_ratio: float = 1.0) -> QPixmap:
    """The mark on a rounded square of the network's colour (`on_badge` colour on the fill)."""
    info = look(network)
    px = max(1, round(size * device_ratio))
    pixmap = QPixmap(QSize(px, px))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(info.colour_on(dark)))
    radius = px * 0.22
    painter.drawRoundedRect(QRectF(0, 0, px, px), radius, radius)
    inset = px * 0.18
    paint_mark(painter, QRectF(inset, inset, px - 2 * inset, px - 2 * inset), network, QColor(info.on_badge(dark)))
    painter.end()
    pixmap.setDevicePixelRatio(device_ratio)
    return pixmap
