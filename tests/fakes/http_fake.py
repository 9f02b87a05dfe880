"""A real HTTP server on 127.0.0.1 for the network fakes, with fault injection.

Each fake network (`threads_api`, `linkedin_api`, `telegram_api`) is a plain function from a
`FakeRequest` to a `FakeResponse`; this module serves it over a real socket in a thread, so
adapters go through httpx's real transport (connection handling, timeouts, dropped sockets).
Faults are queued per path fragment and used once: an HTTP status with a body, a connection
closed before or during the request body, a connection closed after the body (the answer is
lost), or a malformed answer.
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
class FakeRequest:
    """One request as the fake saw it.

    Attributes:
        method: GET, POST, PUT, DELETE.
        path: the URL path (percent-decoding left to the fake).
        query: query parameters (last value wins).
        headers: header names lower-cased.
        body: the raw body.
    """

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        """The body as JSON (raises ValueError when it is not)."""
        return json.loads(self.body)

    def form(self) -> dict[str, str]:
        """The body as an application/x-www-form-urlencoded form."""
        return {k: v[-1] for k, v in parse_qs(self.body.decode(), keep_blank_values=True).items()}

    def multipart(self) -> tuple[dict[str, str], dict[str, tuple[str, bytes]]]:
        """The body as multipart/form-data: (text fields, files as (filename, bytes))."""
        head = f"Content-Type: {self.headers.get('content-type', '')}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + self.body)
        fields: dict[str, str] = {}
        files: dict[str, tuple[str, bytes]] = {}
        if not message.is_multipart():
            return fields, files
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            filename = part.get_filename()
            payload = part.get_payload(decode=True) or b""
            if filename is not None:
                files[str(name)] = (filename, payload)
            else:
                fields[str(name)] = payload.decode()
        return fields, files

    @property
    def bearer(self) -> str:
        """The bearer token of the Authorization header, or ""."""
        value = self.headers.get("authorization", "")
        return value[7:] if value.lower().startswith("bearer ") else ""


@dataclass
class FakeResponse:
    """An answer: a status, headers and a JSON (or raw) body."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None

    def encoded(self) -> bytes:
        if self.raw is not None:
            return self.raw
        return b"" if self.body is None else json.dumps(self.body).encode()


@dataclass
class Fault:
    """A one-shot fault for the next request whose path contains `match`.

    Attributes:
        match: a fragment of the path (and method, as "POST /x") the fault applies to.
        kind: "status", "drop_before_body", "drop_mid_body", "drop_after_body" or "malformed".
        response: the answer for kind "status".
    """

    match: str
    kind: str
    response: FakeResponse | None = None


App = Callable[[FakeRequest], FakeResponse]


class FakeHTTPServer:
    """Serves `app` on 127.0.0.1 on a free port, in a daemon thread.

    Attributes:
        url: "http://127.0.0.1:<port>".
        requests: every request that reached `app` (faulted ones are not recorded).
    """

    def __init__(self, app: App) -> None:
        self._app = app
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self.requests: list[FakeRequest] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass  # quiet: the tests read `requests` instead

            def _handle(self) -> None:
                server._serve(self)

            do_GET = do_POST = do_PUT = do_DELETE = _handle

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> FakeHTTPServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def fail(self, match: str, kind: str, response: FakeResponse | None = None) -> None:
        """Queue a one-shot fault (see `Fault`)."""
        with self._lock:
            self._faults.append(Fault(match, kind, response))

    def _take_fault(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.match in f"{method} {path}":
                    self._faults.remove(fault)
                    return fault
        return None

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        split = urlsplit(handler.path)
        method = handler.command
        fault = self._take_fault(method, split.path)
        length = int(handler.headers.get("Content-Length") or 0)
        if fault and fault.kind == "drop_before_body":
            _abort(handler)
            return
        if fault and fault.kind == "drop_mid_body":
            handler.rfile.read(length // 2)
            _abort(handler)
            return
        body = handler.rfile.read(length) if length else b""
        if fault and fault.kind == "drop_after_body":
            _abort(handler)
            return
        if fault and fault.kind == "malformed":
            self._send(handler, FakeResponse(200, raw=b'{"id": "12', headers={"Content-Type": "application/json"}))
            return
        if fault and fault.kind == "status" and fault.response is not None:
            self._send(handler, fault.response)
            return
        request = FakeRequest(
            method=method,
            path=split.path,
            query={k: v[-1] for k, v in parse_qs(split.query, keep_blank_values=True).items()},
            headers={k.lower(): v for k, v in handler.headers.items()},
            body=body,
        )
        with self._lock:
            self.requests.append(request)
        try:
            response = self._app(request)
        except Exception as exc:  # a bug in a fake must show up as a 500, not a hung test
            response = FakeResponse(500, {"fake_error": repr(exc)})
        self._send(handler, response)

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, response: FakeResponse) -> None:
        payload = response.encoded()
        handler.send_response(response.status)
        headers = {"Content-Type": "application/json", **response.headers}
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(payload)))
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(payload)
        handler.close_connection = True


def _abort(handler: BaseHTTPRequestHandler) -> None:
    # A reset rather than a clean FIN: what a crashed proxy or a dropped Wi-Fi looks like.
    sock = handler.connection
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    handler.close_connection = True
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
