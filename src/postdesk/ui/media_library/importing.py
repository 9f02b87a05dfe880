"""Importing into the library: what a drop, the clipboard or Import… carries, the progress row,
the messages about files that could not be imported, and bringing new assets into the grid.

Imports run on the importer's thread pool. Outcomes are collected off the UI thread and taken
in batches (at most one every `_IMPORT_BATCH_MS`); the new assets are read on a worker and
slotted into the grid as row insertions, so a thousand-file import never reloads or re-lays out
the whole grid (benchmarks/bench_media_import.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMimeData, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from postdesk.media.importer import BatchProgress, ImportBatch, ImportOutcome, ImportSource, expand_paths
from postdesk.media.problems import ImportProblem
from postdesk.store.repositories.media_library import LibraryItem, LibraryQuery, sort_key
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.dropped_paths import local_path
from postdesk.ui.local_format import format_number
from postdesk.ui.media_library.models import MIME_ASSET_IDS, AssetGridModel
from postdesk.ui.media_library.services import LibraryStats, MediaLibraryServices
from postdesk.ui.media_library.wording import problem_text

# Raw image formats a browser or another app may put in a drag or on the clipboard, best first:
# the original bytes beat Qt's re-encoded QImage.
_RAW_IMAGE_FORMATS = ("image/png", "image/jpeg", "image/webp", "image/gif", "image/heic")
_EXT = {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp", "image/gif": ".gif", "image/heic": ".heic"}
# Import outcomes reach the UI thread at most this often, as one batch: a signal per file would
# cost the UI thread a repaint of the progress row and a database read per file.
_IMPORT_BATCH_MS = 50
_MAX_MESSAGES = 6
#: Background request key: a full refresh cancels a pending fetch of new rows.
NEW_ROWS = "media-new-rows"


def png_bytes(image: QImage) -> bytes:
    """Encode a QImage as PNG (runs on a worker: QImage is usable off the UI thread)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def importable(mime: QMimeData) -> bool:
    """Whether a drag carries something to import (not the library's own asset drags)."""
    if mime.hasFormat(MIME_ASSET_IDS):
        return False
    if any(u.isLocalFile() for u in mime.urls()):
        return True
    return mime.hasImage() or any(mime.hasFormat(f) for f in _RAW_IMAGE_FORMATS)


