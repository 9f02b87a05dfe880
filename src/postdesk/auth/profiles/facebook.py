"""Facebook Pages: Facebook Login with the user's own Meta app, then a long-lived user token.

Checked against https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow
and https://developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived:
- authorize at https://www.facebook.com/<version>/dialog/oauth (client_id, redirect_uri, state,
  comma-separated scope);
- code exchange: GET https://graph.facebook.com/<version>/oauth/access_token with client_id,
  redirect_uri, client_secret, code;
- long-lived: same endpoint with grant_type=fb_exchange_token, client_id, client_secret,
  fb_exchange_token (about 60 days; it cannot be refreshed: the user signs in again);
- revoke: DELETE /me/permissions.
"""

from __future__ import annotations

from postdesk.auth.profiles.meta import GRAPH_VERSION, META_DEFAULTS, MetaProfile
from postdesk.core.networks import Network

_GRAPH = f"https://graph.facebook.com/{GRAPH_VERSION}"

PROFILE = MetaProfile(
    network=Network.FACEBOOK,
    authorize_url=f"https://www.facebook.com/{GRAPH_VERSION}/dialog/oauth",
    token_url=f"{_GRAPH}/oauth/access_token",
    identity_url=f"{_GRAPH}/me?fields=id,name,picture",
    scopes=("pages_show_list", "pages_manage_posts", "pages_read_engagement", "pages_manage_engagement"),
    pkce=None,
    fixed_port=8768,
    code_exchange_method="GET",
    long_lived_url=f"{_GRAPH}/oauth/access_token",
    long_lived_grant="fb_exchange_token",
    long_lived_sends_client_id=True,
    refresh_url=None,
    permissions_url=f"{_GRAPH}/me/permissions",
    docs_url="https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow",
    **META_DEFAULTS,
)
