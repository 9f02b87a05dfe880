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
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from postdesk.core.media_info import MediaKind as CoreKind
from postdesk.core.media_limits import Described, MediaIssue, check_media
from postdesk.core.networks import Network, display_name
from postdesk.media import probe
from postdesk.media.fit import fit_image
from postdesk.media.formats import default_extension, sniff
from postdesk.media.problems import MediaError
from postdesk.platforms.base import (
    MEDIA_CANNOT_SHRINK,
    MEDIA_NOT_RECOGNISED,
    MEDIA_UNDECODABLE,
    MEDIA_UNREADABLE,
    ProblemParam,
    PublishRequest,
    Rejected,
)


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


def _where(index: int | None) -> dict[str, ProblemParam]:
    """The problem parameters naming an attachment (its position, when known)."""
    return {} if index is None else {"index": index}


def _unreadable(path: str, exc: OSError, index: int | None) -> Rejected:
    return Rejected(
        f"The media file {Path(path).name} cannot be read: {exc.strerror or exc}",
        problem=MEDIA_UNREADABLE,
        params=_where(index),
    )


def _not_recognised(path: str, index: int | None) -> Rejected:
    return Rejected(
        f"{Path(path).name} is not an image or video this app recognises",
        problem=MEDIA_NOT_RECOGNISED,
        params=_where(index),
    )


def _undecodable(path: str, index: int | None) -> Rejected:
    return Rejected(f"{Path(path).name} cannot be decoded as an image", problem=MEDIA_UNDECODABLE, params=_where(index))


def _prepare_one(path: str, network: Network, alt: str, index: int) -> Prepared:
    try:
        with open(path, "rb") as handle:
            head = handle.read(64)
    except OSError as exc:
        raise _unreadable(path, exc, index) from None
    fmt = sniff(head)
    if fmt is None:
        raise _not_recognised(path, index)
    if fmt.kind.value == "video":
        data = Path(path).read_bytes()
        return Prepared(data, fmt.mime, True, f"video{index}{default_extension(fmt.mime)}", alt)
    try:
        fitted = fit_image(Path(path), network)
    except (MediaError, OSError, ValueError):
        raise _undecodable(path, index) from None
    if not fitted.fits:
        raise Rejected(
            f"{Path(path).name} is too big for {network.value} and cannot be shrunk",
            problem=MEDIA_CANNOT_SHRINK,
            params={"index": index},
        )
    return Prepared(fitted.data, fitted.mime, False, f"image{index}{default_extension(fitted.mime)}", alt)


async def prepare(request: PublishRequest, network: Network) -> list[Prepared]:
    """Fit every media file of `request` for `network`, off the loop.

    Raises:
        Rejected: a file is missing, unknown, or cannot be made to fit.
    """
    alts = alt_texts(request)
    return [
        await asyncio.to_thread(_prepare_one, path, network, alts[i], i) for i, path in enumerate(request.media_paths)
    ]


def describe(path: str, index: int | None = None) -> Described:
    """Probe one media file the way the media library did at import (kind, size, frame, length).

    A video PyAV cannot read keeps its frame and length unknown (the network judges it then);
    its format and size are still checked.

    Args:
        path: the file.
        index: its position among the post's attachments, when known (for the problem's words).

    Raises:
        Rejected: the file is missing or is not an image or video this app recognises (with a
            `MEDIA_*` problem code).
    """
    try:
        size = os.stat(path).st_size
        with open(path, "rb") as handle:
            head = handle.read(64)
    except OSError as exc:
        raise _unreadable(path, exc, index) from None
    fmt = sniff(head)
    if fmt is None:
        raise _not_recognised(path, index)
    if fmt.kind.value == "video":
        try:
            container = probe.open_video(Path(path))
        except MediaError:
            return Described(CoreKind.VIDEO, fmt.mime, size)
        try:
            facts = probe.video_facts(container)
        except MediaError:
            return Described(CoreKind.VIDEO, fmt.mime, size)
        finally:
            container.close()
        return Described(CoreKind.VIDEO, fmt.mime, size, facts.width, facts.height, facts.duration_s)
    kind = CoreKind.IMAGE
    if fmt.mime == "image/gif":
        from PIL import Image

        try:
            with Image.open(path) as im:
                kind = CoreKind(probe.image_facts(im, fmt.mime).kind.value)
        except (OSError, ValueError):
            raise _undecodable(path, index) from None
    return Described(kind, fmt.mime, size)


