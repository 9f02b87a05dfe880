"""Pinterest media: the Pin's `media_source` for images (Base64 in the create call) and videos.

From Pinterest's OpenAPI description of API v5 (`PinMediaSource` and its branches) and
developers.pinterest.com/docs/api-features/creating-boards-and-pins/:

- one image: `{"source_type": "image_base64", "content_type", "data"}`; `content_type` is
  image/jpeg or image/png (the spec's `ContentType` enum: `media.fit` makes every Pinterest image
  one of those two);
- 2 to 5 images: `{"source_type": "multiple_image_base64", "items": [...]}` (`minItems` 2,
  `maxItems` 5), each item `{content_type, data}` and optionally its own title/description/link;
- a video: `POST /v5/media {"media_type": "video"}` registers an upload and answers `media_id`,
  `upload_url` and `upload_parameters`; the file is POSTed to `upload_url` as a multipart form
  carrying every upload parameter plus the `file` field (an S3 POST policy: no Authorization
  header, the policy is the credential); `GET /v5/media/{media_id}` is polled until `status` is
  `succeeded` (or `failed`); the Pin then takes `{"source_type": "video_id", "media_id", ...}`
  with a cover: the image the creator chose (option `cover_image`, a file path), else a frame
  taken from the video with PyAV, sent as `cover_image_data` (Base64 JPEG).
"""

from __future__ import annotations

import asyncio
import base64
import io
from collections.abc import Awaitable, Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx

from postdesk.core.networks import Network
from postdesk.core.validation import ProblemCode
from postdesk.media import probe
from postdesk.media.fit import fit_image
from postdesk.media.problems import MediaError
from postdesk.platforms.base import (
    MEDIA_COVER_UNUSABLE,
    MEDIA_TYPE_REFUSED,
    MEDIA_VIDEO_UNREADABLE,
    Rejected,
    Transient,
)
from postdesk.platforms.media_prep import Prepared
from postdesk.platforms.rest_call import Sleep, field_of, json_object, send

#: Pinterest's `ContentType` enum for Base64 images.
IMAGE_TYPES = ("image/jpeg", "image/png")
#: `multiple_image_base64.items`: minItems 2, maxItems 5 (PinMediaSourceImagesBase64).
MULTI_MIN, MULTI_MAX = 2, 5
#: Words for a video Pinterest could not process.
PROCESSING_FAILED = (
    "Pinterest could not process this video. Check that it is an MP4 or MOV between 4 seconds "
    "and 15 minutes, then try again"
)

#: Sends one API call for the adapter: (method, path, json body) -> the answer.
ApiCall = Callable[..., Awaitable[httpx.Response]]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def image_source(images: Sequence[Prepared]) -> dict[str, Any]:
    """The `media_source` for one image or 2-5 images (a multi-image Pin).

    Raises:
        Rejected: an image is not JPEG or PNG after fitting, or there are more than 5.
    """
    for index, item in enumerate(images):
        if item.mime not in IMAGE_TYPES:
            raise Rejected(
                f"Pinterest takes only JPEG and PNG images, not {item.mime}",
                problem=MEDIA_TYPE_REFUSED,
                params={"index": index, "type": item.mime},
            )
    if len(images) == 1:
        return {"source_type": "image_base64", "content_type": images[0].mime, "data": _b64(images[0].data)}
    if not MULTI_MIN <= len(images) <= MULTI_MAX:
        raise Rejected(
            f"A Pinterest Pin takes at most {MULTI_MAX} images",
            problem=ProblemCode.TOO_MANY_IMAGES,
            params={"count": len(images), "max": MULTI_MAX},
        )
    return {
        "source_type": "multiple_image_base64",
        "items": [{"content_type": i.mime, "data": _b64(i.data)} for i in images],
    }


