"""The Mastodon adapter against a fake instance served on 127.0.0.1 (tests/fakes/mastodon_api.py).

Every request the adapter sends is validated by the fake against the official OpenAPI subset
(`/work/shared/specs/mastodon/`); `fake.violations` must stay empty in the happy paths.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

import httpx
import pytest
from PIL import Image

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
from postdesk.platforms.mastodon import SCHEDULED_PREFIX, MastodonAdapter
from postdesk.platforms.metrics import MetricsAdapter, PostMetrics
from postdesk.platforms.registry import Registry
from tests.fakes.api_server import ApiServer, Fault
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.mastodon_api import FakeMastodon

pytestmark = pytest.mark.integration


@pytest.fixture
def fake() -> Iterator[tuple[FakeMastodon, ApiServer]]:
    instance = FakeMastodon()
    server = ApiServer(instance).start()
    instance.base = server.url
    yield instance, server
    server.stop()


def _image(tmp_path: Path, name: str = "a.png", size: tuple[int, int] = (64, 48)) -> str:
    path = tmp_path / name
    Image.new("RGB", size, (200, 30, 30)).save(path)
    return str(path)


def _noise(tmp_path: Path, side: int = 700) -> str:
    """A PNG of random pixels, large enough that its upload spans many TCP segments."""
    path = tmp_path / "noise.png"
    Image.frombytes("RGB", (side, side), bytes(__import__("os").urandom(side * side * 3))).save(path)
    return str(path)


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


def _adapter(
    instance: FakeMastodon, server: ApiServer, creds: StaticCredentials | None = None, **kwargs
) -> MastodonAdapter:
    creds = creds or StaticCredentials("token-alice", base_url=server.url)
    return MastodonAdapter(creds, clock=lambda: instance.now, sleep=_no_wait, **kwargs)


def _req(*parts: str, **kwargs) -> PublishRequest:
    kwargs.setdefault("idempotency_key", "key-1")
    return PublishRequest(target_id=1, account_id=7, parts=parts, **kwargs)


def _run(coro):
    return asyncio.run(coro)


@pytest.mark.schema
def test_status_with_media_alt_focus_cw_language(fake, tmp_path):
    instance, server = fake

    async def scenario():
        adapter = _adapter(instance, server)
        try:
            return await adapter.publish(
                _req(
                    "Hello https://example.org/a/very/long/path/that/is/elided #tag",
                    media_paths=(_image(tmp_path),),
                    options={
                        "visibility": "unlisted",
                        "spoiler_text": "food",
                        "language": "en",
                        "alt_texts": ["A red square"],
                        "media_focus": [(0.5, -0.25)],
                    },
                )
            )
        finally:
            await adapter.aclose()

    published = _run(scenario())
    assert instance.violations == []
    status = instance.statuses[published.remote_id]
    assert status["visibility"] == "unlisted"
    assert status["spoiler_text"] == "food" and status["sensitive"] is True
    assert status["language"] == "en"
    [media] = status["media_attachments"]
    assert media["description"] == "A red square"
    assert media["meta"]["focus"] == {"x": 0.5, "y": -0.25}
    assert published.remote_url == status["url"]
    create = next(r for r in server.requests if r.path == "/api/v1/statuses")
    assert create.headers["idempotency-key"] == "key-1"
    assert create.headers["authorization"] == "Bearer token-alice"


@pytest.mark.schema
def test_media_processing_is_polled_until_ready(fake, tmp_path):
    instance, server = fake
    instance.media_polls = 3

    async def scenario():
        adapter = _adapter(instance, server)
        try:
            return await adapter.publish(_req("with media", media_paths=(_image(tmp_path),)))
        finally:
            await adapter.aclose()

    published = _run(scenario())
    polls = [r for r in server.requests if r.path.startswith("/api/v1/media/")]
    assert len(polls) == 3
    assert instance.statuses[published.remote_id]["media_attachments"][0]["url"]
    assert instance.violations == []


def test_media_processing_wait_is_bounded(fake, tmp_path):
    instance, server = fake
    instance.media_polls = 1000

    async def scenario():
        adapter = _adapter(instance, server, media_wait=10, poll_interval=2)
        try:
            await adapter.publish(_req("never ready", media_paths=(_image(tmp_path),)))
        finally:
            await adapter.aclose()

    with pytest.raises(Transient, match="still processing"):
        _run(scenario())
    assert len([r for r in server.requests if r.path.startswith("/api/v1/media/")]) == 5
    assert instance.statuses == {}


def test_fake_refuses_status_with_unprocessed_media(fake, tmp_path):
    """The rule the polling exists for: Mastodon refuses media that is still processing."""
    instance, server = fake
    instance.media_polls = 5
    with httpx.Client(base_url=server.url, headers={"Authorization": "Bearer token-alice"}) as c:
        upload = c.post("/api/v2/media", files={"file": ("a.png", b"\x89PNG", "image/png")})
        assert upload.status_code == 202 and upload.json()["url"] is None
        create = c.post("/api/v1/statuses", json={"status": "x", "media_ids": [upload.json()["id"]]})
    assert create.status_code == 422
    assert "finished processing" in create.json()["error"]


@pytest.mark.schema
def test_thread_replies_chain_with_per_part_keys(fake):
    instance, server = fake

    async def scenario():
        adapter = _adapter(instance, server)
        try:
            return await adapter.publish(_req("one", "two", "three"))
        finally:
            await adapter.aclose()

    published = _run(scenario())
    first, second, third = (instance.statuses[i] for i in published.part_ids)
    assert first["in_reply_to_id"] is None
    assert second["in_reply_to_id"] == first["id"] and third["in_reply_to_id"] == second["id"]
    keys = [r.headers["idempotency-key"] for r in server.requests if r.path == "/api/v1/statuses"]
    assert keys == ["key-1", "key-1-part1", "key-1-part2"]
    assert instance.violations == []


def test_resend_with_same_key_returns_the_same_thread(fake):
    instance, server = fake

    async def scenario():
        adapter = _adapter(instance, server)
        try:
            return (await adapter.publish(_req("one", "two")), await adapter.publish(_req("one", "two")))
        finally:
            await adapter.aclose()

    first, again = _run(scenario())
    assert again == first
    assert len(instance.statuses) == 2
    assert instance.idempotency_hits == 2


@pytest.mark.schema
def test_poll(fake):
    instance, server = fake

    async def scenario():
        adapter = _adapter(instance, server)
        try:
            return await adapter.publish(
                _req(
                    "Tea or coffee?",
                    options={"poll": {"options": ["Tea", "Coffee"], "duration_minutes": 60, "multiple": True}},
                )
            )
        finally:
            await adapter.aclose()

    published = _run(scenario())
    poll = instance.statuses[published.remote_id]["poll"]
    assert [o["title"] for o in poll["options"]] == ["Tea", "Coffee"] and poll["multiple"]
    create = next(r for r in server.requests if r.path == "/api/v1/statuses").json()
    assert create["poll"]["expires_in"] == 3600
    assert instance.violations == []


@pytest.mark.schema
def test_field_the_instance_does_not_accept_fails(fake):
    """An unknown visibility is refused by the schema: the adapter reports the network's reason."""
    instance, server = fake

    async def scenario():
        adapter = _adapter(instance, server)
        try:
            await adapter.publish(_req("hello", options={"visibility": "everyone"}))
        finally:
            await adapter.aclose()

    with pytest.raises(Rejected) as caught:
        _run(scenario())
    assert caught.value.http_status == 422
    assert any("visibility" in v for v in instance.violations)
    with httpx.Client(base_url=server.url, headers={"Authorization": "Bearer token-alice"}) as c:
        assert c.post("/api/v1/statuses", json={"status": "x", "content_warning": "y"}).status_code == 422
    assert any("content_warning" in v for v in instance.violations)


