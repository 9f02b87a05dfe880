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
    # Carousel: up to 10 images and videos, mixed (IG User Media reference, "children"; 20 is
    # Threads' number, not documented for Instagram: U).
    max_images=10,
    max_videos=10,
    mixed_media=True,
    # alt_text on image containers since 2025-03-24; "Reels and stories are not supported"
    # (https://developers.facebook.com/docs/instagram-platform/content-publishing/). No length is
    # documented.
    alt_text_max=None,
    media_required=True,
    # Instagram fetches media from a public URL ("We cURL media used in publishing attempts",
    # content-publishing guide): a media relay must be set. Reels: MP4/MOV, 3 s to 15 minutes,
    # 300 MB, at most 1920 wide (IG User Media, Reels specifications; newer third-party copies say
    # 1 GB: U); JPEG images only (media.fit converts), so no animated GIF; a carousel holds at most
    # 10 items. Post kinds (feed photo ratio, Reels, Stories) are checked in core.instagram_posts.
    media=MediaLimits(
        video_max_bytes=300 * 1024**2,
        video_min_s=3.0,
        video_max_s=15 * 60.0,
        video_max_long_side=1920,
        gif=False,
        max_items=10,
        needs_relay=True,
        source="developers.facebook.com/docs/instagram-platform (IG User Media; 300 MB U)",
    ),
)
