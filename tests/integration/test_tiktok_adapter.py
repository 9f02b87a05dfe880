"""The TikTok adapter against the fake Content Posting and Display APIs (tests/fakes/tiktok_api.py).

Video direct posts (whole and chunked), photo posts through a verified media relay, creator info
rules (privacy offered, interactions the creator turned off, longest video), status polling,
lookup, metrics, and the faults: 429 `rate_limit_exceeded`, 5xx, a dropped connection mid-upload,
an expired token, a missing scope, TikTok's daily cap, an unaudited app, a processing failure.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image

from postdesk.auth.profiles.tiktok import PROFILE
from postdesk.platforms.base import AnswerLost, AuthExpired, PublishRequest, RateLimited, Rejected, Transient
from postdesk.platforms.capabilities import SupportsDelete
from postdesk.platforms.tiktok import DAILY_POST_CAP, ERRORS, NO_PRIVACY, PHOTOS_NEED_VERIFIED, TikTokAdapter
from postdesk.platforms.tiktok_upload import CHUNK, MB, chunk_plan, chunk_ranges
from tests.fakes.api_server import ApiServer, Fault
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.local_relay import LocalRelay
from tests.fakes.tiktok_api import USER_FIELDS, FakeTikTok
from tests.unit.media.media_factory import video

pytestmark = pytest.mark.integration


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


@pytest.fixture
def net() -> Iterator[tuple[FakeTikTok, ApiServer]]:
    api = FakeTikTok()
    server = ApiServer(api).start()
    api.base = server.url
    yield api, server
    server.stop()


@pytest.fixture(scope="module")
def clip(tmp_path_factory) -> str:
    return str(video(tmp_path_factory.mktemp("tt") / "clip.mp4", seconds=4.0, size=(360, 640), fps=5))


def _adapter(api: FakeTikTok, server: ApiServer, creds: StaticCredentials | None = None, **kw) -> TikTokAdapter:
    return TikTokAdapter(
        creds or StaticCredentials("token-alice"), base_url=server.url, clock=lambda: api.now, sleep=_no_wait, **kw
    )


def _request(
    paths: tuple[str, ...], text: str = "Sourdough, day three #bread", key: str = "k1", **options: object
) -> PublishRequest:
    return PublishRequest(
        target_id=1, account_id=7, parts=(text,), media_paths=paths, options=options, idempotency_key=key
    )


def _publish(adapter: TikTokAdapter, request: PublishRequest):
    async def go():
        try:
            return await adapter.publish(request)
        finally:
            await adapter.aclose()

    return asyncio.run(go())


def test_chunk_plan_follows_the_media_transfer_guide():
    assert chunk_plan(3 * MB) == (3 * MB, 1)  # under 5 MB: whole
    assert chunk_plan(64 * MB) == (64 * MB, 1)
    size = 64 * MB + 7
    chunk, n = chunk_plan(size)
    assert (chunk, n) == (CHUNK, size // CHUNK)
    ranges = chunk_ranges(size, chunk, n)
    assert ranges[0] == (0, CHUNK - 1) and ranges[-1][1] == size - 1
    assert ranges[-1][1] - ranges[-1][0] + 1 < 2 * CHUNK <= 128 * MB
    with pytest.raises(Rejected):
        chunk_plan(1001 * CHUNK)


def test_small_video_goes_whole_with_the_creators_choices(net, clip):
    api, server = net
    published = _publish(
        _adapter(api, server),
        _request((clip,), privacy_level="FOLLOWER_OF_CREATOR", allow_comment=True, allow_duet=False),
    )
    body = api.inits[0]
    size = Path(clip).stat().st_size
    assert body["source_info"] == {
        "source": "FILE_UPLOAD",
        "video_size": size,
        "chunk_size": size,
        "total_chunk_count": 1,
    }
    info = body["post_info"]
    assert info["title"] == "Sourdough, day three #bread" and info["privacy_level"] == "FOLLOWER_OF_CREATOR"
    assert (info["disable_comment"], info["disable_duet"], info["disable_stitch"]) == (False, True, True)
    assert (info["brand_content_toggle"], info["brand_organic_toggle"]) == (False, False)
    task = api.publishes[published.remote_id]  # a non-public post gets no public id: the publish id stands
    assert task.chunks == [(0, size - 1, "video/mp4")] and bytes(task.received) == Path(clip).read_bytes()
    assert published.remote_url is None and api.videos[0].privacy == "FOLLOWER_OF_CREATOR"
    put = next(r for r in server.requests if r.method == "PUT")
    assert "authorization" not in put.headers and put.headers["content-range"] == f"bytes 0-{size - 1}/{size}"


def test_public_video_gets_its_post_id_and_address(net, clip):
    api, server = net
    published = _publish(
        _adapter(api, server),
        _request((clip,), privacy_level="PUBLIC_TO_EVERYONE", commercial=True, your_brand=True, is_aigc=True),
    )
    assert published.remote_id == api.videos[0].id
    assert published.remote_url == f"https://www.tiktok.com/@alice.makes/video/{api.videos[0].id}"
    info = api.inits[0]["post_info"]
    assert info["brand_organic_toggle"] is True and info["brand_content_toggle"] is False and info["is_aigc"]


def test_big_video_goes_in_ten_mib_chunks_with_content_ranges(net, clip, tmp_path):
    api, server = net
    big = tmp_path / "big.mp4"
    data = Path(clip).read_bytes()
    big.write_bytes(data + b"\0" * (66 * MB - len(data)))  # padding after the moov: still an MP4
    published = _publish(_adapter(api, server), _request((str(big),), privacy_level="SELF_ONLY"))
    task = api.publishes[published.remote_id]
    size = 66 * MB
    assert (task.chunk_size, task.chunk_count) == (CHUNK, 6)
    assert [c[:2] for c in task.chunks] == chunk_ranges(size, CHUNK, 6)
    assert task.chunks[-1] == (5 * CHUNK, size - 1, "video/mp4") and len(task.received) == size


def test_privacy_is_never_defaulted_and_must_be_offered(net, clip):
    api, server = net
    with pytest.raises(Rejected) as missing:
        _publish(_adapter(api, server), _request((clip,)))
    assert missing.value.reason == NO_PRIVACY and server.requests == []
    api.creator["privacy_level_options"] = ["FOLLOWER_OF_CREATOR", "SELF_ONLY"]  # a private account
    with pytest.raises(Rejected) as offered:
        _publish(_adapter(api, server), _request((clip,), privacy_level="PUBLIC_TO_EVERYONE"))
    assert offered.value.reason == ERRORS["privacy_level_option_mismatch"] and api.inits == []


def test_interactions_the_creator_turned_off_stay_off_and_long_videos_are_refused(net, clip):
    api, server = net
    api.creator.update(comment_disabled=True, stitch_disabled=True)
    _publish(
        _adapter(api, server),
        _request((clip,), privacy_level="SELF_ONLY", allow_comment=True, allow_duet=True, allow_stitch=True),
    )
    info = api.inits[0]["post_info"]
    assert (info["disable_comment"], info["disable_duet"], info["disable_stitch"]) == (True, False, True)
    api.creator["max_video_post_duration_sec"] = 3
    with pytest.raises(Rejected) as long:
        _publish(_adapter(api, server), _request((clip,), privacy_level="SELF_ONLY"))
    assert "at most 3 s" in long.value.reason and len(api.inits) == 1


def test_branded_content_cannot_be_private(net, clip):
    api, server = net
    with pytest.raises(Rejected, match="Branded content cannot be private"):
        _publish(
            _adapter(api, server), _request((clip,), privacy_level="SELF_ONLY", commercial=True, branded_content=True)
        )
    assert api.inits == []


def test_processing_failure_is_rejected_in_words(net, clip):
    api, server = net
    api.fail_reason = "frame_rate_check_failed"
    with pytest.raises(Rejected) as failed:
        _publish(_adapter(api, server), _request((clip,), privacy_level="SELF_ONLY"))
    assert "frame rate" in failed.value.reason and failed.value.network_message == "frame_rate_check_failed"


def test_429_waits_a_minute_and_the_fake_keeps_six_inits_a_minute(net, clip):
    api, server = net
    server.fault(
        "POST",
        "/video/init/",
        Fault(
            "status",
            429,
            body={"data": {}, "error": {"code": "rate_limit_exceeded", "message": "slow down", "log_id": "x"}},
        ),
    )
    with pytest.raises(RateLimited) as limited:
        _publish(_adapter(api, server), _request((clip,), privacy_level="SELF_ONLY"))
    assert limited.value.retry_after == timedelta(minutes=1)
    api.processing_polls, api.daily_post_cap = 0, 100
    for i in range(6):
        _publish(_adapter(api, server), _request((clip,), key=f"k{i}", privacy_level="SELF_ONLY"))
    with pytest.raises(RateLimited):  # the fake's own per-minute budget
        _publish(_adapter(api, server), _request((clip,), key="k7", privacy_level="SELF_ONLY"))
    api.now += timedelta(minutes=1)
    _publish(_adapter(api, server), _request((clip,), key="k8", privacy_level="SELF_ONLY"))


def test_5xx_and_a_drop_mid_upload_are_transient_and_publish_nothing(net, clip):
    api, server = net
    server.fault(
        "POST",
        "/video/init/",
        Fault("status", 500, body={"data": {}, "error": {"code": "internal_error", "message": "boom", "log_id": "x"}}),
    )
    with pytest.raises(Transient):
        _publish(_adapter(api, server), _request((clip,), privacy_level="SELF_ONLY"))
    server.fault("PUT", "/upload/", Fault("drop_mid_body"))
    with pytest.raises(Transient):
        _publish(_adapter(api, server), _request((clip,), privacy_level="SELF_ONLY"))
    assert api.videos == []


def test_a_lost_answer_to_the_last_chunk_asks_tiktok_how_many_bytes_it_holds(net, clip):
    api, server = net
    server.fault("PUT", "/upload/", Fault("drop_after"))  # the chunk arrived; its answer did not
    published = _publish(_adapter(api, server), _request((clip,), privacy_level="SELF_ONLY"))
    assert published.remote_id in api.publishes and len(api.videos) == 1  # went on to publish, once
    server.fault("PUT", "/upload/", Fault("drop_mid_body"))  # the chunk never arrived whole
    with pytest.raises(Transient, match="bytes"):
        _publish(_adapter(api, server), _request((clip,), key="k2", privacy_level="SELF_ONLY"))
    assert len(api.videos) == 1


def test_expired_token_refreshes_once_then_auth_expired_and_a_missing_scope_says_reconnect(net, clip):
    api, server = net
    creds = StaticCredentials("expired", refreshed="token-alice")
    _publish(_adapter(api, server, creds), _request((clip,), privacy_level="SELF_ONLY"))
    assert creds.calls[:2] == [False, True]
    with pytest.raises(AuthExpired):
        _publish(
            _adapter(api, server, StaticCredentials("expired", refreshed="also-expired")),
            _request((clip,), privacy_level="SELF_ONLY"),
        )
    api.tokens["token-nopub"] = {"user.info.basic"}
    with pytest.raises(AuthExpired) as scope:
        _publish(
            _adapter(api, server, StaticCredentials("token-nopub", refreshed="token-nopub")),
            _request((clip,), privacy_level="SELF_ONLY"),
        )
    assert scope.value.network_message == ERRORS["scope_not_authorized"]


def test_daily_cap_waits_an_hour_and_an_unaudited_app_is_told_why(net, clip):
    api, server = net
    api.daily_post_cap = 0
    with pytest.raises(RateLimited) as cap:
        _publish(_adapter(api, server), _request((clip,), privacy_level="SELF_ONLY"))
    assert cap.value.retry_after == timedelta(hours=1)
    # A wait code (worded by `refusal_words_waits`); TikTok's own code stays the network's words.
    assert cap.value.problem == DAILY_POST_CAP
    assert cap.value.network_message == "spam_risk_too_many_posts"
    api.daily_post_cap, api.audited = 15, False
    with pytest.raises(Rejected) as unaudited:
        _publish(_adapter(api, server), _request((clip,), privacy_level="PUBLIC_TO_EVERYONE"))
    assert "audit" in unaudited.value.reason
    _publish(_adapter(api, server), _request((clip,), privacy_level="SELF_ONLY"))  # private still goes


def _jpeg(tmp_path: Path, name: str, colour: tuple[int, int, int]) -> str:
    path = tmp_path / name
    Image.new("RGB", (400, 600), colour).save(path, "PNG")
    return str(path)


def test_photo_post_goes_through_a_verified_relay_and_the_copies_are_deleted(net, tmp_path):
    api, server = net
    relay = LocalRelay()
    with relay.server:
        api.verified_prefixes = [relay.server.url + "/media/"]
        paths = (_jpeg(tmp_path, "a.png", (200, 10, 10)), _jpeg(tmp_path, "b.png", (10, 200, 10)))
        with pytest.raises(Rejected) as unverified:
            _publish(_adapter(api, server, relay=relay), _request(paths, privacy_level="SELF_ONLY"))
        assert unverified.value.reason == PHOTOS_NEED_VERIFIED and api.inits == []
        published = _publish(
            _adapter(api, server, relay=relay),
            _request(paths, privacy_level="PUBLIC_TO_EVERYONE", relay_verified=True, title="Day three"),
        )
    body = api.inits[0]
    assert body["media_type"] == "PHOTO" and body["post_mode"] == "DIRECT_POST"
    assert body["post_info"]["description"] == "Sourdough, day three #bread"
    assert body["post_info"]["title"] == "Day three"
    assert "disable_duet" not in body["post_info"]
    task = next(iter(api.publishes.values()))
    assert [i[:3] for i in task.images] == [b"\xff\xd8\xff"] * 2  # PNG went out as JPEG (TikTok takes no PNG)
    assert published.remote_url == f"https://www.tiktok.com/@alice.makes/photo/{published.remote_id}"
    assert relay.files == {} and len(relay.deleted) == 2


def test_photos_on_an_unverified_domain_are_refused_by_tiktok_in_words(net, tmp_path):
    api, server = net
    relay = LocalRelay()
    with relay.server, pytest.raises(Rejected) as refused:
        _publish(
            _adapter(api, server, relay=relay),
            _request((_jpeg(tmp_path, "a.png", (1, 2, 3)),), privacy_level="SELF_ONLY", relay_verified=True),
        )
    assert refused.value.reason == PHOTOS_NEED_VERIFIED and relay.files == {}
    with pytest.raises(Rejected, match="media relay"):
        _publish(
            _adapter(api, server),
            _request((_jpeg(tmp_path, "b.png", (1, 2, 3)),), privacy_level="SELF_ONLY", relay_verified=True),
        )


def test_slow_processing_is_answer_lost_then_lookup_finds_it_by_publish_id(net, clip):
    api, server = net
    api.processing_polls = 50

    async def go():
        adapter = _adapter(api, server, status_wait=10)
        request = _request((clip,), privacy_level="SELF_ONLY")
        try:
            with pytest.raises(AnswerLost):
                await adapter.publish(request)
            with pytest.raises(Transient):  # still processing
                await adapter.lookup(request, sent_at=api.now)
            api.processing_polls = 0
            return await adapter.lookup(request, sent_at=api.now)
        finally:
            await adapter.aclose()

    found = asyncio.run(go())
    assert found is not None and found.remote_id in api.publishes and len(api.videos) == 1


def test_lookup_of_a_public_post_reads_the_display_api_and_private_ones_need_the_creator(net, clip):
    api, server = net
    _publish(_adapter(api, server), _request((clip,), privacy_level="PUBLIC_TO_EVERYONE"))
    sent = api.now

    async def look(request):
        adapter = _adapter(api, server)  # a new adapter: the publish id is forgotten (a restart)
        try:
            return await adapter.lookup(request, sent_at=sent)
        finally:
            await adapter.aclose()

    found = asyncio.run(look(_request((clip,), key="other", privacy_level="PUBLIC_TO_EVERYONE")))
    assert found is not None and found.remote_id == api.videos[0].id
    assert asyncio.run(look(_request((clip,), "Another caption", key="x", privacy_level="PUBLIC_TO_EVERYONE"))) is None
    with pytest.raises(Transient):
        asyncio.run(look(_request((clip,), key="y", privacy_level="SELF_ONLY")))
    assert api.scopes_used[("POST", "/v2/video/list/")] == ("video.list",)


def test_metrics_read_the_public_post_and_there_is_no_delete(net, clip):
    api, server = net
    published = _publish(_adapter(api, server), _request((clip,), privacy_level="PUBLIC_TO_EVERYONE"))
    api.videos[0].counts = {"like_count": 12, "comment_count": 3, "share_count": 2, "view_count": 400}

    async def go():
        adapter = _adapter(api, server)
        try:
            numbers = await adapter.metrics(7, published.remote_id)
            # TikTok's API cannot delete a post: the adapter has no `delete` to call.
            assert not isinstance(adapter, SupportsDelete)
            return numbers
        finally:
            await adapter.aclose()

    numbers = asyncio.run(go())
    assert (numbers.likes, numbers.replies, numbers.reposts, numbers.views) == (12, 3, 2, 400)


def test_sign_in_scopes_are_exactly_what_the_calls_need(net, clip):
    api, server = net
    _publish(_adapter(api, server), _request((clip,), privacy_level="PUBLIC_TO_EVERYONE"))
    asyncio.run(_lookup_and_metrics(api, server))
    identity_fields = PROFILE.identity_url.split("fields=")[1].split(",")
    only = {alts[0] for alts in api.scopes_used.values() if len(alts) == 1}
    needed = only | {USER_FIELDS[f] for f in identity_fields}
    assert needed == set(PROFILE.scopes)
    assert all(set(alts) & needed for alts in api.scopes_used.values())  # status fetch: upload or publish
    assert len(api.scopes_used) == 5
    assert "user.info.profile" in PROFILE.scopes  # `username` is a user.info.profile field


async def _lookup_and_metrics(api: FakeTikTok, server: ApiServer) -> None:
    adapter = _adapter(api, server)
    try:
        await adapter.lookup(_request((), key="z", privacy_level="PUBLIC_TO_EVERYONE"), sent_at=api.now)
        await adapter.metrics(7, api.videos[0].id)
    finally:
        await adapter.aclose()


def test_the_fake_refuses_what_tiktok_refuses(net):
    import httpx

    _api, server = net
    headers = {"Authorization": "Bearer token-alice", "Content-Type": "application/json; charset=UTF-8"}

    def post(body, path="/v2/post/publish/video/init/", h=headers):
        return httpx.post(server.url + path, json=body, headers=h).json()["error"]["code"]

    info = {"privacy_level": "SELF_ONLY", "title": "x"}
    small_chunks = {"source": "FILE_UPLOAD", "video_size": 20 * MB, "chunk_size": 4 * MB, "total_chunk_count": 5}
    wrong_count = {"source": "FILE_UPLOAD", "video_size": 20 * MB, "chunk_size": 10 * MB, "total_chunk_count": 3}
    assert post({"post_info": info, "source_info": small_chunks}) == "invalid_params"  # under 5 MB a chunk
    assert post({"post_info": info, "source_info": wrong_count}) == "invalid_params"  # not floor(size/chunk)
    assert post({"post_info": {**info, "colour": "red"}, "source_info": {}}) == "invalid_params"
    assert post({"post_info": {"title": "x"}, "source_info": {}}) == "invalid_params"  # no privacy default
    assert post({}, h={**headers, "Content-Type": "text/plain"}) == "invalid_params"
    assert post({}, h={"Authorization": "Bearer nope", **{"Content-Type": headers["Content-Type"]}}) == (
        "access_token_invalid"
    )


def test_tiktok_is_shipped_with_the_media_relay():
    from postdesk.core.networks import Network
    from postdesk.platforms.registry import Registry
    from postdesk.platforms.shipped import register_shipped

    registry = Registry()
    relay = LocalRelay()
    assert "postdesk.platforms.tiktok" in register_shipped(registry, StaticCredentials("t"), relay=relay)
    adapter = registry.factories[Network.TIKTOK]()
    assert isinstance(adapter, TikTokAdapter) and adapter._relay is relay
    asyncio.run(adapter.aclose())
