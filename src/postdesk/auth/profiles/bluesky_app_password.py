"""Bluesky sign-in with an app password: com.atproto.server.createSession.

The alternative to OAuth for people who prefer it (and for self-hosted PDSes without OAuth).
Lexicons in shared/specs/bluesky/lexicons: createSession takes {identifier, password,
authFactorToken?} and returns {accessJwt, refreshJwt, handle, did, didDoc?}; refreshSession
and deleteSession take the refresh JWT as the bearer token.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import httpx

from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.profiles.base import ClientConfig, Identity, OAuthProfile, SignInResult
from postdesk.auth.profiles.bluesky import DEFAULT_SERVER, identity_from_did_doc
from postdesk.auth.tokens import TokenSet, register_token_secrets
from postdesk.core.networks import Network

KIND = "bluesky-app-password"


def _jwt_expiry(token: str) -> datetime | None:
    """The `exp` of a JWT (not verified: only to know when to refresh)."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        return datetime.fromtimestamp(int(claims["exp"]), UTC)
    except (IndexError, ValueError, KeyError, TypeError):
        return None


class BlueskyAppPassword:
    """Signs in to a PDS with a handle and an app password.

    Attributes:
        network: Bluesky.
    """

    network = Network.BLUESKY
    refreshable = True

    def __init__(self) -> None:
        # Reuse the shared request helper (User-Agent, error mapping) of OAuth profiles.
        self._http = OAuthProfile(network=Network.BLUESKY, authorize_url="", token_url="")

    def _tokens(self, body: Mapping[str, Any], server: str) -> TokenSet:
        tokens = TokenSet(
            access_token=str(body["accessJwt"]),
            refresh_token=str(body["refreshJwt"]),
            expires_at=_jwt_expiry(str(body["accessJwt"])),
            extra={"sub": body.get("did"), "server": server},
        )
        register_token_secrets(tokens)
        return tokens

    async def sign_in_with(self, http: httpx.AsyncClient, fields: Mapping[str, str], now: datetime) -> SignInResult:
        server = (fields.get("server") or DEFAULT_SERVER).rstrip("/")
        identifier = (fields.get("identifier") or "").strip().lstrip("@")
        password = fields.get("password") or ""
        if not identifier or not password:
            raise AuthError(AuthProblem.INVALID_INPUT, "identifier and app password are required")
        payload = {"identifier": identifier, "password": password}
        if fields.get("auth_factor_token"):
            payload["authFactorToken"] = fields["auth_factor_token"]
        try:
            response = await self._http.send(
                http,
                "POST",
                f"{server}/xrpc/com.atproto.server.createSession",
                AuthProblem.BAD_CREDENTIALS,
                json=payload,
            )
        except AuthError as exc:
            raise AuthError(AuthProblem.BAD_CREDENTIALS, exc.detail, server_error=exc.server_error) from None
        body = response.json()
        tokens = self._tokens(body, server)
        did = str(body["did"])
        identity = (
            identity_from_did_doc(did, body["didDoc"])
            if body.get("didDoc")
            else Identity(remote_user_id=did, handle=str(body["handle"]), display_name=str(body["handle"]))
        )
        if identity.instance_url is None:
            identity = Identity(
                remote_user_id=did,
                handle=str(body["handle"]),
                display_name=str(body["handle"]),
                instance_url=server,
            )
        client = ClientConfig(options={"server": server})
        return SignInResult(client=client, tokens=tokens, identity=identity, facts={})

    async def refresh(self, http: httpx.AsyncClient, client: ClientConfig, tokens: TokenSet, now: datetime) -> TokenSet:
        server = str(tokens.extra.get("server") or client.options.get("server") or DEFAULT_SERVER)
        response = await self._http.send(
            http,
            "POST",
            f"{server}/xrpc/com.atproto.server.refreshSession",
            AuthProblem.REFRESH_FAILED,
            headers={"Authorization": f"Bearer {tokens.refresh_token}"},
        )
        return self._tokens(response.json(), server)

    async def revoke(self, http: httpx.AsyncClient, client: ClientConfig, tokens: TokenSet) -> bool:
        server = str(tokens.extra.get("server") or client.options.get("server") or DEFAULT_SERVER)
        await self._http.send(
            http,
            "POST",
            f"{server}/xrpc/com.atproto.server.deleteSession",
            AuthProblem.REVOKE_FAILED,
            headers={"Authorization": f"Bearer {tokens.refresh_token}"},
        )
        return True
