"""A toggleable chip: a small, rounded, checkable button with an accent colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QToolButton, QWidget


class ChipButton(QToolButton):
    """A checkable pill-shaped button; Space toggles it, Tab reaches it.

    Args:
        text: the visible label (already translated).
        accent: the colour used when the chip is on.
        parent: the parent widget.
    """

    def __init__(self, text: str, accent: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._accent = QColor(accent)
        self._apply_style()

    def _apply_style(self) -> None:
        accent = self._accent.name()
        # The focus ring must stay visible for keyboard users, whatever the check state.
        self.setStyleSheet(
            "QToolButton { border: 1px solid palette(mid); border-radius: 12px;"
            " padding: 3px 10px; background: palette(button); color: palette(button-text); }"
            f" QToolButton:checked {{ background: {accent}; border-color: {accent}; color: white;"
            " font-weight: 600; }"
            " QToolButton:focus { border: 2px solid palette(highlight); }"
        )
