"""YouTube (Data API v3): video uploads with their options, hand-off to `publishAt`, lookup, delete, comments, counts.

Calls (developers.google.com/youtube/v3/docs and the discovery document
/work/shared/specs/youtube/youtube.v3.json, which the test fake validates every request against):

- `videos.insert` as a resumable upload in chunks (`youtube_upload`), `part=snippet,status`:
  title, description (the post's text), tags, category, default language, privacy, license,
  `selfDeclaredMadeForKids`, and `publishAt` for a hand-off (YouTube's own scheduler; it needs
  `privacyStatus=private` and makes the video public at that time). Cancelling a hand-off
  deletes the uploaded video (`videos.delete`): the engine's cancel path goes through `delete`;
- `videos.list part=status,processingDetails` while YouTube processes the upload: a failed or
  rejected video is `Rejected` with YouTube's reason in words;
- `thumbnails.set` (a custom thumbnail, JPEG/PNG up to 2 MB) and `playlistItems.insert` (add to a
  playlist) after the upload; a failure there is logged, never a resend of the video;
- lookup: the channel's uploads playlist (`channels.list part=contentDetails mine=true`, then
  `playlistItems.list`), searched for the title from shortly before the send;
- inbox: `commentThreads.list allThreadsRelatedToChannelId=<channel>`; reply with
  `comments.insert`; first comment with `commentThreads.insert`;
- metrics: `videos.list part=statistics`.

Quota (`core.youtube_quota`): every call is counted, per account and Pacific day, before it is
sent; a publish the day's remaining quota cannot pay for is not started (`RateLimited` until
Pacific midnight); YouTube's own `quotaExceeded` marks the day spent and means the same.
`uploadLimitExceeded` (the channel uploaded too much for now) is `RateLimited` for a day.

Uploads from unverified API projects created after 2020-07-28 are "restricted to private
viewing mode" until the project passes an audit (developers.google.com/youtube/v3/docs/videos/insert);
the composer says so next to YouTube.

Options read from `PublishRequest.options`: `title`, `tags`, `category_id`, `default_language`,
`privacy`, `made_for_kids`, `license`, `thumbnail` (a file path), `playlist_id`, `short`,
`notify_subscribers`.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from postdesk.core import youtube_quota as quota
from postdesk.core.networks import Network
from postdesk.core.validation import ProblemCode
from postdesk.log import get_logger
from postdesk.media.formats import sniff
from postdesk.platforms.base import (
    MEDIA_UNREADABLE,
    AdapterError,
    Published,
    PublishRequest,
    RateLimit,
    RateLimited,
    Rejected,
    Transient,
)
from postdesk.platforms.credentials import CredentialSource
from postdesk.platforms.inbox import InboxItem, InboxPage
from postdesk.platforms.media_prep import check_sendable, describe
from postdesk.platforms.metrics import PostMetrics
from postdesk.platforms.registry import Registry
from postdesk.platforms.rest_call import (
    DEFAULT_TIMEOUT,
    AuthorisedCaller,
    Clock,
    Sleep,
    bounded_client,
    created_id,
    json_object,
    retry_after,
    utc_now,
)
from postdesk.platforms.youtube_errors import (
    QUOTA_SPENT,
    REASON_PROBLEMS,
    UPLOAD_LIMIT,
    explain,
    failure_problem,
    google_reason,
    google_words,
    quota_message,
    worded_failure,
)
from postdesk.platforms.youtube_inbox import comment_items
from postdesk.platforms.youtube_metadata import video_resource
from postdesk.platforms.youtube_quota_store import MemoryQuotaStore, QuotaStore
from postdesk.platforms.youtube_upload import DEFAULT_CHUNK, SessionExpired, Uploader, UploadSession, start_session

_log = get_logger("platforms.youtube")

API = "https://www.googleapis.com"
V3 = "/youtube/v3"
WATCH = "https://www.youtube.com/watch?v="


@dataclass
class _Caller(AuthorisedCaller):
    """The shared caller, with Google's error reasons mapped to the typed errors."""

    def error_for(self, response: httpx.Response, *, creates: bool = False) -> Exception:
        reason = google_reason(response)
        now = self.clock()
        if reason in ("quotaExceeded", "dailyLimitExceeded"):
            return RateLimited(
                quota.next_reset(now) - now,
                http_status=response.status_code,
                message=explain(response),
                network_message=google_words(response),
                problem=QUOTA_SPENT,
            )
        if reason == "uploadLimitExceeded":
            return RateLimited(
                timedelta(hours=24),
                http_status=response.status_code,
                message=explain(response),
                network_message=google_words(response),
                problem=UPLOAD_LIMIT,
            )
        if reason in ("rateLimitExceeded", "userRateLimitExceeded"):
            return RateLimited(
                retry_after(response.headers, now) or timedelta(minutes=1),
                http_status=response.status_code,
                network_message=explain(response),
            )
        error = super().error_for(response, creates=creates)
        if type(error) is Rejected and reason in REASON_PROBLEMS:
            error.problem = REASON_PROBLEMS[reason]
            error.network_message = google_words(response)
        return error


