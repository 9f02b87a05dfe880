"""Threads with media, end to end: the adapter, the media relay on a real S3 server (moto), and the
fake Threads API, which downloads every file from the presigned address it was given."""

from __future__ import annotations

import asyncio
import io
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image

from postdesk.auth.profiles.threads import PROFILE
from postdesk.core.relay_settings import URL_LIFETIME_S, RelaySettings
from postdesk.platforms.base import AnswerLost, PublishRequest, RateLimited, Rejected, Transient
from postdesk.platforms.relay import SETTINGS_PLACE
from postdesk.platforms.s3_relay import S3Relay, StoredRelay
from postdesk.platforms.threads import POST_QUOTA_REACHED, QUOTA_WAIT, REPLY_QUOTA_REACHED, ThreadsAdapter
from postdesk.ui.composer.activity import describe_reason
from tests.fakes.http_fake import FakeHTTPServer, FakeResponse
from tests.fakes.s3_server import S3Server, s3_server  # noqa: F401  (the session fixture)
from tests.fakes.threads_api import REPLY_QUOTA, USER_ID, ThreadsFake
from tests.fakes.token_source import TokenSource

pytestmark = pytest.mark.integration
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
    """The fake Threads API, a bucket on the S3 server, the relay and the adapter."""

    def __init__(self, server: S3Server, *, bucket: str | None = None, relay: object | None = None) -> None:
        self.s3 = server
        self.bucket = bucket or f"postdesk-{uuid.uuid4().hex[:12]}"
        server.make_bucket(self.bucket)
        self.settings = RelaySettings(
            endpoint=server.endpoint,
            region="us-east-1",
            bucket=self.bucket,
            access_key_id=server.access_key,
            path_style=True,
        )
        self.relay = relay or S3Relay(self.settings, server.secret_key)
        self.fake = ThreadsFake()
        self.server = FakeHTTPServer(self.fake)
        self.sleeps: list[float] = []
        self.tokens = TokenSource(self.fake.token, refresh=lambda: self.fake.token, user_id=USER_ID)

        async def no_sleep(seconds: float) -> None:
            self.sleeps.append(seconds)

        self.adapter = ThreadsAdapter(
            self.tokens,
            relay=self.relay,
            base_url=self.server.url + "/v1.0",  # type: ignore[arg-type]
            poll_interval=5,
            max_polls=5,
            sleep=no_sleep,
        )

    def run(self, coro):  # type: ignore[no-untyped-def]
        async def go():  # type: ignore[no-untyped-def]
            try:
                return await coro
            finally:
                await self.adapter.aclose()

        return asyncio.run(go())

    def keys(self) -> list[str]:
        return self.s3.keys(self.bucket)


@pytest.fixture
def world(s3_server):
    w = World(s3_server)
    with w.server:
        yield w


def _req(*parts: str, media: tuple[str, ...] = (), **options) -> PublishRequest:  # type: ignore[no-untyped-def]
    return PublishRequest(target_id=7, account_id=1, parts=parts, media_paths=media, options=options)


def test_image_post_is_fetched_by_threads_through_a_presigned_address_then_deleted(world, tmp_path):
    published = world.run(
        world.adapter.publish(
            _req("Harbour at dawn", media=(_jpeg(tmp_path / "harbour.jpg"),), alt_texts=["Orange sky"])
        )
    )
    sent = world.fake.sent[0]
    assert sent["media_type"] == "IMAGE" and sent["alt_text"] == "Orange sky"
    url = sent["image_url"]
    assert url.startswith(f"{world.s3.endpoint}/{world.bucket}/postdesk-relay/")
    assert f"X-Amz-Expires={URL_LIFETIME_S}" in url
    # Threads itself downloaded the file from that address (no credentials of its own).
    assert world.fake.fetched == [(url, 200)]
    assert world.fake.posts[published.remote_id]["media_type"] == "IMAGE"
    # ... and the copy is gone once the post is out.
    assert world.keys() == []


