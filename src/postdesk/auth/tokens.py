"""The tokens of one connected account, and parsing of OAuth token responses.

A `TokenSet` never prints its secrets: they are excluded from `repr`, so a stray log line or a
crash report that formats the object shows only the non-secret fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.log import register_secret


@dataclass(frozen=True, slots=True)
class TokenSet:
    """Tokens and their metadata.

    Attributes:
        access_token: the bearer (or DPoP-bound) access token, or a bot token.
        refresh_token: the refresh token, or None when the network gives none.
        expires_at: when the access token expires (UTC), or None when it does not.
        token_type: "Bearer" or "DPoP".
        scope: the granted scope string, when the server said.
        dpop_key: a PEM private key the tokens are bound to (atproto), or None.
        extra: non-secret facts (granted user id, PDS url, issuer ...).
    """

    access_token: str = field(repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    expires_at: datetime | None = None
    token_type: str = "Bearer"
    scope: str | None = None
    dpop_key: str | None = field(default=None, repr=False)
    extra: Mapping[str, Any] = field(default_factory=dict)

    def expires_within(self, now: datetime, margin: timedelta) -> bool:
        """Whether the access token expires before `now + margin`."""
        return self.expires_at is not None and self.expires_at <= now + margin

    def secrets(self) -> tuple[str, ...]:
        """Every secret value held, for masking in logs."""
        return tuple(v for v in (self.access_token, self.refresh_token, self.dpop_key) if v)


def register_token_secrets(tokens: TokenSet) -> None:
    """Ask the log filter to mask these tokens wherever they would appear."""
    for value in tokens.secrets():
        register_secret(value)


def parse_token_response(
    body: Mapping[str, Any],
    now: datetime,
    *,
    previous: TokenSet | None = None,
    extra_keys: tuple[str, ...] = (),
) -> TokenSet:
    """Build a TokenSet from a token endpoint's JSON (RFC 6749 §5.1).

    Args:
        body: the decoded JSON answer.
        now: the current UTC time, to turn `expires_in` into an instant.
        previous: on refresh, the old set: its refresh token is kept when the server sends none
            (RFC 6749 §6 lets a server keep the old one valid).
        extra_keys: answer fields to keep as non-secret facts (e.g. "sub", "user_id").

    Raises:
        AuthError: the answer holds no access token.
    """
    access = body.get("access_token")
    if not isinstance(access, str) or not access:
        raise AuthError(AuthProblem.TOKEN_EXCHANGE_FAILED, "answer without access_token")
    expires_at = None
    expires_in = body.get("expires_in")
    if isinstance(expires_in, str) and expires_in.isdigit():
        expires_in = int(expires_in)
    if isinstance(expires_in, int | float) and expires_in > 0:
        expires_at = now.astimezone(UTC) + timedelta(seconds=float(expires_in))
    refresh = body.get("refresh_token")
    if not isinstance(refresh, str) or not refresh:
        refresh = previous.refresh_token if previous else None
    extra = dict(previous.extra) if previous else {}
    extra.update({k: body[k] for k in extra_keys if k in body})
    tokens = TokenSet(
        access_token=access,
        refresh_token=refresh,
        expires_at=expires_at,
        token_type=str(body.get("token_type") or "Bearer"),
        scope=body.get("scope") if isinstance(body.get("scope"), str) else None,
        dpop_key=previous.dpop_key if previous else None,
        extra=extra,
    )
    register_token_secrets(tokens)
    return tokens
