"""The first comment under a preview card, as the network shows the author's own reply.

The first-comment option (`options["first_comment"]`, published by the engine after the post)
is read defensively: a missing, empty or non-text value shows nothing.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from postdesk.core.networks import Network, look
from postdesk.core.richtext import entities
from postdesk.ui.composer.preview_text import render_html
from postdesk.ui.look.style import colours_of, is_dark
from postdesk.ui.widgets.avatar import Avatar
from postdesk.ui.widgets.avatar_cache import AvatarCache


def first_comment_of(options: Mapping[str, Any] | None) -> str:
    """The first comment's text in `options` ("" when there is none or it is not text)."""
    value = (options or {}).get("first_comment")
    return value.strip() if isinstance(value, str) else ""


class FirstCommentView(QFrame):
    """The author's first comment: a small avatar, the name, "Author" and the comment's text.

    Args:
        network: whose styling the comment's links, mentions and hashtags take.
        parent: the parent widget.
    """

    def __init__(self, network: Network, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network = network
        self._text = ""
        self.setObjectName("firstComment")
        self.setAccessibleName(QCoreApplication.translate("FirstCommentView", "First comment preview"))
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(8)
        self.avatar = Avatar(None, "", 28, None, self)
        row.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(2)
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.body = QLabel(self)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        column.addWidget(self.header)
        column.addWidget(self.body)
        row.addLayout(column, 1)
        self.hide()

    def set_avatar_cache(self, cache: AvatarCache | None) -> None:
        """Where account pictures come from (None: monograms)."""
        old = self.avatar
        self.avatar = Avatar(None, "", 28, cache, self)
        layout = self.layout()
        if layout is not None:
            layout.replaceWidget(old, self.avatar)
        old.hide()
        old.deleteLater()

    def show_comment(self, text: str, name: str, avatar_url: str = "") -> None:
        """Show `text` as `name`'s first comment (hidden when `text` is empty)."""
        self._text = text
        self.setVisible(bool(text))
        if not text:
            return
        palette = QGuiApplication.palette()
        colours = colours_of(palette)
        dark = is_dark(palette)
        info = look(self.network)
        accent = info.colour_dark if dark else info.colour
        self.setStyleSheet(
            f"QFrame#firstComment {{ background: {colours.surface}; border: 1px solid {colours.divider};"
            f" border-radius: 12px; }} QFrame#firstComment QLabel {{ color: {colours.text}; background: transparent; }}"
        )
        self.avatar.set_person(avatar_url, name)
        author = QCoreApplication.translate("FirstCommentView", "Author · first comment")
        self.header.setText(
            f"<b>{html.escape(name)}</b> <span style='color:{colours.muted_text}'>{html.escape(author)}</span>"
        )
        self.body.setText(render_html(text, entities(text, self.network), accent))

    def text(self) -> str:
        """The comment shown ("" when none)."""
        return self._text

    def text_plain(self) -> str:
        """The comment as it reads on the card."""
        doc = QTextDocument()
        doc.setHtml(self.body.text())
        return doc.toPlainText().replace("\u200b", "")