def test_carousel_of_images_and_a_video(world, tmp_path):
    world.fake.video_polls = 2
    media = (_jpeg(tmp_path / "a.jpg"), _mp4(tmp_path / "clip.mp4"), _jpeg(tmp_path / "b.jpg", (800, 800)))
    published = world.run(world.adapter.publish(_req("Three things", "And a reply", media=media)))
    kinds = [s["media_type"] for s in world.fake.sent]
    assert kinds == ["IMAGE", "VIDEO", "IMAGE", "CAROUSEL", "TEXT"]
    assert [s.get("is_carousel_item") for s in world.fake.sent[:3]] == ["true"] * 3
    assert world.fake.sent[1]["video_url"].startswith(world.s3.endpoint)
    assert [status for _, status in world.fake.fetched] == [200, 200, 200]
    carousel = world.fake.posts[published.remote_id]
    assert carousel["media_type"] == "CAROUSEL" and carousel["text"] == "Three things"
    assert world.fake.posts[published.part_ids[1]]["reply_to_id"] == published.remote_id
    assert world.fake.published_early == 0
    assert world.keys() == []


def test_an_expired_address_fails_the_container_as_on_meta_and_the_copy_is_deleted(world, tmp_path):
    # Threads fetches late (after the address expired): S3 refuses, the container ends in ERROR.
    world.fake.before_fetch = lambda url: world.s3.move_clock(URL_LIFETIME_S + 60)
    try:
        with pytest.raises(Rejected) as caught:
            world.run(world.adapter.publish(_req("Late", media=(_jpeg(tmp_path / "a.jpg"),))))
    finally:
        world.s3.move_clock(0)
    assert "could not download the file from the media relay" in caught.value.reason
    assert world.fake.fetched[0][1] == 403
    assert not world.fake.posts
    assert world.keys() == []


def test_a_wrong_address_fails_the_container(world, tmp_path):
    # A relay that hands out an address with no object behind it (a wrong key): S3 says 404.
    class WrongRelay(S3Relay):
        async def upload(self, path: str) -> str:
            url = await super().upload(path)
            return url.replace("/postdesk-relay/", "/postdesk-relay/missing-")

    w = World(world.s3, relay=None)
    w.relay = WrongRelay(w.settings, world.s3.secret_key)
    w.adapter._relay = w.relay
    with w.server, pytest.raises(Rejected, match="could not download"):
        w.run(w.adapter.publish(_req("x", media=(_jpeg(tmp_path / "a.jpg"),))))
    assert w.fake.fetched[0][1] == 404


def test_a_container_that_ends_in_error_is_worded(world, tmp_path):
    world.fake.video_error = "INVALID_DURATION"
    with pytest.raises(Rejected) as caught:
        world.run(world.adapter.publish(_req("Clip", media=(_mp4(tmp_path / "clip.mp4"),))))
    assert caught.value.reason == "Threads could not take the media: the video is too long or too short for Threads"
    assert not world.fake.posts and world.keys() == []


def test_relay_unreachable_is_transient_and_nothing_reaches_threads(s3_server, tmp_path):
    w = World(s3_server)
    w.relay = S3Relay(
        RelaySettings(endpoint="http://127.0.0.1:9", bucket=w.bucket, access_key_id="k", path_style=True),
        "s",
        connect_timeout=2,
    )
    w.adapter._relay = w.relay
    with w.server, pytest.raises(Transient) as caught:
        w.run(w.adapter.publish(_req("x", media=(_jpeg(tmp_path / "a.jpg"),))))
    assert "did not answer" in str(caught.value)
    assert w.fake.sent == [] and not w.fake.posts


def test_relay_refusing_the_upload_is_worded_and_names_the_setting(s3_server, tmp_path):
    w = World(s3_server)
    w.relay = S3Relay(
        RelaySettings(endpoint=s3_server.endpoint, bucket="no-such-bucket-here", access_key_id="k", path_style=True),
        "s",
    )
    w.adapter._relay = w.relay
    with w.server, pytest.raises(Rejected) as caught:
        w.run(w.adapter.publish(_req("x", media=(_jpeg(tmp_path / "a.jpg"),))))
    assert "bucket does not exist" in caught.value.reason and SETTINGS_PLACE in caught.value.reason
    assert w.fake.sent == []


