"""The composer's "Suggested times" through the real window (issue 13.9): the creator's best weekdays and
hours from seeded metrics, in the app's zone and locale; choosing one sets the picker; too little data
says so; screenshots in light, dark and pseudo-translated (long, right-to-left)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

from postdesk.core.networks import Network
from postdesk.store.db import open_database
from postdesk.ui import theme
from tests.helpers.insights_data import account, publish, snapshot
from tests.helpers.real_window import build_test_window

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
NOW = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)  # Monday 09:00 in Paris
# The offscreen platform says these when a window or a popup menu shows; no fault of the pane.
pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "systemTrayWindowChanged", "does not support raise", "does not support grabbing"
)


def seed(paths, tuesdays: int = 3, mondays: int = 3) -> None:
    """Posts on Tuesdays at 18:00 Paris did well; on Mondays at 09:00, less so."""
    db = open_database(paths)
    try:
        acc = account(db, Network.BLUESKY, "alice.bsky.social", NOW - dt.timedelta(days=90))
        for week in range(1, tuesdays + 1):
            at = dt.datetime(2026, 2, 24, 17, 0, tzinfo=dt.UTC) - dt.timedelta(weeks=week - 1)
            snapshot(db, publish(db, Network.BLUESKY, acc, at, f"tuesday {week}"), at + dt.timedelta(days=1), likes=80)
        for week in range(1, mondays + 1):
            at = dt.datetime(2026, 2, 23, 8, 0, tzinfo=dt.UTC) - dt.timedelta(weeks=week - 1)
            snapshot(db, publish(db, Network.BLUESKY, acc, at, f"monday {week}"), at + dt.timedelta(days=1), likes=5)
    finally:
        db.close()


@pytest.fixture
def make(qtbot, paths, qapp):
    built: list = []

    def build():
        b = build_test_window(paths, qapp, qtbot, NOW)
        built.append(b)
        return b

    yield build
    for b in built:
        b.close()
    theme.apply_theme(qapp, "light")


def choose_zone(b, qtbot, name: str):
    settings = b.panes.settings
    index = settings.zone_box.findText(name)
    assert index >= 0, name
    settings.zone_box.setCurrentIndex(index)
    settings.zone_box.activated.emit(index)
    part = b.panes.composer.bar.best_times
    qtbot.waitUntil(lambda: part.suggestions is not None and b.panes.composer.time_zone() == name, timeout=10_000)
    return part


def picked(composer) -> dt.datetime:
    value = composer.when_edit.dateTime()
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def test_suggested_times_come_from_the_creators_own_metrics_in_the_apps_zone(make, qtbot, paths) -> None:
    seed(paths)
    b = make()
    composer = b.panes.composer
    qtbot.waitUntil(lambda: composer.is_loaded, timeout=10_000)
    with qtbot.waitSignal(composer.bar.best_times.loaded, timeout=10_000):
        part = choose_zone(b, qtbot, "Europe/Paris")
    part.menu.aboutToShow.emit()
    assert part.entries() == [
        "Your best times, from 6 published posts (Europe/Paris):",
        "Tuesday at 18:00 (next: Tue 3 Mar 2026)",
        "Monday at 09:00 (next: Mon 9 Mar 2026)",
    ]
    # The same history in Tokyo's hours: Tuesday 18:00 in Paris is Wednesday 02:00 there.
    with qtbot.waitSignal(part.loaded, timeout=10_000):
        choose_zone(b, qtbot, "Asia/Tokyo")
    part.menu.aboutToShow.emit()
    assert part.entries()[1].startswith("Wednesday at 02:00")

    with qtbot.waitSignal(part.loaded, timeout=10_000):
        choose_zone(b, qtbot, "Europe/Paris")
    part.menu.aboutToShow.emit()
    with qtbot.waitSignal(composer.when_edit.dateTimeChanged, timeout=5_000):
        part.menu.actions()[1].trigger()  # as a user edit: the composer hears of it
    assert picked(composer) == dt.datetime(2026, 3, 3, 18, 0)
    assert composer.bar.picked_instant() == dt.datetime(2026, 3, 3, 17, 0, tzinfo=dt.UTC)


def test_too_little_data_says_so(make, qtbot, paths) -> None:
    seed(paths, tuesdays=2, mondays=1)
    b = make()
    part = choose_zone(b, qtbot, "Europe/Paris")
    qtbot.waitUntil(lambda: part.suggestions is not None and part.suggestions.posts == 3, timeout=10_000)
    part.menu.aboutToShow.emit()
    [note] = part.menu.actions()
    assert not note.isEnabled()
    assert note.text() == (
        "Not enough to go on yet: Postdesk suggests times once it has read the likes and replies of"
        " 5 of your published posts (3 so far)."
    )


def test_keyboard_reaches_the_button_after_the_time_picker_and_it_follows_the_picker(make, qtbot) -> None:
    b = make()
    bar = b.panes.composer.bar
    qtbot.waitUntil(lambda: b.panes.composer.is_loaded and bar.when_edit.isEnabled(), timeout=10_000)
    following = bar.when_edit.nextInFocusChain()
    while bar.when_edit.isAncestorOf(following) or not following.focusPolicy() & Qt.FocusPolicy.TabFocus:
        following = following.nextInFocusChain()  # past the picker's own line edit
    assert following is bar.best_times.button
    assert following.nextInFocusChain() is bar.schedule_button
    assert bar.best_times.button.accessibleName().startswith("Suggested times")
    assert bar.best_times.button.isEnabled()
    bar.when_edit.setEnabled(False)  # a published post: no time to pick, nothing to suggest
    assert not bar.best_times.button.isEnabled()
    bar.when_edit.setEnabled(True)
    assert bar.best_times.button.isEnabled()


def _shoot(b, qtbot, name: str) -> None:
    composer = b.panes.composer
    qtbot.waitUntil(lambda: composer.is_loaded, timeout=10_000)
    composer.new_post()  # the last post opened is a published one: its time cannot be picked
    part = choose_zone(b, qtbot, "Europe/Paris")
    qtbot.waitUntil(lambda: part.suggestions is not None and part.suggestions.enough, timeout=10_000)
    qtbot.waitUntil(lambda: part.button.isEnabled(), timeout=10_000)
    b.window.resize(1200, 780)
    b.window.show()
    b.window.show_pane("composer")
    qtbot.waitExposed(b.window)
    button = part.button
    part.menu.popup(button.mapToGlobal(QPoint(0, button.height())))
    qtbot.waitExposed(part.menu)
    for _ in range(3):
        QApplication.processEvents()
    shot = b.window.grab()
    painter = QPainter(shot)
    # Offscreen, the popup's own position is not the window's: draw it under the button.
    at = button.mapTo(b.window, QPoint(0, button.height()))
    if b.window.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        at.setX(at.x() + button.width() - part.menu.width())
    painter.drawPixmap(at, part.menu.grab())
    painter.end()
    part.menu.hide()
    SHOTS.mkdir(exist_ok=True)
    path = SHOTS / f"best-times-{name}.png"
    assert shot.save(str(path))
    assert path.stat().st_size > 10_000


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_screenshot(make, qtbot, qapp, paths, mode: str) -> None:
    seed(paths)
    b = make()
    theme.apply_theme(qapp, mode)
    _shoot(b, qtbot, mode)


@pytest.mark.parametrize("pseudo", ["long", "rtl"])
def test_screenshot_pseudo_localised(make, qtbot, qapp, paths, pseudo: str) -> None:
    from postdesk.ui.i18n import PseudoTranslator

    seed(paths)
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    if pseudo == "rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        b = make()
        assert b.panes.composer.bar.best_times.button.text().startswith("[")
        _shoot(b, qtbot, f"pseudo-{pseudo}")
    finally:
        qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
