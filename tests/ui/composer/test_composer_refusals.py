"""The real composer refuses to schedule what could not be published, and says why per network.

Each case drives `ComposerPane` as a user does (chips, the account list, media attached from the
library) and reads the Schedule button, the reason beside it and the network's problem list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from postdesk.core.media_info import MediaInfo, MediaKind
from postdesk.core.networks import NETWORK_ORDER, Network
from postdesk.ui.composer.services import AttachedMedia, ImportResult, Session
from postdesk.ui.composer.view import ComposerPane
from tests.ui.composer.test_composer_fakes import FakeServices, account, image

NOW = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)
EVERY_NETWORK = tuple(account(50 + i, n.value, f"me.{n.value}") for i, n in enumerate(NETWORK_ORDER))

PHOTO = MediaInfo(1, MediaKind.IMAGE, "image/jpeg", 1200, 800, 300_000, None, "A red door")
PHOTO_2 = MediaInfo(2, MediaKind.IMAGE, "image/png", 800, 800, 200_000, None, "A blue door")
GIF = MediaInfo(3, MediaKind.GIF, "image/gif", 480, 270, 900_000, None, "A dancing cat")
CLIP = MediaInfo(4, MediaKind.VIDEO, "video/mp4", 1280, 720, 8_000_000, 20.0, "")
FILM = MediaInfo(5, MediaKind.VIDEO, "video/mp4", 1920, 1080, 900 * 1024**2, 3 * 3600.0, "")


class LibraryServices(FakeServices):
    """Fake services whose media library holds the infos above (videos and GIFs included)."""

    def load_assets(self, asset_ids: Sequence[int], on_done: Callable[[ImportResult], None], on_error: Any) -> None:
        known = {m.asset_id: m for m in (PHOTO, PHOTO_2, GIF, CLIP, FILM)}
        items = tuple(AttachedMedia(info=known[i], image=image(), name=f"{i}") for i in asset_ids)
        QTimer.singleShot(0, lambda: on_done(ImportResult(items)))


@pytest.fixture
def pane(qtbot) -> ComposerPane:
    services = LibraryServices(session=Session(accounts=EVERY_NETWORK))
    services.accounts = EVERY_NETWORK
    pane = ComposerPane(services, lambda: NOW, "Europe/Paris")
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    qtbot.waitUntil(lambda: pane.is_loaded, timeout=3000)
    pane.when_edit.setDateTime(pane.when_edit.dateTime().addDays(2))
    pane.base_editor.editor(0).setPlainText("Spring prints are in")
    return pane


def choose(pane: ComposerPane, network: Network, *, with_account: bool = True) -> None:
    pane.chips[network].setChecked(True)
    if with_account:
        pane.panel(network).account_combo.setCurrentIndex(1)
    pane.refresh_now()


def attach(qtbot, pane: ComposerPane, *infos: MediaInfo) -> None:
    pane.attach_assets([m.asset_id for m in infos])
    qtbot.waitUntil(lambda: len(pane.media_infos()) == len(infos), timeout=3000)
    pane.refresh_now()


def problems(pane: ComposerPane, network: Network) -> list[str]:
    pane.panel(network).render_problems(pane.current_post())
    return [row.text for row in pane.panel(network).problem_model.rows() if row.severity == "error"]


def blocked(pane: ComposerPane) -> str:
    """The reason shown beside a disabled Schedule button ("" when it is enabled)."""
    pane.refresh_now()
    if pane.schedule_button.isEnabled():
        assert not pane.schedule_reason.isVisibleTo(pane)
        return ""
    return pane.schedule_reason.text()


def test_a_network_with_no_account_cannot_be_scheduled(pane: ComposerPane) -> None:
    choose(pane, Network.MASTODON, with_account=False)
    reason = blocked(pane)
    assert "Choose the Mastodon account to post from" in reason
    assert not pane.schedule()
    choose(pane, Network.MASTODON)
    assert blocked(pane) == ""


def test_a_network_postdesk_cannot_publish_to_is_refused(pane: ComposerPane) -> None:
    # Every network has an adapter in this build: the tab is told Instagram has none (as a build
    # without the Instagram module would be) and must refuse it as draft-only.
    choose(pane, Network.INSTAGRAM)
    pane.panel(Network.INSTAGRAM).set_publishing(frozenset({Network.BLUESKY}), relay=True, relay_setup=True)
    assert "Postdesk cannot publish to Instagram yet" in blocked(pane)
    pane.chips[Network.INSTAGRAM].setChecked(False)
    choose(pane, Network.BLUESKY)
    assert blocked(pane) == ""


def test_instagram_is_published_to_and_asks_for_media(pane: ComposerPane) -> None:
    # Instagram ships an adapter now: it is refused for what the post lacks, not as draft-only.
    choose(pane, Network.INSTAGRAM)
    reason = blocked(pane)
    assert "cannot publish to Instagram" not in reason and "Instagram posts need one" in reason


def test_a_video_within_blueskys_limits_goes_to_bluesky(qtbot, pane: ComposerPane) -> None:
    choose(pane, Network.BLUESKY)
    choose(pane, Network.MASTODON)
    attach(qtbot, pane, CLIP)
    assert problems(pane, Network.BLUESKY) == []
    assert problems(pane, Network.MASTODON) == []
    assert blocked(pane) == ""


def test_a_video_over_blueskys_limits_is_refused_with_its_numbers(qtbot, pane: ComposerPane) -> None:
    choose(pane, Network.BLUESKY)
    attach(qtbot, pane, FILM)
    found = problems(pane, Network.BLUESKY)
    assert any("lasts 3 h" in p and "3 min" in p for p in found), found
    assert any("100 MB" in p for p in found), found
    assert "Bluesky" in blocked(pane)


def test_images_for_threads_need_the_media_relay_set_up_in_settings(qtbot, pane: ComposerPane) -> None:
    choose(pane, Network.THREADS)
    assert blocked(pane) == ""  # text alone goes to Threads
    attach(qtbot, pane, PHOTO)
    reason = blocked(pane)
    assert "needs a media relay" in reason and "Settings" in reason  # Settings has the relay section
    pane.set_relay(True)  # the app tells the composer once a relay is saved in Settings
    assert blocked(pane) == ""
    pane.set_relay(False)
    assert "needs a media relay" in blocked(pane)


def test_relay_words_follow_what_the_app_offers(qtbot, pane: ComposerPane) -> None:
    choose(pane, Network.THREADS)
    attach(qtbot, pane, PHOTO)
    panel = pane.panel(Network.THREADS)
    panel.set_publishing(frozenset(Network), relay=False, relay_setup=True)
    reason = blocked(pane)
    assert "set one up in Settings" in reason
    assert any("set one up in Settings" in p for p in problems(pane, Network.THREADS))
    panel.set_publishing(frozenset(Network), relay=True, relay_setup=True)
    assert blocked(pane) == ""


def test_x_refuses_a_gif_with_photos(qtbot, pane: ComposerPane) -> None:
    choose(pane, Network.X)
    attach(qtbot, pane, GIF, PHOTO)
    assert "an animated GIF must be alone" in blocked(pane)


def test_a_three_hour_900_mb_video_is_refused_with_its_numbers(qtbot, pane: ComposerPane) -> None:
    choose(pane, Network.X)
    attach(qtbot, pane, FILM)
    found = problems(pane, Network.X)
    assert any("lasts 3 h" in p and "2 min 20 s" in p for p in found), found
    assert any("944 MB video" in p and "536 MB" in p for p in found), found
    assert not pane.schedule_button.isEnabled()


def test_every_problem_code_has_words(pane: ComposerPane) -> None:
    # Words for every code the adapters' refusals map to exist and never fall back to the code.
    from postdesk.core.validation import ProblemCode
    from postdesk.ui.composer.wording import describe_problem

    for code in ProblemCode:
        text = describe_problem(code.name, Network.MASTODON, {"position": 1, "handle": "me"}, None)
        assert "will not accept this post as it is" not in text, code
        assert "{" not in text, (code, text)


def test_schedule_goes_through_when_everything_fits(qtbot, pane: ComposerPane) -> None:
    choose(pane, Network.X)
    choose(pane, Network.TELEGRAM)
    attach(qtbot, pane, PHOTO, PHOTO_2)
    assert blocked(pane) == ""
    assert pane.schedule()
    assert pane.current_post().scheduled_at is not None
    assert pane.current_post().scheduled_at > NOW + timedelta(days=1)
