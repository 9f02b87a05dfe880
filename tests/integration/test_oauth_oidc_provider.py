"""End to end: the real loopback flow against a real OAuth 2 server (oidc-provider on 127.0.0.1).

The test plays the browser (login and consent pages, with httpx), and the app side is the real
code: listener, PKCE, token exchange, vault (over an in-memory keyring), account store (a real
SQLite file), refresh and revocation.
"""

from __future__ import annotations

import asyncio
import logging
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from postdesk.auth.accounts import AccountService
from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.flow import sign_in
from postdesk.auth.pkce import ChallengeMethod
from postdesk.auth.profiles.base import ClientConfig, FlowContext, OAuthProfile
from postdesk.auth.vault import KeyringStore, TokenVault
from postdesk.core.entities import AccountStatus
from postdesk.core.networks import Network
from postdesk.store.db import open_database
from postdesk.store.repositories.accounts import AccountRepository
from tests.fakes.oauth_browser import OidcDevBrowser
from tests.fakes.oauth_oidc_server import OidcServer, oidc_server  # noqa: F401 - fixture
from tests.helpers.memory_keyring import MemoryKeyring

pytestmark = [pytest.mark.integration, pytest.mark.oauth_server]


def _profile(server: OidcServer, **changes: object) -> OAuthProfile:
    # A public native client with PKCE and refresh through offline_access: the same shape as
    # X's public-client profile, pointed at the local server.
    base = OAuthProfile(
        network=Network.X,
        authorize_url=f"{server.issuer}/auth",
        token_url=f"{server.issuer}/token",
        revoke_url=f"{server.issuer}/token/revocation",
        identity_url=f"{server.issuer}/me",
        scopes=("openid", "offline_access", "profile"),
        # OIDC Core §11: offline_access is only granted with prompt=consent.
        extra_authorize_params={"prompt": "consent"},
        pkce=ChallengeMethod.S256,
    )
    return base.with_endpoints(**changes)


@pytest.fixture
def memory_ring() -> MemoryKeyring:
    return MemoryKeyring()


