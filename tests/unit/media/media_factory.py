"""Real media made on the spot for the media tests: Pillow images of every format, PyAV videos,
and the broken and hostile files the importer must survive."""

from __future__ import annotations

import io
import struct
import zlib
from fractions import Fraction
from pathlib import Path

from PIL import Image


def gradient(width: int = 640, height: int = 480, seed: int = 0) -> Image.Image:
    """A colourful gradient (compresses like a photo more than a flat fill does)."""
    base = Image.linear_gradient("L").resize((width, height))
    other = base.rotate(90 + seed).resize((width, height))
    noise = Image.effect_noise((width, height), 40 + seed)
    return Image.merge("RGB", (base, other, noise))


def exif_with(orientation: int = 1, gps: bool = False, taken: str | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[0x0112] = orientation
    if taken:
        exif.get_ifd(0x8769)[0x9003] = taken
        exif.get_ifd(0x8769)[0x9011] = "+02:00"
    if gps:
        gps_ifd = exif.get_ifd(0x8825)
        gps_ifd[1] = "N"
        gps_ifd[2] = (48.0, 51.0, 30.0)
        gps_ifd[3] = "E"
        gps_ifd[4] = (2.0, 17.0, 40.0)
    return exif


def image_bytes(fmt: str, size: tuple[int, int] = (640, 480), **save: object) -> bytes:
    im = gradient(*size)
    if fmt in ("PNG", "WEBP") and save.pop("alpha", False):
        im = im.convert("RGBA")
    buffer = io.BytesIO()
    if fmt == "HEIF":
        from pillow_heif import register_heif_opener

        register_heif_opener()
    im.save(buffer, fmt, **save)
    return buffer.getvalue()


def animated_gif(frames: int = 4, size: tuple[int, int] = (120, 90)) -> bytes:
    images = [gradient(*size, seed=i * 30).convert("P") for i in range(frames)]
    buffer = io.BytesIO()
    images[0].save(buffer, "GIF", save_all=True, append_images=images[1:], duration=100, loop=0)
    return buffer.getvalue()


def video(
    path: Path,
    container: str = "mp4",
    codec: str = "libx264",
    seconds: float = 1.0,
    size: tuple[int, int] = (320, 240),
    fps: int = 10,
) -> Path:
    """A short real video with moving colour, written with PyAV."""
    import av

    with av.open(str(path), "w", format=container) as out:
        stream = out.add_stream(codec, rate=fps)
        stream.width, stream.height = size
        stream.pix_fmt = "yuv420p"
        stream.time_base = Fraction(1, fps)
        for i in range(int(seconds * fps)):
            frame = av.VideoFrame.from_image(gradient(*size, seed=i))
            frame.pts = i
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return path


def png_bomb(width: int = 20_000, height: int = 20_000) -> bytes:
    """A PNG that claims (and really holds) width x height black pixels in a few hundred KB:
    400 megapixels, far past any safe decode."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    compressor = zlib.compressobj(9)
    body = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
