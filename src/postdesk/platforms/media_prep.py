"""Media made ready for one network, just before upload.

Images go through `media.fit.fit_image` (fitted to the network's limits, EXIF GPS stripped);
videos go out as they are (their problems are reported in the composer, before scheduling).
The work runs in a worker thread: Pillow must not block the engine loop.

Alt texts travel in `PublishRequest.options["alt_texts"]`, one per media path, in order.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from postdesk.core.networks import Network
from postdesk.media.fit import fit_image
from postdesk.media.formats import default_extension, sniff
from postdesk.media.problems import MediaError
from postdesk.platforms.base import PublishRequest, Rejected


@dataclass(frozen=True, slots=True)
class Prepared:
    """One media file as the network will receive it.

    Attributes:
        data: the bytes to send.
        mime: their type.
        is_video: video rather than still image.
        filename: a name with the right extension.
        alt_text: the description, or "".
    """

    data: bytes
    mime: str
    is_video: bool
    filename: str
    alt_text: str = ""


def alt_texts(request: PublishRequest) -> list[str]:
    """The alt text of each media path ("" where there is none)."""
    given = list(request.options.get("alt_texts") or ())
    return [str(given[i]) if i < len(given) and given[i] else "" for i in range(len(request.media_paths))]


def _prepare_one(path: str, network: Network, alt: str, index: int) -> Prepared:
    try:
        with open(path, "rb") as handle:
            head = handle.read(64)
    except OSError as exc:
        raise Rejected(f"The media file cannot be read: {exc.strerror or exc}") from None
    fmt = sniff(head)
    if fmt is None:
        raise Rejected(f"{Path(path).name} is not an image or video this app recognises")
    if fmt.kind.value == "video":
        data = Path(path).read_bytes()
        return Prepared(data, fmt.mime, True, f"video{index}{default_extension(fmt.mime)}", alt)
    try:
        fitted = fit_image(Path(path), network)
    except (MediaError, OSError, ValueError):
        raise Rejected(f"{Path(path).name} cannot be decoded as an image") from None
    if not fitted.fits:
        raise Rejected(f"{Path(path).name} is too big for {network.value} and cannot be shrunk")
    return Prepared(fitted.data, fitted.mime, False, f"image{index}{default_extension(fitted.mime)}", alt)


async def prepare(request: PublishRequest, network: Network) -> list[Prepared]:
    """Fit every media file of `request` for `network`, off the loop.

    Raises:
        Rejected: a file is missing, unknown, or cannot be made to fit.
    """
    alts = alt_texts(request)
    return [
        await asyncio.to_thread(_prepare_one, path, network, alts[i], i)
        for i, path in enumerate(request.media_paths)
    ]


@contextlib.contextmanager
def as_file(item: Prepared) -> Iterator[str]:
    """The prepared bytes in a temporary file (for a media relay), removed afterwards."""
    fd, name = tempfile.mkstemp(prefix="postdesk-", suffix=Path(item.filename).suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(item.data)
        yield name
    finally:
        with contextlib.suppress(OSError):
            os.unlink(name)
