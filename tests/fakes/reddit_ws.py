"""Reddit's media websocket, faked on 127.0.0.1: one JSON message per media post, then close.

What the fake sends is what Reddit's own apps are observed to receive (PRAW,
`Subreddit._submit_media`; U, not in reddit.com/dev/api): `{"type": "success", "payload":
{"redirect": "<post address>"}}` once the post is made, `{"type": "failed", ...}` when the media
could not be processed (no post is made). A post can also be "silent": the socket stays open and
says nothing (processing that never ends).

The websocket server is the `websockets` library's (`websockets.asyncio.server.serve`), on its
own event loop in a thread: it checks the client's handshake and that every client frame is
masked (a breach is recorded in `violations`). It can send a ping first (`ping_first`), which a
client must answer with a pong of the same payload, and split the message in two fragments
(`fragment`). For the client's limits it can also send raw messages (`raw`: not JSON, binary,
oversized), answer the handshake with a redirect (`redirect`), and serve `wss` with a
certificate of its own (`tls=True`; `ca_file` is the certificate to trust).
"""

from __future__ import annotations

import asyncio
import datetime
import http
import ipaddress
import json
import ssl
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed, ConnectionClosedError
from websockets.frames import CloseCode
from websockets.http11 import Request, Response

#: What a path is scripted to do: a JSON message, raw messages sent in order, or silence (None).
Script = dict[str, Any] | tuple[str | bytes, ...] | None


@dataclass
class RedditMediaSocket:
    """The server and its scripts.

    Attributes:
        outcomes: path → what to send (see `Script`).
        redirects: path → the address a handshake on it is redirected to (302).
        ping_first: send a ping before the message (the client must pong).
        fragment: send a JSON message as two fragments.
        tls: serve `wss` with a self-signed certificate for 127.0.0.1 (`ca_file`).
        pongs: pongs received, as payloads.
        violations: protocol breaches seen (an unmasked client frame, a bad handshake, no pong).
        connections: paths connected to (handshake completed), in order.
    """

    outcomes: dict[str, Script] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    ping_first: bool = False
    fragment: bool = False
    tls: bool = False
    pongs: list[bytes] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    connections: list[str] = field(default_factory=list)
    _loop: asyncio.AbstractEventLoop | None = None
    _thread: threading.Thread | None = None
    _server: Server | None = None
    _folder: tempfile.TemporaryDirectory[str] | None = None
    _count: int = 0

    @property
    def url(self) -> str:
        assert self._server is not None
        port = self._server.sockets[0].getsockname()[1]
        return f"{'wss' if self.tls else 'ws'}://127.0.0.1:{port}"

    @property
    def ca_file(self) -> str:
        """The certificate a client must trust to reach the `tls` server."""
        assert self._folder is not None
        return str(Path(self._folder.name) / "cert.pem")

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

    def raw(self, path: str, *messages: str | bytes) -> None:
        """Send `messages` as they are (str: a text message, bytes: a binary one), then close."""
        self.outcomes[path] = messages

    # -- serving -----------------------------------------------------------------------------

    def __enter__(self) -> RedditMediaSocket:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="fake-reddit-ws", daemon=True)
        self._thread.start()
        self._server = asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._loop is not None and self._thread is not None
        if self._server is not None:
            asyncio.run_coroutine_threadsafe(self._stop(self._server), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()
        if self._folder is not None:
            self._folder.cleanup()

    async def _start(self) -> Server:
        return await serve(
            self._serve,
            "127.0.0.1",
            0,
            ssl=self._server_tls() if self.tls else None,
            process_request=self._redirect,
            process_response=self._check_handshake,
            ping_interval=None,
            compression=None,
        )

    @staticmethod
    async def _stop(server: Server) -> None:
        server.close()  # closes open connections too (a silent socket the client left)
        await server.wait_closed()

    def _redirect(self, connection: ServerConnection, request: Request) -> Response | None:
        location = self.redirects.get(request.path)
        if location is None:
            return None
        response = connection.respond(http.HTTPStatus.FOUND, "")
        response.headers["Location"] = location
        return response

    def _check_handshake(self, connection: ServerConnection, request: Request, response: Response) -> None:
        # websockets refuses a bad handshake itself (GET, Upgrade, version 13, a 16-byte key) and
        # says why in handshake_exc.
        if connection.protocol.handshake_exc is not None:
            self.violations.append(f"bad handshake: {connection.protocol.handshake_exc}")

    async def _serve(self, connection: ServerConnection) -> None:
        path = connection.request.path if connection.request is not None else ""
        self.connections.append(path)
        try:
            if self.ping_first:
                pong = await connection.ping(b"are-you-there")
                try:
                    await asyncio.wait_for(pong, 5)
                except TimeoutError:
                    self.violations.append("no pong")
                else:
                    self.pongs.append(b"are-you-there")  # the waiter only ends on this very payload
            script = self.outcomes.get(path)
            if script is None:
                await connection.wait_closed()  # silent: hold the line until the client leaves
                return
            if isinstance(script, tuple):
                for message in script:
                    await connection.send(message)
            elif self.fragment:
                data = json.dumps(script)
                half = len(data) // 2
                await connection.send([data[:half], data[half:]])
            else:
                await connection.send(json.dumps(script))
            await connection.close(CloseCode.NORMAL_CLOSURE)
        except ConnectionClosedError as exc:
            # The server fails a connection with 1002 on a protocol breach (an unmasked frame ...).
            if exc.sent is not None and exc.sent.code == CloseCode.PROTOCOL_ERROR:
                self.violations.append(f"protocol error: {exc.sent.reason}")
        except ConnectionClosed:
            pass

    def _server_tls(self) -> ssl.SSLContext:
        self._folder = tempfile.TemporaryDirectory(prefix="fake-reddit-ws-")
        cert, key = Path(self._folder.name) / "cert.pem", Path(self._folder.name) / "key.pem"
        cert.write_bytes(_self_signed(key))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        return context


def _self_signed(key_file: Path) -> bytes:
    """A self-signed certificate for 127.0.0.1 (PEM); its key goes to `key_file`."""
    key = ec.generate_private_key(ec.SECP256R1())
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fake-reddit-ws")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, True, False, False, False), True
        )  # digital signature, certificate signing: enough for a strict (VERIFY_X509_STRICT) client
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM)
