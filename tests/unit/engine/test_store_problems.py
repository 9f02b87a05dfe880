"""`postdesk --headless` words a refused database in one line (no traceback)."""

from __future__ import annotations

import sqlite3

from postdesk.engine.store_problems import EXIT_STORE, headless_message
from postdesk.paths import Paths
from postdesk.store.db import open_database
from postdesk.store.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseTooNew,
    DiskError,
    ForeignDatabase,
    StorageFull,
    StoreError,
)


def test_each_store_error_has_its_own_line(paths: Paths) -> None:
    errors = [DatabaseCorrupt("x", "malformed"), DatabaseTooNew("f00d"), ForeignDatabase("x"),
              DatabaseLocked("x"), StorageFull(), DiskError("disk I/O error"), StoreError("other")]
    lines = [headless_message(error, paths) for error in errors]
    assert len(set(lines)) == len(lines)
    for line in lines:
        assert "\n" not in line and line.startswith("postdesk --headless: ")
        assert "Nothing was changed." in line
        words = line.replace(str(paths.base), "FOLDER")
        assert "Error" not in words and "sqlite" not in words.replace("FOLDER/postdesk.sqlite3", "")
    assert "f00d" in lines[1]
    assert EXIT_STORE not in (0, 2, 75)


def test_a_foreign_file_gives_the_foreign_line(paths: Paths) -> None:
    with sqlite3.connect(paths.database) as raw:
        raw.execute("CREATE TABLE other_app (x INTEGER)")
    raw.close()
    try:
        open_database(paths)
    except StoreError as error:
        assert "another program's database" in headless_message(error, paths)
    else:  # pragma: no cover
        raise AssertionError("a foreign file must be refused")
