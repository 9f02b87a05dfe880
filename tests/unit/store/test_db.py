"""Opening, migrating, backing up, and the typed errors of `store.db`."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData, Table, event, text
from sqlmodel import SQLModel

from postdesk.core.entities import Post
from postdesk.paths import Paths
from postdesk.store import tables  # noqa: F401  (fills SQLModel.metadata)
from postdesk.store.db import (
    KEEP_BACKUPS,
    Database,
    alembic_config,
    head_revision,
    open_database,
)
from postdesk.store.errors import DatabaseCorrupt, DatabaseTooNew, StorageFull
from postdesk.store.repositories import PostRepository, SettingsRepository
from postdesk.store.tables import PostRow

from .conftest import T0


def _pragma(db: Database, name: str) -> object:
    with db.read_session() as session:
        return session.connection().exec_driver_sql(f"PRAGMA {name}").scalar()


def test_pragmas_are_really_on(db: Database) -> None:
    assert _pragma(db, "journal_mode") == "wal"
    assert _pragma(db, "foreign_keys") == 1
    assert _pragma(db, "synchronous") == 1  # NORMAL
    assert _pragma(db, "busy_timeout") == 5000


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), db.session() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO post_media (post_id, position, asset_id) VALUES (999, 0, 999)"
        )


def test_migrates_from_empty_to_head_without_backup(paths: Paths) -> None:
    database = open_database(paths)
    try:
        assert database.migration.from_revision is None
        assert database.migration.to_revision == head_revision()
        assert database.migration.backup is None
        assert list(paths.backups.iterdir()) == []
    finally:
        database.close()


def test_migrated_schema_matches_the_models(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []
        # The comparison can see a difference: a model-only table shows up.
        other = MetaData()
        for table in SQLModel.metadata.sorted_tables:
            table.to_metadata(other)
        Table("not_migrated", other, Column("id", Integer, primary_key=True))
        assert compare_metadata(context, other) != []


def test_reopening_at_head_does_nothing(paths: Paths) -> None:
    open_database(paths).close()
    database = open_database(paths)
    try:
        assert database.migration.from_revision == head_revision()
        assert database.migration.backup is None
    finally:
        database.close()


def test_existing_database_is_backed_up_before_migrating(paths: Paths) -> None:
    # An older Postdesk database: migrated to the revision before head, with a row in it. (A file
    # with tables but no Alembic revision at all is another program's, and is refused.)
    database = open_database(paths)
    PostRepository(database).save(Post(parts=("kept",)), now=T0)
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "-1")
    database.close()
    database = open_database(paths, clock=lambda: T0)
    try:
        backup = database.migration.backup
        assert backup is not None
        assert backup.parent == paths.backups
        assert backup.name == f"postdesk-before-{head_revision()}-20250301T120000000000Z.sqlite3"
        with sqlite3.connect(backup) as copy:
            assert copy.execute("SELECT parts_json FROM post").fetchall() == [('["kept"]',)]
            # Taken before migrating: it still records the older revision.
            (older,) = copy.execute("SELECT version_num FROM alembic_version").fetchone()
        copy.close()
        assert older != head_revision()
        assert database.migration.from_revision == older
    finally:
        database.close()


def test_backup_sees_committed_rows_still_in_the_wal(paths: Paths) -> None:
    database = open_database(paths)
    PostRepository(database).save(Post(parts=("in the wal",)), now=T0)
    # Go back to base while a connection keeps the WAL un-checkpointed, then reopen.
    config = alembic_config()
    with database.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE keep_me (note TEXT)")
        connection.exec_driver_sql("INSERT INTO keep_me SELECT parts_json FROM post")
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    reopened = open_database(paths, clock=lambda: T0)
    try:
        backup = reopened.migration.backup
        assert backup is not None
        with sqlite3.connect(backup) as copy:
            assert copy.execute("SELECT note FROM keep_me").fetchall() == [('["in the wal"]',)]
        copy.close()
    finally:
        reopened.close()
        database.close()


def test_only_the_newest_backups_are_kept(paths: Paths) -> None:
    config = alembic_config()
    for i in range(KEEP_BACKUPS + 2):
        database = open_database(paths, clock=lambda i=i: T0 + timedelta(minutes=i))
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        database.close()
    kept = sorted(p.name for p in paths.backups.iterdir())
    assert len(kept) == KEEP_BACKUPS
    # The first open found an empty file (no backup); opens 1..6 made backups; 1 was pruned.
    assert kept[0].endswith("20250301T120200000000Z.sqlite3")
    assert kept[-1].endswith("20250301T120600000000Z.sqlite3")


def test_newer_database_is_refused(paths: Paths) -> None:
    open_database(paths).close()
    with sqlite3.connect(paths.database) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    raw.close()
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(paths)
    assert caught.value.revision == "9999_from_the_future"
    assert list(paths.backups.iterdir()) == []


def test_corrupt_file_is_reported(paths: Paths) -> None:
    paths.database.write_bytes(b"this is not a database, just some text " * 200)
    with pytest.raises(DatabaseCorrupt):
        open_database(paths)


def test_disk_full_is_reported(db: Database) -> None:
    page_count = _pragma(db, "page_count")
    assert isinstance(page_count, int)

    def cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={page_count + 2}")

    # max_page_count is per connection: make every new pooled connection capped.
    event.listen(db.engine, "connect", cap)
    db.engine.dispose()
    posts = PostRepository(db)
    with pytest.raises(StorageFull):
        posts.save(Post(parts=("x" * 200_000,)), now=T0)
    # Nothing half-written: the failed transaction was rolled back.
    with db.read_session() as session:
        assert session.connection().execute(text("SELECT count(*) FROM post")).scalar() == 0
    SettingsRepository(db).set("still", "writable for small things")


def test_naive_datetimes_are_refused_and_aware_ones_come_back_utc(db: Database) -> None:
    with pytest.raises(Exception, match="naive"), db.session() as session:
        session.add(PostRow(created_at=datetime(2025, 1, 1), updated_at=T0))
        session.flush()
    plus2 = timezone(timedelta(hours=2))
    with db.session() as session:
        row = PostRow(created_at=datetime(2025, 1, 1, 14, tzinfo=plus2), updated_at=T0)
        session.add(row)
        session.flush()
        row_id = row.id
    with db.read_session() as session:
        stored = session.get(PostRow, row_id)
        assert stored is not None
        assert stored.created_at == datetime(2025, 1, 1, 12, tzinfo=UTC)
        assert stored.created_at.tzinfo is UTC


def test_a_saved_draft_survives_sigkill(paths: Paths) -> None:
    open_database(paths).close()
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("_crash_writer.py")), str(paths.base), "kill me now"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        post_id = int(child.stdout.readline())
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    database = open_database(paths)
    try:
        found = PostRepository(database).get(post_id)
        assert found is not None
        assert found.parts == ("kill me now",)
    finally:
        database.close()
    if child.stdin is not None:
        child.stdin.close()
    if child.stdout is not None:
        child.stdout.close()


def test_sessions_work_from_another_thread(db: Database) -> None:
    import threading

    errors: list[BaseException] = []

    def work() -> None:
        try:
            SettingsRepository(db).set("from_thread", [1, 2])
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert errors == []
    assert SettingsRepository(db).get("from_thread") == [1, 2]
