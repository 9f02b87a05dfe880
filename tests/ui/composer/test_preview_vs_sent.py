"""Screenshots: the composer's preview card next to what the adapter actually sent.

For every network that has an adapter, one realistic post (text with a mention, a link, hashtags,
an emoji and parentheses, plus a photo with alt text) is published through the real adapter to
that network's fake HTTP API on 127.0.0.1 (Bluesky: to the real local atproto network of
`tests.helpers.atproto`, requests captured by a transport wrapper). The picture shows the preview card the composer
builds (`ui.composer.preview.PreviewCard`) on the left and, on the right, the requests the
server received (tokens redacted, file bytes summarised), saved as
`screenshots/preview-vs-sent-<network>.png`.
"""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from PIL import Image
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from postdesk.core.networks import Network
from postdesk.core.richtext import entities
from postdesk.platforms.base import PublishRequest
from postdesk.ui.composer.preview import PreviewCard, PreviewData
from tests.helpers.atproto import atproto_network  # noqa: F401 (fixture, Bluesky case only)

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
TEXT = (
    "Our spring collection is live 🌷 Twelve new prints (all shot on film at dawn). "
    "Thanks @mira_k for the light!\n\nGallery: https://studio-lumen.com/spring-2026 #film #analog"
)
ALT = "The harbour at dawn: orange sky over dark blue water"
SECRETS = ("Bearer ",)
#: atproto mentions are domain handles; the local PDS hands out handles under `.test`.
MENTIONED = "mira-k.test"
#: The post per network where the shared text would not be realistic there.
TEXTS = {Network.BLUESKY: TEXT.replace("@mira_k", f"@{MENTIONED}")}


def _photo(path: Path) -> str:
    img = Image.new("RGB", (1200, 800), (224, 102, 102))
    for y in range(440, 800):
        for x in range(0, 1200, 4):
            img.putpixel((x, y), (61, 90, 128))
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", quality=85)
    path.write_bytes(buffer.getvalue())
    return str(path)


def _body_of(request: Any) -> Any:
    kind = request.headers.get("content-type", "")
    raw: bytes = request.body
    if not raw:
        return None
    if "application/json" in kind:
        return json.loads(raw)
    if "x-www-form-urlencoded" in kind:
        return {k: v[-1] for k, v in parse_qs(raw.decode(), keep_blank_values=True).items()}
    if "multipart/form-data" in kind:
        head = f"Content-Type: {kind}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + raw)
        shown: dict[str, Any] = {}
        for part in message.iter_parts():
            name = str(part.get_param("name", header="content-disposition"))
            payload = part.get_payload(decode=True) or b""
            if part.get_filename() is not None:
                shown[name] = f"<{part.get_content_type()} {part.get_filename()}, {len(payload):,} bytes>"
            else:
                text = payload.decode()
                shown[name] = json.loads(text) if text[:1] in "[{" else text
        return shown
    return f"<{kind or 'binary'}, {len(raw):,} bytes>"


def _sent_log(requests: list[Any], secrets: tuple[str, ...]) -> str:
    """The requests as readable JSON, with secrets replaced."""
    lines: list[str] = []
    for request in requests:
        query = request.query if isinstance(request.query, dict) else {}
        flat = {k: (v[-1] if isinstance(v, list) else v) for k, v in query.items()}
        target = request.path + ("?" + "&".join(f"{k}={v}" for k, v in flat.items()) if flat else "")
        lines.append(f"{request.method} {target}")
        body = _body_of(request)
        if body is not None:
            lines.append(json.dumps(body, indent=2, ensure_ascii=False))
        lines.append("")
    text = "\n".join(lines)
    for secret in secrets:
        text = text.replace(secret, "<redacted>")
    return text


# -- one driver per network: publish through the real adapter, return (requests, secrets) --------

Driver = Callable[[str, Path, pytest.FixtureRequest], tuple[list[Any], tuple[str, ...]]]


def _request(photo: str) -> PublishRequest:
    return PublishRequest(target_id=1, account_id=1, parts=(TEXT,), media_paths=(photo,), options={"alt_texts": [ALT]})


