"""Pinterest: what a post may hold, with the source of each number ("U": unconfirmed)."""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind, MediaLimits, NetworkRules

RULES = NetworkRules(
    network=Network.PINTEREST,
    # Pin description 500 characters and title 100 (U: https://developers.pinterest.com/docs/api/v5/
    # pins-create; the API reference gives maxLength 800 for description in some versions;
    # 500 is what the app shows, the stricter one).
    text_limit=500,
    counter=CounterKind.CODE_POINTS,
    title_limit=100,
    title_counter=CounterKind.CODE_POINTS,
    # One image or one video per Pin (carousels of up to 5 images exist; U).
    max_images=5,
    max_videos=1,
    mixed_media=False,
    alt_text_max=500,
    media_required=True,
    # Video pins: MP4/MOV, up to 2 GB, 4 s to 15 minutes (help.pinterest.com; U). Images:
    # JPEG/PNG/WebP, no GIF.
    media=MediaLimits(video_max_bytes=2 * 1024**3, video_min_s=4.0, video_max_s=15 * 60.0,
                      gif=False, source="help.pinterest.com (U)"),
)
