"""What Meta's three networks (Facebook, Instagram, Threads) share: the user's own app id and
secret, a short-lived token exchanged at once for a long-lived one (about 60 days), and for
Instagram and Threads a refresh of the long-lived token itself (there is no refresh token).

Sources: Facebook https://developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived,
Threads https://developers.facebook.com/docs/threads/get-started/long-lived-tokens/,
Instagram https://developers.facebook.com/docs/instagram-platform/reference/access_token.
Meta matches redirect URIs exactly, so the port is fixed. Meta asks for https redirect URIs in
live mode (U: localhost is allowed while the app is in development mode); the connect dialog says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx

from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.profiles.base import ClientAuth, ClientConfig, FlowContext, Identity, OAuthProfile
from postdesk.auth.tokens import TokenSet, parse_token_response


@dataclass(frozen=True)
class MetaProfile(OAuthProfile):
    """A Meta login profile.

    Attributes:
        code_exchange_method: "GET" (Facebook) or "POST" (Instagram, Threads).
        long_lived_url: where the short-lived token is exchanged for a long-lived one.
        long_lived_grant: that request's grant_type.
        long_lived_sends_client_id: Facebook wants client_id there; the others do not.
        refresh_url: where a long-lived token is refreshed, or None (Facebook: sign in again).
        refresh_grant: that request's grant_type.
        permissions_url: DELETE here revokes the app's permissions, or None.
    """

    code_exchange_method: str = "POST"
    long_lived_url: str = ""
    long_lived_grant: str = ""
    long_lived_sends_client_id: bool = False
    refresh_url: str | None = None
    refresh_grant: str = ""
    permissions_url: str | None = None
    avatar_field: str = "picture"

    async def exchange_code(self, http: httpx.AsyncClient, ctx: FlowContext, code: str, now: datetime) -> TokenSet:
        fields = {
            "client_id": ctx.client.client_id,
            "client_secret": ctx.client.client_secret or "",
            "grant_type": "authorization_code",
            "redirect_uri": ctx.redirect_uri,
            "code": code,
        }
        if ctx.pkce is not None:
            fields["code_verifier"] = ctx.pkce.verifier
        problem = AuthProblem.TOKEN_EXCHANGE_FAILED
        if self.code_exchange_method == "GET":
            response = await self.send(http, "GET", self.token_url, problem, params=fields)
        else:
            response = await self.send(http, "POST", self.token_url, problem, data=fields)
        body = response.json()
        if isinstance(body.get("data"), list) and body["data"]:
            body = body["data"][0]  # Instagram wraps the answer in data[] on some versions
        return parse_token_response(body, now, extra_keys=("user_id",))

    async def after_exchange(
        self, http: httpx.AsyncClient, ctx: FlowContext, tokens: TokenSet, now: datetime
    ) -> TokenSet:
        params = {
            "grant_type": self.long_lived_grant,
            "client_secret": ctx.client.client_secret or "",
        }
        if self.long_lived_sends_client_id:
            params["client_id"] = ctx.client.client_id
            params["fb_exchange_token"] = tokens.access_token
        else:
            params["access_token"] = tokens.access_token
        response = await self.send(http, "GET", self.long_lived_url, AuthProblem.TOKEN_EXCHANGE_FAILED, params=params)
        return parse_token_response(response.json(), now, previous=tokens)

    @property
    def refreshable(self) -> bool:
        return self.refresh_url is not None

    async def refresh(self, http: httpx.AsyncClient, client: ClientConfig, tokens: TokenSet, now: datetime) -> TokenSet:
        if self.refresh_url is None:
            raise AuthError(AuthProblem.REFRESH_FAILED, "long-lived token cannot be refreshed")
        params = {"grant_type": self.refresh_grant, "access_token": tokens.access_token}
        response = await self.send(http, "GET", self.refresh_url, AuthProblem.REFRESH_FAILED, params=params)
        return parse_token_response(response.json(), now, previous=tokens)

    async def revoke(self, http: httpx.AsyncClient, client: ClientConfig, tokens: TokenSet) -> bool:
        if self.permissions_url is None:
            return False
        # Bearer header rather than ?access_token=: a token in a URL ends up in logs.
        await self.send(
            http,
            "DELETE",
            self.permissions_url,
            AuthProblem.REVOKE_FAILED,
            headers={"Authorization": f"Bearer {tokens.access_token}"},
        )
        return True

    async def fetch_identity(self, http: httpx.AsyncClient, client: ClientConfig, tokens: TokenSet) -> Identity:
        # The Graph APIs take the token as a query parameter or a bearer header; the header
        # keeps it out of URLs (and so out of any proxy or httpx log line).
        response = await self.send(
            http,
            "GET",
            self.identity_url or "",
            AuthProblem.TOKEN_EXCHANGE_FAILED,
            headers={"Authorization": f"Bearer {tokens.access_token}"},
        )
        return self.parse_identity(response.json(), tokens)

    def parse_identity(self, body: Any, tokens: TokenSet) -> Identity:
        avatar = body.get(self.avatar_field)
        if isinstance(avatar, dict):
            avatar = avatar.get("data", {}).get("url")
        user_id = body.get("user_id") or body.get("id") or tokens.extra.get("user_id", "")
        return Identity(
            remote_user_id=str(user_id),
            handle=str(body.get("username") or body.get("name", "")),
            display_name=str(body.get("name", "")),
            avatar_url=avatar if isinstance(avatar, str) else None,
        )


#: The Graph API version every Facebook call uses (developers.facebook.com/docs/graph-api reference pages show v26.0).
GRAPH_VERSION = "v26.0"

META_DEFAULTS: dict[str, Any] = {
    "client_auth": ClientAuth.POST,
    "needs_client_secret": True,
    "scope_separator": ",",
    "redirect_host": "localhost",
}
