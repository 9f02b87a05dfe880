"""The X adapter against a fake X API v2 served on 127.0.0.1 (tests/fakes/x_api.py).

Every request is validated by the fake against X's OpenAPI document
(`/work/shared/specs/x-api/x-api-v2.latest-openapi.json`); `fake.violations` must stay empty
in the happy paths.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from PIL import Image

from postdesk.platforms import x as x_module
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
from postdesk.platforms.metrics import MetricsAdapter, PostMetrics
from postdesk.platforms.registry import Registry
from postdesk.platforms.x import ACCESS_LEVEL, XAdapter
from tests.fakes.api_server import ApiServer, Fault
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.x_api import FakeX

pytestmark = pytest.mark.integration


@pytest.fixture
def fake() -> Iterator[tuple[FakeX, ApiServer]]:
    api = FakeX()
    server = ApiServer(api).start()
    yield api, server
    server.stop()


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


def _adapter(api: FakeX, server: ApiServer, creds: StaticCredentials | None = None, **kwargs) -> XAdapter:
    creds = creds or StaticCredentials("token-alice", user_id="1")
    return XAdapter(creds, base_url=server.url, clock=lambda: api.now, sleep=_no_wait, **kwargs)


def _req(*parts: str, **kwargs) -> PublishRequest:
    return PublishRequest(target_id=1, account_id=7, parts=parts, **kwargs)


def _image(tmp_path: Path, name: str = "a.png") -> str:
    path = tmp_path / name
    Image.new("RGB", (64, 48), (10, 120, 200)).save(path)
    return str(path)


def _video(tmp_path: Path, size: int) -> str:
    path = tmp_path / "clip.mp4"
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + os.urandom(size - 24))
    return str(path)


def _run(make, api, server, creds=None, **kwargs):
    async def scenario():
        adapter = _adapter(api, server, creds, **kwargs)
        try:
            return await make(adapter)
        finally:
            await adapter.aclose()

    return asyncio.run(scenario())


@pytest.mark.schema
def test_text_image_with_alt_text(fake, tmp_path):
    api, server = fake
    published = _run(
        lambda a: a.publish(
            _req(
                "Hello & welcome <3 https://example.org/page",
                media_paths=(_image(tmp_path),),
                options={"alt_texts": ["A blue square"]},
            )
        ),
        api,
        server,
    )
    assert api.violations == []
    tweet = api.tweets[published.remote_id]
    assert tweet["_body"]["media"]["media_ids"]
    [media_id] = tweet["_body"]["media"]["media_ids"]
    assert api.media[media_id]["alt"] == "A blue square"
    assert api.media[media_id]["category"] == "tweet_image"
    assert published.remote_url.endswith(published.remote_id)


@pytest.mark.schema
def test_chunked_video_upload_with_processing(fake, tmp_path):
    api, server = fake
    api.processing_polls = 3
    size = x_module.CHUNK * 2 + 1000
    published = _run(lambda a: a.publish(_req("a clip", media_paths=(_video(tmp_path, size),))), api, server)
    [media_id] = api.tweets[published.remote_id]["_body"]["media"]["media_ids"]
    item = api.media[media_id]
    assert item["category"] == "tweet_video" and sorted(item["chunks"]) == [0, 1, 2]
    assert sum(len(c) for c in item["chunks"].values()) == size
    statuses = [r for r in server.requests if r.path == "/2/media/upload" and r.method == "GET"]
    assert len(statuses) == 3
    assert api.violations == []


def test_video_processing_wait_is_bounded(fake, tmp_path):
    api, server = fake
    api.processing_polls = 1000
    with pytest.raises(Transient, match="still processing"):
        _run(lambda a: a.publish(_req("slow", media_paths=(_video(tmp_path, 5000),))), api, server, media_wait=5)
    assert api.tweets == {}


@pytest.mark.schema
def test_thread_and_poll(fake):
    api, server = fake
    published = _run(
        lambda a: a.publish(
            _req(
                "1/ Which?",
                "2/ more",
                "3/ end",
                options={"poll": {"options": ["A", "B"], "duration_minutes": 60}, "reply_settings": "following"},
            )
        ),
        api,
        server,
    )
    first, second, third = (api.tweets[i] for i in published.part_ids)
    assert first["_body"]["poll"] == {"options": ["A", "B"], "duration_minutes": 60}
    assert "reply" not in first["_body"]
    assert second["_body"]["reply"] == {"in_reply_to_tweet_id": first["id"]}
    assert third["_body"]["reply"] == {"in_reply_to_tweet_id": second["id"]}
    assert api.violations == []


@pytest.mark.schema
def test_field_x_does_not_accept_fails(fake):
    """TweetCreateRequest has additionalProperties false: an unknown field is a 400 + violation."""
    api, server = fake
    with httpx.Client(base_url=server.url, headers={"Authorization": "Bearer token-alice"}) as c:
        answer = c.post("/2/tweets", json={"text": "hi", "visibility": "public"})
    assert answer.status_code == 400
    assert any("visibility" in v for v in api.violations)
    api.violations.clear()
    with pytest.raises(Rejected):
        _run(
            lambda a: a.publish(_req("poll", options={"poll": {"options": ["only one"], "duration_minutes": 2}})),
            api,
            server,
        )
    assert any("poll" in v for v in api.violations)


def test_scheduling_is_refused_without_a_request(fake):
    api, server = fake
    with pytest.raises(Rejected, match="cannot schedule"):
        _run(lambda a: a.publish(_req("later", publish_at=api.now + timedelta(hours=1))), api, server)
    assert server.requests == []


def test_duplicate_text_is_rejected_with_xs_reason(fake):
    api, server = fake

    async def twice(adapter):
        await adapter.publish(_req("same words"))
        await adapter.publish(_req("same words"))

    with pytest.raises(Rejected, match="duplicate content") as caught:
        _run(twice, api, server)
    assert caught.value.http_status == 403


def test_delete_and_delete_missing(fake):
    api, server = fake

    async def scenario(adapter):
        published = await adapter.publish(_req("bye"))
        await adapter.delete(7, published.remote_id)
        await adapter.delete(7, published.remote_id)

    _run(scenario, api, server)
    assert api.tweets == {}


@pytest.mark.schema
def test_metrics_from_public_metrics(fake):
    api, server = fake

    async def scenario(adapter):
        post = await adapter.publish(_req("measure me"))
        api.reply_from("2", post.remote_id, "@alice measured")
        api.tweets[post.remote_id].update(_likes=5, _retweets=2, _quotes=1)
        without_views = await adapter.metrics(7, post.remote_id)
        api.tweets[post.remote_id]["_impressions"] = 140
        with_views = await adapter.metrics(7, post.remote_id)
        await adapter.delete(7, post.remote_id)
        with pytest.raises(Rejected, match="Could not find tweet"):
            await adapter.metrics(7, post.remote_id)
        return adapter, without_views, with_views

    adapter, without_views, with_views = _run(scenario, api, server)
    assert isinstance(adapter, MetricsAdapter)
    assert without_views == PostMetrics(likes=5, reposts=2, replies=1, views=None, quotes=1)
    assert with_views == PostMetrics(likes=5, reposts=2, replies=1, views=140, quotes=1)
    assert api.violations == []


def test_fake_refuses_a_tweet_field_x_does_not_have(fake):
    api, server = fake
    response = httpx.get(
        f"{server.url}/2/tweets/1",
        params={"tweet.fields": "favourites"},
        headers={"Authorization": "Bearer token-alice"},
    )
    assert response.status_code == 400 and api.violations


def test_lost_answer_then_lookup_by_text(fake):
    api, server = fake
    server.fault("POST", "/2/tweets", Fault("drop_after"))
    text = "Read this & that: https://example.org/a?b=c"

    async def scenario(adapter):
        with pytest.raises(AnswerLost):
            await adapter.publish(_req(text))
        found = await adapter.lookup(_req(text), sent_at=api.now)
        missing = await adapter.lookup(_req("never sent"), sent_at=api.now)
        return found, missing

    found, missing = _run(scenario, api, server)
    assert found is not None and found.remote_id in api.tweets
    assert missing is None
    listing = next(r for r in server.requests if "/tweets" in r.path and r.method == "GET")
    assert listing.query["start_time"] == [(api.now - timedelta(minutes=2)).strftime("%Y-%m-%dT%H:%M:%SZ")]
    assert api.violations == []


def test_lookup_finds_a_thread_chain_and_uses_users_me_without_user_id(fake):
    api, server = fake
    creds = StaticCredentials("token-alice")  # no user id stored

    async def scenario(adapter):
        published = await adapter.publish(_req("one", "two"))
        return published, await adapter.lookup(_req("one", "two"), sent_at=api.now)

    published, found = _run(scenario, api, server, creds)
    assert found == published
    assert any(r.path == "/2/users/me" for r in server.requests)


def test_mentions_inbox_pages_and_reply(fake):
    api, server = fake

    async def scenario(adapter):
        mine = await adapter.publish(_req("Questions?"))
        replies = [api.reply_from("2", mine.remote_id, f"@alice yes: a < b #{i}") for i in range(6)]
        page = await adapter.fetch_inbox(7, limit=5)
        older = await adapter.fetch_inbox(7, cursor=page.cursor, limit=5)
        answer = await adapter.reply(7, page.items[0], "@bob thanks")
        return mine, replies, page, older, answer

    mine, replies, page, older, answer = _run(scenario, api, server)
    assert [i.remote_id for i in page.items] == replies[::-1][:5]
    assert [i.remote_id for i in older.items] == replies[:1] and older.cursor is None
    newest = page.items[0]
    assert (newest.kind, newest.author_handle, newest.text) == (InboxKind.REPLY, "bob", "@alice yes: a < b #5")
    assert api.tweets[answer.remote_id]["_body"]["reply"] == {"in_reply_to_tweet_id": replies[-1]}
    assert api.tweets[replies[-1]]["referenced_tweets"][0]["id"] == mine.remote_id
    assert api.violations == []


@pytest.mark.parametrize("level", ["free", "no_credits"])
def test_mentions_without_access_level_say_so(fake, level):
    api, server = fake
    api.access_level = level
    with pytest.raises(Rejected) as caught:
        _run(lambda a: a.fetch_inbox(7), api, server)
    assert caught.value.reason == ACCESS_LEVEL
    assert caught.value.http_status == (403 if level == "free" else 402)


# -- faults ------------------------------------------------------------------------------------


def test_401_refreshes_and_retries_once(fake):
    api, server = fake
    creds = StaticCredentials("expired", refreshed="token-alice", user_id="1")
    published = _run(lambda a: a.publish(_req("after refresh")), api, server, creds)
    assert published.remote_id in api.tweets
    assert creds.calls == [False, True]


def test_401_twice_is_auth_expired(fake):
    api, server = fake
    creds = StaticCredentials("expired", refreshed="still-bad", user_id="1")
    with pytest.raises(AuthExpired):
        _run(lambda a: a.publish(_req("nope")), api, server, creds)
    assert creds.calls == [False, True] and api.tweets == {}


def test_429_uses_x_rate_limit_reset(fake):
    api, server = fake
    reset = int(api.now.timestamp()) + 600
    server.fault(
        "POST",
        "/2/tweets",
        Fault(
            "status",
            429,
            {"x-rate-limit-limit": "100", "x-rate-limit-remaining": "0", "x-rate-limit-reset": str(reset)},
            {"title": "Too Many Requests", "type": "about:blank", "status": 429, "detail": "Too Many Requests"},
        ),
    )
    with pytest.raises(RateLimited) as caught:
        _run(lambda a: a.publish(_req("slow")), api, server)
    assert caught.value.retry_after == timedelta(seconds=600)


def test_429_prefers_retry_after(fake):
    api, server = fake
    server.fault(
        "GET",
        "/tweets",
        Fault(
            "status",
            429,
            {"Retry-After": "7", "x-rate-limit-reset": str(int(api.now.timestamp()) + 900)},
            {"title": "Too Many Requests", "type": "about:blank"},
        ),
    )
    with pytest.raises(RateLimited) as caught:
        _run(lambda a: a.lookup(_req("x"), sent_at=api.now), api, server)
    assert caught.value.retry_after == timedelta(seconds=7)


def test_5xx_is_transient(fake):
    api, server = fake
    server.fault(
        "POST",
        "/2/tweets",
        Fault("status", 503, body={"title": "Service Unavailable", "type": "about:blank", "detail": "Over capacity"}),
    )
    with pytest.raises(Transient, match="Over capacity"):
        _run(lambda a: a.publish(_req("x")), api, server)


def test_connection_dropped_mid_upload_is_transient(fake, tmp_path):
    api, server = fake
    server.fault("POST", "/append", Fault("drop_mid_body"))
    with pytest.raises(Transient):
        _run(lambda a: a.publish(_req("clip", media_paths=(_video(tmp_path, 3_000_000),))), api, server)
    assert api.tweets == {}


def test_timeout_after_sending_is_answer_lost(fake):
    api, server = fake
    server.fault("POST", "/2/tweets", Fault("stall"))
    with pytest.raises(AnswerLost):
        _run(lambda a: a.publish(_req("slow answer")), api, server, timeout=httpx.Timeout(5.0, read=0.3))
    assert len(api.tweets) == 1  # X has it; the engine must look before resending


def test_poll_with_media_is_refused_before_upload(fake, tmp_path):
    api, server = fake
    with pytest.raises(Rejected, match="poll and media"):
        _run(
            lambda a: a.publish(
                _req(
                    "both",
                    media_paths=(_image(tmp_path),),
                    options={"poll": {"options": ["A", "B"], "duration_minutes": 60}},
                )
            ),
            api,
            server,
        )
    assert server.requests == []


@pytest.mark.schema
def test_media_only_post_sends_no_text(fake, tmp_path):
    api, server = fake
    published = _run(lambda a: a.publish(_req("", media_paths=(_image(tmp_path),))), api, server)
    assert "text" not in api.tweets[published.remote_id]["_body"]
    assert api.violations == []


def test_malformed_answers(fake):
    api, server = fake
    server.fault("POST", "/2/tweets", Fault("malformed"))
    server.fault("GET", "/2/users/1/mentions", Fault("malformed"))

    async def scenario(adapter):
        with pytest.raises(AnswerLost, match="not JSON"):
            await adapter.publish(_req("garbled"))
        with pytest.raises(Transient, match="not JSON"):
            await adapter.fetch_inbox(7)

    _run(scenario, api, server)
    assert len(api.tweets) == 1  # X took the post; only the answer was garbled


def test_register():
    registry = Registry()
    x_module.register(registry, StaticCredentials("t"))
    adapter = registry.build()[x_module.Network.X]
    assert isinstance(adapter, XAdapter) and isinstance(adapter, Adapter)
    assert isinstance(adapter, InboxAdapter)
    asyncio.run(adapter.aclose())
