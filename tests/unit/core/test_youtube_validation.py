"""The composer's YouTube checks (core.validation over core.youtube_options and core.youtube_quota)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from postdesk.core import youtube_quota as quota
from postdesk.core.entities import Post, Target
from postdesk.core.media_info import MediaInfo, MediaKind
from postdesk.core.networks import Network
from postdesk.core.validation import ProblemCode, PublishContext, can_schedule, validate

NOW = datetime(2026, 12, 4, 17, 0, tzinfo=UTC)


def _check(
    options: dict[str, Any],
    frame: tuple[int, int] = (1920, 1080),
    seconds: float = 600.0,
    context: PublishContext | None = None,
) -> list[tuple[str, str]]:
    video = MediaInfo(1, MediaKind.VIDEO, "video/mp4", frame[0], frame[1], 10_000_000, seconds, "")
    post = Post(parts=("A description",), media=(1,))
    target = Target(Network.YOUTUBE, account_id=3, options={"title": "A title", **options})
    return [(p.code.value, p.severity) for p in validate(post, target, {1: video}, context=context)]


def test_a_plain_video_passes() -> None:
    assert _check({"tags": ["a", "b c"], "privacy": "unlisted"}) == []


def test_option_problems_are_refused_before_scheduling() -> None:
    assert _check({"tags": ["x" * 300, "y" * 300]}) == [("youtube_tags_too_long", "error")]
    assert _check({"privacy": "unlisted", "hand_off": True}) == [("youtube_handoff_not_public", "error")]
    assert _check({"short": True}) == [("youtube_short_too_long", "error"), ("youtube_short_not_vertical", "error")]
    assert _check({"short": True}, (1080, 1920), 175.0) == []
    assert _check({}, (1080, 1920), 59.0) == [("youtube_becomes_short", "warning")]


def test_the_quota_of_the_posts_day() -> None:
    this = quota.publish_cost(thumbnail=False, playlist=False)
    when = NOW + timedelta(days=1)
    over = quota.check_day(when, [this] * 100, this, None, NOW)
    low = quota.check_day(when, [this] * 98 + [this], this, None, NOW)  # the 100th upload of the day
    problems = _check({}, context=PublishContext(frozenset({Network.YOUTUBE}), youtube_quota={3: over}))
    assert problems == [(ProblemCode.YOUTUBE_QUOTA_OVER.value, "error")]
    problems = _check({}, context=PublishContext(frozenset({Network.YOUTUBE}), youtube_quota={3: low}))
    assert problems == [(ProblemCode.YOUTUBE_QUOTA_LOW.value, "warning")]
    ok = quota.check_day(when, [], this, None, NOW)
    assert _check({}, context=PublishContext(frozenset({Network.YOUTUBE}), youtube_quota={3: ok})) == []


def test_warnings_do_not_block() -> None:
    video = MediaInfo(1, MediaKind.VIDEO, "video/mp4", 1080, 1080, 1000, 30.0, "")
    problems = validate(
        Post(parts=("d",), media=(1,)), Target(Network.YOUTUBE, account_id=3, options={"title": "t"}), {1: video}
    )
    assert can_schedule(problems) and problems
