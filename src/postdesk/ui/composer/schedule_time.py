"""Turn a wall-clock time the user picked in their zone into a UTC instant, honestly.

On a DST change day some local times do not exist (the clock jumps over them) and some
happen twice. A nonexistent time is refused; an ambiguous one resolves to its first
occurrence and says so. Pure Python, so it is easy to test.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from zoneinfo import ZoneInfo


class WallTimeKind(Enum):
    """What kind of local time was picked."""

    NORMAL = "normal"
    AMBIGUOUS = "ambiguous"
    NONEXISTENT = "nonexistent"


@dataclass(frozen=True)
class Resolved:
    """The result of resolving a wall time.

    Attributes:
        kind: normal, ambiguous (first occurrence used) or nonexistent (utc is None).
        utc: the aware UTC instant, or None when the time does not exist.
    """

    kind: WallTimeKind
    utc: datetime | None


def resolve_wall_time(wall: datetime, zone_name: str) -> Resolved:
    """Resolve a naive wall time in `zone_name`.

    Args:
        wall: naive local date and time (any tzinfo is ignored).
        zone_name: an IANA zone name, e.g. "Europe/Paris".

    Returns:
        The resolution; for a nonexistent time `utc` is None.

    Raises:
        zoneinfo.ZoneInfoNotFoundError: unknown zone name.
    """
    zone = ZoneInfo(zone_name)
    naive = wall.replace(tzinfo=None)
    first = naive.replace(tzinfo=zone, fold=0)
    second = naive.replace(tzinfo=zone, fold=1)
    first_utc = first.astimezone(UTC)
    # A time that does not exist does not survive the round trip back to local time.
    if first_utc.astimezone(zone).replace(tzinfo=None) != naive:
        return Resolved(WallTimeKind.NONEXISTENT, None)
    if first.utcoffset() != second.utcoffset():
        return Resolved(WallTimeKind.AMBIGUOUS, first_utc)
    return Resolved(WallTimeKind.NORMAL, first_utc)


def to_wall_time(instant: datetime, zone_name: str) -> datetime:
    """Return the naive local wall time of an aware instant in `zone_name`."""
    return instant.astimezone(ZoneInfo(zone_name)).replace(tzinfo=None)
