"""Queue schedules ("add to queue") and evergreen reposts, stored (timing rules: core.slots).

`add_to_queue` puts a post in the next slot of a schedule that no other queued post holds, in
one transaction (so two quick "add to queue" clicks cannot take the same slot). Evergreen
reposts are created as ordinary scheduled posts as soon as the original is published, so the
user sees them in the calendar and can move or delete each one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlmodel import Session, select

from postdesk.core.entities import TargetState
from postdesk.core.slots import Evergreen, QueueSchedule, WeeklySlot, next_free_slot, occurrences
from postdesk.core.states import Event, allowed
from postdesk.store.db import Database
from postdesk.store.post_writes import bump_row, initial_state, transition
from postdesk.store.tables import PostMediaRow, PostRow, TargetRow
from postdesk.store.tables_engine import EvergreenRow, QueueEntryRow, QueueScheduleRow

S = TargetState


@dataclass(frozen=True, slots=True)
class SlotView:
    """One slot of a queue, for the calendar.

    Attributes:
        at: the UTC instant.
        post_id: the post holding it, or None when free.
    """

    at: datetime
    post_id: int | None


def _to_schedule(row: QueueScheduleRow) -> QueueSchedule:
    slots = tuple(WeeklySlot(d, time.fromisoformat(t)) for d, t in json.loads(row.slots_json))
    excluded = frozenset(date.fromisoformat(d) for d in json.loads(row.excluded_json))
    return QueueSchedule(name=row.name, zone=row.zone, slots=slots, excluded=excluded)


class QueueStore:
    """Queues and evergreen series in the database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def save_schedule(self, schedule: QueueSchedule, now: datetime,
                      schedule_id: int | None = None) -> int:
        """Insert or replace a queue schedule; return its id."""
        with self._db.session() as session:
            row = (session.get(QueueScheduleRow, schedule_id) if schedule_id is not None
                   else None) or QueueScheduleRow(name=schedule.name, zone=schedule.zone,
                                                  created_at=now)
            row.name = schedule.name
            row.zone = schedule.zone
            row.slots_json = json.dumps([[s.weekday, s.at.isoformat("minutes")]
                                         for s in sorted(schedule.slots)])
            row.excluded_json = json.dumps(sorted(d.isoformat() for d in schedule.excluded))
            session.add(row)
            session.flush()
            return int(row.id or 0)

    def schedules(self) -> dict[int, QueueSchedule]:
        """Every queue schedule by id."""
        with self._db.read_session() as session:
            return {int(r.id or 0): _to_schedule(r)
                    for r in session.exec(select(QueueScheduleRow)).all()}

    def add_to_queue(self, post_id: int, schedule_id: int, now: datetime) -> datetime | None:
        """Schedule a post at the next free slot of a queue; return the slot (None: queue full).

        Its draft (or paused/failed) targets become `scheduled`; targets already published or in
        flight are left alone.

        Raises:
            KeyError: no such post or schedule.
        """
        with self._db.session() as session:
            sched_row = session.get(QueueScheduleRow, schedule_id)
            post = session.get(PostRow, post_id)
            if sched_row is None or post is None:
                raise KeyError((post_id, schedule_id))
            schedule = _to_schedule(sched_row)
            taken = [e.slot_at for e in session.exec(
                select(QueueEntryRow).join(PostRow, PostRow.id == QueueEntryRow.post_id)
                .where(QueueEntryRow.schedule_id == schedule_id)
                .where(QueueEntryRow.post_id != post_id)
                .where(PostRow.deleted_at.is_(None))  # type: ignore[union-attr]
            ).all()]
            slot = next_free_slot(schedule, now, taken)
            if slot is None:
                return None
            post.scheduled_at = slot
            post.scheduled_zone = schedule.zone
            post.updated_at = now
            bump_row(post)  # a change to the post: an open composer must not undo it
            session.add(post)
            entry = session.get(QueueEntryRow, post_id) or QueueEntryRow(
                post_id=post_id, schedule_id=schedule_id, slot_at=slot)
            entry.schedule_id = schedule_id
            entry.slot_at = slot
            session.add(entry)
            _schedule_targets(session, post_id, now)
            return slot

    def slots_between(self, schedule_id: int, start: datetime,
                      end: datetime) -> list[SlotView]:
        """The queue's slots in [start, end), each with the post holding it (for the calendar)."""
        with self._db.read_session() as session:
            row = session.get(QueueScheduleRow, schedule_id)
            if row is None:
                return []
            held = {e.slot_at: e.post_id for e in session.exec(
                select(QueueEntryRow).join(PostRow, PostRow.id == QueueEntryRow.post_id)
                .where(QueueEntryRow.schedule_id == schedule_id)
                .where(PostRow.deleted_at.is_(None))  # type: ignore[union-attr]
            ).all()}
            return [SlotView(at, held.get(at)) for at in occurrences(_to_schedule(row), start, end)]

    def set_evergreen(self, post_id: int, series: Evergreen, first_at: datetime) -> None:
        """Repeat a post `series.times` times every `series.every_days` days after `first_at`."""
        with self._db.session() as session:
            row = session.get(EvergreenRow, post_id) or EvergreenRow(
                post_id=post_id, times=series.times, every_days=series.every_days,
                zone=series.zone, first_at=first_at)
            row.times, row.every_days, row.zone = series.times, series.every_days, series.zone
            row.first_at = first_at
            session.add(row)

    def after_published(self, post_id: int, now: datetime) -> list[int]:
        """Create the evergreen reposts of a post once all its targets are done; return their ids.

        Runs in one transaction and marks the series as made, so it creates them exactly once.
        """
        with self._db.session() as session:
            series = session.get(EvergreenRow, post_id)
            if series is None or series.reposts_made >= series.times:
                return []
            states = [S(t.state) for t in session.exec(
                select(TargetRow).where(TargetRow.post_id == post_id)).all()]
            if not states or any(s not in (S.PUBLISHED, S.CANCELLED) for s in states):
                return []
            plan = Evergreen(series.times, series.every_days, series.zone)
            instants = [t for t in plan.instants(series.first_at) if t > now]
            made = [_clone(session, post_id, at, now) for at in instants]
            series.reposts_made = series.times
            session.add(series)
            return made


