"""Opening the database: pragmas, migrations at start-up, backups, sessions.

`open_database(paths)` is the only way in. It opens (or creates) the SQLite file, applies any
pending Alembic migration after taking an online backup of the existing file, and returns a
`Database` whose `session()` gives one SQLModel session per call, so repositories can be used
from the worker thread and the engine thread alike (never share a session across threads).

Durability (a decision): the database runs in WAL mode with `synchronous=NORMAL`. SQLite's
documentation (https://sqlite.org/pragma.html#pragma_synchronous) says a WAL database with
NORMAL is always consistent, and transactions are durable across application crashes whatever
the setting; only a power loss or an OS crash may roll back the last few commits. A draft must
survive the app being killed, which NORMAL guarantees (a test SIGKILLs a writer to prove it);
FULL would add an fsync to every keystroke-driven autosave to cover power loss of the last
second or so, which we judge not worth it. The publishing engine's state transitions share this
trade-off: after a power loss a transition may be lost, which the `unknown` state covers.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, inspect
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from postdesk.log import get_logger
from postdesk.paths import Paths
from postdesk.store.errors import DatabaseTooNew, StoreError, translate
from postdesk.store.migrations import HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

_log = get_logger("store.db")

#: How many pre-migration backups to keep.
KEEP_BACKUPS = 5
#: How long a writer waits for another connection's lock before SQLITE_BUSY, in milliseconds.
BUSY_TIMEOUT_MS = 5000
_BACKUP_PREFIX = "postdesk-before-"
_BEGIN_OPTION = "postdesk_begin"


def _migrations_dir() -> str:
    """The Alembic script location shipped inside the package."""
    return str(resources.files("postdesk.store") / "migrations")


def alembic_config() -> Config:
    """An Alembic configuration built in code (no alembic.ini ships with the app)."""
    # Alembic is imported only when a migration (or its bookkeeping) is really needed: it
    # costs about 0.3 s, and an up-to-date database is the common start-up.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", _migrations_dir())
    return config


def head_revision() -> str:
    """The newest schema revision this version of the app knows, as Alembic computes it.

    `postdesk.store.migrations.HEAD_REVISION` is the cheap constant for the same thing.
    """
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migrations shipped")
    return head


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's begin event issue BEGIN itself: the sqlite3 module's implicit
    # transactions would otherwise run DDL (migrations) outside a transaction and never take
    # the write lock up front (https://docs.sqlalchemy.org/en/20/dialects/sqlite.html,
    # "Serializable isolation / Savepoints / Transactional DDL").
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _on_begin(connection: Connection) -> None:
    # A writing session takes the write lock at BEGIN: in WAL mode a read transaction that later
    # tries to write fails with SQLITE_BUSY at once when another connection wrote meanwhile,
    # without waiting for busy_timeout.
    mode = connection.get_execution_options().get(_BEGIN_OPTION, "IMMEDIATE")
    connection.exec_driver_sql(f"BEGIN {mode}")


@dataclass(frozen=True, slots=True)
class MigrationReport:
    """What `open_database` did to the schema.

    Attributes:
        from_revision: the revision found (None for an empty or new file).
        to_revision: the revision after opening.
        backup: the backup taken before migrating, or None.
    """

    from_revision: str | None
    to_revision: str
    backup: Path | None


class Database:
    """An open Postdesk database.

    Attributes:
        path: the SQLite file.
        engine: the SQLAlchemy engine (store-internal; other layers use repositories).
        migration: what happened to the schema when it was opened.
    """

    def __init__(self, path: Path, engine: Engine, migration: MigrationReport) -> None:
        self.path = path
        self.engine = engine
        self.migration = migration
        self._read_engine = engine.execution_options(**{_BEGIN_OPTION: "DEFERRED"})

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A writing session: commit on success, roll back on error.

        Raises:
            StorageFull: the disk (or page limit) is full.
            DatabaseCorrupt: SQLite found the file damaged.
        """
        with self._session(self.engine) as session:
            yield session

    @contextlib.contextmanager
    def read_session(self) -> Iterator[Session]:
        """A read-only session: it does not take the write lock, so it never waits on a writer."""
        with self._session(self._read_engine) as session:
            yield session

    @contextlib.contextmanager
    def _session(self, bind: Engine) -> Iterator[Session]:
        session = Session(bind=bind, expire_on_commit=False)
        try:
            yield session
            session.commit()
        except sa_exc.DBAPIError as error:
            session.rollback()
            typed = translate(error, str(self.path))
            if typed is not None:
                raise typed from error
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        """Close every pooled connection (a WAL checkpoint runs when the last one closes)."""
        self.engine.dispose()


