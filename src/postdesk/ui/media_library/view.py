"""The media library pane: a thumbnail grid you drop files on, with search, filters, folders,
tags, favourites, alt text, usage, crop, a larger preview, and what each network will receive.

The pane is a small coordinator of typed parts, each with a narrow interface:

- `LibraryFilterBar` (filter_bar.py): search and filters; describes a `LibraryQuery`.
- `AssetGrid` (grid.py) over `AssetGridModel` (models.py), painted by `AssetCellDelegate`
  (delegate.py): uniform cells with badges for a video's length, GIFs and missing alt text.
- `DetailsPanel` (details.py): the selected asset's facts and edits.
- `ImportController` (importing.py): drops, the clipboard, progress, messages, new rows.
- `AssetActions` (actions.py): delete, crop, and the larger preview (`MediaPreviewDialog`,
  preview_dialog.py) with what each network receives.

The UI thread only queues work: imports run on the importer's thread pool, queries and edits on
the `BackgroundRunner`, thumbnails on the loader's pool.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QDropEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from postdesk.media import thumbnails
from postdesk.media.importer import ImportSource
from postdesk.paths import Paths
from postdesk.store.repositories.media_library import LibraryItem, LibraryQuery
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.local_format import format_size
from postdesk.ui.media_library.actions import AssetActions
from postdesk.ui.media_library.crop_editor import CropEditorDialog
from postdesk.ui.media_library.delegate import THUMB_PX
from postdesk.ui.media_library.details import DetailsPanel
from postdesk.ui.media_library.filter_bar import LibraryFilterBar
from postdesk.ui.media_library.grid import AssetGrid
from postdesk.ui.media_library.importing import ImportController, importable
from postdesk.ui.media_library.models import AssetGridModel, ItemRole, ThumbnailLoader
from postdesk.ui.media_library.preview_dialog import MediaPreviewDialog
from postdesk.ui.media_library.services import LibraryStats, MediaLibraryServices

_REFRESH_MS = 300
_THUMB_CACHE_BYTES = 120_000_000
#: Background request keys: a newer request with the same key wins (see `BackgroundRunner`).
_REFRESH = "media-refresh"


class MediaLibraryPane(QWidget):
    """The media library.

    Args:
        services: the library services (repository, importer, blob store).
        paths: the data directory (thumbnails are read from it).
        runner: runs blocking calls off the UI thread.
        import_workers: threads for importing (None: one per CPU core).

    Attributes:
        filters, grid, details, imports, actions: the parts (see the module docstring). Their
            widgets are also reachable by their old names (`search`, `tags`, `progress`, ...).

    Signals:
        attach_requested(list): the user asked to attach these asset ids to the open post.
        items_changed(): the grid was refreshed from the library.
        import_finished(object): an import finished; carries the final BatchProgress.
    """

    attach_requested = Signal(list)
    items_changed = Signal()
    import_finished = Signal(object)

    def __init__(
        self,
        services: MediaLibraryServices,
        paths: Paths,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
        *,
        import_workers: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._paths = paths
        self._runner = runner
        self._stats: LibraryStats | None = None
        self._shown_once = False  # the first show loads the grid (see showEvent)

        # Thumbnails are cropped to the cell's square on the loading thread; a photo 3:2 wide
        # needs the bigger cached size to cover the square without blurring.
        # The cache keeps about _THUMB_CACHE_BYTES of them, whatever the screen's pixel ratio.
        square = round(THUMB_PX * self.devicePixelRatioF())
        capacity = max(300, _THUMB_CACHE_BYTES // (square * square * 4))
        self._loader = ThumbnailLoader(
            paths, thumbnails.best_size(square * 3 // 2), capacity, parent=self, square=square
        )
        self.model = AssetGridModel(self._loader, services.blob_path, self)
        self._refresh_timer = QTimer(self, singleShot=True, interval=_REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)

        self.filters = LibraryFilterBar(self)
        self.filters.text_edited.connect(self._refresh_timer.start)
        self.filters.changed.connect(self.refresh)
        self.filters.import_clicked.connect(self.choose_files)
        self.grid = AssetGrid(self.model, self)
        self.grid.viewport().installEventFilter(self)
        self.grid.selectionModel().selectionChanged.connect(self._on_selection)
        self.grid.doubleClicked.connect(lambda _i: self.attach_selected())
        self.details = DetailsPanel(services, runner, paths.thumbnails, self.grid.selected_ids, self)
        self.details.saved.connect(self.refresh)
        self.details.alt_saved.connect(self._refresh_timer.start)
        self.details.failed.connect(self._on_error)
        self.imports = ImportController(
            services, runner, self.model, self.query, self._loader.forget, self, workers=import_workers
        )
        self.imports.finished.connect(self._import_done)
        self.imports.rows_added.connect(self._rows_added)
        self.imports.stats_changed.connect(self._apply_stats)
        self.actions = AssetActions(
            services,
            paths,
            runner,
            self,
            refresh=self.refresh,
            report=self.imports.report,
            on_error=self._on_error,
        )
        self._alias_part_widgets()
        self._build()
        self._shortcuts()

    def _alias_part_widgets(self) -> None:
        """The parts' widgets under the names the pane had before it was split (tests, app)."""
        f, d, i = self.filters, self.details, self.imports
        self.search, self.kind, self.folder, self.sort = f.search, f.kind, f.folder, f.sort
        self.favourites, self.import_button = f.favourites, f.import_button
        self.preview, self.meta, self.alt_text, self.alt_counter = d.preview, d.meta, d.alt_text, d.alt_counter
        self.tags, self.favourite, self.move_to, self.used_in = d.tags, d.favourite, d.move_to, d.used_in
        self.attach_button, self.crop_button, self.check_button = d.attach_button, d.crop_button, d.check_button
        self.preview_button, self.delete_button, self.network_table = d.preview_button, d.delete_button, d.network_table
        self.progress, self.progress_label, self.cancel_button = i.progress, i.progress_label, i.cancel_button
        self.messages = i.messages

    def _build(self) -> None:
        self.attach_button.clicked.connect(self.attach_selected)
        self.preview_button.clicked.connect(self.open_preview)
        self.crop_button.clicked.connect(self.open_crop_editor)
        self.delete_button.clicked.connect(self.delete_selected)

        self.empty_hint = self.grid.empty_hint
        self.empty_hint.activated.connect(self.choose_files)

        scroll = QScrollArea(self)
        scroll.setWidget(self.details)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(300)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.grid)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.strip_location = self._make_strip_location()
        self.storage = QLabel(self)
        self.storage.setAccessibleName(self.tr("Storage used"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.strip_location)
        bottom.addStretch(1)
        bottom.addWidget(self.storage)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(self.imports.progress_row())
        layout.addWidget(self.messages)
        layout.addLayout(bottom)

    def _make_strip_location(self) -> QCheckBox:
        box = QCheckBox(self.tr("Remove &location from published photos"), self)
        box.setChecked(True)
        box.setAccessibleName(self.tr("Remove location from published photos"))
        box.toggled.connect(lambda on: self._runner.submit(self._services.set_strip_location, on))
        return box

    def _shortcuts(self) -> None:
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+I"), self, self.choose_files)
        widget_only = Qt.ShortcutContext.WidgetShortcut
        paste = QShortcut(QKeySequence.StandardKey.Paste, self.grid, self.paste)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, self.grid, self.delete_selected, context=widget_only)
        QShortcut(QKeySequence("Ctrl+Return"), self.grid, self.attach_selected, context=widget_only)
        # Space opens the larger preview, as in a file manager's quick look.
        QShortcut(QKeySequence(Qt.Key.Key_Space), self.grid, self.open_preview, context=widget_only)

    # Querying ------------------------------------------------------------------------------

    def query(self) -> LibraryQuery:
        """The query the filters describe."""
        return self.filters.query()

    @Slot()
    def refresh(self) -> None:
        """Reload the grid and the status line from the library (off the UI thread)."""
        self.imports.refresh_started()
        query = self.query()

        def work() -> tuple[list[LibraryItem], LibraryStats, bool]:
            return (self._services.search(query), self._services.stats(), self._services.strip_location())

        # Newest wins: a newer refresh drops this one's answer.
        self._runner.submit(work, on_done=lambda r: self._on_results(*r), on_error=self._on_error, key=_REFRESH)

    def _on_results(self, items: list[LibraryItem], stats: LibraryStats, strip: bool) -> None:
        selected = self.selected_ids()
        self.model.set_items(items)
        self.grid.reselect(selected)
        # Assets imported after this query started may be missing from it: fetch them again.
        self.imports.refresh_shown({it.asset.id for it in items})
        self._apply_stats(stats)
        self.strip_location.blockSignals(True)
        self.strip_location.setChecked(strip)
        self.strip_location.blockSignals(False)
        self.empty_hint.setVisible(not items)
        self._on_selection()
        self.items_changed.emit()

    def _apply_stats(self, stats: LibraryStats) -> None:
        unchanged_folders = self._stats is not None and self._stats.folders == stats.folders
        self._stats = stats
        if stats.count:
            self.storage.setText(
                self.tr("%n item(s)", "", stats.count)
                + " · "
                + self.tr("{size} stored").replace("{size}", format_size(stats.original_bytes))
            )
        else:
            # Its own words, not the plural message with 0: Brazilian Portuguese and French take the
            # singular for 0 ("0 item"), and nothing stored needs no size.
            self.storage.setText(self.tr("No items yet"))
        if not unchanged_folders:  # refilling the folder lists would reset what the user types
            self.filters.set_folders(stats.folders)
            self.details.set_folders(stats.folders)

    def _rows_added(self) -> None:
        self.empty_hint.setVisible(False)
        self.items_changed.emit()

    def _import_done(self, final: object) -> None:
        self.storage.setToolTip(self.imports.summary())
        self.import_finished.emit(final)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # The grid fills itself the first time it is seen (after a restart nothing else asks
        # it to: before, it stayed empty until the search box was touched).
        if not self._shown_once:
            self._shown_once = True
            self.refresh()

    def _on_error(self, error: BaseException) -> None:
        self.imports.report_error(error)

    # Selection -----------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return self.grid.selected_ids()

    def select_asset(self, asset_id: int, *, add: bool = False) -> None:
        """Select an asset in the grid (keyboard users and tests)."""
        self.grid.select_asset(asset_id, add=add)

    def current_item(self) -> LibraryItem | None:
        """The asset the details panel shows (the first selected), or None."""
        return self.details.current()

    def _on_selection(self, *_args: object) -> None:
        ids = self.selected_ids()
        item = None
        if ids:
            row = self.model.row_of_asset(ids[0])
            item = self.model.index(row).data(ItemRole) if row >= 0 else None
        self.details.show_item(item, len(ids))
        self.preview_button.setEnabled(item is not None)

    def flush_alt_text(self) -> None:
        """Save a pending alt-text edit now (before closing, and in tests)."""
        self.details.flush_alt_text()

    # Actions -------------------------------------------------------------------------------

    def attach_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.attach_requested.emit(ids)

    def confirm_delete(self, count: int, used_in_posts: int) -> bool:
        """Ask before deleting (tests replace this)."""
        if used_in_posts:
            text = self.tr(
                "This is used in %n post(s). Deleting it also removes it from them. Delete?", "", used_in_posts
            )
        else:
            text = self.tr("Delete %n item(s) from the library? This cannot be undone.", "", count)
        answer = QMessageBox.warning(
            self,
            self.tr("Delete media"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        """Delete the selection, after `confirm_delete` says yes."""
        self.actions.delete(self.selected_ids(), lambda count, used: self.confirm_delete(count, used))

    @property
    def preview_dialog(self) -> MediaPreviewDialog | None:
        """The open larger preview, or None."""
        return self.actions.preview_dialog

    def open_preview(self) -> None:
        """Open the larger preview of the selected asset, with every network's frame."""
        item = self.current_item()
        if item is not None:
            self.actions.open_preview(item)

    def open_crop_editor(self) -> None:
        item = self.current_item()
        if item is not None:
            self.actions.open_crop_editor(item)

    def make_crop_editor(self, item: LibraryItem, image: Image.Image) -> CropEditorDialog:
        return self.actions.make_crop_editor(item, image)

    def save_crop(self, item: LibraryItem, dialog: CropEditorDialog) -> None:
        """Save the dialog's crop as a new asset."""
        self.actions.save_crop(item, dialog)

    # Import --------------------------------------------------------------------------------

    def choose_files(self) -> None:
        """Ask for files to import (Import…, Ctrl+I, the empty library's button)."""
        self.imports.choose_files(self, self.filters.target_folder())

    def paste(self) -> None:
        self.import_mime(QGuiApplication.clipboard().mimeData())

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import files and folders (folders are walked on a worker)."""
        self.imports.import_paths(paths, self.filters.target_folder())

    def import_mime(self, mime: QMimeData | None) -> bool:
        """Import what a drop or the clipboard carries; whether there was anything importable."""
        return self.imports.import_mime(mime, self.filters.target_folder())

    def import_sources(self, sources: Sequence[ImportSource], *, folder: str | None = None) -> None:
        """Start importing; progress and results arrive on the UI thread."""
        self.imports.import_sources(sources, folder=folder)

    def message_lines(self) -> list[str]:
        """Every message shown since the last import started (tests read it)."""
        return self.imports.message_lines()

    # Drag and drop onto the grid -----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Drag enter and move events are QDropEvents too.
        if watched is self.grid.viewport() and isinstance(event, QDropEvent):
            kind = event.type()
            if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                if event.source() is self.grid:
                    return False
                if importable(event.mimeData()):
                    event.setDropAction(Qt.DropAction.CopyAction)
                    event.accept()
                    return True
            elif kind == QEvent.Type.Drop and event.source() is not self.grid and self.import_mime(event.mimeData()):
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def shutdown(self) -> None:
        """Stop imports and thumbnail loads (before the window closes)."""
        self.flush_alt_text()
        self.imports.shutdown()
        self._loader.wait()
