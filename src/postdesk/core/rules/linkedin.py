"""LinkedIn: what a post may hold, with the source of each number ("U": unconfirmed)."""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind, MediaLimits, NetworkRules

RULES = NetworkRules(
    network=Network.LINKEDIN,
    # commentary: 3,000 characters (U: Posts API reference, learn.microsoft.com
    # .../community-management/shares/posts-api; not confirmed this session; LinkedIn's
    # backend is Java, so we count UTF-16 code units, the conservative choice).
    text_limit=3000,
    counter=CounterKind.UTF16,
    # MultiImage: "minimum of 2 images and maximum of 20 images" (confirmed: MultiImage API,
    # learn.microsoft.com/linkedin/marketing/community-management/shares/multiimage-post-api);
    # one video; no mixing.
    max_images=20,
    max_videos=1,
    mixed_media=False,
    # altText on images (U: 4,086 characters in the Images API; we keep the conservative 1,000).
    alt_text_max=1000,
    # Videos API: MP4, 75 KB to 500 MB, 3 seconds to 30 minutes, 256x144 to 4096x2304
    # (learn.microsoft.com/linkedin/marketing/community-management/shares/videos-api; U). A
    # GIF goes up through the Images API within media.fit's 8 MB.
    media=MediaLimits(
        video_formats=frozenset({"video/mp4"}),
        video_max_bytes=500 * 1024**2,
        video_min_s=3.0,
        video_max_s=30 * 60.0,
        video_max_long_side=4096,
        video_max_short_side=2304,
        video_min_side=144,
        gif_max_bytes=8 * 1024**2,
        source="learn.microsoft.com videos-api (U)",
    ),
)
