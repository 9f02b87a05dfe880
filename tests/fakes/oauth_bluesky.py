"""A fake atproto OAuth authorization server and PDS, per https://atproto.com/specs/oauth.

It checks what the spec requires of a native loopback client: discovery documents, PAR with a
valid DPoP proof (first answered with `use_dpop_nonce`, as real servers do), the loopback
client_id form whose redirect_uri and scope match the request, PKCE S256, `iss` in the
authorization response, DPoP-bound tokens, refresh with the same key, and revocation. It also
serves com.atproto.server.createSession / refreshSession / deleteSession for app passwords.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qs, parse_qsl, urlencode, urlsplit

import httpx
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

PDS = "https://pds.example"
AS = "https://auth.example"
PLC = "https://plc.example"
DID = "did:plc:abcdefghijklmnopqrstuvwx"
HANDLE = "creator.example"


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _jwt(exp: int) -> str:
    head = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    body = _b64(json.dumps({"sub": DID, "exp": exp, "jti": secrets.token_hex(8)}).encode())
    return f"{head}.{body}.{_b64(secrets.token_bytes(16))}"


@dataclass
class FakeAtproto:
    """Authorization server at AS, PDS at PDS, PLC directory at PLC."""

    violations: list[str] = field(default_factory=list)
    issued: list[str] = field(default_factory=list)
    revoked: list[str] = field(default_factory=list)
    app_password: str = "abcd-efgh-ijkl-mnop"
    _nonce: str = field(default_factory=lambda: secrets.token_urlsafe(8))
    _requests: dict[str, dict[str, str]] = field(default_factory=dict)
    _codes: dict[str, dict[str, str]] = field(default_factory=dict)
    _refresh: dict[str, str] = field(default_factory=dict)  # refresh token -> jkt
    _sessions: set[str] = field(default_factory=set)

    def _bad(self, why: str, error: str = "invalid_request", status: int = 400) -> httpx.Response:
        self.violations.append(why)
        return httpx.Response(status, json={"error": error, "error_description": why})

    # -- DPoP --------------------------------------------------------------------------------

    def _check_dpop(self, request: httpx.Request) -> tuple[str | None, httpx.Response | None]:
        proof = request.headers.get("dpop")
        if not proof:
            return None, self._bad("DPoP proof missing", "invalid_dpop_proof")
        try:
            head_b64, body_b64, sig_b64 = proof.split(".")
            head = json.loads(_unb64(head_b64))
            claims = json.loads(_unb64(body_b64))
            jwk = head["jwk"]
            if head.get("typ") != "dpop+jwt" or head.get("alg") != "ES256" or jwk.get("crv") != "P-256":
                return None, self._bad("DPoP header must be dpop+jwt ES256 with a P-256 jwk", "invalid_dpop_proof")
            public = ec.EllipticCurvePublicNumbers(
                int.from_bytes(_unb64(jwk["x"]), "big"), int.from_bytes(_unb64(jwk["y"]), "big"), ec.SECP256R1()
            ).public_key()
            raw = _unb64(sig_b64)
            signature = encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
            public.verify(signature, f"{head_b64}.{body_b64}".encode(), ec.ECDSA(hashes.SHA256()))
        except (ValueError, KeyError, InvalidSignature) as exc:
            return None, self._bad(f"DPoP proof invalid: {type(exc).__name__}", "invalid_dpop_proof")
        url = f"{request.url.scheme}://{request.url.host}{request.url.path}"
        if claims.get("htm") != request.method or claims.get("htu") != url:
            return None, self._bad("DPoP htm/htu do not match the request", "invalid_dpop_proof")
        if abs(int(claims.get("iat", 0)) - time.time()) > 300 or not claims.get("jti"):
            return None, self._bad("DPoP iat/jti", "invalid_dpop_proof")
        if claims.get("nonce") != self._nonce:
            # Not a violation: the spec has clients learn the nonce from this answer.
            return None, httpx.Response(400, json={"error": "use_dpop_nonce"}, headers={"DPoP-Nonce": self._nonce})
        thumb = _b64(
            hashlib.sha256(
                json.dumps(
                    {"crv": jwk["crv"], "kty": jwk["kty"], "x": jwk["x"], "y": jwk["y"]}, separators=(",", ":")
                ).encode()
            ).digest()
        )
        return thumb, None

    # -- the browser -------------------------------------------------------------------------

    async def browser(self, url: str) -> None:
        parts = urlsplit(url)
        q = dict(parse_qsl(parts.query))
        if f"{parts.scheme}://{parts.netloc}{parts.path}" != f"{AS}/oauth/authorize":
            self.violations.append("wrong authorization endpoint")
            return
        pushed = self._requests.pop(q.get("request_uri", ""), None)
        if pushed is None or q.get("client_id") != pushed["client_id"]:
            self.violations.append("authorize: unknown request_uri or client_id differs from PAR")
            return
        code = secrets.token_urlsafe(12)
        self._codes[code] = pushed
        answer = urlencode({"code": code, "state": pushed["state"], "iss": AS})
        async with httpx.AsyncClient() as browser:
            await browser.get(f"{pushed['redirect_uri']}?{answer}")

    # -- endpoints ---------------------------------------------------------------------------

    def __call__(self, request: httpx.Request) -> httpx.Response:
        url = f"{request.url.scheme}://{request.url.host}{request.url.path}"
        if url == f"{PDS}/.well-known/oauth-protected-resource":
            return httpx.Response(200, json={"resource": PDS, "authorization_servers": [AS]})
        if url == f"{AS}/.well-known/oauth-authorization-server":
            return httpx.Response(
                200,
                json={
                    "issuer": AS,
                    "authorization_endpoint": f"{AS}/oauth/authorize",
                    "token_endpoint": f"{AS}/oauth/token",
                    "pushed_authorization_request_endpoint": f"{AS}/oauth/par",
                    "revocation_endpoint": f"{AS}/oauth/revoke",
                    "require_pushed_authorization_requests": True,
                    "dpop_signing_alg_values_supported": ["ES256"],
                    "code_challenge_methods_supported": ["S256"],
                    "client_id_metadata_document_supported": True,
                    "scopes_supported": ["atproto", "transition:generic"],
                },
            )
        if url == f"{PLC}/{DID}":
            return httpx.Response(
                200,
                json={
                    "id": DID,
                    "alsoKnownAs": [f"at://{HANDLE}"],
                    "service": [{"id": "#atproto_pds", "type": "AtprotoPersonalDataServer", "serviceEndpoint": PDS}],
                },
            )
        form = {k: v[0] for k, v in parse_qs(request.content.decode()).items()} if request.content else {}
        if url == f"{AS}/oauth/par":
            return self._par(request, form)
        if url == f"{AS}/oauth/token":
            return self._token(request, form)
        if url == f"{AS}/oauth/revoke":
            self.revoked.append(form.get("token", ""))
            self._refresh.pop(form.get("token", ""), None)
            return httpx.Response(200)
        if url.startswith(f"{PDS}/xrpc/com.atproto.server."):
            return self._xrpc(request, url.rsplit(".", 1)[1])
        return self._bad(f"unexpected {request.method} {url}", status=404)

    def _par(self, request: httpx.Request, form: dict[str, str]) -> httpx.Response:
        _thumb, refusal = self._check_dpop(request)
        if refusal is not None:
            return refusal
        client = urlsplit(form.get("client_id", ""))
        if client.scheme != "http" or client.netloc != "localhost" or client.path not in ("", "/"):
            return self._bad("client_id must be the loopback form http://localhost?...")
        meta = dict(parse_qsl(client.query))
        redirect = urlsplit(form.get("redirect_uri", ""))
        if redirect.hostname != "127.0.0.1":
            return self._bad("loopback redirect_uri must use 127.0.0.1, not localhost")
        if meta.get("redirect_uri") != form.get("redirect_uri") or meta.get("scope") != form.get("scope"):
            return self._bad("client_id's redirect_uri/scope must match the request")
        if "atproto" not in form.get("scope", "").split():
            return self._bad("scope must include atproto", "invalid_scope")
        if form.get("code_challenge_method") != "S256" or not form.get("code_challenge") or not form.get("state"):
            return self._bad("PKCE S256 and state are required")
        request_uri = f"urn:ietf:params:oauth:request_uri:{secrets.token_urlsafe(8)}"
        self._requests[request_uri] = form
        return httpx.Response(201, json={"request_uri": request_uri, "expires_in": 299})

    def _token(self, request: httpx.Request, form: dict[str, str]) -> httpx.Response:
        thumb, refusal = self._check_dpop(request)
        if refusal is not None:
            return refusal
        if form.get("grant_type") == "refresh_token":
            if self._refresh.get(form.get("refresh_token", "")) != thumb:
                return self._bad("refresh token unknown or bound to another DPoP key", "invalid_grant")
            self._refresh.pop(form["refresh_token"])
            return self._tokens(thumb)  # type: ignore[arg-type]
        pushed = self._codes.pop(form.get("code", ""), None)
        if (
            pushed is None
            or pushed["redirect_uri"] != form.get("redirect_uri")
            or pushed["client_id"] != form.get("client_id")
        ):
            return self._bad("unknown code, or redirect_uri/client_id differ", "invalid_grant")
        digest = hashlib.sha256(form.get("code_verifier", "").encode()).digest()
        if _b64(digest) != pushed["code_challenge"]:
            return self._bad("PKCE verifier does not match", "invalid_grant")
        if "client_secret" in form or "authorization" in request.headers:
            return self._bad("a loopback client is public: no client authentication")
        return self._tokens(thumb)  # type: ignore[arg-type]

    def _tokens(self, thumb: str) -> httpx.Response:
        access, refresh = "at-" + secrets.token_urlsafe(20), "rt-" + secrets.token_urlsafe(20)
        self._refresh[refresh] = thumb
        self.issued += [access, refresh]
        return httpx.Response(
            200,
            json={
                "access_token": access,
                "token_type": "DPoP",
                "refresh_token": refresh,
                "expires_in": 3600,
                "scope": "atproto transition:generic",
                "sub": DID,
            },
        )

    def _xrpc(self, request: httpx.Request, method: str) -> httpx.Response:
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if method == "createSession":
            body = json.loads(request.content)
            if set(body) - {"identifier", "password", "authFactorToken", "allowTakendown"}:
                return self._bad("createSession: unknown input field")
            if body.get("identifier") not in (HANDLE, DID) or body.get("password") != self.app_password:
                return httpx.Response(
                    401, json={"error": "AuthenticationRequired", "message": "Invalid identifier or password"}
                )
            return self._session()
        if method == "refreshSession":
            if bearer not in self._sessions:
                return httpx.Response(400, json={"error": "ExpiredToken", "message": "Token has expired"})
            self._sessions.discard(bearer)
            return self._session()
        if method == "deleteSession":
            if bearer not in self._sessions:
                return httpx.Response(400, json={"error": "InvalidToken"})
            self._sessions.discard(bearer)
            self.revoked.append(bearer)
            return httpx.Response(200)
        return self._bad(f"unexpected xrpc {method}", status=404)

    def _session(self) -> httpx.Response:
        access, refresh = _jwt(int(time.time()) + 7200), _jwt(int(time.time()) + 86400 * 60)
        self._sessions.add(refresh)
        self.issued += [access, refresh]
        return httpx.Response(
            200,
            json={
                "accessJwt": access,
                "refreshJwt": refresh,
                "handle": HANDLE,
                "did": DID,
                "didDoc": {
                    "id": DID,
                    "alsoKnownAs": [f"at://{HANDLE}"],
                    "service": [{"id": "#atproto_pds", "type": "AtprotoPersonalDataServer", "serviceEndpoint": PDS}],
                },
            },
        )