@pytest.mark.schema
def test_native_scheduling_and_lookup_of_the_hand_off(fake):
    instance, server = fake
    when = instance.now + timedelta(minutes=30)

    async def scenario():
        adapter = _adapter(instance, server)
        try:
            request = _req("Later", publish_at=when, options={"visibility": "public"})
            scheduled = await adapter.publish(request)
            again = await adapter.publish(request)  # a resend after a lost answer
            before = await adapter.lookup(request, sent_at=instance.now)
            instance.now = when + timedelta(minutes=1)
            instance.run_due()
            after = await adapter.lookup(request, sent_at=when - timedelta(minutes=31))
            return scheduled, again, before, after
        finally:
            await adapter.aclose()

    scheduled, again, before, after = _run(scenario())
    assert scheduled.remote_id.startswith("scheduled:") and again == scheduled
    assert before == scheduled
    assert after is not None and instance.statuses[after.remote_id]["content"] == "<p>Later</p>"
    assert instance.violations == []


def test_lost_hand_off_is_found_by_a_request_without_publish_at(fake):
    """The engine's confirm step sends the plain request; the scheduled status must be found."""
    instance, server = fake
    server.fault("POST", "/api/v1/statuses", Fault("drop_after"))

    async def scenario():
        adapter = _adapter(instance, server)
        try:
            with pytest.raises(AnswerLost):
                await adapter.publish(_req("Later", publish_at=instance.now + timedelta(hours=1)))
            return await adapter.lookup(_req("Later"), sent_at=instance.now)
        finally:
            await adapter.aclose()

    found = _run(scenario())
    [scheduled_id] = instance.scheduled
    assert found is not None and found.remote_id == f"scheduled:{scheduled_id}"


