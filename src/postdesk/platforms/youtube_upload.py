"""YouTube's resumable upload: a session, chunks of 256 KiB multiples, and resuming where YouTube stopped.

From "Resumable Uploads" (developers.google.com/youtube/v3/guides/using_resumable_upload_protocol):

1. `POST /upload/youtube/v3/videos?uploadType=resumable&part=...` with the video resource as
   JSON and `X-Upload-Content-Length` / `X-Upload-Content-Type`; the answer's `Location` is the
   session URI.
2. `PUT <session>` with `Content-Range: bytes FIRST-LAST/TOTAL` per chunk; every chunk but the
   last is a multiple of 256 KiB. A chunk YouTube took is answered `308 Resume Incomplete` with
   `Range: bytes=0-LAST` (the bytes it holds); the last one is answered 200/201 with the video.
3. After an interruption (a dropped connection, a 5xx), ask where the upload stands with an empty
   `PUT <session>` and `Content-Range: bytes */TOTAL`: 308 with `Range` (or none: no bytes yet)
   to resume from the byte after, or 200/201 when the upload is complete. Resume from there,
   never from zero. A 404 means the session expired: the upload starts over.

The file is read chunk by chunk (a video may be up to 256 GB: it is never held in memory).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from postdesk.log import get_logger
from postdesk.platforms.base import AdapterError, AnswerLost, RateLimited, Transient
from postdesk.platforms.credentials import Credentials
from postdesk.platforms.rest_call import AuthorisedCaller, Sleep, bearer, json_object

_log = get_logger("platforms.youtube.upload")

#: Every chunk but the last must be a multiple of this (the resumable upload guide).
CHUNK_UNIT = 256 * 1024
DEFAULT_CHUNK = 32 * CHUNK_UNIT  # 8 MiB
#: Status answers that mean "ask where the upload stands, then resume" (the guide's list).
RESUMABLE_STATUSES = frozenset({500, 502, 503, 504})
_RANGE = re.compile(r"bytes=0-(\d+)$")


@dataclass
class UploadSession:
    """One resumable upload in progress.

    Attributes:
        url: the session URI (it authorises nothing by itself; the token goes with each PUT).
        path: the file being sent.
        total: its size in bytes.
        mime: its type.
        final_sent: the last byte has been sent at least once (the video may exist).
    """

    url: str
    path: str
    total: int
    mime: str
    final_sent: bool = False


class SessionExpired(Transient):
    """YouTube no longer knows the session (404/410): the upload must start over."""


def read_range(path: str, start: int, length: int) -> bytes:
    """`length` bytes of `path` from `start` (run in a worker thread)."""
    with open(path, "rb") as handle:
        handle.seek(start)
        return handle.read(length)


def acknowledged(response: httpx.Response) -> int:
    """The next byte YouTube wants, from a 308's `Range: bytes=0-N` (no header: nothing held)."""
    match = _RANGE.match(response.headers.get("range", "").strip())
    return int(match.group(1)) + 1 if match else 0


async def start_session(
    caller: AuthorisedCaller,
    account_id: int | None,
    url: str,
    params: dict[str, str],
    metadata: dict[str, Any],
    *,
    path: str,
    total: int,
    mime: str,
) -> UploadSession:
    """Open a resumable session for `path` with the video resource `metadata`.

    Raises:
        AuthExpired, RateLimited, Rejected, Transient.
    """

    def build(creds: Credentials) -> httpx.Request:
        return caller.client.build_request(
            "POST",
            url,
            params=params,
            json=metadata,
            headers={**bearer(creds), "X-Upload-Content-Length": str(total), "X-Upload-Content-Type": mime},
        )

    response = await caller.call(account_id, build, ok=(200, 201))
    location = response.headers.get("location", "")
    if not location:
        raise Transient("YouTube opened an upload without saying where to send it")
    return UploadSession(location, path, total, mime)


