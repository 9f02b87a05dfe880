"""LinkedIn: 3-legged OAuth 2 (authorization code) with the user's own app and secret.

Checked against https://learn.microsoft.com/en-us/linkedin/shared/authentication/authorization-code-flow:
- authorize at https://www.linkedin.com/oauth/v2/authorization;
- token at https://www.linkedin.com/oauth/v2/accessToken with client_id and client_secret in
  the form body; access tokens last 60 days, refresh tokens only for approved partners
  (https://learn.microsoft.com/en-us/linkedin/shared/authentication/programmatic-refresh-tokens);
- revoke at https://www.linkedin.com/oauth/v2/revoke;
- PKCE for native apps exists but must be enabled by LinkedIn per app
  (.../authorization-code-flow-native), so the standard flow with a secret is used.
The redirect URI must match a registered one exactly: a fixed port.
"""

from __future__ import annotations

from typing import Any

from postdesk.auth.profiles.base import ClientAuth, Identity, OAuthProfile
from postdesk.auth.tokens import TokenSet
from postdesk.core.networks import Network


class LinkedInProfile(OAuthProfile):
    """LinkedIn's profile; the OpenID userinfo endpoint tells who signed in."""

    def parse_identity(self, body: Any, tokens: TokenSet) -> Identity:
        return Identity(
            remote_user_id=str(body.get("sub", "")),
            handle=str(body.get("name") or body.get("sub", "")),
            display_name=str(body.get("name", "")),
            avatar_url=body.get("picture"),
        )

    async def revoke(self, http, client, tokens):  # type: ignore[no-untyped-def]
        # LinkedIn revokes the access token (there is usually no refresh token).
        from postdesk.auth.errors import AuthProblem

        form = {"token": tokens.access_token}
        await self.client_request(http, client, self.revoke_url, form, AuthProblem.REVOKE_FAILED)  # type: ignore[arg-type]
        return True


PROFILE = LinkedInProfile(
    network=Network.LINKEDIN,
    authorize_url="https://www.linkedin.com/oauth/v2/authorization",
    token_url="https://www.linkedin.com/oauth/v2/accessToken",
    revoke_url="https://www.linkedin.com/oauth/v2/revoke",
    identity_url="https://api.linkedin.com/v2/userinfo",
    scopes=("openid", "profile", "w_member_social"),
    client_auth=ClientAuth.POST,
    needs_client_secret=True,
    pkce=None,
    fixed_port=8766,
    docs_url="https://learn.microsoft.com/en-us/linkedin/shared/authentication/authorization-code-flow",
)
