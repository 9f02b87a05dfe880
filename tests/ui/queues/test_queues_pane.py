"""The Queues pane in the real window: create a queue (weekly times, zone, skipped dates, accounts),
reorder and shuffle its waiting posts, remove a time that posts wait in (the worded question), and
screenshots in light, dark and pseudo-translated (long, right-to-left)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication

from postdesk.core.entities import Post, Target
from postdesk.core.networks import Network
from postdesk.core.slots import QueueSchedule, WeeklySlot
from postdesk.engine.queue import QueueStore
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.repositories.queues import QueueInfo, QueuesRepository
from postdesk.ui import theme
from postdesk.ui.queues.slot_removal import SlotRemovalDialog
from postdesk.ui.queues.view import QueuesPane
from tests.helpers.real_window import build_test_window

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
NOW = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)  # Monday 09:00 in Paris
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")


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


def pane_of(b, qtbot) -> QueuesPane:
    pane = b.panes.queues
    b.window.show_pane("queues")
    qtbot.waitUntil(lambda: pane.zone_box.count() > 100, timeout=10_000)
    return pane


def seed_queue(b, texts=("first", "second", "third")) -> tuple[int, list[int]]:
    accounts = AccountRepository(b.database)
    account = accounts.add(Network.MASTODON, "@me@example.social", now=NOW, instance_url=None).id
    queue = QueuesRepository(b.database).save(
        QueueInfo(
            None,
            QueueSchedule(
                "Weekday mornings", "Europe/Paris", (WeeklySlot(1, dt.time(9)), WeeklySlot(3, dt.time(17, 30)))
            ),
        ),
        NOW,
    )
    posts = []
    for text in texts:
        post = (
            PostRepository(b.database)
            .save(Post(parts=(text,), targets=(Target(Network.MASTODON, account),)), now=NOW)
            .id
        )
        QueueStore(b.database).add_to_queue(post, queue, NOW)
        posts.append(post)
    return queue, posts


def waiting_texts(pane: QueuesPane) -> list[str]:
    return [pane.posts_model.post(r).text for r in range(pane.posts_model.rowCount())]


def test_create_a_queue_with_times_zone_skipped_dates_and_accounts(make, qtbot) -> None:
    b = make()
    AccountRepository(b.database).add(Network.BLUESKY, "me.bsky.social", now=NOW, instance_url=None)
    b.panes.queues.reload()
    pane = pane_of(b, qtbot)
    qtbot.waitUntil(lambda: pane.accounts_list.count() == 1, timeout=5_000)
    assert pane.empty_hint.isVisibleTo(pane)
    pane.new_button.click()
    pane.save_button.click()
    assert "name" in pane.problem.text()
    qtbot.keyClicks(pane.name_edit, "Evenings")
    pane.save_button.click()
    assert "weekly time" in pane.problem.text()
    pane.day_box.setCurrentIndex(1)
    pane.time_edit.setTime(QTime(18, 15))
    pane.add_slot_button.click()
    pane.day_box.setCurrentIndex(4)
    pane.add_slot_button.click()
    pane.zone_box.setCurrentText("America/New_York")
    pane.excluded_edit.setDate(QDate(2026, 12, 25))
    pane.add_date_button.click()
    pane.accounts_list.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(pane.queues_changed, timeout=5_000):
        pane.save_button.click()
    (saved,) = QueuesRepository(b.database).queues()
    assert saved.schedule.name == "Evenings" and saved.schedule.zone == "America/New_York"
    assert set(saved.schedule.slots) == {WeeklySlot(1, dt.time(18, 15)), WeeklySlot(4, dt.time(18, 15))}
    assert saved.schedule.excluded == {dt.date(2026, 12, 25)} and len(saved.accounts) == 1
    qtbot.waitUntil(lambda: pane.list_model.rowCount() == 1 and not pane.empty_hint.isVisibleTo(pane), timeout=5_000)
    # A second queue of the same name is refused, in words.
    pane.new_button.click()
    qtbot.keyClicks(pane.name_edit, "Evenings")
    pane.add_slot_button.click()
    pane.save_button.click()
    qtbot.waitUntil(lambda: "already called" in pane.problem.text(), timeout=5_000)


def test_reorder_with_the_keyboard_and_shuffle(make, qtbot) -> None:
    b = make()
    _queue, posts = seed_queue(b)
    pane = pane_of(b, qtbot)
    pane.reload()
    qtbot.waitUntil(lambda: waiting_texts(pane) == ["first", "second", "third"], timeout=5_000)
    slots = [pane.posts_model.post(r).slot_at for r in range(3)]
    b.window.show()
    b.window.activateWindow()
    qtbot.waitActive(b.window)
    pane.posts_view.setFocus()
    pane.posts_view.selectRow(2)
    with qtbot.waitSignal(pane.queues_changed, timeout=5_000):
        qtbot.keyClick(pane.posts_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: waiting_texts(pane) == ["first", "third", "second"], timeout=5_000)
    assert PostRepository(b.database).get(posts[2]).scheduled_at == slots[1]
    assert pane.posts_view.currentIndex().row() == 1  # the moved post stays chosen
    pane.down_button.click()
    qtbot.waitUntil(lambda: waiting_texts(pane) == ["first", "second", "third"], timeout=5_000)
    with qtbot.waitSignal(pane.queues_changed, timeout=5_000):
        pane.shuffle_button.click()
    qtbot.waitUntil(lambda: "Shuffled" in pane.notice.text(), timeout=5_000)
    assert sorted(waiting_texts(pane)) == ["first", "second", "third"]
    assert [pane.posts_model.post(r).slot_at for r in range(3)] == slots  # same times, new order


def test_removing_a_time_posts_wait_in_asks_and_moves_them(make, qtbot) -> None:
    b = make()
    seed_queue(b)
    pane = pane_of(b, qtbot)
    pane.reload()
    qtbot.waitUntil(lambda: pane.slots_model.rowCount() == 2 and pane.posts_model.rowCount() == 3, timeout=5_000)
    pane.slots_view.selectRow(0)  # Tuesday 09:00: "first" and "third" wait in it
    pane.remove_slot_button.click()
    qtbot.waitUntil(lambda: isinstance(pane.dialog, SlotRemovalDialog), timeout=5_000)
    dialog = pane.dialog
    assert "2" in dialog.text() and QTime(9, 0).toString("H") in dialog.text()
    dialog.move_button.click()
    qtbot.waitUntil(lambda: "moved" in pane.notice.text(), timeout=5_000)
    assert pane.slots_model.rowCount() == 1
    qtbot.waitUntil(lambda: waiting_texts(pane) == ["second", "first", "third"], timeout=5_000)
    assert all(p.slot_at.astimezone(dt.UTC).weekday() == 3 for p in (pane.posts_model.post(r) for r in range(3)))


def test_every_control_has_an_accessible_name(make, qtbot) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QHeaderView

    pane = pane_of(make(), qtbot)
    for kind in (QAbstractButton, QAbstractItemView, QComboBox, QAbstractSpinBox):
        for widget in pane.findChildren(kind):
            if not widget.isVisibleTo(pane) or isinstance(widget, QHeaderView) or widget.inherits("QTableCornerButton"):
                continue
            assert widget.accessibleName(), widget


def test_models_pass_qtmodeltester(make, qtbot, qtmodeltester: Any) -> None:
    b = make()
    seed_queue(b)
    pane = pane_of(b, qtbot)
    pane.reload()
    qtbot.waitUntil(lambda: pane.posts_model.rowCount() == 3, timeout=5_000)
    for model in (pane.list_model, pane.slots_model, pane.posts_model):
        qtmodeltester.check(model)


def _shoot(b, qtbot, name: str) -> None:
    seed_queue(b)
    pane = pane_of(b, qtbot)
    pane.reload()
    qtbot.waitUntil(lambda: pane.posts_model.rowCount() == 3, timeout=5_000)
    b.window.resize(1100, 760)
    b.window.show()
    qtbot.waitExposed(b.window)
    for _ in range(3):
        QApplication.processEvents()
    SHOTS.mkdir(exist_ok=True)
    path = SHOTS / f"queues-{name}.png"
    assert b.window.grab().save(str(path))
    assert path.stat().st_size > 10_000


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_screenshot(make, qtbot, qapp, mode: str) -> None:
    b = make()
    theme.apply_theme(qapp, mode)
    _shoot(b, qtbot, mode)


@pytest.mark.parametrize("pseudo", ["long", "rtl"])
def test_screenshot_pseudo_localised(make, qtbot, qapp, pseudo: str) -> None:
    from postdesk.ui.i18n import PseudoTranslator

    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    if pseudo == "rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        b = make()
        assert b.panes.queues.save_button.text().startswith("[")
        _shoot(b, qtbot, f"pseudo-{pseudo}")
    finally:
        qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_pseudo_translation_stretches_our_q_contexts_and_keeps_qt_own_strings() -> None:
    """Regression: contexts such as QueuesPane were taken for Qt's own and blanked, and Qt's own
    strings (the dialogs' Cancel) came back empty instead of as they are."""
    from postdesk.ui.i18n import PseudoTranslator

    pseudo = PseudoTranslator()
    assert pseudo.translate("QueuesPane", "&Save queue").startswith("[&Save queue ")
    assert pseudo.translate("QPlatformTheme", "Cancel") == "Cancel"
