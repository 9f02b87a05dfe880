"""Mastodon: statuses with media, polls, threads and native scheduling, on any instance.

Calls (docs.joinmastodon.org/methods/): `POST /api/v2/media` (202 while processing, then
`GET /api/v1/media/:id` until it answers 200 with a `url`), `POST /api/v1/statuses` with an
`Idempotency-Key` header (the same key within an hour returns the first status instead of a new
one), `scheduled_at` for hand-offs (at least 5 minutes ahead; answers a ScheduledStatus),
`DELETE /api/v1/statuses/:id`, `GET /api/v1/accounts/:id/statuses` and
`GET /api/v1/scheduled_statuses` to find a post whose answer was lost, and
`GET /api/v1/notifications` (mentions and quotes) for the inbox (`platforms.inbox`),
`GET /api/v1/conversations` for direct messages and `POST /api/v1/markers` for the
notifications read position, `GET /api/v1/statuses/:id` for a post's counts, and
`PUT /api/v1/statuses/:id` to edit a published post (Mastodon 3.5+, `edit`).

Options read from `PublishRequest.options`: `visibility` (public/unlisted/private/direct),
`spoiler_text` (content warning, on every part), `sensitive`, `language` (ISO 639),
`poll` ({options, duration_minutes, multiple, hide_totals}, first part), `alt_texts` and
`media_focus` (one per media path; focus as (x, y) in -1..1), `quote_url` (the address of a post to
quote: Mastodon 4.5 and newer, API version 7, `quoted_status_id`; the address is resolved with
`GET /api/v2/search?resolve=true`, and a server that cannot quote is refused before anything is
sent, since an older server would drop the quote silently).
"""

from __future__ import annotations

import asyncio
import hashlib
import html
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import httpx

from postdesk.auth.profiles.mastodon import instance_limits
from postdesk.core.networks import Network
from postdesk.core.text.measure import measure_mastodon
from postdesk.core.validation import ProblemCode
from postdesk.log import get_logger
from postdesk.platforms.base import (
    EDIT_HAS_POLL,
    EDIT_NOT_YOURS,
    EDIT_POST_GONE,
    EDIT_SERVER_TOO_OLD,
    EDIT_STILL_SCHEDULED,
    HANDOFF_NO_THREADS,
    HANDOFF_TOO_SOON,
    AuthExpired,
    Published,
    PublishRequest,
    RateLimit,
    Rejected,
    Transient,
)
from postdesk.platforms.credentials import Credentials, CredentialSource
from postdesk.platforms.inbox import InboxItem, InboxKind, InboxPage
from postdesk.platforms.media_prep import Prepared, check_sendable, prepare
from postdesk.platforms.metrics import UNKNOWN, PostMetrics, count
from postdesk.platforms.registry import Registry
from postdesk.platforms.rest_call import (
    DEFAULT_TIMEOUT,
    AuthorisedCaller,
    Clock,
    Sleep,
    bearer,
    bounded_client,
    created_id,
    field_of,
    json_body,
    json_object,
    utc_now,
)

_log = get_logger("platforms.mastodon")

#: Mastodon keeps idempotency keys for an hour; stay well inside it.
IDEMPOTENCY_WINDOW = timedelta(minutes=55)
#: `scheduled_at` must be at least this far ahead (methods/statuses).
MIN_SCHEDULE_AHEAD = timedelta(minutes=5)
SCHEDULED_PREFIX = "scheduled:"
#: The Mastodon API version that takes `quoted_status_id` (Mastodon 4.5; `GET /api/v2/instance`
#: `api_versions.mastodon`, shared/specs/mastodon subset, POST /api/v1/statuses version history).
QUOTE_API_VERSION = 7
#: The first Mastodon version with `PUT /api/v1/statuses/:id` (methods/statuses/#edit).
EDIT_SINCE = (3, 5)
#: The `reply_ref` key holding the notification id of an item, the position
#: `mark_read_up_to` takes (`engine.inbox_sync.READ_MARKER` reads the same key).
READ_MARKER = "read_marker"
_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<br\s*/?>|</p>\s*<p>", re.IGNORECASE)
_REMOTE_MENTION = re.compile(r"(@[\w.]+)@[\w.-]+\w")


