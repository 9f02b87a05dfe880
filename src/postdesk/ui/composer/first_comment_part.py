"""The first comment of one target: text posted under the published post, with its own counter.

The engine posts it once the post is out (`engine.delivery`, `first_comment` option), never
twice: a failure is told, not resent. Only on networks whose adapter can
(`platforms.capabilities.SupportsFirstComment`); the limit and how it is counted come from
`core.rules.extras.COMMENT_RULES`, the same table validation uses (`core.post_extras`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from postdesk.core.networks import Network
from postdesk.core.post_extras import comment_measure
from postdesk.platforms.capabilities import SupportsFirstComment, network_supports
from postdesk.ui.composer.target_status import counter_level_of, short_count, spoken_count
from postdesk.ui.widgets.counter import CounterLabel


def has_first_comment(network: Network) -> bool:
    """Whether Postdesk can post a first comment on `network` (its adapter can, and a limit is known)."""
    return network_supports(network, SupportsFirstComment) and comment_measure(network, "") is not None


class FirstCommentPart(QWidget):
    """The first comment field of one target, with its counter.

    Args:
        network: the target's network.
        name: the network's brand name (for accessible names).
        parent: the parent widget.

    Attributes:
        edit: the comment's text.
        counter: its length against the network's comment limit.

    Signals:
        changed(): the comment changed.
    """

    changed = Signal()

    def __init__(self, network: Network, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network = network
        self._max_chars: int | None = None
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("firstCommentEdit")
        self.edit.setAccessibleName(self.tr("First comment on {network}").format(network=name))
        self.edit.setAccessibleDescription(
            self.tr("Posted under your post on {network} right after it goes out. Optional.").format(network=name)
        )
        self.edit.setPlaceholderText(self.tr("Optional"))
        self.edit.setToolTip(
            self.tr("Posted under your post on {network} right after it goes out.").format(network=name)
        )
        self.edit.setTabChangesFocus(True)  # Tab moves on, as in a form
        self.edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.edit.textChanged.connect(self._on_text)
        self.setFocusProxy(self.edit)  # the form label's shortcut lands in the text
        self.counter = CounterLabel(self)
        self.counter.setAccessibleName(self.tr("First comment length"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        row = QHBoxLayout()
        row.addWidget(self.counter)
        row.addStretch(1)
        layout.addLayout(row)
        self._show_count()

    def label(self) -> str:
        """The form row's label (with its keyboard shortcut)."""
        return self.tr("F&irst comment:")

    def text(self) -> str:
        """The comment as typed."""
        return self.edit.toPlainText()

    def set_max_chars(self, max_chars: int | None) -> None:
        """Hold the comment to an account's own limit (a Mastodon instance's), where it is a post."""
        self._max_chars = max_chars
        self._show_count()

    def options(self) -> dict[str, Any]:
        """The option as the target stores it (nothing when empty)."""
        text = self.text()
        return {"first_comment": text} if text.strip() else {}

    def load(self, options: Mapping[str, Any]) -> None:
        """Show a target's stored comment (no `changed` signal)."""
        with QSignalBlocker(self.edit):
            self.edit.setPlainText(str(options.get("first_comment") or ""))
        self._show_count()

    def set_locked(self, locked: bool) -> None:
        """Read-only once the target's content is frozen."""
        self.edit.setReadOnly(locked)

    def _on_text(self) -> None:
        self._show_count()
        self.changed.emit()

    def _show_count(self) -> None:
        m = comment_measure(self.network, self.text().strip(), self._max_chars)
        if m is None:
            self.counter.hide()
            return
        self.counter.show_count(short_count(m), spoken_count(m), counter_level_of(m))
