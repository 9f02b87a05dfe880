"""The inbox pane: model under qtmodeltester, filters, read state, reply, browser, screenshots."""

from __future__ import annotations

import asyncio
import functools
import operator
from concurrent.futures import Future
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.engine.inbox_sync import InboxSync
from postdesk.platforms.mastodon import MastodonAdapter
from postdesk.store.db import open_database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.inbox import FetchedItem, InboxFilter, InboxRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables import TargetRow
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.inbox.models import EntryRole, InboxModel
from postdesk.ui.inbox.view import InboxActions, InboxPane
from postdesk.ui.theme import apply_theme
from tests.fakes.api_server import ApiServer
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.mastodon_api import FakeMastodon

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _item(
    remote_id: str,
    text: str,
    minutes: int,
    *,
    kind: str = "reply",
    parent: str | None = None,
    handle: str = "sam",
    name: str = "Sam",
    url: str | None = None,
) -> FetchedItem:
    return FetchedItem(
        remote_id=remote_id,
        kind=kind,
        author_id=handle,
        author_handle=handle,
        author_name=name,
        text=text,
        created_at=T0 + timedelta(minutes=minutes),
        url=url or f"https://example.test/{remote_id}",
        parent_remote_id=parent,
    )


def _publish(db, network: Network, account_id: int, text: str, remote_id: str) -> None:
    post = PostRepository(db).save(
        Post(parts=(text,), targets=(Target(network, account_id, state=TargetState.PUBLISHED),)), now=T0
    )
    with db.session() as session:
        from sqlmodel import select

        row = session.exec(select(TargetRow).where(TargetRow.post_id == post.id)).one()
        row.remote_id = remote_id
        session.add(row)


@pytest.fixture
def store(paths):
    db = open_database(paths)
    accounts = AccountRepository(db)
    bsky = accounts.add(Network.BLUESKY, "me.bsky.social", now=T0).id
    x = accounts.add(Network.X, "me_on_x", now=T0).id
    repo = InboxRepository(db)
    _publish(db, Network.BLUESKY, bsky, "Launching our spring schedule today 🌱", "at://me/post/1")
    repo.upsert(
        bsky,
        "bluesky",
        [
            _item(
                "at://ana/1",
                "Love this! Will the Tuesday slot stay?",
                30,
                parent="at://me/post/1",
                handle="ana.bsky.social",
                name="Ana",
            ),
            _item(
                "at://ben/1",
                "Congrats on the launch 🎉",
                40,
                parent="at://me/post/1",
                handle="ben.bsky.social",
                name="Ben",
            ),
            _item(
                "at://cy/1",
                "@me.bsky.social have you seen this?",
                5,
                kind="mention",
                handle="cy.bsky.social",
                name="Cy",
            ),
        ],
        now=T0,
    )
    _publish(db, Network.X, x, "Thread: five things we learned shipping a desktop app", "1900")
    repo.upsert(
        x,
        "x",
        [
            _item("1901", "Number three is so true.", 50, parent="1900", handle="dev_dana", name="Dana"),
            _item("1902", "Quoting this for my team", 20, kind="quote", handle="eli", name="Eli"),
        ],
        now=T0,
    )
    yield db, repo, accounts, {"bluesky": bsky, "x": x}
    db.close()


