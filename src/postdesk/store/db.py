"""Opening the database: pragmas, migrations at start-up, backups, sessions.

`open_database(paths)` is the only way in. It first looks at the file read-only (`PRAGMA
quick_check`, whose file it is, which schema revision) and refuses, with a typed error and
without changing a byte, a damaged file, another program's SQLite file, or a revision it does
not know. Only when a migration is needed does it take the write lock, back the file up under
that lock, and migrate. It returns a `Database` whose `session()` gives one SQLModel session per
call, so repositories can be used from the worker thread and the engine thread alike (never
share a session across threads).

Backups (in `Paths.backups`, made with SQLite's online backup API): one before every migration,
and one a day at open once `quick_check` has passed, so that a database never migrated still
has a recent copy. `restore_newest_backup` puts the newest good backup in place of a damaged
file, moving the damaged one aside (never deleting it).

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
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from postdesk.log import get_logger
from postdesk.paths import Paths
from postdesk.store.errors import (
    DatabaseCorrupt,
    DatabaseTooNew,
    DiskError,
    ForeignDatabase,
    StorageFull,
    StoreError,
    translate,
)
from postdesk.store.migrations import HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

_log = get_logger("store.db")

#: How many pre-migration backups to keep.
KEEP_BACKUPS = 5
#: How many daily backups to keep (taken at open, when the newest backup is older than a day).
KEEP_DAILY_BACKUPS = 3
#: A database that passed `quick_check` is backed up at open when its newest backup is this old.
DAILY_BACKUP_EVERY = timedelta(days=1)
#: How long a writer waits for another connection's lock before SQLITE_BUSY, in milliseconds.
BUSY_TIMEOUT_MS = 5000
_BACKUP_PREFIX = "postdesk-before-"
_DAILY_PREFIX = "postdesk-daily-"
_DAMAGED_PREFIX = "postdesk-damaged-"
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
            DatabaseLocked: another program held the write lock longer than `BUSY_TIMEOUT_MS`.
            DiskError: the operating system refused the read or write.
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
            # A disk that refused the write may refuse the rollback too: say what failed first.
            try:
                session.rollback()
            except sa_exc.DBAPIError:
                _log.warning("rollback after a failed write failed too", exc_info=True)
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


#: Tables every Postdesk schema has had since its first revision. A file that records a revision
#: this version does not know, and has these, is a newer (or unknown) Postdesk's; without them it
#: is another program's.
_POSTDESK_TABLES = frozenset({"account", "post", "target"})
#: At most this many problems are listed by `PRAGMA quick_check` (one is enough to refuse).
_QUICK_CHECK_LIMIT = 5
#: Below this much free space, an I/O error while opening is reported as a full disk: SQLite says
#: "disk I/O error" when it cannot create the WAL index of an existing database on a full disk.
NEARLY_FULL_BYTES = 1 << 20


@dataclass(frozen=True, slots=True)
class _Found:
    """What a read-only look at the database file found.

    Attributes:
        exists: the file exists and is not empty.
        tables: names of its tables (SQLite's own and `alembic_version` left out).
        revisions: the rows of its `alembic_version` table; None when it has no such table.
    """

    exists: bool
    tables: frozenset[str] = frozenset()
    revisions: tuple[str, ...] | None = None


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file: no write, and no checkpoint when it closes."""
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro",
        uri=True,
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,
        check_same_thread=False,
    )


def _inspect(path: Path) -> _Found:
    """Look at the file without writing to it: SQLite or not, damaged or not, whose, which revision.

    Everything is read in one read transaction on a read-only connection: no write lock is
    taken, so another program holding the write lock (even `BEGIN EXCLUSIVE`) does not block it
    in WAL mode, and a refused file is left exactly as it was.

    Raises:
        DatabaseCorrupt: not a SQLite file, or `PRAGMA quick_check` found damage.
        sqlite3.Error: anything else SQLite said (the caller types it).
    """
    try:
        if path.stat().st_size == 0:
            return _Found(exists=False)
    except FileNotFoundError:
        return _Found(exists=False)
    connection = _read_only(path)
    try:
        connection.execute("BEGIN DEFERRED")
        # quick_check reads every page but skips the index-content cross-checks of
        # integrity_check: O(N), and it finds damaged pages, which otherwise read "as if fine"
        # until a query happens to touch them.
        problems = [str(row[0]) for row in connection.execute(f"PRAGMA quick_check({_QUICK_CHECK_LIMIT})")]
        if problems != ["ok"]:
            raise DatabaseCorrupt(str(path), problems[0] if problems else "quick_check gave no answer")
        tables = frozenset(
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            )
        )
        revisions: tuple[str, ...] | None = None
        if "alembic_version" in tables:
            revisions = tuple(str(row[0]) for row in connection.execute("SELECT version_num FROM alembic_version"))
        connection.execute("COMMIT")
    finally:
        connection.close()
    return _Found(True, tables - {"alembic_version"}, revisions)


