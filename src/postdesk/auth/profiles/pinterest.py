"""Pinterest: OAuth 2 authorization code with the user's app id and secret (HTTP Basic).

Checked against https://developers.pinterest.com/docs/getting-started/set-up-authentication-and-authorization/:
- authorize at https://www.pinterest.com/oauth/ with comma-separated scopes;
- token and refresh at https://api.pinterest.com/v5/oauth/token with HTTP Basic
  (app id : app secret); access tokens last about 30 days, refresh tokens about a year;
- no revocation endpoint is documented: disconnect deletes the tokens locally.
The redirect URI must match a registered one exactly: a fixed port.
"""

from __future__ import annotations

from typing import Any

from postdesk.auth.profiles.base import ClientAuth, Identity, OAuthProfile
from postdesk.auth.tokens import TokenSet
from postdesk.core.networks import Network


class PinterestProfile(OAuthProfile):
    """Pinterest's profile; `/v5/user_account` tells who signed in."""

    def parse_identity(self, body: Any, tokens: TokenSet) -> Identity:
        return Identity(
            remote_user_id=str(body.get("id") or body.get("username", "")),
            handle=str(body.get("username", "")),
            display_name=str(body.get("business_name") or body.get("username", "")),
            avatar_url=body.get("profile_image"),
        )


PROFILE = PinterestProfile(
    network=Network.PINTEREST,
    authorize_url="https://www.pinterest.com/oauth/",
    token_url="https://api.pinterest.com/v5/oauth/token",
    revoke_url=None,
    identity_url="https://api.pinterest.com/v5/user_account",
    scopes=("boards:read", "boards:write", "pins:read", "pins:write", "user_accounts:read"),
    scope_separator=",",
    client_auth=ClientAuth.BASIC,
    needs_client_secret=True,
    pkce=None,
    fixed_port=8767,
    docs_url="https://developers.pinterest.com/docs/getting-started/set-up-authentication-and-authorization/",
)
