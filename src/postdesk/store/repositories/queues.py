"""Queues and evergreen series as the window edits them (the engine fills slots: `engine.queue`).

The Queues pane lists and saves schedules (their slots, zone, excluded dates and accounts), shows
the posts waiting in a queue, reorders and shuffles them (posts swap slots; the slots stay), and
removes a slot, moving its posts to the next free slots when the user says so. The composer asks
which slot "Add to queue" would take (the same rule the engine applies) and reads or stops a
post's repeat series; the calendar asks which posts repeat. Every method runs on the disk worker.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from postdesk.core.entities import TargetState
from postdesk.core.slots import QueueSchedule, WeeklySlot, next_free_slot, occurrences
from postdesk.core.states import Event, allowed
from postdesk.store.db import Database
from postdesk.store.post_writes import bump_row, transition
from postdesk.store.tables import PostRow, TargetRow
from postdesk.store.tables_engine import EvergreenCopyRow, EvergreenRow, QueueEntryRow, QueueScheduleRow

#: Target states a repost can be withdrawn in when its series stops (nothing is on its way yet).
_WITHDRAWABLE = {TargetState.DRAFT.value, TargetState.SCHEDULED.value, TargetState.PAUSED.value}


class QueueNameTaken(ValueError):
    """Another queue already has this name."""


@dataclass(frozen=True, slots=True)
class QueueInfo:
    """A queue as the pane edits it.

    Attributes:
        id: its id (None: not saved yet).
        schedule: name, zone, weekly slots and excluded dates.
        accounts: the account ids that use it (empty: every account).
    """

    id: int | None
    schedule: QueueSchedule
    accounts: tuple[int, ...] = ()

    def serves(self, account_ids: tuple[int, ...]) -> bool:
        """Whether a post to these accounts may go in this queue."""
        return not self.accounts or set(account_ids) <= set(self.accounts)


@dataclass(frozen=True, slots=True)
class QueuedPost:
    """A post waiting in a queue slot."""

    post_id: int
    slot_at: datetime
    text: str


@dataclass(frozen=True, slots=True)
class RepeatInfo:
    """A post's repeat series.

    Attributes:
        series_post_id: the post the series started from.
        every_days: days between two publications (a multiple of 7 is shown in weeks).
        times: how many reposts (ignored when `forever`).
        forever: repeat until stopped.
        variations: the texts used in turn after the post's own.
        stopped: the user stopped it.
        number: which repost this post is (0: the original).
    """

    series_post_id: int
    every_days: int
    times: int
    forever: bool
    variations: tuple[str, ...]
    stopped: bool
    number: int = 0


def _schedule_of(row: QueueScheduleRow) -> QueueSchedule:
    slots = tuple(WeeklySlot(int(d), time.fromisoformat(t)) for d, t in json.loads(row.slots_json))
    excluded = frozenset(date.fromisoformat(d) for d in json.loads(row.excluded_json))
    return QueueSchedule(name=row.name, zone=row.zone, slots=slots, excluded=excluded)


def _info(row: QueueScheduleRow) -> QueueInfo:
    return QueueInfo(int(row.id or 0), _schedule_of(row), tuple(json.loads(row.accounts_json or "[]")))


def _local_slot(instant: datetime, zone: str) -> WeeklySlot:
    local = instant.astimezone(ZoneInfo(zone))
    return WeeklySlot(local.weekday(), local.time().replace(tzinfo=None, fold=0))


class QueuesRepository:
    """Reads and edits of queues and repeat series for the window."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- queues ----------------------------------------------------------------------------------

    def queues(self) -> list[QueueInfo]:
        """Every queue, by name."""
        with self._db.read_session() as session:
            rows = session.exec(select(QueueScheduleRow).order_by(col(QueueScheduleRow.name))).all()
            return [_info(r) for r in rows]

    def save(self, info: QueueInfo, now: datetime) -> int:
        """Insert or replace a queue; return its id.

        Raises:
            QueueNameTaken: another queue has this name.
        """
        try:
            with self._db.session() as session:
                row = session.get(QueueScheduleRow, info.id) if info.id is not None else None
                if row is None:
                    row = QueueScheduleRow(name=info.schedule.name, zone=info.schedule.zone, created_at=now)
                _write(row, info)
                session.add(row)
                session.flush()
                return int(row.id or 0)
        except IntegrityError as error:
            raise QueueNameTaken(info.schedule.name) from error

    def delete(self, schedule_id: int) -> None:
        """Remove a queue; its posts keep their times (they leave the queue only)."""
        with self._db.session() as session:
            for entry in session.exec(select(QueueEntryRow).where(QueueEntryRow.schedule_id == schedule_id)).all():
                session.delete(entry)
            row = session.get(QueueScheduleRow, schedule_id)
            if row is not None:
                session.delete(row)

    def queued(self, schedule_id: int, now: datetime) -> list[QueuedPost]:
        """The posts waiting in a queue, soonest first."""
        with self._db.read_session() as session:
            return [
                QueuedPost(e.post_id, e.slot_at, _first_text(p.parts_json))
                for e, p in _waiting(session, schedule_id, now)
            ]

    def next_slot(self, schedule_id: int, post_id: int | None, now: datetime) -> datetime | None:
        """The slot "Add to queue" would give this post now (the engine's own rule)."""
        with self._db.read_session() as session:
            row = session.get(QueueScheduleRow, schedule_id)
            if row is None:
                return None
            taken = [e.slot_at for e, _p in _held(session, schedule_id) if e.post_id != post_id]
            return next_free_slot(_schedule_of(row), now, taken)

    def move(self, schedule_id: int, post_id: int, steps: int, now: datetime) -> bool:
        """Move a queued post up (negative) or down by swapping slots with its neighbour."""
        with self._db.session() as session:
            waiting = _waiting(session, schedule_id, now)
            ids = [e.post_id for e, _p in waiting]
            if post_id not in ids:
                return False
            i = ids.index(post_id)
            j = i + steps
            if not 0 <= j < len(ids):
                return False
            order = list(range(len(ids)))
            order[i], order[j] = order[j], order[i]
            _reassign(session, waiting, order, now)
            return True

    def shuffle(self, schedule_id: int, now: datetime, rng: random.Random | None = None) -> None:
        """Deal the waiting posts out over the same slots in a random order."""
        with self._db.session() as session:
            waiting = _waiting(session, schedule_id, now)
            order = list(range(len(waiting)))
            (rng or random.Random()).shuffle(order)
            _reassign(session, waiting, order, now)

    def place_in_slot(self, post_id: int, queue_name: str, slot_at: datetime, now: datetime) -> bool:
        """Put a post in one free slot of a queue (a draft dropped on it in the calendar).

        Its draft (or paused/failed) targets become `scheduled`, as `add_to_queue` does. Returns
        False when the slot is not one of the queue's, is past, or another post holds it.
        """
        with self._db.session() as session:
            row = session.exec(select(QueueScheduleRow).where(QueueScheduleRow.name == queue_name)).first()
            post = session.get(PostRow, post_id)
            if row is None or post is None or post.deleted_at is not None or slot_at <= now:
                return False
            schedule = _schedule_of(row)
            if slot_at not in occurrences(schedule, slot_at, slot_at + timedelta(seconds=1)):
                return False
            if any(e.slot_at == slot_at and e.post_id != post_id for e, _p in _held(session, int(row.id or 0))):
                return False
            post.scheduled_at = slot_at
            post.scheduled_zone = schedule.zone
            post.updated_at = now
            bump_row(post)
            session.add(post)
            entry = session.get(QueueEntryRow, post_id) or QueueEntryRow(
                post_id=post_id, schedule_id=int(row.id or 0), slot_at=slot_at
            )
            entry.schedule_id = int(row.id or 0)
            entry.slot_at = slot_at
            session.add(entry)
            for target in session.exec(select(TargetRow).where(TargetRow.post_id == post_id)).all():
                if allowed(TargetState(target.state), Event.SCHEDULE):
                    transition(target, Event.SCHEDULE, now)
                    session.add(target)
            return True

    def posts_in_slot(self, schedule_id: int, slot: WeeklySlot, now: datetime) -> int:
        """How many waiting posts sit in this weekly slot (what removing it affects)."""
        with self._db.read_session() as session:
            row = session.get(QueueScheduleRow, schedule_id)
            if row is None:
                return 0
            return sum(1 for e, _p in _waiting(session, schedule_id, now) if _local_slot(e.slot_at, row.zone) == slot)

    def remove_slot(self, schedule_id: int, slot: WeeklySlot, move_posts: bool, now: datetime) -> list[datetime]:
        """Remove a weekly slot; its waiting posts go to the next free slots, or leave the queue at their time.

        Returns:
            The new slots of the moved posts, in order (empty when not moved).
        """
        with self._db.session() as session:
            row = session.get(QueueScheduleRow, schedule_id)
            if row is None:
                return []
            info = _info(row)
            schedule = info.schedule
            kept = tuple(s for s in schedule.slots if s != slot)
            schedule = QueueSchedule(schedule.name, schedule.zone, kept, schedule.excluded)
            _write(row, QueueInfo(info.id, schedule, info.accounts))
            session.add(row)
            waiting = _waiting(session, schedule_id, now)
            affected = [(e, p) for e, p in waiting if _local_slot(e.slot_at, schedule.zone) == slot]
            moved: list[datetime] = []
            moving = {e.post_id for e, _p in affected}
            taken = [e.slot_at for e, _p in _held(session, schedule_id) if e.post_id not in moving]
            for entry, post in affected:
                if not move_posts:
                    session.delete(entry)
                    continue
                at = next_free_slot(schedule, now, taken)
                if at is None:
                    session.delete(entry)  # nowhere to go: it keeps its time, out of the queue
                    continue
                taken.append(at)
                entry.slot_at = at
                post.scheduled_at = at
                post.updated_at = now
                bump_row(post)
                session.add(entry)
                session.add(post)
                moved.append(at)
            return moved

    # -- repeat series -----------------------------------------------------------------------------

    def repeat_of(self, post_id: int) -> RepeatInfo | None:
        """The repeat series this post starts or belongs to."""
        with self._db.read_session() as session:
            return _repeat(session, post_id)

    def set_repeat(
        self,
        post_id: int,
        every_days: int,
        times: int,
        forever: bool,
        variations: tuple[str, ...],
        zone: str,
        now: datetime,
    ) -> None:
        """Mark a post to repeat (replacing its series' settings; a stopped series starts again)."""
        if every_days < 1 or times < 0:
            raise ValueError("every_days must be >= 1 and times >= 0")
        with self._db.session() as session:
            post = session.get(PostRow, post_id)
            if post is None:
                raise KeyError(post_id)
            row = session.get(EvergreenRow, post_id) or EvergreenRow(
                post_id=post_id, times=times, every_days=every_days, zone=zone, first_at=post.scheduled_at or now
            )
            row.times, row.every_days, row.zone, row.forever = times, every_days, zone, forever
            row.first_at = post.scheduled_at or now
            row.variations_json = json.dumps([v for v in variations if v.strip()])
            row.stopped_at = None
            session.add(row)

    def clear_repeat(self, post_id: int) -> None:
        """Drop a series that made nothing yet (the user unticked Repeat before it went out)."""
        with self._db.session() as session:
            row = session.get(EvergreenRow, post_id)
            if row is not None and row.reposts_made == 0:
                session.delete(row)

    def repeating(self, post_ids: list[int]) -> dict[int, RepeatInfo]:
        """The repeat series of those posts that have one (the calendar marks them)."""
        with self._db.read_session() as session:
            found = {}
            for post_id in post_ids:
                info = _repeat(session, post_id)
                if info is not None:
                    found[post_id] = info
            return found

    def stop_repeating(self, post_id: int, now: datetime) -> list[int]:
        """Stop the series this post belongs to; withdraw its reposts that are not on their way.

        Returns:
            The ids of the reposts withdrawn (removed from Postdesk as a Delete would).
        """
        with self._db.session() as session:
            info = _repeat(session, post_id)
            if info is None:
                return []
            series = session.get(EvergreenRow, info.series_post_id)
            assert series is not None
            series.stopped_at = now
            session.add(series)
            withdrawn = []
            copies = session.exec(
                select(EvergreenCopyRow).where(EvergreenCopyRow.series_post_id == info.series_post_id)
            ).all()
            for copy in copies:
                post = session.get(PostRow, copy.post_id)
                if post is None or post.deleted_at is not None:
                    continue
                states = {t.state for t in session.exec(select(TargetRow).where(TargetRow.post_id == post.id)).all()}
                if states and states <= _WITHDRAWABLE:
                    post.deleted_at = now
                    post.updated_at = now
                    bump_row(post)
                    session.add(post)
                    withdrawn.append(int(post.id or 0))
            return withdrawn


