"""The `localhost` redirect listener holds both loopback addresses; idle connections are closed."""

from __future__ import annotations

import asyncio
import errno
import socket

import httpx
import pytest

from postdesk.auth import oauth_loopback
from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.oauth_loopback import LoopbackListener

STATE = "the-expected-state-value-0123456789abcdef"


def _has_ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as probe:
            probe.bind(("::1", 0))
    except OSError:
        return False
    return True


needs_ipv6 = pytest.mark.skipif(
    not _has_ipv6_loopback(), reason="this machine has no IPv6 loopback (::1 cannot be bound)"
)


def _squatter(host: str, port: int) -> socket.socket:
    """Another local program trying to take the port, with SO_REUSEADDR as an attacker would."""
    family = socket.AF_INET6 if host == "::1" else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if family == socket.AF_INET6:
        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
    try:
        sock.bind((host, port))
        sock.listen(1)
    except BaseException:
        sock.close()
        raise
    return sock


async def _until(condition, limit: int = 2000) -> None:  # type: ignore[no-untyped-def]
    """Let the loop run until `condition()` holds (bounded by iterations, not by a clock)."""
    for _ in range(limit):
        if condition():
            return
        await asyncio.sleep(0.005)
    raise AssertionError("condition never held")


@needs_ipv6
def test_localhost_listener_holds_the_port_on_both_loopbacks() -> None:
    async def scenario() -> tuple[tuple[str, ...], list[int], dict[str, str], str]:
        listener = LoopbackListener(STATE, port=0, uri_host="localhost")
        await listener.start()
        refused: list[int] = []
        for host in ("::1", "127.0.0.1"):
            with pytest.raises(OSError) as taken:
                _squatter(host, listener.port).close()
            refused.append(taken.value.errno)
        waiter = asyncio.create_task(listener.wait(10))
        # A browser that resolves localhost to ::1 first reaches Postdesk, not someone else.
        async with httpx.AsyncClient() as client:
            page = await client.get(f"http://[::1]:{listener.port}/callback?code=v6&state={STATE}")
        return listener.bound_hosts, refused, await waiter, page.text

    hosts, refused, params, page = asyncio.run(scenario())
    assert hosts == ("127.0.0.1", "::1")
    assert refused == [errno.EADDRINUSE, errno.EADDRINUSE]
    assert params["code"] == "v6" and "close this tab" in page


@needs_ipv6
def test_localhost_listener_refuses_when_ipv6_port_is_taken() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as finder:
        finder.bind(("127.0.0.1", 0))
        port = finder.getsockname()[1]
    squatter = _squatter("::1", port)
    try:

        async def scenario() -> None:
            await LoopbackListener(STATE, port=port, uri_host="localhost").start()

        with pytest.raises(AuthError) as refused:
            asyncio.run(scenario())
        assert refused.value.code is AuthProblem.PORT_IN_USE
        assert "::1" in refused.value.detail
        # The half it could bind was given back.
        _squatter("127.0.0.1", port).close()
    finally:
        squatter.close()


@needs_ipv6
def test_ephemeral_port_taken_on_ipv6_is_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    real = oauth_loopback._listening_socket
    refusals: list[int] = []

    def first_v6_taken(host: str, port: int) -> socket.socket:
        if host == "::1" and not refusals:
            refusals.append(port)
            raise OSError(errno.EADDRINUSE, "taken")
        return real(host, port)

    monkeypatch.setattr(oauth_loopback, "_listening_socket", first_v6_taken)

    async def scenario() -> tuple[int, tuple[str, ...]]:
        listener = LoopbackListener(STATE, uri_host="localhost")
        await listener.start()
        try:
            return listener.port, listener.bound_hosts
        finally:
            await listener.close()

    port, hosts = asyncio.run(scenario())
    assert len(refusals) == 1
    assert hosts == ("127.0.0.1", "::1") and port != 0


def test_without_ipv6_loopback_localhost_holds_ipv4(monkeypatch: pytest.MonkeyPatch) -> None:
    real = oauth_loopback._listening_socket

    def no_ipv6(host: str, port: int) -> socket.socket:
        if host == "::1":
            raise OSError(errno.EADDRNOTAVAIL, "Cannot assign requested address")
        return real(host, port)

    monkeypatch.setattr(oauth_loopback, "_listening_socket", no_ipv6)

    async def scenario() -> tuple[str, ...]:
        listener = LoopbackListener(STATE, uri_host="localhost")
        await listener.start()
        await listener.close()
        return listener.bound_hosts

    assert asyncio.run(scenario()) == ("127.0.0.1",)


def test_idle_connection_is_closed_after_the_read_timeout() -> None:
    async def scenario() -> tuple[bytes, dict[str, str], int]:
        listener = LoopbackListener(STATE, read_timeout=0.2)
        await listener.start()
        waiter = asyncio.create_task(listener.wait(30))
        reader, writer = await asyncio.open_connection("127.0.0.1", listener.port)
        # Sends nothing. The listener must hang up by itself (the outer bound only stops a hang).
        answer = await asyncio.wait_for(reader.read(), 20)
        writer.close()
        assert not waiter.done()  # an idle connection does not end the attempt
        async with httpx.AsyncClient() as client:
            await client.get(f"{listener.redirect_uri}?code=after&state={STATE}")
        params = await waiter
        return answer, params, listener.open_connections

    answer, params, still_open = asyncio.run(scenario())
    assert answer == b""
    assert params["code"] == "after"
    assert still_open == 0


def test_a_trickling_request_is_cut_off_at_the_read_timeout() -> None:
    async def scenario() -> bytes:
        listener = LoopbackListener(STATE, read_timeout=0.3)
        await listener.start()
        reader, writer = await asyncio.open_connection("127.0.0.1", listener.port)
        writer.write(b"GET /callback?code=x&state=y HTTP/1.1\r\nHost: x\r\n")  # headers never end
        await writer.drain()
        answer = await asyncio.wait_for(reader.read(), 20)
        writer.close()
        await listener.close()
        return answer

    assert asyncio.run(scenario()) == b""


def test_closing_the_listener_closes_idle_connections() -> None:
    async def scenario() -> tuple[bytes, int, int]:
        listener = LoopbackListener(STATE, read_timeout=600)
        await listener.start()
        reader, writer = await asyncio.open_connection("127.0.0.1", listener.port)
        await _until(lambda: listener.open_connections == 1)
        before = len(asyncio.all_tasks())
        await listener.close()
        answer = await asyncio.wait_for(reader.read(), 20)
        writer.close()
        return answer, listener.open_connections, before - len(asyncio.all_tasks())

    answer, still_open, tasks_ended = asyncio.run(scenario())
    assert answer == b""
    assert still_open == 0
    assert tasks_ended >= 1  # the connection's handler task is gone too


def test_closing_after_a_timeout_closes_a_browser_spare_connection() -> None:
    async def scenario() -> bytes:
        listener = LoopbackListener(STATE, read_timeout=600)
        await listener.start()
        reader, writer = await asyncio.open_connection("127.0.0.1", listener.port)
        await _until(lambda: listener.open_connections == 1)
        with pytest.raises(AuthError):
            await listener.wait(0.05)  # the attempt times out; wait() closes the listener
        answer = await asyncio.wait_for(reader.read(), 20)
        writer.close()
        return answer

    assert asyncio.run(scenario()) == b""
