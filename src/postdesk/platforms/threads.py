"""Threads: the container-then-publish flow of the Threads API.

Checked against https://developers.facebook.com/documentation/threads/posts,
https://developers.facebook.com/documentation/threads/reference/publishing,
https://developers.facebook.com/documentation/threads/overview ("Posts": rate limits) and
https://developers.facebook.com/documentation/threads/troubleshooting (container status):
- a post is two calls: POST /{threads-user-id}/threads makes a container (media_type TEXT, IMAGE
  with image_url, VIDEO with video_url, or CAROUSEL with `children` made of
  `is_carousel_item=true` IMAGE/VIDEO containers, 2 to 20), then
  POST /{threads-user-id}/threads_publish?creation_id=<container> publishes it;
- media is fetched by Threads from a URL: we upload each file to the user's media relay just
  before its container is made and give Threads a presigned address that expires soon after
  (`platforms.s3_relay`); the copies are deleted once the post is out (or failed). A media post
  without a relay is `Rejected` naming Settings › Media relay (the composer refuses it before
  scheduling);
- Meta says to wait until a container is ready before publishing it: every container (text,
  reply, carousel item, carousel, image, video) is polled (GET /{container-id}?fields=status,
  error_message) until FINISHED; ERROR and EXPIRED reject the post with Threads' reason in
  words; a container still IN_PROGRESS, or a publish answered "not ready" (code 9007 /
  subcode 2207027), is waited for, then `Transient`, never a refusal;
- profiles may publish 250 posts per 24 hours (carousels count once) and 1,000 replies: the
  quota is read (GET /{threads-user-id}/threads_publishing_limit, fields quota_usage, config,
  reply_quota_usage, reply_config) before anything is sent, and a full quota is `RateLimited`;
- a thread is a chain of replies (reply_to_id = the previous part); a first comment is a reply;
- DELETE /{media-id} deletes (needs threads_delete); GET /{media-id}/insights gives views,
  likes, replies, reposts, quotes (needs threads_manage_insights);
- the inbox: other people's replies to the account's posts (GET /{media-id}/conversation),
  answered with a reply container, hidden with POST /{reply-id}/manage_reply.
Graph errors: OAuthException code 190 is an invalid or expired token (any HTTP status);
codes 4, 17, 32, 613 are rate limits. The token goes in the Authorization header, never in the
URL (httpx logs URLs).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from postdesk.core.networks import Network
from postdesk.core.validation import ProblemCode
from postdesk.log import get_logger
from postdesk.platforms import media_prep, meta_containers
from postdesk.platforms.base import (
    HANDOFF_NOT_OFFERED,
    AdapterError,
    AnswerLost,
    Published,
    PublishRequest,
    RateLimit,
    RateLimited,
    Rejected,
    Transient,
)
from postdesk.platforms.credentials import Credentials, CredentialSource
from postdesk.platforms.inbox import InboxItem, InboxKind, InboxPage
from postdesk.platforms.metrics import PostMetrics
from postdesk.platforms.registry import Registry
from postdesk.platforms.relay import MediaRelay, adapter_error, needs_relay_reason
from postdesk.platforms.rest_call import (
    SLOW_TIMEOUT,
    Unauthorised,
    bounded_client,
    field_of,
    json_object,
    retry_after,
    send,
    with_refresh,
)
from postdesk.platforms.s3_relay import StoredRelay

API = "https://graph.threads.net/v1.0"
log = get_logger(__name__)

_AUTH_CODES = {102, 190}
_RATE_CODES = {4, 17, 32, 613}
# "The media is not ready for publishing, please wait" (Graph code 9007, subcode 2207027).
_NOT_READY_CODE, _NOT_READY_SUBCODE = 9007, 2207027
# "You reached maximum number of posts allowed in 24 hours" (subcode 2207042; U: documented for
# the Instagram API, which Threads' publishing endpoints mirror).
_QUOTA_SUBCODE = 2207042
_METRICS = ("views", "likes", "replies", "reposts", "quotes")
NO_RELAY = needs_relay_reason("Threads")
#: How long to wait when the 24-hour publishing quota is used up (Meta gives no reset time).
QUOTA_WAIT = timedelta(hours=1)
#: The 24-hour quotas of posts and of replies (thread parts) are used up: waits, not refusals
#: (params: "max", the quota), worded by `ui.composer.refusal_words_waits`.
POST_QUOTA_REACHED = "threads_post_quota_reached"
REPLY_QUOTA_REACHED = "threads_reply_quota_reached"
#: Container error codes (troubleshooting page): the English for the log, and the refusal code the
#: composer's activity words (`meta_containers` codes; Threads' own code stays the network's words).
_CONTAINER_ERRORS = {
    "FAILED_DOWNLOADING_VIDEO": (
        "Threads could not download the video from the media relay",
        meta_containers.META_MEDIA_DOWNLOAD_FAILED,
    ),
    "FAILED_DOWNLOADING_MEDIA": (
        "Threads could not download the file from the media relay",
        meta_containers.META_MEDIA_DOWNLOAD_FAILED,
    ),
    "FAILED_PROCESSING_AUDIO": ("Threads could not process the video's sound", meta_containers.META_VIDEO_SOUND),
    "FAILED_PROCESSING_VIDEO": ("Threads could not process the video", meta_containers.META_VIDEO_UNUSABLE),
    "INVALID_ASPEC_RATIO": (
        "the video's shape (aspect ratio) is not one Threads accepts",
        meta_containers.META_VIDEO_RATIO,
    ),
    "INVALID_BIT_RATE": ("the video's bit rate is too high for Threads", meta_containers.META_VIDEO_BIT_RATE),
    "INVALID_DURATION": ("the video is too long or too short for Threads", meta_containers.META_VIDEO_DURATION),
    "INVALID_FRAME_RATE": (
        "the video's frame rate is not one Threads accepts (23 to 60 frames a second)",
        meta_containers.META_VIDEO_FRAME_RATE,
    ),
    "INVALID_AUDIO_CHANNELS": (
        "the video's sound has more channels than Threads accepts (mono or stereo)",
        meta_containers.META_VIDEO_SOUND,
    ),
    "INVALID_AUDIO_CHANNEL_LAYOUT": (
        "the video's sound layout is not one Threads accepts",
        meta_containers.META_VIDEO_SOUND,
    ),
    "UNSUPPORTED_IMAGE_FORMAT": (
        "Threads does not take this image format (JPEG or PNG only)",
        meta_containers.META_IMAGE_FORMAT,
    ),
    "MEDIA_TOO_LARGE": ("the file is larger than Threads accepts", meta_containers.META_MEDIA_TOO_LARGE),
}


_REPLY_FIELDS = "id,text,username,timestamp,permalink,is_reply_owned_by_me,hide_status,replied_to,root_post"


def _reply_item(post: str, reply: Any) -> InboxItem | None:
    """An inbox item for one reply of a conversation, or None (the account's own, or unreadable)."""
    if not isinstance(reply, dict) or not reply.get("id") or reply.get("is_reply_owned_by_me") is True:
        return None
    try:
        created = datetime.strptime(str(reply.get("timestamp")), "%Y-%m-%dT%H:%M:%S%z").astimezone(UTC)
    except ValueError:
        return None
    replied_to = reply.get("replied_to")
    parent = str(replied_to.get("id")) if isinstance(replied_to, dict) and replied_to.get("id") else post
    username = str(reply.get("username") or "")
    return InboxItem(
        remote_id=str(reply["id"]),
        kind=InboxKind.REPLY,
        author_id=username,
        author_handle=username,
        author_name="",
        text=str(reply.get("text") or ""),
        created_at=created,
        url=reply.get("permalink") if isinstance(reply.get("permalink"), str) else None,
        reply_ref={"root_uri": post, "in_reply_to_id": parent},
    )


_STILL_PREPARING = "Threads is still preparing the post; Postdesk will try again"


def _container_reason(status: str, message: str) -> tuple[str, str]:
    """The refusal of a container in ERROR or EXPIRED: (English for the log, problem code)."""
    if status == "EXPIRED":
        english = "Threads let the prepared post expire (it was not published within 24 hours)"
        return english, meta_containers.META_CONTAINER_EXPIRED
    found = _CONTAINER_ERRORS.get(message.strip().upper())
    if found:
        return f"Threads could not take the media: {found[0]}", found[1]
    return f"Threads could not take the media ({message or status})", meta_containers.META_MEDIA_REFUSED


class NotReady(Transient):
    """Threads answered that a container is not ready to publish yet (wait, then try again)."""


def _no_account() -> Rejected:
    return Rejected("No Threads account is chosen for this post", problem=ProblemCode.NO_ACCOUNT)


class ThreadsAdapter:
    """Publishes to Threads.

    Args:
        credentials: the account tokens.
        relay: where media is put for Threads to fetch, or None (text only).
        base_url: the API root (tests point it at a fake).
        transport: an httpx transport override (tests).
        poll_interval: seconds between container status reads.
        max_polls: status reads before giving up on a container (Meta suggests up to 5 minutes).
        sleep: the wait between polls (tests pass one that does not sleep).

    Attributes:
        network: Threads.
        rate_limit: 250 posts per 24 hours (Threads API overview, "Rate limiting").
        lookup_settle: how long a published post takes to show in the user's list.
    """

    network = Network.THREADS
    rate_limit: RateLimit | None = RateLimit(250, timedelta(hours=24))
    lookup_settle = timedelta(seconds=30)

    def __init__(
        self,
        credentials: CredentialSource,
        *,
        relay: MediaRelay | None = None,
        base_url: str = API,
        transport: httpx.AsyncBaseTransport | None = None,
        poll_interval: float = 10.0,
        max_polls: int = 30,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._credentials = credentials
        self._relay = relay
        self._base = base_url.rstrip("/")
        self._client = bounded_client(transport=transport, timeout=SLOW_TIMEOUT)
        self._poll_interval = poll_interval
        self._max_polls = max_polls
        self._sleep = sleep

    # -- calls ------------------------------------------------------------------------------

    async def _call(
        self,
        account_id: int | None,
        method: str,
        path: str,
        *,
        what: str,
        creates: bool = False,
        data: dict[str, str] | None = None,
        params: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        """One Graph call with the 401 -> refresh -> retry-once rule."""

        async def attempt(creds: Credentials) -> dict[str, Any]:
            user = creds.user_id or "me"
            url = f"{self._base}/{path.replace('{user}', user)}"
            response = await send(
                self._client,
                method,
                url,
                creates=creates,
                data=data,
                params=params,
                headers={"Authorization": f"Bearer {creds.access_token}"},
            )
            return self._check(response, what, creates)

        return await with_refresh(
            self._credentials,
            account_id,
            attempt,
            no_account=_no_account,
            refused="Threads refused the token; reconnect the account",
        )

    @staticmethod
    def _check(response: httpx.Response, what: str, creates: bool) -> dict[str, Any]:
        status = response.status_code
        if status < 400:
            return json_object(response, creates=creates, what=what)
        try:
            error = response.json().get("error") or {}
        except (ValueError, AttributeError):
            error = {}
        if not isinstance(error, dict):
            error = {}
        code = error.get("code")
        subcode = error.get("error_subcode")
        message = str(error.get("error_user_msg") or error.get("message") or f"HTTP {status}")
        if status == 401 or code in _AUTH_CODES:
            raise Unauthorised(message)
        if subcode == _QUOTA_SUBCODE:
            raise RateLimited(QUOTA_WAIT, http_status=status, network_message=message)
        if status == 429 or code in _RATE_CODES:
            raise RateLimited(retry_after(response.headers), http_status=status, network_message=message)
        if code == _NOT_READY_CODE or subcode == _NOT_READY_SUBCODE:
            raise NotReady(f"{what}: {message}", http_status=status, network_message=message)
        if status >= 500 or error.get("is_transient"):
            raise Transient(f"{what}: {message}", http_status=status, network_message=message)
        raise Rejected(message, http_status=status, network_message=message)

    # -- containers -------------------------------------------------------------------------

    async def _container(self, account_id: int | None, fields: dict[str, str]) -> str:
        body = await self._call(account_id, "POST", "{user}/threads", what="create container", data=fields)
        return str(field_of(body, "id"))

    async def _wait_finished(self, account_id: int | None, container: str) -> None:
        """Poll until the container is FINISHED (Meta: wait before publishing any container).

        Raises:
            Rejected: the container ended in ERROR or EXPIRED (Threads' reason in words).
            Transient: still IN_PROGRESS after `max_polls` reads (the engine tries again later).
        """
        await meta_containers.wait_finished(
            self._call,
            account_id,
            container,
            status_key="status",
            message_key="error_message",
            reason=_container_reason,
            max_polls=self._max_polls,
            poll_interval=self._poll_interval,
            sleep=self._sleep,
            still=_STILL_PREPARING,
        )

    async def _publish_container(self, account_id: int | None, container: str) -> str:
        """Wait for the container, then publish it; a "not ready" answer is waited for, not a refusal."""
        await self._wait_finished(account_id, container)
        return await meta_containers.publish_finished(
            self._call,
            account_id,
            container,
            "{user}/threads_publish",
            not_ready=NotReady,
            max_polls=self._max_polls,
            poll_interval=self._poll_interval,
            sleep=self._sleep,
            still=_STILL_PREPARING,
        )

    async def _check_quota(self, account_id: int | None, parts: int) -> None:
        """Refuse to start when the 24-hour quota cannot take this post (and its reply parts).

        Raises:
            RateLimited: the quota is used up (retry after `QUOTA_WAIT`).
        """
        body = await self._call(
            account_id,
            "GET",
            "{user}/threads_publishing_limit",
            what="publishing limit",
            params={"fields": "quota_usage,config,reply_quota_usage,reply_config"},
        )
        rows = body.get("data")
        row = rows[0] if isinstance(rows, list) and rows and isinstance(rows[0], dict) else {}

        def full(usage_key: str, config_key: str, adding: int) -> int | None:
            """The quota when `adding` more would pass it, else None."""
            usage, config = row.get(usage_key), row.get(config_key)
            total = config.get("quota_total") if isinstance(config, dict) else None
            if not isinstance(usage, int) or not isinstance(total, int):
                return None  # no number: let the publish call decide
            return total if usage + adding > total else None

        if (total := full("quota_usage", "config", 1)) is not None:
            raise RateLimited(
                QUOTA_WAIT,
                message="Threads' limit of posts per 24 hours is reached",
                problem=POST_QUOTA_REACHED,
                params={"max": total},
            )
        if parts > 1 and (total := full("reply_quota_usage", "reply_config", parts - 1)) is not None:
            raise RateLimited(
                QUOTA_WAIT,
                message="Threads' limit of replies per 24 hours is reached",
                problem=REPLY_QUOTA_REACHED,
                params={"max": total},
            )

    async def _upload(self, item: media_prep.Prepared) -> str:
        with media_prep.as_file(item) as path:
            try:
                return await self._relay.upload(path)  # type: ignore[union-attr]
            except OSError as exc:
                raise adapter_error(exc, "Threads") from None

    async def _media_container(
        self, account_id: int | None, item: media_prep.Prepared, url: str, extra: dict[str, str]
    ) -> str:
        fields = {
            "media_type": "VIDEO" if item.is_video else "IMAGE",
            "video_url" if item.is_video else "image_url": url,
            **extra,
        }
        if item.alt_text:
            fields["alt_text"] = item.alt_text
        container = await self._container(account_id, fields)
        await self._wait_finished(account_id, container)
        return container

    async def _first_part(
        self, request: PublishRequest, text: str, items: list[media_prep.Prepared], urls: list[str]
    ) -> str:
        """Make the first part's container; each file is uploaded just before its container."""
        account = request.account_id
        if not items:
            return await self._container(account, {"media_type": "TEXT", "text": text})
        with_text = {"text": text} if text else {}
        if len(items) == 1:
            urls.append(await self._upload(items[0]))
            return await self._media_container(account, items[0], urls[0], with_text)
        children = []
        for item in items:
            urls.append(await self._upload(item))
            children.append(await self._media_container(account, item, urls[-1], {"is_carousel_item": "true"}))
        return await self._container(account, {"media_type": "CAROUSEL", "children": ",".join(children), **with_text})

    # -- the protocol -----------------------------------------------------------------------

    async def publish(self, request: PublishRequest) -> Published:
        if request.publish_at is not None:
            raise Rejected("Threads has no scheduling of its own", problem=HANDOFF_NOT_OFFERED)
        if not request.parts or (not any(p.strip() for p in request.parts) and not request.media_paths):
            raise Rejected("The post is empty", problem=ProblemCode.TEXT_EMPTY)
        if request.media_paths and self._relay is None:
            raise Rejected(NO_RELAY, problem=ProblemCode.NEEDS_MEDIA_RELAY, params={"relay_setup": 1})
        await media_prep.check_sendable(request, Network.THREADS, relay=self._relay is not None)
        items = await media_prep.prepare(request, Network.THREADS)
        await self._check_quota(request.account_id, len(request.parts))
        urls: list[str] = []
        try:
            container = await self._first_part(request, request.parts[0], items, urls)
            ids = [await self._publish_container(request.account_id, container)]
        finally:
            # Threads has fetched the files once the containers are FINISHED (or failed): the
            # copies go now; a copy that cannot be deleted is swept at the next start.
            for url in urls:
                try:
                    await self._relay.delete(url)  # type: ignore[union-attr]
                except OSError as exc:
                    log.warning(
                        "A media relay copy could not be deleted now (%s); it is swept at the next start",
                        getattr(exc, "problem", type(exc).__name__),
                    )
        for text in request.parts[1:]:
            try:
                reply = await self._container(
                    request.account_id, {"media_type": "TEXT", "text": text, "reply_to_id": ids[-1]}
                )
                ids.append(await self._publish_container(request.account_id, reply))
            except AdapterError as exc:
                # The first part is out: a retry of the whole post would publish it twice, so
                # hand the engine to `lookup` (which finds the first part) instead.
                raise AnswerLost(
                    f"{len(ids)} of {len(request.parts)} thread parts published; the next failed: {exc}"
                ) from None
        return Published(ids[0], await self._permalink(request.account_id, ids[0]), tuple(ids))

    async def _permalink(self, account_id: int | None, media_id: str) -> str | None:
        try:
            body = await self._call(account_id, "GET", media_id, what="permalink", params={"fields": "id,permalink"})
        except (Transient, Rejected, RateLimited):
            return None  # the post is out; a missing link is not worth failing it
        link = body.get("permalink")
        return link if isinstance(link, str) else None

    async def lookup(self, request: PublishRequest, *, sent_at: datetime) -> Published | None:
        since = int((sent_at - timedelta(minutes=5)).timestamp())
        body = await self._call(
            request.account_id,
            "GET",
            "{user}/threads",
            what="lookup",
            params={"fields": "id,text,timestamp,permalink", "since": str(since), "limit": "50"},
        )
        posts = body.get("data")
        if not isinstance(posts, list):
            raise Transient("lookup: the answer has no list of posts")
        wanted = request.parts[0].strip() if request.parts else ""
        for post in posts:
            if isinstance(post, dict) and str(post.get("text", "")).strip() == wanted and post.get("id"):
                return Published(str(post["id"]), post.get("permalink"), (str(post["id"]),))
        return None

    async def delete(self, account_id: int | None, remote_id: str) -> None:
        try:
            await self._call(account_id, "DELETE", remote_id, what="delete")
        except Rejected as exc:
            if "does not exist" in exc.reason:
                return  # already gone counts as deleted
            raise

    async def first_comment(self, account_id: int | None, remote_id: str, text: str) -> Published:
        container = await self._container(account_id, {"media_type": "TEXT", "text": text, "reply_to_id": remote_id})
        reply = await self._publish_container(account_id, container)  # waits for FINISHED
        return Published(reply, None, (reply,))

    async def metrics(self, account_id: int | None, remote_id: str) -> PostMetrics:
        """Views, likes, replies, reposts and quotes of a post (Threads insights).

        A metric the answer leaves out is None.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        body = await self._call(
            account_id, "GET", f"{remote_id}/insights", what="insights", params={"metric": ",".join(_METRICS)}
        )
        found: dict[str, int] = {}
        for entry in body.get("data") or ():
            try:
                found[str(entry["name"])] = int(entry["values"][0]["value"])
            except (KeyError, IndexError, TypeError, ValueError):
                continue
        return PostMetrics(
            likes=found.get("likes"),
            reposts=found.get("reposts"),
            replies=found.get("replies"),
            views=found.get("views"),
            quotes=found.get("quotes"),
        )

    # -- inbox: replies to the account's own posts ------------------------------------------
    # https://developers.facebook.com/documentation/threads/reference/reply-management:
    # GET /{media-id}/conversation lists every reply (top-level and nested, flattened) and
    # needs threads_read_replies; POST /{reply-id}/manage_reply hide=true hides a top-level
    # reply with its nested ones and needs threads_manage_replies.

    async def fetch_comments(
        self, account_id: int | None, post_ids: Sequence[str], *, cursor: str | None = None, limit: int = 50
    ) -> InboxPage:
        """Other people's replies to `post_ids` (and to their thread parts), newest first.

        One page holds everything (`cursor` is unused): replies are listed per post.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        items: dict[str, InboxItem] = {}
        for post in post_ids:
            try:
                body = await self._call(
                    account_id,
                    "GET",
                    f"{post}/conversation",
                    what="replies",
                    params={"fields": _REPLY_FIELDS, "reverse": "true", "limit": str(min(max(limit, 1), 100))},
                )
            except Rejected as exc:
                if "does not exist" in exc.reason:
                    continue  # the post was deleted
                raise
            for reply in body.get("data") or ():
                item = _reply_item(post, reply)
                if item is not None:
                    items[item.remote_id] = item
        found = sorted(items.values(), key=lambda i: i.created_at, reverse=True)
        return InboxPage(tuple(found))

    async def fetch_inbox(self, account_id: int | None, *, cursor: str | None = None, limit: int = 50) -> InboxPage:
        """Replies to the account's ten latest posts (the sync passes Postdesk's own to `fetch_comments`).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        body = await self._call(
            account_id, "GET", "{user}/threads", what="own posts", params={"fields": "id", "limit": "10"}
        )
        posts = [str(p["id"]) for p in body.get("data") or () if isinstance(p, dict) and p.get("id")]
        return await self.fetch_comments(account_id, posts, limit=limit)

    async def reply(self, account_id: int | None, item: InboxItem, text: str) -> Published:
        """Answer a reply publicly (a reply container to it, waited for, then published).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient, AnswerLost.
        """
        container = await self._container(
            account_id, {"media_type": "TEXT", "text": text, "reply_to_id": item.remote_id}
        )
        reply = await self._publish_container(account_id, container)
        return Published(reply, await self._permalink(account_id, reply), (reply,))

    async def hide(self, account_id: int | None, item: InboxItem) -> None:
        """Hide a reply to one of the account's posts (its nested replies are hidden with it).

        Threads hides top-level replies only; a nested one is refused with Threads' reason.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        await self._call(account_id, "POST", f"{item.remote_id}/manage_reply", what="hide reply", data={"hide": "true"})

    async def probe(self) -> bool:
        try:
            await self._client.get(self._base, timeout=5.0)
        except httpx.TransportError:
            return False
        return True

    async def aclose(self) -> None:
        await self._client.aclose()


def register(registry: Registry, credentials: CredentialSource, relay: MediaRelay | None = None) -> None:
    """Serve Threads with `ThreadsAdapter` (media posts need `relay`).

    With the creator's relay (`s3_relay.StoredRelay`), building the adapter (the engine does it
    at start-up, on its loop) also starts the sweep of copies an earlier run left behind.
    """

    def make() -> ThreadsAdapter:
        if isinstance(relay, StoredRelay):
            relay.start_sweep()
        return ThreadsAdapter(credentials, relay=relay)

    registry.register(Network.THREADS, make)
