"""A fake social network on 127.0.0.1 that records every post it receives, with a fault script.

It is deliberately dumb about duplicates: it stores whatever arrives, so a test that counts
records per idempotency key sees every duplicate the engine would have caused.

HTTP API (JSON):
    POST   /accounts/<acct>/posts                 {"parts": [...], "key": "...", "media": [{"sha256",
                                                   "alt"}]} → 201 {"id", "url"}
    GET    /accounts/<acct>/posts?key=<key>       → 200 {"posts": [{"id", "url", "key"}]}
    DELETE /accounts/<acct>/posts/<id>            → 204 (404 if unknown)
    POST   /accounts/<acct>/posts/<id>/comments   {"text": "..."} → 201 {"id", "url"}
    GET    /health                                → 200

Faults are consumed in order by POST requests on posts; each is one of `Fault`'s constructors.
A hook (`on_request`) lets the crash test kill the client at a chosen request and phase.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class Fault:
    """One scripted misbehaviour for the next post request.

    Attributes:
        status: the HTTP status to answer with (without recording), or None.
        headers: extra response headers (e.g. Retry-After).
        body: the JSON body of the error answer.
        lose_answer: record the post, then never answer ("hang": keep the connection open
            until the server stops; "close": drop the connection).
    """

    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: dict[str, Any] = field(default_factory=dict)
    lose_answer: str | None = None

    @classmethod
    def http(cls, status: int, message: str = "", **headers: str) -> Fault:
        return cls(
            status=status,
            headers={k.replace("_", "-"): v for k, v in headers.items()},
            body={"error": message or f"status {status}"},
        )

    @classmethod
    def timeout_after_send(cls) -> Fault:
        return cls(lose_answer="hang")

    @classmethod
    def drop_after_send(cls) -> Fault:
        return cls(lose_answer="close")


@dataclass(frozen=True)
class Received:
    """A post the fake accepted.

    Attributes:
        id: the id it was given.
        account: the account path segment.
        key: the client's idempotency key.
        parts: the thread parts.
        at: `time.time()` when it was recorded (for lateness in the benchmark).
        publish_at: the instant asked for by a hand-off, if any.
        media: (sha256, alt text) of each attached file, in order.
    """

    id: str
    account: str
    key: str
    parts: tuple[str, ...]
    at: float
    publish_at: str | None = None
    media: tuple[tuple[str, str], ...] = ()


class RecordingNetwork:
    """The server, run in a daemon thread.

    Attributes:
        url: the base URL, once started.
        received: every post recorded, in arrival order.
        requests: (method, path) of every request, in arrival order.
        faults: the fault script, consumed from the front.
        on_request: called as `on_request(index, phase)` for every request; phase is
            "received" (before anything is recorded) or "recorded" (a post was just stored,
            before the answer) or "answered".
    """

    def __init__(self, latency: float = 0.0) -> None:
        self.received: list[Received] = []
        self.requests: list[tuple[str, str]] = []
        self.comments: list[tuple[str, str]] = []
        self.deleted: list[str] = []
        self.faults: list[Fault] = []
        self.on_request: Callable[[int, str], None] | None = None
        self.latency = latency
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    def __enter__(self) -> RecordingNetwork:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        handler = _make_handler(self)
        self._server = _QuietServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        host, port = self._server.server_address[:2]
        self.url = f"http://{host}:{port}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def script(self, *faults: Fault) -> None:
        with self._lock:
            self.faults.extend(faults)

    def counts_by_key(self) -> Counter[str]:
        with self._lock:
            return Counter(r.key for r in self.received)

    # -- used by the handler ---------------------------------------------------------------

    def _next_fault(self) -> Fault | None:
        with self._lock:
            return self.faults.pop(0) if self.faults else None

    def _note_request(self, method: str, path: str) -> int:
        with self._lock:
            self.requests.append((method, path))
            return len(self.requests)

    def _record(
        self,
        account: str,
        key: str,
        parts: tuple[str, ...],
        publish_at: str | None = None,
        media: tuple[tuple[str, str], ...] = (),
    ) -> Received:
        with self._lock:
            rec = Received(
                id=str(len(self.received) + 1),
                account=account,
                key=key,
                parts=parts,
                at=time.time(),
                publish_at=publish_at,
                media=media,
            )
            self.received.append(rec)
            return rec

    def _find(self, account: str, key: str) -> list[Received]:
        with self._lock:
            return [r for r in self.received if r.account == account and r.key == key]


class _QuietServer(ThreadingHTTPServer):
    """Clients killed mid-request (the crash test's whole point) are not errors here."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


def _make_handler(net: RecordingNetwork) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def _hook(self, index: int, phase: str) -> None:
            if net.on_request is not None:
                net.on_request(index, phase)

        def _body(self) -> dict[str, Any] | None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b"{}"
            if len(raw) < length:
                # The client died mid-body: like a real server, keep nothing of it.
                self.close_connection = True
                return None
            return json.loads(raw or b"{}")

        def do_GET(self) -> None:
            split = urlsplit(self.path)
            index = net._note_request("GET", split.path)
            self._hook(index, "received")
            segs = split.path.strip("/").split("/")
            if split.path == "/health":
                self._json(200, {"ok": True})
            elif len(segs) == 3 and segs[0] == "accounts" and segs[2] == "posts":
                key = parse_qs(split.query).get("key", [""])[0]
                found = net._find(segs[1], key)
                self._json(200, {"posts": [{"id": r.id, "url": f"{net.url}/p/{r.id}", "key": r.key} for r in found]})
            else:
                self._json(404, {"error": "not found"})
            self._hook(index, "answered")

        def do_DELETE(self) -> None:
            split = urlsplit(self.path)
            index = net._note_request("DELETE", split.path)
            self._hook(index, "received")
            segs = split.path.strip("/").split("/")
            fault = net._next_fault()
            if fault is not None and fault.status is not None:
                self._json(fault.status, fault.body, fault.headers)
                return
            if len(segs) == 4 and segs[2] == "posts":
                with net._lock:
                    net.deleted.append(segs[3])
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()
            else:
                self._json(404, {"error": "not found"})
            self._hook(index, "answered")

        def do_POST(self) -> None:
            split = urlsplit(self.path)
            index = net._note_request("POST", split.path)
            self._hook(index, "received")
            body = self._body()
            if body is None:
                return
            segs = split.path.strip("/").split("/")
            if net.latency:
                net._stopping.wait(net.latency)
            fault = net._next_fault()
            if fault is not None and fault.status is not None:
                self._json(fault.status, fault.body, fault.headers)
                self._hook(index, "answered")
                return
            if len(segs) == 5 and segs[4] == "comments":
                with net._lock:
                    net.comments.append((segs[3], str(body.get("text", ""))))
                self._json(201, {"id": f"c{len(net.comments)}", "url": None})
                return
            if not (len(segs) == 3 and segs[0] == "accounts" and segs[2] == "posts"):
                self._json(404, {"error": "not found"})
                return
            media = tuple((str(m.get("sha256", "")), str(m.get("alt", ""))) for m in body.get("media") or ())
            rec = net._record(
                segs[1], str(body.get("key", "")), tuple(body.get("parts", [])), body.get("publish_at"), media
            )
            self._hook(index, "recorded")
            if fault is not None and fault.lose_answer == "hang":
                net._stopping.wait()
                self.close_connection = True
                return
            if fault is not None and fault.lose_answer == "close":
                self.close_connection = True
                return
            self._json(201, {"id": rec.id, "url": f"{net.url}/p/{rec.id}"})
            self._hook(index, "answered")

    return Handler
