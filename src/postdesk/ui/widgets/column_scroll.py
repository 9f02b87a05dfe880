"""A column that scrolls up and down when the window is too short for it, never sideways."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QScrollArea, QStyle, QWidget


class ColumnScroll(QScrollArea):
    """Holds a column of controls: it follows the column's width and scrolls only vertically.

    A plain scroll area asks for almost no width, so a splitter would squeeze the column under the
    width its rows need (and, with no horizontal scroll bar, cut them). This one asks for the
    column's own minimum width (plus the vertical scroll bar's) and a small height: when the window
    is short, the column scrolls instead of its rows being pressed into each other.

    Args:
        column: the widget to hold (resized to the visible width; its rows wrap to it).
        parent: the parent widget.
    """

    def __init__(self, column: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The column's controls take the focus (the area scrolls to each), not the area itself.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(column)

    def _bar(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def minimumSizeHint(self) -> QSize:
        column = self.widget()
        width = column.minimumSizeHint().width() if column is not None else 0
        return QSize(width + self._bar(), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        column = self.widget()
        hint = column.sizeHint() if column is not None else QSize()
        return QSize(hint.width() + self._bar(), hint.height())
