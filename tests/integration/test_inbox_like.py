"""Liking inbox items: Mastodon against its fake (favourite), Bluesky's like record shape."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from postdesk.platforms.base import Rejected
from postdesk.platforms.inbox import InboxItem, InboxKind
from postdesk.platforms.mastodon import MastodonAdapter
from tests.fakes.api_server import ApiServer
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.mastodon_api import FakeMastodon

pytestmark = pytest.mark.integration


@pytest.fixture
def fake() -> Iterator[tuple[FakeMastodon, ApiServer]]:
    instance = FakeMastodon()
    server = ApiServer(instance).start()
    instance.base = server.url
    yield instance, server
    server.stop()


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


def _adapter(instance: FakeMastodon, server: ApiServer) -> MastodonAdapter:
    return MastodonAdapter(
        StaticCredentials("token-alice", base_url=server.url), clock=lambda: instance.now, sleep=_no_wait
    )


def test_mastodon_like_favourites_the_reply_once(fake):
    instance, server = fake

    async def run():
        adapter = _adapter(instance, server)
        try:
            from postdesk.platforms.base import PublishRequest

            mine = await adapter.publish(PublishRequest(target_id=1, account_id=7, parts=("Hi",), idempotency_key="k"))
            reply = instance.reply_from("2", mine.remote_id, "@alice nice")
            page = await adapter.fetch_inbox(7)
            [item] = page.items
            await adapter.like(7, item)
            await adapter.like(7, item)  # a second press changes nothing
            return reply
        finally:
            await adapter.aclose()

    reply = asyncio.run(run())
    assert instance.favourites == {reply["id"]: {"1"}}
    assert instance.statuses[reply["id"]]["favourites_count"] == 1
    assert instance.violations == []


def test_mastodon_like_of_a_deleted_status_is_rejected(fake):
    instance, server = fake
    item = InboxItem(
        remote_id="999",
        kind=InboxKind.MENTION,
        author_id="2",
        author_handle="bob",
        author_name="",
        text="gone",
        created_at=instance.now,
        reply_ref={"status_id": "999"},
    )

    async def run():
        adapter = _adapter(instance, server)
        try:
            await adapter.like(7, item)
        finally:
            await adapter.aclose()

    with pytest.raises(Rejected):
        asyncio.run(run())
    assert instance.favourites == {}
