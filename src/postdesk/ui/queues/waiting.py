"""The posts waiting in a queue, with Move up / Move down (Alt+Up / Alt+Down) and Shuffle."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from postdesk.store.repositories.queues import QueuedPost
from postdesk.ui.look.tokens import Space
from postdesk.ui.queues.models import QueuedPostsModel

#: Alt+Up / Alt+Down move the chosen post one place.
_STEPS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}


def bold(label: QLabel) -> None:
    """A heading: the label's own font, bold (a style sheet would fix its colour against theme changes)."""
    font = label.font()
    font.setBold(True)
    label.setFont(font)


def table(view: QTableView, model: object) -> None:
    """Rows picked whole, one at a time; columns as wide as their text, the last stretched."""
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setMinimumHeight(100)


class WaitingPosts(QWidget):
    """The list and its buttons; what a move does is the pane's (`on_move(post, steps)`)."""

    def __init__(
        self, on_move: Callable[[QueuedPost, int], None], on_shuffle: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._on_move = on_move
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Space.NONE, Space.S, Space.NONE, Space.NONE)
        heading = QLabel(self.tr("&Waiting in this queue"), self)
        bold(heading)
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Posts waiting in this queue, soonest first"))
        self.view.setMinimumHeight(160)
        self.model = QueuedPostsModel(self)
        table(self.view, self.model)
        heading.setBuddy(self.view)
        self.up_button = self._button(
            self.tr("Move &up"), self.tr("Give the chosen post an earlier time"), lambda: self.move(-1)
        )
        self.down_button = self._button(
            self.tr("Move d&own"), self.tr("Give the chosen post a later time"), lambda: self.move(1)
        )
        self.shuffle_button = self._button(
            self.tr("S&huffle"), self.tr("Deal the waiting posts out in a new order"), on_shuffle
        )
        self.up_button.setToolTip(self.tr("Alt+Up"))
        self.down_button.setToolTip(self.tr("Alt+Down"))
        # An event filter, not a QShortcut: the table takes arrow keys (with any modifier) first.
        self.view.installEventFilter(self)
        row = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.shuffle_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self.sync()

    def _button(self, text: str, accessible: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            key_event = cast(QKeyEvent, event)
            if key_event.modifiers() == Qt.KeyboardModifier.AltModifier and key_event.key() in _STEPS:
                self.move(_STEPS[key_event.key()])
                return True
        return super().eventFilter(watched, event)

    def move(self, steps: int) -> None:
        """Move the chosen post `steps` places (negative: earlier)."""
        post = self.model.post(self.view.currentIndex().row())
        if post is not None:
            self._on_move(post, steps)

    def sync(self) -> None:
        """Moves and Shuffle need two posts at least."""
        many = self.model.rowCount() > 1
        for button in (self.up_button, self.down_button, self.shuffle_button):
            button.setEnabled(many)
