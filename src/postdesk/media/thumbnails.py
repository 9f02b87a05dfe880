"""Thumbnails for the library grid, cached on disk next to the blob store.

Each asset gets one JPEG per size in `SIZES` (the grid's cell and twice that for high-DPI
screens) at `paths.thumbnails/<sha[:2]>/<sha>-<size>.jpg`. They are made from an image already
decoded at reduced scale (`Image.draft` for JPEG), the bigger one first, and the smaller one
from the bigger, which is the cheapest order.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageOps

#: Longest side of the thumbnails, in pixels: the grid cell (1x) and high-DPI (2x).
SIZES: tuple[int, ...] = (160, 320)
_QUALITY = 82
# Thumbnails of images with transparency are flattened on a neutral grey that reads on light
# and dark themes alike.
_BACKDROP = (128, 128, 128)


def thumbnail_path(thumbs_dir: Path, sha256: str, size: int) -> Path:
    """Where the thumbnail of this size for this asset is cached."""
    return thumbs_dir / sha256[:2] / f"{sha256}-{size}.jpg"


def best_size(wanted_px: int) -> int:
    """The smallest cached size that covers `wanted_px` device pixels (else the largest)."""
    for size in SIZES:
        if size >= wanted_px:
            return size
    return SIZES[-1]


def prepare(im: Image.Image, orientation: int) -> Image.Image:
    """Decode an opened image at reduced scale, upright and in RGB, ready for `write_all`.

    JPEG decodes at 1/2, 1/4 or 1/8 scale through `draft`; other formats decode fully.
    """
    biggest = SIZES[-1]
    if im.format == "JPEG":
        im.draft("RGB", (biggest, biggest))
    im.thumbnail((biggest, biggest), Image.Resampling.BILINEAR, reducing_gap=2.0)
    if orientation != 1:
        im = ImageOps.exif_transpose(im)
    return flatten(im)


def flatten(im: Image.Image) -> Image.Image:
    """RGB, with any transparency composited on the neutral backdrop."""
    if im.mode in ("RGBA", "LA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        backdrop = Image.new("RGB", rgba.size, _BACKDROP)
        backdrop.paste(rgba, mask=rgba.getchannel("A"))
        return backdrop
    return im.convert("RGB") if im.mode != "RGB" else im


def encode_all(im: Image.Image) -> dict[int, bytes]:
    """JPEG bytes for every size, biggest first, from an RGB image already at most SIZES[-1]."""
    out: dict[int, bytes] = {}
    current = im
    for size in sorted(SIZES, reverse=True):
        if max(current.size) > size:
            current = current.copy()
            current.thumbnail((size, size), Image.Resampling.BILINEAR)
        buffer = io.BytesIO()
        current.save(buffer, "JPEG", quality=_QUALITY, optimize=False)
        out[size] = buffer.getvalue()
    return out


def write_all(thumbs_dir: Path, sha256: str, encoded: dict[int, bytes]) -> None:
    """Write the thumbnails (plain writes: a torn thumbnail is only regenerated, never lost data).

    Raises:
        OSError: the thumbnail directory cannot be written.
    """
    folder = thumbs_dir / sha256[:2]
    folder.mkdir(parents=True, exist_ok=True)
    for size, data in encoded.items():
        thumbnail_path(thumbs_dir, sha256, size).write_bytes(data)


def have_all(thumbs_dir: Path, sha256: str) -> bool:
    """Whether every thumbnail size is cached for this asset."""
    return all(thumbnail_path(thumbs_dir, sha256, s).exists() for s in SIZES)
