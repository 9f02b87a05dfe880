"""Typed storage errors that the UI can word, and the mapping from SQLite's own errors.

`store/` never shows prose: it raises one of these and `ui/` decides what to say
(`ui/startup_errors.py` words every one of them at start-up).

Two families:
- the file cannot be used as it is (`DatabaseCorrupt`, `DatabaseTooNew`, `ForeignDatabase`): only
  the user can fix it, and the store never writes to such a file;
- the file is fine but cannot be written (or read) right now (`StoreUnavailable`: `StorageFull`,
  `DatabaseLocked`, `DiskError`): the same write may succeed later, which is why the engine
  retries the commit of a network's answer from memory until it lands.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import exc as sa_exc

# Primary result codes (https://sqlite.org/rescode.html); Python 3.11 exposes extended codes,
# whose low byte is the primary one.
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26


class StoreError(Exception):
    """Base class of every error the store raises on purpose."""


class DatabaseCorrupt(StoreError):
    """The database file is not a SQLite database, or SQLite found it damaged.

    Attributes:
        path: the file concerned, as text (may be empty when unknown).
        detail: what SQLite said (the first line of `PRAGMA quick_check`, or the error), for logs.
    """

    def __init__(self, path: str = "", detail: str = "") -> None:
        super().__init__(f"database file is not usable: {path}" + (f" ({detail})" if detail else ""))
        self.path = path
        self.detail = detail


class DatabaseTooNew(StoreError):
    """The file records a schema revision this version does not know.

    A newer Postdesk migrated it, or a build this one does not descend from (a development or
    test build). Either way this version must not touch it.

    Attributes:
        revision: the schema revision found in the file.
    """

    def __init__(self, revision: str) -> None:
        super().__init__(f"database schema revision {revision!r} is unknown to this version")
        self.revision = revision


class ForeignDatabase(StoreError):
    """The file is a SQLite database, but another program's, not Postdesk's.

    Attributes:
        path: the file concerned, as text.
    """

    def __init__(self, path: str = "") -> None:
        super().__init__(f"not a Postdesk database: {path}")
        self.path = path


class StoreUnavailable(StoreError):
    """The database is fine but could not be written (or read) just now; a retry may succeed."""


class StorageFull(StoreUnavailable):
    """SQLite could not write because the disk (or the database's page limit) is full."""


class DatabaseLocked(StoreUnavailable):
    """Another connection (usually another program) holds a lock SQLite waited for in vain.

    Attributes:
        path: the file concerned, as text.
    """

    def __init__(self, path: str = "") -> None:
        super().__init__(f"database is in use by another program: {path}")
        self.path = path


class DiskError(StoreUnavailable):
    """The operating system refused a read or write of the database (I/O error, read-only file).

    Attributes:
        code_name: SQLite's name of the error (e.g. "SQLITE_IOERR_SHMSIZE"), for logs.
    """

    def __init__(self, message: str = "", code_name: str = "") -> None:
        super().__init__(message or "the disk refused a read or write of the database")
        self.code_name = code_name


def _sqlite_error(error: BaseException) -> BaseException:
    """Return the underlying sqlite3 exception when SQLAlchemy wrapped one."""
    if isinstance(error, sa_exc.DBAPIError) and error.orig is not None:
        return error.orig
    return error


def translate(error: BaseException, path: str = "") -> StoreError | None:
    """Map a SQLite failure onto a typed store error.

    Args:
        error: an exception raised by sqlite3 or by SQLAlchemy on top of it.
        path: the database file, for the messages of the errors that name it.

    Returns:
        The typed error to raise instead, or None when the error is not one we type.
    """
    if isinstance(error, StoreError):
        return error
    inner = _sqlite_error(error)
    if not isinstance(inner, sqlite3.Error):
        return None
    code = getattr(inner, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    name = str(getattr(inner, "sqlite_errorname", "") or "")
    message = str(inner).lower()
    if primary == _SQLITE_FULL or "database or disk is full" in message:
        return StorageFull(str(inner))
    if primary in (_SQLITE_NOTADB, _SQLITE_CORRUPT) or "file is not a database" in message:
        return DatabaseCorrupt(path, str(inner))
    if "database disk image is malformed" in message:
        return DatabaseCorrupt(path, str(inner))
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in message:
        return DatabaseLocked(path)
    if primary in (_SQLITE_IOERR, _SQLITE_READONLY, _SQLITE_CANTOPEN) or "disk i/o error" in message:
        return DiskError(str(inner), name)
    return None
