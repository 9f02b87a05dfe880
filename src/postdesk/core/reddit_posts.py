"""Reddit posts (pure): which kind a post is, and whether a subreddit's own rules let it in.

One table for the composer and the adapter: the adapter refuses with the same checks before it
submits, so what validation passes the subreddit also takes (as far as Reddit tells its rules).

Sources:
- reddit.com/dev/api `POST /api/submit`: `kind` is one of link, self, image, video, videogif; a
  title is required, at most 300 characters (`TOO_LONG` "max: 300");
- `GET /r/{sub}/about`: `submission_type` (any, link, self), `allow_images`, `allow_videos`,
  `allow_galleries`, `spoilers_enabled`;
- `GET /api/v1/{sub}/post_requirements` (reddit.com/dev/api; the r/redditdev admin post
  "Upcoming API change: POST /api/submit", Feb 2020): `title_text_min_length`,
  `title_text_max_length`, `body_restriction_policy` (none, required, notAllowed),
  `body_text_min_length`, `body_text_max_length`, `is_flair_required`, `domain_blacklist`,
  `domain_whitelist`, `title_required_strings`, `title_blacklisted_strings`,
  `gallery_min_items`, `gallery_max_items`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

TITLE_LIMIT = 300
GALLERY_MIN, GALLERY_MAX = 2, 20  # U: reddit.com's gallery composer
_URL = re.compile(r"^https?://\S+$")

SELF, LINK, IMAGE, VIDEO, GALLERY = "self", "link", "image", "video", "gallery"

#: Problem codes (worded by the UI; the adapter words them itself with `words`).
KIND_NOT_ALLOWED = "reddit_kind_not_allowed"
TITLE_TOO_SHORT = "reddit_title_too_short"
TITLE_TOO_LONG = "reddit_title_too_long"
TITLE_MISSING_WORD = "reddit_title_missing_word"
TITLE_FORBIDDEN_WORD = "reddit_title_forbidden_word"
BODY_REQUIRED = "reddit_body_required"
BODY_NOT_ALLOWED = "reddit_body_not_allowed"
BODY_TOO_SHORT = "reddit_body_too_short"
BODY_TOO_LONG = "reddit_body_too_long"
FLAIR_REQUIRED = "reddit_flair_required"
FLAIR_UNKNOWN = "reddit_flair_unknown"
DOMAIN_NOT_ALLOWED = "reddit_domain_not_allowed"
GALLERY_SIZE = "reddit_gallery_size"
SPOILER_NOT_ALLOWED = "reddit_spoiler_not_allowed"


@dataclass(frozen=True, slots=True)
class SubredditRules:
    """What a subreddit tells about itself (`/about` plus `post_requirements` plus its flairs).

    Attributes:
        name: the display name.
        submission_type: any, link or self.
        allow_images, allow_videos, allow_galleries, spoilers_enabled: from `/about`.
        requirements: the `post_requirements` answer as given.
        flairs: (id, text) of each link flair the user may choose.
    """

    name: str
    submission_type: str = "any"
    allow_images: bool = True
    allow_videos: bool = True
    allow_galleries: bool = True
    spoilers_enabled: bool = True
    requirements: Mapping[str, Any] = field(default_factory=dict)
    flairs: tuple[tuple[str, str], ...] = ()

    def number(self, key: str) -> int | None:
        value = self.requirements.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None

    def strings(self, key: str) -> list[str]:
        value = self.requirements.get(key)
        return [str(v) for v in value if str(v).strip()] if isinstance(value, list) else []


@dataclass(frozen=True, slots=True)
class Found:
    """One problem: its code and the numbers or words the message needs."""

    code: str
    params: Mapping[str, int | str] = field(default_factory=dict)


def post_kind(text: str, media_kinds: Sequence[str], link: str = "") -> str:
    """The kind of post the content makes: gallery (2+ images), image, video, link (a link option,
    or a text that is one URL alone), else self.

    Args:
        text: the post's body.
        media_kinds: "image" or "video" per attached file.
        link: the link option.
    """
    if media_kinds:
        if "video" in media_kinds:
            return VIDEO
        return GALLERY if len(media_kinds) > 1 else IMAGE
    if link.strip() or _URL.match(text.strip()):
        return LINK
    return SELF


def link_of(text: str, link: str = "") -> str:
    """The URL a link post submits."""
    return link.strip() or text.strip()


def _host(url: str) -> str:
    host = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/")[0].split(":")[0]
    return host.removeprefix("www.")


def check(
    rules: SubredditRules | None,
    *,
    kind: str,
    title: str,
    body: str,
    flair_id: str = "",
    link: str = "",
    media_count: int = 0,
    spoiler: bool = False,
) -> list[Found]:
    """Everything the subreddit would refuse, in a stable order ([] when `rules` is unknown).

    Args:
        rules: the subreddit's rules, or None when they could not be read.
        kind: from `post_kind`.
        title: the title.
        body: the self-post's text (ignored for other kinds but the body policy).
        flair_id: the chosen flair template.
        link: the link a link post submits.
        media_count: images in a gallery.
        spoiler: whether the post is marked as a spoiler.
    """
    if rules is None:
        return []
    found: list[Found] = []
    allowed = {
        SELF: rules.submission_type in ("any", "self"),
        LINK: rules.submission_type in ("any", "link"),
        IMAGE: rules.submission_type in ("any", "link") and rules.allow_images,
        VIDEO: rules.submission_type in ("any", "link") and rules.allow_videos,
        GALLERY: rules.submission_type in ("any", "link") and rules.allow_galleries,
    }
    if not allowed.get(kind, True):
        found.append(Found(KIND_NOT_ALLOWED, {"kind": kind, "subreddit": rules.name}))
    low, high = rules.number("title_text_min_length"), rules.number("title_text_max_length")
    if low is not None and len(title) < low:
        found.append(Found(TITLE_TOO_SHORT, {"min": low}))
    if high is not None and len(title) > high:
        found.append(Found(TITLE_TOO_LONG, {"max": high}))
    required = rules.strings("title_required_strings")
    if required and not any(word.lower() in title.lower() for word in required):
        found.append(Found(TITLE_MISSING_WORD, {"words": ", ".join(required)}))
    banned = [w for w in rules.strings("title_blacklisted_strings") if w.lower() in title.lower()]
    if banned:
        found.append(Found(TITLE_FORBIDDEN_WORD, {"word": banned[0]}))
    policy = str(rules.requirements.get("body_restriction_policy") or "none")
    text = body.strip() if kind == SELF else ""
    if kind == SELF and policy == "required" and not text:
        found.append(Found(BODY_REQUIRED))
    if text and policy == "notAllowed":
        found.append(Found(BODY_NOT_ALLOWED))
    if text:
        low, high = rules.number("body_text_min_length"), rules.number("body_text_max_length")
        if low is not None and len(text) < low:
            found.append(Found(BODY_TOO_SHORT, {"min": low}))
        if high is not None and len(text) > high:
            found.append(Found(BODY_TOO_LONG, {"max": high}))
    flair_ids = {fid for fid, _ in rules.flairs}
    if rules.requirements.get("is_flair_required") is True and not flair_id:
        found.append(Found(FLAIR_REQUIRED, {"subreddit": rules.name}))
    elif flair_id and rules.flairs and flair_id not in flair_ids:
        found.append(Found(FLAIR_UNKNOWN))
    if kind == LINK and link.strip():
        host = _host(link)
        black = {_host(d) for d in rules.strings("domain_blacklist")}
        white = {_host(d) for d in rules.strings("domain_whitelist")}
        if host in black or (white and host not in white):
            found.append(Found(DOMAIN_NOT_ALLOWED, {"domain": host}))
    if kind == GALLERY:
        low = rules.number("gallery_min_items") or GALLERY_MIN
        high = rules.number("gallery_max_items") or GALLERY_MAX
        if not low <= media_count <= high:
            found.append(Found(GALLERY_SIZE, {"min": low, "max": high}))
    if spoiler and not rules.spoilers_enabled:
        found.append(Found(SPOILER_NOT_ALLOWED))
    return found


_KIND_WORDS = {SELF: "text posts", LINK: "link posts", IMAGE: "image posts", VIDEO: "video posts", GALLERY: "galleries"}


def words(item: Found) -> str:
    """Plain English for a problem (the adapter's refusal; the composer words codes itself)."""
    p = item.params
    kind = _KIND_WORDS.get(str(p.get("kind")), "this kind of post")
    return {
        KIND_NOT_ALLOWED: f"r/{p.get('subreddit')} does not take {kind}",
        TITLE_TOO_SHORT: f"This subreddit wants a title of at least {p.get('min')} characters",
        TITLE_TOO_LONG: f"This subreddit takes titles of at most {p.get('max')} characters",
        TITLE_MISSING_WORD: f"This subreddit wants one of these words in the title: {p.get('words')}",
        TITLE_FORBIDDEN_WORD: f"This subreddit does not allow \u201c{p.get('word')}\u201d in a title",
        BODY_REQUIRED: "This subreddit wants text in the post",
        BODY_NOT_ALLOWED: "This subreddit takes posts with a title only, no text",
        BODY_TOO_SHORT: f"This subreddit wants at least {p.get('min')} characters of text",
        BODY_TOO_LONG: f"This subreddit takes at most {p.get('max')} characters of text",
        FLAIR_REQUIRED: f"r/{p.get('subreddit')} requires a flair: choose one",
        FLAIR_UNKNOWN: "The chosen flair no longer exists in this subreddit: choose another",
        DOMAIN_NOT_ALLOWED: f"This subreddit does not take links to {p.get('domain')}",
        GALLERY_SIZE: f"A gallery here holds {p.get('min')} to {p.get('max')} images",
        SPOILER_NOT_ALLOWED: "This subreddit does not use spoiler tags",
    }.get(item.code, item.code)


#: The option holding the chosen subreddit's rules as the composer last read them (a snapshot,
#: like TikTok's creator info), so validation stays pure; the adapter reads them afresh.
RULES_KEY = "reddit_rules"


def rules_to_json(rules: SubredditRules) -> dict[str, Any]:
    """A JSON-able snapshot of `rules` (for `RULES_KEY`)."""
    return {
        "name": rules.name,
        "submission_type": rules.submission_type,
        "allow_images": rules.allow_images,
        "allow_videos": rules.allow_videos,
        "allow_galleries": rules.allow_galleries,
        "spoilers_enabled": rules.spoilers_enabled,
        "requirements": dict(rules.requirements),
        "flairs": [list(f) for f in rules.flairs],
    }


def rules_from_json(value: object) -> SubredditRules | None:
    """The snapshot back, or None when it is missing or not one."""
    if not isinstance(value, Mapping) or not str(value.get("name") or ""):
        return None
    requirements = value.get("requirements")
    flairs = value.get("flairs")
    return SubredditRules(
        name=str(value["name"]),
        submission_type=str(value.get("submission_type") or "any"),
        allow_images=value.get("allow_images") is not False,
        allow_videos=value.get("allow_videos") is not False,
        allow_galleries=value.get("allow_galleries") is not False,
        spoilers_enabled=value.get("spoilers_enabled") is not False,
        requirements=dict(requirements) if isinstance(requirements, Mapping) else {},
        flairs=tuple((str(f[0]), str(f[1])) for f in flairs if isinstance(f, list | tuple) and len(f) == 2)
        if isinstance(flairs, list)
        else (),
    )


def check_options(options: Mapping[str, Any], text: str, media_kinds: Sequence[str]) -> list[Found]:
    """`check` for a composer target: the kind from its content, the rules from its snapshot (only
    when the snapshot is of the chosen subreddit)."""
    rules = rules_from_json(options.get(RULES_KEY))
    chosen = str(options.get("subreddit") or "").strip().removeprefix("r/").strip("/").lower()
    if rules is None or rules.name.lower() != chosen:
        return []
    link = str(options.get("link") or "")
    kind = post_kind(text, media_kinds, link)
    return check(
        rules,
        kind=kind,
        title=str(options.get("title") or "").strip(),
        body=text,
        flair_id=str(options.get("flair_id") or ""),
        link=link_of(text, link) if kind == LINK else "",
        media_count=len(media_kinds),
        spoiler=bool(options.get("spoiler")),
    )


TEXT_NOT_SENT = "reddit_text_not_sent"


def text_not_sent(options: Mapping[str, Any], text: str, media_kinds: Sequence[str]) -> bool:
    """Whether the post's text would be left out: `kind=image`/`video`/`link` and the gallery endpoint
    take no body (reddit.com/dev/api `POST /api/submit`: `text` is for self posts), so a text beside
    media or a link is not sent (a warning, not a refusal)."""
    link = str(options.get("link") or "")
    kind = post_kind(text, media_kinds, link)
    return (
        kind != SELF and bool(text.strip()) and text.strip() != link.strip() and not (kind == LINK and not link.strip())
    )
