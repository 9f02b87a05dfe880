"""The adapters shipped with Postdesk, registered for the GUI and for `postdesk --headless`.

Each network module in `platforms/` exports `register(registry, credentials)`. They are named
here one by one (not discovered by scanning the folder), so a packaged build knows what to
bundle. A module that is not written yet is left out; a module that exists but fails to import
or register raises: a network must never disappear silently because its code is broken.
"""

from __future__ import annotations

import importlib
import importlib.util

from postdesk.auth.accounts import AccountService
from postdesk.auth.profiles import BROWSER_PROFILES, credential_profiles
from postdesk.auth.vault import default_vault
from postdesk.log import get_logger
from postdesk.platforms import youtube
from postdesk.platforms.credentials import AccountCredentials, Credentials, CredentialSource
from postdesk.platforms.registry import Registry, default_registry
from postdesk.platforms.relay import MediaRelay
from postdesk.platforms.s3_relay import stored_relay
from postdesk.platforms.youtube_quota_store import SettingsQuotaStore
from postdesk.store.db import Database
from postdesk.store.repositories.accounts import AccountRepository

_log = get_logger("platforms.shipped")

#: The shipped network modules, in the order of ARCHITECTURE.md's priorities.
SHIPPED_MODULES: tuple[str, ...] = (
    "postdesk.platforms.bluesky",
    "postdesk.platforms.mastodon",
    "postdesk.platforms.x",
    "postdesk.platforms.threads",
    "postdesk.platforms.linkedin",
    "postdesk.platforms.telegram",
    "postdesk.platforms.instagram",
    "postdesk.platforms.facebook",
    "postdesk.platforms.pinterest",
    "postdesk.platforms.youtube",
    "postdesk.platforms.tiktok",
    "postdesk.platforms.reddit",
    "postdesk.platforms.google_business",
)


#: Modules whose `register` also takes the media relay (`relay=`): networks that fetch media.
RELAY_MODULES: frozenset[str] = frozenset(
    {
        "postdesk.platforms.threads",
        "postdesk.platforms.tiktok",
        "postdesk.platforms.google_business",
        "postdesk.platforms.instagram",
    }
)


def register_shipped(
    registry: Registry,
    credentials: CredentialSource,
    modules: tuple[str, ...] = SHIPPED_MODULES,
    *,
    relay: MediaRelay | None = None,
) -> list[str]:
    """Register every shipped adapter module that exists.

    Args:
        registry: where the adapters go.
        credentials: how the adapters get each account's tokens.
        modules: the module names (tests pass their own).
        relay: the creator's media relay (`s3_relay.stored_relay`), for the `RELAY_MODULES`.

    Returns:
        The modules registered.

    Raises:
        ImportError: a module exists but cannot be imported.
        TypeError: a module has no callable `register`.
    """
    registered: list[str] = []
    for name in modules:
        if importlib.util.find_spec(name) is None:
            _log.debug("%s is not part of this build", name)
            continue
        module = importlib.import_module(name)
        register = getattr(module, "register", None)
        if not callable(register):
            raise TypeError(f"{name} has no register(registry, credentials) function")
        if relay is not None and name in RELAY_MODULES:
            register(registry, credentials, relay=relay)
        else:
            register(registry, credentials)
        registered.append(name)
    return registered


class VaultCredentials:
    """`CredentialSource` over an account service of its own, made on first use.

    The engine gets its own `AccountService` because the service's refresh locks belong to the
    loop they were made on. The keyring is opened lazily: with no usable keyring, the engine
    still starts, and only a publish that needs a token fails (as "reconnect the account").

    Args:
        database: the open database.
    """

    def __init__(self, database: Database) -> None:
        self._database = database
        self._source: AccountCredentials | None = None

    async def get(self, account_id: int, *, force_refresh: bool = False) -> Credentials:
        """Valid credentials for the account.

        Raises:
            postdesk.auth.errors.AuthError: no keyring, or the account must be reconnected.
        """
        if self._source is None:
            accounts = AccountRepository(self._database)
            service = AccountService(
                accounts, default_vault(), BROWSER_PROFILES, credential_profiles=credential_profiles()
            )
            self._source = AccountCredentials(service, accounts)
        return await self._source.get(account_id, force_refresh=force_refresh)


def shipped_registry(database: Database) -> Registry:
    """The default registry with every shipped adapter, over the accounts in `database`."""
    registry = default_registry()
    credentials = VaultCredentials(database)
    register_shipped(registry, credentials, relay=stored_relay(database))
    # YouTube's daily quota count is kept in the database (youtube_quota_store), not per engine.
    youtube.register(registry, credentials, quota_store=SettingsQuotaStore(database))
    return registry
