"""LinkedIn: what a post may hold, with the source of each number ("U": unconfirmed)."""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind, NetworkRules

RULES = NetworkRules(
    network=Network.LINKEDIN,
    # commentary: 3,000 characters (U: Posts API reference, learn.microsoft.com
    # .../community-management/shares/posts-api; not confirmed this session; LinkedIn's
    # backend is Java, so we count UTF-16 code units, the conservative choice).
    text_limit=3000,
    counter=CounterKind.UTF16,
    # MultiImage: 2-20 images; one video; no mixing (U: Posts API, multiimage content).
    max_images=20,
    max_videos=1,
    mixed_media=False,
    # altText on images (U: 4,086 characters in the Images API; we keep the conservative 1,000).
    alt_text_max=1000,
)
