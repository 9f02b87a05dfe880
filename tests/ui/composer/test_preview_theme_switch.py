"""Switching theme while Postdesk runs recolours the composer's preview cards at once: their text
stays readable on their background, with no keystroke needed to redraw them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from postdesk.core.networks import Network
from postdesk.core.richtext import entities
from postdesk.ui import theme
from postdesk.ui.composer.card_styles import style_for
from postdesk.ui.composer.preview import PreviewCard, PreviewData

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio (1 to 21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _text_and_background(card: PreviewCard) -> tuple[QColor, QColor]:
    """The body text's colour and the colour painted right behind it (from a grab)."""
    label = card._parts[0].text
    text = label.palette().color(QPalette.ColorRole.WindowText)
    # A short text leaves the right end of its label empty: what shows there is the card.
    spot = label.mapTo(card, QPoint(label.width() - 3, label.height() // 2))
    background = card.grab().toImage().pixelColor(spot)
    return text, background


@pytest.fixture
def themed_app(qapp):
    old = qapp.palette()
    theme.apply_theme(qapp, "light")
    yield qapp
    qapp.setPalette(old)


@pytest.mark.parametrize("network", [Network.BLUESKY, Network.LINKEDIN, Network.TELEGRAM])
def test_cards_stay_readable_after_switching_theme_while_running(qtbot, themed_app, network):
    card = PreviewCard(entities)
    qtbot.addWidget(card)
    card.resize(460, 320)
    card.show_post(PreviewData(network, "Ada", "ada", ("Hi #harbour https://example.com",)))
    card.show()
    qtbot.waitExposed(card)
    text, background = _text_and_background(card)
    assert contrast(text, background) >= 4.5

    for mode, accent in (("dark", style_for(network).accent_dark), ("light", style_for(network).accent_light)):
        theme.apply_theme(themed_app, mode)  # what app.py does when the user picks a theme
        QApplication.processEvents()
        text, background = _text_and_background(card)
        assert contrast(text, background) >= 4.5, (mode, text.name(), background.name())
        # Links are recoloured for the new theme too, without a new post being shown.
        assert f"color:{accent}" in card.part_text_html(0), mode


def test_a_card_built_in_dark_mode_follows_a_switch_to_light(qtbot, themed_app):
    theme.apply_theme(themed_app, "dark")
    card = PreviewCard(entities)
    qtbot.addWidget(card)
    card.resize(460, 320)
    card.show_post(PreviewData(Network.MASTODON, "Ada", "ada", ("Hi",)))
    card.show()
    qtbot.waitExposed(card)
    theme.apply_theme(themed_app, "light")
    QApplication.processEvents()
    text, background = _text_and_background(card)
    assert background.lightness() > 200
    assert contrast(text, background) >= 4.5
