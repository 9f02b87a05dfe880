"""Insights arithmetic: when a post's metrics are due, engagement, and the creator's best times.

Pure (ARCHITECTURE.md): no clock, no I/O. Instants are aware datetimes; the user's zone is passed
in as a `tzinfo`, so "Tuesday 18:00" is the creator's own Tuesday evening, not UTC's.

A metric is None when the network does not say ("unknown"), never 0: sums here add the known
values only, and a sum over nothing known stays None.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

#: When, after publishing, the engine reads a post's metrics: an hour, a day, a week.
CHECKPOINTS: tuple[timedelta, ...] = (timedelta(hours=1), timedelta(days=1), timedelta(days=7))

#: The metrics a snapshot holds, in the order the UI shows them.
METRICS: tuple[str, ...] = ("likes", "reposts", "replies", "quotes", "views", "clicks")

#: The metrics that make up engagement (what the audience did, not what it saw).
ENGAGEMENT_PARTS: tuple[str, ...] = ("likes", "reposts", "replies", "quotes", "clicks")

#: The fewest posts a weekday and hour need to be suggested (the composer may ask for more).
MIN_POSTS_FOR_BEST = 1


def add_known(values: Iterable[int | None]) -> int | None:
    """The sum of the known values, or None when none is known ("unknown" is not 0)."""
    total: int | None = None
    for value in values:
        if value is not None:
            total = value if total is None else total + value
    return total


def engagement(counts: dict[str, int | None]) -> int | None:
    """Likes + reposts + replies + quotes + clicks, of those known (None: none known)."""
    return add_known(counts.get(name) for name in ENGAGEMENT_PARTS)


def last_checkpoint(
    published_at: datetime, now: datetime, checkpoints: Sequence[timedelta] = CHECKPOINTS
) -> datetime | None:
    """The latest checkpoint instant already reached (None: not even the first one yet)."""
    reached = [published_at + step for step in checkpoints if published_at + step <= now]
    return max(reached) if reached else None


def metrics_due(
    published_at: datetime,
    last_fetched_at: datetime | None,
    now: datetime,
    checkpoints: Sequence[timedelta] = CHECKPOINTS,
) -> bool:
    """Whether a post's metrics should be read now.

    Due when a checkpoint has passed that no fetch has covered yet: one fetch after the week
    covers the hour and the day too, so a post published before Insights existed costs one
    request, not three.

    Args:
        published_at: when the post went out.
        last_fetched_at: the newest snapshot's instant, or None if never read.
        now: the current instant.
        checkpoints: offsets after publishing.
    """
    reached = last_checkpoint(published_at, now, checkpoints)
    if reached is None:
        return False
    return last_fetched_at is None or last_fetched_at < reached


def next_due(
    published_at: datetime, last_fetched_at: datetime | None, checkpoints: Sequence[timedelta] = CHECKPOINTS
) -> datetime | None:
    """The next checkpoint instant not yet covered by a fetch (None: all done)."""
    for step in sorted(checkpoints):
        at = published_at + step
        if last_fetched_at is None or last_fetched_at < at:
            return at
    return None


@dataclass(frozen=True, slots=True)
class PublishedEngagement:
    """One published post, as the best-times analysis needs it.

    Attributes:
        published_at: when it went out (aware).
        engagement: its engagement, None when its network says nothing.
    """

    published_at: datetime
    engagement: int | None


@dataclass(frozen=True, slots=True)
class Cell:
    """One weekday × hour of the heat-map.

    Attributes:
        posts: posts published in that hour whose engagement is known.
        engagement: their engagement, added up.
    """

    posts: int = 0
    engagement: int = 0

    @property
    def mean(self) -> float | None:
        """Engagement per post, None with no post."""
        return self.engagement / self.posts if self.posts else None


#: weekday (0 = Monday) → hour (0-23) → cell.
Grid = tuple[tuple[Cell, ...], ...]


def week_grid(posts: Iterable[PublishedEngagement], zone: tzinfo) -> Grid:
    """Engagement by local weekday × hour of publishing.

    Posts whose engagement is unknown are left out (they would read as "nobody cared").

    Args:
        posts: published posts with their engagement.
        zone: the user's time zone.

    Returns:
        7 rows (Monday first) of 24 cells.
    """
    counts = [[0] * 24 for _ in range(7)]
    sums = [[0] * 24 for _ in range(7)]
    for post in posts:
        if post.engagement is None:
            continue
        local = post.published_at.astimezone(zone)
        counts[local.weekday()][local.hour] += 1
        sums[local.weekday()][local.hour] += post.engagement
    return tuple(tuple(Cell(counts[d][h], sums[d][h]) for h in range(24)) for d in range(7))


@dataclass(frozen=True, slots=True)
class BestTime:
    """A weekday and hour at which the creator's posts did well.

    Attributes:
        weekday: 0 = Monday.
        hour: 0-23, in the zone the analysis was made in.
        posts: how many posts it rests on.
        mean_engagement: their engagement per post.
    """

    weekday: int
    hour: int
    posts: int
    mean_engagement: float


def best_times(
    posts: Iterable[PublishedEngagement], zone: tzinfo, *, limit: int = 3, min_posts: int = MIN_POSTS_FOR_BEST
) -> list[BestTime]:
    """The creator's best weekdays and hours, best first (what the time picker suggests).

    Ranked by engagement per post, then by how many posts back it, then earliest in the week.

    Args:
        posts: published posts with their engagement.
        zone: the user's time zone.
        limit: how many to return.
        min_posts: cells resting on fewer posts are left out.
    """
    grid = week_grid(posts, zone)
    ranked = [
        BestTime(d, h, cell.posts, cell.engagement / cell.posts)
        for d, row in enumerate(grid)
        for h, cell in enumerate(row)
        if cell.posts >= max(1, min_posts)
    ]
    ranked.sort(key=lambda b: (-b.mean_engagement, -b.posts, b.weekday, b.hour))
    return ranked[:limit]


def best_hours(posts: Iterable[PublishedEngagement], zone: tzinfo, *, limit: int = 3) -> list[int]:
    """The creator's best hours of the day (any weekday), best first."""
    totals = [0] * 24
    counts = [0] * 24
    for row in week_grid(posts, zone):
        for hour, cell in enumerate(row):
            totals[hour] += cell.engagement
            counts[hour] += cell.posts
    hours = [h for h in range(24) if counts[h]]
    hours.sort(key=lambda h: (-totals[h] / counts[h], -counts[h], h))
    return hours[:limit]


