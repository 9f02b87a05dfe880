"""The inbox against the real local atproto network: sync, threading, pane, reply with refs."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from postdesk.core.networks import Network
from postdesk.engine.connectivity import Connectivity
from postdesk.engine.engine import Engine, EngineConfig
from postdesk.engine.inbox_sync import InboxSync
from postdesk.platforms.base import PublishRequest
from postdesk.platforms.bluesky import BlueskyAdapter, split_at_uri
from postdesk.store.db import open_database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.inbox import InboxRepository, ReplyState
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.inbox.view import InboxPane
from tests.helpers.atproto import (  # noqa: F401 (fixture)
    AtprotoNetwork,
    SessionCredentials,
    atproto_network,
    create_account,
)

pytestmark = [pytest.mark.integration, pytest.mark.atproto, pytest.mark.xdist_group("atproto")]


def _record(pds: str, uri: str) -> dict[str, Any]:
    repo, collection, rkey = split_at_uri(uri)
    response = httpx.get(
        f"{pds}/xrpc/com.atproto.repo.getRecord", params={"repo": repo, "collection": collection, "rkey": rkey}
    )
    response.raise_for_status()
    return dict(response.json())


def test_inbox_shows_reply_and_mention_and_answers_with_reply_refs(
    qtbot, paths, atproto_network: AtprotoNetwork
) -> None:
    if atproto_network.appview is None:
        pytest.skip("no AppView: PostgreSQL or Redis is missing (scripts/apt-test-packages.txt)")
    pds = atproto_network.pds
    stamp = datetime.now(UTC).strftime("%H%M%S%f")
    alice = create_account(pds, f"ialice{stamp}.test", "alice-pass")
    bob = create_account(pds, f"ibob{stamp}.test", "bob-pass")
    db = open_database(paths)
    accounts = AccountRepository(db)
    alice_id = accounts.add(Network.BLUESKY, alice["handle"], now=datetime.now(UTC)).id
    bob_id = alice_id + 1000  # Bob is not connected here: he only writes through his own adapter
    creds = SessionCredentials(pds, {alice_id: (alice["handle"], "alice-pass"), bob_id: (bob["handle"], "bob-pass")})
    events: list[Any] = []

    async def scenario() -> tuple[str, str, str]:
        writer = BlueskyAdapter(creds)
        post = await writer.publish(PublishRequest(21, alice_id, ("Ask me about the inbox",)))
        await asyncio.to_thread(atproto_network.process_all)
        bob_reply = await writer.first_comment(bob_id, post.remote_id, "Does it thread replies?")
        await writer.publish(PublishRequest(22, bob_id, (f"Hello @{alice['handle']}",)))
        await asyncio.to_thread(atproto_network.process_all)
        await writer.aclose()

        engine = Engine(
            db,
            lambda: {Network.BLUESKY: BlueskyAdapter(creds)},
            emit=events.append,
            connectivity=Connectivity(_always),
            config=EngineConfig(use_alarm=False),
        )
        await engine.start()
        sync = InboxSync(
            db,
            lambda: {Network.BLUESKY: BlueskyAdapter(creds)},
            emit=events.append,
            connectivity=engine.connectivity,
            drain=engine.drain_outbox,
        )
        await sync.start(periodic=False)
        try:
            assert (await sync.sync_now())[alice_id] >= 2
            assert (await sync.sync_now())[alice_id] == 0  # idempotent against the real AppView
            item = next(e for e in sync.repo.items() if e.remote_id == bob_reply.remote_id)
            await sync.reply(item.id, "Yes, by the post they answer", "press-atproto")
            await asyncio.gather(*sync._tasks)
            assert next(e for e in sync.repo.items() if e.id == item.id).reply_state == ReplyState.SENT
        finally:
            await sync.stop()
            await engine.stop()
        return post.remote_id, bob_reply.remote_id, item.conversation_key

    root_uri, reply_uri, conversation = asyncio.run(scenario())
    assert conversation == root_uri

    runner = BackgroundRunner()
    pane = InboxPane(InboxRepository(db), accounts, runner, submit=None, actions=None, open_url=lambda _u: None)
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.unread_changed):
        pane.reload()
    shown = {(e.kind, e.text) for c in pane.model.conversations() for e in c.items}
    assert ("reply", "Does it thread replies?") in shown
    assert ("mention", f"Hello @{alice['handle']}") in shown
    head = next(c for c in pane.model.conversations() if c.key == root_uri)
    assert [e.remote_id for e in head.items] == [reply_uri]
    runner.shutdown()

    # The answer is on the PDS, with root = Alice's post and parent = Bob's reply.
    listed = httpx.get(
        f"{pds}/xrpc/com.atproto.repo.listRecords", params={"repo": alice["did"], "collection": "app.bsky.feed.post"}
    ).json()
    answers = [r for r in listed["records"] if r["value"]["text"] == "Yes, by the post they answer"]
    assert len(answers) == 1
    root, parent = _record(pds, root_uri), _record(pds, reply_uri)
    assert answers[0]["value"]["reply"] == {
        "root": {"uri": root["uri"], "cid": root["cid"]},
        "parent": {"uri": parent["uri"], "cid": parent["cid"]},
    }
    db.close()


async def _always() -> bool:
    return True
