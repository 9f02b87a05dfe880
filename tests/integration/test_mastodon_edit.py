"""Editing a published Mastodon post (`MastodonAdapter.edit`) against the fake instance on 127.0.0.1.

`PUT /api/v1/statuses/:id` (docs.joinmastodon.org/methods/statuses/#edit, Mastodon 3.5+): the fake
checks its parameters, the `write:statuses` scope, the instance's own text limit, that only the
author edits, and keeps an edit history per status (`GET /api/v1/statuses/:id/history`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PIL import Image

from postdesk.platforms.base import PublishRequest, Rejected
from postdesk.platforms.capabilities import SupportsEdit
from postdesk.platforms.mastodon import MastodonAdapter, plain_text
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


def _adapter(server: ApiServer, token: str = "token-alice") -> MastodonAdapter:
    return MastodonAdapter(StaticCredentials(token, base_url=server.url))


async def _publish_then_edit(adapter: MastodonAdapter, first: str, text: str, **kwargs):
    try:
        published = await adapter.publish(
            PublishRequest(target_id=1, account_id=7, parts=(first,), idempotency_key="k1")
        )
        edited = await adapter.edit(7, published.remote_id, text, **kwargs)
        return published, edited
    finally:
        await adapter.aclose()


def test_mastodon_declares_editing():
    assert issubclass(MastodonAdapter, SupportsEdit)
    assert isinstance(MastodonAdapter(StaticCredentials("t", base_url="http://127.0.0.1:9")), SupportsEdit)


def test_edit_changes_the_text_and_keeps_a_history(fake):
    instance, server = fake
    published, edited = asyncio.run(
        _publish_then_edit(_adapter(server), "Hello wrld", "Hello world", spoiler_text="typo fixed", language="en")
    )
    status = instance.statuses[published.remote_id]
    assert plain_text(status["content"]) == "Hello world"
    assert status["spoiler_text"] == "typo fixed" and status["edited_at"] is not None
    assert edited.remote_id == published.remote_id and edited.remote_url == status["url"]
    assert instance.edits == [(published.remote_id, "1")]
    assert instance.violations == [] and instance.scope_refusals == []
    assert "write:statuses" in instance.scopes_used

    async def history():
        async with httpx.AsyncClient() as client:
            answer = await client.get(
                f"{server.url}/api/v1/statuses/{published.remote_id}/history",
                headers={"Authorization": "Bearer token-alice"},
            )
            return answer.json()

    versions = asyncio.run(history())
    assert [plain_text(v["content"]) for v in versions] == ["Hello wrld", "Hello world"]


def test_edit_keeps_the_attachments(fake, tmp_path: Path):
    instance, server = fake
    image = tmp_path / "a.png"
    Image.new("RGB", (32, 24), (10, 20, 30)).save(image)

    async def scenario():
        adapter = _adapter(server)
        try:
            published = await adapter.publish(
                PublishRequest(
                    target_id=1,
                    account_id=7,
                    parts=("With a picture",),
                    media_paths=(str(image),),
                    options={"alt_texts": ["a red square"]},
                    idempotency_key="k2",
                )
            )
            await adapter.edit(7, published.remote_id, "With a picture, edited")
            return published
        finally:
            await adapter.aclose()

    published = asyncio.run(scenario())
    status = instance.statuses[published.remote_id]
    assert len(status["media_attachments"]) == 1
    assert plain_text(status["content"]) == "With a picture, edited"
    assert instance.violations == []


def test_too_long_is_refused_before_sending(fake):
    instance, server = fake
    instance.instance.max_characters = 20
    with pytest.raises(Rejected, match="allows 20"):
        asyncio.run(_publish_then_edit(_adapter(server), "short", "this text is much longer than twenty"))
    assert instance.edits == []


def test_too_long_for_the_instance_is_refused_by_the_fake_too(fake):
    # The fake counts as Mastodon does, independently of the app: an edit is validated like a create.
    _instance, server = fake

    async def scenario():
        async with httpx.AsyncClient() as client:
            created = await client.post(
                f"{server.url}/api/v1/statuses", json={"status": "hi"}, headers={"Authorization": "Bearer token-alice"}
            )
            return await client.put(
                f"{server.url}/api/v1/statuses/{created.json()['id']}",
                json={"status": "x" * 501},
                headers={"Authorization": "Bearer token-alice"},
            )

    answer = asyncio.run(scenario())
    assert answer.status_code == 422 and "character limit of 500" in answer.json()["error"]


def test_only_the_author_may_edit(fake):
    instance, server = fake
    instance.tokens["token-bob"] = "2"

    async def scenario():
        alice = _adapter(server)
        bob = _adapter(server, "token-bob")
        try:
            published = await alice.publish(
                PublishRequest(target_id=1, account_id=7, parts=("Alice's",), idempotency_key="k3")
            )
            await bob.edit(8, published.remote_id, "Bob's now")
        finally:
            await alice.aclose()
            await bob.aclose()

    with pytest.raises(Rejected, match="not written by this account"):
        asyncio.run(scenario())
    assert instance.edits == []


def test_unknown_status_is_refused(fake):
    _instance, server = fake

    async def scenario():
        adapter = _adapter(server)
        try:
            await adapter.edit(7, "999999", "anything")
        finally:
            await adapter.aclose()

    with pytest.raises(Rejected, match="no longer has this post"):
        asyncio.run(scenario())


@pytest.mark.parametrize("version", ["3.4.6", "2.9.0"])
def test_an_older_instance_is_refused_in_words(fake, version):
    instance, server = fake
    instance.version = version
    with pytest.raises(Rejected) as refused:
        asyncio.run(_publish_then_edit(_adapter(server), "Hello", "Hello again"))
    assert f"version {version}" in refused.value.reason and "3.5" in refused.value.reason
    assert instance.edits == []


def test_a_3_5_instance_without_v2_still_edits(fake):
    instance, server = fake
    instance.version = "3.5.3"
    published, _edited = asyncio.run(_publish_then_edit(_adapter(server), "Hello", "Hello again"))
    assert plain_text(instance.statuses[published.remote_id]["content"]) == "Hello again"


def test_a_token_without_write_statuses_is_told_to_reconnect(fake):
    instance, server = fake

    async def scenario():
        adapter = _adapter(server)
        try:
            published = await adapter.publish(
                PublishRequest(target_id=1, account_id=7, parts=("Hi",), idempotency_key="k4")
            )
            instance.scopes["token-alice"] = frozenset({"read", "profile"})
            await adapter.edit(7, published.remote_id, "Hi there")
        finally:
            await adapter.aclose()

    with pytest.raises(Rejected, match="did not give Postdesk permission"):
        asyncio.run(scenario())
    assert any(r.startswith("PUT /api/v1/statuses/") for r in instance.scope_refusals)
    assert instance.edits == []


def test_a_post_with_a_poll_is_not_edited(fake):
    instance, server = fake

    async def scenario():
        adapter = _adapter(server)
        try:
            published = await adapter.publish(
                PublishRequest(
                    target_id=1,
                    account_id=7,
                    parts=("Which?",),
                    idempotency_key="k5",
                    options={"poll": {"options": ["a", "b"], "duration_minutes": 60}},
                )
            )
            await adapter.edit(7, published.remote_id, "Which one?")
        finally:
            await adapter.aclose()

    with pytest.raises(Rejected, match="poll"):
        asyncio.run(scenario())
    assert instance.edits == []