#: Mastodon's answer to a call the token has no scope for (docs.joinmastodon.org/api/oauth-scopes).
OUTSIDE_SCOPES = "This action is outside the authorized scopes"
MISSING_PERMISSION = (
    "Your Mastodon instance did not give Postdesk permission to do this. Reconnect the "
    "account in Accounts and allow everything Postdesk asks for"
)


def explain(response: httpx.Response) -> str:
    """Mastodon's reason for a refusal: the `error` field of its JSON body."""
    body = response.json()
    if response.status_code == 403 and body.get("error") == OUTSIDE_SCOPES:
        return MISSING_PERMISSION
    return str(body.get("error") or body.get("error_description") or "")


def plain_text(content: str) -> str:
    """The text of a status's HTML, whitespace-collapsed, for comparing with what we sent."""
    text = html.unescape(_TAG.sub("", _BREAK.sub("\n", content)))
    return normalise(text)


def normalise(text: str) -> str:
    """Collapse whitespace and shorten remote mentions to their local part, as Mastodon shows them."""
    return " ".join(_REMOTE_MENTION.sub(r"\1", text).split())


class MastodonAdapter:
    """The Mastodon adapter (one per engine).

    Args:
        credentials: gives each account's token and instance URL.
        base_url: forces one instance for every account (tests), else `Credentials.base_url`.
        transport: an httpx transport override (tests).
        timeout: the HTTP timeouts.
        clock: the current instant.
        sleep: how to wait between media polls.
        media_wait: the longest wait for media processing, in seconds.
        poll_interval: seconds between media polls.
    """

    network = Network.MASTODON
    #: A reply carries an Idempotency-Key, so the instance posts the same reply sent twice
    #: within an hour once.
    replies_deduplicated = True
    # 300 requests per 5 minutes per account (docs.joinmastodon.org/api/rate-limits/).
    rate_limit: RateLimit | None = RateLimit(300, timedelta(minutes=5))
    lookup_settle = timedelta(seconds=5)

    def __init__(
        self,
        credentials: CredentialSource,
        *,
        base_url: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Clock = utc_now,
        sleep: Sleep = asyncio.sleep,
        media_wait: float = 120.0,
        poll_interval: float = 2.0,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    ) -> None:
        self._base_override = base_url.rstrip("/") if base_url else None
        self._client = bounded_client(timeout=timeout, transport=transport, headers={"User-Agent": "Postdesk"})
        self._caller = AuthorisedCaller(credentials, self._client, explain, clock)
        self._clock = clock
        self._sleep = sleep
        self._media_wait = media_wait
        self._poll_interval = poll_interval
        self._seen_hosts: set[str] = set()
        self._limits: dict[str, dict[str, int]] = {}

    # -- plumbing --------------------------------------------------------------------------------

    def _base(self, creds: Credentials) -> str:
        base = self._base_override or (creds.base_url or "").rstrip("/")
        if not base:
            raise AuthExpired("this Mastodon account has no instance address; reconnect it")
        self._seen_hosts.add(base)
        return base

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
        extra_headers = kwargs.pop("headers", {})

        def build(creds: Credentials) -> httpx.Request:
            return self._client.build_request(
                method, self._base(creds) + path, headers={**bearer(creds), **extra_headers}, **kwargs
            )

        return await self._caller.call(account_id, build, creates=creates, ok=ok)

    # -- publish ---------------------------------------------------------------------------------

    async def schedule(self, request: PublishRequest, at: datetime) -> Published:
        """Hand the post to the instance as a scheduled status (`publish` with `publish_at`)."""
        return await self.publish(replace(request, publish_at=at))

    async def publish(self, request: PublishRequest) -> Published:
        if not request.parts:
            raise Rejected("nothing to publish", problem=ProblemCode.TEXT_EMPTY)
        options = request.options
        if options.get("poll") and request.media_paths:
            raise Rejected(
                "Mastodon does not allow a poll and media in the same post", problem=ProblemCode.POLL_WITH_MEDIA
            )
        # The composer's own check (core.media_limits), with the instance's own limits.
        await check_sendable(request, self.network, instance=await self._instance_limits(request))
        if options.get("quote_url"):
            quoted = await self._quoted_status_id(request.account_id, str(options["quote_url"]))
            request = replace(request, options={**options, "quoted_status_id": quoted})
            options = request.options
        if request.publish_at is not None:
            return await self._schedule(request)
        media_ids = [
            await self._upload(request.account_id, item, focus)
            for item, focus in zip(
                await prepare(request, self.network), _focuses(options, len(request.media_paths)), strict=True
            )
        ]
        ids: list[str] = []
        url: str | None = None
        for index, text in enumerate(request.parts):
            body = self._status_body(text, options, first=index == 0)
            if index == 0 and media_ids:
                body["media_ids"] = media_ids
            if ids:
                body["in_reply_to_id"] = ids[-1]
            status = await self._create(request.account_id, body, _part_key(request.idempotency_key, index))
            ids.append(created_id(status, "id", what="a status"))
            if index == 0:
                url = status.get("url")
        return Published(remote_id=ids[0], remote_url=url, part_ids=tuple(ids))

    async def _instance_limits(self, request: PublishRequest) -> dict[str, int]:
        """The instance's advertised limits (public `GET /api/v2/instance`), once per instance.

        Only asked when there is media to check; {} (Mastodon's defaults) when the instance does
        not answer or says nothing usable, so a passing hiccup here never blocks a post.
        """
        if not request.media_paths:
            return {}
        base = self._base(await self._caller.credentials_for(request.account_id))
        if base not in self._limits:
            try:
                response = await self._client.get(f"{base}/api/v2/instance", timeout=10.0)
                body = response.json() if response.status_code == 200 else {}
            except (httpx.HTTPError, ValueError):
                return {}
            self._limits[base] = instance_limits(body) if isinstance(body, dict) else {}
        return self._limits[base]

    async def _quoted_status_id(self, account_id: int | None, url: str) -> str:
        """The local id of the post at `url`, once the server says it can quote (API version 7).

        Raises:
            Rejected: the server is older than Mastodon 4.5, or it finds no post at `url`.
        """
        base = self._base(await self._caller.credentials_for(account_id))
        try:
            response = await self._client.get(f"{base}/api/v2/instance", timeout=10.0)
            info = response.json() if response.status_code == 200 else {}
        except ValueError:
            info = {}
        except httpx.HTTPError as error:
            raise Transient("the Mastodon server did not say whether it can quote posts") from error
        versions = info.get("api_versions") if isinstance(info, dict) else None
        api = versions.get("mastodon") if isinstance(versions, dict) else None
        if not isinstance(api, int) or api < QUOTE_API_VERSION:
            raise Rejected(
                "this Mastodon server can't quote posts (it needs Mastodon 4.5 or newer)",
                problem=ProblemCode.QUOTE_SERVER_TOO_OLD,
            )
        found = await self._call(
            account_id,
            "GET",
            "/api/v2/search",
            params={"q": url, "type": "statuses", "resolve": "true", "limit": 1},
        )
        statuses = json_body(found).get("statuses")
        first = statuses[0] if isinstance(statuses, list) and statuses else None
        if not isinstance(first, Mapping) or not first.get("id"):
            raise Rejected("Mastodon found no post to quote at that address", problem=ProblemCode.QUOTE_URL_INVALID)
        return str(first["id"])

    def _status_body(self, text: str, options: Mapping[str, Any], *, first: bool) -> dict[str, Any]:
        body: dict[str, Any] = {"status": text}
        if first and options.get("quoted_status_id"):
            body["quoted_status_id"] = str(options["quoted_status_id"])
        for key in ("visibility", "language"):
            if options.get(key):
                body[key] = str(options[key])
        if options.get("spoiler_text"):
            body["spoiler_text"] = str(options["spoiler_text"])
        if options.get("sensitive"):
            body["sensitive"] = True
        poll = options.get("poll")
        if first and poll:
            body["poll"] = {
                "options": [str(o) for o in poll.get("options", ())],
                "expires_in": int(poll.get("duration_minutes", 1440)) * 60,
                "multiple": bool(poll.get("multiple", False)),
                "hide_totals": bool(poll.get("hide_totals", False)),
            }
        return body

    async def _create(self, account_id: int | None, body: dict[str, Any], key: str) -> Any:
        headers = {"Idempotency-Key": key} if key else {}
        response = await self._call(account_id, "POST", "/api/v1/statuses", json=body, headers=headers, creates=True)
        return json_object(response, creates=True, what="a status create")

    async def _schedule(self, request: PublishRequest) -> Published:
        assert request.publish_at is not None
        if len(request.parts) > 1:
            raise Rejected("Mastodon can schedule only a single post, not a thread", problem=HANDOFF_NO_THREADS)
        if request.publish_at - self._clock() < MIN_SCHEDULE_AHEAD:
            raise Rejected(
                "Mastodon schedules posts at least 5 minutes ahead",
                problem=HANDOFF_TOO_SOON,
                params={"minutes": int(MIN_SCHEDULE_AHEAD.total_seconds() // 60)},
            )
        media_ids = [
            await self._upload(request.account_id, item, focus)
            for item, focus in zip(
                await prepare(request, self.network), _focuses(request.options, len(request.media_paths)), strict=True
            )
        ]
        body = self._status_body(request.parts[0], request.options, first=True)
        if media_ids:
            body["media_ids"] = media_ids
        body["scheduled_at"] = request.publish_at.isoformat().replace("+00:00", "Z")
        scheduled = await self._create(request.account_id, body, request.idempotency_key)
        if "scheduled_at" not in scheduled:
            raise Rejected("the instance published the post at once instead of scheduling it")
        return Published(remote_id=SCHEDULED_PREFIX + created_id(scheduled, "id", what="a scheduled status"))

    # -- media -----------------------------------------------------------------------------------

    async def _upload(self, account_id: int | None, item: Prepared, focus: tuple[float, float] | None) -> str:
        data: dict[str, str] = {}
        if item.alt_text:
            data["description"] = item.alt_text
        if focus is not None:
            data["focus"] = f"{focus[0]:.2f},{focus[1]:.2f}"
        response = await self._call(
            account_id,
            "POST",
            "/api/v2/media",
            ok=(200, 202),
            data=data,
            files={"file": (item.filename, item.data, item.mime)},
        )
        media = json_body(response)
        media_id = str(field_of(media, "id"))
        if response.status_code == 200 and media.get("url"):
            return media_id
        attempts = max(1, math.ceil(self._media_wait / self._poll_interval))
        for _ in range(attempts):
            await self._sleep(self._poll_interval)
            polled = await self._call(account_id, "GET", f"/api/v1/media/{media_id}", ok=(200, 206))
            if polled.status_code == 200 and json_body(polled).get("url"):
                return media_id
        raise Transient(f"Mastodon was still processing the media after {self._media_wait:.0f} s")

    # -- lookup ----------------------------------------------------------------------------------

    async def lookup(self, request: PublishRequest, *, sent_at: datetime) -> Published | None:
        if not request.parts:
            return None
        if request.idempotency_key:
            # The engine's own requests for a hand-off carry no publish_at, so a hand-off whose
            # answer was lost is looked for here whatever the request says: publishing it
            # ourselves while the instance still holds it would post it twice.
            response = await self._call(request.account_id, "GET", "/api/v1/scheduled_statuses", params={"limit": 40})
            for item in _list(json_body(response)):
                if (item.get("params") or {}).get("idempotency") == request.idempotency_key:
                    return Published(remote_id=SCHEDULED_PREFIX + str(item.get("id")))
        if request.publish_at is not None and request.publish_at > self._clock():
            return None
        statuses = await self._own_statuses(request.account_id)
        since = sent_at - timedelta(minutes=5)
        wanted = [normalise(part) for part in request.parts]
        cw = str(request.options.get("spoiler_text") or "")

        def matches(status: Mapping[str, Any], index: int, parent: str | None) -> bool:
            return (
                status.get("in_reply_to_id") == parent
                and plain_text(str(status.get("content", ""))) == wanted[index]
                and str(status.get("spoiler_text") or "") == cw
                and _created(status) >= since
            )

        chain: list[Mapping[str, Any]] = []
        for index in range(len(wanted)):
            parent = str(chain[-1]["id"]) if chain else None
            found = next((s for s in statuses if matches(s, index, parent)), None)
            if found is None:
                break
            chain.append(found)
        if not chain:
            return None
        if len(chain) < len(wanted):
            if self._clock() - sent_at < IDEMPOTENCY_WINDOW:
                # A resend with the same per-part keys returns the parts that exist and adds
                # only the missing ones, so "not found" finishes the thread without doubles.
                return None
            _log.warning("thread found with %d of %d parts", len(chain), len(wanted))
        ids = tuple(str(s["id"]) for s in chain)
        return Published(remote_id=ids[0], remote_url=chain[0].get("url"), part_ids=ids)

    async def _own_statuses(self, account_id: int | None) -> list[Mapping[str, Any]]:
        """The account's newest statuses (40, without boosts)."""
        account = await self._account_id(account_id)
        response = await self._call(
            account_id, "GET", f"/api/v1/accounts/{account}/statuses", params={"limit": 40, "exclude_reblogs": "true"}
        )
        return _list(json_body(response))

    async def find_reply(
        self, account_id: int | None, item: InboxItem, text: str, *, sent_after: datetime
    ) -> Published | None:
        """The account's reply to `item` with `text`, posted after `sent_after`, if any.

        Raises:
            AuthExpired, RateLimited, Transient.
        """
        parent = item.reply_ref.get("status_id") or item.remote_id
        since = sent_after - timedelta(minutes=5)  # the instance's clock may lag ours
        wanted = normalise(_reply_text(item, text))
        for status in await self._own_statuses(account_id):
            if (
                str(status.get("in_reply_to_id") or "") == parent
                and plain_text(str(status.get("content", ""))) == wanted
                and _created(status) >= since
            ):
                status_id = str(status["id"])
                return Published(remote_id=status_id, remote_url=status.get("url"), part_ids=(status_id,))
        return None

    async def _account_id(self, account_id: int | None) -> str:
        creds = await self._caller.credentials_for(account_id)
        if creds.user_id:
            return creds.user_id
        response = await self._call(account_id, "GET", "/api/v1/accounts/verify_credentials")
        return str(field_of(json_body(response), "id"))

    # -- delete, comments, inbox -------------------------------------------------------------------

    async def delete(self, account_id: int | None, remote_id: str) -> None:
        if remote_id.startswith(SCHEDULED_PREFIX):
            path = f"/api/v1/scheduled_statuses/{remote_id.removeprefix(SCHEDULED_PREFIX)}"
        else:
            path = f"/api/v1/statuses/{remote_id}"
        await self._call(account_id, "DELETE", path, ok=(200, 404))

    async def edit(
        self,
        account_id: int | None,
        remote_id: str,
        text: str,
        *,
        spoiler_text: str = "",
        sensitive: bool = False,
        language: str | None = None,
    ) -> Published:
        """Change a published status's text and content warning (`PUT /api/v1/statuses/:id`).

        Editing came with Mastodon 3.5 (docs.joinmastodon.org/methods/statuses/#edit); an older
        instance, told by the `version` of `GET /api/v2/instance` (or v1 where v2 is missing),
        is refused in words. The instance's own text limit is checked first, counted the way
        Mastodon counts (`core.text.measure_mastodon`). Mastodon replaces every field the edit
        names and drops attachments not listed in `media_ids`, so the status is read first
        (`GET /api/v1/statuses/:id`) and its attachments are sent back unchanged. A status with
        a poll is refused: an edit that names no poll removes it, and one that names it again
        starts it over.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        if remote_id.startswith(SCHEDULED_PREFIX):
            raise Rejected(
                "this post is still waiting on the instance; take it back and schedule it again",
                problem=EDIT_STILL_SCHEDULED,
            )
        if not text.strip():
            raise Rejected("the post can't be empty", problem=ProblemCode.TEXT_EMPTY)
        base = self._base(await self._caller.credentials_for(account_id))
        config = await self._instance_for_edit(base)
        limit = int(config.get("max_characters") or 500)
        measured = measure_mastodon(text, spoiler_text, limit)
        if not measured.fits:
            raise Rejected(
                f"the post is {measured.length} characters long; this Mastodon server allows {limit}",
                problem=ProblemCode.TEXT_TOO_LONG,
                params={"length": measured.length, "limit": limit, "over": measured.length - limit},
            )
        response = await self._call(account_id, "GET", f"/api/v1/statuses/{remote_id}", ok=(200, 404))
        status = json_body(response)
        if response.status_code == 404 or not isinstance(status, Mapping):
            raise Rejected("Mastodon no longer has this post", problem=EDIT_POST_GONE)
        own = str((status.get("account") or {}).get("id") or "")
        if own and own != await self._account_id(account_id):
            raise Rejected(
                "this post was not written by this account, so it can't be edited from it", problem=EDIT_NOT_YOURS
            )
        if status.get("poll"):
            raise Rejected(
                "Postdesk can't edit a post with a poll: Mastodon would start the poll over", problem=EDIT_HAS_POLL
            )
        body: dict[str, Any] = {
            "status": text,
            "spoiler_text": spoiler_text,
            "sensitive": bool(sensitive or spoiler_text),
            "media_ids": [
                str(m.get("id"))
                for m in status.get("media_attachments") or ()
                if isinstance(m, Mapping) and m.get("id")
            ],
        }
        if language:
            body["language"] = language
        edited = await self._call(account_id, "PUT", f"/api/v1/statuses/{remote_id}", json=body, ok=(200, 404))
        if edited.status_code == 404:
            raise Rejected(
                "Mastodon no longer has this post, or it was not written by this account", problem=EDIT_POST_GONE
            )
        answer = json_body(edited)
        url = answer.get("url") if isinstance(answer, Mapping) else None
        return Published(remote_id=remote_id, remote_url=url or status.get("url"), part_ids=(remote_id,))

    async def _instance_for_edit(self, base: str) -> dict[str, int]:
        """The instance's limits, after checking that it can edit posts (Mastodon 3.5 or newer).

        Raises:
            Rejected: the instance is older than 3.5.
            Transient: the instance did not say which version it runs.
        """
        body: Any = None
        try:
            for path in ("/api/v2/instance", "/api/v1/instance"):
                response = await self._client.get(f"{base}{path}", timeout=10.0)
                if response.status_code == 200:
                    body = response.json()
                    break
                if response.status_code != 404:
                    raise Transient(f"the Mastodon server answered {response.status_code} when asked its version")
        except (httpx.HTTPError, ValueError) as error:
            raise Transient("the Mastodon server did not say which version it runs") from error
        if not isinstance(body, dict):
            raise Transient("the Mastodon server did not say which version it runs")
        version = str(body.get("version") or "")
        found = re.match(r"(\d+)\.(\d+)", version)
        if found is None or (int(found[1]), int(found[2])) < EDIT_SINCE:
            raise Rejected(
                f"this Mastodon server runs version {version or 'unknown'}, which can't edit "
                "posts (editing came with Mastodon 3.5); delete the post and post it again instead",
                problem=EDIT_SERVER_TOO_OLD,
                params={"version": version},
            )
        limits = instance_limits(body) if isinstance(body.get("configuration"), dict) else {}
        self._limits[base] = limits
        return limits

    async def first_comment(self, account_id: int | None, remote_id: str, text: str) -> Published:
        status = await self._create(
            account_id, {"status": text, "in_reply_to_id": remote_id}, f"first-comment-{remote_id}"
        )
        status_id = created_id(status, "id", what="a first comment")
        return Published(remote_id=status_id, remote_url=status.get("url"), part_ids=(status_id,))

    async def metrics(self, account_id: int | None, remote_id: str) -> PostMetrics:
        """Favourites, boosts and replies of a status (`GET /api/v1/statuses/:id`).

        Mastodon counts no views, and its Status entity has no quote count (quotes reach the
        author only as notifications), so both are None; so is everything for a status the
        instance still holds for scheduling.

        Raises:
            AuthExpired, RateLimited, Rejected (the status is gone), Transient.
        """
        if remote_id.startswith(SCHEDULED_PREFIX):
            return UNKNOWN
        response = await self._call(account_id, "GET", f"/api/v1/statuses/{remote_id}")
        status = json_body(response)
        if not isinstance(status, Mapping):
            raise Transient("Mastodon answered a status request with something else")
        return PostMetrics(
            likes=count(status, "favourites_count"),
            reposts=count(status, "reblogs_count"),
            replies=count(status, "replies_count"),
            views=None,
        )

    async def reply(self, account_id: int | None, item: InboxItem, text: str) -> Published:
        """Answer an inbox item with a public reply (the same answer twice is sent once).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient, AnswerLost.
        """
        status_id = item.reply_ref.get("status_id") or item.remote_id
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        body = {"status": _reply_text(item, text), "in_reply_to_id": status_id}
        if item.reply_ref.get("visibility"):
            # A reply to a direct message must stay direct, or it would go out publicly.
            body["visibility"] = item.reply_ref["visibility"]
        status = await self._create(account_id, body, f"reply-{status_id}-{digest}")
        new_id = created_id(status, "id", what="a reply")
        return Published(remote_id=new_id, remote_url=status.get("url"), part_ids=(new_id,))

    async def delete_reply(self, account_id: int | None, remote_id: str) -> None:
        """Delete a reply the user wrote from the inbox (`DELETE /api/v1/statuses/:id`).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        await self.delete(account_id, remote_id)

    async def like(self, account_id: int | None, item: InboxItem) -> None:
        """Favourite an inbox item's status (favouriting twice is harmless on Mastodon).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        status_id = item.reply_ref.get("status_id") or item.remote_id
        await self._call(account_id, "POST", f"/api/v1/statuses/{status_id}/favourite")

    async def fetch_inbox(self, account_id: int | None, *, cursor: str | None = None, limit: int = 50) -> InboxPage:
        """Mentions, replies and quotes, newest first; `cursor` pages to older ones.

        Raises:
            AuthExpired, RateLimited, Transient.
        """
        limit = max(1, min(limit, 80))  # the endpoint's maximum (methods/notifications)
        params: list[tuple[str, str | int]] = [("types[]", "mention"), ("types[]", "quote"), ("limit", limit)]
        if cursor:
            params.append(("max_id", cursor))
        response = await self._call(account_id, "GET", "/api/v1/notifications", params=params)
        notes = _list(json_body(response))
        items = []
        for note in notes:
            status = note.get("status") or {}
            author = status.get("account") or note.get("account") or {}
            if not status.get("id"):
                continue
            if note.get("type") == "quote":
                kind = InboxKind.QUOTE
            elif status.get("visibility") == "direct":
                # A direct message also arrives as a mention; the same kind as
                # `fetch_direct` gives it, so whichever sync sees it first agrees.
                kind = InboxKind.DIRECT_MESSAGE
            elif status.get("in_reply_to_id"):
                kind = InboxKind.REPLY
            else:
                kind = InboxKind.MENTION
            items.append(
                InboxItem(
                    remote_id=str(status["id"]),
                    kind=kind,
                    author_id=str(author.get("id", "")),
                    author_handle=str(author.get("acct", "")),
                    author_name=str(author.get("display_name") or ""),
                    text=plain_text(str(status.get("content", ""))),
                    created_at=_created(status),
                    url=status.get("url"),
                    reply_ref={**_reply_ref(status), READ_MARKER: str(note.get("id", ""))},
                    author_avatar_url=str(author.get("avatar") or "") or None,
                )
            )
        more = len(notes) >= limit and notes
        return InboxPage(items=tuple(items), cursor=str(notes[-1].get("id")) if more else None)

    async def fetch_direct(self, account_id: int | None, *, limit: int = 40) -> InboxPage:
        """The newest direct-message conversations, each as its last status, newest first.

        `GET /api/v1/conversations` (https://docs.joinmastodon.org/methods/conversations/):
        a list of Conversation entities (`id`, `accounts`, `unread`, `last_status`), at most 40
        a page. A conversation whose last status is the account's own is left out: nothing
        there waits for an answer.

        Raises:
            AuthExpired, RateLimited, Transient.
        """
        limit = max(1, min(limit, 40))
        response = await self._call(account_id, "GET", "/api/v1/conversations", params={"limit": limit})
        me = await self._account_id(account_id)
        items = []
        for conversation in _list(json_body(response)):
            status = conversation.get("last_status")
            if not isinstance(status, Mapping) or not status.get("id"):
                continue
            author = status.get("account") or {}
            if str(author.get("id", "")) == me:
                continue
            items.append(
                InboxItem(
                    remote_id=str(status["id"]),
                    kind=InboxKind.DIRECT_MESSAGE,
                    author_id=str(author.get("id", "")),
                    author_handle=str(author.get("acct", "")),
                    author_name=str(author.get("display_name") or ""),
                    text=plain_text(str(status.get("content", ""))),
                    created_at=_created(status),
                    url=status.get("url"),
                    is_read=not conversation.get("unread", False),
                    reply_ref=_reply_ref(status),
                    author_avatar_url=str(author.get("avatar") or "") or None,
                )
            )
        return InboxPage(items=tuple(items))

    async def mark_read_up_to(self, account_id: int | None, marker: str) -> None:
        """Tell the instance the notifications up to `marker` (a notification id) are read.

        `POST /api/v1/markers` with `notifications[last_read_id]`
        (https://docs.joinmastodon.org/methods/markers/#create); other clients of the account
        then show the same read position. A 409 means another client moved the marker at the
        same time: retrying later is the documented answer, so it is a Transient.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        response = await self._call(
            account_id, "POST", "/api/v1/markers", ok=(200, 409), data={"notifications[last_read_id]": marker}
        )
        if response.status_code == 409:
            raise Transient("Mastodon's read marker was being updated elsewhere")

    async def probe(self) -> bool:
        hosts = [self._base_override] if self._base_override else sorted(self._seen_hosts)
        if not hosts:
            return True  # no instance known yet: nothing to say against the network
        try:
            response = await self._client.get(f"{hosts[0]}/api/v2/instance", timeout=10.0)
        except httpx.HTTPError:
            return False
        return response.status_code < 500

    async def aclose(self) -> None:
        await self._client.aclose()


def _reply_text(item: InboxItem, text: str) -> str:
    """The text of a reply to `item`: a direct reply names its addressee.

    A direct status reaches only the accounts it mentions
    (https://docs.joinmastodon.org/methods/statuses/#create, `visibility`), so a direct
    answer that does not mention the author would reach nobody.
    """
    handle = item.author_handle
    if item.reply_ref.get("visibility") != "direct" or not handle:
        return text
    if re.search(rf"(?<![\w@])@{re.escape(handle)}(?![\w@])", text, re.IGNORECASE):
        return text
    return f"@{handle} {text}"


def _reply_ref(status: Mapping[str, Any]) -> dict[str, str]:
    """What answering a status needs, plus the status it answers (the inbox groups by it)."""
    ref = {"status_id": str(status["id"])}
    if status.get("in_reply_to_id"):
        ref["in_reply_to_id"] = str(status["in_reply_to_id"])
    if status.get("visibility") == "direct":
        ref["visibility"] = "direct"  # `reply` keeps the answer direct
    return ref


def _part_key(key: str, index: int) -> str:
    """The Idempotency-Key of one thread part (the request's own key for the first)."""
    if not key:
        return ""
    return key if index == 0 else f"{key}-part{index}"


def _focuses(options: Mapping[str, Any], count: int) -> list[tuple[float, float] | None]:
    given: Sequence[Any] = options.get("media_focus") or ()
    focuses: list[tuple[float, float] | None] = []
    for i in range(count):
        value = given[i] if i < len(given) else None
        if isinstance(value, str):
            value = tuple(float(v) for v in value.split(","))
        focuses.append((float(value[0]), float(value[1])) if value else None)
    return focuses


def _list(body: Any) -> list[Mapping[str, Any]]:
    if not isinstance(body, list):
        raise Transient("Mastodon answered a list request with something else")
    return [item for item in body if isinstance(item, Mapping)]


def _created(status: Mapping[str, Any]) -> datetime:
    try:
        return datetime.fromisoformat(str(status.get("created_at")).replace("Z", "+00:00"))
    except ValueError:
        return datetime.min.replace(tzinfo=utc_now().tzinfo)


def register(registry: Registry, credentials: CredentialSource) -> None:
    """Serve Mastodon with `MastodonAdapter`s over `credentials`."""
    registry.register(Network.MASTODON, lambda: MastodonAdapter(credentials))
