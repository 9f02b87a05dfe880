"""Export posts to a CSV file, in the columns the import reads (docs/CSV.md): a date range, or what
the calendar's filter shows, or every post."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from postdesk.core.calendar import CalendarFilter
from postdesk.ui.csv_import.services import CsvServices
from postdesk.ui.csv_import.work import export_posts
from postdesk.ui.look.style import Tone, set_banner


def choose_file_to_save(parent: QWidget, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CsvExport", "Export posts to CSV"),
        suggested,
        QCoreApplication.translate("CsvExport", "CSV files (*.csv)"),
    )
    return path


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class CsvExportDialog(QDialog):
    """Which posts to export, then where.

    Args:
        services: the store, the worker and the clock.
        first, last: the range offered first (the calendar's shown period).
        shown: the calendar's filter in force (offered when active).
        parent: the parent widget.
        ask_save_path: asks where to write (default: a save dialog); "" means cancelled.

    Signals:
        exported: (count) the file was written.

    Attributes:
        from_edit, to_edit: the first and last day (in the app's zone).
        everything: export every post, whatever its date (drafts without a time too).
        filtered: only what the calendar's filter shows.
        export_button: "Export…".
        status: what happened.
    """

    exported = Signal(int)

    def __init__(
        self,
        services: CsvServices,
        first: date,
        last: date,
        shown: CalendarFilter | None = None,
        parent: QWidget | None = None,
        *,
        ask_save_path: Callable[[QWidget, str], str] = choose_file_to_save,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._shown = shown if shown is not None and shown.active else None
        self._ask_save_path = ask_save_path
        self.setWindowTitle(self.tr("Export posts to CSV"))
        self.setAccessibleName(self.tr("Export posts to a CSV file"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("The file has the columns the import reads, so it can be edited in a spreadsheet and imported."),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.from_edit = QDateEdit(_qdate(first), self)
        self.to_edit = QDateEdit(_qdate(last), self)
        for edit, name in (
            (self.from_edit, self.tr("First day of posts to export")),
            (self.to_edit, self.tr("Last day of posts to export")),
        ):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
        form.addRow(self.tr("&From:"), self.from_edit)
        form.addRow(self.tr("&To:"), self.to_edit)
        layout.addLayout(form)
        self.everything = QCheckBox(self.tr("&Every post, whatever its date (drafts without a time too)"), self)
        self.everything.setAccessibleName(self.tr("Export every post"))
        self.everything.toggled.connect(self._sync)
        layout.addWidget(self.everything)
        self.filtered = QCheckBox(self.tr("&Only the posts the calendar's filter shows"), self)
        self.filtered.setAccessibleName(self.tr("Export only the posts the calendar's filter shows"))
        self.filtered.setEnabled(self._shown is not None)
        self.filtered.setChecked(self._shown is not None)
        if self._shown is None:
            self.filtered.setToolTip(self.tr("The calendar shows every post: no filter is on."))
        layout.addWidget(self.filtered)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What happened"))
        self.status.hide()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(self.tr("&Export\u2026"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setAccessibleName(self.tr("Choose where to write the file, then export"))
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _sync(self) -> None:
        every = self.everything.isChecked()
        self.from_edit.setEnabled(not every)
        self.to_edit.setEnabled(not every)
        self.filtered.setEnabled(self._shown is not None and not every)

    def span(self) -> tuple[datetime, datetime] | None:
        """The chosen days as UTC instants [start of the first, start of the day after the last)."""
        if self.everything.isChecked():
            return None
        zone = ZoneInfo(self._services.zone())
        first, last = _day(self.from_edit.date()), _day(self.to_edit.date())
        if last < first:
            first, last = last, first
        return (
            datetime.combine(first, time(), zone),
            datetime.combine(last + timedelta(days=1), time(), zone),
        )

    def export(self) -> None:
        """Ask where, then write on the worker."""
        span = self.span()
        suggested = "postdesk-posts.csv"
        if span is not None:
            suggested = f"postdesk-posts-{_day(self.from_edit.date()).isoformat()}-{_day(self.to_edit.date())}.csv"
        path = self._ask_save_path(self, suggested)
        if not path:
            return
        services = self._services
        shown = self._shown if self.filtered.isChecked() and span is not None else None
        self.export_button.setEnabled(False)
        services.runner.submit(
            export_posts,
            services.database,
            services.paths,
            path,
            services.zone(),
            span,
            shown,
            on_done=self._done,
            on_error=self._failed,
        )

    def _say(self, text: str, tone: Tone) -> None:
        self.status.setText(text)
        self.status.setVisible(True)
        set_banner(self.status, tone)

    def _done(self, count: int) -> None:
        self.export_button.setEnabled(True)
        if count:
            self._say(self.tr("Exported %n post(s).", "", count), Tone.SUCCESS)
        else:
            self._say(self.tr("No posts matched, so the file holds only the column names."), Tone.WARNING)
        self.exported.emit(count)

    def _failed(self, _error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self._say(
            self.tr("Postdesk could not write the file there (the folder may be read-only or the disk full)."),
            Tone.DANGER,
        )
