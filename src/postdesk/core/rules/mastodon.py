"""Mastodon: what a post may hold, with the source of each number ("U": unconfirmed)."""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind, MediaLimits, NetworkRules

RULES = NetworkRules(
    network=Network.MASTODON,
    # Default 500; each instance advertises configuration.statuses.max_characters and
    # characters_reserved_per_url (GET /api/v2/instance; shared/specs/mastodon subset), so
    # callers pass max_chars. Counting: StatusLengthValidator (status_length_cases.json).
    text_limit=500,
    counter=CounterKind.MASTODON,
    # configuration.statuses.max_media_attachments, 4 by default; one video OR up to 4 images
    # (https://docs.joinmastodon.org/methods/statuses/#create, media_ids; U: per instance).
    max_images=4,
    max_videos=1,
    mixed_media=False,
    threads_supported=True,
    # MediaAttachment description limit 1,500 characters (docs.joinmastodon.org/methods/media;
    # U: instance-dependent on forks).
    alt_text_max=1500,
    # Per instance (GET /api/v2/instance configuration.media_attachments); Mastodon's defaults:
    # video_size_limit 99 MiB (103,809,024 bytes), video_matrix_limit 8,294,400 pixels (3840x2160),
    # image_size_limit 16 MiB for a GIF; mp4, webm and mov are accepted
    # (docs.joinmastodon.org/entities/Instance/, app/models/media_attachment.rb; U: instances may
    # change them; `core.media_limits.check_media(instance=...)` takes the account's own).
    # A GIF becomes a "gifv", which may share a post with images: PostStatusService refuses only a
    # video or audio beside other media (`@media.find(&:audio_or_video?)`, and audio_or_video? is
    # audio? || video?, not gifv). No poll with media (validate_media!: "too_many" when a poll
    # is present).
    media=MediaLimits(
        video_formats=frozenset({"video/mp4", "video/quicktime", "video/webm"}),
        video_max_bytes=103_809_024,
        video_max_long_side=3840,
        video_max_short_side=2160,
        gif_max_bytes=16 * 1024**2,
        gif_alone=False,
        poll_with_media=False,
        source="docs.joinmastodon.org/entities/Instance/ (defaults; U per instance)",
    ),
)
