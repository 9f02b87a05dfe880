"""First start through the real window: the welcome, no red error on a blank post, Ctrl+N from every
pane, Tab to the text before the chips, a usable and remembered preview column, the system zone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from postdesk.app import build_window
from postdesk.core.networks import NETWORK_ORDER, Network
from postdesk.store.repositories.settings import SettingsRepository
from postdesk.ui import theme
from postdesk.ui.preferences import system_zone
from postdesk.ui.welcome import WelcomeDialog, WelcomeSection, network_reach

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
# The offscreen platform cannot size or raise a shown dialog; that is not the product's warning.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


@pytest.fixture
def built(qtbot: Any, paths: Any, qapp: QApplication) -> Any:
    opened: list[Any] = []

    def make(**kwargs: Any) -> Any:
        b = build_window(paths, qapp, open_url=lambda url: True, start_engine=False, use_tray=False, **kwargs)
        qtbot.addWidget(b.window)
        opened.append(b)
        qtbot.waitUntil(lambda: b.panes.composer.is_loaded)
        return b

    yield make
    for b in opened:
        b.close()
    theme.apply_theme(qapp, "light")


def test_the_welcome_opens_on_a_first_start_and_leads_to_connecting(built: Any, qtbot: Any) -> None:
    b = built(show_welcome=True)
    qtbot.waitUntil(lambda: b.welcome.dialog is not None)
    dialog = b.welcome.dialog
    assert isinstance(dialog, WelcomeDialog)
    # Every network this build publishes to is named; none is draft-only today, so that line is hidden.
    for network in network_reach().publishing:
        assert dialog.publishing_label.text().count(network_reach_name(network)) >= 1
    assert dialog.draft_label.isHidden()
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert b.window.current_pane() == "accounts"
    assert b.panes.accounts.dialog is not None and b.panes.accounts.dialog.isVisible()
    b.panes.accounts.dialog.close()
    b.runner.shutdown(wait=True)  # the seen mark is stored on the worker
    assert SettingsRepository(b.database).load().welcome_seen is True


def network_reach_name(network: Network) -> str:
    from postdesk.core.networks import display_name

    return display_name(network)


def test_a_network_without_an_adapter_is_said_to_be_draft_only(qtbot: Any) -> None:
    reach = network_reach(frozenset(NETWORK_ORDER) - {Network.TIKTOK})
    dialog = WelcomeDialog(reach)
    qtbot.addWidget(dialog)
    assert "TikTok" in dialog.draft_label.text() and "publishing is not built yet" in dialog.draft_label.text()
    assert not dialog.draft_label.isHidden()
    assert "TikTok" not in dialog.publishing_label.text()


def test_just_write_goes_to_the_composer_and_the_welcome_is_shown_once(built: Any, qtbot: Any) -> None:
    b = built(show_welcome=True)
    b.window.show_pane("calendar")
    qtbot.waitUntil(lambda: b.welcome.dialog is not None)
    qtbot.mouseClick(b.welcome.dialog.write_button, Qt.MouseButton.LeftButton)
    assert b.window.current_pane() == "composer"
    b.close()
    again = built(show_welcome=True)
    # The store was read (the calendar's load proves the worker ran) and no welcome came back.
    again.runner.submit(lambda: None, on_done=lambda _r: None)
    qtbot.waitUntil(lambda: again.panes.composer.is_loaded)
    for _ in range(5):
        QApplication.processEvents()
    assert again.preferences.welcome_seen is True
    assert again.welcome.dialog is None
    # ...but Settings opens it again.
    section = again.panes.settings.findChild(WelcomeSection)
    assert section is not None
    qtbot.mouseClick(section.button, Qt.MouseButton.LeftButton)
    assert again.welcome.dialog is not None and again.welcome.dialog.isVisible()


def test_no_welcome_once_a_post_exists(built: Any, qtbot: Any) -> None:
    first = built()
    composer = first.panes.composer
    composer.base_editor.editor(0).setPlainText("Hello")
    composer.flush_draft()
    qtbot.waitUntil(lambda: composer.current_post().id is not None)
    first.close()
    again = built(show_welcome=True)
    done: list[bool] = []
    again.runner.submit(lambda: None, on_done=lambda _r: done.append(True))
    qtbot.waitUntil(lambda: bool(done))  # one worker: the first-start check ran before this
    QApplication.processEvents()
    assert again.welcome.dialog is None


def test_a_blank_new_post_shows_no_red_error_until_the_user_acts(built: Any, qtbot: Any) -> None:
    b = built()
    composer = b.panes.composer
    composer.refresh_now()
    assert composer.schedule_reason.text() == ""
    assert not composer.schedule_button.isEnabled()  # still refused, just not shouted about
    composer.base_editor.editor(0).setPlainText("A first post")
    composer.refresh_now()
    assert "Choose at least one network" in composer.schedule_reason.text()
    composer.new_post()
    qtbot.waitUntil(lambda: composer.base_editor.parts() == ("",))
    composer.refresh_now()
    assert composer.schedule_reason.text() == ""


def test_ctrl_n_starts_a_new_post_from_any_pane(built: Any, qtbot: Any) -> None:
    b = built()
    b.window.show()
    b.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is b.window)
    composer = b.panes.composer
    composer.base_editor.editor(0).setPlainText("Old text")
    b.window.show_pane("inbox")
    b.panes.inbox.tree.setFocus()
    qtbot.keyClick(b.panes.inbox.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert b.window.current_pane() == "composer"
    qtbot.waitUntil(lambda: composer.base_editor.parts() == ("",))
    # In the composer itself Ctrl+N still works (one shortcut, not two ambiguous ones).
    composer.base_editor.editor(0).setPlainText("Second")
    composer.base_editor.editor(0).setFocus()
    qtbot.keyClick(composer.base_editor.editor(0), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: composer.base_editor.parts() == ("",))


def test_tab_reaches_the_text_before_the_network_chips(built: Any) -> None:
    composer = built().panes.composer
    editor = composer.base_editor.editor(0)
    chips = list(composer.chips.values())
    stops: list[Any] = []  # the composer's Tab stops, in the order Tab visits them
    widget = composer
    for _ in range(2000):
        widget = widget.nextInFocusChain()
        if widget is composer:
            break
        if (
            composer.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isEnabled()
            and widget not in stops
        ):
            stops.append(widget)
    # Before: New post, then twelve chips, then the text. Now the text (after its thread tools) comes first.
    assert stops.index(editor) < stops.index(chips[0]) < stops.index(chips[-1]) < stops.index(composer.new_button)
    assert stops.index(editor) <= 5


@pytest.mark.parametrize("size", [(1280, 800), (1440, 900)])
def test_the_preview_column_is_usable_at_the_default_sizes(built: Any, qtbot: Any, size: tuple[int, int]) -> None:
    b = built()
    b.window.resize(*size)
    b.window.show()
    b.window.show_pane("composer")
    composer = b.panes.composer
    composer.chips[Network.BLUESKY].setChecked(True)
    qtbot.waitUntil(lambda: composer.tabs.width() >= 300)
    assert composer.splitter.sizes()[1] >= 0.4 * sum(composer.splitter.sizes())


def test_the_preview_width_is_remembered(built: Any, qtbot: Any) -> None:
    b = built()
    b.window.resize(1280, 800)
    b.window.show()
    b.window.show_pane("composer")
    splitter = b.panes.composer.splitter
    qtbot.waitUntil(lambda: sum(splitter.sizes()) > 800)
    total = sum(splitter.sizes())
    splitter.moveSplitter(total - 400, 1)  # the user drags the handle: the previews get ~400 px
    moved = splitter.sizes()
    b.close()
    again = built()
    again.window.resize(1280, 800)
    again.window.show()
    again.window.show_pane("composer")
    qtbot.waitUntil(lambda: sum(again.panes.composer.splitter.sizes()) > 800)
    assert abs(again.panes.composer.splitter.sizes()[1] - moved[1]) <= 2


def test_the_system_zone_is_the_default_and_never_etc_utc() -> None:
    assert system_zone(qt_zone="Europe/Berlin", tz_env="") == "Europe/Berlin"
    assert system_zone(qt_zone="CET", tz_env=":America/New_York") == "America/New_York"
    assert system_zone(qt_zone="", tz_env="", localtime=Path("/nonexistent")) == "UTC"
    assert system_zone(qt_zone="Etc/UTC", tz_env="") == "UTC"


def test_the_composer_shows_the_system_zone(built: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("postdesk.ui.preferences.system_zone", lambda: "Asia/Tokyo")
    b = built()
    assert b.preferences.time_zone == "Asia/Tokyo"
    assert "Asia/Tokyo" in b.panes.composer.bar.when_label.text()


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_screenshot_welcome(qtbot: Any, qapp: QApplication, mode: str) -> None:
    theme.apply_theme(qapp, mode)
    try:
        dialog = WelcomeDialog(network_reach(frozenset(NETWORK_ORDER) - {Network.GOOGLE_BUSINESS}))
        qtbot.addWidget(dialog)
        dialog.resize(640, 460)
        dialog.show()
        for _ in range(3):
            QApplication.processEvents()
        SHOTS.mkdir(exist_ok=True)
        assert dialog.grab().save(str(SHOTS / f"welcome-{mode}.png"))
    finally:
        theme.apply_theme(qapp, "light")


@pytest.mark.parametrize("pseudo", ["long", "rtl"])
def test_screenshot_welcome_pseudo(qtbot: Any, qapp: QApplication, pseudo: str) -> None:
    from postdesk.ui.i18n import PseudoTranslator

    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    if pseudo == "rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = WelcomeDialog(network_reach())
        qtbot.addWidget(dialog)
        assert dialog.connect_button.text().startswith("[")
        dialog.resize(640, 520)
        dialog.show()
        for _ in range(3):
            QApplication.processEvents()
        SHOTS.mkdir(exist_ok=True)
        assert dialog.grab().save(str(SHOTS / f"welcome-pseudo-{pseudo}.png"))
    finally:
        qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_help_menu_and_f1_open_the_welcome_again(built: Any, qtbot: Any) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    b = built()
    action = b.window.findChild(QAction, "WelcomeAction")
    assert action is not None
    assert any(isinstance(m, QMenu) for m in action.associatedObjects())  # in Help, beside About
    b.window.show()
    b.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is b.window)
    b.window.show_pane("calendar")
    qtbot.keyClick(b.window, Qt.Key.Key_F1)
    assert b.welcome.dialog is not None and b.welcome.dialog.isVisible()
