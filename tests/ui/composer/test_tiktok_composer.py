"""The composer's TikTok target: options built from the creator info read through the real
`EngineCreatorSource` and `TikTokAdapter` on their own loop thread against the fake TikTok API,
validation that refuses until a privacy level is chosen, the 9:16 preview card in the panel.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from postdesk.auth.loop_thread import LoopThread
from postdesk.core.entities import Post, Target
from postdesk.core.media_info import MediaInfo, MediaKind
from postdesk.core.networks import Network
from postdesk.core.validation import ProblemCode
from postdesk.platforms.tiktok import TikTokAdapter
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.composer.services import AccountChoice, Session
from postdesk.ui.composer.target_panel import TargetPanel
from postdesk.ui.composer.tiktok_options import EngineCreatorSource
from postdesk.ui.composer.tiktok_preview import TikTokPreviewCard
from postdesk.ui.composer.view import ComposerPane
from tests.fakes.api_server import ApiServer
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.tiktok_api import FakeTikTok
from tests.ui.composer.test_composer_refusals import CLIP, EVERY_NETWORK, NOW, LibraryServices, attach, blocked, choose
from tests.ui.composer.test_tiktok_options import CREATOR, FakeSource

ACCOUNT = AccountChoice(7, "tiktok", "alice.makes", display_name="Alice Makes", handle="alice.makes")


def _codes(panel: TargetPanel, seconds: float = 30.0) -> set[ProblemCode]:
    clip = MediaInfo(1, MediaKind.VIDEO, "video/mp4", 1080, 1920, 5_000_000, seconds, "")
    post = Post(parts=("Day three #bread",), media=(1,), targets=(panel.target(),))
    return {p.code for p in panel.evaluate(post, {1: clip}).problems}


def test_the_panel_reads_the_creator_info_through_the_engine_and_refuses_until_privacy_is_chosen(qtbot):
    api = FakeTikTok()
    api.creator.update(
        privacy_level_options=["FOLLOWER_OF_CREATOR", "SELF_ONLY"], stitch_disabled=True, max_video_post_duration_sec=60
    )
    server = ApiServer(api).start()
    api.base = server.url
    loop = LoopThread("test-tiktok-engine")
    runner = BackgroundRunner(workers=1, name="test-disk")

    class Submitter:
        def submit(self, fn: Callable[..., Any], *args: Any, name: str | None = None) -> Any:
            return loop.submit(fn(*args))

    adapter = TikTokAdapter(StaticCredentials("token-alice"), base_url=server.url)
    source = EngineCreatorSource(Submitter(), runner, lambda n: {Network.TIKTOK: adapter}.get(n))
    try:
        panel = TargetPanel(Network.TIKTOK)
        qtbot.addWidget(panel)
        assert panel.tiktok is not None and isinstance(panel.preview, TikTokPreviewCard)
        panel.tiktok.set_source(source)
        panel.set_accounts([ACCOUNT])
        panel.account_combo.setCurrentIndex(panel.account_model.row_of(ACCOUNT.id))
        combo = panel.tiktok.privacy_combo
        qtbot.waitUntil(lambda: combo.count() == 2)
        assert combo.currentIndex() == -1 and not panel.tiktok.stitch_check.isEnabled()
        assert ProblemCode.TIKTOK_PRIVACY_MISSING in _codes(panel)
        combo.setCurrentIndex(combo.findData("SELF_ONLY"))
        assert _codes(panel) == set()
        assert _codes(panel, seconds=61.0) == {ProblemCode.TIKTOK_VIDEO_TOO_LONG_FOR_CREATOR}
        asked = [r for r in server.requests if r.path == "/v2/post/publish/creator_info/query/"]
        panel.tiktok.set_account(None)
        panel.tiktok.set_account(7)  # cached per account: TikTok is not asked again
        assert len([r for r in server.requests if r.path == "/v2/post/publish/creator_info/query/"]) == len(asked) == 1
        panel.set_locked(True)
        assert not panel.tiktok.isEnabled()
    finally:
        loop.submit(adapter.aclose()).result(10)
        loop.stop()
        runner.shutdown()
        server.stop()


def test_stored_tiktok_options_load_back(qtbot):
    panel = TargetPanel(Network.TIKTOK)
    qtbot.addWidget(panel)
    creator = {
        "privacy_level_options": ["PUBLIC_TO_EVERYONE", "SELF_ONLY"],
        "max_video_post_duration_sec": 600,
        "creator_nickname": "Alice",
        "creator_username": "alice.makes",
        "creator_avatar_url": "",
        "comment_disabled": False,
        "duet_disabled": False,
        "stitch_disabled": False,
    }
    stored = {
        "privacy_level": "PUBLIC_TO_EVERYONE",
        "allow_comment": True,
        "allow_duet": False,
        "allow_stitch": True,
        "is_aigc": False,
        "relay_verified": False,
        "commercial": True,
        "your_brand": True,
        "branded_content": False,
        "tiktok_creator": creator,
    }
    panel.load(Target(Network.TIKTOK, account_id=None, options=stored))
    assert panel.options() == stored


def test_the_composer_gives_tiktok_targets_the_creator_source_and_refuses_until_privacy_is_chosen(qtbot):
    services = LibraryServices(session=Session(accounts=EVERY_NETWORK))
    services.accounts = EVERY_NETWORK
    composer = ComposerPane(services, lambda: NOW, "Europe/Paris")
    qtbot.addWidget(composer)
    qtbot.waitUntil(lambda: composer.is_loaded, timeout=3000)
    composer.when_edit.setDateTime(composer.when_edit.dateTime().addDays(2))
    composer.base_editor.editor(0).setPlainText("Day three #bread")
    account = next(a for a in EVERY_NETWORK if a.network == "tiktok")
    source = FakeSource({account.id: CREATOR})
    composer.set_creator_source(source)
    choose(composer, Network.TIKTOK)
    attach(qtbot, composer, CLIP)
    panel = composer.panel(Network.TIKTOK)
    assert panel.tiktok is not None and source.asked == [(account.id, False)]
    assert "Choose who can see this TikTok post" in blocked(composer)
    panel.tiktok.privacy_combo.setCurrentIndex(panel.tiktok.privacy_combo.findData("SELF_ONLY"))
    assert blocked(composer) == ""
