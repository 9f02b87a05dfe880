"""The composer's Instagram options: what the post is (a post or carousel, a Reel, a Story), a Reel's
cover frame and "also share to the feed", collaborators, location, and the automatic crop of feed
photos to Instagram's shapes.

Options written (the keys of `core.instagram_posts`, which the adapter and validation read):
`instagram_kind`, `instagram_share_to_feed` (only when off), `instagram_thumb_offset_ms`,
`instagram_collaborators`, `instagram_location_id`, `instagram_crop_to_fit`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QLineEdit, QWidget

from postdesk.core import instagram_posts as posts


class InstagramOptions(QWidget):
    """The Instagram rows of a target panel.

    Signals:
        changed: the user changed an option.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of Instagram post"))
        for value, label in (
            (posts.FEED, self.tr("Post (one photo, video, or a carousel of up to 10)")),
            (posts.REEL, self.tr("Reel (one vertical video)")),
            (posts.STORY, self.tr("Story (one photo or video, 24 hours)")),
        ):
            self.kind_combo.addItem(label, value)
        form.addRow(self.tr("Post &as:"), self.kind_combo)
        self.share_check = QCheckBox(self.tr("Also show the Reel in the &feed"), self)
        self.share_check.setChecked(True)
        form.addRow(self.share_check)
        self.cover_spin = QDoubleSpinBox(self)
        self.cover_spin.setAccessibleName(self.tr("Reel cover frame, seconds into the video"))
        self.cover_spin.setRange(-0.1, 900.0)
        self.cover_spin.setDecimals(1)
        self.cover_spin.setSpecialValueText(self.tr("Instagram picks"))
        self.cover_spin.setValue(-0.1)
        self.cover_spin.setSuffix(self.tr(" s"))
        form.addRow(self.tr("Co&ver frame:"), self.cover_spin)
        self.collaborators_edit = QLineEdit(self)
        self.collaborators_edit.setAccessibleName(self.tr("Instagram collaborators"))
        self.collaborators_edit.setPlaceholderText(self.tr("Up to 3 usernames, e.g. @friend, @studio"))
        form.addRow(self.tr("Co&llaborators:"), self.collaborators_edit)
        self.location_edit = QLineEdit(self)
        self.location_edit.setAccessibleName(self.tr("Instagram location (Facebook Page ID)"))
        self.location_edit.setPlaceholderText(self.tr("Optional: the ID of a Facebook Page with a location"))
        form.addRow(self.tr("Loca&tion:"), self.location_edit)
        self.crop_check = QCheckBox(self.tr("C&rop photos to fit Instagram (4:5 to 1.91:1)"), self)
        self.crop_check.setToolTip(
            self.tr(
                "Photos taller than 4:5 or wider than 1.91:1 are cut to the nearest "
                "shape Instagram takes, keeping the middle."
            )
        )
        form.addRow(self.crop_check)
        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        for check in (self.share_check, self.crop_check):
            check.toggled.connect(self._changed)
        self.cover_spin.valueChanged.connect(self._changed)
        for edit in (self.collaborators_edit, self.location_edit):
            edit.textChanged.connect(self._changed)
        self._on_kind(emit=False)

    def _changed(self, *_args: object) -> None:
        self.changed.emit()

    def _on_kind(self, *_args: object, emit: bool = True) -> None:
        kind = self.kind_combo.currentData()
        self.share_check.setEnabled(kind == posts.REEL)
        self.cover_spin.setEnabled(kind == posts.REEL)
        self.collaborators_edit.setEnabled(kind != posts.STORY)
        self.location_edit.setEnabled(kind != posts.STORY)
        self.crop_check.setEnabled(kind == posts.FEED)
        if emit:
            self.changed.emit()

    def options(self) -> dict[str, Any]:
        """The options as the adapter reads them."""
        kind = self.kind_combo.currentData()
        options: dict[str, Any] = {posts.KIND: kind}
        if kind == posts.REEL:
            if not self.share_check.isChecked():
                options[posts.SHARE_TO_FEED] = False
            if self.cover_spin.value() >= 0:
                options[posts.THUMB_OFFSET_MS] = round(self.cover_spin.value() * 1000)
        names = posts.collaborators({posts.COLLABORATORS: self.collaborators_edit.text()})
        if names and kind != posts.STORY:
            options[posts.COLLABORATORS] = names
        if self.location_edit.text().strip() and kind != posts.STORY:
            options[posts.LOCATION_ID] = self.location_edit.text().strip()
        if kind == posts.FEED and self.crop_check.isChecked():
            options[posts.CROP_TO_FIT] = True
        return options

    def load(self, options: Mapping[str, Any]) -> None:
        """Show stored options (without emitting `changed`)."""
        blockers = [
            QSignalBlocker(w)
            for w in (
                self.kind_combo,
                self.share_check,
                self.cover_spin,
                self.collaborators_edit,
                self.location_edit,
                self.crop_check,
            )
        ]
        try:
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(posts.kind_of(options))))
            self.share_check.setChecked(options.get(posts.SHARE_TO_FEED) is not False)
            offset = posts.thumb_offset_ms(options)
            self.cover_spin.setValue(offset / 1000 if offset is not None and offset >= 0 else -0.1)
            self.collaborators_edit.setText(", ".join("@" + n for n in posts.collaborators(options)))
            self.location_edit.setText(str(options.get(posts.LOCATION_ID) or ""))
            self.crop_check.setChecked(options.get(posts.CROP_TO_FIT) is True)
            self._on_kind(emit=False)
        finally:
            del blockers
