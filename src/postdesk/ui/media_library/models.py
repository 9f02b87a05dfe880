"""The library grid's item model, its thumbnail cache, and the drag format shared with the
composer.

Drag format: `MIME_ASSET_IDS` ("application/x-postdesk-asset-ids") carries UTF-8 JSON, a list of
asset ids in the order the user selected them, e.g. `[12, 7]`. The same drag also carries
`text/uri-list` with the stored files, so other apps (and a composer that only takes files)
get real images.
"""

from __future__ import annotations

import bisect
import json
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from concurrent.futures import wait as wait_all
from itertools import groupby

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QIcon, QImage, QPixmap

from postdesk.media import thumbnails
from postdesk.paths import Paths
from postdesk.store.repositories.media_library import LibraryItem
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.local_format import format_list, format_size
from postdesk.ui.media_library.wording import badge_words, duration_text

MIME_ASSET_IDS = "application/x-postdesk-asset-ids"

AssetIdRole = Qt.ItemDataRole.UserRole + 1
ItemRole = Qt.ItemDataRole.UserRole + 2
TagsRole = Qt.ItemDataRole.UserRole + 3
#: The cell's thumbnail as a QPixmap, already cropped to the cell's square (None while loading).
PixmapRole = Qt.ItemDataRole.UserRole + 4


def encode_asset_ids(asset_ids: Sequence[int]) -> bytes:
    """The payload of a `MIME_ASSET_IDS` drag."""
    return json.dumps([int(i) for i in asset_ids]).encode("utf-8")


