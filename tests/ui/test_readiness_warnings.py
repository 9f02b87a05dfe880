"""A scheduled post that becomes impossible is flagged before its time: calendar marker, tooltip, tray.

Against a real migrated store: posts are scheduled while everything is fine, then the account
is disconnected or removed (or the post targets a network without an adapter); the watcher
(`ui.readiness`) finds it on the worker, the calendar's entry carries the warning and the tray
says it once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from postdesk.core.entities import AccountStatus, TargetState
from postdesk.core.media_info import MediaKind, NewAsset
from postdesk.core.networks import Network
from postdesk.paths import Paths
from postdesk.store.db import Database
from postdesk.store.repositories import PostRepository
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.calendar import CalendarRepository
from postdesk.store.repositories.media_library import MediaLibraryRepository
from postdesk.store.repositories.readiness import load_readiness
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.calendar import CalendarPane
from postdesk.ui.calendar.models import WARNINGS_ROLE
from postdesk.ui.calendar.paint import paint_chip
from postdesk.ui.readiness import ReadinessWatcher, install_readiness
from postdesk.ui.tray import Tray
from tests.ui.calendar.test_calendar_support import SEED_NOW, RecordingActions, add_post, open_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WHEN = datetime(2025, 3, 25, 9, 0, tzinfo=UTC)  # five days after SEED_NOW: not yet due
SHIPPED = frozenset({Network.BLUESKY, Network.MASTODON, Network.X, Network.THREADS, Network.LINKEDIN, Network.TELEGRAM})


@pytest.fixture
def db(paths: Paths) -> Iterator[Database]:
    database = open_store(paths)
    yield database
    database.close()


@pytest.fixture
def runner() -> Iterator[BackgroundRunner]:
    background = BackgroundRunner()
    yield background
    background.shutdown()


def _account(db: Database, network: Network, handle: str) -> int:
    return AccountRepository(db).add(network, handle, now=SEED_NOW).id  # type: ignore[return-value]


def _watch(qtbot, watcher: ReadinessWatcher) -> dict[int, tuple[str, ...]]:
    with qtbot.waitSignal(watcher.warnings_changed, timeout=3000) as blocker:
        watcher.refresh()
    return blocker.args[0]


def test_a_disconnected_account_warns_in_the_calendar_and_once_in_the_tray(qtbot, db, runner) -> None:
    masto = _account(db, Network.MASTODON, "me@example.social")
    fine = add_post(db, "fine", WHEN, (Network.MASTODON,), accounts=(masto,))
    pane = CalendarPane(
        CalendarRepository(db),
        runner,
        RecordingActions(),
        zone=ZoneInfo("Europe/Berlin"),
        now=lambda: SEED_NOW,
        queues=list,
    )
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    pane.show()
    with qtbot.waitSignal(pane.loaded):
        pane.start()
    tray = Tray(QIcon(QPixmap(16, 16)))
    watcher = install_readiness(db, runner, calendar=pane, tray=tray)
    assert watcher.warnings() == {} and not tray.notifications
    cell = pane.month_model.index_of_date(WHEN.date())
    assert cell.data(WARNINGS_ROLE) == {}

    # Later, the account is disconnected: the post is flagged before its time.
    AccountRepository(db).set_status(masto, AccountStatus.DISCONNECTED)
    warnings = _watch(qtbot, watcher)
    assert list(warnings) == [fine]
    assert "Mastodon account chosen for this post was disconnected" in warnings[fine][0]
    assert cell.data(WARNINGS_ROLE) == warnings
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "⚠" in tip and "disconnected" in tip
    assert len(tray.notifications) == 1
    title, text = tray.notifications[0]
    assert "cannot go out" in title and "disconnected" in text

    # Its warning changes (the account is removed), but the tray does not say it twice.
    AccountRepository(db).remove(masto)
    warnings = _watch(qtbot, watcher)
    assert "Choose the Mastodon account" in warnings[fine][0]
    assert len(tray.notifications) == 1
    watcher.stop()


def test_list_view_marks_the_row_and_says_why(qtbot, db, runner) -> None:
    post = add_post(db, "to instagram", WHEN, (Network.INSTAGRAM,), accounts=(_account(db, Network.INSTAGRAM, "me"),))
    watcher = ReadinessWatcher(lambda: load_readiness(db), runner, adapters=SHIPPED)
    warnings = _watch(qtbot, watcher)
    assert "Postdesk cannot publish to Instagram yet" in warnings[post][0]
    pane = CalendarPane(
        CalendarRepository(db),
        runner,
        RecordingActions(),
        zone=ZoneInfo("Europe/Berlin"),
        now=lambda: SEED_NOW,
        queues=list,
    )
    qtbot.addWidget(pane)
    pane.agenda_model.set_warnings(warnings)
    entry = CalendarRepository(db).entry(post)
    assert entry is not None
    pane.agenda_model.set_entries([entry], ZoneInfo("Europe/Berlin"))
    row = pane.agenda_model.index(0, 2)
    assert row.data(WARNINGS_ROLE) == warnings[post]
    assert "Instagram yet" in row.data(Qt.ItemDataRole.ToolTipRole)


def test_only_targets_still_to_be_sent_are_checked(qtbot, db, runner) -> None:
    x = _account(db, Network.X, "me")
    add_post(db, "sent already", WHEN, (Network.X,), TargetState.PUBLISHED, accounts=(x,))
    add_post(db, "a draft", None, (Network.X,), TargetState.DRAFT, accounts=(None,))
    due = add_post(db, "due now, no account", WHEN, (Network.X,), TargetState.DUE, accounts=(None,))
    readiness = load_readiness(db)
    assert {t.post_id for t in readiness.targets} == {due}
    watcher = ReadinessWatcher(lambda: load_readiness(db), runner, adapters=SHIPPED)
    assert list(_watch(qtbot, watcher)) == [due]


def test_threads_media_without_a_relay_is_flagged(qtbot, db, runner) -> None:
    threads = _account(db, Network.THREADS, "me")
    asset = MediaLibraryRepository(db).add_asset(
        NewAsset(
            sha256="ab" * 32,
            original_name="door.jpg",
            mime="image/jpeg",
            kind=MediaKind.IMAGE,
            size_bytes=10,
            width=10,
            height=10,
            duration_s=None,
            created_at=None,
            imported_at=SEED_NOW,
        )
    )
    text_only = add_post(db, "words only", WHEN, (Network.THREADS,), accounts=(threads,))
    with_photo = add_post(db, "with a photo", WHEN, (Network.THREADS,), accounts=(threads,))
    posts = PostRepository(db)
    stored = posts.get(with_photo)
    assert stored is not None
    posts.save(replace(stored, media=(asset,)), now=SEED_NOW)
    warnings = _watch(qtbot, ReadinessWatcher(lambda: load_readiness(db), runner, adapters=SHIPPED))
    assert list(warnings) == [with_photo] and text_only not in warnings
    assert "media relay" in warnings[with_photo][0] and "does not support one yet" in warnings[with_photo][0]


def test_the_chip_shows_a_marker_only_with_a_warning(qtbot, db) -> None:
    post = add_post(db, "marked", WHEN, (Network.X,), accounts=(None,))
    entry = CalendarRepository(db).entry(post)
    assert entry is not None
    widget = QWidget()  # only for its palette
    qtbot.addWidget(widget)

    def render(warning: bool) -> QImage:
        image = QImage(240, 22, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        paint_chip(painter, image.rect(), entry, None, widget.palette(), with_time=False, slot_word="", warning=warning)
        painter.end()
        return image

    plain, marked = render(False), render(True)
    right = [(x, y) for x in range(214, 240) for y in range(22)]
    assert any(plain.pixel(x, y) != marked.pixel(x, y) for x, y in right)


def test_tray_says_it_once_per_post_until_the_problem_clears(qtbot) -> None:
    tray = Tray(QIcon(QPixmap(16, 16)))
    tray.on_post_warnings({1: ("X: no account",), 2: ("Mastodon: disconnected", "Mastodon: again")})
    assert tray.notifications[0][1] == "X: no account"
    assert "1 more" in tray.notifications[1][1]
    tray.on_post_warnings({1: ("X: no account",), 2: ("Mastodon: disconnected",)})
    assert len(tray.notifications) == 2
    tray.on_post_warnings({2: ("Mastodon: disconnected",)})  # post 1 fixed
    tray.on_post_warnings({1: ("X: no account",), 2: ("Mastodon: disconnected",)})  # and broken again
    assert len(tray.notifications) == 3


def test_a_relay_set_up_later_clears_the_threads_warning(qtbot, db, runner) -> None:
    threads = _account(db, Network.THREADS, "me")
    asset = MediaLibraryRepository(db).add_asset(
        NewAsset(
            sha256="cd" * 32,
            original_name="door.jpg",
            mime="image/jpeg",
            kind=MediaKind.IMAGE,
            size_bytes=10,
            width=10,
            height=10,
            duration_s=None,
            created_at=None,
            imported_at=SEED_NOW,
        )
    )
    post = add_post(db, "with a photo", WHEN, (Network.THREADS,), accounts=(threads,))
    posts = PostRepository(db)
    stored = posts.get(post)
    assert stored is not None
    posts.save(replace(stored, media=(asset,)), now=SEED_NOW)
    relay = {"set": False}
    watcher = ReadinessWatcher(lambda: load_readiness(db), runner, adapters=SHIPPED, relay=lambda: relay["set"])
    assert list(_watch(qtbot, watcher)) == [post]
    relay["set"] = True
    assert _watch(qtbot, watcher) == {}
