"""The composer's Add to queue (the slot shown before confirming, then taken through the engine) and
Repeat (every N weeks, forever, variations; Stop repeating), in the real window; screenshots of the
confirmation in light, dark and pseudo-translated."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from postdesk.core.entities import TargetState
from postdesk.core.slots import QueueSchedule, WeeklySlot
from postdesk.engine.queue import QueueStore
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.repositories.queues import QueueInfo, QueuesRepository
from postdesk.ui import theme
from postdesk.ui.composer.queue_button import AddToQueueDialog
from postdesk.ui.composer.repeat_editor import RepeatDialog
from tests.ui.test_engine_reach import NOW, make, open_in_composer, seed  # noqa: F401 (fixture)

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")


def with_store_queue(b):
    """The recording engine's add_to_queue does what the engine does: the store's own rule."""

    async def add_to_queue(post_id, schedule_id):
        b.engine_calls.calls.append(("add_to_queue", (post_id, schedule_id)))
        return QueueStore(b.database).add_to_queue(post_id, schedule_id, NOW)

    b.engine_calls.add_to_queue = add_to_queue


def queue(b, name="Mornings", zone="Europe/Paris", accounts=()):
    return QueuesRepository(b.database).save(
        QueueInfo(
            None,
            QueueSchedule(name, zone, (WeeklySlot(2, dt.time(9)), WeeklySlot(4, dt.time(18))), frozenset()),
            tuple(accounts),
        ),
        NOW,
    )


def open_dialog(b, qtbot, post_id):
    composer = open_in_composer(b, qtbot, post_id)
    composer.refresh_now()
    assert composer.queue.button.isEnabled()
    composer.queue.button.click()
    qtbot.waitUntil(lambda: isinstance(composer.queue.dialog, AddToQueueDialog), timeout=10_000)
    return composer, composer.queue.dialog


def test_add_to_queue_shows_the_slot_then_the_composer_takes_it(make, qtbot) -> None:
    b = make()
    with_store_queue(b)
    post_id, _tid = seed(b, TargetState.DRAFT, at=None)
    queue(b, "Evenings", "America/New_York")
    morning = queue(b)
    composer, dialog = open_dialog(b, qtbot, post_id)
    assert dialog.queue_box.count() == 2
    dialog.queue_box.setCurrentIndex(1)  # by name: Evenings, Mornings
    # Tuesday 10 March 2026 12:00 UTC: the next Wednesday 09:00 in Paris is the 11th.
    assert "Wednesday" in dialog.slot_label.text() and "11" in dialog.slot_label.text()
    assert "Europe/Paris" in dialog.slot_label.text()
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: ("add_to_queue", (post_id, morning)) in b.engine_calls.calls, timeout=10_000)
    slot = dt.datetime(2026, 3, 11, 8, 0, tzinfo=dt.UTC)
    assert PostRepository(b.database).get(post_id).scheduled_at == slot
    qtbot.waitUntil(lambda: composer.current_post().scheduled_at == slot, timeout=10_000)
    assert "Mornings" in composer.queue.note.text()


def test_a_queue_for_other_accounts_is_not_offered_and_no_queue_leads_to_queues(make, qtbot) -> None:
    b = make()
    post_id, _tid = seed(b, TargetState.DRAFT, at=None)
    queue(b, accounts=(999,))
    composer = open_in_composer(b, qtbot, post_id)
    composer.refresh_now()
    composer.queue.button.click()
    qtbot.waitUntil(lambda: b.window.current_pane() == "queues", timeout=10_000)
    assert composer.queue.dialog is None
    assert "No queue serves these accounts" in composer.queue.note.text()


def test_add_to_queue_is_refused_like_schedule(make, qtbot) -> None:
    b = make()
    post_id, _tid = seed(b, TargetState.DRAFT, at=None, text="")
    queue(b)
    composer = open_in_composer(b, qtbot, post_id)
    composer.refresh_now()
    assert not composer.schedule_button.isEnabled()
    assert not composer.queue.button.isEnabled()


def test_repeat_every_two_weeks_forever_with_variations_then_stop(make, qtbot) -> None:
    b = make()
    post_id, _tid = seed(b, TargetState.SCHEDULED)
    composer = open_in_composer(b, qtbot, post_id)
    repeat = composer.queue.repeat
    qtbot.waitUntil(lambda: repeat.repeat_button.isEnabled(), timeout=10_000)
    assert not repeat.stop_button.isVisibleTo(composer)
    repeat.repeat_button.click()
    dialog = repeat.dialog
    assert isinstance(dialog, RepeatDialog)
    dialog.every_spin.setValue(2)
    dialog.unit_box.setCurrentIndex(1)
    dialog.forever_radio.setChecked(True)
    dialog.add_variation("Hello again, reach")
    dialog.add_variation("Reach, once more")
    SHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "repeat-dialog-light.png"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "until you stop it" in repeat.label.text(), timeout=10_000)
    assert "2 week" in repeat.label.text() and "2 variation" in repeat.label.text()
    info = QueuesRepository(b.database).repeat_of(post_id)
    assert info.every_days == 14 and info.forever and info.variations == ("Hello again, reach", "Reach, once more")
    assert repeat.stop_button.isVisibleTo(composer)
    repeat.stop_button.click()
    qtbot.waitUntil(lambda: QueuesRepository(b.database).repeat_of(post_id).stopped, timeout=10_000)
    qtbot.waitUntil(lambda: "stopped" in repeat.label.text(), timeout=10_000)
    assert not repeat.stop_button.isVisibleTo(composer)


def _shoot_dialog(b, qtbot, name: str) -> None:
    post_id, _tid = seed(b, TargetState.DRAFT, at=None)
    queue(b)
    queue(b, "Weekend", "UTC")
    _composer, dialog = open_dialog(b, qtbot, post_id)
    b.window.resize(1100, 760)
    b.window.show()
    qtbot.waitExposed(b.window)
    for _ in range(3):
        QApplication.processEvents()
    SHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SHOTS / f"add-to-queue-{name}.png"))
    assert b.window.grab().save(str(SHOTS / f"composer-queue-row-{name}.png"))


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_screenshot_confirmation(make, qtbot, qapp, mode: str) -> None:
    b = make()
    theme.apply_theme(qapp, mode)
    _shoot_dialog(b, qtbot, mode)


@pytest.mark.parametrize("pseudo", ["long", "rtl"])
def test_screenshot_confirmation_pseudo(make, qtbot, qapp, pseudo: str) -> None:
    from postdesk.ui.i18n import PseudoTranslator

    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    if pseudo == "rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        b = make()
        assert b.panes.composer.queue.button.text().startswith("[")
        _shoot_dialog(b, qtbot, f"pseudo-{pseudo}")
    finally:
        qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
