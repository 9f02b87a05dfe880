"""The media library pane: a thumbnail grid you drop files on, with search, filters, folders,
tags, favourites, alt text, usage, crop, and what each network will receive.

The UI thread only queues work: imports run on the importer's thread pool, queries and edits on
the `BackgroundRunner`, thumbnails on the loader's pool. While importing, outcomes are
collected off the UI thread and taken in batches (at most one every `_IMPORT_BATCH_MS`); the
new assets are read on a worker and slotted into the grid as row insertions, so a thousand-file
import never reloads or re-lays out the whole grid (benchmarks/bench_media_import.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMimeData, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postdesk.core.networks import NETWORK_ORDER, display_name
from postdesk.media import thumbnails
from postdesk.media.importer import BatchProgress, ImportBatch, ImportOutcome, ImportSource, expand_paths
from postdesk.media.problems import ImportProblem
from postdesk.paths import Paths
from postdesk.store.repositories.media_library import (
    ALT_TEXT_MAX,
    LibraryItem,
    LibraryQuery,
    SortOrder,
    sort_key,
)
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.dropped_paths import local_path
from postdesk.ui.media_library.crop_editor import CropEditorDialog
from postdesk.ui.media_library.models import (
    MIME_ASSET_IDS,
    AssetGridModel,
    ItemRole,
    ThumbnailLoader,
    cell_size,
)
from postdesk.ui.media_library.services import LibraryStats, MediaLibraryServices, NetworkPreview
from postdesk.ui.media_library.wording import human_size, problem_text
from postdesk.ui.widgets.empty_state import EmptyState

#: Logical size of a grid icon; thumbnails are cached at this size and twice it.
ICON_PX = 144
# Raw image formats a browser or another app may put in a drag or on the clipboard, best first:
# the original bytes beat Qt's re-encoded QImage.
_RAW_IMAGE_FORMATS = ("image/png", "image/jpeg", "image/webp", "image/gif", "image/heic")
_EXT = {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp", "image/gif": ".gif", "image/heic": ".heic"}
_REFRESH_MS = 300
# Import outcomes reach the UI thread at most this often, as one batch: a signal per file would
# cost the UI thread a repaint of the progress row and a database read per file.
_IMPORT_BATCH_MS = 50
_ALT_SAVE_MS = 600
_MAX_MESSAGES = 6
#: Background request keys: a newer request with the same key wins (see `BackgroundRunner`).
_REFRESH = "media-refresh"
_NEW_ROWS = "media-new-rows"


def _png_bytes(image: QImage) -> bytes:
    """Encode a QImage as PNG (runs on a worker: QImage is usable off the UI thread)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


