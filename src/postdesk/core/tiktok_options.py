"""TikTok's per-post options and what they may hold (pure): one table for the composer, validation
and the adapter.

TikTok makes a posting app show the creator's own settings before each post, and audits apps
against it (https://developers.tiktok.com/doc/content-sharing-guidelines/, "Direct Post API -
Developer Guidelines" and its UX points; https://developers.tiktok.com/doc/
content-posting-api-reference-direct-post: "Query creator information to render the UI elements to
be displayed on the Export page of your app"):

- the creator info (`POST /v2/post/publish/creator_info/query/`,
  content-posting-api-reference-query-creator-info) gives the creator's nickname and avatar,
  `privacy_level_options`, `comment_disabled` / `duet_disabled` / `stitch_disabled` and
  `max_video_post_duration_sec`; the composer keeps it per account and stores a copy in the
  target's options under `CREATOR` so validation can use it;
- privacy: the creator picks one of `privacy_level_options`, with no default value;
- interactions (comment, duet, stitch): none checked by default; greyed out and off when the
  creator's settings disable them; photo posts have no duet or stitch;
- commercial content disclosure: off by default; when on, the creator must pick "Your brand",
  "Branded content" or both before posting; branded content cannot be private (SELF_ONLY);
- the consent sentence under the post button: "By posting, you agree to TikTok's Music Usage
  Confirmation", with the Branded Content Policy added when branded content is on;
- unaudited apps: every post is private (SELF_ONLY) and at most 5 users may post in 24 h;
- the video's length must not pass `max_video_post_duration_sec`;
- photo posts: up to 35 JPEG or WebP photos fetched by TikTok from URLs whose domain or prefix the
  app verified (content-posting-api-reference-photo-post, content-posting-api-media-transfer-guide:
  PULL_FROM_URL); a photo post's title takes at most 90 characters.

Option keys: `privacy_level`, `allow_comment`, `allow_duet`, `allow_stitch`, `commercial`,
`your_brand`, `branded_content`, `is_aigc`, `title` (photo posts), `relay_verified` (the creator
says the media relay's address is verified with TikTok), `CREATOR` (the creator info snapshot).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

PRIVATE = "SELF_ONLY"
PRIVACY_LEVELS = ("PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "FOLLOWER_OF_CREATOR", "SELF_ONLY")
CREATOR = "tiktok_creator"
PHOTO_TITLE_LIMIT = 90
PHOTO_DESCRIPTION_LIMIT = 4000

#: Problem codes (`core.validation.ProblemCode` carries the same values).
PRIVACY_MISSING = "tiktok_privacy_missing"
PRIVACY_NOT_OFFERED = "tiktok_privacy_not_offered"
CREATOR_UNKNOWN = "tiktok_creator_unknown"
VIDEO_TOO_LONG_FOR_CREATOR = "tiktok_video_too_long_for_creator"
COMMERCIAL_NOT_CHOSEN = "tiktok_commercial_not_chosen"
BRANDED_PRIVATE = "tiktok_branded_private"
PHOTOS_NEED_VERIFIED_RELAY = "tiktok_photos_need_verified_relay"
PHOTO_TITLE_TOO_LONG = "tiktok_photo_title_too_long"


@dataclass(frozen=True, slots=True)
class CreatorInfo:
    """What TikTok's creator info says about one account.

    Attributes:
        nickname: the creator's nickname (shown above the options).
        username: the creator's @name.
        avatar_url: the avatar.
        privacy_options: the privacy levels this creator may choose, in TikTok's order.
        comment_disabled: the creator turned comments off in TikTok.
        duet_disabled: likewise duets.
        stitch_disabled: likewise stitches.
        max_video_s: the longest video this creator may post, in seconds.
    """

    nickname: str = ""
    username: str = ""
    avatar_url: str = ""
    privacy_options: tuple[str, ...] = ()
    comment_disabled: bool = False
    duet_disabled: bool = False
    stitch_disabled: bool = False
    max_video_s: int = 0

    @classmethod
    def from_api(cls, data: Mapping[str, Any]) -> CreatorInfo:
        """Read the `data` object of TikTok's creator info answer."""
        options = data.get("privacy_level_options")
        seconds = data.get("max_video_post_duration_sec")
        return cls(
            nickname=str(data.get("creator_nickname") or ""),
            username=str(data.get("creator_username") or ""),
            avatar_url=str(data.get("creator_avatar_url") or ""),
            privacy_options=tuple(str(o) for o in options) if isinstance(options, list) else (),
            comment_disabled=data.get("comment_disabled") is True,
            duet_disabled=data.get("duet_disabled") is True,
            stitch_disabled=data.get("stitch_disabled") is True,
            max_video_s=seconds if isinstance(seconds, int) and not isinstance(seconds, bool) else 0,
        )

    def snapshot(self) -> dict[str, Any]:
        """The copy kept in a target's options (plain JSON)."""
        return {
            "creator_nickname": self.nickname,
            "creator_username": self.username,
            "creator_avatar_url": self.avatar_url,
            "privacy_level_options": list(self.privacy_options),
            "comment_disabled": self.comment_disabled,
            "duet_disabled": self.duet_disabled,
            "stitch_disabled": self.stitch_disabled,
            "max_video_post_duration_sec": self.max_video_s,
        }


