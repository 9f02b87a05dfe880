"""Per-network media choice: which of the post's attachments go to one network, and its own crops.

Each target's panel shows the post's attachments as a checklist ("Media for Mastodon"); all ticked
(and no crop) means "same as the post" (`Target.media_override` None); otherwise the ticked ones, in
order, are the target's own list, saved with the draft, validated for that network, and exactly what
the engine sends (`engine.ledger.Ledger.media_for` reads the same field). "Crop for Mastodon…" opens
the media library's crop editor; the crop is kept as a new library asset that takes the original's
place in this network's list only (`ComposerTools.crop_for`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from postdesk.core.media_info import MediaInfo, MediaKind


def override_of(attached: Sequence[int], rows: Sequence[tuple[int, bool]]) -> tuple[int, ...] | None:
    """The target's media override from (asset id, ticked) in sending order: None when the ticked
    ones are exactly the post's attachments in their order, else the ticked ones."""
    chosen = tuple(a for a, on in rows if on)
    return None if chosen == tuple(attached) else chosen


class MediaChoice(QWidget):
    """The checklist of attachments for one network, with its own crops.

    Args:
        network_name: the network's brand name, for the label and accessible names.

    Attributes:
        list: one checkable row per attachment (and per crop made for this network).
        crop_button: "Crop for <network>…" for the current image row.
        require_alt_text: the user's "Always require alt text" (told by `ComposerTools`).

    Signals:
        changed: the user ticked or cleared an attachment, or a crop took an image's place.
        crop_requested(int): the user asked to crop this asset for this network.
    """

    changed = Signal()
    crop_requested = Signal(int)

    def __init__(self, network_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.require_alt_text = False
        self._attached: tuple[int, ...] = ()
        self._override: tuple[int, ...] | None = None
        self._media: dict[int, MediaInfo] = {}
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
        self.list.currentRowChanged.connect(lambda _row: self._sync_crop())
        self.crop_button = QPushButton(self.tr("C&rop for {network}…").format(network=network_name), self)
        self.crop_button.setAccessibleName(
            self.tr("Crop the chosen image for {network} only").format(network=network_name)
        )
        self.crop_button.clicked.connect(self._ask_crop)
        row = QHBoxLayout()
        row.addWidget(self.label, 1)
        row.addWidget(self.crop_button)
        layout.addLayout(row)
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
        """The post's attachments now. A removed one leaves the choice; a new one is not ticked for
        a network with its own list; crops stay."""
        attached = tuple(attached)
        known = set(self._media)
        self._media = dict(media)
        if attached == self._attached and known == set(self._media) and self.list.count():
            return
        removed = set(self._attached) - set(attached)
        self._attached = attached
        if self._override is not None:
            self._override = tuple(a for a in self._override if a not in removed)
        self._fill()

    def rows(self) -> list[tuple[int, bool]]:
        """(asset id, ticked) per row: the post's attachments in order, then this network's crops."""
        own = self._override if self._override is not None else self._attached
        crops = [a for a in own if a not in self._attached]
        return [(a, a in own) for a in self._attached] + [(a, True) for a in crops]

    def _fill(self) -> None:
        with QSignalBlocker(self.list):
            self.list.clear()
            for asset_id, on in self.rows():
                info = self._media.get(asset_id)
                if asset_id in self._attached:
                    position = self._attached.index(asset_id) + 1
                    video = info is not None and info.kind is MediaKind.VIDEO
                    text = (self.tr("Video {n}") if video else self.tr("Image {n}")).format(n=position)
                else:
                    text = self.tr("Cropped image")
                item = QListWidgetItem(text, self.list)
                item.setData(Qt.ItemDataRole.UserRole, asset_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.setVisible(bool(self._attached) or self._override is not None)
        self._sync_crop()

    def set_included(self, asset_id: int, on: bool) -> None:
        """Tick or clear one row (as the user does)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == asset_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def use_crop(self, original: int, cropped: int) -> None:
        """A crop made for this network takes the original's place in its list."""
        own = [cropped if a == original else a for a, on in self.rows() if on]
        if cropped not in own:
            own.append(cropped)
        self._override = tuple(own)
        self._fill()
        self.changed.emit()

    def _on_item(self, _item: QListWidgetItem) -> None:
        rows = [
            (
                int(self.list.item(r).data(Qt.ItemDataRole.UserRole)),
                self.list.item(r).checkState() == Qt.CheckState.Checked,
            )
            for r in range(self.list.count())
        ]
        ticked = [a for a, on in rows if on]
        current = self._override if self._override is not None else self._attached
        # The network's own order is kept (a crop stays where its original was); newly ticked ones go last.
        ordered = [a for a in current if a in ticked] + [a for a in ticked if a not in current]
        if all(a in self._attached for a in ordered):  # no crop left: the post's own order
            ordered = [a for a in self._attached if a in ticked]
        self._override = override_of(self._attached, [(a, True) for a in ordered])
        self.changed.emit()

    def _current_image(self) -> int | None:
        item = self.list.currentItem()
        if item is None:
            return None
        asset_id = int(item.data(Qt.ItemDataRole.UserRole))
        info = self._media.get(asset_id)
        return asset_id if info is not None and info.kind is MediaKind.IMAGE else None

    def _sync_crop(self) -> None:
        self.crop_button.setEnabled(self.list.isEnabled() and self._current_image() is not None)

    def _ask_crop(self) -> None:
        asset_id = self._current_image()
        if asset_id is not None:
            self.crop_requested.emit(asset_id)

    def set_locked(self, locked: bool) -> None:
        """Read-only once what the target sends is frozen."""
        self.list.setEnabled(not locked)
        self._sync_crop()
