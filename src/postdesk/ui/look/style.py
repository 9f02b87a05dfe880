"""Qt side of the design tokens: the colours of a palette, fonts of the type scale, tones.

Usage:
    title.setFont(text_font(TextRole.TITLE, title.font()))
    colours_of(self.palette()).danger          # "#b3261e" in light, "#ff8a80" in dark
    set_tone(label, Tone.DANGER)               # the app style sheet colours it, in either theme
    set_banner(label, Tone.WARNING)            # a warning banner: fill, text colour, radius, padding
"""

from __future__ import annotations

import hashlib
from enum import StrEnum

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

from postdesk.ui.look.tokens import AVATAR_FILLS, Colours, TextRole, colours


class Tone(StrEnum):
    """What a text or banner says; the app style sheet gives each its colours (`ui.theme`)."""

    MUTED = "muted"
    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    DANGER = "danger"


def is_dark(palette: QPalette) -> bool:
    """Whether a palette is a dark one (its window colour is dark)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours_of(palette: QPalette) -> Colours:
    """The token colours of the theme this palette belongs to."""
    return colours(is_dark(palette))


def qcolour(palette: QPalette, token: str) -> QColor:
    """One token of the palette's theme as a QColor (`qcolour(p, "danger")`)."""
    return QColor(getattr(colours_of(palette), token))


def text_font(role: TextRole, base: QFont | None = None) -> QFont:
    """`base` (the system font when None) at the type scale's `role` size, bold for headings."""
    result = QFont(base) if base is not None else QFont()
    if result.pointSizeF() > 0:
        result.setPointSizeF(result.pointSizeF() * role.scale)
    elif result.pixelSize() > 0:
        result.setPixelSize(max(1, round(result.pixelSize() * role.scale)))
    result.setBold(role.bold)
    return result


def _restyle(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_tone(widget: QWidget, tone: Tone | None) -> None:
    """Colour a widget's text by what it says (None: the normal text colour)."""
    widget.setProperty("tone", "" if tone is None else tone.value)
    _restyle(widget)


def set_banner(widget: QWidget, tone: Tone | None) -> None:
    """Make a label a banner of `tone` (fill, text colour, rounded corners, padding); None: plain."""
    widget.setProperty("banner", "" if tone is None else tone.value)
    _restyle(widget)


def avatar_fill(name: str) -> str:
    """A monogram's fill for `name`: stable across runs (a hash of the name, not Python's `hash`)."""
    return AVATAR_FILLS[hashlib.sha1(name.encode()).digest()[0] % len(AVATAR_FILLS)]
