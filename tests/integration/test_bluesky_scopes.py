"""A Bluesky token that lacks what a call needs gets the PDS's own refusal, worded for the creator.

The refusals are the reference PDS's own answers, taken from its code (the `@atproto/pds` and
`@atproto/oauth-scopes` packages the suite installs under tests/servers/atproto): an OAuth token
without the scope a call needs (signed in with `atproto` only, not `transition:generic`) gets 403
`ScopeMissingError` "Missing required scope "..."" from `ScopePermissions.assert*`; an app password
that is not privileged gets 400 `InvalidRequest` "insufficient access to request a service auth
token for the following method: ..." from `com.atproto.server.getServiceAuth`. Served here by the
scripted XRPC server (a real PDS issues scope-limited tokens only through its browser consent).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from postdesk.platforms import bluesky_xrpc
from postdesk.platforms.base import AuthExpired, PublishRequest, Rejected
from postdesk.platforms.bluesky import BlueskyAdapter
from tests.fakes.bluesky_faults import FaultServer, error
from tests.integration.test_bluesky_faults import Tokens

pytestmark = pytest.mark.integration
PDS_CODE = Path(__file__).resolve().parents[1] / "servers" / "atproto" / "node_modules" / "@atproto"
CREATE = "com.atproto.repo.createRecord"
SERVICE_AUTH = "com.atproto.server.getServiceAuth"


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fake:
        yield fake


def _publish(server: FaultServer, tokens: Tokens | None = None) -> Tokens:
    tokens = tokens or Tokens(server.url)

    async def main() -> None:
        adapter = BlueskyAdapter(tokens)
        try:
            await adapter.publish(PublishRequest(1, 1, ("hello",)))
        finally:
            await adapter.aclose()

    asyncio.run(main())
    return tokens


def test_an_oauth_token_without_the_scope_is_told_to_reconnect(server: FaultServer) -> None:
    server.script(
        CREATE, error(403, "ScopeMissingError", 'Missing required scope "repo:app.bsky.feed.post?action=create"')
    )
    with pytest.raises(Rejected) as refused:
        _publish(server)
    assert refused.value.reason == bluesky_xrpc.MISSING_SCOPE
    assert "Reconnect" in refused.value.reason and "ScopeMissingError" not in refused.value.reason
    assert refused.value.http_status == 403
    assert "repo:app.bsky.feed.post?action=create" in (refused.value.network_message or "")
    assert [method for method, _auth in server.seen].count(CREATE) == 1  # not retried


def test_a_scope_refusal_is_not_an_expired_token(server: FaultServer) -> None:
    # The same 403 must not send the account to "reconnect because the sign-in expired" by refreshing.
    server.script(
        CREATE, error(403, "ScopeMissingError", 'Missing required scope "repo:app.bsky.feed.post?action=create"')
    )
    tokens = Tokens(server.url)
    with pytest.raises(Rejected) as refused:
        _publish(server, tokens)
    assert tokens.refreshes == 0
    assert not isinstance(refused.value, AuthExpired)


def test_an_app_password_without_the_privilege_is_told_what_to_do(server: FaultServer) -> None:
    reply = error(
        400,
        "InvalidRequest",
        "insufficient access to request a service auth token for the following method: chat.bsky.convo.sendMessage",
    )
    server.script(CREATE, reply)
    with pytest.raises(Rejected) as refused:
        _publish(server)
    assert refused.value.reason == bluesky_xrpc.APP_PASSWORD_NOT_PRIVILEGED
    assert "app password" in refused.value.reason and "insufficient access" not in refused.value.reason


@pytest.mark.skipif(not PDS_CODE.exists(), reason="the reference PDS packages are not installed")
def test_the_refusals_are_the_reference_pds_own() -> None:
    """The words and codes scripted above are what the installed reference PDS produces."""
    missing = (PDS_CODE / "oauth-scopes" / "dist" / "scope-missing-error.js").read_text()
    assert "Missing required scope" in missing and "'ScopeMissingError'" in missing and "value: 403" in missing
    service_auth = (PDS_CODE / "pds" / "dist" / "api" / "com" / "atproto" / "server" / "getServiceAuth.js").read_text()
    assert "insufficient access to request a service auth token for the following method" in service_auth