def test_a_relay_that_is_not_set_up_names_the_setting(s3_server, tmp_path):
    relay = StoredRelay(RelaySettings, lambda: None)
    w = World(s3_server, relay=relay)
    with w.server, pytest.raises(Rejected) as caught:
        w.run(w.adapter.publish(_req("x", media=(_jpeg(tmp_path / "a.jpg"),))))
    assert SETTINGS_PLACE in caught.value.reason and "media relay" in caught.value.reason


# -- waiting for containers (Meta: wait until FINISHED before publishing) -------------------


def test_text_and_reply_containers_are_waited_for_before_publishing(world):
    # Regression: text and reply containers were published at once; Threads answers "not ready"
    # (9007) until a container is FINISHED, and the old code took that as a permanent refusal.
    world.fake.text_polls = 2
    published = world.run(world.adapter.publish(_req("One", "Two", "Three")))
    assert len(published.part_ids) == 3
    assert world.fake.published_early == 0
    assert world.sleeps == [5, 5] * 3


def test_a_not_ready_answer_to_publish_is_waited_for_not_a_refusal(world):
    world.server.fail(
        PUBLISH,
        "status",
        FakeResponse(
            400,
            {
                "error": {
                    "message": "The media is not ready for publishing, please wait for a moment",
                    "type": "OAuthException",
                    "code": 9007,
                    "error_subcode": 2207027,
                }
            },
        ),
    )
    published = world.run(world.adapter.publish(_req("Patience")))
    assert published.remote_id in world.fake.posts
    assert world.sleeps == [5]


def test_a_container_still_in_progress_is_transient_before_anything_is_published(world, tmp_path):
    world.fake.video_polls = 50  # more than the adapter waits
    with pytest.raises(Transient, match="still preparing"):
        world.run(world.adapter.publish(_req("Clip", media=(_mp4(tmp_path / "clip.mp4"),))))
    assert not world.fake.posts and world.keys() == []


def test_a_reply_that_never_gets_ready_is_answer_lost_not_a_refusal(world):
    original = world.fake._create

    def create(params):  # type: ignore[no-untyped-def]
        answer = original(params)
        if "reply_to_id" in params:
            world.fake.containers[answer.body["id"]].polls_left = 50
        return answer

    world.fake._create = create
    with pytest.raises(AnswerLost, match="1 of 2"):
        world.run(world.adapter.publish(_req("First", "Second")))
    assert len(world.fake.posts) == 1


# -- quota and rate limits -------------------------------------------------------------------


def test_a_full_daily_quota_is_rate_limited_before_anything_is_sent(qapp, world, tmp_path):
    world.fake.used_elsewhere = 250
    with pytest.raises(RateLimited) as caught:
        world.run(world.adapter.publish(_req("One more", media=(_jpeg(tmp_path / "a.jpg"),))))
    assert caught.value.retry_after == QUOTA_WAIT
    # A wait code with the quota as its count (worded by `refusal_words_waits`), not Postdesk's
    # English as if Threads had said it.
    assert (caught.value.problem, caught.value.params) == (POST_QUOTA_REACHED, {"max": 250})
    assert caught.value.network_message == ""
    assert describe_reason(caught.value.problem, caught.value.params, "threads") == (
        "Waiting: this account has reached the limit of posts per 24 hours on Threads (250). "
        "Postdesk will try again in an hour."
    )
    assert world.fake.sent == [] and world.keys() == []  # nothing uploaded either


def test_the_reply_quota_counts_the_thread_parts(qapp, world):
    world.fake.used_elsewhere = 249
    world.fake.replies_elsewhere = 999
    with pytest.raises(RateLimited) as caught:
        world.run(world.adapter.publish(_req("A", "B", "C")))
    assert caught.value.problem == REPLY_QUOTA_REACHED and caught.value.network_message == ""
    assert describe_reason(caught.value.problem, caught.value.params, "threads") == (
        f"Waiting: this account has reached the limit of replies per 24 hours on Threads ({REPLY_QUOTA}). "
        "Postdesk will try again in an hour."
    )
    assert world.fake.sent == []


def test_the_last_post_of_the_quota_goes_out(world):
    world.fake.used_elsewhere = 249
    published = world.run(world.adapter.publish(_req("The 250th")))
    assert published.remote_id in world.fake.posts


