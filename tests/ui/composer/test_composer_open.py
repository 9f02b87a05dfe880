"""Composer entry points used by other panes: open_post, new_post_at, reload_accounts,
the activity section, and read-only targets that already went out."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from postdesk.core.entities import AccountStatus, Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.store.db import open_database
from postdesk.store.repositories import AccountRepository, PostRepository
from postdesk.store.repositories.activity import ActivityRepository
from postdesk.store.tables import TargetRow
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.composer.draft_saver import SaveState
from postdesk.ui.composer.services import ActivityLine, PostActivity, Session, StoreComposerServices, TargetActivity
from postdesk.ui.composer.view import ComposerPane
from tests.ui.composer.test_composer_fakes import FakeServices, account

NOW = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)
S = TargetState


def make(qtbot, services: FakeServices, zone: str = "Europe/Paris") -> ComposerPane:
    pane = ComposerPane(services, lambda: NOW, zone)
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    qtbot.waitUntil(lambda: pane.is_loaded, timeout=3000)
    return pane


def problems(pane: ComposerPane, network: Network) -> list[str]:
    model = pane.panel(network).problem_model
    return [row.text for row in model.rows()]


def test_open_post_flushes_the_draft_then_shows_the_post(qtbot):
    services = FakeServices()
    services.posts[7] = Post(id=7, parts=("From the calendar",), targets=(Target(Network.MASTODON),))
    pane = make(qtbot, services)
    pane.base_editor.editor(0).setPlainText("Unsaved words")
    with qtbot.waitSignal(pane.post_opened, timeout=3000) as opened:
        pane.open_post(7)
    assert opened.args == [7]
    # The unsaved draft went to the store before the other post replaced it.
    assert services.saves and services.saves[-1].parts == ("Unsaved words",)
    assert services.post_loads == [7]
    assert pane.base_editor.parts() == ("From the calendar",)
    assert pane.selected_networks() == [Network.MASTODON]
    assert pane.current_post().id == 7
    assert 7 in services.activity_loads
    # Edits now go to post 7.
    pane.base_editor.editor(0).setPlainText("Edited")
    pane.flush_draft()
    qtbot.waitUntil(lambda: services.saves[-1].parts == ("Edited",), timeout=3000)
    assert services.saves[-1].id == 7


def test_open_post_waits_for_a_failed_save_rather_than_losing_text(qtbot):
    services = FakeServices(fail_with="disk_full")
    services.posts[3] = Post(id=3, parts=("Other",))
    pane = make(qtbot, services)
    pane.base_editor.editor(0).setPlainText("Only copy")
    pane.open_post(3)
    qtbot.waitUntil(lambda: pane.save_state() is SaveState.FAILED, timeout=3000)
    assert services.post_loads == []
    assert pane.base_editor.parts() == ("Only copy",)
    services.fail_with = None
    pane.flush_draft()
    qtbot.waitUntil(lambda: services.post_loads == [3], timeout=3000)
    qtbot.waitUntil(lambda: pane.base_editor.parts() == ("Other",), timeout=3000)


def test_open_missing_post_keeps_the_current_one(qtbot):
    services = FakeServices(session=Session(post=Post(id=1, parts=("Mine",))))
    pane = make(qtbot, services)
    with qtbot.waitSignal(pane.post_opened, timeout=3000) as opened:
        pane.open_post(99)
    assert opened.args == [None]
    assert pane.base_editor.parts() == ("Mine",)
    assert "no longer exists" in pane.status_text()


def test_new_post_at_presets_the_time_but_stays_a_draft(qtbot):
    services = FakeServices(
        session=Session(
            post=Post(id=1, parts=("Old",), targets=(Target(Network.X, account_id=3),)),
            accounts=(account(3, "x", "me.x"),),
        )
    )
    pane = make(qtbot, services, zone="America/New_York")
    instant = datetime(2026, 7, 4, 13, 30, tzinfo=UTC)  # 09:30 in New York (EDT)
    pane.new_post_at(instant)
    qtbot.waitUntil(lambda: pane.current_post().id is None, timeout=3000)
    picked = pane.when_edit.dateTime()
    assert (picked.date().month(), picked.date().day(), picked.time().hour(), picked.time().minute()) == (7, 4, 9, 30)
    post = pane.current_post()
    assert post.scheduled_at is None
    assert all(t.state is S.DRAFT for t in post.targets)
    assert "draft" in pane.schedule_state.text()
    # Pressing Schedule (with text) then schedules it at exactly that instant.
    pane.base_editor.editor(0).setPlainText("Fourth of July")
    assert pane.schedule()
    assert pane.current_post().scheduled_at == instant


def test_reload_accounts_keeps_the_post_and_flags_needs_reconnect(qtbot):
    masto = account(4, "mastodon", "me@example.social")
    post = Post(id=2, parts=("Hello",), targets=(Target(Network.MASTODON, account_id=4),))
    services = FakeServices(session=Session(post=post, accounts=(masto,)))
    pane = make(qtbot, services)
    pane.base_editor.editor(0).setPlainText("Hello again")
    assert not any("Sign in" in p for p in problems(pane, Network.MASTODON))

    services.accounts = (replace(masto, status=AccountStatus.NEEDS_RECONNECT.value),)
    with qtbot.waitSignal(pane.accounts_reloaded, timeout=3000):
        pane.reload_accounts()
    panel = pane.panel(Network.MASTODON)
    assert panel.account_id() == 4
    assert pane.base_editor.parts() == ("Hello again",)
    combo_text = panel.account_combo.currentText()
    assert "me@example.social" in combo_text and "sign in again" in combo_text
    assert "Sign in to me@example.social again before this can be posted." in problems(pane, Network.MASTODON)
    rows = [r for r in panel.problem_model.rows() if "Sign in" in r.text]
    assert rows[0].severity == "warning"


def test_reload_accounts_unbinds_a_removed_account(qtbot):
    masto = account(4, "mastodon", "me@example.social")
    post = Post(id=2, parts=("Hello",), targets=(Target(Network.MASTODON, account_id=4),))
    services = FakeServices(session=Session(post=post, accounts=(masto,)))
    pane = make(qtbot, services)
    services.accounts = ()
    with qtbot.waitSignal(pane.accounts_reloaded, timeout=3000):
        pane.reload_accounts()
    assert pane.panel(Network.MASTODON).account_id() is None
    assert pane.save_state() is not SaveState.SAVED


def _published_activity() -> PostActivity:
    at = NOW - timedelta(minutes=5)
    return PostActivity(
        post_id=5,
        targets=(
            TargetActivity("bluesky", None, "published", remote_url="https://bsky.app/profile/me/post/3k"),
            TargetActivity("mastodon", None, "failed", reason_code="rejected", reason_text="Validation failed"),
        ),
        lines=(
            ActivityLine(at, "bluesky", "delivery", "published", {"remote_id": "at://x"}),
            ActivityLine(at, "mastodon", "delivery", "rejected", {"network_message": "Validation failed"}),
            ActivityLine(at, None, "delivery", "some_future_code", {}),
        ),
    )


def test_activity_section_words_states_and_codes(qtbot):
    post = Post(
        id=5,
        parts=("Out",),
        targets=(Target(Network.BLUESKY, state=S.SCHEDULED), Target(Network.MASTODON, state=S.SCHEDULED)),
    )
    services = FakeServices(session=Session(post=post))
    services.activities[5] = _published_activity()
    pane = make(qtbot, services, zone="UTC")
    qtbot.waitUntil(lambda: pane.activity.activity() is not None, timeout=3000)
    section = pane.activity
    assert not section.log_label.isVisible()  # collapsed until asked
    section.toggle.click()
    assert section.log_label.isVisibleTo(pane)
    targets = section.targets_label.text()
    assert 'href="https://bsky.app/profile/me/post/3k"' in targets
    assert "Mastodon: failed. The network refused the post. The network said: “Validation failed”" in targets
    log = section.log_label.text()
    assert "09:55 · Bluesky: Published." in log
    assert "Something happened with this post." in log  # unknown code, no raw identifier
    assert "some_future_code" not in log
    assert "(3)" in section.toggle.text()
    with qtbot.waitSignal(pane.link_activated) as clicked:
        section.targets_label.linkActivated.emit("https://bsky.app/profile/me/post/3k")
    assert clicked.args == ["https://bsky.app/profile/me/post/3k"]


def test_refresh_activity_locks_a_target_the_engine_published(qtbot):
    post = Post(
        id=5,
        parts=("Out",),
        targets=(
            Target(Network.BLUESKY, state=S.SCHEDULED),
            Target(Network.MASTODON, override_enabled=True, override_parts=("Toot",), state=S.SCHEDULED),
        ),
    )
    services = FakeServices(session=Session(post=post))
    pane = make(qtbot, services)
    qtbot.waitUntil(lambda: services.activity_loads == [5], timeout=3000)
    assert not pane.base_editor.editor(0).isReadOnly()

    services.activities[5] = PostActivity(
        5, targets=(TargetActivity("bluesky", None, "published"), TargetActivity("mastodon", None, "publishing"))
    )
    with qtbot.waitSignal(pane.activity_loaded, timeout=3000):
        pane.refresh_activity()
    assert pane.locked_networks() == [Network.BLUESKY, Network.MASTODON]
    # Bluesky used the main text: the main text is read-only, with the reason.
    assert pane.base_editor.editor(0).isReadOnly()
    assert "Bluesky" in pane.editor_part.lock_note.text() and pane.editor_part.lock_note.isVisibleTo(pane)
    mastodon = pane.panel(Network.MASTODON)
    assert mastodon.override_editor.editor(0).isReadOnly()
    assert not mastodon.override_check.isEnabled()
    assert "right now" in mastodon.locked_label.text()
    assert not pane.chips[Network.BLUESKY].isEnabled()
    assert pane.chips[Network.X].isEnabled()
    # A later autosave carries the engine's states, not the stale scheduled ones.
    pane.chips[Network.X].click()
    pane.flush_draft()
    qtbot.waitUntil(lambda: pane.save_state() is SaveState.SAVED, timeout=3000)
    states = {t.network: t.state for t in services.saves[-1].targets}
    assert states[Network.BLUESKY] is S.PUBLISHED and states[Network.MASTODON] is S.PUBLISHING


# -- over the real store -------------------------------------------------------------------------


@pytest.fixture
def store(paths):
    database = open_database(paths, clock=lambda: NOW)
    runner = BackgroundRunner(name="composer-open-test")
    services = StoreComposerServices(database, paths, runner, lambda: NOW)
    yield database, runner, services
    runner.shutdown(wait=True)
    database.close()


def test_real_store_open_post_activity_and_accounts(qtbot, store):
    database, _runner, services = store
    accounts = AccountRepository(database)
    acc = accounts.add(Network.BLUESKY, "me.bsky.social", now=NOW)
    posts = PostRepository(database)
    first = posts.save(Post(parts=("First",)), now=NOW)
    second = posts.save(
        Post(parts=("Second",), targets=(Target(Network.BLUESKY, account_id=acc.id, state=S.SCHEDULED),)),
        now=NOW - timedelta(hours=1),
    )
    with database.session() as session:
        row = session.exec(select(TargetRow).where(TargetRow.post_id == second.id)).one()
        row.state, row.remote_url = S.PUBLISHED.value, "https://bsky.app/profile/me.bsky.social/post/1"
        session.add(row)
        target_id = row.id
    ActivityRepository(database).record(second.id, "delivery", "published", {}, at=NOW, target_id=target_id)

    pane = ComposerPane(services, lambda: NOW, "UTC")
    qtbot.addWidget(pane)
    qtbot.waitUntil(lambda: pane.is_loaded, timeout=4000)
    assert pane.current_post().id == first.id
    with qtbot.waitSignal(pane.post_opened, timeout=4000):
        pane.open_post(second.id)
    qtbot.waitUntil(lambda: getattr(pane.activity.activity(), "post_id", None) == second.id, timeout=4000)
    assert pane.base_editor.parts() == ("Second",)
    assert pane.locked_networks() == [Network.BLUESKY]
    activity = pane.activity.activity()
    assert activity is not None and activity.lines[0].network == "bluesky"
    assert "bsky.app/profile/me.bsky.social/post/1" in pane.activity.targets_label.text()

    accounts.set_status(acc.id, AccountStatus.NEEDS_RECONNECT)
    with qtbot.waitSignal(pane.accounts_reloaded, timeout=4000):
        pane.reload_accounts()
    assert "sign in again" in pane.panel(Network.BLUESKY).account_combo.currentText()
    # A stale autosave (the pane's state still says scheduled for an edited copy) cannot undo it.
    stale = replace(
        pane.current_post(), targets=tuple(replace(t, state=S.SCHEDULED) for t in pane.current_post().targets)
    )
    assert posts.save(stale, now=NOW).targets[0].state is S.PUBLISHED
