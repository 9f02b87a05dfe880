"""Typed storage errors that the UI can word, and the mapping from SQLite's own errors.

`store/` never shows prose: it raises one of these and `ui/` decides what to say.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import exc as sa_exc

# Numeric result codes (https://sqlite.org/rescode.html); Python exposes them from 3.11 on.
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_NOTADB = 26


class StoreError(Exception):
    """Base class of every error the store raises on purpose."""


class DatabaseCorrupt(StoreError):
    """The database file is not a SQLite database, or SQLite found it damaged.

    Attributes:
        path: the file concerned, as text (may be empty when unknown).
    """

    def __init__(self, path: str = "") -> None:
        super().__init__(f"database file is not usable: {path}")
        self.path = path


class DatabaseTooNew(StoreError):
    """The database was migrated by a newer Postdesk: this version does not know its schema.

    Attributes:
        revision: the schema revision found in the file.
    """

    def __init__(self, revision: str) -> None:
        super().__init__(f"database schema revision {revision!r} is newer than this app")
        self.revision = revision


class StorageFull(StoreError):
    """SQLite could not write because the disk (or the database's page limit) is full."""


def _sqlite_error(error: BaseException) -> BaseException:
    """Return the underlying sqlite3 exception when SQLAlchemy wrapped one."""
    if isinstance(error, sa_exc.DBAPIError) and error.orig is not None:
        return error.orig
    return error


def translate(error: BaseException, path: str = "") -> StoreError | None:
    """Map a SQLite failure onto a typed store error.

    Args:
        error: an exception raised by sqlite3 or by SQLAlchemy on top of it.
        path: the database file, for the message of `DatabaseCorrupt`.

    Returns:
        The typed error to raise instead, or None when the error is not one we type.
    """
    inner = _sqlite_error(error)
    if not isinstance(inner, sqlite3.Error):
        return None
    code = getattr(inner, "sqlite_errorcode", None)
    # The low byte is the primary result code; extended codes add detail in the high bytes.
    primary = code & 0xFF if isinstance(code, int) else None
    message = str(inner).lower()
    if primary == _SQLITE_FULL or "database or disk is full" in message:
        return StorageFull(str(inner))
    if primary in (_SQLITE_NOTADB, _SQLITE_CORRUPT) or "file is not a database" in message:
        return DatabaseCorrupt(path)
    if "database disk image is malformed" in message:
        return DatabaseCorrupt(path)
    return None
