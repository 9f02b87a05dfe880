"""X (Twitter): what a post may hold, with the source of each number ("U": unconfirmed)."""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind, MediaLimits, NetworkRules

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
    # Video: MP4/MOV, 512 MB, 0.5-140 s, frames from 32x32 up to 1280x1024 (docs.x.com/x-api/media/
    # quickstart/best-practices, "Video specifications and recommendations"; the 1920x1200 figure
    # earlier here came from third-party sites, and Ayrshare's X guide cites X's 1280x1024 too);
    # animated GIF 15 MB; a post holds up to 4 photos, or one video, or one GIF, never a mix. A poll
    # and media never go together (POST /2/tweets: media, poll, quote_tweet_id and card_uri are
    # mutually exclusive).
    media=MediaLimits(
        video_max_bytes=512 * 1024**2,
        video_min_s=0.5,
        video_max_s=140.0,
        video_max_long_side=1280,
        video_max_short_side=1024,
        video_min_side=32,
        gif_max_bytes=15 * 1024**2,
        gif_alone=True,
        poll_with_media=False,
        source="docs.x.com/x-api/media/quickstart/best-practices",
    ),
)
