"""The narrow facade the Accounts pane talks to, and its implementation over `AccountService`.

The pane never touches the keyring, the store or the network itself: blocking calls are made
through the pane's BackgroundRunner, and sign-ins run on an asyncio loop in its own thread
(`LoopThread`), returning futures the pane watches and may cancel.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Protocol

from postdesk.auth import facebook_pages
from postdesk.auth.accounts import AccountService
from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.facebook_pages import PagesFound
from postdesk.auth.loop_thread import LoopThread
from postdesk.auth.profiles import BROWSER_PROFILES, bluesky_app_password, credential_profiles, telegram
from postdesk.auth.profiles.base import ClientConfig
from postdesk.auth.profiles.linkedin_organizations import OrganizationsFound, add_organization, find_organizations
from postdesk.auth.vault import TokenVault, VaultLocation, file_vault_for, open_vault
from postdesk.core.entities import Account
from postdesk.core.networks import Network
from postdesk.paths import Paths
from postdesk.store.db import Database
from postdesk.store.repositories.accounts import AccountRepository

#: The credential kinds the connect dialog offers.
TELEGRAM_KIND = telegram.KIND
BLUESKY_APP_PASSWORD_KIND = bluesky_app_password.KIND


@dataclass(frozen=True)
class ConnectRequest:
    """What the connect dialog collected.

    Attributes:
        network: the network.
        client: client id/secret/port/options for a browser sign-in.
        credential_kind: set for credential sign-ins (Telegram, Bluesky app password).
        fields: the credential fields (never logged).
        reconnect_id: the account being reconnected, or None for a new one.
    """

    network: Network
    client: ClientConfig = field(default_factory=ClientConfig)
    credential_kind: str | None = None
    fields: Mapping[str, str] = field(default_factory=dict, repr=False)
    reconnect_id: int | None = None


@dataclass(frozen=True)
class NetworkNeeds:
    """What the connect dialog must ask for one network.

    Attributes:
        client_id: the user brings a client id.
        client_secret: the network insists on a secret too.
        fixed_port: the default port to register (None: any port works).
        redirect_path: the callback path.
        redirect_host: the host written in the redirect URI.
    """

    client_id: bool
    client_secret: bool
    fixed_port: int | None
    redirect_path: str
    redirect_host: str

    def redirect_uri(self, port: int | None) -> str:
        """The exact address to register with the network."""
        shown = port or self.fixed_port
        return f"http://{self.redirect_host}:{shown if shown else '*'}{self.redirect_path}"


class AccountsFacade(Protocol):
    """What the Accounts pane needs (tests pass a fake that records calls)."""

    def list_accounts(self) -> list[Account]: ...

    def needs(self, network: Network) -> NetworkNeeds | None: ...

    def connect(self, request: ConnectRequest, open_browser: Callable[[str], None]) -> Future[Account]: ...

    def disconnect(self, account_id: int) -> Future[bool]: ...

    def find_pages(self, request: ConnectRequest, open_browser: Callable[[str], None]) -> Future[PagesFound]: ...

    def add_pages(self, found: PagesFound, page_ids: list[str]) -> Future[list[Account]]: ...

    def find_organizations(
        self, request: ConnectRequest, open_browser: Callable[[str], None]
    ) -> Future[OrganizationsFound]: ...

    def add_organization(self, found: OrganizationsFound, urn: str) -> Future[Account]: ...

    def set_default_options(self, account_id: int, options: dict[str, Any]) -> Account: ...

    def vault_problem(self) -> AuthProblem | None: ...

    def use_encrypted_vault(self, passphrase: str) -> None: ...

    def vault_location(self) -> VaultLocation | None: ...

    def encrypted_file(self) -> str: ...


class ServiceFacade:
    """`AccountsFacade` over the real account service.

    Args:
        database: the open store.
        paths: the data directory (for the encrypted vault file, when chosen).
        vault_factory: makes the vault; by default the data directory's encrypted file when the
            user chose it (VAULT_LOCKED until unlocked), else the keyring. Tests pass one over an
            in-memory keyring.
    """

    def __init__(
        self,
        database: Database,
        paths: Paths,
        vault_factory: Callable[[], TokenVault] | None = None,
    ):
        self._repo = AccountRepository(database)
        self._paths = paths
        # Shared with the engine's `default_vault()` once the app activated it: an unlock here
        # reaches the engine too.
        self._file_vault = file_vault_for(paths.vault_file)
        if vault_factory is None:
            vault_factory = self._open_vault
        self._loop = LoopThread()
        self._problem: AuthProblem | None = None
        self._service: AccountService | None = None
        # Finding the keyring may talk to D-Bus (or show a prompt): done on first use, which is
        # the pane's first account load on its worker, never while the window is being built.
        self._vault_factory: Callable[[], TokenVault] | None = vault_factory
        self._probe_lock = threading.Lock()

    def _probe(self) -> None:
        with self._probe_lock:
            factory, self._vault_factory = self._vault_factory, None
            if factory is None:
                return
            try:
                self._install(factory())
            except AuthError as exc:
                self._problem = exc.code

    def _open_vault(self) -> TokenVault:
        return open_vault(self._file_vault)

    def _install(self, vault: TokenVault) -> None:
        self._service = AccountService(
            self._repo,
            vault,
            BROWSER_PROFILES,
            credential_profiles=credential_profiles(),
        )
        self._problem = None

    def list_accounts(self) -> list[Account]:
        self._probe()
        return self._repo.list()

    def needs(self, network: Network) -> NetworkNeeds | None:
        profile = BROWSER_PROFILES.get(network)
        if profile is None:
            return None
        return NetworkNeeds(
            client_id=profile.needs_client_id,
            client_secret=profile.needs_client_secret,
            fixed_port=profile.fixed_port,
            redirect_path=profile.redirect_path,
            redirect_host=profile.redirect_host,
        )

    def _require(self) -> AccountService:
        self._probe()
        if self._service is None:
            raise AuthError(self._problem or AuthProblem.KEYRING_UNAVAILABLE)
        return self._service

    def connect(self, request: ConnectRequest, open_browser: Callable[[str], None]) -> Future[Account]:
        service = self._require()
        if request.credential_kind:
            coro = service.connect_with_credentials(
                request.credential_kind, request.fields, reconnect_id=request.reconnect_id
            )
        else:
            coro = service.connect(request.network, request.client, open_browser, reconnect_id=request.reconnect_id)
        return self._loop.submit(coro)

    def disconnect(self, account_id: int) -> Future[bool]:
        return self._loop.submit(self._require().disconnect(account_id))

    def find_pages(self, request: ConnectRequest, open_browser: Callable[[str], None]) -> Future[PagesFound]:
        """Facebook: sign in and list the person's Pages (the dialog's Page picker shows them)."""
        return self._loop.submit(
            facebook_pages.find_pages(self._require(), request.client, open_browser, reconnect_id=request.reconnect_id)
        )

    def add_pages(self, found: PagesFound, page_ids: list[str]) -> Future[list[Account]]:
        """Facebook: store each picked Page as its own account (already connected ones updated)."""
        service = self._require()
        existing = {
            a.remote_user_id: a.id for a in self._repo.list() if a.network is Network.FACEBOOK and a.remote_user_id
        }
        return self._loop.submit(facebook_pages.add_pages(service, found, page_ids, existing=existing))

    def find_organizations(
        self, request: ConnectRequest, open_browser: Callable[[str], None]
    ) -> Future[OrganizationsFound]:
        """LinkedIn as a Page: sign in with the organization scopes and list the member's Pages."""
        from postdesk.platforms.linkedin import VERSION  # LinkedIn-Version is kept in one place

        return self._loop.submit(
            find_organizations(
                self._require(), request.client, open_browser, version=VERSION, reconnect_id=request.reconnect_id
            )
        )

    def add_organization(self, found: OrganizationsFound, urn: str) -> Future[Account]:
        """LinkedIn as a Page: store the picked Page as the account's author."""
        return self._loop.submit(add_organization(self._require(), found, urn))

    def set_default_options(self, account_id: int, options: dict[str, Any]) -> Account:
        account = self._repo.get(account_id)
        if account is None:
            raise KeyError(account_id)
        # "_client" holds how the account signs in; the dialog edits only the user's options.
        kept = {k: v for k, v in account.default_options.items() if k.startswith("_")}
        return self._repo.update(account_id, default_options={**options, **kept})

    def vault_problem(self) -> AuthProblem | None:
        self._probe()
        return self._problem

    def use_encrypted_vault(self, passphrase: str) -> None:
        """Unlock the encrypted file when the user chose it before, else make it (blocks).

        Raises:
            AuthError: VAULT_PASSPHRASE_WRONG, VAULT_CORRUPT or PASSPHRASE_TOO_SHORT.
        """
        if self._file_vault.chosen:
            if not self._file_vault.unlocked:
                self._file_vault.unlock(passphrase)
        else:
            self._file_vault.create(passphrase)
        self._install(self._file_vault.token_vault())

    def vault_location(self) -> VaultLocation | None:
        """Where sign-ins really are: the keyring's name or the encrypted file (None: nowhere yet)."""
        self._probe()
        if self._service is not None:
            return self._service.vault.location
        if self._problem is AuthProblem.VAULT_LOCKED:
            return self._file_vault.location
        return None

    def encrypted_file(self) -> str:
        """The path of the encrypted sign-in file (chosen or not)."""
        return str(self._file_vault.path)

    def close(self) -> None:
        """Stop the sign-in loop (cancels sign-ins in progress)."""
        self._loop.stop()
