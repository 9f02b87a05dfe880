"""Queue slots and evergreen reposts: wall-clock intent turned into UTC instants, DST-correct.

A queue schedule is a named set of weekly local times ("Mon 09:00, Thu 17:30") in one IANA zone,
minus excluded dates. "Add to queue" puts a post in the next slot no other post holds. Slots are
computed in the zone's wall clock and converted to UTC one by one, so "09:00" stays 09:00 across
a DST change. Two edge cases are decided here:

- a slot inside a spring-forward gap (02:30 on the night clocks jump 02:00→03:00) takes the
  offset in force before the gap, so it lands as many minutes after the jump as it was meant
  to be after 02:00 (02:30 → 03:30);
- a slot inside a fall-back overlap (01:30 happens twice) is the first of the two.

Pure: `now` is always passed in.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

#: How far ahead `next_free_slot` looks before giving up (a full queue or excluded year).
SEARCH_HORIZON = timedelta(days=400)


@dataclass(frozen=True, slots=True, order=True)
class WeeklySlot:
    """One weekly time.

    Attributes:
        weekday: 0 = Monday … 6 = Sunday (as `date.weekday()`).
        at: the local wall-clock time.
    """

    weekday: int
    at: time

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise ValueError(f"weekday must be 0..6, got {self.weekday}")
        if self.at.tzinfo is not None:
            raise ValueError("a slot time is a wall-clock time, without tzinfo")


@dataclass(frozen=True, slots=True)
class QueueSchedule:
    """A named queue.

    Attributes:
        name: what the user called it.
        zone: the IANA zone the slot times are in.
        slots: the weekly times.
        excluded: local dates on which no slot exists (holidays).
    """

    name: str
    zone: str
    slots: tuple[WeeklySlot, ...]
    excluded: frozenset[date] = field(default_factory=frozenset)


def local_to_utc(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of wall-clock `at` on `day` in `zone` (gap: shifted on; overlap: first)."""
    # fold=0 means: in an overlap, the first occurrence; in a gap, the pre-transition offset.
    return datetime.combine(day, at, tzinfo=zone).replace(fold=0).astimezone(UTC)


def occurrences(schedule: QueueSchedule, start: datetime, end: datetime) -> Iterator[datetime]:
    """Every slot instant of `schedule` in [start, end), in order, as UTC.

    Args:
        schedule: the queue.
        start: the first instant (UTC, tz-aware).
        end: the instant after the last (UTC, tz-aware).

    Yields:
        UTC instants.
    """
    _require_aware(start)
    _require_aware(end)
    zone = ZoneInfo(schedule.zone)
    by_day: dict[int, list[time]] = {}
    for slot in sorted(set(schedule.slots)):
        by_day.setdefault(slot.weekday, []).append(slot.at)
    if not by_day:
        return
    # One day of margin each side: the zone's offset moves local dates against UTC dates.
    day = start.astimezone(zone).date() - timedelta(days=1)
    last = end.astimezone(zone).date() + timedelta(days=1)
    while day <= last:
        if day not in schedule.excluded:
            instants = sorted(local_to_utc(day, at, zone) for at in by_day.get(day.weekday(), ()))
            for instant in instants:
                if start <= instant < end:
                    yield instant
        day += timedelta(days=1)


def next_free_slot(
    schedule: QueueSchedule,
    now: datetime,
    taken: Iterable[datetime],
    *,
    lead: timedelta = timedelta(minutes=1),
) -> datetime | None:
    """The first slot after `now + lead` that no post holds.

    Args:
        schedule: the queue.
        now: the current UTC instant.
        taken: UTC instants already held by queued posts.
        lead: the least time between now and the slot (a post due in 2 seconds is no help).

    Returns:
        The UTC instant, or None if nothing is free within `SEARCH_HORIZON`.
    """
    held = {t.astimezone(UTC) for t in taken}
    start = now + lead
    for instant in occurrences(schedule, start, now + SEARCH_HORIZON):
        if instant not in held:
            return instant
    return None


@dataclass(frozen=True, slots=True)
class Evergreen:
    """Repeat a post `times` more times, every `every_days` days, at the same local time.

    Attributes:
        times: how many reposts after the first publication.
        every_days: the days between two publications.
        zone: the IANA zone whose wall clock is kept.
    """

    times: int
    every_days: int
    zone: str

    def __post_init__(self) -> None:
        if self.times < 0 or self.every_days < 1:
            raise ValueError("times must be >= 0 and every_days >= 1")

    def instants(self, first: datetime) -> list[datetime]:
        """The UTC instants of the reposts after a first publication planned at `first`."""
        _require_aware(first)
        zone = ZoneInfo(self.zone)
        local = first.astimezone(zone)
        return [
            local_to_utc(
                local.date() + timedelta(days=self.every_days * n),
                local.time().replace(fold=0),
                zone,
            )
            for n in range(1, self.times + 1)
        ]

    def next_after(self, first: datetime, now: datetime) -> datetime | None:
        """The next repost instant strictly after `now`, or None when the series is over."""
        for instant in self.instants(first):
            if instant > now:
                return instant
        return None


def _require_aware(value: datetime) -> None:
    if value.tzinfo is None:
        raise ValueError("instants must be tz-aware UTC datetimes")