def _threads(photo: str, tmp: Path, fixtures: pytest.FixtureRequest) -> tuple[list[Any], tuple[str, ...]]:
    from postdesk.platforms.threads import ThreadsAdapter
    from tests.fakes.http_fake import FakeHTTPServer
    from tests.fakes.local_relay import LocalRelay
    from tests.fakes.threads_api import USER_ID, ThreadsFake
    from tests.fakes.token_source import TokenSource

    fake, relay = ThreadsFake(), LocalRelay()
    with FakeHTTPServer(fake) as server, relay.server:

        async def no_sleep(_: float) -> None:
            return None

        adapter = ThreadsAdapter(
            TokenSource(fake.token, user_id=USER_ID), relay=relay, base_url=server.url + "/v1.0", sleep=no_sleep
        )
        asyncio.run(_publish(adapter, _request(photo)))
        return list(server.requests), (fake.token,)


def _linkedin(photo: str, tmp: Path, fixtures: pytest.FixtureRequest) -> tuple[list[Any], tuple[str, ...]]:
    from postdesk.platforms.linkedin import LinkedInAdapter
    from tests.fakes.http_fake import FakeHTTPServer
    from tests.fakes.linkedin_api import MEMBER_ID, LinkedInFake
    from tests.fakes.token_source import TokenSource

    fake = LinkedInFake()
    with FakeHTTPServer(fake) as server:
        fake.base = server.url

        async def no_sleep(_: float) -> None:
            return None

        adapter = LinkedInAdapter(TokenSource(fake.token, user_id=MEMBER_ID), base_url=server.url, sleep=no_sleep)
        asyncio.run(_publish(adapter, _request(photo)))
        return list(server.requests), (fake.token,)


def _telegram(photo: str, tmp: Path, fixtures: pytest.FixtureRequest) -> tuple[list[Any], tuple[str, ...]]:
    from postdesk.platforms.telegram import TelegramAdapter
    from tests.fakes.http_fake import FakeHTTPServer
    from tests.fakes.telegram_api import BOT_TOKEN, CHANNEL_ID, TelegramFake
    from tests.fakes.token_source import TokenSource

    fake = TelegramFake()
    with FakeHTTPServer(fake) as server:
        adapter = TelegramAdapter(TokenSource(BOT_TOKEN, extra={"chat_id": CHANNEL_ID}), base_url=server.url)
        asyncio.run(_publish(adapter, _request(photo)))
        return list(server.requests), (BOT_TOKEN,)


def _mastodon(photo: str, tmp: Path, fixtures: pytest.FixtureRequest) -> tuple[list[Any], tuple[str, ...]]:
    from postdesk.platforms.mastodon import MastodonAdapter
    from tests.fakes.api_server import ApiServer
    from tests.fakes.fake_credentials import StaticCredentials
    from tests.fakes.mastodon_api import FakeMastodon

    fake = FakeMastodon()
    server = ApiServer(fake).start()
    try:
        fake.base = server.url

        async def no_sleep(_: float) -> None:
            return None

        adapter = MastodonAdapter(
            StaticCredentials("token-alice", base_url=server.url), clock=lambda: fake.now, sleep=no_sleep
        )
        request = PublishRequest(
            target_id=1,
            account_id=1,
            parts=(TEXT,),
            media_paths=(photo,),
            options={"alt_texts": [ALT]},
            idempotency_key="preview-1",
        )
        asyncio.run(_publish(adapter, request))
        return list(server.requests), ("token-alice",)
    finally:
        server.stop()


def _x(photo: str, tmp: Path, fixtures: pytest.FixtureRequest) -> tuple[list[Any], tuple[str, ...]]:
    from postdesk.platforms.x import XAdapter
    from tests.fakes.api_server import ApiServer
    from tests.fakes.fake_credentials import StaticCredentials
    from tests.fakes.x_api import FakeX

    fake = FakeX()
    server = ApiServer(fake).start()
    try:

        async def no_sleep(_: float) -> None:
            return None

        adapter = XAdapter(
            StaticCredentials("token-alice", user_id="1"), base_url=server.url, clock=lambda: fake.now, sleep=no_sleep
        )
        asyncio.run(_publish(adapter, _request(photo)))
        return list(server.requests), ("token-alice",)
    finally:
        server.stop()


@dataclass(frozen=True)
class _Sent:
    """One request as `_sent_log` reads it (the shape the fakes record)."""

    method: str
    path: str
    query: dict[str, str]
    headers: httpx.Headers
    body: bytes


