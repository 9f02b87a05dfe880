"""What the core needs to know about an attached media asset (probed elsewhere)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
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


@dataclass(frozen=True, slots=True)
class NewAsset:
    """What the repository records for a newly imported file.

    Attributes:
        sha256: hex digest of the stored bytes (the blob's name).
        original_name: the file's name as the user had it.
        mime: the sniffed MIME type.
        kind: image, gif or video.
        size_bytes: stored size.
        width: displayed width (EXIF orientation applied).
        height: displayed height.
        duration_s: video duration, else None.
        created_at: capture time (EXIF or video metadata, else the file's mtime), aware.
        imported_at: when it was imported, aware UTC.
        has_location: whether the original carries GPS data.
        folder: the library folder to put it in, or None.
    """

    sha256: str
    original_name: str
    mime: str
    kind: MediaKind
    size_bytes: int
    width: int
    height: int
    duration_s: float | None
    created_at: datetime | None
    imported_at: datetime
    has_location: bool = False
    folder: str | None = None
