"""Tests for the calendar's pure logic: view ranges, DST-correct wall clock, status, filters."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from postdesk.core.calendar import (
    Ambiguity,
    CalendarEntry,
    CalendarFilter,
    CalendarProblem,
    DateRange,
    EntryStatus,
    ViewKind,
    changes_offset,
    entry_status,
    group_by_day,
    hours_of_day,
    month_grid_range,
    move_to_day,
    resolve_wall_time,
    shift_anchor,
    start_of_day,
    to_local,
    utc_bounds,
    visible_range,
)
from postdesk.core.entities import TargetState as S
from postdesk.core.networks import Network

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
SANTIAGO = ZoneInfo("America/Santiago")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")  # a 30-minute DST shift


# --- ranges ------------------------------------------------------------------------------------


def test_month_grid_is_six_weeks_starting_on_the_first_weekday() -> None:
    grid = month_grid_range(date(2025, 3, 17))
    assert grid == DateRange(date(2025, 2, 24), date(2025, 4, 7))
    assert len(grid) == 42 and grid.start.weekday() == 0
    assert date(2025, 3, 1) in grid and date(2025, 3, 31) in grid


def test_month_grid_with_sunday_first() -> None:
    grid = month_grid_range(date(2025, 6, 1), first_weekday=6)
    assert grid.start == date(2025, 6, 1) and grid.start.weekday() == 6


@pytest.mark.parametrize(
    ("kind", "anchor", "expected"),
    [
        (ViewKind.WEEK, date(2025, 3, 30), DateRange(date(2025, 3, 24), date(2025, 3, 31))),
        (ViewKind.LIST, date(2024, 2, 10), DateRange(date(2024, 2, 1), date(2024, 3, 1))),
        (ViewKind.MONTH, date(2025, 1, 1), DateRange(date(2024, 12, 30), date(2025, 2, 10))),
    ],
)
def test_visible_range(kind: ViewKind, anchor: date, expected: DateRange) -> None:
    assert visible_range(kind, anchor) == expected


@pytest.mark.parametrize(
    ("kind", "anchor", "steps", "expected"),
    [
        (ViewKind.MONTH, date(2025, 1, 31), 1, date(2025, 2, 28)),
        (ViewKind.MONTH, date(2024, 1, 31), 1, date(2024, 2, 29)),
        (ViewKind.MONTH, date(2025, 1, 15), -1, date(2024, 12, 15)),
        (ViewKind.LIST, date(2025, 12, 1), 2, date(2026, 2, 1)),
        (ViewKind.WEEK, date(2025, 3, 26), -1, date(2025, 3, 19)),
    ],
)
def test_shift_anchor(kind: ViewKind, anchor: date, steps: int, expected: date) -> None:
    assert shift_anchor(kind, anchor, steps) == expected


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)), st.integers(-30, 30))
def test_month_shift_round_trip_on_early_days(day: date, steps: int) -> None:
    early = day.replace(day=min(day.day, 28))
    assert shift_anchor(ViewKind.MONTH, shift_anchor(ViewKind.MONTH, early, steps), -steps) == early


# --- wall clock ↔ UTC --------------------------------------------------------------------------


def test_nonexistent_time_is_refused_with_the_gap() -> None:
    result = resolve_wall_time(date(2025, 3, 30), time(2, 30), BERLIN)
    assert not result.ok and result.instant is None
    assert result.problem is CalendarProblem.NONEXISTENT_LOCAL_TIME
    assert result.gap_start == datetime(2025, 3, 30, 2, 0)
    assert result.gap_end == datetime(2025, 3, 30, 3, 0)


def test_nonexistent_time_half_hour_shift() -> None:
    # Lord Howe moves its clocks by 30 minutes: 02:00 → 02:30.
    result = resolve_wall_time(date(2025, 10, 5), time(2, 15), LORD_HOWE)
    assert result.problem is CalendarProblem.NONEXISTENT_LOCAL_TIME
    assert (result.gap_start, result.gap_end) == (
        datetime(2025, 10, 5, 2, 0),
        datetime(2025, 10, 5, 2, 30),
    )


def test_ambiguous_time_policies() -> None:
    day, at = date(2025, 10, 26), time(2, 30)
    earlier = resolve_wall_time(day, at, BERLIN)
    later = resolve_wall_time(day, at, BERLIN, ambiguity=Ambiguity.LATER)
    refused = resolve_wall_time(day, at, BERLIN, ambiguity=Ambiguity.REFUSE)
    assert earlier.ambiguous and later.ambiguous
    assert earlier.instant == datetime(2025, 10, 26, 0, 30, tzinfo=UTC)  # 02:30 CEST
    assert later.instant == datetime(2025, 10, 26, 1, 30, tzinfo=UTC)  # 02:30 CET
    assert refused.instant is None and refused.problem is CalendarProblem.AMBIGUOUS_LOCAL_TIME


def test_ordinary_time_is_neither() -> None:
    result = resolve_wall_time(date(2025, 7, 1), time(9, 0), NEW_YORK)
    assert result.ok and not result.ambiguous and result.problem is None
    assert result.instant == datetime(2025, 7, 1, 13, 0, tzinfo=UTC)


def test_nine_oclock_stays_nine_across_spring_forward() -> None:
    friday = datetime(2025, 3, 28, 8, 0, tzinfo=UTC)  # 09:00 CET
    moved = move_to_day(friday, BERLIN, date(2025, 3, 31))
    assert moved.instant == datetime(2025, 3, 31, 7, 0, tzinfo=UTC)  # 09:00 CEST
    assert to_local(moved.instant, BERLIN).time() == time(9, 0)


def test_move_to_day_with_a_time_into_the_gap_is_refused() -> None:
    friday = datetime(2025, 3, 28, 8, 0, tzinfo=UTC)
    moved = move_to_day(friday, BERLIN, date(2025, 3, 30), at=time(2, 15))
    assert moved.problem is CalendarProblem.NONEXISTENT_LOCAL_TIME


def test_days_of_change_last_23_and_25_hours() -> None:
    assert hours_of_day(date(2025, 3, 30), BERLIN) == 23
    assert hours_of_day(date(2025, 10, 26), BERLIN) == 25
    assert hours_of_day(date(2025, 7, 1), BERLIN) == 24


def test_start_of_day_when_midnight_does_not_exist() -> None:
    # Chile springs forward at 24:00: 8 September 2024 begins at 01:00 local.
    start = start_of_day(date(2024, 9, 8), SANTIAGO)
    assert to_local(start, SANTIAGO).replace(tzinfo=None) == datetime(2024, 9, 8, 1, 0)
    assert start_of_day(date(2024, 9, 7), SANTIAGO) < start


def test_utc_bounds_cover_the_local_days() -> None:
    lo, hi = utc_bounds(DateRange(date(2025, 3, 30), date(2025, 3, 31)), BERLIN)
    assert lo == datetime(2025, 3, 29, 23, 0, tzinfo=UTC)
    assert hi == datetime(2025, 3, 30, 22, 0, tzinfo=UTC)


def test_naive_instant_is_rejected() -> None:
    with pytest.raises(ValueError):
        to_local(datetime(2025, 1, 1), BERLIN)


ZONES = st.sampled_from(
    [
        "Europe/Berlin",
        "America/New_York",
        "Australia/Lord_Howe",
        "America/Santiago",
        "UTC",
        "Asia/Kolkata",
        "Pacific/Apia",
        "America/Sao_Paulo",
    ]
)


@given(ZONES, st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31)), st.times())
def test_resolved_times_read_back_as_the_wall_time(zone_key: str, day: date, at: time) -> None:
    zone = ZoneInfo(zone_key)
    for policy in (Ambiguity.EARLIER, Ambiguity.LATER):
        result = resolve_wall_time(day, at, zone, ambiguity=policy)
        if result.ok:
            assert result.instant is not None
            assert to_local(result.instant, zone).replace(tzinfo=None) == datetime.combine(day, at)
        else:
            assert result.problem is CalendarProblem.NONEXISTENT_LOCAL_TIME
            assert result.gap_start is not None and result.gap_end is not None
            assert result.gap_start <= datetime.combine(day, at) < result.gap_end


@given(ZONES, st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2035, 12, 31)))
def test_every_instant_falls_in_its_local_day_bounds(zone_key: str, naive: datetime) -> None:
    zone = ZoneInfo(zone_key)
    instant = naive.replace(tzinfo=UTC)
    day = to_local(instant, zone).date()
    lo, hi = utc_bounds(DateRange(day, day + timedelta(days=1)), zone)
    assert lo <= instant < hi


@given(ZONES, st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31)))
def test_days_with_a_missing_hour_are_flagged_as_changing(zone_key: str, day: date) -> None:
    zone = ZoneInfo(zone_key)
    missing = [
        hour
        for hour in range(24)
        if resolve_wall_time(day, time(hour), zone).problem is CalendarProblem.NONEXISTENT_LOCAL_TIME
    ]
    if missing:
        assert changes_offset(day, zone)
    if not changes_offset(day, zone):
        assert hours_of_day(day, zone) == 24


@pytest.mark.parametrize(
    ("zone_key", "day", "expected"),
    [
        ("Europe/Berlin", date(2025, 3, 30), True),
        ("Europe/Berlin", date(2025, 10, 26), True),
        ("Europe/Berlin", date(2025, 3, 29), False),
        ("Europe/Berlin", date(2025, 3, 31), False),
        ("UTC", date(2025, 3, 30), False),
        # Santiago's clocks jump at midnight: the day starts at 01:00.
        ("America/Santiago", date(2024, 9, 8), True),
        ("America/Santiago", date(2024, 9, 9), False),
    ],
)
def test_changes_offset(zone_key: str, day: date, expected: bool) -> None:
    assert changes_offset(day, ZoneInfo(zone_key)) is expected


# --- status and filters ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("states", "expected"),
    [
        ((), EntryStatus.DRAFT),
        ((S.DRAFT, S.DRAFT), EntryStatus.DRAFT),
        ((S.SCHEDULED, S.DRAFT), EntryStatus.SCHEDULED),
        ((S.PUBLISHED, S.PUBLISHED), EntryStatus.PUBLISHED),
        ((S.PUBLISHED, S.CANCELLED), EntryStatus.PUBLISHED),
        ((S.PUBLISHED, S.FAILED), EntryStatus.NEEDS_ATTENTION),
        ((S.FAILED, S.SCHEDULED), EntryStatus.FAILED),
        ((S.UNKNOWN, S.PUBLISHED), EntryStatus.NEEDS_ATTENTION),
        ((S.DUE, S.SCHEDULED), EntryStatus.PUBLISHING),
        ((S.FAILED_RETRYABLE,), EntryStatus.PUBLISHING),
        ((S.PAUSED, S.SCHEDULED), EntryStatus.PAUSED),
        ((S.CANCELLED,), EntryStatus.CANCELLED),
    ],
)
def test_entry_status(states: tuple[S, ...], expected: EntryStatus) -> None:
    assert entry_status(states) is expected


def _entry(**kw: object) -> CalendarEntry:
    base: dict[str, object] = {
        "post_id": 1,
        "instant": datetime(2025, 3, 3, 8, tzinfo=UTC),
        "text": "Launch day! New album out",
        "networks": (Network.BLUESKY, Network.MASTODON),
        "account_ids": (3, 4),
        "states": (S.SCHEDULED,),
        "status": EntryStatus.SCHEDULED,
        "tags": ("Launch",),
    }
    base.update(kw)
    return CalendarEntry(**base)  # type: ignore[arg-type]


def test_filter_facets() -> None:
    entry = _entry()
    assert CalendarFilter().matches(entry) and not CalendarFilter().active
    assert CalendarFilter(networks=frozenset({Network.MASTODON})).matches(entry)
    assert not CalendarFilter(networks=frozenset({Network.X})).matches(entry)
    assert CalendarFilter(accounts=frozenset({4, 9})).matches(entry)
    assert not CalendarFilter(accounts=frozenset({9})).matches(entry)
    assert CalendarFilter(statuses=frozenset({EntryStatus.SCHEDULED})).matches(entry)
    assert not CalendarFilter(statuses=frozenset({EntryStatus.FAILED})).matches(entry)
    assert CalendarFilter(tags=frozenset({"launch"})).matches(entry)
    assert not CalendarFilter(tags=frozenset({"tour"})).matches(entry)
    assert CalendarFilter(text="  ALBUM ").matches(entry)
    assert not CalendarFilter(text="single").matches(entry)


def test_filter_on_empty_slots() -> None:
    slot = _entry(post_id=None, status=EntryStatus.QUEUE_SLOT, networks=(), account_ids=(), text="")
    assert CalendarFilter().matches(slot)
    assert CalendarFilter(statuses=frozenset({EntryStatus.QUEUE_SLOT})).matches(slot)
    assert not CalendarFilter(networks=frozenset({Network.X})).matches(slot)
    assert not slot.movable


def test_movable() -> None:
    assert _entry().movable
    assert not _entry(status=EntryStatus.PUBLISHED).movable
    assert not _entry(status=EntryStatus.NEEDS_ATTENTION).movable


def test_group_by_day_uses_the_local_date() -> None:
    late = _entry(post_id=1, instant=datetime(2025, 3, 3, 23, 30, tzinfo=UTC))  # 00:30 Berlin, 4th
    early = _entry(post_id=2, instant=datetime(2025, 3, 4, 5, 0, tzinfo=UTC))
    draft = _entry(post_id=3, instant=None)
    buckets = group_by_day([early, late, draft], BERLIN)
    assert list(buckets) == [date(2025, 3, 4)]
    assert [e.post_id for e in buckets[date(2025, 3, 4)]] == [1, 2]
    assert group_by_day([late], NEW_YORK) == {date(2025, 3, 3): [late]}


def test_check_new_time() -> None:
    from postdesk.core.calendar import check_new_time

    now = datetime(2025, 3, 29, 12, tzinfo=UTC)
    gap = resolve_wall_time(date(2025, 3, 30), time(2, 30), BERLIN)
    assert check_new_time(gap, now) is CalendarProblem.NONEXISTENT_LOCAL_TIME
    past = resolve_wall_time(date(2025, 3, 29), time(9, 0), BERLIN)
    assert check_new_time(past, now) is CalendarProblem.IN_THE_PAST
    future = resolve_wall_time(date(2025, 3, 31), time(9, 0), BERLIN)
    assert check_new_time(future, now) is None
