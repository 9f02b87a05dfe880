"""A real HTTP/1.1 server on 127.0.0.1 for the YouTube fake, with a fault YouTube's uploads need.

Like `api_server.ApiServer` (whose `Req`/`Resp` it reuses), plus the fault that matters for a
resumable upload: the connection dropped in the middle of a chunk *after* some of its bytes
arrived. The bytes that arrived are handed to the fake (`app.partial(req, received)`), which keeps
what YouTube would keep (whole 256 KiB units), so the client must ask where the upload stands and
resume from there.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

from tests.fakes.api_server import Req, Resp


class App(Protocol):
    def __call__(self, req: Req) -> Resp: ...

    def partial(self, req: Req, received: bytes) -> None: ...


@dataclass
class Fault:
    """A one-shot fault.

    Attributes:
        kind: "status" (answer `status`/`headers`/`body` without handling), "drop_mid_body"
            (read `after_bytes` of the body, give them to the fake, drop the connection),
            "drop_after" (handle, then drop: the answer is lost), "malformed" (handle, answer HTML).
    """

    kind: str
    status: int = 500
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None
    after_bytes: int = 0


class YouTubeServer:
    """Serves the fake on a free port of 127.0.0.1 until `stop`.

    Attributes:
        url: the base URL.
        requests: every request handled, in order.
        drops: how many connections a fault dropped.
    """

    def __init__(self, app: App) -> None:
        self.app = app
        self.requests: list[Req] = []
        self.drops = 0
        self._faults: list[tuple[str, Callable[[Req], bool] | str, Fault]] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return

            def _handle(self) -> None:
                parts = urlsplit(self.path)
                headers = {k.lower(): v for k, v in self.headers.items()}
                length = int(headers.get("content-length") or 0)
                head = Req(self.command, parts.path, parse_qs(parts.query, keep_blank_values=True), headers, b"")
                fault = server._take_fault(head)
                if fault is not None and fault.kind == "drop_mid_body":
                    received = self.rfile.read(min(length, fault.after_bytes))
                    with server._lock:
                        server.app.partial(head, received)
                        server.drops += 1
                    self._drop()
                    return
                body = self.rfile.read(length) if length else b""
                req = Req(self.command, parts.path, head.query, headers, body)
                if fault is not None and fault.kind == "status":
                    self._answer(Resp(fault.status, fault.body, fault.headers))
                    return
                with server._lock:
                    server.requests.append(req)
                    resp = server.app(req)
                if fault is not None and fault.kind == "drop_after":
                    with server._lock:
                        server.drops += 1
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
                    payload, ctype = json.dumps(resp.body).encode(), "application/json; charset=UTF-8"
                self.send_response(resp.status)
                for key, value in {"Content-Type": ctype, **resp.headers}.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_DELETE = _handle

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)

    def start(self) -> YouTubeServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def fault(self, method: str, match: Callable[[Req], bool] | str, fault: Fault) -> None:
        """Queue a one-shot fault for the next `method` request whose path contains `match` (or that it accepts)."""
        with self._lock:
            self._faults.append((method.upper(), match, fault))

    def _take_fault(self, req: Req) -> Fault | None:
        with self._lock:
            for i, (method, match, fault) in enumerate(self._faults):
                if method == req.method and (match(req) if callable(match) else match in req.path):
                    del self._faults[i]
                    return fault
        return None
