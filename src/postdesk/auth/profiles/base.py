"""What every network's sign-in has in common: the OAuth profile and the client configuration.

An `OAuthProfile` describes one network's authorization server (endpoints, scopes, how the
client authenticates, PKCE style, redirect URI rules, refresh and revocation) and implements
the generic steps of RFC 6749 with PKCE. Networks with a twist (Mastodon's per-instance
registration, atproto's PAR and DPoP, Meta's long-lived token exchange) subclass it and
override one step. Endpoints are plain fields so tests can point a profile at a local server.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any
from urllib.parse import urlencode

import httpx

from postdesk.auth.errors import AuthError, AuthProblem, from_oauth_error
from postdesk.auth.pkce import ChallengeMethod, Pkce
from postdesk.auth.tokens import TokenSet, parse_token_response
from postdesk.core.networks import Network
from postdesk.log import get_logger

_log = get_logger("auth.profiles")

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The current UTC time (the default clock; tests inject their own)."""
    return datetime.now(UTC)


class ClientAuth(StrEnum):
    """How the client authenticates at the token endpoint (RFC 6749 §2.3)."""

    NONE = "none"  # public client: client_id in the body, no secret
    POST = "client_secret_post"  # client_id and client_secret in the form body
    BASIC = "client_secret_basic"  # HTTP Basic with client_id:client_secret


@dataclass(frozen=True)
class ClientConfig:
    """The OAuth client the user signs in with: Postdesk's, or the user's own (BYOK).

    Attributes:
        client_id: the client (app) id.
        client_secret: the secret, for networks that insist on one; never printed.
        redirect_port: a fixed port the user registered, for networks that match it exactly.
        options: network-specific settings (Mastodon instance, Bluesky server, handle ...).
    """

    client_id: str = ""
    client_secret: str | None = field(default=None, repr=False)
    redirect_port: int | None = None
    options: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Identity:
    """Who signed in, as the network reports it (no secrets).

    Attributes:
        remote_user_id: the network's stable id of the user (or DID, or bot id).
        handle: the user-visible handle (@name, username, channel title ...).
        display_name: the display name, when there is one.
        avatar_url: the avatar's URL, when there is one.
        instance_url: the server this account lives on (Mastodon instance, atproto PDS).
    """

    remote_user_id: str
    handle: str
    display_name: str = ""
    avatar_url: str | None = None
    instance_url: str | None = None


@dataclass(frozen=True)
class SignInResult:
    """What a successful sign-in yields.

    Attributes:
        client: the client configuration used (after any dynamic registration).
        tokens: the tokens, to go straight into the vault.
        identity: who signed in.
        facts: non-secret facts the profile learned (e.g. a Mastodon instance's limits).
    """

    client: ClientConfig
    tokens: TokenSet
    identity: Identity
    facts: dict[str, object]


