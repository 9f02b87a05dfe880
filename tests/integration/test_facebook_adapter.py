"""The Facebook Pages adapter against the fake Graph API on a real local socket."""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image

from postdesk.platforms.base import AnswerLost, AuthExpired, PublishRequest, RateLimited, Rejected, Transient
from postdesk.platforms.facebook import FacebookAdapter
from postdesk.platforms.inbox import PostCommentsInbox
from postdesk.platforms.metrics import MetricsAdapter
from tests.fakes.facebook_api import CHUNK, OTHER_PAGE_ID, PAGE_ID, VERSION, FacebookFake
from tests.fakes.http_fake import FakeHTTPServer, FakeRequest, FakeResponse
from tests.fakes.token_source import TokenSource

pytestmark = pytest.mark.integration
NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
VIDEOS = f"POST /{VERSION}/{PAGE_ID}/videos"


def _jpeg(path: Path, size: tuple[int, int] = (640, 480)) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())
    return str(path)


def _mp4(path: Path, size: int = 3 * CHUNK + 100) -> str:
    head = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
    path.write_bytes(head + bytes(range(256)) * (size // 256) + b"\x00" * (size - len(head) - 256 * (size // 256)))
    return str(path)


class World:
    """The fake, its server, a Page token source and an adapter wired together."""

    def __init__(self, token: str | None = None) -> None:
        self.fake = FacebookFake(now=lambda: NOW)
        self.server = FakeHTTPServer(self.fake)
        self.tokens = TokenSource(token or self.fake.pages[PAGE_ID]["token"], refresh=None, user_id=PAGE_ID)
        self.sleeps: list[float] = []

        async def no_sleep(seconds: float) -> None:
            self.sleeps.append(seconds)

        base = self.server.url + "/" + VERSION
        self.adapter = FacebookAdapter(
            self.tokens, base_url=base, video_url=base, clock=lambda: NOW, sleep=no_sleep, poll_interval=3
        )

    def run(self, coro):  # type: ignore[no-untyped-def]
        async def go():  # type: ignore[no-untyped-def]
            try:
                return await coro
            finally:
                await self.adapter.aclose()

        return asyncio.run(go())

    def calls(self, fragment: str) -> list:  # type: ignore[type-arg]
        return [r for r in self.server.requests if fragment in f"{r.method} {r.path}"]


@pytest.fixture
def world():
    w = World()
    with w.server:
        yield w


def _req(text: str = "", media: tuple[str, ...] = (), publish_at: datetime | None = None, **options) -> PublishRequest:  # type: ignore[no-untyped-def]
    return PublishRequest(
        target_id=7, account_id=1, parts=(text,), media_paths=media, options=options, publish_at=publish_at
    )


def test_text_and_link_post(world):
    published = world.run(world.adapter.publish(_req("Fresh bread at 7 🥖", link="https://rosa.example/menu")))
    post = world.fake.posts[published.remote_id]
    assert post["message"] == "Fresh bread at 7 🥖"
    assert post["link"] == "https://rosa.example/menu"
    assert published.remote_url == f"https://www.facebook.com/{published.remote_id}"
    # The token travels in the header, never in a URL.
    assert all("access_token" not in r.query and r.bearer for r in world.server.requests)


def test_single_photo_goes_to_the_photos_edge_with_its_caption(world, tmp_path):
    published = world.run(
        world.adapter.publish(
            _req("Croissants", media=(_jpeg(tmp_path / "a.jpg"),), alt_texts=["A tray of croissants"])
        )
    )
    post = world.fake.posts[published.remote_id]
    assert post["kind"] == "photo" and post["message"] == "Croissants"
    photo = world.fake.photos[post["media"][0]]
    assert photo["published"] and photo["data"].startswith(b"\xff\xd8") and photo["alt"] == "A tray of croissants"
    assert not world.calls("/feed")


def test_multi_photo_post_attaches_unpublished_photos(world, tmp_path):
    paths = tuple(_jpeg(tmp_path / f"{i}.jpg") for i in range(3))
    published = world.run(world.adapter.publish(_req("Three cakes", media=paths)))
    post = world.fake.posts[published.remote_id]
    assert post["message"] == "Three cakes" and len(post["media"]) == 3
    assert all(not world.fake.photos[m]["published"] for m in post["media"])
    assert [r.multipart()[0]["published"] for r in world.calls("/photos")] == ["false"] * 3


def test_eleven_photos_are_refused_before_anything_is_sent(world, tmp_path):
    paths = tuple(_jpeg(tmp_path / f"{i}.jpg") for i in range(11))
    with pytest.raises(Rejected, match="at most 10"):
        world.run(world.adapter.publish(_req("Too many", media=paths)))
    assert not world.server.requests


def test_video_resumable_upload_follows_the_offsets(world, tmp_path):
    path = _mp4(tmp_path / "v.mp4")
    published = world.run(world.adapter.publish(_req("Behind the oven", media=(path,))))
    video = next(iter(world.fake.videos.values()))
    assert video["data"] == Path(path).read_bytes()
    assert published.remote_id == video["post_id"]
    assert world.fake.posts[published.remote_id]["message"] == "Behind the oven"
    phases = [r.multipart()[0].get("upload_phase") or r.form().get("upload_phase") for r in world.calls(VIDEOS)]
    assert phases == ["start", "transfer", "transfer", "transfer", "transfer", "finish"]
    assert world.sleeps == [3, 3]  # two "processing" reads before "ready"


def _drop_transfers(world: World, times: int) -> None:
    """Drop the connection mid-body for the first `times` transfers (after the start went through)."""
    original = world.fake._video

    def video(page, fields, files):  # type: ignore[no-untyped-def]
        answer = original(page, fields, files)
        if fields.get("upload_phase") == "start":
            for _ in range(times):
                world.server.fail(VIDEOS, "drop_mid_body")
        return answer

    world.fake._video = video  # type: ignore[method-assign]


def test_dropped_connection_mid_chunk_resends_that_range(world, tmp_path):
    path = _mp4(tmp_path / "v.mp4")
    _drop_transfers(world, 2)
    published = world.run(world.adapter.publish(_req("Oven", media=(path,))))
    video = next(iter(world.fake.videos.values()))
    assert video["data"] == Path(path).read_bytes() and published.remote_id == video["post_id"]


def test_a_connection_that_keeps_dropping_leaves_nothing_published(world, tmp_path):
    _drop_transfers(world, 4)
    with pytest.raises(Transient):
        world.run(world.adapter.publish(_req("Oven", media=(_mp4(tmp_path / "v.mp4"),))))
    assert not world.fake.posts and not world.fake.videos


def test_a_start_answer_without_a_session_is_transient(world, tmp_path):
    world.server.fail(VIDEOS, "status", FakeResponse(200, {"video_id": "x"}))
    with pytest.raises(Transient, match="session"):
        world.run(world.adapter.publish(_req("Oven", media=(_mp4(tmp_path / "v.mp4"),))))


def test_a_chunk_whose_answer_was_lost_continues_from_facebooks_offset(world, tmp_path):
    path = _mp4(tmp_path / "v.mp4")

    class AfterStart:
        """Lose the answer of the first transfer (Facebook got the bytes)."""

        seen = 0

    original = world.fake._video

    def lossy(page, fields, files):  # type: ignore[no-untyped-def]
        answer = original(page, fields, files)
        if fields.get("upload_phase") == "transfer":
            AfterStart.seen += 1
            if AfterStart.seen == 1:
                return FakeResponse(500, {"error": {"message": "lost", "code": 2, "type": "OAuthException"}})
        return answer

    world.fake._video = lossy  # type: ignore[method-assign]
    published = world.run(world.adapter.publish(_req("Oven", media=(path,))))
    video = next(iter(world.fake.videos.values()))
    assert video["data"] == Path(path).read_bytes() and published.remote_id == video["post_id"]
    refusals = [r for r in world.calls(VIDEOS) if r.multipart()[0].get("start_offset") == "0"]
    assert len(refusals) == 2  # the resend at 0 was told to go on at 1024


def test_video_processing_error_is_refused_in_words(world, tmp_path):
    world.fake.video_fails = True
    with pytest.raises(Rejected, match="could not process the video"):
        world.run(world.adapter.publish(_req("Broken", media=(_mp4(tmp_path / "v.mp4"),))))


def test_hand_off_schedules_on_facebook_and_cancel_deletes_it(world):
    when = NOW + timedelta(days=2)
    scheduled = world.run(world.adapter.publish(_req("Sunday brunch", publish_at=when)))
    post = world.fake.posts[scheduled.remote_id]
    assert post["scheduled_publish_time"] == when
    assert world.calls("/feed")[0].form()["published"] == "false"
    other = World()
    with other.server:
        other.fake.posts = world.fake.posts
        other.run(other.adapter.delete(1, scheduled.remote_id))
    assert scheduled.remote_id not in world.fake.posts


@pytest.mark.parametrize(("ahead", "words"), [(timedelta(minutes=5), "10 minutes"), (timedelta(days=31), "30 days")])
def test_hand_off_outside_facebooks_window_is_refused_before_sending(world, ahead, words):
    with pytest.raises(Rejected, match=words):
        world.run(world.adapter.publish(_req("Too soon or too late", publish_at=NOW + ahead)))
    assert not world.server.requests


def test_the_fake_refuses_a_schedule_outside_the_window_as_meta_does(world):
    # The adapter's own clock is wrong by an hour: Facebook's check is the one that counts.
    world.adapter._clock = lambda: NOW - timedelta(hours=1)
    with pytest.raises(Rejected, match="scheduled publish time is invalid"):
        world.run(
            world.adapter.publish(
                _req("Skewed", publish_at=NOW + timedelta(minutes=15) - timedelta(hours=1) + timedelta(minutes=50))
            )
        )


def test_scheduled_photos_go_through_the_feed(world, tmp_path):
    when = NOW + timedelta(hours=3)
    scheduled = world.run(world.adapter.publish(_req("Later", media=(_jpeg(tmp_path / "a.jpg"),), publish_at=when)))
    assert world.fake.posts[scheduled.remote_id]["scheduled_publish_time"] == when


def test_scheduled_video_finishes_with_the_time(world, tmp_path):
    when = NOW + timedelta(hours=3)
    scheduled = world.run(world.adapter.publish(_req("Later", media=(_mp4(tmp_path / "v.mp4"),), publish_at=when)))
    video = world.fake.videos[scheduled.remote_id]
    assert video["when"] == when


def test_first_comment_metrics_and_delete(world):
    async def go():  # type: ignore[no-untyped-def]
        post = await world.adapter.publish(_req("Count me"))
        world.fake.posts[post.remote_id].update(reactions=12, shares=3)
        comment = await world.adapter.first_comment(1, post.remote_id, "Menu in the comments")
        counts = await world.adapter.metrics(1, post.remote_id)
        await world.adapter.delete(1, post.remote_id)
        await world.adapter.delete(1, post.remote_id)  # already gone counts as deleted
        return post, comment, counts

    post, comment, counts = world.run(go())
    assert world.fake.comments[comment.remote_id]["message"] == "Menu in the comments"
    assert (counts.likes, counts.replies, counts.reposts, counts.views) == (12, 1, 3, None)
    assert post.remote_id not in world.fake.posts
    assert isinstance(world.adapter, MetricsAdapter)


def test_lookup_finds_the_post_by_text_and_time(world):
    async def go():  # type: ignore[no-untyped-def]
        post = await world.adapter.publish(_req("Lost answer"))
        found = await world.adapter.lookup(_req("Lost answer"), sent_at=NOW)
        missing = await world.adapter.lookup(_req("Never sent"), sent_at=NOW)
        return post, found, missing

    post, found, missing = world.run(go())
    assert found is not None and found.remote_id == post.remote_id
    assert missing is None


def test_lookup_finds_a_hand_off_still_waiting_on_facebook(world):
    async def go():  # type: ignore[no-untyped-def]
        post = await world.adapter.publish(_req("Waiting", publish_at=NOW + timedelta(days=1)))
        return post, await world.adapter.lookup(_req("Waiting"), sent_at=NOW)

    post, found = world.run(go())
    assert found is not None and found.remote_id == post.remote_id


def test_lost_answer_to_a_post_is_answer_lost(world):
    world.server.fail(f"POST /{VERSION}/{PAGE_ID}/feed", "drop_after_body")
    with pytest.raises(AnswerLost):
        world.run(world.adapter.publish(_req("Maybe")))


def test_expired_page_token_is_auth_expired(world):
    world.fake.expire()
    with pytest.raises(AuthExpired):
        world.run(world.adapter.publish(_req("Hello")))


def test_a_user_token_on_a_page_endpoint_is_refused_as_meta_does():
    w = World(token="user-token-1")
    with w.server, pytest.raises(Rejected, match="page access token is required"):
        w.run(w.adapter.publish(_req("As the person")))


def test_another_pages_token_cannot_post_here():
    w = World()
    w.tokens.token = w.fake.pages[OTHER_PAGE_ID]["token"]
    with w.server, pytest.raises(Rejected, match="permission"):
        w.run(w.adapter.publish(_req("Wrong Page")))


def test_rate_limit_waits_for_the_usage_header(world):
    world.fake.rate_limited = 1
    with pytest.raises(RateLimited) as caught:
        world.run(world.adapter.publish(_req("Busy")))
    assert caught.value.retry_after == timedelta(minutes=7)


@pytest.mark.parametrize("status", [500, 503])
def test_server_errors_are_transient(world, status):
    world.server.fail(
        f"POST /{VERSION}/{PAGE_ID}/feed",
        "status",
        FakeResponse(
            status,
            {
                "error": {
                    "message": "Service temporarily unavailable",
                    "code": 2,
                    "type": "OAuthException",
                    "is_transient": True,
                }
            },
        ),
    )
    with pytest.raises(Transient):
        world.run(world.adapter.publish(_req("Later")))


def test_blocked_page_is_refused_in_words(world):
    world.fake.blocked.add(PAGE_ID)
    with pytest.raises(Rejected, match="temporarily blocked"):
        world.run(world.adapter.publish(_req("Spam?")))


def test_missing_permission_is_refused_naming_reconnect(world, tmp_path):
    world.fake.permissions.discard("publish_video")
    with pytest.raises(Rejected, match="reconnect"):
        world.run(world.adapter.publish(_req("Clip", media=(_mp4(tmp_path / "v.mp4"),))))


def test_inbox_comments_reply_hide_like(world):
    async def go():  # type: ignore[no-untyped-def]
        post = await world.adapter.publish(_req("Ask me"))
        top = world.fake.add_comment(post.remote_id, "Open on Sunday?", when=NOW - timedelta(minutes=2))
        nested = world.fake.add_comment(
            post.remote_id, "Me too!", author="Ben", when=NOW - timedelta(minutes=1), parent=top
        )
        page = await world.adapter.fetch_inbox(1)
        by_id = {i.remote_id: i for i in page.items}
        answer = await world.adapter.reply(1, by_id[nested], "Yes, 8 to 2")
        await world.adapter.hide(1, by_id[top])
        await world.adapter.like(1, by_id[nested])
        again = await world.adapter.fetch_comments(1, [post.remote_id])
        return top, nested, page, answer, again

    top, nested, page, answer, again = world.run(go())
    assert [i.remote_id for i in page.items] == [nested, top]
    assert page.items[0].author_name == "Ben" and page.items[0].reply_ref["parent_id"] == top
    # A reply to a reply goes under the top comment, as on Facebook.
    assert world.fake.comments[answer.remote_id]["object"] == top
    assert world.fake.comments[top]["is_hidden"] is True and world.fake.comments[nested]["likes"] == 1
    assert answer.remote_id not in {i.remote_id for i in again.items}  # the Page's own answer is left out
    assert isinstance(world.adapter, PostCommentsInbox)


def test_fake_refuses_unknown_parameters(world):
    token = world.fake.pages[PAGE_ID]["token"]
    request = FakeRequest(
        "POST",
        f"/{VERSION}/{PAGE_ID}/feed",
        {},
        {"authorization": f"Bearer {token}", "content-type": "application/x-www-form-urlencoded"},
        b"message=x&privacy=%7B%7D",
    )
    response = world.fake(request)
    assert response.status == 400 and response.body["error"]["code"] == 100
