"""The two settings the first paint needs (language, theme), read before the store is opened.

Start-up paints the window before SQLAlchemy is even imported (issue 11: first window in under
twice a bare Qt window). Only the language and the theme change how that first window looks, so
only their rows are read here: read-only, with the standard library's `sqlite3`, through the
settings schema (`core.settings`: the same storage keys, the same allowed values and defaults).
Nothing is written and nothing is migrated. Whatever goes wrong (no database yet, rows of an older
version, a locked or damaged file) gives the defaults: the store is opened properly right after,
and the settings it reads are the ones in force (`run_gui` applies them if they differ).

A file that SQLite refuses outright (not a database, a damaged header) is reported as not
`readable`: start-up then explains it before showing any window, as it always did.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from postdesk.core import settings as schema

#: How long the look waits for a writer holding the file (then the defaults are used).
BUSY_TIMEOUT_S = 0.05


@dataclass(frozen=True)
class FirstLook:
    """How the first window looks.

    Attributes:
        language: the chosen language ("" for the system's).
        theme: the theme choice ("system", "light" or "dark").
        readable: False when the file exists and SQLite refused it as damaged or not a database.
    """

    language: str
    theme: str
    readable: bool = True


def peek(database: Path) -> FirstLook:
    """The language and theme stored in `database`, or the defaults (never raises, never writes)."""
    names = ("language", "theme")
    rows: dict[str, object] = {}
    readable = True
    if database.is_file():
        try:
            connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
            try:
                found = connection.execute(
                    "SELECT key, value_json FROM setting WHERE key IN (?, ?)",
                    tuple(schema.storage_key(name) for name in names),
                ).fetchall()
            finally:
                connection.close()
            rows = {str(key): json.loads(value) for key, value in found}
        except (sqlite3.Error, OSError, ValueError) as error:
            # Locked, or no setting table (an older or another program's file): the store decides.
            # Any other database error means SQLite cannot read the file at all.
            # Not logged here: `postdesk.log` (logging.handlers) costs more than the whole look; the
            # store, opened next, logs what is wrong with the file.
            readable = not isinstance(error, sqlite3.DatabaseError) or isinstance(error, sqlite3.OperationalError)
    preferences = schema.from_stored(rows)
    return FirstLook(language=preferences.language, theme=preferences.theme, readable=readable)
