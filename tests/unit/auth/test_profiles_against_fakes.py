"""Every OAuth network's profile, run end to end against a fake of its documented server.

The real loopback listener, PKCE, vault and account store are used; only the network's HTTP
endpoints are fakes (tests/fakes/oauth_networks.py), and they refuse anything the network's
docs do not allow.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from postdesk.auth.accounts import AccountService
from postdesk.auth.profiles import BROWSER_PROFILES
from postdesk.auth.profiles.base import ClientConfig
from postdesk.auth.vault import KeyringStore, TokenVault
from postdesk.core.entities import AccountStatus
from postdesk.core.networks import Network
from postdesk.store.db import open_database
from postdesk.store.repositories.accounts import AccountRepository
from tests.fakes.oauth_networks import CLIENT_ID, SECRET, SPECS, FakeAuthServer
from tests.helpers.memory_keyring import MemoryKeyring

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def _profile_for_test(network: Network):  # type: ignore[no-untyped-def]
    profile = BROWSER_PROFILES[network]
    # Fixed ports are the user's to register; tests take a free one so xdist runs never clash.
    return profile.with_endpoints(fixed_port=None)


@pytest.mark.parametrize("name", sorted(SPECS))
def test_profile_follows_the_documented_flow(name: str, paths) -> None:
    network = Network(name)
    fake = FakeAuthServer(SPECS[name])
    repo = AccountRepository(open_database(paths))
    ring = MemoryKeyring()
    vault = TokenVault(KeyringStore(ring))
    service = AccountService(
        repo,
        vault,
        {network: _profile_for_test(network)},
        http_factory=lambda: httpx.AsyncClient(transport=httpx.MockTransport(fake)),
        clock=lambda: NOW,
    )
    spec = SPECS[name]
    public = spec.client_auth in ("none", "basic_empty_secret")
    client = ClientConfig(client_id=CLIENT_ID, client_secret=None if public else SECRET)

    async def scenario():  # type: ignore[no-untyped-def]
        account = await service.connect(network, client, fake.browser, timeout=10)
        refreshed = None
        profile = service.profile(network)
        if profile.refreshable and (spec.issues_refresh_token or spec.refresh):
            refreshed = await service.tokens_for(account.id, force_refresh=True)
        revoked = await service.disconnect(account.id)
        return account, refreshed, revoked

    account, refreshed, revoked = asyncio.run(scenario())
    assert fake.violations == []
    assert account.handle and account.status is AccountStatus.CONNECTED
    assert account.keyring_backend == vault.backend_name
    if spec.long_lived:
        # Meta: the stored token is the long-lived one (about 60 days), not the 1-hour one.
        assert account.token_expires_at == NOW + timedelta(seconds=5184000)
    if BROWSER_PROFILES[network].refreshable and (spec.issues_refresh_token or spec.refresh):
        assert refreshed is not None and refreshed.access_token in fake.issued
    assert revoked is (spec.revoke is not None)
    assert ring.entries == {}
    assert repo.list() == []


def test_fake_refuses_a_wrong_client_auth_style(paths) -> None:
    """The fakes can fail: a profile that posts its secret where Basic auth is required is refused."""
    from postdesk.auth.errors import AuthError, AuthProblem
    from postdesk.auth.profiles.base import ClientAuth

    fake = FakeAuthServer(SPECS["pinterest"])
    wrong = _profile_for_test(Network.PINTEREST).with_endpoints(client_auth=ClientAuth.POST)
    service = AccountService(
        AccountRepository(open_database(paths)),
        TokenVault(KeyringStore(MemoryKeyring())),
        {Network.PINTEREST: wrong},
        http_factory=lambda: httpx.AsyncClient(transport=httpx.MockTransport(fake)),
        clock=lambda: NOW,
    )
    with pytest.raises(AuthError) as refused:
        asyncio.run(
            service.connect(
                Network.PINTEREST, ClientConfig(client_id=CLIENT_ID, client_secret=SECRET), fake.browser, timeout=10
            )
        )
    assert refused.value.code is AuthProblem.TOKEN_EXCHANGE_FAILED
    assert fake.violations == ["client must authenticate with HTTP Basic"]


def test_missing_byok_client_id_is_a_problem_code() -> None:
    from postdesk.auth.errors import AuthError, AuthProblem
    from postdesk.auth.flow import sign_in

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            await sign_in(
                BROWSER_PROFILES[Network.TIKTOK],
                ClientConfig(client_id=CLIENT_ID),
                http=http,
                open_browser=lambda url: None,
                timeout=1,
            )

    with pytest.raises(AuthError) as missing:
        asyncio.run(scenario())
    assert missing.value.code is AuthProblem.MISSING_CLIENT_SECRET
