"""Google Business Profile: Google's OAuth 2.0 for installed (desktop) apps, loopback redirect and PKCE.

The same Google authorization server as YouTube (`auth.profiles.youtube`), checked against
https://developers.google.com/identity/protocols/oauth2/native-app: authorize at
https://accounts.google.com/o/oauth2/v2/auth with an S256 code challenge and
`access_type=offline` (a refresh token); the loopback redirect `http://127.0.0.1:port` takes any
port for a "Desktop app" client; the token endpoint https://oauth2.googleapis.com/token wants the
desktop client's secret (client_secret_post) though Google does not treat it as confidential.
The creator signs in with their own Google Cloud project's client, in which the Business Profile
APIs were enabled after Google approved access (developers.google.com/my-business/content/prereqs).

Scope: `https://www.googleapis.com/auth/business.manage`, the one scope every Business Profile
method Postdesk calls takes ("Requires the following OAuth scope: .../business.manage" on the
reference pages of accounts.list, accounts.locations.list, and the v4 localPosts create, get,
list and delete; the v4 pages also accept the legacy `plus.business.manage`). The discovery
documents in /work/shared/specs/google-business/ carry no `scopes` per method (unlike YouTube's),
so the fake applies the reference pages' scope to each of them
(tests/integration/test_google_business_adapter.py, test_business_manage_is_needed_and_enough).

Identity: `accounts.list` of the Account Management API; the signed-in person's own account
(type PERSONAL, "always the first item of the result") names the Postdesk account.
"""

from __future__ import annotations

from typing import Any

from postdesk.auth.profiles.base import ClientAuth, Identity, OAuthProfile
from postdesk.auth.tokens import TokenSet
from postdesk.core.networks import Network

SCOPE = "https://www.googleapis.com/auth/business.manage"
ACCOUNTS_URL = "https://mybusinessaccountmanagement.googleapis.com/v1/accounts"


class GoogleBusinessProfile(OAuthProfile):
    """Google's desktop profile; `accounts.list` tells whose Business Profile accounts these are."""

    def parse_identity(self, body: Any, tokens: TokenSet) -> Identity:
        accounts = [a for a in (body.get("accounts") or []) if isinstance(a, dict)]
        mine = next((a for a in accounts if a.get("type") == "PERSONAL"), accounts[0] if accounts else {})
        name = str(mine.get("name", ""))  # "accounts/{account_id}"
        title = str(mine.get("accountName", ""))
        return Identity(remote_user_id=name.removeprefix("accounts/"), handle=title or name, display_name=title)


PROFILE = GoogleBusinessProfile(
    network=Network.GOOGLE_BUSINESS,
    authorize_url="https://accounts.google.com/o/oauth2/v2/auth",
    token_url="https://oauth2.googleapis.com/token",
    revoke_url="https://oauth2.googleapis.com/revoke",
    identity_url=ACCOUNTS_URL,
    scopes=(SCOPE,),
    client_auth=ClientAuth.POST,
    needs_client_secret=True,
    extra_authorize_params={"access_type": "offline", "prompt": "consent"},
    docs_url="https://developers.google.com/my-business/content/basic-setup",
)
