"""Google Business Profile: local posts ("What's new", events, offers) on a business's location.

Calls (each needs the OAuth scope `https://www.googleapis.com/auth/business.manage`, as every
method's reference page says; `auth.profiles.google_business`):

- `GET https://mybusinessaccountmanagement.googleapis.com/v1/accounts` (`accounts.list`,
  pageSize at most 20) and `GET https://mybusinessbusinessinformation.googleapis.com/v1/
  {parent=accounts/*}/locations` (`accounts.locations.list`, `readMask` required, pageSize at most
  100) for the location picker (discovery documents in /work/shared/specs/google-business/);
- the older My Business API v4 for the posts (https://developers.google.com/my-business/reference/
  rest/v4/accounts.locations.localPosts): `POST https://mybusiness.googleapis.com/v4/
  {parent=accounts/*/locations/*}/localPosts` (create), `GET .../localPosts/{id}` (get),
  `GET .../localPosts` (list, pageSize at most 100), `DELETE .../localPosts/{id}` (delete).
  A v4 location is `accounts/{a}/locations/{l}`: the account's name joined to the v1 location's.

The photo: "sourceUrl is the only supported data field for a LocalPost MediaItem", so Google
fetches it from an address: the file goes to the creator's media relay just before the create
call (`platforms.relay`, as Threads does), and the copy is deleted once Google has it. The post's
`state` is PROCESSING while Google takes it in, then LIVE or REJECTED (LocalPostState): the
adapter reads the post until it leaves PROCESSING; REJECTED is a refusal in words. A post still
PROCESSING after the last read is published (it exists: sending again would duplicate it) and its
relay copy is left for Google to fetch (the presigned address expires; the relay's start-up sweep
removes it).

Errors are Google's `{"error": {"code", "message", "status", "details"}}`: 401 UNAUTHENTICATED is
refreshed once, then `AuthExpired`; 429 RESOURCE_EXHAUSTED is `RateLimited` (Google sends no
Retry-After here: the Business Profile APIs budget per minute, developers.google.com/my-business/
content/limits, so a minute is waited); 403 PERMISSION_DENIED names what to fix (the API not
enabled in the creator's project, or no access to the location); 400 INVALID_ARGUMENT gives
Google's reason, with the first field violation of a `ValidationError` detail.

Metrics: none per post. The Business Profile Performance API's change log lists the "Removal of
accounts.locations.localPosts.reportInsights endpoint" (developers.google.com/my-business/content/
performance/change-log), and that API reports per location and day (`locations.
fetchMultiDailyMetricsTimeSeries`: impressions, calls, website clicks), not per post; `metrics`
answers `UNKNOWN` rather than pass a location's numbers off as a post's.

Options (`core.google_business_posts`): `location`, `post_type`, `cta_type`, `cta_url`,
`event_title`, `event_start`, `event_end`, `offer_coupon`, `offer_url`, `offer_terms`. The text
is the post's `summary`.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, runtime_checkable
from urllib.parse import quote

import httpx

from postdesk.core import google_business_posts as gbp
from postdesk.core.networks import Network
from postdesk.core.validation import ProblemCode
from postdesk.log import get_logger
from postdesk.platforms import media_prep
from postdesk.platforms.base import (
    HANDOFF_NOT_OFFERED,
    AdapterError,
    Published,
    PublishRequest,
    RateLimit,
    Rejected,
    Transient,
)
from postdesk.platforms.credentials import CredentialSource
from postdesk.platforms.metrics import UNKNOWN, PostMetrics
from postdesk.platforms.registry import Registry
from postdesk.platforms.relay import MediaRelay, adapter_error, needs_relay_reason
from postdesk.platforms.rest_call import (
    SLOW_TIMEOUT,
    AuthorisedCaller,
    Clock,
    bounded_client,
    created_id,
    json_object,
    utc_now,
)
from postdesk.platforms.s3_relay import StoredRelay

log = get_logger(__name__)

ACCOUNTS_API = "https://mybusinessaccountmanagement.googleapis.com"
INFORMATION_API = "https://mybusinessbusinessinformation.googleapis.com"
POSTS_API = "https://mybusiness.googleapis.com"
NAME = "Google Business Profile"
NO_RELAY = needs_relay_reason(NAME)
#: Without Retry-After, a 429 waits this long (the Business Profile APIs' quotas are per minute).
DEFAULT_RATE_WAIT = timedelta(minutes=1)
#: `readMask` of the location picker's `locations.list` (required by the method).
LOCATION_FIELDS = "name,title,storefrontAddress"
LOOKUP_PAGES = 3
NOT_ENABLED = (
    "Google refused: the Business Profile APIs are not enabled in your Google Cloud project (or Google "
    "has not approved the project's access yet). Enable them in the Google Cloud console, then publish "
    "again"
)
MISSING_PERMISSION = (
    "Google did not give Postdesk permission to manage your Business Profile. Reconnect the account "
    "in Accounts and allow everything Postdesk asks for"
)
NO_ACCESS = (
    "Google refused: this Google account cannot post for that business any more. Check in Google Business "
    "Profile that you still manage it, or choose another location"
)
_OPTION_WORDS = {
    gbp.LOCATION_MISSING: "Choose the business location to post to",
    gbp.TYPE_UNKNOWN: "Google does not have that kind of post",
    gbp.CTA_UNKNOWN: "Google does not have that button",
    gbp.CTA_URL_MISSING: "The button needs a web address",
    gbp.URL_INVALID: "A web address must start with https://",
    gbp.EVENT_TITLE_MISSING: "An event or offer needs a title",
    gbp.EVENT_TITLE_TOO_LONG: "The event or offer title is too long for Google",
    gbp.SCHEDULE_MISSING: "An event or offer needs a start and an end",
    gbp.SCHEDULE_INVALID: "The event or offer dates are not valid (the end is before the start?)",
}


@dataclass(frozen=True, slots=True)
class Location:
    """One business the signed-in person manages.

    Attributes:
        name: the v4 name Postdesk posts to, `accounts/{a}/locations/{l}`.
        title: the business's name.
        address: one line of its address ("" for a service-area business without one).
        account_name: the Business Profile account (group) it belongs to.
    """

    name: str
    title: str
    address: str = ""
    account_name: str = ""


@runtime_checkable
class LocationsAdapter(Protocol):
    """What the composer's location picker asks of the engine."""

    async def locations(self, account_id: int | None) -> list[Location]:
        """Every location the account's Google user can post for."""
        ...


