"""The calendar bar's "CSV" button: "Import posts from CSV…" and "Export posts to CSV…".

The app makes one `CsvControls` with the calendar pane (`install`); it places the button at the
end of the calendar's bar and reloads the calendar after an import.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMenu, QToolButton, QWidget

from postdesk.core.calendar import CalendarFilter
from postdesk.ui.csv_import.services import CsvServices

if TYPE_CHECKING:
    from postdesk.ui.calendar.view import CalendarPane
    from postdesk.ui.csv_import.dialog import CsvImportDialog
    from postdesk.ui.csv_import.export_dialog import CsvExportDialog


def _choose_file_to_open(parent: QWidget) -> str:
    from postdesk.ui.csv_import.dialog import choose_file_to_open

    return choose_file_to_open(parent)


def _choose_file_to_save(parent: QWidget, suggested: str) -> str:
    from postdesk.ui.csv_import.export_dialog import choose_file_to_save

    return choose_file_to_save(parent, suggested)


class CalendarLike(Protocol):
    """What the controls read from the calendar pane."""

    @property
    def anchor(self) -> date: ...

    @property
    def filter(self) -> CalendarFilter: ...

    def reload(self) -> None: ...


class CsvControls(QObject):
    """The button, its menu and the dialogs it opens.

    Signals:
        imported: (post ids, scheduled) an import saved posts.

    Attributes:
        button: the bar's "CSV" button (its menu holds the two actions).
        import_action, export_action: the menu's entries.
        dialog: the open dialog, or None.
        ask_open_path, ask_save_path: the file choosers the dialogs use (tests put their own).
    """

    imported = Signal(list, bool)

    def __init__(self, services: CsvServices, calendar: CalendarLike, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._calendar = calendar
        self._parent = parent
        self.dialog: QDialog | None = None
        self.ask_open_path: Callable[[QWidget], str] = _choose_file_to_open
        self.ask_save_path: Callable[[QWidget, str], str] = _choose_file_to_save
        self.button = QToolButton(parent)
        self.button.setObjectName("calendarCsv")
        self.button.setText(self.tr("CSV"))
        self.button.setAccessibleName(self.tr("Import or export posts as a CSV file"))
        self.button.setToolTip(self.tr("Import posts from a CSV file, or export them to one"))
        self.button.setAutoRaise(True)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        menu.setObjectName("calendarCsvMenu")
        self.import_action = menu.addAction(self.tr("&Import posts from CSV\u2026"))
        self.export_action = menu.addAction(self.tr("&Export posts to CSV\u2026"))
        self.import_action.triggered.connect(self.open_import)
        self.export_action.triggered.connect(self.open_export)
        self.button.setMenu(menu)

    def open_import(self) -> CsvImportDialog:
        """Open the import dialog (and its file chooser)."""
        from postdesk.ui.csv_import.dialog import CsvImportDialog

        dialog = CsvImportDialog(self._services, self._parent, ask_open_path=self.ask_open_path)
        dialog.imported.connect(self._imported)
        self._keep(dialog)
        dialog.choose_file()
        return dialog

    def open_export(self) -> CsvExportDialog:
        """Open the export dialog on the calendar's month and filter."""
        from postdesk.ui.csv_import.export_dialog import CsvExportDialog

        anchor = self._calendar.anchor
        first = anchor.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        dialog = CsvExportDialog(
            self._services, first, last, self._calendar.filter, self._parent, ask_save_path=self.ask_save_path
        )
        self._keep(dialog)
        return dialog

    def _keep(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _code: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _imported(self, ids: list[int], scheduled: bool) -> None:
        self._calendar.reload()
        self.imported.emit(ids, scheduled)


def install(calendar: CalendarPane, services: CsvServices) -> CsvControls:
    """Make the controls for the calendar pane and place the button at the end of its bar."""
    controls = CsvControls(services, calendar, calendar)
    layout = calendar.toolbar.layout()
    assert layout is not None  # the bar lays itself out in its constructor
    layout.addWidget(controls.button)
    return controls
