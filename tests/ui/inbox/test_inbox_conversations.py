"""The inbox as conversations, through the real window: authors' pictures (fetched once from a
server on 127.0.0.1, kept on disk, a monogram otherwise), rows drawn by one delegate with wrapped
text and the answered post as context, unread as a dot, keyboard paths, deleting someone's comment
where the network can, Reddit told what was read; screenshots at 1440x900 and 1024x700 in light,
dark, POSTDESK_PSEUDO=long and rtl."""

from __future__ import annotations

import io
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QApplication, QWidget
from sqlmodel import select

from postdesk.app import build_window
from postdesk.core.entities import AccountStatus, Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.inbox import FetchedItem, InboxRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables import TargetRow
from postdesk.ui import theme
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.inbox.delegate import InboxDelegate
from postdesk.ui.inbox.view import InboxActions, InboxPane
from postdesk.ui.widgets.avatar import Avatar, name_colour
from postdesk.ui.widgets.avatar_cache import AvatarCache, avatar_cache_dir, load_picture
from tests.fakes.http_fake import FakeHTTPServer, FakeRequest, FakeResponse

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


def _png(colour: tuple[int, int, int], size: tuple[int, int] = (120, 80)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


class Pictures:
    """A picture host on 127.0.0.1: /ana.png and /dana.png are pictures, /bad.png is not one,
    /big.png is over the size cap, anything else is a 404. Counts requests per path."""

    def __init__(self) -> None:
        self.asked: Counter[str] = Counter()
        self.files = {
            "/ana.png": _png((220, 40, 90)),
            "/dana.png": _png((20, 140, 200)),
            "/bad.png": b"<html>not a picture</html>",
            "/big.png": b"\x89PNG" + b"\0" * (3 * 1024 * 1024),
        }

    def __call__(self, request: FakeRequest) -> FakeResponse:
        self.asked[request.path] += 1
        body = self.files.get(request.path)
        if body is None:
            return FakeResponse(404, {"error": "not found"})
        return FakeResponse(200, raw=body, headers={"Content-Type": "image/png"})


@pytest.fixture
def pictures():
    host = Pictures()
    server = FakeHTTPServer(host)
    with server:
        yield host, server.url


def _item(remote_id: str, text: str, ago: timedelta, handle: str, name: str, **kw: Any) -> FetchedItem:
    return FetchedItem(
        remote_id=remote_id,
        kind=kw.pop("kind", "reply"),
        author_id=handle,
        author_handle=handle,
        author_name=name,
        text=text,
        created_at=NOW - ago,
        url=f"https://example.test/{remote_id}",
        **kw,
    )


def _publish(db: Any, network: Network, account_id: int, text: str, remote_id: str) -> None:
    post = PostRepository(db).save(
        Post(parts=(text,), targets=(Target(network, account_id, state=TargetState.PUBLISHED),)), now=NOW
    )
    with db.session() as session:
        row = session.exec(select(TargetRow).where(TargetRow.post_id == post.id)).one()
        row.remote_id = remote_id
        session.add(row)


def fill(db: Any, base_url: str) -> dict[str, int]:
    """Three accounts' conversations; one account needs reconnecting."""
    accounts = AccountRepository(db)
    bsky = accounts.add(Network.BLUESKY, "studio.bsky.social", now=NOW).id
    insta = accounts.add(Network.INSTAGRAM, "studio.shots", now=NOW).id
    reddit = accounts.add(Network.REDDIT, "u/studio", now=NOW).id
    masto = accounts.add(Network.MASTODON, "studio@mastodon.social", now=NOW).id
    accounts.set_status(masto, AccountStatus.NEEDS_RECONNECT)
    repo = InboxRepository(db)
    _publish(db, Network.BLUESKY, bsky, "Launching our spring schedule today: new slots on Tuesdays 🌱", "at://me/1")
    repo.upsert(
        bsky,
        "bluesky",
        [
            _item(
                "at://ana/1",
                "Love this! Will the Tuesday slot stay? We plan our week around it and the newsletter "
                "links to it, so a heads-up before any change would be great. Also: the new colours look "
                "lovely on a phone. One more thing: could the Thursday recording go out a little earlier, "
                "say before nine, so that people in Lisbon can listen on their way to work?",
                timedelta(minutes=5),
                "ana.bsky.social",
                "Ana Lima",
                parent_remote_id="at://me/1",
                author_avatar_url=f"{base_url}/ana.png",
            ),
            _item(
                "at://ben/1",
                "Congrats on the launch 🎉",
                timedelta(hours=3),
                "ben.bsky.social",
                "Ben Okafor",
                parent_remote_id="at://me/1",
                author_avatar_url=f"{base_url}/gone.png",
            ),
        ],
        now=NOW,
    )
    _publish(db, Network.INSTAGRAM, insta, "Behind the scenes of Tuesday's shoot", "1790001")
    repo.upsert(
        insta,
        "instagram",
        [
            _item(
                "1790002",
                "Which lens was this? The light is gorgeous.",
                timedelta(minutes=40),
                "dana.makes",
                "",
                kind="comment",
                parent_remote_id="1790001",
                author_avatar_url=f"{base_url}/dana.png",
            ),
            _item(
                "1790003",
                "FREE FOLLOWERS click my bio!!!",
                timedelta(minutes=20),
                "spam4you",
                "",
                kind="comment",
                parent_remote_id="1790001",
                author_avatar_url=f"{base_url}/bad.png",
            ),
        ],
        now=NOW,
    )
    repo.upsert(
        reddit,
        "reddit",
        [
            _item(
                "t1_abc",
                "Great write-up. Did you try the same with film?",
                timedelta(hours=26),
                "u/cy",
                "cy",
                kind="comment",
            )
        ],
        now=NOW,
    )
    return {"bluesky": bsky, "instagram": insta, "reddit": reddit, "mastodon": masto}


@pytest.fixture
def built(qtbot: Any, paths: Any, qapp: QApplication) -> Any:
    opened: list[Any] = []

    def make(size: tuple[int, int] = (1440, 900)) -> Any:
        b = build_window(paths, qapp, open_url=lambda url: True, start_engine=False, use_tray=False, now=lambda: NOW)
        qtbot.addWidget(b.window)
        opened.append(b)
        b.window.resize(*size)
        b.window.show()
        qtbot.waitUntil(lambda: b.panes.composer.is_loaded)
        return b

    yield make
    for b in opened:
        b.close()
    theme.apply_theme(qapp, "light")
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _open_inbox(qtbot: Any, b: Any, rows: int = 3) -> InboxPane:
    inbox = b.panes.inbox
    b.window.show_pane("inbox")
    inbox.reload()
    qtbot.waitUntil(lambda: inbox.model.rowCount() == rows, timeout=15_000)
    return inbox


def _entry_index(inbox: InboxPane, remote_id: str) -> QModelIndex:
    model = inbox.model
    for row in range(model.rowCount()):
        head = model.index(row, 0)
        for child in range(model.rowCount(head)):
            index = model.index(child, 0, head)
            if inbox.model.data(index, Qt.ItemDataRole.UserRole + 1).remote_id == remote_id:
                return index
    raise AssertionError(remote_id)


# -- pictures ------------------------------------------------------------------------------------


def test_a_picture_is_fetched_once_kept_on_disk_and_reused_after_a_restart(qtbot, tmp_path, pictures):
    host, url = pictures
    folder = tmp_path / "avatars"
    cache = AvatarCache(folder, side=48)
    try:
        assert cache.get(f"{url}/ana.png") is None  # not yet: fetched in the background
        assert cache.get(f"{url}/ana.png") is None  # asked twice, fetched once
        with qtbot.waitSignal(cache.ready) as arrived:
            pass
        assert arrived.args == [f"{url}/ana.png"]
        pixmap = cache.get(f"{url}/ana.png")
        assert isinstance(pixmap, QPixmap) and pixmap.width() == 48 and pixmap.height() == 48  # cropped square
        assert host.asked["/ana.png"] == 1
        assert len(list(folder.glob("*.png"))) == 1
    finally:
        cache.shutdown()
    # The next start reads the disk copy: the host is not asked again.
    again = AvatarCache(folder, side=48)
    try:
        again.get(f"{url}/ana.png")
        qtbot.waitUntil(lambda: again.get(f"{url}/ana.png") is not None)
        assert host.asked["/ana.png"] == 1
    finally:
        again.shutdown()


@pytest.mark.parametrize("path", ["/gone.png", "/bad.png", "/big.png"])
def test_a_picture_that_cannot_be_had_leaves_the_monogram_and_is_not_asked_again(qtbot, tmp_path, pictures, path):
    host, url = pictures
    cache = AvatarCache(tmp_path / "avatars")
    try:
        assert cache.get(url + path) is None
        qtbot.waitUntil(lambda: cache.is_missing(url + path))
        assert cache.get(url + path) is None
        assert host.asked[path] == 1
        assert not list((tmp_path / "avatars").glob("*.png"))
    finally:
        cache.shutdown()


def test_only_web_pictures_are_fetched(tmp_path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(_png((1, 2, 3)))
    cache = AvatarCache(tmp_path / "avatars")
    try:
        for url in (secret.as_uri(), "ftp://127.0.0.1/a.png", "javascript:alert(1)"):
            assert cache.get(url) is None and cache.is_missing(url)
    finally:
        cache.shutdown()
    with pytest.raises(Exception, match="http"):
        load_picture(secret.as_uri(), None)


def test_the_avatar_widget_shows_the_picture_or_a_monogram(qtbot, tmp_path, pictures):
    _host, url = pictures
    cache = AvatarCache(tmp_path / "avatars")
    try:
        with_picture = Avatar(f"{url}/dana.png", "Dana", 40, cache)
        without = Avatar(None, "Ben Okafor", 40, cache)
        for widget in (with_picture, without):
            qtbot.addWidget(widget)
        assert with_picture.accessibleName() == "Dana" and with_picture.pixmap() is None
        qtbot.waitUntil(lambda: with_picture.pixmap() is not None)
        drawn = with_picture.grab().toImage()
        assert drawn.pixelColor(20, 20) == QColor(20, 140, 200)  # the picture, in the circle
        blank = without.grab().toImage()
        assert blank.pixelColor(3, 20).red() == blank.pixelColor(3, 20).red()  # drawn
        assert name_colour("Ben Okafor") == name_colour("ben okafor")  # one colour per person
        assert name_colour("Ben Okafor") != name_colour("Mira K")  # two of the eight token fills
    finally:
        cache.shutdown()


def test_the_cache_lives_with_a_chosen_data_directory(paths):
    assert avatar_cache_dir(paths) == paths.base / "cache" / "avatars"


# -- the conversations, through the real window ------------------------------------------------------


def test_conversations_with_faces_context_wrapped_text_and_unread_dots(built, qtbot, pictures, paths):
    host, url = pictures
    b = built()
    fill(b.database, url)
    inbox = _open_inbox(qtbot, b, rows=3)
    model, tree = inbox.model, inbox.tree
    # One delegate paints the rows; the model's other columns are not shown.
    assert isinstance(tree.itemDelegate(), InboxDelegate)
    assert tree.isHeaderHidden() and all(tree.isColumnHidden(c) for c in range(1, model.COLUMNS))
    assert tree.indexWidget(model.index(0, 0)) is None
    # The post being answered heads its conversation.
    heads = [model.conversation_text(model.data(model.index(r, 0), Qt.ItemDataRole.UserRole + 1)) for r in range(3)]
    assert "Your post: Launching our spring schedule today: new slots on Tuesdays 🌱" in heads
    assert "Your post: Behind the scenes of Tuesday's shoot" in heads
    assert "Commented on your post" in heads  # a Reddit comment on a post Postdesk did not send
    # Pictures are fetched once each, through the window; a missing one leaves the monogram.
    ana = _entry_index(inbox, "at://ana/1")
    qtbot.waitUntil(lambda: inbox.avatars.get(f"{url}/ana.png") is not None, timeout=10_000)
    qtbot.waitUntil(lambda: inbox.avatars.is_missing(f"{url}/gone.png"), timeout=10_000)
    assert host.asked["/ana.png"] == 1 and host.asked["/gone.png"] == 1
    assert model.data(ana, Qt.ItemDataRole.DecorationRole).cacheKey() == inbox.avatars.get(f"{url}/ana.png").cacheKey()
    assert list((paths.base / "cache" / "avatars").glob("*.png"))
    # Long text wraps over several lines (the name line, then at least two of text); short text does not.
    ben = _entry_index(inbox, "at://ben/1")
    line = tree.fontMetrics().lineSpacing()
    assert tree.visualRect(ana).height() >= 3 * line + 16
    assert tree.visualRect(ana).height() > tree.visualRect(ben).height()
    # Unread is a dot, not bold type.
    assert model.data(ana, Qt.ItemDataRole.FontRole) is None
    # Relative times and accessible text that says who, when and what.
    said = model.data(ana, Qt.ItemDataRole.AccessibleTextRole)
    assert "Ana Lima" in said and "5 min ago" in said and "unread" in said and "Tuesday slot" in said
    assert model.index(ana.row(), 3, ana.parent()).data() == "5 min ago"
    # A narrower window re-wraps the text: the row grows.
    wide = tree.visualRect(ana).height()
    before = tree.viewport().width()
    b.window.resize(1024, 700)
    qtbot.waitUntil(lambda: tree.viewport().width() < before)
    qtbot.waitUntil(lambda: tree.visualRect(ana).height() > wide)
    # The reconnect banner names the account.
    assert inbox.reconnect_banner.isVisibleTo(inbox) and "studio@mastodon.social" in inbox.reconnect_text.text()


def test_arrows_move_and_enter_starts_a_reply(built, qtbot, pictures):
    _host, url = pictures
    b = built()
    fill(b.database, url)
    inbox = _open_inbox(qtbot, b, rows=3)
    tree = inbox.tree
    tree.setFocus()
    tree.setCurrentIndex(inbox.model.index(0, 0))
    assert inbox.current_entry() is None  # a conversation's head
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # Enter on a head goes to its first message
    assert inbox.current_entry() is not None
    first = inbox.current_entry()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert inbox.current_entry() is not None and inbox.current_entry().id != first.id
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: inbox.reply_box.hasFocus())
    assert tree.accessibleName() and tree.accessibleDescription()


class _Engine:
    """Answers the pane's engine calls at once; Instagram can delete comments."""

    def __init__(self, db: Any, *, refuse: BaseException | None = None) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self._repo = InboxRepository(db)
        self._refuse = refuse

    def submit(self, fn, *args, name=None):  # type: ignore[no-untyped-def]
        import asyncio
        from concurrent.futures import Future

        self.calls.append((fn.__name__, args))
        future: Future = Future()
        try:
            future.set_result(asyncio.run(fn(*args)))
        except Exception as error:  # handed to the pane as the engine would
            future.set_exception(error)
        return future

    async def sync_now(self, account_id=None):  # type: ignore[no-untyped-def]
        return {}

    async def reply(self, item_id, text, key):  # type: ignore[no-untyped-def]
        return 1

    async def mark_seen(self, account_id=None):  # type: ignore[no-untyped-def]
        return 0

    async def delete_comment(self, item_id):  # type: ignore[no-untyped-def]
        if self._refuse is not None:
            raise self._refuse
        self._repo.remove(item_id)

    @staticmethod
    def delete_comment_networks() -> frozenset[str]:
        return frozenset({"instagram"})


def _pane(qtbot: Any, db: Any, engine: _Engine) -> tuple[InboxPane, BackgroundRunner]:
    runner = BackgroundRunner()
    pane = InboxPane(
        InboxRepository(db),
        AccountRepository(db),
        runner,
        submit=engine.submit,
        actions=InboxActions(
            engine.sync_now,
            engine.reply,
            mark_seen=engine.mark_seen,
            delete_comment=engine.delete_comment,
            delete_comment_networks=engine.delete_comment_networks,
        ),
        open_url=lambda _u: None,
    )
    qtbot.addWidget(pane)
    pane.resize(1100, 700)
    pane.show()
    with qtbot.waitSignal(pane.unread_changed):
        pane.reload()
    return pane, runner


def test_delete_comment_asks_then_removes_it_and_is_offered_only_where_the_network_can(qtbot, paths, pictures):
    from postdesk.store.db import open_database

    _host, url = pictures
    db = open_database(paths)
    engine = _Engine(db)
    pane, runner = _pane(qtbot, db, engine)
    try:
        fill(db, url)
        pane.reload()
        qtbot.waitUntil(lambda: pane.model.rowCount() == 3)
        pane.tree.setCurrentIndex(_entry_index(pane, "at://ana/1"))  # Bluesky: not offered
        assert pane.delete_comment_button.isHidden()
        pane.tree.setCurrentIndex(_entry_index(pane, "1790003"))  # Instagram: offered
        assert not pane.delete_comment_button.isHidden() and pane.delete_comment_button.accessibleName()
        # Cancel keeps it.
        pane.delete_comment_button.click()
        qtbot.waitUntil(lambda: pane.confirm_box is not None and pane.confirm_box.isVisible())
        assert "spam4you" in pane.confirm_box.text()
        pane.confirm_box.button(pane.confirm_box.StandardButton.Cancel).click()
        assert not [c for c in engine.calls if c[0] == "delete_comment"]
        # Delete removes it, there and from the list.
        pane.delete_comment_button.click()
        qtbot.waitUntil(lambda: pane.confirm_box is not None and pane.confirm_box.isVisible())
        pane.confirm_delete_button.click()
        qtbot.waitUntil(lambda: pane.status.text() == "The comment was deleted.")
        qtbot.waitUntil(lambda: "1790003" not in {e.remote_id for c in pane.model.conversations() for e in c.items})
        assert [c[0] for c in engine.calls].count("delete_comment") == 1
    finally:
        runner.shutdown()
        db.close()


def test_a_refused_delete_is_worded_and_the_comment_stays(qtbot, paths, pictures):
    from postdesk.platforms.base import Rejected
    from postdesk.store.db import open_database

    _host, url = pictures
    db = open_database(paths)
    engine = _Engine(db, refuse=Rejected("(#10) Application does not have permission for this action"))
    pane, runner = _pane(qtbot, db, engine)
    try:
        fill(db, url)
        pane.reload()
        qtbot.waitUntil(lambda: pane.model.rowCount() == 3)
        pane.tree.setCurrentIndex(_entry_index(pane, "1790003"))
        pane.delete_comment_button.click()
        qtbot.waitUntil(lambda: pane.confirm_box is not None and pane.confirm_box.isVisible())
        pane.confirm_delete_button.click()
        qtbot.waitUntil(lambda: "refused" in pane.status.text())
        assert "#10" not in pane.status.text()  # words, not the network's code
        assert "1790003" in {e.remote_id for c in pane.model.conversations() for e in c.items}
    finally:
        runner.shutdown()
        db.close()


def test_marking_an_item_read_tells_the_engine(qtbot, paths, pictures):
    """Reddit is told item by item: the pane asks the engine after a read (InboxSync.mark_seen)."""
    from postdesk.store.db import open_database

    _host, url = pictures
    db = open_database(paths)
    engine = _Engine(db)
    pane, runner = _pane(qtbot, db, engine)
    try:
        fill(db, url)
        pane.reload()
        qtbot.waitUntil(lambda: pane.model.rowCount() == 3)
        engine.calls.clear()
        pane.tree.setCurrentIndex(_entry_index(pane, "t1_abc"))
        pane.read_button.click()
        qtbot.waitUntil(lambda: ("mark_seen", (None,)) in engine.calls)
        assert InboxRepository(db).read_not_told(_entry_of(pane, "t1_abc").account_id) != []
    finally:
        runner.shutdown()
        db.close()


def _entry_of(pane: InboxPane, remote_id: str) -> Any:
    return pane.model.data(_entry_index(pane, remote_id), Qt.ItemDataRole.UserRole + 1)


# -- screenshots -------------------------------------------------------------------------------------


def _shoot(qtbot: Any, widget: QWidget, name: str) -> None:
    for _ in range(3):
        QApplication.processEvents()
    SHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SHOTS / name))


