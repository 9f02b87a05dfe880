"""What the composer's time picker suggests: the creator's best weekdays and hours, and when each comes next.

Pure (ARCHITECTURE.md): the history, the zone and the current instant are passed in. The ranking
is `core.insights.best_times`; this module decides when there is enough to go on, and turns
"Tuesday 18:00" into the next Tuesday 18:00 the clocks of the user's zone will show.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo

from postdesk.core.calendar import Ambiguity, resolve_wall_time
from postdesk.core.insights import BestTime, PublishedEngagement, best_times

#: Posts whose likes and replies were read before any time is suggested: one lucky post is no pattern.
ENOUGH_POSTS = 5


@dataclass(frozen=True, slots=True)
class Suggestions:
    """The suggested times, or why there are none.

    Attributes:
        best: best first (empty when `enough` is False).
        posts: how many posts with known engagement they rest on.
        needed: how many such posts the suggestions need.
    """

    best: tuple[BestTime, ...]
    posts: int
    needed: int = ENOUGH_POSTS

    @property
    def enough(self) -> bool:
        return self.posts >= self.needed


def suggest(
    history: Iterable[PublishedEngagement], zone: tzinfo, *, limit: int = 3, needed: int = ENOUGH_POSTS
) -> Suggestions:
    """The creator's best weekdays and hours in `zone`, once at least `needed` posts say something."""
    known = [p for p in history if p.engagement is not None]
    if len(known) < needed:
        return Suggestions((), len(known), needed)
    return Suggestions(tuple(best_times(known, zone, limit=limit)), len(known), needed)


def next_occurrence(weekday: int, hour: int, now: datetime, zone: tzinfo) -> datetime:
    """The first instant after `now` at which the clocks in `zone` show `hour`:00 on `weekday` (0 = Monday).

    A day on which the clocks skip that hour (a DST gap) is passed over for the next week's.
    """
    local = now.astimezone(zone)
    day = local.date() + timedelta(days=(weekday - local.weekday()) % 7)
    for _week in range(3):
        resolved = resolve_wall_time(day, time(hour), zone, ambiguity=Ambiguity.EARLIER).instant
        if resolved is not None and resolved > now:
            return resolved
        day += timedelta(days=7)
    raise ValueError("no such hour in three weeks")  # only a zone that skips the hour every week
