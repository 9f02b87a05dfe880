"""Add to queue (next free slot, stored) and evergreen reposts created once after publishing."""

from __future__ import annotations

from datetime import time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import select

from postdesk.core.entities import TargetState as S
from postdesk.core.slots import Evergreen, QueueSchedule, WeeklySlot
from postdesk.store.tables import PostRow, TargetRow
from tests.unit.engine.conftest import T0, Harness, run

PARIS = ZoneInfo("Europe/Paris")


def _queue(h: Harness) -> int:
    from postdesk.engine.queue import QueueStore

    return QueueStore(h.db).save_schedule(
        QueueSchedule(
            name="weekdays",
            zone="Europe/Paris",
            slots=(WeeklySlot(0, time(9)), WeeklySlot(2, time(9))),
        ),
        now=T0,
    )


def _post_of(h: Harness, target_id: int) -> int:
    with h.db.read_session() as s:
        return s.get(TargetRow, target_id).post_id


def test_add_to_queue_takes_the_next_free_slots_in_order(harness: Harness) -> None:
    schedule = _queue(harness)
    a = _post_of(harness, harness.post(None, "a", state=S.DRAFT))
    b = _post_of(harness, harness.post(None, "b", state=S.DRAFT))
    c = _post_of(harness, harness.post(None, "c", state=S.DRAFT))

    async def body() -> list:
        engine = harness.engine()
        await engine.start()
        slots = [await engine.add_to_queue(p, schedule) for p in (a, b, c)]
        await engine.stop()
        return slots

    slots = run(body)
    # T0 is Monday 2026-03-02 10:00 Paris: Monday 09:00 is past
    local = [s.astimezone(PARIS) for s in slots]
    assert [(d.date().isoformat(), d.time()) for d in local] == [
        ("2026-03-04", time(9)),
        ("2026-03-09", time(9)),
        ("2026-03-11", time(9)),
    ]
    with harness.db.read_session() as s:
        assert {r.state for r in s.exec(select(TargetRow)).all()} == {"scheduled"}
    from postdesk.engine.queue import QueueStore

    views = QueueStore(harness.db).slots_between(schedule, T0, T0 + timedelta(days=14))
    assert [v.post_id for v in views] == [a, b, c, None]


def test_evergreen_reposts_are_created_once_after_publishing(harness: Harness) -> None:
    from postdesk.engine.queue import QueueStore

    tid = harness.post(T0, "evergreen")
    post_id = _post_of(harness, tid)
    QueueStore(harness.db).set_evergreen(post_id, Evergreen(2, 7, "Europe/Paris"), T0)

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        await engine.stop()

    run(body)
    assert QueueStore(harness.db).after_published(post_id, T0) == []  # already made
    with harness.db.read_session() as s:
        posts = s.exec(select(PostRow).order_by(PostRow.id)).all()
        repost_states = {t.state for t in s.exec(select(TargetRow).where(TargetRow.post_id != post_id)).all()}
    assert [p.scheduled_at for p in posts] == [T0, T0 + timedelta(days=7), T0 + timedelta(days=14)]
    assert repost_states == {"scheduled"}
    assert len(harness.net.received) == 1
