"""One line for `postdesk --headless` when the database cannot be opened, instead of a traceback.

The window words these errors through `ui/startup_errors.py` (translated); the headless engine
has no Qt and prints plain English to stderr, like its other command-line messages, and exits
with `EXIT_STORE`.
"""

from __future__ import annotations

from postdesk.paths import Paths
from postdesk.store.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseTooNew,
    DiskError,
    ForeignDatabase,
    StorageFull,
    StoreError,
)

#: Exit status of a headless run refused by its database (sysexits' EX_IOERR).
EXIT_STORE = 74


def headless_message(error: StoreError, paths: Paths) -> str:
    """The line a headless start prints when `open_database` refused: what, and what to do."""
    path = paths.database
    if isinstance(error, DatabaseCorrupt):
        what = (
            f"{path} is damaged or is not a Postdesk database. Start the Postdesk window to restore "
            f"the newest backup (from {paths.backups}); the damaged file is kept."
        )
    elif isinstance(error, DatabaseTooNew):
        what = (
            f"{path} was last opened by a newer Postdesk or an unknown build (schema {error.revision}). "
            "Install that version again to use it."
        )
    elif isinstance(error, ForeignDatabase):
        what = f"{path} is another program's database, not Postdesk's. Move it away or use another --data-dir."
    elif isinstance(error, DatabaseLocked):
        what = f"{path} is in use by another program. Close it and try again."
    elif isinstance(error, StorageFull):
        what = f"the disk holding {paths.base} is full. Free some space and try again."
    elif isinstance(error, DiskError):
        what = f"the system refused to read or write {path} (failing, read-only or missing disk?)."
    else:
        what = f"{path} could not be opened."
    return f"postdesk --headless: {what} Nothing was changed."
