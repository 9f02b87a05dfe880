"""Pinterest's sign-in asks for exactly the scopes the adapter's calls need, per the OpenAPI `security`.

The fake records, for every call, the scopes its operation needs under `pinterest_oauth2` (read from
Pinterest's OpenAPI description of API v5). Driving every operation the adapter and the sign-in use
shows the profile's scopes are neither short nor extra; a token without one gets Pinterest's 403,
worded for the creator. The token endpoint takes the app id and secret with HTTP Basic (`security:
basic`), which is how the profile authenticates.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from PIL import Image

from postdesk.auth.profiles.base import ClientAuth
from postdesk.auth.profiles.pinterest import PROFILE
from postdesk.platforms.base import PublishRequest, Rejected
from postdesk.platforms.pinterest import MISSING_PERMISSION, PinterestAdapter
from tests.fakes.api_server import ApiServer
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.pinterest_api import SCHEME, FakePinterest, spec
from tests.unit.media.media_factory import video

pytestmark = pytest.mark.integration


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


def test_sign_in_scopes_are_exactly_what_the_calls_need(tmp_path: Path) -> None:
    api = FakePinterest()
    server = ApiServer(api).start()
    api.base = server.url
    board = api.add_board("Recipes")
    image = tmp_path / "a.png"
    Image.new("RGB", (200, 300), (1, 2, 3)).save(image)
    clip = str(video(tmp_path / "c.mp4", seconds=5.0))

    async def every_call() -> None:
        adapter = PinterestAdapter(
            StaticCredentials("token-alice"), base_url=server.url + "/v5", clock=lambda: api.now, sleep=_no_wait
        )
        try:
            made = await adapter.create_board(7, "New")
            await adapter.boards(7)
            await adapter.create_section(7, made.id, "S")
            await adapter.sections(7, made.id)
            request = PublishRequest(1, 7, ("text",), (str(image),), {"board_id": board, "title": "T"})
            pin = await adapter.publish(request)
            await adapter.publish(PublishRequest(2, 7, ("v",), (clip,), {"board_id": board}))
            await adapter.lookup(request, sent_at=api.now)
            await adapter.metrics(7, pin.remote_id)
            await adapter.delete(7, pin.remote_id)
        finally:
            await adapter.aclose()

    try:
        asyncio.run(every_call())
        # The sign-in's identity call (profile.identity_url's path on the fake).
        path = httpx.URL(PROFILE.identity_url).path
        assert httpx.get(server.url + path, headers={"Authorization": "Bearer token-alice"}).status_code == 200
    finally:
        server.stop()
    used = {scope for alternatives in api.scopes_used.values() for scope in alternatives[0]}
    assert {template for _, template in api.scopes_used} >= {
        "/boards",
        "/boards/{board_id}/sections",
        "/pins",
        "/media",
        "/media/{media_id}",
        "/boards/{board_id}/pins",
        "/pins/{pin_id}/analytics",
        "/pins/{pin_id}",
        "/user_account",
    }
    assert used == set(PROFILE.scopes)


def test_each_operations_scopes_come_from_the_spec_under_pinterests_scheme() -> None:
    assert spec().required_scopes("POST", "/pins", SCHEME) == [
        ["boards:read", "boards:write", "pins:read", "pins:write"]
    ]
    assert spec().required_scopes("GET", "/user_account", SCHEME) == [["user_accounts:read"]]
    assert spec().operation("POST", "/oauth/token")["security"] == [{"basic": []}]
    assert PROFILE.client_auth is ClientAuth.BASIC and PROFILE.needs_client_secret


def test_a_token_without_pins_write_gets_pinterests_refusal_in_words(tmp_path: Path) -> None:
    api = FakePinterest()
    api.tokens["token-read"] = set(PROFILE.scopes) - {"pins:write"}
    server = ApiServer(api).start()
    api.base = server.url
    board = api.add_board("Recipes")
    image = tmp_path / "a.png"
    Image.new("RGB", (200, 300), (1, 2, 3)).save(image)

    async def go() -> None:
        adapter = PinterestAdapter(StaticCredentials("token-read"), base_url=server.url + "/v5")
        try:
            await adapter.publish(PublishRequest(1, 7, ("t",), (str(image),), {"board_id": board}))
        finally:
            await adapter.aclose()

    try:
        with pytest.raises(Rejected) as caught:
            asyncio.run(go())
    finally:
        server.stop()
    assert caught.value.reason == MISSING_PERMISSION and caught.value.http_status == 403
    assert api.pins == {}
