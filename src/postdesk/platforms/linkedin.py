"""LinkedIn: the Posts API for members and the organizations they administer.

Checked against Microsoft's LinkedIn docs:
- Posts API (https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/posts-api):
  POST https://api.linkedin.com/rest/posts with author, commentary, visibility, distribution,
  lifecycleState; the new post's URN comes back in the `x-restli-id` header; DELETE
  /rest/posts/{urlencoded urn} with `X-RestLi-Method: DELETE`; GET /rest/posts?q=author (finder)
  lists an author's posts (`lookup`); every call carries `LinkedIn-Version: YYYYMM` and
  `X-Restli-Protocol-Version: 2.0.0`.
- Images API (.../shares/images-api): initializeUpload -> PUT the bytes to uploadUrl -> the
  image URN, AVAILABLE once processed; one image is `content.media`, 2-20 are
  `content.multiImage`.
- Videos API (.../shares/videos-api): initializeUpload with fileSizeBytes gives one upload URL
  per byte range; each PUT answers an ETag; finalizeUpload lists the ETags.
- little text (.../shares/little-text-format): commentary reserves \\ | { } @ [ ] ( ) < > # * _ ~;
  unescaped, LinkedIn cuts the post short without an error, so everything but links and
  hashtags is escaped here.
- Comments (.../shares/comments-api): POST /rest/socialActions/{post urn}/comments (first comment);
  the inbox reads GET /rest/socialActions/{post or comment urn}/comments (start/count paging),
  answers with a nested comment (`parentComment`, posted under the first-level comment) and
  deletes with DELETE .../comments/{id}?actor=. Reading needs r_organization_social for a page's
  posts and r_member_social, granted to select developers only, for a member's own: a member
  account's inbox is the worded state `INBOX_NOT_GRANTED`, not an error. The permissions are from
  the page's table (checked); the shapes of the nested create and of the delete are from the API
  reference as remembered, not re-read (U).
- Social actions (.../shares/network-update-social-actions): GET /rest/socialActions/{post urn}
  summarises likes and comments (metrics).
Members post as urn:li:person:{id} (the OpenID `sub`); `options["author"]` may name an
urn:li:organization the member administers (needs w_organization_social).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

import httpx

from postdesk.core.networks import Network
from postdesk.core.richtext import entities
from postdesk.core.validation import ProblemCode
from postdesk.log import get_logger
from postdesk.platforms import media_prep
from postdesk.platforms.base import (
    HANDOFF_NOT_OFFERED,
    MEDIA_NOT_PROCESSED,
    PERMISSION_MISSING,
    AuthExpired,
    Published,
    PublishRequest,
    RateLimit,
    RateLimited,
    Rejected,
    Transient,
)
from postdesk.platforms.credentials import Credentials, CredentialSource
from postdesk.platforms.inbox import INBOX_NOT_GRANTED, InboxItem, InboxKind, InboxPage
from postdesk.platforms.metrics import UNKNOWN, PostMetrics, count
from postdesk.platforms.registry import Registry
from postdesk.platforms.rest_call import (
    SLOW_TIMEOUT,
    Unauthorised,
    account_credentials,
    bounded_client,
    created_id,
    json_object,
    retry_after,
    send,
    with_refresh,
)

API = "https://api.linkedin.com"
log = get_logger(__name__)
#: LinkedIn-Version values LinkedIn has published. It does not release every month: the official
#: migrations table (learn.microsoft.com/linkedin/marketing/integrations/migrations) lists 202510,
#: 202511, 202601, 202602 and 202603 (no 202512); the recent-changes page lists 202605, 202606
#: and 202607. Each is supported for at least a year after its release.
PUBLISHED_VERSIONS = ("202510", "202511", "202601", "202602", "202603", "202605", "202606", "202607")
#: The version every call sends: the newest published one we were checked against.
VERSION = PUBLISHED_VERSIONS[-1]
#: LinkedIn no longer takes that version (426): worded by the composer's activity (`refusal_words_networks`).
LINKEDIN_API_VERSION_RETIRED = "linkedin_api_version_retired"
_RESERVED = frozenset("\\|{}@[]()<>#*_~")
#: Comments read per request and the most pages read per post (U: the Comments API pages with
#: start/count; its largest count is not stated, so a modest one is used).
COMMENT_PAGE = 50
COMMENT_PAGES = 5
#: Why a member account's inbox stays empty, in LinkedIn's terms (the pane words it for the user).
#: LinkedIn answers a call the token's scope list does not cover (or a Page the member does not
#: administer) with 403 code ACCESS_DENIED, "Not enough permissions to access: <resource>"
#: (Posts, Images, Comments API pages, "Permissions"; error shape from the API error handling
#: page). An account connected as a member holds no w_organization_social, for instance.
MISSING_PERMISSION = (
    "LinkedIn did not give Postdesk permission to do this for this account (missing permissions, "
    "or you are not an administrator of that Page). Reconnect the account in Accounts and allow "
    "everything Postdesk asks for"
)
MEMBER_COMMENTS_REFUSED = (
    "LinkedIn gives the comments on a member's own posts only to apps it has approved (r_member_social)"
)


def little_text(text: str) -> str:
    """`text` as LinkedIn "little" commentary: reserved characters escaped, links and #tags kept.

    Links stay as typed (LinkedIn links them itself); a hashtag stays `#tag` (a HashtagElement)
    with any reserved character inside it escaped.
    """
    keep = {e.start: e for e in entities(text, Network.LINKEDIN) if e.kind in ("link", "hashtag")}
    out: list[str] = []
    i = 0
    while i < len(text):
        found = keep.get(i)
        if found is not None and found.kind == "link":
            out.append(text[found.start : found.end])
            i = found.end
            continue
        if found is not None:
            out.append("#" + "".join("\\" + c if c in _RESERVED else c for c in text[i + 1 : found.end]))
            i = found.end
            continue
        out.append("\\" + text[i] if text[i] in _RESERVED else text[i])
        i += 1
    return "".join(out)


def _no_account() -> Rejected:
    return Rejected("No LinkedIn account is chosen for this post", problem=ProblemCode.NO_ACCOUNT)


class LinkedInAdapter:
    """Publishes to LinkedIn.

    Args:
        credentials: the account tokens (user_id is the member id).
        base_url: the API host (tests point it at a fake).
        transport: an httpx transport override (tests).
        version: the LinkedIn-Version header.
        poll_interval: seconds between media status reads.
        max_polls: status reads before giving up on a media upload.
        sleep: the wait between polls (tests pass one that does not sleep).

    Attributes:
        network: LinkedIn.
        rate_limit: 150 member posts a day (U: LinkedIn's rate limits are per app and not
            published; the daily member cap is from third-party guides).
        lookup_settle: how long a post takes to show in the author finder.
    """

    network = Network.LINKEDIN
    rate_limit: RateLimit | None = RateLimit(150, timedelta(hours=24))
    lookup_settle = timedelta(seconds=30)

    def __init__(
        self,
        credentials: CredentialSource,
        *,
        base_url: str = API,
        transport: httpx.AsyncBaseTransport | None = None,
        version: str = VERSION,
        poll_interval: float = 3.0,
        max_polls: int = 40,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._credentials = credentials
        self._base = base_url.rstrip("/")
        self._client = bounded_client(transport=transport, timeout=SLOW_TIMEOUT)
        self._version = version
        self._poll_interval = poll_interval
        self._max_polls = max_polls
        self._sleep = sleep

    # -- calls ------------------------------------------------------------------------------

    async def _creds(self, account_id: int | None) -> Credentials:
        return await account_credentials(self._credentials, account_id, no_account=_no_account)

    async def _call(
        self,
        account_id: int | None,
        method: str,
        url: str,
        *,
        what: str,
        creates: bool = False,
        json: Any = None,
        params: dict[str, str] | None = None,
        content: bytes | None = None,
        restli_method: str | None = None,
        rest: bool = True,
    ) -> httpx.Response:
        """One call with the 401 -> refresh -> retry-once rule; returns a 2xx answer."""

        async def attempt(creds: Credentials) -> httpx.Response:
            headers = {"Authorization": f"Bearer {creds.access_token}"}
            if rest:
                headers |= {"LinkedIn-Version": self._version, "X-Restli-Protocol-Version": "2.0.0"}
            if restli_method:
                headers["X-RestLi-Method"] = restli_method
            if content is not None:
                headers["Content-Type"] = "application/octet-stream"
            response = await send(
                self._client,
                method,
                url if not rest else self._base + url,
                creates=creates,
                json=json,
                params=params,
                content=content,
                headers=headers,
            )
            return self._check(response, what)

        return await with_refresh(
            self._credentials,
            account_id,
            attempt,
            no_account=_no_account,
            refused="LinkedIn refused the token; reconnect the account",
        )

    @staticmethod
    def _check(response: httpx.Response, what: str) -> httpx.Response:
        status = response.status_code
        if status < 400:
            return response
        try:
            body = response.json()
        except ValueError:
            body = {}
        message = str(body.get("message") if isinstance(body, dict) else "") or f"HTTP {status}"
        if status == 401:
            raise Unauthorised(message)
        if status == 429:
            raise RateLimited(retry_after(response.headers), http_status=status, network_message=message)
        if status >= 500:
            raise Transient(f"{what}: {message}", http_status=status, network_message=message)
        if status == 426:
            sent = response.request.headers.get("LinkedIn-Version", VERSION)
            raise Rejected(
                f"LinkedIn no longer accepts the version of its API this Postdesk uses ({sent}). "
                "Update Postdesk to publish to LinkedIn again",
                http_status=status,
                network_message=message,
                problem=LINKEDIN_API_VERSION_RETIRED,
            )
        if status == 403 and isinstance(body, dict) and body.get("code") == "ACCESS_DENIED":
            raise Rejected(MISSING_PERMISSION, http_status=status, network_message=message, problem=PERMISSION_MISSING)
        raise Rejected(message, http_status=status, network_message=message)

    # -- media ------------------------------------------------------------------------------

    async def _wait_available(self, account_id: int | None, kind: str, urn: str) -> None:
        for _ in range(self._max_polls):
            body = json_object(
                await self._call(account_id, "GET", f"/rest/{kind}/{quote(urn, safe='')}", what=f"{kind} status"),
                what=f"{kind} status",
            )
            status = body.get("status")
            if status == "AVAILABLE":
                return
            if status in ("PROCESSING_FAILED", "FAILED"):
                raise Rejected(f"LinkedIn could not process the {kind[:-1]}", problem=MEDIA_NOT_PROCESSED)
            await self._sleep(self._poll_interval)
        raise Transient(f"LinkedIn is still processing the {kind[:-1]}; will try again")

    async def _upload_image(self, account_id: int | None, owner: str, item: media_prep.Prepared) -> str:
        init = json_object(
            await self._call(
                account_id,
                "POST",
                "/rest/images",
                what="image upload",
                params={"action": "initializeUpload"},
                json={"initializeUploadRequest": {"owner": owner}},
            ),
            what="image upload",
        )
        value = init.get("value") or {}
        url, urn = value.get("uploadUrl"), value.get("image")
        if not isinstance(url, str) or not isinstance(urn, str):
            raise Transient("image upload: the answer has no uploadUrl or image")
        await self._call(account_id, "PUT", url, what="image bytes", content=item.data, rest=False)
        await self._wait_available(account_id, "images", urn)
        return urn

    async def _upload_video(self, account_id: int | None, owner: str, item: media_prep.Prepared) -> str:
        init = json_object(
            await self._call(
                account_id,
                "POST",
                "/rest/videos",
                what="video upload",
                params={"action": "initializeUpload"},
                json={
                    "initializeUploadRequest": {
                        "owner": owner,
                        "fileSizeBytes": len(item.data),
                        "uploadCaptions": False,
                        "uploadThumbnail": False,
                    }
                },
            ),
            what="video upload",
        )
        value = init.get("value") or {}
        urn, parts = value.get("video"), value.get("uploadInstructions")
        if not isinstance(urn, str) or not isinstance(parts, list) or not parts:
            raise Transient("video upload: the answer has no video or uploadInstructions")
        etags: list[str] = []
        for part in parts:
            try:
                chunk = item.data[int(part["firstByte"]) : int(part["lastByte"]) + 1]
                url = str(part["uploadUrl"])
            except (KeyError, TypeError, ValueError):
                raise Transient("video upload: malformed upload instructions") from None
            answer = await self._call(account_id, "PUT", url, what="video bytes", content=chunk, rest=False)
            etag = answer.headers.get("etag")
            if not etag:
                raise Transient("video upload: a part was not acknowledged with an ETag")
            etags.append(etag)
        await self._call(
            account_id,
            "POST",
            "/rest/videos",
            what="video finalize",
            params={"action": "finalizeUpload"},
            json={
                "finalizeUploadRequest": {
                    "video": urn,
                    "uploadToken": value.get("uploadToken", ""),
                    "uploadedPartIds": etags,
                }
            },
        )
        await self._wait_available(account_id, "videos", urn)
        return urn

    async def _content(
        self, account_id: int | None, owner: str, items: list[media_prep.Prepared]
    ) -> dict[str, Any] | None:
        if not items:
            return None
        videos = [i for i in items if i.is_video]
        if videos and len(items) > 1:
            raise Rejected(
                "LinkedIn takes one video, or up to 20 images, per post",
                problem=ProblemCode.MIXED_MEDIA_NOT_ALLOWED
                if len(videos) < len(items)
                else ProblemCode.TOO_MANY_VIDEOS,
                params={"count": len(videos), "max": 1},
            )
        if videos:
            return {"media": {"id": await self._upload_video(account_id, owner, videos[0])}}
        urns = [await self._upload_image(account_id, owner, item) for item in items]
        described = [
            {"id": urn, **({"altText": i.alt_text} if i.alt_text else {})} for urn, i in zip(urns, items, strict=True)
        ]
        if len(described) == 1:
            return {"media": described[0]}
        return {"multiImage": {"images": described}}

    # -- the protocol -----------------------------------------------------------------------

    def _author(self, creds: Credentials, request_options: Any) -> str:
        chosen = str(request_options.get("author") or creds.extra.get("author_urn") or "")
        if chosen.startswith("urn:li:organization:"):
            return chosen
        if not creds.user_id:
            raise AuthExpired("The LinkedIn account has no member id; reconnect it")
        return f"urn:li:person:{creds.user_id}"

    async def publish(self, request: PublishRequest) -> Published:
        if request.publish_at is not None:
            raise Rejected("LinkedIn has no scheduling this app can use", problem=HANDOFF_NOT_OFFERED)
        if len(request.parts) > 1:
            raise Rejected("LinkedIn posts cannot be threads", problem=ProblemCode.THREAD_NOT_SUPPORTED)
        author = self._author(await self._creds(request.account_id), request.options)
        await media_prep.check_sendable(request, Network.LINKEDIN)  # the composer's own check
        items = await media_prep.prepare(request, Network.LINKEDIN)
        content = await self._content(request.account_id, author, items)
        visibility = (
            "CONNECTIONS"
            if (request.options.get("visibility") == "connections" and author.startswith("urn:li:person:"))
            else "PUBLIC"
        )
        body: dict[str, Any] = {
            "author": author,
            "commentary": little_text(request.parts[0] if request.parts else ""),
            "visibility": visibility,
            "distribution": {
                "feedDistribution": "MAIN_FEED",
                "targetEntities": [],
                "thirdPartyDistributionChannels": [],
            },
            "lifecycleState": "PUBLISHED",
            "isReshareDisabledByAuthor": False,
        }
        if content is not None:
            body["content"] = content
        answer = await self._call(request.account_id, "POST", "/rest/posts", what="publish", creates=True, json=body)
        urn = created_id(answer.headers.get("x-restli-id"), what="publish (x-restli-id)")
        return Published(urn, f"https://www.linkedin.com/feed/update/{urn}/", (urn,))

    async def lookup(self, request: PublishRequest, *, sent_at: datetime) -> Published | None:
        creds = await self._creds(request.account_id)
        author = self._author(creds, request.options)
        try:
            answer = await self._call(
                request.account_id,
                "GET",
                "/rest/posts",
                what="lookup",
                restli_method="FINDER",
                params={"q": "author", "author": author, "count": "20", "sortBy": "LAST_MODIFIED"},
            )
        except Rejected as exc:
            # Members need r_member_social to read their own posts: unanswerable, not "absent".
            raise Transient(f"LinkedIn would not list the author's posts: {exc.reason}") from None
        elements = json_object(answer, what="lookup").get("elements")
        if not isinstance(elements, list):
            raise Transient("lookup: the answer has no elements")
        wanted = little_text(request.parts[0] if request.parts else "")
        since_ms = (sent_at - timedelta(minutes=5)).timestamp() * 1000
        for post in elements:
            if not isinstance(post, dict) or post.get("commentary") != wanted or not post.get("id"):
                continue
            if int(post.get("createdAt") or post.get("publishedAt") or since_ms) >= since_ms:
                urn = str(post["id"])
                return Published(urn, f"https://www.linkedin.com/feed/update/{urn}/", (urn,))
        return None

    async def delete(self, account_id: int | None, remote_id: str) -> None:
        try:
            await self._call(
                account_id, "DELETE", f"/rest/posts/{quote(remote_id, safe='')}", what="delete", restli_method="DELETE"
            )
        except Rejected as exc:
            if exc.http_status == 404:
                return  # already gone counts as deleted
            raise

    async def first_comment(self, account_id: int | None, remote_id: str, text: str) -> Published:
        creds = await self._creds(account_id)
        actor = self._author(creds, {})
        answer = await self._call(
            account_id,
            "POST",
            f"/rest/socialActions/{quote(remote_id, safe='')}/comments",
            what="first comment",
            creates=True,
            json={"actor": actor, "object": remote_id, "message": {"text": text}},
        )
        body = json_object(answer, what="first comment", creates=True)
        comment = created_id(
            body.get("commentUrn") or answer.headers.get("x-restli-id") or body.get("id"), what="first comment"
        )
        return Published(comment, None, (comment,))

    async def metrics(self, account_id: int | None, remote_id: str) -> PostMetrics:
        """Likes and comments of a post (`GET /rest/socialActions/{urn}`, its summary).

        The summary has no reshare or view counts (those are None). Reading it needs
        r_organization_social for an organization's post and the restricted r_member_social
        (select developers only) for a member's own, per "Network Update Social Actions" on
        learn.microsoft.com; without it LinkedIn answers 403 and every count is None.

        Raises:
            AuthExpired, RateLimited, Rejected (the post is gone), Transient.
        """
        try:
            answer = await self._call(
                account_id, "GET", f"/rest/socialActions/{quote(remote_id, safe='')}", what="social actions"
            )
        except Rejected as exc:
            if exc.http_status == 403:
                log.info("LinkedIn does not let this app read the post's social actions")
                return UNKNOWN
            raise
        body = json_object(answer, what="social actions")
        likes = body.get("likesSummary")
        comments = body.get("commentsSummary")
        return PostMetrics(
            likes=count(likes, "totalLikes") if isinstance(likes, dict) else None,
            reposts=None,
            replies=count(comments, "aggregatedTotalComments") if isinstance(comments, dict) else None,
            views=None,
        )

    # -- the inbox: comments on the account's own posts -------------------------------------

    async def _comment_pages(
        self, account_id: int | None, target: str, *, max_pages: int = COMMENT_PAGES
    ) -> list[dict[str, Any]]:
        """Every comment on `target` (a post, or a comment for its replies), page by page."""
        found: list[dict[str, Any]] = []
        start = 0
        for _ in range(max_pages):
            answer = await self._call(
                account_id,
                "GET",
                f"/rest/socialActions/{quote(target, safe='')}/comments",
                what="comments",
                params={"start": str(start), "count": str(COMMENT_PAGE)},
            )
            body = json_object(answer, what="comments")
            elements = body.get("elements")
            if not isinstance(elements, list):
                raise Transient("comments: the answer has no elements")
            found.extend(e for e in elements if isinstance(e, dict))
            paging = _fields(body.get("paging"))
            total = paging.get("total")
            start += len(elements)
            if not elements or (isinstance(total, int) and start >= total) or len(elements) < COMMENT_PAGE:
                break
        return found

    def _own_actors(self, creds: Credentials) -> set[str]:
        own = {f"urn:li:person:{creds.user_id}"} if creds.user_id else set()
        author = str(creds.extra.get("author_urn") or "")
        return own | ({author} if author else set())

    async def fetch_comments(
        self, account_id: int | None, post_ids: Sequence[str], *, cursor: str | None = None, limit: int = 50
    ) -> InboxPage:
        """Other people's comments (and their replies to comments) on `post_ids`, newest first.

        Reading needs r_organization_social for an organization's post and the restricted
        r_member_social for a member's own (Comments API, "Permissions"); LinkedIn answers the
        others 403. When it refuses every post, the account's inbox is `INBOX_NOT_GRANTED`.
        One page holds everything (`cursor` is unused): comments are listed per post, so
        there is no account-wide order to page through.

        Raises:
            Rejected(problem=INBOX_NOT_GRANTED), AuthExpired, RateLimited, Transient.
        """
        creds = await self._creds(account_id)
        own = self._own_actors(creds)
        items: list[InboxItem] = []
        refused = 0
        for post in post_ids:
            try:
                top = await self._comment_pages(account_id, post)
            except Rejected as exc:
                if exc.http_status == 403:
                    refused += 1
                    continue
                if exc.http_status == 404:
                    continue  # the post was deleted
                raise
            for comment in top:
                urn = str(comment.get("commentUrn") or "")
                if not urn:
                    continue
                if str(comment.get("actor")) not in own:
                    items.append(_comment_item(post, urn, comment))
                summary = comment.get("commentsSummary")
                if isinstance(summary, dict) and count(summary, "aggregatedTotalComments"):
                    for nested in await self._comment_pages(account_id, urn, max_pages=1):
                        if nested.get("commentUrn") and str(nested.get("actor")) not in own:
                            items.append(_comment_item(post, urn, nested))
        if refused and refused == len(post_ids):
            raise Rejected(MEMBER_COMMENTS_REFUSED, http_status=403, problem=INBOX_NOT_GRANTED)
        items.sort(key=lambda i: i.created_at, reverse=True)
        return InboxPage(tuple(items))

    async def fetch_inbox(self, account_id: int | None, *, cursor: str | None = None, limit: int = 50) -> InboxPage:
        """Comments on the author's latest posts, found with the Posts API's author finder.

        The inbox sync calls `fetch_comments` with the posts Postdesk published instead; this
        finds them itself, which LinkedIn allows for an organization (r_organization_social)
        and for a member only with r_member_social.

        Raises:
            Rejected(problem=INBOX_NOT_GRANTED), AuthExpired, RateLimited, Transient.
        """
        author = self._author(await self._creds(account_id), {})
        try:
            answer = await self._call(
                account_id,
                "GET",
                "/rest/posts",
                what="own posts",
                restli_method="FINDER",
                params={"q": "author", "author": author, "count": "10", "sortBy": "LAST_MODIFIED"},
            )
        except Rejected as exc:
            if exc.http_status == 403:
                raise Rejected(MEMBER_COMMENTS_REFUSED, http_status=403, problem=INBOX_NOT_GRANTED) from None
            raise
        elements = json_object(answer, what="own posts").get("elements")
        posts = [str(p["id"]) for p in elements or () if isinstance(p, dict) and p.get("id")]
        return await self.fetch_comments(account_id, posts, limit=limit)

    async def reply(self, account_id: int | None, item: InboxItem, text: str) -> Published:
        """Answer a comment with a nested comment (`parentComment`), as the account's author.

        LinkedIn nests one level: an answer to a reply goes under the same first-level comment.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient, AnswerLost.
        """
        creds = await self._creds(account_id)
        actor = self._author(creds, {})
        post = item.reply_ref.get("post_urn") or item.reply_ref.get("conversation_id", "")
        parent = item.reply_ref.get("thread_comment") or item.remote_id
        answer = await self._call(
            account_id,
            "POST",
            f"/rest/socialActions/{quote(parent, safe='')}/comments",
            what="reply",
            creates=True,
            json={"actor": actor, "object": post, "parentComment": parent, "message": {"text": text}},
        )
        body = json_object(answer, what="reply", creates=True)
        urn = created_id(body.get("commentUrn"), what="reply (commentUrn)")
        return Published(urn, _comment_url(post, urn), (urn,))

    async def find_reply(
        self, account_id: int | None, item: InboxItem, text: str, *, sent_after: datetime
    ) -> Published | None:
        """The account's answer to `item` with `text`, made after `sent_after`, if LinkedIn lists it.

        Raises:
            AuthExpired, RateLimited, Transient (also when LinkedIn will not list the comments:
            then nobody can tell, and the outbox asks the user).
        """
        creds = await self._creds(account_id)
        actor = self._author(creds, {})
        post = item.reply_ref.get("post_urn") or item.reply_ref.get("conversation_id", "")
        parent = item.reply_ref.get("thread_comment") or item.remote_id
        since_ms = (sent_after - timedelta(minutes=5)).timestamp() * 1000
        try:
            replies = await self._comment_pages(account_id, parent)
        except Rejected as exc:
            raise Transient(f"LinkedIn would not list the replies: {exc.reason}") from None
        for comment in replies:
            created = _fields(comment.get("created"))
            if (
                comment.get("actor") == actor
                and (comment.get("message") or {}).get("text") == text
                and int(created.get("time") or since_ms) >= since_ms
                and comment.get("commentUrn")
            ):
                urn = str(comment["commentUrn"])
                return Published(urn, _comment_url(post, urn), (urn,))
        return None

    async def delete_reply(self, account_id: int | None, remote_id: str) -> None:
        """Delete an answer sent from the inbox (`DELETE .../comments/{id}?actor=`).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        target, comment_id = _split_comment_urn(remote_id)
        actor = self._author(await self._creds(account_id), {})
        try:
            await self._call(
                account_id,
                "DELETE",
                f"/rest/socialActions/{quote(target, safe='')}/comments/{quote(comment_id, safe='')}",
                what="delete reply",
                params={"actor": actor},
                restli_method="DELETE",
            )
        except Rejected as exc:
            if exc.http_status == 404:
                return  # already gone counts as deleted
            raise

    async def probe(self) -> bool:
        try:
            await self._client.get(self._base, timeout=5.0)
        except httpx.TransportError:
            return False
        return True

    async def aclose(self) -> None:
        await self._client.aclose()


