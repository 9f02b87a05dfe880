"""The composer's Facebook Page target: the link option and its checks, the hand-off, the Page card,
and the card compared with what the fake Graph API received (preview vs sent), with screenshots.
"""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtGui import QImage

from postdesk.core.entities import Post, Target
from postdesk.core.media_info import MediaInfo, MediaKind
from postdesk.core.networks import Network
from postdesk.core.validation import ProblemCode
from postdesk.platforms.base import PublishRequest
from postdesk.platforms.facebook import FacebookAdapter
from postdesk.ui.composer.facebook_preview import grid_tiles
from postdesk.ui.composer.services import AccountChoice
from postdesk.ui.composer.target_panel import TargetPanel
from tests.fakes.facebook_api import PAGE_ID, VERSION, FacebookFake
from tests.fakes.http_fake import FakeHTTPServer
from tests.fakes.token_source import TokenSource

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
ACCOUNT = AccountChoice(7, "facebook", "Rosa's Bakery", display_name="Rosa's Bakery", handle="Rosa's Bakery")
NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
TEXT = "Sourdough Saturday 🥖 Doors open at 8 (come early!). Thanks @Mira for the recipe #bread #local"


def _photo(path: Path, colour: tuple[int, int, int]) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 800), colour).save(buffer, "JPEG", quality=85)
    path.write_bytes(buffer.getvalue())
    return str(path)


def _info(asset_id: int) -> MediaInfo:
    return MediaInfo(asset_id, MediaKind.IMAGE, "image/jpeg", 1200, 800, 50_000, None, "Loaves on a rack")


def _panel(qtbot: Any) -> TargetPanel:
    panel = TargetPanel(Network.FACEBOOK)
    qtbot.addWidget(panel)
    panel.set_accounts([ACCOUNT])
    panel.account_combo.setCurrentIndex(panel.account_model.row_of(ACCOUNT.id))
    return panel


def _codes(panel: TargetPanel, media: tuple[int, ...] = ()) -> set[ProblemCode]:
    post = Post(parts=("Hello",), media=media, targets=(panel.target(),))
    return {p.code for p in panel.evaluate(post, {i: _info(i) for i in media}).problems}


def test_link_option_round_trips_and_is_checked(qtbot):
    panel = _panel(qtbot)
    assert panel.facebook is not None and panel.hand_off_check.isVisibleTo(panel)
    assert "Facebook" in panel.hand_off_check.text()
    with qtbot.waitSignal(panel.changed):
        panel.facebook.link_edit.setText("rosa.example/menu")
    assert ProblemCode.FACEBOOK_LINK_INVALID in _codes(panel)
    panel.facebook.link_edit.setText("https://rosa.example/menu")
    assert panel.options()["link"] == "https://rosa.example/menu"
    assert not _codes(panel) & {ProblemCode.FACEBOOK_LINK_INVALID, ProblemCode.FACEBOOK_LINK_WITH_MEDIA}
    assert ProblemCode.FACEBOOK_LINK_WITH_MEDIA in _codes(panel, media=(1,))
    stored = Target(Network.FACEBOOK, account_id=7, options={"link": "https://rosa.example/a", "hand_off": True})
    panel.load(stored)
    assert panel.options() == {"link": "https://rosa.example/a", "hand_off": True}
    panel.set_locked(True)
    assert not panel.facebook.isEnabled()


def test_photo_grid_follows_facebooks_layout():
    assert len(grid_tiles(1)) == 1 and grid_tiles(1)[0].width() == 360
    two = grid_tiles(2)
    assert two[0].height() == two[1].height() == 240 and two[0].right() < two[1].left()
    three = grid_tiles(3)
    assert three[0].width() == 360 and three[1].top() == three[2].top() > three[0].bottom()
    assert len(grid_tiles(7)) == 4


@pytest.mark.parametrize("photos", [0, 1, 5])
def test_the_page_card_shows_what_facebook_receives(qtbot, tmp_path, photos):
    panel = _panel(qtbot)
    link = "https://rosa.example/sourdough" if photos == 0 else ""
    if link:
        panel.facebook.link_edit.setText(link)
    colours = [(224, 102, 102), (61, 90, 128), (120, 180, 90), (240, 200, 80), (90, 60, 160)]
    paths = [_photo(tmp_path / f"{i}.jpg", colours[i]) for i in range(photos)]
    post = Post(parts=(TEXT,), media=tuple(range(1, photos + 1)), targets=(panel.target(),))
    panel.render_preview(post, [QImage(p) for p in paths], ("Rosa's Bakery", "Rosa's Bakery"))
    card = panel.preview
    assert card.page_name.text() == "Rosa's Bakery" and "Just now" in card.when.text()
    assert card.photos.isVisibleTo(card) is bool(photos)
    assert card.link_bar.isVisibleTo(card) is bool(link)
    SHOTS.mkdir(exist_ok=True)
    card.grab().save(str(SHOTS / f"preview-facebook-{photos}-photos.png"))

    fake = FacebookFake(now=lambda: NOW)
    with FakeHTTPServer(fake) as server:
        base = f"{server.url}/{VERSION}"
        adapter = FacebookAdapter(
            TokenSource(fake.pages[PAGE_ID]["token"], user_id=PAGE_ID), base_url=base, video_url=base, clock=lambda: NOW
        )

        async def go():  # type: ignore[no-untyped-def]
            try:
                return await adapter.publish(
                    PublishRequest(
                        target_id=1,
                        account_id=1,
                        parts=(TEXT,),
                        media_paths=tuple(paths),
                        options={**panel.options(), "alt_texts": ["Loaves"] * photos},
                    )
                )
            finally:
                await adapter.aclose()

        published = asyncio.run(go())
    sent = fake.posts[published.remote_id]
    assert card.text_plain() == sent["message"] == TEXT
    assert len(sent["media"]) == photos
    assert sent["link"] == link
    assert (card.link_bar.text() == "ROSA.EXAMPLE") if link else True
