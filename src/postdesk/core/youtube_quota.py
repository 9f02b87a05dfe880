"""YouTube's daily API quota, counted per account and per Pacific-time day (pure: time is passed in).

Google's quota calculator (developers.google.com/youtube/data/determine_quota_cost, read
2026-12-04) says:

- projects get "100 `search.list` calls, 100 `videos.insert` calls, and 10,000 units per day
  combined for all other endpoints"; `videos.insert` has its own bucket (1 per call);
- "All API requests, including invalid requests, incur a quota cost of at least one point";
- "Daily quotas reset at midnight Pacific Time (PT)";
- costs: `videos.list` 1, `videos.update` 50, `videos.delete` 50, `thumbnails.set` 50,
  `playlistItems.insert` 50, `playlistItems.list` 1, `channels.list` 1, `commentThreads.list` 1,
  `commentThreads.insert` 50, `comments.insert` 50, `comments.list` 1.

Older versions of that page (and PLATFORMS.md) charged `videos.insert` 1600 of the 10,000 units;
`UPLOAD_UNITS_LEGACY` keeps that figure for a project the user says still counts that way
(`QuotaLimits(upload_units=1600)`).

The quota belongs to the Google Cloud project (the creator's own client id), not the channel:
two channels connected with the same client id share it. Postdesk counts per account, which is
exact for the usual one-project-per-channel setup and a lower bound otherwise; a `quotaExceeded`
answer from YouTube always wins (it marks the day as spent).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

PACIFIC = ZoneInfo("America/Los_Angeles")

#: Units per call of each method Postdesk uses, from the 10,000-unit bucket.
UNIT_COSTS: Mapping[str, int] = {
    "videos.list": 1,
    "videos.update": 50,
    "videos.delete": 50,
    "thumbnails.set": 50,
    "playlistItems.insert": 50,
    "playlistItems.list": 1,
    "channels.list": 1,
    "commentThreads.list": 1,
    "commentThreads.insert": 50,
    "comments.insert": 50,
    "comments.list": 1,
}
#: `videos.insert` is counted in calls, in a bucket of its own.
UPLOAD_METHOD = "videos.insert"
#: What `videos.insert` cost in units before it got its own bucket.
UPLOAD_UNITS_LEGACY = 1600
#: How many status checks a publish may spend waiting for YouTube to process the video.
PROCESSING_CHECKS = 20


@dataclass(frozen=True, slots=True)
class QuotaLimits:
    """The project's daily allowance.

    Attributes:
        units: units per day for everything but uploads (10,000 by default).
        uploads: `videos.insert` calls per day (100 by default).
        upload_units: units an upload takes from `units` (0 today; 1600 under the old rule).
    """

    units: int = 10_000
    uploads: int = 100
    upload_units: int = 0


DEFAULT_LIMITS = QuotaLimits()


@dataclass(frozen=True, slots=True)
class QuotaUsage:
    """What one account spent on one Pacific day.

    Attributes:
        day: the Pacific calendar day (ISO date).
        units: units spent.
        uploads: `videos.insert` calls made.
        exhausted: YouTube itself said `quotaExceeded` this day.
    """

    day: str
    units: int = 0
    uploads: int = 0
    exhausted: bool = False

    def to_json(self) -> dict[str, object]:
        """A JSON-able form for storage."""
        return {"day": self.day, "units": self.units, "uploads": self.uploads, "exhausted": self.exhausted}

    @staticmethod
    def from_json(value: object) -> QuotaUsage | None:
        """The stored form back, or None when it is not one."""
        if not isinstance(value, Mapping) or not isinstance(value.get("day"), str):
            return None
        units, uploads = value.get("units", 0), value.get("uploads", 0)
        if not isinstance(units, int) or not isinstance(uploads, int):
            return None
        return QuotaUsage(str(value["day"]), max(units, 0), max(uploads, 0), value.get("exhausted") is True)


@dataclass(frozen=True, slots=True)
class Cost:
    """What some calls take from the two buckets."""

    units: int = 0
    uploads: int = 0

    def __add__(self, other: Cost) -> Cost:
        return Cost(self.units + other.units, self.uploads + other.uploads)


def pacific_day(instant: datetime) -> str:
    """The Pacific calendar day (ISO date) of `instant` (naive instants are taken as UTC)."""
    aware = instant if instant.tzinfo is not None else instant.replace(tzinfo=UTC)
    return aware.astimezone(PACIFIC).date().isoformat()


def next_reset(instant: datetime) -> datetime:
    """The next Pacific midnight after `instant`, in UTC (when the quota comes back)."""
    aware = instant if instant.tzinfo is not None else instant.replace(tzinfo=UTC)
    day = aware.astimezone(PACIFIC).date() + timedelta(days=1)
    return datetime.combine(day, time(0), PACIFIC).astimezone(UTC)


def today(usage: QuotaUsage | None, now: datetime) -> QuotaUsage:
    """`usage` if it is of `now`'s Pacific day, else a fresh day (the quota has reset)."""
    day = pacific_day(now)
    return usage if usage is not None and usage.day == day else QuotaUsage(day)


