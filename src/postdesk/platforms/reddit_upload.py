"""Reddit media: the upload lease, the upload to Reddit's storage, and a video's poster.

This flow is not in reddit.com/dev/api. It is the one Reddit's own web and mobile apps use, as
PRAW (praw/models/reddit/subreddit.py, `_upload_media`) and other clients have observed it; every
step below is therefore U (observed, not documented):

1. `POST /api/media/asset.json` with `filepath` (the file's name) and `mimetype` (image/png,
   image/jpeg, image/gif, video/mp4, video/quicktime) answers a lease: `args.action`, a
   scheme-less URL of the storage bucket ("//reddit-uploaded-media.s3-accelerate.amazonaws.com"),
   `args.fields`, a list of `{name, value}` (an S3 POST policy: key, policy, signature ...), and
   `asset` (`asset_id`, `websocket_url`);
2. the file is POSTed to the action as multipart/form-data carrying every field, the file last
   (S3 ignores fields after `file`), with no Authorization header (the policy is the credential);
   S3 answers 201 (`success_action_status`), or an XML error; `EntityTooLarge` names the
   `ProposedSize` and `MaxSizeAllowed`;
3. the post then names the upload: `url` = action + "/" + key for `kind=image`/`video` (and
   `video_poster_url` for a video's poster, an uploaded image), or `media_id` = `asset_id` for each
   gallery item.
"""

from __future__ import annotations

import asyncio
import io
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from postdesk.media import probe
from postdesk.media.problems import MediaError
from postdesk.platforms.base import (
    MEDIA_COVER_UNUSABLE,
    MEDIA_TOO_BIG_TO_SEND,
    MEDIA_TYPE_REFUSED,
    MEDIA_VIDEO_UNREADABLE,
    Rejected,
    Transient,
)
from postdesk.platforms.media_prep import Prepared
from postdesk.platforms.rest_call import field_of, json_object, send

#: Reddit's media storage refused a file for another reason than its size (worded by
#: `ui.composer.refusal_words_waits`; the storage's code and message are the network's words).
STORAGE_REFUSED = "reddit_storage_refused"

#: The mimetypes the lease takes (U: what Reddit's apps send).
MIMETYPES = ("image/png", "image/jpeg", "image/gif", "video/mp4", "video/quicktime")

#: The adapter's authorised API call: (method, path, data=...) -> the answer.
ApiCall = Callable[..., Awaitable[httpx.Response]]


@dataclass(frozen=True, slots=True)
class Uploaded:
    """An upload Reddit's storage holds.

    Attributes:
        url: what `kind=image`/`video` posts name (action + "/" + key).
        asset_id: what gallery items name (`media_id`).
    """

    url: str
    asset_id: str


def _action_url(action: str, api_base: str) -> str:
    """The lease's scheme-less action with the API's own scheme (https in production)."""
    if "://" in action:
        return action
    scheme = api_base.split("://", 1)[0] if "://" in api_base else "https"
    return f"{scheme}:{action}" if action.startswith("//") else f"{scheme}://{action}"


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1_000_000 else f"{max(n // 1000, 1)} KB"


def _storage_refusal(response: httpx.Response, what: str) -> Rejected:
    """The storage's XML refusal: a problem code (the UI words it), the storage's code and message
    as the network's words, and Postdesk's English for the log."""
    text = response.text[:2000]
    code = re.search(r"<Code>([^<]+)</Code>", text)
    said = re.search(r"<Message>([^<]+)</Message>", text)
    words = f"{code.group(1)}: {said.group(1)}" if code and said else (code.group(1) if code else text[:200])
    if code and code.group(1) == "EntityTooLarge":
        size = re.search(r"<ProposedSize>(\d+)</ProposedSize>", text)
        most = re.search(r"<MaxSizeAllowed>(\d+)</MaxSizeAllowed>", text)
        english = f"{what} is too large for Reddit"
        if size and most:
            english = f"{what} is {_size(int(size.group(1)))}; Reddit takes at most {_size(int(most.group(1)))} for it"
        return Rejected(english, http_status=response.status_code, network_message=words, problem=MEDIA_TOO_BIG_TO_SEND)
    return Rejected(
        f"Reddit's media storage refused {what.lower()}",
        http_status=response.status_code,
        network_message=words,
        problem=STORAGE_REFUSED,
    )


