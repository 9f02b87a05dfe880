"""InboxSync against the fake Mastodon instance: idempotent sync, read state, backoff, replies.

Also the outbox's "never twice" for replies, against the fake Mastodon and X: the app killed
between the network taking a reply and the outbox marking it done.
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
from collections.abc import Iterator
from datetime import timedelta

import pytest

from postdesk.core.networks import Network
from postdesk.engine.connectivity import Connectivity
from postdesk.engine.engine import Engine, EngineConfig
from postdesk.engine.events import InboxUpdated, NeedsAttention
from postdesk.engine.inbox_sync import InboxSync
from postdesk.engine.outbox import ActionKind, Outbox, inbox_item_payload
from postdesk.engine.reply_once import REPLY_IN_DOUBT
from postdesk.platforms.inbox import InboxItem, InboxKind
from postdesk.platforms.mastodon import MastodonAdapter
from postdesk.platforms.x import XAdapter
from postdesk.store.db import Database, open_database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.inbox import InboxFilter, InboxRepository, ReplyState
from postdesk.store.tables_engine import OutboxRow
from postdesk.store.tables_inbox import InboxItemRow
from tests.fakes.api_server import ApiServer, Fault
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.mastodon_api import FakeMastodon
from tests.fakes.x_api import FakeX
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
        return {Network.MASTODON: MastodonAdapter(creds, clock=lambda: self.instance.now, sleep=_no_wait)}

    def own_status(self, text: str) -> str:
        with self.instance._lock:
            return str(self.instance._new_status({"status": text}, "1")["id"])

    def sync(self, **kwargs) -> InboxSync:
        return InboxSync(
            self.db, self.adapters, emit=self.events.append, clock=self.clock, jitter=lambda: 0.0, **kwargs
        )


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
    world.server.fault(
        "GET", "/api/v1/notifications", Fault("status", 429, {"Retry-After": "600"}, {"error": "Too many requests"})
    )
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
    return [s for s in instance.statuses.values() if s["_account"] == "1" and s.get("in_reply_to_id") == to]


def test_offline_reply_is_sent_once_on_reconnect(world):
    post = world.own_status("my post")
    answer = world.instance.reply_from("2", post, "nice post")

    async def scenario() -> None:
        engine = Engine(
            world.db,
            world.adapters,
            emit=world.events.append,
            clock=world.clock,
            connectivity=Connectivity(world.switch),
            jitter=lambda: 0.0,
            config=EngineConfig(use_alarm=False),
            sleep=world.clock.sleep,
        )
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
        engine = Engine(
            world.db,
            world.adapters,
            emit=world.events.append,
            clock=world.clock,
            connectivity=Connectivity(world.switch),
            jitter=lambda: 0.0,
            config=EngineConfig(use_alarm=False),
            sleep=world.clock.sleep,
        )
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


# -- never twice: the kill window between "the network took it" and "the outbox says done" ------


class _Crash(Exception):
    """Stands for the app dying: raised where the process would stop."""


def _crash_on_finish(engine: Engine) -> None:
    """Make the engine die right after the network accepted, before the outbox commits done."""

    def finish(*_args, **_kwargs) -> None:
        raise _Crash("killed before the outbox marked the reply done")

    engine.outbox.finish = finish  # type: ignore[method-assign]


def _engine(db: Database, adapters, clock: ManualClock, switch: Switch, events: list) -> Engine:
    return Engine(
        db,
        adapters,
        emit=events.append,
        clock=clock,
        connectivity=Connectivity(switch),
        jitter=lambda: 0.0,
        config=EngineConfig(use_alarm=False),
        sleep=clock.sleep,
    )


async def _drain(engine: Engine):
    await engine.start()
    try:
        return await engine.drain_outbox()
    finally:
        await engine.stop()


def _outbox_row(db: Database, outbox_id: int) -> OutboxRow:
    with db.read_session() as session:
        row = session.get(OutboxRow, outbox_id)
        assert row is not None
        return row


def _queue_mastodon_reply(world: World, text: str) -> tuple[str, int]:
    """An item from bob synced into the inbox and a reply to it queued; (bob's id, outbox id)."""
    world.instance.now = world.clock.now()  # one world, one time: the look compares them
    answer = world.instance.reply_from("2", world.own_status("my post"), "nice post")
    sync = world.sync()  # no drain: the reply only queues

    async def queue() -> int:
        await sync.start(periodic=False)
        try:
            await sync.sync_now()
            (item,) = sync.repo.items()
            return await sync.reply(item.id, text, "press-k")
        finally:
            await sync.stop()

    return str(answer["id"]), asyncio.run(queue())


def test_mastodon_reply_accepted_then_killed_is_found_not_resent(world):
    to, outbox_id = _queue_mastodon_reply(world, "thanks!")
    first = _engine(world.db, world.adapters, world.clock, world.switch, world.events)
    _crash_on_finish(first)
    with pytest.raises(_Crash):
        asyncio.run(_drain(first))
    (sent,) = _alice_replies(world.instance, to)
    assert _outbox_row(world.db, outbox_id).sending_at is not None  # committed before the call
    posts = len([r for r in world.server.requests if r.method == "POST"])

    world.clock.advance(timedelta(minutes=2))
    drained = asyncio.run(_drain(_engine(world.db, world.adapters, world.clock, world.switch, world.events)))

    assert drained.done == 1 and drained.failed == 0
    assert _alice_replies(world.instance, to) == [sent]
    assert len([r for r in world.server.requests if r.method == "POST"]) == posts
    assert world.instance.idempotency_hits == 0  # not sent again and deduplicated: not sent
    row = _outbox_row(world.db, outbox_id)
    assert row.done_at is not None and row.last_error is None
    assert row.remote_id == str(sent["id"])
    assert InboxRepository(world.db).items()[0].reply_state == ReplyState.SENT


def test_mastodon_reply_whose_answer_was_lost_is_found_on_the_next_drain(world):
    to, outbox_id = _queue_mastodon_reply(world, "got it")
    world.server.fault("POST", "/api/v1/statuses", Fault("drop_after"))
    lost = asyncio.run(_drain(_engine(world.db, world.adapters, world.clock, world.switch, world.events)))
    assert lost.done == 0 and lost.failed == 0
    (sent,) = _alice_replies(world.instance, to)
    assert _outbox_row(world.db, outbox_id).sending_at is not None

    world.clock.advance(timedelta(hours=2))  # past the backoff and the idempotency window
    again = asyncio.run(_drain(_engine(world.db, world.adapters, world.clock, world.switch, world.events)))

    assert again.done == 1
    assert _alice_replies(world.instance, to) == [sent]
    assert world.instance.idempotency_hits == 0
    assert _outbox_row(world.db, outbox_id).remote_id == str(sent["id"])


@dataclasses.dataclass
class XWorld:
    db: Database
    api: FakeX
    server: ApiServer
    clock: ManualClock
    switch: Switch
    account_id: int
    events: list = dataclasses.field(default_factory=list)

    def adapters(self) -> dict:
        creds = StaticCredentials("token-alice", user_id="1")
        return {Network.X: XAdapter(creds, base_url=self.server.url, clock=lambda: self.api.now, sleep=_no_wait)}

    def without_finder(self) -> dict:
        return {Network.X: _NoFinder(self.adapters()[Network.X])}

    def engine(self, adapters=None) -> Engine:
        return _engine(self.db, adapters or self.adapters, self.clock, self.switch, self.events)

    def replies_to(self, tweet_id: str) -> list[str]:
        return [
            t["id"]
            for t in self.api.tweets.values()
            if t["_user"] == "1" and {"type": "replied_to", "id": tweet_id} in t.get("referenced_tweets", ())
        ]


class _NoFinder:
    """An inbox adapter that cannot look for its replies (X's own, with `find_reply` hidden)."""

    def __init__(self, inner: XAdapter) -> None:
        self._inner = inner

    async def fetch_inbox(self, account_id, *, cursor=None, limit=50):
        return await self._inner.fetch_inbox(account_id, cursor=cursor, limit=limit)

    async def reply(self, account_id, item, text):
        return await self._inner.reply(account_id, item, text)

    async def aclose(self) -> None:
        await self._inner.aclose()


@pytest.fixture
def xworld(paths) -> Iterator[XWorld]:
    db = open_database(paths)
    api = FakeX()
    server = ApiServer(api).start()
    clock = ManualClock()
    api.now = clock.now()  # one world, one time: the look asks for tweets since the send
    account = AccountRepository(db).add(Network.X, "alice", now=clock.now())
    try:
        yield XWorld(db, api, server, clock, Switch(), int(account.id))
    finally:
        server.stop()
        db.close()


def _queue_x_reply(xw: XWorld, text: str) -> tuple[str, int]:
    """Bob's reply to alice's tweet, answered by a queued REPLY action; (bob's id, outbox id)."""
    with xw.api._lock:
        mine = xw.api._id()
        xw.api.tweets[mine] = {
            "id": mine,
            "text": "my tweet",
            "author_id": "1",
            "created_at": xw.api.now.isoformat().replace("+00:00", "Z"),
            "conversation_id": mine,
            "edit_history_tweet_ids": [mine],
            "_user": "1",
            "_text": "my tweet",
            "_body": {},
        }
    bob = xw.api.reply_from("2", mine, "what do you think?")
    item = InboxItem(
        remote_id=bob,
        kind=InboxKind.REPLY,
        author_id="2",
        author_handle="bob",
        author_name="Bob",
        text="what do you think?",
        created_at=xw.clock.now(),
        reply_ref={"tweet_id": bob, "conversation_id": mine},
    )
    outbox_id = Outbox(xw.db).enqueue(
        ActionKind.REPLY,
        Network.X.value,
        xw.account_id,
        None,
        {"item": inbox_item_payload(item), "text": text, "request_key": "k"},
        xw.clock.now(),
    )
    return bob, outbox_id


def test_x_reply_accepted_then_killed_is_found_not_posted_twice(xworld):
    bob, outbox_id = _queue_x_reply(xworld, "I think yes")
    first = xworld.engine()
    _crash_on_finish(first)
    with pytest.raises(_Crash):
        asyncio.run(_drain(first))
    (sent,) = xworld.replies_to(bob)
    posts = len([r for r in xworld.server.requests if r.method == "POST"])

    xworld.clock.advance(timedelta(minutes=1))
    drained = asyncio.run(_drain(xworld.engine()))

    assert drained.done == 1 and drained.failed == 0
    assert xworld.replies_to(bob) == [sent]
    row = _outbox_row(xworld.db, outbox_id)
    assert row.last_error is None and row.remote_id == sent
    assert len([r for r in xworld.server.requests if r.method == "POST"]) == posts
    assert xworld.api.violations == []


def test_x_reply_killed_before_the_call_is_sent_once_after_a_look(xworld):
    bob, outbox_id = _queue_x_reply(xworld, "before the call")
    first = xworld.engine()

    async def die(*_args, **_kwargs):
        raise _Crash("killed after the mark, before the request left")

    async def scenario() -> None:
        await first.start()
        first._adapters[Network.X].reply = die  # type: ignore[attr-defined]
        try:
            await first.drain_outbox()
        finally:
            await first.stop()

    with pytest.raises(_Crash):
        asyncio.run(scenario())
    assert xworld.replies_to(bob) == []
    assert _outbox_row(xworld.db, outbox_id).sending_at is not None

    drained = asyncio.run(_drain(xworld.engine()))

    assert drained.done == 1
    (sent,) = xworld.replies_to(bob)
    assert _outbox_row(xworld.db, outbox_id).remote_id == sent
    looked = [r for r in xworld.server.requests if r.path == "/2/users/1/tweets"]
    assert looked, "the drain must look on the network before sending again"


def test_reply_in_doubt_without_a_finder_or_dedup_goes_to_the_user(xworld):
    bob, outbox_id = _queue_x_reply(xworld, "maybe twice")
    first = xworld.engine()
    _crash_on_finish(first)
    with pytest.raises(_Crash):
        asyncio.run(_drain(first))
    (sent,) = xworld.replies_to(bob)
    posts = len([r for r in xworld.server.requests if r.method == "POST"])

    drained = asyncio.run(_drain(xworld.engine(xworld.without_finder)))

    assert drained.done == 0 and drained.failed == 1
    assert xworld.replies_to(bob) == [sent]
    assert len([r for r in xworld.server.requests if r.method == "POST"]) == posts
    row = _outbox_row(xworld.db, outbox_id)
    assert row.needs_user and row.done_at is not None
    (attention,) = [e for e in xworld.events if isinstance(e, NeedsAttention)]
    assert attention.code == REPLY_IN_DOUBT


def test_direct_message_synced_replied_direct_and_read_marker_posted(world):
    world.instance.reply_from("2", world.own_status("hello"), "@alice hi")
    world.instance.now += timedelta(minutes=1)
    dm = world.instance.direct_from("2", "1", "@alice a secret")

    async def scenario():
        engine = Engine(
            world.db,
            world.adapters,
            emit=world.events.append,
            clock=world.clock,
            connectivity=Connectivity(world.switch),
            jitter=lambda: 0.0,
            config=EngineConfig(use_alarm=False),
            sleep=world.clock.sleep,
        )
        await engine.start()
        sync = world.sync(connectivity=engine.connectivity, drain=engine.drain_outbox)
        await sync.start(periodic=False)
        try:
            await sync.sync_now()
            await sync.sync_now()  # the DM comes as a mention and as a conversation: one row
            entries = {e.remote_id: e for e in sync.repo.items()}
            await sync.set_read([entries[dm["id"]].id], True)
            # The older reply is still unread, so no position is "all read up to here" yet.
            after_dm = copy.deepcopy(world.instance.markers)
            await sync.set_read([e.id for e in entries.values()], True)
            await sync.reply(entries[dm["id"]].id, "got it", "press-dm")
            await asyncio.gather(*sync._tasks)
            return after_dm, entries
        finally:
            await sync.stop()
            await engine.stop()

    after_dm, entries = asyncio.run(scenario())
    assert len(entries) == 2
    assert entries[dm["id"]].kind == InboxKind.DIRECT_MESSAGE.value
    assert after_dm == {}
    newest_note = world.instance.notifications[-1]["id"]
    assert world.instance.markers["1"]["notifications"]["last_read_id"] == newest_note
    [sent] = _alice_replies(world.instance, str(dm["id"]))
    assert sent["visibility"] == "direct" and sent["_source"] == "@bob got it"
    assert world.instance.violations == []
