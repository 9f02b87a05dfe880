"""Reddit's sign-in asks for exactly the scopes the adapter's calls need (reddit.com/dev/api, "by oauth scope").

The fake (tests/fakes/reddit_api.py) knows each endpoint's scope and records the scopes the calls
needed. Driving every operation the adapter has shows the profile's scopes are neither short nor
extra; a token lacking one gets Reddit's 403 (`insufficient_scope`), worded for the creator. The
profile is an "installed app": no secret, HTTP Basic with an empty password at the token endpoint,
`duration=permanent` for a refresh token (reddit wiki OAuth2).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PIL import Image

from postdesk.auth.profiles.base import ClientAuth
from postdesk.auth.profiles.reddit import PROFILE
from postdesk.platforms.base import PublishRequest, Rejected
from postdesk.platforms.reddit import RedditAdapter
from postdesk.platforms.reddit_call import MISSING_PERMISSION
from tests.fakes.api_server import ApiServer
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.reddit_api import ALL_SCOPES, FakeReddit
from tests.unit.media.media_factory import video

pytestmark = pytest.mark.integration


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


async def _every_operation(adapter: RedditAdapter, api: FakeReddit, tmp_path: Path) -> None:
    image = tmp_path / "a.png"
    Image.new("RGB", (64, 64), (200, 10, 10)).save(image)
    clip = video(tmp_path / "clip.mp4")
    await adapter.subscriptions(7)
    await adapter.flairs(7, "pics")

    def request(paths: tuple[str, ...] = ()) -> PublishRequest:
        return PublishRequest(1, 7, ("Body",), paths, {"subreddit": "pics", "title": "T"})

    published = await adapter.publish(request())
    await adapter.publish(request((str(image),)))
    await adapter.publish(request((str(image), str(image))))
    await adapter.publish(request((str(clip),)))
    await adapter.lookup(request(), sent_at=api.now)
    await adapter.metrics(7, published.remote_id)
    await adapter.first_comment(7, published.remote_id, "First!")
    api.add_reply(published.remote_id, "bob", "Nice")
    message = api.add_reply(published.remote_id, "carol", "Hello", comment=False)
    page = await adapter.fetch_inbox(7)
    await adapter.reply(7, next(i for i in page.items if i.remote_id == message), "Hi Carol")
    await adapter.mark_read(7, [message])
    await adapter.delete(7, published.remote_id)


def test_sign_in_scopes_are_exactly_what_the_calls_need(tmp_path: Path) -> None:
    api = FakeReddit()
    server = ApiServer(api).start()
    api.base = server.url
    api.add_sub("pics", flairs=[{"id": "f1", "text": "OC"}])

    async def go() -> None:
        adapter = RedditAdapter(
            StaticCredentials("token-alice"), base_url=server.url, clock=lambda: api.now, sleep=_no_wait, media_wait=4.0
        )
        try:
            await _every_operation(adapter, api, tmp_path)
        finally:
            await adapter.aclose()

    try:
        asyncio.run(go())
    finally:
        server.stop()
    assert api.scopes_used == set(PROFILE.scopes) == ALL_SCOPES


@pytest.mark.parametrize("missing", sorted(ALL_SCOPES))
def test_a_token_without_a_scope_is_refused_in_words(tmp_path: Path, missing: str) -> None:
    api = FakeReddit()
    server = ApiServer(api).start()
    api.base = server.url
    api.add_sub("pics", flairs=[{"id": "f1", "text": "OC"}])
    api.tokens["token-alice"] = set(ALL_SCOPES) - {missing}

    async def go() -> None:
        adapter = RedditAdapter(
            StaticCredentials("token-alice"), base_url=server.url, clock=lambda: api.now, sleep=_no_wait, media_wait=4.0
        )
        try:
            await _every_operation(adapter, api, tmp_path)
        finally:
            await adapter.aclose()

    try:
        with pytest.raises(Rejected) as refused:
            asyncio.run(go())
        assert refused.value.reason == MISSING_PERMISSION
    finally:
        server.stop()


def test_installed_app_profile() -> None:
    assert PROFILE.client_auth is ClientAuth.BASIC and PROFILE.pkce is None
    assert PROFILE.extra_authorize_params == {"duration": "permanent"}


def test_reddit_is_a_shipped_adapter() -> None:
    from postdesk.core.networks import Network
    from postdesk.platforms.registry import Registry
    from postdesk.platforms.shipped import register_shipped

    registry = Registry()
    assert "postdesk.platforms.reddit" in register_shipped(registry, StaticCredentials("t"))
    assert Network.REDDIT in registry.networks()
