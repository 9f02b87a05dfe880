"""Whether a set of attachments can be sent to a network: one check for the composer and the adapters.

The numbers live in the networks' rules (`core.rules.<network>`: the counts in `NetworkRules`,
the rest in `NetworkRules.media`). `core.validation` calls `check_media` with what the media
library probed at import; every adapter calls it again, just before it sends, with what it probes
of the files it is about to send (`platforms.media_prep.check_sendable`). The same function over
the same table: what the composer lets through, the adapter sends, and what the adapter would
refuse, the composer refuses before scheduling.

Pure: no I/O, no clock.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from postdesk.core import rules
from postdesk.core.media_info import MediaKind
from postdesk.core.networks import Network


class Attachment(Protocol):
    """What the check needs to know about one file (`core.media_info.MediaInfo` fits)."""

    @property
    def kind(self) -> MediaKind: ...
    @property
    def mime(self) -> str: ...
    @property
    def size_bytes(self) -> int: ...
    @property
    def width(self) -> int: ...
    @property
    def height(self) -> int: ...
    @property
    def duration_s(self) -> float | None: ...


@dataclass(frozen=True, slots=True)
class Described:
    """An attachment described from outside the media library (what an adapter probed).

    Attributes:
        kind: image, animated gif or video.
        mime: the sniffed MIME type.
        size_bytes: the file's size.
        width: pixels (0 when unknown).
        height: pixels (0 when unknown).
        duration_s: a video's duration, or None when unknown.
    """

    kind: MediaKind
    mime: str
    size_bytes: int
    width: int = 0
    height: int = 0
    duration_s: float | None = None


@dataclass(frozen=True, slots=True)
class MediaIssue:
    """One reason the attachments cannot go to the network.

    Attributes:
        code: a `core.validation.ProblemCode` value.
        index: the attachment concerned (its position), or None for the whole set.
        params: numbers for the message (count, max, size_mb, max_mb, seconds, max_seconds ...).
    """

    code: str
    index: int | None = None
    params: Mapping[str, int | float | str] = field(default_factory=dict)


def _mb(size: int) -> int:
    return max(1, math.ceil(size / 1_000_000))


def _video_issues(index: int, item: Attachment, lim: rules.MediaLimits) -> list[MediaIssue]:
    found: list[MediaIssue] = []
    if item.mime not in lim.video_formats:
        formats = ", ".join(sorted(f.split("/")[-1].upper().replace("QUICKTIME", "MOV") for f in lim.video_formats))
        found.append(
            MediaIssue("video_format", index, {"format": item.mime.split("/")[-1].upper(), "formats": formats})
        )
    if lim.video_max_bytes is not None and item.size_bytes > lim.video_max_bytes:
        found.append(
            MediaIssue(
                "video_too_big", index, {"size_mb": _mb(item.size_bytes), "max_mb": lim.video_max_bytes // 1_000_000}
            )
        )
    duration = item.duration_s
    if duration is not None:
        if lim.video_max_s is not None and duration > lim.video_max_s:
            found.append(
                MediaIssue(
                    "video_too_long", index, {"seconds": math.ceil(duration), "max_seconds": int(lim.video_max_s)}
                )
            )
        if lim.video_min_s is not None and duration < lim.video_min_s:
            found.append(
                MediaIssue("video_too_short", index, {"seconds": round(duration, 1), "min_seconds": lim.video_min_s})
            )
    width, height = item.width, item.height
    if width > 0 and height > 0:
        long_side, short_side = max(width, height), min(width, height)
        too_big = (lim.video_max_long_side is not None and long_side > lim.video_max_long_side) or (
            lim.video_max_short_side is not None and short_side > lim.video_max_short_side
        )
        if too_big:
            found.append(
                MediaIssue(
                    "video_too_large_frame",
                    index,
                    {
                        "width": width,
                        "height": height,
                        "max_width": lim.video_max_long_side or long_side,
                        "max_height": lim.video_max_short_side or short_side,
                    },
                )
            )
        if lim.video_min_side is not None and short_side < lim.video_min_side:
            found.append(
                MediaIssue(
                    "video_too_small_frame", index, {"width": width, "height": height, "min_side": lim.video_min_side}
                )
            )
    return found


def check_media(
    network: Network,
    items: Sequence[Attachment],
    *,
    relay: bool,
    poll: bool = False,
    instance: Mapping[str, int] | None = None,
) -> list[MediaIssue]:
    """Every reason these attachments cannot be sent to `network`, in a stable order.

    Args:
        network: the destination.
        items: the attachments, in the order they go out.
        relay: whether a media relay is set up (needed where the network fetches media itself).
        poll: whether the post carries a poll.
        instance: limits the account's server advertises, replacing the network's defaults
            (a Mastodon instance's `/api/v2/instance` configuration as `instance_limits` keeps
            it: max_media_attachments, image_size_limit, video_size_limit); None or {} keeps them.

    Returns:
        The issues; empty when the network can take the attachments as they are (still images
        are fitted to the network's byte and pixel limits when they are sent, so those never
        appear here).
    """
    if not items:
        return []
    net_rules = rules.get(network)
    lim = net_rules.media
    max_images = net_rules.max_images
    if instance:
        # Videos go alone (max_videos 1, no mixing), so the cap on attachments is one on stills.
        max_images = instance.get("max_media_attachments") or max_images
        if instance.get("video_size_limit"):
            lim = replace(lim, video_max_bytes=instance["video_size_limit"])
        if instance.get("image_size_limit") and lim.gif_max_bytes is not None:
            lim = replace(lim, gif_max_bytes=instance["image_size_limit"])  # a GIF is an image upload
    found: list[MediaIssue] = []
    if lim.needs_relay and not relay:
        found.append(MediaIssue("needs_media_relay"))
    if poll and not lim.poll_with_media:
        found.append(MediaIssue("poll_with_media"))
    stills: list[int] = []
    videos: list[int] = []
    gifs: list[int] = []
    for index, item in enumerate(items):
        if item.kind is MediaKind.VIDEO:
            if not lim.video:
                found.append(MediaIssue("video_not_supported", index))
                continue
            videos.append(index)
            found.extend(_video_issues(index, item, lim))
        elif item.kind is MediaKind.GIF:
            if not lim.gif:
                found.append(MediaIssue("gif_not_supported", index))
                continue
            if lim.gif_max_bytes is not None and item.size_bytes > lim.gif_max_bytes:
                found.append(
                    MediaIssue(
                        "gif_too_big",
                        index,
                        {"size_mb": _mb(item.size_bytes), "max_mb": max(1, lim.gif_max_bytes // 1_000_000)},
                    )
                )
            (gifs if lim.gif_alone else stills).append(index)
        else:
            stills.append(index)
    if len(stills) > max_images:
        found.append(MediaIssue("too_many_images", None, {"count": len(stills), "max": max_images}))
    if len(videos) > net_rules.max_videos:
        found.append(MediaIssue("too_many_videos", None, {"count": len(videos), "max": net_rules.max_videos}))
    if gifs and len(stills) + len(videos) + len(gifs) > 1:
        found.append(MediaIssue("gif_not_alone", gifs[0], {"count": len(gifs)}))
    elif stills and videos and not net_rules.mixed_media:
        found.append(MediaIssue("mixed_media_not_allowed"))
    total = len(stills) + len(videos) + len(gifs)
    if lim.max_items is not None and total > lim.max_items:
        found.append(MediaIssue("too_many_attachments", None, {"count": total, "max": lim.max_items}))
    return found
