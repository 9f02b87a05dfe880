"""InboxSync against the fake Mastodon instance: idempotent sync, read state, backoff, replies."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterator
from datetime import timedelta

import pytest

from postdesk.core.networks import Network
from postdesk.engine.connectivity import Connectivity
from postdesk.engine.engine import Engine, EngineConfig
from postdesk.engine.events import InboxUpdated
from postdesk.engine.inbox_sync import InboxSync
from postdesk.platforms.mastodon import MastodonAdapter
from postdesk.store.db import Database, open_database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.inbox import InboxFilter, ReplyState
from postdesk.store.tables_inbox import InboxItemRow
from tests.fakes.api_server import ApiServer, Fault
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.mastodon_api import FakeMastodon
from tests.unit.engine.conftest import ManualClock, Switch


@dataclasses.dataclass
class World:
    db: Database
    instance: FakeMastodon
    server: ApiServer
    clock: ManualClock
    switch: Switch
    account_id: int
    events: list = dataclasses.field(default_factory=list)

    def adapters(self) -> dict:
        creds = StaticCredentials("token-alice", base_url=self.server.url)
        return {Network.MASTODON: MastodonAdapter(creds, clock=lambda: self.instance.now,
                                                  sleep=_no_wait)}

    def own_status(self, text: str) -> str:
        with self.instance._lock:
            return str(self.instance._new_status({"status": text}, "1")["id"])

    def sync(self, **kwargs) -> InboxSync:
        return InboxSync(self.db, self.adapters, emit=self.events.append, clock=self.clock,
                         jitter=lambda: 0.0, **kwargs)


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


@pytest.fixture
def world(paths) -> Iterator[World]:
    db = open_database(paths)
    instance = FakeMastodon()
    server = ApiServer(instance).start()
    instance.base = server.url
    clock = ManualClock()
    account = AccountRepository(db).add(Network.MASTODON, "alice@127.0.0.1", now=clock.now())
    try:
        yield World(db, instance, server, clock, Switch(), int(account.id))
    finally:
        server.stop()
        db.close()


def _rows(db: Database) -> list[dict]:
    with db.read_session() as session:
        from sqlmodel import select
        rows = session.exec(select(InboxItemRow).order_by(InboxItemRow.id)).all()
        return [r.model_dump(exclude={"updated_at"}) for r in rows]


async def _once(sync: InboxSync, fn):
    await sync.start(periodic=False)
    try:
        return await fn()
    finally:
        await sync.stop()


def test_sync_twice_gives_the_same_rows_grouped_by_answered_post(world):
    post = world.own_status("my post")
    world.instance.reply_from("2", post, "first answer")
    world.instance.reply_from("2", post, "second answer")
    sync = world.sync()

    first = asyncio.run(_once(sync, sync.sync_now))
    rows = _rows(world.db)
    world.clock.advance(timedelta(minutes=1))
    second = asyncio.run(_once(sync, sync.sync_now))

    assert first == {world.account_id: 2} and second == {world.account_id: 0}
    assert _rows(world.db) == rows and len(rows) == 2
    conversations = sync.repo.conversations()
    assert [c.key for c in conversations] == [post]
    assert [i.text for i in conversations[0].items] == ["first answer", "second answer"]
    assert [e.new_count for e in world.events if isinstance(e, InboxUpdated)] == [2]
    assert world.instance.violations == []


def test_read_state_survives_a_resync(world):
    post = world.own_status("my post")
    world.instance.reply_from("2", post, "one")
    world.instance.reply_from("2", post, "two")
    sync = world.sync()
    asyncio.run(_once(sync, sync.sync_now))
    one, _two = sorted(sync.repo.items(), key=lambda e: e.text)
    sync.repo.set_read([one.id], True)
    assert sync.repo.unread_total() == 1

    world.instance.reply_from("2", post, "three")
    world.clock.advance(timedelta(minutes=10))
    asyncio.run(_once(sync, sync.run_due))

    by_text = {e.text: e.is_read for e in sync.repo.items()}
    assert by_text == {"one": True, "two": False, "three": False}
    assert sync.repo.unread_counts() == {world.account_id: 2}
    assert [e.text for e in sync.repo.items(InboxFilter(unread_only=True))] == ["three", "two"]


def test_periodic_sync_waits_its_interval_and_backs_off_on_429(world):
    post = world.own_status("my post")
    world.instance.reply_from("2", post, "hi")
    sync = world.sync()
    assert asyncio.run(_once(sync, sync.run_due)) == {world.account_id: 1}
    # Inside the interval: nothing is asked.
    requests = len(world.server.requests)
    assert asyncio.run(_once(sync, sync.run_due)) == {}
    assert len(world.server.requests) == requests

    world.clock.advance(timedelta(minutes=5))
    world.server.fault("GET", "/api/v1/notifications",
                       Fault("status", 429, {"Retry-After": "600"}, {"error": "Too many requests"}))
    assert asyncio.run(_once(sync, sync.run_due)) == {world.account_id: 0}
    state = sync.repo.sync_state(world.account_id)
    assert state.failures == 1
    assert state.next_sync_at >= world.clock.now() + timedelta(seconds=600)

    world.clock.advance(timedelta(minutes=5))  # still inside Retry-After: neither kind of sync asks
    requests = len(world.server.requests)
    assert asyncio.run(_once(sync, sync.run_due)) == {}
    assert asyncio.run(_once(sync, sync.sync_now)) == {}
    assert len(world.server.requests) == requests

    world.clock.advance(timedelta(minutes=6))
    world.instance.reply_from("2", post, "again")
    assert asyncio.run(_once(sync, sync.run_due)) == {world.account_id: 1}
    assert sync.repo.sync_state(world.account_id).failures == 0


def test_no_sync_while_offline(world):
    world.instance.reply_from("2", world.own_status("p"), "hi")
    world.switch.online = False
    connectivity = Connectivity(world.switch, online=False)
    sync = world.sync(connectivity=connectivity)
    assert asyncio.run(_once(sync, sync.sync_now)) == {}
    assert world.server.requests == []


def _alice_replies(instance: FakeMastodon, to: str) -> list[dict]:
    return [s for s in instance.statuses.values()
            if s["_account"] == "1" and s.get("in_reply_to_id") == to]


def test_offline_reply_is_sent_once_on_reconnect(world):
    post = world.own_status("my post")
    answer = world.instance.reply_from("2", post, "nice post")

    async def scenario() -> None:
        engine = Engine(world.db, world.adapters, emit=world.events.append, clock=world.clock,
                        connectivity=Connectivity(world.switch), jitter=lambda: 0.0,
                        config=EngineConfig(use_alarm=False), sleep=world.clock.sleep)
        await engine.start()
        sync = world.sync(connectivity=engine.connectivity, drain=engine.drain_outbox)
        await sync.start(periodic=False)
        try:
            await sync.sync_now()
            (item,) = sync.repo.items()
            world.switch.online = False
            await engine.connectivity.check()

            first = await sync.reply(item.id, "thank you!", "press-1")
            again = await sync.reply(item.id, "thank you!", "press-1")  # a double submit
            assert first == again
            await engine.drain_outbox()  # offline: nothing leaves
            assert _alice_replies(world.instance, str(answer["id"])) == []
            assert sync.repo.get(item.id) is not None
            assert sync.repo.items()[0].reply_state == ReplyState.QUEUED

            world.switch.online = True
            await engine.connectivity.check()  # reconnect drains the outbox
            await engine.wait_idle()
            await engine.drain_outbox()
            await engine.heartbeat()
            await engine.wait_idle()
            assert sync.repo.items()[0].reply_state == ReplyState.SENT
        finally:
            await sync.stop()
            await engine.stop()

    asyncio.run(scenario())
    sent = _alice_replies(world.instance, str(answer["id"]))
    assert len(sent) == 1
    assert world.instance.idempotency_hits == 0  # sent once, not deduplicated by the server
    assert world.instance.violations == []


def test_reply_online_goes_out_at_once(world):
    answer = world.instance.reply_from("2", world.own_status("p"), "question?")

    async def scenario() -> None:
        engine = Engine(world.db, world.adapters, emit=world.events.append, clock=world.clock,
                        connectivity=Connectivity(world.switch), jitter=lambda: 0.0,
                        config=EngineConfig(use_alarm=False), sleep=world.clock.sleep)
        await engine.start()
        sync = world.sync(connectivity=engine.connectivity, drain=engine.drain_outbox)
        await sync.start(periodic=False)
        try:
            await sync.sync_now()
            (item,) = sync.repo.items()
            await sync.reply(item.id, "answer", "press-2")
            await asyncio.gather(*sync._tasks)
        finally:
            await sync.stop()
            await engine.stop()

    asyncio.run(scenario())
    assert len(_alice_replies(world.instance, str(answer["id"]))) == 1
