"""Reddit's media-post websocket: the one message that says a media post was made, or failed.

A media post's `/api/submit` answer names no post: it gives a `websocket_url`, on which Reddit
sends one JSON message once it has processed the media (U: not in reddit.com/dev/api; what
Reddit's own apps do, as PRAW observes it in `Subreddit._submit_media`):

- `{"type": "success", "payload": {"redirect": "https://www.reddit.com/r/<sub>/comments/<id>/..."}}`
  — the post exists, at that address;
- `{"type": "failed", ...}` — Reddit could not process the media and made no post (PRAW raises
  `MediaPostFailed`: "Possible causes include the corruption of media files").

No websocket library is a dependency of Postdesk, and one message is all that is read, so this
module speaks just enough of RFC 6455 as a client: the opening handshake (a random
`Sec-WebSocket-Key`, `Sec-WebSocket-Accept` checked), masked client frames, server frames of at
most `MAX_MESSAGE` bytes (fragmented text reassembled, ping answered with pong, close ends it).
Everything is bounded by `timeout`; any failure is "no word" (None), never an exception, so the
caller falls back to looking for the post in the user's listing and, failing that, to the
engine's `unknown` state.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import os
import ssl
import struct
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from postdesk.log import get_logger

log = get_logger(__name__)

#: RFC 6455 §1.3: the GUID appended to the key for Sec-WebSocket-Accept.
_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
#: The largest message read: Reddit's is a few hundred bytes.
MAX_MESSAGE = 64 * 1024
_TEXT, _CONTINUATION, _CLOSE, _PING, _PONG = 0x1, 0x0, 0x8, 0x9, 0xA
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


async def media_outcome(url: str, *, timeout: float) -> MediaOutcome | None:
    """Wait on Reddit's websocket for the media post's outcome; None when no word came in time."""
    try:
        return await asyncio.wait_for(_read_outcome(url), timeout)
    except (TimeoutError, OSError, ValueError, asyncio.IncompleteReadError) as exc:
        log.info("Reddit's media websocket gave no outcome (%s)", type(exc).__name__)
        return None


async def _read_outcome(url: str) -> MediaOutcome | None:
    parts = urlsplit(url)
    secure = parts.scheme == "wss"
    host = parts.hostname or ""
    port = parts.port or (443 if secure else 80)
    reader, writer = await asyncio.open_connection(
        host, port, ssl=ssl.create_default_context() if secure else None, server_hostname=host if secure else None
    )
    try:
        await _handshake(reader, writer, parts.netloc, (parts.path or "/") + (f"?{parts.query}" if parts.query else ""))
        while True:
            message = await _message(reader, writer)
            if message is None:
                return None
            outcome = _outcome(message)
            if outcome is not None:
                return outcome
    finally:
        writer.close()


async def _handshake(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, netloc: str, target: str) -> None:
    key = base64.b64encode(os.urandom(16)).decode()
    writer.write(
        (
            f"GET {target} HTTP/1.1\r\nHost: {netloc}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\nUser-Agent: Postdesk\r\n\r\n"
        ).encode()
    )
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    if len(head) > 16 * 1024:
        raise ValueError("handshake answer too long")
    lines = head.decode("latin-1").split("\r\n")
    if not lines[0].startswith("HTTP/1.1 101"):
        raise ValueError(f"not upgraded: {lines[0][:40]}")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
    expected = base64.b64encode(
        hashlib.sha1(key.encode() + _GUID).digest()
    ).decode()  # RFC 6455 §4.2.2 fixes SHA-1 here
    if headers.get("sec-websocket-accept") != expected:
        raise ValueError("bad Sec-WebSocket-Accept")


async def _message(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> str | None:
    """The next text message (None when the server closes)."""
    parts: list[bytes] = []
    while True:
        first, second = await reader.readexactly(2)
        fin, opcode, masked = first & 0x80, first & 0x0F, second & 0x80
        length = second & 0x7F
        if length == 126:
            (length,) = struct.unpack("!H", await reader.readexactly(2))
        elif length == 127:
            (length,) = struct.unpack("!Q", await reader.readexactly(8))
        if length + sum(map(len, parts)) > MAX_MESSAGE:
            raise ValueError("message too large")
        mask = await reader.readexactly(4) if masked else b""
        payload = await reader.readexactly(length)
        if mask:
            payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        if opcode == _CLOSE:
            await _send(writer, _CLOSE, payload[:2])
            return None
        if opcode == _PING:
            await _send(writer, _PONG, payload)
            continue
        if opcode == _PONG:
            continue
        if opcode not in (_TEXT, _CONTINUATION):
            raise ValueError(f"unexpected opcode {opcode}")
        parts.append(payload)
        if fin:
            return b"".join(parts).decode("utf-8")


async def _send(writer: asyncio.StreamWriter, opcode: int, payload: bytes) -> None:
    """One masked client frame (RFC 6455 §5.3: a client masks every frame)."""
    mask = os.urandom(4)
    header = bytes([0x80 | opcode, 0x80 | len(payload)])  # control frames: payload < 126
    writer.write(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))
    await writer.drain()


def _outcome(message: str) -> MediaOutcome | None:
    try:
        body: Any = json.loads(message)
    except ValueError:
        return None
    if not isinstance(body, dict):
        return None
    kind = body.get("type")
    raw_payload = body.get("payload")
    payload: dict[str, Any] = raw_payload if isinstance(raw_payload, dict) else {}
    if kind == "failed":
        return MediaOutcome(False, detail=json.dumps(payload)[:300])
    if kind == "success" and isinstance(payload.get("redirect"), str):
        return MediaOutcome(True, redirect=payload["redirect"])
    return None  # another kind of message: keep listening
