"""TikTok: Login Kit for Desktop (OAuth 2 v2 endpoints, PKCE, `client_key`).

Checked against https://developers.tiktok.com/doc/login-kit-desktop/ and
https://developers.tiktok.com/doc/oauth-user-access-token-management:
- authorize at https://www.tiktok.com/v2/auth/authorize/ with `client_key` (not client_id),
  comma-separated scopes, state, redirect_uri, code_challenge and code_challenge_method=S256;
  for desktop the challenge is the SHA-256 of the verifier hex-encoded;
- redirect URIs may only use localhost or 127.0.0.1, must carry a port, and a wildcard port
  (`http://127.0.0.1:*/callback/`) may be registered, so an ephemeral port works;
- token and refresh at https://open.tiktokapis.com/v2/oauth/token/ with client_key and
  client_secret in the form body (TikTok insists on the secret);
- revoke at https://open.tiktokapis.com/v2/oauth/revoke/. Lifetimes: TikTok's current "Manage
  OAuth Access Tokens" page (oauth-user-access-token-management, updated November 2026) gives
  2 hours for the access token and 180 days for the refresh token, and says refresh tokens are
  rotated: each refresh answers a new refresh_token and the old one stops working (the older
  v2 page said 24 h and 365 days). Nothing here hard-codes either: the answer's `expires_in` is
  used, and `auth.tokens.parse_token_response` keeps the refresh token each answer brings.

Scopes, each exactly what a call needs (checked by tests/integration/test_tiktok_scopes.py):
- `user.info.basic`: the sign-in's `/v2/user/info/` fields open_id, display_name, avatar_url;
- `user.info.profile`: its `username` field (tiktok-api-v2-get-user-info gives each User Object
  field an "Authorized Scope"; open_id, union_id and avatar_url are user.info.basic there, and
  `username` is user.info.profile per PLATFORMS.md — that row was past this session's excerpt: U);
- `video.publish`: creator info, the direct post inits (video and photo) and the status fetch
  (content-posting-api-reference-direct-post, -photo-post, -get-video-status, -query-creator-info);
- `video.list`: `/v2/video/list/` and `/v2/video/query/` (display-api-overview) for finding a post
  whose answer was lost and for its numbers.
`video.upload` is not asked: it serves the inbox (draft) upload, which Postdesk does not use.
"""

from __future__ import annotations

from typing import Any

from postdesk.auth.errors import AuthProblem
from postdesk.auth.pkce import ChallengeMethod
from postdesk.auth.profiles.base import ClientAuth, ClientConfig, Identity, OAuthProfile
from postdesk.auth.tokens import TokenSet
from postdesk.core.networks import Network


class TikTokProfile(OAuthProfile):
    """TikTok's desktop profile."""

    async def revoke(self, http, client: ClientConfig, tokens: TokenSet) -> bool:  # type: ignore[no-untyped-def]
        form = {"token": tokens.access_token}
        await self.client_request(http, client, self.revoke_url, form, AuthProblem.REVOKE_FAILED)  # type: ignore[arg-type]
        return True

    def parse_identity(self, body: Any, tokens: TokenSet) -> Identity:
        user = body.get("data", {}).get("user", {})
        return Identity(
            remote_user_id=str(user.get("open_id") or tokens.extra.get("open_id", "")),
            handle=str(user.get("username") or user.get("display_name", "")),
            display_name=str(user.get("display_name", "")),
            avatar_url=user.get("avatar_url"),
        )


PROFILE = TikTokProfile(
    network=Network.TIKTOK,
    authorize_url="https://www.tiktok.com/v2/auth/authorize/",
    token_url="https://open.tiktokapis.com/v2/oauth/token/",
    revoke_url="https://open.tiktokapis.com/v2/oauth/revoke/",
    identity_url="https://open.tiktokapis.com/v2/user/info/?fields=open_id,username,display_name,avatar_url",
    scopes=("user.info.basic", "user.info.profile", "video.publish", "video.list"),
    scope_separator=",",
    client_auth=ClientAuth.POST,
    needs_client_secret=True,
    client_id_param="client_key",
    pkce=ChallengeMethod.S256_HEX,
    redirect_path="/callback/",
    docs_url="https://developers.tiktok.com/doc/login-kit-desktop/",
)
