"""Queue schedules ("add to queue") and evergreen reposts, stored (timing rules: core.slots).

`add_to_queue` puts a post in the next slot of a schedule that no other queued post holds, in
one transaction (so two quick "add to queue" clicks cannot take the same slot). Evergreen
reposts are created as ordinary scheduled posts as soon as the original is published, so the
user sees them in the calendar and can move or delete each one; a series repeated forever makes
one repost at a time. Text variations are used in turn (networks refuse exact duplicates).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlmodel import Session, col, select

from postdesk.core.entities import TargetState
from postdesk.core.slots import Evergreen, QueueSchedule, WeeklySlot, next_free_slot, occurrences
from postdesk.core.states import Event, allowed
from postdesk.store.db import Database
from postdesk.store.post_writes import bump_row, initial_state, transition
from postdesk.store.tables import PostMediaRow, PostRow, TargetRow
from postdesk.store.tables_engine import EvergreenCopyRow, EvergreenRow, QueueEntryRow, QueueScheduleRow

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

    def save_schedule(self, schedule: QueueSchedule, now: datetime, schedule_id: int | None = None) -> int:
        """Insert or replace a queue schedule; return its id."""
        with self._db.session() as session:
            row = (session.get(QueueScheduleRow, schedule_id) if schedule_id is not None else None) or QueueScheduleRow(
                name=schedule.name, zone=schedule.zone, created_at=now
            )
            row.name = schedule.name
            row.zone = schedule.zone
            row.slots_json = json.dumps([[s.weekday, s.at.isoformat("minutes")] for s in sorted(schedule.slots)])
            row.excluded_json = json.dumps(sorted(d.isoformat() for d in schedule.excluded))
            session.add(row)
            session.flush()
            return int(row.id or 0)

    def schedules(self) -> dict[int, QueueSchedule]:
        """Every queue schedule by id."""
        with self._db.read_session() as session:
            return {int(r.id or 0): _to_schedule(r) for r in session.exec(select(QueueScheduleRow)).all()}

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
            taken = [
                e.slot_at
                for e in session.exec(
                    select(QueueEntryRow)
                    .join(PostRow, col(PostRow.id) == col(QueueEntryRow.post_id))
                    .where(QueueEntryRow.schedule_id == schedule_id)
                    .where(QueueEntryRow.post_id != post_id)
                    .where(PostRow.deleted_at.is_(None))  # type: ignore[union-attr]
                ).all()
            ]
            slot = next_free_slot(schedule, now, taken)
            if slot is None:
                return None
            post.scheduled_at = slot
            post.scheduled_zone = schedule.zone
            post.updated_at = now
            bump_row(post)  # a change to the post: an open composer must not undo it
            session.add(post)
            entry = session.get(QueueEntryRow, post_id) or QueueEntryRow(
                post_id=post_id, schedule_id=schedule_id, slot_at=slot
            )
            entry.schedule_id = schedule_id
            entry.slot_at = slot
            session.add(entry)
            _schedule_targets(session, post_id, now)
            return slot

    def slots_between(self, schedule_id: int, start: datetime, end: datetime) -> list[SlotView]:
        """The queue's slots in [start, end), each with the post holding it (for the calendar)."""
        with self._db.read_session() as session:
            row = session.get(QueueScheduleRow, schedule_id)
            if row is None:
                return []
            held = {
                e.slot_at: e.post_id
                for e in session.exec(
                    select(QueueEntryRow)
                    .join(PostRow, col(PostRow.id) == col(QueueEntryRow.post_id))
                    .where(QueueEntryRow.schedule_id == schedule_id)
                    .where(PostRow.deleted_at.is_(None))  # type: ignore[union-attr]
                ).all()
            }
            return [SlotView(at, held.get(at)) for at in occurrences(_to_schedule(row), start, end)]

    def set_evergreen(
        self,
        post_id: int,
        series: Evergreen,
        first_at: datetime,
        *,
        forever: bool = False,
        variations: tuple[str, ...] = (),
    ) -> None:
        """Repeat a post `series.times` times (or, `forever`, until stopped) every
        `series.every_days` days after `first_at`, with `variations` used in turn after its own text."""
        with self._db.session() as session:
            row = session.get(EvergreenRow, post_id) or EvergreenRow(
                post_id=post_id, times=series.times, every_days=series.every_days, zone=series.zone, first_at=first_at
            )
            row.times, row.every_days, row.zone = series.times, series.every_days, series.zone
            row.first_at = first_at
            row.forever = forever
            row.variations_json = json.dumps([v for v in variations if v.strip()])
            row.stopped_at = None
            session.add(row)

    def after_published(self, post_id: int, now: datetime) -> list[int]:
        """Create the evergreen reposts of a post once all its targets are done; return their ids.

        A series of `times` reposts makes them all at once (the user sees each in the calendar); a
        series repeated forever makes the next one only, and the next again when that one is out.
        Runs in one transaction and counts what it made, so it creates each repost exactly once.
        A stopped series makes nothing.
        """
        with self._db.session() as session:
            series = session.get(EvergreenRow, post_id)
            copy = None
            if series is None:
                copy = session.get(EvergreenCopyRow, post_id)
                series = session.get(EvergreenRow, copy.series_post_id) if copy is not None else None
            if series is None or series.stopped_at is not None:
                return []
            states = [S(t.state) for t in session.exec(select(TargetRow).where(TargetRow.post_id == post_id)).all()]
            if not states or any(s not in (S.PUBLISHED, S.CANCELLED) for s in states):
                return []
            texts = [v for v in json.loads(series.variations_json or "[]") if v.strip()]
            if series.forever:
                if (copy.number if copy is not None else 0) != series.reposts_made:
                    return []  # an older repost of the series: its successor already exists
                number = series.reposts_made + 1
                original = session.get(PostRow, series.post_id)
                if original is not None and original.scheduled_at is not None and series.reposts_made == 0:
                    series.first_at = original.scheduled_at
                at = _forever_instant(series, number, now)
                made = [_clone(session, series.post_id, at, now, number, texts)]
                series.reposts_made = number
            else:
                if copy is not None or series.reposts_made >= series.times:
                    return []
                plan = Evergreen(series.times, series.every_days, series.zone)
                original = session.get(PostRow, post_id)
                # The post's own time if it was moved after the series was set (a repeat follows it).
                first = (original.scheduled_at if original is not None else None) or series.first_at
                made = [
                    _clone(session, post_id, at, now, n, texts)
                    for n, at in enumerate(plan.instants(first), start=1)
                    if at > now
                ]
                series.reposts_made = series.times
            session.add(series)
            return made


