"""The Bluesky adapter against a real local atproto network (PLC + PDS + AppView from dev-env).

Every record the adapter writes is read back from the PDS (`com.atproto.repo.getRecord`) and
checked: facet byte offsets against the UTF-8 text, mention DIDs, strong refs of replies and
quotes against the CIDs the PDS reports, and blobs fetched back with `com.atproto.sync.getBlob`.
"""

from __future__ import annotations

import asyncio
import io
import json
import random
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from postdesk.platforms.base import PublishRequest, Rejected
from postdesk.platforms.bluesky import BlueskyAdapter, split_at_uri
from postdesk.platforms.inbox import InboxAdapter, InboxKind
from postdesk.platforms.metrics import MetricsAdapter, PostMetrics
from tests.helpers.atproto import (  # noqa: F401 (fixture)
    AtprotoNetwork,
    SessionCredentials,
    atproto_network,
    create_account,
)
from tests.helpers.lexicon import LexiconError, Lexicons

# One local atproto network per test session is costly: keep these tests on one xdist worker.
pytestmark = [pytest.mark.integration, pytest.mark.atproto, pytest.mark.xdist_group("atproto")]
ALICE, BOB = 1, 2


@pytest.fixture(scope="module")
def accounts(atproto_network: AtprotoNetwork) -> dict[str, Any]:
    stamp = datetime.now(UTC).strftime("%H%M%S%f")
    alice = create_account(atproto_network.pds, f"alice{stamp}.test", "alice-pass")
    bob = create_account(atproto_network.pds, f"bob{stamp}.test", "bob-pass")
    creds = SessionCredentials(
        atproto_network.pds, {ALICE: (alice["handle"], "alice-pass"), BOB: (bob["handle"], "bob-pass")}
    )
    return {"alice": alice, "bob": bob, "creds": creds, "pds": atproto_network.pds}


class _CardPage(BaseHTTPRequestHandler):
    png = b""

    def do_GET(self) -> None:
        if self.path == "/article":
            body = (
                b"<html><head><title>Fallback</title>"
                b'<meta property="og:title" content="Postdesk &amp; friends">'
                b'<meta property="og:description" content="A card built on the client">'
                b'<meta property="og:image" content="/card.png"></head><body>x</body></html>'
            )
            kind = "text/html; charset=utf-8"
        elif self.path == "/card.png":
            body, kind = self.png, "image/png"
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def card_site() -> Iterator[str]:
    image = Image.new("RGB", (600, 315), (30, 120, 200))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    _CardPage.png = buffer.getvalue()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _CardPage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def run(accounts: dict[str, Any], job: Any) -> Any:
    async def main() -> Any:
        adapter = BlueskyAdapter(accounts["creds"])
        try:
            return await job(adapter)
        finally:
            await adapter.aclose()

    return asyncio.run(main())


def get_record(pds: str, uri: str) -> dict[str, Any]:
    repo, collection, rkey = split_at_uri(uri)
    response = httpx.get(
        f"{pds}/xrpc/com.atproto.repo.getRecord", params={"repo": repo, "collection": collection, "rkey": rkey}
    )
    response.raise_for_status()
    return dict(response.json())


def get_blob(pds: str, did: str, blob: dict[str, Any]) -> bytes:
    response = httpx.get(f"{pds}/xrpc/com.atproto.sync.getBlob", params={"did": did, "cid": blob["ref"]["$link"]})
    response.raise_for_status()
    return response.content


