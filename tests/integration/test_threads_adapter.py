"""The Threads adapter against the fake Threads API on a real local socket."""

from __future__ import annotations

import asyncio
import io
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image

from postdesk.platforms.base import AnswerLost, AuthExpired, PublishRequest, RateLimited, Rejected, Transient
from postdesk.platforms.metrics import MetricsAdapter, PostMetrics
from postdesk.platforms.threads import NO_RELAY, ThreadsAdapter
from tests.fakes.http_fake import FakeHTTPServer, FakeResponse
from tests.fakes.local_relay import LocalRelay
from tests.fakes.threads_api import USER_ID, ThreadsFake
from tests.fakes.token_source import TokenSource

pytestmark = pytest.mark.integration
# Fault matches: "threads_publish" alone would also hit GET .../threads_publishing_limit.
PUBLISH = f"POST /v1.0/{USER_ID}/threads_publish"
CREATE = f"POST /v1.0/{USER_ID}/threads"


def _jpeg(path: Path, size: tuple[int, int] = (640, 480)) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())
    return str(path)


def _mp4(path: Path) -> str:
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 2048)
    return str(path)


class World:
    """The fake, its server, a relay, a token source and an adapter wired together."""

    def __init__(self, relay: bool = True) -> None:
        self.fake = ThreadsFake()
        self.server = FakeHTTPServer(self.fake)
        self.relay = LocalRelay() if relay else None
        self.sleeps: list[float] = []
        self.tokens = TokenSource(self.fake.token, refresh=lambda: self.fake.token, user_id=USER_ID)

        async def no_sleep(seconds: float) -> None:
            self.sleeps.append(seconds)

        self.adapter = ThreadsAdapter(
            self.tokens, relay=self.relay, base_url=self.server.url + "/v1.0", poll_interval=5, sleep=no_sleep
        )

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
    with w.server, w.relay.server:
        yield w


def _req(*parts: str, media: tuple[str, ...] = (), **options) -> PublishRequest:  # type: ignore[no-untyped-def]
    return PublishRequest(target_id=7, account_id=1, parts=parts, media_paths=media, options=options)


def test_text_post(world):
    published = world.run(world.adapter.publish(_req("Hello from Postdesk 🌷")))
    post = world.fake.posts[published.remote_id]
    assert post["text"] == "Hello from Postdesk 🌷"
    assert post["media_type"] == "TEXT_POST"
    assert published.remote_url == post["permalink"]
    assert world.fake.sent == [{"media_type": "TEXT", "text": "Hello from Postdesk 🌷"}]
    # The token never goes in a URL (httpx logs URLs).
    assert all(world.fake.token not in r.path and "access_token" not in r.query for r in world.server.requests)


def test_image_post_goes_through_the_relay_with_alt_text(world, tmp_path):
    photo = _jpeg(tmp_path / "harbour.jpg")
    published = world.run(
        world.adapter.publish(_req("Harbour at dawn", media=(photo,), alt_texts=["Orange sky over dark water"]))
    )
    sent = world.fake.sent[0]
    assert sent["media_type"] == "IMAGE"
    assert sent["image_url"].startswith(world.relay.server.url)
    assert sent["alt_text"] == "Orange sky over dark water"
    assert world.fake.posts[published.remote_id]["media_type"] == "IMAGE"
    # The public copy is removed once Threads has it.
    assert world.relay.deleted == [sent["image_url"]] and not world.relay.files


def test_video_is_polled_until_finished(world, tmp_path):
    world.fake.video_polls = 3
    published = world.run(world.adapter.publish(_req("Clip", media=(_mp4(tmp_path / "clip.mp4"),))))
    assert world.fake.posts[published.remote_id]["media_type"] == "VIDEO"
    assert world.sleeps == [5, 5, 5]


def test_carousel_and_thread(world, tmp_path):
    media = (_jpeg(tmp_path / "a.jpg"), _jpeg(tmp_path / "b.jpg", (800, 800)))
    published = world.run(world.adapter.publish(_req("One", "Two", "Three", media=media)))
    kinds = [s["media_type"] for s in world.fake.sent]
    assert kinds == ["IMAGE", "IMAGE", "CAROUSEL", "TEXT", "TEXT"]
    assert all(s["is_carousel_item"] == "true" for s in world.fake.sent[:2])
    assert len(published.part_ids) == 3
    posts = [world.fake.posts[i] for i in published.part_ids]
    assert posts[0]["media_type"] == "CAROUSEL" and posts[0]["text"] == "One"
    assert posts[1]["reply_to_id"] == published.part_ids[0]
    assert posts[2]["reply_to_id"] == published.part_ids[1]


