"""Pinterest (API v5): image, multi-image and video Pins on a board; boards and sections; lookup,
delete, metrics.

Calls (Pinterest's OpenAPI description of API v5, `/work/shared/specs/pinterest/openapi.v5.json`,
server `https://api.pinterest.com/v5`; scopes from each operation's `security`, scheme
`pinterest_oauth2`):

- `GET /boards` (boards:read), `POST /boards` (boards:read, boards:write);
- `GET /boards/{board_id}/sections` (boards:read), `POST /boards/{board_id}/sections`
  (boards:read, boards:write);
- `POST /pins` (boards:read, boards:write, pins:read, pins:write) with `board_id`,
  `board_section_id`, `title` (maxLength 100), `description` (maxLength 800), `link`
  (maxLength 2048), `alt_text` (maxLength 500) and a `media_source` (`pinterest_upload`);
- `POST /media`, `GET /media/{media_id}` (pins:read, pins:write / pins:read) for video;
- `GET /boards/{board_id}/pins` (boards:read, pins:read) to find a Pin whose answer was lost;
- `DELETE /pins/{pin_id}` (all four pin and board scopes);
- `GET /pins/{pin_id}/analytics` (boards:read, pins:read): `start_date` and `end_date` are
  required (the start at most 90 days back, the range at most 90 days) and `metric_types` too.
- the sign-in reads `GET /user_account` (user_accounts:read).

Pinterest has no idempotency key and no native scheduling through the API. Its errors are
`{code, message}`; a 429 documents no rate-limit header, so without a `Retry-After` the engine
waits one minute (Standard access budgets are per minute: developers.pinterest.com/docs/
reference/rate-limits/).

Options read from `PublishRequest.options`: `board_id` (required), `board_section_id`, `title`,
`link`, `alt_texts` (the first is the Pin's alt text), `cover_image` (a video's cover, a path).
The post's text is the Pin's description.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, runtime_checkable

import httpx

from postdesk.core.networks import Network
from postdesk.core.validation import ProblemCode
from postdesk.platforms.base import (
    HANDOFF_NOT_OFFERED,
    Published,
    PublishRequest,
    RateLimit,
    Rejected,
    Transient,
)
from postdesk.platforms.credentials import CredentialSource
from postdesk.platforms.media_prep import check_sendable, prepare
from postdesk.platforms.metrics import PostMetrics, count
from postdesk.platforms.pinterest_upload import cover_for, image_source, upload_video
from postdesk.platforms.registry import Registry
from postdesk.platforms.rest_call import (
    SLOW_TIMEOUT,
    AuthorisedCaller,
    Clock,
    Sleep,
    bounded_client,
    created_id,
    json_object,
    utc_now,
)

API = "https://api.pinterest.com/v5"
#: Without Retry-After, a 429 waits this long: Standard access budgets are per minute.
DEFAULT_RATE_WAIT = timedelta(minutes=1)
#: The analytics window: "Cannot be more than 90 days back from today" (query_start_date).
ANALYTICS_DAYS = 89
METRIC_TYPES = "IMPRESSION,SAVE,TOTAL_COMMENTS,TOTAL_REACTIONS"
NO_BOARD = "Choose a Pinterest board for this Pin"
NO_MEDIA = "A Pin needs an image or a video"
TRIAL_ACCESS = (
    "Your Pinterest app has Trial access, which cannot publish Pins. Ask Pinterest for Standard "
    "access at developers.pinterest.com (My apps), then publish again"
)
MISSING_PERMISSION = (
    "Pinterest did not give Postdesk permission to do this on your account. Reconnect the "
    "account in Accounts and allow everything Postdesk asks for"
)
PAGE_SIZE = 100
LOOKUP_PAGES = 3


@dataclass(frozen=True, slots=True)
class Board:
    """One of the user's boards (or a board's section).

    Attributes:
        id: Pinterest's id.
        name: its name.
        privacy: PUBLIC, PROTECTED or SECRET ("" for a section).
    """

    id: str
    name: str
    privacy: str = ""


@runtime_checkable
class BoardsAdapter(Protocol):
    """What the composer's board and section pickers ask of the engine (Pinterest)."""

    async def boards(self, account_id: int | None) -> list[Board]:
        """The account's boards."""
        ...

    async def create_board(
        self, account_id: int | None, name: str, *, privacy: str = "PUBLIC", description: str = ""
    ) -> Board:
        """Make a board and return it."""
        ...

    async def sections(self, account_id: int | None, board_id: str) -> list[Board]:
        """A board's sections."""
        ...

    async def create_section(self, account_id: int | None, board_id: str, name: str) -> Board:
        """Make a section on a board and return it."""
        ...