def _check_ours(found: _Found, path: Path) -> None:
    """Refuse a file this version must not touch.

    Raises:
        ForeignDatabase: another program's SQLite file (tables, but no Postdesk revision).
        DatabaseTooNew: a Postdesk schema at a revision this version does not know.
    """
    if not found.exists or found.revisions == (HEAD_REVISION,):
        return
    if found.revisions is None:
        if found.tables:
            raise ForeignDatabase(str(path))
        return  # an empty SQLite file: made ours by the first migration
    from alembic.script import ScriptDirectory

    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    unknown = [rev for rev in found.revisions if rev not in known]
    if not unknown:
        return
    if found.tables >= _POSTDESK_TABLES:
        raise DatabaseTooNew(unknown[0])
    raise ForeignDatabase(str(path))


def _nearly_full(directory: Path) -> bool:
    try:
        return shutil.disk_usage(directory).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _typed(error: BaseException, path: Path) -> StoreError | None:
    """The typed error for a failure while opening (None: not one we type, re-raise as it is)."""
    typed = translate(error, str(path))
    if isinstance(typed, DiskError) and _nearly_full(path.parent):
        return StorageFull(str(error))
    return typed


def _backup(
    source: Path,
    backups: Path,
    target_rev: str,
    now: datetime,
    *,
    prefix: str = _BACKUP_PREFIX,
    keep: int = KEEP_BACKUPS,
) -> Path:
    """Copy the database with SQLite's online backup API, then keep only the newest few.

    A file copy could miss committed pages still in the -wal file; the backup API reads a
    consistent snapshot through SQLite itself.
    """
    backups.mkdir(parents=True, exist_ok=True)
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    destination = backups / f"{prefix}{target_rev}-{stamp}.sqlite3"
    # Written under another name and renamed when complete: a backup cut short (a full disk)
    # must never be taken for a good one, nor push a good one out of the kept few.
    partial = destination.with_name(destination.name + ".partial")
    try:
        src = sqlite3.connect(source)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(partial, destination)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    _prune_backups(backups, prefix, keep)
    return destination


def _prune_backups(backups: Path, prefix: str = _BACKUP_PREFIX, keep: int = KEEP_BACKUPS) -> None:
    """Delete all but the newest `keep` backups named with `prefix` (newest by name stamp)."""
    found = sorted(
        backups.glob(f"{prefix}*.sqlite3"),
        key=lambda p: p.stem.rsplit("-", 1)[-1],
    )
    for old in found[:-keep]:
        old.unlink(missing_ok=True)


