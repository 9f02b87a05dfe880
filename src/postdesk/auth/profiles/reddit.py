"""Reddit: OAuth 2 for an "installed app" (no secret), with `duration=permanent` for a refresh token.

Checked against https://github.com/reddit-archive/reddit/wiki/OAuth2:
- authorize at https://www.reddit.com/api/v1/authorize with client_id, response_type=code,
  state, redirect_uri, duration=permanent and space- or comma-separated scopes;
- token at https://www.reddit.com/api/v1/access_token with HTTP Basic where the installed
  app's password is empty; access tokens last one hour;
- revoke at https://www.reddit.com/api/v1/revoke_token (Basic, token and token_type_hint);
- Reddit documents no PKCE; the redirect URI must match the registered one exactly, so the
  port is fixed; every request needs a descriptive User-Agent.
"""

from __future__ import annotations

from typing import Any

from postdesk import __version__
from postdesk.auth.profiles.base import ClientAuth, Identity, OAuthProfile
from postdesk.auth.tokens import TokenSet
from postdesk.core.networks import Network

#: "<platform>:<app ID>:<version string> (by /u/<reddit username>)" (github.com/reddit-archive/reddit/
#: wiki/API): default agents are "drastically limited", at the token endpoint too. The adapter adds
#: "(by /u/<name>)" once it knows the account (`platforms.reddit_call.user_agent`).
USER_AGENT = f"desktop:org.postdesk.app:v{__version__}"


class RedditProfile(OAuthProfile):
    """Reddit's installed-app profile; `/api/v1/me` tells who signed in."""

    def parse_identity(self, body: Any, tokens: TokenSet) -> Identity:
        return Identity(
            remote_user_id=str(body.get("id", "")),
            handle=f"u/{body.get('name', '')}",
            display_name=str(body.get("name", "")),
            avatar_url=body.get("icon_img"),
        )


PROFILE = RedditProfile(
    network=Network.REDDIT,
    authorize_url="https://www.reddit.com/api/v1/authorize",
    token_url="https://www.reddit.com/api/v1/access_token",
    revoke_url="https://www.reddit.com/api/v1/revoke_token",
    identity_url="https://oauth.reddit.com/api/v1/me",
    # Exactly what the adapter's calls need (reddit.com/dev/api, "by oauth scope"; tested in
    # tests/integration/test_reddit_scopes.py): identity (/api/v1/me), submit (/api/submit, the
    # media lease and gallery (U), post_requirements, /api/comment on posts), read (/r/{sub}/about,
    # /api/info), mysubreddits (/subreddits/mine/subscriber), flair (/r/{sub}/api/link_flair_v2),
    # edit (/api/del), privatemessages (/message/inbox, /api/read_message, replies to messages),
    # history (/user/{name}/submitted, for lookup).
    scopes=("identity", "submit", "read", "mysubreddits", "flair", "edit", "privatemessages", "history"),
    client_auth=ClientAuth.BASIC,
    pkce=None,
    fixed_port=65010,
    extra_authorize_params={"duration": "permanent"},
    docs_url="https://github.com/reddit-archive/reddit/wiki/OAuth2",
    user_agent=USER_AGENT,
)
