"""The loopback listener: one valid callback, wrong and replayed state refused, loopback only."""

from __future__ import annotations

import asyncio
import logging
import socket

import httpx
import pytest

from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.oauth_loopback import LoopbackListener

STATE = "the-expected-state-value-0123456789abcdef"


async def _get(url: str) -> httpx.Response:
    async with httpx.AsyncClient() as client:
        return await client.get(url)


def test_valid_callback_returns_params_and_closes() -> None:
    async def scenario() -> tuple[dict[str, str], httpx.Response, int]:
        listener = LoopbackListener(STATE)
        await listener.start()
        waiter = asyncio.create_task(listener.wait(10))
        page = await _get(f"{listener.redirect_uri}?code=abc&state={STATE}")
        params = await waiter
        return params, page, listener.port

    params, page, port = asyncio.run(scenario())
    assert params == {"code": "abc", "state": STATE}
    assert page.status_code == 200 and "close this tab" in page.text
    assert page.headers["cache-control"] == "no-store"
    with socket.socket() as probe:  # the listener is gone
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_wrong_state_is_refused_and_logged_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="postdesk")

    async def scenario() -> tuple[httpx.Response, dict[str, str], int]:
        listener = LoopbackListener(STATE)
        await listener.start()
        waiter = asyncio.create_task(listener.wait(10))
        refused = await _get(f"{listener.redirect_uri}?code=attacker-code-xyz&state=forged-state-123")
        assert not waiter.done()
        await _get(f"{listener.redirect_uri}?code=good&state={STATE}")
        return refused, await waiter, listener.callbacks_refused

    refused, params, count = asyncio.run(scenario())
    assert refused.status_code == 400 and "expired" in refused.text
    assert params["code"] == "good"
    assert count == 1
    assert "state does not match" in caplog.text
    for secret in ("attacker-code-xyz", "forged-state-123", STATE):
        assert secret not in caplog.text


def test_replayed_callback_is_refused() -> None:
    async def scenario() -> tuple[httpx.Response, httpx.Response]:
        listener = LoopbackListener(STATE)
        await listener.start()
        url = f"{listener.redirect_uri}?code=abc&state={STATE}"
        first = await _get(url)
        second = await _get(url)  # before anyone awaited the result: still listening
        params = await listener.wait(5)
        assert params["code"] == "abc"
        return first, second

    first, second = asyncio.run(scenario())
    assert first.status_code == 200
    assert second.status_code == 400


@pytest.mark.parametrize(
    ("error", "problem", "words"),
    [
        ("access_denied", AuthProblem.ACCESS_DENIED, "chose not to give"),
        ("server_error", AuthProblem.SERVER_REFUSED, "answered with an error"),
        ("invalid_scope", AuthProblem.SERVER_REFUSED, "answered with an error"),
    ],
)
def test_error_answers_become_problems_and_pages(error: str, problem: AuthProblem, words: str) -> None:
    async def scenario() -> httpx.Response:
        listener = LoopbackListener(STATE)
        await listener.start()
        waiter = asyncio.create_task(listener.wait(10))
        page = await _get(f"{listener.redirect_uri}?error={error}&state={STATE}")
        with pytest.raises(AuthError) as failed:
            await waiter
        assert failed.value.code is problem
        assert failed.value.server_error == error
        return page

    assert words in asyncio.run(scenario()).text


def test_timeout() -> None:
    async def scenario() -> None:
        listener = LoopbackListener(STATE)
        await listener.start()
        await listener.wait(0.05)

    with pytest.raises(AuthError) as failed:
        asyncio.run(scenario())
    assert failed.value.code is AuthProblem.TIMEOUT


def test_cancel_closes_the_listener() -> None:
    async def scenario() -> int:
        listener = LoopbackListener(STATE)
        await listener.start()
        waiter = asyncio.create_task(listener.wait(60))
        await asyncio.sleep(0)
        waiter.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiter
        return listener.port

    port = asyncio.run(scenario())
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_port_already_in_use() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]

        async def scenario() -> None:
            await LoopbackListener(STATE, port=port).start()

        with pytest.raises(AuthError) as failed:
            asyncio.run(scenario())
    assert failed.value.code is AuthProblem.PORT_IN_USE


def _non_loopback_address() -> str | None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: nothing is sent for UDP connect
            address = probe.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def test_listener_is_reachable_only_on_loopback() -> None:
    with pytest.raises(ValueError):
        LoopbackListener(STATE, host="0.0.0.0")
    other = _non_loopback_address()

    async def scenario() -> tuple[str, int]:
        listener = LoopbackListener(STATE)
        await listener.start()
        bound = listener._server.sockets[0].getsockname()  # type: ignore[union-attr]
        if other is not None:
            with socket.socket() as probe:
                probe.settimeout(2)
                assert probe.connect_ex((other, listener.port)) != 0
        await listener.close()
        return bound[0], bound[1]

    host, _port = asyncio.run(scenario())
    assert host == "127.0.0.1"


def test_other_paths_do_not_consume_the_attempt() -> None:
    async def scenario() -> tuple[httpx.Response, dict[str, str]]:
        listener = LoopbackListener(STATE)
        await listener.start()
        waiter = asyncio.create_task(listener.wait(10))
        base = listener.redirect_uri.rsplit("/", 1)[0]
        favicon = await _get(f"{base}/favicon.ico")
        await _get(f"{listener.redirect_uri}?code=ok&state={STATE}")
        return favicon, await waiter

    favicon, params = asyncio.run(scenario())
    assert favicon.status_code == 404
    assert params["code"] == "ok"
