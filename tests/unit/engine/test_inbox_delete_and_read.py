"""Inbox actions against the networks' fakes: deleting someone's Instagram comment on one's own post
(issue 15), telling Reddit what was read in Postdesk, also after being offline (issue 16), and the
authors' pictures kept with the items (issue 18)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlmodel import select

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.engine.connectivity import Connectivity
from postdesk.engine.inbox_sync import InboxSync
from postdesk.platforms.base import Rejected
from postdesk.platforms.bluesky import _inbox_item
from postdesk.platforms.instagram import InstagramAdapter
from postdesk.platforms.reddit import RedditAdapter
from postdesk.platforms.youtube_inbox import comment_items
from postdesk.store.db import open_database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables import TargetRow
from tests.fakes.api_server import ApiServer
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.http_fake import FakeHTTPServer
from tests.fakes.instagram_api import USER_ID, VERSION, InstagramFake
from tests.fakes.reddit_api import FakeReddit
from tests.fakes.token_source import TokenSource

T0 = datetime(2026, 5, 12, 10, 0, tzinfo=UTC)


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


def _publish(db: Any, network: Network, account_id: int, remote_id: str) -> None:
    post = PostRepository(db).save(
        Post(parts=("Ask me anything",), targets=(Target(network, account_id, state=TargetState.PUBLISHED),)), now=T0
    )
    with db.session() as session:
        row = session.exec(select(TargetRow).where(TargetRow.post_id == post.id)).one()
        row.remote_id = remote_id
        session.add(row)


@pytest.fixture
def db(paths):
    database = open_database(paths)
    yield database
    database.close()


# -- Instagram: delete someone else's comment ------------------------------------------------------


@pytest.fixture
def instagram():
    fake = InstagramFake()
    server = FakeHTTPServer(fake)
    with server:
        yield fake, server


def _seed_media(fake: InstagramFake) -> str:
    media_id = "17900000000000999"
    fake.media[media_id] = {
        "id": media_id,
        "caption": "Ask me anything",
        "media_type": "IMAGE",
        "media_product_type": "FEED",
        "timestamp": fake.clock.strftime("%Y-%m-%dT%H:%M:%S+0000"),
        "permalink": "https://www.instagram.com/p/FAKE000999/",
        "username": "fake_creator",
        "published_at": fake.clock,
    }
    return media_id


def test_delete_comment_on_instagram_removes_it_there_and_from_the_inbox(db, instagram):
    fake, server = instagram
    media_id = _seed_media(fake)
    account = AccountRepository(db).add(Network.INSTAGRAM, "fake_creator", now=T0).id
    _publish(db, Network.INSTAGRAM, account, media_id)
    kind = fake.add_comment(media_id, "Lovely!")
    rude = fake.add_comment(media_id, "spam spam", username="spammer")
    events: list[Any] = []
    tokens = TokenSource(fake.token, refresh=lambda: fake.token, user_id=USER_ID)

    async def run() -> tuple[set[str], frozenset[str]]:
        sync = InboxSync(
            db,
            lambda: {Network.INSTAGRAM: InstagramAdapter(tokens, base_url=f"{server.url}/{VERSION}", sleep=_no_wait)},
            emit=events.append,
        )
        await sync.start(periodic=False)
        try:
            assert await sync.sync_now() == {account: 2}
            networks = sync.delete_comment_networks()
            [entry] = [e for e in sync.repo.items() if e.remote_id == rude]
            await sync.delete_comment(entry.id)
            return {e.remote_id for e in sync.repo.items()}, networks
        finally:
            await sync.stop()

    left, networks = asyncio.run(run())
    assert networks == frozenset({"instagram"})
    assert rude not in fake.comments and kind in fake.comments  # only that one, on Instagram
    assert left == {kind}  # and it left the inbox
    assert events  # the pane hears it


def test_delete_comment_refused_keeps_the_item_and_says_why(db, instagram):
    fake, server = instagram
    media_id = _seed_media(fake)
    account = AccountRepository(db).add(Network.INSTAGRAM, "fake_creator", now=T0).id
    _publish(db, Network.INSTAGRAM, account, media_id)
    fake.add_comment(media_id, "Lovely!")
    tokens = TokenSource(fake.token, refresh=lambda: fake.token, user_id=USER_ID)

    async def run() -> BaseException | None:
        sync = InboxSync(
            db,
            lambda: {Network.INSTAGRAM: InstagramAdapter(tokens, base_url=f"{server.url}/{VERSION}", sleep=_no_wait)},
            emit=lambda _e: None,
        )
        await sync.start(periodic=False)
        try:
            await sync.sync_now()
            [entry] = sync.repo.items()
            fake.scopes = frozenset(s for s in fake.scopes if s != "instagram_business_manage_comments")
            try:
                await sync.delete_comment(entry.id)
            except Exception as error:
                return error
            return None
        finally:
            await sync.stop()

    error = asyncio.run(run())
    assert error is not None and not isinstance(error, ValueError)
    assert len(fake.comments) == 1


def test_delete_comment_is_not_offered_where_the_adapter_cannot(db):
    async def run() -> tuple[frozenset[str], BaseException | None]:
        sync = InboxSync(
            db,
            lambda: {Network.REDDIT: RedditAdapter(StaticCredentials("t"), base_url="http://127.0.0.1:9")},
            emit=lambda _e: None,
        )
        await sync.start(periodic=False)
        try:
            account = AccountRepository(db).add(Network.REDDIT, "u/me", now=T0).id
            from postdesk.store.repositories.inbox import FetchedItem

            sync.repo.upsert(account, "reddit", [FetchedItem("t1_a", "comment", "x", "u/x", "x", "hi", T0)], now=T0)
            [entry] = sync.repo.items()
            try:
                await sync.delete_comment(entry.id)
            except ValueError as error:
                return sync.delete_comment_networks(), error
            return sync.delete_comment_networks(), None
        finally:
            await sync.stop()

    networks, error = asyncio.run(run())
    assert networks == frozenset() and isinstance(error, ValueError)


# -- Reddit: read in Postdesk, read on Reddit --------------------------------------------------------


@pytest.fixture
def reddit():
    api = FakeReddit()
    server = ApiServer(api).start()
    api.base = server.url
    api.add_sub("pics")
    yield api, server
    server.stop()


class _Offline(Connectivity):
    def __init__(self) -> None:
        super().__init__(probe=lambda: True, online=True)  # type: ignore[arg-type,return-value]


def test_reading_an_item_tells_reddit_and_a_read_made_offline_is_told_later(db, reddit):
    api, server = reddit
    account = AccountRepository(db).add(Network.REDDIT, "u/alice", now=T0).id
    first = api.add_reply("t3_post", "bob", "Nice shot!")
    second = api.add_reply("t3_post", "cy", "Where was this?")
    connectivity = _Offline()

    async def run() -> None:
        sync = InboxSync(
            db,
            lambda: {
                Network.REDDIT: RedditAdapter(
                    StaticCredentials("token-alice"), base_url=server.url, clock=lambda: api.now, sleep=_no_wait
                )
            },
            emit=lambda _e: None,
            connectivity=connectivity,
        )
        await sync.start(periodic=False)
        try:
            await sync.sync_now()
            by_remote = {e.remote_id: e for e in sync.repo.items()}
            assert not by_remote[first].is_read and not by_remote[second].is_read
            # Read in Postdesk (the pane's Mark read): Reddit is told.
            await sync.set_read([by_remote[first].id], True)
            assert api.read == {first}
            # Offline: the read is kept here and nothing is sent...
            connectivity.online = False
            await sync.set_read([by_remote[second].id], True)
            assert await sync.mark_seen() == 0
            assert api.read == {first}
            # ...and back online, the next sync tells Reddit, once.
            connectivity.online = True
            await sync.sync_now()
            assert api.read == {first, second}
            assert sync.repo.read_not_told(account) == []
            assert await sync.mark_seen() == 0  # nothing left to tell
            assert all(e.is_read for e in sync.repo.items())
        finally:
            await sync.stop()

    asyncio.run(run())


def test_a_refused_mark_read_stays_pending(db, reddit):
    api, server = reddit
    account = AccountRepository(db).add(Network.REDDIT, "u/alice", now=T0).id
    name = api.add_reply("t3_post", "bob", "Nice shot!")

    class Refusing(RedditAdapter):
        async def mark_read(self, account_id, remote_ids):  # type: ignore[no-untyped-def]
            raise Rejected("no")

    async def run() -> list[tuple[int, str]]:
        sync = InboxSync(
            db,
            lambda: {
                Network.REDDIT: Refusing(
                    StaticCredentials("token-alice"), base_url=server.url, clock=lambda: api.now, sleep=_no_wait
                )
            },
            emit=lambda _e: None,
        )
        await sync.start(periodic=False)
        try:
            await sync.sync_now()
            [entry] = sync.repo.items()
            await sync.set_read([entry.id], True)
            await sync.sync_now()  # a failed tell does not fail the sync
            return sync.repo.read_not_told(account)
        finally:
            await sync.stop()

    pending = asyncio.run(run())
    assert [remote for _id, remote in pending] == [name] and api.read == set()


# -- authors' pictures -------------------------------------------------------------------------------


def test_adapters_keep_the_authors_picture() -> None:
    bsky = _inbox_item(
        {
            "reason": "reply",
            "uri": "at://did:plc:ana/app.bsky.feed.post/1",
            "cid": "bafy1",
            "author": {"did": "did:plc:ana", "handle": "ana.bsky.social", "avatar": "https://cdn.bsky.app/a.jpg"},
            "record": {"text": "hi", "createdAt": "2026-05-12T09:00:00Z"},
        }
    )
    assert bsky is not None and bsky.author_avatar_url == "https://cdn.bsky.app/a.jpg"
    [yt] = comment_items(
        {
            "items": [
                {
                    "id": "th1",
                    "snippet": {
                        "videoId": "v1",
                        "topLevelComment": {
                            "id": "c1",
                            "snippet": {
                                "authorDisplayName": "Ana",
                                "authorProfileImageUrl": "https://yt3.ggpht.com/a.jpg",
                                "authorChannelId": {"value": "UCana"},
                                "textOriginal": "hi",
                                "publishedAt": "2026-05-12T09:00:00Z",
                            },
                        },
                    },
                }
            ]
        },
        "UCme",
    )
    assert yt.author_avatar_url == "https://yt3.ggpht.com/a.jpg"


def test_only_web_pictures_are_stored(db) -> None:
    from postdesk.engine.inbox_sync import to_fetched
    from postdesk.platforms.inbox import InboxItem, InboxKind

    def item(url: str | None) -> InboxItem:
        return InboxItem("r", InboxKind.REPLY, "a", "a", "A", "t", T0, author_avatar_url=url)

    assert to_fetched(item("https://cdn.example/a.png")).author_avatar_url == "https://cdn.example/a.png"
    for bad in ("file:///etc/passwd", "javascript:alert(1)", "", None, "data:image/png;base64,AAAA"):
        assert to_fetched(item(bad)).author_avatar_url is None
