"""The desktop app wired to the publishing engine: calendar, composer, tray, catch-up, settings."""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Any

import pytest

from postdesk.app import build_window
from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.engine.events import CatchUpRequired, InboxUpdated, LateTarget, TargetChanged
from postdesk.engine.ledger import Ledger
from postdesk.platforms.registry import Registry
from postdesk.platforms.shipped import register_shipped
from postdesk.store.repositories.posts import PostRepository
from postdesk.ui import theme
from postdesk.ui.catch_up_dialog import CatchUpDialog

NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)
# The offscreen platform has no tray and cannot size dialogs; it says so.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")


@dataclass
class RecordingEngine:
    """An engine facade that records calls and runs them at once (the submitter too)."""

    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)

    async def pause(self, ids):
        self.calls.append(("pause", tuple(ids)))

    async def resume(self, ids):
        self.calls.append(("resume", tuple(ids)))

    async def retry(self, ids):
        self.calls.append(("retry", tuple(ids)))

    async def run_due(self):
        self.calls.append(("run_due", ()))

    async def resolve_catch_up(self, ids, publish):
        self.calls.append(("resolve_catch_up", (tuple(ids), publish)))

    async def set_publishing_paused(self, paused):
        self.calls.append(("set_publishing_paused", (paused,)))

    def submit(self, fn, *args, name=None):
        import asyncio

        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        future.set_result(asyncio.run(fn(*args)))
        return future

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


@dataclass
class FakeAutostart:
    enabled: bool = False

    def enable(self):
        self.enabled = True

    def disable(self):
        self.enabled = False

    def is_enabled(self):
        return self.enabled

    def describe(self):
        return {}


@pytest.fixture
def make(qtbot, paths, qapp):
    opened: list = []

    def build(**kwargs):
        kwargs.setdefault("engine", (engine := RecordingEngine(), engine))
        kwargs.setdefault("autostart", FakeAutostart())
        kwargs.setdefault("use_tray", False)
        kwargs.setdefault("quit_app", lambda: None)
        b = build_window(paths, qapp, open_url=lambda url: True, now=lambda: NOW, **kwargs)
        qtbot.addWidget(b.window)
        opened.append(b)
        return b

    yield build
    for b in opened:
        b.close()
    theme.apply_theme(qapp, "light")


def _scheduled_post(b) -> tuple[int, list[int]]:
    post = Post(
        parts=("Hello calendar",),
        targets=(
            Target(Network.MASTODON, state=TargetState.SCHEDULED),
            Target(Network.BLUESKY, state=TargetState.SCHEDULED),
        ),
        scheduled_at=NOW + dt.timedelta(hours=2),
        scheduled_zone="UTC",
    )
    saved = PostRepository(b.database).save(post, now=NOW)
    ids = [d.target_id for d in PostRepository(b.database).deliveries(saved.id)]
    return saved.id, ids


def test_calendar_is_first_and_every_pane_is_real(make):
    b = make()
    keys = b.window.pane_keys()
    assert keys[0] == "calendar"
    assert keys[-1] == "settings"
    assert {"composer", "media", "accounts"} <= set(keys)
    assert type(b.window.pane("calendar")).__name__ == "CalendarPane"


def test_opening_a_post_in_the_calendar_opens_it_in_the_composer(make, qtbot):
    b = make()
    post_id, _ = _scheduled_post(b)
    calendar, composer = b.window.pane("calendar"), b.window.pane("composer")
    with qtbot.waitSignal(composer.post_opened, timeout=10_000) as opened:
        calendar.open_post.emit(post_id)
    assert opened.args == [post_id]
    assert b.window.current_pane() == "composer"
    assert composer.current_post().parts == ("Hello calendar",)


def test_compose_at_starts_a_new_post_at_that_time(make, qtbot):
    b = make()
    composer = b.window.pane("composer")
    qtbot.waitUntil(lambda: composer.is_loaded, timeout=10_000)
    b.window.pane("calendar").compose_at.emit(NOW + dt.timedelta(days=1))
    assert b.window.current_pane() == "composer"


