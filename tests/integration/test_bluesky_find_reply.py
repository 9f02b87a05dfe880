"""Bluesky's `find_reply` against the real local atproto network (PDS only, no AppView)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from postdesk.platforms.base import PublishRequest
from postdesk.platforms.bluesky import BlueskyAdapter
from postdesk.platforms.inbox import InboxItem, InboxKind, ReplyFinder
from tests.helpers.atproto import (  # noqa: F401 (fixture)
    AtprotoNetwork,
    SessionCredentials,
    atproto_network,
    create_account,
)

pytestmark = [pytest.mark.integration, pytest.mark.atproto, pytest.mark.xdist_group("atproto")]


def test_find_reply_finds_the_accounts_reply_by_parent_and_text(atproto_network: AtprotoNetwork) -> None:
    pds = atproto_network.pds
    stamp = datetime.now(UTC).strftime("%H%M%S%f")
    alice = create_account(pds, f"falice{stamp}.test", "alice-pass")
    bob = create_account(pds, f"fbob{stamp}.test", "bob-pass")
    creds = SessionCredentials(pds, {1: (alice["handle"], "alice-pass"), 2: (bob["handle"], "bob-pass")})

    async def scenario() -> None:
        adapter = BlueskyAdapter(creds)
        assert isinstance(adapter, ReplyFinder)
        try:
            post = await adapter.publish(PublishRequest(1, 1, ("Ask me anything",)))
            other = await adapter.first_comment(2, post.remote_id, "A first question")
            question = await adapter.first_comment(2, post.remote_id, "A second question")
            record = await adapter._record(2, question.remote_id)
            item = InboxItem(
                remote_id=question.remote_id,
                kind=InboxKind.REPLY,
                author_id=bob["did"],
                author_handle=bob["handle"],
                author_name="",
                text="A second question",
                created_at=datetime.now(UTC),
                reply_ref={"uri": question.remote_id, "cid": str(record["cid"]), "root_uri": post.remote_id},
            )
            before = datetime.now(UTC)
            assert await adapter.find_reply(1, item, "An answer", sent_after=before) is None

            sent = await adapter.reply(1, item, "An answer")
            found = await adapter.find_reply(1, item, "An answer", sent_after=before)

            assert found is not None and found.remote_id == sent.remote_id
            assert await adapter.find_reply(1, item, "Another answer", sent_after=before) is None
            elsewhere = InboxItem(
                **{**_fields(item), "remote_id": other.remote_id, "reply_ref": {"uri": other.remote_id}}
            )
            assert await adapter.find_reply(1, elsewhere, "An answer", sent_after=before) is None
            later = before + timedelta(hours=1)
            assert await adapter.find_reply(1, item, "An answer", sent_after=later) is None
        finally:
            await adapter.aclose()

    asyncio.run(scenario())


def _fields(item: InboxItem) -> dict:
    return {name: getattr(item, name) for name in item.__slots__}
