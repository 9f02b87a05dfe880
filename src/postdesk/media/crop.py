"""Crop and rotate, as data: aspect-ratio presets per network and the geometry behind the editor.

The crop editor (ui/media_library/crop_editor.py) edits a `CropSpec`; `apply_crop` turns it into
pixels. Nothing is destructive: the library saves the result as a new asset and keeps the
original.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageOps

from postdesk.core.networks import Network


@dataclass(frozen=True, slots=True)
class AspectPreset:
    """A crop ratio a network asks for.

    Attributes:
        key: stable id (also the translation context's key in the UI).
        ratio: width / height, or None for a free crop.
        label: the ratio as people write it ("4:5"); the UI adds the network names.
        networks: who uses it, for the label.
    """

    key: str
    ratio: float | None
    label: str
    networks: tuple[Network, ...] = ()


# Instagram feed images must be between 4:5 and 1.91:1 (Instagram Graph API, "Image
# Specifications": developers.facebook.com/docs/instagram-platform/instagram-graph-api/
# reference/ig-user/media); 9:16 is the full-screen story/reel/short/TikTok frame.
PRESETS: tuple[AspectPreset, ...] = (
    AspectPreset("free", None, ""),
    AspectPreset("original", None, ""),
    AspectPreset("square", 1.0, "1:1", (Network.INSTAGRAM, Network.FACEBOOK, Network.LINKEDIN)),
    AspectPreset("portrait_4_5", 4 / 5, "4:5", (Network.INSTAGRAM, Network.THREADS)),
    AspectPreset("landscape_191", 1.91, "1.91:1", (Network.INSTAGRAM, Network.LINKEDIN)),
    AspectPreset("landscape_16_9", 16 / 9, "16:9", (Network.X, Network.BLUESKY, Network.YOUTUBE)),
    AspectPreset("vertical_9_16", 9 / 16, "9:16", (Network.INSTAGRAM, Network.TIKTOK, Network.YOUTUBE)),
    AspectPreset("pin_2_3", 2 / 3, "2:3", (Network.PINTEREST,)),
)
PRESETS_BY_KEY: dict[str, AspectPreset] = {p.key: p for p in PRESETS}


@dataclass(frozen=True, slots=True)
class CropSpec:
    """A crop of an upright image.

    Attributes:
        quarter_turns: clockwise quarter turns applied first (0-3).
        box: (left, top, right, bottom) as fractions of the rotated image, 0..1.
    """

    quarter_turns: int = 0
    box: tuple[float, float, float, float] = (0.0, 0.0, 1.0, 1.0)

    def rotated_size(self, width: int, height: int) -> tuple[int, int]:
        """The size after rotation, before cropping."""
        return (height, width) if self.quarter_turns % 2 else (width, height)

    def output_size(self, width: int, height: int) -> tuple[int, int]:
        """The pixel size `apply_crop` produces from an upright image of this size."""
        rw, rh = self.rotated_size(width, height)
        left, top, right, bottom = self.box
        return max(1, round((right - left) * rw)), max(1, round((bottom - top) * rh))


def centered_box(width: int, height: int, ratio: float | None) -> tuple[float, float, float, float]:
    """The largest box of `ratio` (width/height) centred in a width x height image, as fractions."""
    if ratio is None or width <= 0 or height <= 0:
        return (0.0, 0.0, 1.0, 1.0)
    if width / height > ratio:
        w = ratio * height / width
        return ((1 - w) / 2, 0.0, (1 + w) / 2, 1.0)
    h = width / ratio / height
    return (0.0, (1 - h) / 2, 1.0, (1 + h) / 2)


def clamp_box(
    box: tuple[float, float, float, float],
    width: int,
    height: int,
    ratio: float | None,
    min_fraction: float = 0.05,
) -> tuple[float, float, float, float]:
    """Keep a box inside the image, at least `min_fraction` wide and tall, and at `ratio`.

    When the ratio must be restored, the box keeps its centre and its width where it can.
    """
    left, top, right, bottom = box
    bw, bh = max(min_fraction, right - left), max(min_fraction, bottom - top)
    if ratio is not None and width > 0 and height > 0:
        bh = bw * width / ratio / height
        if bh > 1.0:
            bh = 1.0
            bw = ratio * height / width
        if bw > 1.0:
            bw = 1.0
            bh = width / ratio / height
    bw, bh = min(bw, 1.0), min(bh, 1.0)
    cx, cy = (left + right) / 2, (top + bottom) / 2
    cx = min(max(cx, bw / 2), 1 - bw / 2)
    cy = min(max(cy, bh / 2), 1 - bh / 2)
    return (cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2)


def apply_crop(im: Image.Image, spec: CropSpec) -> Image.Image:
    """Rotate then crop an upright image (apply the EXIF orientation before calling this)."""
    turns = spec.quarter_turns % 4
    if turns:
        # PIL rotates counter-clockwise; a clockwise quarter turn is ROTATE_270.
        method = {1: Image.Transpose.ROTATE_270, 2: Image.Transpose.ROTATE_180, 3: Image.Transpose.ROTATE_90}[turns]
        im = im.transpose(method)
    left, top, right, bottom = spec.box
    w, h = im.size
    pixel_box = (round(left * w), round(top * h), round(right * w), round(bottom * h))
    if pixel_box == (0, 0, w, h):
        return im
    return im.crop(pixel_box)


def upright(im: Image.Image) -> Image.Image:
    """The image with its EXIF orientation applied."""
    return ImageOps.exif_transpose(im)
