"""Meta's Graph API error answers, read once for the Meta family (Facebook Pages; others may use it).

Every Graph API error has the shape {"error": {"message", "type", "code", "error_subcode",
"error_user_title", "error_user_msg", "fbtrace_id", "is_transient"}}
(https://developers.facebook.com/docs/graph-api/guides/error-handling). The codes that matter to
the engine:

- 102 and 190 (OAuthException): the session or token is invalid or expired (subcode 463:
  expired, 460: password changed, 467: invalid) → the caller refreshes once, then `AuthExpired`;
- 4 (application), 17 (user), 32 (Page), 613 (calls within one hour) and 80001 (Pages use-case
  rate limit, https://developers.facebook.com/docs/graph-api/overview/rate-limiting) are rate
  limits → `RateLimited`, waiting for the `estimated_time_to_regain_access` (minutes) of the
  `X-Business-Use-Case-Usage` header when Meta gives it;
- 1 and 2 (unknown error, service temporarily unavailable) and any answer with
  `is_transient: true` → `Transient`;
- 10 and 200-299: a permission is missing → `Rejected`, telling the user to reconnect and allow it;
- 368: "temporarily blocked for policies violations" → `Rejected` in those words;
- 100 and anything else: invalid parameter → `Rejected` with Meta's own message.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx

from postdesk.core.retry import clamp_delay
from postdesk.platforms.base import ACCOUNT_BLOCKED, PERMISSION_MISSING, AdapterError, RateLimited, Rejected, Transient
from postdesk.platforms.rest_call import Unauthorised, retry_after

AUTH_CODES = frozenset({102, 190})
RATE_CODES = frozenset({4, 17, 32, 613, 80001})
PASSING_CODES = frozenset({1, 2})
BLOCKED_CODE = 368


@dataclass(frozen=True, slots=True)
class GraphError:
    """One error answer, as Meta gives it.

    Attributes:
        status: the HTTP status.
        code: Meta's error code (0 when missing).
        subcode: its error_subcode (0 when missing).
        message: Meta's message (`error_user_msg` when there is one: it is meant for people).
        transient: Meta marked it `is_transient`.
        data: `error_data`, when given (upload offsets).
    """

    status: int
    code: int
    subcode: int
    message: str
    transient: bool = False
    data: Any = None


def parse(response: httpx.Response) -> GraphError:
    """The Graph error in `response` (a garbled body still gives the status)."""
    try:
        error = response.json().get("error") or {}
    except (ValueError, AttributeError):
        error = {}
    if not isinstance(error, dict):
        error = {}

    def number(key: str) -> int:
        value = error.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else 0

    message = str(error.get("error_user_msg") or error.get("message") or f"HTTP {response.status_code}")
    data = error.get("error_data")
    if isinstance(data, str):
        with contextlib.suppress(ValueError):
            data = json.loads(data)
    return GraphError(
        response.status_code, number("code"), number("error_subcode"), message, error.get("is_transient") is True, data
    )


def usage_wait(headers: httpx.Headers) -> timedelta | None:
    """How long Meta's usage headers ask to wait (`estimated_time_to_regain_access`, minutes)."""
    raw = headers.get("x-business-use-case-usage")
    if not raw:
        return None
    try:
        usage = json.loads(raw)
    except ValueError:
        return None
    minutes = 0
    for entries in usage.values() if isinstance(usage, dict) else ():
        for entry in entries if isinstance(entries, list) else ():
            value = entry.get("estimated_time_to_regain_access") if isinstance(entry, dict) else None
            if isinstance(value, int) and not isinstance(value, bool):
                minutes = max(minutes, value)
    return clamp_delay(timedelta(minutes=minutes)) if minutes > 0 else None


def typed_error(response: httpx.Response, *, what: str, network: str) -> AdapterError | Unauthorised:
    """The error to raise for a Graph error answer, with the parsed `GraphError` as its `graph`.

    Args:
        response: the unsuccessful answer.
        what: the call, for messages ("publish", "upload a photo").
        network: the network's name for the user's words ("Facebook").

    Returns:
        `Unauthorised` for a refused token (the caller refreshes once, then `AuthExpired`), else
        `RateLimited`, `Transient` or `Rejected`.
    """
    found = _typed(response, what=what, network=network)
    found.graph = parse(response)  # type: ignore[union-attr]
    return found


def _typed(response: httpx.Response, *, what: str, network: str) -> AdapterError | Unauthorised:
    error = parse(response)
    status, code, message = error.status, error.code, error.message
    if status == 401 or code in AUTH_CODES:
        return Unauthorised(message)
    if status == 429 or code in RATE_CODES:
        return RateLimited(
            usage_wait(response.headers) or retry_after(response.headers), http_status=status, network_message=message
        )
    if status >= 500 or code in PASSING_CODES or error.transient:
        return Transient(f"{what}: {message}", http_status=status, network_message=message)
    if code == BLOCKED_CODE:
        return Rejected(
            f"{network} has temporarily blocked this from posting: it says recent activity goes "
            f"against its rules ({message})",
            http_status=status,
            network_message=message,
            problem=ACCOUNT_BLOCKED,
        )
    if code == 10 or 200 <= code <= 299:
        return Rejected(
            f"{network} says the sign-in lacks a permission needed to {what} ({message}); "
            "reconnect the account and allow everything Postdesk asks for",
            http_status=status,
            network_message=message,
            problem=PERMISSION_MISSING,
        )
    return Rejected(message, http_status=status, network_message=message)
