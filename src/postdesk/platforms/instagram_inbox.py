"""Instagram: comments on the account's own media (the inbox) and the media's insights (metrics).

Comment moderation (https://developers.facebook.com/docs/instagram-platform/comment-moderation,
instagram_business_basic + instagram_business_manage_comments): GET /{ig-media-id}/comments lists
the top-level comments (id, text, timestamp, username, from, hidden); POST
/{ig-comment-id}/replies?message= answers one; POST /{ig-comment-id}?hide=true hides it; DELETE
/{ig-comment-id} deletes it (a comment on the account's own media, or the account's own reply).

Insights (https://developers.facebook.com/documentation/instagram-platform/reference/instagram-media/insights,
instagram_business_manage_insights): GET /{ig-media-id}/insights?metric=... Metrics differ by
media_product_type: feed posts and carousels reach, likes, comments, shares, saved, views; Reels
the same; Stories reach, replies, shares, views (no likes or comments). `views` replaced
impressions and plays (deprecated April 2025). Reach and saves have no place in `PostMetrics` yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from postdesk.platforms.base import Published, Rejected
from postdesk.platforms.inbox import InboxItem, InboxKind, InboxPage
from postdesk.platforms.instagram_calls import GraphCaller
from postdesk.platforms.metrics import PostMetrics
from postdesk.platforms.rest_call import created_id

_COMMENT_FIELDS = "id,text,timestamp,username,from,hidden"
_METRICS = {
    "FEED": ("reach", "likes", "comments", "shares", "saved", "views"),
    "REELS": ("reach", "likes", "comments", "shares", "saved", "views"),
    "STORY": ("reach", "replies", "shares", "views"),
}


def _comment_item(media_id: str, own_id: str | None, comment: Any) -> InboxItem | None:
    """An inbox item for one comment, or None (the account's own, or unreadable)."""
    if not isinstance(comment, dict) or not comment.get("id"):
        return None
    raw_author = comment.get("from")
    author: dict[str, Any] = raw_author if isinstance(raw_author, dict) else {}
    if own_id and str(author.get("id") or "") == own_id:
        return None
    try:
        created = datetime.strptime(str(comment.get("timestamp")), "%Y-%m-%dT%H:%M:%S%z").astimezone(UTC)
    except ValueError:
        return None
    username = str(comment.get("username") or author.get("username") or "")
    return InboxItem(
        remote_id=str(comment["id"]),
        kind=InboxKind.COMMENT,
        author_id=str(author.get("id") or username),
        author_handle=username,
        author_name="",
        text=str(comment.get("text") or ""),
        created_at=created,
        reply_ref={"media_id": media_id, "hidden": "true" if comment.get("hidden") is True else "false"},
    )


class InstagramInbox:
    """The inbox and metrics half of `InstagramAdapter` (it supplies `_graph`)."""

    _graph: GraphCaller

    async def fetch_comments(
        self, account_id: int | None, post_ids: Sequence[str], *, cursor: str | None = None, limit: int = 50
    ) -> InboxPage:
        """Other people's comments on `post_ids`, newest first (one page; `cursor` is unused).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        items: dict[str, InboxItem] = {}
        own = await self._own_id(account_id)
        for media_id in post_ids:
            try:
                body = await self._graph.call(
                    account_id,
                    "GET",
                    f"{media_id}/comments",
                    what="comments",
                    params={"fields": _COMMENT_FIELDS, "limit": str(min(max(limit, 1), 50))},
                )
            except Rejected as exc:
                if "does not exist" in exc.reason:
                    continue  # the post was deleted in the app
                raise
            for comment in body.get("data") or ():
                item = _comment_item(media_id, own, comment)
                if item is not None:
                    items[item.remote_id] = item
        return InboxPage(tuple(sorted(items.values(), key=lambda i: i.created_at, reverse=True)))

    async def _own_id(self, account_id: int | None) -> str | None:
        body = await self._graph.call(account_id, "GET", "me", what="account", params={"fields": "user_id"})
        value = body.get("user_id") or body.get("id")
        return str(value) if value else None

    async def fetch_inbox(self, account_id: int | None, *, cursor: str | None = None, limit: int = 50) -> InboxPage:
        """Comments on the account's ten latest posts (the sync passes Postdesk's own to `fetch_comments`)."""
        body = await self._graph.call(
            account_id, "GET", "{user}/media", what="own posts", params={"fields": "id", "limit": "10"}
        )
        found = [str(p["id"]) for p in body.get("data") or () if isinstance(p, dict) and p.get("id")]
        return await self.fetch_comments(account_id, found, limit=limit)

    async def reply(self, account_id: int | None, item: InboxItem, text: str) -> Published:
        """Answer a comment publicly (POST /{ig-comment-id}/replies).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient, AnswerLost.
        """
        body = await self._graph.call(
            account_id, "POST", f"{item.remote_id}/replies", what="reply", creates=True, data={"message": text}
        )
        reply = created_id(body, "id", what="reply")
        return Published(reply, None, (reply,))

    async def hide(self, account_id: int | None, item: InboxItem) -> None:
        """Hide a comment on one of the account's posts (POST /{ig-comment-id}?hide=true)."""
        await self._graph.call(account_id, "POST", item.remote_id, what="hide comment", data={"hide": "true"})

    async def delete_comment(self, account_id: int | None, item: InboxItem) -> None:
        """Delete someone's comment on one of the account's posts (DELETE /{ig-comment-id})."""
        await self.delete_reply(account_id, item.remote_id)

    async def delete_reply(self, account_id: int | None, remote_id: str) -> None:
        """Delete a reply the account sent from the inbox (a missing one counts as deleted)."""
        try:
            await self._graph.call(account_id, "DELETE", remote_id, what="delete comment")
        except Rejected as exc:
            if "does not exist" in exc.reason:
                return
            raise

    async def metrics(self, account_id: int | None, remote_id: str) -> PostMetrics:
        """Views, likes, comments (or a Story's replies) and shares of a post, from its insights.

        A metric the answer leaves out is None (Meta returns an empty set while data is missing).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        media = await self._graph.call(
            account_id, "GET", remote_id, what="media", params={"fields": "id,media_product_type"}
        )
        product = str(media.get("media_product_type") or "FEED")
        names = _METRICS.get(product, _METRICS["FEED"])
        body = await self._graph.call(
            account_id, "GET", f"{remote_id}/insights", what="insights", params={"metric": ",".join(names)}
        )
        found: dict[str, int] = {}
        for entry in body.get("data") or ():
            try:
                found[str(entry["name"])] = int(entry["values"][0]["value"])
            except (KeyError, IndexError, TypeError, ValueError):
                continue
        replies = found.get("replies") if product == "STORY" else found.get("comments")
        return PostMetrics(
            likes=found.get("likes"), reposts=found.get("shares"), replies=replies, views=found.get("views")
        )