class _Recording(httpx.AsyncBaseTransport):
    """Passes requests on to the real server and keeps a copy of each."""

    def __init__(self) -> None:
        self.sent: list[_Sent] = []
        self._inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        self.sent.append(_Sent(request.method, request.url.path, dict(request.url.params), request.headers, body))
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _bluesky(photo: str, tmp: Path, fixtures: pytest.FixtureRequest) -> tuple[list[Any], tuple[str, ...]]:
    from postdesk.platforms.bluesky import BlueskyAdapter
    from tests.helpers.atproto import SessionCredentials, create_account

    network = fixtures.getfixturevalue("atproto_network")
    # Handles are unique on the session-wide PDS; another test may have created this one.
    response = httpx.get(
        f"{network.pds}/xrpc/com.atproto.identity.resolveHandle", params={"handle": MENTIONED}, timeout=30.0
    )
    if response.status_code != 200:
        create_account(network.pds, MENTIONED, "mira-pass")
    stamp = datetime.now(UTC).strftime("%H%M%S%f")
    studio = create_account(network.pds, f"studio{stamp}.test", "studio-pass")
    creds = SessionCredentials(network.pds, {1: (studio["handle"], "studio-pass")})
    recording = _Recording()
    adapter = BlueskyAdapter(creds, transport=recording)
    request = PublishRequest(
        target_id=1, account_id=1, parts=(TEXTS[Network.BLUESKY],), media_paths=(photo,), options={"alt_texts": [ALT]}
    )
    asyncio.run(_publish(adapter, request))
    session = creds.sessions[1]
    return recording.sent, (session["accessJwt"], session["refreshJwt"], "studio-pass")


async def _publish(adapter: Any, request: PublishRequest) -> None:
    try:
        await adapter.publish(request)
    finally:
        await adapter.aclose()


DRIVERS: dict[Network, Driver] = {
    Network.MASTODON: _mastodon,
    Network.X: _x,
    Network.THREADS: _threads,
    Network.LINKEDIN: _linkedin,
    Network.TELEGRAM: _telegram,
    Network.BLUESKY: _bluesky,
}
#: The Bluesky case starts the real local atproto network: keep it on the atproto xdist worker.
MARKS = {Network.BLUESKY: (pytest.mark.atproto, pytest.mark.xdist_group("atproto"))}


def _side_by_side(network: Network, text: str, photo: str, sent: str) -> QWidget:
    window = QWidget()
    window.setObjectName("previewVsSent")
    row = QHBoxLayout(window)
    left = QVBoxLayout()
    left.addWidget(QLabel(f"Composer preview — {network.value}"))
    card = PreviewCard(entities)
    card.setFixedWidth(520)
    card.show_post(
        PreviewData(
            network=network, display_name="Studio Lumen", handle="studiolumen", parts=(text,), images=(QImage(photo),)
        )
    )
    left.addWidget(card)
    left.addStretch(1)
    right = QVBoxLayout()
    right.addWidget(QLabel("What the adapter sent to the server (tokens redacted)"))
    panel = QPlainTextEdit()
    panel.setObjectName("sentRequests")
    panel.setAccessibleName("Requests sent")
    panel.setReadOnly(True)
    panel.setFont(QFont("DejaVu Sans Mono", 8))
    panel.setPlainText(sent)
    right.addWidget(panel)
    row.addLayout(left, 0)
    row.addLayout(right, 1)
    window.resize(1320, 720)
    return window


@pytest.mark.integration
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
@pytest.mark.parametrize("network", [pytest.param(n, id=n.value, marks=MARKS.get(n, ())) for n in DRIVERS])
def test_preview_vs_sent(qtbot, tmp_path, request, network):
    photo = _photo(tmp_path / "harbour.jpg")
    requests, secrets = DRIVERS[network](photo, tmp_path, request)
    sent = _sent_log(requests, secrets)
    assert requests, "the adapter sent nothing"
    for secret in secrets:
        assert secret not in sent
    # The text the user sees in the preview is the text that went out (in some encoding of it).
    assert "Twelve new prints" in sent and "studio-lumen.com/spring-2026" in sent
    window = _side_by_side(network, TEXTS.get(network, TEXT), photo, sent)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    SHOTS.mkdir(exist_ok=True)
    path = SHOTS / f"preview-vs-sent-{network.value}.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10_000