def _forever_instant(series: EvergreenRow, number: int, now: datetime) -> datetime:
    """The `number`th repost's instant, moved on by whole periods until it is after `now`."""
    while True:
        at = Evergreen(number, series.every_days, series.zone).instants(series.first_at)[-1]
        if at > now:
            return at
        number += 1


def _schedule_targets(session: Session, post_id: int, now: datetime) -> None:
    for target in session.exec(select(TargetRow).where(TargetRow.post_id == post_id)).all():
        state = S(target.state)
        if allowed(state, Event.SCHEDULE):
            transition(target, Event.SCHEDULE, now)
            session.add(target)


def _clone(
    session: Session, post_id: int, at: datetime, now: datetime, number: int = 0, variations: list[str] | None = None
) -> int:
    """A scheduled copy of the series' post; its first part is the text whose turn it is."""
    original = session.get(PostRow, post_id)
    assert original is not None
    parts = json.loads(original.parts_json)
    if variations and parts:
        texts = [parts[0], *variations]
        parts[0] = texts[number % len(texts)]
    copy = PostRow(
        parts_json=json.dumps(parts),
        scheduled_at=at,
        scheduled_zone=original.scheduled_zone,
        created_at=now,
        updated_at=now,
    )
    session.add(copy)
    session.flush()
    session.add(EvergreenCopyRow(post_id=int(copy.id or 0), series_post_id=post_id, number=number))
    for media in session.exec(select(PostMediaRow).where(PostMediaRow.post_id == post_id)).all():
        session.add(
            PostMediaRow(
                post_id=int(copy.id or 0),
                position=media.position,
                asset_id=media.asset_id,
            )
        )
    for target in session.exec(select(TargetRow).where(TargetRow.post_id == post_id)).all():
        if S(target.state) is S.CANCELLED:
            continue
        repost = TargetRow(
            post_id=int(copy.id or 0),
            network=target.network,
            account_id=target.account_id,
            override_enabled=target.override_enabled,
            override_parts_json=target.override_parts_json,
            media_override_json=target.media_override_json,
            options_json=target.options_json,
            updated_at=now,
        )
        initial_state(repost, S.SCHEDULED)
        session.add(repost)
    return int(copy.id or 0)