def test_full_flow_tokens_in_vault_then_refresh_then_revoke(
    oidc_server: OidcServer, paths, memory_ring: MemoryKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    database = open_database(paths)
    repo = AccountRepository(database)
    vault = TokenVault(KeyringStore(memory_ring))
    profile = _profile(oidc_server)
    service = AccountService(repo, vault, {Network.X: profile})
    browser = OidcDevBrowser(login="creator")
    client = ClientConfig(client_id=oidc_server.client_id)

    async def scenario() -> tuple[list[str], bool]:
        account = await service.connect(Network.X, client, browser, timeout=30)
        assert account.handle == "creator"
        assert account.status is AccountStatus.CONNECTED
        first = vault.load(Network.X, account.id)
        assert first is not None and first.refresh_token and first.access_token
        assert account.token_expires_at == first.expires_at
        fresh = await service.tokens_for(account.id, force_refresh=True)
        assert fresh.access_token != first.access_token
        assert vault.load(Network.X, account.id).access_token == fresh.access_token  # type: ignore[union-attr]
        # The refreshed token works at the resource server.
        async with httpx.AsyncClient() as http:
            me = await http.get(f"{oidc_server.issuer}/me", headers={"Authorization": f"Bearer {fresh.access_token}"})
        assert me.json()["sub"] == "creator"
        seen = [first.access_token, first.refresh_token, fresh.access_token, fresh.refresh_token]
        revoked = await service.disconnect(account.id)
        # After revocation the refresh token is dead at the server.
        async with httpx.AsyncClient() as http:
            with pytest.raises(AuthError) as refused:
                await profile.refresh(http, client, fresh, first.expires_at)  # type: ignore[arg-type]
        assert refused.value.server_error == "invalid_grant"
        return [s for s in seen if s], revoked

    secrets, revoked = asyncio.run(scenario())
    assert revoked
    assert repo.list() == []
    assert memory_ring.entries == {}
    assert "signed in</h1>" in browser.final.text  # type: ignore[union-attr]

    # No token in any log record (formatted or raw), nor in the SQLite files.
    logs = "\n".join([caplog.text] + [r.getMessage() for r in caplog.records] + [str(r.args) for r in caplog.records])
    database.close()
    stored = b"".join(p.read_bytes() for p in paths.base.glob("postdesk.sqlite3*") if p.is_file())
    assert stored, "the SQLite file should exist"
    for secret in secrets:
        assert secret not in logs
        assert secret.encode() not in stored


def test_user_denies_access(oidc_server: OidcServer) -> None:
    browser = OidcDevBrowser(deny=True)

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            await sign_in(
                _profile(oidc_server),
                ClientConfig(client_id=oidc_server.client_id),
                http=http,
                open_browser=browser,
                timeout=30,
            )

    with pytest.raises(AuthError) as denied:
        asyncio.run(scenario())
    assert denied.value.code is AuthProblem.ACCESS_DENIED
    assert "Sign-in cancelled" in browser.final.text  # type: ignore[union-attr]


def test_replayed_code_is_refused(oidc_server: OidcServer) -> None:
    browser = OidcDevBrowser()
    profile = _profile(oidc_server)
    client = ClientConfig(client_id=oidc_server.client_id)
    contexts: list[FlowContext] = []

    class Recording(OAuthProfile):
        async def exchange_code(self, http, ctx, code, now):  # type: ignore[no-untyped-def]
            contexts.append(ctx)
            return await super().exchange_code(http, ctx, code, now)

    recording = Recording(**{f: getattr(profile, f) for f in profile.__dataclass_fields__})

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            result = await sign_in(recording, client, http=http, open_browser=browser, timeout=30)
            assert result.tokens.access_token
            code = parse_qs(urlsplit(str(browser.final.url)).query)["code"][0]  # type: ignore[union-attr]
            with pytest.raises(AuthError) as replay:
                await profile.exchange_code(http, contexts[0], code, result.tokens.expires_at)  # type: ignore[arg-type]
            assert replay.value.code is AuthProblem.TOKEN_EXCHANGE_FAILED
            assert replay.value.server_error == "invalid_grant"

    asyncio.run(scenario())


def test_token_request_without_verifier_is_refused(oidc_server: OidcServer) -> None:
    class ForgetsVerifier(OAuthProfile):
        async def exchange_code(self, http, ctx, code, now):  # type: ignore[no-untyped-def]
            form = {"grant_type": "authorization_code", "code": code, "redirect_uri": ctx.redirect_uri}
            await self.token_request(http, ctx.client, form, AuthProblem.TOKEN_EXCHANGE_FAILED)
            raise AssertionError("the server accepted a code without its PKCE verifier")

    profile = _profile(oidc_server)
    forgets = ForgetsVerifier(**{f: getattr(profile, f) for f in profile.__dataclass_fields__})

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            await sign_in(
                forgets,
                ClientConfig(client_id=oidc_server.client_id),
                http=http,
                open_browser=OidcDevBrowser(),
                timeout=30,
            )

    with pytest.raises(AuthError) as refused:
        asyncio.run(scenario())
    assert refused.value.code is AuthProblem.TOKEN_EXCHANGE_FAILED
    assert refused.value.server_error == "invalid_grant"


def test_request_without_pkce_is_refused_by_the_server(oidc_server: OidcServer) -> None:
    browser = OidcDevBrowser()

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            await sign_in(
                _profile(oidc_server, pkce=None),
                ClientConfig(client_id=oidc_server.client_id),
                http=http,
                open_browser=browser,
                timeout=30,
            )

    with pytest.raises(AuthError) as refused:
        asyncio.run(scenario())
    assert refused.value.code is AuthProblem.SERVER_REFUSED
    assert refused.value.server_error == "invalid_request"


def test_two_flows_at_once_do_not_cross(oidc_server: OidcServer) -> None:
    profile = _profile(oidc_server)
    client = ClientConfig(client_id=oidc_server.client_id)
    alice, bob = OidcDevBrowser(login="alice"), OidcDevBrowser(login="bob")

    async def scenario():  # type: ignore[no-untyped-def]
        async with httpx.AsyncClient() as http:
            return await asyncio.gather(
                sign_in(profile, client, http=http, open_browser=alice, timeout=30),
                sign_in(profile, client, http=http, open_browser=bob, timeout=30),
            )

    first, second = asyncio.run(scenario())
    assert first.identity.handle == "alice"
    assert second.identity.handle == "bob"
    assert first.tokens.access_token != second.tokens.access_token
