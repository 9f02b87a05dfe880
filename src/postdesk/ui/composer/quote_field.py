""" "Quote a post": the address of the post to quote, resolved to what the network's adapter needs.

X takes the post's id (`quote_tweet_id`), Bluesky an at:// URI (`quote_uri`; the adapter reads
its CID and builds `app.bsky.embed.record`), Mastodon the address itself (its adapter finds the
post on the account's server). `core.post_extras.resolve_quote` does both, and the
same check refuses an address that names no post before scheduling. Options written:
`quote_url` (as typed) and the resolved field.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from postdesk.core.networks import Network
from postdesk.core.post_extras import resolve_quote

_EXAMPLES = {
    Network.X: "https://x.com/…/status/…",
    Network.BLUESKY: "https://bsky.app/profile/…/post/…",
    Network.MASTODON: "https://…/@…/…",
}


class QuoteField(QWidget):
    """The "Quote a post" field of one target.

    Signals:
        changed(): the address changed.
    """

    changed = Signal()

    def __init__(self, network: Network, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network = network
        self.edit = QLineEdit(self)
        self.edit.setObjectName("quoteEdit")
        self.edit.setAccessibleName(self.tr("Address of the {network} post to quote").format(network=name))
        self.edit.setPlaceholderText(_EXAMPLES.get(network, "https://"))
        self.edit.setToolTip(
            self.tr("Paste the address of a {network} post: yours will show it inside. Optional.").format(network=name)
        )
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(lambda _text: self.changed.emit())
        self.setFocusProxy(self.edit)  # the form label's shortcut lands in the field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)

    def label(self) -> str:
        """The form row's label (with its keyboard shortcut)."""
        return self.tr("&Quote a post:")

    def options(self) -> dict[str, Any]:
        """`quote_url` and what the adapter needs (nothing when empty)."""
        url = self.edit.text().strip()
        if not url:
            return {}
        return {"quote_url": url, **(resolve_quote(self.network, url) or {})}

    def load(self, options: Mapping[str, Any]) -> None:
        """Show a target's stored quote (no `changed` signal)."""
        with QSignalBlocker(self.edit):
            self.edit.setText(str(options.get("quote_url") or ""))
