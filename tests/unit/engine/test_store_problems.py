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
    errors = [
        DatabaseCorrupt("x", "malformed"),
        DatabaseTooNew("f00d"),
        ForeignDatabase("x"),
        DatabaseLocked("x"),
        StorageFull(),
        DiskError("disk I/O error"),
        StoreError("other"),
    ]
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


def test_headless_on_a_damaged_database_prints_one_line_and_exits(paths: Paths) -> None:
    import os
    import subprocess
    import sys

    paths.database.write_bytes(b"not a database at all " * 200)
    before = paths.database.read_bytes()
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "postdesk",
            "--data-dir",
            str(paths.base),
            "--headless",
            "--exit-when-idle",
            "--no-shipped-adapters",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, POSTDESK_HOME=str(paths.base)),
    )
    assert out.returncode == EXIT_STORE, out.stderr
    assert "Traceback" not in out.stderr
    assert "is damaged or is not a Postdesk database" in out.stderr
    assert paths.database.read_bytes() == before
