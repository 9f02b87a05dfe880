"""Network marks (`ui.look.marks`): one per network, drawn crisp at 16, 24 and 32 px and at 2x."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from postdesk.core.networks import NETWORK_LOOKS, NETWORK_ORDER, Network, look
from postdesk.ui.look.marks import ICON_SIZES, badge_pixmap, mark_icon, mark_pixmap, mark_svg, paint_mark
from postdesk.ui.look.tokens import DARK, LIGHT

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"


def _alpha_counts(image: QImage) -> tuple[int, int]:
    """(solid pixels, edge pixels): alpha 255, and alpha strictly between 0 and 255."""
    solid = edge = 0
    for y in range(image.height()):
        for x in range(image.width()):
            alpha = image.pixelColor(x, y).alpha()
            solid += alpha == 255
            edge += 0 < alpha < 255
    return solid, edge


@pytest.mark.parametrize("network", list(Network))
def test_every_mark_draws_in_its_colour_at_every_size(qapp, network: Network) -> None:
    colour = QColor(look(network).colour)
    for size in ICON_SIZES:
        for ratio in (1.0, 2.0):
            pixmap = mark_pixmap(network, size, colour, ratio)
            assert pixmap.size() == QSize(round(size * ratio), round(size * ratio))
            assert pixmap.devicePixelRatio() == ratio
            image = pixmap.toImage()
            solid, _edge = _alpha_counts(image)
            # A glyph, not a speck nor a filled square.
            assert 0.08 < solid / (image.width() * image.height()) < 0.8, (network, size, ratio)
            inked = {
                image.pixelColor(x, y).name()
                for y in range(image.height())
                for x in range(image.width())
                if image.pixelColor(x, y).alpha() == 255
            }
            assert inked == {colour.name()}, (network, size, ratio)


@pytest.mark.parametrize("network", list(Network))
def test_hidpi_marks_are_drawn_at_device_resolution_not_scaled_up(qapp, network: Network) -> None:
    """At 2x the edge (anti-aliased) pixels grow with the outline (about 2x), not with the area (4x),
    which is what a 1x pixmap scaled up would show."""
    colour = QColor("#000000")
    solid_1, edge_1 = _alpha_counts(mark_pixmap(network, 24, colour, 1.0).toImage())
    solid_2, edge_2 = _alpha_counts(mark_pixmap(network, 24, colour, 2.0).toImage())
    scaled = _alpha_counts(
        mark_pixmap(network, 24, colour, 1.0)
        .scaled(48, 48, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
        .toImage()
    )
    assert 3.0 < solid_2 / solid_1 < 5.5
    assert edge_2 < 3 * edge_1
    assert edge_2 < scaled[1]


def test_mark_icon_has_every_size_at_1x_and_2x(qapp) -> None:
    icon = mark_icon(Network.BLUESKY, LIGHT.text, LIGHT.on_selection)
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(s, s) for s in ICON_SIZES} | {(2 * s, 2 * s) for s in ICON_SIZES} <= sizes
    assert not icon.pixmap(QSize(16, 16)).isNull()


def test_svg_is_the_tables_mark(qapp) -> None:
    for network, info in NETWORK_LOOKS.items():
        svg = mark_svg(network, "#123456").decode()
        assert info.mark in svg and 'fill="#123456"' in svg


@pytest.mark.parametrize("dark", [False, True])
def test_badge_is_the_network_fill_with_its_badge_text_colour(qapp, dark: bool) -> None:
    for network in Network:
        image = badge_pixmap(network, 32, dark, 2.0).toImage()
        colours = {image.pixelColor(x, y).name() for y in range(image.height()) for x in range(image.width())}
        info = look(network)
        assert info.colour_on(dark) in colours and info.on_badge(dark) in colours, network


def test_marks_sheet_screenshot(qapp) -> None:
    """Every mark at 16, 24, 32 and 48 px, plain and as a badge, on light and dark: looked at."""
    cell, rows = 64, 2
    sheet = QPixmap(cell * len(NETWORK_ORDER), cell * 2 * rows)
    sheet.fill(QColor(LIGHT.surface))
    painter = QPainter(sheet)
    painter.fillRect(0, cell * 2, sheet.width(), cell * 2, QColor(DARK.surface))
    for row, dark in enumerate((False, True)):
        top = row * cell * 2
        for i, network in enumerate(NETWORK_ORDER):
            left = i * cell + 8
            colour = QColor(look(network).colour_on(dark))
            painter.drawPixmap(left, top + 6, mark_pixmap(network, 16, colour))
            painter.drawPixmap(left + 20, top + 4, mark_pixmap(network, 24, colour))
            painter.drawPixmap(left, top + 30, badge_pixmap(network, 32, dark))
            paint_mark(painter, QRectF(left + 2, top + 70, 44, 44), network, colour)
    painter.end()
    SHOTS.mkdir(exist_ok=True)
    assert sheet.save(str(SHOTS / "look-network-marks.png"))