def _write(row: QueueScheduleRow, info: QueueInfo) -> None:
    schedule = info.schedule
    row.name = schedule.name.strip()
    row.zone = schedule.zone
    row.slots_json = json.dumps([[s.weekday, s.at.isoformat("minutes")] for s in sorted(set(schedule.slots))])
    row.excluded_json = json.dumps(sorted(d.isoformat() for d in schedule.excluded))
    row.accounts_json = json.dumps(sorted(set(info.accounts)))


def _held(session: Session, schedule_id: int) -> list[tuple[QueueEntryRow, PostRow]]:
    rows = session.exec(
        select(QueueEntryRow, PostRow)
        .join(PostRow, col(PostRow.id) == col(QueueEntryRow.post_id))
        .where(QueueEntryRow.schedule_id == schedule_id)
        .where(PostRow.deleted_at.is_(None))  # type: ignore[union-attr]
        .order_by(col(QueueEntryRow.slot_at))
    ).all()
    return [(e, p) for e, p in rows]


def _waiting(session: Session, schedule_id: int, now: datetime) -> list[tuple[QueueEntryRow, PostRow]]:
    """Entries whose slot is still ahead and whose post is still the queue's (same time, not sent)."""
    found = []
    for entry, post in _held(session, schedule_id):
        if entry.slot_at <= now or post.scheduled_at != entry.slot_at:
            continue
        states = {t.state for t in session.exec(select(TargetRow).where(TargetRow.post_id == post.id)).all()}
        if states and states <= _WITHDRAWABLE:
            found.append((entry, post))
    return found


def _reassign(session: Session, waiting: list[tuple[QueueEntryRow, PostRow]], order: list[int], now: datetime) -> None:
    """Give waiting[order[k]] the k-th slot (slots are the waiting posts' own, soonest first)."""
    slots = [e.slot_at for e, _p in waiting]
    for k, index in enumerate(order):
        entry, post = waiting[index]
        if entry.slot_at == slots[k]:
            continue
        entry.slot_at = slots[k]
        post.scheduled_at = slots[k]
        post.updated_at = now
        bump_row(post)
        session.add(entry)
        session.add(post)


def _repeat(session: Session, post_id: int) -> RepeatInfo | None:
    number = 0
    series = session.get(EvergreenRow, post_id)
    if series is None:
        copy = session.get(EvergreenCopyRow, post_id)
        if copy is None:
            return None
        series = session.get(EvergreenRow, copy.series_post_id)
        number = copy.number
        if series is None:
            return None
    return RepeatInfo(
        series.post_id,
        series.every_days,
        series.times,
        series.forever,
        tuple(json.loads(series.variations_json or "[]")),
        series.stopped_at is not None,
        number,
    )


def _first_text(parts_json: str) -> str:
    parts = json.loads(parts_json or '[""]')
    return str(parts[0]) if parts else ""
