"""X (Twitter): OAuth 2.0 authorization code with PKCE, public client.

Checked against https://docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token and
https://docs.x.com/fundamentals/authentication/oauth-2-0/authorization-code:
- authorize at https://x.com/i/oauth2/authorize with code_challenge (S256) and state;
- token and refresh at https://api.x.com/2/oauth2/token; a public ("Native App") client sends
  its client_id in the body and no secret; a confidential client uses HTTP Basic;
- a refresh token only comes with the `offline.access` scope; access tokens last 2 hours;
- revoke at https://api.x.com/2/oauth2/revoke.
The callback URL must be registered exactly in the developer portal, so Postdesk listens on a
fixed port the user registers (default below) instead of an ephemeral one.

Scopes are exactly those the adapter's calls need, per each operation's `security` in X's OpenAPI
document (`specs/x-api/`): `tweet.read users.read` for every user-context call, `tweet.write` to
post and delete, `media.write` for the media upload family, `tweet.moderate.write` to hide a
reply (`PUT /2/tweets/:id/hidden`), and `offline.access` for a refresh token.
"""

from __future__ import annotations

from typing import Any

from postdesk.auth.profiles.base import ClientAuth, Identity, OAuthProfile
from postdesk.auth.tokens import TokenSet
from postdesk.core.networks import Network


class XProfile(OAuthProfile):
    """X's OAuth 2 profile; `users/me` tells who signed in."""

    def parse_identity(self, body: Any, tokens: TokenSet) -> Identity:
        data = body.get("data", {})
        return Identity(
            remote_user_id=str(data.get("id", "")),
            handle=str(data.get("username", "")),
            display_name=str(data.get("name", "")),
            avatar_url=data.get("profile_image_url"),
        )


PROFILE = XProfile(
    network=Network.X,
    authorize_url="https://x.com/i/oauth2/authorize",
    token_url="https://api.x.com/2/oauth2/token",
    revoke_url="https://api.x.com/2/oauth2/revoke",
    identity_url="https://api.x.com/2/users/me?user.fields=profile_image_url",
    scopes=("tweet.read", "tweet.write", "users.read", "media.write", "tweet.moderate.write", "offline.access"),
    client_auth=ClientAuth.NONE,
    fixed_port=8765,
    docs_url="https://docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token",
)


def confidential(profile: OAuthProfile = PROFILE) -> OAuthProfile:
    """The same profile for a confidential ("Web App") client: HTTP Basic at the token endpoint."""
    return profile.with_endpoints(client_auth=ClientAuth.BASIC, needs_client_secret=True)