def cost_of(method: str, limits: QuotaLimits = DEFAULT_LIMITS) -> Cost:
    """What one call of `method` costs (at least one unit, like any request)."""
    if method == UPLOAD_METHOD:
        return Cost(units=limits.upload_units, uploads=1)
    return Cost(units=UNIT_COSTS.get(method, 1))


def publish_cost(*, thumbnail: bool, playlist: bool, limits: QuotaLimits = DEFAULT_LIMITS) -> Cost:
    """What publishing one video takes: the upload, a few status checks, and the extras."""
    cost = cost_of(UPLOAD_METHOD, limits) + Cost(units=PROCESSING_CHECKS * UNIT_COSTS["videos.list"])
    if thumbnail:
        cost = cost + cost_of("thumbnails.set")
    if playlist:
        cost = cost + cost_of("playlistItems.insert")
    return cost


def spend(usage: QuotaUsage | None, method: str, now: datetime, limits: QuotaLimits = DEFAULT_LIMITS) -> QuotaUsage:
    """`usage` after one call of `method` at `now`."""
    current = today(usage, now)
    cost = cost_of(method, limits)
    return replace(current, units=current.units + cost.units, uploads=current.uploads + cost.uploads)


def exhausted(usage: QuotaUsage | None, now: datetime) -> QuotaUsage:
    """`usage` after YouTube said the day's quota is spent."""
    return replace(today(usage, now), exhausted=True)


def remaining(usage: QuotaUsage | None, now: datetime, limits: QuotaLimits = DEFAULT_LIMITS) -> Cost:
    """What is left of `now`'s Pacific day (nothing once YouTube said `quotaExceeded`)."""
    current = today(usage, now)
    if current.exhausted:
        return Cost(0, 0)
    return Cost(max(limits.units - current.units, 0), max(limits.uploads - current.uploads, 0))


def covers(left: Cost, cost: Cost) -> bool:
    """Whether `left` pays for `cost`."""
    return left.units >= cost.units and left.uploads >= cost.uploads


class QuotaVerdict(str):
    """A plan check's answer ("ok", "low", "over"): a str so that `ui/` can word it."""


OK = QuotaVerdict("ok")
LOW = QuotaVerdict("low")  # it fits, but the day would be left with less than another upload
OVER = QuotaVerdict("over")  # it cannot fit: YouTube would refuse it with quotaExceeded


@dataclass(frozen=True, slots=True)
class DayPlan:
    """How one scheduled YouTube publish of the account stands against its day's quota.

    Attributes:
        verdict: OK, LOW or OVER.
        day: the Pacific day (ISO date) the post goes out on.
        uploads_that_day: publishes planned that day for the account, this one included.
        uploads_left: uploads the day allows after them (negative: over by that many).
        units_left: units the day allows after them.
        reset_at: when that day's quota runs out at the latest (the next Pacific midnight).
    """

    verdict: QuotaVerdict
    day: str
    uploads_that_day: int
    uploads_left: int
    units_left: int
    reset_at: datetime


def check_day(
    when: datetime,
    planned: Iterable[Cost],
    this: Cost,
    usage: QuotaUsage | None,
    now: datetime,
    limits: QuotaLimits = DEFAULT_LIMITS,
) -> DayPlan:
    """Whether a publish at `when` fits the quota of its Pacific day.

    Args:
        when: when the post goes out.
        planned: the costs of the account's other YouTube publishes planned on that day.
        this: this publish's cost (`publish_cost`).
        usage: what is spent so far (counts only if `when` is on `now`'s Pacific day).
        now: the current instant.
        limits: the project's allowance.

    Returns:
        OVER when the day's plan cannot fit whatever happens (what Postdesk counted is a lower
        bound of what the project spent), so scheduling it is refused; LOW when it fits but
        leaves less than one more upload's worth, so the composer warns; OK otherwise.
    """
    day = pacific_day(when)
    spent = today(usage, now) if day == pacific_day(now) else QuotaUsage(day)
    total = Cost(spent.units, spent.uploads) + this
    count = 1
    for cost in planned:
        total = total + cost
        count += 1
    units_left = limits.units - total.units
    uploads_left = limits.uploads - total.uploads
    if spent.exhausted or units_left < 0 or uploads_left < 0:
        verdict = OVER
    elif units_left < this.units or uploads_left < this.uploads:
        verdict = LOW
    else:
        verdict = OK
    return DayPlan(verdict, day, count, uploads_left, units_left, next_reset(when))
