"""The composer's YouTube options: tags, category, visibility, audience, license, language, thumbnail,
playlist, Short, subscriber notification; and the notice about unaudited API projects.

The limits and allowed values come from `core.youtube_options` (the same table the adapter and
validation use). Options written: `tags` (a list), `category_id`, `privacy`, `made_for_kids`,
`license`, `default_language`, `thumbnail` (a file path), `playlist_id`, `short`,
`notify_subscribers`. The title is the target panel's own field.

Uploads from API projects Google has not audited are "restricted to private viewing mode"
(developers.google.com/youtube/v3/docs/videos/insert); since every creator brings their own Google
Cloud project, the panel says so next to the visibility choice.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from postdesk.core import youtube_options as yopts


class YouTubeOptions(QWidget):
    """The YouTube rows of a target panel.

    Signals:
        changed: an option changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.privacy_combo = QComboBox(self)
        self.privacy_combo.setAccessibleName(self.tr("Who can watch the video"))
        for value, label in zip(
            yopts.PRIVACY,
            (self.tr("Public"), self.tr("Unlisted (anyone with the link)"), self.tr("Private")),
            strict=True,
        ):
            self.privacy_combo.addItem(label, value)
        form.addRow(self.tr("&Visibility:"), self.privacy_combo)
        self.audit_note = QLabel(
            self.tr(
                "Until Google audits your own YouTube API project, YouTube keeps every video uploaded through it "
                "private, whatever you choose here. Request the audit from the YouTube API Services form in your "
                "Google Cloud project."
            ),
            self,
        )
        self.audit_note.setObjectName("youtubeAuditNote")
        self.audit_note.setWordWrap(True)
        self.audit_note.setAccessibleName(self.tr("Why YouTube may keep the video private"))
        form.addRow(self.audit_note)

        self.kids_combo = QComboBox(self)
        self.kids_combo.setAccessibleName(self.tr("Is the video made for kids?"))
        self.kids_combo.addItem(self.tr("No, it's not made for kids"), False)
        self.kids_combo.addItem(self.tr("Yes, it's made for kids"), True)
        form.addRow(self.tr("A&udience:"), self.kids_combo)

        self.tags_edit = QLineEdit(self)
        self.tags_edit.setAccessibleName(self.tr("Tags, separated by commas"))
        self.tags_edit.setPlaceholderText(self.tr("Separated by commas"))
        form.addRow(self.tr("Ta&gs:"), self.tags_edit)

        self.category_combo = QComboBox(self)
        self.category_combo.setAccessibleName(self.tr("Category"))
        for category_id, name in yopts.CATEGORIES.items():
            self.category_combo.addItem(name, category_id)
        self.category_combo.setCurrentIndex(self.category_combo.findData(yopts.DEFAULT_CATEGORY))
        form.addRow(self.tr("Cate&gory:"), self.category_combo)

        self.license_combo = QComboBox(self)
        self.license_combo.setAccessibleName(self.tr("License"))
        self.license_combo.addItem(self.tr("Standard YouTube license"), "youtube")
        self.license_combo.addItem(self.tr("Creative Commons - Attribution"), "creativeCommon")
        form.addRow(self.tr("&License:"), self.license_combo)

        self.language_edit = QLineEdit(self)
        self.language_edit.setAccessibleName(self.tr("Language of the title and description"))
        self.language_edit.setPlaceholderText(self.tr("e.g. en, fr, pt-BR (optional)"))
        form.addRow(self.tr("Lan&guage:"), self.language_edit)

        self.playlist_edit = QLineEdit(self)
        self.playlist_edit.setAccessibleName(self.tr("Playlist to add the video to"))
        self.playlist_edit.setPlaceholderText(self.tr("Playlist ID, e.g. PL… (optional)"))
        form.addRow(self.tr("&Playlist:"), self.playlist_edit)

        thumb_row = QHBoxLayout()
        self.thumbnail_label = QLabel(self.tr("YouTube picks a frame"), self)
        self.thumbnail_button = QPushButton(self.tr("C&hoose…"), self)
        self.thumbnail_button.setAccessibleName(self.tr("Choose a custom thumbnail"))
        self.thumbnail_clear = QPushButton(self.tr("Clear"), self)
        self.thumbnail_clear.setAccessibleName(self.tr("Remove the custom thumbnail"))
        thumb_row.addWidget(self.thumbnail_label, 1)
        thumb_row.addWidget(self.thumbnail_button)
        thumb_row.addWidget(self.thumbnail_clear)
        form.addRow(self.tr("Thumbnail:"), thumb_row)
        self._thumbnail = ""
        self._thumbnail_image: QImage | None = None

        self.short_check = QCheckBox(self.tr("Post as a &Short (vertical or square, up to 3 minutes)"), self)
        self.short_check.setAccessibleName(self.tr("Post as a YouTube Short"))
        form.addRow(self.short_check)
        self.notify_check = QCheckBox(self.tr("&Notify subscribers"), self)
        self.notify_check.setChecked(True)
        form.addRow(self.notify_check)

        for combo in (self.privacy_combo, self.kids_combo, self.category_combo, self.license_combo):
            combo.currentIndexChanged.connect(self._changed)
        for edit in (self.tags_edit, self.language_edit, self.playlist_edit):
            edit.textChanged.connect(self._changed)
        for check in (self.short_check, self.notify_check):
            check.toggled.connect(self._changed)
        self.thumbnail_button.clicked.connect(self._ask_thumbnail)
        self.thumbnail_clear.clicked.connect(lambda: self.set_thumbnail(""))
        self.thumbnail_clear.setEnabled(False)

    def _changed(self, *_args: object) -> None:
        self.changed.emit()

    def options(self) -> dict[str, Any]:
        """The options as the adapter reads them."""
        options: dict[str, Any] = {
            "privacy": self.privacy_combo.currentData(),
            "made_for_kids": bool(self.kids_combo.currentData()),
            "category_id": self.category_combo.currentData(),
            "license": self.license_combo.currentData(),
        }
        tags = yopts.tags_of({"tags": self.tags_edit.text()})
        if tags:
            options["tags"] = tags
        for key, edit in (("default_language", self.language_edit), ("playlist_id", self.playlist_edit)):
            if edit.text().strip():
                options[key] = edit.text().strip()
        if self._thumbnail:
            options["thumbnail"] = self._thumbnail
        if self.short_check.isChecked():
            options["short"] = True
        if not self.notify_check.isChecked():
            options["notify_subscribers"] = False
        return options

    def load(self, options: Mapping[str, Any]) -> None:
        """Show stored options (without emitting `changed`)."""
        blockers = [
            QSignalBlocker(w)
            for w in (
                self.privacy_combo,
                self.kids_combo,
                self.category_combo,
                self.license_combo,
                self.tags_edit,
                self.language_edit,
                self.playlist_edit,
                self.short_check,
                self.notify_check,
            )
        ]
        try:
            for combo, key, default in (
                (self.privacy_combo, "privacy", "public"),
                (self.category_combo, "category_id", yopts.DEFAULT_CATEGORY),
                (self.license_combo, "license", "youtube"),
            ):
                combo.setCurrentIndex(max(0, combo.findData(str(options.get(key) or default))))
            self.kids_combo.setCurrentIndex(1 if options.get("made_for_kids") is True else 0)
            self.tags_edit.setText(", ".join(yopts.tags_of(options)))
            self.language_edit.setText(str(options.get("default_language") or ""))
            self.playlist_edit.setText(str(options.get("playlist_id") or ""))
            self.short_check.setChecked(options.get("short") is True)
            self.notify_check.setChecked(options.get("notify_subscribers") is not False)
            self.set_thumbnail(str(options.get("thumbnail") or ""), emit=False)
        finally:
            del blockers

    def thumbnail(self) -> str:
        """The custom thumbnail's path, or ""."""
        return self._thumbnail

    def thumbnail_image(self) -> QImage | None:
        """The custom thumbnail, read once when chosen (None: none, or unreadable)."""
        return self._thumbnail_image

    def set_thumbnail(self, path: str, *, emit: bool = True) -> None:
        """Use `path` as the custom thumbnail ("" for YouTube's own pick)."""
        self._thumbnail = path
        image = QImage(path) if path else QImage()
        self._thumbnail_image = None if image.isNull() else image
        self.thumbnail_label.setText(Path(path).name if path else self.tr("YouTube picks a frame"))
        self.thumbnail_clear.setEnabled(bool(path))
        if emit:
            self.changed.emit()

    def _ask_thumbnail(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a thumbnail"), "", self.tr("Images (*.jpg *.jpeg *.png)")
        )
        if path:
            self.set_thumbnail(path)
