"""Start-up store errors in words, and restoring the newest backup of a damaged database."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from postdesk.core.entities import Post
from postdesk.paths import Paths
from postdesk.store.db import alembic_config, open_database, schema_change
from postdesk.store.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseTooNew,
    DiskError,
    ForeignDatabase,
    StorageFull,
    StoreError,
)
from postdesk.store.repositories import PostRepository
from postdesk.ui import startup_errors

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]


class Shown:
    """Records what would have been shown to the user."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.asked: list[tuple[str, str]] = []

    def show(self, title: str, text: str) -> None:
        self.errors.append((title, text))

    def answer(self, restore: bool):
        def ask(title: str, text: str) -> bool:
            self.asked.append((title, text))
            return restore

        return ask


def _files(paths: Paths) -> dict[str, bytes]:
    """The data directory's files, less the empty WAL companions a read-only look may leave."""
    return {
        p.name: p.read_bytes()
        for p in paths.base.iterdir()
        if p.is_file() and not p.name.endswith("-shm") and not (p.name.endswith("-wal") and p.stat().st_size == 0)
    }


def _older_then_migrated(paths: Paths) -> None:
    """A database migrated at an update (so a backup exists), with a post made after the backup."""
    database = open_database(paths)
    PostRepository(database).save(Post(parts=("in the backup",)), now=T0)
    config = alembic_config()
    with schema_change(database.engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "-1")
    database.close()
    database = open_database(paths, clock=lambda: T0)
    assert database.migration.backup is not None
    PostRepository(database).save(Post(parts=("after the backup",)), now=T0)
    database.close()


def _damage(path: Path) -> None:
    with sqlite3.connect(path) as raw:
        root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'post'").fetchone()[0]
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)


def test_every_store_error_has_words_that_name_no_exception(qapp, paths: Paths) -> None:
    errors: list[StoreError] = [
        DatabaseCorrupt(str(paths.database), "malformed"),
        DatabaseTooNew("f00d"),
        ForeignDatabase(str(paths.database)),
        DatabaseLocked(str(paths.database)),
        StorageFull("database or disk is full"),
        DiskError("disk I/O error", "SQLITE_IOERR_SHMSIZE"),
        StoreError("something else"),
    ]
    seen_titles = set()
    for error in errors:
        title, text = startup_errors.explain(error, paths)
        seen_titles.add(title)
        assert title and text
        text = text.replace(str(paths.database), "FILE")
        for jargon in ("SQLITE", "sqlite3", "Error", "malformed", "disk I/O", "{"):
            assert jargon not in text, (type(error).__name__, text)
    assert len(seen_titles) == len(errors)  # each fault is told apart
    assert "f00d" in startup_errors.explain(DatabaseTooNew("f00d"), paths)[1]
    assert str(paths.base) in startup_errors.explain(StorageFull(), paths)[1]


def test_a_foreign_file_is_explained_and_kept(qapp, paths: Paths) -> None:
    with sqlite3.connect(paths.database) as raw:
        raw.execute("CREATE TABLE notes (body TEXT)")
    raw.close()
    before = _files(paths)
    shown = Shown()
    assert startup_errors.open_or_explain(paths, shown.show, ask_restore=shown.answer(True)) is None
    assert [t for t, _ in shown.errors] == ["This is not a Postdesk database"]
    assert "--data-dir" in shown.errors[0][1]
    assert shown.asked == []  # nothing to restore for another program's file
    assert _files(paths) == before


def test_an_unknown_revision_is_explained_and_kept(qapp, paths: Paths) -> None:
    open_database(paths).close()
    with sqlite3.connect(paths.database) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0042_from_a_dev_build'")
    raw.close()
    before = _files(paths)
    shown = Shown()
    assert startup_errors.open_or_explain(paths, shown.show) is None
    ((title, text),) = shown.errors
    assert title == "This database is from a newer Postdesk"
    assert "0042_from_a_dev_build" in text and "Nothing has been changed" in text
    assert _files(paths) == before


def test_a_damaged_database_offers_the_newest_backup_and_starts_on_it(qapp, paths: Paths) -> None:
    _older_then_migrated(paths)
    _damage(paths.database)
    damaged = paths.database.read_bytes()
    shown = Shown()

    database = startup_errors.open_or_explain(
        paths, shown.show, ask_restore=shown.answer(True), clock=lambda: T0 + timedelta(days=2)
    )

    assert database is not None
    try:
        assert [p.parts for p in PostRepository(database).list_drafts()] == [("in the backup",)]
    finally:
        database.close()
    assert shown.errors == []
    ((title, text),) = shown.asked
    assert title == "Postdesk can't read its database"
    assert "will be missing" in text and str(paths.base) in text
    aside = [p for p in paths.base.glob("postdesk-damaged-*.sqlite3")]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged  # moved aside, byte for byte


def test_declining_the_restore_changes_nothing(qapp, paths: Paths) -> None:
    _older_then_migrated(paths)
    _damage(paths.database)
    before = _files(paths)
    shown = Shown()
    assert startup_errors.open_or_explain(paths, shown.show, ask_restore=shown.answer(False)) is None
    assert len(shown.asked) == 1
    assert _files(paths) == before
    assert not list(paths.base.glob("postdesk-damaged-*"))


