"""The real inbox pane over a real engine and inbox sync, with LinkedIn and Telegram fakes.

LinkedIn and Telegram comments show under the posts they answer with the network names of the
one network table; replies sent from the pane go out through the outbox and can be deleted; a
LinkedIn member account and a Telegram bot that may not read its group are worded in the notice.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network, display_name
from postdesk.engine.connectivity import Connectivity
from postdesk.engine.engine import Engine, EngineConfig
from postdesk.engine.inbox_sync import InboxSync
from postdesk.platforms.base import PublishRequest
from postdesk.platforms.credentials import Credentials
from postdesk.platforms.linkedin import LinkedInAdapter
from postdesk.platforms.telegram import TelegramAdapter
from postdesk.store.db import Database, open_database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.inbox import InboxRepository, ReplyState
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables import TargetRow
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.inbox.models import EntryRole
from postdesk.ui.inbox.view import InboxActions, InboxPane
from tests.fakes.http_fake import FakeHTTPServer
from tests.fakes.linkedin_api import MEMBER_ID, ORG_URN, LinkedInFake
from tests.fakes.telegram_api import BOT_TOKEN, CHANNEL_ID, GROUP_ID, TelegramFake

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SHOTS = Path(__file__).resolve().parents[3] / "screenshots"


class Creds:
    """Credentials by account id: the organization page, the member, the Telegram bot."""

    def __init__(self) -> None:
        self.by_account: dict[int, Credentials] = {}

    async def get(self, account_id: int, *, force_refresh: bool = False) -> Credentials:
        return self.by_account[account_id]


class Loop:
    """The engine's own loop in a thread, as the app runs it; `submit` is the pane's way in."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()

    def run(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout=30)

    def submit(self, fn: Any, *args: Any, name: str | None = None) -> Future:
        return asyncio.run_coroutine_threadsafe(fn(*args), self.loop)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)
        self.loop.close()


def _record_published(db: Database, network: Network, account_id: int, text: str, remote_id: str) -> None:
    post = PostRepository(db).save(
        Post(parts=(text,), targets=(Target(network, account_id, state=TargetState.PUBLISHED),)), now=T0
    )
    with db.session() as session:
        from sqlmodel import select

        row = session.exec(select(TargetRow).where(TargetRow.post_id == post.id)).one()
        row.remote_id = remote_id
        session.add(row)


class World:
    def __init__(self, paths: Any) -> None:
        self.db = open_database(paths)
        self.linkedin, self.telegram = LinkedInFake(), TelegramFake()
        self.li_server, self.tg_server = FakeHTTPServer(self.linkedin), FakeHTTPServer(self.telegram)
        self.linkedin.base = self.li_server.url
        accounts = AccountRepository(self.db)
        self.page = accounts.add(Network.LINKEDIN, "Studio Lumen page", now=T0).id
        self.member = accounts.add(Network.LINKEDIN, "Mira Kovač", now=T0).id
        self.channel = accounts.add(Network.TELEGRAM, "@studiolumen", now=T0).id
        self.creds = Creds()
        self.creds.by_account = {
            self.page: Credentials(self.linkedin.token, user_id=MEMBER_ID, extra={"author_urn": ORG_URN}),
            self.member: Credentials(self.linkedin.token, user_id=MEMBER_ID),
            self.channel: Credentials(BOT_TOKEN, extra={"chat_id": CHANNEL_ID}),
        }
        self.loop = Loop()

    def adapters(self) -> dict:
        return {
            Network.LINKEDIN: LinkedInAdapter(self.creds, base_url=self.li_server.url),
            Network.TELEGRAM: TelegramAdapter(self.creds, base_url=self.tg_server.url),
        }

    def publish(self, network: Network, account_id: int, text: str, **options: Any) -> str:
        async def go() -> str:
            adapter = self.adapters()[network]
            try:
                request = PublishRequest(1, account_id, (text,), options=options)
                return (await adapter.publish(request)).remote_id
            finally:
                for each in self.adapters().values():
                    await each.aclose()
                await adapter.aclose()

        remote = asyncio.run(go())
        _record_published(self.db, network, account_id, text, remote)
        return remote


async def _always() -> bool:
    return True


@pytest.fixture
def world(paths) -> Iterator[World]:
    w = World(paths)
    with w.li_server, w.tg_server:
        org_post = w.publish(Network.LINKEDIN, w.page, "Our spring workshop dates are out", author=ORG_URN)
        member_post = w.publish(Network.LINKEDIN, w.member, "Thoughts on film photography")
        channel_post = int(w.publish(Network.TELEGRAM, w.channel, "New prints in the shop"))
        w.linkedin.comment_from(org_post, "urn:li:person:AnaX1", "Is there a beginners' session?")
        w.linkedin.comment_from(member_post, "urn:li:person:BenY2", "Hidden from unapproved apps")
        w.telegram.comment_from(
            {"id": 4001, "first_name": "Ana", "username": "ana_l"}, channel_post, "Are the prints signed?"
        )
        w.engine = Engine(
            w.db,
            w.adapters,
            emit=lambda _e: None,
            connectivity=Connectivity(_always),
            config=EngineConfig(use_alarm=False),
        )
        w.sync = InboxSync(
            w.db, w.adapters, emit=lambda _e: None, connectivity=w.engine.connectivity, drain=w.engine.drain_outbox
        )
        w.loop.run(w.engine.start())
        w.loop.run(w.sync.start(periodic=False))
        try:
            yield w
        finally:
            w.loop.run(w.sync.stop())
            w.loop.run(w.engine.stop())
            w.loop.close()
            w.db.close()