def open_database(paths: Paths, *, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> Database:
    """Open the database in `paths`, migrating it to the newest schema this app knows.

    The file is first looked at read-only (`PRAGMA quick_check`, whose file it is, its schema
    revision); a file refused for any reason is left byte for byte as it was. The write lock is
    taken only when a migration is really needed, and the backup is made under it.

    Args:
        paths: the data directory.
        clock: the time source used to name backups.

    Returns:
        The open database.

    Raises:
        DatabaseCorrupt: the file is not a SQLite database, or is damaged
            (`restore_newest_backup` can put the newest good backup in its place).
        DatabaseTooNew: the file records a schema revision this version does not know.
        ForeignDatabase: the file is another program's SQLite database.
        DatabaseLocked: another program holds the file and a migration (or even reading) waited in vain.
        StorageFull: the disk is full.
        DiskError: the operating system refused to read or write the file.
    """
    path = paths.database
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        found = _inspect(path)
        _check_ours(found, path)
    except (sa_exc.DBAPIError, sqlite3.Error) as error:
        typed = _typed(error, path)
        if typed is None:
            raise
        raise typed from error
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    try:
        report = _bring_up_to_date(engine, paths, clock, found)
    except BaseException as error:
        engine.dispose()
        typed = _typed(error, path) if isinstance(error, Exception) else None
        if typed is None or typed is error:
            raise
        raise typed from error
    return Database(path, engine, report)


def _bring_up_to_date(engine: Engine, paths: Paths, clock: Callable[[], datetime], found: _Found) -> MigrationReport:
    current = found.revisions[0] if found.revisions else None
    if found.revisions == (HEAD_REVISION,):
        # Up to date, the common start-up: one read (which also sets up WAL on the first
        # connection), no write lock, no Alembic import.
        with engine.execution_options(**{_BEGIN_OPTION: "DEFERRED"}).connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            connection.rollback()
        _daily_backup(paths, clock())
        return MigrationReport(HEAD_REVISION, HEAD_REVISION, None)
    from alembic import command

    head = head_revision()
    config = alembic_config()
    backup = None
    # The write lock, taken only now that a migration is needed (BEGIN IMMEDIATE); held through
    # the backup so that what is backed up is exactly what gets migrated.
    with schema_change(engine) as connection:
        if found.exists and (found.tables or found.revisions is not None):
            backup = _backup(paths.database, paths.backups, head, clock())
            _log.info("backed up database to %s before migrating %s -> %s", backup, current, head)
        config.attributes["connection"] = connection
        command.upgrade(config, head)
    return MigrationReport(current, head, backup)


class ForeignKeyViolation(StoreError):
    """A schema change left rows pointing at nothing; it was rolled back (a migration bug)."""


@contextlib.contextmanager
def schema_change(engine: Engine) -> Iterator[Connection]:
    """A connection in a write transaction with foreign keys off, for migrations (and tests' downgrades).

    SQLite's own procedure for schema changes (https://sqlite.org/lang_altertable.html, "Making
    Other Kinds Of Table Schema Changes"): foreign keys off outside the transaction, change, then
    `PRAGMA foreign_key_check` before committing. Alembic's batch mode recreates a table by
    drop-and-rename; with foreign keys on (as on every other connection of ours), dropping a
    parent such as `post` would cascade-delete its targets, snapshots and activity.

    Raises:
        ForeignKeyViolation: the change broke a reference; nothing was committed.
    """
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        # Outside any transaction: inside one the pragma is a no-op.
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                before = set(map(tuple, connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()))
                yield connection
                after = set(map(tuple, connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()))
                broken = sorted(after - before, key=repr)  # only what this change broke
                if broken:
                    raise ForeignKeyViolation(f"{len(broken)} rows refer to missing rows, e.g. {broken[0]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


@dataclass(frozen=True, slots=True)
class RestoreReport:
    """What `restore_newest_backup` did.

    Attributes:
        backup: the backup copied into place (it stays in the backups folder).
        damaged: where the damaged database file was moved (never deleted).
    """

    backup: Path
    damaged: Path


def usable_backups(paths: Paths) -> list[Path]:
    """The automatic backups that pass `PRAGMA quick_check` and are Postdesk's, newest first."""
    found = sorted(_backups(paths.backups), key=lambda p: p.stem.rsplit("-", 1)[-1], reverse=True)
    usable: list[Path] = []
    for candidate in found:
        try:
            look = _inspect(candidate)
        except (StoreError, sqlite3.Error) as error:
            _log.warning("backup %s is not usable: %s", candidate.name, error)
            continue
        if look.exists and (look.revisions is not None or not look.tables):
            usable.append(candidate)
    return usable


def _backups(backups: Path) -> list[Path]:
    """Every automatic backup: taken before a migration, or daily."""
    return [*backups.glob(f"{_BACKUP_PREFIX}*.sqlite3"), *backups.glob(f"{_DAILY_PREFIX}*.sqlite3")]


def _daily_backup(paths: Paths, now: datetime) -> Path | None:
    """Back up a database that just passed `quick_check` when its newest backup is a day old.

    Without it, a database never migrated would have no backup to restore when it is damaged.
    A backup that fails (a full disk) is logged and skipped: it must not stop Postdesk starting.
    """
    taken = [t for t in (backup_taken_at(p) for p in _backups(paths.backups)) if t is not None]
    newest = max(taken, default=None)
    if newest is not None and newest <= now < newest + DAILY_BACKUP_EVERY:
        return None
    try:
        return _backup(paths.database, paths.backups, HEAD_REVISION, now, prefix=_DAILY_PREFIX, keep=KEEP_DAILY_BACKUPS)
    except (StoreError, sqlite3.Error, OSError) as error:
        _log.warning("daily backup skipped: %s", error)
        return None


def backup_taken_at(backup: Path) -> datetime | None:
    """When an automatic backup was taken (UTC), read from its name; None for another name."""
    stamp = backup.stem.rsplit("-", 1)[-1]
    try:
        return datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def newest_backup(paths: Paths) -> Path | None:
    """The newest usable automatic backup, or None when there is none."""
    usable = usable_backups(paths)
    return usable[0] if usable else None


def restore_newest_backup(
    paths: Paths, *, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
) -> RestoreReport | None:
    """Put the newest usable backup in place of a damaged database; return what was done.

    The damaged file and its `-wal`/`-shm` companions are moved aside together (a damaged
    database's WAL must never be replayed onto the backup) under `postdesk-damaged-<time>`
    names in the data directory; nothing is deleted. The backup is copied (it stays a backup)
    to a temporary name and renamed into place, so a crash midway leaves either no database or
    the whole backup. Call it only while no connection to the database is open.

    Returns:
        The report, or None when there is no usable backup (then nothing was touched).
    """
    backup = newest_backup(paths)
    if backup is None:
        return None
    database = paths.database
    stamp = clock().astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    damaged = database.with_name(f"{_DAMAGED_PREFIX}{stamp}{database.suffix}")
    for suffix in ("", "-wal", "-shm", "-journal"):
        source = Path(f"{database}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{damaged}{suffix}"))
    incoming = database.with_name(f"{database.name}.restoring")
    shutil.copyfile(backup, incoming)
    with open(incoming, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(incoming, database)
    _log.info("restored %s from %s; the damaged file is kept as %s", database.name, backup.name, damaged.name)
    return RestoreReport(backup, damaged)
