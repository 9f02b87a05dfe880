"""The per-network fitter: what each network will receive for an image, within its limits.

`fit_image` keeps quality where it can: an image that already fits goes out byte for byte
(only its GPS block removed, losslessly, when location stripping is on); otherwise it is turned
upright, cropped, scaled down (never up) and re-encoded at the highest JPEG quality that meets
the byte limit.

`core.rules` does not carry image byte and pixel limits yet, so they live in `IMAGE_LIMITS`
below, each with its source. "(third-party)" marks numbers only confirmed in a third party's
guide (the official page was not in reach this session): check them before relying on them.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from postdesk.core import rules
from postdesk.core.networks import Network
from postdesk.media import crop as crop_mod
from postdesk.media import probe
from postdesk.media.formats import sniff
from postdesk.media.thumbnails import flatten

_JPEG = "image/jpeg"
_PNG = "image/png"
_GIF = "image/gif"
_WEBP = "image/webp"


@dataclass(frozen=True, slots=True)
class ImageLimits:
    """What one network accepts for a still image.

    Attributes:
        max_bytes: the largest file.
        accepted: MIME types it takes as they are.
        max_pixels: width x height cap, or None.
        max_width: widest, or None (Instagram/Threads scale wider images down anyway).
        max_side_sum: width + height cap (Telegram), or None.
        source: where the numbers come from.
    """

    max_bytes: int
    accepted: frozenset[str]
    max_pixels: int | None = None
    max_width: int | None = None
    max_side_sum: int | None = None
    source: str = ""


_ALL = frozenset({_JPEG, _PNG, _GIF, _WEBP})
IMAGE_LIMITS: dict[Network, ImageLimits] = {
    # The published lexicon app.bsky.embed.images says maxSize 2000000
    # (/work/shared/specs/bluesky/lexicons/app.bsky.embed.images.json), but a real PDS
    # (@atproto/pds 0.4.217, found by the Bluesky engineer) validates posts against its own
    # copy of the lexicon, which says 1000000, and rejects larger image blobs. The link-card
    # thumbnail (app.bsky.embed.external) has the same 1000000 maxSize.
    Network.BLUESKY: ImageLimits(
        1_000_000, frozenset({_JPEG, _PNG, _WEBP, _GIF}), source="PDS app.bsky.embed.images (1 MB; lexicon says 2 MB)"
    ),
    # Per instance: configuration.media_attachments.image_size_limit / image_matrix_limit
    # (docs.joinmastodon.org/entities/Instance/); mastodon.social advertises 16777216 bytes and
    # 33177600 pixels. Pass the instance's own limits to fit_image when known.
    Network.MASTODON: ImageLimits(
        16_777_216, _ALL, max_pixels=33_177_600, source="docs.joinmastodon.org/entities/Instance/"
    ),
    # "Image: 5 MB, GIF: 15 MB" (docs.x.com/x-api/media, "Media types & size restrictions").
    Network.X: ImageLimits(5 * 1024**2, frozenset({_JPEG, _PNG, _WEBP, _GIF}), source="docs.x.com/x-api/media"),
    # JPEG/PNG, 8 MB, width 320-1440 (developers.facebook.com/docs/threads/overview, "Image
    # specifications"; confirmed here only via a third-party copy: ayrshare media guidelines).
    Network.THREADS: ImageLimits(
        8 * 1024**2,
        frozenset({_JPEG, _PNG}),
        max_width=1440,
        source="developers.facebook.com/docs/threads (third-party)",
    ),
    # JPEG only, 8 MB, width 320-1440, ratio 4:5..1.91:1 (Instagram Graph API, IG User Media,
    # "Image Specifications"; third-party copies agree on 8 MB / 1440).
    Network.INSTAGRAM: ImageLimits(
        8 * 1024**2,
        frozenset({_JPEG}),
        max_width=1440,
        source="developers.facebook.com/docs/instagram-platform (third-party)",
    ),
    # "The photo must be at most 10 MB in size. The photo's width and height must not exceed
    # 10000 in total." (core.telegram.org/bots/api#sendphoto)
    Network.TELEGRAM: ImageLimits(
        10 * 1024**2,
        frozenset({_JPEG, _PNG, _WEBP}),
        max_side_sum=10_000,
        source="core.telegram.org/bots/api#sendphoto",
    ),
    # Images API: up to 36,152,320 pixels (learn.microsoft.com/linkedin/marketing/
    # community-management/shares/images-api) — U: size cap not stated; 8 MB is conservative.
    Network.LINKEDIN: ImageLimits(
        8 * 1024**2,
        frozenset({_JPEG, _PNG, _GIF}),
        max_pixels=36_152_320,
        source="learn.microsoft.com images-api (U on bytes)",
    ),
    # Page photos: 4 MB (developers.facebook.com/docs/graph-api/reference/page/photos/) — U.
    Network.FACEBOOK: ImageLimits(4 * 1024**2, frozenset({_JPEG, _PNG, _GIF}), source="graph-api page/photos (U)"),
    # Pinterest pins: images up to 20 MB (help.pinterest.com) — U. JPEG or PNG only: the API's
    # Base64 media sources take `ContentType` image/jpeg or image/png (openapi.v5.json).
    Network.PINTEREST: ImageLimits(20 * 1024**2, frozenset({_JPEG, _PNG}), source="help.pinterest.com (U)"),
    # TikTok photo posts: JPEG/WebP, 20 MB, at most 1080p (Content Posting API, media transfer
    # guide) — U.
    Network.TIKTOK: ImageLimits(
        20 * 1024**2,
        frozenset({_JPEG, _WEBP}),
        max_pixels=1920 * 1080,
        source="developers.tiktok.com content posting (U)",
    ),
    # Reddit image posts: 20 MB (reddit help) — U.
    Network.REDDIT: ImageLimits(20 * 1024**2, frozenset({_JPEG, _PNG, _GIF}), source="reddit help (U)"),
    # Business Profile photos: JPG or PNG, at most 5 MB (developers.google.com/my-business/content/
    # upload-photos) — U.
    Network.GOOGLE_BUSINESS: ImageLimits(
        5 * 1000**2, frozenset({_JPEG, _PNG}), source="developers.google.com/my-business upload-photos (U)"
    ),
    # YouTube takes no post images through the Data API; a custom thumbnail is 2 MB
    # (developers.google.com/youtube/v3/docs/thumbnails/set).
    Network.YOUTUBE: ImageLimits(
        2 * 1024**2, frozenset({_JPEG, _PNG}), source="developers.google.com/youtube/v3/docs/thumbnails/set"
    ),
}
#: X allows a bigger animated GIF than a still image (docs.x.com/x-api/media); the number lives in
#: the one media table the composer also checks (core.rules.x, `media.gif_max_bytes`).
X_GIF_MAX_BYTES = rules.get(Network.X).media.gif_max_bytes or 15 * 1024**2

_QUALITY_MAX = 92
_QUALITY_MIN = 60


@dataclass(frozen=True, slots=True)
class FitResult:
    """What a network will receive.

    Attributes:
        data: the bytes to upload.
        mime: their type.
        width: pixels.
        height: pixels.
        quality: the JPEG quality used, or None when the original bytes go out.
        resized: whether it was scaled down.
        reencoded: whether the pixels were re-encoded (False: the original, maybe minus GPS).
        location_stripped: whether GPS data was removed.
        fits: whether it meets every limit (False only for what cannot be fixed here, e.g. an
            animated GIF too big for the network).
    """

    data: bytes
    mime: str
    width: int
    height: int
    quality: int | None
    resized: bool
    reencoded: bool
    location_stripped: bool
    fits: bool

    @property
    def size_bytes(self) -> int:
        return len(self.data)


def limits_for(network: Network) -> ImageLimits:
    """The image limits of a network."""
    return IMAGE_LIMITS[network]


def _scale_for(width: int, height: int, limits: ImageLimits) -> float:
    scale = 1.0
    if limits.max_width and width > limits.max_width:
        scale = min(scale, limits.max_width / width)
    if limits.max_pixels and width * height > limits.max_pixels:
        scale = min(scale, (limits.max_pixels / (width * height)) ** 0.5)
    if limits.max_side_sum and width + height > limits.max_side_sum:
        scale = min(scale, limits.max_side_sum / (width + height))
    return scale


def strip_jpeg_gps(data: bytes) -> bytes:
    """Remove the GPS block from a JPEG's EXIF without touching its pixels.

    Returns:
        New JPEG bytes, or `data` itself when there was no GPS block.
    """
    pos = 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker in (0xDA, 0xD9):  # start of scan / end of image: no EXIF before the pixels
            break
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        segment = data[pos + 4 : pos + 2 + length]
        if marker == 0xE1 and segment.startswith(b"Exif\x00\x00"):
            exif = Image.Exif()
            exif.load(segment)
            if 0x8825 not in exif:
                return data
            del exif[0x8825]
            payload = exif.tobytes()
            if not payload.startswith(b"Exif\x00\x00"):
                payload = b"Exif\x00\x00" + payload
            new_segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
            return data[:pos] + new_segment + data[pos + 2 + length :]
        pos += 2 + length
    return data


def _encode_jpeg(im: Image.Image, quality: int, exif: bytes | None, final: bool = False) -> bytes:
    buffer = io.BytesIO()
    kwargs = {"exif": exif} if exif else {}
    # Huffman optimisation only shrinks the file; the search runs without it (about twice as
    # fast) and the final encode adds it, so the answer can only get smaller.
    im.save(buffer, "JPEG", quality=quality, optimize=final, progressive=final, **kwargs)
    return buffer.getvalue()


def _best_jpeg(im: Image.Image, max_bytes: int, exif: bytes | None) -> tuple[bytes, int] | int:
    """The highest quality in [_QUALITY_MIN, _QUALITY_MAX] under max_bytes (binary search).

    Returns:
        (bytes, quality), or the size at the lowest quality when even that is too big.
    """
    top = _encode_jpeg(im, _QUALITY_MAX, exif)
    if len(top) <= max_bytes:
        return _encode_jpeg(im, _QUALITY_MAX, exif, final=True), _QUALITY_MAX
    bottom = _encode_jpeg(im, _QUALITY_MIN, exif)
    if len(bottom) > max_bytes:
        return len(bottom)
    lo, hi, best = _QUALITY_MIN + 1, _QUALITY_MAX - 1, _QUALITY_MIN
    while lo <= hi:
        mid = (lo + hi) // 2
        if len(_encode_jpeg(im, mid, exif)) <= max_bytes:
            best, lo = mid, mid + 1
        else:
            hi = mid - 1
    return _encode_jpeg(im, best, exif, final=True), best


def fit_image(
    source: bytes | Path,
    network: Network,
    *,
    strip_location: bool = True,
    crop: crop_mod.CropSpec | None = None,
    limits: ImageLimits | None = None,
) -> FitResult:
    """Produce what `network` will receive for this image.

    Args:
        source: the stored image (bytes or a path).
        network: the destination.
        strip_location: remove EXIF GPS data (the user's setting; on by default).
        crop: a crop/rotation to apply first, or None.
        limits: override the table (a Mastodon instance's own limits).

    Raises:
        MediaError: the image cannot be decoded.
    """
    custom = limits is not None
    limits = limits or limits_for(network)
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    fmt = sniff(data[:64])
    mime = fmt.mime if fmt else "application/octet-stream"
    probe.ensure_heif_support()
    with Image.open(io.BytesIO(data)) as im:
        facts = probe.image_facts(im, mime)
        w, h = facts.width, facts.height
        if facts.kind.value == "gif":
            # The GIF cap is the core table's (what the composer checks); a custom limit wins.
            cap = limits.max_bytes if custom else (rules.get(network).media.gif_max_bytes or limits.max_bytes)
            # Re-encoding animation frame by frame is out of scope: it goes as is, or not at all.
            return FitResult(data, mime, w, h, None, False, False, False, len(data) <= cap)
        needs_pixels = (
            crop is not None or facts.orientation != 1 or mime not in limits.accepted or _scale_for(w, h, limits) < 1.0
        )
        if not needs_pixels and len(data) <= limits.max_bytes:
            stripped = facts.has_location and strip_location
            out = data
            if stripped and mime == _JPEG:
                out = strip_jpeg_gps(data)
            elif stripped:
                needs_pixels = True  # PNG/WebP EXIF: re-encode below, losslessly for PNG
            if not needs_pixels and len(out) <= limits.max_bytes:
                return FitResult(out, mime, w, h, None, False, False, stripped, True)
        exif_bytes = _kept_exif(im, strip_location)
        im.load()
        pixels = crop_mod.upright(im)
        if crop is not None:
            pixels = crop_mod.apply_crop(pixels, crop)
    w, h = pixels.size
    scale = _scale_for(w, h, limits)
    resized = scale < 1.0
    if resized:
        w, h = max(1, int(w * scale)), max(1, int(h * scale))
        pixels = pixels.resize((w, h), Image.Resampling.LANCZOS)
    stripped = facts.has_location and strip_location
    if mime == _PNG and _PNG in limits.accepted:
        buffer = io.BytesIO()
        # Fast deflate: the trial must be cheap; it only needs to fit, not to be smallest.
        pixels.save(buffer, "PNG", compress_level=1)
        if buffer.tell() <= limits.max_bytes:
            return FitResult(buffer.getvalue(), _PNG, w, h, None, resized, True, stripped, True)
    rgb = flatten(pixels)
    for _ in range(10):
        best = _best_jpeg(rgb, limits.max_bytes, exif_bytes)
        if not isinstance(best, int):
            out, quality = best
            return FitResult(out, _JPEG, rgb.width, rgb.height, quality, resized, True, stripped, True)
        # Even the lowest quality is too big: shrink by what the bytes suggest, and retry.
        factor = max(0.3, min(0.95, (limits.max_bytes / best) ** 0.5 * 0.95))
        rgb = rgb.resize((max(1, int(rgb.width * factor)), max(1, int(rgb.height * factor))), Image.Resampling.LANCZOS)
        resized = True
    out = _encode_jpeg(rgb, _QUALITY_MIN, exif_bytes, final=True)
    return FitResult(
        out, _JPEG, rgb.width, rgb.height, _QUALITY_MIN, resized, True, stripped, len(out) <= limits.max_bytes
    )


def _kept_exif(im: Image.Image, strip_location: bool) -> bytes | None:
    """EXIF for a re-encoded image: none when stripping (that also drops serial numbers and the
    like), otherwise the original's with the orientation reset, since pixels are now upright."""
    if strip_location:
        return None
    exif = im.getexif()
    if not exif:
        return None
    exif[0x0112] = 1
    return exif.tobytes()
