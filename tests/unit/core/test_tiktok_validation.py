"""The composer's TikTok checks (core.validation over core.tiktok_options): what the adapter (and
TikTok's audit) would refuse is refused before scheduling."""

from __future__ import annotations

from typing import Any

from postdesk.core import tiktok_options as topts
from postdesk.core.entities import Post, Target
from postdesk.core.media_info import MediaInfo, MediaKind
from postdesk.core.networks import Network
from postdesk.core.validation import PublishContext, can_schedule, validate

CREATOR = topts.CreatorInfo(
    nickname="Alice", username="alice.makes", privacy_options=("FOLLOWER_OF_CREATOR", "SELF_ONLY"), max_video_s=60
).snapshot()
RELAY = PublishContext(frozenset({Network.TIKTOK}), relay=True)


def _codes(
    options: dict[str, Any], media: tuple[MediaInfo, ...] | None = None, context: PublishContext | None = None
) -> list[str]:
    media = (
        media if media is not None else (MediaInfo(1, MediaKind.VIDEO, "video/mp4", 1080, 1920, 9_000_000, 30.0, ""),)
    )
    post = Post(parts=("Day three #bread",), media=tuple(m.asset_id for m in media))
    target = Target(Network.TIKTOK, account_id=3, options=options)
    problems = validate(post, target, {m.asset_id: m for m in media}, context=context)
    return [p.code.value for p in problems if p.severity == "error"]


def test_a_video_with_a_chosen_privacy_passes() -> None:
    assert _codes({"privacy_level": "SELF_ONLY", topts.CREATOR: CREATOR}) == []


def test_no_privacy_no_creator_info_or_a_privacy_not_offered_are_refused() -> None:
    assert _codes({topts.CREATOR: CREATOR}) == ["tiktok_privacy_missing"]
    assert _codes({"privacy_level": "SELF_ONLY"}) == ["tiktok_creator_unknown"]
    assert _codes({"privacy_level": "PUBLIC_TO_EVERYONE", topts.CREATOR: CREATOR}) == ["tiktok_privacy_not_offered"]


def test_the_creators_longest_video_is_enforced() -> None:
    long = MediaInfo(1, MediaKind.VIDEO, "video/mp4", 1080, 1920, 9_000_000, 75.0, "")
    assert _codes({"privacy_level": "SELF_ONLY", topts.CREATOR: CREATOR}, (long,)) == [
        "tiktok_video_too_long_for_creator"
    ]


def test_commercial_content_needs_a_choice_and_branded_content_cannot_be_private() -> None:
    base = {"privacy_level": "SELF_ONLY", topts.CREATOR: CREATOR, "commercial": True}
    assert _codes(base) == ["tiktok_commercial_not_chosen"]
    assert _codes({**base, "branded_content": True}) == ["tiktok_branded_private"]
    assert _codes({**base, "branded_content": True, "privacy_level": "FOLLOWER_OF_CREATOR"}) == []


def test_photo_posts_need_a_relay_verified_with_tiktok() -> None:
    photos = tuple(MediaInfo(i, MediaKind.IMAGE, "image/jpeg", 1080, 1350, 300_000, None, "") for i in (1, 2))
    options = {"privacy_level": "SELF_ONLY", topts.CREATOR: CREATOR}
    assert _codes(options, photos) == ["tiktok_photos_need_verified_relay"]
    assert _codes(options, photos, RELAY) == ["tiktok_photos_need_verified_relay"]
    assert _codes({**options, "relay_verified": True}, photos, RELAY) == []
    problems = validate(
        Post(parts=("x",), media=(1,)),
        Target(Network.TIKTOK, account_id=3, options={**options, "relay_verified": True, "title": "t" * 91}),
        {1: photos[0]},
        context=RELAY,
    )
    assert not can_schedule(problems) and problems[0].code.value == "tiktok_photo_title_too_long"
