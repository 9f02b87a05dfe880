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

Scopes match the calls (Posts, Comments and Social Actions API pages, "Permissions"):
- a member posts and answers comments with `w_member_social`; reading the comments on a
  member's own posts needs `r_member_social`, which LinkedIn grants to select developers only,
  so it is not asked for: the inbox says plainly that LinkedIn keeps those comments from the app;
- an account that posts as an organization it administers also needs `w_organization_social`
  (post and comment as the page) and `r_organization_social` (read the page's comments): asked
  only then (`ORGANIZATION_PROFILE`, `profile_for`), because LinkedIn shows them only to apps
  approved for its Community Management API and refuses a sign-in asking for scopes the app lacks.
  (The current Comments API page also lists `*_social_feed` variants of these names for the newest
  Community Management tier (U); apps registered for the classic products use the names here.)
"""

from __future__ import annotations

from dataclasses import replace
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

#: What an organization page needs on top of a member's scopes (see the module docstring).
ORGANIZATION_SCOPES = ("w_organization_social", "r_organization_social")
#: The profile for an account that posts as an organization it administers.
ORGANIZATION_PROFILE = replace(PROFILE, scopes=PROFILE.scopes + ORGANIZATION_SCOPES)


def profile_for(*, organization: bool) -> LinkedInProfile:
    """The sign-in profile for a member account, or for one that posts as an organization."""
    return ORGANIZATION_PROFILE if organization else PROFILE
