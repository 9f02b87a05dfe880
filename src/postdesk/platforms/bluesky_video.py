"""Bluesky's video service: upload a video, wait for it to be processed, get its blob.

The flow is the one Bluesky documents (docs.bsky.app/docs/tutorials/video, "Recommended method")
and the official app follows (social-app `src/lib/media/video/upload.shared.ts`, `upload.ts`):

1. `app.bsky.video.getUploadLimits` on the video service, with a service-auth token from the
   account's PDS (`com.atproto.server.getServiceAuth`, aud = the video service's DID,
   lxm = `app.bsky.video.getUploadLimits`): `canUpload`, the videos and bytes left today and a
   message. Nothing is uploaded when the account cannot upload or the file does not fit in what
   is left.
2. `app.bsky.video.uploadVideo?did=…&name=…` with the raw file, authorised by a second token whose
   audience is the account's own PDS (its DID from `com.atproto.server.describeServer`) and whose
   lxm is `com.atproto.repo.uploadBlob`: the video service later stores the processed video on the
   PDS with it, on the account's behalf. The docs recommend a 30-minute expiry, so the token
   outlives processing (a PDS refuses more than an hour).
3. `app.bsky.video.getJobStatus?jobId=…` (unauthenticated, as in the docs) until the job holds a
   blob (`JOB_STATE_COMPLETED`) or has failed (`JOB_STATE_FAILED`). Polling is bounded:
   `VideoSettings.max_polls` polls `poll_interval` seconds apart, then the publish is a passing
   failure (processing continues on Bluesky's side; a new attempt finds the processed video).

The real service answers `uploadVideo` with the job status itself, not wrapped in `jobStatus` as
the lexicon says (bluesky-social/atproto#3026, #3097); both shapes are read. A video the service
has processed before comes back at once with its blob (`already_exists`), which is used.

Errors: 429 → RateLimited (Retry-After or atproto's `ratelimit-reset`); 5xx and connection
failures → Transient; a failed job, a refused upload or a spent daily allowance → Rejected, in the
service's own words when it gives them. An upload is not a post: a lost answer is Transient.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from postdesk.media import probe
from postdesk.media.problems import MediaError
from postdesk.platforms.base import (
    MEDIA_NOT_PROCESSED,
    MEDIA_VIDEO_UNREADABLE,
    VIDEO_DAILY_LIMIT,
    VIDEO_QUOTA_LEFT,
    VIDEO_UPLOAD_REFUSED,
    RateLimited,
    Rejected,
    Transient,
)
from postdesk.platforms.rest_call import json_object, retry_after, send

#: Bluesky's own video service and its DID (social-app `VIDEO_SERVICE`, `VIDEO_SERVICE_DID`).
VIDEO_SERVICE = "https://video.bsky.app"
VIDEO_SERVICE_DID = "did:web:video.bsky.app"
UPLOAD_LXM = "com.atproto.repo.uploadBlob"
LIMITS_LXM = "app.bsky.video.getUploadLimits"
#: Lifetime of the upload token: the docs' 30 minutes (processing uses it after the upload).
UPLOAD_TOKEN_SECONDS = 30 * 60
#: Lifetime of the upload-limits token: used at once.
LIMITS_TOKEN_SECONDS = 60
COMPLETED = "JOB_STATE_COMPLETED"
FAILED = "JOB_STATE_FAILED"

Sleep = Callable[[float], Awaitable[None]]
#: (lxm, aud or None for the account's PDS, seconds to live) → a service-auth token.
TokenSource = Callable[[str, str | None, int], Awaitable[str]]

# The service's error codes that have a better wording than the code itself.
#: Refusal codes of the video service, worded by the composer's activity (`refusal_words_networks`).
BLUESKY_VIDEO_TOO_BIG = "bluesky_video_too_big"
BLUESKY_VIDEO_REFUSED = "bluesky_video_refused"
BLUESKY_VIDEO_EMAIL_UNCONFIRMED = "bluesky_video_email_unconfirmed"
_WORDS = {
    "unconfirmed_email": "Bluesky takes videos only from accounts with a confirmed email address: "
    "confirm yours in Bluesky's settings, then publish again",
}


@dataclass(frozen=True, slots=True)
class VideoSettings:
    """Where the video service is and how long to wait for it.

    Attributes:
        url: the service's base URL.
        did: the service's DID (the audience of the upload-limits token).
        poll_interval: seconds between two `getJobStatus` calls (the docs poll every second).
        max_polls: how many polls before giving up (10 minutes by default: a 3-minute video
            takes a minute or two to process).
    """

    url: str = VIDEO_SERVICE
    did: str = VIDEO_SERVICE_DID
    poll_interval: float = 2.0
    max_polls: int = 300


@dataclass(frozen=True, slots=True)
class JobStatus:
    """An `app.bsky.video.defs#jobStatus`, as far as Postdesk reads it."""

    job_id: str
    state: str
    blob: dict[str, Any] | None
    error: str
    message: str
    failure_code: str

    @classmethod
    def read(cls, raw: Any) -> JobStatus:
        """Read a job status from an answer (wrapped in `jobStatus` or not).

        Raises:
            Transient: the answer is not a job status.
        """
        if isinstance(raw, Mapping) and isinstance(raw.get("jobStatus"), Mapping):
            raw = raw["jobStatus"]
        if not isinstance(raw, Mapping):
            raise Transient("the video service answered without a job status")
        blob = raw.get("blob")
        return cls(
            job_id=str(raw.get("jobId") or ""),
            state=str(raw.get("state") or ""),
            blob=dict(blob) if isinstance(blob, Mapping) and _is_blob(blob) else None,
            error=str(raw.get("error") or ""),
            message=str(raw.get("message") or ""),
            failure_code=str(raw.get("failureCode") or ""),
        )


def _is_blob(value: Any) -> bool:
    return (
        isinstance(value, Mapping)
        and value.get("$type") == "blob"
        and isinstance(value.get("ref"), Mapping)
        and isinstance(value["ref"].get("$link"), str)
        and isinstance(value.get("mimeType"), str)
        and isinstance(value.get("size"), int)
    )


def _service_words(error: str, message: str) -> str:
    return _WORDS.get(error) or message or error


def _mb(size: int) -> str:
    return f"{max(1, math.ceil(size / 1_000_000))} MB"


def aspect_ratio(path: str | Path) -> tuple[int, int]:
    """The width and height a video is shown at: its frame, with the rotation a phone recorded
    and any non-square pixels applied (blocking: run it in a worker thread).

    Raises:
        Rejected: PyAV cannot read the video.
    """
    import av

    try:
        container = probe.open_video(Path(path))
    except MediaError:
        raise Rejected(f"{Path(path).name} cannot be read as a video", problem=MEDIA_VIDEO_UNREADABLE) from None
    try:
        facts = probe.video_facts(container)
        width, height = facts.width, facts.height
        stream = container.streams.video[0]
        sar = stream.sample_aspect_ratio
        if sar and sar.numerator > 0 and sar.denominator > 0 and sar != 1:
            width = max(1, round(width * sar.numerator / sar.denominator))
        rotation = 0
        try:
            # The display rotation a phone records is side data PyAV reports on decoded frames.
            for frame in container.decode(stream):
                rotation = int(frame.rotation or 0)
                break
        except (av.FFmpegError, ValueError):
            rotation = 0  # no decodable frame here: the service judges the video, the frame stays upright
    except MediaError:
        raise Rejected(f"{Path(path).name} cannot be read as a video", problem=MEDIA_VIDEO_UNREADABLE) from None
    finally:
        container.close()
    if rotation % 180 == 90:
        width, height = height, width
    return width, height


class VideoService:
    """Uploads one video at a time to Bluesky's video service.

    Args:
        client: the adapter's HTTP client (bounded).
        settings: where the service is and how long to poll.
        sleep: awaited between polls (tests pass one that does not wait).
    """

    def __init__(self, client: httpx.AsyncClient, settings: VideoSettings, sleep: Sleep = asyncio.sleep) -> None:
        self._client = client
        self._settings = settings
        self._sleep = sleep

    @property
    def settings(self) -> VideoSettings:
        """Where the service is and how long to poll."""
        return self._settings

    async def upload(self, *, did: str, data: bytes, mime: str, name: str, token: TokenSource) -> dict[str, Any]:
        """Check the account's limits, upload `data` and wait for the processed video's blob.

        Args:
            did: the account's DID.
            data: the video file.
            mime: its type.
            name: a file name for the service.
            token: gets service-auth tokens from the account's PDS.

        Returns:
            The blob of the processed video, stored on the account's PDS.

        Raises:
            Rejected: the account cannot upload (limits, unconfirmed email), the service refused
                the file or could not process it.
            RateLimited, Transient, AuthExpired (from `token`).
        """
        await self.check_limits(len(data), await token(LIMITS_LXM, self._settings.did, LIMITS_TOKEN_SECONDS))
        status = await self._upload(did, data, mime, name, await token(UPLOAD_LXM, None, UPLOAD_TOKEN_SECONDS))
        return await self.wait(status)

    async def check_limits(self, size: int, token: str) -> None:
        """Refuse, before any upload, what the account's video allowance cannot take.

        Raises:
            Rejected: no uploads allowed now, no videos or too few bytes left today.
            RateLimited, Transient.
        """
        response = await send(
            self._client,
            "GET",
            self._url("app.bsky.video.getUploadLimits"),
            creates=False,
            headers={"Authorization": f"Bearer {token}"},
        )
        self._raise_for(response, "getUploadLimits")
        limits = json_object(response, what="getUploadLimits")
        videos, left = limits.get("remainingDailyVideos"), limits.get("remainingDailyBytes")
        spent = isinstance(videos, int) and videos <= 0
        if limits.get("canUpload") is not True or spent:
            # The service's own message first (the official app shows it), then what the numbers say.
            said = _service_words(str(limits.get("error") or ""), str(limits.get("message") or ""))
            raise Rejected(
                said
                or (
                    "This account has posted as many videos as Bluesky allows in a day: try again tomorrow"
                    if spent
                    else "Bluesky does not let this account upload videos right now: try again later"
                ),
                network_message=str(limits.get("message") or limits.get("error") or ""),
                problem=VIDEO_DAILY_LIMIT if spent else VIDEO_UPLOAD_REFUSED,
            )
        if isinstance(left, int) and left < size:
            raise Rejected(
                f"This video is {_mb(size)} and Bluesky lets this account upload only {_mb(left)} "
                "more of video today: try again tomorrow or post a shorter video",
                problem=VIDEO_QUOTA_LEFT,
                params={"size": size, "left": left},
            )

    async def _upload(self, did: str, data: bytes, mime: str, name: str, token: str) -> JobStatus:
        response = await send(
            self._client,
            "POST",
            self._url("app.bsky.video.uploadVideo"),
            creates=False,
            params={"did": did, "name": name},
            content=data,
            headers={"Authorization": f"Bearer {token}", "Content-Type": mime},
        )
        if response.status_code == 409:  # processed before: the answer carries the blob
            status = JobStatus.read(json_object(response, what="uploadVideo"))
            if status.blob is not None:
                return status
        self._raise_for(response, "uploadVideo")
        status = JobStatus.read(json_object(response, what="uploadVideo"))
        if not status.job_id and status.blob is None:
            raise Rejected(
                _service_words(status.error, status.message) or "Bluesky's video service refused the video",
                network_message=status.message or status.error,
                problem=MEDIA_NOT_PROCESSED,
            )
        return status

    async def wait(self, status: JobStatus) -> dict[str, Any]:
        """Poll the job until it has a blob or has failed, at most `max_polls` times.

        Raises:
            Rejected: the job failed (the service's message, worded for the creator).
            Transient: still processing after the last poll.
            RateLimited.
        """
        polls = 0
        while True:
            if status.blob is not None:
                return status.blob
            if status.state == FAILED:
                words = _service_words(status.error, status.message) or "the video could not be processed"
                raise Rejected(
                    f"Bluesky could not process the video: {words}",
                    network_message=status.error,
                    problem=MEDIA_NOT_PROCESSED,
                )
            if polls >= self._settings.max_polls:
                raise Transient("Bluesky is still processing the video; Postdesk will try again")
            await self._sleep(self._settings.poll_interval)
            polls += 1
            response = await send(
                self._client,
                "GET",
                self._url("app.bsky.video.getJobStatus"),
                creates=False,
                params={"jobId": status.job_id},
            )
            self._raise_for(response, "getJobStatus")
            status = JobStatus.read(json_object(response, what="getJobStatus"))

    def _url(self, nsid: str) -> str:
        return f"{self._settings.url.rstrip('/')}/xrpc/{nsid}"

    @staticmethod
    def _raise_for(response: httpx.Response, what: str) -> None:
        status = response.status_code
        if status < 400:
            return
        try:
            body = response.json()
        except ValueError:
            body = {}
        inner = body.get("jobStatus") if isinstance(body, dict) and isinstance(body.get("jobStatus"), dict) else body
        error = str(inner.get("error") or "") if isinstance(inner, dict) else ""
        message = str(inner.get("message") or "") if isinstance(inner, dict) else ""
        reason = f"{error}: {message}".strip(": ") or f"HTTP {status}"
        if status == 429:
            raise RateLimited(retry_after(response.headers), http_status=status, network_message=reason)
        if status >= 500:
            raise Transient(
                f"Bluesky's video service failed ({what}): {reason}", http_status=status, network_message=reason
            )
        if status == 413:
            raise Rejected(
                "The video is larger than Bluesky's video service takes",
                http_status=status,
                network_message=reason,
                problem=BLUESKY_VIDEO_TOO_BIG,
            )
        words = _service_words(error, message) or f"HTTP {status}"
        raise Rejected(
            f"Bluesky's video service refused the video: {words}",
            http_status=status,
            network_message=reason,
            problem=BLUESKY_VIDEO_EMAIL_UNCONFIRMED if error == "unconfirmed_email" else BLUESKY_VIDEO_REFUSED,
        )