def test_a_damaged_database_without_backup_says_so(qapp, paths: Paths) -> None:
    database = open_database(paths)  # created now: no backup yet
    PostRepository(database).save(Post(parts=("x",)), now=T0)
    database.close()
    _damage(paths.database)
    shown = Shown()
    assert startup_errors.open_or_explain(paths, shown.show, ask_restore=shown.answer(True)) is None
    assert shown.asked == []
    ((title, text),) = shown.errors
    assert title == "Postdesk can't read its database"
    assert "no backup" in text


def test_the_restore_question_is_a_box_with_a_restore_button(qtbot, paths: Paths) -> None:
    box = startup_errors.restore_box("Postdesk can't read its database", "damaged")
    qtbot.addWidget(box)
    labels = [b.text() for b in box.buttons()]
    assert "Restore the newest backup" in labels and "Quit" in labels
    assert box.defaultButton() is box.property("restore_button")
    assert box.icon() == QMessageBox.Icon.Warning


# The offscreen platform cannot resize a shown message box to its hints; it says so.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_default_question_restores_when_the_button_is_clicked(qtbot, paths: Paths) -> None:
    _older_then_migrated(paths)
    _damage(paths.database)
    clicked: list[str] = []

    def click_restore() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not shown yet: look again on the next turn
            QTimer.singleShot(10, click_restore)
            return
        button = box.property("restore_button")
        clicked.append(button.text())
        button.click()

    QTimer.singleShot(0, click_restore)
    database = startup_errors.open_or_explain(paths)  # the real message box, answered by a click
    assert clicked == ["Restore the newest backup"]
    assert database is not None
    database.close()


START_AND_QUIT = """
import sys
from pathlib import Path
from postdesk.app import run_gui
from postdesk.paths import Paths
code = run_gui(Paths(Path(sys.argv[1])).ensure(),
               on_shown=lambda w: True,
               show_error=lambda title, text: print("error", title, "|", text, flush=True))
sys.exit(code)
"""


def test_run_gui_explains_a_page_corrupted_database_and_exits_2(paths: Paths) -> None:
    database = open_database(paths)
    PostRepository(database).save(Post(parts=("x",)), now=T0)
    database.close()
    _damage(paths.database)
    before = _files(paths)
    out = subprocess.run(
        [sys.executable, "-c", START_AND_QUIT, str(paths.base)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", POSTDESK_HOME=str(paths.base)),
        cwd=ROOT,
    )
    assert out.returncode == 2, out.stderr
    assert "error Postdesk can't read its database" in out.stdout
    assert "Traceback" not in out.stderr
    assert _files(paths) == before


def test_after_a_restore_posts_due_since_the_backup_are_paused_not_sent_again(qapp, paths: Paths) -> None:
    from sqlmodel import select

    from postdesk.core.entities import Target, TargetState
    from postdesk.core.networks import Network
    from postdesk.store.repositories.accounts import AccountRepository
    from postdesk.store.restore_hold import RESTORED_HOLD
    from postdesk.store.tables import TargetRow
    from postdesk.store.tables_engine import TargetDeliveryRow

    database = open_database(paths)
    account = AccountRepository(database).add(Network.MASTODON, "@me@example.social", now=T0)
    # Scheduled in the backup; it went out after the backup was taken (in the file now damaged).
    PostRepository(database).save(
        Post(
            parts=("went out after the backup",),
            scheduled_at=T0 + timedelta(hours=1),
            scheduled_zone="UTC",
            targets=(Target(Network.MASTODON, int(account.id), state=TargetState.SCHEDULED),),
        ),
        now=T0,
    )
    config = alembic_config()
    with schema_change(database.engine) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "-1")
    database.close()
    open_database(paths, clock=lambda: T0).close()  # the update: backup taken now
    _damage(paths.database)
    shown = Shown()

    restored = startup_errors.open_or_explain(
        paths, shown.show, ask_restore=shown.answer(True), clock=lambda: T0 + timedelta(days=2)
    )

    assert restored is not None and shown.errors == []
    assert "paused so that none goes out twice" in shown.asked[0][1]
    try:
        with restored.read_session() as session:
            target = session.exec(select(TargetRow)).one()
            delivery = session.get(TargetDeliveryRow, target.id)
        assert TargetState(target.state) is TargetState.PAUSED
        assert delivery.reason_code == RESTORED_HOLD
    finally:
        restored.close()


def test_the_restore_hold_is_worded_in_the_composer(qapp) -> None:
    from postdesk.store.restore_hold import RESTORED_HOLD
    from postdesk.ui.composer.activity import describe_code

    sentence = describe_code(RESTORED_HOLD)
    assert "restored from a backup" in sentence
    assert sentence != describe_code("no such code")


def test_the_tray_says_what_a_waiting_commit_means(qapp) -> None:
    from PySide6.QtGui import QIcon, QPixmap

    from postdesk.engine.events import NeedsAttention
    from postdesk.engine.landing import CANNOT_SAVE
    from postdesk.ui.tray import Tray

    tray = Tray(QIcon(QPixmap(16, 16)))
    tray.on_engine_event(NeedsAttention(1, 1, CANNOT_SAVE))
    tray.on_engine_event(NeedsAttention(2, 2, "a code nobody words"))
    (title, text), (_t, generic) = tray.notifications
    assert title == "Needs your attention"
    assert "disk full" in text and "not sent twice" in text
    assert text != generic
