"""Delete a reply sent from the inbox (Mastodon, X) and hide a reply (X), against the fakes."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from postdesk.platforms.base import PublishRequest, Rejected
from postdesk.platforms.mastodon import MastodonAdapter
from postdesk.platforms.x import XAdapter
from tests.fakes.api_server import ApiServer
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.mastodon_api import FakeMastodon
from tests.fakes.x_api import FakeX

pytestmark = pytest.mark.integration


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


@pytest.fixture
def mastodon() -> Iterator[tuple[FakeMastodon, ApiServer]]:
    instance = FakeMastodon()
    server = ApiServer(instance).start()
    instance.base = server.url
    yield instance, server
    server.stop()


@pytest.fixture
def x() -> Iterator[tuple[FakeX, ApiServer]]:
    api = FakeX()
    server = ApiServer(api).start()
    yield api, server
    server.stop()


def _post(text: str) -> PublishRequest:
    return PublishRequest(target_id=1, account_id=7, parts=(text,), idempotency_key=text)


def test_mastodon_delete_reply_removes_the_users_reply_only(mastodon):
    instance, server = mastodon

    async def run():
        adapter = MastodonAdapter(
            StaticCredentials("token-alice", base_url=server.url), clock=lambda: instance.now, sleep=_no_wait
        )
        try:
            mine = await adapter.publish(_post("Hello"))
            answer = instance.reply_from("2", mine.remote_id, "@alice hi")
            [item] = (await adapter.fetch_inbox(7)).items
            sent = await adapter.reply(7, item, "thanks!")
            assert sent.remote_id in instance.statuses
            await adapter.delete_reply(7, sent.remote_id)
            return mine.remote_id, str(answer["id"]), sent.remote_id
        finally:
            await adapter.aclose()

    post_id, answer_id, reply_id = asyncio.run(run())
    assert reply_id not in instance.statuses
    assert {post_id, answer_id} <= set(instance.statuses)
    assert instance.violations == []


def _x_adapter(api: FakeX, server: ApiServer) -> XAdapter:
    return XAdapter(
        StaticCredentials("token-alice", user_id="1"), base_url=server.url, clock=lambda: api.now, sleep=_no_wait
    )


def test_x_delete_reply_and_hide_a_reply_under_own_post(x):
    api, server = x

    async def run():
        adapter = _x_adapter(api, server)
        try:
            mine = await adapter.publish(_post("Hello X"))
            answer = api.reply_from("2", mine.remote_id, "@alice hi")
            [item] = (await adapter.fetch_inbox(7)).items
            sent = await adapter.reply(7, item, "thanks!")
            await adapter.delete_reply(7, sent.remote_id)
            await adapter.hide(7, item)
            return answer, sent.remote_id
        finally:
            await adapter.aclose()

    answer, reply_id = asyncio.run(run())
    assert reply_id not in api.tweets
    assert api.tweets[answer]["_hidden"] is True
    assert api.violations == []


def test_x_hide_outside_own_conversation_is_rejected(x):
    api, server = x
    with api._lock:  # bob's own post, answered by carol: not alice's conversation
        root = api._id()
        api.tweets[root] = {
            "id": root,
            "text": "bob",
            "author_id": "2",
            "conversation_id": root,
            "created_at": "2026-03-01T12:00:00.000Z",
            "_user": "2",
            "_text": "bob",
            "_body": {},
        }
    answer = api.reply_from("3", root, "@bob hi")

    async def run():
        from postdesk.platforms.inbox import InboxItem, InboxKind

        item = InboxItem(
            remote_id=answer,
            kind=InboxKind.REPLY,
            author_id="3",
            author_handle="carol",
            author_name="",
            text="hi",
            created_at=api.now,
            reply_ref={"tweet_id": answer},
        )
        adapter = _x_adapter(api, server)
        try:
            await adapter.hide(7, item)
        finally:
            await adapter.aclose()

    with pytest.raises(Rejected):
        asyncio.run(run())
    assert "_hidden" not in api.tweets[answer]
