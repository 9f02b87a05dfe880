"""What the core needs to know about an attached media asset (probed elsewhere)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class MediaKind(StrEnum):
    """The kind of a media asset."""

    IMAGE = "image"
    GIF = "gif"
    VIDEO = "video"


@dataclass(frozen=True, slots=True)
class MediaInfo:
    """A probed media asset.

    Attributes:
        asset_id: the media library id.
        kind: image, gif or video.
        mime: the MIME type.
        width: pixels.
        height: pixels.
        size_bytes: file size.
        duration_s: seconds for video (and animated GIF), else None.
        alt_text: the description for screen readers ("" when missing).
    """

    asset_id: int
    kind: MediaKind
    mime: str
    width: int
    height: int
    size_bytes: int
    duration_s: float | None
    alt_text: str
