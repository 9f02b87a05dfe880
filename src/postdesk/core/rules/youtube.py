"""YouTube: what a post may hold, with the source of each number ("U": unconfirmed)."""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind, MediaLimits, NetworkRules

RULES = NetworkRules(
    network=Network.YOUTUBE,
    # snippet.description: "maximum length of 5000 bytes and may contain all valid UTF-8
    # characters except < and >"; snippet.title: "maximum length of 100 characters", same
    # forbidden characters (https://developers.google.com/youtube/v3/docs/videos).
    text_limit=5000,
    counter=CounterKind.UTF8_BYTES,
    title_limit=100,
    title_required=True,
    title_counter=CounterKind.GRAPHEMES,
    forbidden_chars="<>",
    max_images=0,
    max_videos=1,
    media_required=True,
    # Uploads: up to 256 GB or 12 hours; mp4, mov, webm among others
    # (support.google.com/youtube/answer/71673; U). No images, so no GIF.
    media=MediaLimits(
        video_formats=frozenset({"video/mp4", "video/quicktime", "video/webm"}),
        video_max_bytes=256 * 1024**3,
        video_max_s=12 * 3600.0,
        gif=False,
        source="support.google.com/youtube/answer/71673 (U)",
    ),
)
