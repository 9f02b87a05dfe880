"""The editor part of the composer: the main text (a thread editor), its label and its lock note.

It owns the text only: what the parts are, where the cursor is, whether the text may change and
how to split it into a thread. Counting, previews and saving are other parts' business.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from postdesk.core.networks import Network
from postdesk.core.threads import split_thread
from postdesk.ui.composer.parts_editor import PartsEditor
from postdesk.ui.local_format import format_list


class EditorPart(QWidget):
    """The main text of the post.

    Args:
        parent: the parent widget.

    Attributes:
        editor: the thread editor (`PartsEditor`): its `changed`, `split_requested`,
            `files_dropped` and `assets_dropped` signals are the part's signals.
        lock_note: says why the main text is read-only (hidden while it is not).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        label = QLabel(self.tr("&Main text (used everywhere unless a network has its own)"), self)
        label.setWordWrap(True)
        label.setStyleSheet("QLabel { font-weight: 600; }")
        self.editor = PartsEditor(self.tr("Main text"), self)
        label.setBuddy(self.editor.editor(0))
        layout.addWidget(label)
        self.lock_note = QLabel(self)
        self.lock_note.setWordWrap(True)
        self.lock_note.setAccessibleName(self.tr("Why the main text can't change"))
        self.lock_note.setStyleSheet("QLabel { font-style: italic; }")
        self.lock_note.hide()
        layout.addWidget(self.lock_note)
        layout.addWidget(self.editor, 1)

    def parts(self) -> tuple[str, ...]:
        """The thread parts as written."""
        return self.editor.parts()

    def set_parts(self, parts: tuple[str, ...]) -> None:
        """Show `parts` (no undo step)."""
        self.editor.set_parts(parts)

    def cursor(self) -> tuple[int, int]:
        """(part, position) of the cursor, as the session remembers it."""
        part = self.editor.current_part()
        return part, self.editor.editor(part).textCursor().position()

    def restore_cursor(self, part: int, position: int) -> None:
        """Put the cursor back where the session left it (clamped to the text) and focus the text."""
        part = min(max(part, 0), self.editor.count() - 1)
        editor = self.editor.editor(part)
        cursor = editor.textCursor()
        cursor.setPosition(min(max(position, 0), len(editor.toPlainText().encode("utf-16-le")) // 2))
        editor.setTextCursor(cursor)
        editor.setFocus()

    def focus_text(self) -> None:
        """Put the cursor in the first part."""
        self.editor.editor(0).setFocus()

    def split(self, network: Network, max_chars: int | None, *, numbering: bool) -> None:
        """Split the text into a thread the way `network` counts (one part per fitting piece)."""
        text = "\n\n".join(p for p in self.editor.parts() if p.strip())
        self.editor.set_parts(split_thread(text, network, numbering=numbering, max_chars=max_chars) or [""])

    def show_lock(self, sent_to: list[str]) -> None:
        """Make the text read-only while it was already sent to the networks named in `sent_to`."""
        self.editor.set_read_only(bool(sent_to))
        if sent_to:
            self.lock_note.setText(
                self.tr(
                    "The main text is read-only: it was already sent to {networks}. Give the other "
                    "networks their own text to change it for them."
                ).format(networks=format_list(sent_to))
            )
        self.lock_note.setVisible(bool(sent_to))
