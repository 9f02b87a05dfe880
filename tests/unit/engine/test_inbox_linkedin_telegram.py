"""InboxSync and the outbox with LinkedIn and Telegram, against their fakes.

LinkedIn: comments on the posts Postdesk published, a member account's refusal kept as a state,
a reply killed between "LinkedIn took it" and "the outbox says done" found, not sent again.
Telegram: the getUpdates offset stored after the items (a crash in between doubles nothing), the
bot that may not read the group kept as a state, a reply in doubt handed to the user.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.engine.connectivity import Connectivity
from postdesk.engine.engine import Engine, EngineConfig
from postdesk.engine.events import NeedsAttention
from postdesk.engine.inbox_sync import InboxSync
from postdesk.engine.reply_once import REPLY_IN_DOUBT
from postdesk.platforms.base import PublishRequest
from postdesk.platforms.credentials import Credentials
from postdesk.platforms.inbox import INBOX_BOT_CANNOT_READ, INBOX_NOT_GRANTED
from postdesk.platforms.linkedin import LinkedInAdapter
from postdesk.platforms.telegram import TelegramAdapter
from postdesk.store.db import Database, open_database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.inbox import InboxRepository, ReplyState
from postdesk.store.repositories.inbox_context import InboxContextRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables import TargetRow
from postdesk.store.tables_engine import OutboxRow
from tests.fakes.http_fake import FakeHTTPServer
from tests.fakes.linkedin_api import MEMBER_ID, ORG_URN, LinkedInFake
from tests.fakes.telegram_api import BOT_TOKEN, CHANNEL_ID, GROUP_ID, TelegramFake
from tests.unit.engine.conftest import ManualClock, Switch

ANA = "urn:li:person:AnaX1"
TG_ANA = {"id": 4001, "first_name": "Ana", "username": "ana_l"}


@dataclasses.dataclass
class Creds:
    """Credentials for any account id (the database picks the ids)."""

    token: str
    user_id: str | None = None
    extra: dict[str, Any] = dataclasses.field(default_factory=dict)

    async def get(self, account_id: int, *, force_refresh: bool = False) -> Credentials:
        return Credentials(access_token=self.token, user_id=self.user_id, extra=dict(self.extra))


@dataclasses.dataclass
class World:
    db: Database
    network: Network
    fake: Any
    server: FakeHTTPServer
    creds: Creds
    clock: ManualClock
    switch: Switch
    account_id: int
    events: list = dataclasses.field(default_factory=list)

    def adapters(self) -> dict:
        if self.network is Network.LINKEDIN:
            return {Network.LINKEDIN: LinkedInAdapter(self.creds, base_url=self.server.url)}
        return {Network.TELEGRAM: TelegramAdapter(self.creds, base_url=self.server.url)}

    def sync(self, **kwargs: Any) -> InboxSync:
        return InboxSync(
            self.db, self.adapters, emit=self.events.append, clock=self.clock, jitter=lambda: 0.0, **kwargs
        )

    def engine(self) -> Engine:
        return Engine(
            self.db,
            self.adapters,
            emit=self.events.append,
            clock=self.clock,
            connectivity=Connectivity(self.switch),
            jitter=lambda: 0.0,
            config=EngineConfig(use_alarm=False),
            sleep=self.clock.sleep,
        )

    def published(self, text: str, options: dict[str, Any] | None = None) -> str:
        """Publish through the adapter and record the target as Postdesk's own published post."""

        async def go() -> str:
            (adapter,) = self.adapters().values()
            try:
                request = PublishRequest(target_id=1, account_id=self.account_id, parts=(text,), options=options or {})
                return (await adapter.publish(request)).remote_id
            finally:
                await adapter.aclose()

        remote = asyncio.run(go())
        post = PostRepository(self.db).save(
            Post(parts=(text,), targets=(Target(self.network, self.account_id, state=TargetState.PUBLISHED),)),
            now=self.clock.now(),
        )
        with self.db.session() as session:
            from sqlmodel import select

            row = session.exec(select(TargetRow).where(TargetRow.post_id == post.id)).one()
            row.remote_id = remote
            session.add(row)
        return remote


def _world(paths, network: Network, fake: Any, creds: Creds) -> Iterator[World]:
    db = open_database(paths)
    server = FakeHTTPServer(fake)
    if network is Network.LINKEDIN:
        fake.base = server.url
    clock = ManualClock()
    account = AccountRepository(db).add(network, "studio", now=clock.now())
    with server:
        try:
            yield World(db, network, fake, server, creds, clock, Switch(), int(account.id))
        finally:
            db.close()


@pytest.fixture
def linkedin(paths) -> Iterator[World]:
    fake = LinkedInFake()
    yield from _world(
        paths, Network.LINKEDIN, fake, Creds(fake.token, user_id=MEMBER_ID, extra={"author_urn": ORG_URN})
    )


@pytest.fixture
def telegram(paths) -> Iterator[World]:
    yield from _world(paths, Network.TELEGRAM, TelegramFake(), Creds(BOT_TOKEN, extra={"chat_id": CHANNEL_ID}))


