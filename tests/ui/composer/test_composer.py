"""The composer pane: counters, overrides, problems, threads, options, keyboard, RTL."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from postdesk.core.entities import Post, Target
from postdesk.core.networks import NETWORK_ORDER, Network
from postdesk.ui.composer.services import Session
from postdesk.ui.composer.view import ComposerPane
from postdesk.ui.widgets.counter import CounterLevel
from tests.ui.composer.test_composer_fakes import FakeServices, account

NOW = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)
#: Showing a top-level window on the offscreen platform warns about a feature it lacks.
SHOWN = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def make_pane(qtbot):
    def make(services: FakeServices | None = None, zone: str = "Europe/Paris") -> ComposerPane:
        # One account per network, so that choosing a network can bind an account (a target
        # without one cannot be scheduled).
        services = services or FakeServices(session=Session(accounts=EVERY_NETWORK), accounts=EVERY_NETWORK)
        pane = ComposerPane(services, lambda: NOW, zone)
        qtbot.addWidget(pane)
        pane.resize(1200, 800)
        qtbot.waitUntil(lambda: pane.is_loaded)
        return pane

    return make


EVERY_NETWORK = tuple(account(50 + i, n.value, f"me.{n.value}") for i, n in enumerate(NETWORK_ORDER))


def choose(pane: ComposerPane, *networks: Network) -> None:
    """Check each network's chip and pick its first account, as a user does."""
    for network in networks:
        pane.chips[network].setChecked(True)
        combo = pane.panel(network).account_combo
        if combo.count() > 1 and combo.currentIndex() == 0:
            combo.setCurrentIndex(1)


def type_base(pane: ComposerPane, text: str) -> None:
    pane.base_editor.editor(0).setPlainText(text)
    pane.refresh_now()


def test_all_twelve_chips_in_order_with_accessible_names(make_pane):
    pane = make_pane()
    assert list(pane.chips) == list(NETWORK_ORDER)
    for chip in pane.chips.values():
        assert chip.accessibleName().startswith("Post to ")
        assert chip.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_counters_count_as_each_network_counts(make_pane):
    pane = make_pane()
    choose(pane, Network.X, Network.BLUESKY, Network.MASTODON)
    type_base(pane, "See https://example.com/a/very/long/path/indeed 👋")
    x = pane.panel(Network.X).counter
    # X: a URL weighs 23, an emoji 2: "See " 4 + 23 + " " 1 + 2 = 30.
    assert x.text().startswith("30 / 280")
    assert x.accessibleName() == "30 of 280 characters"
    # Mastodon: the URL counts 23, the emoji one grapheme.
    assert pane.panel(Network.MASTODON).counter.text().startswith("29 / 500")
    # Bluesky counts graphemes: the whole URL and one for the emoji.
    bluesky = pane.panel(Network.BLUESKY).counter.text()
    assert bluesky.startswith(f"{len('See https://example.com/a/very/long/path/indeed ') + 1} / 300")
    pane.update_tab_titles()
    tab_titles = [pane.tabs.tabText(i) for i in range(pane.tabs.count())]
    assert tab_titles[0].startswith("Bluesky")
    assert any(t.startswith("X  30/280") for t in tab_titles)


def test_bluesky_counts_graphemes_and_warns_on_bytes(make_pane):
    pane = make_pane()
    choose(pane, Network.BLUESKY)
    family = "👨‍👩‍👧‍👦"  # one grapheme, 25 UTF-8 bytes
    type_base(pane, family * 121)  # 3,025 bytes
    counter = pane.panel(Network.BLUESKY).counter
    assert counter.text().startswith("121 / 300")
    assert "bytes" in counter.text()
    assert counter.level is CounterLevel.OVER
    assert not pane.schedule_button.isEnabled()


def test_mastodon_honours_the_instance_limit(make_pane):
    services = FakeServices(session=Session(accounts=(account(7, "mastodon", "me@big.instance", 1000),)))
    pane = make_pane(services)
    pane.chips[Network.MASTODON].setChecked(True)  # no account chosen yet: the default limit
    panel = pane.panel(Network.MASTODON)
    type_base(pane, "a" * 600)
    assert panel.counter.text().startswith("600 / 500")
    panel.account_combo.setCurrentIndex(1)
    pane.refresh_now()
    assert panel.counter.text().startswith("600 / 1000")
    assert panel.counter.level is CounterLevel.OK


