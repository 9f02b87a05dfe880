"""A thread editor: one plain-text editor per part, with add, remove, split and join.

Used for the base text and for each target's override. The owner decides how text is split
(it knows the network); this widget only edits, highlights and reports changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.ui.dropped_paths import local_path
from postdesk.ui.look.style import qcolour
from postdesk.ui.media_library.models import decode_asset_ids
from postdesk.ui.widgets.counter import CounterLabel, CounterLevel
from postdesk.ui.widgets.flow_layout import FlowLayout

#: File suffixes accepted as images when dropped.
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".heic", ".avif"})

#: Background of text that does not fit; translucent so it reads in light and dark themes.
_OVERFLOW_COLOUR = QColor(214, 45, 32, 70)


def utf16_offset(text: str, index: int) -> int:
    """Convert a Python str index into the UTF-16 position QTextCursor uses."""
    head = text[: max(0, index)]
    # Astral characters (most emoji) are two UTF-16 units but one Python character.
    return len(head) + sum(1 for ch in head if ord(ch) > 0xFFFF)


def _image_files(mime: QMimeData) -> list[str]:
    if not mime.hasUrls():
        return []
    files = [str(local_path(u)) for u in mime.urls() if u.isLocalFile()]
    return [f for f in files if Path(f).suffix.lower() in IMAGE_SUFFIXES]


class PartEdit(QPlainTextEdit):
    """A plain-text editor whose paragraphs take their direction from their own text.

    Signals:
        files_dropped: image files were dropped on the editor (their paths).
        assets_dropped: media library assets were dropped on the editor (their ids).
    """

    files_dropped = Signal(list)
    assets_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        option = self.document().defaultTextOption()
        # Each paragraph's direction follows its first strong character (Arabic, Hebrew...).
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(72)
        self._highlighted: list[tuple[int, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return bool(decode_asset_ids(source)) or bool(_image_files(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        asset_ids = decode_asset_ids(source)
        if asset_ids:
            # A drag from the library also carries the stored files as a uri-list: the ids
            # win, so the asset is attached as it is instead of imported a second time.
            self.assets_dropped.emit(asset_ids)
            return
        files = _image_files(source)
        if files:
            # Dropping a picture attaches it; it must not paste its path into the text.
            self.files_dropped.emit(files)
            return
        super().insertFromMimeData(source)

    def replace_text_undoable(self, text: str) -> None:
        """Replace all text as one edit on the editor's own undo stack (Ctrl+Z brings it back)."""
        if self.toPlainText() == text:
            return
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()

    def highlight(self, spans: Sequence[tuple[int, int]]) -> None:
        """Mark the given str-index spans as not fitting."""
        text = self.toPlainText()
        clipped = [(max(0, a), min(b, len(text))) for a, b in spans]
        clipped = [(a, b) for a, b in clipped if b > a]
        if not clipped and not self._highlighted:
            return
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(_OVERFLOW_COLOUR)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(qcolour(self.palette(), "danger"))
        for start, end in clipped:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(utf16_offset(text, start))
            cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        # Kept on the Python side: reading extraSelections() back on every keystroke is slow.
        self._highlighted = [(utf16_offset(text, a), utf16_offset(text, b)) for a, b in clipped]
        self.setExtraSelections(selections)

    def highlighted_spans(self) -> list[tuple[int, int]]:
        """The highlighted spans in UTF-16 positions (for tests and accessibility checks)."""
        return list(self._highlighted)


