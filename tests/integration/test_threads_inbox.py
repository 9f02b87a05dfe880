"""Replies to one's own Threads posts in the inbox: read, answered and hidden, against the fake Threads API."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from postdesk.engine.inbox_sync import to_fetched
from postdesk.platforms.base import PublishRequest, Rejected
from postdesk.platforms.inbox import InboxAdapter, InboxKind, PostCommentsInbox
from postdesk.platforms.threads import ThreadsAdapter
from tests.fakes.http_fake import FakeHTTPServer
from tests.fakes.threads_api import USER_ID, ThreadsFake
from tests.fakes.token_source import TokenSource

pytestmark = pytest.mark.integration


@pytest.fixture
def world():
    fake = ThreadsFake()
    server = FakeHTTPServer(fake)
    tokens = TokenSource(fake.token, refresh=lambda: fake.token, user_id=USER_ID)

    async def no_sleep(seconds: float) -> None:
        return None

    def make() -> ThreadsAdapter:
        return ThreadsAdapter(tokens, base_url=server.url + "/v1.0", poll_interval=1, sleep=no_sleep)

    fake.make_adapter = make  # type: ignore[attr-defined]
    with server:
        yield fake, make()


def _run(adapter: ThreadsAdapter, coro):  # type: ignore[no-untyped-def]
    async def go():  # type: ignore[no-untyped-def]
        try:
            return await coro
        finally:
            await adapter.aclose()

    return asyncio.run(go())


def _publish(fake: ThreadsFake, _adapter: ThreadsAdapter, *parts: str) -> list[str]:
    # Its own adapter (an httpx client belongs to one event loop; each asyncio.run is a new one).
    publisher = fake.make_adapter()  # type: ignore[attr-defined]
    published = _run(publisher, publisher.publish(PublishRequest(target_id=1, account_id=1, parts=parts)))
    return list(published.part_ids)


def test_the_adapter_is_an_inbox_listed_post_by_post(world):
    _fake, adapter = world
    assert isinstance(adapter, InboxAdapter) and isinstance(adapter, PostCommentsInbox)


def test_other_peoples_replies_come_in_newest_first_without_ones_own(world):
    fake, adapter = world
    root, own_part = _publish(fake, adapter, "My post", "My second part")
    fake.clock += timedelta(minutes=1)
    first = fake.add_reply(root, "Love this", "reader_one")
    fake.clock += timedelta(minutes=1)
    nested = fake.add_reply(first, "Me too", "reader_two")
    fake.clock += timedelta(minutes=1)
    on_part = fake.add_reply(own_part, "And the second part?", "reader_three")

    page = _run(adapter, adapter.fetch_comments(1, [root]))
    assert [i.remote_id for i in page.items] == [on_part, nested, first]  # own part left out
    top = page.items[-1]
    assert top.kind is InboxKind.REPLY and top.author_handle == "reader_one" and top.text == "Love this"
    assert top.url == f"https://www.threads.net/@reader_one/post/{first}"
    assert top.reply_ref == {"root_uri": root, "in_reply_to_id": root}
    assert page.items[1].reply_ref["in_reply_to_id"] == first
    # The inbox cache files every one under the post it belongs to.
    assert {to_fetched(i).parent_remote_id for i in page.items} == {root}


def test_fetch_inbox_finds_the_accounts_latest_posts_itself(world):
    fake, adapter = world
    [root] = _publish(fake, adapter, "Hello")
    fake.clock += timedelta(minutes=1)
    reply = fake.add_reply(root, "Hi!")
    page = _run(adapter, adapter.fetch_inbox(1))
    assert [i.remote_id for i in page.items] == [reply]


def test_a_deleted_post_is_skipped(world):
    fake, adapter = world
    [root] = _publish(fake, adapter, "Hello")
    page = _run(adapter, adapter.fetch_comments(1, ["404404", root]))
    assert page.items == ()


def test_answering_a_reply_waits_for_its_container_and_publishes_it(world):
    fake, adapter = world
    fake.text_polls = 1
    [root] = _publish(fake, adapter, "Hello")
    reply = fake.add_reply(root, "Hi!")

    async def go():  # type: ignore[no-untyped-def]
        page = await adapter.fetch_comments(1, [root])
        return await adapter.reply(1, page.items[0], "Thanks!")

    answer = _run(adapter, go())
    sent = fake.posts[answer.remote_id]
    assert sent["text"] == "Thanks!" and sent["reply_to_id"] == reply
    assert answer.remote_url == sent["permalink"]
    assert fake.published_early == 0


def test_hiding_a_top_level_reply_and_a_nested_one_is_refused_in_threads_words(world):
    fake, adapter = world
    [root] = _publish(fake, adapter, "Hello")
    first = fake.add_reply(root, "Rude")
    fake.clock += timedelta(minutes=1)
    fake.add_reply(first, "Ruder")

    async def go():  # type: ignore[no-untyped-def]
        nested, top = (await adapter.fetch_comments(1, [root])).items
        await adapter.hide(1, top)
        with pytest.raises(Rejected, match="top-level"):
            await adapter.hide(1, nested)

    _run(adapter, go())
    assert fake.posts[first]["hide_status"] == "HIDDEN"


def test_reading_replies_needs_threads_read_replies(world):
    fake, adapter = world
    [root] = _publish(fake, adapter, "Hello")
    fake.scopes = fake.scopes - {"threads_read_replies"}
    with pytest.raises(Rejected, match="#10"):
        _run(adapter, adapter.fetch_comments(1, [root]))
