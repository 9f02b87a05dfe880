"""What the HTTP adapters share: sending with typed errors, refresh-once, and answer parsing.

Every HTTP adapter (Mastodon, X, Threads, LinkedIn, Telegram, and Bluesky's credentials) goes
through this one module, so a failure means the same thing on every network:

- nothing was sent (connect refused, write failed mid-body, pool timeout) → `Transient`;
- the request left but no answer came (read timeout, connection dropped while waiting) →
  `AnswerLost` for calls that create something the user sees (the post may exist), `Transient`
  for the others (an upload or a container is not a post: sending it again is harmless);
- 401 twice (or a failed refresh) → `AuthExpired`; `AuthError` from the credential source →
  `AuthExpired`;
- 429 → `RateLimited`, honouring `Retry-After` (seconds or an HTTP date), X's
  `x-rate-limit-reset` and atproto's `ratelimit-reset` (epoch seconds) and Mastodon's
  `X-RateLimit-Reset` (ISO 8601);
- 5xx → `Transient`; other 4xx → `Rejected` with the network's reason;
- every exchange is bounded (`postdesk.http_bounds`: the clients come from `bounded_client`):
  past its total deadline, or with an answer over the size cap, a call fails like a lost
  answer (`AnswerLost` for a create, else `Transient`) with the problem code
  `answer_too_slow` / `answer_too_large`; a deadline that passed before the body left is
  `Transient` even for a create;
- a success answer of the wrong shape to a create (not JSON, no id) → `AnswerLost` with
  `answer_garbled` (`created_id`): the post may exist, so it is looked up, never resent blind.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import httpx

from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.core.retry import clamp_delay, parse_retry_after
from postdesk.http_bounds import AnswerTooLarge, DeadlineBeforeSent, DeadlineExceeded, bounded_client
from postdesk.log import get_logger, register_secret
from postdesk.platforms.base import (
    ANSWER_GARBLED,
    ANSWER_TOO_LARGE,
    ANSWER_TOO_SLOW,
    SIGN_INS_LOCKED,
    AdapterError,
    AnswerLost,
    AuthExpired,
    RateLimited,
    Rejected,
    Transient,
)
from postdesk.platforms.credentials import Credentials, CredentialSource

__all__ = ["bounded_client"]  # re-exported: adapters make their clients with it
_log = get_logger("platforms.rest")
#: Vault problems that keep tokens out of reach without anything being wrong with the account.
_LOCKED = frozenset({AuthProblem.VAULT_LOCKED, AuthProblem.KEYRING_LOCKED, AuthProblem.KEYRING_UNAVAILABLE})
_T = TypeVar("_T")

#: Connect quickly, but give uploads and slow instances time to answer.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
#: For networks that take large uploads in one request (Threads, LinkedIn, Telegram).
SLOW_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=120.0, pool=10.0)

Clock = Callable[[], datetime]
Sleep = Callable[[float], Awaitable[None]]
#: Builds a request for the given credentials (called again after a refresh).
RequestFactory = Callable[[Credentials], httpx.Request]
#: Turns a refused response into the user-facing reason.
Explain = Callable[[httpx.Response], str]
#: Makes the error for a target that names no account.
NoAccount = Callable[[], AdapterError]


def utc_now() -> datetime:
    """The current instant (the default clock of the adapters)."""
    return datetime.now(UTC)


def _not_connected() -> AdapterError:
    return AuthExpired("no account is connected for this target")


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def retry_after(headers: httpx.Headers, now: datetime | None = None) -> timedelta | None:
    """How long a 429 (or 503) asks us to wait, or None when it does not say.

    Args:
        headers: the answer's headers.
        now: the current instant, to turn an HTTP date or a reset instant into a delay; the
            wall clock by default.
    """
    now = now or utc_now()
    delay = parse_retry_after(headers.get("retry-after"), now)
    if delay is not None:
        return delay
    # X sends epoch seconds in x-rate-limit-reset, an atproto PDS in ratelimit-reset; Mastodon
    # an ISO 8601 instant in X-RateLimit-Reset (docs.joinmastodon.org/api/rate-limits/).
    # Clamped like Retry-After: a reset centuries ahead is a broken answer, not a wait.
    reset = (
        headers.get("x-rate-limit-reset") or headers.get("x-ratelimit-reset") or headers.get("ratelimit-reset") or ""
    ).strip()
    if reset.isascii() and reset.isdigit():
        try:
            # Eleven digits reach the year 5138; more would only overflow (int() fails past 4300).
            return clamp_delay(datetime.fromtimestamp(int(reset), UTC) - now if len(reset) <= 11 else timedelta.max)
        except (OverflowError, OSError, ValueError):  # past the platform's time_t
            return clamp_delay(timedelta.max)
    if reset:
        try:
            when = datetime.fromisoformat(reset.replace("Z", "+00:00"))
        except ValueError:
            return None
        return clamp_delay(_aware(when) - now)
    return None


def bound_error(error: Exception, *, creates: bool) -> AdapterError | None:
    """The typed error for a call stopped by `postdesk.http_bounds`, or None for other errors.

    Args:
        error: what the HTTP client raised.
        creates: whether the call makes something the user sees (then a stopped answer is
            `AnswerLost`: the post may exist).
    """
    if isinstance(error, DeadlineBeforeSent):
        # The body never left completely: the network cannot have acted on it.
        return Transient(str(error), problem=ANSWER_TOO_SLOW)
    if isinstance(error, DeadlineExceeded):
        problem = ANSWER_TOO_SLOW
    elif isinstance(error, AnswerTooLarge):
        problem = ANSWER_TOO_LARGE
    else:
        return None
    return (AnswerLost if creates else Transient)(str(error), problem=problem)


async def send_request(client: httpx.AsyncClient, request: httpx.Request, *, creates: bool) -> httpx.Response:
    """Send one built request, mapping transport failures to typed errors.

    Args:
        client: the adapter's client.
        request: the request (its URL never carries a secret: httpx logs URLs).
        creates: whether the call makes something the user sees (a post, a comment): then a
            lost answer is `AnswerLost`, not `Transient`.

    Returns:
        The answer, read in full, whatever its status.

    Raises:
        Transient: nothing happened on the network's side, or nothing that matters.
        AnswerLost: the request may have been carried out.
    """
    try:
        response = await client.send(request)
        await response.aread()
    except (DeadlineBeforeSent, DeadlineExceeded, AnswerTooLarge) as error:
        raise bound_error(error, creates=creates) or Transient(str(error)) from None
    except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as error:
        raise Transient(f"could not reach {request.url.host}: {type(error).__name__}") from None
    except (httpx.WriteError, httpx.WriteTimeout) as error:
        # The body never arrived complete, so the network cannot have acted on it.
        raise Transient(f"connection dropped while sending: {type(error).__name__}") from None
    except (httpx.ReadTimeout, httpx.ReadError, httpx.RemoteProtocolError) as error:
        message = f"no answer from {request.url.host}: {type(error).__name__}"
        if creates:
            raise AnswerLost(message) from None
        raise Transient(message) from None
    except httpx.TransportError as error:
        raise Transient(f"transport failure: {type(error).__name__}") from None
    _log.debug("%s %s -> %s", request.method, request.url.path, response.status_code)
    return response


async def send(client: httpx.AsyncClient, method: str, url: str, *, creates: bool, **kwargs: Any) -> httpx.Response:
    """Build and send one request (see `send_request`).

    Args:
        client: the adapter's client.
        method: the HTTP method.
        url: the URL.
        creates: as for `send_request`.
        kwargs: passed to `client.build_request` (json, data, files, content, params, headers).
    """
    return await send_request(client, client.build_request(method, url, **kwargs), creates=creates)


def json_body(response: httpx.Response, *, creates: bool = False, what: str = "the request") -> Any:
    """The answer's JSON, or a typed error when it is not JSON.

    Args:
        response: the answer.
        creates: the call creates a post; a garbled success answer then means the post may
            exist and we cannot know its id, hence `AnswerLost` rather than `Transient`.
        what: the call, for the message.

    Raises:
        Transient: the body is not JSON (a proxy page, a truncated answer).
        AnswerLost: the same, for a 2xx answer to a call that creates a post.
    """
    try:
        return response.json()
    except ValueError:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise _garbled(response, creates, f"the answer to {what} was not JSON") from None


def json_object(response: httpx.Response, *, creates: bool = False, what: str = "the request") -> dict[str, Any]:
    """The answer's JSON object; as `json_body`, and a typed error for any other JSON value."""
    body = json_body(response, creates=creates, what=what)
    if isinstance(body, dict):
        return body
    raise _garbled(response, creates, f"the answer to {what} was not a JSON object")


