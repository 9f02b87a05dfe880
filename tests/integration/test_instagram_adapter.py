"""Instagram end to end: the adapter, the media relay on a real S3 server (moto), and the fake
Instagram API, which downloads every file from the presigned address it was given."""

from __future__ import annotations

import asyncio
import io
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image

from postdesk.auth.profiles.instagram import PROFILE
from postdesk.core.relay_settings import URL_LIFETIME_S, RelaySettings
from postdesk.platforms.base import (
    AnswerLost,
    AuthExpired,
    PublishRequest,
    RateLimited,
    Rejected,
    Transient,
)
from postdesk.platforms.capabilities import SupportsDelete
from postdesk.platforms.instagram import QUOTA_WAIT, InstagramAdapter
from postdesk.platforms.instagram_calls import POST_QUOTA_REACHED
from postdesk.platforms.relay import SETTINGS_PLACE
from postdesk.platforms.s3_relay import S3Relay
from tests.fakes.http_fake import FakeHTTPServer, FakeResponse
from tests.fakes.instagram_api import POST_QUOTA, USER_ID, VERSION, InstagramFake
from tests.fakes.s3_server import S3Server, s3_server  # noqa: F401  (the session fixture)
from tests.fakes.token_source import TokenSource

pytestmark = pytest.mark.integration
CREATE = f"POST /{VERSION}/{USER_ID}/media"
PUBLISH = f"POST /{VERSION}/{USER_ID}/media_publish"


def _image(path: Path, size: tuple[int, int] = (1080, 1080), fmt: str = "JPEG") -> str:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(buffer, fmt)
    path.write_bytes(buffer.getvalue())
    return str(path)


def _mp4(path: Path) -> str:
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 2048)
    return str(path)


