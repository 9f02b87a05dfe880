"""Light and dark themes that follow the system unless the user picks one.

We use the Fusion style with our own palettes so both themes look the same on every OS and
are readable; "system" asks Qt for the desktop's colour scheme and follows its changes.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


class ThemeChoice(StrEnum):
    """What the user chose in Settings."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


ACCENT = QColor("#3b6fd8")
ACCENT_DARK = QColor("#7aa2f7")


def system_is_dark() -> bool:
    """Whether the desktop asks for a dark colour scheme (False when it does not say)."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def is_dark(palette: QPalette) -> bool:
    """Whether a palette is a dark one (its window colour is dark)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent(palette: QPalette) -> QColor:
    """The accent colour that reads well on this palette."""
    return ACCENT_DARK if is_dark(palette) else ACCENT


def light_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#f6f7f9",
        QPalette.ColorRole.WindowText: "#1c1f24",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f0f2f5",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1c1f24",
        QPalette.ColorRole.PlaceholderText: "#6b7280",
        QPalette.ColorRole.Text: "#1c1f24",
        QPalette.ColorRole.Button: "#eef0f3",
        QPalette.ColorRole.ButtonText: "#1c1f24",
        QPalette.ColorRole.BrightText: "#b42318",
        QPalette.ColorRole.Highlight: ACCENT.name(),
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#1d5fd1",
        QPalette.ColorRole.LinkVisited: "#6d3fc0",
        QPalette.ColorRole.Mid: "#c9ced6",
        QPalette.ColorRole.Midlight: "#e3e6eb",
        QPalette.ColorRole.Dark: "#9aa1ab",
        QPalette.ColorRole.Shadow: "#00000040",
    }
    for role, color in roles.items():
        p.setColor(role, QColor(color))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#9aa1ab"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#9aa1ab"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#9aa1ab"))
    return p


def dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#1e2026",
        QPalette.ColorRole.WindowText: "#e6e8ec",
        QPalette.ColorRole.Base: "#16181d",
        QPalette.ColorRole.AlternateBase: "#23262d",
        QPalette.ColorRole.ToolTipBase: "#2a2d35",
        QPalette.ColorRole.ToolTipText: "#e6e8ec",
        QPalette.ColorRole.PlaceholderText: "#8b93a1",
        QPalette.ColorRole.Text: "#e6e8ec",
        QPalette.ColorRole.Button: "#2a2d35",
        QPalette.ColorRole.ButtonText: "#e6e8ec",
        QPalette.ColorRole.BrightText: "#ff8a80",
        QPalette.ColorRole.Highlight: "#3d63b8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: ACCENT_DARK.name(),
        QPalette.ColorRole.LinkVisited: "#bb9af7",
        QPalette.ColorRole.Mid: "#3a3e48",
        QPalette.ColorRole.Midlight: "#30333b",
        QPalette.ColorRole.Dark: "#101216",
        QPalette.ColorRole.Shadow: "#00000080",
    }
    for role, color in roles.items():
        p.setColor(role, QColor(color))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6b7280"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6b7280"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#6b7280"))
    return p


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
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else light_palette())
    return dark
