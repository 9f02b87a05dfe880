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
    # Postdesk's Bluesky adapter uploads images only (com.atproto.repo.uploadBlob into
    # app.bsky.embed.images); Bluesky video goes through video.bsky.app, which is not written
    # yet. An animated GIF goes up as an image blob, whose cap on a real PDS is 1,000,000 bytes
    # (see media.fit: the lexicon's 2 MB is not what the PDS enforces).
    media=MediaLimits(video=False, gif_max_bytes=1_000_000,
                      source="Postdesk adapter; PDS app.bsky.embed.images"),
)
