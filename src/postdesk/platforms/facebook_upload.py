"""Facebook Pages: one Graph call as the Page, direct photo uploads, and the resumable video upload.

Facebook takes the files themselves (no media relay):
- a photo is one multipart POST /{page-id}/photos with the bytes as `source`
  (https://developers.facebook.com/docs/graph-api/reference/page/photos/); `published=false`
  keeps it off the Page until a feed post attaches it (multi-photo posts,
  https://developers.facebook.com/docs/pages-api/posts);
- a video goes up in the resumable protocol of
  https://developers.facebook.com/docs/video-api/guides/publishing: upload_phase=start with
  file_size gives an upload session and the first byte range; each transfer sends exactly the
  range Facebook asked for (`start_offset` to `end_offset`) as `video_file_chunk` and gets the
  next range; finish publishes (or schedules) it with its description. A chunk whose connection
  dropped is sent again; if Facebook did get it, it answers with the offsets it expects
  (error_data) and the upload carries on from there. After finish the video processes: its
  status is read until "ready" (then its feed post id is known) or "error" (refused in words).

Every call carries the Page's own access token in the Authorization header (never in a URL).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from postdesk.core.validation import ProblemCode
from postdesk.platforms import meta_errors
from postdesk.platforms.base import MEDIA_NOT_PROCESSED, AuthExpired, Rejected, Transient
from postdesk.platforms.credentials import Credentials, CredentialSource
from postdesk.platforms.media_prep import Prepared
from postdesk.platforms.rest_call import SLOW_TIMEOUT, bounded_client, json_object, send, with_refresh

#: Resent chunks per video before the upload is given up for now (the engine retries later).
CHUNK_RETRIES = 3
#: Meta's subcode for "the chunk is not at the offset we expect" (error_data has the right one).
OFFSET_MISMATCH = 1363037


def _no_account() -> Rejected:
    return Rejected("No Facebook Page is chosen for this post", problem=ProblemCode.NO_ACCOUNT)


class PageCaller:
    """Sends Graph calls as one Page.

    Args:
        credentials: the Page tokens (`Credentials.user_id` is the Page id).
        base_url: the Graph root, with its version.
        video_url: the root for video uploads (Meta documents graph-video.facebook.com).
        transport: an httpx transport (tests).
        sleep: the wait between video status reads.
        poll_interval: seconds between status reads.
        max_polls: status reads before the video is left for a later try.
    """

    def __init__(
        self,
        credentials: CredentialSource,
        *,
        base_url: str,
        video_url: str,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        poll_interval: float = 10.0,
        max_polls: int = 60,
    ) -> None:
        self._credentials = credentials
        self.base = base_url.rstrip("/")
        self.video_base = video_url.rstrip("/")
        self.client = bounded_client(transport=transport, timeout=SLOW_TIMEOUT)
        self._sleep = sleep
        self._poll_interval = poll_interval
        self._max_polls = max_polls

    async def call(
        self,
        account_id: int | None,
        method: str,
        path: str,
        *,
        what: str,
        creates: bool = False,
        data: dict[str, str] | None = None,
        params: dict[str, str] | None = None,
        files: dict[str, tuple[str, bytes, str]] | None = None,
        video: bool = False,
    ) -> dict[str, Any]:
        """One Graph call; `{page}` in `path` is the account's Page id.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient, AnswerLost.
        """

        async def attempt(creds: Credentials) -> dict[str, Any]:
            page = creds.user_id or ""
            if not page:
                raise AuthExpired("This Facebook account is not a Page; reconnect it and pick the Page")
            root = self.video_base if video else self.base
            response = await send(
                self.client,
                method,
                f"{root}/{path.replace('{page}', page)}",
                creates=creates,
                data=data,
                params=params,
                files=files,
                headers={"Authorization": f"Bearer {creds.access_token}"},
            )
            if response.status_code < 400:
                return json_object(response, creates=creates, what=what)
            raise meta_errors.typed_error(response, what=what, network="Facebook")

        return await with_refresh(
            self._credentials,
            account_id,
            attempt,
            no_account=_no_account,
            refused="Facebook refused the Page's token; reconnect the Page",
        )

    # -- photos -----------------------------------------------------------------------------

    async def photo(
        self, account_id: int | None, item: Prepared, *, caption: str = "", published: bool
    ) -> dict[str, Any]:
        """Upload one photo (multipart `source`); unpublished ones wait to be attached to a post."""
        data = {"published": "true" if published else "false"}
        if caption:
            data["caption"] = caption
        if item.alt_text:
            data["alt_text_custom"] = item.alt_text  # U: the Photo node's alt_text_custom field
        return await self.call(
            account_id,
            "POST",
            "{page}/photos",
            what="upload a photo",
            creates=published,
            data=data,
            files={"source": (item.filename, item.data, item.mime)},
        )

    # -- video ------------------------------------------------------------------------------

    async def video(self, account_id: int | None, path: str, *, description: str, publish_at: int | None) -> str:
        """Upload a video in ranges, finish it, and return its video id.

        Raises:
            Rejected: Facebook refused the video.
            Transient: the upload could not be completed now (nothing was published).
            AnswerLost: the finish call's answer was lost (the video may be published).
        """
        size = os.path.getsize(path)
        start = await self.call(
            account_id,
            "POST",
            "{page}/videos",
            what="start a video upload",
            video=True,
            data={"upload_phase": "start", "file_size": str(size)},
        )
        session = str(start.get("upload_session_id") or "")
        video_id = str(start.get("video_id") or "")
        if not session or not video_id:
            raise Transient("Facebook did not open a video upload session")
        offsets = (_offset(start, "start_offset"), _offset(start, "end_offset"))
        retries = 0
        with open(path, "rb") as handle:
            while offsets[0] < offsets[1]:
                handle.seek(offsets[0])
                chunk = handle.read(offsets[1] - offsets[0])
                try:
                    answer = await self.call(
                        account_id,
                        "POST",
                        "{page}/videos",
                        what="upload the video",
                        video=True,
                        data={
                            "upload_phase": "transfer",
                            "upload_session_id": session,
                            "start_offset": str(offsets[0]),
                        },
                        files={"video_file_chunk": ("chunk", chunk, "application/octet-stream")},
                    )
                except Transient:
                    retries += 1
                    if retries > CHUNK_RETRIES:
                        raise
                    continue  # the same range again; Facebook says where it is if it got it
                except Rejected as exc:
                    expected = _expected(exc)
                    if expected is None or retries >= CHUNK_RETRIES:
                        raise
                    retries += 1
                    offsets = expected
                    continue
                offsets = (_offset(answer, "start_offset"), _offset(answer, "end_offset"))
        fields = {"upload_phase": "finish", "upload_session_id": session, "description": description}
        if publish_at is not None:
            fields.update(published="false", scheduled_publish_time=str(publish_at))
        answer = await self.call(
            account_id, "POST", "{page}/videos", what="publish the video", video=True, creates=True, data=fields
        )
        if answer.get("success") is not True:
            raise Rejected("Facebook did not accept the finished video upload", problem=MEDIA_NOT_PROCESSED)
        return video_id

    async def wait_video(self, account_id: int | None, video_id: str) -> dict[str, Any]:
        """Read the video's status until it is ready; its answer (post_id, permalink_url).

        Raises:
            Rejected: processing ended in "error".
            Transient: still processing after `max_polls` reads.
        """
        for attempt in range(self._max_polls):
            body = await self.call(
                account_id, "GET", video_id, what="video status", params={"fields": "status,post_id,permalink_url"}
            )
            status = body.get("status")
            state = str(status.get("video_status") or "") if isinstance(status, dict) else ""
            if state == "ready" or (state != "error" and body.get("post_id")):
                return body
            if state == "error":
                raise Rejected(
                    "Facebook could not process the video (it may be damaged or in a format Facebook does not take)",
                    problem=MEDIA_NOT_PROCESSED,
                )
            if attempt + 1 < self._max_polls:
                await self._sleep(self._poll_interval)
        raise Transient("Facebook is still processing the video; Postdesk will look again")

    async def aclose(self) -> None:
        await self.client.aclose()


def _offset(body: Any, key: str) -> int:
    value = body.get(key) if isinstance(body, dict) else None
    try:
        return int(str(value))
    except ValueError:
        raise Transient(f"Facebook's upload answer had no usable {key}") from None


def _expected(exc: Rejected) -> tuple[int, int] | None:
    """The range Facebook expects, from an offset-mismatch refusal, or None for other refusals."""
    cause = getattr(exc, "graph", None)
    if cause is None or cause.subcode != OFFSET_MISMATCH or not isinstance(cause.data, dict):
        return None
    try:
        return int(str(cause.data["start_offset"])), int(str(cause.data["end_offset"]))
    except (KeyError, ValueError):
        return None
