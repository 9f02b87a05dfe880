"""One post to two accounts of the same network (issue 13.10), through the real window.

Two Mastodon accounts are chosen with their chips; the post gets one target per account, the
draft reopens with both chosen, and Publish now, through the real engine and the recording fake
network on 127.0.0.1, gives each account the post exactly once.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from postdesk.app import build_window
from postdesk.core.entities import AccountStatus, Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.ui import theme
from tests.fakes.recording_adapter import RecordingAdapter
from tests.fakes.recording_network import RecordingNetwork
from tests.ui.test_app_engine import FakeAutostart

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")


@pytest.fixture
def net() -> Any:
    network = RecordingNetwork()
    network.start()
    yield network
    network.stop()


@pytest.fixture
def window(qtbot: Any, paths: Any, qapp: Any, net: Any) -> Any:
    built: list[Any] = []

    def build(*, engine: bool = True) -> Any:
        b = build_window(
            paths,
            qapp,
            open_url=lambda url: True,
            now=lambda: NOW,
            autostart=FakeAutostart(),
            use_tray=False,
            quit_app=lambda: None,
            start_engine=engine,
            adapters=lambda: {Network.MASTODON: RecordingAdapter(net.url)},
        )
        qtbot.addWidget(b.window)
        built.append(b)
        if engine:
            assert b.engine is not None
            b.engine.wait_started(30)
        return b

    yield build
    for b in built:
        b.close()
    theme.apply_theme(qapp, "light")


def _accounts(b: Any, qtbot: Any) -> tuple[int, int, Any]:
    repo = AccountRepository(b.database)
    studio = repo.add(Network.MASTODON, "@studio@example.social", now=NOW, display_name="Studio").id
    shop = repo.add(Network.MASTODON, "@shop@example.social", now=NOW, display_name="Shop").id
    composer = b.panes.composer
    qtbot.waitUntil(lambda: composer.is_loaded, timeout=10_000)
    with qtbot.waitSignal(composer.accounts_reloaded, timeout=10_000):
        composer.reload_accounts()
    return studio, shop, composer


def _click(qtbot: Any, chip: Any) -> None:
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)


def test_two_accounts_of_one_network_are_two_targets_and_reopen_chosen(window: Any, qtbot: Any) -> None:
    b = window(engine=False)
    studio, shop, composer = _accounts(b, qtbot)
    b.window.show()
    b.window.show_pane("composer")
    chips = composer.targets.row.account_chips
    _click(qtbot, chips[studio])
    _click(qtbot, chips[shop])
    assert chips[studio].isChecked() and chips[shop].isChecked()
    assert chips[shop].accessibleName() == "@shop@example.social on Mastodon, selected"
    # One tab for the network, saying whom it posts as; one target per account.
    assert composer.tabs.count() == 1
    composer.base_editor.editor(0).setPlainText("Hello from both of us")
    post = composer.current_post()
    assert [(t.network, t.account_id) for t in post.targets] == [(Network.MASTODON, studio), (Network.MASTODON, shop)]
    qtbot.waitUntil(lambda: composer.state.post_id is not None and not composer.lifecycle.has_pending(), timeout=10_000)
    post_id = composer.state.post_id
    qtbot.waitUntil(
        lambda: {t.account_id for t in PostRepository(b.database).get(post_id).targets} == {studio, shop},
        timeout=10_000,
    )

    # Clearing one account keeps the other (and its tab); the store follows.
    _click(qtbot, chips[studio])
    assert not chips[studio].isChecked() and composer.tabs.count() == 1
    qtbot.waitUntil(
        lambda: [t.account_id for t in PostRepository(b.database).get(post_id).targets] == [shop], timeout=10_000
    )
    _click(qtbot, chips[studio])

    # Another post, then the first again: both accounts are chosen as they were.
    qtbot.waitUntil(
        lambda: len(PostRepository(b.database).get(post_id).targets) == 2 and not composer.lifecycle.has_pending(),
        timeout=10_000,
    )
    composer.new_post()
    qtbot.waitUntil(lambda: composer.state.post_id != post_id, timeout=10_000)
    # A new post goes where the last one went: both accounts.
    assert [t.account_id for t in composer.current_post().targets] == [shop, studio]
    with qtbot.waitSignal(composer.post_opened, timeout=10_000):
        composer.open_post(post_id)
    chips = composer.targets.row.account_chips
    assert chips[studio].isChecked() and chips[shop].isChecked()
    assert {t.account_id for t in composer.current_post().targets} == {studio, shop}
    assert composer.targets.chosen_accounts(Network.MASTODON) == [shop, studio]  # in the stored order


def test_a_draft_reopened_after_a_restart_keeps_both_accounts(window: Any, qtbot: Any) -> None:
    b = window(engine=False)
    studio, shop, _composer = _accounts(b, qtbot)
    saved = PostRepository(b.database).save(
        Post(parts=("Both",), targets=(Target(Network.MASTODON, studio), Target(Network.MASTODON, shop))), now=NOW
    )
    b.close()
    again = window(engine=False)
    composer = again.panes.composer
    qtbot.waitUntil(lambda: composer.is_loaded, timeout=10_000)
    with qtbot.waitSignal(composer.post_opened, timeout=10_000):
        composer.open_post(saved.id)
    chips = composer.targets.row.account_chips
    assert chips[studio].isChecked() and chips[shop].isChecked()
    assert not composer.chips[Network.MASTODON].isVisibleTo(composer)  # no "no account" chip
    assert not composer.targets.row.connect_chips[Network.MASTODON].isVisibleTo(composer)


def test_publish_now_reaches_each_account_once(window: Any, qtbot: Any, net: Any) -> None:
    b = window()
    studio, shop, composer = _accounts(b, qtbot)
    b.window.show()
    b.window.show_pane("composer")
    chips = composer.targets.row.account_chips
    _click(qtbot, chips[studio])
    _click(qtbot, chips[shop])
    composer.base_editor.editor(0).setPlainText("Out to both accounts")
    composer.refresh_now()
    qtbot.waitUntil(composer.publish_now_button.isEnabled, timeout=10_000)
    composer.publish_now_button.click()
    qtbot.waitUntil(lambda: len(net.received) >= 2, timeout=30_000)
    post_id = composer.state.post_id
    qtbot.waitUntil(
        lambda: all(d.state is TargetState.PUBLISHED for d in PostRepository(b.database).deliveries(post_id)),
        timeout=30_000,
    )
    assert sorted(r.account for r in net.received) == sorted([str(studio), str(shop)])
    assert all(r.parts == ("Out to both accounts",) for r in net.received)
    assert len(PostRepository(b.database).deliveries(post_id)) == 2


def test_every_chosen_account_is_checked_not_only_the_first(window: Any, qtbot: Any) -> None:
    b = window(engine=False)
    repo = AccountRepository(b.database)
    studio = repo.add(Network.MASTODON, "@studio@example.social", now=NOW).id
    # A second account on a server with a smaller limit, that must also sign in again.
    small = repo.add(
        Network.MASTODON,
        "@small@tiny.social",
        now=NOW,
        status=AccountStatus.NEEDS_RECONNECT,
        default_options={"max_characters": 100},
    ).id
    composer = b.panes.composer
    qtbot.waitUntil(lambda: composer.is_loaded, timeout=10_000)
    with qtbot.waitSignal(composer.accounts_reloaded, timeout=10_000):
        composer.reload_accounts()
    b.window.show()
    b.window.show_pane("composer")
    chips = composer.targets.row.account_chips
    _click(qtbot, chips[studio])
    composer.base_editor.editor(0).setPlainText("A" * 150)
    composer.refresh_now()
    composer.render_visible_now()
    qtbot.waitUntil(composer.schedule_button.isEnabled, timeout=10_000)  # 150 fits the first account's 500
    _click(qtbot, chips[small])
    composer.refresh_now()
    composer.render_visible_now()
    panel = composer.panel(Network.MASTODON)
    rows = [r.text for r in panel.problem_model.rows()]
    assert "Sign in to @small@tiny.social again before this can be posted." in rows
    assert not any("@studio" in r for r in rows)
    assert any(p.params.get("limit") == 100 for p in panel.status().problems)
    assert not composer.schedule_button.isEnabled()


def test_where_options_belong_to_one_account_one_account_is_chosen_at_a_time(window: Any, qtbot: Any) -> None:
    b = window(engine=False)
    repo = AccountRepository(b.database)
    first = repo.add(Network.PINTEREST, "lumenprints", now=NOW).id
    second = repo.add(Network.PINTEREST, "lumenshop", now=NOW).id
    composer = b.panes.composer
    qtbot.waitUntil(lambda: composer.is_loaded, timeout=10_000)
    with qtbot.waitSignal(composer.accounts_reloaded, timeout=10_000):
        composer.reload_accounts()
    b.window.show()
    b.window.show_pane("composer")
    chips = composer.targets.row.account_chips
    _click(qtbot, chips[first])
    _click(qtbot, chips[second])  # a board belongs to one account: the second replaces the first
    assert not chips[first].isChecked() and chips[second].isChecked()
    assert [t.account_id for t in composer.current_post().targets] == [second]
    assert composer.panel(Network.PINTEREST).account_id() == second  # its boards are read for it
