"""The calendar's pure logic: which dates a view shows, and wall-clock time that survives DST.

A creator thinks in wall-clock time in one zone ("Monday 09:00 in Berlin"); the store keeps UTC
instants plus the zone they were chosen in. This module converts between the two and is explicit
about the two awkward cases of a DST change: a local time that does not exist (the clocks jump
over it) is refused with a problem code and the gap's bounds, so the UI can explain; a local time
that happens twice (the clocks go back) is resolved by a stated policy and flagged.

Everything here is pure: zones are passed in as `tzinfo` objects and "now" is never read.
"""

from __future__ import annotations

import calendar as _stdcal
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from postdesk.core.entities import TargetState
from postdesk.core.networks import Network


class ViewKind(StrEnum):
    """The three calendar views."""

    MONTH = "month"
    WEEK = "week"
    LIST = "list"


class CalendarProblem(StrEnum):
    """Why the calendar refused something; `ui/` words these."""

    #: The local time falls in a DST gap: the clocks jump over it on that day.
    NONEXISTENT_LOCAL_TIME = "nonexistent_local_time"
    #: The local time happens twice (clocks go back) and the policy says refuse.
    AMBIGUOUS_LOCAL_TIME = "ambiguous_local_time"
    #: The post is published, being sent, or in an unknown state: moving it could duplicate it.
    NOT_MOVABLE = "not_movable"
    #: The new time has already passed: the engine would publish at once, which a drag never means.
    IN_THE_PAST = "in_the_past"


class Ambiguity(StrEnum):
    """What to do with a local time that happens twice on the day the clocks go back."""

    EARLIER = "earlier"
    LATER = "later"
    REFUSE = "refuse"


class EntryStatus(StrEnum):
    """What one calendar entry shows as its status (one colour each in the UI)."""

    DRAFT = "draft"
    SCHEDULED = "scheduled"
    QUEUE_SLOT = "queue_slot"
    PUBLISHING = "publishing"
    PUBLISHED = "published"
    FAILED = "failed"
    NEEDS_ATTENTION = "needs_attention"
    PAUSED = "paused"
    CANCELLED = "cancelled"


#: Statuses whose post may be dragged to another time. Published or in-flight posts stay put, and
#: so does "needs attention": its send may have gone out, and moving it would invite a duplicate.
MOVABLE_STATUSES: frozenset[EntryStatus] = frozenset({EntryStatus.DRAFT, EntryStatus.SCHEDULED, EntryStatus.PAUSED})


@dataclass(frozen=True, slots=True)
class DateRange:
    """A half-open range of local dates, [start, end).

    Attributes:
        start: the first date shown.
        end: the day after the last date shown.
    """

    start: date
    end: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day < self.end

    def __len__(self) -> int:
        return (self.end - self.start).days

    def days(self) -> Iterator[date]:
        """Every date of the range, in order."""
        for offset in range(len(self)):
            yield self.start + timedelta(days=offset)


@dataclass(frozen=True, slots=True)
class WallTime:
    """The answer to "which instant is this local time?".

    Attributes:
        instant: the UTC instant, or None when refused.
        problem: why it was refused, or None.
        ambiguous: the local time happens twice that day (resolved by the policy given).
        gap_start: for a nonexistent time, the local wall time at which the clocks jump.
        gap_end: for a nonexistent time, the local wall time they jump to (the first valid one).
    """

    instant: datetime | None
    problem: CalendarProblem | None = None
    ambiguous: bool = False
    gap_start: datetime | None = None
    gap_end: datetime | None = None

    @property
    def ok(self) -> bool:
        return self.instant is not None


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """One post (or one empty queue slot) as the calendar draws it.

    Attributes:
        post_id: the post's id; None for an empty queue slot.
        instant: the scheduled UTC instant, or None for an unscheduled draft.
        zone: the IANA zone the time was chosen in, or None.
        text: the post's base text, all thread parts joined by blank lines.
        networks: the target networks, in the product's order, without repeats.
        account_ids: the connected accounts targeted.
        states: the publishing state of every target.
        status: the one status the calendar shows.
        tags: the post's tags.
        slot_name: for an empty queue slot, the name of its queue.
    """

    post_id: int | None
    instant: datetime | None
    zone: str | None = None
    text: str = ""
    networks: tuple[Network, ...] = ()
    account_ids: tuple[int, ...] = ()
    states: tuple[TargetState, ...] = ()
    status: EntryStatus = EntryStatus.DRAFT
    tags: tuple[str, ...] = ()
    slot_name: str | None = None

    @property
    def movable(self) -> bool:
        """Whether dragging this entry to another time is allowed."""
        return self.post_id is not None and self.status in MOVABLE_STATUSES

    @property
    def summary(self) -> str:
        """The first line of the text, for a chip in a cell."""
        first = self.text.strip().split("\n", 1)[0] if self.text else ""
        return first


