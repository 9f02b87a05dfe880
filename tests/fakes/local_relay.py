"""A media relay for tests: files served over HTTP from 127.0.0.1, like a public bucket."""

from __future__ import annotations

import itertools
import threading
from pathlib import Path

from tests.fakes.http_fake import FakeHTTPServer, FakeRequest, FakeResponse


class LocalRelay:
    """Implements `postdesk.platforms.relay.MediaRelay` over a local HTTP server.

    Attributes:
        server: the HTTP server (start it with `with relay.server:`).
        files: what is stored, by URL path.
        deleted: URLs deleted, in order.
    """

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.deleted: list[str] = []
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self.server = FakeHTTPServer(self._serve)

    def _serve(self, request: FakeRequest) -> FakeResponse:
        with self._lock:
            data = self.files.get(request.path)
        if request.method != "GET" or data is None:
            return FakeResponse(404, raw=b"not found")
        return FakeResponse(200, raw=data, headers={"Content-Type": "application/octet-stream"})

    async def upload(self, path: str) -> str:
        key = f"/media/{next(self._ids)}{Path(path).suffix}"
        with self._lock:
            self.files[key] = Path(path).read_bytes()
        return self.server.url + key

    async def delete(self, url: str) -> None:
        with self._lock:
            self.files.pop(url.removeprefix(self.server.url), None)
        self.deleted.append(url)
