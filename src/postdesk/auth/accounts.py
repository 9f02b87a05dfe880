"""Connected accounts: sign in, keep tokens fresh, reconnect, disconnect.

`AccountService` ties a network's profile, the token vault and the account repository
together. Account metadata (handle, status, token expiry, keyring backend) goes to the store;
tokens go only to the vault. Vault and store calls block, so they run in a worker thread
(`asyncio.to_thread`) and the service can live on the engine's loop or a UI-side loop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any, Protocol

import httpx

from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.flow import DEFAULT_TIMEOUT_S, OpenBrowser, SignInResult, sign_in
from postdesk.auth.profiles.base import ClientConfig, Clock, OAuthProfile, utc_now
from postdesk.auth.tokens import TokenSet
from postdesk.auth.vault import TokenVault
from postdesk.core.entities import Account, AccountStatus
from postdesk.core.networks import Network
from postdesk.http_bounds import bounded_client
from postdesk.log import get_logger

_log = get_logger("auth.accounts")

#: Refresh this long before the access token expires, so a scheduled post never meets an
#: expired token mid-publish.
REFRESH_MARGIN = timedelta(minutes=10)


class AccountStore(Protocol):
    """The parts of `store.repositories.accounts.AccountRepository` the service uses."""

    def add(
        self,
        network: Network,
        handle: str,
        *,
        now: datetime,
        display_name: str = ...,
        instance_url: str | None = ...,
        remote_user_id: str | None = ...,
        avatar_path: str | None = ...,
        token_expires_at: datetime | None = ...,
        keyring_backend: str | None = ...,
        default_options: dict[str, Any] | None = ...,
    ) -> Account: ...

    def get(self, account_id: int) -> Account | None: ...

    def list(self) -> list[Account]: ...

    def set_status(self, account_id: int, status: AccountStatus) -> None: ...

    def update(
        self,
        account_id: int,
        *,
        token_expires_at: datetime | None = ...,
        keyring_backend: str | None = ...,
        default_options: dict[str, Any] = ...,
        handle: str = ...,
        display_name: str = ...,
        status: AccountStatus = ...,
        avatar_path: str | None = ...,
    ) -> Account: ...

    def remove(self, account_id: int) -> None: ...


class CredentialProfile(Protocol):
    """A network signed in with pasted credentials instead of a browser (Telegram, app passwords)."""

    network: Network

    async def sign_in_with(self, http: httpx.AsyncClient, fields: Mapping[str, str], now: Any) -> SignInResult: ...

    @property
    def refreshable(self) -> bool: ...

    async def refresh(self, http: httpx.AsyncClient, client: ClientConfig, tokens: TokenSet, now: Any) -> TokenSet: ...

    async def revoke(self, http: httpx.AsyncClient, client: ClientConfig, tokens: TokenSet) -> bool: ...


class AccountService:
    """Connects and maintains accounts.

    Args:
        accounts: the account repository.
        vault: the token vault.
        profiles: the OAuth profile of each browser sign-in network.
        credential_profiles: profiles for networks signed in with pasted credentials.
        http_factory: makes the httpx client used for one operation.
        clock: the current UTC time.
    """

    def __init__(
        self,
        accounts: AccountStore,
        vault: TokenVault,
        profiles: Mapping[Network, OAuthProfile],
        *,
        credential_profiles: Mapping[str, CredentialProfile] | None = None,
        http_factory: Callable[[], httpx.AsyncClient] = lambda: bounded_client(timeout=30),
        clock: Clock = utc_now,
    ):
        self._accounts = accounts
        self._vault = vault
        self._profiles = dict(profiles)
        self._credential_profiles = dict(credential_profiles or {})
        self._http_factory = http_factory
        self._clock = clock
        self._refresh_locks: dict[int, asyncio.Lock] = {}

    @property
    def vault(self) -> TokenVault:
        return self._vault

    def profile(self, network: Network) -> OAuthProfile:
        """The browser sign-in profile of a network.

        Raises:
            KeyError: the network has none (it signs in with credentials).
        """
        return self._profiles[network]

    # -- connecting ------------------------------------------------------------------------

    async def connect(
        self,
        network: Network,
        client: ClientConfig,
        open_browser: OpenBrowser,
        *,
        timeout: float = DEFAULT_TIMEOUT_S,
        reconnect_id: int | None = None,
    ) -> Account:
        """Sign in through the browser and store the account (or refresh a reconnected one).

        Raises:
            AuthError: the sign-in failed, or the vault refused the tokens.
            asyncio.CancelledError: the user cancelled.
        """
        profile = self._profiles[network]
        async with self._http_factory() as http:
            result = await sign_in(
                profile, client, http=http, open_browser=open_browser, timeout=timeout, clock=self._clock
            )
        return await self._store_result(network, result, reconnect_id)

    async def sign_in_only(
        self,
        network: Network,
        client: ClientConfig,
        open_browser: OpenBrowser,
        *,
        timeout: float = DEFAULT_TIMEOUT_S,
    ) -> SignInResult:
        """Sign in through the browser and store nothing (Facebook: the Pages are picked next).

        Raises:
            AuthError: the sign-in failed.
            asyncio.CancelledError: the user cancelled.
        """
        async with self._http_factory() as http:
            return await sign_in(
                self._profiles[network],
                client,
                http=http,
                open_browser=open_browser,
                timeout=timeout,
                clock=self._clock,
            )

    async def store_sign_in(
        self, network: Network, result: SignInResult, *, reconnect_id: int | None = None
    ) -> Account:
        """Store one sign-in as an account (each Facebook Page picked is one, with its Page token).

        Raises:
            AuthError: the vault refused the tokens.
        """
        return await self._store_result(network, result, reconnect_id)

    def http_client(self) -> httpx.AsyncClient:
        """A client for one operation next to a sign-in (bounded like the service's own)."""
        return self._http_factory()

    async def connect_with_credentials(
        self,
        kind: str,
        fields: Mapping[str, str],
        *,
        reconnect_id: int | None = None,
    ) -> Account:
        """Sign in with pasted credentials (a Telegram bot token, a Bluesky app password).

        Args:
            kind: the credential profile's key ("telegram", "bluesky-app-password").
            fields: what the user typed.
        """
        profile = self._credential_profiles[kind]
        async with self._http_factory() as http:
            result = await profile.sign_in_with(http, fields, self._clock())
        return await self._store_result(profile.network, result, reconnect_id, credential_kind=kind)

    async def _store_result(
        self,
        network: Network,
        result: SignInResult,
        reconnect_id: int | None,
        credential_kind: str | None = None,
    ) -> Account:
        identity = result.identity
        client_record = {
            "client_id": result.client.client_id,
            "redirect_port": result.client.redirect_port,
            "options": dict(result.client.options),
            "credential_kind": credential_kind,
            "facts": result.facts,
        }
        # The account's picture, as the network's profile call gave it (http(s) only: the composer's
        # account chips fetch it through the avatar cache).
        avatar = identity.avatar_url or ""
        picture = avatar if avatar.lower().startswith(("https://", "http://")) else None

        def store() -> Account:
            if reconnect_id is not None:
                account = self._accounts.get(reconnect_id)
                if account is None:
                    raise KeyError(reconnect_id)
                options = {**account.default_options, "_client": client_record}
                account = self._accounts.update(
                    reconnect_id,
                    handle=identity.handle,
                    display_name=identity.display_name,
                    token_expires_at=result.tokens.expires_at,
                    keyring_backend=self._vault.backend_name,
                    default_options=options,
                    status=AccountStatus.CONNECTED,
                    avatar_path=picture,
                )
            else:
                account = self._accounts.add(
                    network,
                    identity.handle,
                    now=self._clock(),
                    display_name=identity.display_name,
                    instance_url=identity.instance_url,
                    remote_user_id=identity.remote_user_id,
                    avatar_path=picture,
                    token_expires_at=result.tokens.expires_at,
                    keyring_backend=self._vault.backend_name,
                    default_options={"_client": client_record},
                )
            try:
                self._vault.save(network, account.id, result.tokens)
                if result.client.client_secret:
                    self._vault.save_client_secret(network, account.id, result.client.client_secret)
            except AuthError:
                if reconnect_id is None:
                    # Without its tokens a new account is useless: do not leave a ghost row.
                    self._accounts.remove(account.id)
                raise
            return account

        return await asyncio.to_thread(store)

    # -- using and refreshing tokens -------------------------------------------------------

    def _client_of(self, account: Account) -> ClientConfig:
        record = account.default_options.get("_client") or {}
        return ClientConfig(
            client_id=record.get("client_id") or "",
            client_secret=self._vault.load_client_secret(account.network, account.id),
            redirect_port=record.get("redirect_port"),
            options=record.get("options") or {},
        )

    def _refresher(self, account: Account) -> OAuthProfile | CredentialProfile:
        record = account.default_options.get("_client") or {}
        kind = record.get("credential_kind")
        if kind:
            return self._credential_profiles[kind]
        return self._profiles[account.network]

    def backend_changed(self, account: Account) -> bool:
        """Whether the account's tokens were stored with another keyring backend than now.

        A change usually means the desktop session changed (another keyring daemon), not a
        logout, so the pane says so instead of showing the account as signed out.
        """
        changed = bool(account.keyring_backend) and account.keyring_backend != self._vault.backend_name
        if changed:
            _log.warning(
                "Account %s was stored with keyring backend %s, now %s",
                account.id,
                account.keyring_backend,
                self._vault.backend_name,
            )
        return changed

    async def tokens_for(self, account_id: int, *, force_refresh: bool = False) -> TokenSet:
        """Valid tokens for an account, refreshed first when they expire soon.

        Raises:
            AuthError: REFRESH_FAILED (the account is then marked needs_reconnect),
                or a keyring problem.
        """
        lock = self._refresh_locks.setdefault(account_id, asyncio.Lock())
        async with lock:  # two publishes at once must not both spend the refresh token
            account = await asyncio.to_thread(self._accounts.get, account_id)
            if account is None:
                raise KeyError(account_id)
            tokens = await asyncio.to_thread(self._vault.load, account.network, account_id)
            if tokens is None:
                self.backend_changed(account)
                await asyncio.to_thread(self._accounts.set_status, account_id, AccountStatus.NEEDS_RECONNECT)
                raise AuthError(AuthProblem.REFRESH_FAILED, "no tokens in the vault")
            if not force_refresh and not tokens.expires_within(self._clock(), REFRESH_MARGIN):
                return tokens
            return await self._refresh(account, tokens)

    async def _refresh(self, account: Account, tokens: TokenSet) -> TokenSet:
        refresher = self._refresher(account)
        client = await asyncio.to_thread(self._client_of, account)
        try:
            if not refresher.refreshable:
                raise AuthError(AuthProblem.REFRESH_FAILED, "network has no refresh")
            async with self._http_factory() as http:
                fresh = await refresher.refresh(http, client, tokens, self._clock())
        except AuthError as exc:
            _log.warning("Refresh failed for account %s: %s", account.id, exc.code.value)
            await asyncio.to_thread(self._accounts.set_status, account.id, AccountStatus.NEEDS_RECONNECT)
            raise AuthError(AuthProblem.REFRESH_FAILED, exc.detail, server_error=exc.server_error) from None

        def store() -> None:
            self._vault.save(account.network, account.id, fresh)
            self._accounts.update(account.id, token_expires_at=fresh.expires_at, status=AccountStatus.CONNECTED)

        await asyncio.to_thread(store)
        _log.info("Refreshed the tokens of account %s", account.id)
        return fresh

    async def refresh_due(self, margin: timedelta = REFRESH_MARGIN) -> list[int]:
        """Refresh every connected account whose token expires within `margin`.

        Returns:
            The ids of accounts whose refresh failed (now needs_reconnect).
        """
        failed: list[int] = []
        now = self._clock()
        for account in await asyncio.to_thread(self._accounts.list):
            if account.status is not AccountStatus.CONNECTED:
                continue
            if account.token_expires_at is None or account.token_expires_at > now + margin:
                continue
            try:
                await self.tokens_for(account.id)
            except AuthError:
                failed.append(account.id)
        return failed

    # -- disconnecting ---------------------------------------------------------------------

    async def disconnect(self, account_id: int) -> bool:
        """Revoke the account's tokens where the network supports it, delete them, forget it.

        A failed revocation does not keep the account: the user asked to disconnect, and the
        tokens are deleted locally either way.

        Returns:
            Whether the network confirmed the revocation.
        """
        account = await asyncio.to_thread(self._accounts.get, account_id)
        if account is None:
            return False
        revoked = False
        try:
            tokens = await asyncio.to_thread(self._vault.load, account.network, account_id)
        except AuthError:
            tokens = None
        if tokens is not None:
            refresher = self._refresher(account)
            client = await asyncio.to_thread(self._client_of, account)
            try:
                async with self._http_factory() as http:
                    revoked = await refresher.revoke(http, client, tokens)
            except AuthError as exc:
                _log.warning("Revocation failed for account %s: %s", account_id, exc.code.value)

        def forget() -> None:
            self._vault.delete(account.network, account_id)
            self._accounts.remove(account_id)

        await asyncio.to_thread(forget)
        return revoked