async def upload(
    call: ApiCall, client: httpx.AsyncClient, api_base: str, data: bytes, filename: str, mime: str
) -> Uploaded:
    """Lease, then upload one file to Reddit's storage.

    Args:
        call: the adapter's authorised call.
        client: the adapter's bounded client (the upload itself carries no token).
        api_base: the API root, whose scheme the scheme-less action takes.
        data: the bytes.
        filename: the name Reddit is told.
        mime: one of `MIMETYPES`.

    Raises:
        Rejected: a type Reddit does not take, or the storage refused the file (worded).
        Transient: the upload broke (a dropped connection, a 5xx): nothing was posted yet.
        AuthExpired, RateLimited: from the lease call.
    """
    if mime not in MIMETYPES:
        raise Rejected(f"Reddit does not take {mime} files", problem=MEDIA_TYPE_REFUSED, params={"type": mime})
    lease = json_object(
        await call("POST", "/api/media/asset.json", data={"filepath": filename, "mimetype": mime}),
        what="the media upload lease",
    )
    args = field_of(lease, "args")
    action = str(field_of(args, "action"))
    fields = args.get("fields") if isinstance(args, Mapping) else None
    if not isinstance(fields, list):
        raise Transient("Reddit answered the upload lease without its form fields")
    form: dict[str, str] = {}
    for item in fields:
        if isinstance(item, Mapping) and "name" in item:
            form[str(item["name"])] = str(item.get("value", ""))
    key = form.get("key")
    asset_id = str(field_of(lease, "asset", "asset_id"))
    if not key:
        raise Transient("Reddit's upload lease named no storage key")
    url = _action_url(action, api_base)
    # httpx writes the data fields first, then the file: the order S3 requires.
    response = await send(client, "POST", url, creates=False, data=form, files={"file": (filename, data, mime)})
    if response.status_code >= 500:
        raise Transient(
            f"Reddit's media storage failed (HTTP {response.status_code})", http_status=response.status_code
        )
    if response.status_code >= 300:
        raise _storage_refusal(response, "This video" if mime.startswith("video/") else "This image")
    return Uploaded(url=f"{url}/{key}", asset_id=asset_id)


async def upload_prepared(call: ApiCall, client: httpx.AsyncClient, api_base: str, item: Prepared) -> Uploaded:
    """`upload` for a file made ready by `media_prep.prepare`."""
    return await upload(call, client, api_base, item.data, item.filename, item.mime)


def _poster_jpeg(video_path: str, chosen: str | None) -> bytes:
    """A JPEG poster: the chosen image, or a frame of the video (PyAV)."""
    from PIL import Image

    if chosen:
        try:
            with Image.open(chosen) as im:
                return _jpeg(im)
        except (OSError, ValueError):
            raise Rejected(
                f"{Path(chosen).name} cannot be used as the video's poster", problem=MEDIA_COVER_UNUSABLE
            ) from None
    try:
        container = probe.open_video(Path(video_path))
    except MediaError:
        raise Rejected(
            f"{Path(video_path).name}: no picture can be taken from the video for its poster",
            problem=MEDIA_VIDEO_UNREADABLE,
        ) from None
    try:
        facts = probe.video_facts(container)
        frame = probe.poster_frame(container, facts.duration_s)
    except MediaError:
        raise Rejected(
            f"{Path(video_path).name}: no picture can be taken from the video for its poster",
            problem=MEDIA_VIDEO_UNREADABLE,
        ) from None
    finally:
        container.close()
    return _jpeg(frame)


def _jpeg(im: Any) -> bytes:
    out = io.BytesIO()
    im.convert("RGB").save(out, "JPEG", quality=90)
    return out.getvalue()


async def upload_poster(
    call: ApiCall, client: httpx.AsyncClient, api_base: str, video_path: str, options: Mapping[str, Any]
) -> Uploaded:
    """Upload a video's poster (`video_poster_url`): option `cover_image`, else a frame of the video.

    Raises:
        Rejected: no poster can be made; as `upload`.
    """
    chosen = str(options.get("cover_image") or "") or None
    data = await asyncio.to_thread(_poster_jpeg, video_path, chosen)
    return await upload(call, client, api_base, data, f"{Path(video_path).stem or 'video'}-poster.jpg", "image/jpeg")