def explain(response: httpx.Response) -> str:
    """Pinterest's reason: the `message` of its `{code, message}` error body."""
    body = response.json()
    message = str(body.get("message", ""))
    if response.status_code == 403 and "scope" in message:
        return MISSING_PERMISSION
    if response.status_code == 403 and "Trial access" in message:
        # developers.pinterest.com/docs/key-concepts/access-tiers/: Trial apps create Pins only in
        # the sandbox; production refuses (code 29).
        return TRIAL_ACCESS
    return str(body.get("message") or "")


def pin_url(pin_id: str) -> str:
    """The public address of a Pin."""
    return f"https://www.pinterest.com/pin/{pin_id}/"


class PinterestAdapter:
    """The Pinterest adapter (one per engine).

    Args:
        credentials: gives each account's OAuth 2 token.
        base_url: the API root, ending in /v5 (tests point it at 127.0.0.1).
        transport: an httpx transport override (tests).
        clock: the current instant.
        sleep: how to wait between video status reads.
        media_wait: the longest wait for video processing, in seconds.
        lookup_window: how far before the send `lookup` accepts a Pin's creation time.
        timeout: the HTTP timeouts (uploads carry whole files).
    """

    network = Network.PINTEREST
    # Trial access: 1000 requests a day for all calls; Standard: per-minute budgets per category
    # (developers.pinterest.com/docs/reference/rate-limits/). A publish takes 1-4 calls.
    rate_limit: RateLimit | None = RateLimit(250, timedelta(days=1))
    lookup_settle = timedelta(seconds=10)

    def __init__(
        self,
        credentials: CredentialSource,
        *,
        base_url: str = API,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Clock = utc_now,
        sleep: Sleep = asyncio.sleep,
        media_wait: float = 600.0,
        lookup_window: timedelta = timedelta(minutes=2),
        timeout: httpx.Timeout = SLOW_TIMEOUT,
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
        return await self._caller.bearer_call(
            account_id, method, self._base + path, creates=creates, ok=ok, rate_wait=DEFAULT_RATE_WAIT, **kwargs
        )

    # -- publish ---------------------------------------------------------------------------------

    async def publish(self, request: PublishRequest) -> Published:
        if request.publish_at is not None:
            raise Rejected("Pinterest cannot schedule Pins through its API", problem=HANDOFF_NOT_OFFERED)
        options = request.options
        board_id = str(options.get("board_id") or "").strip()
        if not board_id:
            raise Rejected(NO_BOARD, problem=ProblemCode.BOARD_MISSING)
        if not request.media_paths:
            raise Rejected(NO_MEDIA, problem=ProblemCode.MEDIA_REQUIRED)
        await check_sendable(request, self.network)  # the composer's own check (core.media_limits)
        items = await prepare(request, self.network)
        account = request.account_id
        if items[0].is_video:
            media_id = await upload_video(
                lambda method, path, **kw: self._call(account, method, path, **kw),
                self._client,
                items[0],
                sleep=self._sleep,
                wait=self._media_wait,
            )
            source = {
                "source_type": "video_id",
                "media_id": media_id,
                **await cover_for(request.media_paths[0], options),
            }
        else:
            source = image_source(items)
        body: dict[str, Any] = {"board_id": board_id, "media_source": source}
        section = str(options.get("board_section_id") or "").strip()
        if section:
            body["board_section_id"] = section
        description = request.parts[0] if request.parts else ""
        for key, value in (
            ("title", options.get("title")),
            ("description", description),
            ("link", options.get("link")),
            ("alt_text", items[0].alt_text),
        ):
            if value and str(value).strip():
                body[key] = str(value)
        response = await self._call(account, "POST", "/pins", json=body, creates=True, ok=(200, 201))
        pin_id = created_id(response, "id", what="the Pin")
        return Published(remote_id=pin_id, remote_url=pin_url(pin_id), part_ids=(pin_id,))

    # -- boards ----------------------------------------------------------------------------------

    async def _all(self, account_id: int | None, path: str, *, pages: int = 20) -> list[Mapping[str, Any]]:
        items: list[Mapping[str, Any]] = []
        bookmark: str | None = None
        for _ in range(pages):
            params: dict[str, str | int] = {"page_size": PAGE_SIZE}
            if bookmark:
                params["bookmark"] = bookmark
            body = json_object(await self._call(account_id, "GET", path, params=params), what=path)
            page = body.get("items")
            if not isinstance(page, list):
                raise Transient(f"Pinterest answered {path} without items")
            items += [i for i in page if isinstance(i, Mapping)]
            bookmark = body.get("bookmark") or None
            if not bookmark:
                break
        return items

    async def boards(self, account_id: int | None) -> list[Board]:
        """The account's boards, in Pinterest's order (`GET /boards`, every page).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        return [
            Board(str(b["id"]), str(b.get("name", "")), str(b.get("privacy") or ""))
            for b in await self._all(account_id, "/boards")
            if b.get("id")
        ]

    async def create_board(
        self, account_id: int | None, name: str, *, privacy: str = "PUBLIC", description: str = ""
    ) -> Board:
        """Make a board ("New board…" in the composer's picker).

        Raises:
            Rejected: e.g. a board with that name exists (Pinterest's words).
            AuthExpired, RateLimited, Transient, AnswerLost.
        """
        body: dict[str, Any] = {"name": name, "privacy": privacy}
        if description:
            body["description"] = description
        response = await self._call(account_id, "POST", "/boards", json=body, creates=True, ok=(200, 201))
        return Board(created_id(response, "id", what="the board"), name, privacy)

    async def sections(self, account_id: int | None, board_id: str) -> list[Board]:
        """A board's sections (`GET /boards/{board_id}/sections`, every page).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        return [
            Board(str(s["id"]), str(s.get("name", "")))
            for s in await self._all(account_id, f"/boards/{board_id}/sections")
            if s.get("id")
        ]

    async def create_section(self, account_id: int | None, board_id: str, name: str) -> Board:
        """Make a section on a board.

        Raises:
            Rejected, AuthExpired, RateLimited, Transient, AnswerLost.
        """
        response = await self._call(
            account_id, "POST", f"/boards/{board_id}/sections", json={"name": name}, creates=True, ok=(200, 201)
        )
        return Board(created_id(response, "id", what="the section"), name)

    # -- lookup, delete, metrics -----------------------------------------------------------------

    async def lookup(self, request: PublishRequest, *, sent_at: datetime) -> Published | None:
        """The Pin this request made, if the board has it: same title, link and description,
        created no earlier than `lookup_window` before the send (newest pins first, 3 pages).
        """
        board_id = str(request.options.get("board_id") or "").strip()
        if not board_id:
            return None
        want = (
            _text(request.options.get("title")),
            _text(request.options.get("link")),
            _text(request.parts[0] if request.parts else ""),
        )
        since = _aware(sent_at) - self._lookup_window
        for pin in await self._all(request.account_id, f"/boards/{board_id}/pins", pages=LOOKUP_PAGES):
            created = _when(pin.get("created_at"))
            if created is not None and created < since:
                continue
            if (_text(pin.get("title")), _text(pin.get("link")), _text(pin.get("description"))) == want:
                pin_id = str(pin["id"])
                return Published(remote_id=pin_id, remote_url=pin_url(pin_id), part_ids=(pin_id,))
        return None

    async def delete(self, account_id: int | None, remote_id: str) -> None:
        await self._call(account_id, "DELETE", f"/pins/{remote_id}", ok=(200, 204, 404))

    async def metrics(self, account_id: int | None, remote_id: str) -> PostMetrics:
        """Reactions, comments, saves and impressions (`GET /pins/{id}/analytics`).

        Reactions and comments are lifetime counts; saves and impressions cover the last 90
        days, the longest range Pinterest answers.

        Raises:
            Rejected: the Pin is gone; AuthExpired, RateLimited, Transient.
        """
        today = self._clock().astimezone(UTC).date()
        start = today - timedelta(days=ANALYTICS_DAYS)
        response = await self._call(
            account_id,
            "GET",
            f"/pins/{remote_id}/analytics",
            params={"start_date": start.isoformat(), "end_date": today.isoformat(), "metric_types": METRIC_TYPES},
        )
        body = json_object(response, what="the Pin's analytics")
        group = body.get("all") or next((v for v in body.values() if isinstance(v, Mapping)), None)
        if not isinstance(group, Mapping):
            raise Transient("Pinterest answered the analytics request without metrics")
        lifetime = _mapping(group.get("lifetime_metrics"))
        summary = _mapping(group.get("summary_metrics"))

        def pick(key: str) -> int | None:
            value = count(lifetime, key)
            number = summary.get(key)
            if value is None and isinstance(number, int | float) and not isinstance(number, bool) and number >= 0:
                value = int(number)
            return value

        return PostMetrics(
            likes=pick("TOTAL_REACTIONS"),
            reposts=pick("SAVE"),
            replies=pick("TOTAL_COMMENTS"),
            views=pick("IMPRESSION"),
        )

    async def probe(self) -> bool:
        try:
            response = await self._client.get(self._base + "/", timeout=10.0)
        except httpx.HTTPError:
            return False
        return response.status_code < 500

    async def aclose(self) -> None:
        await self._client.aclose()


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _text(value: Any) -> str:
    return " ".join(str(value or "").split())


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _when(value: Any) -> datetime | None:
    try:
        return _aware(datetime.fromisoformat(str(value).replace("Z", "+00:00")))
    except ValueError:
        return None


def register(registry: Registry, credentials: CredentialSource) -> None:
    """Serve Pinterest with `PinterestAdapter`s over `credentials`."""
    registry.register(Network.PINTEREST, lambda: PinterestAdapter(credentials))
