"""The composer's text column shrinks with its controls shown: the previews keep their share.

A waiting post shows Pause, Reschedule, Cancel and Delete; a repeating one shows Add to queue,
Repeat and Stop repeating. Those rows flow onto a second line instead of widening the column (at
the default window sizes, and in longer languages), and no button is hidden to make room.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from postdesk.core.entities import TargetState
from postdesk.engine.events import ConnectivityChanged
from postdesk.store.repositories.queues import QueuesRepository
from tests.ui.test_engine_reach import NOW, make, open_in_composer, seed  # noqa: F401 (fixture)

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")


def settled(qtbot, composer) -> None:
    """Wait for the column's rows to be laid out at its width (the wrapped rows' heights included)."""
    column = composer.splitter.widget(0).widget()
    qtbot.waitUntil(lambda: column.height() >= column.heightForWidth(column.width()), timeout=10_000)


@pytest.mark.parametrize("pseudo", ["", "long"])
@pytest.mark.parametrize("size", [(1024, 700), (1280, 800), (1440, 900)])
def test_a_waiting_repeating_post_leaves_the_previews_their_share(make, qtbot, qapp, size, pseudo) -> None:
    from postdesk.ui.i18n import PseudoTranslator

    translator = PseudoTranslator()
    if pseudo:
        qapp.installTranslator(translator)
    try:
        b = make()
        post_id, _tid = seed(b, TargetState.DUE)
        QueuesRepository(b.database).set_repeat(post_id, 7, 3, False, (), "UTC", NOW)
        b.window.resize(*size)
        b.window.show()
        b.window.show_pane("composer")
        b.bridge.sink(ConnectivityChanged(online=False))
        composer = open_in_composer(b, qtbot, post_id)
        repeat = composer.queue.repeat
        qtbot.waitUntil(lambda: repeat.stop_button.isVisibleTo(composer), timeout=10_000)
        controls = composer.controls
        buttons: list[QPushButton] = [
            controls.pause_button,
            controls.reschedule_button,
            controls.cancel_button,
            controls.delete_button,
            composer.queue.button,
            repeat.repeat_button,
            repeat.stop_button,
        ]
        qtbot.waitUntil(lambda: all(button.isVisibleTo(composer) for button in buttons), timeout=10_000)
        qtbot.waitUntil(lambda: composer.tabs.width() >= 300)
        settled(qtbot, composer)
        sizes = composer.splitter.sizes()
        assert sizes[1] >= 0.4 * sum(sizes), sizes
        # Nothing cut: each button gets at least its own width, inside the column.
        left = composer.splitter.widget(0)
        for button in buttons:
            assert button.width() >= button.minimumSizeHint().width(), button.text()
            right_edge = button.mapTo(left, button.rect().topRight()).x()
            assert button.mapTo(left, button.rect().topLeft()).x() >= 0 and right_edge <= left.width(), button.text()
        # Nothing pressed into another: each row has the height its wrapped lines need.
        for row in (composer.bar, repeat.row, controls):
            assert row.height() >= row.heightForWidth(row.width()), row
        assert (
            repeat.label.mapTo(left, repeat.label.rect().topLeft()).y()
            >= repeat.stop_button.mapTo(left, repeat.stop_button.rect().bottomLeft()).y()
        )
    finally:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("mode", ["light", "dark", "long", "rtl"])
def test_screenshot_the_left_column_with_its_controls(make, qtbot, qapp, mode) -> None:
    from PySide6.QtCore import Qt

    from postdesk.ui import theme
    from postdesk.ui.i18n import PseudoTranslator

    translator = PseudoTranslator()
    if mode in ("long", "rtl"):
        qapp.installTranslator(translator)
    if mode == "rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        b = make()
        theme.apply_theme(qapp, "dark" if mode == "dark" else "light")  # after the window applied the stored one
        post_id, _tid = seed(b, TargetState.DUE)
        QueuesRepository(b.database).set_repeat(post_id, 7, 3, False, (), "UTC", NOW)
        b.window.resize(1024, 700)
        b.window.show()
        b.window.show_pane("composer")
        b.bridge.sink(ConnectivityChanged(online=False))
        composer = open_in_composer(b, qtbot, post_id)
        qtbot.waitUntil(lambda: composer.queue.repeat.stop_button.isVisibleTo(composer), timeout=10_000)
        qtbot.waitUntil(lambda: composer.controls.delete_button.isVisibleTo(composer), timeout=10_000)
        settled(qtbot, composer)
        SHOTS.mkdir(exist_ok=True)
        assert b.window.grab().save(str(SHOTS / f"composer-left-column-{mode}.png"))
        # The column's end, scrolled to: every row whole, none pressed into another.
        column = composer.splitter.widget(0)
        column.verticalScrollBar().setValue(column.verticalScrollBar().maximum())
        assert b.window.grab().save(str(SHOTS / f"composer-left-column-{mode}-end.png"))
    finally:
        qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        theme.apply_theme(qapp, "light")
