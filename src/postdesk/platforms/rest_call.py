"""What the HTTP adapters share: one authorised call with refresh-once, and error mapping.

`AuthorisedCaller.call` gets the account's credentials, sends one request, and on a 401 asks the
credential source for a refreshed token and sends it once more. Everything the network answers
that is not a success becomes one of the typed errors of `platforms.base`:

- 401 twice (or a failed refresh) → `AuthExpired`;
- 429 → `RateLimited`, honouring `Retry-After` (seconds or an HTTP date), X's
  `x-rate-limit-reset` (epoch seconds) and Mastodon's `X-RateLimit-Reset` (ISO 8601);
- 5xx and connection failures before the request was fully sent → `Transient`;
- a read timeout or a dropped connection after a creating request was sent → `AnswerLost`
  (the post may exist), and `Transient` for requests that create nothing visible;
- other 4xx → `Rejected` with the reason the network-specific `explain` callback extracts.
"""

from __future__ import annotations

import email.utils
import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from postdesk.auth.errors import AuthError
from postdesk.log import get_logger, register_secret
from postdesk.platforms.base import (
    AnswerLost,
    AuthExpired,
    RateLimited,
    Rejected,
    Transient,
)
from postdesk.platforms.credentials import CredentialSource, Credentials

_log = get_logger("platforms.rest")

#: Connect quickly, but give uploads and slow instances time to answer.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

Clock = Callable[[], datetime]
Sleep = Callable[[float], Awaitable[None]]
#: Builds a request for the given credentials (called again after a refresh).
RequestFactory = Callable[[Credentials], httpx.Request]
#: Turns a refused response into the user-facing reason.
Explain = Callable[[httpx.Response], str]


def utc_now() -> datetime:
    """The current instant (the default clock of the adapters)."""
    return datetime.now(UTC)


def retry_after_of(response: httpx.Response, now: datetime) -> timedelta | None:
    """How long a 429 (or 503) asks us to wait, or None when it does not say.

    Args:
        response: the network's answer.
        now: the current instant, to turn an HTTP date or epoch into a delay.
    """
    value = response.headers.get("retry-after")
    if value:
        value = value.strip()
        if value.isdigit():
            return timedelta(seconds=int(value))
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            when = None
        if when is not None:
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
            return max(when - now, timedelta(0))
    # X sends epoch seconds in x-rate-limit-reset; Mastodon an ISO 8601 instant in
    # X-RateLimit-Reset (docs.joinmastodon.org/api/rate-limits/).
    reset = (response.headers.get("x-rate-limit-reset")
             or response.headers.get("x-ratelimit-reset") or "").strip()
    if reset.isdigit():
        return max(datetime.fromtimestamp(int(reset), UTC) - now, timedelta(0))
    if reset:
        try:
            when = datetime.fromisoformat(reset.replace("Z", "+00:00"))
        except ValueError:
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return max(when - now, timedelta(0))
    return None


def json_body(response: httpx.Response, *, creates: bool = False) -> Any:
    """The response's JSON, or a typed error when it is not JSON.

    Args:
        response: a success response.
        creates: the request created something; a garbled answer then means the post may
            exist and we cannot know its id, hence `AnswerLost` rather than `Transient`.
    """
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        message = f"the network's answer was not JSON (HTTP {response.status_code})"
        if creates:
            raise AnswerLost(message, http_status=response.status_code) from None
        raise Transient(message, http_status=response.status_code) from None


def field_of(body: Any, *path: str, creates: bool = False) -> Any:
    """`body[path[0]][path[1]]...`, or a typed error naming what was missing.

    Args:
        body: parsed JSON.
        path: keys to follow.
        creates: as for `json_body`.
    """
    value = body
    for key in path:
        if not isinstance(value, Mapping) or value.get(key) is None:
            message = f"the network's answer had no {'.'.join(path)}"
            raise AnswerLost(message) if creates else Transient(message)
        value = value[key]
    return value


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

    async def credentials_for(
        self, account_id: int | None, *, force_refresh: bool = False
    ) -> Credentials:
        """The account's credentials, or `AuthExpired` when it must be reconnected."""
        if account_id is None:
            raise AuthExpired("no account is connected for this target")
        try:
            creds = await self.credentials.get(account_id, force_refresh=force_refresh)
        except AuthError as error:
            raise AuthExpired(str(error) or "the account must be reconnected") from None
        register_secret(creds.access_token)
        return creds

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
        creds = await self.credentials_for(account_id)
        response = await self._send(build(creds), creates)
        if response.status_code == 401:
            await response.aclose()
            creds = await self.credentials_for(account_id, force_refresh=True)
            response = await self._send(build(creds), creates)
            if response.status_code == 401:
                raise AuthExpired(
                    "the network refused the refreshed token",
                    http_status=401,
                    network_message=self._reason(response),
                )
        if response.status_code in ok:
            return response
        raise self.error_for(response, creates=creates)

    def error_for(self, response: httpx.Response, *, creates: bool = False) -> Exception:
        """The typed error for an unsuccessful response."""
        status = response.status_code
        reason = self._reason(response)
        if status == 429:
            return RateLimited(
                retry_after_of(response, self.clock()), http_status=status,
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

    async def _send(self, request: httpx.Request, creates: bool) -> httpx.Response:
        try:
            response = await self.client.send(request)
            await response.aread()
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as error:
            raise Transient(f"could not reach {request.url.host}: {type(error).__name__}") from None
        except httpx.WriteError as error:
            # The body never arrived complete, so the network cannot have acted on it.
            raise Transient(f"connection dropped while sending: {type(error).__name__}") from None
        except (httpx.ReadTimeout, httpx.ReadError, httpx.RemoteProtocolError) as error:
            message = f"no answer from {request.url.host}: {type(error).__name__}"
            if creates:
                raise AnswerLost(message) from None
            raise Transient(message) from None
        except httpx.TimeoutException as error:
            raise Transient(f"timed out: {type(error).__name__}") from None
        _log.debug("%s %s -> %s", request.method, request.url.path, response.status_code)
        return response


def bearer(creds: Credentials) -> dict[str, str]:
    """The Authorization header for bearer credentials."""
    return {"Authorization": f"Bearer {creds.access_token}"}
