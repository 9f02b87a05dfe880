"""Instagram post kinds (feed post or carousel, Reel, Story) and what each may hold.

One check for the composer (`core.validation`) and the adapter (`platforms.instagram`, on the
files it is about to send), beside the counts and video limits of `core.rules.instagram`.

Sources (Instagram API with Instagram Login, checked December 2026):
- https://developers.facebook.com/docs/instagram-platform/content-publishing/ : single images,
  Reels (media_type=REELS, video_url, share_to_feed, cover_url, thumb_offset), Stories
  (media_type=STORIES with image_url or video_url), carousels (is_carousel_item children, then
  media_type=CAROUSEL); "On March 24, 2025, we introduced the new alt_text field for image posts
  ... Reels and stories are not supported."
- https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media :
  feed images JPEG, at most 8 MB, aspect ratio 4:5 to 1.91:1 (third-party copies of the "Image
  specifications" agree: ayrshare media guidelines); Reels 3 s to 15 min, aspect ratio 0.01:1 to
  10:1 with 9:16 recommended; carousels hold up to 10 images and videos (U: 20 is rumoured, not
  documented for Instagram — Threads takes 20); `collaborators` up to 3 usernames (not on
  Stories); `location_id` a Page id with a location.
- https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/error-codes :
  2207057 "Thumbnail offset must be greater than or equal to 0 and less than video duration".
- Stories: video 3 to 60 seconds, 9:16 recommended (U: third-party copies of the Stories specs).

Pure: no I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

#: Option keys (`PublishRequest.options`, the composer's target options).
KIND = "instagram_kind"  # "feed" (a post or carousel), "reel" or "story"
SHARE_TO_FEED = "instagram_share_to_feed"  # a Reel also appears in the feed (default True)
THUMB_OFFSET_MS = "instagram_thumb_offset_ms"  # a Reel's cover frame, in milliseconds
COVER_PATH = "instagram_cover_path"  # a Reel's cover image (a local JPEG; wins over the offset)
COLLABORATORS = "instagram_collaborators"  # usernames invited as collaborators
LOCATION_ID = "instagram_location_id"  # a Facebook Page id that has a location
CROP_TO_FIT = "instagram_crop_to_fit"  # feed photos outside 4:5..1.91:1 are centre-cropped to the nearest

FEED, REEL, STORY = "feed", "reel", "story"
KINDS = (FEED, REEL, STORY)
#: Feed images: width / height from 4:5 to 1.91:1 (IG User Media, image specifications).
FEED_MIN_RATIO, FEED_MAX_RATIO = 4 / 5, 1.91
#: Reels: 0.01:1 to 10:1 (IG User Media, Reels specifications).
REEL_MIN_RATIO, REEL_MAX_RATIO = 0.01, 10.0
#: Story videos: 3 to 60 seconds (U: third-party copies of the Stories specifications).
STORY_VIDEO_MIN_S, STORY_VIDEO_MAX_S = 3.0, 60.0
MAX_COLLABORATORS = 3
#: Float noise only: 1080x1350 is exactly 4:5, 1080x1351 is outside (the fake refuses it as Meta does).
_SLACK = 1e-9


@dataclass(frozen=True, slots=True)
class Item:
    """One attachment as the check sees it.

    Attributes:
        video: a video rather than a still image.
        width: pixels (0 when unknown).
        height: pixels (0 when unknown).
        duration_s: a video's length, or None when unknown.
    """

    video: bool
    width: int = 0
    height: int = 0
    duration_s: float | None = None


@dataclass(frozen=True, slots=True)
class Issue:
    """One reason Instagram would refuse the post (codes are `core.validation.ProblemCode` values).

    Attributes:
        code: the problem code.
        index: the attachment concerned, or None.
        severity: "error" or "warning".
        params: numbers for the message.
    """

    code: str
    index: int | None = None
    severity: str = "error"
    params: Mapping[str, int | float | str] = field(default_factory=dict)


def kind_of(options: Mapping[str, Any]) -> str:
    """The post kind the options ask for ("feed" when none is set)."""
    return str(options.get(KIND) or FEED)


def collaborators(options: Mapping[str, Any]) -> list[str]:
    """The collaborator usernames, without "@" and blanks."""
    raw = options.get(COLLABORATORS) or ()
    if isinstance(raw, str):
        raw = raw.replace(",", " ").split()
    return [str(name).strip().lstrip("@") for name in raw if str(name).strip().lstrip("@")]


def thumb_offset_ms(options: Mapping[str, Any]) -> int | None:
    """The Reel's cover frame offset in milliseconds, or None."""
    value = options.get(THUMB_OFFSET_MS)
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


