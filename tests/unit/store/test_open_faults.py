"""Storage faults at open: each becomes a typed error and leaves every original file byte for byte.

Faults are made as real as this machine allows: a full disk is a tiny tmpfs (mounted in a private
user and mount namespace, so no root is needed), a lock is held by another process, damage is
garbage written over a page of a real database.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from alembic import command

from postdesk.core.entities import Post
from postdesk.paths import Paths
from postdesk.store.db import (
    KEEP_DAILY_BACKUPS,
    alembic_config,
    head_revision,
    newest_backup,
    open_database,
    restore_newest_backup,
    schema_change,
    usable_backups,
)
from postdesk.store.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseTooNew,
    ForeignDatabase,
    StorageFull,
    StoreError,
)
from postdesk.store.repositories import PostRepository

from .conftest import T0

ROOT = Path(__file__).resolve().parents[3]


def _originals(paths: Paths) -> dict[str, bytes]:
    """Every file of the data directory's top level and backups, with its bytes."""
    found: dict[str, bytes] = {}
    for folder in (paths.base, paths.backups):
        for item in folder.iterdir():
            if item.is_file():
                found[str(item.relative_to(paths.base))] = item.read_bytes()
    return found


def _assert_untouched(before: dict[str, bytes], paths: Paths) -> None:
    after = _originals(paths)
    for name, data in before.items():
        assert name in after, f"{name} was removed"
        assert after[name] == data, f"{name} was changed"
    # Only SQLite's own companions may appear (a reader creates the WAL index); never a backup.
    new = set(after) - set(before)
    assert all(n.endswith(("-wal", "-shm")) for n in new), new


def _head_database(paths: Paths, text: str = "hello") -> None:
    database = open_database(paths)
    PostRepository(database).save(Post(parts=(text,)), now=T0)
    database.close()


def _older_database(paths: Paths, text: str = "from before the update") -> None:
    """A Postdesk database one revision behind head, with one post in it."""
    database = open_database(paths)
    PostRepository(database).save(Post(parts=(text,)), now=T0)
    config = alembic_config()
    with schema_change(database.engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "-1")
    database.close()