def test_an_engine_event_reloads_the_calendar(make, qtbot):
    b = make()
    calendar = b.window.pane("calendar")
    qtbot.waitSignal(calendar.loaded, timeout=10_000)
    post_id, ids = _scheduled_post(b)
    assert all(e.post_id != post_id for e in calendar.entries())
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        b.bridge.sink(TargetChanged(target_id=ids[0], post_id=post_id, network="mastodon", state=TargetState.PUBLISHED))
    qtbot.waitUntil(lambda: any(e.post_id == post_id for e in calendar.entries()), timeout=10_000)


def test_calendar_pause_sends_the_post_targets_to_the_engine(make, qtbot):
    b = make()
    engine = b.actions._engine
    post_id, ids = _scheduled_post(b)
    b.actions.pause(post_id)
    qtbot.waitUntil(lambda: ("pause", tuple(ids)) in engine.calls, timeout=10_000)
    b.actions.schedule_changed(post_id)
    qtbot.waitUntil(lambda: "run_due" in engine.names(), timeout=10_000)


def test_catch_up_dialog_resolves_the_late_targets(make, qtbot):
    b = make()
    b.window.show()
    qtbot.waitExposed(b.window)
    late = (
        LateTarget(7, 1, "mastodon", NOW - dt.timedelta(hours=3)),
        LateTarget(9, 2, "bluesky", NOW - dt.timedelta(hours=1)),
    )
    b.bridge.sink(CatchUpRequired(late))
    qtbot.waitUntil(lambda: b.catch_up_dialog is not None, timeout=5_000)
    dialog = b.catch_up_dialog
    assert isinstance(dialog, CatchUpDialog)
    assert dialog.list.count() == 2
    assert "Mastodon" in dialog.list.item(0).text()
    assert not dialog.publish_button.isDefault()  # a stray Enter must not publish old posts
    dialog.grab().save(str(_shots() / "catch-up-dialog.png"))
    dialog.publish_button.click()
    engine = b.actions._engine
    assert ("resolve_catch_up", ((7, 9), True)) in engine.calls
    # The same targets announced again do not ask twice.
    b.bridge.sink(CatchUpRequired(late))
    qtbot.wait(0)
    assert b.catch_up_dialog is None or b.catch_up_dialog is not dialog


def test_skip_answers_false(make, qtbot):
    b = make()
    b.window.show()
    qtbot.waitExposed(b.window)
    b.bridge.sink(CatchUpRequired((LateTarget(3, 1, "x", NOW - dt.timedelta(hours=5)),)))
    qtbot.waitUntil(lambda: b.catch_up_dialog is not None, timeout=5_000)
    b.catch_up_dialog.skip_button.click()
    assert ("resolve_catch_up", ((3,), False)) in b.actions._engine.calls


def test_closing_hides_to_the_tray_and_tray_quit_really_quits(make, qtbot):
    quits: list[bool] = []
    b = make(use_tray=True, quit_app=lambda: quits.append(True))
    assert b.tray is not None
    b.window.show()
    qtbot.waitExposed(b.window)
    b.window.close()
    assert not b.window.isVisible()
    assert quits == []  # still publishing in the tray
    b.tray.show_requested.emit()
    assert b.window.isVisible()
    b.tray.quit_requested.emit()
    assert quits == [True]
    b.window.close()
    assert not b.window.isVisible()


def test_closing_quits_when_the_preference_is_off(make, qtbot):
    b = make(use_tray=True)
    b.window.pane("settings").tray_check.setChecked(False)
    assert not b.hides_on_close()
    b2 = make(use_tray=False)
    assert not b2.hides_on_close()


