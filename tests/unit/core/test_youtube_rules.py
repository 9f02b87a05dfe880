"""YouTube's quota arithmetic and option rules (core.youtube_quota, core.youtube_options)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from postdesk.core import youtube_options as yopts
from postdesk.core import youtube_quota as quota

NOW = datetime(2026, 12, 4, 17, 0, tzinfo=UTC)  # 09:00 in Los Angeles
UPLOAD = quota.publish_cost(thumbnail=True, playlist=True)


def test_costs_follow_the_quota_calculator() -> None:
    assert quota.cost_of("videos.insert") == quota.Cost(units=0, uploads=1)
    assert quota.cost_of("thumbnails.set") == quota.Cost(units=50)
    assert quota.cost_of("playlistItems.insert") == quota.Cost(units=50)
    assert quota.cost_of("videos.list") == quota.Cost(units=1)
    assert quota.cost_of("something.new") == quota.Cost(units=1)  # every request costs at least one
    legacy = quota.QuotaLimits(upload_units=quota.UPLOAD_UNITS_LEGACY)
    assert quota.cost_of("videos.insert", legacy) == quota.Cost(units=1600, uploads=1)
    assert quota.Cost(units=quota.PROCESSING_CHECKS + 100, uploads=1) == UPLOAD


def test_the_day_is_pacific() -> None:
    assert quota.pacific_day(datetime(2026, 12, 5, 7, 59, tzinfo=UTC)) == "2026-12-04"
    assert quota.pacific_day(datetime(2026, 12, 5, 8, 0, tzinfo=UTC)) == "2026-12-05"
    usage = quota.spend(None, "thumbnails.set", NOW)
    assert usage == quota.QuotaUsage("2026-12-04", units=50)
    assert quota.today(usage, NOW + timedelta(hours=15)) == quota.QuotaUsage("2026-12-05")


def test_a_day_that_cannot_fit_is_over_and_one_that_barely_fits_is_low() -> None:
    tomorrow = NOW + timedelta(days=1)
    assert quota.check_day(tomorrow, [UPLOAD] * 10, UPLOAD, None, NOW).verdict is quota.OK
    # Units: 10,000 / 120 = 83 publishes with thumbnail and playlist.
    assert quota.check_day(tomorrow, [UPLOAD] * 82, UPLOAD, None, NOW).verdict is quota.LOW
    plan = quota.check_day(tomorrow, [UPLOAD] * 83, UPLOAD, None, NOW)
    assert plan.verdict is quota.OVER and plan.uploads_that_day == 84
    # Today's spending counts only for today.
    spent = quota.QuotaUsage("2026-12-04", units=9_950)
    assert quota.check_day(NOW + timedelta(hours=1), [], UPLOAD, spent, NOW).verdict is quota.OVER
    assert quota.check_day(tomorrow, [], UPLOAD, spent, NOW).verdict is quota.OK
    exhausted = quota.exhausted(None, NOW)
    assert quota.check_day(NOW + timedelta(hours=1), [], UPLOAD, exhausted, NOW).verdict is quota.OVER
    assert plan.reset_at == datetime(2026, 12, 6, 8, 0, tzinfo=UTC)


def test_usage_survives_json() -> None:
    usage = quota.QuotaUsage("2026-12-04", 12, 3, True)
    assert quota.QuotaUsage.from_json(usage.to_json()) == usage
    assert quota.QuotaUsage.from_json({"day": 3}) is None
    assert quota.QuotaUsage.from_json({"day": "2026-12-04", "units": "many"}) is None


def test_tags_are_counted_the_documented_way() -> None:
    # "the tag Foo-Baz contains seven characters, but the tag Foo Baz contains nine characters";
    # commas between items count.
    assert yopts.tags_length(["Foo-Baz"]) == 7
    assert yopts.tags_length(["Foo Baz"]) == 9
    assert yopts.tags_length(["a", "b c"]) == 1 + 1 + 5
    assert yopts.tags_of({"tags": "one, two ,, three"}) == ["one", "two", "three"]
    codes = [p.code for p in yopts.check({"tags": ["x" * 250, "y" * 250]}, None, hand_off=False)]
    assert codes == [yopts.TAGS_TOO_LONG]


def test_shorts() -> None:
    vertical, landscape = (1080, 1920, 170.0), (1920, 1080, 30.0)
    assert [p.code for p in yopts.check({"short": True}, vertical, hand_off=False)] == []
    assert [p.code for p in yopts.check({"short": True}, (1080, 1920, 181.0), hand_off=False)] == [yopts.SHORT_TOO_LONG]
    assert [p.code for p in yopts.check({"short": True}, landscape, hand_off=False)] == [yopts.SHORT_NOT_VERTICAL]
    warned = yopts.check({}, (1080, 1080, 60.0), hand_off=False)  # square counts as a Short
    assert [(p.code, p.severity) for p in warned] == [(yopts.BECOMES_SHORT, "warning")]
    assert yopts.check({}, landscape, hand_off=False) == []
    assert yopts.is_short(None, 1920, 10.0) is None


def test_a_hand_off_must_end_public() -> None:
    assert [p.code for p in yopts.check({"privacy": "unlisted"}, None, hand_off=True)] == [yopts.HANDOFF_NOT_PUBLIC]
    assert yopts.check({"privacy": "public"}, None, hand_off=True) == []
    assert [
        p.params["field"]
        for p in yopts.check({"privacy": "x", "license": "y", "category_id": "0"}, None, hand_off=False)
    ] == ["privacy", "license", "category"]
