"""The calendar's queries and edits: only the visible range is read, through indexes.

`entries_between` reads posts by `post.scheduled_at` (index `ix_post_scheduled_at`) and their
targets and tags through indexes keyed by post id, in plain SQL Core statements that build no
ORM objects: the calendar repaints on every page change and must stay fast with 100,000 posts.
Edits (reschedule, duplicate, delete) are single transactions that re-check, inside the write
lock, that the publishing engine has not taken the post meanwhile.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, bindparam, delete, insert, select, text, update
from sqlalchemy.engine import Connection

from postdesk.core.calendar import (
    MOVABLE_STATUSES,
    CalendarEntry,
    CalendarProblem,
    EntryStatus,
    entry_status,
)
from postdesk.core.entities import TargetState
from postdesk.core.networks import NETWORK_ORDER, Network
from postdesk.core.slots import QueueSchedule, WeeklySlot
from postdesk.log import get_logger
from postdesk.store.db import Database
from postdesk.store.post_writes import PostConflict, bump, initial_state_values, transition_rows
from postdesk.store.repositories.posts import refuse_if_publishing
from postdesk.store.sqltypes import UTCDateTime
from postdesk.store.tables import AccountRow, PostMediaRow, PostRow, TargetRow
from postdesk.store.tables_calendar import PostTagRow
from postdesk.store.tables_engine import QueueScheduleRow

_post = PostRow.__table__  # type: ignore[attr-defined]
_target = TargetRow.__table__  # type: ignore[attr-defined]
_tag = PostTagRow.__table__  # type: ignore[attr-defined]
_media = PostMediaRow.__table__  # type: ignore[attr-defined]
_account = AccountRow.__table__  # type: ignore[attr-defined]
_queue = QueueScheduleRow.__table__  # type: ignore[attr-defined]
_log = get_logger("store.calendar")

_ORDER = {network: rank for rank, network in enumerate(NETWORK_ORDER)}
#: SQLite's default limit on host parameters is 32766 (since 3.32); stay well below it.
_IN_CHUNK = 900


@dataclass(frozen=True, slots=True)
class ScheduleSnapshot:
    """A post's schedule before an edit, so the edit can be undone exactly.

    Attributes:
        post_id: the post.
        instant: its UTC instant, or None (an unscheduled draft).
        zone: its IANA zone, or None.
        target_states: each target's id and state.
        moved_to: the instant the edit set (undo only restores while the post still has it).
        moved_zone: the zone the edit set.
    """

    post_id: int
    instant: datetime | None
    zone: str | None
    target_states: tuple[tuple[int, TargetState], ...]
    moved_to: datetime | None = None
    moved_zone: str | None = None


@dataclass(frozen=True, slots=True)
class ScheduleChange:
    """The outcome of a reschedule.

    Attributes:
        before: the schedule before the edit (None when refused or the post is gone).
        problem: why the edit was refused, or None.
    """

    before: ScheduleSnapshot | None
    problem: CalendarProblem | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None and self.before is not None


@dataclass(frozen=True, slots=True)
class AccountChoice:
    """An account as the calendar's filter lists it.

    Attributes:
        id: the account id.
        network: its network.
        handle: its handle.
    """

    id: int
    network: Network
    handle: str


@dataclass(frozen=True, slots=True)
class RangeRows:
    """Posts of a range as calendar entries, and the first image of those that have one.

    Attributes:
        entries: the posts, in time order.
        media: the content digest (sha256) of each post's first media item, by post id
            (thumbnails are cached under it: `media.thumbnails.thumbnail_path`).
    """

    entries: list[CalendarEntry]
    media: dict[int, str]


@dataclass(frozen=True, slots=True)
class DayPages:
    """What `day_pages` read: the first posts of each day, and every day's count.

    Attributes:
        rows: the posts read in full (the first of each day), in time order.
        counts: how many live posts each day holds, in the order of the days asked.
        taken: the stored instants of every post of the range (`stored_instant`), so free
            queue slots can be told from taken ones without reading the posts.
    """

    rows: RangeRows
    counts: tuple[int, ...]
    taken: frozenset[str]


def stored_instant(instant: datetime) -> str:
    """A UTC instant as the store keeps it (naive UTC text, which sorts as time does)."""
    return instant.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


class CalendarRepository:
    """Range reads and schedule edits for the calendar.

    Args:
        database: the open database; every call uses its own connection (thread-safe).
    """

    def __init__(self, database: Database) -> None:
        self._db = database

    # -- reads ----------------------------------------------------------------------------------

    def entries_between(self, start: datetime, end: datetime) -> list[CalendarEntry]:
        """Every live post scheduled in [start, end), in time order, with targets and tags.

        Args:
            start: the first UTC instant (tz-aware).
            end: the UTC instant after the last.
        """
        return self.range_rows(start, end).entries

    def range_rows(self, start: datetime, end: datetime, *, limit: int | None = None) -> RangeRows:
        """The live posts scheduled in [start, end), in time order, and their first images.

        One statement walks `ix_post_scheduled_at` and folds each post's targets and tags into
        a string (through their post-id indexes), so a month grid of 4,000 posts (100,000 in
        the store) costs one row each and no per-row type processing: the calendar runs this
        on every page change.

        Args:
            start: the first UTC instant (tz-aware).
            end: the UTC instant after the last.
            limit: read only the first `limit` posts (the list's first screen).
        """
        params = {"lo": start, "hi": end, "limit": -1 if limit is None else limit}
        with self._db.read_session() as session:
            rows = session.connection().execute(_RANGE_QUERY, params).all()
        return _range_rows(rows)

    def day_pages(self, edges: Sequence[datetime], per_day: int) -> DayPages:
        """The first `per_day` posts of each day and how many each day holds: what a month grid
        draws, without reading the posts it has no room for.

        One pass over `ix_post_scheduled_at` reads ids and times only (no targets, tags or
        text); the full rows are then read for the few ids each day shows.

        Args:
            edges: n + 1 ascending UTC instants (tz-aware) bounding n days (local midnights).
            per_day: how many posts of each day to read in full.
        """
        marks = [stored_instant(edge) for edge in edges]
        counts = [0] * max(0, len(marks) - 1)
        wanted: list[int] = []
        taken: set[str] = set()
        if not counts:
            return DayPages(RangeRows([], {}), (), frozenset())
        with self._db.read_session() as session:
            conn = session.connection()
            day = 0
            for post_id, at in conn.execute(_TIMES_QUERY, {"lo": edges[0], "hi": edges[-1]}):
                while day < len(counts) - 1 and at >= marks[day + 1]:
                    day += 1
                counts[day] += 1
                taken.add(at)
                if counts[day] <= per_day:
                    wanted.append(post_id)
            rows: list[Any] = []
            for chunk in _chunks(wanted):
                rows += conn.execute(_IDS_QUERY, {"ids": chunk}).all()
        rows.sort(key=lambda r: (r[2], r[0]))
        return DayPages(_range_rows(rows), tuple(counts), frozenset(taken))

    def has_posts(self) -> bool:
        """Whether any live post has a time (the calendar's "No posts yet" asks; one index probe)."""
        query = select(_post.c.id).where(_post.c.scheduled_at.is_not(None), _post.c.deleted_at.is_(None)).limit(1)
        with self._db.read_session() as session:
            return session.connection().execute(query).first() is not None

    def unscheduled_drafts(self, limit: int = 200) -> list[CalendarEntry]:
        """Live posts without a time, most recently edited first (the drafts to drag in)."""
        query = (
            select(_post.c.id, _post.c.parts_json, _post.c.scheduled_at, _post.c.scheduled_zone)
            .where(_post.c.scheduled_at.is_(None), _post.c.deleted_at.is_(None))
            .order_by(_post.c.updated_at.desc(), _post.c.id.desc())
            .limit(limit)
        )
        with self._db.read_session() as session:
            conn = session.connection()
            return self._entries(conn, conn.execute(query).all())

    def entry(self, post_id: int) -> CalendarEntry | None:
        """One live post as a calendar entry, or None."""
        query = select(_post.c.id, _post.c.parts_json, _post.c.scheduled_at, _post.c.scheduled_zone).where(
            _post.c.id == post_id, _post.c.deleted_at.is_(None)
        )
        with self._db.read_session() as session:
            conn = session.connection()
            found = self._entries(conn, conn.execute(query).all())
        return found[0] if found else None

    def tags(self) -> list[str]:
        """Every tag on a live post, sorted case-insensitively."""
        query = (
            select(_tag.c.tag).join(_post, _post.c.id == _tag.c.post_id).where(_post.c.deleted_at.is_(None)).distinct()
        )
        with self._db.read_session() as session:
            conn = session.connection()
            return sorted((row[0] for row in conn.execute(query)), key=str.casefold)

    def accounts(self) -> list[AccountChoice]:
        """The accounts the filter can offer, in network order then handle."""
        query = select(_account.c.id, _account.c.network, _account.c.handle)
        with self._db.read_session() as session:
            conn = session.connection()
            rows = conn.execute(query).all()
        choices = [AccountChoice(r.id, Network(r.network), r.handle) for r in rows]
        return sorted(choices, key=lambda a: (_ORDER.get(a.network, 99), a.handle.casefold()))

    def queue_schedules(self) -> list[QueueSchedule]:
        """Every queue schedule, by name: the calendar shows their free slots as dashed places.

        Pass it to `CalendarPane(queues=repo.queue_schedules)`; it runs on the worker. A row
        whose slots cannot be read (a bad time or weekday) is skipped rather than hiding the
        calendar.
        """
        query = select(_queue.c.name, _queue.c.zone, _queue.c.slots_json, _queue.c.excluded_json).order_by(
            _queue.c.name
        )
        with self._db.read_session() as session:
            rows = session.connection().execute(query).all()
        schedules = []
        for name, zone, slots_json, excluded_json in rows:
            try:
                slots = tuple(
                    WeeklySlot(int(weekday), time.fromisoformat(at)) for weekday, at in json.loads(slots_json)
                )
                excluded = frozenset(date.fromisoformat(d) for d in json.loads(excluded_json))
            except (ValueError, TypeError) as error:
                _log.warning("Queue %r has unreadable slots: %s", name, type(error).__name__)
                continue
            schedules.append(QueueSchedule(name=name, zone=zone, slots=slots, excluded=excluded))
        return schedules

    def _entries(self, conn: Connection, posts: Sequence[object]) -> list[CalendarEntry]:
        ids = [row.id for row in posts]  # type: ignore[attr-defined]
        targets: dict[int, list[tuple[str, int | None, str]]] = {}
        tags: dict[int, list[str]] = {}
        for chunk in _chunks(ids):
            for t in conn.execute(
                select(_target.c.post_id, _target.c.network, _target.c.account_id, _target.c.state)
                .where(_target.c.post_id.in_(chunk))
                .order_by(_target.c.post_id, _target.c.id)
            ):
                targets.setdefault(t.post_id, []).append((t.network, t.account_id, t.state))
            for g in conn.execute(select(_tag.c.post_id, _tag.c.tag).where(_tag.c.post_id.in_(chunk))):
                tags.setdefault(g.post_id, []).append(g.tag)
        return [
            _make_entry(row, targets.get(row.id, []), tags.get(row.id, ()))  # type: ignore[attr-defined]
            for row in posts
        ]

    # -- edits ----------------------------------------------------------------------------------

    def reschedule(self, post_id: int, instant: datetime, zone: str, *, now: datetime) -> ScheduleChange:
        """Move a post to `instant` (chosen in `zone`); a draft dropped on a day gets scheduled.

        Drafted targets become scheduled: dragging a draft onto the calendar is the creator
        saying "publish it then". Refused (NOT_MOVABLE) when the post is published, being sent
        or in an unknown state, checked inside the write transaction so a concurrent engine
        transition cannot slip between the check and the write.

        Args:
            post_id: the post.
            instant: the new UTC instant (tz-aware).
            zone: the IANA zone the time was chosen in.
            now: the current UTC instant, stamped as `updated_at`.

        Returns:
            The snapshot before the edit (for undo), or a problem.
        """
        with self._db.session() as session:
            conn = session.connection()
            before = _snapshot(conn, post_id)
            if before is None:
                return ScheduleChange(None, CalendarProblem.NOT_MOVABLE)
            status = entry_status(state for _, state in before.target_states)
            if status not in MOVABLE_STATUSES:
                return ScheduleChange(None, CalendarProblem.NOT_MOVABLE)
            conn.execute(
                update(_post)
                .where(_post.c.id == post_id)
                .values(scheduled_at=instant, scheduled_zone=zone, updated_at=now)
            )
            bump(conn, post_id)
            transition_rows(conn, before.target_states, now, wanted=TargetState.SCHEDULED)
        return ScheduleChange(replace(before, moved_to=instant, moved_zone=zone))

    def restore_schedule(self, snapshot: ScheduleSnapshot, *, now: datetime) -> bool:
        """Put a post's time, zone and target states back as they were (undo).

        Only targets still in a state the calendar itself sets (draft or scheduled) are
        reverted; a target the engine moved on meanwhile is left alone. When the snapshot
        names the time the move set (`moved_to`), the undo is refused if the post no longer
        has that time: someone else (the composer) changed it since, and undoing would
        overwrite that newer change silently.

        Returns:
            Whether the post still exists and was restored.

        Raises:
            PostConflict: the post's time was changed elsewhere after the move.
        """
        with self._db.session() as session:
            conn = session.connection()
            live = conn.execute(
                select(_post.c.scheduled_at, _post.c.scheduled_zone, _post.c.version).where(
                    _post.c.id == snapshot.post_id, _post.c.deleted_at.is_(None)
                )
            ).first()
            if live is None:
                return False
            if snapshot.moved_zone is not None and (
                live.scheduled_at != snapshot.moved_to or live.scheduled_zone != snapshot.moved_zone
            ):
                raise PostConflict(snapshot.post_id, int(live.version), int(live.version))
            conn.execute(
                update(_post)
                .where(_post.c.id == snapshot.post_id)
                .values(scheduled_at=snapshot.instant, scheduled_zone=snapshot.zone, updated_at=now)
            )
            bump(conn, snapshot.post_id)
            current: dict[int, str] = dict(
                conn.execute(select(_target.c.id, _target.c.state).where(_target.c.post_id == snapshot.post_id)).all()
            )
            for target_id, state in snapshot.target_states:
                if target_id in current:
                    transition_rows(conn, [(target_id, TargetState(current[target_id]))], now, wanted=state)
        return True

    def duplicate(self, post_id: int, *, now: datetime) -> int | None:
        """Copy a post as a new, unscheduled draft (text, media, targets, overrides, tags).

        Returns:
            The new post's id, or None when the original is gone.
        """
        with self._db.session() as session:
            conn = session.connection()
            original = conn.execute(select(_post).where(_post.c.id == post_id, _post.c.deleted_at.is_(None))).first()
            if original is None:
                return None
            inserted = conn.execute(
                insert(_post).values(
                    parts_json=original.parts_json,
                    scheduled_at=None,
                    scheduled_zone=None,
                    created_at=now,
                    updated_at=now,
                    deleted_at=None,
                )
            ).inserted_primary_key
            if inserted is None:
                raise RuntimeError("SQLite gave no id for the copied post")
            new_id = inserted[0]
            for t in conn.execute(select(_target).where(_target.c.post_id == post_id)).all():
                conn.execute(
                    insert(_target).values(
                        post_id=new_id,
                        network=t.network,
                        account_id=t.account_id,
                        override_enabled=t.override_enabled,
                        override_parts_json=t.override_parts_json,
                        media_override_json=t.media_override_json,
                        options_json=t.options_json,
                        **initial_state_values(TargetState.DRAFT),
                        remote_id=None,
                        remote_url=None,
                        updated_at=now,
                    )
                )
            media = conn.execute(select(_media.c.position, _media.c.asset_id).where(_media.c.post_id == post_id)).all()
            if media:
                conn.execute(
                    insert(_media),
                    [{"post_id": new_id, "position": m.position, "asset_id": m.asset_id} for m in media],
                )
            post_tags = conn.execute(select(_tag.c.tag).where(_tag.c.post_id == post_id)).all()
            if post_tags:
                conn.execute(insert(_tag), [{"post_id": new_id, "tag": g.tag} for g in post_tags])
        return int(new_id)

    def delete(self, post_id: int, *, now: datetime) -> bool:
        """Soft-delete a post (it can be restored). Returns whether a live post was deleted.

        Raises:
            PostBusy: a target is being published right now ("publishing"); deleting it would
                not stop the request already out, so the user waits for its answer.
        """
        with self._db.session() as session:
            refuse_if_publishing(session, post_id)
            conn = session.connection()
            result = conn.execute(
                update(_post)
                .where(_post.c.id == post_id, _post.c.deleted_at.is_(None))
                .values(deleted_at=now, updated_at=now)
            )
            if result.rowcount:
                bump(conn, post_id)
        return bool(result.rowcount)

    def restore(self, post_id: int, *, now: datetime) -> bool:
        """Undo a soft delete. Returns whether a deleted post was restored."""
        with self._db.session() as session:
            conn = session.connection()
            result = conn.execute(
                update(_post)
                .where(_post.c.id == post_id, _post.c.deleted_at.is_not(None))
                .values(deleted_at=None, updated_at=now)
            )
            if result.rowcount:
                bump(conn, post_id)
        return bool(result.rowcount)

    def set_tags(self, post_id: int, tags: Iterable[str]) -> None:
        """Replace a post's tags (blank tags dropped, duplicates folded case-insensitively)."""
        chosen: dict[str, str] = {}
        for tag in tags:
            clean = tag.strip()
            if clean:
                chosen.setdefault(clean.casefold(), clean)
        with self._db.session() as session:
            conn = session.connection()
            conn.execute(delete(_tag).where(_tag.c.post_id == post_id))
            if chosen:
                conn.execute(insert(_tag), [{"post_id": post_id, "tag": t} for t in chosen.values()])


def _snapshot(conn: Connection, post_id: int) -> ScheduleSnapshot | None:
    post = conn.execute(
        select(_post.c.scheduled_at, _post.c.scheduled_zone).where(
            and_(_post.c.id == post_id, _post.c.deleted_at.is_(None))
        )
    ).first()
    if post is None:
        return None
    states = conn.execute(
        select(_target.c.id, _target.c.state).where(_target.c.post_id == post_id).order_by(_target.c.id)
    ).all()
    return ScheduleSnapshot(
        post_id=post_id,
        instant=post.scheduled_at,
        zone=post.scheduled_zone,
        target_states=tuple((t.id, TargetState(t.state)) for t in states),
    )


_ROW_SEP = "\x1e"
_FIELD_SEP = "\x1f"
# Targets in id order (the order `states` keeps), folded into one string per post; the first
# media item's digest through post_media's primary key (post_id, position).
_COLUMNS = """
    SELECT p.id, p.parts_json, p.scheduled_at, p.scheduled_zone,
        (SELECT group_concat(f, char(30)) FROM (
            SELECT t.network || char(31) || t.state || char(31) || ifnull(t.account_id, '') AS f
            FROM target AS t WHERE t.post_id = p.id ORDER BY t.id)),
        (SELECT group_concat(g.tag, char(30)) FROM post_tag AS g WHERE g.post_id = p.id),
        (SELECT a.sha256 FROM post_media AS m JOIN media_asset AS a ON a.id = m.asset_id
            WHERE m.post_id = p.id ORDER BY m.position LIMIT 1)
"""
_RANGE_QUERY = text(
    _COLUMNS
    + """
    FROM post AS p INDEXED BY ix_post_scheduled_at
    WHERE p.scheduled_at >= :lo AND p.scheduled_at < :hi AND p.deleted_at IS NULL
    ORDER BY p.scheduled_at, p.id
    LIMIT :limit
    """
).bindparams(bindparam("lo", type_=UTCDateTime()), bindparam("hi", type_=UTCDateTime()))
_IDS_QUERY = text(_COLUMNS + " FROM post AS p WHERE p.id IN :ids").bindparams(bindparam("ids", expanding=True))
# Ids and stored times only: the index and the row's deleted_at, no targets, tags or text.
_TIMES_QUERY = text(
    """
    SELECT p.id, p.scheduled_at FROM post AS p INDEXED BY ix_post_scheduled_at
    WHERE p.scheduled_at >= :lo AND p.scheduled_at < :hi AND p.deleted_at IS NULL
    ORDER BY p.scheduled_at, p.id
    """
).bindparams(bindparam("lo", type_=UTCDateTime()), bindparam("hi", type_=UTCDateTime()))

_NETWORKS = {network.value: network for network in Network}
_STATES = {state.value: state for state in TargetState}


@lru_cache(maxsize=512)
def _status(states: tuple[TargetState, ...]) -> EntryStatus:
    # Few distinct combinations exist; thousands of posts per range share them.
    return entry_status(states)


def _range_rows(rows: Sequence[Any]) -> RangeRows:
    # Few distinct target sets and tag sets exist; thousands of posts per range share them.
    entries = []
    media: dict[int, str] = {}
    for post_id, parts_json, scheduled_at, zone, targets_text, tags_text, first_media in rows:
        networks, account_ids, states, status = _targets_of(targets_text)
        entries.append(
            CalendarEntry(
                post_id=post_id,
                instant=datetime.fromisoformat(scheduled_at).replace(tzinfo=UTC),
                zone=zone,
                text=_text_of(parts_json),
                networks=networks,
                account_ids=account_ids,
                states=states,
                status=status,
                tags=_tags_of(tags_text),
            )
        )
        if first_media is not None:
            media[post_id] = first_media
    return RangeRows(entries, media)


def _text_of(parts_json: str) -> str:
    """A post's parts joined by blank lines. One plain part (no escape, no quote inside: most
    posts) is sliced out of its JSON; anything else is parsed."""
    if parts_json.startswith('["') and parts_json.endswith('"]') and "\\" not in parts_json:
        inner = parts_json[2:-2]
        if '"' not in inner:
            return inner
    return "\n\n".join(json.loads(parts_json))


@lru_cache(maxsize=4096)
def _targets_of(
    targets_text: str | None,
) -> tuple[tuple[Network, ...], tuple[int, ...], tuple[TargetState, ...], EntryStatus]:
    """Networks, accounts, states and status of a post from its folded targets (see `_RANGE_QUERY`)."""
    own: list[tuple[str, int | None, str]] = []
    if targets_text:
        for target in targets_text.split(_ROW_SEP):
            network, state, account = target.split(_FIELD_SEP)
            own.append((network, int(account) if account else None, state))
    entry = _make_entry((0, "[]", None, None), own, ())
    return entry.networks, entry.account_ids, entry.states, entry.status


@lru_cache(maxsize=4096)
def _tags_of(tags_text: str | None) -> tuple[str, ...]:
    return tuple(sorted(tags_text.split(_ROW_SEP), key=str.casefold)) if tags_text else ()


def _make_entry(row: Any, own: Sequence[tuple[str, int | None, str]], tags: Iterable[str]) -> CalendarEntry:
    """A calendar entry from a post row (id, parts_json, scheduled_at, scheduled_zone, ...)
    and its targets as (network, account id, state)."""
    present = {_NETWORKS[n] for n, _, _ in own}
    networks = tuple(sorted(present, key=lambda n: _ORDER.get(n, 99))) if len(present) > 1 else tuple(present)
    states = tuple(_STATES[s] for _, _, s in own)
    return CalendarEntry(
        post_id=row[0],
        instant=row[2],
        zone=row[3],
        text="\n\n".join(json.loads(row[1])),
        networks=networks,
        account_ids=tuple(sorted({a for _, a, _ in own if a is not None})),
        states=states,
        status=_status(states),
        tags=tuple(sorted(tags, key=str.casefold)),
    )


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), _IN_CHUNK):
        yield ids[i : i + _IN_CHUNK]
