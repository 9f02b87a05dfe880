"""Empty states with one clear action (Calendar, Inbox, Media) and the inbox's first look (avatars,
relative times, two-line rows, a reconnect banner), driven through the real window; screenshots."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from postdesk.app import build_window
from postdesk.core.entities import AccountStatus
from postdesk.core.networks import Network
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.inbox import FetchedItem, InboxRepository
from postdesk.ui import theme
from postdesk.ui.inbox.models import InboxModel

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


@pytest.fixture
def built(qtbot: Any, paths: Any, qapp: QApplication) -> Any:
    opened: list[Any] = []

    def make() -> Any:
        b = build_window(paths, qapp, open_url=lambda url: True, start_engine=False, use_tray=False, now=lambda: NOW)
        qtbot.addWidget(b.window)
        opened.append(b)
        b.window.resize(1280, 800)
        b.window.show()  # buttons are clicked where they are drawn
        qtbot.waitUntil(lambda: b.panes.composer.is_loaded)
        return b

    yield make
    for b in opened:
        b.close()
    theme.apply_theme(qapp, "light")


def _item(remote_id: str, text: str, ago: timedelta, handle: str, name: str) -> FetchedItem:
    return FetchedItem(
        remote_id=remote_id,
        kind="reply",
        author_id=handle,
        author_handle=handle,
        author_name=name,
        text=text,
        created_at=NOW - ago,
        url=f"https://example.test/{remote_id}",
        parent_remote_id=None,
    )


def _fill_inbox(b: Any) -> dict[str, int]:
    accounts = AccountRepository(b.database)
    bsky = accounts.add(Network.BLUESKY, "me.bsky.social", now=NOW).id
    masto = accounts.add(Network.MASTODON, "me@mastodon.social", now=NOW).id
    accounts.set_status(masto, AccountStatus.NEEDS_RECONNECT)
    InboxRepository(b.database).upsert(
        bsky,
        "bluesky",
        [
            _item(
                "at://ana/1",
                "Love this! Will the Tuesday slot stay? We plan our week around it and the "
                "newsletter links to it, so a heads-up before any change would be great.",
                timedelta(minutes=5),
                "ana.bsky.social",
                "Ana Lima",
            ),
            _item("at://ben/1", "Congrats on the launch 🎉", timedelta(hours=3), "ben.bsky.social", "Ben"),
            _item(
                "at://cy/1", "Saw this yesterday, still thinking about it.", timedelta(hours=26), "cy.bsky.social", "Cy"
            ),
        ],
        now=NOW,
    )
    return {"bluesky": bsky, "mastodon": masto}


def _settle(qtbot: Any, b: Any) -> None:
    done: list[bool] = []
    b.runner.submit(lambda: None, on_done=lambda _r: done.append(True))
    qtbot.waitUntil(lambda: bool(done))
    for _ in range(3):
        QApplication.processEvents()


def test_calendar_says_no_posts_yet_and_leads_to_the_composer(built: Any, qtbot: Any) -> None:
    b = built()
    calendar = b.panes.calendar
    qtbot.waitUntil(lambda: calendar.empty_state.isVisibleTo(calendar))
    assert calendar.empty_state.title.text() == "No posts yet"
    b.window.show_pane("calendar")
    qtbot.mouseClick(calendar.empty_state.button, Qt.MouseButton.LeftButton)
    assert b.window.current_pane() == "composer"
    # Once a post exists (a draft saved as the user types) the calendar shows it instead.
    composer = b.panes.composer
    composer.base_editor.editor(0).setPlainText("First words")
    composer.flush_draft()
    qtbot.waitUntil(lambda: composer.current_post().id is not None)
    calendar.reload()
    qtbot.waitUntil(lambda: not calendar.empty_state.isVisibleTo(calendar))
    assert not calendar.drafts_empty.isVisibleTo(calendar)  # the draft is listed instead


def test_the_drafts_list_says_no_drafts_with_one_action(built: Any, qtbot: Any) -> None:
    b = built()
    calendar = b.panes.calendar
    b.window.show_pane("calendar")
    qtbot.waitUntil(lambda: calendar.drafts_empty.isVisible())
    assert calendar.drafts_empty.title.text() == "No drafts"
    qtbot.mouseClick(calendar.drafts_empty.button, Qt.MouseButton.LeftButton)
    assert b.window.current_pane() == "composer"


def test_inbox_without_accounts_leads_to_connecting(built: Any, qtbot: Any) -> None:
    b = built()
    inbox = b.panes.inbox
    qtbot.waitUntil(lambda: inbox.empty_state.isVisibleTo(inbox))
    assert inbox.empty_state.title.text() == "Connect an account to see replies here"
    b.window.show_pane("inbox")
    qtbot.mouseClick(inbox.empty_state.button, Qt.MouseButton.LeftButton)
    assert b.window.current_pane() == "accounts"
    assert b.panes.accounts.dialog is not None
    b.panes.accounts.dialog.close()


def test_inbox_with_an_account_but_nothing_yet(built: Any, qtbot: Any) -> None:
    b = built()
    AccountRepository(b.database).add(Network.BLUESKY, "me.bsky.social", now=NOW)
    inbox = b.panes.inbox
    inbox.reload()
    qtbot.waitUntil(lambda: inbox.empty_state.title.text() == "No replies yet")
    assert inbox.empty_state.isVisibleTo(inbox)
    assert not inbox.reconnect_banner.isVisibleTo(inbox)


def test_inbox_rows_avatars_relative_times_and_the_reconnect_banner(built: Any, qtbot: Any) -> None:
    b = built()
    ids = _fill_inbox(b)
    inbox = b.panes.inbox
    inbox.reload()
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 3)
    assert not inbox.empty_state.isVisibleTo(inbox)
    model = inbox.model
    whens = sorted(model.index(r, 3).data() for r in range(3))
    assert "5 min ago" in whens and "3 h ago" in whens and "yesterday" in whens
    first = model.index(0, 0)
    entry = model.index(0, 0, first)
    assert isinstance(entry.data(Qt.ItemDataRole.DecorationRole), QPixmap)  # monogram (no picture known)
    text_hint = model.index(0, 2, first).data(Qt.ItemDataRole.SizeHintRole)
    assert text_hint.height() >= 2 * inbox.tree.fontMetrics().lineSpacing()
    assert inbox.tree.wordWrap() and not inbox.tree.uniformRowHeights()
    # The Mastodon account's sign-in expired: the banner says so and Reconnect opens its sign-in.
    assert inbox.reconnect_banner.isVisibleTo(inbox)
    assert "me@mastodon.social" in inbox.reconnect_text.text()
    b.window.show_pane("inbox")
    qtbot.mouseClick(inbox.reconnect_button, Qt.MouseButton.LeftButton)
    assert b.window.current_pane() == "accounts"
    dialog = b.panes.accounts.dialog
    assert dialog is not None
    dialog.close()
    AccountRepository(b.database).set_status(ids["mastodon"], AccountStatus.CONNECTED)
    inbox.reload()
    qtbot.waitUntil(lambda: not inbox.reconnect_banner.isVisibleTo(inbox))


def test_relative_times_are_worded_in_the_users_zone(qapp: QApplication) -> None:
    model = InboxModel()
    model.set_zone(ZoneInfo("America/New_York"))
    now = datetime(2026, 3, 4, 15, 0, tzinfo=UTC)  # 10:00 in New York
    assert model.relative_time(now - timedelta(seconds=20), now) == "just now"
    assert model.relative_time(now - timedelta(minutes=5), now) == "5 min ago"
    assert model.relative_time(now - timedelta(hours=2), now) == "2 h ago"
    # 11 hours ago is yesterday evening in New York (though the same UTC day).
    assert model.relative_time(now - timedelta(hours=11), now) == "yesterday"
    assert model.relative_time(now - timedelta(days=3), now) == QLocale().dayName(7, QLocale.FormatType.LongFormat)
    old = now - timedelta(days=40)
    assert model.relative_time(old, now) == QLocale().toString(
        old.astimezone(ZoneInfo("America/New_York")).date(), QLocale.FormatType.ShortFormat
    )


def test_media_library_empty_state_offers_import(built: Any, qtbot: Any) -> None:
    b = built()
    media = b.panes.media
    b.window.show_pane("media")
    b.window.show()
    qtbot.waitUntil(lambda: media.empty_hint.isVisible())
    assert media.empty_hint.title.text() == "Drop images and videos here"
    assert media.empty_hint.button.text().replace("&", "") == "Import…"
    assert media.empty_hint.button.isVisible() and media.empty_hint.button.isEnabled()


def _shoot(widget: QWidget, name: str) -> None:
    for _ in range(3):
        QApplication.processEvents()
    SHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SHOTS / name))


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_screenshots(built: Any, qtbot: Any, qapp: QApplication, mode: str) -> None:
    b = built()
    theme.apply_theme(qapp, mode)  # after the build, which applies the saved (system) theme
    b.window.resize(1280, 800)
    b.window.show()
    for key in ("calendar", "inbox", "media"):
        b.window.show_pane(key)
        _settle(qtbot, b)
        qtbot.waitUntil(lambda: b.panes.calendar.empty_state.isVisibleTo(b.panes.calendar), timeout=15_000)
        _shoot(b.window, f"empty-{key}-{mode}.png")
    _fill_inbox(b)
    b.panes.inbox.reload()
    qtbot.waitUntil(lambda: b.panes.inbox.model.rowCount() == 3, timeout=15_000)
    b.window.show_pane("inbox")
    _shoot(b.window, f"inbox-{mode}.png")


@pytest.mark.parametrize("pseudo", ["long", "rtl"])
def test_screenshots_pseudo(built: Any, qtbot: Any, qapp: QApplication, pseudo: str) -> None:
    from postdesk.ui.i18n import PseudoTranslator

    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    if pseudo == "rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        b = built()
        b.window.resize(1280, 800)
        b.window.show()
        b.window.show_pane("calendar")
        _settle(qtbot, b)
        qtbot.waitUntil(lambda: b.panes.calendar.empty_state.isVisibleTo(b.panes.calendar), timeout=15_000)
        assert b.panes.calendar.empty_state.title.text().startswith("[")
        _shoot(b.window, f"empty-calendar-pseudo-{pseudo}.png")
        _fill_inbox(b)
        b.panes.inbox.reload()
        qtbot.waitUntil(lambda: b.panes.inbox.model.rowCount() == 3, timeout=15_000)
        b.window.show_pane("inbox")
        assert b.panes.inbox.reconnect_button.text().startswith("[")
        _shoot(b.window, f"inbox-pseudo-{pseudo}.png")
    finally:
        qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
