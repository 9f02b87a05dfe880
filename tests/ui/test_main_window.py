"""The app shell: panes, keyboard paths, themes, remembered state, screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QListWidget, QWidget

from postdesk.app import build_window
from postdesk.ui import theme

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def built(qtbot, paths, qapp):
    opened: list = []

    def make():
        b = build_window(paths, qapp, open_url=lambda url: True)
        qtbot.addWidget(b.window)
        opened.append(b)
        return b

    yield make
    for b in opened:
        b.close()
    theme.apply_theme(qapp, "light")


def test_every_listed_pane_is_a_real_widget(built):
    b = built()
    keys = b.window.pane_keys()
    assert keys[0] in {"calendar", "composer"}
    assert keys[-1] == "settings"
    assert keys[:3] == ["calendar", "composer", "inbox"]
    for key in keys:
        pane = b.window.pane(key)
        assert isinstance(pane, QWidget)
        assert pane.accessibleName(), f"pane {key} has no accessible name"


def test_ctrl_number_switches_panes_and_sidebar_follows(built, qtbot):
    b = built()
    b.window.show()
    b.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is b.window)
    last = len(b.window.pane_keys())
    qtbot.keyClick(b.window, Qt.Key(Qt.Key.Key_0 + last), Qt.KeyboardModifier.ControlModifier)
    assert b.window.current_pane() == "settings"
    qtbot.keyClick(b.window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert b.window.current_pane() == b.window.pane_keys()[0]
    sidebar = b.window.findChild(QListWidget, "Sidebar")
    assert sidebar.currentRow() == 0
    assert sidebar.accessibleName()


def test_window_geometry_and_open_pane_are_restored(built, qtbot):
    first = built()
    # The offscreen platform's screen is 800x600: stay inside it so nothing clamps the size.
    first.window.show()
    first.window.resize(760, 540)
    first.window.show_pane("settings")
    first.window.close()
    second = built()
    assert second.window.current_pane() == "settings"
    assert second.window.size().width() == 760


def test_theme_preference_applies_and_persists(built, qtbot, qapp):
    b = built()
    pane = b.window.pane("settings")
    pane.theme_box.setCurrentIndex(pane.theme_box.findData("dark"))
    assert theme.is_dark(qapp.palette())
    b.close()  # the preference is saved off the UI thread; closing waits for it
    again = built()
    assert again.preferences.theme == "dark"


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_screenshot_each_pane(built, qtbot, qapp, mode):
    b = built()
    theme.apply_theme(qapp, mode)
    b.window.resize(1280, 820)
    b.window.show()
    qtbot.waitExposed(b.window)
    SCREENSHOTS.mkdir(exist_ok=True)
    for key in b.window.pane_keys():
        b.window.show_pane(key)
        qapp.processEvents()
        assert b.window.grab().save(str(SCREENSHOTS / f"shell-{key}-{mode}.png"))
    window_color = qapp.palette().color(QPalette.ColorRole.Window)
    assert theme.is_dark(qapp.palette()) == (mode == "dark"), window_color.name()


def test_right_to_left_layout_mirrors_the_sidebar(built, qtbot, qapp):
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        b = built()
        b.window.resize(1100, 700)
        b.window.show()
        qtbot.waitExposed(b.window)
        sidebar = b.window.findChild(QListWidget, "Sidebar")
        left = sidebar.mapTo(b.window, sidebar.rect().topLeft()).x()
        assert left > b.window.width() / 2
        SCREENSHOTS.mkdir(exist_ok=True)
        b.window.grab().save(str(SCREENSHOTS / "shell-rtl.png"))
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_inbox_unread_count_shows_in_the_sidebar(built, qtbot):
    b = built()
    b.window.set_badge("inbox", 3)
    sidebar = b.window.findChild(QListWidget, "Sidebar")
    row = b.window.pane_keys().index("inbox")
    assert sidebar.item(row).text().endswith("(3)")
    assert "3" in sidebar.item(row).data(Qt.ItemDataRole.AccessibleTextRole)
    b.window.set_badge("inbox", 0)
    assert "(" not in sidebar.item(row).text()