@dataclass(frozen=True, slots=True)
class CalendarFilter:
    """What the user chose to see. An empty set means "no restriction" for that facet.

    Attributes:
        accounts: show only posts targeting one of these accounts.
        networks: show only posts targeting one of these networks.
        statuses: show only entries with one of these statuses.
        tags: show only posts carrying one of these tags.
        text: show only posts whose text contains this (case-insensitive).
    """

    accounts: frozenset[int] = field(default_factory=frozenset)
    networks: frozenset[Network] = field(default_factory=frozenset)
    statuses: frozenset[EntryStatus] = field(default_factory=frozenset)
    tags: frozenset[str] = field(default_factory=frozenset)
    text: str = ""

    @property
    def active(self) -> bool:
        return bool(self.accounts or self.networks or self.statuses or self.tags or self.text.strip())

    def matches(self, entry: CalendarEntry) -> bool:
        """Whether the entry passes every facet of the filter."""
        if self.statuses and entry.status not in self.statuses:
            return False
        if entry.post_id is None:
            # Empty slots carry no accounts, networks, tags or text: any such facet hides them,
            # since a creator filtering for "Bluesky" is looking at posts, not at gaps.
            return not (self.accounts or self.networks or self.tags or self.text.strip())
        if self.accounts and not self.accounts.intersection(entry.account_ids):
            return False
        if self.networks and not self.networks.intersection(entry.networks):
            return False
        if self.tags and not {t.casefold() for t in self.tags}.intersection(t.casefold() for t in entry.tags):
            return False
        needle = self.text.strip().casefold()
        return not (needle and needle not in entry.text.casefold())


def entry_status(states: Iterable[TargetState]) -> EntryStatus:
    """The one status shown for a post whose targets are in these states.

    The worst news wins: a lost answer or a partial failure needs the creator's attention before
    anything else; a post is "published" only when every live target is.
    """
    present = set(states)
    live = present - {TargetState.CANCELLED}
    if not present:
        return EntryStatus.DRAFT
    if TargetState.UNKNOWN in present:
        return EntryStatus.NEEDS_ATTENTION
    if TargetState.FAILED in present:
        return EntryStatus.NEEDS_ATTENTION if TargetState.PUBLISHED in present else EntryStatus.FAILED
    if live & {TargetState.DUE, TargetState.PUBLISHING, TargetState.FAILED_RETRYABLE}:
        return EntryStatus.PUBLISHING
    if TargetState.PAUSED in present:
        return EntryStatus.PAUSED
    if not live:
        return EntryStatus.CANCELLED
    if live == {TargetState.PUBLISHED}:
        return EntryStatus.PUBLISHED
    if TargetState.SCHEDULED in live:
        return EntryStatus.SCHEDULED
    return EntryStatus.DRAFT


# ---------------------------------------------------------------------------------------------
# Date ranges of the views


