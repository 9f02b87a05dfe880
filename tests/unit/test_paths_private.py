"""The data directory and everything in it is private to the user (0700 / 0600 on POSIX)."""

from __future__ import annotations

import logging
import os
import stat
import sys

import pytest

from postdesk import log
from postdesk.paths import Paths, make_private
from postdesk.store.db import open_database

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


@pytest.fixture
def loose_umask():  # type: ignore[no-untyped-def]
    """Start from the common default umask (022), and put the session's umask back afterwards."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _readable_by_others(base) -> list[str]:  # type: ignore[no-untyped-def]
    found = []
    for root, dirs, files in os.walk(base):
        for name in [root, *(os.path.join(root, n) for n in (*dirs, *files))]:
            info = os.lstat(name)
            mode = stat.S_IMODE(info.st_mode)
            if not stat.S_ISLNK(info.st_mode) and mode & 0o077:  # a link's own bits mean nothing
                found.append(f"{os.path.relpath(name, base)} {oct(mode)}")
    return found


def test_fresh_start_leaves_nothing_readable_by_others(tmp_path, loose_umask) -> None:
    paths = Paths(tmp_path / "home").ensure()
    database = open_database(paths)
    try:
        with database.engine.begin() as connection:  # a write, so the WAL and shared memory exist
            connection.exec_driver_sql("CREATE TABLE IF NOT EXISTS probe_private (x INTEGER)")
            connection.exec_driver_sql("INSERT INTO probe_private VALUES (1)")
        log.configure(paths.logs)
        log.get_logger("test").warning("a log line")
        (paths.media / "ab").mkdir()
        (paths.media / "ab" / "blob.jpg").write_bytes(b"\xff\xd8")
        (paths.backups / "postdesk-before.sqlite3").write_bytes(b"copy")
        created = {p.name for p in paths.base.rglob("*")}
        assert {"postdesk.sqlite3", "postdesk.log", "blob.jpg"} <= created
        assert _readable_by_others(paths.base) == []
        assert stat.S_IMODE(paths.base.stat().st_mode) == 0o700
    finally:
        for handler in list(logging.getLogger("postdesk").handlers):
            logging.getLogger("postdesk").removeHandler(handler)
            handler.close()
        database.engine.dispose()


def test_an_older_data_directory_is_made_private(tmp_path, loose_umask) -> None:
    base = tmp_path / "home"
    (base / "media").mkdir(parents=True)
    os.chmod(base, 0o755)
    (base / "postdesk.sqlite3").write_bytes(b"")
    (base / "media" / "old.png").write_bytes(b"")
    os.chmod(base / "postdesk.sqlite3", 0o644)
    outside = tmp_path / "shared.txt"
    outside.write_text("not ours")
    os.chmod(outside, 0o644)
    os.symlink(outside, base / "link-out")
    Paths(base).ensure()
    assert _readable_by_others(base) == []
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644  # a link is not followed
    assert make_private(base) == 0  # nothing left to change
