"""Facebook Pages: what a post may hold, with the source of each number ("U": unconfirmed)."""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind, MediaLimits, NetworkRules

RULES = NetworkRules(
    network=Network.FACEBOOK,
    # message: 63,206 characters (U: not in the Graph API Page feed reference; widely cited,
    # Postiz uses it). Counted in UTF-16 code units, the conservative choice.
    text_limit=63206,
    counter=CounterKind.UTF16,
    # Multi-photo posts: unpublished photos attached to one feed post with attached_media
    # (https://developers.facebook.com/docs/pages-api/posts); Meta's page gives no count, 10 is
    # the conservative figure (U: Mixpost config; the fake takes 10). One video per post (the
    # videos edge makes one video's post); photos and a video are never mixed (a feed post's
    # attached_media holds photos; a video is its own post).
    max_images=10,
    max_videos=1,
    mixed_media=False,
    # Page videos: up to 10 GB and 240 minutes, MP4 or MOV (U: not on Meta's Video API pages,
    # which point to the upload limits node developers.facebook.com/docs/graph-api/reference/
    # video-upload-limits; third-party media guides give 10 GB and 4 hours). GIFs go as photos,
    # within the 4 MB of POST /{page-id}/photos (media.fit keeps still photos under it).
    media=MediaLimits(
        video_max_bytes=10 * 1024**3,
        video_max_s=240 * 60.0,
        gif_max_bytes=4 * 1024**2,
        source="developers.facebook.com/docs/pages-api/posts; video limits U (third-party guides)",
    ),
)