class _PartRow(QWidget):
    """One part: a header (number, counter, remove) above its editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        header = QHBoxLayout()
        self.title = QLabel(self)
        self.counter = CounterLabel(self)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.counter)
        header.addWidget(self.remove)
        layout.addLayout(header)
        self.edit = PartEdit(self)
        layout.addWidget(self.edit, 1)


class PartsEditor(QWidget):
    """Edits a text as one or more thread parts.

    Args:
        label: the accessible name prefix of the editors (translated).
        parent: the parent widget.

    Signals:
        changed: the text of any part, or the list of parts, changed.
        split_requested: the user asked to split automatically; carries the numbering choice.
        cursor_moved: the cursor moved in some part.
        files_dropped: image files were dropped on an editor.
        assets_dropped: media library assets were dropped on an editor (their ids).
    """

    changed = Signal()
    split_requested = Signal(bool)
    cursor_moved = Signal()
    files_dropped = Signal(list)
    assets_dropped = Signal(list)

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        self._rows: list[_PartRow] = []
        self._thread_enabled = True
        self._current = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._parts_box = QVBoxLayout()
        self._parts_box.setSpacing(8)
        layout.addLayout(self._parts_box, 1)

        # A flow: in longer languages the buttons go to a second line instead of being cut off.
        tools = FlowLayout(spacing=6)
        self.add_button = QPushButton(self.tr("&Add part"), self)
        self.add_button.setAccessibleName(self.tr("Add a thread part"))
        self.add_button.clicked.connect(self._on_add)
        self.split_button = QPushButton(self.tr("S&plit into thread"), self)
        self.split_button.setAccessibleName(self.tr("Split the text into a thread automatically"))
        self.split_button.setToolTip(self.tr("Split at sentence boundaries so every part fits"))
        self.split_button.clicked.connect(lambda: self.split_requested.emit(self.numbering.isChecked()))
        self.join_button = QPushButton(self.tr("&Join parts"), self)
        self.join_button.setAccessibleName(self.tr("Join all thread parts into one text"))
        self.join_button.clicked.connect(self._on_join)
        self.numbering = QCheckBox(self.tr("Number parts (1/n)"), self)
        self.numbering.setAccessibleName(self.tr("Add 1/n numbering when splitting"))
        for widget in (self.add_button, self.split_button, self.join_button):
            widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        tools.addWidget(self.split_button)
        tools.addWidget(self.numbering)
        tools.addWidget(self.add_button)
        tools.addWidget(self.join_button)
        layout.addLayout(tools)
        self._add_row("")
        self._renumber()

    # -- building --------------------------------------------------------------------------

    def _add_row(self, text: str, at: int | None = None) -> _PartRow:
        row = _PartRow(self)
        row.edit.setPlainText(text)
        row.edit.textChanged.connect(self.changed)
        row.edit.files_dropped.connect(self.files_dropped)
        row.edit.assets_dropped.connect(self.assets_dropped)
        row.edit.cursorPositionChanged.connect(lambda r=row: self._on_cursor(r))
        row.remove.clicked.connect(lambda _=False, r=row: self._on_remove(r))
        index = len(self._rows) if at is None else at
        self._rows.insert(index, row)
        self._parts_box.insertWidget(index, row, 1)
        return row

    def _renumber(self) -> None:
        count = len(self._rows)
        many = count > 1
        for i, row in enumerate(self._rows):
            row.title.setText(self.tr("Part {n} of {count}").format(n=i + 1, count=count))
            row.title.setVisible(many)
            row.remove.setVisible(many)
            row.remove.setAccessibleName(self.tr("Remove part {n}").format(n=i + 1))
            row.remove.setToolTip(row.remove.accessibleName())
            name = (
                self._label
                if not many
                else self.tr("{label}, part {n} of {count}").format(label=self._label, n=i + 1, count=count)
            )
            row.edit.setAccessibleName(name)
            row.counter.setVisible(many)
        self.join_button.setEnabled(many)
        self.join_button.setVisible(self._thread_enabled)
        self.add_button.setVisible(self._thread_enabled)
        self.split_button.setVisible(self._thread_enabled)
        self.numbering.setVisible(self._thread_enabled)

    def _on_cursor(self, row: _PartRow) -> None:
        if row in self._rows:
            self._current = self._rows.index(row)
        self.cursor_moved.emit()

    def _on_add(self) -> None:
        row = self._add_row("")
        self._renumber()
        row.edit.setFocus()
        self.changed.emit()

    def _on_remove(self, row: _PartRow) -> None:
        if len(self._rows) <= 1 or row not in self._rows:
            return
        index = self._rows.index(row)
        self._rows.remove(row)
        self._parts_box.removeWidget(row)
        row.deleteLater()
        self._renumber()
        self._rows[min(index, len(self._rows) - 1)].edit.setFocus()
        self.changed.emit()

    def _on_join(self) -> None:
        self.set_parts(["\n\n".join(p for p in self.parts() if p.strip())])
        self.changed.emit()

    # -- public API ------------------------------------------------------------------------

    def set_thread_enabled(self, enabled: bool) -> None:
        """Show or hide the thread tools (networks without threads still see extra parts)."""
        self._thread_enabled = enabled
        self._renumber()

    def parts(self) -> tuple[str, ...]:
        """The text of each part."""
        return tuple(row.edit.toPlainText() for row in self._rows)

    def set_parts(self, parts: Sequence[str]) -> None:
        """Replace the parts (not undoable; for loading and splitting)."""
        parts = list(parts) or [""]
        self.blockSignals(True)
        try:
            while len(self._rows) > len(parts):
                row = self._rows.pop()
                self._parts_box.removeWidget(row)
                row.deleteLater()
            while len(self._rows) < len(parts):
                self._add_row("")
            for row, text in zip(self._rows, parts, strict=True):
                if row.edit.toPlainText() != text:
                    row.edit.setPlainText(text)
        finally:
            self.blockSignals(False)
        self._current = min(self._current, len(self._rows) - 1)
        self._renumber()

    def replace_parts_undoable(self, parts: Sequence[str]) -> None:
        """Replace the parts; part texts change through the editors' undo stacks."""
        parts = list(parts) or [""]
        self.blockSignals(True)
        try:
            while len(self._rows) > len(parts):
                row = self._rows.pop()
                self._parts_box.removeWidget(row)
                row.deleteLater()
            while len(self._rows) < len(parts):
                self._add_row("")
            for row, text in zip(self._rows, parts, strict=True):
                row.edit.replace_text_undoable(text)
        finally:
            self.blockSignals(False)
        self._renumber()
        self.changed.emit()

    def count(self) -> int:
        """How many parts there are."""
        return len(self._rows)

    def editor(self, index: int) -> PartEdit:
        """The editor of part `index`."""
        return self._rows[index].edit

    def current_part(self) -> int:
        """The part that last had the cursor."""
        return self._current

    def set_part_counter(self, index: int, short: str, spoken: str, level: CounterLevel) -> None:
        """Show a counter on part `index` (visible in threads only)."""
        if 0 <= index < len(self._rows):
            self._rows[index].counter.show_count(short, spoken, level)

    def part_counter(self, index: int) -> CounterLabel:
        """The counter label of part `index`."""
        return self._rows[index].counter

    def highlight(self, spans_by_part: dict[int, list[tuple[int, int]]]) -> None:
        """Mark spans that do not fit, per part; parts not listed are cleared."""
        for i, row in enumerate(self._rows):
            row.edit.highlight(spans_by_part.get(i, []))

    def set_read_only(self, read_only: bool) -> None:
        """Lock or unlock all editors and tools."""
        for row in self._rows:
            row.edit.setReadOnly(read_only)
        for widget in (self.add_button, self.split_button, self.join_button):
            widget.setEnabled(not read_only)
