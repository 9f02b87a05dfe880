"""Retry timing: exponential backoff with jitter, `Retry-After`, and per-account rate limits.

Pure: the jitter source and the current time are passed in, so a test can pin both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

#: A source of jitter: returns a float in [0, 1). `random.Random().random` in production.
Jitter = Callable[[], float]


@dataclass(frozen=True, slots=True)
class BackoffPolicy:
    """How long to wait before the next attempt after a transient failure.

    Attributes:
        base: the delay after the first failure.
        factor: the growth per further failure.
        cap: the longest delay.
        max_attempts: attempts (sends) after which a transient failure becomes permanent.
    """

    base: timedelta = timedelta(seconds=30)
    factor: float = 2.0
    cap: timedelta = timedelta(hours=1)
    max_attempts: int = 8

    def delay(self, attempt: int, jitter: Jitter, retry_after: timedelta | None = None) -> timedelta:
        """The delay before attempt `attempt + 1`.

        "Full jitter": a uniform draw in [0, backoff], so that many targets failing together
        (one outage, one account) do not retry together. A network's `Retry-After` is a floor:
        never ask earlier than it said.

        Args:
            attempt: how many sends have failed so far (1 after the first failure).
            jitter: the source of randomness in [0, 1).
            retry_after: the delay the network asked for, if any.

        Returns:
            The delay, never negative.
        """
        exp = self.base.total_seconds() * self.factor ** max(0, attempt - 1)
        ceiling = min(self.cap.total_seconds(), exp)
        # Keep at least half the backoff: full jitter down to zero would hammer a sick server.
        seconds = ceiling / 2 + jitter() * ceiling / 2
        if retry_after is not None:
            seconds = max(seconds, retry_after.total_seconds())
        return timedelta(seconds=max(0.0, seconds))

    def exhausted(self, attempt: int) -> bool:
        """Whether `attempt` failed sends are too many to try again."""
        return attempt >= self.max_attempts


#: The longest wait a network may impose through `Retry-After` or a rate-limit reset. X's daily
#: posting limits reset within 24 hours, the longest documented wait of any network we speak to;
#: a larger value is a broken or hostile answer (`Retry-After: 99999999999999999999` does not
#: even fit a `timedelta`), and believing it would park a post for centuries.
MAX_RETRY_AFTER = timedelta(hours=24)


def clamp_retry_after(seconds: float | None) -> timedelta | None:
    """A wait the network asked for, in seconds, clamped to [0, `MAX_RETRY_AFTER`].

    Args:
        seconds: the wait (any size, negative, NaN or infinite), or None when it did not say.

    Returns:
        The clamped wait, or None when `seconds` is None or NaN.
    """
    if seconds is None or seconds != seconds:  # NaN compares unequal to itself
        return None
    cap = MAX_RETRY_AFTER.total_seconds()
    return timedelta(seconds=min(max(float(seconds), 0.0), cap))


def clamp_delay(delay: timedelta | None) -> timedelta | None:
    """A wait already as a `timedelta`, clamped to [0, `MAX_RETRY_AFTER`] (None stays None)."""
    if delay is None:
        return None
    return min(max(delay, timedelta(0)), MAX_RETRY_AFTER)


def parse_retry_after(value: str | None, now: datetime) -> timedelta | None:
    """Read an HTTP `Retry-After` header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date.

    Args:
        value: the header value, or None when absent.
        now: the current UTC instant (for the HTTP-date form).

    Returns:
        The delay, clamped to [0, `MAX_RETRY_AFTER`] (zero if the date is already past), or None
        when absent or unreadable.
    """
    if value is None:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # "²".isdigit() is true too, but not delay-seconds
        # timedelta(seconds=int("9" * 20)) overflows, and int() refuses over 4300 digits.
        cap = int(MAX_RETRY_AFTER.total_seconds())
        return clamp_retry_after(cap if len(value) > len(str(cap)) else min(int(value), cap))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # "-0000": an HTTP-date is in GMT by definition (RFC 9110 §5.6.7)
        when = when.replace(tzinfo=UTC)
    return clamp_delay(when - now)


@dataclass(slots=True)
class TokenBucket:
    """A per-account budget of requests, so the engine slows down before the network says 429.

    Attributes:
        capacity: the most requests allowed in a burst.
        per: the window in which `capacity` requests refill.
        tokens: requests available now.
        updated: the instant `tokens` was last computed (monotonic seconds).
    """

    capacity: int
    per: float
    tokens: float = field(default=-1.0)
    updated: float | None = None

    def __post_init__(self) -> None:
        if self.tokens < 0:
            self.tokens = float(self.capacity)

    def _refill(self, now: float) -> None:
        if self.updated is not None and now > self.updated:
            self.tokens = min(
                float(self.capacity),
                self.tokens + (now - self.updated) * self.capacity / self.per,
            )
        self.updated = now if self.updated is None else max(self.updated, now)

    def wait_time(self, now: float) -> float:
        """Seconds until one request is allowed (0 if allowed now)."""
        self._refill(now)
        if self.tokens >= 1.0:
            return 0.0
        return (1.0 - self.tokens) * self.per / self.capacity

    def take(self, now: float) -> bool:
        """Spend one request if allowed now; return whether it was."""
        self._refill(now)
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False

    def drain_for(self, seconds: float, now: float) -> None:
        """Spend the budget for `seconds` (the network said 429: believe it for the account)."""
        self._refill(now)
        self.tokens = min(self.tokens, 0.0) - seconds * self.capacity / self.per