@dataclass
class FlowContext:
    """The state of one sign-in attempt, passed between a profile's steps.

    Attributes:
        client: the client configuration (a profile may replace it, e.g. after registration).
        redirect_uri: the loopback redirect URI of this attempt.
        state: this attempt's `state`.
        pkce: this attempt's PKCE pair, or None for networks without PKCE.
        data: a profile's private facts for this attempt (authorization server metadata ...).
    """

    client: ClientConfig
    redirect_uri: str
    state: str
    pkce: Pkce | None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class OAuthProfile:
    """One network's OAuth 2 authorization-code profile.

    Attributes:
        network: the network.
        authorize_url: the authorization endpoint.
        token_url: the token endpoint.
        revoke_url: the revocation endpoint (RFC 7009 style), or None.
        identity_url: a GET endpoint that tells who the token belongs to, or None.
        scopes: scopes requested.
        scope_separator: " " (RFC 6749) or "," (Meta, TikTok, Pinterest).
        client_auth: how the client authenticates at the token endpoint.
        pkce: the PKCE challenge style, or None when the network does not take PKCE.
        needs_client_id: the user must bring their own client id (BYOK).
        needs_client_secret: the network insists on a client secret, even for desktop apps.
        client_id_param: the name of the client id parameter ("client_key" on TikTok).
        redirect_host: the host written in the redirect URI.
        redirect_path: the callback path.
        fixed_port: the port to register when the network matches redirect URIs exactly
            (the user may choose another in `ClientConfig.redirect_port`), or None.
        extra_authorize_params: extra authorization request parameters.
        docs_url: the official page this profile was checked against.
    """

    network: Network
    authorize_url: str
    token_url: str
    revoke_url: str | None = None
    identity_url: str | None = None
    scopes: tuple[str, ...] = ()
    scope_separator: str = " "
    client_auth: ClientAuth = ClientAuth.NONE
    pkce: ChallengeMethod | None = ChallengeMethod.S256
    needs_client_id: bool = True
    needs_client_secret: bool = False
    client_id_param: str = "client_id"
    redirect_host: str = "127.0.0.1"
    redirect_path: str = "/callback"
    fixed_port: int | None = None
    extra_authorize_params: Mapping[str, str] = field(default_factory=dict)
    docs_url: str = ""
    user_agent: str = "Postdesk/0.1 (desktop; +https://github.com/postdesk)"

    # -- configuration -------------------------------------------------------------------

    def with_endpoints(self, **endpoints: Any) -> OAuthProfile:
        """A copy with some fields replaced (tests point endpoints at local servers)."""
        return replace(self, **endpoints)

    def check_client(self, client: ClientConfig) -> None:
        """Raise when the client configuration lacks what this network needs.

        Raises:
            AuthError: MISSING_CLIENT_ID or MISSING_CLIENT_SECRET.
        """
        if self.needs_client_id and not client.client_id:
            raise AuthError(AuthProblem.MISSING_CLIENT_ID)
        if self.needs_client_secret and not client.client_secret:
            raise AuthError(AuthProblem.MISSING_CLIENT_SECRET)

    def listen_port(self, client: ClientConfig) -> int:
        """The port the loopback listener binds (0: any free port)."""
        return client.redirect_port or self.fixed_port or 0

    def redirect_uri_for_port(self, port: int | str) -> str:
        """The redirect URI to register with the network, shown in the connect dialog."""
        host = "[::1]" if self.redirect_host == "::1" else self.redirect_host
        return f"http://{host}:{port}{self.redirect_path}"

    # -- the steps of a sign-in, in order ------------------------------------------------

    async def prepare(self, http: httpx.AsyncClient, ctx: FlowContext) -> None:
        """Anything to do once the redirect URI is known (registration, discovery)."""

    async def authorization_url(self, http: httpx.AsyncClient, ctx: FlowContext) -> str:
        """The URL to open in the browser."""
        params: dict[str, str] = {
            "response_type": "code",
            self.client_id_param: ctx.client.client_id,
            "redirect_uri": ctx.redirect_uri,
            "state": ctx.state,
        }
        if self.scopes:
            params["scope"] = self.scope_separator.join(self.scopes)
        if ctx.pkce is not None:
            params["code_challenge"] = ctx.pkce.challenge
            params["code_challenge_method"] = ctx.pkce.wire_method
        params.update(self.extra_authorize_params)
        separator = "&" if "?" in self.authorize_url else "?"
        return f"{self.authorize_url}{separator}{urlencode(params)}"

    def check_callback(self, ctx: FlowContext, params: Mapping[str, str]) -> None:
        """Extra checks on the authorization response (e.g. RFC 9207 `iss`)."""

    async def exchange_code(self, http: httpx.AsyncClient, ctx: FlowContext, code: str, now: datetime) -> TokenSet:
        """Trade the authorization code for tokens (once)."""
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": ctx.redirect_uri,
        }
        if ctx.pkce is not None:
            form["code_verifier"] = ctx.pkce.verifier
        body = await self.token_request(http, ctx.client, form, AuthProblem.TOKEN_EXCHANGE_FAILED)
        return parse_token_response(body, now, extra_keys=self.token_extra_keys())

    async def after_exchange(
        self, http: httpx.AsyncClient, ctx: FlowContext, tokens: TokenSet, now: datetime
    ) -> TokenSet:
        """Post-processing of fresh tokens (Meta's long-lived exchange)."""
        return tokens

    async def fetch_identity(self, http: httpx.AsyncClient, client: ClientConfig, tokens: TokenSet) -> Identity:
        """Ask the network who the tokens belong to."""
        if self.identity_url is None:
            raise NotImplementedError(f"{self.network.value}: no identity endpoint")
        response = await self.send(
            http,
            "GET",
            self.identity_url,
            AuthProblem.TOKEN_EXCHANGE_FAILED,
            headers={"Authorization": f"Bearer {tokens.access_token}"},
        )
        return self.parse_identity(response.json(), tokens)

    def parse_identity(self, body: Any, tokens: TokenSet) -> Identity:
        """Turn the identity endpoint's answer into an Identity (overridden per network).

        The default reads an OpenID Connect UserInfo answer (OIDC Core §5.3.2).
        """
        sub = str(body.get("sub", ""))
        return Identity(
            remote_user_id=sub,
            handle=str(body.get("preferred_username") or sub),
            display_name=str(body.get("name") or ""),
            avatar_url=body.get("picture"),
        )

    # -- after sign-in -------------------------------------------------------------------

    @property
    def refreshable(self) -> bool:
        """Whether this network's tokens can be refreshed without the user."""
        return True

    async def refresh(self, http: httpx.AsyncClient, client: ClientConfig, tokens: TokenSet, now: datetime) -> TokenSet:
        """A fresh access token from the refresh token.

        Raises:
            AuthError: REFRESH_FAILED; the account then needs reconnecting.
        """
        if not tokens.refresh_token:
            raise AuthError(AuthProblem.REFRESH_FAILED, "no refresh token")
        form = {"grant_type": "refresh_token", "refresh_token": tokens.refresh_token}
        body = await self.token_request(http, client, form, AuthProblem.REFRESH_FAILED)
        return parse_token_response(body, now, previous=tokens, extra_keys=self.token_extra_keys())

    async def revoke(self, http: httpx.AsyncClient, client: ClientConfig, tokens: TokenSet) -> bool:
        """Revoke the tokens where the network supports it (RFC 7009).

        Returns:
            Whether a revocation request was made and accepted.
        """
        if self.revoke_url is None:
            return False
        token = tokens.refresh_token or tokens.access_token
        hint = "refresh_token" if tokens.refresh_token else "access_token"
        form = {"token": token, "token_type_hint": hint}
        await self.client_request(http, client, self.revoke_url, form, AuthProblem.REVOKE_FAILED)
        return True

    # -- HTTP helpers --------------------------------------------------------------------

    def token_extra_keys(self) -> tuple[str, ...]:
        """Token answer fields worth keeping as non-secret facts."""
        return ("sub", "user_id", "open_id")

    def _client_fields(self, client: ClientConfig) -> tuple[dict[str, str], dict[str, str]]:
        """Form fields and headers that authenticate the client."""
        form: dict[str, str] = {}
        headers: dict[str, str] = {}
        if self.client_auth is ClientAuth.BASIC:
            raw = f"{client.client_id}:{client.client_secret or ''}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(raw).decode("ascii")
        else:
            form[self.client_id_param] = client.client_id
            if self.client_auth is ClientAuth.POST and client.client_secret:
                form["client_secret"] = client.client_secret
        return form, headers

    async def token_request(
        self,
        http: httpx.AsyncClient,
        client: ClientConfig,
        form: dict[str, str],
        problem: AuthProblem,
    ) -> dict[str, Any]:
        """POST to the token endpoint with client authentication; return the JSON answer."""
        response = await self.client_request(http, client, self.token_url, form, problem)
        body = response.json()
        if not isinstance(body, dict):
            raise AuthError(problem, "token answer is not an object")
        return body

    async def client_request(
        self,
        http: httpx.AsyncClient,
        client: ClientConfig,
        url: str,
        form: dict[str, str],
        problem: AuthProblem,
    ) -> httpx.Response:
        """POST a form to one of the server's endpoints with client authentication."""
        auth_form, headers = self._client_fields(client)
        return await self.send(http, "POST", url, problem, data={**auth_form, **form}, headers=headers)

    async def send(
        self,
        http: httpx.AsyncClient,
        method: str,
        url: str,
        problem: AuthProblem,
        **kwargs: Any,
    ) -> httpx.Response:
        """Make one request; turn transport failures and OAuth error answers into AuthError."""
        headers = {"User-Agent": self.user_agent, "Accept": "application/json"}
        headers.update(kwargs.pop("headers", None) or {})
        try:
            response = await http.request(method, url, headers=headers, **kwargs)
        except httpx.TransportError as exc:
            raise AuthError(AuthProblem.NETWORK_UNREACHABLE, type(exc).__name__) from None
        if response.is_success:
            return response
        raise error_from_response(response, problem)


def error_from_response(response: httpx.Response, problem: AuthProblem) -> AuthError:
    """An AuthError for a failed answer, keeping only the OAuth error code and description."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        error = from_oauth_error(body["error"], body.get("error_description"))
        return AuthError(problem, f"HTTP {response.status_code} {error.detail}", server_error=error.server_error)
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        # Meta's Graph API: {"error": {"message", "type", "code"}}
        inner = body["error"]
        return AuthError(problem, f"HTTP {response.status_code} {inner.get('type', '')} {inner.get('code', '')}")
    return AuthError(problem, f"HTTP {response.status_code}")