def explain(response: httpx.Response) -> str:
    """Google's reason in words: `error.message`, a field violation, or what to fix."""
    try:
        error = response.json().get("error")
    except (ValueError, AttributeError):
        return ""
    if not isinstance(error, Mapping):
        return ""
    message = str(error.get("message") or "")
    status = str(error.get("status") or "")
    if status == "PERMISSION_DENIED" or response.status_code == 403:
        if "ACCESS_TOKEN_SCOPE_INSUFFICIENT" in str(error) or "insufficient authentication scopes" in message:
            return MISSING_PERMISSION
        if "has not been used" in message or "is disabled" in message or "SERVICE_DISABLED" in str(error):
            return NOT_ENABLED
        return NO_ACCESS
    for detail in error.get("details") or ():
        if not isinstance(detail, Mapping):
            continue
        for item in detail.get("errorDetails") or detail.get("fieldViolations") or ():
            if isinstance(item, Mapping) and item.get("message"):
                where = item.get("field")
                return f"{message}: {item['message']}" + (f" ({where})" if where else "")
    return message


def _address(location: Mapping[str, Any]) -> str:
    postal = location.get("storefrontAddress")
    if not isinstance(postal, Mapping):
        return ""
    lines = [str(line) for line in postal.get("addressLines") or () if line]
    return ", ".join([*lines, *(str(postal[k]) for k in ("locality",) if postal.get(k))])


