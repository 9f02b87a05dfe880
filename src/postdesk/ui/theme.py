"""Light and dark themes that follow the system unless the user picks one.

We use the Fusion style with our own palettes so both themes look the same on every OS and
are readable; "system" asks Qt for the desktop's colour scheme and follows its changes.
The palettes and the application's style sheet are built from the design tokens only
(`ui.look.tokens`): no colour is written here.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from postdesk.ui.look import style
from postdesk.ui.look.controls import control_rules
from postdesk.ui.look.tokens import DARK, LIGHT, Colours, Radius, Space


class ThemeChoice(StrEnum):
    """What the user chose in Settings."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


#: The accent on the light and the dark theme (the app icon, charts).
ACCENT = QColor(LIGHT.accent)
ACCENT_DARK = QColor(DARK.accent)


def system_is_dark() -> bool:
    """Whether the desktop asks for a dark colour scheme (False when it does not say)."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def is_dark(palette: QPalette) -> bool:
    """Whether a palette is a dark one (its window colour is dark)."""
    return style.is_dark(palette)


def accent(palette: QPalette) -> QColor:
    """The accent colour that reads well on this palette."""
    return ACCENT_DARK if is_dark(palette) else ACCENT


def palette_from(colours: Colours) -> QPalette:
    """The QPalette of a theme's tokens."""
    p = QPalette()
    role = QPalette.ColorRole
    roles = {
        role.Window: colours.background,
        role.WindowText: colours.text,
        role.Base: colours.surface,
        role.AlternateBase: colours.alternate,
        role.ToolTipBase: colours.raised,
        role.ToolTipText: colours.text,
        role.PlaceholderText: colours.muted_text,
        role.Text: colours.text,
        role.Button: colours.raised,
        role.ButtonText: colours.text,
        role.BrightText: colours.danger,
        role.Highlight: colours.selection,
        role.HighlightedText: colours.on_selection,
        role.Link: colours.link,
        role.LinkVisited: colours.link_visited,
        role.Light: colours.surface,
        role.Mid: colours.border,
        role.Midlight: colours.divider,
        role.Dark: colours.shade,
        role.Shadow: colours.shadow,
        role.Accent: colours.accent_fill,
    }
    for name, value in roles.items():
        p.setColor(name, QColor(value))
    for name in (role.Text, role.ButtonText, role.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, name, QColor(colours.disabled_text))
    return p


def light_palette() -> QPalette:
    """The light theme's palette."""
    return palette_from(LIGHT)


def dark_palette() -> QPalette:
    """The dark theme's palette."""
    return palette_from(DARK)


def stylesheet(colours: Colours) -> str:
    """The application's style sheet for a theme: controls, tooltips, hints, `tone`/`banner` properties.

    The standard controls' edges, state marks, focus ring, scroll bars and splitter grips come from
    `look.controls` (3:1 in both themes); everything else keeps Fusion's drawing from the palette.
    """
    tones = {
        style.Tone.MUTED: colours.muted_text,
        style.Tone.INFO: colours.accent,
        style.Tone.SUCCESS: colours.success,
        style.Tone.WARNING: colours.warning,
        style.Tone.DANGER: colours.danger,
    }
    banners = {
        style.Tone.MUTED: (colours.alternate, colours.text),
        style.Tone.INFO: (colours.info_surface, colours.on_info_surface),
        style.Tone.SUCCESS: (colours.success_surface, colours.on_success_surface),
        style.Tone.WARNING: (colours.warning_surface, colours.on_warning_surface),
        style.Tone.DANGER: (colours.danger_surface, colours.on_danger_surface),
    }
    rules = [
        *control_rules(colours),
        f"QToolTip {{ color: {colours.text}; background-color: {colours.raised};"
        f" border: 1px solid {colours.control_border}; border-radius: {Radius.S}px;"
        f" padding: {Space.XS}px {Space.S}px; }}",
        f"QLabel#Hint {{ color: {colours.muted_text}; }}",
    ]
    rules += [f'QLabel[tone="{tone.value}"] {{ color: {colour}; }}' for tone, colour in tones.items()]
    rules += [
        f'QLabel[banner="{tone.value}"] {{ background-color: {fill}; color: {text};'
        f" border-radius: {Radius.M}px; padding: {Space.S}px {Space.M}px; }}"
        for tone, (fill, text) in banners.items()
    ]
    return "\n".join(rules)


def apply_theme(app: QApplication, choice: ThemeChoice | str = ThemeChoice.SYSTEM) -> bool:
    """Apply a theme to the whole application.

    Args:
        app: the application.
        choice: system, light or dark.

    Returns:
        True when the applied theme is dark.
    """
    choice = ThemeChoice(choice)
    dark = system_is_dark() if choice is ThemeChoice.SYSTEM else choice is ThemeChoice.DARK
    colours = DARK if dark else LIGHT
    app.setStyle("Fusion")
    app.setPalette(palette_from(colours))
    app.setStyleSheet(stylesheet(colours))
    return dark
