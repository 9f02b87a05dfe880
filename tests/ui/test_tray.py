"""The tray: menu actions, and notifications from engine events."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtGui import QIcon, QPixmap

from postdesk.core.entities import TargetState
from postdesk.engine.events import CatchUpRequired, LateTarget, NeedsAttention, TargetChanged
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
    tray.on_engine_event(TargetChanged(2, 2, "bluesky", TargetState.FAILED,
                                       reason_text="Record too long"))
    tray.on_engine_event(NeedsAttention(3, 3, "auth_expired"))
    late = (LateTarget(4, 4, "x", datetime(2026, 1, 1, tzinfo=UTC)),)
    tray.on_engine_event(CatchUpRequired(late))
    titles = [t for t, _ in tray.notifications]
    assert titles == ["Published", "Not published", "Needs your attention",
                      "Posts missed while Postdesk was closed"]
    assert "Mastodon" in tray.notifications[0][1]
    assert "Record too long" in tray.notifications[1][1]
    assert "1 post" in tray.notifications[3][1]
    with qtbot.waitSignal(tray.catch_up_requested) as asked:
        tray._on_message_clicked()
    assert asked.args == [late]
