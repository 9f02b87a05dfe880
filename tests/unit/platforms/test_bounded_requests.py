"""Every request is bounded (issue 12, item 5), against a hostile server on 127.0.0.1.

A slow-loris server (one byte every 0.2 s, forever), a 400 MB answer, and a `Retry-After` of
twenty nines, met first by the bounded HTTP client itself, then by `rest_call` and the adapters.
The deadline is injected small so the tests finish fast; the size cap is the real one. Each test
runs under a generous guard (`GUARD`) so that code without a total deadline fails instead of
hanging; no test asserts on how long anything took.
"""

from __future__ import annotations

import asyncio
import tracemalloc
from collections.abc import Callable, Coroutine, Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest

from postdesk import http_bounds
from postdesk.core.retry import MAX_RETRY_AFTER
from postdesk.http_bounds import (
    DEFAULT_BOUNDS,
    AnswerTooLarge,
    BoundedClient,
    Bounds,
    DeadlineBeforeSent,
    DeadlineExceeded,
)
from postdesk.platforms.base import (
    ANSWER_TOO_LARGE,
    ANSWER_TOO_SLOW,
    AnswerLost,
    PublishRequest,
    RateLimited,
    Transient,
)
from postdesk.platforms.bluesky import BlueskyAdapter
from postdesk.platforms.mastodon import MastodonAdapter
from postdesk.platforms.rest_call import send
from postdesk.platforms.telegram import TelegramAdapter
from postdesk.platforms.threads import ThreadsAdapter
from postdesk.platforms.x import XAdapter
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.hostile_server import MB, Behaviour, HostileServer

#: A tight deadline for the tests; uploads get no extra time so a stalled one fails fast too.
TIGHT = Bounds(deadline=0.5, upload_rate=1e12)
#: Far above the injected deadline: reaching it means the request was not bounded at all.
GUARD = 30.0
#: httpx's own per-phase timeouts, far above the drip interval: they alone never fire.
PER_PHASE = httpx.Timeout(5.0)
HUGE = "9" * 20


def _run(coro: Coroutine[Any, Any, Any]) -> Any:
    return asyncio.run(asyncio.wait_for(coro, GUARD))


@pytest.fixture
def serve() -> Iterator[Callable[[Behaviour], HostileServer]]:
    servers: list[HostileServer] = []

    def start(behaviour: Behaviour) -> HostileServer:
        server = HostileServer(behaviour).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def tight(monkeypatch: pytest.MonkeyPatch) -> Bounds:
    """Every client made by the adapters uses `TIGHT` (bounded_client reads the default per call)."""
    monkeypatch.setattr(http_bounds, "DEFAULT_BOUNDS", TIGHT)
    return TIGHT


async def _get(url: str, bounds: Bounds | None = TIGHT) -> httpx.Response:
    async with BoundedClient(bounds=bounds, timeout=PER_PHASE) as client:
        return await client.get(url)


# -- the bounded client ---------------------------------------------------------------------------


def test_the_deadline_grows_with_the_upload_and_has_a_ceiling() -> None:
    bounds = Bounds()
    assert bounds.deadline_for(None) == bounds.deadline == 120.0
    assert bounds.deadline_for(50_000_000) == pytest.approx(120.0 + 50_000_000 / 32_000)
    assert bounds.deadline_for(100 * 1024 * MB) == bounds.max_deadline
    assert DEFAULT_BOUNDS.max_answer_bytes == 16 * MB


def test_slow_loris_body_is_cut_at_the_total_deadline(serve) -> None:
    server = serve(Behaviour("drip_body", interval=0.2))
    with pytest.raises(DeadlineExceeded) as caught:
        _run(_get(server.url))
    # A ReadTimeout: every existing `except httpx.TimeoutException` handler still catches it.
    assert isinstance(caught.value, httpx.ReadTimeout)
    assert server.requests == ["GET /"]


