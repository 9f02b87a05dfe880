"""Sign-in scopes match the adapters' calls, and a token missing one gets the network's refusal.

The X and Mastodon fakes check every call's OAuth scopes as the networks document them (X's
OpenAPI `security`, Mastodon's OpenAPI subset and methods pages) and record the scopes each call
used. Driving every operation an adapter has through its fake shows that Postdesk's sign-in asks
for exactly what the calls need (nothing missing, nothing extra); a token without one scope gets
the network's own refusal, which the adapter words for the creator.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from postdesk.auth.profiles.mastodon import PROFILE as MASTODON_PROFILE
from postdesk.auth.profiles.x import PROFILE as X_PROFILE
from postdesk.platforms import mastodon as mastodon_module
from postdesk.platforms import x as x_module
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


def _image(tmp_path: Path) -> str:
    path = tmp_path / "a.png"
    Image.new("RGB", (64, 48), (10, 120, 200)).save(path)
    return str(path)


@pytest.fixture
def x() -> Iterator[tuple[FakeX, ApiServer]]:
    api = FakeX()
    server = ApiServer(api).start()
    yield api, server
    server.stop()


@pytest.fixture
def mastodon() -> Iterator[tuple[FakeMastodon, ApiServer]]:
    instance = FakeMastodon()
    server = ApiServer(instance).start()
    instance.base = server.url
    yield instance, server
    server.stop()


def _x(api: FakeX, server: ApiServer, token: str = "token-alice") -> XAdapter:
    return XAdapter(StaticCredentials(token, user_id="1"), base_url=server.url, clock=lambda: api.now, sleep=_no_wait)


def _mastodon(instance: FakeMastodon, server: ApiServer, token: str = "token-alice") -> MastodonAdapter:
    return MastodonAdapter(StaticCredentials(token, base_url=server.url), clock=lambda: instance.now, sleep=_no_wait)


def test_x_sign_in_asks_for_exactly_the_scopes_the_calls_use(x, tmp_path):
    api, server = x
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + os.urandom(5000))

    async def every_call():
        adapter = _x(api, server)
        try:
            mine = await adapter.publish(
                PublishRequest(
                    target_id=1,
                    account_id=7,
                    parts=("Hello X",),
                    media_paths=(_image(tmp_path),),
                    options={"alt_texts": ["A blue square"]},
                )
            )
            await adapter.publish(PublishRequest(target_id=2, account_id=7, parts=("clip",), media_paths=(str(video),)))
            await adapter.lookup(PublishRequest(target_id=1, account_id=7, parts=("Hello X",)), sent_at=api.now)
            await adapter.metrics(7, mine.remote_id)
            api.reply_from("2", mine.remote_id, "@alice hi")
            [item] = (await adapter.fetch_inbox(7)).items
            sent = await adapter.reply(7, item, "thanks!")
            await adapter.delete_reply(7, sent.remote_id)
            await adapter.hide(7, item)
            await adapter.delete(7, mine.remote_id)
        finally:
            await adapter.aclose()

    asyncio.run(every_call())
    assert api.scope_refusals == [] and api.violations == []
    # offline.access is not an endpoint's scope: it is what makes X issue a refresh token.
    assert api.scopes_used == set(X_PROFILE.scopes) - {"offline.access"}
    assert "tweet.moderate.write" in X_PROFILE.scopes


def test_x_token_without_moderate_scope_cannot_hide_and_the_creator_is_told_why(x):
    api, server = x
    api.tokens["token-old"] = "1"
    # An account connected before Postdesk asked for tweet.moderate.write.
    api.scopes["token-old"] = frozenset(X_PROFILE.scopes) - {"tweet.moderate.write"}

    async def hide():
        adapter = _x(api, server, "token-old")
        try:
            mine = await adapter.publish(PublishRequest(target_id=1, account_id=7, parts=("Hello",)))
            api.reply_from("2", mine.remote_id, "@alice hi")
            [item] = (await adapter.fetch_inbox(7)).items
            await adapter.hide(7, item)
        finally:
            await adapter.aclose()

    with pytest.raises(Rejected) as refused:
        asyncio.run(hide())
    assert refused.value.http_status == 403
    assert refused.value.reason == x_module.MISSING_PERMISSION
    assert "Reconnect" in refused.value.reason
    assert [r.split(" ")[0] for r in api.scope_refusals] == ["PUT"]
    assert not any(t.get("_hidden") for t in api.tweets.values())


def test_mastodon_sign_in_asks_for_exactly_the_scopes_the_calls_use(mastodon, tmp_path):
    instance, server = mastodon
    instance.version = "4.5.0"  # quotes posts: their address is found with read:search

    async def every_call():
        adapter = _mastodon(instance, server)
        try:
            mine = await adapter.publish(
                PublishRequest(
                    target_id=1, account_id=7, parts=("Hello",), media_paths=(_image(tmp_path),), idempotency_key="k1"
                )
            )
            await adapter.lookup(PublishRequest(target_id=1, account_id=7, parts=("Hello",)), sent_at=instance.now)
            await adapter.metrics(7, mine.remote_id)
            instance.reply_from("2", mine.remote_id, "@alice hi")
            page = await adapter.fetch_inbox(7)
            [item] = page.items
            await adapter.like(7, item)
            sent = await adapter.reply(7, item, "thanks!")
            await adapter.delete_reply(7, sent.remote_id)
            await adapter.fetch_direct(7)
            await adapter.mark_read_up_to(7, item.remote_id)
            quote = {"quote_url": instance.statuses[mine.remote_id]["url"]}
            await adapter.publish(
                PublishRequest(target_id=2, account_id=7, parts=("so true",), options=quote, idempotency_key="k2")
            )
            await adapter.delete(7, mine.remote_id)
        finally:
            await adapter.aclose()

    asyncio.run(every_call())
    assert instance.scope_refusals == [] and instance.violations == []
    # read:accounts is used at sign-in (verify_credentials, tested with the OAuth fake).
    assert instance.scopes_used | {"read:accounts"} == set(MASTODON_PROFILE.scopes)


def test_mastodon_read_only_token_cannot_post_and_the_creator_is_told_why(mastodon):
    instance, server = mastodon
    instance.tokens["token-read"] = "1"
    instance.scopes["token-read"] = frozenset({"read"})

    async def post():
        adapter = _mastodon(instance, server, "token-read")
        try:
            await adapter.publish(PublishRequest(target_id=1, account_id=7, parts=("Hello",), idempotency_key="k1"))
        finally:
            await adapter.aclose()

    with pytest.raises(Rejected) as refused:
        asyncio.run(post())
    assert refused.value.http_status == 403
    assert refused.value.reason == mastodon_module.MISSING_PERMISSION
    assert instance.statuses == {}


def test_mastodon_top_level_scope_covers_its_granular_scopes(mastodon):
    instance, server = mastodon
    instance.tokens["token-broad"] = "1"
    instance.scopes["token-broad"] = frozenset({"read", "write"})

    async def post():
        adapter = _mastodon(instance, server, "token-broad")
        try:
            return await adapter.publish(PublishRequest(target_id=1, account_id=7, parts=("Hi",), idempotency_key="k2"))
        finally:
            await adapter.aclose()

    published = asyncio.run(post())
    assert published.remote_id in instance.statuses and instance.scope_refusals == []
