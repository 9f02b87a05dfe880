"""Preview vs sent, through the real window and the real engine.

For each network family a post is built in the composer of the real window (text typed in the
editor, photos imported through the store, the account chosen), the preview is read as the user
sees it (the text of each part, how many photos or videos, the link card's address, the first
comment), then "Publish now" hands it to the real engine, which publishes with the network's real
adapter to that network's fake HTTP API on 127.0.0.1 (Threads and Instagram fetch the photos from
a local media relay). What the fake received is compared with what the preview showed.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from postdesk.app import build_window
from postdesk.core.entities import TargetState
from postdesk.core.networks import Network
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.ui import theme
from tests.helpers.atproto import atproto_network  # noqa: F401 (fixture, Bluesky case only)
from tests.ui.test_app_engine import FakeAutostart

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
TEXT = "Spring prints are live 🌷 shot on film at dawn. Thanks @mira!\n\nhttps://studio-lumen.com/spring #film #analog"
pytestmark = [
    pytest.mark.integration,
    pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise"),
]


async def _no_sleep(_seconds: float) -> None:
    return None


def _photos(folder: Path, count: int) -> list[str]:
    """`count` JPEG photos (square, so every network takes them as they are), each a different colour."""
    paths = []
    for index in range(count):
        img = Image.new("RGB", (1080, 1080), (40 + 60 * index, 120, 200 - 40 * index))
        buffer = io.BytesIO()
        img.save(buffer, "JPEG", quality=85)
        path = folder / f"photo{index}.jpg"
        path.write_bytes(buffer.getvalue())
        paths.append(str(path))
    return paths


@dataclass
class Sent:
    """What the fake received, as the preview's terms: each part's text, media per part, link."""

    parts: list[str]
    media: int
    first_comment: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Case:
    network: Network
    handle: str
    serve: Callable[[ExitStack, Any], tuple[Any, Callable[[], Sent]]]  # (adapter, what the fake received)
    parts: tuple[str, ...] = (TEXT,)
    photos: int = 1
    relay: bool = False
    options: Callable[[Any, Any], None] = lambda panel, qtbot: None
    marks: tuple[Any, ...] = ()


# -- the fakes -------------------------------------------------------------------------------------------


def _x(stack: ExitStack, _fixtures: Any) -> tuple[Any, Callable[[], Sent]]:
    from postdesk.platforms.x import XAdapter
    from tests.fakes.api_server import ApiServer
    from tests.fakes.fake_credentials import StaticCredentials
    from tests.fakes.x_api import FakeX

    fake = FakeX()
    server = ApiServer(fake).start()
    stack.callback(server.stop)
    adapter = XAdapter(
        StaticCredentials("token-alice", user_id="1"), base_url=server.url, clock=lambda: fake.now, sleep=_no_sleep
    )

    def sent() -> Sent:
        tweets = sorted(fake.tweets.values(), key=lambda t: int(t["id"]))
        media = sum(len(t.get("attachments", {}).get("media_keys", [])) for t in tweets)
        return Sent([t["_text"] for t in tweets], media)

    return adapter, sent


def _mastodon(stack: ExitStack, _fixtures: Any) -> tuple[Any, Callable[[], Sent]]:
    from postdesk.platforms.mastodon import MastodonAdapter
    from tests.fakes.api_server import ApiServer
    from tests.fakes.fake_credentials import StaticCredentials
    from tests.fakes.mastodon_api import FakeMastodon

    fake = FakeMastodon()
    server = ApiServer(fake).start()
    stack.callback(server.stop)
    fake.base = server.url
    adapter = MastodonAdapter(
        StaticCredentials("token-alice", base_url=server.url), clock=lambda: fake.now, sleep=_no_sleep
    )

    def sent() -> Sent:
        statuses = sorted(fake.statuses.values(), key=lambda s: int(s["id"]))
        media = sum(len(s["media_attachments"]) for s in statuses)
        return Sent([s["_source"] for s in statuses], media, extra={"spoiler": statuses[0]["spoiler_text"]})

    return adapter, sent


def _relay(stack: ExitStack) -> Any:
    from tests.fakes.local_relay import LocalRelay

    relay = LocalRelay()
    stack.enter_context(relay.server)
    return relay


def _threads(stack: ExitStack, _fixtures: Any) -> tuple[Any, Callable[[], Sent]]:
    from postdesk.platforms.threads import ThreadsAdapter
    from tests.fakes.http_fake import FakeHTTPServer
    from tests.fakes.threads_api import USER_ID, ThreadsFake
    from tests.fakes.token_source import TokenSource

    fake, relay = ThreadsFake(), _relay(stack)
    server = stack.enter_context(FakeHTTPServer(fake))
    adapter = ThreadsAdapter(
        TokenSource(fake.token, user_id=USER_ID), relay=relay, base_url=server.url + "/v1.0", sleep=_no_sleep
    )

    def sent() -> Sent:
        # A carousel's items are containers of their own; the post's (and each reply's) has the text.
        items = [p for p in fake.sent if p.get("is_carousel_item") == "true"]
        posts = [p for p in fake.sent if p.get("is_carousel_item") != "true"]
        singles = [p for p in posts if p.get("media_type") in ("IMAGE", "VIDEO")]
        texts = [p.get("text", "") for p in posts]
        return Sent(texts, len(items) or len(singles), extra={"fetched": len(fake.fetched)})

    return adapter, sent


def _instagram(stack: ExitStack, _fixtures: Any) -> tuple[Any, Callable[[], Sent]]:
    from postdesk.platforms.instagram import InstagramAdapter
    from tests.fakes.http_fake import FakeHTTPServer
    from tests.fakes.instagram_api import USER_ID, VERSION, InstagramFake
    from tests.fakes.token_source import TokenSource

    fake, relay = InstagramFake(), _relay(stack)
    server = stack.enter_context(FakeHTTPServer(fake))
    adapter = InstagramAdapter(
        TokenSource(fake.token, refresh=lambda: fake.token, user_id=USER_ID),
        relay=relay,
        base_url=f"{server.url}/{VERSION}",
        poll_interval=5,
        max_polls=5,
        sleep=_no_sleep,
    )

    def sent() -> Sent:
        items = [p for p in fake.sent if p.get("is_carousel_item") == "true"]
        posts = [p for p in fake.sent if p.get("is_carousel_item") != "true"]
        comments = [c["text"] for c in fake.comments.values()]
        return Sent(
            [p.get("caption", "") for p in posts],
            len(items) or len(posts),
            comments[0] if comments else "",
            {"fetched": len(fake.fetched)},
        )

    return adapter, sent


def _pinterest(stack: ExitStack, _fixtures: Any) -> tuple[Any, Callable[[], Sent]]:
    from postdesk.platforms.pinterest import PinterestAdapter
    from tests.fakes.api_server import ApiServer
    from tests.fakes.fake_credentials import StaticCredentials
    from tests.fakes.pinterest_api import FakePinterest

    fake = FakePinterest()
    fake.add_board("Spring prints")
    server = ApiServer(fake).start()
    stack.callback(server.stop)
    adapter = PinterestAdapter(
        StaticCredentials("token-alice"), base_url=server.url + "/v5", clock=lambda: fake.now, sleep=_no_sleep
    )

    def sent() -> Sent:
        created = fake.created
        return Sent(
            [c.get("description", "") for c in created],
            sum(len(c.get("media_source", {}).get("items", [])) or 1 for c in created),
            extra={"title": created[0].get("title", "") if created else "", "board": created[0].get("board_id")},
        )

    return adapter, sent


class _Page:
    """A web page with Open Graph tags, where the link card's title and description come from."""

    def __call__(self, request: Any) -> Any:
        from tests.fakes.http_fake import FakeResponse

        page = (
            "<html><head><meta property='og:title' content='Spring prints'>"
            "<meta property='og:description' content='Twelve prints shot on film'></head></html>"
        )
        return FakeResponse(200, raw=page.encode(), headers={"Content-Type": "text/html; charset=utf-8"})


