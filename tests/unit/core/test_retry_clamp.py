"""`Retry-After` and rate-limit waits are clamped to [0, MAX_RETRY_AFTER] (issue 12, item 5).

`Retry-After: 99999999999999999999` used to raise OverflowError out of `timedelta`, crashing the
adapter that read it; a date centuries ahead parked a post for centuries.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from postdesk.core.retry import (
    MAX_RETRY_AFTER,
    BackoffPolicy,
    clamp_delay,
    clamp_retry_after,
    parse_retry_after,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_the_ceiling_is_a_day() -> None:
    assert timedelta(hours=24) == MAX_RETRY_AFTER


@pytest.mark.parametrize(
    "value",
    [
        "99999999999999999999",  # the header that crashed the adapter
        "9" * 5000,  # more digits than int() accepts
        "86401",
        "Fri, 31 Dec 9999 23:59:59 GMT",  # the last HTTP date there is
        "Fri, 01 Jan 2100 00:00:00 GMT",
    ],
)
def test_absurd_waits_are_clamped_to_the_ceiling(value: str) -> None:
    assert parse_retry_after(value, NOW) == MAX_RETRY_AFTER


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", timedelta(0)),
        ("120", timedelta(seconds=120)),
        (" 30 ", timedelta(seconds=30)),
        ("86400", MAX_RETRY_AFTER),
        ("Mon, 02 Mar 2026 09:05:00 GMT", timedelta(minutes=5)),
        ("Sun, 01 Mar 2026 09:00:00 GMT", timedelta(0)),  # already past
    ],
)
def test_sane_waits_are_kept(value: str, expected: timedelta) -> None:
    assert parse_retry_after(value, NOW) == expected


@pytest.mark.parametrize("value", [None, "", "soon", "-5", "1.5", "1e9", "²", "Mon, 99 Foo 2026"])
def test_unreadable_waits_are_none(value: str | None) -> None:
    assert parse_retry_after(value, NOW) is None


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        (None, None),
        (float("nan"), None),
        (-10, timedelta(0)),
        (5, timedelta(seconds=5)),
        (10**20, MAX_RETRY_AFTER),
        (float("inf"), MAX_RETRY_AFTER),
    ],
)
def test_clamp_retry_after(seconds: float | None, expected: timedelta | None) -> None:
    assert clamp_retry_after(seconds) == expected


def test_clamp_delay() -> None:
    assert clamp_delay(None) is None
    assert clamp_delay(timedelta.max) == MAX_RETRY_AFTER
    assert clamp_delay(-timedelta(days=3)) == timedelta(0)
    assert clamp_delay(timedelta(minutes=7)) == timedelta(minutes=7)


def test_backoff_honours_the_clamped_wait_as_a_floor() -> None:
    wait = parse_retry_after("99999999999999999999", NOW)
    assert BackoffPolicy().delay(1, lambda: 0.0, wait) == MAX_RETRY_AFTER