class GoogleBusinessAdapter:
    """Publishes local posts to Google Business Profile (one per engine).

    Args:
        credentials: the account tokens.
        relay: where a photo is put for Google to fetch, or None (text posts only).
        base_url: one root for all three Google hosts (tests point it at 127.0.0.1), or None.
        transport: an httpx transport override (tests).
        clock: the current instant.
        sleep: the wait between reads of a post that Google is still processing.
        poll_interval: seconds between those reads.
        max_polls: reads before giving up waiting (the post is then published as it stands).
        lookup_window: how far before the send `lookup` accepts a post's creation time.
    """

    network = Network.GOOGLE_BUSINESS
    # developers.google.com/my-business/content/limits: 300 requests a minute per project, and "a
    # limit of 10 edits per min per Google Business Profile" (stated for the Business Information
    # API; U for v4 local posts). A post is one create and a few reads.
    rate_limit: RateLimit | None = RateLimit(10, timedelta(minutes=1))
    lookup_settle = timedelta(seconds=20)

    def __init__(
        self,
        credentials: CredentialSource,
        *,
        relay: MediaRelay | None = None,
        base_url: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Clock = utc_now,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        poll_interval: float = 5.0,
        max_polls: int = 24,
        lookup_window: timedelta = timedelta(minutes=2),
    ) -> None:
        root = base_url.rstrip("/") if base_url else None
        self._accounts = root or ACCOUNTS_API
        self._information = root or INFORMATION_API
        self._posts = root or POSTS_API
        self._relay = relay
        self._client = bounded_client(timeout=SLOW_TIMEOUT, transport=transport, headers={"User-Agent": "Postdesk"})
        self._caller = AuthorisedCaller(credentials, self._client, explain, clock)
        self._sleep = sleep
        self._poll_interval = poll_interval
        self._max_polls = max_polls
        self._lookup_window = lookup_window

    async def _call(
        self,
        account_id: int | None,
        method: str,
        url: str,
        *,
        creates: bool = False,
        ok: tuple[int, ...] = (200,),
        **kwargs: Any,
    ) -> httpx.Response:
        return await self._caller.bearer_call(
            account_id, method, url, creates=creates, ok=ok, rate_wait=DEFAULT_RATE_WAIT, **kwargs
        )

    # -- the location picker ---------------------------------------------------------------------

    async def _pages(
        self, account_id: int | None, url: str, key: str, params: dict[str, str | int], pages: int = 20
    ) -> list[Mapping[str, Any]]:
        items: list[Mapping[str, Any]] = []
        token = ""
        for _ in range(pages):
            query = {**params, **({"pageToken": token} if token else {})}
            body = json_object(await self._call(account_id, "GET", url, params=query), what=key)
            page = body.get(key) or []
            if not isinstance(page, list):
                raise Transient(f"Google answered without a list of {key}")
            items += [i for i in page if isinstance(i, Mapping)]
            token = str(body.get("nextPageToken") or "")
            if not token:
                break
        return items

    async def locations(self, account_id: int | None) -> list[Location]:
        """Every location of every Business Profile account the signed-in person can use.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        found: list[Location] = []
        accounts = await self._pages(account_id, f"{self._accounts}/v1/accounts", "accounts", {"pageSize": 20})
        for account in accounts:
            name = str(account.get("name") or "")
            if not name.startswith("accounts/"):
                continue
            url = f"{self._information}/v1/{name}/locations"
            for location in await self._pages(
                account_id, url, "locations", {"readMask": LOCATION_FIELDS, "pageSize": 100}
            ):
                own = str(location.get("name") or "")
                if own.startswith("locations/"):
                    found.append(
                        Location(
                            f"{name}/{own}",
                            str(location.get("title") or own),
                            _address(location),
                            str(account.get("accountName") or ""),
                        )
                    )
        return found

    # -- publish ---------------------------------------------------------------------------------

    async def publish(self, request: PublishRequest) -> Published:
        if request.publish_at is not None:
            raise Rejected(
                "Postdesk cannot hand a Google Business Profile post to Google's own scheduler",
                problem=HANDOFF_NOT_OFFERED,
            )
        if len(request.parts) > 1:
            raise Rejected(
                "A Google Business Profile post is a single post, not a thread",
                problem=ProblemCode.THREAD_NOT_SUPPORTED,
            )
        options = request.options
        issues = gbp.check(options)
        if issues:
            raise Rejected(
                _OPTION_WORDS.get(issues[0].code, issues[0].code), problem=issues[0].code, params=issues[0].params
            )
        summary = request.parts[0] if request.parts else ""
        if not summary.strip() and not request.media_paths:
            raise Rejected("The post is empty", problem=ProblemCode.TEXT_EMPTY)
        if request.media_paths and self._relay is None:
            raise Rejected(NO_RELAY, problem=ProblemCode.NEEDS_MEDIA_RELAY, params={"relay_setup": 1})
        await media_prep.check_sendable(request, self.network, relay=self._relay is not None)
        items = await media_prep.prepare(request, self.network)
        location = str(options["location"]).strip()
        url: str | None = None
        keep_copy = False
        post: Mapping[str, Any] = {}
        try:
            if items:
                with media_prep.as_file(items[0]) as path:
                    try:
                        url = await self._relay.upload(path)  # type: ignore[union-attr]
                    except OSError as exc:
                        raise adapter_error(exc, NAME) from None
            body = gbp.local_post(summary, options, url)
            response = await self._call(
                request.account_id, "POST", f"{self._posts}/v4/{location}/localPosts", json=body, creates=True
            )
            name = created_id(response, "name", what="the post")
            answer = json_object(response, creates=True, what="the post")
            post, keep_copy = await self._settled(request.account_id, name, answer)
        finally:
            if url is not None and not keep_copy:
                try:
                    await self._relay.delete(url)  # type: ignore[union-attr]
                except OSError as exc:
                    log.warning(
                        "A media relay copy could not be deleted now (%s); it is swept at the next start",
                        getattr(exc, "problem", type(exc).__name__),
                    )
        search = post.get("searchUrl")
        return Published(
            remote_id=name, remote_url=search if isinstance(search, str) and search else None, part_ids=(name,)
        )

    async def _settled(
        self, account_id: int | None, name: str, post: Mapping[str, Any]
    ) -> tuple[Mapping[str, Any], bool]:
        """Read the post until Google has finished taking it in (LIVE or REJECTED).

        Returns:
            The post as last read, and whether it is still PROCESSING (its photo copy is kept).

        Raises:
            Rejected: Google rejected the post (it is deleted, so it does not linger as rejected).
        """
        for attempt in range(self._max_polls + 1):
            state = str(post.get("state") or "")
            if state in ("", "LOCAL_POST_STATE_UNSPECIFIED") and attempt == 0:
                # An answer without a state: read the post once before trusting it is done.
                post = json_object(await self._call(account_id, "GET", f"{self._posts}/v4/{name}"), what="the post")
                state = str(post.get("state") or "")
            if state == "REJECTED":
                with contextlib.suppress(AdapterError):  # the refusal matters more than the clean-up
                    await self.delete(account_id, name)
                raise Rejected(
                    "Google rejected the post (its content or photo breaks Google's rules for posts, "
                    "or the photo could not be fetched)",
                    network_message=state,
                )
            if state != "PROCESSING":
                return post, False
            if attempt == self._max_polls:
                break
            await self._sleep(self._poll_interval)
            post = json_object(await self._call(account_id, "GET", f"{self._posts}/v4/{name}"), what="the post")
        log.info("Google is still processing a local post; publishing it as it stands")
        return post, True

    # -- lookup, delete, metrics -----------------------------------------------------------------

    async def lookup(self, request: PublishRequest, *, sent_at: datetime) -> Published | None:
        """The post this request made, if the location has it: same topic and summary, created no
        earlier than `lookup_window` before the send (`localPosts.list`, newest first, 3 pages).
        """
        location = str(request.options.get("location") or "").strip()
        if not location:
            return None
        want = (gbp.post_type(request.options), _text(request.parts[0] if request.parts else ""))
        since = _aware(sent_at) - self._lookup_window
        posts = await self._pages(
            request.account_id,
            f"{self._posts}/v4/{location}/localPosts",
            "localPosts",
            {"pageSize": 100},
            pages=LOOKUP_PAGES,
        )
        for post in posts:
            created = _when(post.get("createTime"))
            if created is None or created < since:
                continue
            if (str(post.get("topicType") or gbp.STANDARD), _text(post.get("summary"))) == want and post.get("name"):
                name = str(post["name"])
                search = post.get("searchUrl")
                return Published(
                    remote_id=name, remote_url=search if isinstance(search, str) and search else None, part_ids=(name,)
                )
        return None

    async def delete(self, account_id: int | None, remote_id: str) -> None:
        await self._call(account_id, "DELETE", f"{self._posts}/v4/{quote(remote_id, safe='/')}", ok=(200, 204, 404))

    async def metrics(self, account_id: int | None, remote_id: str) -> PostMetrics:
        """Unknown: Google reports Business Profile performance per location, not per post
        (localPosts.reportInsights is deprecated; the Performance API has no per-post metric)."""
        return UNKNOWN

    async def probe(self) -> bool:
        try:
            response = await self._client.get(self._posts + "/", timeout=10.0)
        except httpx.HTTPError:
            return False
        return response.status_code < 500

    async def aclose(self) -> None:
        await self._client.aclose()


def _text(value: Any) -> str:
    return " ".join(str(value or "").split())


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _when(value: Any) -> datetime | None:
    text = str(value or "")
    if "." in text:  # nanosecond fractions: keep microseconds for fromisoformat
        head, _, tail = text.partition(".")
        digits = "".join(c for c in tail if c.isdigit())
        text = f"{head}.{digits[:6].ljust(6, '0')}{tail[len(digits) :]}"
    try:
        return _aware(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        return None


def register(registry: Registry, credentials: CredentialSource, relay: MediaRelay | None = None) -> None:
    """Serve Google Business Profile with `GoogleBusinessAdapter` (photos need `relay`)."""

    def make() -> GoogleBusinessAdapter:
        if isinstance(relay, StoredRelay):
            relay.start_sweep()
        return GoogleBusinessAdapter(credentials, relay=relay)

    registry.register(Network.GOOGLE_BUSINESS, make)