@dataclass
class Uploader:
    """Sends a session's bytes, resuming from what YouTube acknowledged after each interruption.

    Attributes:
        caller: the adapter's authorised caller.
        chunk: the chunk size (a multiple of 256 KiB).
        attempts: how many interruptions in a row are resumed before giving up.
        sleep: waits between attempts (tests pass one that does not wait).
        on_progress: called with (bytes held by YouTube, total) after each chunk.
    """

    caller: AuthorisedCaller
    chunk: int = DEFAULT_CHUNK
    attempts: int = 5
    sleep: Sleep = asyncio.sleep
    on_progress: Callable[[int, int], Awaitable[None] | None] | None = None

    def __post_init__(self) -> None:
        if self.chunk <= 0 or self.chunk % CHUNK_UNIT:
            raise ValueError("the chunk size must be a positive multiple of 256 KiB")

    async def status(self, account_id: int | None, session: UploadSession) -> int | dict[str, Any]:
        """Where the upload stands: the next byte to send, or the finished video resource.

        Raises:
            SessionExpired: YouTube no longer knows the session.
            AuthExpired, RateLimited, Rejected, Transient.
        """

        def build(creds: Credentials) -> httpx.Request:
            return self.caller.client.build_request(
                "PUT", session.url, content=b"", headers={**bearer(creds), "Content-Range": f"bytes */{session.total}"}
            )

        response = await self._put(account_id, build)
        if response.status_code == 308:
            return acknowledged(response)
        return json_object(response, creates=True, what="the upload's status")

    async def send(self, account_id: int | None, session: UploadSession, offset: int = 0) -> dict[str, Any]:
        """Send the bytes from `offset` to the end; return the video resource YouTube answers.

        Raises:
            SessionExpired: the session is gone (start over, nothing of it was kept).
            AnswerLost: the last byte went out but neither the answer nor a status came back
                (the video may exist).
            AuthExpired, RateLimited, Rejected, Transient.
        """
        failures = 0
        while True:
            try:
                if offset >= session.total and session.total > 0:
                    # Everything is held but the final answer was lost: the status gives it.
                    answer = await self.status(account_id, session)
                else:
                    answer = await self._chunk(account_id, session, offset)
                if isinstance(answer, dict):
                    return answer
                offset = answer
                failures = 0
                await self._progress(offset, session.total)
                continue
            except (SessionExpired, RateLimited):
                raise
            except Transient as error:
                failures += 1
                _log.info("upload interrupted at byte %d of %d (%s)", offset, session.total, error)
                if failures > self.attempts:
                    raise self._gave_up(session, error) from None
            await self.sleep(min(2.0**failures, 60.0))
            try:
                where = await self.status(account_id, session)
            except (SessionExpired, RateLimited):
                raise
            except Transient as error:
                failures += 1
                if failures > self.attempts:
                    raise self._gave_up(session, error) from None
                continue
            if isinstance(where, dict):
                return where
            _log.info("YouTube holds %d of %d bytes; resuming there", where, session.total)
            offset = where

    async def _chunk(self, account_id: int | None, session: UploadSession, offset: int) -> int | dict[str, Any]:
        length = min(self.chunk, session.total - offset)
        data = await asyncio.to_thread(read_range, session.path, offset, length)
        if len(data) != length:
            raise AdapterError("the video file changed size while it was being uploaded")
        last = offset + length - 1
        if last == session.total - 1:
            session.final_sent = True

        def build(creds: Credentials) -> httpx.Request:
            return self.caller.client.build_request(
                "PUT",
                session.url,
                content=data,
                headers={
                    **bearer(creds),
                    "Content-Type": session.mime,
                    "Content-Range": f"bytes {offset}-{last}/{session.total}",
                },
            )

        response = await self._put(account_id, build)
        if response.status_code == 308:
            held = acknowledged(response)
            if held < offset:
                _log.warning("YouTube went back to byte %d (sent from %d)", held, offset)
            return held
        return json_object(response, creates=True, what="the upload")

    async def _put(self, account_id: int | None, build: Callable[[Credentials], httpx.Request]) -> httpx.Response:
        try:
            return await self.caller.call(account_id, build, ok=(200, 201, 308))
        except AdapterError as error:
            if error.http_status in (404, 410):
                raise SessionExpired("YouTube no longer knows this upload", http_status=error.http_status) from None
            if error.http_status in RESUMABLE_STATUSES and not isinstance(error, Transient):
                raise Transient(str(error), http_status=error.http_status) from None
            raise

    async def _progress(self, held: int, total: int) -> None:
        if self.on_progress is not None:
            result = self.on_progress(held, total)
            if result is not None:
                await result

    @staticmethod
    def _gave_up(session: UploadSession, error: AdapterError) -> AdapterError:
        if session.final_sent:
            return AnswerLost(f"the upload's last answer was lost: {error}")
        return Transient(f"the upload kept failing: {error}")
