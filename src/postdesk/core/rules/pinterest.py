"""Pinterest: what a post may hold, with the source of each number ("U": unconfirmed)."""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind, MediaLimits, NetworkRules

RULES = NetworkRules(
    network=Network.PINTEREST,
    # Pin description 800 characters, title 100, alt text 500: the `maxLength`s of `PinCreate`
    # in Pinterest's OpenAPI description of API v5 (/work/shared/specs/pinterest/openapi.v5.json;
    # JSON Schema counts code points). Pinterest's creative specs also say 800 for descriptions;
    # older help pages and third-party counters say 500.
    text_limit=800,
    counter=CounterKind.CODE_POINTS,
    title_limit=100,
    title_counter=CounterKind.CODE_POINTS,
    # One image, 2-5 images (`multiple_image_base64`: minItems 2, maxItems 5 in the spec), or one
    # video per Pin.
    max_images=5,
    max_videos=1,
    mixed_media=False,
    alt_text_max=500,
    media_required=True,
    # Video pins: MP4/MOV, up to 2 GB, 4 s to 15 minutes (help.pinterest.com; U). Images:
    # JPEG/PNG/WebP, no GIF.
    media=MediaLimits(
        video_max_bytes=2 * 1024**3, video_min_s=4.0, video_max_s=15 * 60.0, gif=False, source="help.pinterest.com (U)"
    ),
)