def test_counter_colour_changes_near_and_over(make_pane):
    pane = make_pane()
    choose(pane, Network.X)
    counter = pane.panel(Network.X).counter
    type_base(pane, "a" * 100)
    assert counter.level is CounterLevel.OK
    type_base(pane, "a" * 260)
    assert counter.level is CounterLevel.NEAR
    type_base(pane, "a" * 281)
    assert counter.level is CounterLevel.OVER


def test_override_toggle_edit_and_reset_with_undo(make_pane, qtbot):
    pane = make_pane()
    choose(pane, Network.X, Network.LINKEDIN)
    type_base(pane, "Base text for everyone")
    panel = pane.panel(Network.LINKEDIN)
    panel.override_check.setChecked(True)
    assert panel.override_editor.parts() == ("Base text for everyone",)
    editor = panel.override_editor.editor(0)
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " - with more words for LinkedIn")
    pane.refresh_now()
    post = pane.current_post()
    linkedin = next(t for t in post.targets if t.network is Network.LINKEDIN)
    assert linkedin.override_enabled
    assert linkedin.override_parts == ("Base text for everyone - with more words for LinkedIn",)
    assert panel.counter.text().startswith(f"{len(linkedin.override_parts[0])} / 3000")
    panel.reset_button.click()
    assert panel.override_editor.parts() == ("Base text for everyone",)
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.override_editor.parts() == ("Base text for everyone - with more words for LinkedIn",)


def test_problems_listed_highlighted_and_block_scheduling(make_pane):
    pane = make_pane()
    choose(pane, Network.X)
    text = "word " * 60  # 300 characters
    type_base(pane, text)
    panel = pane.panel(Network.X)
    rows = panel.problem_model.rows()
    assert any("Too long by" in r.text and r.severity == "error" for r in rows)
    assert not pane.schedule_button.isEnabled()
    assert "Can't schedule yet" in pane.schedule_reason.text()
    spans = pane.base_editor.editor(0).highlighted_spans()
    assert spans and spans[0][0] == 280 and spans[0][1] == len(text)
    type_base(pane, "Short and sweet")
    assert pane.base_editor.editor(0).highlighted_spans() == []
    assert pane.schedule_button.isEnabled()
    assert not pane.schedule_reason.isVisibleTo(pane)


def test_highlight_uses_utf16_positions_after_emoji(make_pane):
    pane = make_pane()
    choose(pane, Network.BLUESKY)
    text = "😀" * 10 + "a" * 300
    type_base(pane, text)
    spans = pane.base_editor.editor(0).highlighted_spans()
    # Grapheme 301 starts at str index 300, i.e. UTF-16 position 310 (each emoji is 2 units).
    assert spans == [(310, len(text) + 10)]


def test_thread_split_automatic_with_numbering(make_pane):
    pane = make_pane()
    choose(pane, Network.X, Network.BLUESKY)
    sentences = " ".join(f"This is sentence number {i} of a long story." for i in range(20))
    type_base(pane, sentences)
    pane.base_editor.numbering.setChecked(True)
    pane.base_editor.split_button.click()
    pane.refresh_now()
    parts = pane.base_editor.parts()
    assert len(parts) >= 3
    assert parts[0].endswith(f" 1/{len(parts)}")
    for panel in (pane.panel(Network.X), pane.panel(Network.BLUESKY)):
        status = panel.status()
        assert len(status.measures) == len(parts)
        assert all(m.fits for m in status.measures)
    assert pane.base_editor.part_counter(1).isVisibleTo(pane)


