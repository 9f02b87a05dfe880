"""The inbox with the real engine, through the real window, against the networks' fakes on 127.0.0.1:
"Delete comment" removes someone's comment from one's own Instagram post (issue 15), and marking a
Reddit reply read in Postdesk marks it read on Reddit (issue 16)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from postdesk.app import build_window
from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.platforms.instagram import InstagramAdapter
from postdesk.platforms.reddit import RedditAdapter
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables import TargetRow
from postdesk.ui import theme
from tests.fakes.api_server import ApiServer
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.http_fake import FakeHTTPServer
from tests.fakes.instagram_api import USER_ID, VERSION, InstagramFake
from tests.fakes.reddit_api import FakeReddit
from tests.fakes.token_source import TokenSource
from tests.ui.test_app_engine import FakeAutostart

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")
EntryRole = Qt.ItemDataRole.UserRole + 1


@pytest.fixture
def networks():
    insta = InstagramFake()
    insta_server = FakeHTTPServer(insta)
    reddit = FakeReddit()
    reddit_server = ApiServer(reddit).start()
    reddit.base = reddit_server.url
    reddit.add_sub("pics")
    with insta_server:
        yield insta, insta_server, reddit, reddit_server
    reddit_server.stop()


@pytest.fixture
def window(qtbot, paths, qapp, networks):
    insta, insta_server, reddit, reddit_server = networks
    tokens = TokenSource(insta.token, refresh=lambda: insta.token, user_id=USER_ID)
    built: list[Any] = []

    def build() -> Any:
        b = build_window(
            paths,
            qapp,
            open_url=lambda url: True,
            now=lambda: NOW,
            autostart=FakeAutostart(),
            use_tray=False,
            quit_app=lambda: None,
            adapters=lambda: {
                Network.INSTAGRAM: InstagramAdapter(tokens, base_url=f"{insta_server.url}/{VERSION}"),
                Network.REDDIT: RedditAdapter(
                    StaticCredentials("token-alice"), base_url=reddit_server.url, clock=lambda: reddit.now
                ),
            },
        )
        qtbot.addWidget(b.window)
        built.append(b)
        assert b.engine is not None
        b.engine.wait_started(30)
        b.window.resize(1440, 900)
        b.window.show()
        return b

    yield build
    for b in built:
        b.close()
    theme.apply_theme(qapp, "light")


def _seed(b: Any, insta: InstagramFake, reddit: FakeReddit) -> tuple[str, str, str]:
    media_id = "17900000000000777"
    insta.media[media_id] = {
        "id": media_id,
        "caption": "Ask me anything",
        "media_type": "IMAGE",
        "media_product_type": "FEED",
        "timestamp": insta.clock.strftime("%Y-%m-%dT%H:%M:%S+0000"),
        "permalink": "https://www.instagram.com/p/FAKE000777/",
        "username": "fake_creator",
        "published_at": insta.clock,
    }
    accounts = AccountRepository(b.database)
    account = accounts.add(Network.INSTAGRAM, "fake_creator", now=NOW).id
    accounts.add(Network.REDDIT, "u/alice", now=NOW)
    post = PostRepository(b.database).save(
        Post(parts=("Ask me anything",), targets=(Target(Network.INSTAGRAM, account, state=TargetState.PUBLISHED),)),
        now=NOW,
    )
    with b.database.session() as session:
        row = session.exec(select(TargetRow).where(TargetRow.post_id == post.id)).one()
        row.remote_id = media_id
        session.add(row)
    kind = insta.add_comment(media_id, "Lovely!")
    rude = insta.add_comment(media_id, "FREE FOLLOWERS click my bio", username="spam4you")
    answer = reddit.add_reply("t3_post", "bob", "Nice shot! Where was this?")
    return kind, rude, answer


def _select(qtbot: Any, inbox: Any, remote_id: str) -> None:
    model = inbox.model
    for row in range(model.rowCount()):
        head = model.index(row, 0)
        for child in range(model.rowCount(head)):
            index = model.index(child, 0, head)
            if model.data(index, EntryRole).remote_id == remote_id:
                inbox.tree.setCurrentIndex(index)
                return
    raise AssertionError(remote_id)


def _remote_ids(inbox: Any) -> set[str]:
    return {e.remote_id for c in inbox.model.conversations() for e in c.items}


def test_delete_comment_and_reddit_read_through_the_window(window, qtbot, networks):
    insta, _s, reddit, _r = networks
    b = window()
    kind, rude, answer = _seed(b, insta, reddit)
    inbox = b.panes.inbox
    b.window.show_pane("inbox")
    qtbot.mouseClick(inbox.refresh_button, Qt.MouseButton.LeftButton)  # Check now: the engine syncs
    qtbot.waitUntil(lambda: {kind, rude, answer} <= _remote_ids(inbox), timeout=20_000)

    # Reddit: no Delete comment there; Mark read tells Reddit.
    _select(qtbot, inbox, answer)
    assert inbox.delete_comment_button.isHidden()
    qtbot.mouseClick(inbox.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: answer in reddit.read, timeout=20_000)

    # Instagram: Delete comment asks, then removes the comment there and from the list.
    _select(qtbot, inbox, rude)
    qtbot.waitUntil(lambda: not inbox.delete_comment_button.isHidden())
    qtbot.mouseClick(inbox.delete_comment_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.confirm_box is not None and inbox.confirm_box.isVisible())
    assert "spam4you" in inbox.confirm_box.text()
    qtbot.mouseClick(inbox.confirm_delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rude not in _remote_ids(inbox), timeout=20_000)
    assert rude not in insta.comments and kind in insta.comments
    assert inbox.status.text() == "The comment was deleted."
