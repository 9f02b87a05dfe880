"""Import posts from a CSV file: choose it, see every row with every problem, then import the rows that can go.

Nothing is saved before "Import": the file is read and checked on the disk worker (the composer's
own rules), the table shows each row, and "Import N posts" writes them in one transaction
(`store.csv_posts_store.save_imported`) as drafts or scheduled, as the creator chose.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from postdesk.ui.about_dialog import SOURCE_URL
from postdesk.ui.csv_import.model import RowsModel
from postdesk.ui.csv_import.services import CsvServices
from postdesk.ui.csv_import.words import file_problem_text
from postdesk.ui.csv_import.work import MediaImportFailed, Preview, import_rows, read_preview
from postdesk.ui.local_format import format_list
from postdesk.ui.look.style import Tone, set_banner, set_tone

#: Where the columns are described (docs/CSV.md).
CSV_DOC_URL = f"{SOURCE_URL}/blob/main/docs/CSV.md"
PREVIEW_KEY = "csv-import-preview"


def choose_file_to_open(parent: QWidget) -> str:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("CsvImport", "Import posts from CSV"),
        "",
        QCoreApplication.translate("CsvImport", "CSV files (*.csv *.txt);;All files (*)"),
    )
    return path


def columns_help() -> str:
    """The columns in a sentence, and the link to their full description."""
    return QCoreApplication.translate(
        "CsvImport",
        "The first line names the columns: <b>text</b>, <b>accounts</b> (network:handle) or <b>networks</b>,"
        " <b>scheduled_at</b> (2026-03-10 09:30), <b>zone</b> (Europe/Paris; else the app's zone), <b>media</b>"
        " (file paths), <b>alt_text</b>, <b>tags</b> and <b>first_comment</b>. Lists are separated by semicolons."
        ' <a href="{url}">What each column means</a>',
    ).format(url=CSV_DOC_URL)


class CsvImportDialog(QDialog):
    """Choose a CSV file, preview every row with its problems, import.

    Args:
        services: the store, the worker and the clock.
        parent: the parent widget.
        ask_open_path: asks which file (default: an open dialog); "" means cancelled.
        open_url: opens the columns' description.

    Signals:
        imported: (post ids, scheduled) the posts were saved.
        previewed: a file was read and the table filled (or refused).

    Attributes:
        file_edit, choose_button: the chosen file and the button to choose one.
        help_label: the columns and the link to docs/CSV.md.
        summary: how many rows can be imported.
        table, model: the preview of every row.
        as_drafts, as_scheduled: how the posts are saved.
        import_button: "Import N posts".
        status: what happened (a refused file, the import's outcome).
    """

    imported = Signal(list, bool)
    previewed = Signal()

    def __init__(
        self,
        services: CsvServices,
        parent: QWidget | None = None,
        *,
        ask_open_path: Callable[[QWidget], str] = choose_file_to_open,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._ask_open_path = ask_open_path
        self._open_url = open_url
        self.preview: Preview | None = None
        self.setWindowTitle(self.tr("Import posts from CSV"))
        self.setAccessibleName(self.tr("Import posts from a CSV file"))
        self.resize(920, 560)
        layout = QVBoxLayout(self)

        self.help_label = QLabel(columns_help(), self)
        self.help_label.setWordWrap(True)
        self.help_label.setTextFormat(Qt.TextFormat.RichText)
        self.help_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.help_label.setAccessibleName(self.tr("The columns a CSV file of posts has"))
        self.help_label.linkActivated.connect(lambda url: self._open_url(QUrl(url)))
        layout.addWidget(self.help_label)

        row = QHBoxLayout()
        file_label = QLabel(self.tr("&File:"), self)
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen yet"))
        self.file_edit.setAccessibleName(self.tr("The CSV file to import"))
        file_label.setBuddy(self.file_edit)
        self.choose_button = QPushButton(self.tr("&Choose file\u2026"), self)
        self.choose_button.setAccessibleName(self.tr("Choose the CSV file to import"))
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(file_label)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("How many rows can be imported"))
        layout.addWidget(self.summary)
        self.model = RowsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Every row of the file, with its problems"))
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RowsModel.TEXT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(RowsModel.TEXT, 220)
        header.setSectionResizeMode(RowsModel.WHERE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(RowsModel.WHERE, 180)
        header.setSectionResizeMode(RowsModel.PROBLEMS, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        choice = QHBoxLayout()
        self.as_drafts = QRadioButton(self.tr("Save as &drafts"), self)
        self.as_drafts.setAccessibleName(self.tr("Save the imported posts as drafts"))
        self.as_scheduled = QRadioButton(self.tr("&Schedule the posts that have a time"), self)
        self.as_scheduled.setAccessibleName(
            self.tr("Schedule the imported posts that have a time; they must pass every check")
        )
        self._mode = QButtonGroup(self)
        self._mode.addButton(self.as_drafts)
        self._mode.addButton(self.as_scheduled)
        self.as_drafts.setChecked(True)
        self._mode.buttonToggled.connect(lambda _b, _on: self._refill())
        choice.addWidget(self.as_drafts)
        choice.addWidget(self.as_scheduled)
        choice.addStretch(1)
        layout.addLayout(choice)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What happened"))
        self.status.hide()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Import the posts that have no blocking problem"))
        self.import_button.setEnabled(False)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.import_posts)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.finished.connect(lambda _code: services.runner.cancel(PREVIEW_KEY))

    # -- reading ------------------------------------------------------------------------------

    def scheduled(self) -> bool:
        """Whether the creator chose to schedule (else drafts)."""
        return self.as_scheduled.isChecked()

    def choose_file(self) -> None:
        """Ask for a file, then read it."""
        path = self._ask_open_path(self)
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        """Read and check `path` on the worker; the table fills when it answers."""
        services = self._services
        self.file_edit.setText(path)
        self._say("")
        self.summary.setText(self.tr("Reading the file\u2026"))
        self.import_button.setEnabled(False)
        now = services.now()

        def read() -> Preview:
            return read_preview(path, services.database, services.zone(), now, services.relay())

        services.runner.submit(read, key=PREVIEW_KEY, on_done=self._show, on_error=self._unreadable)

    def _unreadable(self, _error: BaseException) -> None:
        self.summary.setText("")
        self._say(self.tr("Postdesk could not read this file. Nothing was imported."), Tone.DANGER)
        self.previewed.emit()

    def _show(self, preview: Preview) -> None:
        self.preview = preview
        if preview.problem is not None:
            self.model.set_rows([], self.scheduled())
            self.summary.setText("")
            self._say(file_problem_text(preview.problem, preview.params), Tone.DANGER)
            self._sync()
            self.previewed.emit()
            return
        self._refill()
        if preview.ignored_columns:
            self._say(
                self.tr("These columns are not read: {names}.").format(
                    names=format_list(list(preview.ignored_columns))
                ),
                Tone.WARNING,
            )
        self.table.resizeRowsToContents()
        self.previewed.emit()

    def _refill(self) -> None:
        preview = self.preview
        if preview is None or preview.problem is not None:
            return
        self.model.set_rows(preview.rows, self.scheduled(), preview.labels)
        total = len(preview.rows)
        ready = len(self.model.importable())
        self.summary.setText(
            self.tr("%n row(s) read.", "", total)
            + " "
            + (
                self.tr("All can be imported.")
                if ready == total
                else self.tr("%n cannot be imported as it is: see its problems below.", "", total - ready)
            )
        )
        set_tone(self.summary, None if ready == total else Tone.WARNING)
        self.table.resizeRowsToContents()
        self._sync()

    def _sync(self) -> None:
        ready = len(self.model.importable())
        self.import_button.setText(self.tr("&Import %n post(s)", "", ready))
        self.import_button.setEnabled(ready > 0)

    def _say(self, text: str, tone: Tone = Tone.INFO) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if text:
            set_banner(self.status, tone)

    # -- importing ----------------------------------------------------------------------------

    def import_posts(self) -> None:
        """Save every importable row in one transaction (media into the library first)."""
        preview = self.preview
        rows = self.model.importable()
        if preview is None or not rows:
            return
        services = self._services
        scheduled = self.scheduled()
        for widget in (self.import_button, self.choose_button, self.as_drafts, self.as_scheduled):
            widget.setEnabled(False)
        self._say(self.tr("Importing\u2026"))
        # A write that must finish: no key (newest-wins never drops a write).
        services.runner.submit(
            import_rows,
            services.database,
            services.paths,
            preview,
            rows,
            scheduled,
            services.now,
            on_done=lambda ids: self._imported(ids, scheduled),
            on_error=self._import_failed,
        )

    def _imported(self, ids: list[int], scheduled: bool) -> None:
        text = (
            self.tr("Imported %n post(s), scheduled where they had a time.", "", len(ids))
            if scheduled
            else self.tr("Imported %n post(s) as drafts.", "", len(ids))
        )
        self._say(text + " " + self.tr("They are in the calendar."), Tone.SUCCESS)
        self.close_button.setText(self.tr("Close"))
        self.choose_button.setEnabled(True)
        self.imported.emit(ids, scheduled)

    def _import_failed(self, error: BaseException) -> None:
        if isinstance(error, MediaImportFailed):
            text = self.tr(
                "Postdesk could not add \u201c{path}\u201d to the media library. Nothing was imported."
            ).format(path=error.path)
        else:
            text = self.tr("Postdesk could not save the posts (the disk may be full). Nothing was imported.")
        self._say(text, Tone.DANGER)
        for widget in (self.choose_button, self.as_drafts, self.as_scheduled):
            widget.setEnabled(True)
        self._sync()
