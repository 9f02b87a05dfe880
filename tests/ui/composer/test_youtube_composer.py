"""The composer's YouTube target: its options, the audit notice, validation, the video card, and what is sent.

The card's title, thumbnail and description are compared with what the discovery-checked fake
YouTube receives when the same target is published through the real adapter (preview vs sent),
and a screenshot is saved.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtGui import QImage, QTextDocument

from postdesk.core.entities import Post
from postdesk.core.media_info import MediaInfo, MediaKind
from postdesk.core.networks import Network
from postdesk.core.validation import ProblemCode
from postdesk.platforms.base import PublishRequest
from postdesk.platforms.youtube import YouTubeAdapter
from postdesk.ui.composer.services import AccountChoice
from postdesk.ui.composer.target_panel import TargetPanel
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.youtube_api import CHANNEL, UNIT, FakeYouTube
from tests.fakes.youtube_server import YouTubeServer

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
ACCOUNT = AccountChoice(
    7, "youtube", "@cookingwithalice", display_name="Cooking with Alice", handle="@cookingwithalice"
)


def _panel(qtbot: Any) -> TargetPanel:
    panel = TargetPanel(Network.YOUTUBE)
    qtbot.addWidget(panel)
    panel.set_accounts([ACCOUNT])
    panel.account_combo.setCurrentIndex(panel.account_model.row_of(ACCOUNT.id))
    assert panel.youtube is not None
    return panel


def _video_info(frame: tuple[int, int] = (1920, 1080), seconds: float = 300.0) -> MediaInfo:
    return MediaInfo(1, MediaKind.VIDEO, "video/mp4", frame[0], frame[1], 5_000_000, seconds, "")


def _codes(panel: TargetPanel, info: MediaInfo | None = None) -> set[ProblemCode]:
    post = Post(parts=("A description",), media=(1,), targets=(panel.target(),))
    return {p.code for p in panel.evaluate(post, {1: info or _video_info()}).problems}


def test_the_options_round_trip_and_the_audit_notice_shows(qtbot, tmp_path: Path) -> None:
    panel = _panel(qtbot)
    yt = panel.youtube
    assert yt is not None
    assert not yt.audit_note.isHidden() and "private" in yt.audit_note.text()
    thumb = tmp_path / "thumb.png"
    Image.new("RGB", (1280, 720), (230, 40, 40)).save(thumb)
    with qtbot.waitSignal(panel.changed):
        yt.privacy_combo.setCurrentIndex(yt.privacy_combo.findData("unlisted"))
    yt.kids_combo.setCurrentIndex(1)
    yt.tags_edit.setText("cooking, slow food")
    yt.category_combo.setCurrentIndex(yt.category_combo.findData("26"))
    yt.license_combo.setCurrentIndex(yt.license_combo.findData("creativeCommon"))
    yt.language_edit.setText("fr")
    yt.playlist_edit.setText("PLfake1")
    yt.set_thumbnail(str(thumb))
    yt.notify_check.setChecked(False)
    expected = {
        "privacy": "unlisted",
        "made_for_kids": True,
        "category_id": "26",
        "license": "creativeCommon",
        "tags": ["cooking", "slow food"],
        "default_language": "fr",
        "playlist_id": "PLfake1",
        "thumbnail": str(thumb),
        "notify_subscribers": False,
    }
    assert panel.options() == {"title": "", **expected}
    again = _panel(qtbot)
    again.load(panel.target())
    assert again.options() == panel.options()
    assert again.youtube is not None and again.youtube.thumbnail_image() is not None


def test_validation_speaks_for_youtube(qtbot) -> None:
    panel = _panel(qtbot)
    assert ProblemCode.TITLE_MISSING in _codes(panel)
    panel.title_edit.setText("A week of soups")
    assert _codes(panel) == set()
    assert panel.youtube is not None
    panel.youtube.short_check.setChecked(True)
    assert _codes(panel) == {ProblemCode.YOUTUBE_SHORT_NOT_VERTICAL, ProblemCode.YOUTUBE_SHORT_TOO_LONG}
    assert _codes(panel, _video_info((1920, 1080), 60.0)) == {ProblemCode.YOUTUBE_SHORT_NOT_VERTICAL}
    assert _codes(panel, _video_info((1080, 1920), 200.0)) == {ProblemCode.YOUTUBE_SHORT_TOO_LONG}
    panel.youtube.short_check.setChecked(False)
    panel.youtube.tags_edit.setText(", ".join(["tag number"] * 45))
    assert _codes(panel) == {ProblemCode.YOUTUBE_TAGS_TOO_LONG}


def test_the_video_card_shows_what_youtube_receives(qtbot, tmp_path: Path) -> None:
    api = FakeYouTube()
    server = YouTubeServer(api).start()
    api.base = server.url
    video = tmp_path / "soup.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + os.urandom(UNIT))
    thumb = tmp_path / "thumb.png"
    Image.new("RGB", (1280, 720), (200, 90, 20)).save(thumb)
    panel = _panel(qtbot)
    assert panel.youtube is not None
    panel.title_edit.setText("A week of soups")
    panel.youtube.tags_edit.setText("soup, winter")
    panel.youtube.set_thumbnail(str(thumb))
    text = "Seven soups, one pot, no fuss.\nRecipes at https://example.com/soups"
    post = Post(parts=(text,), media=(1,), targets=(panel.target(),))
    frame = QImage(320, 180, QImage.Format.Format_RGB32)
    frame.fill(0x202020)
    panel.render_preview(post, [frame], ("Cooking with Alice", "@cookingwithalice"))
    panel.resize(460, 1100)
    card = panel.preview
    view = card._parts[0]
    target = panel.target()
    request = PublishRequest(1, 7, target.effective_parts(post.parts), (str(video),), target.options)

    async def send() -> str:
        adapter = YouTubeAdapter(
            StaticCredentials("token-ok", user_id=CHANNEL),
            base_url=server.url,
            clock=lambda: api.now,
            chunk_size=UNIT,
            poll_interval=0,
        )
        try:
            return (await adapter.publish(request)).remote_id
        finally:
            await adapter.aclose()

    try:
        video_id = asyncio.run(send())
    finally:
        server.stop()
    sent = api.videos[video_id]["snippet"]
    assert view.title.text() == sent["title"] == "A week of soups"
    assert sent["description"] == text
    shown_text = QTextDocument()
    shown_text.setHtml(view.text.text())
    assert shown_text.toPlainText().replace("\u200b", "") == sent["description"]
    assert sent["tags"] == ["soup", "winter"]
    shown = view.grid._images[0]
    assert shown.size() == QImage(str(thumb)).size()  # the card shows the custom thumbnail, not the frame
    assert api.thumbnails[video_id]  # and YouTube got it
    assert "Cooking with Alice" in view.header.text()
    SHOTS.mkdir(exist_ok=True)
    assert card.grab().toImage().save(str(SHOTS / "preview-youtube-video.png"))


def test_the_days_quota_reaches_the_panels_checks(qtbot) -> None:
    from datetime import UTC, datetime, timedelta

    from postdesk.core import youtube_quota as quota

    panel = _panel(qtbot)
    panel.title_edit.setText("A week of soups")
    now = datetime(2026, 12, 4, 17, 0, tzinfo=UTC)
    this = quota.publish_cost(thumbnail=False, playlist=False)
    panel.set_youtube_quota(quota.check_day(now + timedelta(days=1), [this] * 100, this, None, now))
    assert _codes(panel) == {ProblemCode.YOUTUBE_QUOTA_OVER}
    post = Post(parts=("A description",), media=(1,), targets=(panel.target(),))
    status = panel.evaluate(post, {1: _video_info()})
    assert status.has_errors
    panel.set_youtube_quota(quota.check_day(now + timedelta(days=1), [this] * 99, this, None, now))
    assert _codes(panel) == {ProblemCode.YOUTUBE_QUOTA_LOW}
    panel.set_youtube_quota(None)
    assert _codes(panel) == set()


def test_the_composer_refuses_a_day_whose_quota_is_spent(qtbot, paths) -> None:
    from datetime import UTC, datetime

    from postdesk.core import youtube_quota as quota
    from postdesk.platforms.youtube_quota_store import KEY_PREFIX
    from postdesk.store.db import open_database
    from postdesk.store.repositories.settings import SettingsRepository
    from postdesk.ui.background import BackgroundRunner
    from postdesk.ui.composer.services import Session
    from postdesk.ui.composer.view import ComposerPane
    from postdesk.ui.composer.youtube_quota_feed import YouTubeQuotaFeed
    from tests.ui.composer.test_composer_fakes import FakeServices, account

    now = datetime(2026, 12, 4, 17, 0, tzinfo=UTC)  # 09:00 in Los Angeles
    database = open_database(paths)
    runner = BackgroundRunner()
    channel = account(61, "youtube", "me.youtube")
    SettingsRepository(database).set(KEY_PREFIX + "61", quota.exhausted(None, now).to_json())
    try:
        services = FakeServices(session=Session(accounts=(channel,)))
        services.accounts = (channel,)
        pane = ComposerPane(services, lambda: now, "America/Los_Angeles")
        qtbot.addWidget(pane)
        qtbot.waitUntil(lambda: pane.is_loaded, timeout=3000)
        YouTubeQuotaFeed(pane, runner, database, lambda: now)
        pane.when_edit.setDateTime(pane.when_edit.dateTime())  # today, an hour ahead
        pane.base_editor.editor(0).setPlainText("Soup week")
        pane.chips[Network.YOUTUBE].setChecked(True)
        panel = pane.panel(Network.YOUTUBE)
        panel.title_edit.setText("A week of soups")
        panel.account_combo.setCurrentIndex(panel.account_model.row_of(61))

        def refused() -> bool:
            pane.refresh_now()
            status = panel.status()
            return status is not None and ProblemCode.YOUTUBE_QUOTA_OVER in {p.code for p in status.problems}

        qtbot.waitUntil(refused, timeout=5000)
        assert not pane.schedule_button.isEnabled()
        # Tomorrow (Pacific) has its whole quota: the same post can be scheduled then.
        pane.when_edit.setDateTime(pane.when_edit.dateTime().addDays(1))
        qtbot.waitUntil(lambda: not refused(), timeout=5000)
    finally:
        runner.shutdown()
        database.close()
