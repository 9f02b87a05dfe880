"""TikTok: what a post may hold, with the source of each number ("U": unconfirmed)."""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind, MediaLimits, NetworkRules

RULES = NetworkRules(
    network=Network.TIKTOK,
    # post_info.title (the caption): at most 2,200 UTF-16 runes for videos
    # (https://developers.tiktok.com/doc/content-posting-api-reference-direct-post; U: the
    # number was not visible in this session's copy of the page).
    text_limit=2200,
    counter=CounterKind.UTF16,
    # Photo posts: up to 35 images; one video; never both (photo post reference; U).
    max_images=35,
    max_videos=1,
    mixed_media=False,
    media_required=True,
    # Direct post: MP4/WebM/MOV, up to 4 GB, 3 s to 10 minutes (content posting API, media
    # transfer guide; U). Photos: JPEG/WebP only, no GIF.
    media=MediaLimits(
        video_formats=frozenset({"video/mp4", "video/quicktime", "video/webm"}),
        video_max_bytes=4 * 1024**3, video_min_s=3.0, video_max_s=600.0, gif=False,
        source="developers.tiktok.com content posting (U)",
    ),
)
