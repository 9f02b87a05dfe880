"""core.best_time_suggest: enough data or not, and the next Tuesday 18:00 in the user's zone (DST included)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from postdesk.core.best_time_suggest import ENOUGH_POSTS, next_occurrence, suggest
from postdesk.core.insights import PublishedEngagement

PARIS = ZoneInfo("Europe/Paris")
TUESDAY_6PM_PARIS = datetime(2026, 3, 3, 17, 0, tzinfo=UTC)


def test_too_few_posts_with_known_engagement_suggest_nothing() -> None:
    few = [PublishedEngagement(TUESDAY_6PM_PARIS - timedelta(weeks=i), 50) for i in range(ENOUGH_POSTS - 1)]
    unknown = [PublishedEngagement(TUESDAY_6PM_PARIS, None)] * 10  # unknown is not "nobody cared"
    found = suggest(few + unknown, PARIS)
    assert not found.enough and found.best == () and found.posts == ENOUGH_POSTS - 1


def test_enough_posts_rank_the_creators_best_hours_in_their_zone() -> None:
    history = [PublishedEngagement(TUESDAY_6PM_PARIS - timedelta(weeks=i), 90) for i in range(3)]
    history += [PublishedEngagement(datetime(2026, 3, 2, 8, 0, tzinfo=UTC) - timedelta(weeks=i), 10) for i in range(3)]
    found = suggest(history, PARIS)
    assert found.enough
    assert [(b.weekday, b.hour, b.posts) for b in found.best] == [(1, 18, 3), (0, 9, 3)]


def test_next_occurrence_is_the_next_such_wall_time() -> None:
    now = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # Monday 09:00 in Paris
    assert next_occurrence(1, 18, now, PARIS) == datetime(2026, 3, 3, 17, 0, tzinfo=UTC)
    assert next_occurrence(0, 9, now, PARIS) == datetime(2026, 3, 9, 8, 0, tzinfo=UTC)  # 09:00 is now: next week
    assert next_occurrence(0, 10, now, PARIS) == datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_an_hour_the_clocks_skip_goes_to_the_week_after() -> None:
    now = datetime(2026, 3, 27, 12, 0, tzinfo=UTC)  # Friday; Paris skips 02:00-03:00 on Sunday 29 March
    assert next_occurrence(6, 2, now, PARIS) == datetime(2026, 4, 5, 0, 0, tzinfo=UTC)  # 02:00 CEST


@given(
    st.integers(0, 6),
    st.integers(0, 23),
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1), timezones=st.just(UTC)),
    st.sampled_from(["Europe/Paris", "America/St_Johns", "Asia/Kathmandu", "Australia/Lord_Howe", "UTC"]),
)
def test_next_occurrence_is_after_now_on_that_weekday_and_hour_within_two_weeks(
    weekday: int, hour: int, now: datetime, zone_name: str
) -> None:
    zone = ZoneInfo(zone_name)
    at = next_occurrence(weekday, hour, now, zone)
    local = at.astimezone(zone)
    assert now < at <= now + timedelta(days=14, hours=1)
    assert (local.weekday(), local.hour, local.minute) == (weekday, hour, 0)
