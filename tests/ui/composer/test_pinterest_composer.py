"""The composer's Pinterest target: board and section pickers, validation, the pin card, and what is sent.

The pickers get boards through a `BoardSource`: a recording fake here, and once the real
`EngineBoardSource` running the real `PinterestAdapter` on its own loop thread against the
OpenAPI-validated fake on 127.0.0.1. The pin card's title, text and board are compared with what the
fake received when the same target is published (preview vs sent), and a screenshot is saved.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtGui import QImage

from postdesk.auth.loop_thread import LoopThread
from postdesk.core.entities import Post, Target
from postdesk.core.media_info import MediaInfo, MediaKind
from postdesk.core.networks import Network
from postdesk.core.validation import ProblemCode
from postdesk.platforms.base import PublishRequest
from postdesk.platforms.pinterest import Board, PinterestAdapter
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.composer.pinterest_options import EngineBoardSource
from postdesk.ui.composer.services import AccountChoice
from postdesk.ui.composer.target_panel import TargetPanel
from tests.fakes.api_server import ApiServer
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.pinterest_api import FakePinterest

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
ACCOUNT = AccountChoice(7, "pinterest", "alice_makes", display_name="Alice Makes", handle="alice_makes")


class RecordingSource:
    """Answers at once from its own lists and records every call."""

    def __init__(self) -> None:
        self.boards = [Board("111", "Recipes", "PUBLIC"), Board("222", "Secret plans", "SECRET")]
        self.sections = {"111": [Board("333", "Salads")]}
        self.calls: list[tuple[Any, ...]] = []

    def load_boards(
        self,
        account_id: int,
        *,
        refresh: bool,
        on_done: Callable[[list[Board]], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self.calls.append(("boards", account_id, refresh))
        on_done(list(self.boards))

    def create_board(
        self, account_id: int, name: str, *, on_done: Callable[[Board], None], on_error: Callable[[BaseException], None]
    ) -> None:
        self.calls.append(("create_board", account_id, name))
        board = Board("444", name, "PUBLIC")
        self.boards.append(board)
        on_done(board)

    def load_sections(
        self,
        account_id: int,
        board_id: str,
        *,
        on_done: Callable[[list[Board]], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self.calls.append(("sections", account_id, board_id))
        on_done(list(self.sections.get(board_id, [])))

    def create_section(
        self,
        account_id: int,
        board_id: str,
        name: str,
        *,
        on_done: Callable[[Board], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self.calls.append(("create_section", account_id, board_id, name))
        section = Board("555", name)
        self.sections.setdefault(board_id, []).append(section)
        on_done(section)


def _image_info() -> MediaInfo:
    return MediaInfo(1, MediaKind.IMAGE, "image/jpeg", 1000, 1500, 200_000, None, "A bowl of salad")


def _panel(qtbot: Any, source: Any) -> TargetPanel:
    panel = TargetPanel(Network.PINTEREST)
    qtbot.addWidget(panel)
    panel.set_accounts([ACCOUNT])
    panel.account_combo.setCurrentIndex(panel.account_model.row_of(ACCOUNT.id))
    assert panel.account_id() == ACCOUNT.id and panel.pinterest is not None
    panel.pinterest.set_source(source)
    return panel


def _codes(panel: TargetPanel) -> set[ProblemCode]:
    post = Post(parts=("Ten summer salads",), media=(1,), targets=(panel.target(),))
    return {p.code for p in panel.evaluate(post, {1: _image_info()}).problems}


def test_the_board_picker_lists_the_accounts_boards_and_a_pin_needs_one(qtbot):
    source = RecordingSource()
    panel = _panel(qtbot, source)
    combo = panel.pinterest.board_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Recipes", "Secret plans (secret)"]
    assert combo.currentIndex() == -1
    assert ProblemCode.BOARD_MISSING in _codes(panel)
    with qtbot.waitSignal(panel.changed):
        combo.setCurrentIndex(0)
    assert panel.options()["board_id"] == "111" and panel.options()["board_name"] == "Recipes"
    assert ProblemCode.BOARD_MISSING not in _codes(panel)
    sections = panel.pinterest.section_combo
    assert [sections.itemText(i) for i in range(sections.count())] == ["No section", "Salads"]
    sections.setCurrentIndex(1)
    assert panel.options()["board_section_id"] == "333"
    assert ("boards", 7, False) in source.calls and ("sections", 7, "111") in source.calls


def test_new_board_and_new_section_are_made_and_selected(qtbot):
    source = RecordingSource()
    panel = _panel(qtbot, source)
    with qtbot.waitSignal(panel.changed):
        panel.pinterest.create_board("Summer")
    assert panel.options()["board_id"] == "444" and panel.options()["board_name"] == "Summer"
    panel.pinterest.create_section("Drinks")
    assert panel.options()["board_section_id"] == "555"
    assert ("create_board", 7, "Summer") in source.calls
    assert ("create_section", 7, "444", "Drinks") in source.calls


def test_a_stored_board_is_kept_even_before_the_list_arrives_and_round_trips(qtbot):
    panel = TargetPanel(Network.PINTEREST)
    qtbot.addWidget(panel)
    stored = Target(
        Network.PINTEREST,
        account_id=None,
        options={
            "title": "Ten salads",
            "board_id": "999",
            "board_name": "Old board",
            "board_section_id": "888",
            "link": "https://example.com/salads",
            "cover_image": "/tmp/cover.png",
        },
    )
    panel.load(stored)
    options = panel.options()
    assert {
        k: options[k] for k in ("title", "board_id", "board_name", "board_section_id", "link", "cover_image")
    } == stored.options
    panel.set_locked(True)
    assert not panel.pinterest.isEnabled()


def test_engine_board_source_reads_and_makes_boards_through_the_real_adapter(qtbot):
    api = FakePinterest()
    server = ApiServer(api).start()
    api.base = server.url
    api.add_board("Recipes", sections=("Salads",))
    loop = LoopThread("test-pinterest-engine")
    runner = BackgroundRunner(workers=1, name="test-disk")

    class Submitter:
        def submit(self, fn: Callable[..., Any], *args: Any, name: str | None = None) -> Any:
            return loop.submit(fn(*args))

    adapter = PinterestAdapter(StaticCredentials("token-alice"), base_url=server.url + "/v5")
    asked: list[Network] = []

    def engine_adapter(network: Network) -> Any:
        asked.append(network)
        return {Network.PINTEREST: adapter}.get(network)

    source = EngineBoardSource(Submitter(), runner, engine_adapter)
    try:
        panel = _panel(qtbot, source)
        combo = panel.pinterest.board_combo
        qtbot.waitUntil(lambda: combo.count() == 1)
        assert combo.itemText(0) == "Recipes"
        panel.pinterest.create_board("Summer")
        qtbot.waitUntil(lambda: panel.options().get("board_name") == "Summer")
        assert {b["name"] for b in api.boards.values()} == {"Recipes", "Summer"}
        gets = len([r for r in server.requests if r.method == "GET" and r.path == "/v5/boards"])
        panel.pinterest.set_account(None)
        panel.pinterest.set_account(7)  # served from the cache: Pinterest is not asked again
        qtbot.waitUntil(lambda: combo.count() == 2)
        assert len([r for r in server.requests if r.method == "GET" and r.path == "/v5/boards"]) == gets
        assert set(asked) == {Network.PINTEREST}
    finally:
        loop.submit(adapter.aclose()).result(10)
        loop.stop()
        runner.shutdown()
        server.stop()


@pytest.fixture
def photo(tmp_path: Path) -> Iterator[str]:
    img = Image.new("RGB", (1000, 1500), (224, 102, 102))
    for y in range(800, 1500):
        for x in range(0, 1000, 5):
            img.putpixel((x, y), (61, 90, 128))
    path = tmp_path / "salad.jpg"
    img.save(path, "JPEG", quality=85)
    yield str(path)


def test_the_pin_card_shows_what_pinterest_receives(qtbot, photo):
    api = FakePinterest()
    server = ApiServer(api).start()
    api.base = server.url
    board_id = api.add_board("Summer recipes")
    source = RecordingSource()
    source.boards = [Board(board_id, "Summer recipes", "PUBLIC")]
    panel = _panel(qtbot, source)
    panel.title_edit.setText("Ten salads for hot days")
    panel.pinterest.board_combo.setCurrentIndex(0)
    panel.pinterest.link_edit.setText("https://studio-lumen.com/salads")
    text = "Crunchy, cold and ready in ten minutes (no oven). #summer"
    post = Post(parts=(text,), media=(1,), targets=(panel.target(),))
    image = QImage(photo)
    panel.render_preview(post, [image], ("Alice Makes", "alice_makes"))
    panel.resize(420, 900)
    card = panel.preview
    view = card._parts[0]
    assert view.grid._radius == 16.0
    target = panel.target()
    request = PublishRequest(
        1, 7, target.effective_parts(post.parts), (photo,), {**target.options, "alt_texts": ["A bowl of salad"]}
    )

    async def send() -> None:
        adapter = PinterestAdapter(StaticCredentials("token-alice"), base_url=server.url + "/v5")
        try:
            await adapter.publish(request)
        finally:
            await adapter.aclose()

    try:
        asyncio.run(send())
    finally:
        server.stop()
    sent = api.created[0]
    assert view.title.text() == sent["title"] == "Ten salads for hot days"
    assert "Summer recipes" in view.header.text() and api.boards[sent["board_id"]]["name"] == "Summer recipes"
    assert sent["description"] == text and "Crunchy, cold and ready in ten minutes" in view.text.text()
    assert sent["link"] == "https://studio-lumen.com/salads"
    SHOTS.mkdir(exist_ok=True)
    assert card.grab().toImage().save(str(SHOTS / "preview-pinterest-pin.png"))