def _schedule_targets(session: Session, post_id: int, now: datetime) -> None:
    for target in session.exec(select(TargetRow).where(TargetRow.post_id == post_id)).all():
        state = S(target.state)
        if allowed(state, Event.SCHEDULE):
            transition(target, Event.SCHEDULE, now)
            session.add(target)


def _clone(session: Session, post_id: int, at: datetime, now: datetime) -> int:
    original = session.get(PostRow, post_id)
    assert original is not None
    copy = PostRow(parts_json=original.parts_json, scheduled_at=at,
                   scheduled_zone=original.scheduled_zone, created_at=now, updated_at=now)
    session.add(copy)
    session.flush()
    for media in session.exec(select(PostMediaRow).where(PostMediaRow.post_id == post_id)).all():
        session.add(PostMediaRow(post_id=copy.id, position=media.position,  # type: ignore[arg-type]
                                 asset_id=media.asset_id))
    for target in session.exec(select(TargetRow).where(TargetRow.post_id == post_id)).all():
        if S(target.state) is S.CANCELLED:
            continue
        repost = TargetRow(
            post_id=int(copy.id or 0), network=target.network, account_id=target.account_id,
            override_enabled=target.override_enabled,
            override_parts_json=target.override_parts_json,
            media_override_json=target.media_override_json, options_json=target.options_json,
            updated_at=now,
        )
        initial_state(repost, S.SCHEDULED)
        session.add(repost)
    return int(copy.id or 0)