@SHOWN
def test_thread_split_by_shortcut_and_manual_parts(make_pane, qtbot):
    pane = make_pane()
    choose(pane, Network.MASTODON, Network.LINKEDIN)
    type_base(pane, "First. " * 100)
    pane.show()
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    pane.base_editor.editor(0).setFocus()
    qtbot.keyClick(
        pane.base_editor.editor(0),
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert pane.base_editor.count() == 2
    pane.base_editor.add_button.click()
    assert pane.base_editor.count() == 3
    pane.base_editor.editor(2).setPlainText("A third part, by hand.")
    pane.refresh_now()
    assert pane.current_post().parts[2] == "A third part, by hand."
    # LinkedIn has no threads: that is an error there.
    linkedin = pane.panel(Network.LINKEDIN).status()
    assert any(p.code.name == "THREAD_NOT_SUPPORTED" for p in linkedin.problems)
    pane.base_editor._rows[2].remove.click()
    assert pane.base_editor.count() == 2
    pane.base_editor.join_button.click()
    assert pane.base_editor.count() == 1


def test_override_split_for_one_network(make_pane):
    pane = make_pane()
    choose(pane, Network.X)
    type_base(pane, "Sentence here. " * 40)
    panel = pane.panel(Network.X)
    panel.override_check.setChecked(True)
    panel.override_editor.split_button.click()
    pane.refresh_now()
    assert panel.override_editor.count() >= 3
    assert pane.base_editor.count() == 1
    assert all(m.fits for m in panel.status().measures)


def test_options_title_subreddit_and_content_warning(make_pane):
    pane = make_pane()
    choose(pane, Network.REDDIT, Network.MASTODON, Network.YOUTUBE)
    type_base(pane, "x" * 495)
    reddit = pane.panel(Network.REDDIT)
    reddit.title_edit.setText("My title")
    reddit.subreddit_edit.setText("r/photography")
    mastodon = pane.panel(Network.MASTODON)
    mastodon.spoiler_edit.setText("spoilers!!")
    mastodon.visibility_combo.setCurrentIndex(1)
    pane.refresh_now()
    targets = {t.network: t for t in pane.current_post().targets}
    assert targets[Network.REDDIT].options == {"title": "My title", "subreddit": "photography"}
    # No language chosen, none sent: the server applies the account's own posting language (issue 13.10).
    assert targets[Network.MASTODON].options == {"spoiler_text": "spoilers!!", "visibility": "unlisted"}
    # The content warning counts toward Mastodon's limit: 495 + 10 > 500.
    assert mastodon.counter.text().startswith("505 / 500")
    assert "title" in targets[Network.YOUTUBE].options
    assert not pane.panel(Network.X).title_edit.isVisibleTo(pane)


def test_a_mastodon_language_is_sent_only_when_the_user_chooses_one(make_pane, qtbot):
    from postdesk.ui.composer.mastodon_options import locale_language

    pane = make_pane()
    choose(pane, Network.MASTODON)
    type_base(pane, "Hello")
    combo = pane.panel(Network.MASTODON).opts.mastodon.language_combo
    assert combo.currentIndex() == 0 and combo.currentData() == ""
    # The locale's language comes right after the server's default: one key away.
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    pane.refresh_now()
    options = {t.network: t.options for t in pane.current_post().targets}[Network.MASTODON]
    assert options["language"] == locale_language() == combo.itemData(1)
    # A draft stored without a language reopens on the server's default, not on a guess.
    pane.panel(Network.MASTODON).opts.mastodon.load({})
    assert combo.currentIndex() == 0
    assert [combo.itemData(i) for i in range(combo.count())].count(locale_language()) == 1


def test_rtl_paragraphs_take_their_own_direction(make_pane):
    pane = make_pane()
    choose(pane, Network.BLUESKY)
    type_base(pane, "Hello\nمرحبا بكم في المعرض\nשלום לכולם")
    block = pane.base_editor.editor(0).document().firstBlock()
    directions = []
    while block.isValid():
        directions.append(block.textDirection())
        block = block.next()
    assert directions == [
        Qt.LayoutDirection.LeftToRight,
        Qt.LayoutDirection.RightToLeft,
        Qt.LayoutDirection.RightToLeft,
    ]
    pane.render_visible_now()
    html = pane.panel(Network.BLUESKY).preview.part_text_html(0)
    assert html.count('dir="rtl"') == 2


@SHOWN
def test_layout_survives_right_to_left_application(make_pane, qtbot):
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        pane = make_pane()
        choose(pane, Network.X, Network.TELEGRAM)
        type_base(pane, "שלום עולם #פוסט")
        pane.show()
        qtbot.waitExposed(pane)
        assert pane.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # Mirrored: the New button (last in reading order) is at the left edge.
        assert pane.new_button.x() < pane.width() // 4
        assert pane.minimumSizeHint().width() <= pane.width()
        assert pane.panel(Network.X).counter.text().startswith("15 / 280")
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_emoji_and_combining_marks_count(make_pane):
    pane = make_pane()
    choose(pane, Network.X, Network.BLUESKY)
    type_base(pane, "e\u0301🇫🇷")  # é as e + combining acute, and a flag
    assert pane.panel(Network.BLUESKY).counter.text().startswith("2 / 300")
    assert pane.panel(Network.X).counter.text().startswith("3 / 280")


@SHOWN
def test_keyboard_shortcuts_and_tab_order(make_pane, qtbot):
    services = FakeServices(session=Session(accounts=EVERY_NETWORK), accounts=EVERY_NETWORK)
    pane = make_pane(services)
    choose(pane, Network.X)
    type_base(pane, "Ready to go")
    pane.show()
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    pane.base_editor.editor(0).setFocus()
    names = {}
    for _ in range(60):
        widget = QApplication.focusWidget()
        if widget is not None:
            names[widget.accessibleName()] = widget
        pane.focusNextChild()
    assert "me.bluesky on Bluesky" in names and "Main text" in names and "Attach images" in names
    assert "Schedule the post" in names and "me.x on X, selected" in names
    assert all(names), [type(w).__name__ for n, w in names.items() if not n]
    pane.base_editor.editor(0).setFocus()
    qtbot.keyClick(pane.base_editor.editor(0), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pane.base_editor.parts() == ("",))
    assert services.saves and services.saves[-1].parts == ("Ready to go",)


def test_media_attach_alt_text_and_problems(make_pane, qtbot, tmp_path):
    services = FakeServices()
    pane = make_pane(services)
    choose(pane, Network.BLUESKY)
    type_base(pane, "A picture")
    pane.import_files([str(tmp_path / "a.png"), str(tmp_path / "b.jpg")])
    qtbot.waitUntil(lambda: pane.media_strip.model.rowCount() == 2)
    pane.render_visible_now()
    panel = pane.panel(Network.BLUESKY)
    assert any(p.code.name == "MISSING_ALT_TEXT" for p in panel.status().problems)
    assert any("Image 1 has no description" in r.text for r in panel.problem_model.rows())
    assert panel.preview.data().images and len(panel.preview.data().images) == 2
    strip = pane.media_strip
    strip.view.setCurrentIndex(strip.model.index(0, 0))
    strip.alt_edit.setText("")
    qtbot.keyClicks(strip.alt_edit, "A red boat")
    strip.alt_edit.editingFinished.emit()
    assert services.alt_texts[-1] == (100, "A red boat")
    strip.view.setCurrentIndex(strip.model.index(1, 0))
    strip.remove_button.click()
    pane.refresh_now()
    assert pane.current_post().media == (100,)
    assert not any(p.code.name == "MISSING_ALT_TEXT" for p in panel.status().problems)


def test_schedule_in_user_zone_and_dst_gap(make_pane, qtbot):
    services = FakeServices(session=Session(accounts=EVERY_NETWORK), accounts=EVERY_NETWORK)
    pane = make_pane(services)
    choose(pane, Network.X)
    type_base(pane, "Scheduled post")
    # 29 March 2026 02:30 does not exist in Paris (clocks jump from 02:00 to 03:00).
    pane.bar.set_when(datetime(2026, 3, 29, 2, 30))
    pane.actions.on_when_changed()
    assert "does not exist" in pane.schedule_state.text()
    # core.calendar gives the gap's bounds; the sentence names them.
    assert "from 02:00 to 03:00" in pane.schedule_state.text()
    assert not pane.schedule()
    # 25 October 2026 02:30 happens twice: the first (summer time, UTC+2) is used.
    pane.bar.set_when(datetime(2026, 10, 25, 2, 30))
    pane.actions.on_when_changed()
    assert "happens twice" in pane.schedule_state.text()
    assert pane.schedule()
    post = pane.current_post()
    assert post.scheduled_at == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert post.scheduled_zone == "Europe/Paris"
    assert all(t.state.value == "scheduled" for t in post.targets)
    qtbot.waitUntil(lambda: services.saves and services.saves[-1].scheduled_at is not None)
    pane.unschedule()
    assert pane.current_post().scheduled_at is None


def test_schedule_refuses_past_time(make_pane):
    pane = make_pane()
    choose(pane, Network.X)
    type_base(pane, "Too late")
    pane.bar.set_when(datetime(2026, 3, 20, 9, 0))
    assert not pane.schedule()
    assert "already passed" in pane.schedule_state.text()


def test_reopens_a_stored_draft_with_targets_and_override(make_pane):
    post = Post(
        id=5,
        parts=("Hello there",),
        targets=(
            Target(Network.BLUESKY),
            Target(Network.X, override_enabled=True, override_parts=("Hi X",)),
        ),
    )
    pane = make_pane(FakeServices(session=Session(post=post, cursor=5)))
    assert pane.chips[Network.BLUESKY].isChecked() and pane.chips[Network.X].isChecked()
    assert pane.base_editor.parts() == ("Hello there",)
    assert pane.panel(Network.X).override_editor.parts() == ("Hi X",)
    assert pane.base_editor.editor(0).textCursor().position() == 5
    assert pane.current_post().id == 5
