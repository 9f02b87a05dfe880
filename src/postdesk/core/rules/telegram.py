"""Telegram: what a post may hold, with the source of each number ("U": unconfirmed)."""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind, MediaLimits, NetworkRules

RULES = NetworkRules(
    network=Network.TELEGRAM,
    # sendMessage text: "1-4096 characters after entities parsing"; send* caption: "0-1024
    # characters after entities parsing" (https://core.telegram.org/bots/api#sendmessage,
    # #sendphoto). Telegram counts UTF-16 code units (MessageEntity offsets are UTF-16).
    text_limit=4096,
    counter=CounterKind.UTF16,
    caption_limit=1024,
    # sendMediaGroup: 2-10 photos and videos, mixed allowed (https://core.telegram.org/bots/api#sendmediagroup).
    max_images=10,
    max_videos=10,
    mixed_media=True,
    # "Bots can currently send video files of up to 50 MB in size"; "Telegram clients support
    # MPEG4 videos (other formats may be sent as Document)" (core.telegram.org/bots/api#sendvideo).
    # The adapter sends photos and videos (sendPhoto, sendVideo, sendMediaGroup); an animated GIF
    # needs sendAnimation, which it does not use, so GIFs are refused rather than flattened.
    # An album holds 2-10 items in all (sendMediaGroup).
    media=MediaLimits(
        video_formats=frozenset({"video/mp4"}),
        video_max_bytes=50 * 1024**2,
        gif=False,
        max_items=10,
        source="core.telegram.org/bots/api#sendvideo",
    ),
)
