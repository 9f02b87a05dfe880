"""A `CredentialSource` for adapter tests: fixed credentials, and a refresh that asks the fake.

The fake network decides which token is valid; `refresh` reads the fake's current token, the
way a real refresh would get a new one from the network's token endpoint.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.platforms.credentials import Credentials


@dataclass
class TokenSource:
    """Credentials for account 1.

    Attributes:
        token: the token handed out now.
        refresh: gives the token after a refresh, or None when the account cannot refresh
            (then `get(force_refresh=True)` raises AuthError, like a failed refresh).
        user_id: the account's id on the network.
        extra: `Credentials.extra`.
        refreshes: how many refreshes were asked for.
    """

    token: str
    refresh: Callable[[], str] | None = None
    user_id: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)
    refreshes: int = 0

    async def get(self, account_id: int, *, force_refresh: bool = False) -> Credentials:
        if account_id != 1:
            raise AuthError(AuthProblem.REFRESH_FAILED, "unknown account")
        if force_refresh:
            self.refreshes += 1
            if self.refresh is None:
                raise AuthError(AuthProblem.REFRESH_FAILED, "cannot refresh")
            self.token = self.refresh()
        return Credentials(access_token=self.token, user_id=self.user_id, extra=dict(self.extra))
