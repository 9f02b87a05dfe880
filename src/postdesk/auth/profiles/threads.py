"""Threads: Threads API login with the user's own Meta app (the Threads app id and secret).

Checked against https://developers.facebook.com/documentation/threads/get-started/get-access-tokens-and-permissions
and https://developers.facebook.com/docs/threads/get-started/long-lived-tokens/:
- authorize at https://threads.net/oauth/authorize (client_id, redirect_uri, comma-separated
  scope, response_type=code, state);
- code exchange: POST https://graph.threads.net/oauth/access_token (client_id, client_secret,
  code, grant_type=authorization_code, redirect_uri) -> a one-hour token;
- long-lived: GET https://graph.threads.net/access_token?grant_type=th_exchange_token (60 days);
  refresh: GET https://graph.threads.net/refresh_access_token?grant_type=th_refresh_token
  (token at least 24 hours old, not expired);
- no revocation endpoint: disconnect deletes the tokens locally;
- scopes: everything the adapter calls (publish, replies, delete, insights).
"""

from __future__ import annotations

from postdesk.auth.profiles.meta import META_DEFAULTS, MetaProfile
from postdesk.core.networks import Network

PROFILE = MetaProfile(
    network=Network.THREADS,
    authorize_url="https://threads.net/oauth/authorize",
    token_url="https://graph.threads.net/oauth/access_token",
    identity_url="https://graph.threads.net/v1.0/me?fields=id,username,name,threads_profile_picture_url",
    # The adapter deletes posts (DELETE /{media-id} needs threads_delete) and reads their metrics
    # (GET /{media-id}/insights needs threads_manage_insights); replies need the replies pair
    # (https://developers.facebook.com/documentation/threads/get-started/get-access-tokens-and-permissions).
    scopes=(
        "threads_basic",
        "threads_content_publish",
        "threads_manage_replies",
        "threads_read_replies",
        "threads_delete",
        "threads_manage_insights",
    ),
    pkce=None,
    fixed_port=8770,
    code_exchange_method="POST",
    long_lived_url="https://graph.threads.net/access_token",
    long_lived_grant="th_exchange_token",
    refresh_url="https://graph.threads.net/refresh_access_token",
    refresh_grant="th_refresh_token",
    avatar_field="threads_profile_picture_url",
    docs_url="https://developers.facebook.com/docs/threads/get-started/long-lived-tokens/",
    **META_DEFAULTS,
)
