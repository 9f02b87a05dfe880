"""Fault handling of the Bluesky adapter against a scripted XRPC server on 127.0.0.1."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from postdesk.platforms.base import (
    AnswerLost,
    AuthExpired,
    PublishRequest,
    RateLimited,
    Rejected,
    Transient,
)
from postdesk.platforms.bluesky import BlueskyAdapter
from postdesk.platforms.credentials import Credentials
from tests.fakes.bluesky_faults import DID, FaultServer, error

pytestmark = pytest.mark.integration
CREATE = "com.atproto.repo.createRecord"


class Tokens:
    def __init__(self, url: str) -> None:
        self.url = url
        self.refreshes = 0

    async def get(self, account_id: int, *, force_refresh: bool = False) -> Credentials:
        self.refreshes += force_refresh
        return Credentials(f"token-{self.refreshes}", base_url=self.url, user_id=DID)


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fake:
        yield fake


def publish(server: FaultServer, request: PublishRequest | None = None) -> tuple[Any, Tokens]:
    tokens = Tokens(server.url)

    async def main() -> Any:
        adapter = BlueskyAdapter(tokens)
        try:
            return await adapter.publish(request or PublishRequest(1, 1, ("hello",)))
        finally:
            await adapter.aclose()

    return asyncio.run(main()), tokens


def test_401_refreshes_once_and_retries(server: FaultServer) -> None:
    server.script(CREATE, error(400, "ExpiredToken", "Token has expired"))
    published, tokens = publish(server)
    assert tokens.refreshes == 1 and published.remote_id.startswith(f"at://{DID}/")
    assert [auth for method, auth in server.seen if method == CREATE] == ["Bearer token-0", "Bearer token-1"]


def test_second_401_is_auth_expired(server: FaultServer) -> None:
    server.script(CREATE, error(401, "InvalidToken"), error(401, "InvalidToken"))
    with pytest.raises(AuthExpired):
        publish(server)


def test_429_carries_retry_after(server: FaultServer) -> None:
    server.script(CREATE, error(429, "RateLimitExceeded", **{"Retry-After": "42"}))
    with pytest.raises(RateLimited) as caught:
        publish(server)
    assert caught.value.retry_after == timedelta(seconds=42)


def test_5xx_is_transient(server: FaultServer) -> None:
    server.script(CREATE, error(502, "UpstreamFailure"))
    with pytest.raises(Transient):
        publish(server)


def test_4xx_is_rejected_with_the_reason(server: FaultServer) -> None:
    server.script(CREATE, error(400, "InvalidRequest", "Invalid app.bsky.feed.post record"))
    with pytest.raises(Rejected) as caught:
        publish(server)
    assert "Invalid app.bsky.feed.post record" in caught.value.reason


def test_connection_dropped_mid_upload_is_transient(server: FaultServer, tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    Image.new("RGB", (800, 600), (1, 2, 3)).save(path)
    server.script("com.atproto.repo.uploadBlob", "drop-early")
    with pytest.raises(Transient):
        publish(server, PublishRequest(1, 1, ("pic",), media_paths=(str(path),)))
    assert CREATE not in [method for method, _ in server.seen]


def test_connection_dropped_after_create_is_answer_lost(server: FaultServer) -> None:
    server.script(CREATE, "drop")
    with pytest.raises(AnswerLost):
        publish(server)


def test_malformed_answer_is_a_clear_error(server: FaultServer) -> None:
    # A success answer to createRecord that cannot be read: the post may exist, so the answer
    # counts as lost (looked up), never as a passing failure (resent blind).
    server.script(CREATE, (200, {}, b"<html>oops"))
    with pytest.raises(AnswerLost, match="not JSON"):
        publish(server)
    server.script(CREATE, (200, {}, b'{"uri": 5}'))
    with pytest.raises(AnswerLost, match="uri"):
        publish(server)
