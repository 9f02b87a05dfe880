"""TikTok's media transfer: the chunk plan, the chunk uploads, and the status polling.

Chunks (https://developers.tiktok.com/doc/content-posting-api-media-transfer-guide, "Chunk
restrictions"):
- total_chunk_count = video_size / chunk_size, rounded down;
- each chunk at least 5 MB and at most 64 MB, except the final one, which takes the trailing
  bytes and may be bigger (up to 128 MB);
- a video under 5 MB goes whole (chunk_size = video_size); one over 64 MB must be chunked;
- 1 to 1000 chunks, uploaded in order, each `PUT {upload_url}` with `Content-Type` the video's
  type, `Content-Length` and `Content-Range: bytes {first}-{last}/{total}`.
Postdesk sends videos up to 64 MB whole and bigger ones in 10 MiB chunks: the final chunk is then
under 20 MiB, and a 4 GB video (the largest TikTok takes) is about 400 chunks.

Status (https://developers.tiktok.com/doc/content-posting-api-reference-get-video-status):
`POST /v2/post/publish/status/fetch/` {publish_id} answers PROCESSING_UPLOAD,
PROCESSING_DOWNLOAD, PUBLISH_COMPLETE or FAILED with `fail_reason`; public posts get
`publicaly_available_post_id` (TikTok's spelling) once moderated, which "usually finishes within
one minute" and "in some cases may take a few hours". The status endpoint allows 30 requests a
minute per token, so Postdesk reads it every 5 seconds at most.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from postdesk.platforms.base import (
    MEDIA_CHANGED,
    MEDIA_TOO_BIG_TO_SEND,
    MEDIA_UNREADABLE,
    AnswerLost,
    Rejected,
    Transient,
)
from postdesk.platforms.rest_call import Sleep, send

MB = 1024 * 1024
#: "Each chunk must be at least 5 MB but no greater than 64 MB" (media transfer guide).
MIN_CHUNK = 5 * MB
MAX_CHUNK = 64 * MB
#: The chunk size Postdesk uses for videos over 64 MB.
CHUNK = 10 * MB
MAX_CHUNKS = 1000
POLL_EVERY_S = 5.0

#: Problem codes of TikTok's `fail_reason` values, worded by `ui.composer.refusal_words_video`.
FAIL_FORMAT = "tiktok_fail_format"
FAIL_DURATION = "tiktok_fail_duration"
FAIL_FRAME_RATE = "tiktok_fail_frame_rate"
FAIL_PICTURE_SIZE = "tiktok_fail_picture_size"
FAIL_INTERNAL = "tiktok_fail_internal"
FAIL_VIDEO_PULL = "tiktok_fail_video_pull"
FAIL_PHOTO_PULL = "tiktok_fail_photo_pull"
FAIL_CANCELLED = "tiktok_fail_cancelled"
FAIL_AUTH_REMOVED = "tiktok_fail_auth_removed"
FAIL_TOO_MANY_POSTS = "tiktok_fail_too_many_posts"
FAIL_USER_BANNED = "tiktok_fail_user_banned"
FAIL_SPAM_TEXT = "tiktok_fail_spam_text"
FAIL_SPAM = "tiktok_fail_spam"
FAIL_OTHER = "tiktok_fail_other"

FAIL_PROBLEMS = {
    "file_format_check_failed": FAIL_FORMAT,
    "duration_check_failed": FAIL_DURATION,
    "frame_rate_check_failed": FAIL_FRAME_RATE,
    "picture_size_check_failed": FAIL_PICTURE_SIZE,
    "internal": FAIL_INTERNAL,
    "video_pull_failed": FAIL_VIDEO_PULL,
    "photo_pull_failed": FAIL_PHOTO_PULL,
    "publish_cancelled": FAIL_CANCELLED,
    "auth_removed": FAIL_AUTH_REMOVED,
    "spam_risk_too_many_posts": FAIL_TOO_MANY_POSTS,
    "spam_risk_user_banned_from_posting": FAIL_USER_BANNED,
    "spam_risk_text": FAIL_SPAM_TEXT,
    "spam_risk": FAIL_SPAM,
}

#: `fail_reason` values (get-video-status page) in English, for the log (the creator sees the
#: problem code's sentence).
FAIL_REASONS = {
    "file_format_check_failed": "TikTok could not read the file's format (it takes MP4, MOV or WebM videos and "
    "JPEG or WebP photos)",
    "duration_check_failed": "TikTok refused the video's length for this account",
    "frame_rate_check_failed": "TikTok refused the video's frame rate (it takes 23 to 60 frames a second)",
    "picture_size_check_failed": "TikTok refused a photo's size (photos up to 1080p work)",
    "internal": "TikTok had an internal problem with this post",
    "video_pull_failed": "TikTok could not download the video",
    "photo_pull_failed": "TikTok could not download a photo from the media relay",
    "publish_cancelled": "The post was cancelled in TikTok",
    "auth_removed": "Postdesk's access to this TikTok account was removed",
    "spam_risk_too_many_posts": "TikTok's daily limit of posts from apps is reached for this account",
    "spam_risk_user_banned_from_posting": "TikTok does not let this account post right now",
    "spam_risk_text": "TikTok flagged the caption as spam",
    "spam_risk": "TikTok flagged the post as spam",
}


def fail_words(reason: str) -> str:
    """TikTok's `fail_reason` in plain words (the code itself when TikTok adds a new one)."""
    return FAIL_REASONS.get(reason, f"TikTok could not publish the post ({reason or 'no reason given'})")


