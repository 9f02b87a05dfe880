"""Google Business Profile: what a local post may hold, with the source of each number ("U": unconfirmed).

Local posts are made with the My Business API v4 (`accounts.locations.localPosts.create`,
https://developers.google.com/my-business/reference/rest/v4/accounts.locations.localPosts); the
post's text is its `summary`, and its photo is a `media[]` item whose `sourceUrl` Google fetches
("sourceUrl is the only supported data field for a LocalPost MediaItem"), so a photo needs the
media relay.
"""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.core.rules.base import CounterKind, MediaLimits, NetworkRules

#: An event's (or offer's) title: Google's Business Profile help ("Create posts on your Business
#: Profile") says 58 characters (U: not in the API reference, which gives no length).
EVENT_TITLE_LIMIT = 58

RULES = NetworkRules(
    network=Network.GOOGLE_BUSINESS,
    # "Posts can be up to 1,500 characters" (support.google.com/business/answer/7342169 and
    # the Business Profile posts guide, developers.google.com/my-business/content/posts-data;
    # U: the API reference states no maxLength, so it is counted as code points).
    text_limit=1500,
    counter=CounterKind.CODE_POINTS,
    # One photo per post: Postdesk sends one `media[]` item with mediaFormat PHOTO. The reference
    # lists `media[]` as a list, but the Business Profile post editor takes one photo or video
    # and the posts guide shows one item (U).
    max_images=1,
    max_videos=0,
    mixed_media=False,
    # The API's LocalPost MediaItem has no alt text (only sourceUrl is read).
    alt_text_max=None,
    # Photos: JPG or PNG, 10 KB to 5 MB, at least 250 x 250 pixels
    # (developers.google.com/my-business/content/upload-photos, "Photo guidelines"; U: the same
    # numbers as Ayrshare's media guide for Business Profile). `media.fit` re-encodes to fit;
    # animated GIFs are refused. Video: the reference's MediaItem names VIDEO, but the posts guide
    # documents photos only and Postdesk sends none (video=False).
    media=MediaLimits(
        video=False, gif=False, max_items=1, needs_relay=True, source="developers.google.com/my-business (U)"
    ),
)
