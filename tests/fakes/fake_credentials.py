"""A `CredentialSource` for adapter tests: a token, and another one after a forced refresh."""

from __future__ import annotations

from dataclasses import dataclass, field

from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.platforms.credentials import Credentials


@dataclass
class StaticCredentials:
    """Gives `token`, or `refreshed` when asked to refresh (None: the refresh fails).

    Attributes:
        calls: the `force_refresh` flag of every call, in order.
    """

    token: str
    refreshed: str | None = None
    base_url: str | None = None
    user_id: str | None = None
    calls: list[bool] = field(default_factory=list)

    async def get(self, account_id: int, *, force_refresh: bool = False) -> Credentials:
        self.calls.append(force_refresh)
        if force_refresh:
            if self.refreshed is None:
                raise AuthError(AuthProblem.REFRESH_FAILED, "refresh token revoked")
            self.token = self.refreshed
        return Credentials(access_token=self.token, base_url=self.base_url, user_id=self.user_id)
