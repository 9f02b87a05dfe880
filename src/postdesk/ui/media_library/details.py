"""The panel beside the grid: the selected asset's preview and facts, its alt text (saved as
you type, after a pause), tags, favourite and folder, where it is used, the actions on it, and
the table of what each network receives.

It edits the asset it shows through `DetailsServices` on the `BackgroundRunner`; the pane
connects the action buttons and refreshes the grid when the panel says something was saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postdesk.core.networks import NETWORK_ORDER, Network, display_name
from postdesk.media import thumbnails
from postdesk.store.repositories.media_library import ALT_TEXT_MAX, LibraryItem
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.local_format import format_number, format_size
from postdesk.ui.look.style import Tone, set_tone
from postdesk.ui.media_library.services import NetworkPreview
from postdesk.ui.media_library.wording import badge_words, duration_text

_ALT_SAVE_MS = 600
_PREVIEW = QSize(280, 170)
_PREVIEW_KEY = "media-details-preview"


class DetailsServices(Protocol):
    """What the panel needs from `MediaLibraryServices` (each call blocks: run on a worker)."""

    def set_alt_text(self, asset_id: int, text: str) -> None: ...
    def set_tags(self, asset_id: int, tags: Sequence[str]) -> tuple[str, ...]: ...
    def set_favourite(self, asset_ids: Sequence[int], favourite: bool) -> None: ...
    def set_folder(self, asset_ids: Sequence[int], folder: str) -> None: ...
    def usage(self, asset_id: int) -> list[int]: ...
    def network_previews(self, item: LibraryItem, networks: Sequence[Network]) -> list[NetworkPreview]: ...


def load_fitted(path: Path, size: QSize) -> QImage:
    """A thumbnail scaled to fit `size`, whole (runs on a worker)."""
    image = QImage(str(path))
    if image.isNull():
        return image
    return image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


class DetailsPanel(QWidget):
    """The selected asset's details and edits.

    Args:
        services: the edits and lookups (see `DetailsServices`).
        runner: runs them off the UI thread.
        thumbs_dir: where thumbnails are cached (the preview reads the larger one).
        selected_ids: the grid's selection (favourite and folder apply to all of it).

    Signals:
        saved(): an edit was stored; the grid should show it now.
        alt_saved(): alt text was stored; the grid may show it after a pause.
        failed(object): an edit failed (the exception).
    """

    saved = Signal()
    alt_saved = Signal()
    failed = Signal(object)

    def __init__(
        self,
        services: DetailsServices,
        runner: BackgroundRunner,
        thumbs_dir: Path,
        selected_ids: Callable[[], list[int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._thumbs_dir = thumbs_dir
        self._selected_ids = selected_ids
        self._current: LibraryItem | None = None
        self._alt_over = False  # the alt text is longer than any network takes
        self._alt_timer = QTimer(self, singleShot=True, interval=_ALT_SAVE_MS)
        self._alt_timer.timeout.connect(self._save_alt)
        self._build()
        self.show_item(None, 0)

    def _build(self) -> None:
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(_PREVIEW.height())
        self.preview.setAccessibleName(self.tr("Preview"))
        self.meta = QLabel(self)
        self.meta.setWordWrap(True)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.alt_text = QPlainTextEdit(self)
        self.alt_text.setAccessibleName(self.tr("Alt text"))
        self.alt_text.setPlaceholderText(self.tr("Describe the image for people who cannot see it"))
        self.alt_text.setTabChangesFocus(True)
        self.alt_text.setFixedHeight(90)
        self.alt_text.textChanged.connect(self._on_alt_changed)
        self.alt_counter = QLabel(self)
        self.alt_counter.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.tags = QLineEdit(self)
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags.editingFinished.connect(self._save_tags)

        self.favourite = QCheckBox(self.tr("F&avourite"), self)
        self.favourite.setAccessibleName(self.tr("Favourite"))
        self.favourite.clicked.connect(self._save_favourite)

        self.move_to = QComboBox(self)
        self.move_to.setEditable(True)
        self.move_to.setAccessibleName(self.tr("Folder of the selection"))
        self.move_to.lineEdit().setPlaceholderText(self.tr("No folder"))
        self.move_to.lineEdit().editingFinished.connect(self._save_folder)
        self.move_to.activated.connect(lambda _i: self._save_folder())

        self.used_in = QLabel(self)
        self.used_in.setWordWrap(True)
        self.used_in.setAccessibleName(self.tr("Used in"))

        self.attach_button = QPushButton(self.tr("A&ttach to post"), self)
        self.preview_button = QPushButton(self.tr("&Preview and network crops…"), self)
        self.crop_button = QPushButton(self.tr("C&rop or rotate…"), self)
        self.check_button = QPushButton(self.tr("What each &network receives"), self)
        self.check_button.clicked.connect(self.check_networks)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self._buttons = (
            self.attach_button,
            self.preview_button,
            self.crop_button,
            self.check_button,
            self.delete_button,
        )
        for button in self._buttons:
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))

        self.network_table = QTableWidget(0, 3, self)
        self.network_table.setHorizontalHeaderLabels([self.tr("Network"), self.tr("Size"), self.tr("Pixels")])
        self.network_table.verticalHeader().setVisible(False)
        self.network_table.horizontalHeader().setStretchLastSection(True)
        self.network_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.network_table.setAccessibleName(self.tr("What each network receives"))
        self.network_table.setVisible(False)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        alt_label = QLabel(self.tr("A&lt text"), self)
        alt_label.setBuddy(self.alt_text)
        tags_label = QLabel(self.tr("Ta&gs"), self)
        tags_label.setBuddy(self.tags)
        folder_label = QLabel(self.tr("F&older"), self)
        folder_label.setBuddy(self.move_to)
        form.addRow(alt_label, self.alt_text)
        form.addRow("", self.alt_counter)
        form.addRow(tags_label, self.tags)
        form.addRow(folder_label, self.move_to)

        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        layout.addWidget(self.meta)
        layout.addLayout(form)
        layout.addWidget(self.favourite)
        layout.addWidget(self.used_in)
        for button in self._buttons:
            layout.addWidget(button)
        layout.addWidget(self.network_table)
        layout.addStretch(1)
        self._editors = (self.alt_text, self.tags, self.favourite, self.move_to, *self._buttons)

    # What is shown -------------------------------------------------------------------------

    def current(self) -> LibraryItem | None:
        return self._current

    def show_item(self, item: LibraryItem | None, count: int) -> None:
        """Show this asset (the first of `count` selected), or nothing."""
        changed = item is None or self._current is None or item.asset.id != self._current.asset.id
        if changed:
            self.flush_alt_text()
        self._current = item
        for widget in self._editors:
            widget.setEnabled(item is not None)
        self.crop_button.setEnabled(item is not None and item.asset.kind == "image")
        self.check_button.setEnabled(item is not None and item.asset.kind != "video")
        if item is None:
            self._runner.cancel(_PREVIEW_KEY)
            self.preview.clear()
            self.preview.setText(self.tr("Select something to see its details."))
            self.meta.clear()
            self.used_in.clear()
            self.network_table.setVisible(False)
            self._set_alt_silently("")
            self.tags.clear()
            return
        asset = item.asset
        lines = [f"<b>{_escape(asset.original_name)}</b>"]
        if count > 1:
            lines.append(self.tr("%n item(s) selected", "", count))
        details = [f"{asset.width or '?'} × {asset.height or '?'}", format_size(asset.size_bytes), asset.mime]
        if asset.duration_s:
            details.append(duration_text(asset.duration_s))
        lines.append(" · ".join(details))
        badges = badge_words(asset.kind, None, asset.alt_text)
        if badges:
            lines.append(_escape(" · ".join(badges)))
        self.meta.setText("<br>".join(lines))
        if changed:
            self._load_preview(asset.sha256)
            self._set_alt_silently(asset.alt_text)
            self.network_table.setVisible(False)
            self.used_in.setText(self.tr("Checking where it is used…"))
            asset_id = asset.id
            self._runner.submit(self._services.usage, asset_id, on_done=lambda posts: self._show_usage(asset_id, posts))
        self.tags.setText(", ".join(item.tags))
        self.favourite.setChecked(asset.favourite)
        self.move_to.setEditText(asset.folder)

    def set_folders(self, folders: Sequence[str]) -> None:
        """Offer these folders to move to, keeping what the user is typing."""
        self.move_to.blockSignals(True)
        text = self.move_to.currentText()
        self.move_to.clear()
        self.move_to.addItems(list(folders))
        self.move_to.setEditText(text)
        self.move_to.blockSignals(False)

    def _load_preview(self, sha: str) -> None:
        ratio = self.devicePixelRatioF()
        path = thumbnails.thumbnail_path(self._thumbs_dir, sha, thumbnails.SIZES[-1])

        def show(image: QImage) -> None:
            if self._current is None or self._current.asset.sha256 != sha:
                return
            if image.isNull():
                self.preview.setText(self.tr("No preview"))
                return
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self.preview.setPixmap(pixmap)

        self.preview.clear()
        self._runner.submit(load_fitted, path, _PREVIEW * ratio, on_done=show, key=_PREVIEW_KEY)

    def _show_usage(self, asset_id: int, posts: list[int]) -> None:
        if self._current is None or self._current.asset.id != asset_id:
            return
        if posts:
            self.used_in.setText(self.tr("Used in %n post(s)", "", len(posts)))
        else:
            self.used_in.setText(self.tr("Not used in any post yet"))

    # Alt text ------------------------------------------------------------------------------

    def _set_alt_silently(self, text: str) -> None:
        self.alt_text.blockSignals(True)
        self.alt_text.setPlainText(text)
        self.alt_text.blockSignals(False)
        self._update_alt_counter()

    def _update_alt_counter(self) -> None:
        n = len(self.alt_text.toPlainText())
        self.alt_counter.setText(
            self.tr("{n} of {max} characters").format(n=format_number(n), max=format_number(ALT_TEXT_MAX))
        )
        over = n > ALT_TEXT_MAX
        if over != self._alt_over:  # restyling on every keystroke would cost a polish each time
            self._alt_over = over
            set_tone(self.alt_counter, Tone.DANGER if over else None)
            font = self.alt_counter.font()
            font.setBold(over)
            self.alt_counter.setFont(font)

    def _on_alt_changed(self) -> None:
        self._update_alt_counter()
        self._alt_timer.start()

    @Slot()
    def _save_alt(self) -> None:
        if self._current is None:
            return
        asset_id, text = self._current.asset.id, self.alt_text.toPlainText()
        self._runner.submit(
            self._services.set_alt_text,
            asset_id,
            text,
            on_done=lambda _r: self.alt_saved.emit(),
            on_error=self.failed.emit,
        )

    def flush_alt_text(self) -> None:
        """Save a pending alt-text edit now (on another selection, before closing, in tests)."""
        if self._alt_timer.isActive():
            self._alt_timer.stop()
            self._save_alt()

    # Tags, favourite, folder -----------------------------------------------------------------

    def _save_tags(self) -> None:
        if self._current is None:
            return
        tags = [t for t in self.tags.text().split(",") if t.strip()]
        current = tuple(sorted(t for t in self._current.tags))
        if tuple(sorted(t.strip().lstrip("#").casefold() for t in tags)) == current:
            return
        self._submit(self._services.set_tags, self._current.asset.id, tags)

    def _save_favourite(self) -> None:
        ids = self._selected_ids()
        if ids:
            self._submit(self._services.set_favourite, ids, self.favourite.isChecked())

    def _save_folder(self) -> None:
        ids = self._selected_ids()
        name = self.move_to.currentText().strip()
        if ids and self._current is not None and name != self._current.asset.folder:
            self._submit(self._services.set_folder, ids, name)

    def _submit(self, fn: Callable[..., object], *args: object) -> None:
        self._runner.submit(fn, *args, on_done=lambda _r: self.saved.emit(), on_error=self.failed.emit)

    # What each network receives ----------------------------------------------------------------

    def check_networks(self) -> None:
        """Fill the table with what each network would receive for the shown image."""
        item = self._current
        if item is None:
            return
        self.network_table.setVisible(True)
        self.network_table.setRowCount(0)
        self._runner.submit(
            self._services.network_previews,
            item,
            list(NETWORK_ORDER),
            on_done=self._show_previews,
            on_error=self.failed.emit,
        )

    def _show_previews(self, previews: list[NetworkPreview]) -> None:
        self.network_table.setRowCount(len(previews))
        for row, p in enumerate(previews):
            status = "" if p.fits else " ⚠"
            how = self.tr("original") if not p.reencoded else self.tr("re-encoded")
            cells = (
                display_name(p.network) + status,
                f"{format_size(p.size_bytes)} ({how})",
                f"{p.width} × {p.height}",
            )
            for col, text in enumerate(cells):
                self.network_table.setItem(row, col, QTableWidgetItem(text))
        self.network_table.resizeColumnsToContents()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
