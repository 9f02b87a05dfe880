"""X (API v2): posts with media, threads and polls; delete; lookup; the mentions inbox.

Calls (docs.x.com/x-api and X's OpenAPI document): `POST /2/tweets` (text, `media.media_ids`,
`reply.in_reply_to_tweet_id` for thread parts, `poll`, `reply_settings`); images through the
one-shot `POST /2/media/upload` (`media_category=tweet_image`), video and GIFs through
`/2/media/upload/initialize`, `/{id}/append` and `/{id}/finalize`, then
`GET /2/media/upload?command=STATUS` while processing; alt text with `POST /2/media/metadata`;
`DELETE /2/tweets/:id`; `GET /2/users/:id/tweets` (a lost answer is looked for among the
account's recent posts, by text, from shortly before the send); `GET /2/users/:id/mentions`;
`GET /2/tweets/:id?tweet.fields=public_metrics` for a post's counts.

X has no idempotency key and refuses duplicate text, so a resend can only follow a lookup.
Tiers without read access answer 403 client-forbidden/client-not-enrolled (or 402 when the
account has no credits); both become `Rejected(ACCESS_LEVEL)` with a plain reason.

Options read from `PublishRequest.options`: `alt_texts` (one per media path),
`poll` ({options, duration_minutes}), `reply_settings`, `quote_tweet_id` (the quoted post, on the
first part; `core.post_extras.resolve_quote` takes it from the post's address).
"""

from __future__ import annotations

import asyncio
import html
import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from postdesk.core.networks import Network
from postdesk.core.validation import ProblemCode
from postdesk.log import get_logger
from postdesk.platforms.base import (
    HANDOFF_NOT_OFFERED,
    Published,
    PublishRequest,
    RateLimit,
    Rejected,
    Transient,
)
from postdesk.platforms.credentials import CredentialSource
from postdesk.platforms.inbox import InboxItem, InboxKind, InboxPage
from postdesk.platforms.media_prep import Prepared, check_sendable, prepare
from postdesk.platforms.metrics import PostMetrics, count
from postdesk.platforms.registry import Registry
from postdesk.platforms.rest_call import (
    DEFAULT_TIMEOUT,
    AuthorisedCaller,
    Clock,
    Sleep,
    bounded_client,
    created_id,
    field_of,
    json_body,
    utc_now,
)

_log = get_logger("platforms.x")

API = "https://api.x.com"
ACCESS_LEVEL = "your X API access level doesn't include this"
#: X answers a call its token has no scope for with a bare problem: 403, type about:blank,
#: detail "Forbidden" (its other 403s carry a detail that says why). Accounts connected before a
#: scope was added to the sign-in (e.g. tweet.moderate.write) hold tokens without it.
MISSING_PERMISSION = (
    "X did not give Postdesk permission to do this on your account. Reconnect the "
    "account in Accounts and allow everything Postdesk asks for"
)
#: Append segments; X takes up to 5 MB per segment (docs.x.com media-upload-chunked).
CHUNK = 4 * 1024 * 1024
_URL = re.compile(r"https?://\S+")


def explain(response: httpx.Response) -> str:
    """X's reason: problem `detail`/`title`, or the first `errors[].message`."""
    body = response.json()
    if response.status_code == 402 or (
        response.status_code == 403
        and (
            str(body.get("type", "")).endswith("/client-forbidden")
            or body.get("reason") in ("client-not-enrolled", "official-client-forbidden")
        )
    ):
        return ACCESS_LEVEL
    if response.status_code == 403 and body.get("type") == "about:blank" and body.get("detail") == "Forbidden":
        return MISSING_PERMISSION
    errors = body.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], Mapping):
        first = errors[0].get("message") or errors[0].get("detail")
        if first and not body.get("detail"):
            return str(first)
    return str(body.get("detail") or body.get("title") or "")


def comparable(text: str) -> str:
    """Text reduced to what survives X's rewriting: links (t.co) and HTML escapes dropped."""
    return " ".join(_URL.sub("<link>", html.unescape(text)).split())


