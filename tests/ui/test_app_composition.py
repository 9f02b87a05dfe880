"""app.py only composes: typed panes told through Protocols; a Settings change reaches every pane at once."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from postdesk.app import Panes, build_window
from postdesk.ui import theme
from postdesk.ui.pane_protocols import AccountsFollower, TimeZoneFollower
from tests.ui.test_app_engine import NOW, FakeAutostart, RecordingEngine

APP = Path(__file__).resolve().parents[2] / "src" / "postdesk" / "app.py"
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")


@pytest.fixture
def built(qtbot, paths, qapp):
    engine = RecordingEngine()
    b = build_window(
        paths,
        qapp,
        open_url=lambda url: True,
        now=lambda: NOW,
        engine=(engine, engine),
        autostart=FakeAutostart(),
        use_tray=False,
        quit_app=lambda: None,
    )
    qtbot.addWidget(b.window)
    yield b
    b.close()
    theme.apply_theme(qapp, "light")


def test_app_reaches_no_pane_by_string_key_or_hasattr() -> None:
    tree = ast.parse(APP.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in {"hasattr", "getattr", "setattr"}:
                found.append(f"line {node.lineno}: {func.id}()")
            if isinstance(func, ast.Attribute) and func.attr in {"pane", "pane_keys", "findChild"}:
                found.append(f"line {node.lineno}: .{func.attr}()")
    assert not found, f"app.py looks panes up instead of holding them typed: {found}"


def test_panes_are_held_by_type_in_sidebar_order(built) -> None:
    assert isinstance(built.panes, Panes)
    keys = built.window.pane_keys()
    assert keys == [spec.key for spec in built.panes.specs()]
    assert built.window.pane("composer") is built.panes.composer
    assert built.window.pane("calendar") is built.panes.calendar
    followers: tuple[TimeZoneFollower, ...] = built.panes.zone_followers()
    assert {id(built.panes.composer), id(built.panes.calendar), id(built.panes.inbox)} <= {id(f) for f in followers}
    accounts: tuple[AccountsFollower, ...] = built.panes.accounts_followers()
    assert built.panes.composer in accounts


def _one_inbox_item(built, at: dt.datetime) -> None:
    from postdesk.core.networks import Network
    from postdesk.store.repositories.accounts import AccountRepository
    from postdesk.store.repositories.inbox import FetchedItem, InboxRepository

    account = AccountRepository(built.database).add(Network.MASTODON, "me@example.social", now=NOW).id
    InboxRepository(built.database).upsert(
        account,
        "mastodon",
        [
            FetchedItem(
                remote_id="1",
                kind="mention",
                author_id="2",
                author_handle="bob",
                author_name="Bob",
                text="hi",
                created_at=at,
            )
        ],
        now=NOW,
    )
    built.panes.inbox.reload()


def _choose_zone(settings, name: str) -> None:
    index = settings.zone_box.findText(name)
    assert index >= 0, name
    settings.zone_box.setCurrentIndex(index)
    settings.zone_box.activated.emit(index)


def _picked(composer) -> dt.datetime:
    picked = composer.when_edit.dateTime()
    date, time = picked.date(), picked.time()
    return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


def test_a_time_zone_change_in_settings_reaches_calendar_composer_and_inbox_at_once(built, qtbot) -> None:
    composer, calendar, settings = built.panes.composer, built.panes.calendar, built.panes.settings
    qtbot.waitUntil(lambda: composer.is_loaded, timeout=10_000)
    _one_inbox_item(built, dt.datetime(2026, 3, 10, 0, 0, tzinfo=dt.UTC))
    _choose_zone(settings, "Europe/Berlin")
    wall_berlin = _picked(composer)
    instant = wall_berlin.replace(tzinfo=ZoneInfo("Europe/Berlin"))

    _choose_zone(settings, "Asia/Tokyo")

    assert calendar.zone.key == "Asia/Tokyo"
    assert composer.time_zone() == "Asia/Tokyo"
    assert "Asia/Tokyo" in composer.when_edit.accessibleName()
    # The same instant, shown on Tokyo's clock.
    assert _picked(composer) == instant.astimezone(ZoneInfo("Asia/Tokyo")).replace(tzinfo=None)
    assert built.preferences.time_zone == "Asia/Tokyo"
    inbox = built.panes.inbox.model
    qtbot.waitUntil(lambda: inbox.rowCount() == 1, timeout=10_000)
    # The row says how long ago (relative to the app's clock); its tooltip gives Tokyo's wall clock.
    assert inbox.index(0, 3).data(Qt.ItemDataRole.ToolTipRole).endswith(" 09:00")  # 00:00 UTC in Tokyo
    # Scheduling now picks times in the new zone (no restart).
    composer.new_post_at(dt.datetime(2026, 3, 12, 0, 0, tzinfo=dt.UTC))
    assert _picked(composer) == dt.datetime(2026, 3, 12, 9, 0)  # 00:00 UTC is 09:00 in Tokyo


def test_the_zone_chosen_is_kept_for_the_next_start(built, qtbot, paths, qapp) -> None:
    _choose_zone(built.panes.settings, "America/Chicago")
    built.close()  # the change is saved off the UI thread; closing waits for it
    engine = RecordingEngine()
    again = build_window(
        paths,
        qapp,
        open_url=lambda url: True,
        now=lambda: NOW,
        engine=(engine, engine),
        autostart=FakeAutostart(),
        use_tray=False,
        quit_app=lambda: None,
    )
    qtbot.addWidget(again.window)
    try:
        assert again.preferences.time_zone == "America/Chicago"
        assert again.panes.composer.time_zone() == "America/Chicago"
        assert again.panes.calendar.zone.key == "America/Chicago"
    finally:
        again.close()


def test_an_unhandled_background_error_is_worded_in_the_window(built, qtbot) -> None:
    def broken() -> None:
        raise OSError("the disk said no")

    built.runner.submit(broken)
    qtbot.waitUntil(lambda: built.window.problem() != "", timeout=5_000)
    assert built.window.problem().startswith("Postdesk could not finish")
    assert "the disk said no" not in built.window.problem()  # words, not the exception's text


def test_the_theme_choices_are_the_schemas() -> None:
    from postdesk.core.settings import THEMES

    assert {choice.value for choice in theme.ThemeChoice} == set(THEMES)