def test_media_without_relay_is_rejected(tmp_path):
    w = World(relay=False)
    with w.server, pytest.raises(Rejected) as caught:
        w.run(w.adapter.publish(_req("x", media=(_jpeg(tmp_path / "a.jpg"),))))
    assert caught.value.reason == NO_RELAY
    assert not w.server.requests


def test_too_long_text_is_rejected_with_the_network_reason(world):
    with pytest.raises(Rejected) as caught:
        world.run(world.adapter.publish(_req("é" * 480 + "🌷" * 6)))  # 480 + 6*4 bytes = 504
    assert "500" in caught.value.reason
    assert not world.fake.posts


def test_first_comment_delete_lookup_metrics(world):
    async def scenario():  # type: ignore[no-untyped-def]
        post = await world.adapter.publish(_req("Find me"))
        comment = await world.adapter.first_comment(1, post.remote_id, "Link in the comments")
        found = await world.adapter.lookup(_req("Find me"), sent_at=world.fake.clock)
        missing = await world.adapter.lookup(_req("Not posted"), sent_at=world.fake.clock)
        world.fake.posts[post.remote_id].update(likes=4, views=31, reposts=2, replies=1, quotes=1)
        metrics = await world.adapter.metrics(1, post.remote_id)
        await world.adapter.delete(1, post.remote_id)
        await world.adapter.delete(1, post.remote_id)  # already gone: fine
        return post, comment, found, missing, metrics

    post, comment, found, missing, metrics = world.run(scenario())
    assert world.fake.sent[1]["reply_to_id"] == post.remote_id
    assert comment.remote_id not in (post.remote_id, "")
    assert found is not None and found.remote_id == post.remote_id
    assert missing is None
    assert isinstance(world.adapter, MetricsAdapter)
    assert metrics == PostMetrics(likes=4, reposts=2, replies=1, views=31, quotes=1)
    assert post.remote_id not in world.fake.posts


# -- faults ------------------------------------------------------------------------------------


def test_401_refreshes_and_retries_once(world):
    world.fake.token = "threads-token-2"  # the adapter's token is now expired
    published = world.run(world.adapter.publish(_req("after refresh")))
    assert world.tokens.refreshes == 1
    assert published.remote_id in world.fake.posts


def test_401_after_refresh_is_auth_expired(world):
    world.tokens.refresh = lambda: "still-wrong"
    world.fake.token = "threads-token-2"
    with pytest.raises(AuthExpired):
        world.run(world.adapter.publish(_req("x")))
    assert world.tokens.refreshes == 1


def test_429_with_retry_after(world):
    world.server.fail(
        PUBLISH,
        "status",
        FakeResponse(
            429, {"error": {"message": "Application request limit reached", "code": 4}}, {"Retry-After": "120"}
        ),
    )
    with pytest.raises(RateLimited) as caught:
        world.run(world.adapter.publish(_req("x")))
    assert caught.value.retry_after == timedelta(seconds=120)


def test_5xx_is_transient(world):
    world.server.fail(CREATE, "status", FakeResponse(503, {"error": {"message": "busy", "code": 2}}))
    with pytest.raises(Transient):
        world.run(world.adapter.publish(_req("x")))
    assert not world.fake.posts


def test_connection_dropped_mid_upload_is_transient(world, tmp_path):
    world.server.fail("POST /v1.0/" + USER_ID + "/threads", "drop_mid_body")
    with pytest.raises(Transient):
        world.run(world.adapter.publish(_req("x" * 400, media=(_jpeg(tmp_path / "a.jpg"),))))
    assert not world.fake.posts
    assert not world.relay.files  # the public copy is cleaned up on failure too


def test_connection_dropped_after_publish_is_answer_lost(world):
    world.server.fail(PUBLISH, "drop_after_body")
    with pytest.raises(AnswerLost):
        world.run(world.adapter.publish(_req("x")))


def test_malformed_answers(world):
    world.server.fail(PUBLISH, "malformed")
    with pytest.raises(AnswerLost):
        world.run(world.adapter.publish(_req("x")))
    world.server.fail(CREATE, "malformed")
    with pytest.raises(Transient, match="not JSON"):
        World.run(world, ThreadsAdapter(world.tokens, base_url=world.server.url + "/v1.0").publish(_req("y")))


def test_failure_after_the_first_part_is_answer_lost_not_a_resend(world):
    # Part 1 is out; part 2's container fails. A plain retry would publish part 1 again.
    calls = {"n": 0}
    original = world.fake._create

    def create(params):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            return FakeResponse(500, {"error": {"message": "boom", "code": 1}})
        return original(params)

    world.fake._create = create
    with pytest.raises(AnswerLost, match="1 of 2"):
        world.run(world.adapter.publish(_req("First", "Second")))
    assert len(world.fake.posts) == 1
