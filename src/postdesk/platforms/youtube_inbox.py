"""Comment threads on a channel's videos as inbox items (`commentThreads.list`, `part=snippet`).

A thread's `snippet.topLevelComment` is a `comment` resource (developers.google.com/youtube/v3/docs/comments):
`snippet.authorDisplayName`, `snippet.authorChannelId.value`, `snippet.textOriginal` (the text as
written; `textDisplay` may be HTML), `snippet.publishedAt`, `snippet.videoId`. Replies go to the
thread (`comments.insert` with `parentId` = the thread id), so the thread id travels in `reply_ref`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from postdesk.platforms.inbox import InboxItem, InboxKind


def _when(value: Any) -> datetime:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return datetime.fromtimestamp(0, UTC)


def comment_items(body: Mapping[str, Any], channel_id: str) -> tuple[InboxItem, ...]:
    """The inbox items of one `commentThreads.list` answer, leaving out the channel's own comments."""
    items: list[InboxItem] = []
    for thread in body.get("items") or ():
        if not isinstance(thread, Mapping):
            continue
        snippet = thread.get("snippet") or {}
        top = snippet.get("topLevelComment") or {}
        comment = top.get("snippet") or {}
        author = str((comment.get("authorChannelId") or {}).get("value") or "")
        if not top.get("id") or author == channel_id:
            continue
        video = str(snippet.get("videoId") or comment.get("videoId") or "")
        comment_id = str(top["id"])
        name = str(comment.get("authorDisplayName") or "")
        items.append(
            InboxItem(
                remote_id=comment_id,
                kind=InboxKind.COMMENT,
                author_id=author,
                author_handle=name or author,
                author_name=name,
                text=str(comment.get("textOriginal") or comment.get("textDisplay") or ""),
                created_at=_when(comment.get("publishedAt")),
                url=f"https://www.youtube.com/watch?v={video}&lc={comment_id}" if video else None,
                reply_ref={"thread_id": str(thread.get("id") or comment_id), "video_id": video},
                author_avatar_url=str(comment.get("authorProfileImageUrl") or "") or None,
            )
        )
    return tuple(items)