def _bluesky(stack: ExitStack, fixtures: Any) -> tuple[Any, Callable[[], Sent]]:
    import json

    from postdesk.platforms.bluesky import BlueskyAdapter
    from tests.fakes.http_fake import FakeHTTPServer
    from tests.helpers.atproto import SessionCredentials, create_account
    from tests.ui.composer.test_preview_vs_sent import _Recording

    network = fixtures.getfixturevalue("atproto_network")
    web = stack.enter_context(FakeHTTPServer(_Page()))
    stamp = dt.datetime.now(dt.UTC).strftime("%H%M%S%f")
    handle = f"lumen{stamp}.test"
    create_account(network.pds, handle, "lumen-pass")
    recording = _Recording()
    adapter = BlueskyAdapter(SessionCredentials(network.pds, {1: (handle, "lumen-pass")}), transport=recording)
    fixtures.node.stash[_WEB] = web.url
    fixtures.node.stash[_HANDLE] = handle

    def sent() -> Sent:
        records = [
            json.loads(r.body)["record"]
            for r in recording.sent
            if r.path.endswith("com.atproto.repo.createRecord") and r.method == "POST"
        ]
        embeds = [r.get("embed", {}) for r in records]
        images = sum(len(e.get("images", [])) for e in embeds)
        links = [e["external"]["uri"] for e in embeds if "external" in e]
        return Sent([r["text"] for r in records], images, extra={"link": links[0] if links else ""})

    return adapter, sent


