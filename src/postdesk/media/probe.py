"""Read what the library keeps about a media file: dimensions, duration, dates, orientation, GPS.

Images are read with Pillow from an already opened image (the importer opens each file once
and reuses it for the thumbnails); videos with PyAV. Decoding failures become `MediaError`
codes the UI can word.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, BinaryIO

from PIL import Image

from postdesk.media.formats import MediaKind
from postdesk.media.problems import ImportProblem, MediaError

# EXIF tags (Exif 2.32, CIPA DC-008).
_TAG_ORIENTATION = 0x0112
_TAG_DATETIME = 0x0132
_TAG_EXIF_IFD = 0x8769
_TAG_GPS_IFD = 0x8825
_TAG_DATETIME_ORIGINAL = 0x9003
_TAG_OFFSET_TIME_ORIGINAL = 0x9011

# Orientations 5-8 swap width and height once applied.
_SWAPPING_ORIENTATIONS = {5, 6, 7, 8}

_HEIF_REGISTERED = False


def ensure_heif_support() -> None:
    """Teach Pillow to open HEIC/HEIF (pillow-heif); idempotent."""
    global _HEIF_REGISTERED
    if not _HEIF_REGISTERED:
        from pillow_heif import register_heif_opener

        register_heif_opener()
        _HEIF_REGISTERED = True


@dataclass(frozen=True, slots=True)
class MediaFacts:
    """What probing found.

    Attributes:
        kind: image, animated gif or video.
        width: displayed width in pixels (after the EXIF orientation is applied).
        height: displayed height in pixels.
        duration_s: a video's (or animated image's) duration, else None.
        created_at: when the picture was taken (EXIF) as an aware datetime, else None.
        orientation: the EXIF orientation (1 = upright).
        has_location: whether EXIF carries GPS data.
    """

    kind: MediaKind
    width: int
    height: int
    duration_s: float | None = None
    created_at: datetime | None = None
    orientation: int = 1
    has_location: bool = False


def _parse_exif_datetime(raw: Any, offset: Any) -> datetime | None:
    if not isinstance(raw, str):
        return None
    try:
        naive = datetime.strptime(raw.strip().rstrip("\x00"), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    if isinstance(offset, str) and len(offset) >= 6 and offset[0] in "+-":
        with contextlib.suppress(ValueError):
            hours, minutes = int(offset[1:3]), int(offset[4:6])
            delta = timedelta(hours=hours, minutes=minutes)
            return naive.replace(tzinfo=timezone(delta if offset[0] == "+" else -delta))
    # A camera clock without an offset is in local time: the machine's zone is the best guess.
    return naive.astimezone()


def image_facts(im: Image.Image, mime: str) -> MediaFacts:
    """Describe an opened (not yet decoded) image.

    Args:
        im: the image as `Image.open` returned it, before any `draft` or `load`.
        mime: the sniffed MIME type.
    """
    exif = im.getexif()
    orientation = exif.get(_TAG_ORIENTATION, 1)
    if not isinstance(orientation, int) or not 1 <= orientation <= 8:
        orientation = 1
    try:
        gps = exif.get_ifd(_TAG_GPS_IFD)
    except (KeyError, ValueError, TypeError, SyntaxError):
        gps = {}
    try:
        exif_ifd = exif.get_ifd(_TAG_EXIF_IFD)
    except (KeyError, ValueError, TypeError, SyntaxError):
        exif_ifd = {}
    created = _parse_exif_datetime(
        exif_ifd.get(_TAG_DATETIME_ORIGINAL) or exif.get(_TAG_DATETIME),
        exif_ifd.get(_TAG_OFFSET_TIME_ORIGINAL),
    )
    width, height = im.size
    if orientation in _SWAPPING_ORIENTATIONS:
        width, height = height, width
    animated = bool(getattr(im, "is_animated", False))
    duration = None
    kind = MediaKind.IMAGE
    if animated and mime == "image/gif":
        kind = MediaKind.GIF
        # Summing every frame's duration would walk a hostile GIF's frames; the first frame's
        # duration times the frame count is the usual estimate, but n_frames walks too. Keep None.
    return MediaFacts(
        kind=kind,
        width=width,
        height=height,
        duration_s=duration,
        created_at=created,
        orientation=orientation,
        has_location=bool(gps),
    )


def open_video(path: Path | BinaryIO) -> Any:
    """Open a video container with PyAV (from a file, or from bytes in memory).

    Raises:
        MediaError: CORRUPT when FFmpeg cannot read it or it has no video stream.
    """
    import av

    try:
        container = av.open(str(path) if isinstance(path, Path) else path, metadata_errors="ignore")
    except (av.FFmpegError, UnicodeDecodeError, ValueError) as exc:
        raise MediaError(ImportProblem.CORRUPT, type(exc).__name__) from exc
    if not container.streams.video:
        container.close()
        raise MediaError(ImportProblem.CORRUPT, "no video stream")
    return container


def video_facts(container: Any, fallback_created: datetime | None = None) -> MediaFacts:
    """Describe an opened PyAV container (dimensions, duration, creation time)."""
    stream = container.streams.video[0]
    width = int(stream.codec_context.width or 0)
    height = int(stream.codec_context.height or 0)
    if width <= 0 or height <= 0:
        raise MediaError(ImportProblem.CORRUPT, "video without dimensions")
    duration: float | None = None
    if container.duration:
        duration = container.duration / 1_000_000  # AV_TIME_BASE
    elif stream.duration and stream.time_base:
        duration = float(stream.duration * stream.time_base)
    created = fallback_created
    raw = container.metadata.get("creation_time") if container.metadata else None
    if raw:
        with contextlib.suppress(ValueError):
            created = datetime.fromisoformat(raw.replace("Z", "+00:00"))
            if created.tzinfo is None:
                created = created.replace(tzinfo=UTC)
    return MediaFacts(kind=MediaKind.VIDEO, width=width, height=height, duration_s=duration, created_at=created)


def poster_frame(container: Any, duration_s: float | None) -> Image.Image:
    """Decode a representative frame: about a tenth in, at most one second (first frames are
    often black), falling back to the very first frame.

    Raises:
        MediaError: CORRUPT when no frame can be decoded.
    """
    import av

    stream = container.streams.video[0]
    stream.thread_type = "AUTO"
    target = min(1.0, (duration_s or 0.0) * 0.1)
    try:
        if target > 0 and stream.time_base:
            container.seek(int(target / stream.time_base), stream=stream, any_frame=False)
        for frame in container.decode(stream):
            return frame.to_image()
        if target > 0:
            container.seek(0)
            for frame in container.decode(stream):
                return frame.to_image()
    except (av.FFmpegError, ValueError) as exc:
        raise MediaError(ImportProblem.CORRUPT, type(exc).__name__) from exc
    raise MediaError(ImportProblem.CORRUPT, "no decodable frame")
