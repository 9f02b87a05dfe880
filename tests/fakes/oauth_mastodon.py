"""A fake Mastodon instance's OAuth surface, from the official API docs and the OpenAPI subset
in shared/specs/mastodon (POST /api/v1/apps, /oauth/authorize, /oauth/token, /oauth/revoke,
GET /api/v2/instance, GET /api/v1/accounts/verify_credentials)."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from dataclasses import dataclass, field
from urllib.parse import parse_qs, parse_qsl, urlencode, urlsplit

import httpx

INSTANCE_INFO = {
    "domain": "social.example",
    "title": "Example Social",
    "configuration": {
        "urls": {"streaming": "wss://social.example"},
        "statuses": {"max_characters": 1000, "max_media_attachments": 6, "characters_reserved_per_url": 23},
        "media_attachments": {"image_size_limit": 16777216, "video_size_limit": 103809024},
    },
}


@dataclass
class FakeMastodon:
    """One instance at https://social.example."""

    base: str = "https://social.example"
    violations: list[str] = field(default_factory=list)
    apps: dict[str, dict[str, str]] = field(default_factory=dict)
    revoked: list[str] = field(default_factory=list)
    issued: list[str] = field(default_factory=list)
    _codes: dict[str, dict[str, str]] = field(default_factory=dict)
    _tokens: set[str] = field(default_factory=set)

    def _bad(self, why: str, status: int = 422) -> httpx.Response:
        self.violations.append(why)
        return httpx.Response(status, json={"error": why})

    async def browser(self, url: str) -> None:
        parts = urlsplit(url)
        q = dict(parse_qsl(parts.query))
        app = self.apps.get(q.get("client_id", ""))
        if f"{parts.scheme}://{parts.netloc}{parts.path}" != f"{self.base}/oauth/authorize":
            self.violations.append("wrong authorize endpoint")
        if app is None or q.get("redirect_uri") != app["redirect_uri"] or q.get("response_type") != "code":
            self.violations.append("authorize: unknown client or redirect_uri not registered")
            return
        if not set(q.get("scope", "").split()) <= set(app["scopes"].split()):
            self.violations.append("authorize: scope wider than the app's")
        code = secrets.token_urlsafe(12)
        self._codes[code] = q
        async with httpx.AsyncClient() as browser:
            await browser.get(f"{q['redirect_uri']}?{urlencode({'code': code, 'state': q['state']})}")

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if f"{request.url.scheme}://{request.url.host}" != self.base:
            return self._bad(f"request to another host {request.url.host}", 404)
        if path == "/api/v2/instance" and request.method == "GET":
            return httpx.Response(200, json=INSTANCE_INFO)
        if path == "/api/v1/apps" and request.method == "POST":
            body = self._body(request)
            if not body.get("client_name") or not body.get("redirect_uris"):
                return self._bad("apps: client_name and redirect_uris are required")
            client_id = secrets.token_urlsafe(8)
            self.apps[client_id] = {
                "redirect_uri": str(body["redirect_uris"]),
                "scopes": str(body.get("scopes") or "read"),
                "secret": secrets.token_urlsafe(16),
            }
            return httpx.Response(
                200,
                json={
                    "id": "1",
                    "name": body["client_name"],
                    "client_id": client_id,
                    "client_secret": self.apps[client_id]["secret"],
                    "redirect_uri": body["redirect_uris"],
                    "redirect_uris": [body["redirect_uris"]],
                    "scopes": body.get("scopes", "read").split(),
                    "vapid_key": "v",
                },
            )
        if path == "/oauth/token" and request.method == "POST":
            return self._token(self._body(request))
        if path == "/oauth/revoke" and request.method == "POST":
            body = self._body(request)
            app = self.apps.get(body.get("client_id", ""))
            if app is None or body.get("client_secret") != app["secret"] or not body.get("token"):
                return self._bad("revoke: client_id, client_secret and token are required", 403)
            self.revoked.append(body["token"])
            self._tokens.discard(body["token"])
            return httpx.Response(200, json={})
        if path == "/api/v1/accounts/verify_credentials":
            if request.headers.get("authorization", "").removeprefix("Bearer ") not in self._tokens:
                return httpx.Response(401, json={"error": "The access token is invalid"})
            return httpx.Response(
                200,
                json={
                    "id": "109",
                    "username": "creator",
                    "acct": "creator",
                    "display_name": "A Creator",
                    "avatar": f"{self.base}/a.png",
                },
            )
        return self._bad(f"unexpected {request.method} {path}", 404)

    @staticmethod
    def _body(request: httpx.Request) -> dict[str, str]:
        if request.headers.get("content-type", "").startswith("application/json"):
            return json.loads(request.content)
        return {k: v[0] for k, v in parse_qs(request.content.decode()).items()}

    def _token(self, body: dict[str, str]) -> httpx.Response:
        required = ("client_id", "client_secret", "code", "grant_type", "redirect_uri")
        if any(not body.get(k) for k in required):
            return self._bad(f"token: {required} are required", 400)
        app = self.apps.get(body["client_id"])
        if app is None or app["secret"] != body["client_secret"]:
            return self._bad("token: client authentication failed", 401)
        auth = self._codes.pop(body["code"], None)
        if auth is None or auth["redirect_uri"] != body["redirect_uri"]:
            return self._bad("token: bad code or redirect_uri", 400)
        if "code_challenge" in auth:
            digest = hashlib.sha256(body.get("code_verifier", "").encode()).digest()
            if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != auth["code_challenge"]:
                return self._bad("token: PKCE verifier does not match", 400)
        token = secrets.token_urlsafe(24)
        self._tokens.add(token)
        self.issued.append(token)
        return httpx.Response(
            200,
            json={
                "access_token": token,
                "token_type": "Bearer",
                "scope": auth.get("scope", "read"),
                "created_at": 1700000000,
            },
        )
