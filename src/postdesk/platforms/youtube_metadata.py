"""The video resource sent with an upload, checked against the same rules the composer uses.

`core.rules.youtube` (title, description) and `core.youtube_options` (tags, privacy, license,
category, Shorts, hand-off) decide; a request the composer would refuse is refused here too,
before anything is sent.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

from postdesk.core import rules
from postdesk.core import youtube_options as yopts
from postdesk.core.networks import Network
from postdesk.core.text.measure import count as measure_count
from postdesk.core.validation import ProblemCode
from postdesk.platforms.base import PublishRequest, Rejected
from postdesk.platforms.youtube_errors import worded_failure


def video_resource(
    request: PublishRequest, video: tuple[int | None, int | None, float | None] | None = None
) -> dict[str, Any]:
    """The `video` resource `videos.insert` gets (`part=snippet,status`), or `Rejected` for what YouTube would refuse.

    Args:
        request: the publish request (title and options in `options`, the description in `parts[0]`).
        video: (width, height, seconds) of the video, for the Shorts checks.
    """
    if len(request.parts) > 1:
        raise Rejected("YouTube has no threads: a video has one description", problem=ProblemCode.THREAD_NOT_SUPPORTED)
    options = request.options
    title = str(options.get("title") or "").strip()
    description = request.parts[0] if request.parts else ""
    yt = rules.get(Network.YOUTUBE)
    if not title:
        raise Rejected("A YouTube video needs a title", problem=ProblemCode.TITLE_MISSING)
    limit = yt.title_limit
    if limit is not None and (length := measure_count(title, yt.title_counter, limit).length) > limit:
        raise Rejected(
            f"YouTube titles are at most {limit} characters",
            problem=ProblemCode.TITLE_TOO_LONG,
            params={"length": length, "limit": limit},
        )
    forbidden = [c for c in title + description if c in yt.forbidden_chars]
    if forbidden:
        raise Rejected(
            "YouTube does not allow < or > in a title or description",
            problem=ProblemCode.FORBIDDEN_CHARACTERS,
            params={"char": forbidden[0]},
        )
    if (size := len(description.encode("utf-8"))) > yt.text_limit:
        raise Rejected(
            f"YouTube descriptions are at most {yt.text_limit} bytes",
            problem=ProblemCode.TEXT_TOO_MANY_BYTES,
            params={"length": size, "limit": yt.text_limit},
        )
    problems = [
        p for p in yopts.check(options, video, hand_off=request.publish_at is not None) if p.severity == "error"
    ]
    if problems:
        raise Rejected(
            worded_failure(problems[0].code, problems[0].params),
            problem=problems[0].code,
            params=problems[0].params,
        )
    snippet: dict[str, Any] = {
        "title": title,
        "description": description,
        "categoryId": str(options.get("category_id") or yopts.DEFAULT_CATEGORY),
    }
    tags = yopts.tags_of(options)
    if tags:
        snippet["tags"] = tags
    if options.get("default_language"):
        snippet["defaultLanguage"] = str(options["default_language"])
    status: dict[str, Any] = {
        "privacyStatus": str(options.get("privacy") or "public"),
        "selfDeclaredMadeForKids": options.get("made_for_kids") is True,
        "license": str(options.get("license") or "youtube"),
    }
    if request.publish_at is not None:
        status["privacyStatus"] = "private"  # publishAt is allowed only on a private video
        status["publishAt"] = request.publish_at.astimezone(UTC).isoformat().replace("+00:00", "Z")
    return {"snippet": snippet, "status": status}
