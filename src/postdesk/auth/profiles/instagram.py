"""Instagram (professional accounts): Instagram API with Instagram Login, the user's own Meta app.

Checked against https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/business-login
and https://developers.facebook.com/docs/instagram-platform/reference/access_token:
- authorize at https://www.instagram.com/oauth/authorize (client_id, redirect_uri,
  response_type=code, comma-separated scope, state);
- code exchange: POST https://api.instagram.com/oauth/access_token (form: client_id,
  client_secret, grant_type=authorization_code, redirect_uri, code) -> short-lived token;
- long-lived: GET https://graph.instagram.com/access_token?grant_type=ig_exchange_token
  (60 days); refresh: GET https://graph.instagram.com/refresh_access_token?grant_type=ig_refresh_token
  (the token must be at least 24 hours old);
- no revocation endpoint: disconnect deletes the tokens locally.
"""

from __future__ import annotations

from postdesk.auth.profiles.meta import META_DEFAULTS, MetaProfile
from postdesk.core.networks import Network

PROFILE = MetaProfile(
    network=Network.INSTAGRAM,
    authorize_url="https://www.instagram.com/oauth/authorize",
    token_url="https://api.instagram.com/oauth/access_token",
    identity_url="https://graph.instagram.com/me?fields=user_id,username,name,profile_picture_url",
    # Exactly what the adapter's calls need (tests/integration/test_instagram_adapter.py proves
    # each one against the fake): basic for every read, content_publish for containers, the
    # publishing limit and media_publish, manage_comments for the first comment and the inbox,
    # manage_insights for metrics (Instagram Media Insights reference).
    scopes=(
        "instagram_business_basic",
        "instagram_business_content_publish",
        "instagram_business_manage_comments",
        "instagram_business_manage_insights",
    ),
    pkce=None,
    fixed_port=8769,
    code_exchange_method="POST",
    long_lived_url="https://graph.instagram.com/access_token",
    long_lived_grant="ig_exchange_token",
    refresh_url="https://graph.instagram.com/refresh_access_token",
    refresh_grant="ig_refresh_token",
    avatar_field="profile_picture_url",
    docs_url="https://developers.facebook.com/docs/instagram-platform/reference/access_token",
    **META_DEFAULTS,
)
