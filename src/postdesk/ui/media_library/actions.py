"""What the library does to the selected assets: delete (after asking), crop into a new asset,
and open the larger preview with every network's frame.

Each flow reads files or the database on the `BackgroundRunner` and opens its dialog on the UI
thread. The pane owns the selection and the grid's refresh; it hands them in as callables.
"""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from postdesk.core.networks import NETWORK_ORDER
from postdesk.media import thumbnails
from postdesk.media.importer import ImportOutcome
from postdesk.paths import Paths
from postdesk.store.repositories.media_library import LibraryItem
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.media_library.crop_editor import CropEditorDialog, pil_to_qimage
from postdesk.ui.media_library.preview_dialog import MediaPreviewDialog
from postdesk.ui.media_library.services import MediaLibraryServices, NetworkPreview

#: Background request keys: opening another preview drops the answers for the previous one.
_PICTURE = "media-preview-picture"
_FITS = "media-preview-fits"
#: The longest side of the picture the preview loads (it shows at most about 900 x 420).
_PREVIEW_SIDE = 1400


class AssetActions(QObject):
    """Delete, crop and preview flows.

    Args:
        services: the library services.
        paths: the data directory (a video's preview is its poster thumbnail).
        runner: runs the blocking parts.
        parent_widget: the dialogs' parent.
        refresh: reloads the grid after a change.
        report: shows what a crop's import said (its problems).
        on_error: shows a failure.

    Attributes:
        preview_dialog: the open larger preview, or None.
    """

    def __init__(
        self,
        services: MediaLibraryServices,
        paths: Paths,
        runner: BackgroundRunner,
        parent_widget: QWidget,
        *,
        refresh: Callable[[], None],
        report: Callable[[list[ImportOutcome]], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent_widget)
        self._services, self._paths, self._runner = services, paths, runner
        self._parent = parent_widget
        self._refresh, self._report, self._on_error = refresh, report, on_error
        self.preview_dialog: MediaPreviewDialog | None = None

    # Delete --------------------------------------------------------------------------------

    def delete(self, ids: list[int], confirm: Callable[[int, int], bool]) -> None:
        """Delete these assets after `confirm(count, posts_using_them)` says yes."""
        if not ids:
            return

        def count_usage() -> int:
            return len({p for i in ids for p in self._services.usage(i)})

        def ask(used: int) -> None:
            if not confirm(len(ids), used):
                return

            def work() -> None:
                for asset_id in ids:
                    self._services.delete(asset_id, remove_from_posts=True)

            self._runner.submit(work, on_done=lambda _r: self._refresh(), on_error=self._on_error)

        self._runner.submit(count_usage, on_done=ask, on_error=self._on_error)

    # Crop ----------------------------------------------------------------------------------

    def open_crop_editor(self, item: LibraryItem) -> None:
        self._runner.submit(
            self._services.load_upright,
            item.asset.sha256,
            on_done=lambda image: self._run_crop(item, image),
            on_error=self._on_error,
        )

    def make_crop_editor(self, item: LibraryItem, image: Image.Image) -> CropEditorDialog:
        size = (item.asset.width or image.width, item.asset.height or image.height)
        return CropEditorDialog(image, size, item.asset.original_name, self._parent)

    def _run_crop(self, item: LibraryItem, image: Image.Image) -> None:
        dialog = self.make_crop_editor(item, image)
        if dialog.exec() == CropEditorDialog.DialogCode.Accepted:
            self.save_crop(item, dialog)

    def save_crop(self, item: LibraryItem, dialog: CropEditorDialog) -> None:
        """Save the dialog's crop as a new asset."""
        spec, key = dialog.spec(), dialog.preset_key()
        label = (
            self.tr("cropped")
            if key in ("free", "original")
            else self.tr("cropped {ratio}").replace(
                "{ratio}", dialog.preset.currentText().split(" ")[0].replace(":", "x")
            )
        )
        self._runner.submit(
            self._services.save_crop, item, spec, label, on_done=self._after_crop, on_error=self._on_error
        )

    def _after_crop(self, outcome: ImportOutcome) -> None:
        self._report([outcome])
        self._refresh()

    # Larger preview ------------------------------------------------------------------------

    def open_preview(self, item: LibraryItem) -> MediaPreviewDialog:
        """Open the larger preview of `item` (window-modal, not blocking)."""
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        dialog = MediaPreviewDialog(item, self._parent, on_close=lambda: self._preview_closed(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        size = self._parent.window().size()  # as large as the window allows, up to five tiles a row
        dialog.resize(min(1040, max(720, size.width() - 80)), min(860, max(560, size.height() - 40)))
        self.preview_dialog = dialog
        sha = item.asset.sha256
        video = item.asset.kind == "video"
        poster = thumbnails.thumbnail_path(self._paths.thumbnails, sha, thumbnails.SIZES[-1])

        def picture() -> QImage:
            if video:  # the poster frame the importer saved as the thumbnail
                return QImage(str(poster))
            return pil_to_qimage(self._services.load_upright(sha, _PREVIEW_SIDE))

        self._runner.submit(
            picture, on_done=lambda image: self._picture(dialog, image), on_error=self._on_error, key=_PICTURE
        )
        if video:
            dialog.set_no_previews(self.tr("Videos go as they are; the composer checks their length and size."))
        else:
            self._runner.submit(
                self._services.network_previews,
                item,
                list(NETWORK_ORDER),
                on_done=lambda previews: self._fits(dialog, previews),
                on_error=self._on_error,
                key=_FITS,
            )
        dialog.open()
        return dialog

    def _picture(self, dialog: MediaPreviewDialog, image: QImage) -> None:
        if dialog is self.preview_dialog:
            dialog.set_image(image)

    def _fits(self, dialog: MediaPreviewDialog, previews: list[NetworkPreview]) -> None:
        if dialog is self.preview_dialog:
            dialog.set_previews(previews)

    def _preview_closed(self, dialog: MediaPreviewDialog) -> None:
        if dialog is self.preview_dialog:
            self.preview_dialog = None
