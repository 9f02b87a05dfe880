"""X (Twitter): what a post may hold, with the source of each number ("U": unconfirmed)."""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind, NetworkRules

RULES = NetworkRules(
    network=Network.X,
    # 280 weighted characters, URLs 23, emoji 2, CJK 2:
    # https://docs.x.com/fundamentals/counting-characters (twitter-text config v3).
    text_limit=280,
    counter=CounterKind.X_WEIGHTED,
    # POST /2/tweets media.media_ids: 1-4 items (shared/specs/x-api/x-api-v2.latest-openapi.json,
    # TweetCreateRequest). One video or GIF per post and no mixing: not in the OpenAPI schema;
    # from the media best-practices page (U: not re-confirmed this session).
    max_images=4,
    max_videos=1,
    mixed_media=False,
    threads_supported=True,
    # Alt text up to 1,000 characters (POST /2/media/metadata; U: not re-confirmed).
    alt_text_max=1000,
)