def test_the_quota_refusal_from_publish_is_rate_limited(world):
    world.server.fail(
        PUBLISH,
        "status",
        FakeResponse(
            400,
            {
                "error": {
                    "message": "You reached maximum number of posts allowed in 24 hours",
                    "type": "OAuthException",
                    "code": 9,
                    "error_subcode": 2207042,
                }
            },
        ),
    )
    with pytest.raises(RateLimited) as caught:
        world.run(world.adapter.publish(_req("x")))
    assert caught.value.retry_after == QUOTA_WAIT


def test_rate_limit_code_17_without_429_is_rate_limited(world):
    world.server.fail(
        CREATE,
        "status",
        FakeResponse(400, {"error": {"message": "User request limit reached", "type": "OAuthException", "code": 17}}),
    )
    with pytest.raises(RateLimited):
        world.run(world.adapter.publish(_req("x")))


def test_expired_token_mid_media_post_refreshes_once(world, tmp_path):
    world.fake.token = "threads-token-2"
    world.tokens.refresh = lambda: "threads-token-2"
    published = world.run(world.adapter.publish(_req("x", media=(_jpeg(tmp_path / "a.jpg"),))))
    assert world.tokens.refreshes == 1 and published.remote_id in world.fake.posts
    assert world.keys() == []


# -- permissions -------------------------------------------------------------------------------


def test_sign_in_asks_for_every_permission_the_adapter_uses(world):
    # Regression: delete needs threads_delete and metrics threads_manage_insights; sign-in did not
    # ask for them, so both failed with (#10) on Meta.
    assert {"threads_delete", "threads_manage_insights"} <= set(PROFILE.scopes)
    world.fake.scopes = frozenset(PROFILE.scopes)

    async def scenario():  # type: ignore[no-untyped-def]
        post = await world.adapter.publish(_req("Keep", "Reply"))
        await world.adapter.metrics(1, post.remote_id)
        await world.adapter.delete(1, post.remote_id)
        return post

    post = world.run(scenario())
    assert post.remote_id not in world.fake.posts


def test_the_old_permissions_could_not_delete(world):
    world.fake.scopes = frozenset(
        {"threads_basic", "threads_content_publish", "threads_manage_replies", "threads_read_replies"}
    )

    async def scenario():  # type: ignore[no-untyped-def]
        post = await world.adapter.publish(_req("Keep"))
        with pytest.raises(Rejected, match="#10"):
            await world.adapter.delete(1, post.remote_id)

    world.run(scenario())


def test_leftovers_from_a_crashed_run_are_swept_at_start(world, tmp_path):
    from postdesk.platforms.s3_relay import sweep_leftovers

    url = asyncio.run(world.relay.upload(_jpeg(tmp_path / "a.jpg")))  # uploaded, then the app died
    [key] = world.keys()
    uploaded = world.s3.client().head_object(Bucket=world.bucket, Key=key)["LastModified"]
    assert asyncio.run(sweep_leftovers(world.relay, uploaded + timedelta(hours=2))) == 1
    assert world.keys() == [] and url


def test_building_the_adapter_at_engine_start_sweeps_leftovers_once(world, tmp_path):
    from postdesk.platforms import threads
    from postdesk.platforms.registry import Registry

    asyncio.run(world.relay.upload(_jpeg(tmp_path / "a.jpg")))  # left by a run that crashed
    [key] = world.keys()
    uploaded = world.s3.client().head_object(Bucket=world.bucket, Key=key)["LastModified"]
    later = {"now": uploaded + timedelta(minutes=30)}
    stored = StoredRelay(lambda: world.settings, lambda: world.s3.secret_key, clock=lambda: later["now"])
    registry = Registry()
    threads.register(registry, world.tokens, relay=stored)

    async def engine_start() -> int:
        adapters = registry.build()  # what Engine.start does, on the engine loop
        registry.build()  # a second build does not sweep again
        task = stored._sweep_task
        assert task is not None and stored.start_sweep() is task
        for adapter in adapters.values():
            await adapter.aclose()
        return await task

    # Half an hour after the crash the copy may still be in use by a publish: kept ...
    assert asyncio.run(engine_start()) == 0
    assert world.keys() == [key]
    # ... at a start two hours later it goes.
    stored._sweep_task = None
    later["now"] = uploaded + timedelta(hours=2)
    assert asyncio.run(engine_start()) == 1
    assert world.keys() == []
