"""The YouTube adapter against a fake YouTube Data API v3 on 127.0.0.1 (tests/fakes/youtube_api.py).

The fake checks every request against Google's discovery document (methods, parameters, `part`,
body fields, scopes per method); `fake.violations` must stay empty in the happy paths. The
resumable upload is checked byte for byte, including a connection dropped in the middle of a
chunk: the adapter must ask where the upload stands and go on from the last byte YouTube
acknowledged, never from zero.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image

from postdesk.core import youtube_quota as quota
from postdesk.platforms.base import (
    Adapter,
    AnswerLost,
    AuthExpired,
    PublishRequest,
    RateLimited,
    Rejected,
    Transient,
)
from postdesk.platforms.inbox import InboxAdapter, InboxKind
from postdesk.platforms.metrics import MetricsAdapter
from postdesk.platforms.youtube import YouTubeAdapter
from postdesk.platforms.youtube_errors import QUOTA_SPENT, UPLOAD_LIMIT
from postdesk.platforms.youtube_quota_store import MemoryQuotaStore
from tests.fakes.api_server import Req
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.youtube_api import CHANNEL, UNIT, FakeYouTube
from tests.fakes.youtube_server import Fault, YouTubeServer

pytestmark = pytest.mark.integration

SIZE = 5 * UNIT + 12_345  # six chunks of 256 KiB, the last one short


@pytest.fixture
def fake() -> Iterator[tuple[FakeYouTube, YouTubeServer]]:
    api = FakeYouTube()
    server = YouTubeServer(api).start()
    api.base = server.url
    yield api, server
    server.stop()


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


def _video(tmp_path: Path, size: int = SIZE, name: str = "clip.mp4") -> str:
    path = tmp_path / name
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + os.urandom(size - 24))
    return str(path)


def _adapter(
    api: FakeYouTube,
    server: YouTubeServer,
    creds: StaticCredentials | None = None,
    store: MemoryQuotaStore | None = None,
    **kwargs,
) -> YouTubeAdapter:
    kwargs.setdefault("chunk_size", UNIT)
    return YouTubeAdapter(
        creds or StaticCredentials("token-ok", user_id=CHANNEL),
        quota_store=store,
        base_url=server.url,
        clock=lambda: api.now,
        sleep=_no_wait,
        poll_interval=1,
        **kwargs,
    )


def _req(path: str, text: str = "What I did this week", **options) -> PublishRequest:
    options.setdefault("title", "My week")
    return PublishRequest(
        target_id=1, account_id=7, parts=(text,), media_paths=(path,), options=options, idempotency_key="key-1"
    )


def _run(make, api, server, creds=None, store=None, **kwargs):
    async def scenario():
        adapter = _adapter(api, server, creds, store, **kwargs)
        try:
            return await make(adapter)
        finally:
            await adapter.aclose()

    return asyncio.run(scenario())


def _chunks(server: YouTubeServer) -> list[str]:
    return [
        r.headers.get("content-range", "")
        for r in server.requests
        if r.method == "PUT" and r.path.startswith("/upload/")
    ]


def test_the_adapter_has_the_protocols(fake) -> None:
    api, server = fake
    adapter = _adapter(api, server)
    assert isinstance(adapter, Adapter)
    assert isinstance(adapter, InboxAdapter)
    assert isinstance(adapter, MetricsAdapter)
    asyncio.run(adapter.aclose())


def test_publish_uploads_in_chunks_with_every_option(fake, tmp_path: Path) -> None:
    api, server = fake
    path = _video(tmp_path)
    store = MemoryQuotaStore()
    published = _run(
        lambda a: a.publish(
            _req(
                path,
                tags=["cooking", "slow food"],
                category_id="26",
                privacy="unlisted",
                made_for_kids=False,
                license="creativeCommon",
                default_language="fr",
                notify_subscribers=False,
            )
        ),
        api,
        server,
        store=store,
    )
    assert api.violations == []
    video = api.videos[published.remote_id]
    assert published.remote_url == f"https://www.youtube.com/watch?v={published.remote_id}"
    assert video["snippet"]["title"] == "My week"
    assert video["snippet"]["description"] == "What I did this week"
    assert video["snippet"]["tags"] == ["cooking", "slow food"]
    assert video["snippet"]["categoryId"] == "26"
    assert video["snippet"]["defaultLanguage"] == "fr"
    assert video["status"] | {"uploadStatus": "x"} == {
        "privacyStatus": "unlisted",
        "selfDeclaredMadeForKids": False,
        "license": "creativeCommon",
        "uploadStatus": "x",
    }
    assert api.uploaded[published.remote_id] == Path(path).read_bytes()
    ranges = _chunks(server)
    assert ranges == [f"bytes {i * UNIT}-{min((i + 1) * UNIT, SIZE) - 1}/{SIZE}" for i in range(6)]
    start = next(r for r in server.requests if r.method == "POST" and r.path == "/upload/youtube/v3/videos")
    assert start.query["notifySubscribers"] == ["false"]
    assert start.headers["x-upload-content-length"] == str(SIZE)
    # Counted like YouTube counts: one upload, and the processing check from the 10,000 units.
    usage = store.usage[7]
    assert (usage.uploads, usage.units) == (1, 1)
    assert api.usage[usage.day] == [1, 1]


def test_a_chunk_cut_mid_way_resumes_from_the_last_byte_youtube_acknowledged(fake, tmp_path: Path) -> None:
    api, server = fake
    path = _video(tmp_path, 6 * UNIT + 100)

    def third_chunk(req: Req) -> bool:
        return req.headers.get("content-range", "").startswith(f"bytes {4 * UNIT}-")

    # 2-unit chunks; the third is cut after 1.4 units: YouTube keeps one whole unit of it.
    server.fault("PUT", third_chunk, Fault("drop_mid_body", after_bytes=int(1.4 * UNIT)))
    published = _run(lambda a: a.publish(_req(path)), api, server, chunk_size=2 * UNIT)
    assert server.drops == 1
    assert api.uploaded[published.remote_id] == Path(path).read_bytes()
    total = 6 * UNIT + 100
    assert _chunks(server) == [
        f"bytes 0-{2 * UNIT - 1}/{total}",
        f"bytes {2 * UNIT}-{4 * UNIT - 1}/{total}",
        f"bytes */{total}",  # where does it stand? YouTube: bytes=0-(5 units - 1)
        f"bytes {5 * UNIT}-{total - 1}/{total}",
    ]  # from there: not from zero, not from the chunk's start
    assert api.violations == []


def test_a_lost_answer_to_the_last_chunk_is_asked_for_not_resent(fake, tmp_path: Path) -> None:
    api, server = fake
    path = _video(tmp_path, 2 * UNIT + 10)
    server.fault(
        "PUT", lambda r: r.headers.get("content-range", "").startswith(f"bytes {2 * UNIT}-"), Fault("drop_after")
    )
    published = _run(lambda a: a.publish(_req(path)), api, server)
    assert list(api.videos) == [published.remote_id]
    assert _chunks(server)[-1] == f"bytes */{2 * UNIT + 10}"


def test_a_5xx_mid_upload_resumes_too(fake, tmp_path: Path) -> None:
    api, server = fake
    path = _video(tmp_path, 3 * UNIT)
    server.fault(
        "PUT",
        lambda r: r.headers.get("content-range", "").startswith(f"bytes {UNIT}-"),
        Fault("status", 503, body={"error": {"code": 503, "message": "Backend Error"}}),
    )
    published = _run(lambda a: a.publish(_req(path)), api, server)
    assert api.uploaded[published.remote_id] == Path(path).read_bytes()
    assert f"bytes */{3 * UNIT}" in _chunks(server)
    assert not any(r.startswith("bytes 0-") for r in _chunks(server)[1:])


def test_an_upload_that_keeps_failing_resumes_on_the_next_attempt(fake, tmp_path: Path) -> None:
    api, server = fake
    path = _video(tmp_path, 4 * UNIT)

    async def twice(adapter: YouTubeAdapter):
        for _ in range(7):  # more interruptions than one publish call resumes
            server.fault(
                "PUT",
                lambda r: r.headers.get("content-range", "").startswith(f"bytes {2 * UNIT}-"),
                Fault("status", 502, body={"error": {"code": 502, "message": "Bad Gateway"}}),
            )
            server.fault(
                "PUT",
                lambda r: r.headers.get("content-range", "") == f"bytes */{4 * UNIT}",
                Fault("status", 502, body={"error": {"code": 502, "message": "Bad Gateway"}}),
            )
        with pytest.raises(Transient):
            await adapter.publish(_req(path))
        server._faults.clear()
        return await adapter.publish(_req(path))  # the engine's retry: same session, same bytes held

    published = _run(twice, api, server)
    assert api.uploaded[published.remote_id] == Path(path).read_bytes()
    starts = [r for r in server.requests if r.method == "POST" and r.path == "/upload/youtube/v3/videos"]
    assert len(starts) == 1
    assert [r for r in _chunks(server) if r.startswith("bytes 0-")] == [f"bytes 0-{UNIT - 1}/{4 * UNIT}"]


def test_an_expired_session_starts_over_on_the_next_attempt(fake, tmp_path: Path) -> None:
    api, server = fake
    path = _video(tmp_path, 2 * UNIT)

    async def scenario(adapter: YouTubeAdapter):
        server.fault(
            "PUT",
            lambda r: r.headers.get("content-range", "").startswith(f"bytes {UNIT}-"),
            Fault("status", 404, body={"error": {"code": 404, "message": "Not Found"}}),
        )
        with pytest.raises(Transient):
            await adapter.publish(_req(path))
        return await adapter.publish(_req(path))

    published = _run(scenario, api, server)
    assert api.uploaded[published.remote_id] == Path(path).read_bytes()


def test_thumbnail_and_playlist(fake, tmp_path: Path) -> None:
    api, server = fake
    thumb = tmp_path / "thumb.png"
    Image.new("RGB", (1280, 720), (200, 30, 30)).save(thumb)
    published = _run(
        lambda a: a.publish(_req(_video(tmp_path), thumbnail=str(thumb), playlist_id="PLfake1")), api, server
    )
    assert api.thumbnails[published.remote_id][:4] in (b"\x89PNG", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xdb")
    assert api.playlists["PLfake1"] == [published.remote_id]
    assert api.violations == []


def test_a_missing_playlist_does_not_upload_the_video_twice(fake, tmp_path: Path) -> None:
    api, server = fake
    published = _run(lambda a: a.publish(_req(_video(tmp_path), playlist_id="PLgone")), api, server)
    assert list(api.videos) == [published.remote_id]


def test_hand_off_to_publish_at_and_cancel_by_delete(fake, tmp_path: Path) -> None:
    api, server = fake
    when = api.now + timedelta(days=2)

    async def scenario(adapter: YouTubeAdapter):
        request = _req(_video(tmp_path))
        handed = await adapter.publish(
            PublishRequest(
                target_id=1,
                account_id=7,
                parts=request.parts,
                media_paths=request.media_paths,
                options=request.options,
                idempotency_key="k",
                publish_at=when,
            )
        )
        status = dict(api.videos[handed.remote_id]["status"])
        await adapter.delete(7, handed.remote_id)
        await adapter.delete(7, handed.remote_id)  # a missing video counts as deleted
        return status

    status = _run(scenario, api, server)
    assert status["privacyStatus"] == "private"
    assert status["publishAt"] == when.isoformat().replace("+00:00", "Z")
    assert api.videos == {}
    assert api.violations == []


def test_options_youtube_would_refuse_are_refused_before_anything_is_sent(fake, tmp_path: Path) -> None:
    api, server = fake
    path = _video(tmp_path)
    cases = [
        {"title": ""},
        {"title": "x" * 101},
        {"title": "a <b>"},
        {"tags": ["word " * 30] * 5},
        {"privacy": "friends"},
        {"license": "cc0"},
        {"category_id": "99"},
    ]
    for options in cases:
        with pytest.raises(Rejected):
            _run(lambda a, o=options: a.publish(_req(path, **o)), api, server)
    with pytest.raises(Rejected, match="scheduler"):
        _run(
            lambda a: a.publish(
                PublishRequest(
                    1, 7, ("d",), (path,), {"title": "t", "privacy": "unlisted"}, publish_at=api.now + timedelta(days=1)
                )
            ),
            api,
            server,
        )
    with pytest.raises(Rejected):
        _run(lambda a: a.publish(_req(path, text="5 < 6")), api, server)
    assert server.requests == []


def test_a_title_of_100_characters_and_tags_at_500_go_through(fake, tmp_path: Path) -> None:
    api, server = fake
    tags = ["a b"] * 99 + ["c"]  # 99 * (3 + 2 quotes) + 1 + 99 commas = 595: over
    with pytest.raises(Rejected, match="595"):
        _run(lambda a: a.publish(_req(_video(tmp_path), tags=tags)), api, server)
    tags = ["ab"] * 166 + ["cd"]  # 167 * 2 + 166 commas = 500: at the limit
    published = _run(lambda a: a.publish(_req(_video(tmp_path), title="t" * 100, tags=tags)), api, server)
    assert api.videos[published.remote_id]["snippet"]["title"] == "t" * 100
    assert api.violations == []


def test_processing_failure_is_rejected_in_words(fake, tmp_path: Path) -> None:
    api, server = fake
    api.fail_processing = "codec"
    with pytest.raises(Rejected, match="cannot decode"):
        _run(lambda a: a.publish(_req(_video(tmp_path))), api, server)


def test_unverified_projects_upload_private(fake, tmp_path: Path) -> None:
    api, server = fake
    api.unverified = True
    published = _run(lambda a: a.publish(_req(_video(tmp_path))), api, server)
    assert api.videos[published.remote_id]["status"]["privacyStatus"] == "private"


# -- quota ---------------------------------------------------------------------------------------------


def test_quota_exceeded_waits_until_pacific_midnight_and_is_remembered(fake, tmp_path: Path) -> None:
    api, server = fake
    api.uploads_limit = 0
    store = MemoryQuotaStore()
    path = _video(tmp_path)
    with pytest.raises(RateLimited) as caught:
        _run(lambda a: a.publish(_req(path)), api, server, store=store)
    # 17:00 UTC on 4 December is 09:00 in Los Angeles (PST, UTC-8): 15 hours to midnight there.
    assert caught.value.retry_after == timedelta(hours=15)
    assert caught.value.problem == QUOTA_SPENT
    # Postdesk's words are the code's (`refusal_words_waits`); Google's own reason stays its words.
    assert caught.value.network_message.startswith("quotaExceeded: The request cannot be completed")
    assert "midnight Pacific" in str(caught.value)  # the English, for the log only
    assert store.usage[7].exhausted
    before = len(server.requests)
    with pytest.raises(RateLimited) as again:
        _run(lambda a: a.publish(_req(path)), api, server, store=store)
    assert len(server.requests) == before  # refused from the count: nothing sent
    assert again.value.problem == QUOTA_SPENT
    api.now += timedelta(hours=15)  # a new Pacific day
    api.uploads_limit = 100
    assert _run(lambda a: a.publish(_req(path)), api, server, store=store).remote_id


def test_a_publish_the_remaining_quota_cannot_pay_for_is_not_started(fake, tmp_path: Path) -> None:
    api, server = fake
    store = MemoryQuotaStore()
    store.usage[7] = quota.QuotaUsage(quota.pacific_day(api.now), units=10_000 - 60, uploads=3)
    with pytest.raises(RateLimited) as caught:
        _run(
            lambda a: a.publish(_req(_video(tmp_path), thumbnail="t.png", playlist_id="PLfake1")),
            api,
            server,
            store=store,
        )
    assert server.requests == []
    assert caught.value.problem == QUOTA_SPENT
    assert caught.value.network_message == ""  # YouTube said nothing: Postdesk counted
    assert "60 quota units left" in str(caught.value)
    store.usage[7] = quota.QuotaUsage(quota.pacific_day(api.now), units=0, uploads=100)
    with pytest.raises(RateLimited) as caught:
        _run(lambda a: a.publish(_req(_video(tmp_path))), api, server, store=store)
    assert "no uploads left" in str(caught.value) and caught.value.network_message == ""


def test_every_call_is_counted(fake, tmp_path: Path) -> None:
    api, server = fake
    store = MemoryQuotaStore()

    async def scenario(adapter: YouTubeAdapter):
        published = await adapter.publish(_req(_video(tmp_path)))
        await adapter.metrics(7, published.remote_id)
        await adapter.fetch_inbox(7)
        await adapter.delete(7, published.remote_id)
        return await adapter.remaining(7)

    left = _run(scenario, api, server, store=store)
    day = quota.pacific_day(api.now)
    assert api.usage[day] == [1 + 1 + 1 + 50, 1]
    assert left == quota.Cost(10_000 - 53, 99)


def test_upload_limit_exceeded_is_a_wait(fake, tmp_path: Path) -> None:
    api, server = fake
    api.channel_upload_limit = 0
    with pytest.raises(RateLimited) as caught:
        _run(lambda a: a.publish(_req(_video(tmp_path))), api, server)
    assert caught.value.problem == UPLOAD_LIMIT
    assert caught.value.retry_after == timedelta(hours=24)
    assert caught.value.network_message.startswith("uploadLimitExceeded")  # Google's words, not Postdesk's


# -- faults ----------------------------------------------------------------------------------------------


def test_429_with_retry_after(fake, tmp_path: Path) -> None:
    api, server = fake
    server.fault(
        "POST",
        "/upload/youtube/v3/videos",
        Fault(
            "status",
            429,
            {"Retry-After": "120"},
            {"error": {"code": 429, "message": "Too many requests", "errors": [{"reason": "rateLimitExceeded"}]}},
        ),
    )
    with pytest.raises(RateLimited) as caught:
        _run(lambda a: a.publish(_req(_video(tmp_path))), api, server)
    assert caught.value.retry_after == timedelta(seconds=120)


def test_5xx_before_the_upload_is_transient(fake, tmp_path: Path) -> None:
    api, server = fake
    server.fault("POST", "/upload/youtube/v3/videos", Fault("status", 500, body={"error": {"code": 500}}))
    with pytest.raises(Transient):
        _run(lambda a: a.publish(_req(_video(tmp_path))), api, server)
    assert api.videos == {}


def test_an_expired_token_is_refreshed_once_then_auth_expired(fake, tmp_path: Path) -> None:
    api, server = fake
    creds = StaticCredentials("token-stale", refreshed="token-ok", user_id=CHANNEL)
    assert _run(lambda a: a.publish(_req(_video(tmp_path))), api, server, creds).remote_id
    assert creds.calls[:2] == [False, True] and creds.calls.count(True) == 1  # refreshed once, then used
    with pytest.raises(AuthExpired):
        _run(lambda a: a.publish(_req(_video(tmp_path))), api, server, StaticCredentials("token-stale", refreshed=None))


def test_missing_scope_is_refused_by_the_fake(fake, tmp_path: Path) -> None:
    api, server = fake
    api.tokens["token-upload-only"] = {"https://www.googleapis.com/auth/youtube.upload"}
    with pytest.raises(Rejected):
        _run(lambda a: a.fetch_inbox(7), api, server, StaticCredentials("token-upload-only", user_id=CHANNEL))
    assert api.violations and "insufficientPermissions" in api.violations[0]


def test_a_garbled_last_answer_is_answer_lost(fake, tmp_path: Path) -> None:
    api, server = fake
    path = _video(tmp_path, UNIT)
    server.fault("PUT", lambda r: r.headers.get("content-range", "").startswith("bytes 0-"), Fault("malformed"))
    with pytest.raises(AnswerLost):
        _run(lambda a: a.publish(_req(path)), api, server)


# -- lookup, metrics, inbox -----------------------------------------------------------------------------


def test_lookup_finds_the_upload_by_title_and_time(fake, tmp_path: Path) -> None:
    api, server = fake
    sent_at = api.now

    async def scenario(adapter: YouTubeAdapter):
        published = await adapter.publish(_req(_video(tmp_path)))
        found = await adapter.lookup(_req("x"), sent_at=sent_at)
        other = await adapter.lookup(_req("x", title="Another title"), sent_at=sent_at)
        later = await adapter.lookup(_req("x"), sent_at=sent_at + timedelta(hours=2))
        return published, found, other, later

    published, found, other, later = _run(scenario, api, server)
    assert found is not None and found.remote_id == published.remote_id
    assert other is None and later is None
    assert api.violations == []


def test_metrics_read_views_likes_comments(fake, tmp_path: Path) -> None:
    api, server = fake

    async def scenario(adapter: YouTubeAdapter):
        published = await adapter.publish(_req(_video(tmp_path)))
        api.videos[published.remote_id]["statistics"] = {
            "viewCount": "1234",
            "likeCount": "56",
            "commentCount": "7",
            "favoriteCount": "0",
        }
        counts = await adapter.metrics(7, published.remote_id)
        await adapter.delete(7, published.remote_id)
        with pytest.raises(Rejected):
            await adapter.metrics(7, published.remote_id)
        return counts

    counts = _run(scenario, api, server)
    assert (counts.views, counts.likes, counts.replies, counts.reposts) == (1234, 56, 7, None)


def test_inbox_lists_comments_and_replies_to_them(fake, tmp_path: Path) -> None:
    api, server = fake
    api.add_comment("vid1", "Viewer One", "Great video!")
    api.add_comment("vid1", "Me", "Thanks all", author_channel=CHANNEL)
    api.add_comment("vid2", "Viewer Two", "How long did it take?")

    async def scenario(adapter: YouTubeAdapter):
        first = await adapter.fetch_inbox(7, limit=2)
        second = await adapter.fetch_inbox(7, cursor=first.cursor, limit=2)
        reply = await adapter.reply(7, second.items[0], "About a week")
        return first, second, reply

    first, second, reply = _run(scenario, api, server)
    assert [i.text for i in first.items] == ["How long did it take?"]  # the channel's own left out
    assert [i.text for i in second.items] == ["Great video!"]
    item = second.items[0]
    assert item.kind is InboxKind.COMMENT and item.author_name == "Viewer One"
    assert item.url == f"https://www.youtube.com/watch?v=vid1&lc={item.remote_id}"
    sent = api.replies[-1]["snippet"]
    assert (sent["parentId"], sent["textOriginal"]) == (item.reply_ref["thread_id"], "About a week")
    assert reply.remote_id == api.replies[-1]["id"]
    assert api.violations == []


def test_first_comment_on_the_video(fake, tmp_path: Path) -> None:
    api, server = fake

    async def scenario(adapter: YouTubeAdapter):
        published = await adapter.publish(_req(_video(tmp_path)))
        return published, await adapter.first_comment(7, published.remote_id, "Links in here")

    published, comment = _run(scenario, api, server)
    assert api.replies[-1]["snippet"]["videoId"] == published.remote_id
    assert comment.remote_id == api.replies[-1]["id"]


def test_probe(fake) -> None:
    api, server = fake
    assert _run(lambda a: a.probe(), api, server)


def test_the_pacific_reset_follows_daylight_saving() -> None:
    # In July Los Angeles is on PDT (UTC-7): midnight there is 07:00 UTC.
    assert quota.next_reset(datetime(2026, 7, 1, 6, 59, tzinfo=UTC)) == datetime(2026, 7, 1, 7, 0, tzinfo=UTC)
    assert quota.next_reset(datetime(2026, 12, 4, 17, 0, tzinfo=UTC)) == datetime(2026, 12, 5, 8, 0, tzinfo=UTC)


def test_403_rate_limit_exceeded_is_a_short_wait(fake, tmp_path: Path) -> None:
    api, server = fake
    server.fault(
        "GET",
        "/youtube/v3/videos",
        Fault(
            "status",
            403,
            body={
                "error": {
                    "code": 403,
                    "message": "Rate limit",
                    "errors": [{"reason": "rateLimitExceeded", "domain": "youtube.quota"}],
                }
            },
        ),
    )
    with pytest.raises(RateLimited) as caught:
        _run(lambda a: a.metrics(7, "vid1"), api, server)
    assert caught.value.retry_after == timedelta(minutes=1) and caught.value.problem == ""


def test_the_fake_refuses_what_google_refuses(fake) -> None:
    """The fake is strict: unknown parameters, parts and body fields, and missing required ones, are 400s."""
    import httpx

    api, server = fake
    auth = {"Authorization": "Bearer token-ok"}
    base = server.url + "/youtube/v3"
    with httpx.Client() as client:
        assert client.get(base + "/videos", params={"part": "statistics", "id": "x"}, headers=auth).status_code == 200
        assert client.get(base + "/videos", params={"part": "stats", "id": "x"}, headers=auth).status_code == 400
        assert client.get(base + "/videos", params={"id": "x"}, headers=auth).status_code == 400
        assert client.get(base + "/videos", params={"part": "id", "colour": "red"}, headers=auth).status_code == 400
        assert (
            client.get(
                base + "/commentThreads", params={"part": "snippet", "order": "newest"}, headers=auth
            ).status_code
            == 400
        )
        assert (
            client.post(
                base + "/playlistItems",
                params={"part": "snippet"},
                headers=auth,
                json={
                    "snippet": {
                        "playlistId": "PLfake1",
                        "resourceId": {"kind": "youtube#video", "videoId": "v"},
                        "colour": "red",
                    }
                },
            ).status_code
            == 400
        )
        assert (
            client.post(
                server.url + "/upload/youtube/v3/videos",
                params={"uploadType": "resumable", "part": "snippet,status"},
                headers={**auth, "X-Upload-Content-Length": "10", "X-Upload-Content-Type": "video/mp4"},
                json={"snippet": {"title": "t"}, "status": {"privacyStatus": "friends"}},
            ).status_code
            == 400
        )
        refused = client.get(
            base + "/videos", params={"part": "id", "id": "x"}, headers={"Authorization": "Bearer nope"}
        )
        assert refused.status_code == 401 and refused.json()["error"]["errors"][0]["reason"] == "authError"
    assert len(api.violations) == 6


def test_a_failed_status_check_after_the_upload_does_not_upload_again(fake, tmp_path: Path) -> None:
    api, server = fake
    api.processing_polls = 5
    server.fault("GET", "/youtube/v3/videos", Fault("status", 503, body={"error": {"code": 503}}))
    published = _run(lambda a: a.publish(_req(_video(tmp_path))), api, server)
    assert list(api.videos) == [published.remote_id]


def test_find_reply_tells_whether_a_lost_reply_went_out(fake) -> None:
    api, server = fake
    api.add_comment("vid1", "Viewer One", "Great video!")
    sent_after = api.now - timedelta(seconds=1)

    async def scenario(adapter: YouTubeAdapter):
        item = (await adapter.fetch_inbox(7)).items[0]
        before = await adapter.find_reply(7, item, "Thank you!", sent_after=sent_after)
        reply = await adapter.reply(7, item, "Thank you!")
        after = await adapter.find_reply(7, item, "Thank you!", sent_after=sent_after)
        other = await adapter.find_reply(7, item, "Something else", sent_after=sent_after)
        return before, reply, after, other

    before, reply, after, other = _run(scenario, api, server)
    assert before is None and other is None
    assert after is not None and after.remote_id == reply.remote_id
    assert api.violations == []


def test_a_lost_hand_off_is_found_by_the_engines_request_without_publish_at(fake, tmp_path: Path) -> None:
    api, server = fake
    path = _video(tmp_path, UNIT)
    sent_at = api.now
    for _ in range(7):  # the last chunk's answer and every status query after it are lost
        server.fault("PUT", lambda r: r.path.startswith("/upload/"), Fault("drop_after"))

    async def scenario(adapter: YouTubeAdapter):
        base = _req(path)
        with pytest.raises(AnswerLost):
            await adapter.publish(
                PublishRequest(
                    1,
                    7,
                    base.parts,
                    base.media_paths,
                    base.options,
                    idempotency_key="k",
                    publish_at=api.now + timedelta(days=1),
                )
            )
        return await adapter.lookup(_req(path), sent_at=sent_at)  # what confirm_handoff asks later

    found = _run(scenario, api, server)
    assert found is not None and list(api.videos) == [found.remote_id]
    assert api.videos[found.remote_id]["status"]["privacyStatus"] == "private"
