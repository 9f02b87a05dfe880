"""Threads: what a post may hold, with the source of each number ("U": unconfirmed)."""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind, MediaLimits, NetworkRules

RULES = NetworkRules(
    network=Network.THREADS,
    # "Text posts are limited to 500 characters. Emojis are counted as the number of UTF-8
    # bytes." https://developers.facebook.com/documentation/threads/posts (Limitations).
    text_limit=500,
    counter=CounterKind.THREADS,
    # Carousel of images and videos, mixed allowed; 20 items
    # (https://developers.facebook.com/documentation/threads/posts, carousel; U: 10 vs 20).
    max_images=20,
    max_videos=20,
    mixed_media=True,
    # One topic tag per post (U: third-party docs only; Meta's doc is silent on a count).
    max_hashtags=None,
    threads_supported=True,
    # alt_text on image/video containers, 1,000 characters (U: third-party).
    alt_text_max=1000,
    # Threads fetches media from a public URL: a media relay must be set. Video MOV/MP4, at most
    # 1 GB and 5 minutes, width at most 1920; images JPEG/PNG only, so no animated GIF; a
    # carousel holds at most 20 items (developers.facebook.com/docs/threads/overview, "Video
    # specifications"; U: third-party copies).
    media=MediaLimits(
        video_max_bytes=1024**3,
        video_max_s=300.0,
        video_max_long_side=1920,
        gif=False,
        max_items=20,
        needs_relay=True,
        source="developers.facebook.com/docs/threads (U)",
    ),
)
