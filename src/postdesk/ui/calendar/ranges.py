"""What a calendar read returns and how a view asks for its range (`loader` does the reading).

A month grid first reads the first `PER_DAY` posts of each day and every day's count, the list
its first `LIST_HEAD` rows (`Quick`); a `LoadedRange` says whether it holds the whole range.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from postdesk.core.calendar import CalendarEntry, DateRange, EntryStatus, ViewKind, utc_bounds
from postdesk.core.slots import QueueSchedule, occurrences
from postdesk.store.repositories.calendar import AccountChoice

#: A range's identity: UTC bounds and the zone its days are bucketed in.
RangeKey = tuple[datetime, datetime, str]
#: How many posts of each day a month grid's first read takes (more than a cell has room for).
PER_DAY = 8
#: How many rows the list's first read takes (more than a screen shows).
LIST_HEAD = 80


@dataclass(frozen=True, slots=True)
class Quick:
    """How a view reads a range before all of it.

    Attributes:
        days: a month grid: the first `PER_DAY` posts of each of these local days, and counts.
        head: the list: its first `head` posts.
    """

    days: DateRange | None = None
    head: int = 0


def view_request(kind: ViewKind, days: DateRange, zone: ZoneInfo, filtering: bool) -> tuple[RangeKey, Quick | None]:
    """The range a view of `days` needs, and how it reads it first: a month grid its days' first
    posts, the list its first rows; the week (a seventh of a month) and any filtered view read
    the whole range at once."""
    lo, hi = utc_bounds(days, zone)
    if filtering or kind is ViewKind.WEEK:
        return (lo, hi, zone.key), None
    return (lo, hi, zone.key), Quick(days=days) if kind is ViewKind.MONTH else Quick(head=LIST_HEAD)


@dataclass(frozen=True, slots=True)
class LoadedRange:
    """One visible range as loaded: sorted, and bucketed on the worker for the request's zone,
    so the UI thread only hands ready lists to the models when no filter is on."""

    entries: list[CalendarEntry]
    zone: ZoneInfo
    by_day: dict[date, list[CalendarEntry]]
    #: The digest of each post's first media item, by post id (the cards' thumbnails).
    media: dict[int, str]
    #: Whether every post of the range is read (else only what the view draws).
    complete: bool = True
    #: A month grid's first read: how many entries each day holds (some are not read yet).
    counts: dict[date, int] | None = None


@dataclass(frozen=True, slots=True)
class LoadedExtras:
    """What a full load reads besides the range: the drafts list and the filter's choices."""

    drafts: list[CalendarEntry]
    tags: list[str]
    accounts: list[AccountChoice]


def empty_slots(
    queues: Sequence[QueueSchedule], taken: Callable[[datetime], bool], start: datetime, end: datetime
) -> list[CalendarEntry]:
    """Queue slot instants in [start, end) that no post holds (`taken`), as dashed placeholders."""
    if start >= end or not queues:
        return []
    slots = []
    for schedule in queues:
        for instant in occurrences(schedule, start, end):
            if not taken(instant):
                slots.append(
                    CalendarEntry(
                        post_id=None,
                        instant=instant,
                        zone=schedule.zone,
                        status=EntryStatus.QUEUE_SLOT,
                        slot_name=schedule.name,
                    )
                )
    return slots
