"""People's pictures (avatars), fetched once, kept on disk, handed to painters as `QPixmap`s.

`AvatarCache.get(url)` answers at once: the picture when it is in memory, else None and a
fetch starts on the cache's own `BackgroundRunner` (pictures come from other hosts and may
be slow: they never wait behind, or hold up, the app's store reads). `ready(url)` says when a
picture has arrived; whoever painted a monogram meanwhile paints again.

A fetch (`load_picture`, on a worker):
- reads the disk copy when there is one (`<sha256 of the URL>.png` in the cache directory);
- else downloads over http(s) only, through `http_bounds` (a short deadline and a size cap:
  `MAX_PICTURE_BYTES`), decodes with Pillow (refusing images of absurd dimensions before
  decoding them), crops to a centred square, scales to `size` pixels, and writes the PNG
  to disk (atomically) for the next start;
- hands back raw RGBA bytes, so the UI thread only wraps them in a `QImage`.

A picture that cannot be had (a 404, not an image, too large, not http(s)) is remembered as
missing for the session: the monogram stays, and nothing is asked again until the next start.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap

from postdesk.http_bounds import Bounds, bounded_client
from postdesk.log import get_logger
from postdesk.paths import APP_NAME, Paths
from postdesk.ui.background import BackgroundRunner

_log = get_logger("ui.avatars")

#: The largest picture file read (a profile picture is tens of kB; 2 MiB is plenty).
MAX_PICTURE_BYTES = 2 * 1024 * 1024
#: The largest image dimensions decoded (a decompression bomb is refused before decoding).
MAX_PICTURE_PIXELS = 4096 * 4096
#: Seconds one picture download may take in all.
PICTURE_DEADLINE = 20.0
#: The side, in pixels, pictures are kept at (sharp at 48 px on a 2x screen).
DEFAULT_SIDE = 96


class PictureError(Exception):
    """A picture could not be had (not http(s), refused, too large, not an image)."""


@dataclass(frozen=True, slots=True)
class Picture:
    """A decoded square picture: `side` x `side` RGBA pixels.

    Attributes:
        side: width and height in pixels.
        rgba: the pixels, row by row, 4 bytes each.
    """

    side: int
    rgba: bytes


def avatar_cache_dir(paths: Paths) -> Path:
    """Where pictures are kept: the platform's cache directory for Postdesk, or, when the data
    directory was chosen (`--data-dir`, `POSTDESK_HOME`: tests, portable installs), a `cache/`
    folder inside it so that everything stays together."""
    default = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))
    if paths.base == default:
        return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "avatars"
    return paths.base / "cache" / "avatars"


def is_web_url(url: str | None) -> bool:
    """Whether `url` is an http(s) address (the only kind of picture fetched)."""
    return bool(url) and str(url).lower().startswith(("https://", "http://"))


def _file_for(directory: Path, url: str) -> Path:
    return directory / (hashlib.sha256(url.encode("utf-8")).hexdigest() + ".png")


def _decode(data: bytes, side: int) -> tuple[Picture, bytes]:
    """The picture in `data`, cropped square and scaled to `side`; and it as PNG bytes."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width <= 0 or height <= 0 or width * height > MAX_PICTURE_PIXELS:
                raise PictureError(f"picture of {width}x{height} pixels refused")
            image.draft("RGB", (side * 2, side * 2))  # JPEG: decode at a smaller scale
            square = ImageOps.fit(image.convert("RGBA"), (side, side), Image.Resampling.LANCZOS)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise PictureError("not a picture Postdesk can read") from exc
    out = io.BytesIO()
    square.save(out, format="PNG")
    return Picture(side, square.tobytes("raw", "RGBA")), out.getvalue()


async def _download(url: str, bounds: Bounds) -> bytes:
    import httpx

    async with bounded_client(bounds=bounds, follow_redirects=True, timeout=bounds.deadline) as client:
        try:
            response = await client.get(url, headers={"Accept": "image/*"})
        except httpx.HTTPError as exc:
            raise PictureError(f"picture not fetched ({type(exc).__name__})") from exc
        if response.status_code != 200:
            raise PictureError(f"picture answered {response.status_code}")
        if not is_web_url(str(response.url)):
            raise PictureError("picture redirected away from the web")
        return response.content


def load_picture(url: str, directory: Path | None, side: int = DEFAULT_SIDE) -> Picture:
    """The picture at `url` (from disk when kept there, else downloaded and kept). Blocking.

    Raises:
        PictureError: it cannot be had.
    """
    if not is_web_url(url):
        raise PictureError("only http(s) pictures are fetched")
    kept = _file_for(directory, url) if directory is not None else None
    if kept is not None and kept.is_file():
        try:
            picture, _png = _decode(kept.read_bytes(), side)
            return picture
        except (PictureError, OSError):
            with contextlib.suppress(OSError):
                kept.unlink()  # a damaged copy: fetch it again
    bounds = Bounds(deadline=PICTURE_DEADLINE, max_answer_bytes=MAX_PICTURE_BYTES)
    data = asyncio.run(_download(url, bounds))
    picture, png = _decode(data, side)
    if kept is not None:
        try:
            kept.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=kept.parent, suffix=".part")
            with os.fdopen(handle, "wb") as file:
                file.write(png)
            os.replace(temp, kept)
        except OSError:
            _log.info("could not keep a picture on disk", exc_info=True)
    return picture


class AvatarCache(QObject):
    """Pictures by URL, in memory for the session and on disk across sessions.

    Args:
        directory: where pictures are kept on disk (None: memory only).
        side: the side, in pixels, pictures are kept at.
        runner: the worker that fetches (default: the cache's own pool of a few threads).
        parent: the owning object.

    Signals:
        ready(str): the picture of this URL has arrived (`get` now returns it).
    """

    ready = Signal(str)

    def __init__(
        self,
        directory: Path | None,
        *,
        side: int = DEFAULT_SIDE,
        runner: BackgroundRunner | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._directory = directory
        self._side = side
        self._owns_runner = runner is None
        self._runner = runner or BackgroundRunner(workers=3, name="postdesk-avatar", parent=self)
        self._pixmaps: dict[str, QPixmap] = {}
        self._pending: set[str] = set()
        self._missing: set[str] = set()

    def get(self, url: str | None) -> QPixmap | None:
        """The picture of `url` when it is here; else None (and it is fetched, once)."""
        if not url:
            return None
        pixmap = self._pixmaps.get(url)
        if pixmap is not None:
            return pixmap
        if url in self._pending or url in self._missing:
            return None
        if not is_web_url(url):
            self._missing.add(url)
            return None
        self._pending.add(url)
        self._runner.submit(
            load_picture,
            url,
            self._directory,
            self._side,
            on_done=functools.partial(self._arrived, url),
            on_error=functools.partial(self._failed, url),
        )
        return None

    def is_missing(self, url: str) -> bool:
        """Whether `url`'s picture could not be had this session (a monogram stands in)."""
        return url in self._missing

    def _arrived(self, url: str, picture: Picture) -> None:
        self._pending.discard(url)
        image = QImage(picture.rgba, picture.side, picture.side, QImage.Format.Format_RGBA8888).copy()
        self._pixmaps[url] = QPixmap.fromImage(image)
        self.ready.emit(url)

    def _failed(self, url: str, error: BaseException) -> None:
        self._pending.discard(url)
        self._missing.add(url)
        _log.info("no picture for an author (%s)", type(error).__name__)

    def shutdown(self) -> None:
        """Stop fetching (the window is closing); answers still on their way are dropped."""
        if self._owns_runner:
            self._runner.shutdown(wait=False)