def week_start_of(day: date, first_weekday: int = 0) -> date:
    """The first day of the week containing `day` (`first_weekday`: 0 = Monday ... 6 = Sunday)."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def month_range(day: date) -> DateRange:
    """The dates of the month containing `day`."""
    first = day.replace(day=1)
    length = _stdcal.monthrange(day.year, day.month)[1]
    return DateRange(first, first + timedelta(days=length))


def month_grid_range(day: date, first_weekday: int = 0) -> DateRange:
    """The six full weeks the month view shows for the month containing `day`.

    Always six rows, so the grid does not jump in height from month to month.
    """
    start = week_start_of(day.replace(day=1), first_weekday)
    return DateRange(start, start + timedelta(days=42))


def visible_range(kind: ViewKind, anchor: date, first_weekday: int = 0) -> DateRange:
    """The local dates a view shows around `anchor`.

    Month: the six-week grid; week: the seven days; list: the anchor's month.
    """
    if kind is ViewKind.MONTH:
        return month_grid_range(anchor, first_weekday)
    if kind is ViewKind.WEEK:
        start = week_start_of(anchor, first_weekday)
        return DateRange(start, start + timedelta(days=7))
    return month_range(anchor)


def shift_anchor(kind: ViewKind, anchor: date, steps: int) -> date:
    """The anchor `steps` pages later (negative: earlier): a month, or a week for the week view.

    Moving by months keeps the day of month where it exists and clamps it otherwise
    (31 January + 1 month = 28 or 29 February).
    """
    if kind is ViewKind.WEEK:
        return anchor + timedelta(days=7 * steps)
    months = anchor.year * 12 + (anchor.month - 1) + steps
    year, month = divmod(months, 12)
    last = _stdcal.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(anchor.day, last))


# ---------------------------------------------------------------------------------------------
# Wall clock <-> UTC


def _as_utc(local: datetime) -> datetime:
    return local.astimezone(UTC)


def _find_transition(lo: datetime, hi: datetime, zone: tzinfo) -> datetime:
    """The first UTC instant in (lo, hi] whose offset differs from lo's (bisection to the second)."""
    before = lo.astimezone(zone).utcoffset()
    while hi - lo > timedelta(seconds=1):
        mid = lo + (hi - lo) / 2
        mid = mid.replace(microsecond=0)
        if mid <= lo:
            break
        if mid.astimezone(zone).utcoffset() == before:
            lo = mid
        else:
            hi = mid
    return hi


def resolve_wall_time(day: date, at: time, zone: tzinfo, *, ambiguity: Ambiguity = Ambiguity.EARLIER) -> WallTime:
    """The UTC instant at which the clocks in `zone` show `at` on `day`.

    Args:
        day: the local date.
        at: the local wall-clock time (its tzinfo and fold are ignored).
        zone: the zone whose clocks are meant.
        ambiguity: what to do when that time happens twice (the clocks go back).

    Returns:
        A `WallTime`: the instant, or a problem code. A nonexistent time carries the bounds of
        the gap so the UI can say "clocks jump from 02:00 to 03:00 that day".
    """
    wall = datetime.combine(day, at.replace(tzinfo=None, fold=0))
    first = _as_utc(wall.replace(tzinfo=zone, fold=0))
    second = _as_utc(wall.replace(tzinfo=zone, fold=1))
    exists = [
        candidate for candidate in sorted({first, second}) if candidate.astimezone(zone).replace(tzinfo=None) == wall
    ]
    if not exists:
        # In a gap, fold=0 applies the offset before the change and fold=1 the one after, so
        # the transition lies between the two readings.
        lo, hi = sorted((first, second))
        transition = _find_transition(lo - timedelta(seconds=1), hi, zone)
        before = (transition - timedelta(seconds=1)).astimezone(zone).utcoffset()
        after = transition.astimezone(zone).utcoffset()
        assert before is not None and after is not None
        return WallTime(
            instant=None,
            problem=CalendarProblem.NONEXISTENT_LOCAL_TIME,
            gap_start=(transition + before).replace(tzinfo=None),
            gap_end=(transition + after).replace(tzinfo=None),
        )
    if len(exists) == 1:
        return WallTime(instant=exists[0])
    if ambiguity is Ambiguity.REFUSE:
        return WallTime(instant=None, problem=CalendarProblem.AMBIGUOUS_LOCAL_TIME, ambiguous=True)
    chosen = exists[0] if ambiguity is Ambiguity.EARLIER else exists[-1]
    return WallTime(instant=chosen, ambiguous=True)


