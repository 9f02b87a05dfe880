"""Queue slots and evergreen reposts, across DST changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from postdesk.core.slots import (
    Evergreen,
    QueueSchedule,
    WeeklySlot,
    local_to_utc,
    next_free_slot,
    occurrences,
)

PARIS = "Europe/Paris"
NY = "America/New_York"


def sched(zone: str, *slots: tuple[int, int, int], excluded: tuple[date, ...] = ()) -> QueueSchedule:
    return QueueSchedule(
        name="q",
        zone=zone,
        slots=tuple(WeeklySlot(d, time(h, m)) for d, h, m in slots),
        excluded=frozenset(excluded),
    )


def test_monday_nine_stays_nine_across_spring_forward() -> None:
    # Paris switches to summer time on Sunday 2026-03-29.
    q = sched(PARIS, (0, 9, 0))
    got = list(occurrences(q, datetime(2026, 3, 20, tzinfo=UTC), datetime(2026, 4, 7, tzinfo=UTC)))
    assert got == [
        datetime(2026, 3, 23, 8, 0, tzinfo=UTC),  # CET, UTC+1
        datetime(2026, 3, 30, 7, 0, tzinfo=UTC),  # CEST, UTC+2
        datetime(2026, 4, 6, 7, 0, tzinfo=UTC),
    ]
    assert all(t.astimezone(ZoneInfo(PARIS)).time() == time(9, 0) for t in got)


def test_slot_in_spring_gap_is_shifted_after_the_jump() -> None:
    # New York: 2026-03-08 02:00 → 03:00. A Sunday 02:30 slot lands at 03:30 EDT.
    q = sched(NY, (6, 2, 30))
    (got,) = occurrences(q, datetime(2026, 3, 8, tzinfo=UTC), datetime(2026, 3, 9, tzinfo=UTC))
    assert got == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)
    assert got.astimezone(ZoneInfo(NY)).time() == time(3, 30)


def test_slot_in_fall_overlap_is_the_first_occurrence() -> None:
    # New York: 2026-11-01 01:00-02:00 happens twice; 01:30 EDT is 05:30 UTC.
    q = sched(NY, (6, 1, 30))
    got = list(occurrences(q, datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 11, 2, tzinfo=UTC)))
    assert got == [datetime(2026, 11, 1, 5, 30, tzinfo=UTC)]


def test_excluded_dates_have_no_slots() -> None:
    q = sched(PARIS, (0, 9, 0), excluded=(date(2026, 3, 23),))
    now = datetime(2026, 3, 20, tzinfo=UTC)
    assert next_free_slot(q, now, []) == datetime(2026, 3, 30, 7, 0, tzinfo=UTC)


def test_next_free_slot_skips_taken_and_past() -> None:
    q = sched(PARIS, (0, 9, 0), (3, 17, 30))
    now = datetime(2026, 3, 23, 8, 30, tzinfo=UTC)  # Monday 09:30 Paris: Monday's slot is past
    first = next_free_slot(q, now, [])
    assert first == datetime(2026, 3, 26, 16, 30, tzinfo=UTC)  # Thursday 17:30 CET
    second = next_free_slot(q, now, [first])
    assert second == datetime(2026, 3, 30, 7, 0, tzinfo=UTC)


def test_empty_schedule_has_no_free_slot() -> None:
    q = QueueSchedule(name="empty", zone=PARIS, slots=())
    assert next_free_slot(q, datetime(2026, 1, 1, tzinfo=UTC), []) is None


def test_naive_instants_are_refused() -> None:
    q = sched(PARIS, (0, 9, 0))
    with pytest.raises(ValueError):
        list(occurrences(q, datetime(2026, 1, 1), datetime(2026, 2, 1)))


def test_bad_weekday_refused() -> None:
    with pytest.raises(ValueError):
        WeeklySlot(7, time(9))


def test_evergreen_keeps_local_time_over_dst() -> None:
    e = Evergreen(times=3, every_days=7, zone=PARIS)
    first = datetime(2026, 3, 16, 8, 0, tzinfo=UTC)  # Monday 09:00 CET
    got = e.instants(first)
    assert [t.astimezone(ZoneInfo(PARIS)).time() for t in got] == [time(9, 0)] * 3
    assert got[1] == datetime(2026, 3, 30, 7, 0, tzinfo=UTC)
    assert e.next_after(first, got[0]) == got[1]
    assert e.next_after(first, got[-1]) is None


@given(
    zone=st.sampled_from([PARIS, NY, "Australia/Lord_Howe", "Asia/Kolkata", "UTC"]),
    slots=st.lists(
        st.tuples(st.integers(0, 6), st.integers(0, 23), st.sampled_from([0, 15, 30, 45])),
        min_size=1,
        max_size=6,
    ),
    start=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1)),
    taken_n=st.integers(0, 5),
)
def test_properties_of_next_free_slot(zone, slots, start, taken_n) -> None:
    q = sched(zone, *slots)
    now = start.replace(tzinfo=UTC)
    taken: list[datetime] = []
    for _ in range(taken_n):
        nxt = next_free_slot(q, now, taken)
        assert nxt is not None
        # strictly after now, never a held slot, and ascending as the queue fills
        assert nxt > now
        assert nxt not in taken
        assert not taken or nxt > taken[-1]
        # a queue slot falls on its weekday in local time (a gap shifts time, not day)
        local = nxt.astimezone(ZoneInfo(zone))
        assert local.weekday() in {d for d, _, _ in slots}
        taken.append(nxt)


@given(
    zone=st.sampled_from([PARIS, NY, "Europe/London"]),
    day=st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 1, 1)),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
)
def test_local_to_utc_round_trips_outside_gaps(zone, day, hour, minute) -> None:
    tz = ZoneInfo(zone)
    got = local_to_utc(day, time(hour, minute), tz).astimezone(tz)
    # either the wall time survives, or it was in a gap and moved forward by at most 1 hour
    want = datetime.combine(day, time(hour, minute))
    delta = got.replace(tzinfo=None) - want
    assert timedelta(0) <= delta <= timedelta(hours=1)
