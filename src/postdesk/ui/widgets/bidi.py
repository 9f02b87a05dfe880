"""Left-to-right text (handles, dates) kept in its order inside a right-to-left layout.

In a right-to-left layout, text that opens with a neutral or weak character takes the layout's
direction for it: "@lumen@photog.social" draws as "lumen@photog.social@" and "18 Mar 2025 10:00"
as "Mar 2025 10:00 18". A leading mark of the text's own direction fixes the order. It is a mark
(U+200E / U+200F), not a Unicode isolate: Qt's item views and labels ignored the isolates.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication

#: LEFT-TO-RIGHT MARK and RIGHT-TO-LEFT MARK.
LRM = "\u200e"
RLM = "\u200f"
_STRONG = frozenset({"L", "R", "AL"})


def ltr(text: str) -> str:
    """Text such as a handle, with a left-to-right mark in front when it opens with a character
    of no direction of its own ("@", a digit); unchanged otherwise (and when already marked)."""
    if not text or unicodedata.bidirectional(text[0]) in _STRONG:
        return text
    return LRM + text


def local_text(text: str, locale: QLocale | None = None) -> str:
    """Text in the locale's own words (a date and time from `QLocale`), marked with the locale's
    direction when it opens with a character of no direction ("18 Mar 2025 10:00")."""
    if not text or unicodedata.bidirectional(text[0]) in _STRONG:
        return text
    direction = (locale or QLocale()).textDirection()
    return (RLM if direction == Qt.LayoutDirection.RightToLeft else LRM) + text


def unmarked(text: str) -> str:
    """The text without the direction marks added by `ltr` and `local_text`."""
    return text.replace(LRM, "").replace(RLM, "")


#: FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
FSI = "\u2068"
PDI = "\u2069"


def own_direction(text: str) -> str:
    """A creator's text (a post) painted in its own direction inside a layout of the other direction.

    "Poll: next print?" in a right-to-left calendar card otherwise draws as "?Poll: next print" and an
    elided "Live stream toni…" as "…Live stream toni". For text drawn with QPainter.drawText, where Qt
    honours the isolate (unlike the item views and labels above); elide before isolating.
    """
    return f"{FSI}{text}{PDI}" if text else text


def leading(text: str) -> str:
    """A label's text that starts at the layout's leading edge whatever its first letter.

    A label takes its text's own direction: "Postdesk 0.1.0" in a right-to-left window sits on the
    left. A mark of the application's direction in front keeps it at the start (the right in Arabic).
    """
    if not text or QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    return RLM + text
