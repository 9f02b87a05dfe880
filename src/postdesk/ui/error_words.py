"""The words for an error no pane handled: the one message the user sees (`BackgroundRunner`'s reporter).

A pane that knows what it was doing passes its own `on_error` and says something more precise;
this is what is left, worded for a creator (never a traceback, never a raw exception text).
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from postdesk.store.errors import DatabaseLocked, DiskError, StorageFull


def describe_error(error: BaseException) -> str:
    """One sentence saying what went wrong and what the user can do."""
    if isinstance(error, StorageFull) or (isinstance(error, OSError) and error.errno == errno.ENOSPC):
        return QCoreApplication.translate(
            "Problems", "The disk is full, so Postdesk could not save. Free some space; your work is still open."
        )
    if isinstance(error, DatabaseLocked):
        return QCoreApplication.translate(
            "Problems", "Another program held Postdesk's database, so this did not finish. Try again in a moment."
        )
    if isinstance(error, DiskError | PermissionError):
        return QCoreApplication.translate(
            "Problems", "Your computer refused to read or write Postdesk's files. Check the disk, then try again."
        )
    if isinstance(error, TimeoutError | ConnectionError):
        return QCoreApplication.translate(
            "Problems", "The network did not answer in time. Postdesk will try again when you ask."
        )
    return QCoreApplication.translate(
        "Problems",
        "Postdesk could not finish what it was doing. Try again; if it keeps happening, the log in "
        "the data folder says what went wrong.",
    )
