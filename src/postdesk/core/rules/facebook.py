"""Facebook Pages: what a post may hold, with the source of each number ("U": unconfirmed)."""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind, MediaLimits, NetworkRules

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
    # Page videos: up to 10 GB and 240 minutes (U: Graph API video upload guide); GIFs as
    # photos within media.fit's 4 MB.
    media=MediaLimits(video_max_bytes=10 * 1024**3, video_max_s=240 * 60.0,
                      gif_max_bytes=4 * 1024**2, source="graph-api video reference (U)"),
)
