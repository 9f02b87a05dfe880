"""Mastodon: what a post may hold, with the source of each number ("U": unconfirmed)."""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind, NetworkRules

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
)