def _fields(value: Any) -> dict[str, Any]:
    """`value` when it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


def _split_comment_urn(urn: str) -> tuple[str, str]:
    """(the commented object's URN, the comment id) of urn:li:comment:(object,id)."""
    inner = urn.removeprefix("urn:li:comment:(").removesuffix(")")
    target, sep, comment_id = inner.rpartition(",")
    if not urn.startswith("urn:li:comment:(") or not sep or not target or not comment_id:
        raise Rejected(f"Not a LinkedIn comment: {urn!r}")
    return target, comment_id


def _comment_url(post: str, comment_urn: str) -> str | None:
    # A comment opens from its post's page with commentUrn (U: LinkedIn's web links, not its API).
    if not post:
        return None
    return f"https://www.linkedin.com/feed/update/{post}/?commentUrn={quote(comment_urn, safe='')}"


def _comment_item(post: str, thread: str, comment: dict[str, Any]) -> InboxItem:
    """A Comments API element as an inbox item; `thread` is the first-level comment it sits under."""
    urn = str(comment["commentUrn"])
    actor = str(comment.get("actor") or "")
    created = _fields(comment.get("created"))
    millis = created.get("time")
    when = datetime.fromtimestamp(millis / 1000, UTC) if isinstance(millis, int | float) else datetime.now(UTC)
    message = _fields(comment.get("message"))
    # The Comments API names the actor by URN only; a member's name needs profile permissions
    # LinkedIn does not give for others, so the handle is the URN's id.
    handle = actor.rsplit(":", 1)[-1] if actor else "LinkedIn member"
    parent = str(comment.get("parentComment") or "")
    ref = {"post_urn": post, "conversation_id": post, "comment_urn": urn, "thread_comment": thread}
    if parent:
        ref["in_reply_to_id"] = parent
    return InboxItem(
        remote_id=urn,
        kind=InboxKind.COMMENT,
        author_id=actor,
        author_handle=handle,
        author_name="",
        text=str(message.get("text") or ""),
        created_at=when,
        url=_comment_url(post, urn),
        reply_ref=ref,
    )


def register(registry: Registry, credentials: CredentialSource) -> None:
    """Serve LinkedIn with `LinkedInAdapter`."""
    registry.register(Network.LINKEDIN, lambda: LinkedInAdapter(credentials))
