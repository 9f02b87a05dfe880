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
- Comments (.../shares/comments-api): POST /rest/socialActions/{post urn}/comments (first comment).
- Social actions (.../shares/network-update-social-actions): GET /rest/socialActions/{post urn}
  summarises likes and comments (metrics).
Members post as urn:li:person:{id} (the OpenID `sub`); `options["author"]` may name an
urn:li:organization the member administers (needs w_organization_social).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote

import httpx

from postdesk.core.networks import Network
from postdesk.core.richtext import entities
from postdesk.log import get_logger
from postdesk.platforms import media_prep
from postdesk.platforms.base import (
    Capability,
    Published,
    PublishRequest,
    RateLimit,
    RateLimited,
    Rejected,
    Transient,
)
from postdesk.platforms.credentials import Credentials, CredentialSource
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
_RESERVED = frozenset("\\|{}@[]()<>#*_~")


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
            out.append(text[found.start:found.end])
            i = found.end
            continue
        if found is not None:
            out.append("#" + "".join("\\" + c if c in _RESERVED else c for c in text[i + 1:found.end]))
            i = found.end
            continue
        out.append("\\" + text[i] if text[i] in _RESERVED else text[i])
        i += 1
    return "".join(out)


def _no_account() -> Rejected:
    return Rejected("No LinkedIn account is chosen for this post")


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
        capabilities: first comment, delete, lookup (members need r_member_social for lookup;
            without it `lookup` raises Transient and the user decides).
        rate_limit: 150 member posts a day (U: LinkedIn's rate limits are per app and not
            published; the daily member cap is from third-party guides).
        lookup_settle: how long a post takes to show in the author finder.
    """

    network = Network.LINKEDIN
    capabilities = Capability.FIRST_COMMENT | Capability.DELETE | Capability.LOOKUP
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
        self, account_id: int | None, method: str, url: str, *, what: str, creates: bool = False,
        json: Any = None, params: dict[str, str] | None = None, content: bytes | None = None,
        restli_method: str | None = None, rest: bool = True,
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
            response = await send(self._client, method, url if not rest else self._base + url,
                                  creates=creates, json=json, params=params, content=content,
                                  headers=headers)
            return self._check(response, what)

        return await with_refresh(self._credentials, account_id, attempt, no_account=_no_account,
                                  refused="LinkedIn refused the token; reconnect the account")

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
            raise Rejected(f"LinkedIn no longer accepts the version of its API this Postdesk uses ({sent}). "
                           "Update Postdesk to publish to LinkedIn again",
                           http_status=status, network_message=message)
        raise Rejected(message, http_status=status, network_message=message)

    # -- media ------------------------------------------------------------------------------

    async def _wait_available(self, account_id: int | None, kind: str, urn: str) -> None:
        for _ in range(self._max_polls):
            body = json_object(await self._call(account_id, "GET", f"/rest/{kind}/{quote(urn, safe='')}",
                                            what=f"{kind} status"), what=f"{kind} status")
            status = body.get("status")
            if status == "AVAILABLE":
                return
            if status in ("PROCESSING_FAILED", "FAILED"):
                raise Rejected(f"LinkedIn could not process the {kind[:-1]}")
            await self._sleep(self._poll_interval)
        raise Transient(f"LinkedIn is still processing the {kind[:-1]}; will try again")

    async def _upload_image(self, account_id: int | None, owner: str, item: media_prep.Prepared) -> str:
        init = json_object(await self._call(
            account_id, "POST", "/rest/images", what="image upload", params={"action": "initializeUpload"},
            json={"initializeUploadRequest": {"owner": owner}}), what="image upload")
        value = init.get("value") or {}
        url, urn = value.get("uploadUrl"), value.get("image")
        if not isinstance(url, str) or not isinstance(urn, str):
            raise Transient("image upload: the answer has no uploadUrl or image")
        await self._call(account_id, "PUT", url, what="image bytes", content=item.data, rest=False)
        await self._wait_available(account_id, "images", urn)
        return urn

    async def _upload_video(self, account_id: int | None, owner: str, item: media_prep.Prepared) -> str:
        init = json_object(await self._call(
            account_id, "POST", "/rest/videos", what="video upload", params={"action": "initializeUpload"},
            json={"initializeUploadRequest": {"owner": owner, "fileSizeBytes": len(item.data),
                                              "uploadCaptions": False, "uploadThumbnail": False}}),
            what="video upload")
        value = init.get("value") or {}
        urn, parts = value.get("video"), value.get("uploadInstructions")
        if not isinstance(urn, str) or not isinstance(parts, list) or not parts:
            raise Transient("video upload: the answer has no video or uploadInstructions")
        etags: list[str] = []
        for part in parts:
            try:
                chunk = item.data[int(part["firstByte"]): int(part["lastByte"]) + 1]
                url = str(part["uploadUrl"])
            except (KeyError, TypeError, ValueError):
                raise Transient("video upload: malformed upload instructions") from None
            answer = await self._call(account_id, "PUT", url, what="video bytes", content=chunk, rest=False)
            etag = answer.headers.get("etag")
            if not etag:
                raise Transient("video upload: a part was not acknowledged with an ETag")
            etags.append(etag)
        await self._call(account_id, "POST", "/rest/videos", what="video finalize",
                         params={"action": "finalizeUpload"},
                         json={"finalizeUploadRequest": {"video": urn, "uploadToken": value.get("uploadToken", ""),
                                                         "uploadedPartIds": etags}})
        await self._wait_available(account_id, "videos", urn)
        return urn

    async def _content(self, account_id: int | None, owner: str,
                       items: list[media_prep.Prepared]) -> dict[str, Any] | None:
        if not items:
            return None
        videos = [i for i in items if i.is_video]
        if videos and len(items) > 1:
            raise Rejected("LinkedIn takes one video, or up to 20 images, per post")
        if videos:
            return {"media": {"id": await self._upload_video(account_id, owner, videos[0])}}
        urns = [await self._upload_image(account_id, owner, item) for item in items]
        described = [{"id": urn, **({"altText": i.alt_text} if i.alt_text else {})}
                     for urn, i in zip(urns, items, strict=True)]
        if len(described) == 1:
            return {"media": described[0]}
        return {"multiImage": {"images": described}}

    # -- the protocol -----------------------------------------------------------------------

    def _author(self, creds: Credentials, request_options: Any) -> str:
        chosen = str(request_options.get("author") or creds.extra.get("author_urn") or "")
        if chosen.startswith("urn:li:organization:"):
            return chosen
        if not creds.user_id:
            raise Rejected("The LinkedIn account has no member id; reconnect it")
        return f"urn:li:person:{creds.user_id}"

    async def publish(self, request: PublishRequest) -> Published:
        if request.publish_at is not None:
            raise Rejected("LinkedIn has no scheduling this app can use")
        if len(request.parts) > 1:
            raise Rejected("LinkedIn posts cannot be threads")
        author = self._author(await self._creds(request.account_id), request.options)
        await media_prep.check_sendable(request, Network.LINKEDIN)  # the composer's own check
        items = await media_prep.prepare(request, Network.LINKEDIN)
        content = await self._content(request.account_id, author, items)
        visibility = "CONNECTIONS" if (
            request.options.get("visibility") == "connections" and author.startswith("urn:li:person:")
        ) else "PUBLIC"
        body: dict[str, Any] = {
            "author": author,
            "commentary": little_text(request.parts[0] if request.parts else ""),
            "visibility": visibility,
            "distribution": {"feedDistribution": "MAIN_FEED", "targetEntities": [],
                             "thirdPartyDistributionChannels": []},
            "lifecycleState": "PUBLISHED",
            "isReshareDisabledByAuthor": False,
        }
        if content is not None:
            body["content"] = content
        answer = await self._call(request.account_id, "POST", "/rest/posts", what="publish",
                                  creates=True, json=body)
        urn = created_id(answer.headers.get("x-restli-id"), what="publish (x-restli-id)")
        return Published(urn, f"https://www.linkedin.com/feed/update/{urn}/", (urn,))

    async def lookup(self, request: PublishRequest, *, sent_at: datetime) -> Published | None:
        creds = await self._creds(request.account_id)
        author = self._author(creds, request.options)
        try:
            answer = await self._call(request.account_id, "GET", "/rest/posts", what="lookup",
                                      restli_method="FINDER",
                                      params={"q": "author", "author": author, "count": "20",
                                              "sortBy": "LAST_MODIFIED"})
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
            await self._call(account_id, "DELETE", f"/rest/posts/{quote(remote_id, safe='')}",
                             what="delete", restli_method="DELETE")
        except Rejected as exc:
            if exc.http_status == 404:
                return  # already gone counts as deleted
            raise

    async def first_comment(self, account_id: int | None, remote_id: str, text: str) -> Published:
        creds = await self._creds(account_id)
        actor = self._author(creds, {})
        answer = await self._call(
            account_id, "POST", f"/rest/socialActions/{quote(remote_id, safe='')}/comments",
            what="first comment", creates=True,
            json={"actor": actor, "object": remote_id, "message": {"text": text}})
        body = json_object(answer, what="first comment", creates=True)
        comment = created_id(body.get("commentUrn") or answer.headers.get("x-restli-id") or body.get("id"),
                             what="first comment")
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
            answer = await self._call(account_id, "GET",
                                      f"/rest/socialActions/{quote(remote_id, safe='')}",
                                      what="social actions")
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
            views=None)

    async def probe(self) -> bool:
        try:
            await self._client.get(self._base, timeout=5.0)
        except httpx.TransportError:
            return False
        return True

    async def aclose(self) -> None:
        await self._client.aclose()


def register(registry: Registry, credentials: CredentialSource) -> None:
    """Serve LinkedIn with `LinkedInAdapter`."""
    registry.register(Network.LINKEDIN, lambda: LinkedInAdapter(credentials))
