"""Edit on Mastodon, through the real window: the composer over a real store, the real engine and the
real Mastodon adapter against the fake instance on 127.0.0.1.

A published Mastodon post opens read-only; "Edit on Mastodon…" opens a small editor that counts
the way Mastodon counts (with the account's own server limit); Save changes the status on the
instance, and the record of what was sent then shows the new text, marked as edited. Screenshots of
the dialog in light and dark go to screenshots/.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from postdesk.app import build_window
from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.platforms.mastodon import MastodonAdapter, plain_text
from postdesk.store import snapshots
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables import AccountRow, PostRow, TargetRow
from postdesk.ui import theme
from postdesk.ui.composer.edit_published import EDITABLE_NETWORKS, EditPublishedDialog
from tests.fakes.api_server import ApiServer
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.mastodon_api import FakeMastodon
from tests.ui.test_app_engine import FakeAutostart
from tests.ui.test_engine_reach import open_in_composer

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")


@pytest.fixture
def fake():
    instance = FakeMastodon()
    server = ApiServer(instance).start()
    instance.base = server.url
    yield instance, server
    server.stop()


@pytest.fixture
def window(qtbot, paths, qapp, fake):
    _instance, server = fake
    b = build_window(
        paths,
        qapp,
        open_url=lambda url: True,
        now=lambda: NOW,
        autostart=FakeAutostart(),
        use_tray=False,
        quit_app=lambda: None,
        adapters=lambda: {Network.MASTODON: MastodonAdapter(StaticCredentials("token-alice", base_url=server.url))},
    )
    qtbot.addWidget(b.window)
    assert b.engine is not None
    b.engine.wait_started(30)
    yield b
    b.close()
    theme.apply_theme(qapp, "light")


def _published(b, fake_instance: FakeMastodon, text: str, *, limit: int | None = None) -> tuple[int, int, str]:
    """A post published on the fake instance, with its frozen record; (post id, target id, status id)."""
    account = AccountRepository(b.database).add(Network.MASTODON, "@alice@127.0.0.1", now=NOW).id
    if limit is not None:
        with b.database.session() as session:
            row = session.get(AccountRow, account)
            facts = {"instance_limits": {"max_characters": limit}}
            row.default_options_json = json.dumps({"_client": {"facts": facts}})
            session.add(row)
    with fake_instance._lock:
        status = fake_instance._new_status({"status": text}, "1")
    saved = PostRepository(b.database).save(
        Post(
            parts=(text,),
            targets=(Target(Network.MASTODON, account, state=TargetState.PUBLISHED),),
            scheduled_at=NOW - dt.timedelta(hours=1),
            scheduled_zone="UTC",
        ),
        now=NOW,
    )
    (target_id,) = [d.target_id for d in PostRepository(b.database).deliveries(saved.id)]
    with b.database.session() as session:
        target = session.get(TargetRow, target_id)
        target.remote_id, target.remote_url = status["id"], status["url"]
        session.add(target)
        session.flush()
        snapshots.freeze(session, target, session.get(PostRow, saved.id), NOW)
    return saved.id, target_id, status["id"]


def test_the_editable_networks_are_those_whose_adapter_can_edit():
    from postdesk.platforms.capabilities import SupportsEdit, shipped_adapter_classes

    assert issubclass(MastodonAdapter, SupportsEdit)
    assert Network.MASTODON in EDITABLE_NETWORKS
    assert frozenset(n for n, cls in shipped_adapter_classes().items() if issubclass(cls, SupportsEdit)) == (
        EDITABLE_NETWORKS
    )


def test_edit_on_mastodon_changes_the_post_there_and_the_record_here(window, qtbot, fake):
    instance, _server = fake
    b = window
    post_id, tid, status_id = _published(b, instance, "Helo from Postdesk")
    composer = open_in_composer(b, qtbot, post_id)
    qtbot.waitUntil(lambda: tid in composer.sent.edit_buttons, timeout=10_000)
    assert composer.sent.isVisibleTo(composer)
    assert "Helo from Postdesk" in composer.sent.content_label.text()
    button = composer.sent.edit_buttons[tid]
    assert button.accessibleName() == "Change the published post on Mastodon itself"
    button.click()
    dialog = composer.sent.dialog
    assert isinstance(dialog, EditPublishedDialog)
    assert not dialog.save_button.isEnabled()  # nothing changed yet
    assert dialog.problems() == ["Nothing has changed yet."]
    dialog.text_edit.setPlainText("Hello from Postdesk")
    assert dialog.counter_label.text() == "19 / 500"
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "Edited on Mastodon." in dialog.result_text(), timeout=20_000)
    assert plain_text(instance.statuses[status_id]["content"]) == "Hello from Postdesk"
    assert instance.edits == [(status_id, "1")]
    qtbot.waitUntil(lambda: "Hello from Postdesk" in composer.sent.content_label.text(), timeout=10_000)
    assert "Edited on Mastodon" in composer.sent.content_label.text()
    assert "Helo from Postdesk" not in composer.sent.content_label.text()
    # The post's own text is untouched (the record changed, not the draft).
    assert PostRepository(b.database).get(post_id).parts == ("Helo from Postdesk",)
    qtbot.waitUntil(lambda: "Edited on the network" in composer.activity.log_label.text(), timeout=10_000)
    SHOTS.mkdir(exist_ok=True)
    assert composer.sent.grab().save(str(SHOTS / "sent-view-edited-on-mastodon.png"))


def test_the_dialog_counts_with_the_accounts_own_limit_and_says_why_not(window, qtbot, fake):
    instance, _server = fake
    b = window
    post_id, tid, _status_id = _published(b, instance, "Short", limit=40)
    composer = open_in_composer(b, qtbot, post_id)
    qtbot.waitUntil(lambda: tid in composer.sent.edit_buttons, timeout=10_000)
    composer.sent.edit_buttons[tid].click()
    dialog = composer.sent.dialog
    dialog.text_edit.setPlainText("x" * 45)
    assert dialog.counter_label.text() == "45 / 40"
    assert not dialog.save_button.isEnabled()
    assert "5 characters over the limit of your Mastodon server (40)." in dialog.problems_label.text()
    dialog.warning_edit.setText("cw")  # the content warning counts too
    assert dialog.counter_label.text() == "47 / 40"
    dialog.text_edit.setPlainText("x" * 30)
    assert dialog.save_button.isEnabled()
    assert instance.edits == []


def test_screenshots_of_the_dialog_light_and_dark(window, qtbot, fake, qapp):
    instance, _server = fake
    b = window
    post_id, tid, _status_id = _published(b, instance, "Our spring menu is out! Come by and try it 🌷")
    composer = open_in_composer(b, qtbot, post_id)
    qtbot.waitUntil(lambda: tid in composer.sent.edit_buttons, timeout=10_000)
    SHOTS.mkdir(exist_ok=True)
    for mode in ("light", "dark"):
        theme.apply_theme(qapp, mode)
        composer.sent.edit_buttons[tid].click()
        dialog = composer.sent.dialog
        dialog.warning_edit.setText("food")
        dialog.text_edit.setPlainText("Our spring menu is out! Come by and try it 🌷 " + "Fresh herbs, " * 40)
        dialog.resize(560, 380)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.grab().save(str(SHOTS / f"edit-on-mastodon-{mode}.png"))
        dialog.close()