class World:
    """The fake Instagram API, a bucket on the S3 server, the relay and the adapter."""

    def __init__(self, server: S3Server, *, relay: object | None = "s3") -> None:
        self.s3 = server
        self.bucket = f"postdesk-{uuid.uuid4().hex[:12]}"
        server.make_bucket(self.bucket)
        self.settings = RelaySettings(
            endpoint=server.endpoint,
            region="us-east-1",
            bucket=self.bucket,
            access_key_id=server.access_key,
            path_style=True,
        )
        self.relay = S3Relay(self.settings, server.secret_key) if relay == "s3" else relay
        self.fake = InstagramFake()
        self.server = FakeHTTPServer(self.fake)
        self.sleeps: list[float] = []
        self.tokens = TokenSource(self.fake.token, refresh=lambda: self.fake.token, user_id=USER_ID)

        async def no_sleep(seconds: float) -> None:
            self.sleeps.append(seconds)

        self.adapter = InstagramAdapter(
            self.tokens,
            relay=self.relay,  # type: ignore[arg-type]
            base_url=f"{self.server.url}/{VERSION}",
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
    return PublishRequest(target_id=7, account_id=1, parts=parts or ("",), media_paths=media, options=options)


# -- what goes out -------------------------------------------------------------------------


def test_single_photo_is_converted_to_jpeg_fetched_through_the_relay_and_the_copy_deleted(world, tmp_path):
    published = world.run(
        world.adapter.publish(
            _req(
                "Harbour at dawn #sea",
                media=(_image(tmp_path / "harbour.png", (1080, 1350), "PNG"),),
                alt_texts=["Orange sky over boats"],
                instagram_collaborators=["@friend_one", "friend_two"],
                instagram_location_id="110843418940484",
            )
        )
    )
    [sent] = world.fake.sent
    assert "media_type" not in sent and sent["caption"] == "Harbour at dawn #sea"
    assert sent["alt_text"] == "Orange sky over boats"
    assert sent["collaborators"] == '["friend_one", "friend_two"]' and sent["location_id"] == "110843418940484"
    url = sent["image_url"]
    assert url.startswith(f"{world.s3.endpoint}/{world.bucket}/") and f"X-Amz-Expires={URL_LIFETIME_S}" in url
    assert world.fake.fetched == [(url, 200)]  # Instagram itself downloaded the (JPEG) file
    media = world.fake.media[published.remote_id]
    assert media["media_type"] == "IMAGE" and published.remote_url == media["permalink"]
    assert world.keys() == []


def test_carousel_of_photos_and_a_video_waits_for_every_container(world, tmp_path):
    media = (_image(tmp_path / "a.jpg"), _mp4(tmp_path / "clip.mp4"), _image(tmp_path / "b.jpg", (1080, 566)))
    published = world.run(world.adapter.publish(_req("Three things", media=media, alt_texts=["A", "", "B"])))
    kinds = [s.get("media_type", "IMAGE") for s in world.fake.sent]
    assert kinds == ["IMAGE", "VIDEO", "IMAGE", "CAROUSEL"]
    assert [s.get("is_carousel_item") for s in world.fake.sent[:3]] == ["true"] * 3
    assert world.fake.sent[0]["alt_text"] == "A" and "alt_text" not in world.fake.sent[1]
    assert world.fake.sent[3]["caption"] == "Three things"
    assert world.fake.media[published.remote_id]["media_type"] == "CAROUSEL_ALBUM"
    assert world.fake.published_early == 0 and world.sleeps  # the video and the carousel were waited for
    assert world.keys() == []


def test_a_reel_with_a_cover_frame_and_not_shared_to_the_feed(world, tmp_path):
    published = world.run(
        world.adapter.publish(
            _req(
                "Behind the scenes",
                media=(_mp4(tmp_path / "reel.mp4"),),
                instagram_kind="reel",
                instagram_share_to_feed=False,
                instagram_thumb_offset_ms=1500,
                alt_texts=["ignored for reels"],
            )
        )
    )
    [sent] = world.fake.sent
    assert sent["media_type"] == "REELS" and sent["share_to_feed"] == "false" and sent["thumb_offset"] == "1500"
    assert "alt_text" not in sent  # "Reels and stories are not supported"
    assert world.fake.media[published.remote_id]["media_product_type"] == "REELS"


def test_a_reel_cover_image_goes_through_the_relay_too(world, tmp_path):
    cover = _image(tmp_path / "cover.jpg", (1080, 1920))
    world.run(
        world.adapter.publish(
            _req("Reel", media=(_mp4(tmp_path / "r.mp4"),), instagram_kind="reel", instagram_cover_path=cover)
        )
    )
    [sent] = world.fake.sent
    assert sent["cover_url"].startswith(world.s3.endpoint) and "thumb_offset" not in sent
    assert len(world.fake.fetched) == 2 and world.keys() == []


def test_a_single_video_in_the_feed_goes_as_a_reel_shared_to_the_feed(world, tmp_path):
    world.run(world.adapter.publish(_req("Clip", media=(_mp4(tmp_path / "c.mp4"),))))
    assert world.fake.sent[0]["media_type"] == "REELS" and world.fake.sent[0]["share_to_feed"] == "true"


def test_a_story_has_no_caption_and_is_found_again_by_time(world, tmp_path):
    request = _req(
        "Not shown",
        media=(_image(tmp_path / "s.jpg", (1080, 1920)),),
        instagram_kind="story",
        instagram_collaborators=[],
    )
    published = world.run(world.adapter.publish(request))
    [sent] = world.fake.sent
    assert sent == {"media_type": "STORIES", "image_url": sent["image_url"]}
    assert world.fake.media[published.remote_id]["media_product_type"] == "STORY"
    again = InstagramAdapter(world.tokens, relay=world.relay, base_url=f"{world.server.url}/{VERSION}")
    world.adapter = again
    found = world.run(again.lookup(request, sent_at=world.fake.clock))
    assert found is not None and found.remote_id == published.remote_id


def test_a_photo_out_of_the_feed_ratio_is_refused_before_anything_is_sent(world, tmp_path):
    with pytest.raises(Rejected, match="between 4:5"):
        world.run(world.adapter.publish(_req("Wide", media=(_image(tmp_path / "w.jpg", (2000, 500)),))))
    assert world.fake.sent == [] and world.fake.fetched == [] and world.keys() == []


def test_the_fake_itself_refuses_a_photo_out_of_ratio_as_meta_does(world, tmp_path):
    # Without the adapter's check the network says no (36003/2207009), worded.
    url = asyncio.run(world.relay.upload(_image(tmp_path / "w.jpg", (2000, 500))))
    with pytest.raises(Rejected, match="aspect ratio"):
        world.run(world.adapter._container(1, {"image_url": url}))


# -- failures ------------------------------------------------------------------------------


def test_an_expired_address_fails_as_on_meta_and_the_copy_is_deleted(world, tmp_path):
    world.fake.before_fetch = lambda url: world.s3.move_clock(URL_LIFETIME_S + 60)
    try:
        with pytest.raises(Rejected) as caught:
            world.run(world.adapter.publish(_req("Late", media=(_image(tmp_path / "a.jpg"),))))
    finally:
        world.s3.move_clock(0)
    assert "could not download the file from the media relay" in caught.value.reason
    assert world.fake.fetched[0][1] == 403 and not world.fake.media and world.keys() == []


def test_a_video_container_that_ends_in_error_is_worded(world, tmp_path):
    world.fake.video_error = 2207026
    with pytest.raises(Rejected) as caught:
        world.run(world.adapter.publish(_req("Clip", media=(_mp4(tmp_path / "c.mp4"),), instagram_kind="reel")))
    assert caught.value.reason.startswith("Instagram could not take the media: Instagram could not use the video")
    assert not world.fake.media and world.keys() == []


def test_a_container_still_in_progress_is_transient_and_nothing_is_published(world, tmp_path):
    world.fake.video_polls = 50
    with pytest.raises(Transient, match="still processing"):
        world.run(world.adapter.publish(_req("Clip", media=(_mp4(tmp_path / "c.mp4"),))))
    assert not world.fake.media and world.keys() == []


def test_a_not_ready_answer_to_publish_is_waited_for(world, tmp_path):
    world.server.fail(
        PUBLISH,
        "status",
        FakeResponse(
            400,
            {
                "error": {
                    "message": "Media is not ready",
                    "type": "OAuthException",
                    "code": 9007,
                    "error_subcode": 2207027,
                }
            },
        ),
    )
    published = world.run(world.adapter.publish(_req("x", media=(_image(tmp_path / "a.jpg"),))))
    assert published.remote_id in world.fake.media and world.sleeps == [5]


def test_a_full_quota_is_rate_limited_before_anything_is_uploaded(world, tmp_path):
    world.fake.used_elsewhere = POST_QUOTA
    with pytest.raises(RateLimited) as caught:
        world.run(world.adapter.publish(_req("One more", media=(_image(tmp_path / "a.jpg"),))))
    assert caught.value.retry_after == QUOTA_WAIT
    # A wait code with the quota as its count (worded by `refusal_words_waits`), not Postdesk's
    # English as if Instagram had said it.
    assert caught.value.problem == POST_QUOTA_REACHED
    assert caught.value.params == {"max": POST_QUOTA}
    assert caught.value.network_message == ""
    assert world.fake.sent == [] and world.keys() == []


def test_the_last_post_of_the_quota_goes_out(world, tmp_path):
    world.fake.used_elsewhere = POST_QUOTA - 1
    published = world.run(world.adapter.publish(_req("Last", media=(_image(tmp_path / "a.jpg"),))))
    assert published.remote_id in world.fake.media


def test_429_with_retry_after_is_rate_limited(world, tmp_path):
    world.server.fail(
        CREATE,
        "status",
        FakeResponse(429, {"error": {"message": "slow down", "code": 4}}, headers={"Retry-After": "120"}),
    )
    with pytest.raises(RateLimited) as caught:
        world.run(world.adapter.publish(_req("x", media=(_image(tmp_path / "a.jpg"),))))
    assert caught.value.retry_after == timedelta(seconds=120) and world.keys() == []


def test_a_use_case_limit_waits_as_long_as_meta_says(world, tmp_path):
    # Instagram Platform calls have Business Use Case rate limits; the header says the minutes to wait.
    usage = (
        '{"17841400000000042": [{"type": "instagram", "call_count": 100, "total_cputime": 10, '
        '"total_time": 12, "estimated_time_to_regain_access": 7}]}'
    )
    world.server.fail(
        CREATE,
        "status",
        FakeResponse(
            400,
            {"error": {"message": "Application request limit reached", "code": 4, "is_transient": True}},
            headers={"X-Business-Use-Case-Usage": usage},
        ),
    )
    with pytest.raises(RateLimited) as caught:
        world.run(world.adapter.publish(_req("x", media=(_image(tmp_path / "a.jpg"),))))
    assert caught.value.retry_after == timedelta(minutes=7)


@pytest.mark.parametrize("code", [4, 17, 32])
def test_graph_rate_limit_codes_without_429_are_rate_limited(world, tmp_path, code):
    world.server.fail(CREATE, "status", FakeResponse(400, {"error": {"message": "limit", "code": code}}))
    with pytest.raises(RateLimited):
        world.run(world.adapter.publish(_req("x", media=(_image(tmp_path / "a.jpg"),))))


def test_a_5xx_is_transient(world, tmp_path):
    world.server.fail(CREATE, "status", FakeResponse(503, {"error": {"message": "down", "code": 2}}))
    with pytest.raises(Transient):
        world.run(world.adapter.publish(_req("x", media=(_image(tmp_path / "a.jpg"),))))
    assert not world.fake.media and world.keys() == []


def test_a_connection_dropped_while_sending_the_container_is_transient(world, tmp_path):
    world.server.fail(CREATE, "drop_mid_body")
    with pytest.raises(Transient):
        world.run(world.adapter.publish(_req("x", media=(_image(tmp_path / "a.jpg"),))))
    assert not world.fake.media


def test_a_publish_whose_answer_is_lost_is_answer_lost(world, tmp_path):
    world.server.fail(PUBLISH, "drop_after_body")  # the request left; no answer came back
    request = _req("Lost answer", media=(_image(tmp_path / "a.jpg"),))
    with pytest.raises(AnswerLost):
        world.run(world.adapter.publish(request))
    assert world.keys() == []


def test_lookup_finds_a_published_post_by_caption_and_time(world, tmp_path):
    request = _req("Find me", media=(_image(tmp_path / "a.jpg"),))
    published = world.run(world.adapter.publish(request))
    world.adapter = InstagramAdapter(world.tokens, relay=world.relay, base_url=f"{world.server.url}/{VERSION}")
    found = world.run(world.adapter.lookup(request, sent_at=world.fake.clock))
    assert found is not None and found.remote_id == published.remote_id
    world.adapter = InstagramAdapter(world.tokens, relay=world.relay, base_url=f"{world.server.url}/{VERSION}")
    later = world.fake.clock + timedelta(hours=2)  # a post from before the send does not count
    assert world.run(world.adapter.lookup(request, sent_at=later)) is None


def test_lookup_says_none_when_the_post_is_not_there(world):
    assert world.run(world.adapter.lookup(_req("Never sent", media=("x.jpg",)), sent_at=world.fake.clock)) is None


def test_an_expired_token_refreshes_once(world, tmp_path):
    world.fake.token = "ig-token-2"
    world.tokens.refresh = lambda: "ig-token-2"
    published = world.run(world.adapter.publish(_req("x", media=(_image(tmp_path / "a.jpg"),))))
    assert world.tokens.refreshes == 1 and published.remote_id in world.fake.media


def test_a_token_that_stays_refused_is_auth_expired(world, tmp_path):
    world.fake.token = "revoked-everywhere"
    world.tokens.refresh = lambda: "ig-token-1"  # the refresh hands out a token Instagram refuses too
    with pytest.raises(AuthExpired):
        world.run(world.adapter.publish(_req("x", media=(_image(tmp_path / "a.jpg"),))))


def test_no_relay_names_the_setting(s3_server, tmp_path):
    w = World(s3_server, relay=None)
    with w.server, pytest.raises(Rejected) as caught:
        w.run(w.adapter.publish(_req("x", media=(_image(tmp_path / "a.jpg"),))))
    assert SETTINGS_PLACE in caught.value.reason and w.fake.sent == []


def test_relay_unreachable_is_transient_and_nothing_reaches_instagram(s3_server, tmp_path):
    relay = S3Relay(
        RelaySettings(endpoint="http://127.0.0.1:9", bucket="b", access_key_id="k", path_style=True),
        "s",
        connect_timeout=2,
    )
    w = World(s3_server, relay=relay)
    with w.server, pytest.raises(Transient, match="did not answer"):
        w.run(w.adapter.publish(_req("x", media=(_image(tmp_path / "a.jpg"),))))
    assert w.fake.sent == []


def test_relay_refusing_the_upload_names_the_setting(s3_server, tmp_path):
    relay = S3Relay(
        RelaySettings(endpoint=s3_server.endpoint, bucket="no-such-bucket-here", access_key_id="k", path_style=True),
        "s",
    )
    w = World(s3_server, relay=relay)
    with w.server, pytest.raises(Rejected) as caught:
        w.run(w.adapter.publish(_req("x", media=(_image(tmp_path / "a.jpg"),))))
    assert "bucket does not exist" in caught.value.reason and w.fake.sent == []


# -- after publishing ------------------------------------------------------------------------


def test_first_comment_metrics_and_no_delete(world, tmp_path):
    async def scenario():  # type: ignore[no-untyped-def]
        post = await world.adapter.publish(_req("Hello", media=(_image(tmp_path / "a.jpg"),)))
        comment = await world.adapter.first_comment(1, post.remote_id, "#firstcomment tags")
        world.fake.media[post.remote_id].update(likes=7, comments=1, shares=2, views=90)
        metrics = await world.adapter.metrics(1, post.remote_id)
        return post, comment, metrics

    post, comment, metrics = world.run(scenario())
    assert world.fake.comments[comment.remote_id]["text"] == "#firstcomment tags"
    assert (metrics.likes, metrics.replies, metrics.reposts, metrics.views) == (7, 1, 2, 90)
    # Instagram Login has no delete: the adapter has no `delete`, so nothing offers or sends one.
    assert post.remote_id in world.fake.media
    assert not isinstance(world.adapter, SupportsDelete) and not hasattr(InstagramAdapter, "delete")


def test_story_metrics_ask_for_story_metrics_only(world, tmp_path):
    async def scenario():  # type: ignore[no-untyped-def]
        post = await world.adapter.publish(
            _req("", media=(_image(tmp_path / "s.jpg", (1080, 1920)),), instagram_kind="story")
        )
        world.fake.media[post.remote_id].update(replies=3, views=40)
        return await world.adapter.metrics(1, post.remote_id)

    metrics = world.run(scenario())
    assert (metrics.likes, metrics.replies, metrics.views) == (None, 3, 40)


def test_comments_in_the_inbox_reply_hide_and_delete(world, tmp_path):
    async def scenario():  # type: ignore[no-untyped-def]
        post = await world.adapter.publish(_req("Ask me", media=(_image(tmp_path / "a.jpg"),)))
        await world.adapter.first_comment(1, post.remote_id, "my own comment")
        theirs = world.fake.add_comment(post.remote_id, "Lovely!")
        rude = world.fake.add_comment(post.remote_id, "spam spam", username="spammer")
        page = await world.adapter.fetch_inbox(1)
        by_id = {i.remote_id: i for i in page.items}
        reply = await world.adapter.reply(1, by_id[theirs], "Thank you")
        await world.adapter.hide(1, by_id[rude])
        await world.adapter.delete_comment(1, by_id[rude])
        await world.adapter.delete_reply(1, reply.remote_id)
        await world.adapter.delete_reply(1, reply.remote_id)  # already gone: fine
        return page, theirs, rude, reply

    page, theirs, rude, reply = world.run(scenario())
    assert {i.remote_id for i in page.items} == {theirs, rude}  # the account's own comment is not inbox
    assert page.items[0].author_handle in ("a_follower", "spammer") and page.items[0].text
    assert rude not in world.fake.comments and reply.remote_id not in world.fake.comments
    assert theirs in world.fake.comments


# -- permissions -------------------------------------------------------------------------------


def test_sign_in_asks_for_exactly_the_permissions_the_adapter_uses(world, tmp_path):
    # Regression: the profile lacked instagram_business_manage_insights, so metrics failed (#10).
    assert set(PROFILE.scopes) == {
        "instagram_business_basic",
        "instagram_business_content_publish",
        "instagram_business_manage_comments",
        "instagram_business_manage_insights",
    }
    world.fake.scopes = frozenset(PROFILE.scopes)

    async def scenario():  # type: ignore[no-untyped-def]
        post = await world.adapter.publish(_req("Keep", media=(_image(tmp_path / "a.jpg"),)))
        await world.adapter.first_comment(1, post.remote_id, "first")
        world.fake.add_comment(post.remote_id, "hi")
        await world.adapter.fetch_comments(1, [post.remote_id])
        await world.adapter.metrics(1, post.remote_id)
        await world.adapter.lookup(_req("Keep"), sent_at=world.fake.clock)

    world.run(scenario())
    # ... and each permission is needed by some call: without it, that call is refused.
    for scope in PROFILE.scopes:
        w = World(world.s3)
        w.fake.scopes = frozenset(PROFILE.scopes) - {scope}
        with w.server, pytest.raises(Rejected, match="#10"):

            async def again(w=w):  # type: ignore[no-untyped-def]
                post = await w.adapter.publish(_req("Keep", media=(_image(tmp_path / "b.jpg"),)))
                await w.adapter.first_comment(1, post.remote_id, "first")
                await w.adapter.metrics(1, post.remote_id)

            w.run(again())


def test_instagram_is_shipped_with_the_media_relay():
    from postdesk.core.networks import Network
    from postdesk.platforms.registry import Registry
    from postdesk.platforms.shipped import register_shipped
    from tests.fakes.local_relay import LocalRelay
    from tests.fakes.token_source import TokenSource as Tokens

    registry = Registry()
    relay = LocalRelay()
    assert "postdesk.platforms.instagram" in register_shipped(registry, Tokens("t"), relay=relay)
    adapter = registry.factories[Network.INSTAGRAM]()
    assert isinstance(adapter, InstagramAdapter) and adapter._relay is relay
    asyncio.run(adapter.aclose())


def test_crop_to_fit_centre_crops_a_wide_photo_to_1_91_to_1(world, tmp_path):
    # The automatic fit the composer offers instead of refusing: the sent photo is 1.91:1.
    world.run(
        world.adapter.publish(
            _req("Wide", media=(_image(tmp_path / "w.jpg", (2000, 500)),), instagram_crop_to_fit=True)
        )
    )
    [(url, status)] = world.fake.fetched
    assert status == 200
    assert len(world.fake.media) == 1
    sent = world.fake.sent[0]["image_url"]
    assert sent == url
    # What Instagram downloaded: read it back from the fake's record of the bytes' ratio.
    assert world.fake.last_image_ratio == pytest.approx(1.91, abs=0.01)
