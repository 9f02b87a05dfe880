"""The Telegram adapter against the fake Bot API on a real local socket."""

from __future__ import annotations

import asyncio
import io
import logging
from pathlib import Path

import pytest
from PIL import Image

from postdesk.platforms.base import AnswerLost, AuthExpired, PublishRequest, RateLimited, Rejected, Transient
from postdesk.platforms.metrics import MetricsAdapter, PostMetrics
from postdesk.platforms.telegram import TelegramAdapter, message_entities
from tests.fakes.http_fake import FakeHTTPServer, FakeResponse
from tests.fakes.telegram_api import BOT_TOKEN, CHANNEL_ID, TelegramFake, utf16_len
from tests.fakes.token_source import TokenSource

pytestmark = pytest.mark.integration
TEXT = "Spring is here 🌷🌷 — new prints by @mira_k: https://studio-lumen.com/spring #film #analog"


def _jpeg(path: Path, size: tuple[int, int] = (640, 480)) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", size, (90, 160, 30)).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())
    return str(path)


class World:
    def __init__(self) -> None:
        self.fake = TelegramFake()
        self.server = FakeHTTPServer(self.fake)
        self.tokens = TokenSource(BOT_TOKEN, refresh=None, extra={"chat_id": CHANNEL_ID})
        self.adapter = TelegramAdapter(self.tokens, base_url=self.server.url)

    def run(self, coro):  # type: ignore[no-untyped-def]
        async def go():  # type: ignore[no-untyped-def]
            try:
                return await coro
            finally:
                await self.adapter.aclose()

        return asyncio.run(go())


@pytest.fixture
def world():
    w = World()
    with w.server:
        yield w


def _req(*parts: str, media: tuple[str, ...] = (), **options) -> PublishRequest:  # type: ignore[no-untyped-def]
    return PublishRequest(target_id=5, account_id=1, parts=parts, media_paths=media, options=options)


def test_entities_use_utf16_offsets():
    found = message_entities(TEXT)
    # "🌷" is two UTF-16 units: the mention starts 2 units later than its str index.
    mention = next(e for e in found if e["type"] == "mention")
    assert mention["offset"] == TEXT.index("@mira_k") + 2 and mention["length"] == 7
    assert [e["type"] for e in found] == ["mention", "url", "hashtag", "hashtag"]
    assert found[-1]["offset"] + found[-1]["length"] == utf16_len(TEXT)


def test_text_message_with_entities_and_silent(world, caplog):
    caplog.set_level(logging.DEBUG)
    published = world.run(world.adapter.publish(_req(TEXT, silent=True)))
    message = world.fake.messages[int(published.remote_id)]
    assert message["text"] == TEXT and message["silent"] is True
    assert message["entities"] == message_entities(TEXT)
    assert published.remote_url == f"https://t.me/studiolumen/{published.remote_id}"
    # httpx logged the request, without the token.
    assert any("/bot/sendMessage" in r.getMessage() for r in caplog.records)
    assert not any(BOT_TOKEN in r.getMessage() for r in caplog.records)


def test_photo_with_caption(world, tmp_path):
    published = world.run(world.adapter.publish(_req(TEXT, media=(_jpeg(tmp_path / "a.jpg"),))))
    message = world.fake.messages[int(published.remote_id)]
    assert message["caption"] == TEXT and message["photo"][0]["file_size"] > 0
    assert message["caption_entities"] == message_entities(TEXT)
    assert world.fake.sent[0][0] == "sendPhoto"


def test_album_then_reply(world, tmp_path):
    media = tuple(_jpeg(tmp_path / f"{n}.jpg") for n in range(3))
    published = world.run(world.adapter.publish(_req("Album", "More words", media=media)))
    ids = [int(i) for i in published.remote_id.split(",")]
    assert len(ids) == 3
    assert len({world.fake.messages[i]["media_group_id"] for i in ids}) == 1
    assert world.fake.messages[ids[0]]["caption"] == "Album"
    reply = world.fake.messages[int(published.part_ids[1])]
    assert reply["reply_to_message_id"] == ids[0]


def test_long_caption_and_long_text_are_rejected(world, tmp_path):
    with pytest.raises(Rejected, match="1024"):
        world.run(world.adapter.publish(_req("x" * 1025, media=(_jpeg(tmp_path / "a.jpg"),))))
    w = World()
    with w.server, pytest.raises(Rejected, match="message is too long"):
        w.run(w.adapter.publish(_req("🌷" * 2049)))  # 2049 emoji = 4098 UTF-16 units


def test_delete_album_and_again(world, tmp_path):
    async def scenario():  # type: ignore[no-untyped-def]
        post = await world.adapter.publish(_req("x", media=(_jpeg(tmp_path / "a.jpg"), _jpeg(tmp_path / "b.jpg"))))
        await world.adapter.delete(1, post.remote_id)
        await world.adapter.delete(1, post.remote_id)  # already gone: fine

    world.run(scenario())
    assert not world.fake.messages


# -- faults ------------------------------------------------------------------------------------


def test_metrics_are_unknown_and_ask_nothing(world):
    counts = world.run(world.adapter.metrics(1, "42"))
    assert isinstance(world.adapter, MetricsAdapter)
    assert counts == PostMetrics(None, None, None, None, None)
    assert world.server.requests == []


def test_401_is_auth_expired_without_refresh(world):
    world.fake.token = "7012345678:revoked"
    with pytest.raises(AuthExpired) as caught:
        world.run(world.adapter.publish(_req("x")))
    assert world.tokens.refreshes == 0
    assert BOT_TOKEN not in str(caught.value)


def test_429_uses_parameters_retry_after(world):
    world.server.fail(
        "sendMessage",
        "status",
        FakeResponse(
            429,
            {
                "ok": False,
                "error_code": 429,
                "description": "Too Many Requests: retry after 17",
                "parameters": {"retry_after": 17},
            },
        ),
    )
    with pytest.raises(RateLimited) as caught:
        world.run(world.adapter.publish(_req("x")))
    assert caught.value.retry_after.total_seconds() == 17


def test_5xx_is_transient(world):
    world.server.fail(
        "sendMessage", "status", FakeResponse(502, {"ok": False, "error_code": 502, "description": "Bad Gateway"})
    )
    with pytest.raises(Transient):
        world.run(world.adapter.publish(_req("x")))


def test_connection_dropped_mid_upload(world, tmp_path):
    big = tmp_path / "big.png"
    Image.effect_noise((1600, 1600), 90).convert("RGB").save(big, "PNG")
    world.server.fail("sendPhoto", "drop_mid_body")
    # The bot API call is the post itself: whether it counts as "not sent" or "maybe sent"
    # depends on whether the socket broke while writing or while waiting; never a crash.
    with pytest.raises((Transient, AnswerLost)):
        world.run(world.adapter.publish(_req("x", media=(str(big),))))
    assert not world.fake.messages


def test_connection_dropped_after_send_is_answer_lost(world):
    world.server.fail("sendMessage", "drop_after_body")
    with pytest.raises(AnswerLost):
        world.run(world.adapter.publish(_req("x")))


def test_malformed_answer(world):
    world.server.fail("sendMessage", "malformed")
    with pytest.raises(AnswerLost):
        world.run(world.adapter.publish(_req("x")))
    world.server.fail("deleteMessages", "malformed")
    w = TelegramAdapter(world.tokens, base_url=world.server.url)
    with pytest.raises(Transient):
        asyncio.run(w.delete(1, "5"))
