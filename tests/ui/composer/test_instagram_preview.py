"""The Instagram preview: the feed's square/portrait frame with carousel dots, a Reel's and a Story's
full-height frame, and the caption the card shows is the one the adapter sent to (the fake)
Instagram. The cards are saved as screenshots/instagram-preview-*.png.
"""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

from PIL import Image
from PySide6.QtGui import QColor, QImage

from postdesk.core import instagram_posts as posts
from postdesk.core.networks import Network
from postdesk.core.richtext import entities
from postdesk.platforms.base import PublishRequest
from postdesk.platforms.instagram import InstagramAdapter
from postdesk.ui.composer.instagram_options import InstagramOptions
from postdesk.ui.composer.instagram_preview import TALL, WIDTH, InstagramPreviewCard
from postdesk.ui.composer.preview import PreviewData
from postdesk.ui.composer.target_panel import TargetPanel
from tests.fakes.http_fake import FakeHTTPServer
from tests.fakes.instagram_api import USER_ID, VERSION, InstagramFake
from tests.fakes.local_relay import LocalRelay
from tests.fakes.token_source import TokenSource

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
CAPTION = "Spring prints are in 🌷 thanks @mira_k! #print #studio"


def _qimage(width: int, height: int, colour: str = "#c97b4a") -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    return image


def _jpeg(path: Path, size: tuple[int, int]) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", size, (201, 123, 74)).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())
    return str(path)


def _sent_caption(tmp_path: Path, options: dict, media: tuple[str, ...]) -> dict[str, str]:
    """Publish through the adapter to the fake; the parameters of the post's own container."""
    fake = InstagramFake()
    server = FakeHTTPServer(fake)
    relay = LocalRelay()

    async def no_sleep(_: float) -> None:
        await asyncio.sleep(0)

    async def send() -> None:
        adapter = InstagramAdapter(
            TokenSource(fake.token, user_id=USER_ID), relay=relay, base_url=f"{server.url}/{VERSION}", sleep=no_sleep
        )
        try:
            await adapter.publish(PublishRequest(1, 1, (CAPTION,), media, options, "k"))
        finally:
            await adapter.aclose()

    with server, relay.server:
        asyncio.run(send())
    return fake.sent[-1]


def test_feed_carousel_frame_dots_and_caption_match_what_was_sent(qtbot, tmp_path):
    card = InstagramPreviewCard(entities)
    qtbot.addWidget(card)
    card.set_kind({})
    images = (_qimage(1080, 1350), _qimage(1080, 1080, "#4a7bc9"), _qimage(1080, 1080, "#7bc94a"))
    card.show_post(PreviewData(Network.INSTAGRAM, "Alice Makes", "alice.makes", (CAPTION,), images))
    card.show()
    qtbot.waitExposed(card)
    assert card.frame.height() == round(WIDTH * 5 / 4)  # the first photo's 4:5 portrait frame
    assert card.dots.isVisibleTo(card) and card.dots.text() == "● ○ ○"
    assert card.header.text() == "alice.makes" and "#print" in card.part_text_html(0)
    SHOTS.mkdir(exist_ok=True)
    card.grab().save(str(SHOTS / "instagram-preview-feed.png"))
    media = (
        _jpeg(tmp_path / "a.jpg", (1080, 1350)),
        _jpeg(tmp_path / "b.jpg", (1080, 1080)),
        _jpeg(tmp_path / "c.jpg", (1080, 1080)),
    )
    sent = _sent_caption(tmp_path, {}, media)
    assert sent["media_type"] == "CAROUSEL" and card.caption_plain() == sent["caption"] == CAPTION


def test_a_photo_taller_than_4_5_is_shown_in_the_4_5_frame_and_a_square_without_photo():
    from postdesk.ui.composer.instagram_preview import feed_frame_height

    assert feed_frame_height(_qimage(1080, 1920)) == round(WIDTH / 0.8)
    assert feed_frame_height(_qimage(1910, 1000)) == round(WIDTH / 1.91)
    assert feed_frame_height(None) == WIDTH


def test_reel_is_full_height_with_the_caption_over_it_as_sent(qtbot, tmp_path):
    card = InstagramPreviewCard(entities)
    qtbot.addWidget(card)
    card.set_kind({posts.KIND: posts.REEL})
    card.show_post(PreviewData(Network.INSTAGRAM, "Alice", "alice.makes", (CAPTION,), (_qimage(1080, 1920),)))
    card.show()
    qtbot.waitExposed(card)
    assert card.frame.height() == TALL and TALL * 9 == WIDTH * 16
    assert not card.dots.isVisibleTo(card) and not card.caption.isVisibleTo(card)
    assert card.overlay.isVisibleTo(card) and card.overlay.geometry().top() >= TALL // 2
    card.grab().save(str(SHOTS / "instagram-preview-reel.png"))
    clip = tmp_path / "r.mp4"
    clip.write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 2048)
    sent = _sent_caption(tmp_path, {posts.KIND: posts.REEL}, (str(clip),))
    assert sent["media_type"] == "REELS" and card.caption_plain() == sent["caption"]


def test_story_is_full_height_with_no_caption_as_instagram_takes_none(qtbot, tmp_path):
    card = InstagramPreviewCard(entities)
    qtbot.addWidget(card)
    card.set_kind({posts.KIND: posts.STORY})
    card.show_post(PreviewData(Network.INSTAGRAM, "Alice", "alice.makes", (CAPTION,), (_qimage(1080, 1920),)))
    card.show()
    qtbot.waitExposed(card)
    assert card.frame.height() == TALL and card.caption_plain() == ""
    assert not card.header.isVisibleTo(card) and not card.actions_row.isVisibleTo(card)
    card.grab().save(str(SHOTS / "instagram-preview-story.png"))
    sent = _sent_caption(tmp_path, {posts.KIND: posts.STORY}, (_jpeg(tmp_path / "s.jpg", (1080, 1920)),))
    assert "caption" not in sent and sent["media_type"] == "STORIES"


def test_options_round_trip_and_enable_what_the_kind_uses(qtbot):
    options = InstagramOptions()
    qtbot.addWidget(options)
    stored = {
        posts.KIND: posts.REEL,
        posts.SHARE_TO_FEED: False,
        posts.THUMB_OFFSET_MS: 1500,
        posts.COLLABORATORS: ["friend", "studio"],
        posts.LOCATION_ID: "110843418940484",
    }
    options.load(stored)
    assert options.options() == stored
    assert options.cover_spin.isEnabled() and not options.crop_check.isEnabled()
    with qtbot.waitSignal(options.changed):
        options.kind_combo.setCurrentIndex(options.kind_combo.findData(posts.STORY))
    assert options.options() == {posts.KIND: posts.STORY}  # Stories take no collaborators or location
    assert not options.collaborators_edit.isEnabled()
    options.kind_combo.setCurrentIndex(options.kind_combo.findData(posts.FEED))
    options.crop_check.setChecked(True)
    assert options.options()[posts.CROP_TO_FIT] is True


def test_the_instagram_tab_has_the_options_and_the_instagram_card(qtbot):
    panel = TargetPanel(Network.INSTAGRAM)
    qtbot.addWidget(panel)
    assert panel.instagram is not None and isinstance(panel.preview, InstagramPreviewCard)
    panel.instagram.kind_combo.setCurrentIndex(panel.instagram.kind_combo.findData(posts.REEL))
    assert panel.options()[posts.KIND] == posts.REEL
    other = TargetPanel(Network.THREADS)
    qtbot.addWidget(other)
    assert other.instagram is None and not isinstance(other.preview, InstagramPreviewCard)