def _cover_bytes(video_path: str, chosen: str | None) -> bytes:
    """A JPEG cover: the chosen image fitted for Pinterest, or a frame of the video."""
    if chosen:
        try:
            fitted = fit_image(Path(chosen), Network.PINTEREST)
        except (MediaError, OSError, ValueError):
            raise Rejected(
                f"{Path(chosen).name} cannot be used as the video's cover", problem=MEDIA_COVER_UNUSABLE
            ) from None
        if fitted.mime == "image/jpeg":
            return fitted.data
        from PIL import Image

        with Image.open(io.BytesIO(fitted.data)) as im:
            return _jpeg(im)
    try:
        container = probe.open_video(Path(video_path))
    except MediaError:
        raise Rejected(
            f"{Path(video_path).name}: no picture can be taken from the video for its cover",
            problem=MEDIA_VIDEO_UNREADABLE,
        ) from None
    try:
        facts = probe.video_facts(container)
        frame = probe.poster_frame(container, facts.duration_s)
    except MediaError:
        raise Rejected(
            f"{Path(video_path).name}: no picture can be taken from the video for its cover",
            problem=MEDIA_VIDEO_UNREADABLE,
        ) from None
    finally:
        container.close()
    return _jpeg(frame)


def _jpeg(im: Any) -> bytes:
    out = io.BytesIO()
    im.convert("RGB").save(out, "JPEG", quality=90)
    return out.getvalue()


async def cover_for(video_path: str, options: Mapping[str, Any]) -> dict[str, Any]:
    """The cover fields of a `video_id` media source (off the loop: PyAV and Pillow block).

    Raises:
        Rejected: no cover can be made.
    """
    chosen = str(options.get("cover_image") or "") or None
    data = await asyncio.to_thread(_cover_bytes, video_path, chosen)
    return {"cover_image_content_type": "image/jpeg", "cover_image_data": _b64(data)}


async def upload_video(
    call: ApiCall, client: httpx.AsyncClient, item: Prepared, *, sleep: Sleep, wait: float, poll: float = 2.0
) -> str:
    """Register, upload and wait for a video; returns its `media_id` once it has `succeeded`.

    Args:
        call: the adapter's authorised API call (method, path, json=...).
        client: the adapter's bounded client, for the upload itself (no token on it).
        item: the video.
        sleep: how to wait between status reads.
        wait: the longest wait for processing, in seconds.
        poll: seconds between status reads.

    Raises:
        Rejected: Pinterest failed to process it (worded).
        Transient: the upload broke, or processing took longer than `wait`.
        AuthExpired, RateLimited: from the API calls.
    """
    registered = json_object(
        await call("POST", "/media", json={"media_type": "video"}, ok=(200, 201)), what="registering the video"
    )
    media_id = str(field_of(registered, "media_id"))
    upload_url = str(field_of(registered, "upload_url"))
    parameters = registered.get("upload_parameters") or {}
    if not isinstance(parameters, Mapping):
        raise Transient("Pinterest answered the video registration without upload parameters")
    form = {str(k): str(v) for k, v in parameters.items()}
    # The S3 form: every parameter, then the file last (S3 ignores fields after `file`).
    response = await send(
        client, "POST", upload_url, creates=False, data=form, files={"file": (item.filename, item.data, item.mime)}
    )
    if response.status_code >= 500:
        raise Transient(f"the video upload failed (HTTP {response.status_code})", http_status=response.status_code)
    if response.status_code >= 300:
        raise Rejected(
            "Pinterest's upload storage refused the video",
            http_status=response.status_code,
            network_message=response.text[:300],
        )
    waited = 0.0
    while True:
        status = json_object(await call("GET", f"/media/{media_id}"), what="the video's status").get("status")
        if status == "succeeded":
            return media_id
        if status == "failed":
            raise Rejected(PROCESSING_FAILED, network_message=f"media {media_id} failed")
        if waited + poll > wait:
            raise Transient(f"Pinterest was still processing the video after {waited:.0f} s")
        await sleep(poll)
        waited += poll