class Engine:
    """A fake engine facade: records submitted calls and answers them at once."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def submit(self, fn, *args, name=None) -> Future:
        self.calls.append((fn.__name__, args))
        future: Future = Future()
        future.set_result(asyncio.run(fn(*args)))
        return future

    async def sync_now(self, account_id=None):
        return {}

    async def reply(self, item_id, text, key):
        return 1


@pytest.fixture
def pane(qtbot, store):
    _db, repo, accounts, ids = store
    runner = BackgroundRunner()
    engine = Engine()
    opened: list[str] = []
    widget = InboxPane(
        repo,
        accounts,
        runner,
        submit=engine.submit,
        actions=InboxActions(engine.sync_now, engine.reply),
        open_url=opened.append,
    )
    qtbot.addWidget(widget)
    widget.resize(1000, 620)
    with qtbot.waitSignal(widget.unread_changed) as unread:
        widget.reload()
    assert unread.args == [5]
    yield widget, engine, opened, repo, ids
    runner.shutdown()


def _loaded(qtbot, widget: InboxPane, action) -> None:
    widget._loading_done = False
    action()
    qtbot.waitUntil(lambda: not widget._loading)


def _texts(model: InboxModel) -> list[list[str]]:
    out = []
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        out.append([model.index(c, 2, parent).data() for c in range(model.rowCount(parent))])
    return out


def test_model_passes_qtmodeltester(qtmodeltester, store):
    _db, repo, _accounts, _ids = store
    model = InboxModel()
    model.set_conversations(repo.conversations())
    qtmodeltester.check(model, force_py=True)
    model.set_conversations([])
    qtmodeltester.check(model, force_py=True)


def test_conversations_across_accounts_newest_first(pane):
    widget, *_ = pane
    model = widget.model
    heads = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert heads == [
        "Your post: Thread: five things we learned shipping a desktop app",
        "Your post: Launching our spring schedule today 🌱",
        "Quoted your post",
        "Mentioned you",
    ]
    assert _texts(model)[1] == ["Love this! Will the Tuesday slot stay?", "Congrats on the launch 🎉"]


def test_filters(qtbot, pane):
    widget, _engine, _opened, _repo, ids = pane
    _loaded(qtbot, widget, lambda: widget.network_filter.setCurrentIndex(widget.network_filter.findData("x")))
    assert {widget.model.data(widget.model.index(r, 0), EntryRole).network for r in range(widget.model.rowCount())} == {
        "x"
    }
    _loaded(qtbot, widget, lambda: widget.network_filter.setCurrentIndex(0))
    _loaded(qtbot, widget, lambda: widget.kind_filter.setCurrentIndex(widget.kind_filter.findData("mention")))
    assert _texts(widget.model) == [["@me.bsky.social have you seen this?"]]
    _loaded(qtbot, widget, lambda: widget.kind_filter.setCurrentIndex(0))
    _loaded(
        qtbot, widget, lambda: widget.account_filter.setCurrentIndex(widget.account_filter.findData(ids["bluesky"]))
    )
    assert widget.model.rowCount() == 2
    assert widget.current_filter() == InboxFilter(account_ids=frozenset({ids["bluesky"]}))


def test_mark_read_unread_and_unread_only(qtbot, pane):
    widget, _engine, _opened, repo, _ids = pane
    widget.tree.setCurrentIndex(widget.model.index(0, 0, widget.model.index(0, 0)))
    assert widget.read_button.isEnabled()
    with qtbot.waitSignal(widget.unread_changed) as unread:
        widget.read_button.click()
    assert unread.args == [4]
    assert widget.read_button.text() == "Mark un&read"  # the selection survived the reload
    _loaded(qtbot, widget, lambda: widget.unread_only.setChecked(True))
    assert "Number three is so true." not in functools.reduce(operator.iadd, _texts(widget.model), [])
    with qtbot.waitSignal(widget.unread_changed) as unread:
        repo.set_read([e.id for e in repo.items()], False)
        widget.reload()
    assert unread.args == [5]


def test_open_in_browser_marks_read(qtbot, pane):
    widget, _engine, opened, _repo, _ids = pane
    widget.tree.setCurrentIndex(widget.model.index(1, 0, widget.model.index(1, 0)))
    with qtbot.waitSignal(widget.unread_changed):
        widget.open_button.click()
    assert opened == ["https://example.test/at://ben/1"]


def test_reply_uses_the_items_network_counter_and_one_key_per_reply(qtbot, pane):
    widget, engine, _opened, _repo, _ids = pane
    assert not widget.reply_box.isEnabled()
    item = widget.model.index(1, 0, widget.model.index(1, 0))  # a Bluesky item
    widget.tree.setCurrentIndex(item)
    widget.reply_box.setPlainText("é" * 301)
    assert widget.counter.text() == "301 / 300" and not widget.send_button.isEnabled()
    widget.tree.setCurrentIndex(widget.model.index(0, 0, widget.model.index(0, 0)))  # an X item
    assert widget.counter.text() == "301 / 280"
    widget.reply_box.setPlainText("Thanks, Dana!")
    assert widget.send_button.isEnabled()
    qtbot.keyClick(widget.reply_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: widget.reply_box.toPlainText() == "")
    widget.reply_box.setPlainText("And one more")
    widget.send_button.click()
    qtbot.waitUntil(lambda: widget.reply_box.toPlainText() == "")
    replies = [args for name, args in engine.calls if name == "reply"]
    assert [a[1] for a in replies] == ["Thanks, Dana!", "And one more"]
    assert replies[0][2] != replies[1][2]


def test_check_now_goes_through_the_engine(qtbot, pane):
    widget, engine, *_ = pane
    qtbot.keyClick(widget, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: ("sync_now", (None,)) in engine.calls)


def test_controls_have_accessible_names(pane):
    widget, *_ = pane
    for control in (
        widget.account_filter,
        widget.network_filter,
        widget.kind_filter,
        widget.unread_only,
        widget.refresh_button,
        widget.tree,
        widget.read_button,
        widget.open_button,
        widget.reply_box,
        widget.send_button,
    ):
        assert control.accessibleName()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshot(qtbot, store, theme):
    """Mastodon from its fake (through InboxSync), Bluesky and X seeded in the store."""
    db, repo, accounts, _ids = store
    instance = FakeMastodon()
    server = ApiServer(instance).start()
    instance.base = server.url
    masto = accounts.add(Network.MASTODON, "alice@social.example", now=T0).id
    with instance._lock:
        own = str(instance._new_status({"status": "New episode is out"}, "1")["id"])
    _publish(db, Network.MASTODON, masto, "New episode is out — link in bio 🎧", own)
    instance.reply_from("2", own, "Listening now, the intro music is great")
    instance.reply_from("2", own, "Can you share the transcript?")

    async def sync_mastodon() -> None:
        sync = InboxSync(
            db,
            lambda: {
                Network.MASTODON: MastodonAdapter(
                    StaticCredentials("token-alice", base_url=server.url), clock=lambda: instance.now
                )
            },
            emit=lambda _e: None,
        )
        await sync.start(periodic=False)
        try:
            assert await sync.sync_now() == {masto: 2}
        finally:
            await sync.stop()

    try:
        asyncio.run(sync_mastodon())
    finally:
        server.stop()
    app = QApplication.instance()
    old = app.palette()
    apply_theme(app, theme)
    runner = BackgroundRunner()
    widget = InboxPane(repo, accounts, runner, submit=None, actions=None, open_url=lambda _u: None)
    qtbot.addWidget(widget)
    widget.resize(1100, 640)
    with qtbot.waitSignal(widget.unread_changed):
        widget.reload()
    networks = {widget.model.data(widget.model.index(r, 0), EntryRole).network for r in range(widget.model.rowCount())}
    assert networks == {"bluesky", "mastodon", "x"}
    widget.tree.setCurrentIndex(widget.model.index(0, 0, widget.model.index(2, 0)))
    repo.set_read([repo.items(InboxFilter(networks=frozenset({"x"})))[0].id], True)
    with qtbot.waitSignal(widget.unread_changed):
        widget.reload()
    SHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"inbox-{theme}.png"))
    runner.shutdown()
    app.setPalette(old)