_WEB = pytest.StashKey[str]()
_HANDLE = pytest.StashKey[str]()


# -- the window ------------------------------------------------------------------------------------------


@contextmanager
def _window(qtbot, qapp, paths, network: Network, adapter: Any) -> Iterator[Any]:
    b = build_window(
        paths,
        qapp,
        open_url=lambda url: True,
        now=lambda: NOW,
        autostart=FakeAutostart(),
        use_tray=False,
        quit_app=lambda: None,
        adapters=lambda: {network: adapter},
    )
    qtbot.addWidget(b.window)
    try:
        assert b.engine is not None
        b.engine.wait_started(30)
        yield b
    finally:
        b.close()
        theme.apply_theme(qapp, "light")


@dataclass
class Shown:
    """What the composer's preview showed."""

    parts: list[str]
    media: int
    link: str
    first_comment: str


def _compose(b, qtbot, case: Case, photos: list[str]) -> tuple[Any, Shown]:
    account_id = AccountRepository(b.database).add(case.network, case.handle, now=NOW, display_name="Studio Lumen").id
    composer = b.window.pane("composer")
    b.window.show_pane("composer")
    qtbot.waitUntil(lambda: composer.is_loaded, timeout=10_000)
    composer.reload_accounts()
    composer.chips[case.network].setChecked(True)
    panel = composer.panel(case.network)
    qtbot.waitUntil(lambda: panel.account_model.row_of(account_id) > 0, timeout=10_000)
    panel.account_combo.setCurrentIndex(panel.account_model.row_of(account_id))  # the user picks the account
    assert panel.account_id() == account_id
    composer.base_editor.set_parts(list(case.parts))
    composer.base_editor.changed.emit()
    if photos:
        composer.import_files(photos)
        qtbot.waitUntil(lambda: composer.media_strip.model.rowCount() == len(photos), timeout=20_000)
    if case.relay:
        b.panes.relay_page.relay_changed.emit(True)  # what Settings says once a relay is set up
    case.options(panel, qtbot)
    composer.refresh_now()
    composer.render_visible_now()
    card = panel.preview
    count = card.part_count()
    shown = Shown(
        [card.part_plain(i) for i in range(count)],
        card.media_count(),
        card.link_card_url(),
        panel.preview_frame.first_comment.text(),
    )
    return composer, shown


