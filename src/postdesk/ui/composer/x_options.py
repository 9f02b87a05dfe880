"""The composer's X options: a poll, a quoted post and who may reply.

Options written: `poll` ({options, duration_minutes}), `quote_url` with `quote_tweet_id`, and
`reply_settings` (following, mentionedUsers, subscribers or verified: X's OpenAPI
TweetCreateRequest.reply_settings; absent: everyone). `core.post_extras` checks them (a poll
or a quote never goes with media, nor with each other, as X's API requires) and `platforms.x`
sends them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from postdesk.core.networks import Network
from postdesk.core.post_extras import X_REPLY_SETTINGS
from postdesk.ui.composer.poll_editor import PollEditor
from postdesk.ui.composer.quote_field import QuoteField


class XOptions(QWidget):
    """The X options of one target.

    Attributes:
        poll: the poll editor.
        quote: the "Quote a post" field.
        reply_combo: who may reply.

    Signals:
        changed(): an option changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quote = QuoteField(Network.X, "X", self)
        self.quote.changed.connect(self.changed)
        self.reply_combo = QComboBox(self)
        self.reply_combo.setAccessibleName(self.tr("Who can reply on X"))
        labels = {
            "following": self.tr("Accounts you follow"),
            "mentionedUsers": self.tr("Only accounts you mention"),
            "subscribers": self.tr("Your subscribers"),
            "verified": self.tr("Verified accounts"),
        }
        self.reply_combo.addItem(self.tr("Everyone"), "")
        for value in X_REPLY_SETTINGS:
            self.reply_combo.addItem(labels[value], value)
        self.reply_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.poll = PollEditor(Network.X, "X", self)
        self.poll.changed.connect(self.changed)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.quote.label(), self.quote)
        form.addRow(self.tr("Who can repl&y:"), self.reply_combo)
        form.addRow(self.poll)

    def options(self) -> dict[str, Any]:
        """The options as the target stores them."""
        options: dict[str, Any] = {**self.quote.options(), **self.poll.options()}
        if self.reply_combo.currentData():
            options["reply_settings"] = self.reply_combo.currentData()
        return options

    def load(self, options: Mapping[str, Any]) -> None:
        """Show a target's stored options (no `changed` signal)."""
        self.quote.load(options)
        self.poll.load(options)
        with QSignalBlocker(self.reply_combo):
            self.reply_combo.setCurrentIndex(max(0, self.reply_combo.findData(options.get("reply_settings") or "")))