class ImportController(QObject):
    """Runs imports and shows their progress and messages.

    Args:
        services: starts imports and reads the new rows.
        runner: the UI's background runner.
        model: the grid's model (new rows are inserted into it).
        query: the grid's current query (new rows are shown only if they match it).
        forget_thumbnail: drops a cached thumbnail of a re-imported digest.
        workers: import threads (None: one per CPU core).

    Attributes:
        progress, progress_label, cancel_button: the progress row (see `progress_row`).
        messages: the label listing problems.

    Signals:
        finished(object): an import finished; carries the final BatchProgress.
        rows_added(): new rows were inserted into the grid.
        stats_changed(object): fresh LibraryStats after new rows were read.
    """

    finished = Signal(object)
    rows_added = Signal()
    stats_changed = Signal(object)

    def __init__(
        self,
        services: MediaLibraryServices,
        runner: BackgroundRunner,
        model: AssetGridModel,
        query: Callable[[], LibraryQuery],
        forget_thumbnail: Callable[[str], None],
        parent_widget: QWidget,
        *,
        workers: int | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self._services, self._runner, self._model = services, runner, model
        self._query, self._forget = query, forget_thumbnail
        self._workers = workers
        self._batches: list[ImportBatch] = []
        self._total = self._done = self._new = self._failed = 0
        self._messages: list[str] = []
        # Assets imported but not yet in the grid, whether a fetch of new rows is under way,
        # and the assets imported since the last full refresh started (see `refresh_shown`).
        self._new_ids: list[int] = []
        self._fetching = False
        self._since_refresh: list[int] = []
        self._outcomes: list[ImportOutcome] = []  # finished imports not yet counted (UI thread)
        self._batch_timer = QTimer(self, singleShot=True, interval=_IMPORT_BATCH_MS)
        self._batch_timer.timeout.connect(self._take_outcomes)

        self.progress = QProgressBar(parent_widget)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress_label = QLabel(parent_widget)
        self.cancel_button = QPushButton(self.tr("&Cancel import"), parent_widget)
        self.cancel_button.setAccessibleName(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self.cancel)
        for widget in self._progress_widgets():
            widget.setVisible(False)
        self.messages = QLabel(parent_widget)
        self.messages.setWordWrap(True)
        self.messages.setAccessibleName(self.tr("Import messages"))
        self.messages.setVisible(False)

    def _progress_widgets(self) -> tuple[QWidget, ...]:
        return (self.progress, self.progress_label, self.cancel_button)

    def progress_row(self) -> QHBoxLayout:
        """The progress bar, its label and Cancel, laid out in a row."""
        row = QHBoxLayout()
        row.addWidget(self.progress, 2)
        row.addWidget(self.progress_label, 3)
        row.addWidget(self.cancel_button)
        return row

    # Starting ------------------------------------------------------------------------------

    def choose_files(self, parent: QWidget, folder: str | None) -> None:
        """Ask for files with the system's dialog and import them into `folder`."""
        files, _filter = QFileDialog.getOpenFileNames(
            parent,
            self.tr("Import media"),
            "",
            self.tr(
                "Images and videos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.mp4 "
                "*.mov *.m4v *.webm);;All files (*)"
            ),
        )
        if files:
            self.import_paths([Path(f) for f in files], folder)

    def import_paths(self, paths: Sequence[Path], folder: str | None) -> None:
        """Import files and folders (folders are walked on a worker)."""
        self._runner.submit(
            lambda: [ImportSource.from_path(p) for p in expand_paths(paths)],
            on_done=lambda sources: self.import_sources(sources, folder=folder),
            on_error=self.report_error,
        )

    def import_mime(self, mime: QMimeData | None, folder: str | None) -> bool:
        """Import what a drop or the clipboard carries: files, folders, or raw image data.

        Returns:
            Whether there was anything importable.
        """
        if mime is None:
            return False
        local = [local_path(u) for u in mime.urls() if u.isLocalFile()]
        if local and not mime.hasFormat(MIME_ASSET_IDS):
            self.import_paths(local, folder)
            return True
        for fmt in _RAW_IMAGE_FORMATS:
            if mime.hasFormat(fmt):
                data = bytes(mime.data(fmt).data())
                if data:
                    name = self.tr("Pasted image") + _EXT[fmt]
                    self.import_sources([ImportSource.from_bytes(data, name)], folder=folder)
                    return True
        if mime.hasImage():
            image = QImage(mime.imageData())
            if not image.isNull():
                name = self.tr("Pasted image") + ".png"
                self._runner.submit(
                    png_bytes,
                    image,
                    on_done=lambda data: self.import_sources([ImportSource.from_bytes(data, name)], folder=folder),
                    on_error=self.report_error,
                )
                return True
        return False

    def import_sources(self, sources: Sequence[ImportSource], *, folder: str | None = None) -> None:
        """Start importing; progress and results arrive on the UI thread."""
        if not sources:
            return
        if not any(b for b in self._batches if b.progress.done < b.progress.total):
            self._total = self._done = self._new = self._failed = 0
            self._messages = []
            self.messages.setVisible(False)
        self._total += len(sources)
        runner = self._runner

        def on_outcome(outcome: ImportOutcome, _progress: BatchProgress) -> None:
            runner.call_soon(self._outcome_arrived, outcome)  # from an import thread

        batch = self._services.start_import(sources, folder=folder, on_outcome=on_outcome, workers=self._workers)
        self._batches.append(batch)
        self._show_progress()

    def cancel(self) -> None:
        for batch in self._batches:
            batch.cancel()
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Cancelling…"))

    def importing(self) -> bool:
        return self._done < self._total

    def shutdown(self) -> None:
        """Cancel imports and wait for their threads."""
        for batch in self._batches:
            batch.cancel()
        for batch in self._batches:
            batch.wait()

    # Outcomes ------------------------------------------------------------------------------

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
            self._done += 1
            if outcome.ok and ImportProblem.DUPLICATE not in outcome.problems:
                self._new += 1
            elif not outcome.ok and outcome.error is not ImportProblem.CANCELLED:
                self._failed += 1
            if outcome.problems and outcome.error is not ImportProblem.CANCELLED:
                reported.append(outcome)
            if outcome.sha256:
                self._forget(outcome.sha256)
            if outcome.ok and outcome.asset_id is not None:
                added.append(outcome.asset_id)
        self.report(reported)
        self._show_progress()
        self._since_refresh.extend(added)
        self._queue_new(added)
        self._maybe_finish()

    # The grid ------------------------------------------------------------------------------

    def refresh_started(self) -> None:
        """A full refresh of the grid began: it will show the rows a pending fetch would add."""
        if self._runner.cancel(NEW_ROWS):
            self._fetching = False  # its answer is dropped: this refresh shows those rows
        self._since_refresh = []

    def refresh_shown(self, shown: set[int]) -> None:
        """A full refresh landed; fetch again the assets imported after its query started."""
        self._queue_new([i for i in self._since_refresh if i not in shown])
        self._maybe_finish()  # an import whose last fetch this refresh replaced ends here

    def _queue_new(self, asset_ids: Sequence[int]) -> None:
        """Bring these assets into the grid (those the current filters match)."""
        self._new_ids.extend(asset_ids)
        if self._fetching or not self._new_ids:
            return
        ids, self._new_ids = self._new_ids, []
        self._fetching = True
        query = self._query()

        def work() -> tuple[list[LibraryItem], LibraryStats]:
            return self._services.search(query, among=ids), self._services.stats()

        def done(result: tuple[list[LibraryItem], LibraryStats]) -> None:
            self._fetching = False
            items, stats = result
            self.stats_changed.emit(stats)
            if self._model.insert_items(items, sort_key(query.sort)):
                self.rows_added.emit()
            self._queue_new([])
            self._maybe_finish()

        def failed(error: BaseException) -> None:
            self._fetching = False
            self.report_error(error)
            self._maybe_finish()

        # A full refresh started since cancels this (see `refresh_started`).
        self._runner.submit(work, on_done=done, on_error=failed, key=NEW_ROWS)

    def _maybe_finish(self) -> None:
        """Announce the end of an import once every outcome is counted and in the grid."""
        if self.importing() or self._fetching or self._new_ids or not self._batches:
            return
        self._batches = []
        final = BatchProgress(self._total, self._done, self._new, self._total - self._done, self._failed)
        self.finished.emit(final)

    # Words ---------------------------------------------------------------------------------

    def _show_progress(self) -> None:
        busy = self.importing()
        for widget in self._progress_widgets():
            widget.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setRange(0, max(1, self._total))
        self.progress.setValue(self._done)
        text = self.tr("Imported {done} of {total}").replace("{done}", format_number(self._done))
        text = text.replace("{total}", format_number(self._total))
        if self._failed:
            text += " · " + self.tr("%n could not be imported", "", self._failed)
        self.progress_label.setText(text)

    def summary(self) -> str:
        """What the last import did, in a line ("" before any import or while importing)."""
        if self.importing() or not self._total:
            return ""
        # Nothing new (every file was already there, or none could be read) has its own words: the
        # plural message with 0 reads "0 novo item" in Brazilian Portuguese.
        text = self.tr("%n new item(s) imported", "", self._new) if self._new else self.tr("Nothing new imported")
        if self._failed:
            text += " · " + self.tr("%n could not be imported", "", self._failed)
        return text

    def report(self, outcomes: Sequence[ImportOutcome]) -> None:
        self.add_messages([problem_text(p, o.source.name) for o in outcomes for p in o.problems])

    def report_error(self, error: BaseException) -> None:
        self.add_messages([self.tr("Something went wrong: {what}").replace("{what}", type(error).__name__)])

    def add_messages(self, lines: Sequence[str]) -> None:
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
        """Every message shown since the last import started."""
        return list(self._messages)
