"""AccountService: refresh ahead of expiry, failed refresh marks needs_reconnect, disconnect."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from postdesk.auth.accounts import AccountService
from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.profiles.base import ClientAuth, OAuthProfile
from postdesk.auth.tokens import TokenSet
from postdesk.auth.vault import KeyringStore, TokenVault
from postdesk.core.entities import AccountStatus
from postdesk.core.networks import Network
from postdesk.store.db import open_database
from postdesk.store.repositories.accounts import AccountRepository
from tests.helpers.memory_keyring import MemoryKeyring

NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
PROFILE = OAuthProfile(
    network=Network.REDDIT,
    authorize_url="https://auth.test/authorize",
    token_url="https://auth.test/token",
    revoke_url="https://auth.test/revoke",
    client_auth=ClientAuth.BASIC,
    pkce=None,
)


def _service(paths, handler):  # type: ignore[no-untyped-def]
    repo = AccountRepository(open_database(paths))
    ring = MemoryKeyring()
    vault = TokenVault(KeyringStore(ring))
    service = AccountService(
        repo,
        vault,
        {Network.REDDIT: PROFILE},
        http_factory=lambda: httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        clock=lambda: NOW,
    )
    account = repo.add(
        Network.REDDIT,
        "someone",
        now=NOW,
        token_expires_at=NOW + timedelta(minutes=5),
        keyring_backend=vault.backend_name,
        default_options={"_client": {"client_id": "cid"}},
    )
    vault.save(
        Network.REDDIT,
        account.id,
        TokenSet(
            access_token="old-access-token", refresh_token="the-refresh-token", expires_at=NOW + timedelta(minutes=5)
        ),
    )
    return service, repo, vault, ring, account


def test_refreshes_ahead_of_expiry(paths) -> None:
    seen: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.content)
        assert request.headers["authorization"].startswith("Basic ")
        return httpx.Response(200, json={"access_token": "new-access-token", "expires_in": 3600})

    service, repo, _vault, _ring, account = _service(paths, handler)
    tokens = asyncio.run(service.tokens_for(account.id))
    assert tokens.access_token == "new-access-token"
    assert tokens.refresh_token == "the-refresh-token"
    assert b"grant_type=refresh_token" in seen[0]
    assert repo.get(account.id).token_expires_at == NOW + timedelta(hours=1)  # type: ignore[union-attr]
    # Fresh enough now: no second request.
    asyncio.run(service.tokens_for(account.id))
    assert len(seen) == 1


def test_failed_refresh_marks_needs_reconnect(paths) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"error": "invalid_grant"})

    service, repo, _vault, _ring, account = _service(paths, handler)
    with pytest.raises(AuthError) as failed:
        asyncio.run(service.tokens_for(account.id))
    assert failed.value.code is AuthProblem.REFRESH_FAILED
    assert "the-refresh-token" not in str(failed.value)
    assert repo.get(account.id).status is AccountStatus.NEEDS_RECONNECT  # type: ignore[union-attr]
    assert asyncio.run(service.refresh_due()) == []  # needs_reconnect accounts are left alone


def test_disconnect_revokes_and_deletes(paths) -> None:
    revoked: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/revoke"
        revoked.append(request.content)
        return httpx.Response(200)

    service, repo, _vault, ring, account = _service(paths, handler)
    assert asyncio.run(service.disconnect(account.id)) is True
    assert b"token=the-refresh-token" in revoked[0]
    assert repo.get(account.id) is None
    assert ring.entries == {}


def test_disconnect_still_forgets_when_revocation_fails(paths) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("offline")

    service, repo, _vault, ring, account = _service(paths, handler)
    assert asyncio.run(service.disconnect(account.id)) is False
    assert repo.get(account.id) is None and ring.entries == {}


def test_backend_change_is_noticed(paths, caplog: pytest.LogCaptureFixture) -> None:
    service, repo, _vault, _ring, account = _service(paths, lambda r: httpx.Response(500))
    moved = repo.update(account.id, keyring_backend="keyring.backends.Windows.WinVaultKeyring")
    assert service.backend_changed(moved)
    assert "keyring backend" in caplog.text
    assert not service.backend_changed(repo.update(account.id, keyring_backend=service.vault.backend_name))