def test_tray_shows_inbox_unread_and_notifies_new_items_unless_turned_off(make, qtbot):
    from postdesk.store.repositories.accounts import AccountRepository
    from postdesk.store.repositories.inbox import FetchedItem, InboxRepository

    b = make(use_tray=True)
    quiet = AccountRepository(b.database).add(Network.X, "quiet_one", now=NOW).id
    loud = AccountRepository(b.database).add(Network.MASTODON, "loud@example.social", now=NOW).id
    inbox = InboxRepository(b.database)
    inbox.upsert(
        loud,
        "mastodon",
        [
            FetchedItem(
                remote_id="7",
                kind="mention",
                author_id="2",
                author_handle="bob",
                author_name="Bob",
                text="hi",
                created_at=NOW,
            )
        ],
        now=NOW,
    )
    inbox.set_notify(quiet, False)
    b.window.pane("inbox").reload()
    qtbot.waitUntil(lambda: "1 unread" in b.tray.tool_tip())
    # The window's first reload (started while it was built) may answer before this one: wait for
    # the answer that knows the quiet account is quiet.
    # the answer that knows the quiet account is quiet, and that names the loud one (a reload answered before
    # the loud account was stored knows only the other).
    qtbot.waitUntil(
        lambda: b.tray._inbox_accounts.get(quiet, ("", True))[1] is False and loud in b.tray._inbox_accounts
    )
    b.bridge.engine_event.emit(InboxUpdated(account_id=quiet, new_count=2))
    b.bridge.engine_event.emit(InboxUpdated(account_id=loud, new_count=1))
    assert b.tray.notifications == [("Inbox", "1 new replies and mentions on loud@example.social (Mastodon)")]


def test_tray_pause_toggle_reaches_the_engine(make, qtbot):
    b = make(use_tray=True)
    b.tray.pause_toggled.emit(True)
    assert ("set_publishing_paused", (True,)) in b.actions._engine.calls


def test_publishing_settings_persist(make, qtbot, paths):
    login = FakeAutostart()
    b = make(autostart=login, use_tray=True)
    pane = b.window.pane("settings")
    pane.catch_up_box.setCurrentIndex(pane.catch_up_box.findData("skip_after"))
    assert pane.skip_after_spin.isEnabled()
    pane.skip_after_spin.setValue(90)
    pane.tray_check.setChecked(False)
    pane.login_check.setChecked(True)
    qtbot.waitUntil(lambda: login.enabled, timeout=5_000)
    b.close()
    policy = Ledger(_reopen(paths)).catch_up_policy()
    assert policy.mode.value == "skip_after"
    assert policy.skip_after == dt.timedelta(minutes=90)
    again = make(autostart=login)
    assert again.preferences.catch_up == "skip_after"
    assert again.preferences.skip_after_minutes == 90
    assert again.preferences.keep_in_tray is False
    settings = again.window.pane("settings")
    qtbot.waitUntil(lambda: settings.login_check.isChecked(), timeout=5_000)


def test_real_engine_starts_and_stops_with_the_window(make, qtbot):
    b = make(engine=None)
    assert b.engine is not None
    b.engine.wait_started(30)
    future = b.engine.submit(b.engine.engine.run_due)
    assert future.result(10) is None
    b.close()
    assert b.engine.runner._thread is None


def test_shipped_modules_register_and_a_broken_one_is_loud(tmp_path, monkeypatch):
    registry = Registry()
    done = register_shipped(registry, credentials=None)  # type: ignore[arg-type]
    assert "postdesk.platforms.mastodon" in done
    assert Network.MASTODON in registry.networks()
    (tmp_path / "broken_adapter_mod.py").write_text("raise ImportError('boom')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ImportError):
        register_shipped(Registry(), None, modules=("broken_adapter_mod",))  # type: ignore[arg-type]
    assert register_shipped(Registry(), None, modules=("postdesk.platforms.not_written",)) == []  # type: ignore[arg-type]


def test_headless_cli_passes_only_its_own_arguments(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "postdesk", "--headless", "--exit-when-idle", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "engine running" in out.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "postdesk", "--no-such-flag"], capture_output=True, text=True, timeout=60
    )
    assert bad.returncode == 2


def _reopen(paths):
    from postdesk.store.db import open_database

    return open_database(paths)


def _shots():
    from pathlib import Path

    shots = Path(__file__).resolve().parents[2] / "screenshots"
    shots.mkdir(exist_ok=True)
    return shots
