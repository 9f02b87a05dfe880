"""The theme is built from the design tokens only: palette roles, the style sheet, tones and banners."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from postdesk.ui import theme
from postdesk.ui.look.style import Tone, colours_of, set_banner, set_tone, text_font
from postdesk.ui.look.tokens import DARK, LIGHT, Colours, TextRole

_HEX = re.compile(r"#[0-9a-fA-F]{6}(?:[0-9a-fA-F]{2})?\b")
THEME_PY = Path(theme.__file__)


@pytest.fixture
def light_after(qapp: QApplication) -> Any:
    yield qapp
    theme.apply_theme(qapp, "light")


@pytest.mark.parametrize(("dark", "tokens"), [(False, LIGHT), (True, DARK)])
def test_palette_roles_are_the_tokens(dark: bool, tokens: Colours) -> None:
    palette = theme.palette_from(tokens)
    role = QPalette.ColorRole
    expected = {
        role.Window: tokens.background,
        role.Base: tokens.surface,
        role.Button: tokens.raised,
        role.Text: tokens.text,
        role.WindowText: tokens.text,
        role.PlaceholderText: tokens.muted_text,
        role.Highlight: tokens.selection,
        role.HighlightedText: tokens.on_selection,
        role.Link: tokens.link,
        role.Mid: tokens.border,
        role.BrightText: tokens.danger,
    }
    for name, value in expected.items():
        assert palette.color(name).name() == value, name
    assert palette.color(QPalette.ColorGroup.Disabled, role.Text).name() == tokens.disabled_text
    assert theme.is_dark(palette) is dark
    assert colours_of(palette) is tokens
    assert theme.accent(palette) == QColor(tokens.accent)


@pytest.mark.parametrize("tokens", [LIGHT, DARK])
def test_style_sheet_uses_token_colours_only(tokens: Colours) -> None:
    sheet = theme.stylesheet(tokens)
    values = {getattr(tokens, name) for name in tokens.names()}
    used = set(_HEX.findall(sheet))
    assert used and used <= values
    for tone in Tone:
        assert f'QLabel[tone="{tone.value}"]' in sheet and f'QLabel[banner="{tone.value}"]' in sheet


def test_theme_module_writes_no_colour_of_its_own() -> None:
    assert not _HEX.findall(THEME_PY.read_text(encoding="utf-8"))


def test_apply_theme_sets_palette_and_style_sheet_of_the_choice(light_after: QApplication) -> None:
    qapp = light_after
    assert theme.apply_theme(qapp, "dark") is True
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == DARK.background
    assert qapp.styleSheet() == theme.stylesheet(DARK)
    assert theme.apply_theme(qapp, "light") is False
    assert qapp.styleSheet() == theme.stylesheet(LIGHT)


def _middle_pixel(label: QLabel) -> str:
    image = label.grab().toImage()
    return image.pixelColor(2, image.height() // 2).name()


def test_a_banner_follows_the_theme(qtbot: Any, light_after: QApplication) -> None:
    """A warning banner is drawn in the warning surface of the theme in force, light then dark."""
    qapp = light_after
    theme.apply_theme(qapp, "light")
    label = QLabel("Your sign-ins cannot be kept safely yet.")
    qtbot.addWidget(label)
    set_banner(label, Tone.WARNING)
    label.show()
    qtbot.waitExposed(label)
    assert _middle_pixel(label) == LIGHT.warning_surface
    theme.apply_theme(qapp, "dark")
    qtbot.waitUntil(lambda: _middle_pixel(label) == DARK.warning_surface)
    set_banner(label, None)
    qtbot.waitUntil(lambda: _middle_pixel(label) == DARK.background)


def test_a_tone_colours_the_text(qtbot: Any, light_after: QApplication) -> None:
    theme.apply_theme(light_after, "light")
    label = QLabel("\u2588\u2588\u2588\u2588")  # full blocks: the text colour fills the middle
    qtbot.addWidget(label)
    set_tone(label, Tone.DANGER)
    label.show()
    qtbot.waitExposed(label)
    image = label.grab().toImage()
    colours = {image.pixelColor(x, image.height() // 2).name() for x in range(image.width())}
    assert LIGHT.danger in colours


def test_type_scale_fonts_are_relative_to_the_system_font(qapp: QApplication) -> None:
    base = qapp.font()
    title = text_font(TextRole.TITLE, base)
    assert title.pointSizeF() == pytest.approx(base.pointSizeF() * 1.4)
    assert title.bold() and not text_font(TextRole.BODY, base).bold()
    assert text_font(TextRole.CAPTION, base).pointSizeF() < base.pointSizeF()
