"""The calendar's keyboard: undo / redo and the pane-wide shortcuts, live while focus is inside."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QWidget


def install_keys(
    host: QWidget, undo: QUndoStack, bindings: Sequence[tuple[str, Callable[[], None]]]
) -> tuple[QAction, QAction]:
    """Give `host` Undo / Redo actions over `undo` and a shortcut per (keys, slot) in `bindings`.

    Returns:
        The undo and redo actions (added to `host`).
    """
    context = Qt.ShortcutContext.WidgetWithChildrenShortcut
    undo_action = undo.createUndoAction(host, QCoreApplication.translate("CalendarPane", "Undo"))
    undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    undo_action.setShortcutContext(context)
    redo_action = undo.createRedoAction(host, QCoreApplication.translate("CalendarPane", "Redo"))
    redo_action.setShortcut(QKeySequence.StandardKey.Redo)
    redo_action.setShortcutContext(context)
    host.addAction(undo_action)
    host.addAction(redo_action)
    for keys, slot in bindings:
        shortcut = QShortcut(QKeySequence(keys), host)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
    return undo_action, redo_action
