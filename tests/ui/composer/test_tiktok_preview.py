"""The TikTok preview: a 9:16 card with the caption over the frame, and the caption it shows is the
one the adapter sent to (the fake) TikTok. The card is saved as screenshots/tiktok-preview.png.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from postdesk.core.networks import Network
from postdesk.core.richtext import entities
from postdesk.platforms.base import PublishRequest
from postdesk.platforms.tiktok import TikTokAdapter
from postdesk.ui.composer.preview import PreviewData
from postdesk.ui.composer.tiktok_preview import HEIGHT, WIDTH, TikTokPreviewCard
from tests.fakes.api_server import ApiServer
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.tiktok_api import FakeTikTok
from tests.unit.media.media_factory import video

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
CAPTION = "Day three of the sourdough 🍞 (rye this time) thanks @mira_k! #bread #baking"


def _frame() -> QImage:
    image = QImage(720, 1280, QImage.Format.Format_RGB32)
    image.fill(QColor("#c97b4a"))
    return image


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


def test_card_is_vertical_with_the_caption_overlaid_and_matches_what_was_sent(qtbot, tmp_path):
    card = TikTokPreviewCard(entities)
    qtbot.addWidget(card)
    card.show_post(PreviewData(Network.TIKTOK, "Alice Makes", "alice.makes", (CAPTION, "ignored part"), (_frame(),)))
    card.show()
    qtbot.waitExposed(card)
    assert (card.width(), card.height()) == (WIDTH, HEIGHT) and HEIGHT * 9 == WIDTH * 16
    assert card.handle.text() == "@alice.makes" and card.part_count() == 1
    assert "#bread" in card.part_text_html(0) and "font-weight:600" in card.part_text_html(0)
    caption = card.caption.geometry()
    assert caption.top() > HEIGHT // 2  # over the lower part of the frame
    shot = card.grab()
    SHOTS.mkdir(exist_ok=True)
    shot.save(str(SHOTS / "tiktok-preview.png"))
    assert shot.toImage().pixelColor(WIDTH // 2, 40).name() == "#c97b4a"  # the frame fills the card

    api = FakeTikTok()
    server = ApiServer(api).start()
    api.base = server.url
    clip = str(video(tmp_path / "c.mp4", seconds=4.0, size=(360, 640), fps=5))

    async def send():
        adapter = TikTokAdapter(StaticCredentials("token-alice"), base_url=server.url, sleep=_no_wait)
        try:
            await adapter.publish(PublishRequest(1, 7, (CAPTION,), (clip,), {"privacy_level": "SELF_ONLY"}, "k"))
        finally:
            await adapter.aclose()

    try:
        asyncio.run(send())
    finally:
        server.stop()
    assert card.caption_plain() == api.inits[0]["post_info"]["title"] == CAPTION


def test_without_media_the_card_says_where_the_video_goes(qtbot):
    card = TikTokPreviewCard(entities)
    qtbot.addWidget(card)
    card.show_post(PreviewData(Network.TIKTOK, "Alice", "", ("",)))
    assert "video or photos" in card.placeholder.text() and not card.caption.isVisibleTo(card)
    assert card.handle.text() == "@Alice"
