"""The tray: menu actions, and notifications from engine events."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtGui import QIcon, QPixmap

from postdesk.core.entities import TargetState
from postdesk.engine.events import (
    CatchUpRequired,
    InboxUpdated,
    LateTarget,
    NeedsAttention,
    TargetChanged,
)
from postdesk.ui.tray import Tray


def _tray(qtbot) -> Tray:
    pixmap = QPixmap(16, 16)
    tray = Tray(QIcon(pixmap))
    return tray


def test_menu_actions_emit(qtbot) -> None:
    tray = _tray(qtbot)
    open_, pause, _sep, quit_ = tray.menu.actions()
    assert all(a.text() for a in (open_, pause, quit_))
    assert tray.menu.accessibleName()
    with qtbot.waitSignal(tray.show_requested):
        open_.trigger()
    with qtbot.waitSignal(tray.pause_toggled) as paused:
        pause.trigger()
    assert paused.args == [True]
    assert "Resume" in pause.text()
    with qtbot.waitSignal(tray.quit_requested):
        quit_.trigger()


def test_notifications_for_engine_events(qtbot) -> None:
    tray = _tray(qtbot)
    tray.on_engine_event(TargetChanged(1, 1, "mastodon", TargetState.PUBLISHING))
    assert tray.notifications == []
    tray.on_engine_event(TargetChanged(1, 1, "mastodon", TargetState.PUBLISHED))
    tray.on_engine_event(TargetChanged(2, 2, "bluesky", TargetState.FAILED, reason_text="Record too long"))
    tray.on_engine_event(NeedsAttention(3, 3, "auth_expired"))
    late = (LateTarget(4, 4, "x", datetime(2026, 1, 1, tzinfo=UTC)),)
    tray.on_engine_event(CatchUpRequired(late))
    titles = [t for t, _ in tray.notifications]
    assert titles == ["Published", "Not published", "Needs your attention", "Posts missed while Postdesk was closed"]
    assert "Mastodon" in tray.notifications[0][1]
    assert "Record too long" in tray.notifications[1][1]
    assert "1 post" in tray.notifications[3][1]
    with qtbot.waitSignal(tray.catch_up_requested) as asked:
        tray._on_message_clicked()
    assert asked.args == [late]


def test_new_inbox_items_notify_unless_turned_off_for_the_account(qtbot) -> None:
    tray = _tray(qtbot)
    tray.set_inbox_accounts({1: ("alice@mastodon.social (Mastodon)", True), 2: ("bob.bsky.social (Bluesky)", False)})
    tray.on_engine_event(InboxUpdated(account_id=1, new_count=3))
    tray.on_engine_event(InboxUpdated(account_id=2, new_count=5))  # notifications off
    tray.on_engine_event(InboxUpdated(account_id=1, new_count=0))  # a reply went out: nothing new
    tray.on_engine_event(InboxUpdated(account_id=9, new_count=1))  # not named yet: still told
    assert tray.notifications == [
        ("Inbox", "3 new replies and mentions on alice@mastodon.social (Mastodon)"),
        ("Inbox", "1 new replies and mentions"),
    ]


def test_unread_count_in_the_tooltip_survives_pausing(qtbot) -> None:
    tray = _tray(qtbot)
    tray.set_unread(4)
    assert "4 unread" in tray.tool_tip()
    tray.menu.actions()[1].trigger()  # pause
    assert "paused" in tray.tool_tip() and "4 unread" in tray.tool_tip()
    tray.set_unread(0)
    assert "unread" not in tray.tool_tip()
