"""The manager of saved snippets and hashtag groups (from the composer's Insert menu and from Settings).

Every read and write goes through the disk worker (`BackgroundRunner`); the dialog shows the list
as stored after each change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.store.repositories.composer_tools import HASHTAGS, SNIPPET, ComposerToolsRepository, NameTaken, Snippet
from postdesk.ui.background import BackgroundRunner


@dataclass(frozen=True)
class ToolsServices:
    """What the writing tools need from the app: their repository, the disk worker, the clock and the library."""

    repository: ComposerToolsRepository
    runner: BackgroundRunner
    now: Callable[[], datetime]
    media_library: Callable[[], Any] | None = None  # gives the `MediaLibraryServices` (None: no "Crop for …")


class SnippetsDialog(QDialog):
    """Create, edit and delete snippets and hashtag groups.

    Attributes:
        list: the saved ones. kind_box, name_edit, body_edit: the one being edited.
        new_button, save_button, delete_button: the actions. message: what went wrong, if anything.

    Signals:
        changed: the stored list changed (the Insert menu reloads).
    """

    changed = Signal()

    def __init__(self, services: ToolsServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._items: list[Snippet] = []
        self._editing: int | None = None
        self.setWindowTitle(self.tr("Snippets and hashtag groups"))
        self.setAccessibleName(self.tr("Snippets and hashtag groups"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Saved snippets and hashtag groups"))
        self.list.currentRowChanged.connect(self._show_row)
        self.kind_box = QComboBox(self)
        self.kind_box.addItem(self.tr("Snippet (any text)"), SNIPPET)
        self.kind_box.addItem(self.tr("Hashtag group"), HASHTAGS)
        self.kind_box.setAccessibleName(self.tr("Kind"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setAccessibleName(self.tr("Text to insert, or the group's hashtags"))
        self.body_edit.setPlaceholderText(self.tr("For a hashtag group: #travel #food #citybreak"))
        self.body_edit.setTabChangesFocus(True)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Kind:"), self.kind_box),
            (self.tr("&Name:"), self.name_edit),
            (self.tr("&Text:"), self.body_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What happened"))
        self.new_button = QPushButton(self.tr("Ne&w"), self)
        self.new_button.setAccessibleName(self.tr("Start a new snippet or hashtag group"))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAccessibleName(self.tr("Save this snippet or hashtag group"))
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the chosen snippet or hashtag group"))
        for button in (self.new_button, self.delete_button):
            button.setAutoDefault(False)  # Enter in the fields saves; it never clears or deletes
        self.save_button.setDefault(True)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(self.message)
        top = QHBoxLayout()
        top.addWidget(self.list, 2)
        top.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(close)
        self.resize(640, 360)
        self.start_new()
        self.reload()

    def reload(self) -> None:
        """Read the stored snippets and hashtag groups (on the worker)."""
        self._services.runner.submit(self._services.repository.snippets, on_done=self._show_list, key="snippets-dialog")

    def items(self) -> list[Snippet]:
        """The snippets and groups as last read."""
        return list(self._items)

    def _show_list(self, items: Sequence[Snippet]) -> None:
        self._items = list(items)
        self.list.blockSignals(True)
        self.list.clear()
        for s in self._items:
            kind = self.tr("hashtag group") if s.kind == HASHTAGS else self.tr("snippet")
            item = QListWidgetItem(f"{s.name} ({kind})", self.list)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
        self.list.blockSignals(False)
        row = next((i for i, s in enumerate(self._items) if s.id == self._editing), -1)
        self.list.setCurrentRow(row)
        self.delete_button.setEnabled(row >= 0)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._items):
            s = self._items[row]
            self._editing = s.id
            self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(s.kind)))
            self.name_edit.setText(s.name)
            self.body_edit.setPlainText(s.body)
        self.delete_button.setEnabled(row >= 0)

    def start_new(self) -> None:
        """Empty fields for a new one."""
        self._editing = None
        self.list.setCurrentRow(-1)
        self.name_edit.clear()
        self.body_edit.clear()
        self.message.clear()
        self.name_edit.setFocus()

    def save(self) -> None:
        """Store the fields (a name and a text are needed)."""
        name, body = self.name_edit.text().strip(), self.body_edit.toPlainText().strip()
        if not name or not body:
            self.message.setText(self.tr("Give it a name and some text first."))
            return
        snippet = Snippet(self._editing, str(self.kind_box.currentData()), name, body)
        self._services.runner.submit(
            self._services.repository.save_snippet,
            snippet,
            self._services.now(),
            on_done=self._saved,
            on_error=self._failed,
        )

    def delete(self) -> None:
        """Delete the chosen one."""
        if self._editing is not None:
            self._services.runner.submit(
                self._services.repository.delete_snippet, self._editing, on_done=lambda _r: self._deleted()
            )

    def _saved(self, snippet_id: int) -> None:
        self._editing = snippet_id
        self.message.setText(self.tr("Saved."))
        self.changed.emit()
        self.reload()

    def _deleted(self) -> None:
        self.start_new()
        self.message.setText(self.tr("Deleted."))
        self.changed.emit()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, NameTaken):
            self.message.setText(self.tr("Another one of this kind already has that name: pick another name."))
        else:
            self.message.setText(self.tr("That could not be saved. Try again in a moment."))
