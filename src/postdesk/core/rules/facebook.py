"""Facebook Pages: what a post may hold, with the source of each number ("U": unconfirmed)."""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind, NetworkRules

RULES = NetworkRules(
    network=Network.FACEBOOK,
    # message: 63,206 characters (U: not in the Graph API Page feed reference; widely cited,
    # Postiz uses it). Counted in UTF-16 code units, the conservative choice.
    text_limit=63206,
    counter=CounterKind.UTF16,
    # Multi-photo posts: up to 10 attached photos (U: Mixpost config); one video; no mixing.
    max_images=10,
    max_videos=1,
    mixed_media=False,
)
