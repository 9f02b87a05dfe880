"""What a preview card shows, read back as plain values (preview-vs-sent tests compare it with what was sent)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication, QTextDocument

from postdesk.ui.composer.preview_text import PreviewData, plain_text
from postdesk.ui.look.style import is_dark

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


class OnePostCard:
    """Mixed into a one-post card drawn in its network's own light or dark mode (Facebook, Instagram).

    The card keeps `_data` (what it last showed) and `_dark` (the mode it was drawn in) and has `show_post`.
    """

    _data: PreviewData | None
    _dark: bool

    def show_post(self, data: PreviewData) -> None:  # pragma: no cover - the card's own
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # type: ignore[misc]
        # The theme changed: show the network's light or dark mode at once.
        if (
            event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
            and self._data is not None
            and is_dark(QGuiApplication.palette()) != self._dark
        ):
            self.show_post(self._data)

    def data(self) -> PreviewData | None:
        """What the card last showed."""
        return self._data

    def part_count(self) -> int:
        """How many parts the card shows (one: these networks have no threads)."""
        return 1 if self._data is not None else 0