def _publish(b, qtbot, composer, sent: Callable[[], Sent], comment: str) -> Sent:
    qtbot.waitUntil(lambda: composer.publish_now_button.isEnabled(), timeout=10_000)
    composer.publish_now_button.click()

    def done() -> bool:
        post_id = composer.state.post_id
        return post_id is not None and all(
            d.state is TargetState.PUBLISHED for d in PostRepository(b.database).deliveries(post_id)
        )

    qtbot.waitUntil(done, timeout=60_000)
    if comment:
        qtbot.waitUntil(lambda: sent().first_comment != "", timeout=30_000)  # posted once the post is out
    return sent()


COMMENT = "More prints on the blog, link in bio #film @mira"


def _comment(panel: Any, qtbot: Any) -> None:
    panel.opts.first_comment.edit.setPlainText(COMMENT)  # typed in the target's first comment field


def _pin_options(panel: Any, qtbot: Any) -> None:
    panel.title_edit.setText("Spring prints")
    combo = panel.pinterest.board_combo
    # The boards come from the fake through the engine's own adapter.
    qtbot.waitUntil(lambda: combo.findText("Spring prints") >= 0, timeout=20_000)
    combo.setCurrentIndex(combo.findText("Spring prints"))


# -- the cases -------------------------------------------------------------------------------------------

THREAD = ("Behind the scenes, a thread 🧵 https://studio-lumen.com/spring", "We shot on Portra 400 at 5:40. #film")

CASES = {
    "x-thread": Case(Network.X, "@alice", _x, parts=THREAD, photos=2),
    "mastodon": Case(Network.MASTODON, "@alice@example.social", _mastodon, photos=1),
    "threads-media": Case(Network.THREADS, "studiolumen", _threads, photos=3, relay=True),
    "instagram-carousel": Case(
        Network.INSTAGRAM, "studiolumen", _instagram, parts=(TEXT,), photos=3, relay=True, options=_comment
    ),
    "bluesky-thread-link-card": Case(
        Network.BLUESKY,
        "",
        _bluesky,
        parts=("A thread with a link card 🧵 {web}/spring", "Second part, no card. #film"),
        photos=0,
        marks=(pytest.mark.atproto, pytest.mark.xdist_group("atproto")),
    ),
    "pinterest": Case(
        Network.PINTEREST,
        "studiolumen",
        _pinterest,
        photos=1,
        options=_pin_options,
    ),
}


@pytest.mark.parametrize("name", [pytest.param(n, marks=c.marks) for n, c in CASES.items()])
def test_what_the_preview_shows_is_what_the_network_received(qtbot, qapp, paths, tmp_path, request, name):
    case = CASES[name]
    photos = _photos(tmp_path, case.photos)
    with ExitStack() as stack:
        adapter, sent = case.serve(stack, request)
        web = request.node.stash.get(_WEB, "http://127.0.0.1")
        case = replace(
            case,
            parts=tuple(p.replace("{web}", web) for p in case.parts),
            handle=case.handle or request.node.stash.get(_HANDLE, ""),
        )
        with _window(qtbot, qapp, paths, case.network, adapter) as b:
            composer, shown = _compose(b, qtbot, case, photos)
            received = _publish(b, qtbot, composer, sent, shown.first_comment)
    assert shown.parts == list(case.parts)  # the preview shows the text as typed...
    assert received.parts == shown.parts  # ...and each part went out as the preview showed it
    assert received.media == shown.media == case.photos
    assert received.first_comment == shown.first_comment  # the comment under the card went out as shown
    if case.options is _comment:
        assert shown.first_comment == COMMENT
    if case.network is Network.BLUESKY:
        # The link card the preview shows is the one Bluesky got (the page's address).
        assert shown.link == received.extra["link"] == f"{web}/spring"
