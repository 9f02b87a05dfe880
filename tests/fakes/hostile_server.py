"""A hostile HTTP server on 127.0.0.1: answers that never finish, answers too large, absurd headers.

What a broken proxy, an overloaded instance or a malicious server can do to a client, served over a
real socket so the adapters meet it through httpx's real transport:

- "drip_head": the status line, then an endless header, one byte per `interval` (each byte resets
  a per-read timeout, so httpx's own timeouts never fire);
- "drip_body": a complete head announcing a body, then the body one byte per `interval`, forever;
- "huge": a `size`-byte body (400 MB by default), generated lazily chunk by chunk so the server
  itself holds only one chunk; with a `Content-Length` or chunked (`declare_length=False`);
- "gzip_bomb": `size` bytes of zeros, gzip-compressed on the fly (400 MB become about 400 kB on
  the wire), sent with `Content-Encoding: gzip`;
- "plain": a normal answer (`status`, `headers`, `body`), e.g. a 429 with an absurd `Retry-After`;
- "no_read": accepts the connection and never reads the request (a client's upload stalls).

Every behaviour runs until the client goes away or the server stops. `body_bytes_sent` counts the
body bytes the server managed to hand to the socket, so a test can show that a client stopped
reading early.
"""

from __future__ import annotations

import socket
import threading
import zlib
from dataclasses import dataclass, field

MB = 1024 * 1024


@dataclass
class Behaviour:
    """How the server answers every request.

    Attributes:
        kind: "drip_head", "drip_body", "huge", "gzip_bomb", "plain" or "no_read".
        status: the status of the answer.
        headers: extra headers.
        body: the body for "plain".
        interval: seconds between two bytes of a drip.
        size: the body size for "huge".
        declare_length: "huge" sends a Content-Length (else chunked transfer encoding).
        chunk: bytes per write for "huge".
    """

    kind: str
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    interval: float = 0.2
    size: int = 400 * MB
    declare_length: bool = True
    chunk: int = 64 * 1024


_REASONS = {200: "OK", 201: "Created", 429: "Too Many Requests", 503: "Service Unavailable"}


class HostileServer:
    """Serves `behaviour` on a free port of 127.0.0.1 until `stop`.

    Attributes:
        url: the base URL, e.g. http://127.0.0.1:40123.
        requests: the request lines received, in order ("POST /api/v1/statuses").
        body_bytes_sent: body bytes written to sockets so far (all connections).
    """

    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.requests: list[str] = []
        self.body_bytes_sent = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._threads: list[threading.Thread] = []
        self._accepter = threading.Thread(target=self._accept, daemon=True)

    def start(self) -> HostileServer:
        self._accepter.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._accepter.join(5)
        self._listener.close()
        for thread in self._threads:
            thread.join(5)

    def __enter__(self) -> HostileServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- serving -----------------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            try:
                if self.behaviour.kind == "no_read":
                    self._stop.wait()
                    return
                if not self._read_request(conn):
                    return
                self._answer(conn)
            except OSError:
                return  # the client went away: that is what the tests want

    def _read_request(self, conn: socket.socket) -> bool:
        conn.settimeout(0.1)
        data = b""
        while b"\r\n\r\n" not in data:
            if self._stop.is_set():
                return False
            try:
                got = conn.recv(65536)
            except TimeoutError:
                continue
            if not got:
                return False
            data += got
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        with self._lock:
            self.requests.append(" ".join(lines[0].split(" ")[:2]))
        length = 0
        for line in lines[1:]:
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-length":
                length = int(value.strip())
        while len(rest) < length and not self._stop.is_set():
            try:
                got = conn.recv(65536)
            except TimeoutError:
                continue
            if not got:
                return False
            rest += got
        conn.settimeout(2.0)  # a client that stops reading ends the answer, not the test run
        return True

    def _head(self, extra: dict[str, str]) -> bytes:
        b = self.behaviour
        lines = [f"HTTP/1.1 {b.status} {_REASONS.get(b.status, 'Status')}"]
        lines += [f"{k}: {v}" for k, v in {**b.headers, **extra}.items()]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    def _sent(self, count: int) -> None:
        with self._lock:
            self.body_bytes_sent += count

    def _answer(self, conn: socket.socket) -> None:
        b = self.behaviour
        if b.kind == "plain":
            conn.sendall(self._head({"Content-Length": str(len(b.body)), "Connection": "close"}) + b.body)
            self._sent(len(b.body))
        elif b.kind == "drip_head":
            conn.sendall(f"HTTP/1.1 {b.status} OK\r\nX-Slow: ".encode())
            while not self._stop.wait(b.interval):
                conn.sendall(b"a")
        elif b.kind == "drip_body":
            conn.sendall(self._head({"Content-Type": "application/json", "Content-Length": "1000000"}))
            conn.sendall(b"{")
            while not self._stop.wait(b.interval):
                conn.sendall(b" ")
                self._sent(1)
        elif b.kind == "huge":
            framing = {"Content-Length": str(b.size)} if b.declare_length else {"Transfer-Encoding": "chunked"}
            conn.sendall(self._head({"Content-Type": "application/json", **framing}))
            block = b"x" * b.chunk
            left = b.size
            while left > 0 and not self._stop.is_set():
                piece = block[: min(left, b.chunk)]
                conn.sendall(piece if b.declare_length else f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                left -= len(piece)
                self._sent(len(piece))
            if not b.declare_length:
                conn.sendall(b"0\r\n\r\n")
        elif b.kind == "gzip_bomb":
            conn.sendall(
                self._head(
                    {"Content-Type": "application/json", "Content-Encoding": "gzip", "Transfer-Encoding": "chunked"}
                )
            )
            packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31: a gzip stream
            zeros = bytes(MB)
            left = b.size
            while left > 0 and not self._stop.is_set():
                piece = packer.compress(zeros[: min(left, MB)])
                left -= min(left, MB)
                if piece:
                    conn.sendall(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                    self._sent(len(piece))
            tail = packer.flush()
            conn.sendall(f"{len(tail):x}\r\n".encode() + tail + b"\r\n0\r\n\r\n")
        else:
            raise ValueError(f"unknown behaviour {b.kind!r}")