class MediaLibraryPane(QWidget):
    """The media library.

    Args:
        services: the library services (repository, importer, blob store).
        paths: the data directory (thumbnails are read from it).
        runner: runs blocking calls off the UI thread.
        import_workers: threads for importing (None: one per CPU core).

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
        self._import_workers = import_workers
        self._batches: list[ImportBatch] = []
        self._import_total = self._import_done = self._import_new = self._import_failed = 0
        self._messages: list[str] = []
        self._current: LibraryItem | None = None
        self._stats: LibraryStats | None = None
        # Assets imported but not yet in the grid, whether a fetch of new rows is under way,
        # and the assets imported since the last full refresh started (see `_on_results`).
        self._new_ids: list[int] = []
        self._fetching = False
        self._since_refresh: list[int] = []
        self._outcomes: list[ImportOutcome] = []  # finished imports not yet counted (UI thread)
        self._shown_once = False  # the first show loads the grid (see showEvent)
        self._batch_timer = QTimer(self, singleShot=True, interval=_IMPORT_BATCH_MS)
        self._batch_timer.timeout.connect(self._take_outcomes)

        ratio = self.devicePixelRatioF() if hasattr(self, "devicePixelRatioF") else 1.0
        self._loader = ThumbnailLoader(paths, thumbnails.best_size(int(ICON_PX * ratio)), parent=self)
        self.model = AssetGridModel(self._loader, services.blob_path, self)

        self._refresh_timer = QTimer(self, singleShot=True, interval=_REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._alt_timer = QTimer(self, singleShot=True, interval=_ALT_SAVE_MS)
        self._alt_timer.timeout.connect(self._save_alt)

        self._build()
        self._shortcuts()

    # Construction ------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search names, tags and alt text"))
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda: self._refresh_timer.start())

        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Show"))
        for label, kinds in (
            (self.tr("All media"), ()),
            (self.tr("Images"), ("image",)),
            (self.tr("GIFs"), ("gif",)),
            (self.tr("Videos"), ("video",)),
        ):
            self.kind.addItem(label, kinds)
        self.kind.currentIndexChanged.connect(self.refresh)

        self.folder = QComboBox(self)
        self.folder.setAccessibleName(self.tr("Folder"))
        self.folder.addItem(self.tr("All folders"), None)
        self.folder.currentIndexChanged.connect(self.refresh)

        self.sort = QComboBox(self)
        self.sort.setAccessibleName(self.tr("Sort by"))
        for label, order in (
            (self.tr("Newest first"), SortOrder.NEWEST_IMPORT),
            (self.tr("Oldest first"), SortOrder.OLDEST_IMPORT),
            (self.tr("Date taken"), SortOrder.NEWEST_TAKEN),
            (self.tr("Name"), SortOrder.NAME),
            (self.tr("Largest"), SortOrder.LARGEST),
        ):
            self.sort.addItem(label, order)
        self.sort.currentIndexChanged.connect(self.refresh)

        self.favourites = QCheckBox(self.tr("&Favourites"), self)
        self.favourites.setAccessibleName(self.tr("Only favourites"))
        self.favourites.toggled.connect(self.refresh)

        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.setAccessibleName(self.tr("Import files"))
        self.import_button.clicked.connect(self.choose_files)

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.kind)
        top.addWidget(self.folder)
        top.addWidget(self.sort)
        top.addWidget(self.favourites)
        top.addWidget(self.import_button)

        self.grid = QListView(self)
        self.grid.setModel(self.model)
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        # Uniform sizes keep the layout of thousands of items cheap; every caption is two
        # lines (name, tags) so one size fits all.
        self.grid.setUniformItemSizes(True)
        self.grid.setIconSize(QSize(ICON_PX, ICON_PX))
        self.grid.setGridSize(cell_size(ICON_PX))
        self.model.item_size = cell_size(ICON_PX) - QSize(8, 8)
        self.grid.setSpacing(6)
        self.grid.setWordWrap(True)
        self.grid.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setDragEnabled(True)
        self.grid.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.grid.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.grid.setAcceptDrops(True)
        self.grid.viewport().setAcceptDrops(True)
        self.grid.viewport().installEventFilter(self)
        self.grid.setAccessibleName(self.tr("Media library"))
        self.grid.setAccessibleDescription(
            self.tr("Drop files or folders here. Drag items into a post to attach them.")
        )
        self.grid.selectionModel().selectionChanged.connect(self._on_selection)
        self.grid.doubleClicked.connect(lambda _i: self.attach_selected())

        # The empty library's one clear action: Import… (or drop files on it).
        self.empty_hint = EmptyState(self.grid)
        self.empty_hint.setAutoFillBackground(False)
        self.empty_hint.set_text(
            self.tr("Drop images and videos here"),
            self.tr("…or whole folders, or paste with Ctrl+V. Then drag them into a post."),
            self.tr("Import…"),
        )  # no mnemonic: the toolbar's Import… has Alt+I
        self.empty_hint.activated.connect(self.choose_files)

        self.details = self._build_details()
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

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress_label = QLabel(self)
        self.cancel_button = QPushButton(self.tr("&Cancel import"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self.cancel_import)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 2)
        progress_row.addWidget(self.progress_label, 3)
        progress_row.addWidget(self.cancel_button)
        self._progress_widgets = (self.progress, self.progress_label, self.cancel_button)
        for widget in self._progress_widgets:
            widget.setVisible(False)

        self.messages = QLabel(self)
        self.messages.setWordWrap(True)
        self.messages.setAccessibleName(self.tr("Import messages"))
        self.messages.setVisible(False)

        self.strip_location = QCheckBox(self.tr("Remove &location from published photos"), self)
        self.strip_location.setChecked(True)
        self.strip_location.setAccessibleName(self.tr("Remove location from published photos"))
        self.strip_location.toggled.connect(lambda on: self._runner.submit(self._services.set_strip_location, on))
        self.storage = QLabel(self)
        self.storage.setAccessibleName(self.tr("Storage used"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.strip_location)
        bottom.addStretch(1)
        bottom.addWidget(self.storage)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(progress_row)
        layout.addWidget(self.messages)
        layout.addLayout(bottom)

    def _build_details(self) -> QWidget:
        box = QWidget(self)
        self.preview = QLabel(box)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(170)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.meta = QLabel(box)
        self.meta.setWordWrap(True)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.alt_text = QPlainTextEdit(box)
        self.alt_text.setAccessibleName(self.tr("Alt text"))
        self.alt_text.setPlaceholderText(self.tr("Describe the image for people who cannot see it"))
        self.alt_text.setTabChangesFocus(True)
        self.alt_text.setFixedHeight(90)
        self.alt_text.textChanged.connect(self._on_alt_changed)
        self.alt_counter = QLabel(box)
        self.alt_counter.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.tags = QLineEdit(box)
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags.editingFinished.connect(self._save_tags)

        self.favourite = QCheckBox(self.tr("F&avourite"), box)
        self.favourite.setAccessibleName(self.tr("Favourite"))
        self.favourite.clicked.connect(self._save_favourite)

        self.move_to = QComboBox(box)
        self.move_to.setEditable(True)
        self.move_to.setAccessibleName(self.tr("Folder of the selection"))
        self.move_to.lineEdit().setPlaceholderText(self.tr("No folder"))
        self.move_to.lineEdit().editingFinished.connect(self._save_folder)
        self.move_to.activated.connect(lambda _i: self._save_folder())

        self.used_in = QLabel(box)
        self.used_in.setWordWrap(True)
        self.used_in.setAccessibleName(self.tr("Used in"))

        self.attach_button = QPushButton(self.tr("A&ttach to post"), box)
        self.attach_button.clicked.connect(self.attach_selected)
        self.crop_button = QPushButton(self.tr("C&rop or rotate…"), box)
        self.crop_button.clicked.connect(self.open_crop_editor)
        self.check_button = QPushButton(self.tr("What each &network receives"), box)
        self.check_button.clicked.connect(self.check_networks)
        self.delete_button = QPushButton(self.tr("&Delete"), box)
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.attach_button, self.crop_button, self.check_button, self.delete_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))

        self.network_table = QTableWidget(0, 3, box)
        self.network_table.setHorizontalHeaderLabels([self.tr("Network"), self.tr("Size"), self.tr("Pixels")])
        self.network_table.verticalHeader().setVisible(False)
        self.network_table.horizontalHeader().setStretchLastSection(True)
        self.network_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.network_table.setAccessibleName(self.tr("What each network receives"))
        self.network_table.setVisible(False)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        alt_label = QLabel(self.tr("A&lt text"), box)
        alt_label.setBuddy(self.alt_text)
        tags_label = QLabel(self.tr("Ta&gs"), box)
        tags_label.setBuddy(self.tags)
        folder_label = QLabel(self.tr("F&older"), box)
        folder_label.setBuddy(self.move_to)
        form.addRow(alt_label, self.alt_text)
        form.addRow("", self.alt_counter)
        form.addRow(tags_label, self.tags)
        form.addRow(folder_label, self.move_to)

        buttons = QVBoxLayout()
        for button in (self.attach_button, self.crop_button, self.check_button, self.delete_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(box)
        layout.addWidget(self.preview)
        layout.addWidget(self.meta)
        layout.addLayout(form)
        layout.addWidget(self.favourite)
        layout.addWidget(self.used_in)
        layout.addLayout(buttons)
        layout.addWidget(self.network_table)
        layout.addStretch(1)
        self._detail_widgets = (
            self.alt_text,
            self.tags,
            self.favourite,
            self.move_to,
            self.attach_button,
            self.crop_button,
            self.check_button,
            self.delete_button,
        )
        self._show_details(None, 0)
        return box

    def _shortcuts(self) -> None:
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+I"), self, self.choose_files)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self.grid, self.paste)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.grid, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        QShortcut(
            QKeySequence("Ctrl+Return"), self.grid, self.attach_selected, context=Qt.ShortcutContext.WidgetShortcut
        )

    # Querying --------------------------------------------------------------------------

    def query(self) -> LibraryQuery:
        """The query the filters describe."""
        return LibraryQuery(
            text=self.search.text(),
            kinds=frozenset(self.kind.currentData() or ()),
            folder=self.folder.currentData(),
            favourites_only=self.favourites.isChecked(),
            sort=self.sort.currentData(),
        )

    @Slot()
    def refresh(self) -> None:
        """Reload the grid and the status line from the library (off the UI thread)."""
        if self._runner.cancel(_NEW_ROWS):
            self._fetching = False  # its answer is dropped: this refresh shows those rows
        query = self.query()
        self._since_refresh = []

        def work() -> tuple[list[LibraryItem], LibraryStats, bool]:
            return (self._services.search(query), self._services.stats(), self._services.strip_location())

        # Newest wins: a newer refresh drops this one's answer.
        self._runner.submit(work, on_done=lambda r: self._on_results(*r), on_error=self._on_error, key=_REFRESH)

    def _on_results(self, items: list[LibraryItem], stats: LibraryStats, strip: bool) -> None:
        selected = set(self.selected_ids())
        self.model.set_items(items)
        selection = self.grid.selectionModel()
        for asset_id in selected:
            row = self.model.row_of_asset(asset_id)
            if row >= 0:
                selection.select(self.model.index(row), selection.SelectionFlag.Select)
        # Assets imported after this query started may be missing from it: fetch them again.
        shown = {it.asset.id for it in items}
        late = [i for i in self._since_refresh if i not in shown]
        self._queue_new(late)  # also rows imported while a dropped fetch was under way
        self._maybe_finish()  # an import whose last fetch this refresh replaced ends here
        self._apply_stats(stats)
        self.strip_location.blockSignals(True)
        self.strip_location.setChecked(strip)
        self.strip_location.blockSignals(False)
        self.empty_hint.setVisible(not items)
        self._place_hint()
        self._on_selection()
        self.items_changed.emit()

    def _apply_stats(self, stats: LibraryStats) -> None:
        unchanged_folders = self._stats is not None and self._stats.folders == stats.folders
        self._stats = stats
        self.storage.setText(
            self.tr("%n item(s)", "", stats.count)
            + " · "
            + self.tr("{size} stored").replace("{size}", human_size(stats.original_bytes))
        )
        if unchanged_folders:
            return  # refilling the folder lists would also reset what the user is typing
        current = self.folder.currentData()
        self.folder.blockSignals(True)
        self.folder.clear()
        self.folder.addItem(self.tr("All folders"), None)
        self.folder.addItem(self.tr("No folder"), "")
        for name in stats.folders:
            self.folder.addItem(name, name)
        index = self.folder.findData(current)
        self.folder.setCurrentIndex(max(0, index))
        self.folder.blockSignals(False)
        self.move_to.blockSignals(True)
        text = self.move_to.currentText()
        self.move_to.clear()
        self.move_to.addItems(list(stats.folders))
        self.move_to.setEditText(text)
        self.move_to.blockSignals(False)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_hint()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # The grid fills itself the first time it is seen (after a restart nothing else asks
        # it to: before, it stayed empty until the search box was touched).
        if not self._shown_once:
            self._shown_once = True
            self.refresh()

    def _place_hint(self) -> None:
        self.empty_hint.setGeometry(self.grid.viewport().geometry().adjusted(24, 24, -24, -24))

    def _on_error(self, error: BaseException) -> None:
        self._add_messages([self.tr("Something went wrong: {what}").replace("{what}", type(error).__name__)])

    # Selection and details -------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.grid.selectionModel().selectedIndexes())
        return [self.model.item(r).asset.id for r in rows if r < self.model.rowCount()]

    def select_asset(self, asset_id: int, *, add: bool = False) -> None:
        """Select an asset in the grid (keyboard users and tests)."""
        row = self.model.row_of_asset(asset_id)
        if row < 0:
            return
        selection = self.grid.selectionModel()
        flags = selection.SelectionFlag
        index = self.model.index(row)
        # The view's own setCurrentIndex would clear an extended selection; move the current
        # item without touching the selection, then select.
        selection.setCurrentIndex(index, flags.NoUpdate)
        selection.select(index, flags.Select if add else flags.ClearAndSelect)

    def _on_selection(self, *_args: object) -> None:
        ids = self.selected_ids()
        item = None
        if ids:
            row = self.model.row_of_asset(ids[0])
            item = self.model.index(row).data(ItemRole) if row >= 0 else None
        self._show_details(item, len(ids))

    def _show_details(self, item: LibraryItem | None, count: int) -> None:
        changed = item is None or self._current is None or item.asset.id != self._current.asset.id
        if changed and self._alt_timer.isActive():
            self._alt_timer.stop()
            self._save_alt()
        self._current = item
        for widget in self._detail_widgets:
            widget.setEnabled(item is not None)
        self.crop_button.setEnabled(item is not None and item.asset.kind == "image")
        self.check_button.setEnabled(item is not None and item.asset.kind != "video")
        if item is None:
            self.preview.setText(self.tr("Select something to see its details."))
            self.meta.clear()
            self.used_in.clear()
            self.network_table.setVisible(False)
            self._set_alt_silently("")
            self.tags.clear()
            return
        asset = item.asset
        pixmap = self._loader.get(asset.sha256)
        if pixmap is not None:
            self.preview.setPixmap(pixmap)
        lines = [f"<b>{_escape(asset.original_name)}</b>"]
        if count > 1:
            lines.append(self.tr("%n item(s) selected", "", count))
        dims = f"{asset.width or '?'} × {asset.height or '?'}"
        details = [dims, human_size(asset.size_bytes), asset.mime]
        if asset.duration_s:
            details.append(self.tr("{s} s").replace("{s}", f"{asset.duration_s:.1f}"))
        lines.append(" · ".join(details))
        self.meta.setText("<br>".join(lines))
        if changed:
            self._set_alt_silently(asset.alt_text)
            self.network_table.setVisible(False)
            self.used_in.setText(self.tr("Checking where it is used…"))
            asset_id = asset.id
            self._runner.submit(self._services.usage, asset_id, on_done=lambda posts: self._show_usage(asset_id, posts))
        self.tags.setText(", ".join(item.tags))
        self.favourite.setChecked(asset.favourite)
        self.move_to.setEditText(asset.folder)

    def _show_usage(self, asset_id: int, posts: list[int]) -> None:
        if self._current is None or self._current.asset.id != asset_id:
            return
        self._usage = posts
        if posts:
            self.used_in.setText(self.tr("Used in %n post(s)", "", len(posts)))
        else:
            self.used_in.setText(self.tr("Not used in any post yet"))

    def _set_alt_silently(self, text: str) -> None:
        self.alt_text.blockSignals(True)
        self.alt_text.setPlainText(text)
        self.alt_text.blockSignals(False)
        self._update_alt_counter()

    def _update_alt_counter(self) -> None:
        n = len(self.alt_text.toPlainText())
        self.alt_counter.setText(
            self.tr("{n} of {max} characters").replace("{n}", str(n)).replace("{max}", str(ALT_TEXT_MAX))
        )
        over = n > ALT_TEXT_MAX
        self.alt_counter.setStyleSheet("color: #c62828; font-weight: bold;" if over else "")

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
            on_done=lambda _r: self._refresh_timer.start(),
            on_error=self._on_error,
        )

    def flush_alt_text(self) -> None:
        """Save a pending alt-text edit now (before closing, and in tests)."""
        if self._alt_timer.isActive():
            self._alt_timer.stop()
            self._save_alt()

    def _save_tags(self) -> None:
        if self._current is None:
            return
        tags = [t for t in self.tags.text().split(",") if t.strip()]
        current = tuple(sorted(t for t in self._current.tags))
        if tuple(sorted(t.strip().lstrip("#").casefold() for t in tags)) == current:
            return
        self._runner.submit(
            self._services.set_tags,
            self._current.asset.id,
            tags,
            on_done=lambda _r: self.refresh(),
            on_error=self._on_error,
        )

    def _save_favourite(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._runner.submit(
                self._services.set_favourite,
                ids,
                self.favourite.isChecked(),
                on_done=lambda _r: self.refresh(),
                on_error=self._on_error,
            )

    def _save_folder(self) -> None:
        ids = self.selected_ids()
        name = self.move_to.currentText().strip()
        if ids and self._current is not None and name != self._current.asset.folder:
            self._runner.submit(
                self._services.set_folder, ids, name, on_done=lambda _r: self.refresh(), on_error=self._on_error
            )

    # Actions ---------------------------------------------------------------------------

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
        ids = self.selected_ids()
        if not ids:
            return

        def count_usage() -> int:
            return len({p for i in ids for p in self._services.usage(i)})

        def ask(used: int) -> None:
            if not self.confirm_delete(len(ids), used):
                return

            def work() -> None:
                for asset_id in ids:
                    self._services.delete(asset_id, remove_from_posts=True)

            self._runner.submit(work, on_done=lambda _r: self.refresh(), on_error=self._on_error)

        self._runner.submit(count_usage, on_done=ask, on_error=self._on_error)

    def open_crop_editor(self) -> None:
        item = self._current
        if item is None:
            return
        self._runner.submit(
            self._services.load_upright,
            item.asset.sha256,
            on_done=lambda image: self._run_crop(item, image),
            on_error=self._on_error,
        )

    def make_crop_editor(self, item: LibraryItem, image) -> CropEditorDialog:
        size = (item.asset.width or image.width, item.asset.height or image.height)
        return CropEditorDialog(image, size, item.asset.original_name, self)

    def _run_crop(self, item: LibraryItem, image) -> None:
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
        self.refresh()

    def check_networks(self) -> None:
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
            on_error=self._on_error,
        )

    def _show_previews(self, previews: list[NetworkPreview]) -> None:
        self.network_table.setRowCount(len(previews))
        for row, p in enumerate(previews):
            status = "" if p.fits else " ⚠"
            how = self.tr("original") if not p.reencoded else self.tr("re-encoded")
            cells = (display_name(p.network) + status, f"{human_size(p.size_bytes)} ({how})", f"{p.width} × {p.height}")
            for col, text in enumerate(cells):
                self.network_table.setItem(row, col, QTableWidgetItem(text))
        self.network_table.resizeColumnsToContents()

    # Import ----------------------------------------------------------------------------

    def choose_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import media"),
            "",
            self.tr(
                "Images and videos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.mp4 "
                "*.mov *.m4v *.webm);;All files (*)"
            ),
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def paste(self) -> None:
        self.import_mime(QGuiApplication.clipboard().mimeData())

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import files and folders (folders are walked on a worker)."""
        folder = self._target_folder()
        self._runner.submit(
            lambda: [ImportSource.from_path(p) for p in expand_paths(paths)],
            on_done=lambda sources: self.import_sources(sources, folder=folder),
            on_error=self._on_error,
        )

    def import_mime(self, mime: QMimeData | None) -> bool:
        """Import what a drop or the clipboard carries: files, folders, or raw image data.

        Returns:
            Whether there was anything importable.
        """
        if mime is None:
            return False
        local = [local_path(u) for u in mime.urls() if u.isLocalFile()]
        if local and not mime.hasFormat(MIME_ASSET_IDS):
            self.import_paths(local)
            return True
        for fmt in _RAW_IMAGE_FORMATS:
            if mime.hasFormat(fmt):
                data = bytes(mime.data(fmt).data())
                if data:
                    name = self.tr("Pasted image") + _EXT[fmt]
                    self.import_sources([ImportSource.from_bytes(data, name)], folder=self._target_folder())
                    return True
        if mime.hasImage():
            image = QImage(mime.imageData())
            if not image.isNull():
                name = self.tr("Pasted image") + ".png"
                folder = self._target_folder()
                self._runner.submit(
                    _png_bytes,
                    image,
                    on_done=lambda data: self.import_sources([ImportSource.from_bytes(data, name)], folder=folder),
                    on_error=self._on_error,
                )
                return True
        return False

    def _target_folder(self) -> str | None:
        folder = self.folder.currentData()
        return folder or None

    def import_sources(self, sources: Sequence[ImportSource], *, folder: str | None = None) -> None:
        """Start importing; progress and results arrive on the UI thread."""
        if not sources:
            return
        if not any(b for b in self._batches if b.progress.done < b.progress.total):
            self._import_total = self._import_done = 0
            self._import_new = self._import_failed = 0
            self._messages = []
            self.messages.setVisible(False)
        self._import_total += len(sources)
        runner = self._runner

        def on_outcome(outcome: ImportOutcome, _progress: BatchProgress) -> None:
            runner.call_soon(self._outcome_arrived, outcome)  # from an import thread

        batch = self._services.start_import(sources, folder=folder, on_outcome=on_outcome, workers=self._import_workers)
        self._batches.append(batch)
        self._show_progress()

    def cancel_import(self) -> None:
        for batch in self._batches:
            batch.cancel()
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Cancelling…"))

    def importing(self) -> bool:
        return self._import_done < self._import_total

    def _outcome_arrived(self, outcome: ImportOutcome) -> None:
        """Gather finished imports; they are counted and shown in batches (one per timer tick)."""
        self._outcomes.append(outcome)
        if not self._batch_timer.isActive():
            self._batch_timer.start()

    @Slot()
    def _take_outcomes(self) -> None:
        """Count, report and show a batch of finished imports."""
        outcomes, self._outcomes = self._outcomes, []
        if not outcomes:
            return
        reported = []
        added = []
        for outcome in outcomes:
            self._import_done += 1
            if outcome.ok and ImportProblem.DUPLICATE not in outcome.problems:
                self._import_new += 1
            elif not outcome.ok and outcome.error is not ImportProblem.CANCELLED:
                self._import_failed += 1
            if outcome.problems and outcome.error is not ImportProblem.CANCELLED:
                reported.append(outcome)
            if outcome.sha256:
                self._loader.forget(outcome.sha256)
            if outcome.ok and outcome.asset_id is not None:
                added.append(outcome.asset_id)
        self._report(reported)
        self._show_progress()
        self._since_refresh.extend(added)
        self._queue_new(added)
        self._maybe_finish()

    def _queue_new(self, asset_ids: Sequence[int]) -> None:
        """Bring these assets into the grid (those the current filters match)."""
        self._new_ids.extend(asset_ids)
        if self._fetching or not self._new_ids:
            return
        ids, self._new_ids = self._new_ids, []
        self._fetching = True
        query = self.query()

        def work() -> tuple[list[LibraryItem], LibraryStats]:
            return self._services.search(query, among=ids), self._services.stats()

        def done(result: tuple[list[LibraryItem], LibraryStats]) -> None:
            self._fetching = False
            items, stats = result
            self._apply_stats(stats)
            if self.model.insert_items(items, sort_key(query.sort)):
                self.empty_hint.setVisible(False)
                self.items_changed.emit()
            self._queue_new([])
            self._maybe_finish()

        def failed(error: BaseException) -> None:
            self._fetching = False
            self._on_error(error)
            self._maybe_finish()

        # A full refresh started since cancels this (see `refresh`): it shows these rows itself.
        self._runner.submit(work, on_done=done, on_error=failed, key=_NEW_ROWS)

    def _maybe_finish(self) -> None:
        """Announce the end of an import once every outcome is counted and in the grid."""
        if self.importing() or self._fetching or self._new_ids or not self._batches:
            return
        self._batches = []
        final = BatchProgress(
            self._import_total,
            self._import_done,
            self._import_new,
            self._import_total - self._import_done,
            self._import_failed,
        )
        self.import_finished.emit(final)

    def _show_progress(self) -> None:
        busy = self.importing()
        for widget in self._progress_widgets:
            widget.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setRange(0, max(1, self._import_total))
        self.progress.setValue(self._import_done)
        text = self.tr("Imported {done} of {total}").replace("{done}", str(self._import_done))
        text = text.replace("{total}", str(self._import_total))
        if self._import_failed:
            text += " · " + self.tr("%n could not be imported", "", self._import_failed)
        self.progress_label.setText(text)
        if not busy and self._import_total:
            summary = self.tr("%n new item(s) imported", "", self._import_new)
            if self._import_failed:
                summary += " · " + self.tr("%n could not be imported", "", self._import_failed)
            self.storage.setToolTip(summary)

    def _report(self, outcomes: Sequence[ImportOutcome]) -> None:
        lines = []
        for outcome in outcomes:
            for problem in outcome.problems:
                lines.append(problem_text(problem, outcome.source.name))
        self._add_messages(lines)

    def _add_messages(self, lines: Sequence[str]) -> None:
        if not lines:
            return
        self._messages.extend(lines)
        shown = self._messages[-_MAX_MESSAGES:]
        hidden = len(self._messages) - len(shown)
        text = "\n".join(shown)
        if hidden:
            text = self.tr("…and %n earlier message(s)", "", hidden) + "\n" + text
        self.messages.setText(text)
        self.messages.setVisible(True)

    def message_lines(self) -> list[str]:
        """Every message shown since the last import started (tests read it)."""
        return list(self._messages)

    # Drag and drop onto the grid -------------------------------------------------------

    def eventFilter(self, watched: QObject, event) -> bool:
        if watched is self.grid.viewport():
            kind = event.type()
            if kind in (event.Type.DragEnter, event.Type.DragMove):
                if event.source() is self.grid:
                    return False
                if _importable(event.mimeData()):
                    event.setDropAction(Qt.DropAction.CopyAction)
                    event.accept()
                    return True
            elif kind == event.Type.Drop and event.source() is not self.grid and self.import_mime(event.mimeData()):
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def shutdown(self) -> None:
        """Stop imports and thumbnail loads (before the window closes)."""
        self.flush_alt_text()
        for batch in self._batches:
            batch.cancel()
        for batch in self._batches:
            batch.wait()
        self._loader.wait()


def _importable(mime: QMimeData) -> bool:
    if mime.hasFormat(MIME_ASSET_IDS):
        return False
    if any(u.isLocalFile() for u in mime.urls()):
        return True
    return mime.hasImage() or any(mime.hasFormat(f) for f in _RAW_IMAGE_FORMATS)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
