"""Editing a published post on its network (`Engine.edit_published`), with the real Mastodon adapter
against the fake instance on 127.0.0.1: through the outbox (offline-safe, exactly once), a new frozen
revision that lookups then use, the previous one kept, and the post's own text left alone.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlmodel import select

from postdesk.core.networks import Network
from postdesk.engine.connectivity import Connectivity
from postdesk.engine.engine import Engine, EngineConfig
from postdesk.engine.events import TargetChanged
from postdesk.engine.outbox import ActionKind
from postdesk.platforms.base import PublishRequest
from postdesk.platforms.mastodon import MastodonAdapter, plain_text
from postdesk.store import snapshots
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables import AccountRow, ActivityRow, TargetRow
from postdesk.store.tables_engine import OutboxRow
from tests.fakes.api_server import ApiServer
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.mastodon_api import FakeMastodon
from tests.unit.engine.conftest import T0, Harness, run


@pytest.fixture
def mastodon() -> Iterator[tuple[FakeMastodon, ApiServer]]:
    instance = FakeMastodon()
    server = ApiServer(instance).start()
    instance.base = server.url
    yield instance, server
    server.stop()


def _engine(harness: Harness, server: ApiServer) -> Engine:
    return Engine(
        harness.db,
        lambda: {Network.MASTODON: MastodonAdapter(StaticCredentials("token-alice", base_url=server.url))},
        emit=harness.events.append,
        clock=harness.clock,
        connectivity=Connectivity(harness.switch),
        jitter=lambda: 0.0,
        config=EngineConfig(use_alarm=False),
        sleep=harness.clock.sleep,
    )


def _remote(harness: Harness, target_id: int) -> str:
    with harness.db.read_session() as session:
        return str(session.get(TargetRow, target_id).remote_id)


def _edit_entries(harness: Harness, target_id: int) -> list[ActivityRow]:
    with harness.db.read_session() as session:
        return list(
            session.exec(
                select(ActivityRow)
                .where(ActivityRow.target_id == target_id)
                .where(ActivityRow.message_code == snapshots.EDITED_ON_NETWORK)
            ).all()
        )


def test_an_edit_reaches_the_network_and_becomes_a_new_revision(harness, mastodon):
    fake, server = mastodon
    tid = harness.post(T0, "Helo world", options={"spoiler_text": "greeting"})

    async def body():
        engine = _engine(harness, server)
        await engine.start()
        await engine.wait_idle()
        result = await engine.edit_published(tid, ("Hello world",), {"spoiler_text": "a greeting"})
        work = await engine._db(engine.ledger.get, tid)
        # What a lookup would search for is what the network now says.
        adapter = engine.adapter(Network.MASTODON)
        found = await adapter.lookup(
            PublishRequest(
                target_id=tid, account_id=work.account_id, parts=work.parts, options=work.options, idempotency_key=""
            ),
            sent_at=fake.now,
        )
        await engine.stop()
        return result, work, found

    result, work, found = run(body)
    assert result.state == "edited", result
    remote = _remote(harness, tid)
    status = fake.statuses[remote]
    assert plain_text(status["content"]) == "Hello world" and status["spoiler_text"] == "a greeting"
    assert fake.edits == [(remote, "1")]
    assert work.parts == ("Hello world",) and work.options["spoiler_text"] == "a greeting"
    assert found is not None and found.remote_id == remote
    with harness.db.read_session() as session:
        now = snapshots.read(session, tid)
        before = snapshots.history(session, tid)
        post_id = session.get(TargetRow, tid).post_id
    assert now.parts == ("Hello world",) and now.revision == 2 and now.edited_at == T0
    assert [(b.revision, b.parts, b.options.get("spoiler_text")) for b in before] == [(1, ("Helo world",), "greeting")]
    # The post itself (and so any other target's text) is never changed by an edit.
    assert PostRepository(harness.db).get(post_id).parts == ("Helo world",)
    assert any(isinstance(e, TargetChanged) and e.target_id == tid for e in harness.events)


def test_an_edit_made_offline_goes_once_when_back_online(harness, mastodon):
    fake, server = mastodon
    tid = harness.post(T0, "first words")

    async def body():
        engine = _engine(harness, server)
        await engine.start()
        await engine.wait_idle()
        harness.switch.online = False
        await engine.connectivity.check()
        waiting = await engine.edit_published(tid, ("second words",))
        await engine.heartbeat()
        assert fake.edits == []
        harness.switch.online = True
        await engine.heartbeat()
        await engine.wait_idle()
        await engine.heartbeat()
        await engine.drain_outbox()
        await engine.wait_idle()
        await engine.stop()
        return waiting

    waiting = run(body)
    assert waiting.state == "waiting" and waiting.action_id is not None
    remote = _remote(harness, tid)
    assert fake.edits == [(remote, "1")]
    assert plain_text(fake.statuses[remote]["content"]) == "second words"
    assert len(_edit_entries(harness, tid)) == 1
    with harness.db.read_session() as session:
        assert snapshots.read(session, tid).parts == ("second words",)
        assert session.get(OutboxRow, waiting.action_id).done_at is not None


def test_the_same_edit_replayed_after_a_crash_is_not_recorded_twice(harness, mastodon):
    # A crash between the network's answer and the outbox row's "done" replays the action.
    fake, server = mastodon
    tid = harness.post(T0, "one")

    async def body():
        engine = _engine(harness, server)
        await engine.start()
        await engine.wait_idle()
        await engine.edit_published(tid, ("two",))
        remote = _remote(harness, tid)
        await engine._db(
            engine.outbox.enqueue,
            ActionKind.EDIT,
            "mastodon",
            harness.account_id,
            tid,
            {"remote_id": remote, "parts": ["two"], "options": {}},
            harness.clock.now(),
        )
        await engine.drain_outbox()
        await engine.stop()

    run(body)
    assert len(fake.edits) == 2  # the network simply says "two" again
    assert len(_edit_entries(harness, tid)) == 1
    with harness.db.read_session() as session:
        assert snapshots.read(session, tid).revision == 2


def test_too_long_for_the_accounts_instance_is_refused_before_anything_is_queued(harness, mastodon):
    fake, server = mastodon
    with harness.db.session() as session:
        account = session.get(AccountRow, harness.account_id)
        account.default_options_json = json.dumps({"_client": {"facts": {"instance_limits": {"max_characters": 30}}}})
        session.add(account)
    tid = harness.post(T0, "short")

    async def body():
        engine = _engine(harness, server)
        await engine.start()
        await engine.wait_idle()
        refused = await engine.edit_published(tid, ("a text that is longer than thirty characters",))
        fitting = await engine.edit_published(tid, ("a text under thirty",))
        await engine.stop()
        return refused, fitting

    refused, fitting = run(body)
    assert (refused.state, refused.reason, refused.action_id) == ("refused", "too_long", None)
    assert fitting.state == "edited"
    assert len(fake.edits) == 1


def test_only_a_published_target_can_be_edited(harness, mastodon):
    _fake, server = mastodon
    tid = harness.post(T0 + timedelta(days=2), "later")

    async def body():
        engine = _engine(harness, server)
        await engine.start()
        result = await engine.edit_published(tid, ("changed",))
        await engine.stop()
        return result

    assert run(body).reason == "not_published"


def test_a_refusal_by_the_network_is_said_and_logged(harness, mastodon):
    fake, server = mastodon
    tid = harness.post(T0, "mine")

    async def body():
        engine = _engine(harness, server)
        await engine.start()
        await engine.wait_idle()
        fake.version = "3.4.0"  # the server was downgraded: it can no longer edit
        result = await engine.edit_published(tid, ("mine, edited",))
        await engine.stop()
        return result

    result = run(body)
    assert (result.state, result.reason) == ("refused", "edit_server_too_old")  # a code the dialog words
    assert fake.edits == []
    with harness.db.read_session() as session:
        codes = [a.message_code for a in session.exec(select(ActivityRow).where(ActivityRow.target_id == tid))]
        assert snapshots.read(session, tid).parts == ("mine",)
    assert "edit_on_network_failed" in codes