def facet_texts(record: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    raw = record["text"].encode("utf-8")
    return [
        (raw[f["index"]["byteStart"] : f["index"]["byteEnd"]].decode("utf-8"), f["features"][0])
        for f in record.get("facets", [])
    ]


def test_text_with_mention_link_and_hashtag(accounts: dict[str, Any]) -> None:
    bob = accounts["bob"]["handle"]
    text = f"Grüße ✨ @{bob} see https://example.com/a?b=1 and #postdesk 🎉"
    request = PublishRequest(1, ALICE, (text,), options={"langs": ["de", "en"], "link_card": False})
    published = run(accounts, lambda a: a.publish(request))
    record = get_record(accounts["pds"], published.remote_id)["value"]
    assert record["text"] == text and record["langs"] == ["de", "en"]
    spans = facet_texts(record)
    assert [span for span, _ in spans] == [f"@{bob}", "https://example.com/a?b=1", "#postdesk"]
    assert spans[0][1] == {"$type": "app.bsky.richtext.facet#mention", "did": accounts["bob"]["did"]}
    assert spans[1][1]["uri"] == "https://example.com/a?b=1"
    assert spans[2][1]["tag"] == "postdesk"
    assert "embed" not in record
    assert published.remote_url and published.remote_url.endswith(split_at_uri(published.remote_id)[2])


def test_image_post_with_alt_text(accounts: dict[str, Any], tmp_path: Path) -> None:
    # Noise does not compress: this 1500x1000 PNG is ~4.5 MB, over the PDS's 1 MB blob limit.
    image = Image.frombytes("RGB", (1500, 1000), random.Random(5).randbytes(1500 * 1000 * 3))
    path = tmp_path / "big.png"
    image.save(path)
    assert path.stat().st_size > 1_000_000
    request = PublishRequest(
        2, ALICE, ("A picture",), media_paths=(str(path),), options={"alt_texts": ["Grey noise, very fine"]}
    )
    published = run(accounts, lambda a: a.publish(request))
    record = get_record(accounts["pds"], published.remote_id)["value"]
    embed = record["embed"]
    assert embed["$type"] == "app.bsky.embed.images"
    (item,) = embed["images"]
    assert item["alt"] == "Grey noise, very fine"
    assert abs(item["aspectRatio"]["width"] / item["aspectRatio"]["height"] - 1.5) < 0.01
    data = get_blob(accounts["pds"], accounts["alice"]["did"], item["image"])
    assert len(data) == item["image"]["size"] <= 1_000_000
    assert item["image"]["mimeType"] == "image/jpeg"
    with Image.open(io.BytesIO(data)) as sent:
        assert sent.size == (item["aspectRatio"]["width"], item["aspectRatio"]["height"])


def test_three_part_thread_has_root_and_parent_refs(accounts: dict[str, Any]) -> None:
    request = PublishRequest(3, ALICE, ("Thread 1/3", "Thread 2/3", "Thread 3/3"))
    published = run(accounts, lambda a: a.publish(request))
    assert len(published.part_ids) == 3 and published.remote_id == published.part_ids[0]
    answers = [get_record(accounts["pds"], uri) for uri in published.part_ids]
    refs = [{"uri": a["uri"], "cid": a["cid"]} for a in answers]
    assert "reply" not in answers[0]["value"]
    assert answers[1]["value"]["reply"] == {"root": refs[0], "parent": refs[0]}
    assert answers[2]["value"]["reply"] == {"root": refs[0], "parent": refs[1]}
    assert [a["value"]["text"] for a in answers] == list(request.parts)

    async def comment(adapter: BlueskyAdapter) -> Any:
        return await adapter.first_comment(ALICE, published.part_ids[2], "first comment")

    reply = get_record(accounts["pds"], run(accounts, comment).remote_id)["value"]["reply"]
    assert reply == {"root": refs[0], "parent": refs[2]}


def test_quote_post_and_quote_with_media(accounts: dict[str, Any], tmp_path: Path) -> None:
    quoted = run(accounts, lambda a: a.publish(PublishRequest(4, BOB, ("quote me",))))
    quoted_answer = get_record(accounts["pds"], quoted.remote_id)
    ref = {"uri": quoted_answer["uri"], "cid": quoted_answer["cid"]}
    plain = run(
        accounts, lambda a: a.publish(PublishRequest(5, ALICE, ("so true",), options={"quote_uri": quoted.remote_id}))
    )
    embed = get_record(accounts["pds"], plain.remote_id)["value"]["embed"]
    assert embed == {"$type": "app.bsky.embed.record", "record": ref}
    path = tmp_path / "small.png"
    Image.new("RGB", (40, 30), (200, 0, 0)).save(path)
    mixed = run(
        accounts,
        lambda a: a.publish(
            PublishRequest(
                6,
                ALICE,
                ("look",),
                media_paths=(str(path),),
                options={"quote_uri": quoted.remote_id, "alt_texts": ["red"]},
            )
        ),
    )
    embed = get_record(accounts["pds"], mixed.remote_id)["value"]["embed"]
    assert embed["$type"] == "app.bsky.embed.recordWithMedia"
    assert embed["record"] == {"$type": "app.bsky.embed.record", "record": ref}
    assert embed["media"]["images"][0]["aspectRatio"] == {"width": 40, "height": 30}
    # A small PNG goes out byte for byte.
    blob = embed["media"]["images"][0]["image"]
    assert get_blob(accounts["pds"], accounts["alice"]["did"], blob) == path.read_bytes()


def test_link_card_from_open_graph_tags(accounts: dict[str, Any], card_site: str) -> None:
    url = f"{card_site}/article"
    published = run(accounts, lambda a: a.publish(PublishRequest(7, ALICE, (f"Read {url}",))))
    record = get_record(accounts["pds"], published.remote_id)["value"]
    external = record["embed"]["external"]
    assert record["embed"]["$type"] == "app.bsky.embed.external"
    assert external["uri"] == url
    assert external["title"] == "Postdesk & friends"
    assert external["description"] == "A card built on the client"
    thumb = get_blob(accounts["pds"], accounts["alice"]["did"], external["thumb"])
    assert thumb == _CardPage.png and len(thumb) <= 1_000_000


def test_lookup_finds_the_post_and_delete_removes_it(accounts: dict[str, Any]) -> None:
    sent_at = datetime.now(UTC)
    text = f"lookup me {sent_at.isoformat()}"
    request = PublishRequest(8, ALICE, (text, "and my reply"))

    async def job(adapter: BlueskyAdapter) -> Any:
        published = await adapter.publish(request)
        found = await adapter.lookup(request, sent_at=sent_at)
        missing = await adapter.lookup(PublishRequest(9, ALICE, ("never sent " + text,)), sent_at=sent_at)
        for uri in reversed(published.part_ids):
            await adapter.delete(ALICE, uri)
        await adapter.delete(ALICE, published.remote_id)  # already gone: still fine
        after = await adapter.lookup(request, sent_at=sent_at)
        return published, found, missing, after

    published, found, missing, after = run(accounts, job)
    assert found == published and missing is None and after is None
    repo, collection, rkey = split_at_uri(published.remote_id)
    response = httpx.get(
        f"{accounts['pds']}/xrpc/com.atproto.repo.getRecord",
        params={"repo": repo, "collection": collection, "rkey": rkey},
    )
    assert response.status_code == 400 and response.json()["error"] == "RecordNotFound"


def test_expired_token_is_refreshed_once(accounts: dict[str, Any]) -> None:
    creds: SessionCredentials = accounts["creds"]
    asyncio.run(creds.get(ALICE))
    creds.sessions[ALICE] = {**creds.sessions[ALICE], "accessJwt": "not-a-valid-token"}
    before = creds.refreshes.get(ALICE, 0)
    published = run(accounts, lambda a: a.publish(PublishRequest(10, ALICE, ("after refresh",))))
    assert creds.refreshes[ALICE] == before + 1
    assert get_record(accounts["pds"], published.remote_id)["value"]["text"] == "after refresh"


def test_reply_shows_in_inbox_and_can_be_answered(accounts: dict[str, Any], atproto_network: AtprotoNetwork) -> None:
    if atproto_network.appview is None:
        pytest.skip("no AppView: PostgreSQL or Redis is missing (scripts/apt-test-packages.txt)")
    alice_handle = accounts["alice"]["handle"]

    async def job(adapter: BlueskyAdapter) -> Any:
        assert isinstance(adapter, InboxAdapter)
        post = await adapter.publish(PublishRequest(11, ALICE, ("Ask me anything",)))
        # The AppView indexes repos in parallel: a reply indexed before its parent makes no
        # notification, so let it see the post first, as a real reader would.
        await asyncio.to_thread(atproto_network.process_all)
        bob_reply = await adapter.first_comment(BOB, post.remote_id, "What is Postdesk?")
        await adapter.publish(PublishRequest(12, BOB, (f"Hi @{alice_handle}!",)))
        await asyncio.to_thread(atproto_network.process_all)
        page = await adapter.fetch_inbox(ALICE)
        found = [i for i in page.items if i.remote_id == bob_reply.remote_id]
        assert found, (bob_reply.remote_id, [(i.kind, i.remote_id, i.text) for i in page.items])
        item = found[0]
        answer = await adapter.reply(ALICE, item, "A scheduler")
        return post, bob_reply, page, item, answer

    post, bob_reply, page, item, answer = run(accounts, job)
    assert item.kind is InboxKind.REPLY and item.text == "What is Postdesk?"
    assert item.author_id == accounts["bob"]["did"]
    assert any(i.kind is InboxKind.MENTION and i.text == f"Hi @{alice_handle}!" for i in page.items)
    root = get_record(accounts["pds"], post.remote_id)
    parent = get_record(accounts["pds"], bob_reply.remote_id)
    reply = get_record(accounts["pds"], answer.remote_id)["value"]["reply"]
    assert reply == {
        "root": {"uri": root["uri"], "cid": root["cid"]},
        "parent": {"uri": parent["uri"], "cid": parent["cid"]},
    }


def test_metrics_count_likes_reposts_replies_and_quotes(
    accounts: dict[str, Any], atproto_network: AtprotoNetwork
) -> None:
    if atproto_network.appview is None:
        pytest.skip("no AppView: PostgreSQL or Redis is missing (scripts/apt-test-packages.txt)")

    async def job(adapter: BlueskyAdapter) -> Any:
        assert isinstance(adapter, MetricsAdapter)
        post = await adapter.publish(PublishRequest(13, ALICE, ("Count the reactions",)))
        record = get_record(accounts["pds"], post.remote_id)
        subject = {"uri": record["uri"], "cid": record["cid"]}
        bob = await accounts["creds"].get(BOB)
        async with httpx.AsyncClient(base_url=accounts["pds"], timeout=30.0) as client:
            for collection in ("app.bsky.feed.like", "app.bsky.feed.repost"):
                created = await client.post(
                    "/xrpc/com.atproto.repo.createRecord",
                    headers={"Authorization": f"Bearer {bob.access_token}"},
                    json={
                        "repo": bob.user_id,
                        "collection": collection,
                        "record": {
                            "$type": collection,
                            "subject": subject,
                            "createdAt": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
                        },
                    },
                )
                created.raise_for_status()
        await asyncio.to_thread(atproto_network.process_all)
        await adapter.first_comment(BOB, post.remote_id, "Counting along")
        await adapter.publish(PublishRequest(14, BOB, ("Quoting this",), options={"quote_uri": post.remote_id}))
        await asyncio.to_thread(atproto_network.process_all)
        counts = await adapter.metrics(ALICE, post.remote_id)
        await adapter.delete(ALICE, post.remote_id)
        await asyncio.to_thread(atproto_network.process_all)
        with pytest.raises(Rejected):
            await adapter.metrics(ALICE, post.remote_id)
        return counts

    counts = run(accounts, job)
    assert counts == PostMetrics(likes=1, reposts=1, replies=1, views=None, quotes=1)


class _RecordingTransport(httpx.AsyncHTTPTransport):
    """Forwards to the real PDS and keeps every createRecord input."""

    def __init__(self) -> None:
        super().__init__()
        self.created: list[dict[str, Any]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/com.atproto.repo.createRecord"):
            self.created.append(json.loads(request.content))
        return await super().handle_async_request(request)


@pytest.mark.schema
def test_every_record_sent_matches_the_lexicons(accounts: dict[str, Any], card_site: str, tmp_path: Path) -> None:
    lexicons = Lexicons()
    image = tmp_path / "photo.png"
    Image.new("RGB", (64, 48), (0, 90, 0)).save(image)
    bob = accounts["bob"]["handle"]
    transport = _RecordingTransport()

    async def job() -> None:
        adapter = BlueskyAdapter(accounts["creds"], transport=transport)
        try:
            quoted = await adapter.publish(PublishRequest(20, ALICE, ("quoted",)))
            await adapter.publish(
                PublishRequest(
                    21,
                    ALICE,
                    (f"Hi @{bob} https://example.com #tag $ABC 👩‍👩‍👧", "two", "three"),
                    options={"langs": ["en"], "link_card": False},
                )
            )
            await adapter.publish(
                PublishRequest(
                    22,
                    ALICE,
                    ("pic",),
                    media_paths=(str(image),),
                    options={"alt_texts": ["green"], "quote_uri": quoted.remote_id},
                )
            )
            await adapter.publish(PublishRequest(23, ALICE, ("q",), options={"quote_uri": quoted.remote_id}))
            await adapter.publish(PublishRequest(24, ALICE, (f"card {card_site}/article",)))
        finally:
            await adapter.aclose()

    asyncio.run(job())
    assert len(transport.created) == 7
    for body in transport.created:
        assert set(body) == {"repo", "collection", "record"}
        assert body["collection"] == "app.bsky.feed.post"
        lexicons.validate_record(body["collection"], body["record"])
    embeds = {b["record"].get("embed", {}).get("$type") for b in transport.created}
    assert embeds == {None, "app.bsky.embed.recordWithMedia", "app.bsky.embed.record", "app.bsky.embed.external"}


@pytest.mark.schema
def test_the_lexicon_validator_rejects_what_a_pds_would() -> None:
    lexicons = Lexicons()
    good = {"$type": "app.bsky.feed.post", "text": "hi", "createdAt": "2026-01-01T00:00:00.000Z"}
    lexicons.validate_record("app.bsky.feed.post", good)
    blob = {"$type": "blob", "ref": {"$link": "bafkrei" + "a" * 52}, "mimeType": "image/jpeg", "size": 2_000_001}
    bad = [
        {**good, "visibility": "public"},
        {**good, "text": "x" * 301},
        {**good, "langs": ["en", "de", "fr", "it"]},
        {**good, "createdAt": "yesterday"},
        {**good, "embed": {"$type": "app.bsky.embed.images", "images": [{"image": blob, "alt": ""}]}},
        {**good, "embed": {"$type": "app.bsky.embed.images", "images": [{"image": {**blob, "size": 10}}]}},
        {
            **good,
            "facets": [
                {"index": {"byteStart": 0, "byteEnd": 1}, "features": [{"$type": "app.bsky.richtext.facet#bold"}]}
            ],
        },
    ]
    for record in bad:
        with pytest.raises(LexiconError):
            lexicons.validate_record("app.bsky.feed.post", record)
