"""The calendar and queues/repeats, in the real window: repeating posts are marked and can be stopped
from the menu; a free queue slot is drawn, clicking it starts a post there, and dropping a draft on it
puts the draft in the queue at that time."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData
from sqlmodel import select

from postdesk.core.calendar import EntryStatus
from postdesk.core.entities import TargetState
from postdesk.core.slots import QueueSchedule, WeeklySlot
from postdesk.engine.queue import QueueStore
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.repositories.queues import QueueInfo, QueuesRepository
from postdesk.store.tables import PostRow, TargetRow
from postdesk.ui.calendar.queue_slots import REPEAT_MARK
from tests.ui.test_engine_reach import NOW, calendar_of, entry_of, make, menu_action, seed  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")
#: NOW is Tuesday 10 March 2026 12:00 UTC; the queue's slot is Wednesday 09:00 UTC.
SLOT = dt.datetime(2026, 3, 11, 9, 0, tzinfo=dt.UTC)


def a_queue(b) -> int:
    return QueuesRepository(b.database).save(
        QueueInfo(None, QueueSchedule("Mornings", "UTC", (WeeklySlot(2, dt.time(9)),))), NOW
    )


def test_a_repeating_post_is_marked_and_stopped_from_the_menu(make, qtbot) -> None:
    b = make()
    post_id, _tid = seed(b, TargetState.SCHEDULED)
    plain_id, _ = seed(b, TargetState.SCHEDULED, text="Once only")
    QueuesRepository(b.database).set_repeat(post_id, 7, 2, False, ("Hello again",), "UTC", NOW)
    # Two reposts already made from an earlier publication of the series wait in the calendar too.
    with b.database.session() as session:
        for target in session.exec(select(TargetRow).where(TargetRow.post_id == post_id)).all():
            target.state = TargetState.PUBLISHED.value
            session.add(target)
    made = QueueStore(b.database).after_published(post_id, NOW)
    assert len(made) == 2
    calendar = calendar_of(b, qtbot)
    calendar.go_to(NOW.date() + dt.timedelta(days=7))
    qtbot.waitUntil(lambda: any(e.post_id == made[0] for e in calendar.entries()), timeout=10_000)
    repost = entry_of(calendar, made[0])
    assert repost.summary.startswith(REPEAT_MARK) and "Hello again" in repost.summary
    calendar.go_to(NOW.date())
    qtbot.waitUntil(lambda: any(e.post_id == plain_id for e in calendar.entries()), timeout=10_000)
    assert not menu_action(calendar, plain_id, "stop_repeating").isEnabled()
    assert not entry_of(calendar, plain_id).summary.startswith(REPEAT_MARK)
    calendar.go_to(NOW.date() + dt.timedelta(days=7))
    qtbot.waitUntil(lambda: any(e.post_id == made[0] for e in calendar.entries()), timeout=10_000)
    action = menu_action(calendar, made[0], "stop_repeating")
    assert action.isEnabled() and action.text() == "Stop repeating"
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        action.trigger()
    assert QueuesRepository(b.database).repeat_of(post_id).stopped
    qtbot.waitUntil(lambda: "2 repeat" in calendar.notice_text(), timeout=10_000)
    with b.database.read_session() as session:
        assert all(session.get(PostRow, p).deleted_at is not None for p in made)


def test_a_free_slot_is_drawn_and_clicking_it_starts_a_post_there(make, qtbot) -> None:
    b = make()
    a_queue(b)
    calendar = calendar_of(b, qtbot)
    slots = [e for e in calendar.entries() if e.status is EntryStatus.QUEUE_SLOT]
    assert [e.instant for e in slots][:1] == [SLOT] and slots[0].slot_name == "Mornings"
    composer = b.panes.composer
    qtbot.waitUntil(lambda: composer.is_loaded, timeout=10_000)
    calendar.month_view.entry_activated.emit(slots[0])
    qtbot.waitUntil(lambda: b.window.current_pane() == "composer", timeout=10_000)
    qtbot.waitUntil(lambda: composer.picked_instant() == SLOT, timeout=10_000)  # preset; still a draft


def test_dropping_a_draft_on_a_free_slot_queues_it_there(make, qtbot) -> None:
    b = make()
    queue = a_queue(b)
    post_id, tid = seed(b, TargetState.DRAFT, at=None)
    calendar = calendar_of(b, qtbot)
    model = calendar.week_model
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        calendar.set_view(calendar.view_kind.WEEK)
    qtbot.waitUntil(
        lambda: any(model.cell_date(0, c) == SLOT.date() for c in range(model.columnCount())), timeout=10_000
    )
    mime = calendar.drafts_model.mimeData([calendar.drafts_model.index(0, 0)])
    assert isinstance(mime, QMimeData)
    column = next(c for c in range(model.columnCount()) if model.cell_date(0, c) == SLOT.date())
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        assert model.dropMimeData(mime, model.supportedDropActions(), -1, -1, model.index(9, column))
    assert PostRepository(b.database).get(post_id).scheduled_at == SLOT
    assert [q.post_id for q in QueuesRepository(b.database).queued(queue, NOW)] == [post_id]
    with b.database.read_session() as session:
        assert session.get(TargetRow, tid).state == TargetState.SCHEDULED.value
    assert "Mornings" in calendar.notice_text()
