"""What the media library pane needs from the rest of the app, as one narrow object.

Every method blocks (disk, SQLite, Pillow) and is meant to run on a worker thread: the pane
calls them through its `BackgroundRunner`, never on the UI thread. Tests pass this class over
a temporary database, or a fake with the same methods.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from postdesk.core.networks import Network
from postdesk.media import crop as crop_mod
from postdesk.media import fit, storage, thumbnails
from postdesk.media.importer import (
    BatchProgress,
    ImportBatch,
    Importer,
    ImportOutcome,
    ImportSource,
)
from postdesk.paths import Paths
from postdesk.store.db import Database
from postdesk.store.repositories.media_library import (
    LibraryItem,
    LibraryQuery,
    MediaLibraryRepository,
)
from postdesk.store.repositories.settings import SettingsRepository


@dataclass(frozen=True, slots=True)
class LibraryStats:
    """What the status line shows.

    Attributes:
        count: assets in the library.
        original_bytes: bytes of the stored originals.
        folders: folder names.
        tags: (tag, count) pairs, most used first.
    """

    count: int
    original_bytes: int
    folders: tuple[str, ...]
    tags: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class NetworkPreview:
    """What one network will receive for an image.

    Attributes:
        network: the network.
        width: pixels.
        height: pixels.
        size_bytes: the upload's size.
        mime: its type.
        reencoded: whether it was re-encoded (else the original bytes go).
        fits: whether it meets the network's limits.
    """

    network: Network
    width: int
    height: int
    size_bytes: int
    mime: str
    reencoded: bool
    fits: bool


class MediaLibraryServices:
    """The real services: the library repository, the importer and the blob store.

    Args:
        database: the open database.
        paths: the data directory.
        now: the clock (aware UTC).
    """

    def __init__(
        self,
        database: Database,
        paths: Paths,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.paths = paths
        self.library = MediaLibraryRepository(database)
        self._settings = SettingsRepository(database)
        self.importer = Importer(paths, self.library, now=now)

    # Import ------------------------------------------------------------------------------

    def start_import(
        self,
        sources: Sequence[ImportSource],
        *,
        folder: str | None,
        on_outcome: Callable[[ImportOutcome, BatchProgress], None],
        workers: int | None = None,
    ) -> ImportBatch:
        """Start importing on the import pool; returns at once (safe on the UI thread: it only
        queues work)."""
        batch = ImportBatch(self.importer, sources, folder=folder, on_outcome=on_outcome, workers=workers)
        batch.start()
        return batch

    # Queries -----------------------------------------------------------------------------

    def search(self, query: LibraryQuery, *, among: Sequence[int] | None = None) -> list[LibraryItem]:
        """The assets matching `query` (only those in `among`, when given)."""
        return self.library.search(query, among=among)

    def stats(self) -> LibraryStats:
        count, total = self.library.storage_used()
        return LibraryStats(count, total, tuple(self.library.folders()), tuple(self.library.all_tags()))

    def usage(self, asset_id: int) -> list[int]:
        return self.library.usage(asset_id)

    def strip_location(self) -> bool:
        return self._settings.load().strip_photo_location

    def set_strip_location(self, value: bool) -> None:
        self._settings.update(strip_photo_location=bool(value))

    # Edits -------------------------------------------------------------------------------

    def set_alt_text(self, asset_id: int, text: str) -> None:
        self.library.set_alt_text(asset_id, text)

    def set_tags(self, asset_id: int, tags: Sequence[str]) -> tuple[str, ...]:
        """Replace an asset's tags; returns the stored (normalised) tags."""
        item = self.library.get(asset_id)
        current = set(item.tags) if item else set()
        self.library.remove_tags([asset_id], current)
        self.library.add_tags([asset_id], tags)
        again = self.library.get(asset_id)
        return again.tags if again else ()

    def add_tag(self, asset_ids: Sequence[int], tag: str) -> None:
        self.library.add_tags(asset_ids, [tag])

    def set_folder(self, asset_ids: Sequence[int], folder: str) -> None:
        self.library.set_folder(asset_ids, folder)

    def set_favourite(self, asset_ids: Sequence[int], favourite: bool) -> None:
        self.library.set_favourite(asset_ids, favourite)

    def delete(self, asset_id: int, *, remove_from_posts: bool) -> bool:
        """Delete an asset and its files; False when it is in use and consent was not given."""
        sha = self.library.delete(asset_id, remove_from_posts=remove_from_posts)
        if sha is None:
            return False
        storage.remove_blob(self.paths.media, sha)
        for size in thumbnails.SIZES:
            thumbnails.thumbnail_path(self.paths.thumbnails, sha, size).unlink(missing_ok=True)
        return True

    # Pixels ------------------------------------------------------------------------------

    def blob_path(self, sha256: str) -> Path:
        return storage.blob_path(self.paths.media, sha256)

    def load_upright(self, sha256: str, max_side: int = 1600) -> Image.Image:
        """The image, upright and at most `max_side` pixels, for the crop editor."""
        with Image.open(self.blob_path(sha256)) as im:
            im.draft("RGB", (max_side, max_side))
            upright = crop_mod.upright(im)
            upright.thumbnail((max_side, max_side))
            return thumbnails.flatten(upright)

    def save_crop(self, item: LibraryItem, spec: crop_mod.CropSpec, label: str) -> ImportOutcome:
        """Save a cropped copy as a new asset (the original stays as it is)."""
        with Image.open(self.blob_path(item.asset.sha256)) as im:
            im.load()
            out = crop_mod.apply_crop(crop_mod.upright(im), spec)
        buffer = io.BytesIO()
        if item.asset.mime == "image/png":
            out.save(buffer, "PNG")
            ext = ".png"
        else:
            thumbnails.flatten(out).save(buffer, "JPEG", quality=92)
            ext = ".jpg"
        stem = Path(item.asset.original_name).stem or "image"
        name = f"{stem} ({label}){ext}"
        outcome = self.importer.import_one(
            ImportSource.from_bytes(buffer.getvalue(), name), folder=item.asset.folder or None
        )
        if outcome.asset_id is not None and item.asset.alt_text:
            self.library.set_alt_text(outcome.asset_id, item.asset.alt_text)
        return outcome

    def network_previews(self, item: LibraryItem, networks: Sequence[Network]) -> list[NetworkPreview]:
        """What each network would receive for this image (runs the real fitter)."""
        data = self.blob_path(item.asset.sha256).read_bytes()
        strip = self.strip_location()
        out = []
        for network in networks:
            result = fit.fit_image(data, network, strip_location=strip)
            out.append(
                NetworkPreview(
                    network, result.width, result.height, result.size_bytes, result.mime, result.reencoded, result.fits
                )
            )
        return out