def test_slow_loris_head_is_cut_at_the_total_deadline(serve) -> None:
    server = serve(Behaviour("drip_head", interval=0.2))
    with pytest.raises(DeadlineExceeded):
        _run(_get(server.url))


def test_a_streamed_answer_is_bounded_too(serve) -> None:
    server = serve(Behaviour("drip_body", interval=0.2))

    async def scenario() -> None:
        async with (
            BoundedClient(bounds=TIGHT, timeout=PER_PHASE) as client,
            client.stream("GET", server.url) as response,
        ):
            async for _ in response.aiter_bytes():
                pass

    with pytest.raises(DeadlineExceeded):
        _run(scenario())


def test_an_upload_that_never_left_is_known_as_not_sent(serve) -> None:
    # The server never reads: the body stalls in the socket buffers, so the network cannot
    # have acted on it. 64 MB is far more than loopback buffers hold.
    server = serve(Behaviour("no_read"))

    async def scenario() -> None:
        async with BoundedClient(bounds=TIGHT, timeout=PER_PHASE) as client:
            await client.post(server.url, content=b"x" * (64 * MB))

    with pytest.raises(DeadlineBeforeSent):
        _run(scenario())


def test_a_400_mb_answer_with_its_length_is_refused_before_reading(serve) -> None:
    server = serve(Behaviour("huge", size=400 * MB, declare_length=True))
    with pytest.raises(AnswerTooLarge):
        _run(_get(server.url, bounds=None))
    assert server.body_bytes_sent < 100 * MB


def test_a_400_mb_answer_without_length_stops_at_the_cap_without_eating_memory(serve) -> None:
    server = serve(Behaviour("huge", size=400 * MB, declare_length=False))
    tracemalloc.start()
    try:
        with pytest.raises(AnswerTooLarge):
            _run(_get(server.url, bounds=None))  # the real cap (16 MiB)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 * MB, f"peak {peak / MB:.0f} MB while reading a 400 MB answer"
    assert server.body_bytes_sent < 100 * MB


def test_a_gzip_bomb_stops_at_the_decoded_cap(serve) -> None:
    # 400 MB of zeros arrive as about 400 kB of gzip: the cap on bytes received alone would let
    # them all in; the decoded size is capped too.
    server = serve(Behaviour("gzip_bomb", size=400 * MB))
    tracemalloc.start()
    try:
        with pytest.raises(AnswerTooLarge):
            _run(_get(server.url, bounds=None))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # One received block can inflate about a thousandfold (64 kB -> 64 MB) before it is counted.
    assert peak < 128 * MB, f"peak {peak / MB:.0f} MB while reading a 400 MB gzip bomb"


# -- rest_call: the typed errors -------------------------------------------------------------------


@pytest.mark.parametrize(("creates", "error"), [(True, AnswerLost), (False, Transient)])
def test_rest_call_maps_a_slow_answer_to_a_lost_one(serve, creates: bool, error: type) -> None:
    server = serve(Behaviour("drip_body"))

    async def scenario() -> None:
        async with BoundedClient(bounds=TIGHT, timeout=PER_PHASE) as client:
            await send(client, "POST", server.url, creates=creates, json={"status": "hi"})

    with pytest.raises(error) as caught:
        _run(scenario())
    assert type(caught.value) is error
    assert caught.value.problem == ANSWER_TOO_SLOW


def test_rest_call_a_create_whose_body_never_left_is_transient_not_lost(serve) -> None:
    server = serve(Behaviour("no_read"))

    async def scenario() -> None:
        async with BoundedClient(bounds=TIGHT, timeout=PER_PHASE) as client:
            await send(client, "POST", server.url, creates=True, content=b"x" * (64 * MB))

    with pytest.raises(Transient) as caught:
        _run(scenario())
    assert caught.value.problem == ANSWER_TOO_SLOW


