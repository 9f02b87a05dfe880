"""Telegram's inbox against the fake Bot API: comments in the linked discussion group via getUpdates."""

from __future__ import annotations

import asyncio

import pytest

from postdesk.platforms.base import PublishRequest, Rejected
from postdesk.platforms.inbox import (
    INBOX_BOT_CANNOT_READ,
    INBOX_NO_DISCUSSION,
    INBOX_OTHER_READER,
    InboxAdapter,
    ReplyFinder,
    UpdatesInbox,
)
from postdesk.platforms.telegram import TelegramAdapter
from tests.fakes.http_fake import FakeHTTPServer
from tests.fakes.telegram_api import BOT_TOKEN, CHANNEL_ID, GROUP_ID, TelegramFake
from tests.fakes.token_source import TokenSource

pytestmark = pytest.mark.integration
ANA = {"id": 4001, "first_name": "Ana", "last_name": "Lima", "username": "ana_l"}
BEN = {"id": 4002, "first_name": "Ben"}


class World:
    def __init__(self) -> None:
        self.fake = TelegramFake()
        self.server = FakeHTTPServer(self.fake)
        self.tokens = TokenSource(BOT_TOKEN, refresh=None, extra={"chat_id": CHANNEL_ID})

    def run(self, fn):  # type: ignore[no-untyped-def]
        async def go():  # type: ignore[no-untyped-def]
            adapter = TelegramAdapter(self.tokens, base_url=self.server.url)
            try:
                return await fn(adapter)
            finally:
                await adapter.aclose()

        return asyncio.run(go())

    def post(self, text: str) -> int:
        request = PublishRequest(target_id=5, account_id=1, parts=(text,))
        return int(self.run(lambda a: a.publish(request)).remote_id)


@pytest.fixture
def world():
    w = World()
    with w.server:
        yield w


def _get_updates(world: World) -> list:
    return [r for r in world.server.requests if r.path.endswith("/getUpdates")]


def test_the_adapter_reads_a_stream_and_has_no_finder():
    adapter = TelegramAdapter(TokenSource("t"))
    assert isinstance(adapter, InboxAdapter) and isinstance(adapter, UpdatesInbox)
    assert not isinstance(adapter, ReplyFinder)  # the Bot API cannot read a chat's history


def test_comments_on_channel_posts_with_offsets_confirmed(world):
    post = world.post("New prints are out")
    ana = world.fake.comment_from(ANA, post, "Lovely colours!")
    ben = world.fake.comment_from(BEN, post, "Agreed", reply_to=ana)

    page = world.run(lambda a: a.fetch_updates(1, offset=None))

    assert [i.text for i in page.items] == ["Agreed", "Lovely colours!"]
    by_id = {i.remote_id: i for i in page.items}
    first, second = by_id[f"{GROUP_ID}:{ana}"], by_id[f"{GROUP_ID}:{ben}"]
    assert first.reply_ref["conversation_id"] == str(post)  # grouped under the own post
    assert first.author_handle == "ana_l" and first.author_name == "Ana Lima" and first.kind == "comment"
    assert first.url == f"https://t.me/studiolumen/{post}?comment={ana}"
    assert second.reply_ref["in_reply_to_id"] == f"{GROUP_ID}:{ana}"
    assert second.reply_ref["conversation_id"] == str(post)  # its thread's copy was in the batch
    call = _get_updates(world)[-1].json()
    assert call["timeout"] == 0 and call["allowed_updates"] == ["message"] and "offset" not in call
    assert page.cursor is not None and len(world.fake.updates) == 3  # nothing confirmed yet

    again = world.run(lambda a: a.fetch_updates(1, offset=page.cursor))
    assert again.items == () and again.cursor is None
    assert world.fake.updates == []  # asking with the offset confirmed them: Telegram forgets them


