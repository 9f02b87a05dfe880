"""Facebook Pages: Facebook Login with the user's own Meta app, then a long-lived user token.

Checked against https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow
and https://developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived:
- authorize at https://www.facebook.com/<version>/dialog/oauth (client_id, redirect_uri, state,
  comma-separated scope);
- code exchange: GET https://graph.facebook.com/<version>/oauth/access_token with client_id,
  redirect_uri, client_secret, code;
- long-lived: same endpoint with grant_type=fb_exchange_token, client_id, client_secret,
  fb_exchange_token (about 60 days; it cannot be refreshed: the user signs in again);
- Postdesk publishes as each Page the person picks after sign-in, with that Page's own token
  (`auth.facebook_pages`: GET /me/accounts). Disconnecting one Page must not revoke the app for
  the person's other Pages, and DELETE /me/permissions takes a User token, which is not kept: so
  nothing is revoked at Facebook (the person removes the app in Facebook's settings, Business
  Integrations, to revoke it everywhere).

Scopes, exactly what the calls need (https://developers.facebook.com/docs/pages-api/posts,
"Before you start", and each endpoint's reference page):
- pages_show_list: GET /me/accounts (the Page picker);
- pages_manage_posts: POST /{page-id}/feed, /photos, /videos, DELETE /{post-id};
- pages_read_engagement: reading the Page's posts (lookup), counts, and required with
  pages_manage_posts to publish;
- publish_video: "publish_video permission, if you are publishing a video to the Page";
- pages_read_user_content: visitors' comments on the Page's posts (the inbox);
- pages_manage_engagement: first comment, replies, hiding and liking comments.
No read_insights: Postdesk reads counts from the post's own fields, not from Page insights.
"""

from __future__ import annotations

from postdesk.auth.profiles.meta import GRAPH_VERSION, META_DEFAULTS, MetaProfile
from postdesk.core.networks import Network

_GRAPH = f"https://graph.facebook.com/{GRAPH_VERSION}"

#: GET here with the User token lists the person's Pages with their tokens.
ACCOUNTS_URL = f"{_GRAPH}/me/accounts"

PROFILE = MetaProfile(
    network=Network.FACEBOOK,
    authorize_url=f"https://www.facebook.com/{GRAPH_VERSION}/dialog/oauth",
    token_url=f"{_GRAPH}/oauth/access_token",
    identity_url=f"{_GRAPH}/me?fields=id,name,picture",
    scopes=(
        "pages_show_list",
        "pages_manage_posts",
        "pages_read_engagement",
        "publish_video",
        "pages_read_user_content",
        "pages_manage_engagement",
    ),
    pkce=None,
    fixed_port=8768,
    code_exchange_method="GET",
    long_lived_url=f"{_GRAPH}/oauth/access_token",
    long_lived_grant="fb_exchange_token",
    long_lived_sends_client_id=True,
    refresh_url=None,
    permissions_url=None,  # see the module docstring: one Page's disconnect must not revoke the others
    docs_url="https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow",
    **META_DEFAULTS,
)
