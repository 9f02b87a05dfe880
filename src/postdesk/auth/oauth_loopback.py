"""The one-shot loopback redirect listener of RFC 8252 §7.3.

The listener binds 127.0.0.1 (or `[::1]` when a network insists) on an ephemeral port unless a
network requires a fixed registered one, and waits for the browser to come back with the
authorization response. It accepts exactly one callback carrying the expected `state`
(compared in constant time); a wrong or replayed `state` is refused with a page and a log line
that holds no secret, and the listener keeps waiting for the real one. It closes after the
first valid callback, on timeout, or when the waiting task is cancelled.
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


class LoopbackListener:
    """Waits on a loopback address for one authorization response.

    Args:
        expected_state: the `state` sent in this attempt's authorization request.
        host: "127.0.0.1" or "::1"; never a routable address.
        port: 0 for an ephemeral port, or the fixed port a network has registered.
        path: the callback path.
        uri_host: the host written in the redirect URI ("127.0.0.1", "[::1]", or "localhost"
            for networks that only accept that name); the socket still binds `host`.

    Attributes:
        callbacks_refused: how many callbacks were refused (wrong state, replay, bad path).
    """

    def __init__(
        self,
        expected_state: str,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        path: str = "/callback",
        uri_host: str | None = None,
    ):
        if host not in ("127.0.0.1", "::1"):
            raise ValueError("the loopback listener binds a loopback address only")
        self._state = expected_state
        self._host = host
        self._requested_port = port
        self._path = path
        self._uri_host = uri_host or ("[::1]" if host == "::1" else host)
        self._server: asyncio.base_events.Server | None = None
        self._result: asyncio.Future[dict[str, str]] | None = None
        self._consumed = False
        self._port: int | None = None
        self.callbacks_refused = 0

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
            AuthError: PORT_IN_USE when the (fixed) port is taken.
        """
        loop = asyncio.get_running_loop()
        self._result = loop.create_future()
        family = socket.AF_INET6 if self._host == "::1" else socket.AF_INET
        try:
            self._server = await asyncio.start_server(
                self._handle,
                host=self._host,
                port=self._requested_port,
                family=family,
                reuse_address=False,
                limit=_MAX_REQUEST_LINE,
            )
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise AuthError(AuthProblem.PORT_IN_USE, f"port {self._requested_port}") from None
            raise
        self._port = self._server.sockets[0].getsockname()[1]
        _log.debug("Loopback listener on %s:%s%s", self._host, self.port, self._path)

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

    async def close(self) -> None:
        """Stop listening (idempotent)."""
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await self._server.wait_closed()
        if self._result is not None and not self._result.done():
            self._result.cancel()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        outcome: dict[str, str] | AuthError | None = None
        try:
            status, kind, outcome = await self._process(reader)
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

    async def _process(
        self, reader: asyncio.StreamReader
    ) -> tuple[int, str, dict[str, str] | AuthError | None]:
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
