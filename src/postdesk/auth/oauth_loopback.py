"""The one-shot loopback redirect listener of RFC 8252 §7.3.

The listener binds 127.0.0.1 (or `[::1]` when a network insists) on an ephemeral port unless a
network requires a fixed registered one, and waits for the browser to come back with the
authorization response. It accepts exactly one callback carrying the expected `state`
(compared in constant time); a wrong or replayed `state` is refused with a page and a log line
that holds no secret, and the listener keeps waiting for the real one. It closes after the
first valid callback, on timeout, or when the waiting task is cancelled.

Where the redirect URI says `localhost` (Meta's networks accept nothing else), the browser may
resolve it to `::1` first. Holding only 127.0.0.1 would let another local program bind `[::1]`
on the same port and receive the authorization code, so such a listener holds the port on both
loopback addresses, or refuses to start (PORT_IN_USE) when it cannot. A machine without an IPv6
loopback at all has no `[::1]` for anyone to bind, so there 127.0.0.1 alone is enough.

Every accepted connection must send its request within `read_timeout` seconds or is closed, and
closing the listener closes every connection still open: an idle browser connection (browsers
open spare ones) never keeps the port or a task alive.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import socket
from urllib.parse import parse_qsl, urlsplit

from postdesk.auth import browser_pages
from postdesk.auth.errors import AuthError, AuthProblem, from_oauth_error
from postdesk.auth.pkce import same_secret
from postdesk.log import get_logger

_log = get_logger("auth.loopback")

_MAX_REQUEST_LINE = 8192
_MAX_HEADERS = 64

#: Seconds an accepted connection may take to send its whole request line and headers.
READ_TIMEOUT_S = 10.0

#: How many ephemeral ports to try when one that is free on 127.0.0.1 is taken on ::1.
_PORT_ATTEMPTS = 8

#: errno values meaning "this machine has no IPv6 loopback" (not "someone else holds the port").
_NO_IPV6 = {errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT, getattr(errno, "EPROTONOSUPPORT", -1)}


class LoopbackListener:
    """Waits on a loopback address for one authorization response.

    Args:
        expected_state: the `state` sent in this attempt's authorization request.
        host: "127.0.0.1" or "::1"; never a routable address.
        port: 0 for an ephemeral port, or the fixed port a network has registered.
        path: the callback path.
        uri_host: the host written in the redirect URI ("127.0.0.1", "[::1]", or "localhost"
            for networks that only accept that name). With "localhost" the port is held on both
            127.0.0.1 and ::1; otherwise the socket binds `host` only.
        read_timeout: seconds a connection may take to send its request before it is closed.

    Attributes:
        callbacks_refused: how many callbacks were refused (wrong state, replay, bad path).
        bound_hosts: the loopback addresses the port is held on (after `start`).
    """

    def __init__(
        self,
        expected_state: str,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        path: str = "/callback",
        uri_host: str | None = None,
        read_timeout: float = READ_TIMEOUT_S,
    ):
        if host not in ("127.0.0.1", "::1"):
            raise ValueError("the loopback listener binds a loopback address only")
        self._state = expected_state
        self._host = host
        self._requested_port = port
        self._path = path
        self._uri_host = uri_host or ("[::1]" if host == "::1" else host)
        self._read_timeout = read_timeout
        self._servers: list[asyncio.base_events.Server] = []
        self._writers: set[asyncio.StreamWriter] = set()
        self._handlers: set[asyncio.Task[None]] = set()
        self._closed = False
        self._result: asyncio.Future[dict[str, str]] | None = None
        self._consumed = False
        self._port: int | None = None
        self.callbacks_refused = 0
        self.bound_hosts: tuple[str, ...] = ()

    @property
    def _server(self) -> asyncio.base_events.Server | None:
        """The first server (the one on `host`), for callers that look at its socket."""
        return self._servers[0] if self._servers else None

    @property
    def port(self) -> int:
        """The bound port (after `start`)."""
        if self._port is None:
            raise RuntimeError("listener not started")
        return self._port

    @property
    def redirect_uri(self) -> str:
        """The redirect URI to send in the authorization request."""
        return f"http://{self._uri_host}:{self.port}{self._path}"

    async def start(self) -> None:
        """Bind and listen.

        Raises:
            AuthError: PORT_IN_USE when the (fixed) port is taken, or when a `localhost` listener
                cannot hold its port on both 127.0.0.1 and ::1.
        """
        loop = asyncio.get_running_loop()
        self._result = loop.create_future()
        hosts = [self._host]
        if self._uri_host == "localhost":
            hosts = ["127.0.0.1", "::1"]
        attempts = 1 if self._requested_port else _PORT_ATTEMPTS
        sockets: list[socket.socket] = []
        for _attempt in range(attempts):
            sockets = self._bind_all(hosts)
            if sockets:
                break
        if not sockets:
            raise AuthError(
                AuthProblem.PORT_IN_USE,
                f"port {self._requested_port or 'any'} not free on {' and '.join(hosts)}",
            )
        try:
            for sock in sockets:
                self._servers.append(await asyncio.start_server(self._accept, sock=sock, limit=_MAX_REQUEST_LINE))
        except BaseException:
            for sock in sockets:
                sock.close()
            await self.close()
            raise
        self._port = sockets[0].getsockname()[1]
        self.bound_hosts = tuple(sock.getsockname()[0] for sock in sockets)
        _log.debug("Loopback listener on %s port %s%s", " and ".join(self.bound_hosts), self.port, self._path)

    def _bind_all(self, hosts: list[str]) -> list[socket.socket]:
        """Bind and listen on every host on one port; [] when the port is taken on one of them.

        Raises:
            AuthError: PORT_IN_USE when a fixed port is taken.
        """
        bound: list[socket.socket] = []
        port = self._requested_port
        try:
            for host in hosts:
                try:
                    sock = _listening_socket(host, port)
                except OSError as exc:
                    if host == "::1" and host != self._host and exc.errno in _NO_IPV6:
                        # No IPv6 loopback on this machine: nobody can bind [::1], the browser
                        # cannot reach it either, so 127.0.0.1 alone holds the redirect.
                        _log.info("No IPv6 loopback here; the sign-in listener holds 127.0.0.1 only")
                        continue
                    if exc.errno in (errno.EADDRINUSE, errno.EACCES) or getattr(exc, "winerror", 0) == 10013:
                        if self._requested_port:
                            raise AuthError(AuthProblem.PORT_IN_USE, f"port {self._requested_port} on {host}") from None
                        for other in bound:
                            other.close()
                        return []
                    raise
                bound.append(sock)
                port = sock.getsockname()[1]
        except BaseException:
            for sock in bound:
                sock.close()
            raise
        return bound

    async def wait(self, timeout: float) -> dict[str, str]:
        """Wait for the authorization response and return its query parameters.

        Raises:
            AuthError: TIMEOUT, ACCESS_DENIED or SERVER_REFUSED (an `error=` answer).
            asyncio.CancelledError: the user cancelled; the listener is closed either way.
        """
        if self._result is None:
            raise RuntimeError("listener not started")
        try:
            return await asyncio.wait_for(asyncio.shield(self._result), timeout)
        except TimeoutError:
            raise AuthError(AuthProblem.TIMEOUT, f"no answer in {timeout:.0f} s") from None
        finally:
            await self.close()

    @property
    def open_connections(self) -> int:
        """How many accepted connections are still open (tests look)."""
        return len(self._writers)

    async def close(self) -> None:
        """Stop listening and close every connection still open (idempotent)."""
        self._closed = True
        servers, self._servers = self._servers, []
        for server in servers:
            server.close()
        for writer in list(self._writers):
            writer.transport.abort()
        self._writers.clear()
        handlers = [task for task in self._handlers if task is not asyncio.current_task()]
        for task in handlers:
            task.cancel()
        for task in handlers:
            with contextlib.suppress(BaseException):
                await task
        for server in servers:
            with contextlib.suppress(Exception):
                await server.wait_closed()
        if self._result is not None and not self._result.done():
            self._result.cancel()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self._closed:
            writer.transport.abort()
            return
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        self._writers.add(writer)
        try:
            await self._handle(reader, writer)
        finally:
            self._writers.discard(writer)
            self._handlers.discard(task)
            if self._closed:
                writer.transport.abort()
            else:
                writer.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        outcome: dict[str, str] | AuthError | None = None
        try:
            async with asyncio.timeout(self._read_timeout):
                status, kind, outcome = await self._process(reader)
        except TimeoutError:
            # An idle or trickling connection: close it without an answer.
            _log.debug("Closed a sign-in connection that sent no request in time")
            return
        except (ValueError, asyncio.LimitOverrunError, asyncio.IncompleteReadError):
            status, kind = 400, "not_found"
        except Exception:
            _log.exception("Loopback listener: unexpected error while reading a request")
            status, kind = 500, AuthProblem.SERVER_REFUSED.value
        body = browser_pages.page(kind).encode("utf-8")
        reason = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed"}
        head = (
            f"HTTP/1.1 {status} {reason.get(status, 'Error')}\r\n"
            "Content-Type: text/html; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\n"
            "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\n"
            "Connection: close\r\n\r\n"
        )
        with contextlib.suppress(ConnectionError):
            writer.write(head.encode("ascii") + body)
            await writer.drain()
        writer.close()
        with contextlib.suppress(Exception):
            await writer.wait_closed()
        # Resolve only after the page went out, so the browser tab always gets its answer
        # even when the caller closes the loop right after the flow ends.
        if outcome is not None and self._result is not None and not self._result.done():
            if isinstance(outcome, AuthError):
                self._result.set_exception(outcome)
            else:
                self._result.set_result(outcome)

    async def _process(self, reader: asyncio.StreamReader) -> tuple[int, str, dict[str, str] | AuthError | None]:
        request_line = (await reader.readline()).decode("latin-1").strip()
        for _ in range(_MAX_HEADERS):
            if (await reader.readline()) in (b"\r\n", b"\n", b""):
                break
        parts = request_line.split(" ")
        if len(parts) != 3:
            raise ValueError("malformed request line")
        method, target, _version = parts
        url = urlsplit(target)
        if url.path != self._path:
            return 404, "not_found", None
        if method != "GET":
            return 405, "not_found", None
        params = dict(parse_qsl(url.query, keep_blank_values=True))
        if self._consumed or not same_secret(self._state, params.get("state")):
            self.callbacks_refused += 1
            # Only the fact is logged: never the state, code or any other parameter value.
            _log.warning(
                "Refused a sign-in callback: %s",
                "replayed after completion" if self._consumed else "state does not match",
            )
            return 400, AuthProblem.INVALID_STATE.value, None
        self._consumed = True
        if "error" in params:
            error = from_oauth_error(params["error"], params.get("error_description"))
            return 200, error.code.value, error
        if not params.get("code"):
            error = AuthError(AuthProblem.SERVER_REFUSED, "callback without code")
            return 400, AuthProblem.SERVER_REFUSED.value, error
        return 200, "ok", params


def _listening_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket on `host`:`port` that no other program can share.

    No SO_REUSEADDR (and SO_EXCLUSIVEADDRUSE on Windows, where SO_REUSEADDR lets a second socket
    steal a port), and IPV6_V6ONLY on ::1 so the two loopback sockets are independent.
    """
    family = socket.AF_INET6 if host == "::1" else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        exclusive = getattr(socket, "SO_EXCLUSIVEADDRUSE", None)
        if exclusive is not None:
            sock.setsockopt(socket.SOL_SOCKET, exclusive, 1)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        sock.bind((host, port))
        sock.listen(8)
        sock.setblocking(False)
    except BaseException:
        sock.close()
        raise
    return sock
