"""ServiceFacade: the pane's facade over the real account service, vault and store."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import keyring.backends.fail
import pytest

from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.loop_thread import LoopThread
from postdesk.auth.tokens import TokenSet
from postdesk.auth.vault import KeyringStore, TokenVault
from postdesk.core.networks import Network
from postdesk.store.db import open_database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.ui.accounts.services import ConnectRequest, ServiceFacade
from tests.helpers.memory_keyring import MemoryKeyring

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def _failing_vault() -> TokenVault:
    store = KeyringStore(keyring.backends.fail.Keyring())
    store.check_available()
    return TokenVault(store)


def test_missing_keyring_then_encrypted_file(paths) -> None:
    facade = ServiceFacade(open_database(paths), paths, vault_factory=_failing_vault)
    try:
        assert facade.vault_problem() is AuthProblem.KEYRING_UNAVAILABLE
        with pytest.raises(AuthError):
            facade.connect(ConnectRequest(Network.MASTODON), lambda url: None)
        facade.use_encrypted_vault("a long passphrase")
        assert facade.vault_problem() is None
        assert (paths.base / "vault.enc").exists()  # written at once: the choice survives a restart
    finally:
        facade.close()


def test_default_options_keep_the_sign_in_record_and_disconnect(paths) -> None:
    database = open_database(paths)
    ring = MemoryKeyring()
    facade = ServiceFacade(database, paths, vault_factory=lambda: TokenVault(KeyringStore(ring)))
    try:
        repo = AccountRepository(database)
        account = repo.add(
            Network.TELEGRAM, "@chan", now=NOW, default_options={"_client": {"credential_kind": "telegram"}}
        )
        TokenVault(KeyringStore(ring)).save(Network.TELEGRAM, account.id, TokenSet(access_token="1:bot-token-x"))
        updated = facade.set_default_options(account.id, {"preselect": True})
        assert updated.default_options == {"preselect": True, "_client": {"credential_kind": "telegram"}}
        assert facade.needs(Network.TELEGRAM) is None
        assert facade.needs(Network.REDDIT).redirect_uri(None) == "http://127.0.0.1:65010/callback"  # type: ignore[union-attr]
        assert facade.needs(Network.YOUTUBE).redirect_uri(None) == "http://127.0.0.1:*/callback"  # type: ignore[union-attr]
        assert facade.disconnect(account.id).result(10) is False  # bot tokens cannot be revoked
        assert facade.list_accounts() == [] and ring.entries == {}
    finally:
        facade.close()


def test_loop_thread_cancel_reaches_the_coroutine() -> None:
    loop = LoopThread()
    seen: list[str] = []

    async def waits() -> None:
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            seen.append("cancelled")
            raise

    future = loop.submit(waits())
    assert loop.submit(asyncio.sleep(0, result="ready")).result(5) == "ready"
    future.cancel()
    # Callbacks run in order: the cancellation is delivered before this later job finishes.
    assert loop.submit(asyncio.sleep(0, result=True)).result(5)
    loop.stop()
    assert seen == ["cancelled"]
