"""UI tests of the calendar pane against a real migrated store, with an injected clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMenu

from postdesk.core.calendar import CalendarFilter, EntryStatus, ViewKind
from postdesk.core.entities import TargetState
from postdesk.core.networks import Network
from postdesk.core.slots import QueueSchedule, WeeklySlot
from postdesk.paths import Paths
from postdesk.store.db import Database
from postdesk.store.repositories import PostRepository
from postdesk.store.repositories.calendar import CalendarRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.calendar import CalendarPane
from postdesk.ui.calendar.models import (
    DATE_ROLE,
    IS_TODAY_ROLE,
    AgendaModel,
    DraftsModel,
    MonthModel,
    WeekModel,
    encode_post,
)
from tests.ui.calendar.test_calendar_support import SEED_NOW, RecordingActions, add_post, local, open_store

BERLIN = "Europe/Berlin"

# The offscreen platform plugin says this on every show(); it is not about our code.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def db(paths: Paths) -> Iterator[Database]:
    database = open_store(paths)
    yield database
    database.close()


@pytest.fixture
def runner() -> Iterator[BackgroundRunner]:
    background = BackgroundRunner()
    yield background
    background.shutdown()


@pytest.fixture
def actions() -> RecordingActions:
    return RecordingActions()


@pytest.fixture
def make_pane(qtbot, db, runner, actions):  # type: ignore[no-untyped-def]
    def make(zone: str = BERLIN, now: datetime = SEED_NOW, queues=()) -> CalendarPane:  # type: ignore[no-untyped-def]
        pane = CalendarPane(
            CalendarRepository(db),
            runner,
            actions,
            zone=ZoneInfo(zone),
            now=Clock(now),
            queues=lambda: list(queues),
        )
        qtbot.addWidget(pane)
        pane.resize(1200, 800)
        pane.show()
        with qtbot.waitSignal(pane.loaded):
            pane.start()
        return pane

    return make


def _month_ids(pane: CalendarPane, day: date) -> list[int | None]:
    return [e.post_id for e in pane.month_model.entries_at(pane.month_model.index_of_date(day))]


def _stored(db: Database, post_id: int) -> datetime | None:
    entry = CalendarRepository(db).entry(post_id)
    assert entry is not None
    return entry.instant


# --- each view shows seeded posts in the right cells -------------------------------------------


def test_month_view_places_posts_on_their_local_day(db, make_pane) -> None:  # type: ignore[no-untyped-def]
    late = add_post(db, "after midnight in Berlin", datetime(2025, 3, 3, 23, 30, tzinfo=UTC))
    morning = add_post(db, "morning", local(date(2025, 3, 12), time(9), BERLIN))
    pane = make_pane()
    assert pane.view_kind is ViewKind.MONTH and pane.anchor == date(2025, 3, 20)
    assert _month_ids(pane, date(2025, 3, 4)) == [late]
    assert _month_ids(pane, date(2025, 3, 3)) == []
    assert _month_ids(pane, date(2025, 3, 12)) == [morning]
    assert pane.month_model.index_of_date(date(2025, 3, 20)).data(IS_TODAY_ROLE) is True
    assert pane.month_model.index_of_date(date(2025, 3, 21)).data(IS_TODAY_ROLE) is False


def test_another_zone_moves_posts_to_that_zones_day(qtbot, db, make_pane) -> None:  # type: ignore[no-untyped-def]
    late = add_post(db, "after midnight in Berlin", datetime(2025, 3, 3, 23, 30, tzinfo=UTC))
    pane = make_pane()
    with qtbot.waitSignal(pane.loaded):
        pane.set_zone(ZoneInfo("America/New_York"))
    assert _month_ids(pane, date(2025, 3, 3)) == [late]
    assert _month_ids(pane, date(2025, 3, 4)) == []


def test_week_view_places_posts_in_their_hour(qtbot, db, make_pane) -> None:  # type: ignore[no-untyped-def]
    post = add_post(db, "monday quarter past nine", local(date(2025, 3, 17), time(9, 15), BERLIN))
    pane = make_pane()
    with qtbot.waitSignal(pane.loaded):
        pane.set_view(ViewKind.WEEK)
    model = pane.week_model
    assert [e.post_id for e in model.entries_at(model.index(9, 0))] == [post]
    assert model.entries_at(model.index(8, 0)) == []
    # "now" (Thursday 20 March, 11:00 Berlin) is marked in its hour cell.
    from postdesk.ui.calendar.models import NOW_FRACTION_ROLE

    assert model.index(11, 3).data(NOW_FRACTION_ROLE) == 0.0
    assert model.index(10, 3).data(NOW_FRACTION_ROLE) is None


def test_week_view_hatches_the_hour_that_does_not_exist(qtbot, db, make_pane) -> None:  # type: ignore[no-untyped-def]
    from postdesk.ui.calendar.models import IN_GAP_ROLE

    pane = make_pane(now=datetime(2025, 3, 27, 10, tzinfo=UTC))
    with qtbot.waitSignal(pane.loaded):
        pane.set_view(ViewKind.WEEK)
    sunday = 6
    assert pane.week_model.index(2, sunday).data(IN_GAP_ROLE) is True
    assert pane.week_model.index(3, sunday).data(IN_GAP_ROLE) is False
    assert pane.week_model.index(2, 5).data(IN_GAP_ROLE) is False


def test_list_view_lists_the_month_in_time_order(qtbot, db, make_pane) -> None:  # type: ignore[no-untyped-def]
    b = add_post(db, "second", local(date(2025, 3, 25), time(12), BERLIN))
    a = add_post(db, "first", local(date(2025, 3, 2), time(8), BERLIN), state=TargetState.PUBLISHED)
    add_post(db, "april", local(date(2025, 4, 2), time(8), BERLIN))
    pane = make_pane()
    with qtbot.waitSignal(pane.loaded):
        pane.set_view(ViewKind.LIST)
    model = pane.agenda_model
    assert model.rowCount() == 2
    assert [model.entry(r).post_id for r in range(2)] == [a, b]  # type: ignore[union-attr]
    assert model.index(0, AgendaModel.STATUS).data() == "Published"
    assert model.index(1, AgendaModel.TEXT).data() == "second"


def test_empty_queue_slots_are_shown_and_taken_ones_are_not(db, make_pane) -> None:  # type: ignore[no-untyped-def]
    queue = QueueSchedule("Mornings", BERLIN, (WeeklySlot(0, time(8)), WeeklySlot(2, time(8))))
    taken = add_post(db, "in the monday slot", local(date(2025, 3, 24), time(8), BERLIN))
    pane = make_pane(queues=[queue])
    assert _month_ids(pane, date(2025, 3, 24)) == [taken]
    wednesday = pane.month_model.entries_at(pane.month_model.index_of_date(date(2025, 3, 26)))
    assert [(e.post_id, e.status, e.slot_name) for e in wednesday] == [(None, EntryStatus.QUEUE_SLOT, "Mornings")]
    # Slots in the past are not offered.
    assert _month_ids(pane, date(2025, 3, 19)) == []


def test_stored_queue_schedules_are_read_and_shown(db, qtbot, runner, actions) -> None:  # type: ignore[no-untyped-def]
    from postdesk.engine.queue import QueueStore

    store = QueueStore(db)
    mornings = QueueSchedule(
        "Mornings",
        BERLIN,
        (WeeklySlot(2, time(8, 30)), WeeklySlot(0, time(8))),
        excluded=frozenset({date(2025, 3, 31)}),
    )
    store.save_schedule(mornings, SEED_NOW)
    store.save_schedule(QueueSchedule("Evenings", "America/New_York", (WeeklySlot(4, time(19)),)), SEED_NOW)
    repo = CalendarRepository(db)
    read = repo.queue_schedules()
    assert [q.name for q in read] == ["Evenings", "Mornings"]
    assert read[1].zone == BERLIN
    assert sorted(read[1].slots) == sorted(mornings.slots)
    assert read[1].excluded == mornings.excluded
    pane = CalendarPane(repo, runner, actions, zone=ZoneInfo(BERLIN), now=lambda: SEED_NOW, queues=repo.queue_schedules)
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.loaded):
        pane.start()
    wednesday = pane.month_model.entries_at(pane.month_model.index_of_date(date(2025, 3, 26)))
    assert [(e.status, e.slot_name, local_time(e)) for e in wednesday] == [
        (EntryStatus.QUEUE_SLOT, "Mornings", time(8, 30))
    ]
    # The excluded Monday has no slot; the Monday before it does.
    assert pane.month_model.entries_at(pane.month_model.index_of_date(date(2025, 3, 31))) == []
    assert len(pane.month_model.entries_at(pane.month_model.index_of_date(date(2025, 3, 24)))) == 1


def local_time(entry) -> time:  # type: ignore[no-untyped-def]
    assert entry.instant is not None
    at: time = entry.instant.astimezone(ZoneInfo(BERLIN)).time()
    return at


def test_unreadable_queue_schedule_is_skipped(db) -> None:  # type: ignore[no-untyped-def]
    from postdesk.store.tables_engine import QueueScheduleRow

    with db.session() as session:
        session.add(QueueScheduleRow(name="Broken", zone=BERLIN, slots_json='[[9, "08:00"]]', created_at=SEED_NOW))
        session.add(QueueScheduleRow(name="Fine", zone=BERLIN, slots_json='[[1, "10:15"]]', created_at=SEED_NOW))
    assert [(q.name, q.slots) for q in CalendarRepository(db).queue_schedules()] == [
        ("Fine", (WeeklySlot(1, time(10, 15)),))
    ]


# --- drag to reschedule --------------------------------------------------------------------------


def _drop(qtbot, pane: CalendarPane, model, index: QModelIndex, post_id: int) -> None:  # type: ignore[no-untyped-def]
    assert model.canDropMimeData(encode_post(post_id), Qt.DropAction.MoveAction, -1, -1, index)
    with qtbot.waitSignal(pane.loaded, timeout=5000):
        assert model.dropMimeData(encode_post(post_id), Qt.DropAction.MoveAction, -1, -1, index)


def test_drag_across_spring_forward_keeps_nine_oclock(qtbot, db, make_pane, actions) -> None:  # type: ignore[no-untyped-def]
    friday = add_post(db, "friday nine", local(date(2025, 3, 28), time(9), BERLIN))
    assert _stored(db, friday) == datetime(2025, 3, 28, 8, 0, tzinfo=UTC)  # CET, +01:00
    pane = make_pane()
    target = pane.month_model.index_of_date(date(2025, 3, 31))
    _drop(qtbot, pane, pane.month_model, target, friday)
    assert _stored(db, friday) == datetime(2025, 3, 31, 7, 0, tzinfo=UTC)  # 09:00 CEST, +02:00
    assert _month_ids(pane, date(2025, 3, 31)) == [friday]
    assert ("schedule_changed", friday) in actions.calls
    assert pane.notice_text() == ""
    # Undo puts the post back at the very instant it had.
    with qtbot.waitSignal(pane.loaded):
        pane.undo_stack.undo()
    assert _stored(db, friday) == datetime(2025, 3, 28, 8, 0, tzinfo=UTC)
    with qtbot.waitSignal(pane.loaded):
        pane.undo_stack.redo()
    assert _stored(db, friday) == datetime(2025, 3, 31, 7, 0, tzinfo=UTC)


def test_drop_into_the_dst_gap_is_refused_with_an_explanation(qtbot, db, make_pane) -> None:  # type: ignore[no-untyped-def]
    post = add_post(db, "half past two", local(date(2025, 3, 27), time(2, 30), BERLIN))
    pane = make_pane(now=datetime(2025, 3, 26, 12, tzinfo=UTC))
    with qtbot.waitSignal(pane.loaded):
        pane.set_view(ViewKind.WEEK)
    sunday_2am = pane.week_model.index(2, 6)
    assert pane.week_model.dropMimeData(encode_post(post), Qt.DropAction.MoveAction, -1, -1, sunday_2am)
    text = pane.notice_text()
    assert "does not exist" in text and "02:00" in text and "03:00" in text
    assert _stored(db, post) == local(date(2025, 3, 27), time(2, 30), BERLIN)
    assert pane.undo_stack.count() == 0


def test_drop_in_week_view_changes_hour_keeps_minutes(qtbot, db, make_pane) -> None:  # type: ignore[no-untyped-def]
    post = add_post(db, "quarter past", local(date(2025, 3, 21), time(9, 15), BERLIN))
    pane = make_pane()
    with qtbot.waitSignal(pane.loaded):
        pane.set_view(ViewKind.WEEK)
    _drop(qtbot, pane, pane.week_model, pane.week_model.index(14, 5), post)  # Saturday 14:xx
    assert _stored(db, post) == local(date(2025, 3, 22), time(14, 15), BERLIN)


def test_published_post_cannot_be_moved_and_past_days_refuse(qtbot, db, make_pane) -> None:  # type: ignore[no-untyped-def]
    done = add_post(db, "done", local(date(2025, 3, 10), time(9), BERLIN), state=TargetState.PUBLISHED)
    later = add_post(db, "later", local(date(2025, 3, 25), time(9), BERLIN))
    pane = make_pane()
    index = pane.month_model.index_of_date(date(2025, 3, 27))
    assert not (
        pane.month_model.flags(pane.month_model.index_of_date(date(2025, 3, 10))) & Qt.ItemFlag.ItemIsDragEnabled
    )
    pane.month_model.dropMimeData(encode_post(done), Qt.DropAction.MoveAction, -1, -1, index)
    assert "cannot be moved" in pane.notice_text()
    pane.month_model.dropMimeData(
        encode_post(later),
        Qt.DropAction.MoveAction,
        -1,
        -1,
        pane.month_model.index_of_date(date(2025, 3, 12)),
    )
    assert "already passed" in pane.notice_text()
    assert _stored(db, done) == local(date(2025, 3, 10), time(9), BERLIN)
    assert _stored(db, later) == local(date(2025, 3, 25), time(9), BERLIN)


def test_drag_a_draft_onto_the_calendar_schedules_it(qtbot, db, make_pane) -> None:  # type: ignore[no-untyped-def]
    draft = add_post(db, "an idea", None, (Network.MASTODON,), TargetState.DRAFT)
    pane = make_pane()
    assert pane.drafts_model.rowCount() == 1
    mime = pane.drafts_model.mimeData([pane.drafts_model.index(0)])
    target = pane.month_model.index_of_date(date(2025, 3, 25))
    with qtbot.waitSignal(pane.loaded):
        assert pane.month_model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    post = PostRepository(db).get(draft)
    assert post is not None
    assert post.scheduled_at == local(date(2025, 3, 25), time(9), BERLIN)
    assert post.scheduled_zone == BERLIN
    assert [t.state for t in post.targets] == [TargetState.SCHEDULED]
    assert pane.drafts_model.rowCount() == 0
    with qtbot.waitSignal(pane.loaded):
        pane.undo_stack.undo()
    post = PostRepository(db).get(draft)
    assert post is not None and post.scheduled_at is None
    assert [t.state for t in post.targets] == [TargetState.DRAFT]


# --- filters -------------------------------------------------------------------------------------


def test_filters_and_search(qtbot, db, make_pane) -> None:  # type: ignore[no-untyped-def]
    day = date(2025, 3, 25)
    a = add_post(db, "Album launch", local(day, time(9), BERLIN), (Network.BLUESKY,), tags=("launch",))
    b = add_post(db, "Tour dates", local(day, time(12), BERLIN), (Network.X, Network.MASTODON))
    c = add_post(db, "Old news", local(date(2025, 3, 5), time(9), BERLIN), (Network.X,), TargetState.FAILED)
    pane = make_pane()
    assert _month_ids(pane, day) == [a, b]
    pane.set_filter(CalendarFilter(networks=frozenset({Network.X})))
    assert _month_ids(pane, day) == [b] and _month_ids(pane, date(2025, 3, 5)) == [c]
    pane.set_filter(CalendarFilter(statuses=frozenset({EntryStatus.FAILED})))
    assert _month_ids(pane, day) == [] and _month_ids(pane, date(2025, 3, 5)) == [c]
    pane.set_filter(CalendarFilter(tags=frozenset({"launch"})))
    assert _month_ids(pane, day) == [a]
    pane.set_filter(CalendarFilter())
    qtbot.keyClicks(pane.findChild(type(pane._search), "calendarSearch"), "tour")
    assert _month_ids(pane, day) == [b]
    # The filter menu's actions drive the same filter.
    pane._search.clear()
    action = next(
        a
        for a in pane._filter_menu.findChildren(type(pane._undo_action))
        if a.objectName() == "filter:networks:bluesky"
    )
    action.trigger()
    assert pane.filter.networks == frozenset({Network.BLUESKY})
    assert _month_ids(pane, day) == [a]


# --- keyboard ------------------------------------------------------------------------------------


def test_keyboard_navigation(qtbot, db, make_pane) -> None:  # type: ignore[no-untyped-def]
    post = add_post(db, "friday", local(date(2025, 3, 21), time(10), BERLIN))
    pane = make_pane()
    view = pane.month_view
    view.setFocus()
    assert view.currentIndex().data(DATE_ROLE) == date(2025, 3, 20)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.currentIndex().data(DATE_ROLE) == date(2025, 3, 21)
    with qtbot.waitSignal(pane.open_post) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [post]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    with qtbot.waitSignal(pane.compose_at) as composed:
        qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert composed.args == [local(date(2025, 3, 28), time(9), BERLIN)]
    with qtbot.waitSignal(pane.loaded):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert pane.anchor.month == 4 and pane._title.text() == "April 2025"
    with qtbot.waitSignal(pane.loaded):
        qtbot.keyClick(view, Qt.Key.Key_PageUp)
    with qtbot.waitSignal(pane.loaded):
        qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert pane.anchor.month == 2
    with qtbot.waitSignal(pane.loaded):
        qtbot.keyClick(view, Qt.Key.Key_T)
    assert pane.anchor == date(2025, 3, 20)
    with qtbot.waitSignal(pane.loaded):
        qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert pane.view_kind is ViewKind.WEEK
    with qtbot.waitSignal(pane.loaded):
        qtbot.keyClick(pane.week_view, Qt.Key.Key_PageDown)
    assert pane.anchor == date(2025, 3, 27)
    with qtbot.waitSignal(pane.loaded):
        qtbot.keyClick(pane.week_view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert pane.view_kind is ViewKind.LIST


def test_arrow_past_the_month_shows_the_next_month(qtbot, db, make_pane) -> None:  # type: ignore[no-untyped-def]
    pane = make_pane(now=datetime(2025, 3, 31, 10, tzinfo=UTC))
    pane.month_view.setFocus()
    with qtbot.waitSignal(pane.loaded):
        qtbot.keyClick(pane.month_view, Qt.Key.Key_Right)
    assert pane.anchor == date(2025, 4, 1)
    assert pane.month_view.currentIndex().data(DATE_ROLE) == date(2025, 4, 1)


def test_newest_request_wins(qtbot, db, make_pane) -> None:  # type: ignore[no-untyped-def]
    june = add_post(db, "june", local(date(2025, 6, 10), time(9), BERLIN))
    pane = make_pane()
    applied: list[date] = []
    pane.loaded.connect(lambda: applied.append(pane.anchor))
    pane.page(1)
    pane.page(1)
    with qtbot.waitSignal(pane.loaded):
        pane.page(1)
    qtbot.waitUntil(lambda: pane._runner._callbacks == {})
    assert applied == [date(2025, 6, 20)]
    assert _month_ids(pane, date(2025, 6, 10)) == [june]


def test_neighbours_are_prefetched_and_a_reload_drops_them(qtbot, db, make_pane) -> None:  # type: ignore[no-untyped-def]
    pane = make_pane()  # March 2025
    qtbot.waitUntil(lambda: pane._runner._callbacks == {})
    late = add_post(db, "added after the prefetch", local(date(2025, 4, 15), time(9), BERLIN))
    with qtbot.waitSignal(pane.loaded):
        pane.page(1)
    # April came from the prefetch made before the post existed: the pane shows what it loaded.
    assert _month_ids(pane, date(2025, 4, 15)) == []
    with qtbot.waitSignal(pane.loaded):
        pane.reload()  # what the app calls when the store changed
    assert _month_ids(pane, date(2025, 4, 15)) == [late]
    qtbot.waitUntil(lambda: pane._runner._callbacks == {})
    gone = add_post(db, "in may", local(date(2025, 5, 6), time(9), BERLIN))
    with qtbot.waitSignal(pane.loaded):
        pane.reload()
    qtbot.waitUntil(lambda: pane._runner._callbacks == {})
    with qtbot.waitSignal(pane.loaded):
        pane.page(1)
    assert _month_ids(pane, date(2025, 5, 6)) == [gone]
    with qtbot.waitSignal(pane.loaded):
        pane.page(-2)
    assert pane.anchor.month == 3


# --- mouse and context menu ----------------------------------------------------------------------


def test_double_click_empty_cell_composes_and_chip_opens(qtbot, db, make_pane) -> None:  # type: ignore[no-untyped-def]
    post = add_post(db, "tuesday", local(date(2025, 3, 25), time(9), BERLIN))
    pane = make_pane()
    view = pane.month_view
    cell = view.visualRect(pane.month_model.index_of_date(date(2025, 3, 26)))
    with qtbot.waitSignal(pane.compose_at) as composed:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    assert composed.args == [local(date(2025, 3, 26), time(9), BERLIN)]
    chip = view.chip_center(pane.month_model.index_of_date(date(2025, 3, 25)), 0)
    with qtbot.waitSignal(pane.open_post) as opened:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=chip)
    assert opened.args == [post]


def _action(menu: QMenu, name: str):  # type: ignore[no-untyped-def]
    return next(a for a in menu.actions() if a.objectName() == name)


def test_context_menu_actions(qtbot, db, make_pane, actions) -> None:  # type: ignore[no-untyped-def]
    day = date(2025, 3, 25)
    post = add_post(db, "menu me", local(day, time(9), BERLIN), tags=("x",))
    failed = add_post(db, "failed", local(date(2025, 3, 5), time(9), BERLIN), state=TargetState.FAILED)
    pane = make_pane()
    entry = pane.month_model.entries_at(pane.month_model.index_of_date(day))[0]
    menu = pane.build_menu([entry], day, None)
    assert _action(menu, "pause").isEnabled() and not _action(menu, "retry").isEnabled()
    _action(menu, "pause").trigger()
    failed_entry = pane.month_model.entries_at(pane.month_model.index_of_date(date(2025, 3, 5)))[0]
    _action(pane.build_menu([failed_entry], None, None), "retry").trigger()
    assert actions.calls == [("pause", post), ("retry", failed)]
    with qtbot.waitSignal(pane.loaded):
        _action(menu, "duplicate").trigger()
    assert [pane.drafts_model.entry(0).text] == ["menu me"]  # type: ignore[union-attr]
    with qtbot.waitSignal(pane.loaded):
        _action(menu, "delete").trigger()
    assert _month_ids(pane, day) == []
    assert PostRepository(db).is_deleted(post)
    with qtbot.waitSignal(pane.loaded):
        pane.undo_stack.undo()
    assert _month_ids(pane, day) == [post]
    with qtbot.waitSignal(pane.open_post) as opened:
        _action(menu, "open").trigger()
    assert opened.args == [post]
    empty = pane.build_menu([], date(2025, 3, 27), None)
    with qtbot.waitSignal(pane.compose_at):
        _action(empty, "compose").trigger()


# --- models --------------------------------------------------------------------------------------


def test_item_models_pass_qtmodeltester(qtmodeltester, db, make_pane, qtbot) -> None:  # type: ignore[no-untyped-def]
    queue = QueueSchedule("Q", BERLIN, (WeeklySlot(3, time(8)),))
    for k in range(12):
        add_post(db, f"post {k}", local(date(2025, 3, 1 + 2 * k), time(8 + k % 10), BERLIN))
    add_post(db, "draft", None, state=TargetState.DRAFT)
    pane = make_pane(queues=[queue])
    assert isinstance(pane.month_model, MonthModel)
    qtmodeltester.check(pane.month_model, force_py=True)
    with qtbot.waitSignal(pane.loaded):
        pane.set_view(ViewKind.WEEK)
    assert isinstance(pane.week_model, WeekModel)
    qtmodeltester.check(pane.week_model, force_py=True)
    with qtbot.waitSignal(pane.loaded):
        pane.set_view(ViewKind.LIST)
    assert pane.agenda_model.rowCount() > 10
    qtmodeltester.check(pane.agenda_model, force_py=True)
    assert isinstance(pane.drafts_model, DraftsModel)
    qtmodeltester.check(pane.drafts_model, force_py=True)
