"""Opening the database at start-up, with every store error put in words and a way out.

`open_or_explain(paths, show_error)` is what `app.run_gui` calls: it returns the open database,
or None once the user has been told why Postdesk cannot start (the app then exits with status 2).
A damaged database comes with an offer to put the newest automatic backup in its place
("Restore the newest backup"); the damaged file is moved aside, never deleted, and Postdesk starts
normally on the restored copy.

Every message is a literal in `QCoreApplication.translate("Startup", ...)` so lupdate sees it;
`store/` raises typed errors and never words them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from postdesk.log import get_logger
from postdesk.paths import Paths
from postdesk.store.db import (
    Database,
    backup_taken_at,
    newest_backup,
    open_database,
    restore_newest_backup,
)
from postdesk.store.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseTooNew,
    DiskError,
    ForeignDatabase,
    StorageFull,
    StoreError,
)
from postdesk.store.restore_hold import hold_after_restore

_log = get_logger("ui.startup_errors")

#: Shows a start-up problem: (title, text).
ShowError = Callable[[str, str], object]
#: Asks whether to restore the newest backup: (title, text) → True to restore.
AskRestore = Callable[[str, str], bool]


def explain(error: StoreError, paths: Paths) -> tuple[str, str]:
    """A title and a text for a store error met at start-up, in the user's words.

    Args:
        error: the typed error `open_database` raised.
        paths: the data directory (its files are named in the text).

    Returns:
        (title, text).
    """
    translate = QCoreApplication.translate
    database = str(paths.database)
    if isinstance(error, DatabaseCorrupt):
        return (
            translate("Startup", "Postdesk can't read its database"),
            translate(
                "Startup",
                "The file {path} is damaged or is not a Postdesk database. Nothing has been changed or deleted.",
            ).format(path=database),
        )
    if isinstance(error, DatabaseTooNew):
        return (
            translate("Startup", "This database is from a newer Postdesk"),
            translate(
                "Startup",
                "Your data ({path}) was last opened by a newer version of Postdesk, or by a build this "
                "version does not know (schema {revision}). Install that version again to use it. "
                "Nothing has been changed.",
            ).format(path=database, revision=error.revision),
        )
    if isinstance(error, ForeignDatabase):
        return (
            translate("Startup", "This is not a Postdesk database"),
            translate(
                "Startup",
                "The file {path} is a database of another program, not Postdesk's. Postdesk has not "
                "changed it. Move it to another folder to start Postdesk afresh, or start Postdesk with "
                "another data folder (postdesk --data-dir FOLDER).",
            ).format(path=database),
        )
    if isinstance(error, DatabaseLocked):
        return (
            translate("Startup", "Postdesk's database is in use"),
            translate(
                "Startup",
                "Another program is using the file {path}, perhaps another copy of Postdesk. Close it "
                "and start Postdesk again. Nothing has been changed.",
            ).format(path=database),
        )
    if isinstance(error, StorageFull):
        return (
            translate("Startup", "The disk is full"),
            translate(
                "Startup",
                "Postdesk needs a little free space on the disk that holds {folder} to start. Free some "
                "space and start Postdesk again. Nothing has been changed.",
            ).format(folder=str(paths.base)),
        )
    if isinstance(error, DiskError):
        return (
            translate("Startup", "Postdesk can't read or write its database"),
            translate(
                "Startup",
                "Your computer refused to read or write the file {path}: the disk may be failing, "
                "read-only or disconnected. Nothing has been changed. Check the disk and start Postdesk "
                "again.",
            ).format(path=database),
        )
    return (
        translate("Startup", "Postdesk can't start"),
        translate(
            "Startup",
            "Postdesk could not open its database ({path}). Nothing has been changed.",
        ).format(path=database),
    )


def _when(moment: datetime | None) -> str:
    if moment is None:
        return QCoreApplication.translate("Startup", "an earlier start")
    local = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()
    locale = QLocale()
    return QCoreApplication.translate("Startup", "{date} at {time}").format(
        date=locale.toString(local.date(), QLocale.FormatType.LongFormat),
        time=locale.toString(local.time(), QLocale.FormatType.ShortFormat),
    )


def restore_offer(paths: Paths, backup: Path) -> str:
    """The paragraph that offers to restore `backup`: what is kept, what is lost, where things go."""
    return QCoreApplication.translate(
        "Startup",
        "Postdesk keeps a copy of your data made on {when}. It can put that copy in place: anything you "
        "changed after {when} will be missing, and posts due since then are paused so that none goes out "
        "twice. The damaged file is kept in {folder}, not deleted.",
    ).format(when=_when(backup_taken_at(backup)), folder=str(paths.base))


def restore_box(title: str, text: str, parent: QWidget | None = None) -> QMessageBox:
    """The question shown for a damaged database: "Restore the newest backup" or "Quit".

    Returns:
        The box, not yet shown; `box.clickedButton() is box.property("restore_button")` after
        `exec()` means the user chose to restore.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    restore = box.addButton(
        QCoreApplication.translate("Startup", "Restore the newest backup"), QMessageBox.ButtonRole.AcceptRole
    )
    quit_button = box.addButton(QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.setEscapeButton(quit_button)
    box.setProperty("restore_button", restore)
    return box


def _ask_with_box(title: str, text: str) -> bool:
    box = restore_box(title, text)
    box.exec()
    return box.clickedButton() is box.property("restore_button")


def _show_with_box(title: str, text: str) -> None:
    QMessageBox.critical(None, title, text)


def open_or_explain(
    paths: Paths,
    show_error: ShowError | None = None,
    *,
    ask_restore: AskRestore | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Database | None:
    """Open the database, or tell the user why not; return None when Postdesk must exit.

    Args:
        paths: the data directory.
        show_error: shows a problem (title, text); a modal message box by default.
        ask_restore: asks whether to restore the newest backup of a damaged database (title,
            text → True to restore); a message box with "Restore the newest backup" by default.
            When only `show_error` is given (a test, a benchmark), nothing is offered: a modal
            question would wait for an answer that never comes.
        clock: names the damaged file moved aside.

    Returns:
        The open database, or None after the problem was shown.
    """
    show = show_error or _show_with_box
    ask = ask_restore or (_ask_with_box if show_error is None else None)
    try:
        return open_database(paths)
    except StoreError as caught:
        error = caught
    _log.error("Could not open the database: %s %s", type(error).__name__, getattr(error, "detail", "") or "")
    title, text = explain(error, paths)
    if not isinstance(error, DatabaseCorrupt) or ask is None:
        show(title, text)
        return None
    backup = newest_backup(paths)
    if backup is None:
        show(
            title,
            text
            + "\n\n"
            + QCoreApplication.translate(
                "Startup",
                "Postdesk found no backup it could restore. Copies made before each update are kept in {folder}.",
            ).format(folder=str(paths.backups)),
        )
        return None
    if not ask(title, text + "\n\n" + restore_offer(paths, backup)):
        return None
    return _restore_and_open(paths, show, clock)


def _restore_and_open(paths: Paths, show: ShowError, clock: Callable[[], datetime]) -> Database | None:
    translate = QCoreApplication.translate
    try:
        report = restore_newest_backup(paths, clock=clock)
    except OSError as error:
        _log.error("Restoring the backup failed: %s", error)
        show(
            translate("Startup", "The backup could not be restored"),
            translate(
                "Startup",
                "Postdesk could not put the backup in place ({reason}). Your files in {folder} are as they "
                "were or moved aside, never deleted.",
            ).format(reason=error.strerror or type(error).__name__, folder=str(paths.base)),
        )
        return None
    if report is None:  # the backup became unusable between the question and now
        title, text = explain(DatabaseCorrupt(str(paths.database)), paths)
        show(title, text)
        return None
    _log.info("restored %s; the damaged file is kept as %s", report.backup.name, report.damaged.name)
    try:
        database = open_database(paths)
    except StoreError as error:
        title, text = explain(error, paths)
        show(title, text)
        return None
    try:
        # Before any engine runs: what may have gone out since the backup must not go out again.
        held = hold_after_restore(database, clock())
    except StoreError as error:
        database.close()
        title, text = explain(error, paths)
        show(title, text)
        return None
    _log.info("restored from a backup: %d posts paused for the user to check", len(held))
    return database
