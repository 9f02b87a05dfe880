"""Per-network crops: "Crop for <network>…" in a target's media choice opens the media library's crop
editor; the crop is saved as a new library asset (`MediaLibraryServices.save_crop`) that takes the
original's place in that network's list only (`MediaChoice.use_crop`), so that network is sent the
crop and every other network the original.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from postdesk.core.networks import Network, display_name
from postdesk.media import crop as crop_mod
from postdesk.ui.composer.service_types import ImportResult
from postdesk.ui.composer.snippets_dialog import ToolsServices
from postdesk.ui.composer.target_panel import TargetPanel
from postdesk.ui.media_library.crop_editor import CropEditorDialog

if TYPE_CHECKING:
    from postdesk.ui.composer.view import ComposerPane


class NetworkCrops(QObject):
    """Crops made for one network of the open post.

    Attributes:
        crop_dialog: the open crop editor, if any.
    """

    def __init__(self, pane: ComposerPane, services: Callable[[], ToolsServices | None]) -> None:
        super().__init__(pane)
        self._pane = pane
        self._services_of = services
        self._followed: set[int] = set()
        self.crop_dialog: CropEditorDialog | None = None

    def follow(self, panel: TargetPanel, available: bool) -> None:
        """Hear `panel`'s "Crop for …" (once); show it only where the library can crop."""
        if id(panel) not in self._followed:
            self._followed.add(id(panel))
            panel.media_choice.crop_requested.connect(lambda asset, n=panel.network: self.crop_for(n, asset))
        panel.media_choice.crop_button.setVisible(available)

    def crop_for(self, network: Network, asset_id: int) -> None:
        """Open the library's crop editor on `asset_id`; the crop replaces it in `network`'s list only."""
        services = self._services_of()
        if services is None or services.media_library is None:
            return
        library = services.media_library()

        def load() -> tuple[Any, Any] | None:
            item = library.library.get(asset_id)
            return None if item is None else (item, library.load_upright(item.asset.sha256))

        services.runner.submit(load, on_done=lambda found: self._open_crop(network, asset_id, found))

    def _open_crop(self, network: Network, asset_id: int, found: tuple[Any, Any] | None) -> None:
        if found is None:
            self._pane.set_status(self.tr("That image is no longer in the media library."))
            return
        item, image = found
        size = (item.asset.width or image.width, item.asset.height or image.height)
        dialog = CropEditorDialog(image, size, item.asset.original_name, self._pane)
        preset = next((p.key for p in crop_mod.PRESETS if network in p.networks), None)
        if preset is not None:
            dialog.select_preset(preset)
        dialog.accepted.connect(lambda: self._save_crop(network, asset_id, item, dialog.spec()))
        self.crop_dialog = dialog
        dialog.open()

    def _save_crop(self, network: Network, original: int, item: Any, spec: crop_mod.CropSpec) -> None:
        services = self._services_of()
        if services is None or services.media_library is None:
            return
        label = self.tr("for {network}").format(network=display_name(network))
        services.runner.submit(
            services.media_library().save_crop,
            item,
            spec,
            label,
            on_done=lambda outcome: self._cropped(network, original, outcome.asset_id),
        )

    def _cropped(self, network: Network, original: int, cropped: int | None) -> None:
        pane = self._pane
        if cropped is None:
            pane.set_status(self.tr("The crop could not be saved. Try again in a moment."))
            return

        def show(result: ImportResult) -> None:
            pane.media.add_extra(result.items)
            pane.panel(network).media_choice.use_crop(original, cropped)

        pane.services.load_assets([cropped], show, lambda _exc: None)

    def load_crops(self) -> None:
        """Know the crops the open post's targets use (their checks and previews need them)."""
        attached = set(self._pane.media.asset_ids())
        extra = {
            a
            for panel in self._pane.targets.panels().values()
            for a in (panel.media_choice.override() or ())
            if a not in attached
        }
        if extra:
            self._pane.services.load_assets(
                sorted(extra), lambda result: self._pane.media.add_extra(result.items), lambda _exc: None
            )
