"""YouTube: Google's OAuth 2.0 for installed (desktop) apps, loopback redirect and PKCE.

Checked against https://developers.google.com/identity/protocols/oauth2/native-app:
- authorize at https://accounts.google.com/o/oauth2/v2/auth with code_challenge (S256),
  `access_type=offline` for a refresh token; the loopback IP redirect `http://127.0.0.1:port`
  may use any port for "Desktop app" clients;
- token at https://oauth2.googleapis.com/token; a desktop client's secret is sent although
  Google says it is not treated as confidential (client_secret_post);
- revoke at https://oauth2.googleapis.com/revoke; access tokens last about an hour.

Scopes: exactly what the adapter's calls need, from the discovery document's `scopes` per method
(/work/shared/specs/youtube/youtube.v3.json). `commentThreads.list`, `commentThreads.insert` and
`comments.insert` (the inbox and its replies) take only `youtube.force-ssl`, and that scope is
also among those of every other call Postdesk makes (`videos.insert/list/delete`,
`thumbnails.set`, `playlistItems.insert/list`, `channels.list`), so it is the one scope asked for;
`youtube.upload` or `youtube.readonly` beside it would add nothing
(tests/integration/test_youtube_scopes.py proves both).
"""

from __future__ import annotations

from typing import Any

from postdesk.auth.profiles.base import ClientAuth, Identity, OAuthProfile
from postdesk.auth.tokens import TokenSet
from postdesk.core.networks import Network


class YouTubeProfile(OAuthProfile):
    """Google's desktop profile; `channels?mine=true` tells which channel signed in."""

    def parse_identity(self, body: Any, tokens: TokenSet) -> Identity:
        items = body.get("items") or [{}]
        snippet = items[0].get("snippet", {})
        thumbs = snippet.get("thumbnails", {}).get("default", {})
        return Identity(
            remote_user_id=str(items[0].get("id", "")),
            handle=str(snippet.get("customUrl") or snippet.get("title", "")),
            display_name=str(snippet.get("title", "")),
            avatar_url=thumbs.get("url"),
        )


PROFILE = YouTubeProfile(
    network=Network.YOUTUBE,
    authorize_url="https://accounts.google.com/o/oauth2/v2/auth",
    token_url="https://oauth2.googleapis.com/token",
    revoke_url="https://oauth2.googleapis.com/revoke",
    identity_url="https://www.googleapis.com/youtube/v3/channels?part=snippet&mine=true",
    scopes=("https://www.googleapis.com/auth/youtube.force-ssl",),
    client_auth=ClientAuth.POST,
    needs_client_secret=True,
    extra_authorize_params={"access_type": "offline", "prompt": "consent"},
    docs_url="https://developers.google.com/identity/protocols/oauth2/native-app",
)