@dataclass(frozen=True, slots=True)
class OptionProblem:
    """One thing wrong with the options: a code and message params."""

    code: str
    params: Mapping[str, int | str] = field(default_factory=dict)


def creator_of(options: Mapping[str, object]) -> CreatorInfo | None:
    """The creator info snapshot stored in the options, or None."""
    raw = options.get(CREATOR)
    return CreatorInfo.from_api(raw) if isinstance(raw, Mapping) else None


def check(options: Mapping[str, object], *, video_s: float | None, photos: int, relay: bool) -> list[OptionProblem]:
    """What TikTok would refuse (or its audit forbids) with these options.

    Args:
        options: the target's options.
        video_s: the video's length in seconds, None when there is no video or it is unknown.
        photos: how many photos the post carries (a photo post when > 0).
        relay: whether a media relay is set up.
    """
    problems: list[OptionProblem] = []
    creator = creator_of(options)
    privacy = str(options.get("privacy_level") or "")
    if creator is None:
        problems.append(OptionProblem(CREATOR_UNKNOWN))
    if not privacy:
        problems.append(OptionProblem(PRIVACY_MISSING))
    elif creator is not None and privacy not in creator.privacy_options:
        problems.append(OptionProblem(PRIVACY_NOT_OFFERED, {"privacy": privacy}))
    if options.get("commercial") is True:
        if not (options.get("your_brand") is True or options.get("branded_content") is True):
            problems.append(OptionProblem(COMMERCIAL_NOT_CHOSEN))
        if options.get("branded_content") is True and privacy == PRIVATE:
            problems.append(OptionProblem(BRANDED_PRIVATE))
    if creator is not None and video_s is not None and creator.max_video_s and video_s > creator.max_video_s:
        problems.append(
            OptionProblem(VIDEO_TOO_LONG_FOR_CREATOR, {"seconds": round(video_s), "max_seconds": creator.max_video_s})
        )
    if photos:
        if not (relay and options.get("relay_verified") is True):
            problems.append(OptionProblem(PHOTOS_NEED_VERIFIED_RELAY))
        title = str(options.get("title") or "")
        if len(title.encode("utf-16-le")) // 2 > PHOTO_TITLE_LIMIT:
            problems.append(OptionProblem(PHOTO_TITLE_TOO_LONG, {"limit": PHOTO_TITLE_LIMIT}))
    return problems


def interactions(options: Mapping[str, object], creator: CreatorInfo) -> dict[str, bool]:
    """TikTok's `disable_*` flags: on unless the creator allowed it here and TikTok lets them."""
    return {
        "disable_comment": creator.comment_disabled or options.get("allow_comment") is not True,
        "disable_duet": creator.duet_disabled or options.get("allow_duet") is not True,
        "disable_stitch": creator.stitch_disabled or options.get("allow_stitch") is not True,
    }
