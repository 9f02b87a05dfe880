"""LinkedIn's inbox against the fake Comments API: comments on own posts, reply, delete, refusals."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from postdesk.platforms.base import PublishRequest, Rejected
from postdesk.platforms.inbox import INBOX_NOT_GRANTED, InboxAdapter, PostCommentsInbox, ReplyFinder
from postdesk.platforms.linkedin import LinkedInAdapter
from tests.fakes.http_fake import FakeHTTPServer
from tests.fakes.linkedin_api import MEMBER_ID, ORG_URN, LinkedInFake
from tests.fakes.token_source import TokenSource

pytestmark = pytest.mark.integration
PERSON = f"urn:li:person:{MEMBER_ID}"
ANA = "urn:li:person:AnaX1"
BEN = "urn:li:person:BenY2"


class World:
    def __init__(self, *, organization: bool = True) -> None:
        self.fake = LinkedInFake()
        self.server = FakeHTTPServer(self.fake)
        self.fake.base = self.server.url
        extra = {"author_urn": ORG_URN} if organization else {}
        self.tokens = TokenSource(self.fake.token, refresh=lambda: self.fake.token, user_id=MEMBER_ID, extra=extra)

    def adapter(self) -> LinkedInAdapter:
        return LinkedInAdapter(self.tokens, base_url=self.server.url)

    def run(self, fn):  # type: ignore[no-untyped-def]
        async def go():  # type: ignore[no-untyped-def]
            adapter = self.adapter()
            try:
                return await fn(adapter)
            finally:
                await adapter.aclose()

        return asyncio.run(go())

    def post(self, text: str, author: str = ORG_URN) -> str:
        async def publish(adapter: LinkedInAdapter) -> str:
            request = PublishRequest(target_id=1, account_id=1, parts=(text,), options={"author": author})
            return (await adapter.publish(request)).remote_id

        return self.run(publish)


@pytest.fixture
def world():
    w = World()
    with w.server:
        yield w


def test_the_adapter_is_an_inbox_with_a_finder():
    adapter = LinkedInAdapter(TokenSource("t"))
    assert isinstance(adapter, InboxAdapter)
    assert isinstance(adapter, PostCommentsInbox) and isinstance(adapter, ReplyFinder)


def test_comments_on_own_organization_posts_newest_first_with_nested_replies(world):
    first = world.post("Spring schedule")
    second = world.post("Autumn schedule")
    ana = world.fake.comment_from(first, ANA, "Will Tuesdays stay?")
    world.fake.comment_from(second, BEN, "Nice!")
    nested = world.fake.comment_from(first, BEN, "I hope so too", parent=ana)
    world.fake.comment_from(first, ORG_URN, "Our own comment is not inbox material")

    page = world.run(lambda a: a.fetch_comments(1, [first, second]))

    assert [i.text for i in page.items] == ["I hope so too", "Nice!", "Will Tuesdays stay?"]
    assert page.cursor is None
    by_urn = {i.remote_id: i for i in page.items}
    assert by_urn[ana].reply_ref["conversation_id"] == first  # grouped under the own post
    assert by_urn[nested].reply_ref["thread_comment"] == ana
    assert by_urn[ana].author_id == ANA and by_urn[ana].kind == "comment"
    assert by_urn[ana].url.startswith(f"https://www.linkedin.com/feed/update/{first}/?commentUrn=")


def test_comments_are_read_page_by_page(world):
    post = world.post("Busy post")
    for n in range(120):
        world.fake.comment_from(post, ANA, f"comment {n}")
    page = world.run(lambda a: a.fetch_comments(1, [post]))
    assert len(page.items) == 120 and len({i.remote_id for i in page.items}) == 120
    listed = [r for r in world.server.requests if r.method == "GET" and r.path.endswith("/comments")]
    assert [r.query["start"] for r in listed] == ["0", "50", "100"]
    assert all(r.headers["linkedin-version"] and r.headers["x-restli-protocol-version"] == "2.0.0" for r in listed)


def test_reply_is_a_nested_comment_as_the_organization_and_can_be_deleted(world):
    post = world.post("Hello")
    ana = world.fake.comment_from(post, ANA, "Question?")
    item = world.run(lambda a: a.fetch_comments(1, [post])).items[0]

    sent = world.run(lambda a: a.reply(1, item, "Answer!"))

    (stored,) = [c for c in world.fake.comments if c["urn"] == sent.remote_id]
    assert stored["actor"] == ORG_URN and stored["parentComment"] == ana and stored["object"] == post
    assert stored["message"] == {"text": "Answer!"}
    # A reply to a nested comment goes under the same first-level comment (one level only).
    nested_item = world.run(lambda a: a.fetch_comments(1, [post])).items
    assert all(i.remote_id != sent.remote_id for i in nested_item)  # own answers are not inbox items

    world.run(lambda a: a.delete_reply(1, sent.remote_id))
    assert all(c["urn"] != sent.remote_id for c in world.fake.comments)
    world.run(lambda a: a.delete_reply(1, sent.remote_id))  # already gone counts as deleted
    delete = next(r for r in world.server.requests if r.method == "DELETE")
    assert delete.query["actor"] == ORG_URN


def test_find_reply_finds_the_answer_only_after_the_send(world):
    post = world.post("Hello")
    world.fake.comment_from(post, ANA, "Question?")
    item = world.run(lambda a: a.fetch_comments(1, [post])).items[0]
    sent_at = datetime.fromtimestamp(world.fake.now_ms / 1000, UTC)
    assert world.run(lambda a: a.find_reply(1, item, "Answer!", sent_after=sent_at)) is None
    sent = world.run(lambda a: a.reply(1, item, "Answer!"))
    found = world.run(lambda a: a.find_reply(1, item, "Answer!", sent_after=sent_at))
    assert found is not None and found.remote_id == sent.remote_id
    later = sent_at + timedelta(hours=1)
    assert world.run(lambda a: a.find_reply(1, item, "Answer!", sent_after=later)) is None
    assert world.run(lambda a: a.find_reply(1, item, "Other text", sent_after=sent_at)) is None


def test_member_posts_without_r_member_social_are_a_worded_state_not_an_error():
    world = World(organization=False)
    with world.server:
        post = world.post("My own post", author=PERSON)
        world.fake.comment_from(post, ANA, "Hi")
        with pytest.raises(Rejected) as caught:
            world.run(lambda a: a.fetch_comments(1, [post]))
        assert caught.value.problem == INBOX_NOT_GRANTED and caught.value.http_status == 403
        assert "approved" in caught.value.reason
        # The author finder is refused the same way for a member: the same state.
        with pytest.raises(Rejected) as finder:
            world.run(lambda a: a.fetch_inbox(1))
        assert finder.value.problem == INBOX_NOT_GRANTED
        # With the permission granted (an approved app), the same call reads the comments.
        world.fake.read_social.add(PERSON)
        assert [i.text for i in world.run(lambda a: a.fetch_comments(1, [post])).items] == ["Hi"]


def test_a_refused_post_among_readable_ones_is_skipped(world):
    mine = world.post("Member post", author=PERSON)
    org = world.post("Organization post")
    world.fake.comment_from(mine, ANA, "unreadable")
    world.fake.comment_from(org, BEN, "readable")
    assert [i.text for i in world.run(lambda a: a.fetch_comments(1, [mine, org])).items] == ["readable"]


def test_fetch_inbox_finds_the_organizations_posts_itself(world):
    post = world.post("Found by the author finder")
    world.fake.comment_from(post, ANA, "Hello there")
    assert [i.text for i in world.run(lambda a: a.fetch_inbox(1)).items] == ["Hello there"]


def test_fake_refuses_an_unpublished_version_and_a_foreign_delete(world):
    post = world.post("Hello")
    ana = world.fake.comment_from(post, ANA, "Mine, not yours")
    with pytest.raises(Rejected) as caught:
        world.run(lambda a: a.delete_reply(1, ana))
    assert caught.value.http_status == 403
    old = LinkedInAdapter(world.tokens, base_url=world.server.url, version="202512")

    async def read() -> None:
        try:
            await old.fetch_comments(1, [post])
        finally:
            await old.aclose()

    with pytest.raises(Rejected) as version:
        asyncio.run(read())
    assert version.value.http_status == 426
