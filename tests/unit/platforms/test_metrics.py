"""`platforms.metrics`: counts that the network does not give stay None, never 0."""

from __future__ import annotations

import dataclasses

import pytest

from postdesk.platforms.metrics import UNKNOWN, MetricsAdapter, PostMetrics, count


@pytest.mark.parametrize(
    ("value", "expected"), [(3, 3), (0, 0), (None, None), (True, None), (-1, None), ("5", None), (2.0, None)]
)
def test_count_takes_only_non_negative_integers(value: object, expected: int | None) -> None:
    assert count({"n": value}, "n") == expected


def test_missing_field_is_none() -> None:
    assert count({}, "n") is None


def test_post_metrics_are_frozen_and_quotes_default_to_unknown() -> None:
    metrics = PostMetrics(likes=1, reposts=2, replies=3, views=None)
    assert metrics.quotes is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        metrics.likes = 5  # type: ignore[misc]
    assert PostMetrics(None, None, None, None, None) == UNKNOWN


def test_protocol_is_checked_at_runtime() -> None:
    class Counts:
        async def metrics(self, account_id: int | None, remote_id: str) -> PostMetrics:
            return UNKNOWN

    assert isinstance(Counts(), MetricsAdapter)
    assert not isinstance(object(), MetricsAdapter)