def test_the_bots_own_answers_and_group_chatter_are_not_comments(world):
    post = world.post("Hello")
    world.fake.comment_from(ANA, post, "Question?")
    first = world.run(lambda a: a.fetch_updates(1, offset=None))
    sent = world.run(lambda a: a.reply(1, first.items[0], "Answer!"))
    world.fake.comment_from(BEN, post, "Thanks bot", reply_to=int(sent.remote_id.split(":")[1]))
    page = world.run(lambda a: a.fetch_updates(1, offset=first.cursor))
    assert [i.text for i in page.items] == ["Thanks bot"]


def test_reply_goes_to_the_group_answering_the_comment_and_can_be_deleted(world):
    post = world.post("Hello")
    ana = world.fake.comment_from(ANA, post, "Question?")
    (item,) = world.run(lambda a: a.fetch_updates(1, offset=None)).items

    sent = world.run(lambda a: a.reply(1, item, "Answer! #thanks"))

    group, message_id = sent.remote_id.split(":")
    stored = world.fake.group_messages[int(message_id)]
    assert int(group) == GROUP_ID and stored["chat"]["id"] == GROUP_ID
    assert stored["reply_to_message_id"] == ana and stored["text"] == "Answer! #thanks"
    assert stored["entities"] == [{"type": "hashtag", "offset": 8, "length": 7}]
    world.run(lambda a: a.delete_reply(1, sent.remote_id))
    assert int(message_id) not in world.fake.group_messages
    world.run(lambda a: a.delete_reply(1, sent.remote_id))  # already gone counts as deleted


def test_paging_by_offset_reads_more_than_one_batch(world):
    post = world.post("Popular")
    for n in range(130):
        world.fake.comment_from(BEN, post, f"comment {n}")
    first = world.run(lambda a: a.fetch_updates(1, offset=None))
    second = world.run(lambda a: a.fetch_updates(1, offset=first.cursor))
    third = world.run(lambda a: a.fetch_updates(1, offset=second.cursor))
    assert len(first.items) == 99  # 100 updates, one of them the post's copy
    assert len(second.items) == 31 and third.items == ()
    assert {i.remote_id for i in first.items}.isdisjoint({i.remote_id for i in second.items})


def test_states_the_creator_must_change_are_worded_refusals(world):
    world.fake.group_bot_status = "member"  # privacy mode on, not an admin: sees no comments
    with pytest.raises(Rejected) as caught:
        world.run(lambda a: a.fetch_updates(1, offset=None))
    assert caught.value.problem == INBOX_BOT_CANNOT_READ
    assert not _get_updates(world)  # not read: Telegram keeps the updates for when it can

    world.fake.privacy_mode = False  # /setprivacy Disable in @BotFather: a member now reads all
    world.run(lambda a: a.fetch_updates(1, offset=None))

    world.fake.group_bot_status = "left"
    with pytest.raises(Rejected) as left:
        world.run(lambda a: a.fetch_updates(1, offset=None))
    assert left.value.problem == INBOX_BOT_CANNOT_READ

    world.fake.group_bot_status = "administrator"
    world.fake.webhook_url = "https://example.test/hook"
    with pytest.raises(Rejected) as webhook:
        world.run(lambda a: a.fetch_updates(1, offset=None))
    assert webhook.value.problem == INBOX_OTHER_READER and webhook.value.http_status == 409

    world.fake.webhook_url = ""
    world.fake.linked_group = False
    with pytest.raises(Rejected) as none:
        world.run(lambda a: a.fetch_updates(1, offset=None))
    assert none.value.problem == INBOX_NO_DISCUSSION


def test_fake_is_strict_on_get_updates_parameters(world):
    import httpx

    with httpx.Client(base_url=world.server.url) as client:
        bad = client.post(f"/bot{BOT_TOKEN}/getUpdates", json={"limit": 101}).json()
        assert bad["ok"] is False and bad["error_code"] == 400
        bad = client.post(f"/bot{BOT_TOKEN}/getUpdates", json={"allowed_updates": ["mesage"]}).json()
        assert bad["ok"] is False and bad["error_code"] == 400
