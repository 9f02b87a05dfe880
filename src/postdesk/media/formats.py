"""Recognise a media file by its first bytes, never by its name.

A file that calls itself `photo.jpg` may be a PNG, a video or a text file. The importer trusts
the content: `sniff` reads the signature, and `extension_mismatch` tells whether the name lied
(the user is told, the file is still imported by what it really is).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

# One MediaKind for the whole app (an animated GIF is GIF; a still GIF is an IMAGE).
from postdesk.core.media_info import MediaKind


@dataclass(frozen=True, slots=True)
class Format:
    """A recognised container format.

    Attributes:
        mime: the MIME type stored with the asset.
        kind: image or video (an animated GIF is decided later, from its frame count).
        extensions: names this format usually goes by (lower case, with the dot).
    """

    mime: str
    kind: MediaKind
    extensions: tuple[str, ...]


JPEG = Format("image/jpeg", MediaKind.IMAGE, (".jpg", ".jpeg", ".jpe", ".jfif"))
PNG = Format("image/png", MediaKind.IMAGE, (".png",))
GIF = Format("image/gif", MediaKind.IMAGE, (".gif",))
WEBP = Format("image/webp", MediaKind.IMAGE, (".webp",))
HEIC = Format("image/heic", MediaKind.IMAGE, (".heic", ".heif", ".hif"))
MP4 = Format("video/mp4", MediaKind.VIDEO, (".mp4", ".m4v"))
MOV = Format("video/quicktime", MediaKind.VIDEO, (".mov", ".qt"))
WEBM = Format("video/webm", MediaKind.VIDEO, (".webm",))

ALL_FORMATS: tuple[Format, ...] = (JPEG, PNG, GIF, WEBP, HEIC, MP4, MOV, WEBM)
BY_MIME: dict[str, Format] = {f.mime: f for f in ALL_FORMATS}

#: Bytes `sniff` needs to see.
SNIFF_BYTES = 64

# ISO base media "ftyp" major brands (ISO/IEC 14496-12 and 23008-12 registries).
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}
_QUICKTIME_BRANDS = {b"qt  "}
# Top-level atoms an old QuickTime file may start with when it has no "ftyp" box.
_QUICKTIME_ATOMS = {b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"}


def sniff(head: bytes) -> Format | None:
    """Identify a file from its first bytes.

    Args:
        head: at least the first `SNIFF_BYTES` bytes of the file (fewer if the file is shorter).

    Returns:
        The format, or None when the bytes are not a supported image or video.
    """
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[:4] == b"\x1a\x45\xdf\xa3":
        # EBML: WebM declares DocType "webm"; plain Matroska is not a format networks take.
        return WEBM if b"webm" in head else None
    if len(head) >= 12 and head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _HEIF_BRANDS:
            return HEIC
        if brand in _QUICKTIME_BRANDS:
            return MOV
        if brand == b"avif" or brand == b"avis":
            return None
        return MP4
    if len(head) >= 8 and head[4:8] in _QUICKTIME_ATOMS:
        return MOV
    return None


def extension_mismatch(name: str, fmt: Format) -> bool:
    """Whether a file's name claims a different format than its content.

    A name without an extension, or with one we do not know, claims nothing.
    """
    suffix = PurePath(name).suffix.lower()
    if not suffix:
        return False
    known = {ext for f in ALL_FORMATS for ext in f.extensions}
    if suffix not in known:
        return False
    if fmt in (MP4, MOV) and suffix in MP4.extensions + MOV.extensions:
        # MP4 and MOV share a container family; phones name either way.
        return False
    return suffix not in fmt.extensions


def default_extension(mime: str) -> str:
    """The usual extension for a MIME type (".bin" when unknown)."""
    fmt = BY_MIME.get(mime)
    return fmt.extensions[0] if fmt else ".bin"