def to_local(instant: datetime, zone: tzinfo) -> datetime:
    """The aware local datetime in `zone` for a UTC instant.

    Raises:
        ValueError: the instant is naive (we never guess what a naive time meant).
    """
    if instant.tzinfo is None:
        raise ValueError("a naive datetime is not an instant")
    return instant.astimezone(zone)


def local_day(instant: datetime, zone: tzinfo) -> date:
    """The local date in `zone` of a UTC instant."""
    return to_local(instant, zone).date()


def start_of_day(day: date, zone: tzinfo) -> datetime:
    """The first UTC instant of a local day.

    Where midnight itself falls in a gap (zones that change at 00:00), fold=0 reads it with the
    old offset, which is exactly the instant of the change: the first moment the day exists.
    """
    return _as_utc(datetime.combine(day, time(0), tzinfo=zone))


def utc_bounds(days: DateRange, zone: tzinfo) -> tuple[datetime, datetime]:
    """The half-open UTC interval covering every instant of the local dates in `days`."""
    return start_of_day(days.start, zone), start_of_day(days.end, zone)


def move_to_day(
    instant: datetime,
    zone: tzinfo,
    new_day: date,
    *,
    at: time | None = None,
    ambiguity: Ambiguity = Ambiguity.EARLIER,
) -> WallTime:
    """Where a post lands when dragged to another day (and optionally another time).

    The wall-clock time in `zone` is kept, not the UTC offset: a 09:00 post moved across a DST
    change is still at 09:00 local afterwards.

    Args:
        instant: the post's current UTC instant.
        zone: the zone the calendar shows.
        new_day: the local date it was dropped on.
        at: the local time it was dropped on (week view), or None to keep its time of day.
        ambiguity: policy for a time that happens twice on the new day.
    """
    wall = at if at is not None else to_local(instant, zone).time()
    return resolve_wall_time(new_day, wall, zone, ambiguity=ambiguity)


def check_new_time(result: WallTime, now: datetime) -> CalendarProblem | None:
    """Why a resolved new time cannot be used (gap, refused ambiguity, or in the past), or None."""
    if result.instant is None:
        return result.problem
    if result.instant < now:
        return CalendarProblem.IN_THE_PAST
    return None


def hours_of_day(day: date, zone: tzinfo) -> float:
    """How long a local day lasts, in hours (23 or 25 on the days the clocks change)."""
    start = start_of_day(day, zone)
    end = start_of_day(day + timedelta(days=1), zone)
    return (end - start).total_seconds() / 3600


def changes_offset(day: date, zone: tzinfo) -> bool:
    """Whether the UTC offset of `zone` changes during local `day` or exactly as it begins.

    A cheap test (two conversions) that lets callers skip hour-by-hour DST checks on the days
    without a transition. It compares the offset in force just before the day with the one at
    its last instant, so a change at midnight (whose day then starts at 01:00) counts. A zone
    changing twice within one day and back is not detected; no zone does.
    """
    tick = timedelta(microseconds=1)
    before = (start_of_day(day, zone) - tick).astimezone(zone).utcoffset()
    last = (start_of_day(day + timedelta(days=1), zone) - tick).astimezone(zone).utcoffset()
    return before != last


def group_by_day(entries: Iterable[CalendarEntry], zone: tzinfo) -> dict[date, list[CalendarEntry]]:
    """Scheduled entries bucketed by their local date in `zone`, each day sorted by time."""
    buckets: dict[date, list[CalendarEntry]] = {}
    for entry in entries:
        if entry.instant is None:
            continue
        buckets.setdefault(local_day(entry.instant, zone), []).append(entry)
    for bucket in buckets.values():
        bucket.sort(key=_entry_sort_key)
    return buckets


def _entry_sort_key(entry: CalendarEntry) -> tuple[datetime, int]:
    assert entry.instant is not None
    return entry.instant, entry.post_id if entry.post_id is not None else -1


def sort_entries(entries: Iterable[CalendarEntry]) -> list[CalendarEntry]:
    """Scheduled entries in time order (ties by post id, slots first); unscheduled ones dropped."""
    return sorted((e for e in entries if e.instant is not None), key=_entry_sort_key)
