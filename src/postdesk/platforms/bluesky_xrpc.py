"""XRPC calls to an atproto PDS as one account, with the typed errors of `platforms.base`.

Both kinds of Bluesky tokens are handled: a session token from an app password (`Bearer`) and an
OAuth token bound to a DPoP key (`DPoP`, a fresh proof per request, the server's `DPoP-Nonce`
remembered and a `use_dpop_nonce` challenge answered once). On an expired token the credential
source is asked for a fresh one and the call is made once more; a second refusal is
`AuthExpired`.

Error mapping: 401 / `ExpiredToken` / `InvalidToken` → refresh, then AuthExpired; 429 →
RateLimited (Retry-After, else the `ratelimit-reset` epoch); 5xx and connection failures →
Transient; a write whose answer did not arrive → AnswerLost (reads and idempotent writes:
Transient); a token without the scope a call needs (`ScopeMissingError`) or an app password
without the privilege → Rejected in words; other 4xx → Rejected with the server's `error:
message`; a body that is not JSON → Transient, or AnswerLost for a success answer to a write
(the record may exist). Every call is bounded by the client (`postdesk.http_bounds`): past the
deadline or over the size cap it fails as a lost answer would (see `rest_call.bound_error`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx

from postdesk.auth.dpop import DpopKey
from postdesk.http_bounds import AnswerTooLarge, DeadlineBeforeSent, DeadlineExceeded
from postdesk.log import get_logger
from postdesk.platforms.base import (
    AnswerLost,
    AuthExpired,
    RateLimited,
    Rejected,
    Transient,
)
from postdesk.platforms.credentials import Credentials, CredentialSource
from postdesk.platforms.rest_call import account_credentials, bound_error, json_object, retry_after

_log = get_logger("platforms.bluesky")

#: The PDS of accounts hosted by Bluesky itself (used when the account has no PDS on record).
DEFAULT_PDS = "https://bsky.social"
_AUTH_ERRORS = frozenset({"ExpiredToken", "InvalidToken", "AuthMissing", "AuthenticationRequired"})
#: A PDS refuses an OAuth token whose scopes do not cover a call with 403 `ScopeMissingError`,
#: "Missing required scope "repo:app.bsky.feed.post?action=create"" (@atproto/oauth-scopes
#: `ScopePermissions.assertRepo/assertRpc/assertBlob`, status 403; the reference PDS serialises it
#: through @atproto/xrpc-server `XRPCError.fromError` as {error: name, message}). A token signed in
#: with only `atproto` lacks what `transition:generic` grants (atproto OAuth docs, "transitional
#: scopes"): accounts connected before Postdesk asked for it, or a consent the user narrowed.
MISSING_SCOPE = (
    "Bluesky did not give Postdesk permission to do this on your account. Reconnect the account "
    "in Accounts and allow everything Postdesk asks for"
)
#: An app password that is not "privileged" may not get a service-auth token for privileged
#: methods (reference PDS, com.atproto.server.getServiceAuth: 400 InvalidRequest "insufficient
#: access to request a service auth token for the following method: ...").
APP_PASSWORD_NOT_PRIVILEGED = (
    "This Bluesky app password is not allowed to do this. Reconnect the account with the browser "
    "sign-in, or with a new app password that has the extra access Bluesky offers when you make it"
)
_UNPRIVILEGED = "insufficient access to request a service auth token"


def _error_of(response: httpx.Response) -> tuple[str, str]:
    try:
        body = response.json()
    except ValueError:
        return "", response.text[:200]
    if not isinstance(body, dict):
        return "", ""
    return str(body.get("error") or ""), str(body.get("message") or "")


class XrpcSession:
    """Calls XRPC methods on an account's PDS.

    Args:
        credentials: gives (and refreshes) the account's tokens.
        client: the adapter's HTTP client.
        base_url: the PDS to use when the credentials name none (tests: 127.0.0.1).
    """

    def __init__(self, credentials: CredentialSource, client: httpx.AsyncClient, base_url: str | None) -> None:
        self._credentials = credentials
        self._client = client
        self._base_url = base_url
        self._cache: dict[int | None, Credentials] = {}
        self._nonces: dict[str, str] = {}

    async def credentials(self, account_id: int | None, *, refresh: bool = False) -> Credentials:
        """The account's credentials (cached until a refresh is forced).

        Raises:
            AuthExpired: the account must be reconnected.
        """
        if refresh or account_id not in self._cache:
            creds = await account_credentials(self._credentials, account_id or 0, force_refresh=refresh)
            self._cache[account_id] = creds
        return self._cache[account_id]

    def default_pds(self) -> str:
        """The PDS used when credentials name none."""
        return (self._base_url or DEFAULT_PDS).rstrip("/")

    def pds(self, creds: Credentials) -> str:
        """The PDS address for these credentials."""
        return (creds.base_url or self._base_url or DEFAULT_PDS).rstrip("/")

    def _auth_headers(self, creds: Credentials, method: str, url: str) -> dict[str, str]:
        if creds.token_type.lower() != "dpop":
            return {"Authorization": f"Bearer {creds.access_token}"}
        if not creds.dpop_key:
            raise AuthExpired("DPoP token without its key")
        key = DpopKey.from_pem(creds.dpop_key)
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(url))
        proof = key.proof(method, url, nonce=self._nonces.get(origin), access_token=creds.access_token)
        return {"Authorization": f"DPoP {creds.access_token}", "DPoP": proof}

    async def call(
        self,
        account_id: int | None,
        nsid: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        content: bytes | None = None,
        content_type: str | None = None,
        safe_to_repeat: bool = False,
    ) -> dict[str, Any]:
        """Call one XRPC method (a query without `body`/`content`, else a procedure).

        Args:
            account_id: whose tokens to use.
            nsid: the method, e.g. "com.atproto.repo.createRecord".
            params: query parameters.
            body: JSON input of a procedure.
            content: raw input (uploadBlob).
            content_type: the type of `content`.
            safe_to_repeat: a lost answer of this call harms nothing (reads, uploads,
                deletes): it maps to Transient instead of AnswerLost.

        Returns:
            The JSON answer (an empty dict when the method answers nothing).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient, AnswerLost.
        """
        is_procedure = body is not None or content is not None
        method = "POST" if is_procedure else "GET"
        repeatable = safe_to_repeat or not is_procedure
        refreshed = False
        nonce_retried = False
        creds = await self.credentials(account_id)
        while True:
            url = f"{self.pds(creds)}/xrpc/{nsid}"
            headers = self._auth_headers(creds, method, url)
            if content_type:
                headers["Content-Type"] = content_type
            response = await self._send(method, url, params, body, content, headers, repeatable)
            nonce = response.headers.get("dpop-nonce")
            if nonce:
                self._nonces["{0.scheme}://{0.netloc}".format(urlsplit(url))] = nonce
            error, message = _error_of(response) if response.status_code >= 400 else ("", "")
            if response.status_code == 401 and error == "use_dpop_nonce" and nonce and not nonce_retried:
                nonce_retried = True
                continue
            if response.status_code == 401 or (response.status_code == 400 and error in _AUTH_ERRORS):
                if refreshed:
                    raise AuthExpired(
                        http_status=response.status_code, network_message=f"{error}: {message}".strip(": ")
                    )
                refreshed = True
                creds = await self.credentials(account_id, refresh=True)
                continue
            return self._answer(response, nsid, error, message, creates=not repeatable)

    async def _send(
        self,
        method: str,
        url: str,
        params: Mapping[str, Any] | None,
        body: Mapping[str, Any] | None,
        content: bytes | None,
        headers: dict[str, str],
        repeatable: bool,
    ) -> httpx.Response:
        try:
            return await self._client.request(method, url, params=params, json=body, content=content, headers=headers)
        except (DeadlineBeforeSent, DeadlineExceeded, AnswerTooLarge) as exc:
            raise bound_error(exc, creates=not repeatable) or Transient(str(exc)) from None
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            raise Transient(f"cannot reach {urlsplit(url).netloc}: {type(exc).__name__}") from exc
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            # The request left; whether the PDS acted on it is unknown.
            if repeatable:
                raise Transient(f"connection lost: {type(exc).__name__}") from exc
            raise AnswerLost(f"no answer: {type(exc).__name__}") from exc

    @staticmethod
    def _answer(
        response: httpx.Response, nsid: str, error: str, message: str, *, creates: bool = False
    ) -> dict[str, Any]:
        status = response.status_code
        reason = f"{error}: {message}".strip(": ") or f"HTTP {status}"
        if status == 429:
            raise RateLimited(retry_after(response.headers), http_status=status, network_message=reason)
        if status >= 500:
            raise Transient(reason, http_status=status, network_message=reason)
        if status == 403 and error == "ScopeMissingError":
            raise Rejected(MISSING_SCOPE, http_status=status, network_message=reason)
        if status == 400 and message.startswith(_UNPRIVILEGED):
            raise Rejected(APP_PASSWORD_NOT_PRIVILEGED, http_status=status, network_message=reason)
        if status >= 400:
            raise Rejected(reason, http_status=status, network_message=reason)
        if not response.content:
            return {}
        return json_object(response, creates=creates, what=nsid)
