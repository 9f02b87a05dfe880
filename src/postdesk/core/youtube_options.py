"""YouTube's per-video options and what they may hold (pure): one table for the composer and the adapter.

Sources (developers.google.com/youtube/v3/docs/videos, the `video` resource, and the discovery
document /work/shared/specs/youtube/youtube.v3.json):

- `snippet.title`: required, at most 100 characters, no `<` or `>` (checked by `core.validation`
  from `core.rules.youtube`);
- `snippet.description`: at most 5000 bytes, no `<` or `>` (the post's text, same checks);
- `snippet.tags`: "maximum length of 500 characters. Note that the property value is actually a
  list and commas between items count toward the limit. Also, if a tag contains a space, the API
  server handles the tag value as though it were wrapped in quotation marks, and the quotation
  marks count toward the character limit" (`tags_length`);
- `status.privacyStatus`: public, unlisted, private; `status.license`: youtube, creativeCommon;
- `status.publishAt`: "can be set only if the privacy status of the video is private"; YouTube
  then makes the video public at that time, so a hand-off is possible only for a public video;
- `status.selfDeclaredMadeForKids`: the creator's "made for kids" answer (required by COPPA
  rules in YouTube Studio; the API takes it per video);
- Shorts: YouTube's announcement (blog.youtube, October 2024, Todd Sherman, Director of Product
  Management, YouTube Shorts): "Starting on October 15, you can upload Shorts up to 3 minutes
  long ... This change applies to videos that are square or taller in aspect ratio"; the Help
  Center's "Upload YouTube Shorts" page says the same (a square or vertical video up to 3
  minutes; U: its address not re-checked here). The API has no Shorts flag: YouTube decides from
  the frame and length, so a video meant as a Short that is not one is refused before
  scheduling, and a video that will become a Short without being meant as one gets a warning.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

PRIVACY = ("public", "unlisted", "private")
LICENSES = ("youtube", "creativeCommon")
TAGS_LIMIT = 500
SHORT_MAX_S = 180.0
#: The assignable categories YouTube lists for most regions (videoCategories.list, regionCode=US).
CATEGORIES: Mapping[str, str] = {
    "1": "Film & Animation",
    "2": "Autos & Vehicles",
    "10": "Music",
    "15": "Pets & Animals",
    "17": "Sports",
    "19": "Travel & Events",
    "20": "Gaming",
    "22": "People & Blogs",
    "23": "Comedy",
    "24": "Entertainment",
    "25": "News & Politics",
    "26": "Howto & Style",
    "27": "Education",
    "28": "Science & Technology",
    "29": "Nonprofits & Activism",
}
DEFAULT_CATEGORY = "22"

#: Problem codes (`core.validation.ProblemCode` carries the same values).
TAGS_TOO_LONG = "youtube_tags_too_long"
TAG_FORBIDDEN = "youtube_tag_forbidden"
OPTION_INVALID = "youtube_option_invalid"
HANDOFF_NOT_PUBLIC = "youtube_handoff_not_public"
SHORT_TOO_LONG = "youtube_short_too_long"
SHORT_NOT_VERTICAL = "youtube_short_not_vertical"
BECOMES_SHORT = "youtube_becomes_short"


@dataclass(frozen=True, slots=True)
class OptionProblem:
    """One thing wrong with the options: a code, "error" or "warning", and message params."""

    code: str
    severity: str = "error"
    params: Mapping[str, int | str] = field(default_factory=dict)


def tags_of(options: Mapping[str, object]) -> list[str]:
    """The tags option as a list (a list, or one comma-separated string), blanks dropped."""
    raw = options.get("tags")
    items: Sequence[object] = raw.split(",") if isinstance(raw, str) else raw if isinstance(raw, list | tuple) else ()
    return [str(t).strip() for t in items if str(t).strip()]


def tags_length(tags: Sequence[str]) -> int:
    """How YouTube counts the tags against its 500: commas between, quotes round a tag with a space."""
    return sum(len(t) + (2 if " " in t else 0) for t in tags) + max(len(tags) - 1, 0)


def is_short(width: int | None, height: int | None, seconds: float | None) -> bool | None:
    """Whether YouTube will make this video a Short (None when the frame or length is unknown)."""
    if width is None or height is None or seconds is None:
        return None
    return height >= width and seconds <= SHORT_MAX_S


def check(
    options: Mapping[str, object], video: tuple[int | None, int | None, float | None] | None, *, hand_off: bool
) -> list[OptionProblem]:
    """What YouTube would refuse (errors) or do unasked (warnings) with these options.

    Args:
        options: the target's options (title is checked elsewhere).
        video: (width, height, seconds) of the video, or None when there is none yet.
        hand_off: the post goes to YouTube's own scheduler (`publishAt`).
    """
    problems: list[OptionProblem] = []
    tags = tags_of(options)
    length = tags_length(tags)
    if length > TAGS_LIMIT:
        problems.append(OptionProblem(TAGS_TOO_LONG, params={"length": length, "limit": TAGS_LIMIT}))
    if any(c in t for t in tags for c in "<>"):
        problems.append(OptionProblem(TAG_FORBIDDEN))
    privacy = str(options.get("privacy") or "public")
    for name, value, allowed in (
        ("privacy", privacy, PRIVACY),
        ("license", str(options.get("license") or "youtube"), LICENSES),
        ("category", str(options.get("category_id") or DEFAULT_CATEGORY), tuple(CATEGORIES)),
    ):
        if value not in allowed:
            problems.append(OptionProblem(OPTION_INVALID, params={"field": name, "value": value}))
    if hand_off and privacy != "public":
        problems.append(OptionProblem(HANDOFF_NOT_PUBLIC, params={"privacy": privacy}))
    if video is not None:
        width, height, seconds = video
        short = is_short(width, height, seconds)
        if options.get("short") is True:
            if seconds is not None and seconds > SHORT_MAX_S:
                problems.append(
                    OptionProblem(SHORT_TOO_LONG, params={"seconds": round(seconds), "max_seconds": int(SHORT_MAX_S)})
                )
            if width is not None and height is not None and width > height:
                problems.append(OptionProblem(SHORT_NOT_VERTICAL, params={"width": width, "height": height}))
        elif short:
            problems.append(OptionProblem(BECOMES_SHORT, "warning"))
    return problems