def explain(network: Network, issue: MediaIssue, paths: tuple[str, ...] | list[str]) -> str:
    """One plain sentence for the first thing that stops the media (the adapter's refusal)."""
    name = display_name(network)  # the brand name ("Google Business Profile", "YouTube")
    p = issue.params
    file = Path(paths[issue.index]).name if issue.index is not None and issue.index < len(paths) else "The media"
    texts = {
        "needs_media_relay": f"{name} fetches media from a web address, and no media relay is set up "
        "(Settings › Media relay)",
        "poll_with_media": f"{name} does not allow a poll and media in the same post",
        "video_not_supported": f"{file}: Postdesk cannot post videos to {name} yet",
        "gif_not_supported": f"{file}: Postdesk cannot post animated GIFs to {name}",
        "gif_too_big": f"{file}: the GIF is {p.get('size_mb')} MB, {name} takes at most {p.get('max_mb')} MB",
        "gif_not_alone": f"{name} takes an animated GIF only on its own, without other photos or videos",
        "video_format": f"{file}: {name} does not take {p.get('format')} videos ({p.get('formats')} only)",
        "video_too_big": f"{file}: the video is {p.get('size_mb')} MB, {name} takes at most {p.get('max_mb')} MB",
        "video_too_long": f"{file}: the video lasts {p.get('seconds')} s, {name} takes at most "
        f"{p.get('max_seconds')} s",
        "video_too_short": f"{file}: the video lasts {p.get('seconds')} s, {name} needs at least "
        f"{p.get('min_seconds')} s",
        "video_too_large_frame": f"{file}: the video is {p.get('width')}x{p.get('height')}, {name} takes at most "
        f"{p.get('max_width')}x{p.get('max_height')}",
        "video_too_small_frame": f"{file}: the video is {p.get('width')}x{p.get('height')}, {name} needs at least "
        f"{p.get('min_side')} pixels on each side",
        "too_many_images": f"{name} takes at most {p.get('max')} images per post",
        "too_many_videos": f"{name} takes at most {p.get('max')} videos per post",
        "mixed_media_not_allowed": f"{name} cannot mix images and video in one post",
        "too_many_attachments": f"{name} takes at most {p.get('max')} photos and videos per post",
    }
    return texts.get(issue.code, f"{name} cannot take this media ({issue.code})")


async def check_sendable(
    request: PublishRequest, network: Network, *, relay: bool = False, instance: Mapping[str, int] | None = None
) -> None:
    """Refuse, before anything is sent, media the network cannot take.

    The same check (`core.media_limits.check_media`, over the same table) runs in the composer
    before scheduling; here it runs on the files themselves, probed off the loop.

    Args:
        request: what is about to be sent.
        network: where to.
        relay: whether a media relay is set up.
        instance: the account's server's own limits (a Mastodon instance's), if known.

    Raises:
        Rejected: a file is missing or unknown, or the media break one of the network's limits
            (the issue's `ProblemCode` value as the problem, its numbers and `index` as params).
    """
    if not request.media_paths:
        return
    items = [await asyncio.to_thread(describe, path, i) for i, path in enumerate(request.media_paths)]
    issues = check_media(network, items, relay=relay, poll=bool(request.options.get("poll")), instance=instance)
    if issues:
        issue = issues[0]
        params: dict[str, ProblemParam] = dict(issue.params)
        if issue.index is not None:
            params["index"] = issue.index
        raise Rejected(explain(network, issue, request.media_paths), problem=issue.code, params=params)


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
