"""core.insights: checkpoints, unknown vs 0, the weekday × hour grid and best times."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from postdesk.core import insights as ins

P = datetime(2026, 3, 28, 22, 0, tzinfo=UTC)  # a Saturday, the night before Europe's DST change
ZONES = [ZoneInfo(z) for z in ("UTC", "Europe/Paris", "America/St_Johns", "Asia/Kathmandu", "Pacific/Chatham")]


def test_due_after_each_checkpoint_once() -> None:
    assert not ins.metrics_due(P, None, P + timedelta(minutes=59))
    assert ins.metrics_due(P, None, P + timedelta(hours=1))
    assert not ins.metrics_due(P, P + timedelta(hours=1), P + timedelta(hours=23))
    assert ins.metrics_due(P, P + timedelta(hours=1), P + timedelta(days=1))
    assert not ins.metrics_due(P, P + timedelta(days=1, minutes=3), P + timedelta(days=6))
    assert ins.metrics_due(P, P + timedelta(days=1), P + timedelta(days=7))
    assert not ins.metrics_due(P, P + timedelta(days=7), P + timedelta(days=300))


def test_next_due() -> None:
    assert ins.next_due(P, None) == P + timedelta(hours=1)
    assert ins.next_due(P, P + timedelta(hours=2)) == P + timedelta(days=1)
    assert ins.next_due(P, P + timedelta(days=8)) is None


def test_unknown_is_not_zero() -> None:
    assert ins.add_known([None, None]) is None
    assert ins.add_known([None, 0]) == 0
    assert ins.engagement({"likes": None, "reposts": None, "views": 500}) is None
    assert ins.engagement({"likes": 0, "reposts": None, "replies": 2}) == 2


def test_grid_uses_the_local_weekday_and_hour() -> None:
    paris = ZoneInfo("Europe/Paris")
    # Saturday 22:00 UTC is Saturday 23:00 in Paris; an hour later it is Sunday 00:00
    grid = ins.week_grid(
        [
            ins.PublishedEngagement(P, 5),
            ins.PublishedEngagement(P + timedelta(hours=1), 3),
            ins.PublishedEngagement(P, None),
        ],
        paris,
    )
    assert grid[5][23] == ins.Cell(1, 5)
    assert grid[6][0] == ins.Cell(1, 3)


def test_best_times_rank_by_engagement_per_post() -> None:
    utc = ZoneInfo("UTC")
    monday9 = datetime(2026, 5, 4, 9, tzinfo=UTC)
    posts = [
        ins.PublishedEngagement(monday9, 10),
        ins.PublishedEngagement(monday9, 20),
        ins.PublishedEngagement(monday9 + timedelta(days=2, hours=9), 40),
        ins.PublishedEngagement(monday9 + timedelta(hours=1), 1),
    ]
    best = ins.best_times(posts, utc)
    assert [(b.weekday, b.hour, b.posts, b.mean_engagement) for b in best] == [
        (2, 18, 1, 40.0),
        (0, 9, 2, 15.0),
        (0, 10, 1, 1.0),
    ]
    assert [(b.weekday, b.hour) for b in ins.best_times(posts, utc, min_posts=2)] == [(0, 9)]
    assert ins.best_hours(posts, utc, limit=2) == [18, 9]
    assert ins.best_times([], utc) == []


def test_daily_series_fills_every_day() -> None:
    paris = ZoneInfo("Europe/Paris")
    series = ins.daily_series(
        [(P, 4, None), (P + timedelta(hours=1), None, 10)], paris, date(2026, 3, 28), date(2026, 3, 30)
    )
    assert [(p.posts, p.engagement, p.views) for p in series] == [(1, 4, None), (1, None, 10), (0, None, None)]


_instants = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC))
_posts = st.lists(
    st.builds(ins.PublishedEngagement, _instants, st.one_of(st.none(), st.integers(0, 10**9))), max_size=60
)


@given(_posts, st.sampled_from(ZONES))
def test_grid_preserves_totals(posts: list[ins.PublishedEngagement], zone: ZoneInfo) -> None:
    grid = ins.week_grid(posts, zone)
    known = [p.engagement for p in posts if p.engagement is not None]
    assert sum(c.engagement for row in grid for c in row) == sum(known)
    assert sum(c.posts for row in grid for c in row) == len(known)
    assert len(grid) == 7 and all(len(row) == 24 for row in grid)


@given(_posts, st.sampled_from(ZONES))
def test_best_times_rest_on_the_posts_given(posts: list[ins.PublishedEngagement], zone: ZoneInfo) -> None:
    best = ins.best_times(posts, zone, limit=168)
    known = [p for p in posts if p.engagement is not None]
    assert sum(b.posts for b in best) == len(known)
    assert sum(b.mean_engagement * b.posts for b in best) == pytest.approx(sum(p.engagement for p in known))
    means = [b.mean_engagement for b in best]
    assert means == sorted(means, reverse=True)