def _garbled(response: httpx.Response, creates: bool, message: str) -> AdapterError:
    status = response.status_code
    error = AnswerLost if creates and response.is_success else Transient
    return error(f"{message} (HTTP {status})", http_status=status, problem=ANSWER_GARBLED)


def field_of(body: Any, *path: str, creates: bool = False) -> Any:
    """`body[path[0]][path[1]]...`, or a typed error naming what was missing.

    Args:
        body: parsed JSON.
        path: keys to follow.
        creates: as for `json_body` (a missing id in a creating call's answer is `AnswerLost`).

    Raises:
        Transient: the field is missing, null or empty (the answer was cut or changed shape).
        AnswerLost: the same, for a call that creates a post.
    """
    value = body
    for key in path:
        if not isinstance(value, Mapping) or value.get(key) in (None, ""):
            message = f"the network's answer had no {'.'.join(path)}"
            raise (AnswerLost if creates else Transient)(message, problem=ANSWER_GARBLED)
        value = value[key]
    return value


def created_id(
    answer: httpx.Response | Any,
    *path: str,
    what: str = "the post",
    kinds: tuple[type, ...] = (str, int),
) -> str:
    """The id of what a create call made, read from its success answer.

    Every adapter reads the new post's id through this, so a success answer of the wrong shape
    (not JSON, not an object, the id missing, empty, or not a string or number) means the same
    on every network: the post may exist but we cannot know which it is, so the engine looks it
    up rather than resending it.

    Args:
        answer: the 2xx response (its JSON is read), or JSON already parsed, or the id itself
            (from a header) when `path` is empty.
        path: keys leading to the id, e.g. ("data", "id").
        what: the thing created, for the message.
        kinds: the types an id may have (Telegram's message ids are ints only).

    Returns:
        The id as a string.

    Raises:
        AnswerLost: the answer had no usable id (problem `answer_garbled`).
    """
    value = json_body(answer, creates=True, what=what) if isinstance(answer, httpx.Response) else answer
    for key in path:
        value = value.get(key) if isinstance(value, Mapping) else None
    if isinstance(value, bool) or not isinstance(value, kinds) or str(value).strip() == "":
        where = ".".join(path) or "id"
        raise AnswerLost(f"the network's answer to {what} had no usable {where}", problem=ANSWER_GARBLED)
    return str(value)