async def _once(sync: InboxSync, fn):  # type: ignore[no-untyped-def]
    await sync.start(periodic=False)
    try:
        return await fn()
    finally:
        await sync.stop()


class _Crash(Exception):
    """Stands for the app dying where it is raised."""


def _crash_on_finish(engine: Engine) -> None:
    def finish(*_args: Any, **_kwargs: Any) -> None:
        raise _Crash("killed before the outbox marked the reply done")

    engine.outbox.finish = finish  # type: ignore[method-assign]


async def _drain(engine: Engine):  # type: ignore[no-untyped-def]
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


def _queue_reply(world: World, text: str) -> int:
    sync = world.sync()

    async def queue() -> int:
        await sync.sync_now()
        (item,) = sync.repo.items()
        return await sync.reply(item.id, text, "press-1")

    return asyncio.run(_once(sync, queue))


# -- LinkedIn ---------------------------------------------------------------------------------


def test_linkedin_comments_on_published_posts_grouped_and_idempotent(linkedin):
    post = linkedin.published("Spring schedule", {"author": ORG_URN})
    linkedin.fake.comment_from(post, ANA, "Will Tuesdays stay?")
    sync = linkedin.sync()
    assert asyncio.run(_once(sync, sync.sync_now)) == {linkedin.account_id: 1}
    assert asyncio.run(_once(sync, sync.sync_now)) == {linkedin.account_id: 0}
    (conversation,) = InboxRepository(linkedin.db).conversations()
    assert conversation.own_text == "Spring schedule" and conversation.network == "linkedin"
    assert [e.text for e in conversation.items] == ["Will Tuesdays stay?"]
    asked = {r.path for r in linkedin.server.requests if r.path.endswith("/comments")}
    assert len(asked) == 1  # only the posts Postdesk published are read


def test_linkedin_member_account_is_a_state_not_an_error_loop(paths):
    fake = LinkedInFake()
    for world in _world(paths, Network.LINKEDIN, fake, Creds(fake.token, user_id=MEMBER_ID)):
        post = world.published("My own post")
        fake.comment_from(post, ANA, "Hi")
        sync = world.sync()
        assert asyncio.run(_once(sync, sync.sync_now)) == {world.account_id: 0}
        state = InboxRepository(world.db).sync_state(world.account_id)
        assert state.last_error == INBOX_NOT_GRANTED and state.failures == 0
        assert state.next_sync_at == world.clock.now() + timedelta(hours=1)
        calls = len(world.server.requests)
        world.clock.advance(timedelta(minutes=10))
        assert asyncio.run(_once(sync, sync.run_due)) == {}  # not asked again every few minutes
        assert len(world.server.requests) == calls


def test_linkedin_reply_killed_after_linkedin_took_it_is_found_not_sent_again(linkedin):
    post = linkedin.published("Hello", {"author": ORG_URN})
    ana = linkedin.fake.comment_from(post, ANA, "Question?")
    linkedin.fake.now_ms = int(linkedin.clock.now().timestamp() * 1000)
    outbox_id = _queue_reply(linkedin, "Answer!")
    first = linkedin.engine()
    _crash_on_finish(first)
    with pytest.raises(_Crash):
        asyncio.run(_drain(first))
    (sent,) = [c for c in linkedin.fake.comments if c.get("parentComment") == ana]
    assert _outbox_row(linkedin.db, outbox_id).sending_at is not None

    linkedin.clock.advance(timedelta(minutes=1))
    drained = asyncio.run(_drain(linkedin.engine()))

    assert drained.done == 1 and drained.failed == 0
    assert [c["urn"] for c in linkedin.fake.comments if c.get("parentComment") == ana] == [sent["urn"]]
    row = _outbox_row(linkedin.db, outbox_id)
    assert row.remote_id == sent["urn"] and row.last_error is None
    assert InboxRepository(linkedin.db).items()[0].reply_state == ReplyState.SENT


def test_linkedin_reply_killed_before_the_request_left_is_sent_once_after_a_look(linkedin):
    post = linkedin.published("Hello", {"author": ORG_URN})
    ana = linkedin.fake.comment_from(post, ANA, "Question?")
    outbox_id = _queue_reply(linkedin, "Answer!")
    first = linkedin.engine()

    async def die(*_args: Any, **_kwargs: Any) -> None:
        raise _Crash("killed after the mark, before the request left")

    async def scenario() -> None:
        await first.start()
        first._adapters[Network.LINKEDIN].reply = die  # type: ignore[attr-defined]
        try:
            await first.drain_outbox()
        finally:
            await first.stop()

    with pytest.raises(_Crash):
        asyncio.run(scenario())
    assert not [c for c in linkedin.fake.comments if c.get("parentComment") == ana]

    drained = asyncio.run(_drain(linkedin.engine()))

    assert drained.done == 1
    (sent,) = [c for c in linkedin.fake.comments if c.get("parentComment") == ana]
    assert _outbox_row(linkedin.db, outbox_id).remote_id == sent["urn"]
    looked = [r for r in linkedin.server.requests if r.method == "GET" and "urn%3Ali%3Acomment" in r.path]
    assert looked, "the drain must look on LinkedIn before sending again"


