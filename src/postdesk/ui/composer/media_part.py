"""The media part of the composer: the attached images (the strip) and how they get there.

Files are imported and library assets loaded on the worker (`ComposerServices`); drops from the
desktop and from the media library are decoded here; alt texts are stored as the user finishes
them. The part says what happened through its signals and never touches the post's other parts.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QWidget

from postdesk.core.media_info import MediaInfo
from postdesk.log import get_logger
from postdesk.ui.composer.media_strip import MediaStrip
from postdesk.ui.composer.parts_editor import IMAGE_SUFFIXES
from postdesk.ui.composer.service_types import AttachedMedia, ComposerServices, ImportResult
from postdesk.ui.dropped_paths import local_path
from postdesk.ui.local_format import format_list
from postdesk.ui.media_library.models import decode_asset_ids

_log = get_logger("ui.composer")


class MediaPart(QObject):
    """The attachments of the open post.

    Args:
        services: where files are imported and assets loaded (off the UI thread).
        parent: the widget the strip is placed in.

    Attributes:
        strip: the attached images (`MediaStrip`).

    Signals:
        changed: the attachments changed (added, removed, reordered): the post changed.
        refresh_needed: counts and problems change, the post does not (an alt text being edited, a merge).
        status: a sentence for the composer's status line (adding, or what failed).
        settled: an import or attach finished without a problem to report.
    """

    changed = Signal()
    refresh_needed = Signal()
    status = Signal(str)
    settled = Signal()

    def __init__(self, services: ComposerServices, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._parent = parent
        self.strip = MediaStrip(parent)
        self._extra: dict[int, AttachedMedia] = {}  # crops made for one network (ui.composer.media_choice)
        self.strip.attach_requested.connect(self.choose_files)
        self.strip.removed.connect(lambda _asset_id: self.changed.emit())
        self.strip.reordered.connect(self.changed)
        self.strip.alt_text_changed.connect(self.refresh_needed)
        self.strip.alt_text_edited.connect(self._on_alt_finished)

    def infos(self) -> dict[int, MediaInfo]:
        """The attached media, by asset id, as validation needs them."""
        return {m.info.asset_id: m.info for m in (*self._extra.values(), *self.strip.model.items())}

    def asset_ids(self) -> tuple[int, ...]:
        """The attached assets, in order."""
        return tuple(m.info.asset_id for m in self.strip.model.items())

    def images(self, ids: tuple[int, ...]) -> list[QImage]:
        """The preview images of the assets `ids` that are attached, in that order."""
        by_id = {m.info.asset_id: m.image for m in (*self._extra.values(), *self.strip.model.items())}
        return [by_id[i] for i in ids if i in by_id]

    def add_extra(self, items: Sequence[AttachedMedia]) -> None:
        """Know media a target uses that the post does not (a network's own crop), for checks and previews."""
        self._extra.update({m.info.asset_id: m for m in items})
        self.refresh_needed.emit()

    def choose_files(self) -> None:
        """Ask for image files and import them."""
        files, _filter = QFileDialog.getOpenFileNames(
            self._parent,
            self.tr("Attach images"),
            "",
            self.tr("Images ({patterns})").format(patterns=" ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES))),
        )
        if files:
            self.import_files(files)

    def import_files(self, files: list[str]) -> None:
        """Import image files (off the UI thread) and attach them."""
        self.status.emit(self.tr("Adding images…"))
        self._services.import_images(files, self._on_imported, self._on_import_failed)

    def attach_assets(self, asset_ids: list[int]) -> None:
        """Attach media library assets, in the order given (loaded on the worker; none twice)."""
        if not asset_ids:
            return
        self.status.emit(self.tr("Adding images…"))
        self._services.load_assets(list(asset_ids), self._on_assets_loaded, self._on_import_failed)

    def show_merged(self, ids: tuple[int, ...]) -> None:
        """Show the attachments `ids` that a post merged from elsewhere has (loaded on the worker)."""
        self._services.load_assets(list(ids), lambda result: self._on_merged(ids, result), self._on_import_failed)

    def _on_assets_loaded(self, result: ImportResult) -> None:
        self.strip.model.append(result.items)
        if result.failed:
            self.status.emit(self.tr("Some images are no longer in the media library and were not attached."))
        else:
            self.settled.emit()
        self.changed.emit()

    def _on_imported(self, result: ImportResult) -> None:
        self.strip.model.append(result.items)
        if result.failed:
            self.status.emit(self.tr("Couldn't read {files} as images.").format(files=format_list(list(result.failed))))
        else:
            self.settled.emit()
        self.changed.emit()

    def _on_import_failed(self, exc: BaseException) -> None:
        _log.warning("Image import failed: %s", type(exc).__name__)
        self.status.emit(self.tr("Couldn't add the images; the files were not changed."))

    def _on_merged(self, ids: tuple[int, ...], result: ImportResult) -> None:
        if self.asset_ids() == ids:
            return
        by_id = {m.info.asset_id: m for m in (*self.strip.model.items(), *result.items)}
        self.strip.model.set_items(tuple(by_id[i] for i in ids if i in by_id))
        self.refresh_needed.emit()  # counts and problems change; the merge itself marked the post

    def _on_alt_finished(self, asset_id: int, text: str) -> None:
        self._services.set_alt_text(asset_id, text, self._on_alt_failed)

    def _on_alt_failed(self, exc: BaseException) -> None:
        _log.warning("Saving alt text failed: %s", type(exc).__name__)
        self.status.emit(self.tr("Couldn't save the image description; it is kept here."))

    # -- drops -------------------------------------------------------------------------------

    @staticmethod
    def accepts(mime: QMimeData | None) -> bool:
        """Whether a drag carries library assets or image files."""
        return mime is not None and bool(decode_asset_ids(mime) or MediaPart.dropped_images(mime))

    def drop(self, mime: QMimeData | None) -> bool:
        """Attach what a drop carries; return whether it carried anything to attach."""
        if mime is None:
            return False
        # A library drag carries both: the ids attach the asset as it is, the uri-list of the
        # same stored files would only import it again.
        asset_ids = decode_asset_ids(mime)
        files = [] if asset_ids else self.dropped_images(mime)
        if asset_ids:
            self.attach_assets(asset_ids)
        elif files:
            self.import_files(files)
        return bool(asset_ids or files)

    @staticmethod
    def dropped_images(mime: QMimeData) -> list[str]:
        """The local image files a drag carries (names that are not UTF-8 kept as they are)."""
        urls = mime.urls() if mime.hasUrls() else []
        files = [str(local_path(u)) for u in urls if u.isLocalFile()]
        return [f for f in files if Path(f).suffix.lower() in IMAGE_SUFFIXES]
