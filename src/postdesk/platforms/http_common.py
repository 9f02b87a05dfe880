"""HTTP plumbing shared by the Threads, LinkedIn and Telegram adapters.

Turns httpx's failures into the engine's typed errors the same way for every network:
- nothing was sent (connect refused, write failed mid-body, pool timeout) -> `Transient`;
- the request left but no answer came (read timeout, connection reset while waiting) ->
  `AnswerLost` for calls that create something, `Transient` for the others (an upload or a
  container is not a post: sending it again is harmless);
- `Retry-After` in seconds or as an HTTP date, or `x-rate-limit-reset` (epoch seconds).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from postdesk.platforms.base import AnswerLost, Transient

#: Connect fast, but give slow uploads and slow answers time.
TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=120.0, pool=10.0)


def retry_after(headers: httpx.Headers, now: datetime | None = None) -> timedelta | None:
    """How long the network asked us to wait, from its headers, or None.

    Args:
        headers: the answer's headers.
        now: the current time (for HTTP dates and reset instants); the wall clock by default.
    """
    now = now or datetime.now(UTC)
    value = headers.get("retry-after")
    if value:
        value = value.strip()
        if value.isdigit():
            return timedelta(seconds=int(value))
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            when = None
        if when is not None:
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
            return max(timedelta(0), when - now)
    reset = headers.get("x-rate-limit-reset")
    if reset and reset.strip().isdigit():
        return max(timedelta(0), datetime.fromtimestamp(int(reset), UTC) - now)
    return None


async def send(
    client: httpx.AsyncClient, method: str, url: str, *, creates: bool, **kwargs: Any
) -> httpx.Response:
    """Send one request, mapping transport failures to typed errors.

    Args:
        client: the adapter's client.
        method: the HTTP method.
        url: the URL (never with a secret in it: httpx logs URLs).
        creates: whether the call makes something the user sees (a post, a comment): then a
            lost answer is `AnswerLost`, not `Transient`.
        kwargs: passed to `client.request`.

    Raises:
        Transient: nothing happened on the network's side, or nothing that matters.
        AnswerLost: the request may have been carried out.
    """
    try:
        return await client.request(method, url, **kwargs)
    except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.WriteError,
            httpx.WriteTimeout) as exc:
        raise Transient(f"{type(exc).__name__} before the request was sent") from None
    except (httpx.ReadTimeout, httpx.ReadError, httpx.RemoteProtocolError) as exc:
        if creates:
            raise AnswerLost(f"{type(exc).__name__}: no answer after the request was sent") from None
        raise Transient(f"{type(exc).__name__} while waiting for the answer") from None
    except httpx.TransportError as exc:
        raise Transient(type(exc).__name__) from None


def json_of(response: httpx.Response, what: str, *, creates: bool = False) -> dict[str, Any]:
    """The answer's JSON object.

    Args:
        response: the answer.
        what: the call, for the message.
        creates: whether the call makes a post: a garbled success answer then means the post
            may exist (`AnswerLost`), not that nothing happened.

    Raises:
        Transient: the body is not a JSON object (a proxy page, a truncated answer).
        AnswerLost: the same, for a 2xx answer to a call that creates a post.
    """
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict):
        return body
    error = AnswerLost if creates and response.is_success else Transient
    raise error(f"{what}: the answer was not a JSON object (HTTP {response.status_code})",
                http_status=response.status_code)


def field_of(body: dict[str, Any], name: str, what: str, *, creates: bool = False) -> str:
    """A required string (or number) field of an answer, as a string.

    Raises:
        Transient: the field is missing (the answer was cut or changed shape).
        AnswerLost: the same, in the success answer of a call that creates a post.
    """
    value = body.get(name)
    if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value):
        return str(value)
    error = AnswerLost if creates else Transient
    raise error(f"{what}: the answer has no {name!r}")
