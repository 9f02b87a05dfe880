"""TikTok rotates refresh tokens (each refresh answers a new one; the old one stops working) and its
access tokens now last 2 hours: the refresh keeps the new refresh token and the answer's lifetime."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl

import httpx

from postdesk.auth.profiles.base import ClientConfig
from postdesk.auth.profiles.tiktok import PROFILE
from postdesk.auth.tokens import TokenSet

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


def test_a_refresh_keeps_the_rotated_refresh_token_and_the_answered_lifetime() -> None:
    sent: list[dict[str, str]] = []

    def tiktok(request: httpx.Request) -> httpx.Response:
        sent.append(dict(parse_qsl(request.content.decode())))
        # The shape of TikTok's refresh answer (oauth-refresh-a-user-access-token).
        return httpx.Response(
            200,
            json={
                "access_token": "act.new",
                "expires_in": 7200,
                "open_id": "open-1",
                "refresh_expires_in": 15552000,
                "refresh_token": "rft.rotated",
                "scope": "user.info.basic,video.publish",
                "token_type": "Bearer",
            },
        )

    async def refresh() -> TokenSet:
        async with httpx.AsyncClient(transport=httpx.MockTransport(tiktok)) as http:
            old = TokenSet(access_token="act.old", refresh_token="rft.old")
            return await PROFILE.refresh(http, ClientConfig(client_id="key", client_secret="secret"), old, NOW)

    tokens = asyncio.run(refresh())
    assert sent[0]["grant_type"] == "refresh_token" and sent[0]["refresh_token"] == "rft.old"
    assert tokens.refresh_token == "rft.rotated"  # the old one no longer works at TikTok
    assert tokens.expires_at == NOW + timedelta(hours=2)
