"""A character counter label that changes colour near and over a limit."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QLabel, QWidget

from postdesk.ui.look.style import colours_of


class CounterLevel(Enum):
    """How close a count is to its limit."""

    OK = "ok"
    NEAR = "near"
    OVER = "over"


#: Fraction of the limit from which the counter warns.
NEAR_FRACTION = 0.9


def counter_level(length: int, limit: int) -> CounterLevel:
    """Return the level for `length` against `limit` (a limit <= 0 means no limit)."""
    if limit <= 0:
        return CounterLevel.OK
    if length > limit:
        return CounterLevel.OVER
    if length >= limit * NEAR_FRACTION:
        return CounterLevel.NEAR
    return CounterLevel.OK


class CounterLabel(QLabel):
    """Shows a short count ("212 / 280") and carries a full accessible sentence.

    Attributes:
        level: the current CounterLevel.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = CounterLevel.OK
        self._style_level: CounterLevel | None = None

    def show_count(self, short: str, spoken: str, level: CounterLevel) -> None:
        """Display `short`, expose `spoken` to screen readers, colour by `level`."""
        if self.text() != short:
            self.setText(short)
        if self.accessibleName() != spoken:
            self.setAccessibleName(spoken)
            self.setToolTip(spoken)
        self.level = level
        if self._style_level is not level:
            self._style_level = level
            weight = "600" if level is not CounterLevel.OK else "normal"
            tokens = colours_of(self.palette())
            colour = {CounterLevel.OK: "palette(window-text)", CounterLevel.NEAR: tokens.warning}.get(
                level, tokens.danger
            )
            self.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: {weight}; }}")
