"""Bluesky (atproto): OAuth with PAR, DPoP and PKCE as a loopback native client.

Checked against https://atproto.com/specs/oauth:
- the authorization server is found from the user's PDS (or the bsky.social entryway):
  GET /.well-known/oauth-protected-resource -> authorization_servers[0], then
  GET /.well-known/oauth-authorization-server (its `issuer` must equal that URL);
- a development/native client with no hosted metadata uses the loopback client_id form
  `http://localhost?redirect_uri=<enc>&scope=<enc>`; the redirect URI itself must use
  127.0.0.1 (not "localhost"), and any port matches (RFC 8252);
- the authorization request is pushed first (PAR, RFC 9126) with a DPoP proof; the server may
  answer `use_dpop_nonce` with a DPoP-Nonce header, and the request is then retried once;
- PKCE S256 is mandatory; the authorization response carries `iss` (RFC 9207), checked here;
- the token endpoint needs a DPoP proof; the answer's `sub` is the account DID and `scope`
  must include `atproto`; tokens are DPoP-bound, so the key goes to the vault with them;
- the DID document (did:plc via the PLC directory, did:web via .well-known) gives the handle
  and the PDS.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx

from postdesk.auth.dpop import DpopKey
from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.pkce import same_secret
from postdesk.auth.profiles.base import ClientAuth, ClientConfig, FlowContext, Identity, OAuthProfile
from postdesk.auth.tokens import TokenSet, parse_token_response
from postdesk.core.networks import Network

DEFAULT_SERVER = "https://bsky.social"
DEFAULT_PLC = "https://plc.directory"


def loopback_client_id(redirect_uri: str, scope: str) -> str:
    """The atproto loopback client_id for a redirect URI and scope."""
    return "http://localhost?" + urlencode({"redirect_uri": redirect_uri, "scope": scope})


class BlueskyProfile(OAuthProfile):
    """atproto OAuth for a native app without hosted client metadata."""

    def check_client(self, client: ClientConfig) -> None:
        """Nothing to bring: the client id is derived from the redirect URI."""

    async def _dpop_post(
        self,
        http: httpx.AsyncClient,
        key: DpopKey,
        url: str,
        form: dict[str, str],
        problem: AuthProblem,
        nonces: dict[str, str],
    ) -> httpx.Response:
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(url))
        for _attempt in range(2):
            headers = {
                "User-Agent": self.user_agent,
                "Accept": "application/json",
                "DPoP": key.proof("POST", url, nonce=nonces.get(origin)),
            }
            try:
                response = await http.post(url, data=form, headers=headers)
            except httpx.TransportError as exc:
                raise AuthError(AuthProblem.NETWORK_UNREACHABLE, type(exc).__name__) from None
            if "DPoP-Nonce" in response.headers:
                nonces[origin] = response.headers["DPoP-Nonce"]
            if response.status_code in (400, 401) and _error_of(response) == "use_dpop_nonce":
                continue
            if response.is_success:
                return response
            from postdesk.auth.profiles.base import error_from_response

            raise error_from_response(response, problem)
        raise AuthError(problem, "DPoP nonce not accepted")

    async def prepare(self, http: httpx.AsyncClient, ctx: FlowContext) -> None:
        server = (ctx.client.options.get("server") or DEFAULT_SERVER).rstrip("/")
        issuer = server
        try:
            resource = await self.send(
                http, "GET", f"{server}/.well-known/oauth-protected-resource", AuthProblem.SERVER_REFUSED
            )
            servers = resource.json().get("authorization_servers") or []
            if servers:
                issuer = str(servers[0]).rstrip("/")
        except AuthError as exc:
            if exc.code is AuthProblem.NETWORK_UNREACHABLE:
                raise
            # An entryway (bsky.social) is its own authorization server.
        meta = (
            await self.send(http, "GET", f"{issuer}/.well-known/oauth-authorization-server", AuthProblem.SERVER_REFUSED)
        ).json()
        if str(meta.get("issuer", "")).rstrip("/") != issuer:
            raise AuthError(AuthProblem.SERVER_REFUSED, "authorization server issuer mismatch")
        ctx.data["as"] = meta
        ctx.data["dpop"] = DpopKey()
        ctx.data["nonces"] = {}
        scope = " ".join(self.scopes)
        ctx.client = replace(ctx.client, client_id=loopback_client_id(ctx.redirect_uri, scope))

    async def authorization_url(self, http: httpx.AsyncClient, ctx: FlowContext) -> str:
        meta = ctx.data["as"]
        assert ctx.pkce is not None
        form = {
            "client_id": ctx.client.client_id,
            "response_type": "code",
            "redirect_uri": ctx.redirect_uri,
            "scope": " ".join(self.scopes),
            "state": ctx.state,
            "code_challenge": ctx.pkce.challenge,
            "code_challenge_method": "S256",
        }
        handle = (ctx.client.options.get("handle") or "").strip().lstrip("@")
        if handle:
            form["login_hint"] = handle
        response = await self._dpop_post(
            http,
            ctx.data["dpop"],
            meta["pushed_authorization_request_endpoint"],
            form,
            AuthProblem.SERVER_REFUSED,
            ctx.data["nonces"],
        )
        request_uri = response.json()["request_uri"]
        query = urlencode({"client_id": ctx.client.client_id, "request_uri": request_uri})
        return f"{meta['authorization_endpoint']}?{query}"

    def check_callback(self, ctx: FlowContext, params: dict[str, str]) -> None:  # type: ignore[override]
        if "code" in params and not same_secret(ctx.data["as"]["issuer"], params.get("iss")):
            raise AuthError(AuthProblem.SERVER_REFUSED, "iss does not match the authorization server")

    async def exchange_code(self, http: httpx.AsyncClient, ctx: FlowContext, code: str, now: datetime) -> TokenSet:
        meta = ctx.data["as"]
        key: DpopKey = ctx.data["dpop"]
        assert ctx.pkce is not None
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": ctx.redirect_uri,
            "code_verifier": ctx.pkce.verifier,
            "client_id": ctx.client.client_id,
        }
        response = await self._dpop_post(
            http, key, meta["token_endpoint"], form, AuthProblem.TOKEN_EXCHANGE_FAILED, ctx.data["nonces"]
        )
        body = response.json()
        if "atproto" not in str(body.get("scope", "")).split():
            raise AuthError(AuthProblem.TOKEN_EXCHANGE_FAILED, "scope without atproto")
        tokens = parse_token_response(body, now, extra_keys=("sub",))
        extra = dict(tokens.extra)
        extra.update(
            issuer=meta["issuer"],
            token_endpoint=meta["token_endpoint"],
            revocation_endpoint=meta.get("revocation_endpoint"),
            client_id=ctx.client.client_id,
        )
        return replace(tokens, dpop_key=key.to_pem(), extra=extra)

    async def fetch_identity(self, http: httpx.AsyncClient, client: ClientConfig, tokens: TokenSet) -> Identity:
        did = str(tokens.extra.get("sub", ""))
        if did.startswith("did:plc:"):
            plc = (client.options.get("plc_directory") or DEFAULT_PLC).rstrip("/")
            url = f"{plc}/{did}"
        elif did.startswith("did:web:"):
            url = f"https://{did.removeprefix('did:web:')}/.well-known/did.json"
        else:
            raise AuthError(AuthProblem.TOKEN_EXCHANGE_FAILED, "unexpected sub")
        doc = (await self.send(http, "GET", url, AuthProblem.TOKEN_EXCHANGE_FAILED)).json()
        return identity_from_did_doc(did, doc)

    async def refresh(self, http: httpx.AsyncClient, client: ClientConfig, tokens: TokenSet, now: datetime) -> TokenSet:
        if not tokens.refresh_token or not tokens.dpop_key:
            raise AuthError(AuthProblem.REFRESH_FAILED, "no refresh token")
        form = {
            "grant_type": "refresh_token",
            "refresh_token": tokens.refresh_token,
            "client_id": str(tokens.extra.get("client_id", "")),
        }
        response = await self._dpop_post(
            http,
            DpopKey.from_pem(tokens.dpop_key),
            str(tokens.extra["token_endpoint"]),
            form,
            AuthProblem.REFRESH_FAILED,
            {},
        )
        return parse_token_response(response.json(), now, previous=tokens, extra_keys=("sub",))

    async def revoke(self, http: httpx.AsyncClient, client: ClientConfig, tokens: TokenSet) -> bool:
        url = tokens.extra.get("revocation_endpoint")
        if not url or not tokens.dpop_key:
            return False
        form = {
            "token": tokens.refresh_token or tokens.access_token,
            "client_id": str(tokens.extra.get("client_id", "")),
        }
        await self._dpop_post(http, DpopKey.from_pem(tokens.dpop_key), str(url), form, AuthProblem.REVOKE_FAILED, {})
        return True


def identity_from_did_doc(did: str, doc: dict[str, Any]) -> Identity:
    """Handle and PDS from a DID document."""
    handle = next((a.removeprefix("at://") for a in doc.get("alsoKnownAs", []) if a.startswith("at://")), did)
    pds = next(
        (
            s.get("serviceEndpoint")
            for s in doc.get("service", [])
            if s.get("id") in ("#atproto_pds", f"{did}#atproto_pds")
        ),
        None,
    )
    return Identity(remote_user_id=did, handle=handle, display_name=handle, instance_url=pds)


def _error_of(response: httpx.Response) -> str | None:
    try:
        body = response.json()
    except ValueError:
        return None
    return body.get("error") if isinstance(body, dict) else None


PROFILE = BlueskyProfile(
    network=Network.BLUESKY,
    authorize_url="",  # discovered
    token_url="",
    scopes=("atproto", "transition:generic"),
    client_auth=ClientAuth.NONE,
    needs_client_id=False,
    docs_url="https://atproto.com/specs/oauth",
)
