"""Every HTTP exchange Postdesk makes is bounded: one total deadline and a cap on the answer's size.

httpx's timeouts are per phase and per socket operation (connect, each write, each read, pool):
a server that sends one byte every few seconds resets the read timeout with every byte and never
trips it, so a publish (and its account's lane) could hang for hours. And `response.aread()`
reads an answer whole, whatever its size. This module is the one place that bounds both: an
httpx client (`BoundedClient`, made by `bounded_client`) whose every call is bounded, used for
publishing, uploads, lookups, inbox, metrics, sign-in and token refresh alike:

- a total deadline from the moment the request is handed to the client until the last byte
  of the answer's body (connect, send, wait, receive together). Uploads get more time in
  proportion to their size (see `Bounds`);
- a cap on the answer's size, enforced while streaming: a `Content-Length` over the cap is
  refused before the body is read, a body without one is cut off once it passes the cap, and
  a compressed body is cut off once its decoded size passes it (a gzip bomb).

Failures are raised as subclasses of httpx's own exceptions, so every existing `except
httpx.TransportError` keeps working, while `platforms.rest_call` tells them apart:

- `DeadlineBeforeSent` (a `WriteTimeout`): the request body never left completely, so the
  network cannot have acted on it;
- `DeadlineExceeded` (a `ReadTimeout`): the request left but its answer did not complete in time;
- `AnswerTooLarge` (a `ReadError`): the answer was larger than any answer we expect.

Whether the body left is known from httpcore's `trace` extension; a transport without one (a
test's `MockTransport`) counts as "sent", the safe side (a create is then looked up, not resent).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx


@dataclass(frozen=True, slots=True)
class Bounds:
    """How long one exchange may take and how large its answer may be.

    The values live here, and only here, with the reasons for them.

    Attributes:
        deadline: seconds for a whole exchange with a small body. An API answers a post, a
            lookup or a token refresh in seconds; a small or overloaded Mastodon instance can
            take tens of seconds. 120 s leaves room for that, yet frees the account's lane
            (and tells the creator) within two minutes instead of never.
        upload_rate: bytes per second an upload is allowed to crawl at before it counts as
            stuck: 32 kB/s (256 kbit/s), a poor mobile uplink. An upload's deadline is
            `deadline + size / upload_rate`, so a 50 MB Telegram video gets about 28 minutes
            and a 4 MB X or LinkedIn chunk about 4 minutes.
        max_deadline: the longest any one exchange may take, however large the body (3 h).
        max_answer_bytes: the largest answer read. The largest legitimate answers are pages of
            timelines and notifications (100 posts with their authors, a few hundred kB);
            16 MiB is far above that and far below what would hurt the app's memory.
    """

    deadline: float = 120.0
    upload_rate: float = 32_000.0
    max_deadline: float = 3 * 3600.0
    max_answer_bytes: int = 16 * 1024 * 1024

    def deadline_for(self, body_size: int | None) -> float:
        """The total deadline, in seconds, for an exchange whose request body has `body_size` bytes."""
        extra = (body_size or 0) / self.upload_rate
        return min(self.deadline + extra, self.max_deadline)


#: The bounds of every client unless a test injects tighter ones.
DEFAULT_BOUNDS = Bounds()


class DeadlineExceeded(httpx.ReadTimeout):
    """The request left, but its whole answer did not arrive within the deadline.

    Attributes:
        seconds: the deadline that passed.
    """

    def __init__(self, message: str, *, request: httpx.Request, seconds: float) -> None:
        super().__init__(message, request=request)
        self.seconds = seconds


class DeadlineBeforeSent(httpx.WriteTimeout):
    """The deadline passed before the request body had left completely (nothing was acted on).

    Attributes:
        seconds: the deadline that passed.
    """

    def __init__(self, message: str, *, request: httpx.Request, seconds: float) -> None:
        super().__init__(message, request=request)
        self.seconds = seconds


class AnswerTooLarge(httpx.ReadError):
    """The answer was larger than `Bounds.max_answer_bytes`; it was not read further.

    Attributes:
        limit: the cap in bytes.
    """

    def __init__(self, message: str, *, request: httpx.Request, limit: int) -> None:
        super().__init__(message, request=request)
        self.limit = limit


def _body_size(request: httpx.Request) -> int | None:
    length = request.headers.get("content-length", "")
    return int(length) if length.isascii() and length.isdigit() else None


class _Progress:
    """Follows httpcore's trace events to know whether the request body left completely."""

    def __init__(self, request: httpx.Request) -> None:
        self.traced = False
        self.body_sent = False
        self._inner: Callable[[str, dict[str, Any]], Awaitable[None]] | None = request.extensions.get("trace")
        request.extensions = {**request.extensions, "trace": self._trace}

    async def _trace(self, name: str, info: dict[str, Any]) -> None:
        self.traced = True
        if name.endswith("send_request_body.complete"):
            self.body_sent = True
        if self._inner is not None:
            await self._inner(name, info)

    @property
    def maybe_sent(self) -> bool:
        # No trace events at all (a mock transport): assume the worst, that it arrived.
        return self.body_sent or not self.traced


