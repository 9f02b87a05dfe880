"""What a preview card shows, read back as plain values (preview-vs-sent tests compare it with what was sent)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextDocument

from postdesk.ui.composer.preview_text import PreviewData, plain_text

if TYPE_CHECKING:
    from postdesk.ui.composer.previews.part_view import PartView


class CardReadout:
    """Mixed into `PreviewCard`: reads its parts (`_parts`) and the data it last showed (`_data`)."""

    _parts: list[PartView]
    _data: PreviewData | None

    def part_count(self) -> int:
        """How many parts the card shows."""
        return len(self._parts)

    def part_text_html(self, index: int) -> str:
        """The rich text of a part's body (for tests)."""
        return self._parts[index].text.text()

    def part_plain(self, index: int) -> str:
        """A part's body as it reads on the card."""
        return plain_text(self.part_text_html(index))

    def media_count(self) -> int:
        """How many photos or videos the card shows (a grid's "+n" counts its hidden ones)."""
        if not self._parts:
            return 0
        view = self._parts[0]
        shown = len(self._data.images) if self._data is not None else 0  # the grid's "+n" counts the rest
        return view.carousel.image_count() or (shown if view.grid.image_count() else 0)

    def link_card_url(self) -> str:
        """The link the first part's link card shows ("" without a card)."""
        if not self._parts or not self._parts[0].link.isVisibleTo(self):
            return ""
        doc = QTextDocument()
        doc.setHtml(self._parts[0].link_url.text())
        return doc.toPlainText().replace("\u200b", "")
