"""Reddit's media-post websocket: the one message that says a media post was made, or failed.

A media post's `/api/submit` answer names no post: it gives a `websocket_url`, on which Reddit
sends one JSON message once it has processed the media (U: not in reddit.com/dev/api; what
Reddit's own apps do, as PRAW observes it in `Subreddit._submit_media`):

- `{"type": "success", "payload": {"redirect": "https://www.reddit.com/r/<sub>/comments/<id>/..."}}`
  — the post exists, at that address;
- `{"type": "failed", ...}` — Reddit could not process the media and made no post (PRAW raises
  `MediaPostFailed`: "Possible causes include the corruption of media files").

The websocket itself (handshake, framing, ping/pong, fragments, closing) is the `websockets`
library's (`websockets.asyncio.client.connect`), set up to keep to what this module promises:

- only the address given is read: no redirect is followed, no proxy from the environment is used
  (the adapter checks the address is on `WEBSOCKET_HOSTS` before calling; a redirect could lead
  anywhere);
- `wss` verifies the server with the same TLS context as every other connection of the app
  (`tls_context`: httpx's, certifi's CA bundle, or `SSL_CERT_FILE`/`SSL_CERT_DIR` when set);
- a message larger than `max_size` (`MAX_MESSAGE`) is not read; no compression is offered;
- everything — connecting, the handshake, waiting, closing — is bounded by `timeout`.

Any failure is "no word" (None), never an exception, so the caller falls back to looking for the
post in the user's listing and, failing that, to the engine's `unknown` state.
"""

from __future__ import annotations

import asyncio
import json
import ssl
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import WebSocketException

from postdesk.log import get_logger

log = get_logger(__name__)

#: The largest message read: Reddit's is a few hundred bytes.
MAX_MESSAGE = 64 * 1024
#: How long closing may take once the outcome is known (within `timeout` all the same).
_CLOSE_WAIT = 2.0
#: Where Reddit's media websockets live ("wss://ws-....wss.redditmedia.com/rte_images/...").
WEBSOCKET_HOSTS = (".redditmedia.com",)
#: Reddit said "failed": worded for the creator (the detail goes to the log only).
MEDIA_FAILED = (
    "Reddit could not process this {what}, so nothing was posted. Check that the file opens on "
    "your computer (or export it again), then post again"
)


@dataclass(frozen=True)
class MediaOutcome:
    """What Reddit said about a media post.

    Attributes:
        succeeded: the post was made.
        redirect: its address (when it succeeded).
        detail: Reddit's words or payload when it failed, for the log (never shown raw).
    """

    succeeded: bool
    redirect: str = ""
    detail: str = ""


def post_id_of(address: str) -> str:
    """The post id in a Reddit post address (".../comments/<id>/<slug>/"), or ""."""
    bits = [b for b in address.split("?")[0].split("/") if b]
    return bits[bits.index("comments") + 1] if "comments" in bits[:-1] else ""


def allowed(url: str, hosts: tuple[str, ...]) -> bool:
    """Whether `url` is a ws(s) address on one of `hosts` (".redditmedia.com" matches subdomains)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("ws", "wss") or not host:
        return False
    return any(host == h.lstrip(".") or (h.startswith(".") and host.endswith(h)) for h in hosts)


def tls_context() -> ssl.SSLContext:
    """The TLS context of a `wss` socket: the one httpx makes for every other connection of the app
    (`postdesk.http_bounds.bounded_client` leaves httpx's default `verify=True`)."""
    return httpx.create_ssl_context()


class _Connect(connect):
    """`connect` that follows no redirect: a 3xx answer to the handshake is a failure.

    websockets follows up to 10 redirects, to any host (`connect.process_redirect`); the address
    read must stay the one the adapter checked against `WEBSOCKET_HOSTS`.
    """

    def process_redirect(self, exc: Exception) -> Exception | str:
        return exc


async def media_outcome(url: str, *, timeout: float, max_size: int = MAX_MESSAGE) -> MediaOutcome | None:
    """Wait on Reddit's websocket for the media post's outcome; None when no word came in time.

    Args:
        url: the `websocket_url` of the submit answer (ws or wss).
        timeout: the longest the whole exchange may take, in seconds.
        max_size: the largest message read, in bytes; a larger one is no word.

    Return:
        Reddit's outcome, or None: no word in time, a failure of any kind, or the socket closed first.
    """
    outcome: MediaOutcome | None = None
    connection: ClientConnection | None = None
    try:
        async with asyncio.timeout(timeout):
            connection = await _Connect(
                url,
                ssl=tls_context() if urlsplit(url).scheme == "wss" else None,
                compression=None,
                user_agent_header="Postdesk",
                proxy=None,
                open_timeout=None,  # the whole exchange is bounded by `timeout` instead
                ping_interval=None,  # one message is awaited; the server's pings are still answered
                close_timeout=_CLOSE_WAIT,
                max_size=max_size,
            )
            outcome = await _first_outcome(connection)
            await connection.close()
    except (TimeoutError, OSError, ValueError, WebSocketException) as exc:
        # Closing may fail or run out of time once the outcome is known: the outcome stands.
        if outcome is None:
            log.info("Reddit's media websocket gave no outcome (%s)", type(exc).__name__)
    finally:
        if connection is not None:
            connection.transport.abort()  # a no-op once closed; else drop it now (cancelled, timed out)
    return outcome


async def _first_outcome(connection: ClientConnection) -> MediaOutcome | None:
    """The first message that is an outcome; None when the server closes first or sends binary."""
    async for message in connection:
        if isinstance(message, bytes):
            log.info("Reddit's media websocket sent binary data")
            return None
        outcome = _outcome(message)
        if outcome is not None:
            return outcome
    return None


def _outcome(message: str) -> MediaOutcome | None:
    try:
        body: Any = json.loads(message)
    except ValueError:
        return None
    if not isinstance(body, dict):
        return None
    kind = body.get("type")
    payload: dict[str, Any] = body["payload"] if isinstance(body.get("payload"), dict) else {}
    if kind == "failed":
        return MediaOutcome(False, detail=json.dumps(payload)[:300])
    if kind == "success" and isinstance(payload.get("redirect"), str):
        return MediaOutcome(True, redirect=payload["redirect"])
    return None  # another kind of message: keep listening
