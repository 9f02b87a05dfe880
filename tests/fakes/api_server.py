"""A real HTTP/1.1 server on 127.0.0.1 for the Mastodon and X fakes, with one-shot faults.

The fake network is a callable from `Req` to `Resp`; this module serves it from a thread over
a real socket, so the adapters go through httpx's real transport. Faults are queued by method
and path fragment and used once: an HTTP status (with headers), a connection dropped while the
request body is still arriving (mid-upload), a connection dropped after the request was handled
(the answer is lost), no answer at all until the client times out, or a malformed (non-JSON)
answer to a handled request.
"""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import json
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Req:
    """One request as the server saw it.

    Attributes:
        method: the HTTP method.
        path: the path, without the query.
        query: query parameters (each a list, as repeated keys may come).
        headers: header names lower-cased.
        body: the raw body.
    """

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))

    def multipart(self) -> dict[str, tuple[str | None, str | None, bytes]]:
        """Form fields by name: (filename, content type, bytes)."""
        head = f"Content-Type: {self.headers.get('content-type', '')}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + self.body)
        fields: dict[str, tuple[str | None, str | None, bytes]] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True) or b""
            ctype = part.get("content-type")
            fields[str(name)] = (part.get_filename(), str(ctype) if ctype else None, payload)
        return fields


@dataclass
class Resp:
    """An answer: a JSON-able body (or raw bytes) with a status and headers."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Fault:
    """A one-shot fault.

    Attributes:
        kind: "status", "drop_mid_body", "drop_after", "malformed", or "stall" (handled, then
            no answer until the server stops: the client's read timeout fires).
        status: for "status".
        headers: for "status".
        body: for "status".
    """

    kind: str
    status: int = 500
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None


class ApiServer:
    """Serves `app` on a free port of 127.0.0.1 until `stop`.

    Args:
        app: the fake network.

    Attributes:
        url: the base URL, e.g. http://127.0.0.1:40123.
        requests: every request handled, in order.
    """

    def __init__(self, app: Callable[[Req], Resp]) -> None:
        self.app = app
        self.requests: list[Req] = []
        self._faults: list[tuple[str, str, Fault]] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return  # keep test output clean

            def _handle(self) -> None:
                parts = urlsplit(self.path)
                headers = {k.lower(): v for k, v in self.headers.items()}
                length = int(headers.get("content-length") or 0)
                fault = server._take_fault(self.command, parts.path)
                if fault is not None and fault.kind == "drop_mid_body":
                    self.rfile.read(min(length, 512))
                    self._drop()
                    return
                body = self.rfile.read(length) if length else b""
                req = Req(self.command, parts.path, parse_qs(parts.query, keep_blank_values=True), headers, body)
                if fault is not None and fault.kind == "status":
                    resp = Resp(fault.status, fault.body, fault.headers)
                else:
                    with server._lock:
                        server.requests.append(req)
                        resp = server.app(req)
                if fault is not None and fault.kind == "stall":
                    server._stopping.wait(30)
                    self._drop()
                    return
                if fault is not None and fault.kind == "drop_after":
                    self._drop()
                    return
                if fault is not None and fault.kind == "malformed":
                    resp = Resp(200, b"<html><body>Bad Gateway</body></html>", {"Content-Type": "text/html"})
                self._answer(resp)

            def _drop(self) -> None:
                self.close_connection = True
                with contextlib.suppress(OSError):
                    self.connection.shutdown(socket.SHUT_RDWR)

            def _answer(self, resp: Resp) -> None:
                if isinstance(resp.body, bytes):
                    payload, ctype = resp.body, "application/octet-stream"
                elif resp.body is None:
                    payload, ctype = b"", "application/json"
                else:
                    payload, ctype = json.dumps(resp.body).encode(), "application/json"
                self.send_response(resp.status)
                headers = {"Content-Type": ctype, **resp.headers}
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_DELETE = _handle

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)

    def start(self) -> ApiServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def fault(self, method: str, path_part: str, fault: Fault) -> None:
        """Queue a one-shot fault for the next `method` request whose path contains `path_part`."""
        with self._lock:
            self._faults.append((method.upper(), path_part, fault))

    def _take_fault(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for i, (m, part, fault) in enumerate(self._faults):
                if m == method and part in path:
                    del self._faults[i]
                    return fault
        return None
