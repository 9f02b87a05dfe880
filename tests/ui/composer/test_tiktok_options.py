"""The composer's TikTok options follow the creator info, as TikTok's audit asks.

Privacy comes only from the creator's options and has no default; interactions start unchecked and
are greyed out and off where the creator turned them off; the commercial content disclosure shows
the label and the consent words; branded content greys out "Only me"; the unaudited note is there.
"""

from __future__ import annotations

from collections.abc import Callable

from postdesk.core import tiktok_options as topts
from postdesk.ui.composer.tiktok_options import TikTokOptions

CREATOR = topts.CreatorInfo(
    nickname="Alice Makes",
    username="alice.makes",
    privacy_options=("PUBLIC_TO_EVERYONE", "FOLLOWER_OF_CREATOR", "SELF_ONLY"),
    duet_disabled=True,
    max_video_s=180,
)


class FakeSource:
    """Answers at once with a creator info per account, and records what was asked."""

    def __init__(self, infos: dict[int, topts.CreatorInfo]) -> None:
        self.infos = infos
        self.asked: list[tuple[int, bool]] = []

    def load_creator(
        self,
        account_id: int,
        *,
        refresh: bool,
        on_done: Callable[[topts.CreatorInfo], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self.asked.append((account_id, refresh))
        if account_id in self.infos:
            on_done(self.infos[account_id])
        else:
            on_error(RuntimeError("spam_risk_too_many_posts"))


def _panel(qtbot, infos=None) -> tuple[TikTokOptions, FakeSource]:
    panel = TikTokOptions()
    qtbot.addWidget(panel)
    source = FakeSource(infos if infos is not None else {3: CREATOR})
    panel.set_source(source)
    return panel, source


def test_choices_come_from_the_creator_with_no_default(qtbot):
    panel, source = _panel(qtbot)
    assert panel.privacy_combo.count() == 0 and not panel.privacy_combo.isEnabled()
    with qtbot.waitSignal(panel.changed):
        panel.set_account(3)
    assert source.asked == [(3, False)]
    assert [panel.privacy_combo.itemData(i) for i in range(3)] == list(CREATOR.privacy_options)
    assert panel.privacy_combo.currentIndex() == -1 and "privacy_level" not in panel.options()
    assert "Alice Makes (@alice.makes)" in panel.creator_label.text()
    assert topts.check(panel.options(), video_s=10, photos=0, relay=False)[0].code == topts.PRIVACY_MISSING
    panel.privacy_combo.setCurrentIndex(1)
    options = panel.options()
    assert options["privacy_level"] == "FOLLOWER_OF_CREATOR"
    assert options[topts.CREATOR]["max_video_post_duration_sec"] == 180
    assert topts.check(options, video_s=200, photos=0, relay=False)[0].code == topts.VIDEO_TOO_LONG_FOR_CREATOR
    assert topts.check(options, video_s=100, photos=0, relay=False) == []


def test_interactions_start_off_and_the_creators_disabled_ones_stay_off(qtbot):
    panel, _ = _panel(qtbot)
    panel.set_account(3)
    assert not any(b.isChecked() for b in (panel.comment_check, panel.duet_check, panel.stitch_check))
    assert panel.comment_check.isEnabled() and not panel.duet_check.isEnabled()
    panel.comment_check.setChecked(True)
    assert panel.options()["allow_comment"] is True and panel.options()["allow_duet"] is False


def test_commercial_disclosure_labels_consent_and_no_private_branded_content(qtbot):
    panel, _ = _panel(qtbot)
    panel.set_account(3)
    assert panel.consent_label.text() == "By posting, you agree to TikTok's Music Usage Confirmation."
    assert panel.audit_note.text().startswith("TikTok keeps every post from an app it has not audited private")
    panel.commercial_check.setChecked(True)
    assert panel.your_brand_check.isVisibleTo(panel)
    assert topts.COMMERCIAL_NOT_CHOSEN in {
        p.code for p in topts.check(panel.options(), video_s=None, photos=0, relay=False)
    }
    panel.your_brand_check.setChecked(True)
    assert "Promotional content" in panel.commercial_label.text()
    panel.branded_check.setChecked(True)
    assert "Paid partnership" in panel.commercial_label.text()
    assert "Branded Content Policy" in panel.consent_label.text()
    only_me = panel.privacy_combo.model().item(panel.privacy_combo.findData("SELF_ONLY"))
    assert not only_me.isEnabled()
    panel.commercial_check.setChecked(False)
    assert only_me.isEnabled() and "Branded" not in panel.consent_label.text()


def test_stored_options_survive_an_offline_reload_and_a_failure_is_worded(qtbot):
    panel, _source = _panel(qtbot, infos={})
    panel.load({"privacy_level": "SELF_ONLY", "allow_comment": True, topts.CREATOR: CREATOR.snapshot()})
    panel.set_account(3)
    assert "did not give this account's settings" in panel.status_label.text()
    options = panel.options()
    assert options["privacy_level"] == "SELF_ONLY" and options["allow_comment"] is True
    assert options[topts.CREATOR] == CREATOR.snapshot()


def test_the_setup_guide_names_every_scope_the_sign_in_asks_for(qtbot):
    from postdesk.auth.profiles.tiktok import PROFILE
    from postdesk.core.networks import Network
    from postdesk.ui.accounts.wording import guide

    text = guide(Network.TIKTOK)
    assert all(scope in text for scope in PROFILE.scopes) and "video.upload" not in text
    assert "client key" in text and "Direct Post" in text and "Only me" in text


def test_screenshot_of_the_tiktok_options(qtbot):
    from pathlib import Path

    panel, _ = _panel(qtbot)
    panel.set_account(3)
    panel.privacy_combo.setCurrentIndex(0)
    panel.commercial_check.setChecked(True)
    panel.branded_check.setChecked(True)
    panel.resize(560, panel.sizeHint().height())
    shots = Path(__file__).resolve().parents[3] / "screenshots"
    shots.mkdir(exist_ok=True)
    assert panel.grab().save(str(shots / "tiktok-options.png"))
