"""How an adapter gets the tokens of the account it publishes as.

Adapters never read the keyring or the database themselves: they are given a
`CredentialSource`. The app's source is `AccountCredentials` (over the account service, which
refreshes ahead of expiry and marks failed refreshes "needs reconnect"); tests pass their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from postdesk.auth.accounts import AccountService
from postdesk.store.repositories.accounts import AccountRepository


@dataclass(frozen=True)
class Credentials:
    """What an adapter needs to call the network as one account.

    Attributes:
        access_token: the bearer (or DPoP-bound) token, or a bot token (Telegram).
        token_type: "Bearer" or "DPoP".
        base_url: the server to talk to when it is per account (Mastodon instance, Bluesky PDS),
            or None for networks with one fixed API host.
        user_id: the account's id on the network (Bluesky DID, X user id, ...), when known.
        dpop_key: PEM private key the token is bound to (atproto OAuth), or None.
        extra: other non-secret facts (handle, channel id, instance limits ...).
    """

    access_token: str = field(repr=False)
    token_type: str = "Bearer"
    base_url: str | None = None
    user_id: str | None = None
    dpop_key: str | None = field(default=None, repr=False)
    extra: Mapping[str, Any] = field(default_factory=dict)


class CredentialSource(Protocol):
    """Gives adapters valid credentials; called on the engine loop."""

    async def get(self, account_id: int, *, force_refresh: bool = False) -> Credentials:
        """Valid credentials for the account; `force_refresh` after the network answered 401.

        Raises:
            postdesk.auth.errors.AuthError: the account must be reconnected by the user.
        """
        ...


class AccountCredentials:
    """`CredentialSource` over the account service and the account repository.

    Args:
        service: refreshes and loads tokens from the vault.
        accounts: for the per-account server (instance or PDS) and remote user id.
    """

    def __init__(self, service: AccountService, accounts: AccountRepository) -> None:
        self._service = service
        self._accounts = accounts

    async def get(self, account_id: int, *, force_refresh: bool = False) -> Credentials:
        import asyncio

        tokens = await self._service.tokens_for(account_id, force_refresh=force_refresh)
        account = await asyncio.to_thread(self._accounts.get, account_id)
        extra = dict(tokens.extra)
        base_url = (account.instance_url if account else None) or extra.get("pds_url") or extra.get("base_url")
        user_id = (account.remote_user_id if account else None) or extra.get("did") or extra.get("user_id")
        return Credentials(
            access_token=tokens.access_token,
            token_type=tokens.token_type,
            base_url=base_url,
            user_id=user_id,
            dpop_key=tokens.dpop_key,
            extra=extra,
        )
