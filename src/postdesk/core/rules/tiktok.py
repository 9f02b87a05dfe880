"""TikTok: what a post may hold, with the source of each number ("U": unconfirmed).

Pages on developers.tiktok.com/doc/ (the Content Posting API):
- content-posting-api-reference-direct-post: `post_info.title` is a video's caption, at most 2,200
  UTF-16 runes (U: the number was not visible in this session's copy of the page; PLATFORMS.md);
- content-posting-api-reference-photo-post: a photo post has a title (at most 90 runes,
  `core.tiktok_options`) and a description (at most 4,000); the post's text goes in the
  description, and Postdesk keeps the video caption's 2,200 for both so one counter serves;
  photos come only by PULL_FROM_URL from a verified domain (a media relay);
- content-posting-api-media-transfer-guide: videos MP4, WebM or MOV, up to 4 GB, 360 to 4096
  pixels a side, 23 to 60 frames a second (not checked here), chunks as in
  `platforms.tiktok_upload`; photos JPEG or WebP, at most 1080p and 20 MB (`media.fit`);
- content-posting-api-reference-query-creator-info: each creator's own longest video
  (`max_video_post_duration_sec`), enforced from the creator info (`core.tiktok_options`); the
  table's 10 minutes is what every creator may post (U), 3 s the shortest (U).
"""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind, MediaLimits, NetworkRules

RULES = NetworkRules(
    network=Network.TIKTOK,
    text_limit=2200,
    counter=CounterKind.UTF16,
    # Photo posts: up to 35 images; one video; never both (photo post reference).
    max_images=35,
    max_videos=1,
    mixed_media=False,
    media_required=True,
    media=MediaLimits(
        video_formats=frozenset({"video/mp4", "video/quicktime", "video/webm"}),
        video_max_bytes=4 * 1024**3,
        video_min_s=3.0,
        video_max_s=600.0,
        video_min_side=360,
        video_max_long_side=4096,
        gif=False,
        source="developers.tiktok.com content posting: direct post, photo post, media transfer guide (U marked)",
    ),
)
