"""A scripted XRPC server on 127.0.0.1 for the Bluesky adapter's fault tests.

Each XRPC method answers from a queue of scripted replies (status, headers, body), or with one of
two connection faults: "drop" closes the socket without an answer after reading the request,
"drop-early" closes it before reading the body (a connection dropped mid-upload). Methods with
no script left answer like a PDS would for the happy path.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict, deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Reply = tuple[int, dict[str, str], bytes] | str

DID = "did:plc:faultyfaultyfaultyfault"
_DEFAULTS: dict[str, Any] = {
    "com.atproto.repo.createRecord": {
        "uri": f"at://{DID}/app.bsky.feed.post/3kabcdefghij2",
        "cid": "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm",
    },
    "com.atproto.repo.uploadBlob": {
        "blob": {
            "$type": "blob",
            "ref": {"$link": "bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy"},
            "mimeType": "image/png",
            "size": 10,
        }
    },
}


class FaultServer:
    """The server; `script(method, *replies)` queues replies, `seen` lists calls made."""

    def __init__(self) -> None:
        self.scripts: dict[str, deque[Reply]] = defaultdict(deque)
        self.seen: list[tuple[str, str]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                method = self.path.split("?", 1)[0].removeprefix("/xrpc/")
                outer.seen.append((method, self.headers.get("Authorization", "")))
                reply = outer.scripts[method].popleft() if outer.scripts[method] else None
                if reply == "drop-early":
                    self.close_connection = True
                    self.connection.close()
                    return
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                if reply == "drop":
                    self.close_connection = True
                    self.connection.close()
                    return
                if reply is None:
                    reply = (200, {}, json.dumps(_DEFAULTS.get(method, {})).encode())
                status, headers, body = reply  # type: ignore[misc]
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _serve

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def script(self, method: str, *replies: Reply) -> None:
        self.scripts[method].extend(replies)

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def error(status: int, name: str, message: str = "", **headers: str) -> Reply:
    """An XRPC error reply."""
    return status, headers, json.dumps({"error": name, "message": message}).encode()