def test_scheduling_too_soon_is_refused_before_sending(fake):
    instance, server = fake

    async def scenario():
        adapter = _adapter(instance, server)
        try:
            await adapter.publish(_req("soon", publish_at=instance.now + timedelta(minutes=4)))
        finally:
            await adapter.aclose()

    with pytest.raises(Rejected, match="5 minutes"):
        _run(scenario())
    assert server.requests == []


def test_delete_and_delete_missing(fake):
    instance, server = fake

    async def scenario():
        adapter = _adapter(instance, server)
        try:
            published = await adapter.publish(_req("bye"))
            await adapter.delete(7, published.remote_id)
            await adapter.delete(7, published.remote_id)  # already gone counts as deleted
        finally:
            await adapter.aclose()

    _run(scenario())
    assert instance.statuses == {}


def test_metrics_read_the_status_counts(fake):
    instance, server = fake

    async def scenario():
        adapter = _adapter(instance, server)
        try:
            post = await adapter.publish(_req("count me"))
            instance.reply_from("2", post.remote_id, "nice")
            instance.statuses[post.remote_id]["reblogs_count"] = 3
            instance.tokens["token-bob"] = "2"
            async with httpx.AsyncClient() as bob:
                liked = await bob.post(
                    f"{server.url}/api/v1/statuses/{post.remote_id}/favourite",
                    headers={"Authorization": "Bearer token-bob"},
                )
                assert liked.status_code == 200
            counts = await adapter.metrics(7, post.remote_id)
            await adapter.delete(7, post.remote_id)
            with pytest.raises(Rejected):
                await adapter.metrics(7, post.remote_id)
            scheduled = await adapter.metrics(7, SCHEDULED_PREFIX + "1")
            return adapter, counts, scheduled
        finally:
            await adapter.aclose()

    adapter, counts, scheduled = _run(scenario())
    assert isinstance(adapter, MetricsAdapter)
    assert counts == PostMetrics(likes=1, reposts=3, replies=1, views=None, quotes=None)
    assert scheduled == PostMetrics(None, None, None, None, None)
    assert instance.violations == []


def test_lost_answer_then_lookup_finds_the_post(fake):
    instance, server = fake
    server.fault("POST", "/api/v1/statuses", Fault("drop_after"))
    sent = instance.now

    async def scenario():
        adapter = _adapter(instance, server)
        try:
            with pytest.raises(AnswerLost):
                await adapter.publish(_req("Hello @bob@other.example see https://example.org"))
            found = await adapter.lookup(_req("Hello @bob@other.example see https://example.org"), sent_at=sent)
            missing = await adapter.lookup(_req("never sent"), sent_at=sent)
            return found, missing
        finally:
            await adapter.aclose()

    found, missing = _run(scenario())
    assert found is not None and found.remote_id in instance.statuses
    assert missing is None


