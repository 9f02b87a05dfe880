"""Instagram: what a post may hold, with the source of each number ("U": unconfirmed)."""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind, MediaLimits, NetworkRules

RULES = NetworkRules(
    network=Network.INSTAGRAM,
    # Caption: 2,200 characters, at most 30 hashtags and 20 @ tags
    # (https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media,
    # caption; the limits were not re-confirmed this session: U. Counting unit undocumented:
    # UTF-16, the conservative choice).
    text_limit=2200,
    counter=CounterKind.UTF16,
    max_hashtags=30,
    max_mentions=20,
    # Carousel: up to 10 images/videos, mixed (U: some sources say 20).
    max_images=10,
    max_videos=10,
    mixed_media=True,
    # alt_text on image containers since 2025-03-24 (PLATFORMS.md; U: no length documented).
    alt_text_max=None,
    media_required=True,
    # Instagram fetches media from a public URL: a media relay must be set. Reels: MP4/MOV,
    # 3 s to 15 minutes, 300 MB, at most 1920 wide; JPEG images only (no animated GIF); a
    # carousel holds at most 10 items (IG User Media reference; U: third-party copies).
    media=MediaLimits(
        video_max_bytes=300 * 1024**2, video_min_s=3.0, video_max_s=15 * 60.0,
        video_max_long_side=1920, gif=False, max_items=10, needs_relay=True,
        source="developers.facebook.com/docs/instagram-platform (U)",
    ),
)