async def account_credentials(
    source: CredentialSource,
    account_id: int | None,
    *,
    force_refresh: bool = False,
    no_account: NoAccount = _not_connected,
) -> Credentials:
    """The account's credentials, with its token registered for log redaction.

    Args:
        source: where tokens come from.
        account_id: the account, or None when the target names none.
        force_refresh: ask for a refreshed token.
        no_account: makes the error for `account_id` None.

    Raises:
        AuthExpired: the account must be reconnected (the source raised `AuthError`).
        AdapterError: from `no_account`.
    """
    if account_id is None:
        raise no_account()
    try:
        creds = await source.get(account_id, force_refresh=force_refresh)
    except AuthError as error:
        if error.code in _LOCKED:
            # The tokens are fine but out of reach until the user unlocks: the post waits (a
            # passing failure that spends no retry), the account is not marked for reconnecting.
            raise Transient(str(error), problem=SIGN_INS_LOCKED) from None
        raise AuthExpired(str(error) or "the account must be reconnected") from None
    register_secret(creds.access_token)
    return creds


class Unauthorised(Exception):
    """Raised by an attempt of `with_refresh` when the network refused the token.

    Attributes:
        network_message: the network's words, for the activity log.
    """

    def __init__(self, network_message: str = "") -> None:
        super().__init__(network_message)
        self.network_message = network_message