@dataclass(frozen=True, slots=True)
class DayPoint:
    """One day of the chart.

    Attributes:
        day: the local date.
        posts: posts published that day.
        engagement: their engagement (None: nothing known).
        views: their views (None: nothing known).
    """

    day: date
    posts: int
    engagement: int | None
    views: int | None


def daily_series(
    posts: Iterable[tuple[datetime, int | None, int | None]], zone: tzinfo, first: date, last: date
) -> list[DayPoint]:
    """Engagement and views per local day of publishing, every day from `first` to `last`.

    Args:
        posts: (published_at, engagement, views) per post.
        zone: the user's time zone.
        first: the first day (inclusive).
        last: the last day (inclusive).
    """
    days = (last - first).days + 1
    counts = [0] * max(days, 0)
    eng: list[list[int | None]] = [[] for _ in range(max(days, 0))]
    views: list[list[int | None]] = [[] for _ in range(max(days, 0))]
    for published_at, engaged, seen in posts:
        index = (published_at.astimezone(zone).date() - first).days
        if 0 <= index < days:
            counts[index] += 1
            eng[index].append(engaged)
            views[index].append(seen)
    return [
        DayPoint(first + timedelta(days=i), counts[i], add_known(eng[i]), add_known(views[i]))
        for i in range(max(days, 0))
    ]