def cover_square(image: QImage, side: int) -> QImage:
    """The image scaled to cover a side x side square and cropped to it, centred (safe off the
    UI thread: QImage, unlike QPixmap, may be made there)."""
    if image.isNull() or side <= 0:
        return image
    scaled = image.scaled(
        side, side, Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
    )
    return scaled.copy((scaled.width() - side) // 2, (scaled.height() - side) // 2, side, side)


def _load(path: str, side: int | None) -> QImage:
    image = QImage(path)
    return cover_square(image, side) if side else image


def decode_asset_ids(mime: QMimeData) -> list[int]:
    """Asset ids from a drag, or [] when it carries none (or garbage)."""
    if not mime.hasFormat(MIME_ASSET_IDS):
        return []
    try:
        value = json.loads(bytes(mime.data(MIME_ASSET_IDS).data()).decode("utf-8"))
    except ValueError:
        return []
    return [int(v) for v in value if isinstance(v, int)] if isinstance(value, list) else []


class ThumbnailLoader(QObject):
    """Loads thumbnails off the UI thread and keeps the recent ones as pixmaps.

    Args:
        paths: the data directory.
        size: the cached size to load (see `thumbnails.best_size`).
        capacity: pixmaps kept in memory.
        square: when given, each thumbnail is cropped to a square of this many device pixels on
            the loading thread (the grid's uniform cells), so painting never scales.

    Signals:
        ready(str): the thumbnail of this digest is now available from `get`.
    """

    ready = Signal(str)

    def __init__(
        self,
        paths: Paths,
        size: int,
        capacity: int = 2000,
        parent: QObject | None = None,
        *,
        square: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._size = size
        self._square = square
        self._capacity = capacity
        self._cache: OrderedDict[str, QPixmap] = OrderedDict()
        self._pending: set[str] = set()
        self._missing: set[str] = set()
        # QImage, unlike QPixmap, may be made off the UI thread.
        self._runner = BackgroundRunner(workers=2, name="postdesk-thumbnails", parent=self)
        self._loads: list[Future[QImage]] = []  # for `wait`; pruned as loads start (UI thread only)

    def get(self, sha: str) -> QPixmap | None:
        """The pixmap if in memory; otherwise start loading it and return None."""
        pixmap = self._cache.get(sha)
        if pixmap is not None:
            self._cache.move_to_end(sha)
            return pixmap
        if sha not in self._pending and sha not in self._missing:
            self._pending.add(sha)
            path = thumbnails.thumbnail_path(self._paths.thumbnails, sha, self._size)
            load = self._runner.submit(
                _load,
                str(path),
                self._square,
                on_done=lambda image, sha=sha: self._on_loaded(sha, image),
                on_error=lambda _e, sha=sha: self._on_loaded(sha, QImage()),
            )
            self._loads = [f for f in self._loads if not f.done()] + [load]
        return None

    def forget(self, sha: str) -> None:
        """Drop a thumbnail (its asset was deleted or re-imported)."""
        self._cache.pop(sha, None)
        self._missing.discard(sha)

    def wait(self) -> None:
        """Block until queued loads finish (shutdown and tests only)."""
        wait_all(self._loads)

    def _on_loaded(self, sha: str, image: QImage) -> None:
        self._pending.discard(sha)
        if image.isNull():
            self._missing.add(sha)
            return
        self._cache[sha] = QPixmap.fromImage(image)
        while len(self._cache) > self._capacity:
            self._cache.popitem(last=False)
        self.ready.emit(sha)


class AssetGridModel(QAbstractListModel):
    """The assets the grid shows, with lazily loaded thumbnails; a drag source for asset ids.

    Args:
        loader: the thumbnail loader.
        blob_path: maps a digest to its stored file (for the uri-list in drags).
    """

    def __init__(self, loader: ThumbnailLoader, blob_path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[LibraryItem] = []
        self._row_of: dict[str, int] = {}
        self._row_of_id: dict[int, int] = {}
        self._loader = loader
        self._blob_path = blob_path
        self.item_size: QSize | None = None
        loader.ready.connect(self._on_thumb_ready)

    # Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        asset = item.asset
        if role == Qt.ItemDataRole.DisplayRole:
            name = ("★ " if asset.favourite else "") + asset.original_name
            # Always two lines, so the grid can use one uniform item size.
            return name + "\n" + " ".join(f"#{t}" for t in item.tags)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # The badges drawn on the cell, said in words (a screen reader cannot see them).
            return ", ".join([asset.original_name, *badge_words(asset.kind, asset.duration_s, asset.alt_text)])
        if role == Qt.ItemDataRole.SizeHintRole:
            # One fixed size for every cell: with uniform item sizes the view measures only the
            # first item, often before its thumbnail has loaded, and square thumbnails would then
            # cover their captions.
            return self.item_size
        if role == Qt.ItemDataRole.DecorationRole:
            # A QIcon, unlike a bare QPixmap, is scaled to the view's icon size.
            pixmap = self._loader.get(asset.sha256)
            return QIcon(pixmap) if pixmap is not None else None
        if role == PixmapRole:
            return self._loader.get(asset.sha256)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            parts = [
                asset.original_name,
                f"{asset.width or '?'} × {asset.height or '?'}",
                format_size(asset.size_bytes),
            ]
            if asset.duration_s:
                parts.append(duration_text(asset.duration_s))
            if item.tags:
                parts.append(format_list([f"#{t}" for t in item.tags]))
            if asset.alt_text:
                parts.append(asset.alt_text)
            return " · ".join(parts)
        if role == AssetIdRole:
            return asset.id
        if role == ItemRole:
            return item
        if role == TagsRole:
            return item.tags
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base

    def mimeTypes(self) -> list[str]:
        return [MIME_ASSET_IDS, "text/uri-list"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = [i.row() for i in indexes if i.isValid()]
        items = [self._items[r] for r in dict.fromkeys(rows)]
        mime = QMimeData()
        mime.setData(MIME_ASSET_IDS, encode_asset_ids([i.asset.id for i in items]))
        mime.setUrls([QUrl.fromLocalFile(str(self._blob_path(i.asset.sha256))) for i in items])
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    # Ours --------------------------------------------------------------------------------

    def set_items(self, items: Sequence[LibraryItem]) -> None:
        """Show these items. When they are the same assets in the same order (the usual case
        after an edit or an import) the rows are updated in place: no reset, so the view keeps
        its layout, scroll position and selection; otherwise the model is reset."""
        new = list(items)
        if [it.asset.id for it in new] == [it.asset.id for it in self._items]:
            changed = [row for row, (a, b) in enumerate(zip(self._items, new, strict=True)) if a != b]
            self._items = new
            if changed:
                self.dataChanged.emit(self.index(changed[0]), self.index(changed[-1]))
            return
        self.beginResetModel()
        self._items = new
        self._reindex()
        self.endResetModel()

    def insert_items(self, items: Sequence[LibraryItem], key: Callable[[LibraryItem], tuple]) -> int:
        """Add items where `key` (the grid's sort order) puts them, skipping assets already
        shown; neighbours that land in one place go in as one row insertion.

        Returns:
            How many rows were added.
        """
        fresh = sorted({it.asset.id: it for it in items if it.asset.id not in self._row_of_id}.values(), key=key)
        if not fresh:
            return 0
        # Insertion points in the current list; walking from the bottom keeps the earlier
        # points valid while rows go in below them.
        points = [(bisect.bisect_right(self._items, key(it), key=key), it) for it in fresh]
        groups = [(at, [it for _at, it in run]) for at, run in groupby(points, lambda p: p[0])]
        for at, run in reversed(groups):
            self.beginInsertRows(QModelIndex(), at, at + len(run) - 1)
            self._items[at:at] = run
            self.endInsertRows()
        self._reindex()
        return len(fresh)

    def _reindex(self) -> None:
        self._row_of = {it.asset.sha256: row for row, it in enumerate(self._items)}
        self._row_of_id = {it.asset.id: row for row, it in enumerate(self._items)}

    def item(self, row: int) -> LibraryItem:
        return self._items[row]

    def items(self) -> list[LibraryItem]:
        return list(self._items)

    def row_of_asset(self, asset_id: int) -> int:
        """The row showing this asset, or -1."""
        return self._row_of_id.get(asset_id, -1)

    def replace_item(self, item: LibraryItem) -> None:
        """Update one item in place (after an edit)."""
        row = self.row_of_asset(item.asset.id)
        if row >= 0:
            self._items[row] = item
            index = self.index(row)
            self.dataChanged.emit(index, index)

    @Slot(str)
    def _on_thumb_ready(self, sha: str) -> None:
        row = self._row_of.get(sha)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole, PixmapRole])
