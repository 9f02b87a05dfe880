"""An account keeps the picture its network's profile call gave at sign-in (the composer's chips show it)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import httpx

from postdesk.auth.accounts import AccountService
from postdesk.auth.profiles.base import ClientConfig, Identity, SignInResult
from postdesk.auth.tokens import TokenSet
from postdesk.auth.vault import KeyringStore, TokenVault
from postdesk.core.networks import Network
from postdesk.store.db import open_database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.ui.composer.services import StoreComposerServices
from tests.helpers.memory_keyring import MemoryKeyring

NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def _result(avatar: str | None, handle: str = "studio") -> SignInResult:
    return SignInResult(
        client=ClientConfig(client_id="cid"),
        tokens=TokenSet(access_token="access", refresh_token="refresh"),
        identity=Identity(remote_user_id="u1", handle=handle, display_name="Studio", avatar_url=avatar),
        facts={},
    )


def _service(paths) -> tuple[AccountService, AccountRepository]:  # type: ignore[no-untyped-def]
    repo = AccountRepository(open_database(paths))
    service = AccountService(
        repo,
        TokenVault(KeyringStore(MemoryKeyring())),
        {},
        http_factory=lambda: httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(500))),
        clock=lambda: NOW,
    )
    return service, repo


def test_sign_in_keeps_the_picture_and_a_reconnect_updates_it(paths) -> None:
    service, repo = _service(paths)
    account = asyncio.run(service.store_sign_in(Network.MASTODON, _result("https://cdn.test/a.png")))
    assert repo.get(account.id).avatar_path == "https://cdn.test/a.png"  # type: ignore[union-attr]
    # The composer's account chip is told where the picture is.
    choice = StoreComposerServices._account_choice(repo.get(account.id))
    assert choice.avatar_url == "https://cdn.test/a.png"
    again = asyncio.run(
        service.store_sign_in(Network.MASTODON, _result("https://cdn.test/b.png"), reconnect_id=account.id)
    )
    assert repo.get(again.id).avatar_path == "https://cdn.test/b.png"  # type: ignore[union-attr]


def test_a_picture_that_is_not_on_the_web_is_not_kept(paths) -> None:
    service, repo = _service(paths)
    account = asyncio.run(service.store_sign_in(Network.BLUESKY, _result("file:///etc/passwd")))
    assert repo.get(account.id).avatar_path is None  # type: ignore[union-attr]
    assert StoreComposerServices._account_choice(repo.get(account.id)).avatar_url == ""
    none = asyncio.run(service.store_sign_in(Network.X, _result(None, "other")))
    assert repo.get(none.id).avatar_path is None  # type: ignore[union-attr]