@pytest.fixture
def pane(qtbot, world: World):
    runner = BackgroundRunner()
    sync = world.sync
    widget = InboxPane(
        InboxRepository(world.db),
        AccountRepository(world.db),
        runner,
        submit=world.loop.submit,
        actions=InboxActions(
            sync.sync_now, sync.reply, delete_reply=sync.delete_reply, delete_reply_networks=sync.delete_reply_networks
        ),
        open_url=lambda _u: None,
    )
    qtbot.addWidget(widget)
    widget.resize(1100, 680)
    yield widget
    runner.shutdown()


def _select(widget: InboxPane, text: str) -> None:
    model = widget.model
    for row in range(model.rowCount()):
        head = model.index(row, 0)
        for child in range(model.rowCount(head)):
            index = model.index(child, 0, head)
            if model.data(index, EntryRole).text == text:
                widget.tree.setCurrentIndex(index)
                return
    raise AssertionError(f"no item {text!r}")


def _reply_from_the_pane(qtbot, widget: InboxPane, text: str, answer: str) -> None:
    _select(widget, text)
    assert widget.reply_box.isEnabled()
    widget.reply_box.setPlainText(answer)
    assert widget.send_button.isEnabled()
    widget.send_button.click()
    qtbot.waitUntil(lambda: widget.reply_box.toPlainText() == "", timeout=10000)


def _sent_state(widget: InboxPane, text: str) -> str | None:
    return next((e.reply_state for c in widget.model.conversations() for e in c.items if e.text == text), None)


def test_linkedin_and_telegram_comments_show_and_are_answered_from_the_pane(qtbot, world, pane):
    widget = pane
    widget.refresh_button.click()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2, timeout=10000)

    heads = {widget.model.index(r, 0).data(): widget.model.index(r, 2).data() for r in range(widget.model.rowCount())}
    assert heads == {
        f"{display_name('linkedin')} · Studio Lumen page": "Your post: Our spring workshop dates are out",
        f"{display_name('telegram')} · @studiolumen": "Your post: New prints in the shop",
    }
    shown = {e.text for c in widget.model.conversations() for e in c.items}
    assert "Hidden from unapproved apps" not in shown

    # The member account's LinkedIn limitation is a worded notice, not an error.
    qtbot.waitUntil(lambda: not widget.notice.isHidden(), timeout=5000)
    assert "Mira Kovač (LinkedIn)" in widget.notice.text()
    assert "only to apps it has approved" in widget.notice.text()
    SHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SHOTS / "inbox-linkedin-telegram.png"))

    _reply_from_the_pane(qtbot, widget, "Are the prints signed?", "Yes, every one!")
    qtbot.waitUntil(
        lambda: any(m.get("text") == "Yes, every one!" for m in world.telegram.group_messages.values()), timeout=10000
    )
    _reply_from_the_pane(qtbot, widget, "Is there a beginners' session?", "Yes, on Saturdays.")
    qtbot.waitUntil(
        lambda: any(c["message"]["text"] == "Yes, on Saturdays." for c in world.linkedin.comments), timeout=10000
    )
    answers = [c for c in world.linkedin.comments if c["message"]["text"] == "Yes, on Saturdays."]
    assert len(answers) == 1 and answers[0]["actor"] == ORG_URN and answers[0].get("parentComment")
    group_answers = [m for m in world.telegram.group_messages.values() if m.get("text") == "Yes, every one!"]
    assert len(group_answers) == 1 and group_answers[0]["chat"]["id"] == GROUP_ID

    def sent_shown() -> bool:
        widget.reload()
        return _sent_state(widget, "Are the prints signed?") == ReplyState.SENT

    qtbot.waitUntil(sent_shown, timeout=10000)
    _select(widget, "Are the prints signed?")
    qtbot.waitUntil(lambda: not widget.delete_reply_button.isHidden(), timeout=5000)
    widget.delete_reply_button.click()
    qtbot.waitUntil(
        lambda: not any(m.get("text") == "Yes, every one!" for m in world.telegram.group_messages.values()),
        timeout=10000,
    )


def test_a_bot_that_may_not_read_the_group_is_worded(qtbot, world, pane):
    world.telegram.group_bot_status = "member"
    widget = pane
    widget.refresh_button.click()
    qtbot.waitUntil(
        lambda: "Your bot cannot read the channel's discussion group" in widget.notice.text(), timeout=10000
    )
    assert "@studiolumen (Telegram)" in widget.notice.text()
    assert widget.notice.accessibleName()