def test_partial_thread_inside_key_window_is_not_found_and_resend_completes_it(fake):
    instance, server = fake

    async def scenario():
        adapter = _adapter(instance, server)
        try:
            await adapter.publish(_req("one"))  # only part 1 arrived (same key as the thread)
            thread = _req("one", "two")
            looked = await adapter.lookup(thread, sent_at=instance.now)
            done = await adapter.publish(thread)
            return looked, done
        finally:
            await adapter.aclose()

    looked, done = _run(scenario())
    assert looked is None
    assert len(instance.statuses) == 2 and len(done.part_ids) == 2


# -- faults ------------------------------------------------------------------------------------


def test_401_refreshes_and_retries_once(fake):
    instance, server = fake
    creds = StaticCredentials("expired", refreshed="token-alice", base_url=server.url)

    async def scenario():
        adapter = _adapter(instance, server, creds)
        try:
            return await adapter.publish(_req("after refresh"))
        finally:
            await adapter.aclose()

    published = _run(scenario())
    assert published.remote_id in instance.statuses
    assert creds.calls == [False, True]


def test_401_after_refresh_is_auth_expired(fake):
    instance, server = fake
    creds = StaticCredentials("expired", refreshed="still-bad", base_url=server.url)

    async def scenario():
        adapter = _adapter(instance, server, creds)
        try:
            await adapter.publish(_req("nope"))
        finally:
            await adapter.aclose()

    with pytest.raises(AuthExpired):
        _run(scenario())
    assert creds.calls == [False, True]
    assert instance.statuses == {}


def test_failed_refresh_is_auth_expired(fake):
    instance, server = fake
    creds = StaticCredentials("expired", refreshed=None, base_url=server.url)

    async def scenario():
        adapter = _adapter(instance, server, creds)
        try:
            await adapter.publish(_req("nope"))
        finally:
            await adapter.aclose()

    with pytest.raises(AuthExpired):
        _run(scenario())


