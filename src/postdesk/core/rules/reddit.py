"""Reddit: what a post may hold, with the source of each number ("U": unconfirmed)."""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind, MediaLimits, NetworkRules

RULES = NetworkRules(
    network=Network.REDDIT,
    # Self-post body 40,000 characters, title 300 (U: https://www.reddit.com/dev/api#POST_api_submit
    # gives no numbers; these are what reddit.com's submit form enforces). Reddit is Python:
    # we count code points.
    text_limit=40000,
    counter=CounterKind.CODE_POINTS,
    title_limit=300,
    title_required=True,
    title_counter=CounterKind.CODE_POINTS,
    # Gallery posts up to 20 images (U).
    max_images=20,
    max_videos=1,
    mixed_media=False,
    # Video posts: up to 1 GB and 15 minutes; GIFs within media.fit's 20 MB (reddit help; U).
    media=MediaLimits(
        video_max_bytes=1024**3, video_max_s=15 * 60.0, gif_max_bytes=20 * 1024**2, source="reddit help (U)"
    ),
)
