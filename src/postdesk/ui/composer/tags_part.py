"""The composer's tags row: the open post's tags, with the tags already in use offered as you type.

Tags are stored with the post (`post_tag`, the rows the calendar's tag filter reads) as soon as
the field is left; a new post's tags are stored with its first save.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget


def split_tags(text: str) -> list[str]:
    """The tags in a comma-separated text, trimmed, without a leading "#", none twice (case-insensitively)."""
    seen: dict[str, str] = {}
    for word in text.split(","):
        tag = word.strip().lstrip("#").strip()
        if tag:
            seen.setdefault(tag.casefold(), tag)
    return list(seen.values())


class TagsPart(QWidget):
    """A "Tags:" field with completion from the tags in use.

    Attributes:
        edit: the comma-separated tags.
        completer: offers the known tags for the word being typed.

    Signals:
        edited(list): the user left the field with different tags.
    """

    edited = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: list[str] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Ta&gs:"), self)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self.tr("Tags of this post"))
        self.edit.setPlaceholderText(self.tr("launch, tour… (only you see them; the calendar filters by them)"))
        self.edit.setClearButtonEnabled(True)
        label.setBuddy(self.edit)
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setWidget(self.edit)
        self.completer.activated.connect(self._complete)
        self.edit.textEdited.connect(self._offer)
        self.edit.editingFinished.connect(self._finished)
        row.addWidget(label)
        row.addWidget(self.edit, 1)

    def tags(self) -> list[str]:
        """The tags as the field shows them."""
        return split_tags(self.edit.text())

    def set_tags(self, tags: Sequence[str]) -> None:
        """Show a post's stored tags (no `edited`)."""
        self._shown = list(tags)
        self.edit.setText(", ".join(tags))

    def set_known(self, tags: Sequence[str]) -> None:
        """The tags in use on any post, offered as completions."""
        self._model.setStringList(list(tags))

    def _offer(self, text: str) -> None:
        word = text[: self.edit.cursorPosition()].rsplit(",", 1)[-1].strip()
        if not word:
            self.completer.popup().hide()
            return
        self.completer.setCompletionPrefix(word)
        if self.completer.completionCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _complete(self, tag: str) -> None:
        text = self.edit.text()
        head, _sep, _rest = text[: self.edit.cursorPosition()].rpartition(",")
        new = (head + ", " if _sep else "") + tag + ", "
        self.edit.setText(new + text[self.edit.cursorPosition() :].lstrip(", ").lstrip())
        self.edit.setCursorPosition(len(new))

    def _finished(self) -> None:
        tags = self.tags()
        if [t.casefold() for t in tags] != [t.casefold() for t in self._shown]:
            self._shown = tags
            self.edited.emit(tags)
