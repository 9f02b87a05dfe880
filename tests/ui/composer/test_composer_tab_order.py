"""Tab from the composer reaches the post text first, then the network chips (issue 13, item 11).

Driven through the real window (`build_window`), with real Tab key presses.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from postdesk.app import build_window
from postdesk.core.networks import NETWORK_ORDER
from postdesk.ui import theme


@pytest.fixture
def window(qtbot: Any, paths: Any, qapp: QApplication) -> Any:
    b = build_window(paths, qapp, open_url=lambda url: True, start_engine=False, use_tray=False)
    qtbot.addWidget(b.window)
    qtbot.waitUntil(lambda: b.panes.composer.is_loaded)
    yield b
    b.close()
    theme.apply_theme(qapp, "light")


def _first_focus(pane: QWidget) -> QWidget:
    """Where Tab lands when it enters the pane: the first widget of its focus chain that takes Tab."""
    widget = pane.nextInFocusChain()
    while widget is not pane:
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if pane.isAncestorOf(widget) and takes_tab and widget.isVisible() and widget.isEnabled():
            return widget
        widget = widget.nextInFocusChain()
    raise AssertionError("nothing in the composer takes Tab")


def test_tab_reaches_the_text_first_then_the_network_chips(window: Any, qtbot: Any) -> None:
    b = window
    composer = b.panes.composer
    b.window.show()
    b.window.show_pane("composer")
    b.window.activateWindow()
    qtbot.waitUntil(b.window.isActiveWindow)
    text = composer.base_editor.editor(0)
    first = _first_focus(composer)
    assert first is text, first.accessibleName()

    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is text)
    reached = []
    chips = composer.targets.row.visible_widgets()  # no account yet: "Connect …" for each network
    assert len(chips) == len(NETWORK_ORDER)
    for _ in range(len(chips)):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    # Tab moved the focus (it did not type a tab character into the post)...
    assert "\t" not in composer.base_editor.parts()[0]
    # ...to every chip, in the product's order of networks, right after the text.
    assert reached == chips
    assert reached[0].accessibleName() == "Connect an account on Bluesky"
    # Shift+Tab from the first chip goes back to the text.
    reached[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is reached[0])
    qtbot.keyClick(reached[0], Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is text
