"""Keep an overlay child covering its parent (a hint laid over a widget that has no layout for it)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _FillParent(QObject):
    def __init__(self, child: QWidget) -> None:
        super().__init__(child)
        self._child = child

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self._child.setGeometry(watched.rect())
        return False


def fill_parent(child: QWidget) -> None:
    """Give `child` its parent's whole rect now and after every resize of the parent.

    A child placed once by hand keeps its first size: a wrapped hint laid over a widget then shows
    two lines of a longer translation and cuts the rest off when the window grows or shrinks.
    """
    parent = child.parentWidget()
    if parent is None:
        raise ValueError("fill_parent needs a child with a parent")
    child.setGeometry(parent.rect())
    parent.installEventFilter(_FillParent(child))