def fitted_ratio(width: int, height: int) -> float | None:
    """The feed ratio a `CROP_TO_FIT` photo is cropped to, or None when it already fits."""
    if width <= 0 or height <= 0:
        return None
    ratio = width / height
    if FEED_MIN_RATIO - _SLACK <= ratio <= FEED_MAX_RATIO + _SLACK:
        return None
    # A hair inside the bounds: the crop is rounded to whole pixels (956x500 would be 1.912).
    return min(max(ratio, FEED_MIN_RATIO + 0.005), FEED_MAX_RATIO - 0.005)


def _ratio_params(index: int, item: Item, low: float, high: float) -> dict[str, int | str]:
    return {
        "index": index,
        "width": item.width,
        "height": item.height,
        "min_ratio": f"{low:.2f}",
        "max_ratio": f"{high:.2f}",
    }


def check(options: Mapping[str, Any], items: Sequence[Item], *, caption: str = "") -> list[Issue]:
    """Every reason Instagram would refuse this post, in a stable order.

    Args:
        options: the target's options (`KIND`, `COLLABORATORS`, `THUMB_OFFSET_MS` ...).
        items: the attachments, in order.
        caption: the text (Stories show none).

    Returns:
        The issues (empty: Instagram takes it, as far as Postdesk can tell).
    """
    found: list[Issue] = []
    kind = kind_of(options)
    if kind not in KINDS:
        return [Issue("instagram_kind_unknown", params={"kind": kind})]
    videos = [i for i, item in enumerate(items) if item.video]
    if kind == REEL and (len(items) != 1 or not videos):
        found.append(Issue("instagram_reel_needs_one_video", params={"count": len(items)}))
    if kind == STORY and len(items) != 1:
        found.append(Issue("instagram_story_needs_one_item", params={"count": len(items)}))
    for index, item in enumerate(items):
        if not (item.width > 0 and item.height > 0):
            continue
        ratio = item.width / item.height
        if (
            kind == FEED
            and not item.video
            and options.get(CROP_TO_FIT) is not True
            and not (FEED_MIN_RATIO - _SLACK <= ratio <= FEED_MAX_RATIO + _SLACK)
        ):
            found.append(
                Issue("instagram_image_ratio", index, params=_ratio_params(index, item, FEED_MIN_RATIO, FEED_MAX_RATIO))
            )
        if kind == REEL and item.video and not (REEL_MIN_RATIO <= ratio <= REEL_MAX_RATIO):
            found.append(
                Issue("instagram_video_ratio", index, params=_ratio_params(index, item, REEL_MIN_RATIO, REEL_MAX_RATIO))
            )
        if kind in (REEL, STORY) and abs(ratio - 9 / 16) > 0.02:
            found.append(
                Issue(
                    "instagram_not_vertical",
                    index,
                    "warning",
                    {"index": index, "width": item.width, "height": item.height},
                )
            )
    if kind == STORY:
        for index in videos:
            duration = items[index].duration_s
            if duration is not None and not (STORY_VIDEO_MIN_S <= duration <= STORY_VIDEO_MAX_S):
                found.append(
                    Issue(
                        "instagram_story_video_length",
                        index,
                        params={
                            "index": index,
                            "seconds": round(duration, 1),  # worded by the UI in the user's digits
                            "min_seconds": int(STORY_VIDEO_MIN_S),
                            "max_seconds": int(STORY_VIDEO_MAX_S),
                        },
                    )
                )
        if caption.strip():
            found.append(Issue("instagram_story_caption_not_shown", severity="warning"))
    offset = thumb_offset_ms(options)
    if kind == REEL and offset is not None and videos:
        duration = items[videos[0]].duration_s
        if offset < 0 or (duration is not None and offset >= duration * 1000):
            found.append(
                Issue(
                    "instagram_thumb_offset", params={"offset_ms": offset, "duration_ms": int((duration or 0) * 1000)}
                )
            )
    names = collaborators(options)
    if names and kind == STORY:
        found.append(Issue("instagram_collaborators_on_story"))
    elif len(names) > MAX_COLLABORATORS:
        found.append(Issue("instagram_too_many_collaborators", params={"count": len(names), "max": MAX_COLLABORATORS}))
    location = str(options.get(LOCATION_ID) or "").strip()
    if location and not location.isdigit():
        found.append(Issue("instagram_location_invalid", params={"location": location}))
    return found