@pytest.mark.parametrize("header, seconds", [("42", 42), ("date", 90), ("reset", 300)])
def test_429_with_retry_after(fake, header, seconds):
    instance, server = fake
    if header == "reset":  # what Mastodon itself sends: the window's end as ISO 8601
        reset = (instance.now + timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        headers = {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset}
    elif header == "date":
        headers = {"Retry-After": format_datetime(instance.now + timedelta(seconds=90), usegmt=True)}
    else:
        headers = {"Retry-After": header}
    server.fault("POST", "/api/v1/statuses", Fault("status", 429, headers, {"error": "Too many requests"}))

    async def scenario():
        adapter = _adapter(instance, server)
        try:
            await adapter.publish(_req("slow down"))
        finally:
            await adapter.aclose()

    with pytest.raises(RateLimited) as caught:
        _run(scenario())
    assert caught.value.retry_after == timedelta(seconds=seconds)
    assert caught.value.network_message == "Too many requests"


def test_5xx_is_transient(fake):
    instance, server = fake
    server.fault("POST", "/api/v1/statuses", Fault("status", 503, body={"error": "Down"}))

    async def scenario():
        adapter = _adapter(instance, server)
        try:
            await adapter.publish(_req("x"))
        finally:
            await adapter.aclose()

    with pytest.raises(Transient):
        _run(scenario())


def test_connection_dropped_mid_upload_is_transient(fake, tmp_path):
    instance, server = fake
    server.fault("POST", "/api/v2/media", Fault("drop_mid_body"))

    async def scenario():
        adapter = _adapter(instance, server)
        try:
            await adapter.publish(_req("x", media_paths=(_noise(tmp_path),)))
        finally:
            await adapter.aclose()

    with pytest.raises(Transient):
        _run(scenario())
    assert instance.statuses == {} and instance.media == {}


def test_timeout_after_sending_is_answer_lost_and_resend_is_deduplicated(fake):
    instance, server = fake
    server.fault("POST", "/api/v1/statuses", Fault("stall"))

    async def scenario():
        adapter = _adapter(instance, server, timeout=httpx.Timeout(5.0, read=0.3))
        try:
            with pytest.raises(AnswerLost):
                await adapter.publish(_req("slow answer"))
            return await adapter.publish(_req("slow answer"))  # same Idempotency-Key
        finally:
            await adapter.aclose()

    published = _run(scenario())
    assert list(instance.statuses) == [published.remote_id]
    assert instance.idempotency_hits == 1


def test_poll_with_media_is_refused_before_upload(fake, tmp_path):
    instance, server = fake

    async def scenario():
        adapter = _adapter(instance, server)
        try:
            await adapter.publish(
                _req(
                    "both",
                    media_paths=(_image(tmp_path),),
                    options={"poll": {"options": ["A", "B"], "duration_minutes": 60}},
                )
            )
        finally:
            await adapter.aclose()

    with pytest.raises(Rejected, match="poll and media"):
        _run(scenario())
    assert server.requests == []


def test_malformed_answer_to_a_create_is_answer_lost_and_to_a_read_transient(fake):
    instance, server = fake
    server.fault("POST", "/api/v1/statuses", Fault("malformed"))
    server.fault("GET", "/statuses", Fault("malformed"))

    async def scenario():
        adapter = _adapter(instance, server)
        try:
            with pytest.raises(AnswerLost, match="not JSON"):
                await adapter.publish(_req("garbled"))
            with pytest.raises(Transient, match="not JSON"):
                await adapter.lookup(_req("garbled"), sent_at=instance.now)
        finally:
            await adapter.aclose()

    _run(scenario())
    assert len(instance.statuses) == 1  # the instance did take it


def test_inbox_pages_and_reply(fake):
    instance, server = fake

    async def scenario():
        adapter = _adapter(instance, server)
        try:
            mine = await adapter.publish(_req("Ask me anything"))
            first = instance.reply_from("2", mine.remote_id, "@alice what is <b>this</b>?")
            second = instance.reply_from("2", mine.remote_id, "@alice and & that")
            page = await adapter.fetch_inbox(7, limit=1)
            older = await adapter.fetch_inbox(7, cursor=page.cursor, limit=1)
            back = await adapter.reply(7, page.items[0], "@bob a test")
            again = await adapter.reply(7, page.items[0], "@bob a test")  # resent: sent once
            return first, second, page, older, back, again
        finally:
            await adapter.aclose()

    first, second, page, older, back, again = _run(scenario())
    [newest] = page.items
    assert (newest.remote_id, newest.kind, newest.author_handle, newest.text) == (
        second["id"],
        InboxKind.REPLY,
        "bob",
        "@alice and & that",
    )
    assert [i.remote_id for i in older.items] == [first["id"]]
    assert older.items[0].text == "@alice what is <b>this</b>?"
    assert instance.statuses[back.remote_id]["in_reply_to_id"] == second["id"]
    assert again == back
    assert isinstance(_adapter(instance, server), InboxAdapter)
    assert instance.violations == []


def test_register():
    registry = Registry()
    from postdesk.platforms import mastodon

    mastodon.register(registry, StaticCredentials("t"))
    adapter = registry.build()[mastodon.Network.MASTODON]
    assert isinstance(adapter, MastodonAdapter) and isinstance(adapter, Adapter)
    asyncio.run(adapter.aclose())


def test_direct_message_reply_stays_direct_and_marker_is_saved(fake):
    instance, server = fake

    async def scenario():
        adapter = _adapter(instance, server)
        try:
            dm = instance.direct_from("2", "1", "@alice psst")
            direct = await adapter.fetch_direct(7)
            inbox = await adapter.fetch_inbox(7)
            back = await adapter.reply(7, direct.items[0], "hello back")
            await adapter.mark_read_up_to(7, inbox.items[0].reply_ref["read_marker"])
            return dm, direct, inbox, back
        finally:
            await adapter.aclose()

    dm, direct, inbox, back = _run(scenario())
    [item] = direct.items
    assert (item.remote_id, item.kind, item.author_handle, item.is_read) == (
        dm["id"],
        InboxKind.DIRECT_MESSAGE,
        "bob",
        False,
    )
    assert [(i.remote_id, i.kind) for i in inbox.items] == [(dm["id"], InboxKind.DIRECT_MESSAGE)]
    sent = instance.statuses[back.remote_id]
    assert sent["visibility"] == "direct" and sent["in_reply_to_id"] == dm["id"]
    assert sent["_source"] == "@bob hello back"  # a direct status reaches only who it names
    [note] = instance.notifications
    assert instance.markers["1"]["notifications"]["last_read_id"] == note["id"]
    assert instance.violations == []