class XAdapter:
    """The X adapter (one per engine).

    Args:
        credentials: gives each account's OAuth 2 user token and X user id.
        base_url: the API host (tests point it at 127.0.0.1).
        transport: an httpx transport override (tests).
        timeout: the HTTP timeouts.
        clock: the current instant.
        sleep: how to wait between media status checks.
        media_wait: the longest wait for video processing, in seconds.
        lookup_window: how far before the send `lookup` searches.
    """

    network = Network.X
    # POST /2/tweets: 100 requests per 15 minutes per user (docs.x.com/x-api/fundamentals/rate-limits).
    rate_limit: RateLimit | None = RateLimit(100, timedelta(minutes=15))
    lookup_settle = timedelta(seconds=10)

    def __init__(
        self,
        credentials: CredentialSource,
        *,
        base_url: str = API,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Clock = utc_now,
        sleep: Sleep = asyncio.sleep,
        media_wait: float = 300.0,
        lookup_window: timedelta = timedelta(minutes=2),
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    ) -> None:
        self._base = base_url.rstrip("/")
        self._client = bounded_client(timeout=timeout, transport=transport, headers={"User-Agent": "Postdesk"})
        self._caller = AuthorisedCaller(credentials, self._client, explain, clock)
        self._clock = clock
        self._sleep = sleep
        self._media_wait = media_wait
        self._lookup_window = lookup_window

    async def _call(
        self,
        account_id: int | None,
        method: str,
        path: str,
        *,
        creates: bool = False,
        ok: tuple[int, ...] = (200,),
        **kwargs: Any,
    ) -> httpx.Response:
        return await self._caller.bearer_call(account_id, method, self._base + path, creates=creates, ok=ok, **kwargs)

    # -- publish ---------------------------------------------------------------------------------

    async def publish(self, request: PublishRequest) -> Published:
        if not request.parts:
            raise Rejected("nothing to publish", problem=ProblemCode.TEXT_EMPTY)
        if request.publish_at is not None:
            raise Rejected("X cannot schedule posts through its API", problem=HANDOFF_NOT_OFFERED)
        options = request.options
        if options.get("poll") and request.media_paths:
            raise Rejected("X does not allow a poll and media in the same post", problem=ProblemCode.POLL_WITH_MEDIA)
        # POST /2/tweets: media, poll and quote_tweet_id are mutually exclusive (X OpenAPI).
        if options.get("quote_tweet_id") and (request.media_paths or options.get("poll")):
            raise Rejected(
                "X does not allow a quoted post with media or a poll",
                problem=ProblemCode.QUOTE_WITH_MEDIA if request.media_paths else ProblemCode.QUOTE_WITH_POLL,
            )
        await check_sendable(request, self.network)  # the composer's own check (core.media_limits)
        media_ids = [await self._upload(request.account_id, item) for item in await prepare(request, self.network)]
        ids: list[str] = []
        for index, text in enumerate(request.parts):
            # A media-only post has no text at all (X refuses an empty string).
            body: dict[str, Any] = {"text": text} if text else {}
            if index == 0:
                if media_ids:
                    body["media"] = {"media_ids": media_ids}
                poll = options.get("poll")
                if poll:
                    body["poll"] = {
                        "options": [str(o) for o in poll.get("options", ())],
                        "duration_minutes": int(poll.get("duration_minutes", 1440)),
                    }
                if options.get("quote_tweet_id"):
                    body["quote_tweet_id"] = str(options["quote_tweet_id"])
            if options.get("reply_settings"):
                body["reply_settings"] = str(options["reply_settings"])
            if ids:
                body["reply"] = {"in_reply_to_tweet_id": ids[-1]}
            ids.append(await self._create(request.account_id, body))
        return Published(remote_id=ids[0], remote_url=self._url(ids[0]), part_ids=tuple(ids))

    async def _create(self, account_id: int | None, body: dict[str, Any]) -> str:
        response = await self._call(account_id, "POST", "/2/tweets", json=body, creates=True, ok=(200, 201))
        return created_id(response, "data", "id", what="a post")

    @staticmethod
    def _url(tweet_id: str) -> str:
        # x.com redirects /i/web/status/<id> to the post whatever the author's handle.
        return f"https://x.com/i/web/status/{tweet_id}"

    # -- media -----------------------------------------------------------------------------------

    async def _upload(self, account_id: int | None, item: Prepared) -> str:
        if item.is_video or item.mime == "image/gif":
            media_id = await self._chunked(account_id, item)
        else:
            response = await self._call(
                account_id,
                "POST",
                "/2/media/upload",
                data={"media_category": "tweet_image"},
                files={"media": (item.filename, item.data, item.mime)},
            )
            media_id = str(field_of(json_body(response), "data", "id"))
        if item.alt_text:
            await self._call(
                account_id,
                "POST",
                "/2/media/metadata",
                json={"id": media_id, "metadata": {"alt_text": {"text": item.alt_text[:1000]}}},
            )
        return media_id

    async def _chunked(self, account_id: int | None, item: Prepared) -> str:
        category = "tweet_gif" if item.mime == "image/gif" else "tweet_video"
        start = await self._call(
            account_id,
            "POST",
            "/2/media/upload/initialize",
            json={"media_type": item.mime, "total_bytes": len(item.data), "media_category": category},
        )
        media_id = str(field_of(json_body(start), "data", "id"))
        for index, offset in enumerate(range(0, len(item.data), CHUNK)):
            await self._call(
                account_id,
                "POST",
                f"/2/media/upload/{media_id}/append",
                data={"segment_index": str(index)},
                files={"media": ("chunk", item.data[offset : offset + CHUNK], "application/octet-stream")},
            )
        done = await self._call(account_id, "POST", f"/2/media/upload/{media_id}/finalize")
        info = (json_body(done).get("data") or {}).get("processing_info")
        waited = 0.0
        while info and info.get("state") in ("pending", "in_progress"):
            delay = float(info.get("check_after_secs") or 1)
            if waited + delay > self._media_wait:
                raise Transient(f"X was still processing the video after {waited:.0f} s")
            await self._sleep(delay)
            waited += delay
            status = await self._call(
                account_id, "GET", "/2/media/upload", params={"command": "STATUS", "media_id": media_id}
            )
            info = (json_body(status).get("data") or {}).get("processing_info")
        if info and info.get("state") == "failed":
            # X says why in processing_info.error ({code, name, message}): kept for the activity log.
            error = info.get("error") if isinstance(info.get("error"), Mapping) else {}
            raise Rejected(
                "X could not process this video", network_message=str(error.get("message") or error.get("name") or "")
            )
        return media_id

    # -- lookup, delete, comments ---------------------------------------------------------------

    async def _user_id(self, account_id: int | None) -> str:
        creds = await self._caller.credentials_for(account_id)
        if creds.user_id:
            return creds.user_id
        response = await self._call(account_id, "GET", "/2/users/me")
        return str(field_of(json_body(response), "data", "id"))

    async def lookup(self, request: PublishRequest, *, sent_at: datetime) -> Published | None:
        if not request.parts:
            return None
        tweets = await self._own_tweets(request.account_id, sent_at)
        chain: list[str] = []
        for index, part in enumerate(request.parts):
            want = comparable(part)
            parent = chain[-1] if chain else None
            found = next(
                (
                    t
                    for t in tweets
                    if isinstance(t, Mapping)
                    and comparable(str(t.get("text", ""))) == want
                    and (index == 0 or _replied_to(t) == parent)
                ),
                None,
            )
            if found is None:
                break
            chain.append(str(found["id"]))
        if not chain:
            return None
        if len(chain) < len(request.parts):
            # Resending the whole thread would double the first part (X refuses duplicate
            # text anyway): report what exists; the missing parts are in the activity log.
            _log.warning("thread found with %d of %d parts", len(chain), len(request.parts))
        return Published(remote_id=chain[0], remote_url=self._url(chain[0]), part_ids=tuple(chain))

    async def _own_tweets(self, account_id: int | None, sent_at: datetime) -> list[Any]:
        """The account's tweets since a little before `sent_at`, newest first."""
        user = await self._user_id(account_id)
        start = (sent_at - self._lookup_window).strftime("%Y-%m-%dT%H:%M:%SZ")
        response = await self._call(
            account_id,
            "GET",
            f"/2/users/{user}/tweets",
            params={
                "start_time": start,
                "max_results": 100,
                "tweet.fields": "created_at,referenced_tweets,conversation_id",
            },
        )
        body = json_body(response)
        tweets = (body.get("data") or []) if isinstance(body, Mapping) else None
        if not isinstance(tweets, list):
            raise Transient("X answered a timeline request with something else")
        return tweets

    async def find_reply(
        self, account_id: int | None, item: InboxItem, text: str, *, sent_after: datetime
    ) -> Published | None:
        """The account's reply to `item` with `text`, posted after `sent_after`, if any.

        Raises:
            AuthExpired, RateLimited, Transient.
        """
        parent = item.reply_ref.get("tweet_id") or item.remote_id
        want = comparable(text)
        for tweet in await self._own_tweets(account_id, sent_after):
            if (
                isinstance(tweet, Mapping)
                and _replied_to(tweet) == parent
                and comparable(str(tweet.get("text", ""))) == want
            ):
                tweet_id = str(tweet["id"])
                return Published(remote_id=tweet_id, remote_url=self._url(tweet_id), part_ids=(tweet_id,))
        return None

    async def delete(self, account_id: int | None, remote_id: str) -> None:
        await self._call(account_id, "DELETE", f"/2/tweets/{remote_id}", ok=(200, 404))

    async def first_comment(self, account_id: int | None, remote_id: str, text: str) -> Published:
        tweet_id = await self._create(account_id, {"text": text, "reply": {"in_reply_to_tweet_id": remote_id}})
        return Published(remote_id=tweet_id, remote_url=self._url(tweet_id), part_ids=(tweet_id,))

    async def metrics(self, account_id: int | None, remote_id: str) -> PostMetrics:
        """Likes, reposts, replies, quotes and views (`GET /2/tweets/:id`, `public_metrics`).

        Views are `impression_count`, which X gives only where it has one (older posts and
        some tiers lack it): then None.

        Raises:
            Rejected: the post is gone or not visible (X answers 200 with only `errors`), or
                the access level has no read access.
            AuthExpired, RateLimited, Transient.
        """
        response = await self._call(
            account_id, "GET", f"/2/tweets/{remote_id}", params={"tweet.fields": "public_metrics"}
        )
        body = json_body(response)
        if not isinstance(body, Mapping):
            raise Transient("X answered a post request with something else")
        data = body.get("data")
        if not isinstance(data, Mapping):
            errors = body.get("errors") or ()
            first = errors[0] if isinstance(errors, list) and errors else {}
            if isinstance(first, Mapping) and first.get("detail"):
                raise Rejected(str(first["detail"]), http_status=200)
            raise Transient("X answered a post request without the post")
        counts = data.get("public_metrics")
        if not isinstance(counts, Mapping):
            raise Transient("X answered without the post's public_metrics")
        return PostMetrics(
            likes=count(counts, "like_count"),
            reposts=count(counts, "retweet_count"),
            replies=count(counts, "reply_count"),
            views=count(counts, "impression_count"),
            quotes=count(counts, "quote_count"),
        )

    async def reply(self, account_id: int | None, item: InboxItem, text: str) -> Published:
        """Answer an inbox item with a public reply.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient, AnswerLost.
        """
        return await self.first_comment(account_id, item.reply_ref.get("tweet_id") or item.remote_id, text)

    async def delete_reply(self, account_id: int | None, remote_id: str) -> None:
        """Delete a reply the user wrote from the inbox (`DELETE /2/tweets/:id`).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        await self.delete(account_id, remote_id)

    async def hide(self, account_id: int | None, item: InboxItem) -> None:
        """Hide a reply under one of the user's posts (`PUT /2/tweets/:id/hidden`).

        X allows this only for replies in a conversation the user started; elsewhere it
        refuses (403), which surfaces as Rejected.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        tweet_id = item.reply_ref.get("tweet_id") or item.remote_id
        await self._call(account_id, "PUT", f"/2/tweets/{tweet_id}/hidden", json={"hidden": True})

    async def fetch_inbox(self, account_id: int | None, *, cursor: str | None = None, limit: int = 50) -> InboxPage:
        """Posts mentioning the account, newest first; `cursor` pages to older ones.

        Raises:
            Rejected: `ACCESS_LEVEL` when the account's API tier has no mentions timeline.
            AuthExpired, RateLimited, Transient.
        """
        user = await self._user_id(account_id)
        params: dict[str, str | int] = {
            "max_results": max(5, min(limit, 100)),
            "expansions": "author_id",
            "user.fields": "name,username,profile_image_url",
            "tweet.fields": "created_at,author_id,conversation_id,referenced_tweets,in_reply_to_user_id",
        }
        if cursor:
            params["pagination_token"] = cursor
        response = await self._call(account_id, "GET", f"/2/users/{user}/mentions", params=params)
        body = json_body(response)
        if not isinstance(body, Mapping):
            raise Transient("X answered the mentions request with something else")
        users = {str(u.get("id")): u for u in (body.get("includes") or {}).get("users") or ()}
        items = []
        for tweet in body.get("data") or ():
            kinds = {str(r.get("type")) for r in tweet.get("referenced_tweets") or ()}
            if "replied_to" in kinds and str(tweet.get("in_reply_to_user_id")) == user:
                kind = InboxKind.REPLY
            elif "quoted" in kinds:
                kind = InboxKind.QUOTE
            else:
                kind = InboxKind.MENTION
            author_id = str(tweet.get("author_id", ""))
            author = users.get(author_id, {})
            tweet_id = str(tweet.get("id"))
            items.append(
                InboxItem(
                    remote_id=tweet_id,
                    kind=kind,
                    author_id=author_id,
                    author_handle=str(author.get("username") or author_id),
                    author_name=str(author.get("name") or ""),
                    text=html.unescape(str(tweet.get("text", ""))),
                    created_at=_when(tweet.get("created_at")),
                    url=self._url(tweet_id),
                    reply_ref={"tweet_id": tweet_id} | _conversation(tweet, tweet_id),
                    author_avatar_url=str(author.get("profile_image_url") or "") or None,
                )
            )
        next_token = (body.get("meta") or {}).get("next_token")
        return InboxPage(items=tuple(items), cursor=str(next_token) if next_token else None)

    async def probe(self) -> bool:
        try:
            response = await self._client.get(f"{self._base}/2/openapi.json", timeout=10.0)
        except httpx.HTTPError:
            return False
        return response.status_code < 500

    async def aclose(self) -> None:
        await self._client.aclose()


def _conversation(tweet: Mapping[str, Any], tweet_id: str) -> dict[str, str]:
    """The conversation a mention belongs to, when it is not its own (the inbox groups by it)."""
    conversation = tweet.get("conversation_id")
    return {"conversation_id": str(conversation)} if conversation and str(conversation) != tweet_id else {}


def _when(value: Any) -> datetime:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return datetime.fromtimestamp(0, UTC)


def register(registry: Registry, credentials: CredentialSource) -> None:
    """Serve X with `XAdapter`s over `credentials`."""
    registry.register(Network.X, lambda: XAdapter(credentials))


def _replied_to(tweet: Mapping[str, Any]) -> str | None:
    """The id of the tweet `tweet` answers, if it is a reply."""
    for ref in tweet.get("referenced_tweets") or ():
        if ref.get("type") == "replied_to":
            return str(ref.get("id"))
    return None