def test_rest_call_maps_a_huge_answer_to_a_lost_one(serve) -> None:
    server = serve(Behaviour("huge", declare_length=False))

    async def scenario() -> None:
        async with BoundedClient(timeout=PER_PHASE) as client:
            await send(client, "POST", server.url, creates=True, json={"status": "hi"})

    with pytest.raises(AnswerLost) as caught:
        _run(scenario())
    assert caught.value.problem == ANSWER_TOO_LARGE
    assert server.body_bytes_sent < 100 * MB


# -- the adapters ----------------------------------------------------------------------------------


def _request(**kwargs: Any) -> PublishRequest:
    return PublishRequest(target_id=1, account_id=7, parts=("hello",), idempotency_key="k-1", **kwargs)


def _adapters(url: str) -> dict[str, Any]:
    return {
        "mastodon": MastodonAdapter(StaticCredentials("t", base_url=url)),
        "x": XAdapter(StaticCredentials("t", user_id="1"), base_url=url),
        "bluesky": BlueskyAdapter(StaticCredentials("t", base_url=url, user_id="did:plc:me")),
        "threads": ThreadsAdapter(StaticCredentials("t", user_id="1"), base_url=url),
        "telegram": TelegramAdapter(StaticCredentials("123:abc", user_id="@chan"), base_url=url),
    }


async def _publish(name: str, url: str) -> None:
    adapter = _adapters(url)[name]
    try:
        await adapter.publish(_request())
    finally:
        await adapter.aclose()


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("mastodon", AnswerLost),
        ("x", AnswerLost),
        ("bluesky", AnswerLost),
        ("telegram", AnswerLost),
        ("threads", Transient),  # Threads' first call makes a media container, not a post
    ],
)
def test_a_slow_loris_server_cannot_hold_a_publish(serve, tight, name: str, error: type) -> None:
    server = serve(Behaviour("drip_body", interval=0.2))
    with pytest.raises(error) as caught:
        _run(_publish(name, server.url))
    assert type(caught.value) is error
    assert caught.value.problem == ANSWER_TOO_SLOW
    assert len(server.requests) == 1  # sent once; the engine looks a lost answer up, never resends blind


@pytest.mark.parametrize("name", ["mastodon", "bluesky"])
def test_a_400_mb_answer_to_a_publish_is_a_lost_answer(serve, name: str) -> None:
    server = serve(Behaviour("huge", declare_length=False))
    with pytest.raises(AnswerLost) as caught:
        _run(_publish(name, server.url))
    assert caught.value.problem == ANSWER_TOO_LARGE
    assert server.body_bytes_sent < 100 * MB


@pytest.mark.parametrize("name", ["mastodon", "x", "bluesky", "threads"])
def test_a_huge_retry_after_is_clamped_not_a_crash(serve, name: str) -> None:
    server = serve(Behaviour("plain", status=429, headers={"Retry-After": HUGE}, body=b'{"error": "slow down"}'))
    with pytest.raises(RateLimited) as caught:
        _run(_publish(name, server.url))
    assert caught.value.retry_after == MAX_RETRY_AFTER


@pytest.mark.parametrize("header", ["x-rate-limit-reset", "ratelimit-reset"])
def test_a_reset_instant_beyond_any_calendar_is_clamped(serve, header: str) -> None:
    server = serve(Behaviour("plain", status=429, headers={header: HUGE}, body=b"{}"))
    with pytest.raises(RateLimited) as caught:
        _run(_publish("x", server.url))
    assert caught.value.retry_after == MAX_RETRY_AFTER


def test_telegram_retry_after_in_the_body_is_clamped(serve) -> None:
    body = (
        '{"ok": false, "error_code": 429, "description": "Too Many Requests", '
        f'"parameters": {{"retry_after": {HUGE}}}}}'
    ).encode()
    server = serve(Behaviour("plain", status=429, body=body, headers={"Content-Type": "application/json"}))
    with pytest.raises(RateLimited) as caught:
        _run(_publish("telegram", server.url))
    assert caught.value.retry_after == MAX_RETRY_AFTER
    assert caught.value.retry_after == timedelta(hours=24)
