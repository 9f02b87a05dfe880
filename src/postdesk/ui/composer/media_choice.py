"""Per-network media choice: which of the post's attachments go to one network.

Each target's panel shows the post's attachments as a checklist ("Media for Mastodon"); all ticked
means "same as the post" (`Target.media_override` None); otherwise the ticked ones, in the post's
order, are the target's own list, saved with the draft, validated for that network, and exactly
what the engine sends (`engine.ledger.Ledger.media_for` reads the same field).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from postdesk.core.media_info import MediaInfo, MediaKind


def override_of(attached: Sequence[int], ticked: set[int]) -> tuple[int, ...] | None:
    """The target's media override: None when every attachment is ticked, else the ticked ones in order."""
    chosen = tuple(a for a in attached if a in ticked)
    return None if len(chosen) == len(attached) else chosen


class MediaChoice(QWidget):
    """The checklist of attachments for one network.

    Args:
        network_name: the network's brand name, for the label and accessible names.

    Attributes:
        list: one checkable row per attachment.
        require_alt_text: the user's "Always require alt text" (told by `ComposerTools`).

    Signals:
        changed: the user ticked or cleared an attachment.
    """

    changed = Signal()

    def __init__(self, network_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.require_alt_text = False
        self._attached: tuple[int, ...] = ()
        self._override: tuple[int, ...] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("&Media for {network}:").format(network=network_name), self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Attachments sent to {network}").format(network=network_name))
        self.list.setToolTip(
            self.tr("Untick an attachment to leave it out of the {network} post.").format(network=network_name)
        )
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setFixedHeight(self.fontMetrics().height() * 2 + 16)
        self.label.setBuddy(self.list)
        self.list.itemChanged.connect(self._on_item)
        layout.addWidget(self.label)
        layout.addWidget(self.list)
        self.setVisible(False)

    def override(self) -> tuple[int, ...] | None:
        """The target's media override (None: same as the post)."""
        return self._override

    def load(self, override: tuple[int, ...] | None) -> None:
        """Show a stored target's choice (no `changed`)."""
        self._override = override
        self._fill()

    def set_attachments(self, attached: Sequence[int], media: Mapping[int, MediaInfo]) -> None:
        """The post's attachments now (a removed one leaves the choice; a new one is not ticked
        for a network that has its own choice)."""
        attached = tuple(attached)
        if attached == self._attached and self.list.count() == len(attached):
            return
        self._attached = attached
        if self._override is not None:
            self._override = tuple(a for a in self._override if a in attached)
        self._media = dict(media)
        self._fill()

    def _fill(self) -> None:
        media = getattr(self, "_media", {})
        with QSignalBlocker(self.list):
            self.list.clear()
            for position, asset_id in enumerate(self._attached, start=1):
                info = media.get(asset_id)
                kind = self.tr("Video") if info is not None and info.kind is MediaKind.VIDEO else self.tr("Image")
                item = QListWidgetItem(f"{kind} {position}", self.list)
                item.setData(Qt.ItemDataRole.UserRole, asset_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                on = self._override is None or asset_id in self._override
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.setVisible(len(self._attached) > 1 or self._override is not None)

    def set_included(self, asset_id: int, on: bool) -> None:
        """Tick or clear one attachment (as the user does)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == asset_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _on_item(self, _item: QListWidgetItem) -> None:
        ticked = {
            int(self.list.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.list.count())
            if self.list.item(r).checkState() == Qt.CheckState.Checked
        }
        self._override = override_of(self._attached, ticked)
        self.changed.emit()

    def set_locked(self, locked: bool) -> None:
        """Read-only once what the target sends is frozen."""
        self.list.setEnabled(not locked)
