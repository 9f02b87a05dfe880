"""Facebook Pages: posts, photos, videos, hand-offs, comments and counts through the Pages API.

Each connected Page is its own Postdesk account: `Credentials.user_id` is the Page id and the
token is the Page's own access token (from GET /me/accounts at sign-in, `auth.facebook_pages`).
Checked against Meta's pages (Graph API version in `auth.profiles.meta.GRAPH_VERSION`):
- https://developers.facebook.com/docs/pages-api/posts: text and link posts are POST
  /{page-id}/feed (message, link); `published=false` with `scheduled_publish_time` schedules
  one on Facebook (a hand-off: it goes out while Postdesk is closed; cancelling deletes it);
  DELETE /{post-id} deletes; GET /{page-id}/posts lists what is published (the lookup after a
  lost answer matches the text and the time).
- https://developers.facebook.com/docs/graph-api/reference/page/photos/: one photo is one
  multipart POST /{page-id}/photos (`source`, `caption`); several are uploaded unpublished and
  attached to one feed post with attached_media[i]={"media_fbid": ...}.
- https://developers.facebook.com/docs/video-api/guides/publishing: videos go up in the
  resumable protocol (`facebook_upload`), then process before their post exists.
- Scheduling window: 10 minutes to 30 days ahead (U: Meta's pages disagree, 30 days is the
  narrowest figure found; a hand-off outside it is refused here and Postdesk publishes itself).
- Comments: GET /{post-id}/comments (filter=stream: replies too), POST /{comment-id}/comments
  answers as the Page, POST /{comment-id} is_hidden=true hides, POST /{comment-id}/likes likes
  (https://developers.facebook.com/docs/graph-api/reference/object/comments/).
- Counts: the post's own fields reactions.summary(total_count), comments.summary(total_count)
  and shares (https://developers.facebook.com/docs/graph-api/reference/post/). Meta has been
  retiring post *insights* metrics (the impressions family), so Postdesk does not ask for them
  and needs no read_insights permission; views stay unknown.
Errors are read by `meta_errors` (190 → reconnect, 4/17/32/613/80001 → wait, 368 → blocked).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from postdesk.auth.profiles.meta import GRAPH_VERSION
from postdesk.core.media_info import MediaKind
from postdesk.core.networks import Network
from postdesk.core.validation import ProblemCode
from postdesk.platforms import media_prep
from postdesk.platforms.base import (
    HANDOFF_TOO_FAR,
    HANDOFF_TOO_SOON,
    AdapterError,
    AnswerLost,
    Published,
    PublishRequest,
    RateLimit,
    Rejected,
)
from postdesk.platforms.credentials import CredentialSource
from postdesk.platforms.facebook_upload import PageCaller
from postdesk.platforms.inbox import InboxItem, InboxKind, InboxPage
from postdesk.platforms.metrics import PostMetrics
from postdesk.platforms.registry import Registry
from postdesk.platforms.rest_call import Clock, created_id, utc_now

API = f"https://graph.facebook.com/{GRAPH_VERSION}"
VIDEO_API = f"https://graph-video.facebook.com/{GRAPH_VERSION}"
#: Facebook's scheduling window (see the module docstring).
SCHEDULE_MIN = timedelta(minutes=10)
SCHEDULE_MAX = timedelta(days=30)
_COMMENT_FIELDS = "id,message,from,created_time,parent,is_hidden,permalink_url"
_COUNT_FIELDS = "reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0),shares"


def _parse_time(value: Any) -> datetime | None:
    try:
        return datetime.strptime(str(value), "%Y-%m-%dT%H:%M:%S%z").astimezone(UTC)
    except ValueError:
        return None


class FacebookAdapter:
    """Publishes to Facebook Pages.

    Args:
        credentials: the Page tokens.
        base_url: the Graph root with its version (tests point it at the fake).
        video_url: the root for video uploads.
        transport: an httpx transport (tests).
        clock: the current instant (scheduling window).
        sleep: the wait between video status reads (tests pass one that does not sleep).
        poll_interval: seconds between video status reads.
        max_polls: status reads before a processing video is left for a later try.

    Attributes:
        network: Facebook.
        rate_limit: none documented per Page for posting (Meta's use-case limits answer with
            codes 32/80001, which become `RateLimited`).
        lookup_settle: how long a published post takes to show in the Page's list.
    """

    network = Network.FACEBOOK
    rate_limit: RateLimit | None = None
    lookup_settle = timedelta(seconds=30)

    def __init__(
        self,
        credentials: CredentialSource,
        *,
        base_url: str = API,
        video_url: str = VIDEO_API,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Clock = utc_now,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        poll_interval: float = 10.0,
        max_polls: int = 60,
    ) -> None:
        self._page = PageCaller(
            credentials,
            base_url=base_url,
            video_url=video_url,
            transport=transport,
            sleep=sleep,
            poll_interval=poll_interval,
            max_polls=max_polls,
        )
        self._clock = clock

    # -- publishing -------------------------------------------------------------------------

    async def schedule(self, request: PublishRequest, at: datetime) -> Published:
        """Hand the post to the Page's own scheduler (`publish` with `publish_at`)."""
        return await self.publish(replace(request, publish_at=at))

    async def publish(self, request: PublishRequest) -> Published:
        if len(request.parts) > 1:
            raise Rejected(
                "Facebook Pages have no threads: put the text in one post", problem=ProblemCode.THREAD_NOT_SUPPORTED
            )
        text = request.parts[0] if request.parts else ""
        link = str(request.options.get("link") or "").strip()
        if not text.strip() and not request.media_paths and not link:
            raise Rejected("The post is empty", problem=ProblemCode.TEXT_EMPTY)
        if link and request.media_paths:
            raise Rejected(
                "Facebook shows a link preview only on a post without photos or video",
                problem=ProblemCode.FACEBOOK_LINK_WITH_MEDIA,
            )
        when: int | None = None
        if request.publish_at is not None:
            ahead = request.publish_at - self._clock()
            if ahead < SCHEDULE_MIN:
                raise Rejected(
                    "Facebook schedules posts at least 10 minutes ahead",
                    problem=HANDOFF_TOO_SOON,
                    params={"minutes": int(SCHEDULE_MIN.total_seconds() // 60)},
                )
            if ahead > SCHEDULE_MAX:
                raise Rejected(
                    "Facebook schedules posts at most 30 days ahead",
                    problem=HANDOFF_TOO_FAR,
                    params={"days": SCHEDULE_MAX.days},
                )
            when = int(request.publish_at.timestamp())
        await media_prep.check_sendable(request, Network.FACEBOOK)
        account = request.account_id
        if request.media_paths and await _is_video(request.media_paths[0]):
            # Sent from the file range by range (never read whole into memory).
            return await self._video(account, request.media_paths[0], text, when)
        items = await media_prep.prepare(request, Network.FACEBOOK)
        if len(items) == 1 and when is None:
            body = await self._page.photo(account, items[0], caption=text, published=True)
            post_id = created_id(body, "post_id", what="the photo post")
            return Published(post_id, await self._permalink(account, post_id), (post_id,))
        fields: dict[str, str] = {}
        if text:
            fields["message"] = text
        if link:
            fields["link"] = link
        for index, item in enumerate(items):
            photo = await self._page.photo(account, item, published=False)
            fields[f"attached_media[{index}]"] = json.dumps({"media_fbid": created_id(photo, "id", what="a photo")})
        if when is not None:
            fields.update(published="false", scheduled_publish_time=str(when))
        body = await self._page.call(account, "POST", "{page}/feed", what="publish", creates=True, data=fields)
        post_id = created_id(body, "id", what="the post")
        url = None if when is not None else await self._permalink(account, post_id)
        return Published(post_id, url, (post_id,))

    async def _video(self, account: int | None, path: str, text: str, when: int | None) -> Published:
        video_id = await self._page.video(account, path, description=text, publish_at=when)
        if when is not None:
            # A scheduled video's post appears at its time; the video id cancels it (DELETE).
            return Published(video_id, None, (video_id,))
        try:
            body = await self._page.wait_video(account, video_id)
        except AdapterError as exc:
            if isinstance(exc, Rejected):
                raise
            # Finished but not ready yet: the post will appear; the engine looks it up.
            raise AnswerLost(f"Facebook is still processing the video: {exc}") from None
        post_id = str(body.get("post_id") or video_id)
        link = body.get("permalink_url")
        url = f"https://www.facebook.com{link}" if isinstance(link, str) and link.startswith("/") else link
        return Published(post_id, url if isinstance(url, str) else None, (post_id,))

    async def _permalink(self, account: int | None, post_id: str) -> str | None:
        try:
            body = await self._page.call(account, "GET", post_id, what="permalink", params={"fields": "permalink_url"})
        except AdapterError:
            return None  # the post is out; a missing link is not worth failing it
        link = body.get("permalink_url")
        return link if isinstance(link, str) else None

    async def lookup(self, request: PublishRequest, *, sent_at: datetime) -> Published | None:
        wanted = (request.parts[0] if request.parts else "").strip()
        account = request.account_id
        # A hand-off whose answer was lost waits on Facebook's own schedule until its time.
        scheduled = await self._page.call(
            account,
            "GET",
            "{page}/scheduled_posts",
            what="lookup",
            params={"fields": "id,message,scheduled_publish_time"},
        )
        for post in scheduled.get("data") or ():
            if isinstance(post, dict) and post.get("id") and str(post.get("message") or "").strip() == wanted:
                return Published(str(post["id"]), None, (str(post["id"]),))
        since = int((sent_at - timedelta(minutes=5)).timestamp())
        body = await self._page.call(
            account,
            "GET",
            "{page}/posts",
            what="lookup",
            params={"fields": "id,message,created_time,permalink_url", "since": str(since), "limit": "50"},
        )
        for post in body.get("data") or ():
            if not isinstance(post, dict) or not post.get("id"):
                continue
            created = _parse_time(post.get("created_time"))
            if str(post.get("message") or "").strip() == wanted and (
                created is None or created >= sent_at - timedelta(minutes=5)
            ):
                link = post.get("permalink_url")
                return Published(str(post["id"]), link if isinstance(link, str) else None, (str(post["id"]),))
        return None

    async def delete(self, account_id: int | None, remote_id: str) -> None:
        try:
            await self._page.call(account_id, "DELETE", remote_id, what="delete the post")
        except Rejected as exc:
            graph = getattr(exc, "graph", None)
            if graph is not None and graph.code == 100 and graph.subcode == 33:
                return  # already gone counts as deleted
            raise

    async def first_comment(self, account_id: int | None, remote_id: str, text: str) -> Published:
        body = await self._page.call(
            account_id, "POST", f"{remote_id}/comments", what="comment", creates=True, data={"message": text}
        )
        comment = created_id(body, "id", what="the comment")
        return Published(comment, None, (comment,))

    async def metrics(self, account_id: int | None, remote_id: str) -> PostMetrics:
        """Reactions, comments and shares of a post (views are not given: see the module docstring).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        body = await self._page.call(account_id, "GET", remote_id, what="counts", params={"fields": _COUNT_FIELDS})

        def total(key: str) -> int | None:
            node = body.get(key)
            summary = node.get("summary") if isinstance(node, dict) else None
            value = summary.get("total_count") if isinstance(summary, dict) else None
            return value if isinstance(value, int) and not isinstance(value, bool) else None

        shares = body.get("shares")
        count = shares.get("count") if isinstance(shares, dict) else 0  # no "shares" field: none yet
        return PostMetrics(
            likes=total("reactions"),
            reposts=count if isinstance(count, int) else None,
            replies=total("comments"),
            views=None,
        )

    # -- inbox: comments on the Page's posts ------------------------------------------------

    async def fetch_comments(
        self, account_id: int | None, post_ids: Sequence[str], *, cursor: str | None = None, limit: int = 50
    ) -> InboxPage:
        """Visitors' comments (and replies) on `post_ids`, newest first; the Page's own are left out.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        items: dict[str, InboxItem] = {}
        for post in post_ids:
            try:
                body = await self._page.call(
                    account_id,
                    "GET",
                    f"{post}/comments",
                    what="comments",
                    params={
                        "fields": _COMMENT_FIELDS,
                        "filter": "stream",
                        "order": "reverse_chronological",
                        "limit": str(min(max(limit, 1), 100)),
                    },
                )
            except Rejected as exc:
                graph = getattr(exc, "graph", None)
                if graph is not None and graph.subcode == 33:
                    continue  # the post was deleted
                raise
            page_id = post.split("_", 1)[0]
            for comment in body.get("data") or ():
                item = _comment_item(post, page_id, comment)
                if item is not None:
                    items[item.remote_id] = item
        return InboxPage(tuple(sorted(items.values(), key=lambda i: i.created_at, reverse=True)))

    async def fetch_inbox(self, account_id: int | None, *, cursor: str | None = None, limit: int = 50) -> InboxPage:
        """Comments on the Page's ten latest posts.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        body = await self._page.call(
            account_id, "GET", "{page}/posts", what="recent posts", params={"fields": "id", "limit": "10"}
        )
        posts = [str(p["id"]) for p in body.get("data") or () if isinstance(p, dict) and p.get("id")]
        return await self.fetch_comments(account_id, posts, limit=limit)

    async def reply(self, account_id: int | None, item: InboxItem, text: str) -> Published:
        """Answer a comment as the Page (a reply to a reply goes under its top comment, as on Facebook).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient, AnswerLost.
        """
        under = item.reply_ref.get("parent_id") or item.remote_id
        body = await self._page.call(
            account_id, "POST", f"{under}/comments", what="reply", creates=True, data={"message": text}
        )
        reply = created_id(body, "id", what="the reply")
        return Published(reply, None, (reply,))

    async def hide(self, account_id: int | None, item: InboxItem) -> None:
        """Hide a comment from everyone but its author and their friends.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        await self._page.call(account_id, "POST", item.remote_id, what="hide the comment", data={"is_hidden": "true"})

    async def like(self, account_id: int | None, item: InboxItem) -> None:
        """Like a comment as the Page.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        await self._page.call(account_id, "POST", f"{item.remote_id}/likes", what="like the comment")

    async def probe(self) -> bool:
        try:
            await self._page.client.get(self._page.base, timeout=5.0)
        except httpx.TransportError:
            return False
        return True

    async def aclose(self) -> None:
        await self._page.aclose()


async def _is_video(path: str) -> bool:
    described = await asyncio.to_thread(media_prep.describe, path)
    return described.kind is MediaKind.VIDEO


def _comment_item(post: str, page_id: str, comment: Any) -> InboxItem | None:
    if not isinstance(comment, dict) or not comment.get("id"):
        return None
    found_author = comment.get("from")
    author: dict[str, Any] = found_author if isinstance(found_author, dict) else {}
    if str(author.get("id") or "") == page_id:
        return None  # the Page's own answers
    created = _parse_time(comment.get("created_time"))
    if created is None:
        return None
    parent = comment.get("parent")
    parent_id = str(parent.get("id")) if isinstance(parent, dict) and parent.get("id") else ""
    ref = {"post_id": post, **({"parent_id": parent_id} if parent_id else {})}
    link = comment.get("permalink_url")
    return InboxItem(
        remote_id=str(comment["id"]),
        kind=InboxKind.COMMENT,
        author_id=str(author.get("id") or ""),
        author_handle=str(author.get("name") or ""),
        author_name=str(author.get("name") or ""),
        text=str(comment.get("message") or ""),
        created_at=created,
        url=link if isinstance(link, str) else None,
        reply_ref=ref,
    )


def register(registry: Registry, credentials: CredentialSource) -> None:
    """Serve Facebook Pages with `FacebookAdapter`."""
    registry.register(Network.FACEBOOK, lambda: FacebookAdapter(credentials))
