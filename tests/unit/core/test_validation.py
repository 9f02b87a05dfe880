"""`validation.validate`: each problem code, its near miss, severities and `can_schedule`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest

from postdesk.core import rules, youtube_quota
from postdesk.core.entities import Post, Target
from postdesk.core.media_info import MediaInfo, MediaKind
from postdesk.core.networks import Network
from postdesk.core.validation import (
    Problem,
    ProblemCode,
    PublishContext,
    can_schedule,
    images_missing_alt_text,
    readiness,
    validate,
)

FAMILY = "👩‍👩‍👧"  # one grapheme, 18 UTF-8 bytes


def image(asset_id: int, alt: str = "a photo", kind: MediaKind = MediaKind.IMAGE) -> MediaInfo:
    return MediaInfo(asset_id, kind, "image/png", 800, 600, 10_000, None, alt)


def video(
    asset_id: int,
    *,
    mime: str = "video/mp4",
    size: int = 10**6,
    seconds: float = 12.0,
    frame: tuple[int, int] = (1280, 720),
) -> MediaInfo:
    return MediaInfo(asset_id, MediaKind.VIDEO, mime, frame[0], frame[1], size, seconds, "")


def gif(asset_id: int, size: int = 10_000) -> MediaInfo:
    return MediaInfo(asset_id, MediaKind.GIF, "image/gif", 200, 200, size, None, "a loop")


ALL = frozenset(Network)
_CONNECTED = PublishContext(
    ALL, relay=True, accounts={1: "connected", 7: "connected", 8: "needs_reconnect", 6: "disconnected"}
)


def check(
    network: str,
    parts: tuple[str, ...] = ("Hello",),
    media: tuple[MediaInfo, ...] = (),
    *,
    options: dict[str, Any] | None = None,
    account: int | None = 1,
    max_chars: int | None = None,
    extra_ids: tuple[int, ...] = (),
    context: PublishContext | None = None,
    instance: Mapping[str, int] | None = None,
) -> list[Problem]:
    infos: Mapping[int, MediaInfo] = {m.asset_id: m for m in media}
    post = Post(parts=parts, media=tuple(infos) + extra_ids)
    target = Target(Network(network), account_id=account, options=options or {})
    return validate(post, target, infos, max_chars=max_chars, context=context, instance_limits=instance)


def codes(problems: list[Problem]) -> set[ProblemCode]:
    return {p.code for p in problems}


def only(problems: list[Problem], code: ProblemCode) -> Problem:
    found = [p for p in problems if p.code is code]
    assert len(found) == 1, problems
    return found[0]


# Each case: (code, a call that produces it, its near miss that must not).
_YT = {"title": "A title"}
_CASES: list[tuple[ProblemCode, dict[str, Any], dict[str, Any]]] = [
    (ProblemCode.TEXT_TOO_LONG, {"network": "x", "parts": ("a" * 281,)}, {"network": "x", "parts": ("a" * 280,)}),
    (
        ProblemCode.TEXT_TOO_MANY_BYTES,
        {"network": "bluesky", "parts": (FAMILY * 167,)},
        {"network": "bluesky", "parts": (FAMILY * 166,)},
    ),
    (
        ProblemCode.TEXT_EMPTY,
        {"network": "x", "parts": ("  \n",)},
        {"network": "x", "parts": ("  \n",), "media": (image(1),)},
    ),
    (
        ProblemCode.TITLE_MISSING,
        {"network": "youtube", "media": (video(1),), "options": {"title": "   "}},
        {"network": "youtube", "media": (video(1),), "options": _YT},
    ),
    (
        ProblemCode.TITLE_TOO_LONG,
        {"network": "youtube", "media": (video(1),), "options": {"title": "é" * 101}},
        {"network": "youtube", "media": (video(1),), "options": {"title": "e\u0301" * 100}},
    ),
    (
        ProblemCode.CAPTION_TOO_LONG,
        {"network": "telegram", "parts": ("a" * 1025,), "media": (image(1),)},
        {"network": "telegram", "parts": ("a" * 1024,), "media": (image(1),)},
    ),
    (
        ProblemCode.FORBIDDEN_CHARACTERS,
        {"network": "youtube", "parts": ("a <b> c",), "media": (video(1),), "options": _YT},
        {"network": "youtube", "parts": ("a ≤b≥ c",), "media": (video(1),), "options": _YT},
    ),
    (
        ProblemCode.TOO_MANY_HASHTAGS,
        {"network": "instagram", "parts": (" ".join(f"#tag{i}" for i in range(31)),), "media": (image(1),)},
        {"network": "instagram", "parts": (" ".join(f"#tag{i}" for i in range(30)),), "media": (image(1),)},
    ),
    (
        ProblemCode.TOO_MANY_MENTIONS,
        {"network": "instagram", "parts": (" ".join(f"@user{i}" for i in range(21)),), "media": (image(1),)},
        {"network": "instagram", "parts": (" ".join(f"@user{i}" for i in range(20)),), "media": (image(1),)},
    ),
    (
        ProblemCode.TOO_MANY_IMAGES,
        {"network": "x", "media": tuple(image(i) for i in range(5))},
        {"network": "x", "media": tuple(image(i) for i in range(4))},
    ),
    (
        ProblemCode.TOO_MANY_VIDEOS,
        {"network": "x", "media": (video(1), video(2))},
        {"network": "x", "media": (video(1),)},
    ),
    (
        ProblemCode.MIXED_MEDIA_NOT_ALLOWED,
        {"network": "x", "media": (image(1), video(2))},
        {"network": "threads", "media": (image(1), video(2))},
    ),
    (ProblemCode.MEDIA_REQUIRED, {"network": "instagram"}, {"network": "instagram", "media": (image(1),)}),
    (ProblemCode.MEDIA_UNKNOWN, {"network": "x", "extra_ids": (99,)}, {"network": "x", "media": (image(99),)}),
    (
        ProblemCode.MISSING_ALT_TEXT,
        {"network": "mastodon", "media": (image(1, alt=" \n"),)},
        {"network": "mastodon", "media": (image(1, alt="A cat"),)},
    ),
    (
        ProblemCode.ALT_TEXT_TOO_LONG,
        {"network": "x", "media": (image(1, alt="a" * 1001),)},
        {"network": "x", "media": (image(1, alt="a" * 1000),)},
    ),
    (
        ProblemCode.THREAD_NOT_SUPPORTED,
        {"network": "linkedin", "parts": ("one", "two")},
        {"network": "x", "parts": ("one", "two")},
    ),
    (
        ProblemCode.SUBREDDIT_MISSING,
        {"network": "reddit", "options": {"title": "T"}},
        {"network": "reddit", "options": {"title": "T", "subreddit": "python"}},
    ),
    (
        ProblemCode.BOARD_MISSING,
        {"network": "pinterest", "media": (image(1),)},
        {"network": "pinterest", "media": (image(1),), "options": {"board_id": "549755885175"}},
    ),
    (ProblemCode.NO_ACCOUNT, {"network": "x", "account": None}, {"network": "x", "account": 7}),
    (
        ProblemCode.ACCOUNT_MISSING,
        {"network": "x", "account": 9, "context": _CONNECTED},
        {"network": "x", "account": 7, "context": _CONNECTED},
    ),
    (
        ProblemCode.ACCOUNT_DISCONNECTED,
        {"network": "x", "account": 6, "context": _CONNECTED},
        {"network": "x", "account": 7, "context": _CONNECTED},
    ),
    (
        ProblemCode.ACCOUNT_NEEDS_SIGN_IN,
        {"network": "x", "account": 8, "context": _CONNECTED},
        {"network": "x", "account": 7, "context": _CONNECTED},
    ),
    (
        ProblemCode.NO_ADAPTER,
        {"network": "x", "context": PublishContext(frozenset({Network.BLUESKY}))},
        {"network": "x", "context": PublishContext(frozenset({Network.X}))},
    ),
    (
        ProblemCode.NEEDS_MEDIA_RELAY,
        {"network": "threads", "media": (image(1),)},
        {"network": "threads", "media": (image(1),), "context": _CONNECTED},
    ),
    (
        ProblemCode.POLL_WITH_MEDIA,
        {"network": "mastodon", "media": (image(1),), "options": {"poll": {"options": ["a", "b"]}}},
        {"network": "mastodon", "options": {"poll": {"options": ["a", "b"]}}},
    ),
    (
        ProblemCode.GIF_NOT_SUPPORTED,
        {"network": "telegram", "media": (gif(1),)},
        {"network": "telegram", "media": (image(1),)},
    ),
    (
        ProblemCode.GIF_TOO_BIG,
        {"network": "x", "media": (gif(1, 15 * 1024**2 + 1),)},
        {"network": "x", "media": (gif(1, 15 * 1024**2),)},
    ),
    (
        ProblemCode.GIF_NOT_ALONE,
        {"network": "x", "media": (gif(1), image(2))},
        {"network": "bluesky", "media": (gif(1), image(2))},
    ),
    (
        ProblemCode.VIDEO_FORMAT,
        {"network": "x", "media": (video(1, mime="video/webm"),)},
        {"network": "mastodon", "media": (video(1, mime="video/webm"),)},
    ),
    (
        ProblemCode.VIDEO_TOO_BIG,
        {"network": "x", "media": (video(1, size=512 * 1024**2 + 1),)},
        {"network": "x", "media": (video(1, size=512 * 1024**2),)},
    ),
    (
        ProblemCode.VIDEO_TOO_LONG,
        {"network": "x", "media": (video(1, seconds=140.5),)},
        {"network": "x", "media": (video(1, seconds=140.0),)},
    ),
    (
        ProblemCode.VIDEO_TOO_SHORT,
        {"network": "linkedin", "media": (video(1, seconds=2.9),)},
        {"network": "linkedin", "media": (video(1, seconds=3.0),)},
    ),
    (
        ProblemCode.VIDEO_TOO_LARGE_FRAME,
        {"network": "x", "media": (video(1, frame=(1025, 1280)),)},
        {"network": "x", "media": (video(1, frame=(1024, 1280)),)},
    ),
    (
        ProblemCode.VIDEO_TOO_SMALL_FRAME,
        {"network": "x", "media": (video(1, frame=(31, 64)),)},
        {"network": "x", "media": (video(1, frame=(32, 64)),)},
    ),
    (
        ProblemCode.TOO_MANY_ATTACHMENTS,
        {"network": "telegram", "media": tuple(image(i) for i in range(6)) + tuple(video(i) for i in range(6, 11))},
        {"network": "telegram", "media": tuple(image(i) for i in range(5)) + tuple(video(i) for i in range(5, 10))},
    ),
]
# YouTube's options and quota (core.youtube_options, core.youtube_quota; tests/unit/core/test_youtube_*.py).
_YT_DAY = {
    v: youtube_quota.DayPlan(youtube_quota.QuotaVerdict(v), "2026-12-05", 100, 0, 10, datetime(2026, 12, 6, 8, 0))
    for v in ("ok", "low", "over")
}


def _yt(
    frame: tuple[int, int] = (1280, 720), seconds: float = 600.0, quota: str = "", **options: Any
) -> dict[str, Any]:
    call: dict[str, Any] = {
        "network": "youtube",
        "media": (video(1, frame=frame, seconds=seconds),),
        "options": {**_YT, **options},
    }
    if quota:
        call["context"] = PublishContext(ALL, accounts={1: "connected"}, youtube_quota={1: _YT_DAY[quota]})
    return call


_CASES += [
    (ProblemCode.YOUTUBE_TAGS_TOO_LONG, _yt(tags=["x" * 501]), _yt(tags=["x" * 500])),
    (ProblemCode.YOUTUBE_TAG_FORBIDDEN, _yt(tags=["<a>"]), _yt(tags=["a"])),
    (ProblemCode.YOUTUBE_OPTION_INVALID, _yt(license="cc"), _yt(license="creativeCommon")),
    (ProblemCode.YOUTUBE_HANDOFF_NOT_PUBLIC, _yt(hand_off=True, privacy="private"), _yt(hand_off=True)),
    (ProblemCode.YOUTUBE_SHORT_TOO_LONG, _yt((1080, 1920), 181.0, short=True), _yt((1080, 1920), 180.0, short=True)),
    (ProblemCode.YOUTUBE_SHORT_NOT_VERTICAL, _yt(short=True), _yt((1080, 1080), 60.0, short=True)),
    (ProblemCode.YOUTUBE_BECOMES_SHORT, _yt((720, 1280), 60.0), _yt((1280, 720), 60.0)),
    (ProblemCode.YOUTUBE_QUOTA_OVER, _yt(quota="over"), _yt(quota="low")),
    (ProblemCode.YOUTUBE_QUOTA_LOW, _yt(quota="low"), _yt(quota="ok")),
]


# TikTok's options from the creator info (core.tiktok_options; tests/unit/core/test_tiktok_validation.py).
_TT_CREATOR = {"privacy_level_options": ["FOLLOWER_OF_CREATOR", "SELF_ONLY"], "max_video_post_duration_sec": 60}


def _tt(media: tuple[MediaInfo, ...] = (), context: PublishContext | None = None, **options: Any) -> dict[str, Any]:
    return {
        "network": "tiktok",
        "media": media or (video(1, frame=(1080, 1920), seconds=30.0),),
        "context": context,
        "options": {"privacy_level": "SELF_ONLY", "tiktok_creator": _TT_CREATOR, **options},
    }


_TT_PHOTO = (image(1),)
_CASES += [
    (ProblemCode.TIKTOK_PRIVACY_MISSING, _tt(privacy_level=""), _tt()),
    (ProblemCode.TIKTOK_PRIVACY_NOT_OFFERED, _tt(privacy_level="PUBLIC_TO_EVERYONE"), _tt()),
    (ProblemCode.TIKTOK_CREATOR_UNKNOWN, _tt(tiktok_creator=None), _tt()),
    (ProblemCode.TIKTOK_VIDEO_TOO_LONG_FOR_CREATOR, _tt((video(1, seconds=61.0),)), _tt((video(1, seconds=60.0),))),
    (ProblemCode.TIKTOK_COMMERCIAL_NOT_CHOSEN, _tt(commercial=True), _tt(commercial=True, your_brand=True)),
    (
        ProblemCode.TIKTOK_BRANDED_PRIVATE,
        _tt(commercial=True, branded_content=True),
        _tt(commercial=True, branded_content=True, privacy_level="FOLLOWER_OF_CREATOR"),
    ),
    (
        ProblemCode.TIKTOK_PHOTOS_NEED_VERIFIED_RELAY,
        _tt(_TT_PHOTO, _CONNECTED),
        _tt(_TT_PHOTO, _CONNECTED, relay_verified=True),
    ),
    (
        ProblemCode.TIKTOK_PHOTO_TITLE_TOO_LONG,
        _tt(_TT_PHOTO, _CONNECTED, relay_verified=True, title="t" * 91),
        _tt(_TT_PHOTO, _CONNECTED, relay_verified=True, title="t" * 90),
    ),
]


# Reddit: the subreddit's rules as the composer last read them (core.reddit_posts.RULES_KEY snapshot).
_RD_RULES = {
    "name": "pics",
    "submission_type": "any",
    "allow_images": True,
    "allow_videos": True,
    "allow_galleries": True,
    "spoilers_enabled": True,
    "flairs": [["f1", "OC"]],
    "requirements": {},
}


def _rd(
    parts: tuple[str, ...] = ("Hello",),
    media: tuple[MediaInfo, ...] = (),
    rules: dict[str, Any] | None = None,
    **options: Any,
) -> dict[str, Any]:
    snapshot = {**_RD_RULES, **(rules or {})}
    return {
        "network": "reddit",
        "parts": parts,
        "media": media,
        "options": {"subreddit": "pics", "title": "A good title", "reddit_rules": snapshot, **options},
    }


def _rq(**requirements: Any) -> dict[str, Any]:
    return {"requirements": requirements}


_CASES += [
    (
        ProblemCode.REDDIT_KIND_NOT_ALLOWED,
        _rd(rules={"submission_type": "link"}),
        _rd(("https://example.com/a",), rules={"submission_type": "link"}),
    ),
    (
        ProblemCode.REDDIT_TITLE_TOO_SHORT,
        _rd(rules=_rq(title_text_min_length=20)),
        _rd(rules=_rq(title_text_min_length=12)),
    ),
    (
        ProblemCode.REDDIT_TITLE_TOO_LONG,
        _rd(rules=_rq(title_text_max_length=11)),
        _rd(rules=_rq(title_text_max_length=12)),
    ),
    (
        ProblemCode.REDDIT_TITLE_MISSING_WORD,
        _rd(rules=_rq(title_required_strings=["[OC]"])),
        _rd(title="A good title [OC]", rules=_rq(title_required_strings=["[OC]"])),
    ),
    (
        ProblemCode.REDDIT_TITLE_FORBIDDEN_WORD,
        _rd(rules=_rq(title_blacklisted_strings=["good"])),
        _rd(rules=_rq(title_blacklisted_strings=["bad"])),
    ),
    (
        ProblemCode.REDDIT_BODY_REQUIRED,
        _rd(("",), rules=_rq(body_restriction_policy="required")),
        _rd(rules=_rq(body_restriction_policy="required")),
    ),
    (
        ProblemCode.REDDIT_BODY_NOT_ALLOWED,
        _rd(rules=_rq(body_restriction_policy="notAllowed")),
        _rd(("https://example.com/a",), rules=_rq(body_restriction_policy="notAllowed")),
    ),
    (ProblemCode.REDDIT_BODY_TOO_SHORT, _rd(rules=_rq(body_text_min_length=6)), _rd(rules=_rq(body_text_min_length=5))),
    (ProblemCode.REDDIT_BODY_TOO_LONG, _rd(rules=_rq(body_text_max_length=4)), _rd(rules=_rq(body_text_max_length=5))),
    (
        ProblemCode.REDDIT_FLAIR_REQUIRED,
        _rd(rules=_rq(is_flair_required=True)),
        _rd(flair_id="f1", rules=_rq(is_flair_required=True)),
    ),
    (ProblemCode.REDDIT_FLAIR_UNKNOWN, _rd(flair_id="gone"), _rd(flair_id="f1")),
    (
        ProblemCode.REDDIT_DOMAIN_NOT_ALLOWED,
        _rd(("https://www.facebook.com/x",), rules=_rq(domain_blacklist=["facebook.com"])),
        _rd(("https://example.com/x",), rules=_rq(domain_blacklist=["facebook.com"])),
    ),
    (
        ProblemCode.REDDIT_GALLERY_SIZE,
        _rd(media=(image(1), image(2), image(3)), rules=_rq(gallery_max_items=2)),
        _rd(media=(image(1), image(2)), rules=_rq(gallery_max_items=2)),
    ),
    (
        ProblemCode.REDDIT_SPOILER_NOT_ALLOWED,
        _rd(spoiler=True, rules={"spoilers_enabled": False}),
        _rd(spoiler=False, rules={"spoilers_enabled": False}),
    ),
    (ProblemCode.REDDIT_TEXT_NOT_SENT, _rd(("Look at this",), media=(image(1),)), _rd(("",), media=(image(1),))),
]


def test_reddit_text_beside_media_is_a_warning_not_a_refusal() -> None:
    problem = only(check(**_rd(("Look at this",), media=(image(1),))), ProblemCode.REDDIT_TEXT_NOT_SENT)
    assert problem.severity == "warning"
    assert ProblemCode.REDDIT_TEXT_NOT_SENT not in codes(check(**_rd(("https://example.com/a",))))
    assert ProblemCode.REDDIT_TEXT_NOT_SENT in codes(check(**_rd(("Read this",), link="https://example.com/a")))


# Google Business Profile local posts (core.google_business_posts).
def _gb(**options: Any) -> dict[str, Any]:
    return {"network": "google_business", "options": {"location": "accounts/1/locations/2", **options}}


_GB_EVENT = {
    "post_type": "EVENT",
    "event_title": "Open day",
    "event_start": "2026-12-12T10:00",
    "event_end": "2026-12-12T16:00",
}
_CASES += [
    (ProblemCode.GOOGLE_BUSINESS_LOCATION_MISSING, _gb(location=""), _gb()),
    (ProblemCode.GOOGLE_BUSINESS_TYPE_UNKNOWN, _gb(post_type="PRODUCT"), _gb(post_type="STANDARD")),
    (
        ProblemCode.GOOGLE_BUSINESS_CTA_UNKNOWN,
        _gb(cta_type="GET_OFFER", cta_url="https://a.example"),
        _gb(cta_type="SHOP", cta_url="https://a.example"),
    ),
    (ProblemCode.GOOGLE_BUSINESS_CTA_URL_MISSING, _gb(cta_type="BOOK"), _gb(cta_type="CALL")),
    (
        ProblemCode.GOOGLE_BUSINESS_URL_INVALID,
        _gb(cta_type="BOOK", cta_url="example.com/book"),
        _gb(cta_type="BOOK", cta_url="https://example.com/book"),
    ),
    (ProblemCode.GOOGLE_BUSINESS_EVENT_TITLE_MISSING, _gb(**{**_GB_EVENT, "event_title": ""}), _gb(**_GB_EVENT)),
    (
        ProblemCode.GOOGLE_BUSINESS_EVENT_TITLE_TOO_LONG,
        _gb(**{**_GB_EVENT, "event_title": "t" * 59}),
        _gb(**{**_GB_EVENT, "event_title": "t" * 58}),
    ),
    (
        ProblemCode.GOOGLE_BUSINESS_SCHEDULE_MISSING,
        _gb(**{**_GB_EVENT, "post_type": "OFFER", "event_end": ""}),
        _gb(**{**_GB_EVENT, "post_type": "OFFER"}),
    ),
    (
        ProblemCode.GOOGLE_BUSINESS_SCHEDULE_INVALID,
        _gb(**{**_GB_EVENT, "event_end": "2026-12-11"}),
        _gb(**{**_GB_EVENT, "event_end": "2026-12-12"}),
    ),
]


# Instagram post kinds (core.instagram_posts; tests/integration/test_instagram_adapter.py runs the same check).
def _ig(media: tuple[MediaInfo, ...] = (), parts: tuple[str, ...] = ("Hello",), **options: Any) -> dict[str, Any]:
    return {
        "network": "instagram",
        "parts": parts,
        "media": media or (image(1),),
        "context": _CONNECTED,
        "options": options,
    }


def _tall(asset_id: int, frame: tuple[int, int] = (1080, 1920)) -> MediaInfo:
    return MediaInfo(asset_id, MediaKind.IMAGE, "image/jpeg", frame[0], frame[1], 10_000, None, "a photo")


_REEL = (video(1, frame=(1080, 1920), seconds=20.0),)
_CASES += [
    (ProblemCode.INSTAGRAM_KIND_UNKNOWN, _ig(instagram_kind="igtv"), _ig(instagram_kind="feed")),
    (ProblemCode.INSTAGRAM_REEL_NEEDS_ONE_VIDEO, _ig(instagram_kind="reel"), _ig(_REEL, instagram_kind="reel")),
    (
        ProblemCode.INSTAGRAM_STORY_NEEDS_ONE_ITEM,
        _ig((_tall(1), _tall(2)), instagram_kind="story", parts=("",)),
        _ig((_tall(1),), instagram_kind="story", parts=("",)),
    ),
    (ProblemCode.INSTAGRAM_IMAGE_RATIO, _ig((_tall(1, (1080, 1351)),)), _ig((_tall(1, (1080, 1350)),))),
    (
        ProblemCode.INSTAGRAM_VIDEO_RATIO,
        _ig((video(1, frame=(2000, 10), seconds=20.0),), instagram_kind="reel"),
        _ig(_REEL, instagram_kind="reel"),
    ),
    (
        ProblemCode.INSTAGRAM_NOT_VERTICAL,
        _ig((video(1, seconds=20.0),), instagram_kind="reel"),
        _ig(_REEL, instagram_kind="reel"),
    ),
    (
        ProblemCode.INSTAGRAM_STORY_VIDEO_LENGTH,
        _ig((video(1, frame=(1080, 1920), seconds=61.0),), instagram_kind="story", parts=("",)),
        _ig((video(1, frame=(1080, 1920), seconds=60.0),), instagram_kind="story", parts=("",)),
    ),
    (
        ProblemCode.INSTAGRAM_STORY_CAPTION_NOT_SHOWN,
        _ig((_tall(1),), instagram_kind="story"),
        _ig((_tall(1),), instagram_kind="story", parts=("",)),
    ),
    (
        ProblemCode.INSTAGRAM_THUMB_OFFSET,
        _ig(_REEL, instagram_kind="reel", instagram_thumb_offset_ms=20000),
        _ig(_REEL, instagram_kind="reel", instagram_thumb_offset_ms=19999),
    ),
    (
        ProblemCode.INSTAGRAM_COLLABORATORS_ON_STORY,
        _ig((_tall(1),), instagram_kind="story", parts=("",), instagram_collaborators=["a"]),
        _ig((_tall(1),), instagram_kind="story", parts=("",)),
    ),
    (
        ProblemCode.INSTAGRAM_TOO_MANY_COLLABORATORS,
        _ig(instagram_collaborators="a, b, c, @d"),
        _ig(instagram_collaborators="a, b, @c"),
    ),
    (
        ProblemCode.INSTAGRAM_LOCATION_INVALID,
        _ig(instagram_location_id="Paris"),
        _ig(instagram_location_id="110843418940484"),
    ),
]


# Facebook Pages: the link preview option (core.facebook_posts).
_CASES += [
    (
        ProblemCode.FACEBOOK_LINK_WITH_MEDIA,
        {"network": "facebook", "media": (image(1),), "options": {"link": "https://rosa.example"}},
        {"network": "facebook", "options": {"link": "https://rosa.example"}},
    ),
    (
        ProblemCode.FACEBOOK_LINK_INVALID,
        {"network": "facebook", "options": {"link": "rosa.example"}},
        {"network": "facebook", "options": {"link": "http://rosa.example/menu"}},
    ),
]


# First comment, poll, quote, reply settings and language (core.post_extras, limits in core.rules.extras).
def _px(network: str = "x", media: tuple[MediaInfo, ...] = (), **options: Any) -> dict[str, Any]:
    return {"network": network, "media": media, "options": options}


def _poll(*choices: str, minutes: int = 1440, **more: Any) -> dict[str, Any]:
    return {"options": list(choices or ("Yes", "No")), "duration_minutes": minutes, **more}


_QUOTE = "https://x.com/rosa/status/1234567890"
_TOOT = "https://mastodon.example/@rosa/113"
_CASES += [
    (ProblemCode.FIRST_COMMENT_TOO_LONG, _px(first_comment="a" * 281), _px(first_comment="a" * 280)),
    (ProblemCode.FIRST_COMMENT_NOT_SUPPORTED, _px("telegram", first_comment="Hi"), _px("mastodon", first_comment="Hi")),
    (ProblemCode.POLL_NOT_SUPPORTED, _px("bluesky", poll=_poll()), _px("x", poll=_poll())),
    (ProblemCode.POLL_OPTION_COUNT, _px(poll=_poll("Yes")), _px(poll=_poll("Yes", "No"))),
    (ProblemCode.POLL_OPTION_TOO_LONG, _px(poll=_poll("a" * 26, "No")), _px(poll=_poll("a" * 25, "No"))),
    (ProblemCode.POLL_OPTIONS_REPEAT, _px(poll=_poll("Yes", "yes ")), _px(poll=_poll("Yes", "yes, but"))),
    (ProblemCode.POLL_DURATION, _px(poll=_poll(minutes=4)), _px(poll=_poll(minutes=5))),
    (
        ProblemCode.POLL_MULTIPLE_NOT_SUPPORTED,
        _px("x", poll=_poll(multiple=True)),
        _px("mastodon", poll=_poll(multiple=True)),
    ),
    (ProblemCode.QUOTE_NOT_SUPPORTED, _px("linkedin", quote_url=_QUOTE), _px("x", quote_url=_QUOTE)),
    (ProblemCode.QUOTE_URL_INVALID, _px(quote_url="https://x.com/rosa"), _px(quote_url=_QUOTE)),
    (
        ProblemCode.QUOTE_SERVER_TOO_OLD,
        {**_px("mastodon", quote_url=_TOOT), "instance": {"api_version": 6}},
        {**_px("mastodon", quote_url=_TOOT), "instance": {"api_version": 7}},
    ),
    (ProblemCode.QUOTE_WITH_POLL, _px(quote_url=_QUOTE, poll=_poll()), _px(quote_url=_QUOTE)),
    (ProblemCode.QUOTE_WITH_MEDIA, _px(media=(image(1),), quote_url=_QUOTE), _px(quote_url=_QUOTE)),
    (ProblemCode.REPLY_SETTING_UNKNOWN, _px(reply_settings="friends"), _px(reply_settings="following")),
    (ProblemCode.LANGUAGE_UNKNOWN, _px("mastodon", language="english"), _px("mastodon", language="en")),
]


# The user's own "Always require alt text" (Preferences.require_alt_text): an error on every network.
_STRICT = PublishContext(ALL, accounts={1: "connected"}, require_alt_text=True)
_CASES += [
    (
        ProblemCode.ALT_TEXT_REQUIRED,
        {"network": "mastodon", "media": (image(1, alt=" "),), "context": _STRICT},
        {"network": "mastodon", "media": (image(1, alt="A cat"), video(2)), "context": _STRICT},
    ),
]


def test_always_require_alt_text_is_an_error_the_engine_finds_too() -> None:
    # Off: a warning that does not block. On: an error that blocks; the engine's check finds the same image.
    assert can_schedule(
        check("bluesky", media=(image(1, alt=""),), context=PublishContext(ALL, accounts={1: "connected"}))
    )
    problems = check("bluesky", media=(image(1, alt=""), image(2)), context=_STRICT)
    assert only(problems, ProblemCode.ALT_TEXT_REQUIRED).params["asset_id"] == 1
    assert not can_schedule(problems)
    assert images_missing_alt_text([(True, ""), (True, "a photo"), (False, "")]) == [0]


def test_a_targets_own_media_choice_is_what_it_is_checked_with() -> None:
    # Per-network media choice: the image left out of Mastodon's list is not checked for Mastodon.
    infos = {1: image(1), 2: image(2, alt="")}
    post = Post(parts=("Hello",), media=(1, 2))
    chosen = Target(Network.MASTODON, 1, media_override=(1,))
    assert not codes(validate(post, chosen, infos, context=_STRICT))
    assert ProblemCode.ALT_TEXT_REQUIRED in codes(validate(post, Target(Network.MASTODON, 1), infos, context=_STRICT))


def test_instagram_media_without_a_relay_is_refused_naming_it() -> None:
    # Instagram fetches every file from a web address: no relay, no post (core.rules.instagram needs_relay).
    assert rules.get("instagram").media.needs_relay
    no_relay = PublishContext(ALL, relay=False, accounts={1: "connected"})
    assert ProblemCode.NEEDS_MEDIA_RELAY in codes(check("instagram", media=(image(1),), context=no_relay))


def test_reddit_rules_of_another_subreddit_are_not_applied() -> None:
    # A snapshot of r/pics says nothing about r/python: no refusal until that subreddit's rules are read.
    bad = _rd(rules=_rq(is_flair_required=True))
    bad["options"]["subreddit"] = "python"
    assert ProblemCode.REDDIT_FLAIR_REQUIRED not in codes(check(**bad))


def test_every_code_has_a_case() -> None:
    assert {code for code, _, _ in _CASES} | {ProblemCode.VIDEO_NOT_SUPPORTED} == set(ProblemCode)


def test_video_where_postdesk_cannot_send_one(monkeypatch: pytest.MonkeyPatch) -> None:
    # Which network lacks video support changes as adapters grow: pin one here.
    no_video = replace(rules.get("bluesky"), media=replace(rules.get("bluesky").media, video=False))
    monkeypatch.setitem(rules.ALL_RULES, Network.BLUESKY, no_video)
    problem = only(check("bluesky", media=(video(1),)), ProblemCode.VIDEO_NOT_SUPPORTED)
    assert problem.severity == "error" and problem.params["asset_id"] == 1
    assert ProblemCode.VIDEO_NOT_SUPPORTED not in codes(check("bluesky", media=(image(1),)))


@pytest.mark.parametrize(("code", "bad", "good"), _CASES, ids=[c[0].value for c in _CASES])
def test_code_and_near_miss(code: ProblemCode, bad: dict[str, Any], good: dict[str, Any]) -> None:
    problem = only(check(**bad), code)
    assert problem.network is Network(bad["network"])
    assert code not in codes(check(**good))


def test_near_misses_of_a_complete_post_are_clean() -> None:
    assert check("x", ("Hello",), (image(1),)) == []
    assert check("youtube", ("A description",), (video(1),), options=_YT) == []
    assert check("reddit", options={"title": "T", "subreddit": "python"}) == []


def test_text_too_long_params_and_span() -> None:
    problem = only(check("x", ("a" * 285,)), ProblemCode.TEXT_TOO_LONG)
    assert problem.part_index == 0
    assert problem.span == (280, 285)
    assert dict(problem.params) == {"length": 285, "limit": 280}
    assert problem.severity == "error"


def test_text_too_long_names_the_part() -> None:
    problem = only(check("x", ("fine", "b" * 300)), ProblemCode.TEXT_TOO_LONG)
    assert problem.part_index == 1


def test_max_chars_replaces_the_limit() -> None:
    assert ProblemCode.TEXT_TOO_LONG not in codes(check("mastodon", ("a" * 600,), max_chars=1000))
    problem = only(check("mastodon", ("a" * 600,)), ProblemCode.TEXT_TOO_LONG)
    assert problem.params["limit"] == 500


def test_mastodon_content_warning_counts() -> None:
    assert codes(check("mastodon", ("a" * 450,))) == set()
    problem = only(check("mastodon", ("a" * 450,), options={"spoiler_text": "b" * 51}), ProblemCode.TEXT_TOO_LONG)
    assert problem.params["length"] == 501


def test_bluesky_bytes_and_graphemes_are_separate_problems() -> None:
    assert codes(check("bluesky", (FAMILY * 300,))) == {ProblemCode.TEXT_TOO_MANY_BYTES}
    assert codes(check("bluesky", ("a" * 301,))) == {ProblemCode.TEXT_TOO_LONG}
    both = codes(check("bluesky", (FAMILY * 301,)))
    assert both == {ProblemCode.TEXT_TOO_LONG, ProblemCode.TEXT_TOO_MANY_BYTES}


def test_caption_limit_only_applies_with_media() -> None:
    assert codes(check("telegram", ("a" * 2000,))) == set()


def test_forbidden_characters_in_title_and_span() -> None:
    problem = only(check("youtube", ("ok",), (video(1),), options={"title": "a>b"}), ProblemCode.FORBIDDEN_CHARACTERS)
    assert problem.span == (1, 2)
    assert problem.params["field"] == "title"


def test_gif_counts_as_an_image_where_it_goes_as_one() -> None:
    gifs = tuple(image(i, kind=MediaKind.GIF) for i in range(5))
    assert ProblemCode.TOO_MANY_IMAGES in codes(check("bluesky", media=gifs))


def test_x_takes_one_gif_alone_never_with_photos_or_video() -> None:
    # Regression: 4 GIFs, or a GIF with photos, used to pass as "4 images".
    assert ProblemCode.GIF_NOT_ALONE in codes(check("x", media=tuple(gif(i) for i in range(4))))
    assert ProblemCode.GIF_NOT_ALONE in codes(check("x", media=(gif(1), video(2))))
    assert check("x", media=(gif(1),)) == []


def test_a_three_hour_900_mb_video_is_refused_everywhere_postdesk_publishes() -> None:
    huge = video(1, size=900 * 1024**2, seconds=3 * 3600.0)
    for network in (Network.BLUESKY, Network.MASTODON, Network.X, Network.THREADS, Network.LINKEDIN, Network.TELEGRAM):
        assert not can_schedule(check(network, media=(huge,), context=_CONNECTED)), network


def test_readiness_of_a_scheduled_target() -> None:
    context = PublishContext(
        frozenset({Network.X, Network.THREADS}), accounts={1: "connected", 2: "disconnected", 4: "needs_reconnect"}
    )
    assert readiness(Network.X, 1, True, context) == []
    assert readiness(Network.X, None, False, context) == [ProblemCode.NO_ACCOUNT]
    assert readiness(Network.X, 2, False, context) == [ProblemCode.ACCOUNT_DISCONNECTED]
    assert readiness(Network.X, 3, False, context) == [ProblemCode.ACCOUNT_MISSING]
    assert readiness(Network.X, 4, False, context) == [ProblemCode.ACCOUNT_NEEDS_SIGN_IN]
    assert readiness(Network.INSTAGRAM, 1, False, context) == [ProblemCode.NO_ADAPTER]
    assert readiness(Network.THREADS, 1, True, context) == [ProblemCode.NEEDS_MEDIA_RELAY]
    assert readiness(Network.THREADS, 1, False, context) == []
    assert readiness(Network.X, 9, False, None) == []


def test_missing_alt_text_is_a_warning_by_default() -> None:
    problem = only(check("x", media=(image(1, alt=""),)), ProblemCode.MISSING_ALT_TEXT)
    assert problem.severity == "warning"
    assert problem.params["asset_id"] == 1


def test_missing_alt_text_is_an_error_where_required(monkeypatch: pytest.MonkeyPatch) -> None:
    strict = replace(rules.get("x"), alt_text_required=True)
    monkeypatch.setitem(rules.ALL_RULES, Network.X, strict)
    problem = only(check("x", media=(image(1, alt=""),)), ProblemCode.MISSING_ALT_TEXT)
    assert problem.severity == "error"


def test_no_account_blocks_scheduling() -> None:
    # Regression: a post with no account chosen used to be schedulable (a warning only).
    problems = check("x", account=None)
    assert only(problems, ProblemCode.NO_ACCOUNT).severity == "error"
    assert not can_schedule(problems)


def test_severity_of_every_other_code_is_error() -> None:
    warnings = {
        ProblemCode.MISSING_ALT_TEXT,
        ProblemCode.ACCOUNT_NEEDS_SIGN_IN,
        ProblemCode.YOUTUBE_BECOMES_SHORT,
        ProblemCode.YOUTUBE_QUOTA_LOW,
        ProblemCode.REDDIT_TEXT_NOT_SENT,
        ProblemCode.INSTAGRAM_NOT_VERTICAL,
        ProblemCode.INSTAGRAM_STORY_CAPTION_NOT_SHOWN,
    }
    for code, bad, _ in _CASES:
        if code not in warnings:
            assert only(check(**bad), code).severity == "error", code


def test_can_schedule() -> None:
    assert can_schedule([])
    warning = Problem(ProblemCode.MISSING_ALT_TEXT, Network.X, severity="warning")
    error = Problem(ProblemCode.TEXT_TOO_LONG, Network.X)
    assert can_schedule([warning])
    assert not can_schedule([warning, error])
    assert not can_schedule(iter([error]))
    assert not can_schedule(check("x", ("a" * 281,)))
    assert can_schedule(check("x", ("a" * 280,)))


def test_override_parts_are_validated() -> None:
    post = Post(parts=("short",))
    target = Target(Network.X, account_id=1, override_enabled=True, override_parts=("a" * 281,))
    assert codes(validate(post, target, {})) == {ProblemCode.TEXT_TOO_LONG}
