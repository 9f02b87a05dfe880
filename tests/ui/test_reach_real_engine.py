"""Reach with the real engine over a temporary data directory and the recording fake network.

Deleting a published post from the network goes through the engine's outbox and the dialog says
how it went; a lost answer on a network without lookup is settled by "It's there" with its link.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from postdesk.app import build_window
from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.platforms.capabilities import SupportsDelete, SupportsLookup, SupportsNativeSchedule
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables import TargetRow
from postdesk.store.tables_engine import TargetDeliveryRow
from postdesk.ui import theme
from postdesk.ui.dialogs.delete_published import DeletePublishedDialog
from postdesk.ui.dialogs.unknown_resolution import UnknownResolutionDialog
from tests.fakes.recording_adapter import RecordingAdapter
from tests.fakes.recording_network import RecordingNetwork
from tests.ui.test_app_engine import FakeAutostart
from tests.ui.test_engine_reach import calendar_of, trigger

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")


@pytest.fixture
def net():
    network = RecordingNetwork()
    network.start()
    yield network
    network.stop()


@pytest.fixture
def window(qtbot, paths, qapp, net):
    built = []

    def build(capabilities: set[type] | None = None):
        b = build_window(
            paths,
            qapp,
            open_url=lambda url: True,
            now=lambda: NOW,
            autostart=FakeAutostart(),
            use_tray=False,
            quit_app=lambda: None,
            adapters=lambda: {Network.MASTODON: RecordingAdapter(net.url, capabilities=capabilities)},
        )
        qtbot.addWidget(b.window)
        built.append(b)
        assert b.engine is not None
        b.engine.wait_started(30)
        return b

    yield build
    for b in built:
        b.close()
    theme.apply_theme(qapp, "light")


def _seed(b, state: TargetState, *, remote=None, reason=None) -> tuple[int, int]:
    account = AccountRepository(b.database).add(Network.MASTODON, "@me@example.social", now=NOW).id
    saved = PostRepository(b.database).save(
        Post(
            parts=("Real engine",),
            targets=(Target(Network.MASTODON, account, state=state),),
            scheduled_at=NOW - dt.timedelta(hours=1),
            scheduled_zone="UTC",
        ),
        now=NOW,
    )
    (target_id,) = [d.target_id for d in PostRepository(b.database).deliveries(saved.id)]
    with b.database.session() as session:
        if remote:
            row = session.get(TargetRow, target_id)
            row.remote_id, row.remote_url = remote
            session.add(row)
        if reason:
            session.add(TargetDeliveryRow(target_id=target_id, idempotency_key=uuid.uuid4().hex, reason_code=reason))
    return saved.id, target_id


def test_delete_from_the_network_goes_through_the_outbox_and_says_it_worked(window, qtbot, net):
    b = window()
    post_id, _tid = _seed(b, TargetState.PUBLISHED, remote=("p-77", "http://127.0.0.1/p-77"))
    calendar = calendar_of(b, qtbot)
    calendar.go_to((NOW - dt.timedelta(hours=1)).date())
    qtbot.waitUntil(lambda: any(e.post_id == post_id for e in calendar.entries()), timeout=10_000)
    trigger(calendar, post_id, "delete")
    qtbot.waitUntil(lambda: isinstance(calendar.dialog, DeletePublishedDialog), timeout=10_000)
    dialog = calendar.dialog
    dialog.network_too.setChecked(True)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: "Deleted from Mastodon." in dialog.result_text(), timeout=20_000)
    assert net.deleted == ["p-77"]
    qtbot.waitUntil(lambda: PostRepository(b.database).is_deleted(post_id), timeout=10_000)


def test_its_there_settles_a_lost_answer_with_its_link(window, qtbot, net):
    b = window(capabilities={SupportsDelete})  # no lookup, like Telegram: only the user can tell
    post_id, _tid = _seed(b, TargetState.UNKNOWN, reason="unknown_needs_user")
    calendar = calendar_of(b, qtbot)
    calendar.go_to((NOW - dt.timedelta(hours=1)).date())
    qtbot.waitUntil(lambda: any(e.post_id == post_id for e in calendar.entries()), timeout=10_000)
    trigger(calendar, post_id, "resolve_unknown")
    qtbot.waitUntil(lambda: isinstance(calendar.dialog, UnknownResolutionDialog), timeout=10_000)
    dialog = calendar.dialog
    dialog.link_edit.setText("https://example.social/@me/4242")
    dialog.there_button.click()
    qtbot.waitUntil(lambda: "Marked as published" in dialog.result_text(), timeout=20_000)
    (delivery,) = PostRepository(b.database).deliveries(post_id)
    assert delivery.state is TargetState.PUBLISHED
    assert delivery.remote_url == "https://example.social/@me/4242"
    assert net.received == []  # nothing was sent again


def test_let_mastodon_publish_it_hands_off_at_save_time_and_shows_it(window, qtbot, net):
    b = window(capabilities={SupportsNativeSchedule, SupportsLookup, SupportsDelete})
    post_id, tid = _seed(b, TargetState.DRAFT)
    from tests.ui.test_engine_reach import open_in_composer

    composer = open_in_composer(b, qtbot, post_id)
    panel = composer.panel(Network.MASTODON)
    panel.hand_off_check.click()
    composer.when_edit.setDateTime(composer.when_edit.dateTime().addDays(2))
    composer.refresh_now()
    composer.schedule_button.click()
    qtbot.waitUntil(lambda: len(net.received) == 1, timeout=20_000)
    assert net.received[0].publish_at is not None  # given to the network's own scheduler
    (delivery,) = PostRepository(b.database).deliveries(post_id)
    qtbot.waitUntil(lambda: PostRepository(b.database).deliveries(post_id)[0].handed_off, timeout=10_000)
    qtbot.waitUntil(lambda: "Handed to Mastodon" in composer.controls.hold_text(), timeout=10_000)
    calendar = b.window.pane("calendar")
    calendar.go_to((NOW + dt.timedelta(days=2)).date())
    qtbot.waitUntil(lambda: calendar._status.hold_word_of(post_id) == "Handed to Mastodon", timeout=10_000)
    # Cancel takes it back: the network's scheduled copy is deleted through the outbox.
    composer.controls.cancel_button.click()
    qtbot.waitUntil(lambda: len(net.deleted) == 1, timeout=20_000)
    qtbot.waitUntil(
        lambda: PostRepository(b.database).deliveries(post_id)[0].state is TargetState.CANCELLED, timeout=10_000
    )
    assert tid == delivery.target_id