async def with_refresh(
    source: CredentialSource,
    account_id: int | None,
    attempt: Callable[[Credentials], Awaitable[_T]],
    *,
    refused: str,
    no_account: NoAccount = _not_connected,
) -> _T:
    """Run `attempt` with the account's credentials; after `Unauthorised`, refresh and run it once more.

    Args:
        source: where tokens come from.
        account_id: the account to act as.
        attempt: one try of the call; raises `Unauthorised` when the token was refused.
        refused: the message when the refreshed token is refused too.
        no_account: as for `account_credentials`.

    Raises:
        AuthExpired: the refresh failed or the refreshed token was refused.
    """
    creds = await account_credentials(source, account_id, no_account=no_account)
    try:
        return await attempt(creds)
    except Unauthorised:
        pass
    creds = await account_credentials(source, account_id, force_refresh=True, no_account=no_account)
    try:
        return await attempt(creds)
    except Unauthorised as refusal:
        raise AuthExpired(refused, http_status=401, network_message=refusal.network_message) from None


@dataclass
class AuthorisedCaller:
    """Sends one account's requests, with refresh-once on 401 and typed errors.

    Attributes:
        credentials: where tokens come from.
        client: the adapter's HTTP client.
        explain: the network's way of saying why it refused a request.
        clock: the current instant (for Retry-After dates).
    """

    credentials: CredentialSource
    client: httpx.AsyncClient
    explain: Explain
    clock: Clock = utc_now

    async def credentials_for(self, account_id: int | None, *, force_refresh: bool = False) -> Credentials:
        """The account's credentials, or `AuthExpired` when it must be reconnected."""
        return await account_credentials(self.credentials, account_id, force_refresh=force_refresh)

    async def call(
        self,
        account_id: int | None,
        build: RequestFactory,
        *,
        creates: bool = False,
        ok: tuple[int, ...] = (200,),
    ) -> httpx.Response:
        """Send a request built by `build`; refresh and resend once after a 401.

        Args:
            account_id: the account to act as.
            build: builds the request from the credentials (again after a refresh).
            creates: the request creates a post (a lost answer is then `AnswerLost`).
            ok: the statuses that count as success.

        Returns:
            The successful response.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient, AnswerLost.
        """

        async def attempt(creds: Credentials) -> httpx.Response:
            response = await send_request(self.client, build(creds), creates=creates)
            if response.status_code == 401:
                await response.aclose()
                raise Unauthorised(self._reason(response))
            return response

        response = await with_refresh(
            self.credentials, account_id, attempt, refused="the network refused the refreshed token"
        )
        if response.status_code in ok:
            return response
        raise self.error_for(response, creates=creates)

    async def bearer_call(
        self,
        account_id: int | None,
        method: str,
        url: str,
        *,
        creates: bool = False,
        ok: tuple[int, ...] = (200,),
        rate_wait: timedelta | None = None,
        headers: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """`call` with a request sent with the account's bearer token.

        Args:
            account_id, creates, ok: as for `call`.
            method, url: the request's (the URL never carries a secret).
            rate_wait: how long a 429 without a wait of its own asks for (None: the engine decides).
            headers: sent along with the Authorization header.
            kwargs: the rest of the request (`params`, `json`, `content`, `data` ...).
        """

        def build(creds: Credentials) -> httpx.Request:
            return self.client.build_request(method, url, headers={**bearer(creds), **(headers or {})}, **kwargs)

        try:
            return await self.call(account_id, build, creates=creates, ok=ok)
        except RateLimited as limited:
            if rate_wait is not None and limited.retry_after is None:
                limited.retry_after = rate_wait
            raise

    def error_for(self, response: httpx.Response, *, creates: bool = False) -> Exception:
        """The typed error for an unsuccessful response."""
        status = response.status_code
        reason = self._reason(response)
        if status == 429:
            return RateLimited(
                retry_after(response.headers, self.clock()),
                http_status=status,
                network_message=reason,
            )
        if status == 504 and creates:
            # A gateway timeout means the request reached the network and the backend may
            # have finished it after the gateway gave up.
            return AnswerLost(reason, http_status=status, network_message=reason)
        if status >= 500:
            return Transient(reason, http_status=status, network_message=reason)
        if status == 401:
            return AuthExpired(reason, http_status=status, network_message=reason)
        return Rejected(reason, http_status=status, network_message=reason)

    def _reason(self, response: httpx.Response) -> str:
        try:
            reason = self.explain(response)
        except Exception:  # a garbled error body must not hide the status
            reason = ""
        return reason or f"HTTP {response.status_code}"


def bearer(creds: Credentials) -> dict[str, str]:
    """The Authorization header for bearer credentials."""
    return {"Authorization": f"Bearer {creds.access_token}"}