def _too_slow(request: httpx.Request, seconds: float, progress: _Progress) -> httpx.TimeoutException:
    host = request.url.host
    if progress.maybe_sent:
        return DeadlineExceeded(
            f"{host} did not finish answering within {seconds:g} s", request=request, seconds=seconds
        )
    return DeadlineBeforeSent(f"could not send to {host} within {seconds:g} s", request=request, seconds=seconds)


class _BoundedStream(httpx.AsyncByteStream):
    """An answer's body, cut off at the deadline and at the size cap."""

    def __init__(
        self, inner: httpx.AsyncByteStream, request: httpx.Request, deadline: float, seconds: float, limit: int
    ) -> None:
        self._inner = inner
        self._request = request
        self._deadline = deadline
        self._seconds = seconds
        self._limit = limit

    async def __aiter__(self) -> AsyncIterator[bytes]:
        iterator = aiter(self._inner)
        received = 0
        while True:
            timer = asyncio.timeout_at(self._deadline)
            try:
                async with timer:
                    chunk = await anext(iterator)
            except StopAsyncIteration:
                return
            except TimeoutError:
                if not timer.expired():
                    raise
                raise DeadlineExceeded(
                    f"{self._request.url.host} did not finish answering within {self._seconds:g} s",
                    request=self._request,
                    seconds=self._seconds,
                ) from None
            received += len(chunk)
            if received > self._limit:
                raise _too_large(self._request, self._limit)
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


def _too_large(request: httpx.Request, limit: int) -> AnswerTooLarge:
    return AnswerTooLarge(
        f"{request.url.host} sent an answer over {limit // (1024 * 1024)} MiB", request=request, limit=limit
    )


class BoundedClient(httpx.AsyncClient):
    """An `httpx.AsyncClient` whose every exchange keeps to `Bounds` (see the module's docstring).

    The bounds apply to `send`, which `request`, `get`, `post`, `stream` ... all go through;
    the deadline covers redirects and auth flows of that one call too. Without `stream=True`
    the answer is read here, within the deadline and the cap; with it, the caller reads a body
    that stops at both.

    Args:
        bounds: the deadline and size cap; `DEFAULT_BOUNDS` (read at each call, so a test can
            tighten it) unless given.
        args, kwargs: as for `httpx.AsyncClient`.
    """

    def __init__(self, *args: Any, bounds: Bounds | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._bounds = bounds

    @property
    def bounds(self) -> Bounds:
        """The bounds in force."""
        return self._bounds or DEFAULT_BOUNDS

    async def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        bounds = self.bounds
        seconds = bounds.deadline_for(_body_size(request))
        deadline = asyncio.get_running_loop().time() + seconds
        progress = _Progress(request)
        timer = asyncio.timeout_at(deadline)
        try:
            async with timer:
                response = await super().send(request, stream=True, **kwargs)
        except TimeoutError:
            if not timer.expired():
                raise
            raise _too_slow(request, seconds, progress) from None
        limit = bounds.max_answer_bytes
        declared = response.headers.get("content-length", "")
        if declared.isascii() and declared.isdigit() and int(declared) > limit:
            await response.aclose()
            raise _too_large(request, limit)
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _BoundedStream(response.stream, request, deadline, seconds, limit)
        if not stream:
            try:
                await _read_decoded(response, request, limit)
            finally:
                await response.aclose()
        return response


async def _read_decoded(response: httpx.Response, request: httpx.Request, limit: int) -> None:
    """Read the body as `Response.aread` does, but stop once its *decoded* size passes `limit`.

    The stream counts bytes as received; a gzip answer of a few hundred kB can inflate to
    gigabytes, so the decoded size is capped too.
    """
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            raise _too_large(request, limit)
        chunks.append(chunk)
    response._content = b"".join(chunks)  # exactly what httpx's own aread() stores


def bounded_client(*, bounds: Bounds | None = None, **kwargs: Any) -> httpx.AsyncClient:
    """A new `BoundedClient` (the one way Postdesk makes an HTTP client).

    Args:
        bounds: as for `BoundedClient`.
        kwargs: passed to `httpx.AsyncClient` (transport, timeout, headers, follow_redirects ...).
    """
    return BoundedClient(bounds=bounds, **kwargs)
