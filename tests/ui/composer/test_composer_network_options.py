"""X, Bluesky and Mastodon options and the first comment, through the real window.

A draft with X, Bluesky and Mastodon targets is opened in the composer of the window the app
builds (`build_window` over a temporary data directory). The fields are driven with the
keyboard, the draft is saved, another post is opened and this one reopened: every option comes
back intact. What the network would refuse is a problem, worded, before scheduling; screenshots
in light, dark, long and right-to-left pseudo-translations.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from postdesk.core.entities import Post, Target
from postdesk.core.networks import Network
from postdesk.core.validation import ProblemCode
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.ui import theme
from postdesk.ui.composer.draft_saver import SaveState
from postdesk.ui.composer.mastodon_options import locale_language
from tests.ui.test_engine_reach import NOW, make, open_in_composer  # noqa: F401 (fixture)

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")
NETWORKS = (Network.X, Network.BLUESKY, Network.MASTODON)


def seed_draft(b, text: str = "Bread poll today") -> int:
    accounts = AccountRepository(b.database)
    targets = tuple(
        Target(n, accounts.add(n, handle, now=NOW, instance_url=None).id)
        for n, handle in zip(NETWORKS, ("rosa", "rosa.bsky.social", "@rosa@example.social"), strict=True)
    )
    return PostRepository(b.database).save(Post(parts=(text,), targets=targets), now=NOW).id


def saved(b, composer, qtbot, post_id: int) -> dict[Network, dict]:
    composer.flush_draft()
    qtbot.waitUntil(lambda: composer.save_state() is SaveState.SAVED, timeout=10_000)
    stored = PostRepository(b.database).get(post_id)
    return {t.network: dict(t.options) for t in stored.targets}


def keyboard_reachable(*widgets: QWidget) -> None:
    for widget in widgets:
        assert widget.accessibleName(), widget
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.accessibleName()


def fill(composer, qtbot) -> None:
    """Fill every new field with the keyboard, as a creator would."""
    x = composer.panel(Network.X).opts
    qtbot.keyClick(x.x.poll.enabled_check, Qt.Key.Key_Space)
    assert x.x.poll.enabled_check.isChecked() and x.x.poll.choice_edits[0].isVisibleTo(x.x.poll)
    qtbot.keyClicks(x.x.poll.choice_edits[0], "Sourdough")
    qtbot.keyClicks(x.x.poll.choice_edits[1], "Rye")
    x.x.poll.days_spin.setFocus()
    qtbot.keyClick(x.x.poll.days_spin, Qt.Key.Key_Up)  # one day → two days
    x.x.reply_combo.setFocus()
    qtbot.keyClick(x.x.reply_combo, Qt.Key.Key_Down)  # Everyone → Accounts you follow
    qtbot.keyClicks(x.first_comment.edit, "Recipe: https://rosa.example/bread")
    bluesky = composer.panel(Network.BLUESKY).opts
    qtbot.keyClicks(bluesky.bluesky.quote.edit, "https://bsky.app/profile/mira.bsky.social/post/3kabc")
    qtbot.keyClick(bluesky.bluesky.some_radio, Qt.Key.Key_Space)
    qtbot.keyClick(bluesky.bluesky.rule_checks["mention"], Qt.Key.Key_Space)
    qtbot.keyClick(bluesky.bluesky.no_quotes_check, Qt.Key.Key_Space)
    mastodon = composer.panel(Network.MASTODON)
    qtbot.keyClicks(mastodon.spoiler_edit, "Food")
    m = mastodon.opts.mastodon
    m.language_combo.setCurrentIndex(m.language_combo.findData("de"))
    qtbot.keyClick(m.poll.enabled_check, Qt.Key.Key_Space)
    qtbot.keyClicks(m.poll.choice_edits[0], "Brot")
    qtbot.keyClicks(m.poll.choice_edits[1], "Kuchen")
    qtbot.keyClick(m.poll.multiple_check, Qt.Key.Key_Space)


EXPECTED = {
    Network.X: {
        "poll": {"options": ["Sourdough", "Rye"], "duration_minutes": 2 * 24 * 60},
        "reply_settings": "following",
        "first_comment": "Recipe: https://rosa.example/bread",
    },
    Network.BLUESKY: {
        "quote_url": "https://bsky.app/profile/mira.bsky.social/post/3kabc",
        "quote_uri": "at://mira.bsky.social/app.bsky.feed.post/3kabc",
        "reply_controls": ["mention"],
        "quotes_disabled": True,
    },
    Network.MASTODON: {
        "spoiler_text": "Food",
        "visibility": "public",
        "language": "de",
        "poll": {"options": ["Brot", "Kuchen"], "duration_minutes": 24 * 60, "multiple": True, "hide_totals": False},
    },
}


def test_options_are_saved_with_the_draft_and_reopen_intact(make, qtbot) -> None:
    b = make()
    post_id = seed_draft(b)
    other = seed_draft(b, "Another post")
    composer = open_in_composer(b, qtbot, post_id)
    for network in NETWORKS:
        opts = composer.panel(network).opts
        assert opts.first_comment is not None and opts.first_comment.isVisibleTo(composer.panel(network))
    x, bluesky, mastodon = (composer.panel(n).opts for n in NETWORKS)
    keyboard_reachable(
        x.x.poll.enabled_check,
        x.x.quote.edit,
        x.x.reply_combo,
        x.first_comment.edit,
        bluesky.bluesky.quote.edit,
        bluesky.bluesky.everyone_radio,
        bluesky.bluesky.no_quotes_check,
        mastodon.mastodon.language_combo,
        mastodon.mastodon.poll.enabled_check,
    )
    # Each labelled field is reached by its label's Alt+letter shortcut (the buddy takes the focus).
    for panel in (composer.panel(n) for n in NETWORKS):
        buddies = {label.text(): label.buddy() for label in panel.findChildren(QLabel) if label.buddy() is not None}
        comment = buddies["F&irst comment:"]
        assert (comment.focusProxy() or comment) is panel.opts.first_comment.edit
        quote = buddies["&Quote a post:"]
        assert (quote.focusProxy() or quote).objectName() == "quoteEdit"
    fill(composer, qtbot)
    stored = saved(b, composer, qtbot, post_id)
    for network in NETWORKS:
        assert stored[network] == EXPECTED[network], network
    # Another post, then this one again: every field shows what was saved.
    with qtbot.waitSignal(composer.post_opened, timeout=10_000):
        composer.open_post(other)
    assert composer.panel(Network.X).opts.first_comment.text() == ""
    assert not composer.panel(Network.X).opts.x.poll.enabled_check.isChecked()
    with qtbot.waitSignal(composer.post_opened, timeout=10_000):
        composer.open_post(post_id)
    for network in NETWORKS:
        assert composer.panel(network).options() == EXPECTED[network], network
    x_panel = composer.panel(Network.X)
    assert x_panel.opts.x.poll.choice_edits[1].text() == "Rye"
    assert x_panel.opts.first_comment.counter.text().startswith("34 / 280")
    assert composer.panel(Network.BLUESKY).opts.bluesky.rule_checks["mention"].isEnabled()


def test_what_the_network_refuses_is_a_problem_before_scheduling(make, qtbot) -> None:
    b = make()
    post_id = seed_draft(b)
    composer = open_in_composer(b, qtbot, post_id)
    composer.when_edit.setDateTime(composer.when_edit.dateTime().addDays(2))
    composer.refresh_now()
    assert composer.schedule_button.isEnabled()
    x = composer.panel(Network.X)
    qtbot.keyClick(x.opts.x.poll.enabled_check, Qt.Key.Key_Space)
    qtbot.keyClicks(x.opts.x.poll.choice_edits[0], "Only one")
    qtbot.keyClicks(x.opts.x.quote.edit, "https://example.com/not-a-post")
    qtbot.keyClicks(x.opts.first_comment.edit, "a" * 281)
    composer.refresh_now()
    composer.render_all_now()
    codes = {p.code for p in x.status().problems}
    assert {
        ProblemCode.POLL_OPTION_COUNT,
        ProblemCode.QUOTE_URL_INVALID,
        ProblemCode.FIRST_COMMENT_TOO_LONG,
    } <= codes
    words = [x.problem_model.index(r, 0).data() for r in range(x.problem_model.rowCount())]
    assert "A poll on X needs 2 to 4 choices; this one has 1." in words
    assert "The first comment is too long for X: 281 of 280 characters." in words
    assert any("not a X post" in w for w in words)
    assert not composer.schedule_button.isEnabled()
    assert not composer.publish_now_button.isEnabled()


def test_mastodon_language_follows_the_locale() -> None:
    assert locale_language(QLocale("de_DE")) == "de"
    assert locale_language(QLocale("pt_BR")) == "pt"
    assert locale_language(QLocale(QLocale.Language.C)) == "en"


def _shoot(b, qtbot, name: str) -> None:
    post_id = seed_draft(b)
    composer = open_in_composer(b, qtbot, post_id)
    fill(composer, qtbot)
    b.window.resize(1280, 900)
    b.window.show()
    qtbot.waitExposed(b.window)
    SHOTS.mkdir(exist_ok=True)
    for network in NETWORKS:
        composer.tabs.setCurrentIndex(composer.selected_networks().index(network))
        composer.render_visible_now()
        for _ in range(3):
            QApplication.processEvents()
        assert b.window.grab().save(str(SHOTS / f"composer-options-{network.value}-{name}.png"))


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_screenshots(make, qtbot, qapp, mode: str) -> None:
    b = make()
    theme.apply_theme(qapp, mode)
    _shoot(b, qtbot, mode)


@pytest.mark.parametrize("pseudo", ["long", "rtl"])
def test_screenshots_pseudo(make, qtbot, qapp, pseudo: str) -> None:
    from postdesk.ui.i18n import PseudoTranslator

    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    if pseudo == "rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        b = make()
        _shoot(b, qtbot, f"pseudo-{pseudo}")
    finally:
        qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
