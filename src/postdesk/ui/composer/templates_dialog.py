"""The templates list: start a new post from one, rename or delete them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.store.repositories.composer_tools import NameTaken, TemplateInfo
from postdesk.ui.composer.snippets_dialog import ToolsServices


class TemplatesDialog(QDialog):
    """Pick a template to start a post from; rename or delete one.

    Attributes:
        list: the templates. use_button, rename_button, delete_button: the actions.
        rename_dialog: the open "Rename" question, if any. message: what went wrong, if anything.

    Signals:
        chosen(int): start a new post from this template.
    """

    chosen = Signal(int)

    def __init__(self, services: ToolsServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._items: list[TemplateInfo] = []
        self.rename_dialog: QInputDialog | None = None
        self.setWindowTitle(self.tr("Templates"))
        self.setAccessibleName(self.tr("Templates"))
        intro = QLabel(self.tr("A template keeps a post's text, networks, accounts, options and tags (not its time)."))
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Saved templates"))
        self.list.itemActivated.connect(lambda _item: self.use())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What happened"))
        buttons = QDialogButtonBox(self)
        self.use_button = buttons.addButton(self.tr("&New post from it"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.use_button.setAccessibleName(self.tr("Start a new post from the chosen template"))
        self.rename_button = QPushButton(self.tr("&Rename…"), self)
        self.rename_button.setAccessibleName(self.tr("Rename the chosen template"))
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the chosen template"))
        buttons.addButton(self.rename_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.use_button.clicked.connect(self.use)
        self.rename_button.clicked.connect(self.ask_rename)
        self.delete_button.clicked.connect(self.delete)
        layout = QVBoxLayout(self)
        for widget in (intro, self.list, self.message, buttons):
            layout.addWidget(widget)
        self.resize(480, 340)
        self._sync_buttons()
        self.list.currentRowChanged.connect(lambda _row: self._sync_buttons())
        self.reload()

    def reload(self) -> None:
        """Read the templates (on the worker)."""
        self._services.runner.submit(self._services.repository.templates, on_done=self._show, key="templates-dialog")

    def items(self) -> list[TemplateInfo]:
        return list(self._items)

    def _show(self, items: Sequence[TemplateInfo]) -> None:
        current = self._current()
        self._items = list(items)
        self.list.clear()
        for t in self._items:
            item = QListWidgetItem(t.name, self.list)
            item.setToolTip(t.preview)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, t.preview)
        rows = [i for i, t in enumerate(self._items) if current and t.id == current.id]
        self.list.setCurrentRow(rows[0] if rows else (0 if self._items else -1))
        if not self._items:
            self.message.setText(self.tr("No templates yet: in the composer, More > Save as template…"))
        self._sync_buttons()

    def _current(self) -> TemplateInfo | None:
        row = self.list.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def _sync_buttons(self) -> None:
        for button in (self.use_button, self.rename_button, self.delete_button):
            button.setEnabled(self._current() is not None)

    def use(self) -> None:
        """Start a new post from the chosen template and close."""
        chosen = self._current()
        if chosen is not None:
            self.chosen.emit(chosen.id)
            self.accept()

    def ask_rename(self) -> None:
        """Ask for the chosen template's new name."""
        chosen = self._current()
        if chosen is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Rename template"))
        dialog.setLabelText(self.tr("New &name:"))
        dialog.setTextValue(chosen.name)
        dialog.textValueSelected.connect(lambda name: self.rename(chosen.id, name))
        self.rename_dialog = dialog
        dialog.open()

    def rename(self, template_id: int, name: str) -> None:
        """Rename a template."""
        if name.strip():
            self._services.runner.submit(
                self._services.repository.rename_template,
                template_id,
                name.strip(),
                self._services.now(),
                on_done=lambda _r: self.reload(),
                on_error=self._failed,
            )

    def delete(self) -> None:
        """Delete the chosen template."""
        chosen = self._current()
        if chosen is not None:
            self._services.runner.submit(
                self._services.repository.delete_template, chosen.id, on_done=lambda _r: self.reload()
            )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, NameTaken):
            self.message.setText(self.tr("Another template already has that name."))
        else:
            self.message.setText(self.tr("That could not be saved. Try again in a moment."))