def _recorded_revisions(engine: Engine) -> list[str]:
    """The revisions in the file's `alembic_version` table (none when it has no such table).

    Read with plain SQL rather than Alembic so that an up-to-date database, the common start-up,
    opens without importing Alembic (about 0.3 s).
    """
    with engine.connect() as connection:
        has_version_table = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        revisions: list[str] = []
        if has_version_table is not None:
            revisions = [
                str(row[0])
                for row in connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            ]
        connection.rollback()
    return revisions


def _current_revision(engine: Engine) -> tuple[str | None, bool]:
    """The schema revision in the file, and whether the file holds any table at all."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        revision = MigrationContext.configure(connection).get_current_revision()
        has_tables = bool(inspect(connection).get_table_names())
        connection.rollback()
    return revision, has_tables


def _backup(source: Path, backups: Path, target_rev: str, now: datetime) -> Path:
    """Copy the database with SQLite's online backup API, then keep only the newest few.

    A file copy could miss committed pages still in the -wal file; the backup API reads a
    consistent snapshot through SQLite itself.
    """
    backups.mkdir(parents=True, exist_ok=True)
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    destination = backups / f"{_BACKUP_PREFIX}{target_rev}-{stamp}.sqlite3"
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    _prune_backups(backups)
    return destination


def _prune_backups(backups: Path) -> None:
    """Delete all but the newest `KEEP_BACKUPS` pre-migration backups (newest by name stamp)."""
    found = sorted(
        backups.glob(f"{_BACKUP_PREFIX}*.sqlite3"),
        key=lambda p: p.stem.rsplit("-", 1)[-1],
    )
    for old in found[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)


def _migrate(engine: Engine, target: str) -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)


def open_database(
    paths: Paths, *, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
) -> Database:
    """Open the database in `paths`, migrating it to the newest schema this app knows.

    Args:
        paths: the data directory.
        clock: the time source used to name backups.

    Returns:
        The open database.

    Raises:
        DatabaseCorrupt: the file is not a SQLite database, or is damaged.
        DatabaseTooNew: a newer Postdesk migrated the file; this one cannot use it.
        StorageFull: the disk is full.
    """
    path = paths.database
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    try:
        report = _bring_up_to_date(engine, paths, clock)
    except sa_exc.DBAPIError as error:
        engine.dispose()
        typed = translate(error, str(path))
        if typed is not None:
            raise typed from error
        raise
    except (StoreError, sqlite3.Error) as error:
        engine.dispose()
        if isinstance(error, sqlite3.Error):
            typed = translate(error, str(path))
            if typed is not None:
                raise typed from error
        raise
    return Database(path, engine, report)


def _bring_up_to_date(
    engine: Engine, paths: Paths, clock: Callable[[], datetime]
) -> MigrationReport:
    if _recorded_revisions(engine) == [HEAD_REVISION]:
        return MigrationReport(HEAD_REVISION, HEAD_REVISION, None)
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = head_revision()
    current, has_tables = _current_revision(engine)
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseTooNew(current)
    if current == head:
        return MigrationReport(current, head, None)
    backup = None
    if has_tables:
        backup = _backup(paths.database, paths.backups, head, clock())
        _log.info("backed up database to %s before migrating %s -> %s", backup, current, head)
    _migrate(engine, head)
    return MigrationReport(current, head, backup)
