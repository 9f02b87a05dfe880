"""An empty state: a short sentence saying why a place is empty and one button saying what to do.

App-agnostic: the pane that shows it words the text (through its own `tr`) and decides what the
button does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QFrame):
    """A centred title, an explanation and one clear action.

    Args:
        parent: the parent widget.

    Signals:
        activated(): the action button was pressed.
    """

    activated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmptyState")
        self.setAutoFillBackground(True)
        self.title = QLabel(self)
        self.title.setObjectName("EmptyStateTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self)
        self.button.setDefault(True)
        self.button.clicked.connect(self.activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(12)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def set_text(self, title: str, body: str, action: str) -> None:
        """Say why the place is empty (`title`, `body`) and name the one action ("" hides it)."""
        self.title.setText(title)
        self.body.setText(body)
        self.body.setVisible(bool(body))
        self.button.setText(action)
        self.button.setAccessibleName(action.replace("&", ""))
        self.button.setVisible(bool(action))
        self.setAccessibleName(title)
