"""The shape of a network's publishing rules: limits and what a post may hold.

Each network's module (`rules/<network>.py`) exports one frozen `RULES` instance; the numbers
cite their source next to them. `core.text.measure` and `core.validation` read them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from postdesk.core.networks import Network


class CounterKind(StrEnum):
    """How a network counts the length of a text."""

    X_WEIGHTED = "x_weighted"  # twitter-text v3 weighted length
    GRAPHEMES = "graphemes"  # extended grapheme clusters (UAX #29)
    MASTODON = "mastodon"  # graphemes, URL = 23, @user@domain = @user
    THREADS = "threads"  # graphemes, emoji = its UTF-8 byte length
    UTF16 = "utf16"  # UTF-16 code units
    CODE_POINTS = "code_points"  # Unicode code points
    UTF8_BYTES = "utf8_bytes"  # UTF-8 bytes


@dataclass(frozen=True, slots=True)
class MediaLimits:
    """What Postdesk can send to one network as media, beyond the counts in `NetworkRules`.

    One table for the composer's validation and the adapters' own pre-send check
    (`core.media_limits.check_media`), so they cannot disagree. Still images are not limited
    here by bytes or pixels: `media.fit` shrinks and re-encodes them for each network. What it
    cannot fix (an animated GIF, a video) is limited here.

    Attributes:
        video: whether Postdesk can send a video to this network (the network may support video
            while Postdesk's adapter does not yet: then False).
        video_formats: video MIME types the network takes.
        video_max_bytes: the largest video file, or None.
        video_min_s: the shortest video, or None.
        video_max_s: the longest video, or None.
        video_max_long_side: the largest width or height (whichever is longer), or None.
        video_max_short_side: the largest shorter side, or None.
        video_min_side: the smallest width or height, or None.
        gif: whether an animated GIF can be sent as such.
        gif_max_bytes: the largest animated GIF, or None.
        gif_alone: an animated GIF (or a video) must be the post's only attachment.
        max_items: attachments per post, all kinds together, or None for the per-kind counts only.
        needs_relay: the network fetches media from a public address (a media relay must be set).
        poll_with_media: whether a poll and media may be in the same post.
        source: where the numbers come from ("U": unconfirmed).
    """

    video: bool = True
    video_formats: frozenset[str] = frozenset({"video/mp4", "video/quicktime"})
    video_max_bytes: int | None = None
    video_min_s: float | None = None
    video_max_s: float | None = None
    video_max_long_side: int | None = None
    video_max_short_side: int | None = None
    video_min_side: int | None = None
    gif: bool = True
    gif_max_bytes: int | None = None
    gif_alone: bool = False
    max_items: int | None = None
    needs_relay: bool = False
    poll_with_media: bool = True
    source: str = ""


@dataclass(frozen=True, slots=True)
class NetworkRules:
    """What one network accepts in a post.

    Attributes:
        network: the network.
        text_limit: the main text's limit, in `counter` units.
        counter: how the main text is counted.
        byte_limit: a second limit in UTF-8 bytes that must also hold, or None.
        title_limit: the title's limit, or None if the network has no title.
        title_required: whether a title must be given.
        title_counter: how the title is counted.
        caption_limit: the text's limit when media is attached (Telegram), or None.
        max_images: images per post (0: none allowed).
        max_videos: videos per post.
        mixed_media: whether images and videos may be in the same post.
        max_hashtags: hashtags per post, or None for no documented cap.
        max_mentions: mentions per post, or None for no documented cap.
        threads_supported: whether a post can be a chain of self-replies.
        alt_text_max: alt text limit, or None where the API takes no alt text.
        alt_text_required: whether images without alt text are refused.
        media_required: whether a post needs at least one image or video.
        text_required: whether a post needs text even when it has media.
        forbidden_chars: characters the network refuses in the text.
        media: what media Postdesk can send there (video limits, GIFs, relay, polls).
    """

    network: Network
    text_limit: int
    counter: CounterKind
    byte_limit: int | None = None
    title_limit: int | None = None
    title_required: bool = False
    title_counter: CounterKind = CounterKind.GRAPHEMES
    caption_limit: int | None = None
    max_images: int = 4
    max_videos: int = 1
    mixed_media: bool = False
    max_hashtags: int | None = None
    max_mentions: int | None = None
    threads_supported: bool = False
    alt_text_max: int | None = None
    alt_text_required: bool = False
    media_required: bool = False
    text_required: bool = False
    forbidden_chars: str = ""
    media: MediaLimits = MediaLimits()