# -- Telegram ---------------------------------------------------------------------------------


def test_telegram_offset_is_stored_after_the_items_and_confirms_them(telegram):
    post = int(telegram.published("New prints"))
    telegram.fake.comment_from(TG_ANA, post, "Lovely!")
    sync = telegram.sync()
    assert asyncio.run(_once(sync, sync.sync_now)) == {telegram.account_id: 1}
    stored = InboxContextRepository(telegram.db).cursor(telegram.account_id)
    assert stored is not None and telegram.fake.updates == []  # confirmed by the second call
    (conversation,) = InboxRepository(telegram.db).conversations()
    assert conversation.own_text == "New prints" and conversation.network == "telegram"

    telegram.fake.comment_from(TG_ANA, post, "One more")
    assert asyncio.run(_once(sync, sync.sync_now)) == {telegram.account_id: 1}
    offsets = [r.json().get("offset") for r in telegram.server.requests if r.path.endswith("/getUpdates")]
    assert offsets[0] is None and all(o is not None for o in offsets[1:])
    assert offsets[2] == int(stored)  # the next sync starts where the last one stopped


def test_telegram_crash_between_items_and_offset_doubles_nothing(telegram):
    post = int(telegram.published("New prints"))
    telegram.fake.comment_from(TG_ANA, post, "Lovely!")
    sync = telegram.sync()
    real = sync._context.save_cursor

    def crash(*_args: Any) -> None:
        raise _Crash("killed after the items were stored, before the offset was")

    sync._context.save_cursor = crash  # type: ignore[method-assign]
    with pytest.raises(_Crash):
        asyncio.run(_once(sync, sync.sync_now))
    assert len(InboxRepository(telegram.db).items()) == 1
    assert telegram.fake.updates, "nothing was confirmed: Telegram still holds the updates"

    sync._context.save_cursor = real  # type: ignore[method-assign]
    assert asyncio.run(_once(sync, sync.sync_now)) == {telegram.account_id: 0}
    assert [e.text for e in InboxRepository(telegram.db).items()] == ["Lovely!"]
    assert telegram.fake.updates == []


def test_telegram_bot_that_may_not_read_the_group_is_a_state(telegram):
    telegram.fake.group_bot_status = "member"
    sync = telegram.sync()
    assert asyncio.run(_once(sync, sync.sync_now)) == {telegram.account_id: 0}
    state = InboxRepository(telegram.db).sync_state(telegram.account_id)
    assert state.last_error == INBOX_BOT_CANNOT_READ and state.failures == 0


def test_telegram_reply_in_doubt_goes_to_the_user_not_twice(telegram):
    post = int(telegram.published("New prints"))
    ana = telegram.fake.comment_from(TG_ANA, post, "Question?")
    outbox_id = _queue_reply(telegram, "Answer!")
    first = telegram.engine()
    _crash_on_finish(first)
    with pytest.raises(_Crash):
        asyncio.run(_drain(first))

    def answers() -> list[int]:
        return [m["message_id"] for m in telegram.fake.group_messages.values() if m.get("reply_to_message_id") == ana]

    (sent,) = answers()
    drained = asyncio.run(_drain(telegram.engine()))

    assert drained.done == 0 and drained.failed == 1
    assert answers() == [sent]  # Telegram cannot be asked, so it was not sent again
    row = _outbox_row(telegram.db, outbox_id)
    assert row.needs_user and row.done_at is not None
    (attention,) = [e for e in telegram.events if isinstance(e, NeedsAttention)]
    assert attention.code == REPLY_IN_DOUBT


def test_telegram_reply_goes_out_once_and_delete_removes_it(telegram):
    post = int(telegram.published("New prints"))
    ana = telegram.fake.comment_from(TG_ANA, post, "Question?")

    async def scenario() -> None:
        engine = telegram.engine()
        await engine.start()
        sync = telegram.sync(connectivity=engine.connectivity, drain=engine.drain_outbox)
        await sync.start(periodic=False)
        try:
            await sync.sync_now()
            (item,) = sync.repo.items()
            await sync.reply(item.id, "Answer!", "press-1")
            await sync.reply(item.id, "Answer!", "press-1")  # a double submit queues one reply
            await asyncio.gather(*sync._tasks)
            assert next(e for e in sync.repo.items() if e.id == item.id).reply_state == ReplyState.SENT
            assert "telegram" in sync.delete_reply_networks()
            await sync.delete_reply(item.id)
        finally:
            await sync.stop()
            await engine.stop()

    asyncio.run(scenario())
    sends = [p for m, p in telegram.fake.sent if m == "sendMessage" and p.get("chat_id") == GROUP_ID]
    assert len(sends) == 1 and sends[0]["reply_parameters"] == {"message_id": ana}
    assert not [m for m in telegram.fake.group_messages.values() if m.get("reply_to_message_id") == ana]
