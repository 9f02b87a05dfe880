"""Faithful fakes of each network's authorization server, written from the networks' docs.

Each `NetworkSpec` restates, independently of `src/`, what a network's documentation requires:
the authorization URL and its parameters, the token endpoint, how the client authenticates
there, the PKCE style, the long-lived exchange (Meta), refresh and revocation. `FakeAuthServer`
enforces it: it is both the `httpx.MockTransport` handler for the app's requests and the
"browser" that visits the authorization URL and follows the redirect to the app's real
loopback listener. Any deviation from the spec is answered the way the network would (an
OAuth error), and recorded in `violations` so a test can show what was wrong.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlencode, urlsplit

import httpx

from postdesk.auth.profiles.meta import GRAPH_VERSION


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@dataclass
class NetworkSpec:
    """What a network's docs say about its OAuth endpoints (see each spec's `source`)."""

    name: str
    source: str
    authorize: str  # scheme://host/path of the authorization endpoint
    token: str
    token_method: str = "POST"
    client_id_param: str = "client_id"
    client_auth: str = "none"  # none | post | basic | basic_empty_secret
    pkce: str | None = "S256"  # S256 | hex | None
    scope_separator: str = " "
    required_scopes: tuple[str, ...] = ()
    fixed_authorize_params: dict[str, str] = field(default_factory=dict)
    redirect_hosts: tuple[str, ...] = ("127.0.0.1",)
    identity: str = ""
    identity_body: dict[str, Any] = field(default_factory=dict)
    long_lived: str | None = None
    long_lived_grant: str = ""
    long_lived_needs_client_id: bool = False
    refresh: str | None = None  # URL; None: same as token endpoint with grant refresh_token
    refresh_style: str = "oauth"  # oauth | meta
    refresh_grant: str = "refresh_token"
    revoke: str | None = None
    revoke_method: str = "POST"
    issues_refresh_token: bool = True
    expires_in: int = 3600


SECRET = "fake-client-secret-value"
CLIENT_ID = "fake-client-id-123"


@dataclass
class FakeAuthServer:
    """A network's authorization server, per its spec.

    Attributes:
        spec: the documented rules.
        violations: rule breaches seen (empty in a correct run).
        calls: (method, url) of every request the app made.
        revoked: tokens revoked.
    """

    spec: NetworkSpec
    violations: list[str] = field(default_factory=list)
    calls: list[tuple[str, str]] = field(default_factory=list)
    revoked: list[str] = field(default_factory=list)
    issued: list[str] = field(default_factory=list)
    _codes: dict[str, dict[str, str]] = field(default_factory=dict)
    _refresh: dict[str, str] = field(default_factory=dict)
    _access: set[str] = field(default_factory=set)

    # -- the browser -------------------------------------------------------------------------

    async def browser(self, url: str) -> None:
        """Visit the authorization URL, consent, and follow the redirect to the loopback."""
        parts = urlsplit(url)
        q = dict(parse_qsl(parts.query))
        target = f"{parts.scheme}://{parts.netloc}{parts.path}"
        redirect = q.get("redirect_uri", "")
        problem = self._check_authorize(target, q)
        if problem:
            self.violations.append(problem)
            answer = {"error": "invalid_request", "error_description": problem, "state": q.get("state", "")}
        else:
            code = secrets.token_urlsafe(16)
            self._codes[code] = q
            answer = {"code": code, "state": q["state"]}
        location = f"{redirect}{'&' if '?' in redirect else '?'}{urlencode(answer)}"
        # The app's listener binds 127.0.0.1 even when the URI says "localhost".
        location = location.replace("://localhost:", "://127.0.0.1:", 1)
        async with httpx.AsyncClient() as browser:
            await browser.get(location)

    def _check_authorize(self, target: str, q: dict[str, str]) -> str | None:
        s = self.spec
        if target != s.authorize:
            return f"authorize endpoint {target} != {s.authorize}"
        if q.get("response_type") != "code":
            return "response_type must be code"
        if q.get(s.client_id_param) != CLIENT_ID:
            return f"{s.client_id_param} missing"
        if not q.get("state"):
            return "state missing"
        redirect = urlsplit(q.get("redirect_uri", ""))
        if redirect.scheme != "http" or redirect.hostname not in s.redirect_hosts or not redirect.port:
            return f"redirect_uri {q.get('redirect_uri')} not a loopback URI with a port"
        scopes = q.get("scope", "").split(s.scope_separator)
        missing = [sc for sc in s.required_scopes if sc not in scopes]
        if missing:
            return f"scopes missing: {missing} (separator {s.scope_separator!r})"
        for key, value in s.fixed_authorize_params.items():
            if q.get(key) != value:
                return f"{key} must be {value}"
        if s.pkce is None:
            return None
        if q.get("code_challenge_method") != "S256" or not q.get("code_challenge"):
            return "PKCE S256 challenge missing"
        if s.pkce == "hex" and len(q["code_challenge"]) != 64:
            return "TikTok desktop wants a hex SHA-256 challenge"
        return None

    # -- the endpoints ---------------------------------------------------------------------

    def __call__(self, request: httpx.Request) -> httpx.Response:
        url = f"{request.url.scheme}://{request.url.host}{request.url.path}"
        self.calls.append((request.method, url))
        s = self.spec
        grant = dict(parse_qsl(request.url.query.decode())).get("grant_type")
        if s.long_lived and url == s.long_lived and grant == s.long_lived_grant:
            return self._long_lived(request)
        if url == s.token and request.method == s.token_method:
            return self._token(request)
        if s.refresh and url == s.refresh:
            return self._meta_refresh(request)
        if s.revoke and url == s.revoke and request.method == s.revoke_method:
            return self._revoke(request)
        if s.identity and url == s.identity.split("?")[0]:
            if self._bearer(request) not in self._access:
                return httpx.Response(401, json={"error": "invalid_token"})
            return httpx.Response(200, json=s.identity_body)
        self.violations.append(f"unexpected request {request.method} {url}")
        return httpx.Response(404, json={"error": "not_found"})

    @staticmethod
    def _bearer(request: httpx.Request) -> str:
        header = request.headers.get("authorization", "")
        if header.startswith("Bearer "):
            return header.removeprefix("Bearer ")
        return dict(parse_qsl(request.url.query.decode())).get("access_token", "")

    def _form(self, request: httpx.Request) -> dict[str, str]:
        if request.method == "GET":
            return dict(parse_qsl(request.url.query.decode()))
        if request.headers.get("content-type", "").startswith("application/json"):
            return {k: str(v) for k, v in json.loads(request.content).items()}
        return {k: v[0] for k, v in parse_qs(request.content.decode()).items()}

    def _refuse(self, why: str, error: str = "invalid_request", status: int = 400) -> httpx.Response:
        self.violations.append(why)
        return httpx.Response(status, json={"error": error, "error_description": why})

    def _client_ok(self, request: httpx.Request, form: dict[str, str]) -> str | None:
        s = self.spec
        header = request.headers.get("authorization", "")
        if s.client_auth in ("basic", "basic_empty_secret"):
            expected_secret = "" if s.client_auth == "basic_empty_secret" else SECRET
            raw = base64.b64encode(f"{CLIENT_ID}:{expected_secret}".encode()).decode()
            return None if header == f"Basic {raw}" else "client must authenticate with HTTP Basic"
        if form.get(s.client_id_param) != CLIENT_ID:
            return f"{s.client_id_param} missing from the body"
        if s.client_auth == "post" and form.get("client_secret") != SECRET:
            return "client_secret missing from the body"
        if s.client_auth == "none" and "client_secret" in form:
            return "a public client must not send a secret"
        return None

    def _new_tokens(self, with_refresh: bool) -> dict[str, Any]:
        access = "acc-" + secrets.token_urlsafe(24)
        self._access.add(access)
        self.issued.append(access)
        body: dict[str, Any] = {"access_token": access, "token_type": "bearer", "expires_in": self.spec.expires_in}
        if with_refresh:
            refresh = "ref-" + secrets.token_urlsafe(24)
            self._refresh[refresh] = access
            self.issued.append(refresh)
            body["refresh_token"] = refresh
        return body

    def _token(self, request: httpx.Request) -> httpx.Response:
        s = self.spec
        form = self._form(request)
        problem = self._client_ok(request, form)
        if problem:
            return self._refuse(problem, "invalid_client", 401)
        grant = form.get("grant_type")
        if grant == "refresh_token":
            if form.get("refresh_token") not in self._refresh:
                return self._refuse("unknown refresh token", "invalid_grant")
            self._refresh.pop(form["refresh_token"])
            return httpx.Response(200, json=self._new_tokens(True))
        if grant != "authorization_code":
            return self._refuse(f"grant_type {grant}", "unsupported_grant_type")
        auth = self._codes.pop(form.get("code", ""), None)
        if auth is None:
            return self._refuse("unknown or reused code", "invalid_grant")
        if form.get("redirect_uri") != auth["redirect_uri"]:
            return self._refuse("redirect_uri differs from the authorization request", "invalid_grant")
        if s.pkce is not None:
            verifier = form.get("code_verifier", "")
            digest = hashlib.sha256(verifier.encode()).digest()
            expected = digest.hex() if s.pkce == "hex" else _b64url(digest)
            if not verifier or expected != auth["code_challenge"]:
                return self._refuse("PKCE verifier does not match", "invalid_grant")
        return httpx.Response(200, json=self._new_tokens(s.issues_refresh_token and s.long_lived is None))

    def _long_lived(self, request: httpx.Request) -> httpx.Response:
        s = self.spec
        q = dict(parse_qsl(request.url.query.decode()))
        if request.method != "GET" or q.get("grant_type") != s.long_lived_grant:
            return self._refuse(f"long-lived exchange needs GET grant_type={s.long_lived_grant}")
        if q.get("client_secret") != SECRET:
            return self._refuse("long-lived exchange needs client_secret")
        short = q.get("fb_exchange_token") if s.long_lived_needs_client_id else q.get("access_token")
        if s.long_lived_needs_client_id and q.get("client_id") != CLIENT_ID:
            return self._refuse("fb_exchange_token needs client_id")
        if short not in self._access:
            return self._refuse("unknown short-lived token", "invalid_token")
        body = self._new_tokens(False)
        body["expires_in"] = 5184000
        return httpx.Response(200, json=body)

    def _meta_refresh(self, request: httpx.Request) -> httpx.Response:
        q = dict(parse_qsl(request.url.query.decode()))
        if q.get("grant_type") != self.spec.refresh_grant or q.get("access_token") not in self._access:
            return self._refuse("refresh needs the live long-lived token and its grant_type")
        body = self._new_tokens(False)
        body["expires_in"] = 5184000
        return httpx.Response(200, json=body)

    def _revoke(self, request: httpx.Request) -> httpx.Response:
        form = self._form(request)
        if self.spec.revoke_method == "DELETE":
            token = self._bearer(request)
        else:
            problem = self._client_ok(request, form)
            if problem:
                return self._refuse(problem, "invalid_client", 401)
            token = form.get("token", "")
        if token not in self._access and token not in self._refresh:
            return self._refuse("revoking an unknown token", "invalid_token")
        self.revoked.append(token)
        self._access.discard(token)
        self._refresh.pop(token, None)
        return httpx.Response(200, json={"success": True})


GRAPH = f"https://graph.facebook.com/{GRAPH_VERSION}"  # the one version Postdesk uses

SPECS: dict[str, NetworkSpec] = {
    "x": NetworkSpec(
        name="x",
        source="https://docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token",
        authorize="https://x.com/i/oauth2/authorize",
        token="https://api.x.com/2/oauth2/token",
        required_scopes=("tweet.read", "tweet.write", "users.read", "offline.access"),
        identity="https://api.x.com/2/users/me",
        identity_body={"data": {"id": "42", "username": "creator", "name": "A Creator"}},
        revoke="https://api.x.com/2/oauth2/revoke",
        expires_in=7200,
    ),
    "reddit": NetworkSpec(
        name="reddit",
        source="https://github.com/reddit-archive/reddit/wiki/OAuth2",
        authorize="https://www.reddit.com/api/v1/authorize",
        token="https://www.reddit.com/api/v1/access_token",
        client_auth="basic_empty_secret",
        pkce=None,
        required_scopes=("identity", "submit"),
        fixed_authorize_params={"duration": "permanent"},
        identity="https://oauth.reddit.com/api/v1/me",
        identity_body={"id": "t2_abc", "name": "creator"},
        revoke="https://www.reddit.com/api/v1/revoke_token",
    ),
    "youtube": NetworkSpec(
        name="youtube",
        source="https://developers.google.com/identity/protocols/oauth2/native-app",
        authorize="https://accounts.google.com/o/oauth2/v2/auth",
        token="https://oauth2.googleapis.com/token",
        client_auth="post",
        required_scopes=("https://www.googleapis.com/auth/youtube.force-ssl",),
        fixed_authorize_params={"access_type": "offline"},
        identity="https://www.googleapis.com/youtube/v3/channels",
        identity_body={"items": [{"id": "UC123", "snippet": {"title": "My Channel", "customUrl": "@mychannel"}}]},
        revoke="https://oauth2.googleapis.com/revoke",
    ),
    "linkedin": NetworkSpec(
        name="linkedin",
        source="https://learn.microsoft.com/en-us/linkedin/shared/authentication/authorization-code-flow",
        authorize="https://www.linkedin.com/oauth/v2/authorization",
        token="https://www.linkedin.com/oauth/v2/accessToken",
        client_auth="post",
        pkce=None,
        required_scopes=("w_member_social",),
        identity="https://api.linkedin.com/v2/userinfo",
        identity_body={"sub": "li-1", "name": "A Creator"},
        revoke="https://www.linkedin.com/oauth/v2/revoke",
        issues_refresh_token=False,
        expires_in=5184000,
    ),
    "pinterest": NetworkSpec(
        name="pinterest",
        source="https://developers.pinterest.com/docs/getting-started/set-up-authentication-and-authorization/",
        authorize="https://www.pinterest.com/oauth/",
        token="https://api.pinterest.com/v5/oauth/token",
        client_auth="basic",
        pkce=None,
        scope_separator=",",
        required_scopes=("pins:write", "boards:read"),
        identity="https://api.pinterest.com/v5/user_account",
        identity_body={"username": "creator", "id": "p1"},
        expires_in=2592000,
    ),
    "tiktok": NetworkSpec(
        name="tiktok",
        source="https://developers.tiktok.com/doc/login-kit-desktop/",
        authorize="https://www.tiktok.com/v2/auth/authorize/",
        token="https://open.tiktokapis.com/v2/oauth/token/",
        client_id_param="client_key",
        client_auth="post",
        pkce="hex",
        scope_separator=",",
        required_scopes=("user.info.basic", "video.publish"),
        redirect_hosts=("127.0.0.1", "localhost"),
        identity="https://open.tiktokapis.com/v2/user/info/",
        identity_body={"data": {"user": {"open_id": "tt-1", "display_name": "Creator", "username": "creator"}}},
        revoke="https://open.tiktokapis.com/v2/oauth/revoke/",
        expires_in=86400,
    ),
    "facebook": NetworkSpec(
        name="facebook",
        source="https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow",
        authorize=f"https://www.facebook.com/{GRAPH_VERSION}/dialog/oauth",
        token=f"{GRAPH}/oauth/access_token",
        token_method="GET",
        client_auth="post",
        pkce=None,
        scope_separator=",",
        required_scopes=("pages_manage_posts",),
        redirect_hosts=("localhost",),
        identity=f"{GRAPH}/me",
        identity_body={"id": "fb-1", "name": "A Creator"},
        long_lived=f"{GRAPH}/oauth/access_token",
        long_lived_grant="fb_exchange_token",
        long_lived_needs_client_id=True,
        # Pages are stored with Page tokens; disconnecting one must not revoke the others
        # (auth.profiles.facebook), so nothing is revoked at Facebook.
        revoke=None,
    ),
    "instagram": NetworkSpec(
        name="instagram",
        source="https://developers.facebook.com/docs/instagram-platform/reference/access_token",
        authorize="https://www.instagram.com/oauth/authorize",
        token="https://api.instagram.com/oauth/access_token",
        client_auth="post",
        pkce=None,
        scope_separator=",",
        required_scopes=("instagram_business_basic", "instagram_business_content_publish"),
        redirect_hosts=("localhost",),
        identity="https://graph.instagram.com/me",
        identity_body={"user_id": "ig-1", "username": "creator"},
        long_lived="https://graph.instagram.com/access_token",
        long_lived_grant="ig_exchange_token",
        refresh="https://graph.instagram.com/refresh_access_token",
        refresh_grant="ig_refresh_token",
    ),
    "threads": NetworkSpec(
        name="threads",
        source="https://developers.facebook.com/docs/threads/get-started/long-lived-tokens/",
        authorize="https://threads.net/oauth/authorize",
        token="https://graph.threads.net/oauth/access_token",
        client_auth="post",
        pkce=None,
        scope_separator=",",
        required_scopes=("threads_basic", "threads_content_publish"),
        redirect_hosts=("localhost",),
        identity="https://graph.threads.net/v1.0/me",
        identity_body={"id": "th-1", "username": "creator"},
        long_lived="https://graph.threads.net/access_token",
        long_lived_grant="th_exchange_token",
        refresh="https://graph.threads.net/refresh_access_token",
        refresh_grant="th_refresh_token",
    ),
}
