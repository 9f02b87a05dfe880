"""Reddit's media websocket, faked on 127.0.0.1: one JSON message per media post, then close.

What the fake sends is what Reddit's own apps are observed to receive (PRAW,
`Subreddit._submit_media`; U, not in reddit.com/dev/api): `{"type": "success", "payload":
{"redirect": "<post address>"}}` once the post is made, `{"type": "failed", ...}` when the media
could not be processed (no post is made). A post can also be "silent": the socket stays open and
says nothing (processing that never ends). The server speaks RFC 6455 as a server would: it checks
the client's handshake (GET, Upgrade, Sec-WebSocket-Version 13, a 16-byte key) and answers the
`Sec-WebSocket-Accept` the client must verify; it checks that every client frame is masked; and it
can send a ping first (`ping_first`), to which a client must answer with a pong, and split the
message in two fragments (`fragment`).
"""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import struct
import threading
from dataclasses import dataclass, field
from typing import Any

_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


@dataclass
class RedditMediaSocket:
    """The server and its scripts.

    Attributes:
        outcomes: path → the message to send (None: stay silent).
        ping_first: send a ping before the message (the client must pong).
        fragment: send the message as two fragments.
        pongs: pongs received, as payloads.
        violations: protocol breaches seen (an unmasked client frame, a bad handshake).
        connections: paths connected to, in order.
    """

    outcomes: dict[str, dict[str, Any] | None] = field(default_factory=dict)
    ping_first: bool = False
    fragment: bool = False
    pongs: list[bytes] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    connections: list[str] = field(default_factory=list)
    _socket: socket.socket | None = None
    _threads: list[threading.Thread] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _count: int = 0

    @property
    def url(self) -> str:
        assert self._socket is not None
        return f"ws://127.0.0.1:{self._socket.getsockname()[1]}"

    def path_for_next(self) -> str:
        """A new path for a media post's socket."""
        self._count += 1
        return f"/rte_images/asset{self._count}?m=AQAA"

    def succeed(self, path: str, redirect: str) -> None:
        self.outcomes[path] = {"type": "success", "payload": {"redirect": redirect}}

    def fail(self, path: str) -> None:
        # PRAW only reads `type`; the payload's shape is not documented (U).
        self.outcomes[path] = {"type": "failed", "payload": {"message": "Failed to process media"}}

    def silent(self, path: str) -> None:
        self.outcomes[path] = None

    # -- serving -----------------------------------------------------------------------------

    def __enter__(self) -> RedditMediaSocket:
        self._socket = socket.create_server(("127.0.0.1", 0))
        self._socket.settimeout(0.2)
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=5)
        if self._socket is not None:
            self._socket.close()

    def _accept(self) -> None:
        assert self._socket is not None
        while not self._stop.is_set():
            try:
                conn, _ = self._socket.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(0.2)
        with conn:
            head = b""
            while b"\r\n\r\n" not in head and not self._stop.is_set():
                try:
                    chunk = conn.recv(4096)
                except TimeoutError:
                    continue
                if not chunk:
                    return
                head += chunk
            lines = head.decode("latin-1").split("\r\n")
            method, path, _ = [*lines[0].split(" "), "", "", ""][:3]
            headers = {k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:] if x)}
            key = headers.get("sec-websocket-key", "")
            if (
                method != "GET"
                or headers.get("upgrade", "").lower() != "websocket"
                or headers.get("sec-websocket-version") != "13"
                or len(base64.b64decode(key or "==")) != 16
            ):
                self.violations.append(f"bad handshake: {lines[0]}")
                conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                return
            accept = base64.b64encode(hashlib.sha1(key.encode() + _GUID).digest()).decode()
            conn.sendall(
                (
                    "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    f"Sec-WebSocket-Accept: {accept}\r\n\r\n"
                ).encode()
            )
            self.connections.append(path)
            if self.ping_first:
                conn.sendall(_frame(0x9, b"are-you-there"))
                opcode, payload = self._read_frame(conn)
                if opcode == 0xA:
                    self.pongs.append(payload)
            message = self.outcomes.get(path)
            if message is None:
                while not self._stop.is_set():  # silent: hold the line until the client leaves
                    try:
                        if not conn.recv(1024):
                            return
                    except TimeoutError:
                        continue
                    except OSError:
                        return
                return
            data = json.dumps(message).encode()
            if self.fragment:
                half = len(data) // 2
                conn.sendall(_frame(0x1, data[:half], fin=False) + _frame(0x0, data[half:]))
            else:
                conn.sendall(_frame(0x1, data))
            conn.sendall(_frame(0x8, struct.pack("!H", 1000)))

    def _read_frame(self, conn: socket.socket) -> tuple[int, bytes]:
        conn.settimeout(5)
        first, second = conn.recv(2)
        if not second & 0x80:
            self.violations.append("unmasked client frame")
        length = second & 0x7F
        mask = conn.recv(4) if second & 0x80 else b"\0\0\0\0"
        payload = bytes(b ^ mask[i % 4] for i, b in enumerate(conn.recv(length))) if length else b""
        return first & 0x0F, payload


def _frame(opcode: int, payload: bytes, *, fin: bool = True) -> bytes:
    """A server frame (unmasked, RFC 6455 §5.1)."""
    head = bytes([(0x80 if fin else 0) | opcode])
    if len(payload) < 126:
        return head + bytes([len(payload)]) + payload
    if len(payload) < 1 << 16:
        return head + bytes([126]) + struct.pack("!H", len(payload)) + payload
    return head + bytes([127]) + struct.pack("!Q", len(payload)) + payload
