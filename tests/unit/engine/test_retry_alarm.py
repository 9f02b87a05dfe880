"""Backoff, Retry-After parsing, the token bucket, and the clock-jump detector."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from postdesk.core.retry import BackoffPolicy, TokenBucket, parse_retry_after
from postdesk.engine.scheduler import ClockJumpDetector

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@given(attempt=st.integers(1, 30), jitter=st.floats(0, 0.999999))
def test_backoff_is_bounded_and_grows(attempt: int, jitter: float) -> None:
    policy = BackoffPolicy()
    delay = policy.delay(attempt, lambda: jitter)
    ceiling = min(policy.cap.total_seconds(), 30 * 2 ** (attempt - 1))
    assert ceiling / 2 <= delay.total_seconds() <= ceiling


def test_jitter_spreads_retries() -> None:
    policy = BackoffPolicy()
    assert policy.delay(3, lambda: 0.0) != policy.delay(3, lambda: 0.9)


def test_retry_after_is_a_floor() -> None:
    policy = BackoffPolicy()
    assert policy.delay(1, lambda: 0.0, timedelta(minutes=10)) == timedelta(minutes=10)
    assert policy.delay(5, lambda: 0.0, timedelta(seconds=1)) == timedelta(seconds=240)


def test_parse_retry_after_forms() -> None:
    assert parse_retry_after("120", NOW) == timedelta(seconds=120)
    assert parse_retry_after("Mon, 02 Mar 2026 09:05:00 GMT", NOW) == timedelta(minutes=5)
    assert parse_retry_after("Mon, 02 Mar 2026 08:00:00 GMT", NOW) == timedelta(0)
    assert parse_retry_after(None, NOW) is None
    assert parse_retry_after("soon", NOW) is None


def test_token_bucket() -> None:
    bucket = TokenBucket(capacity=3, per=60)
    assert [bucket.take(0.0) for _ in range(4)] == [True, True, True, False]
    assert bucket.wait_time(0.0) == 20.0
    assert bucket.take(20.0)
    bucket.drain_for(60, 20.0)
    assert bucket.wait_time(20.0) == 80.0


def test_clock_jump_detector() -> None:
    detector = ClockJumpDetector(timedelta(seconds=30))
    assert detector.sample(NOW, 100.0) is None
    assert detector.sample(NOW + timedelta(seconds=30), 130.0) is None
    jump = detector.sample(NOW + timedelta(hours=2), 160.0)
    assert jump is not None and abs(jump - (7200 - 60)) < 1
    # the clock set back an hour is a jump too
    assert detector.sample(NOW + timedelta(hours=1), 190.0) < 0