def fail_problem(reason: str) -> str:
    """The problem code of TikTok's `fail_reason` (FAIL_OTHER when TikTok adds a new one)."""
    return FAIL_PROBLEMS.get(reason, FAIL_OTHER)


def chunk_plan(video_size: int, chunk: int = CHUNK) -> tuple[int, int]:
    """(chunk_size, total_chunk_count) for a video of `video_size` bytes, per the guide's rules.

    Raises:
        Rejected: the video is empty or would need more than 1000 chunks.
    """
    if video_size <= 0:
        raise Rejected("The video file is empty", problem=MEDIA_UNREADABLE)
    if video_size <= MAX_CHUNK:
        return video_size, 1  # under 5 MB it must go whole; up to 64 MB it may
    count = video_size // chunk
    if count > MAX_CHUNKS:
        raise Rejected("The video is too big for TikTok's upload (at most 1000 chunks)", problem=MEDIA_TOO_BIG_TO_SEND)
    return chunk, count


def chunk_ranges(video_size: int, chunk_size: int, count: int) -> list[tuple[int, int]]:
    """(first, last) byte of each chunk; the final chunk takes the trailing bytes."""
    ranges = [(i * chunk_size, (i + 1) * chunk_size - 1) for i in range(count - 1)]
    ranges.append(((count - 1) * chunk_size, video_size - 1))
    return ranges


def _read(path: str, first: int, last: int) -> bytes:
    with open(path, "rb") as handle:
        handle.seek(first)
        return handle.read(last - first + 1)


async def upload_chunks(
    client: httpx.AsyncClient, upload_url: str, path: str, size: int, mime: str, chunk_size: int, count: int
) -> None:
    """PUT every chunk in order to the upload URL (it carries its own token, no Authorization).

    Each chunk is read from the file just before it is sent, so a 4 GB video never sits in memory
    (at most one chunk: 64 MB whole, or under 20 MiB chunked).

    Raises:
        Transient: a chunk did not arrive (dropped connection, 5xx, or a refusal of the
            upload itself); nothing is published until every chunk arrived, so the post can be
            sent again from the start.
        AnswerLost: the final chunk left but its answer did not come: TikTok may be publishing.
        Rejected: the file cannot be read.
    """
    ranges = chunk_ranges(size, chunk_size, count)
    for index, (first, last) in enumerate(ranges):
        final = index == len(ranges) - 1
        try:
            data = await asyncio.to_thread(_read, path, first, last)
        except OSError as exc:
            raise Rejected(f"The video cannot be read: {exc.strerror or exc}", problem=MEDIA_UNREADABLE) from None
        if len(data) != last - first + 1:
            raise Rejected("The video file changed while it was being sent", problem=MEDIA_CHANGED)
        headers = {"Content-Type": mime, "Content-Range": f"bytes {first}-{last}/{size}"}
        response = await send(client, "PUT", upload_url, creates=final, content=data, headers=headers)
        if response.status_code in (200, 201, 206):
            continue
        if response.status_code >= 500 and final:
            raise AnswerLost(
                f"TikTok answered the last chunk with HTTP {response.status_code}", http_status=response.status_code
            )
        raise Transient(
            f"TikTok refused chunk {index + 1} of {len(ranges)} (HTTP {response.status_code})",
            http_status=response.status_code,
        )


@dataclass(frozen=True, slots=True)
class Outcome:
    """Where a publish ended: its status and TikTok's post id when it gave one."""

    status: str
    post_id: str = ""


StatusCall = Callable[[str], Awaitable[dict[str, Any]]]


async def wait_published(fetch: StatusCall, publish_id: str, *, sleep: Sleep, wait: float) -> Outcome:
    """Read the status until PUBLISH_COMPLETE (or SEND_TO_USER_INBOX), bounded by `wait` seconds.

    Raises:
        Rejected: FAILED, with the reason in words.
        AnswerLost: still processing after `wait`: the post may yet appear.
    """
    waited = 0.0
    while True:
        data = await fetch(publish_id)
        status = str(data.get("status") or "")
        if status in ("PUBLISH_COMPLETE", "SEND_TO_USER_INBOX"):
            ids = data.get("publicaly_available_post_id") or data.get("publicly_available_post_id") or []
            post_id = str(ids[0]) if isinstance(ids, list) and ids else ""
            return Outcome(status, post_id)
        if status == "FAILED":
            reason = str(data.get("fail_reason") or "")
            raise Rejected(fail_words(reason), problem=fail_problem(reason), network_message=reason)
        if waited >= wait:
            raise AnswerLost(f"TikTok was still processing the post after {int(wait)} s ({status})")
        await sleep(POLL_EVERY_S)
        waited += POLL_EVERY_S