def _corrupt_page_of(path: Path, table: str) -> None:
    """Write garbage over the root page of `table`, as a failing disk or a bad copy would."""
    with sqlite3.connect(path) as raw:
        root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(bytes(range(256)) * (page_size // 256))


# -- unknown revision, foreign file -----------------------------------------------------------


def test_an_unknown_revision_is_refused_and_left_alone(paths: Paths) -> None:
    _head_database(paths)
    with sqlite3.connect(paths.database) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'f00dfeed_unknown_build'")
    raw.close()
    before = _originals(paths)
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(paths)
    assert caught.value.revision == "f00dfeed_unknown_build"
    _assert_untouched(before, paths)
    assert list(paths.backups.iterdir()) == []


def test_a_foreign_sqlite_file_is_refused_and_not_converted(paths: Paths) -> None:
    # Another program's database, in rollback-journal mode: turning on WAL alone would rewrite
    # its header, and migrating would add our tables to it.
    with sqlite3.connect(paths.database) as raw:
        raw.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        raw.execute("INSERT INTO photos (name) VALUES ('cat.jpg')")
    raw.close()
    before = _originals(paths)
    with pytest.raises(ForeignDatabase):
        open_database(paths)
    _assert_untouched(before, paths)
    assert list(paths.backups.iterdir()) == []


def test_another_programs_alembic_database_is_foreign_not_newer(paths: Paths) -> None:
    with sqlite3.connect(paths.database) as raw:
        raw.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        raw.execute("INSERT INTO alembic_version VALUES ('3b1e5c2a9d01')")
        raw.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    raw.close()
    before = _originals(paths)
    with pytest.raises(ForeignDatabase):
        open_database(paths)
    _assert_untouched(before, paths)


def test_an_empty_sqlite_file_becomes_a_postdesk_database(paths: Paths) -> None:
    sqlite3.connect(paths.database).close()
    database = open_database(paths)
    try:
        assert database.migration.to_revision == head_revision()
    finally:
        database.close()


# -- damaged pages and the backup -------------------------------------------------------------


def test_a_page_corrupted_database_is_refused_not_opened_as_if_fine(paths: Paths) -> None:
    _head_database(paths)
    _corrupt_page_of(paths.database, "post")
    before = _originals(paths)
    with pytest.raises(DatabaseCorrupt) as caught:
        open_database(paths)
    assert caught.value.detail  # what SQLite found, for the log
    _assert_untouched(before, paths)


def test_restoring_the_newest_backup_moves_the_damaged_file_aside(paths: Paths) -> None:
    _older_database(paths, "in the backup")
    database = open_database(paths, clock=lambda: T0)  # migrates: the backup is taken here
    assert database.migration.backup is not None
    PostRepository(database).save(Post(parts=("after the backup",)), now=T0)
    database.close()
    _corrupt_page_of(paths.database, "post")
    damaged_bytes = paths.database.read_bytes()
    with pytest.raises(DatabaseCorrupt):
        open_database(paths)
    assert newest_backup(paths) == database.migration.backup

    report = restore_newest_backup(paths, clock=lambda: T0 + timedelta(days=1))

    assert report is not None
    assert report.backup == database.migration.backup and report.backup.exists()
    assert report.damaged.parent == paths.base
    assert report.damaged.read_bytes() == damaged_bytes  # moved aside, never deleted
    restored = open_database(paths, clock=lambda: T0 + timedelta(days=1))
    try:
        assert [p.parts for p in PostRepository(restored).list_drafts()] == [("in the backup",)]
    finally:
        restored.close()


def test_a_damaged_backup_is_skipped(paths: Paths) -> None:
    _older_database(paths)
    open_database(paths, clock=lambda: T0).close()  # a backup before migrating
    open_database(paths, clock=lambda: T0 + timedelta(days=1)).close()  # a daily backup
    older, newer = sorted(paths.backups.glob("*.sqlite3"), key=lambda p: p.stem[-22:])
    assert "before" in older.name and "daily" in newer.name
    assert usable_backups(paths) == [newer, older]
    _corrupt_page_of(newer, "post")
    assert usable_backups(paths) == [older]


def test_a_good_database_is_backed_up_once_a_day_at_open(paths: Paths) -> None:
    _head_database(paths, "never migrated, still backed up")
    open_database(paths, clock=lambda: T0).close()
    open_database(paths, clock=lambda: T0 + timedelta(hours=23)).close()  # not again the same day
    assert [backup.name for backup in usable_backups(paths)] == [
        f"postdesk-daily-{head_revision()}-20250301T120000000000Z.sqlite3"
    ]
    for day in range(1, 6):
        open_database(paths, clock=lambda day=day: T0 + timedelta(days=day)).close()
    kept = usable_backups(paths)
    assert len(kept) == KEEP_DAILY_BACKUPS and kept[0].name.endswith("20250306T120000000000Z.sqlite3")
    # A database that was never migrated can still be restored once damaged.
    _corrupt_page_of(paths.database, "post")
    with pytest.raises(DatabaseCorrupt):
        open_database(paths)
    assert restore_newest_backup(paths, clock=lambda: T0 + timedelta(days=7)) is not None
    restored = open_database(paths, clock=lambda: T0 + timedelta(days=7))
    try:
        assert [p.parts for p in PostRepository(restored).list_drafts()] == [("never migrated, still backed up",)]
    finally:
        restored.close()


def test_no_usable_backup_means_nothing_is_moved(paths: Paths) -> None:
    _head_database(paths)
    _corrupt_page_of(paths.database, "post")
    before = _originals(paths)
    assert restore_newest_backup(paths) is None
    _assert_untouched(before, paths)


# -- another process holds the database -------------------------------------------------------

HOLD_LOCK = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
connection.rollback()
connection.close()
"""


@pytest.fixture
def locker(paths: Paths):
    """Start a process that holds the database's write lock (BEGIN EXCLUSIVE) until released."""
    started: list[subprocess.Popen[str]] = []

    def hold() -> None:
        child = subprocess.Popen(
            [sys.executable, "-c", HOLD_LOCK, str(paths.database)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        started.append(child)
        assert child.stdout is not None and child.stdout.readline().strip() == "locked"

    yield hold
    for child in started:
        if child.stdin is not None:
            child.stdin.write("\n")
            child.stdin.close()
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()


def test_opening_an_up_to_date_database_needs_no_write_lock(paths: Paths, locker) -> None:
    _head_database(paths, "readable while another process writes")
    locker()
    database = open_database(paths)
    try:
        assert [p.parts for p in PostRepository(database).list_drafts()] == [("readable while another process writes",)]
    finally:
        database.close()


def test_a_migration_blocked_by_another_process_says_so_and_changes_nothing(paths: Paths, locker) -> None:
    _older_database(paths)
    locker()
    before = _originals(paths)
    with pytest.raises(DatabaseLocked):
        open_database(paths)
    _assert_untouched(before, paths)
    assert list(paths.backups.iterdir()) == []  # no backup either: the lock comes first


# -- a full disk ------------------------------------------------------------------------------

FULL_DISK_OPEN = """
import json, os, shutil, sys
from pathlib import Path
source, mount, leave = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
home = mount / "home"
shutil.copytree(source, home)
filler = os.open(mount / "filler", os.O_WRONLY | os.O_CREAT)
try:
    while True:
        os.write(filler, bytes(4096))
except OSError:
    pass
os.close(filler)
os.truncate(mount / "filler", max(0, os.path.getsize(mount / "filler") - leave))
before = {p.name: p.read_bytes() for p in home.iterdir() if p.is_file()}
from postdesk.paths import Paths
from postdesk.store.db import open_database
try:
    open_database(Paths(home)).close()
    error = None
except Exception as exc:
    error = type(exc).__name__
after = {p.name: p.read_bytes() for p in home.iterdir() if p.is_file()}
print(json.dumps({
    "error": error,
    "changed": sorted(n for n in before if after.get(n) != before[n]),
    "backups": sorted(p.name for p in (home / "backups").iterdir()),
}))
"""


def _unshare_works() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    return probe.returncode == 0


needs_tmpfs = pytest.mark.skipif(not _unshare_works(), reason="needs Linux user+mount namespaces")


def _open_on_full_disk(tmp_path: Path, source: Paths, leave: int) -> dict[str, object]:
    mount = tmp_path / "tiny-disk"
    mount.mkdir()
    script = (
        f'mount -t tmpfs -o size=4m tmpfs "{mount}" && '
        f'exec "{sys.executable}" -c "$0" "{source.base}" "{mount}" {leave}'
    )
    out = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, FULL_DISK_OPEN], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.splitlines()[-1])


@needs_tmpfs
def test_a_full_disk_with_an_existing_database_is_storage_full(tmp_path: Path, paths: Paths) -> None:
    # SQLite says "disk I/O error" here: it cannot create the WAL index of the existing file.
    _head_database(paths)
    result = _open_on_full_disk(tmp_path, paths, leave=0)
    assert result == {"error": "StorageFull", "changed": [], "backups": []}


@needs_tmpfs
def test_no_room_for_the_daily_backup_does_not_stop_the_start(tmp_path: Path, paths: Paths) -> None:
    _head_database(paths)
    result = _open_on_full_disk(tmp_path, paths, leave=64 * 1024)
    assert result == {"error": None, "changed": [], "backups": []}  # skipped, no partial copy left


@needs_tmpfs
def test_a_full_disk_during_the_pre_migration_backup_is_storage_full(tmp_path: Path, paths: Paths) -> None:
    # Room for the WAL index, not for the backup: refused before migrating, no partial backup left.
    _older_database(paths)
    result = _open_on_full_disk(tmp_path, paths, leave=64 * 1024)
    assert result == {"error": "StorageFull", "changed": [], "backups": []}


def test_every_open_fault_is_a_store_error() -> None:
    for kind in (DatabaseCorrupt, DatabaseLocked, DatabaseTooNew, ForeignDatabase, StorageFull):
        assert issubclass(kind, StoreError)


# -- migrations never cascade ------------------------------------------------------------------


def test_a_batch_migration_that_recreates_post_keeps_its_targets(paths: Paths) -> None:
    import sqlalchemy as sa
    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext

    from postdesk.core.entities import Target, TargetState
    from postdesk.core.networks import Network
    from postdesk.store.repositories.accounts import AccountRepository

    database = open_database(paths)
    account = AccountRepository(database).add(Network.MASTODON, "@me@example.social", now=T0)
    PostRepository(database).save(
        Post(parts=("kept",), targets=(Target(Network.MASTODON, int(account.id), state=TargetState.DRAFT),)), now=T0
    )
    # What a future revision does with `op.batch_alter_table("post")`: copy, drop, rename.
    with schema_change(database.engine) as connection:
        operations = Operations(MigrationContext.configure(connection))
        with operations.batch_alter_table("post", recreate="always") as batch:
            batch.alter_column("parts_json", existing_type=sa.String(), nullable=False)
    try:
        with database.read_session() as session:
            assert session.connection().exec_driver_sql("SELECT count(*) FROM target").scalar() == 1
            assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # on again
    finally:
        database.close()
