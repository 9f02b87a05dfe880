"""Facebook Page posts: the composer's options and their checks (pure).

Option keys: `link` — a web address Facebook shows as a link preview under the text
(POST /{page-id}/feed `link`, https://developers.facebook.com/docs/pages-api/posts). A link preview
goes on a text post only: a photo or video post has no `link` parameter (the photos edge takes a
`caption`, the videos edge a `description`), so a link with media is refused before scheduling
(the adapter refuses it too). A link must be a full http(s) address.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

#: Problem codes (`core.validation.ProblemCode` carries the same values).
LINK_WITH_MEDIA = "facebook_link_with_media"
LINK_INVALID = "facebook_link_invalid"


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem with a Facebook post's options.

    Attributes:
        code: one of the codes above.
        params: values for the wording.
    """

    code: str
    params: dict[str, Any] = field(default_factory=dict)


def link_of(options: Mapping[str, Any]) -> str:
    """The post's link option, trimmed ("" when none)."""
    return str(options.get("link") or "").strip()


def check(options: Mapping[str, Any], *, has_media: bool) -> list[Issue]:
    """What stops the post's Facebook options from going out as they are."""
    link = link_of(options)
    if not link:
        return []
    issues: list[Issue] = []
    parts = urlsplit(link)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        issues.append(Issue(LINK_INVALID, {"link": link}))
    if has_media:
        issues.append(Issue(LINK_WITH_MEDIA))
    return issues