def _dress(qtbot: Any, b: Any, url: str) -> InboxPane:
    fill(b.database, url)
    inbox = _open_inbox(qtbot, b, rows=3)
    qtbot.waitUntil(lambda: inbox.avatars.get(f"{url}/ana.png") is not None, timeout=10_000)
    qtbot.waitUntil(lambda: inbox.avatars.get(f"{url}/dana.png") is not None, timeout=10_000)
    inbox.tree.setCurrentIndex(_entry_index(inbox, "1790002"))
    return inbox


@pytest.mark.parametrize("mode", ["light", "dark"])
@pytest.mark.parametrize("size", [(1440, 900), (1024, 700)])
def test_screenshots(built, qtbot, qapp, pictures, mode, size):
    _host, url = pictures
    b = built(size)
    theme.apply_theme(qapp, mode)
    _dress(qtbot, b, url)
    _shoot(qtbot, b.window, f"inbox-conversations-{mode}-{size[0]}x{size[1]}.png")


@pytest.mark.parametrize("pseudo", ["long", "rtl"])
@pytest.mark.parametrize("size", [(1440, 900), (1024, 700)])
def test_screenshots_pseudo(built, qtbot, qapp, pictures, pseudo, size):
    from postdesk.ui.i18n import PseudoTranslator

    _host, url = pictures
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    if pseudo == "rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        b = built(size)
        inbox = _dress(qtbot, b, url)
        assert inbox.delete_comment_button.text().startswith("[") or inbox.read_button.text().startswith("[")
        _shoot(qtbot, b.window, f"inbox-conversations-pseudo-{pseudo}-{size[0]}x{size[1]}.png")
    finally:
        qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