class YouTubeAdapter:
    """The YouTube adapter (one per engine).

    Args:
        credentials: gives each account's Google token; `user_id` is the channel id.
        quota_store: where each account's quota count lives (in memory by default).
        limits: the project's daily allowance.
        base_url: the API host (tests point it at 127.0.0.1).
        chunk_size: upload chunk size (a multiple of 256 KiB).
        processing_wait: how long publish waits for YouTube to process the video, in seconds
            (past it the video is published and YouTube goes on processing).
        poll_interval: seconds between processing checks.
        lookup_window: how far before the send `lookup` searches.
    """

    network = Network.YOUTUBE
    rate_limit: RateLimit | None = None  # the daily quota is the budget (core.youtube_quota)
    lookup_settle = timedelta(seconds=30)

    def __init__(
        self,
        credentials: CredentialSource,
        *,
        quota_store: QuotaStore | None = None,
        limits: quota.QuotaLimits = quota.DEFAULT_LIMITS,
        base_url: str = API,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Clock = utc_now,
        sleep: Sleep = asyncio.sleep,
        chunk_size: int = DEFAULT_CHUNK,
        processing_wait: float = 120.0,
        poll_interval: float = 10.0,
        lookup_window: timedelta = timedelta(minutes=10),
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    ) -> None:
        self._base = base_url.rstrip("/")
        self._client = bounded_client(timeout=timeout, transport=transport, headers={"User-Agent": "Postdesk"})
        self._caller = _Caller(credentials, self._client, explain, clock)
        self._uploader = Uploader(self._caller, chunk=chunk_size, sleep=sleep)
        self._quota = quota_store or MemoryQuotaStore()
        self._limits = limits
        self._clock = clock
        self._sleep = sleep
        self._processing_wait = processing_wait
        self._poll_interval = poll_interval
        self._lookup_window = lookup_window
        self._sessions: dict[str, UploadSession] = {}
        self._uploads_playlist: dict[int | None, str] = {}
        self._quota_lock = asyncio.Lock()

    # -- calls and quota ---------------------------------------------------------------------------

    async def _spend(self, account_id: int | None, method: str) -> None:
        if account_id is None:
            return
        async with self._quota_lock:
            usage = await self._quota.load(account_id)
            await self._quota.save(account_id, quota.spend(usage, method, self._clock(), self._limits))

    async def _call(
        self,
        account_id: int | None,
        method: str,
        verb: str,
        path: str,
        *,
        creates: bool = False,
        ok: tuple[int, ...] = (200,),
        upload: bool = False,
        **kwargs: Any,
    ) -> httpx.Response:
        """One API call of `method` (e.g. "videos.list"), counted against the quota first."""
        await self._spend(account_id, method)
        url = self._base + ("/upload" if upload else "") + V3 + path
        try:
            return await self._caller.bearer_call(account_id, verb, url, creates=creates, ok=ok, **kwargs)
        except RateLimited as error:
            await self._quota_spent(account_id, error)
            raise

    async def _quota_spent(self, account_id: int | None, error: RateLimited) -> None:
        if error.problem == QUOTA_SPENT and account_id is not None:
            async with self._quota_lock:
                usage = await self._quota.load(account_id)
                await self._quota.save(account_id, quota.exhausted(usage, self._clock()))

    async def remaining(self, account_id: int) -> quota.Cost:
        """What is left of the account's quota today (for the composer and the Accounts pane)."""
        return quota.remaining(await self._quota.load(account_id), self._clock(), self._limits)

    async def _ensure_quota(self, account_id: int | None, cost: quota.Cost) -> None:
        if account_id is None:
            return
        now = self._clock()
        left = quota.remaining(await self._quota.load(account_id), now, self._limits)
        if not quota.covers(left, cost):
            raise RateLimited(quota.next_reset(now) - now, problem=QUOTA_SPENT, message=quota_message(left, cost))

    # -- publish -----------------------------------------------------------------------------------

    async def schedule(self, request: PublishRequest, at: datetime) -> Published:
        """Upload the video private with `publishAt` (`publish` with `publish_at`)."""
        return await self.publish(replace(request, publish_at=at))

    async def publish(self, request: PublishRequest) -> Published:
        options = request.options
        if len(request.media_paths) != 1:
            raise Rejected(
                "A YouTube post is one video",
                problem=ProblemCode.TOO_MANY_VIDEOS if request.media_paths else ProblemCode.MEDIA_REQUIRED,
                params={"count": len(request.media_paths), "max": 1},
            )
        await check_sendable(request, self.network)  # the composer's own check (core.media_limits)
        facts = await asyncio.to_thread(describe, request.media_paths[0])
        metadata = video_resource(request, (facts.width or None, facts.height or None, facts.duration_s))
        thumbnail = str(options.get("thumbnail") or "")
        playlist = str(options.get("playlist_id") or "")
        await self._ensure_quota(
            request.account_id,
            quota.publish_cost(thumbnail=bool(thumbnail), playlist=bool(playlist), limits=self._limits),
        )
        video = await self._upload(request, metadata)
        video_id = created_id(video, "id", what="the video")
        await self._processed(request.account_id, video_id, video)
        if thumbnail:
            await self._follow_up("thumbnail", self._set_thumbnail(request.account_id, video_id, thumbnail))
        if playlist:
            await self._follow_up("playlist", self._add_to_playlist(request.account_id, video_id, playlist))
        if options.get("privacy", "public") == "public" and request.publish_at is None:
            privacy = (video.get("status") or {}).get("privacyStatus")
            if privacy == "private":
                _log.warning("YouTube made the video private: the API project is not audited yet")
        return Published(remote_id=video_id, remote_url=WATCH + video_id, part_ids=(video_id,))

    async def _upload(self, request: PublishRequest, metadata: dict[str, Any]) -> dict[str, Any]:
        path = request.media_paths[0]
        key = request.idempotency_key or f"target-{request.target_id}"
        session = self._sessions.get(key)
        if session is None or session.path != path:
            session = await self._open(request, metadata, path)
            self._sessions[key] = session
            offset = 0
        else:
            where = await self._uploader.status(request.account_id, session)
            if isinstance(where, dict):
                self._sessions.pop(key, None)
                return where
            offset = where  # an earlier attempt of this target got this far: resume, not restart
        try:
            video = await self._uploader.send(request.account_id, session, offset)
        except SessionExpired:
            self._sessions.pop(key, None)
            raise Transient("YouTube let the upload expire; it will start again") from None
        except RateLimited as error:
            await self._quota_spent(request.account_id, error)
            raise
        self._sessions.pop(key, None)
        return video

    async def _open(self, request: PublishRequest, metadata: dict[str, Any], path: str) -> UploadSession:
        try:
            total = os.stat(path).st_size
            with open(path, "rb") as handle:
                fmt = sniff(handle.read(64))
        except OSError as exc:
            raise Rejected(f"The video file cannot be read: {exc.strerror or exc}", problem=MEDIA_UNREADABLE) from None
        mime = fmt.mime if fmt is not None else "application/octet-stream"
        params = {
            "uploadType": "resumable",
            "part": "snippet,status",
            "notifySubscribers": "false" if request.options.get("notify_subscribers") is False else "true",
        }
        await self._spend(request.account_id, quota.UPLOAD_METHOD)
        try:
            return await start_session(
                self._caller,
                request.account_id,
                f"{self._base}/upload{V3}/videos",
                params,
                metadata,
                path=path,
                total=total,
                mime=mime,
            )
        except RateLimited as error:
            await self._quota_spent(request.account_id, error)
            raise

    async def _processed(self, account_id: int | None, video_id: str, video: Mapping[str, Any]) -> None:
        """Wait (bounded) while YouTube processes the upload; `Rejected` if it fails."""
        status = video.get("status") or {}
        waited = 0.0
        while True:
            upload_status = status.get("uploadStatus")
            if upload_status in ("failed", "rejected"):
                reason = status.get("failureReason") or status.get("rejectionReason") or ""
                raise Rejected(
                    worded_failure(f"{upload_status}:{reason}", {}),
                    problem=failure_problem(upload_status, reason),
                    network_message=reason,
                )
            if upload_status != "uploaded" or waited + self._poll_interval > self._processing_wait:
                return
            await self._sleep(self._poll_interval)
            waited += self._poll_interval
            try:
                response = await self._call(
                    account_id,
                    "videos.list",
                    "GET",
                    "/videos",
                    params={"part": "status,processingDetails", "id": video_id},
                )
                items = json_object(response).get("items") or []
            except AdapterError as error:
                # The video exists: a failed status check must not make the engine upload it again.
                _log.warning("could not follow YouTube's processing of %s: %s", video_id, error)
                return
            status = (items[0].get("status") or {}) if items and isinstance(items[0], Mapping) else {}

    async def _follow_up(self, what: str, step: Any) -> None:
        try:
            await step
        except (Rejected, Transient, RateLimited) as error:
            # The video exists: failing the publish would upload it again.
            _log.warning("YouTube %s step failed after the upload: %s", what, error)

    async def _set_thumbnail(self, account_id: int | None, video_id: str, path: str) -> None:
        from postdesk.media.fit import fit_image

        fitted = await asyncio.to_thread(fit_image, Path(path), Network.YOUTUBE)
        if not fitted.fits:
            raise Rejected("the thumbnail is too big for YouTube (2 MB) and cannot be shrunk")
        await self._call(
            account_id,
            "thumbnails.set",
            "POST",
            "/thumbnails/set",
            upload=True,
            params={"videoId": video_id, "uploadType": "media"},
            content=fitted.data,
            headers={"Content-Type": fitted.mime},
        )

    async def _add_to_playlist(self, account_id: int | None, video_id: str, playlist_id: str) -> None:
        await self._call(
            account_id,
            "playlistItems.insert",
            "POST",
            "/playlistItems",
            params={"part": "snippet"},
            json={"snippet": {"playlistId": playlist_id, "resourceId": {"kind": "youtube#video", "videoId": video_id}}},
        )

    # -- lookup, delete, metrics -------------------------------------------------------------------

    async def _uploads(self, account_id: int | None) -> str:
        if account_id in self._uploads_playlist:
            return self._uploads_playlist[account_id]
        response = await self._call(
            account_id, "channels.list", "GET", "/channels", params={"part": "contentDetails", "mine": "true"}
        )
        items = json_object(response).get("items") or []
        playlist = (
            ((items[0].get("contentDetails") or {}).get("relatedPlaylists") or {}).get("uploads")
            if items and isinstance(items[0], Mapping)
            else None
        )
        if not playlist:
            raise Transient("YouTube did not say which playlist holds the channel's uploads")
        self._uploads_playlist[account_id] = str(playlist)
        return str(playlist)

    async def lookup(self, request: PublishRequest, *, sent_at: datetime) -> Published | None:
        title = str(request.options.get("title") or "").strip()
        if not title:
            return None
        playlist = await self._uploads(request.account_id)
        response = await self._call(
            request.account_id,
            "playlistItems.list",
            "GET",
            "/playlistItems",
            params={"part": "snippet", "playlistId": playlist, "maxResults": 50},
        )
        since = sent_at - self._lookup_window
        for item in json_object(response).get("items") or ():
            snippet = (item.get("snippet") or {}) if isinstance(item, Mapping) else {}
            video_id = (snippet.get("resourceId") or {}).get("videoId")
            if snippet.get("title") == title and video_id and _when(snippet.get("publishedAt")) >= since:
                return Published(remote_id=str(video_id), remote_url=WATCH + str(video_id), part_ids=(str(video_id),))
        return None

    async def delete(self, account_id: int | None, remote_id: str) -> None:
        await self._call(account_id, "videos.delete", "DELETE", "/videos", params={"id": remote_id}, ok=(204, 200, 404))

    async def metrics(self, account_id: int | None, remote_id: str) -> PostMetrics:
        """Views, likes and comments (`videos.list part=statistics`; YouTube has no reposts).

        Raises:
            Rejected: the video is gone.
            AuthExpired, RateLimited, Transient.
        """
        response = await self._call(
            account_id, "videos.list", "GET", "/videos", params={"part": "statistics", "id": remote_id}
        )
        items = json_object(response).get("items") or []
        if not items or not isinstance(items[0], Mapping):
            raise Rejected("the video is no longer on YouTube")
        stats = items[0].get("statistics") or {}
        return PostMetrics(
            likes=_count(stats.get("likeCount")),
            reposts=None,
            replies=_count(stats.get("commentCount")),
            views=_count(stats.get("viewCount")),
        )

    # -- comments ----------------------------------------------------------------------------------

    async def _channel(self, account_id: int | None) -> str:
        creds = await self._caller.credentials_for(account_id)
        if creds.user_id:
            return creds.user_id
        response = await self._call(
            account_id, "channels.list", "GET", "/channels", params={"part": "id", "mine": "true"}
        )
        items = json_object(response).get("items") or []
        if not items or not isinstance(items[0], Mapping) or not items[0].get("id"):
            raise Transient("YouTube did not say which channel this account is")
        return str(items[0]["id"])

    async def fetch_inbox(self, account_id: int | None, *, cursor: str | None = None, limit: int = 50) -> InboxPage:
        """Comments on the channel's videos, newest first (not the channel's own).

        Raises:
            AuthExpired, RateLimited, Transient, Rejected.
        """
        channel = await self._channel(account_id)
        params: dict[str, str | int] = {
            "part": "snippet",
            "allThreadsRelatedToChannelId": channel,
            "maxResults": max(1, min(limit, 100)),
            "order": "time",
            "textFormat": "plainText",
        }
        if cursor:
            params["pageToken"] = cursor
        response = await self._call(account_id, "commentThreads.list", "GET", "/commentThreads", params=params)
        body = json_object(response)
        token = body.get("nextPageToken")
        return InboxPage(items=comment_items(body, channel), cursor=str(token) if token else None)

    async def reply(self, account_id: int | None, item: InboxItem, text: str) -> Published:
        """Answer a comment (`comments.insert` with the thread as parent).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient, AnswerLost.
        """
        parent = item.reply_ref.get("thread_id") or item.remote_id
        response = await self._call(
            account_id,
            "comments.insert",
            "POST",
            "/comments",
            params={"part": "snippet"},
            json={"snippet": {"parentId": parent, "textOriginal": text}},
            creates=True,
        )
        comment_id = created_id(response, "id", what="a reply")
        video = item.reply_ref.get("video_id")
        return Published(
            remote_id=comment_id,
            remote_url=f"{WATCH}{video}&lc={comment_id}" if video else None,
            part_ids=(comment_id,),
        )

    async def find_reply(
        self, account_id: int | None, item: InboxItem, text: str, *, sent_after: datetime
    ) -> Published | None:
        """The channel's reply to `item` with `text`, posted after `sent_after` (`comments.list parentId=`).

        Raises:
            AuthExpired, RateLimited, Transient.
        """
        channel = await self._channel(account_id)
        parent = item.reply_ref.get("thread_id") or item.remote_id
        response = await self._call(
            account_id,
            "comments.list",
            "GET",
            "/comments",
            params={"part": "snippet", "parentId": parent, "maxResults": 100, "textFormat": "plainText"},
        )
        for comment in json_object(response).get("items") or ():
            snippet = (comment.get("snippet") or {}) if isinstance(comment, Mapping) else {}
            if (
                str((snippet.get("authorChannelId") or {}).get("value")) == channel
                and snippet.get("textOriginal") == text
                and _when(snippet.get("publishedAt")) >= sent_after
                and comment.get("id")
            ):
                comment_id = str(comment["id"])
                video = item.reply_ref.get("video_id")
                return Published(
                    remote_id=comment_id,
                    part_ids=(comment_id,),
                    remote_url=f"{WATCH}{video}&lc={comment_id}" if video else None,
                )
        return None

    async def first_comment(self, account_id: int | None, remote_id: str, text: str) -> Published:
        response = await self._call(
            account_id,
            "commentThreads.insert",
            "POST",
            "/commentThreads",
            params={"part": "snippet"},
            creates=True,
            json={"snippet": {"videoId": remote_id, "topLevelComment": {"snippet": {"textOriginal": text}}}},
        )
        thread_id = created_id(response, "id", what="a comment")
        return Published(remote_id=thread_id, remote_url=f"{WATCH}{remote_id}&lc={thread_id}", part_ids=(thread_id,))

    async def probe(self) -> bool:
        try:
            response = await self._client.get(f"{self._base}{V3}/videoCategories", timeout=10.0)
        except httpx.HTTPError:
            return False
        return response.status_code < 500

    async def aclose(self) -> None:
        await self._client.aclose()


def _count(value: Any) -> int | None:
    """YouTube's counts are decimal strings (uint64)."""
    text = str(value) if value is not None else ""
    return int(text) if text.isdigit() else None


def _when(value: Any) -> datetime:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)


def register(registry: Registry, credentials: CredentialSource, *, quota_store: QuotaStore | None = None) -> None:
    """Serve YouTube with `YouTubeAdapter`s over `credentials` (quota counted in `quota_store`)."""
    registry.register(Network.YOUTUBE, lambda: YouTubeAdapter(credentials, quota_store=quota_store))
