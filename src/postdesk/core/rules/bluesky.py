"""Bluesky: what a post may hold, with the source of each number ("U": unconfirmed)."""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind, MediaLimits, NetworkRules

RULES = NetworkRules(
    network=Network.BLUESKY,
    # app.bsky.feed.post record.text: maxGraphemes 300, maxLength 3000 (UTF-8 bytes)
    # (shared/specs/bluesky/lexicons/app.bsky.feed.post.json).
    text_limit=300,
    counter=CounterKind.GRAPHEMES,
    byte_limit=3000,
    # app.bsky.embed.images: images maxLength 4; an embed is images OR video, never both
    # (app.bsky.feed.post embed union).
    max_images=4,
    max_videos=1,
    mixed_media=False,
    threads_supported=True,
    # app.bsky.embed.images#image requires "alt" but sets no maxLength (empty string allowed).
    alt_text_max=None,
    # Images go up with com.atproto.repo.uploadBlob into app.bsky.embed.images. An animated GIF goes
    # up as an image blob, whose cap on a real PDS is 1,000,000 bytes (see media.fit: the lexicon's
    # 2 MB is not what the PDS enforces).
    # One video per post, through Bluesky's video service (platforms.bluesky_video) into
    # app.bsky.embed.video. Formats: MP4, MPEG, WebM, MOV (Bluesky's video announcement, Sept 2024;
    # the official app's SUPPORTED_MIME_TYPES in social-app src/lib/constants.ts). Size: 100 MB
    # (social-app VIDEO_MAX_SIZE = 1000 * 1000 * 100; atproto commit 6bcbb6d8cd "permit 100mb video
    # uploads", 2025-03-03). The embed lexicon's blob maxSize became 300 MB in August 2026 (atproto
    # b2de0ee1cc), but that is the processed blob, not what the video service takes from an app
    # (U: the official app still caps uploads at 100 MB). Length: 3 minutes (Bluesky 1.99, March
    # 2025; social-app VIDEO_MAX_DURATION_MS = 3 * 60 * 1000). Daily limits (25 videos / 10 GB at
    # launch) are per account and change: the adapter asks app.bsky.video.getUploadLimits.
    media=MediaLimits(
        video=True,
        video_formats=frozenset({"video/mp4", "video/mpeg", "video/webm", "video/quicktime"}),
        video_max_bytes=100_000_000,
        video_max_s=180.0,
        gif_max_bytes=1_000_000,
        source="Bluesky video service (docs.bsky.app/docs/tutorials/video, social-app "
        "constants); PDS app.bsky.embed.images",
    ),
)
