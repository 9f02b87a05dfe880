"""A fake YouTube Data API v3, strict to Google's discovery document and the API reference.

Every request is checked against /work/shared/specs/youtube/youtube.v3.json
(`tests/fakes/youtube_discovery.py`): the method is found by verb and path, its query
parameters must be known (the method's or the API's global ones), required ones present, enums
and types right; `part` must name parts of the resource; the JSON body must fit the method's
request schema (unknown fields are refused, as Google does); the token's scopes must include
one of the method's scopes. A violation answers 400 (or 403 for scopes) in Google's error shape
and is recorded in `violations`.

From the reference pages (developers.google.com/youtube/v3/docs):
- the resumable upload protocol (guides/using_resumable_upload_protocol): session start with
  `X-Upload-Content-Length`/`-Type`, chunks with `Content-Range`, every chunk but the last a
  multiple of 256 KiB, 308 with `Range: bytes=0-N`, status query `bytes */TOTAL`;
- videos.insert errors: invalidTitle (empty, over 100 characters, < or >), invalidDescription
  (over 5000 bytes, < or >), invalidTags (over 500 counted the documented way), invalidCategoryId,
  invalidPublishAt (publishAt without privacyStatus private), uploadLimitExceeded;
- uploads from an unverified project are made private (`unverified=True`);
- the quota (determine_quota_cost): videos.insert from a bucket of 100 calls a day, the rest
  from 10,000 units, reset at Pacific midnight; `quotaExceeded` (403) when spent;
- processing: a new video is `uploaded`, then `processed` after `processing_polls` status
  reads, or `failed` with `fail_processing` as its failureReason.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tests.fakes.api_server import Req, Resp
from tests.fakes.youtube_discovery import Discovery

CHANNEL = "UCfakechannel000000000001"
UPLOADS = "UUfakechannel000000000001"
UNIT = 256 * 1024
SCOPE = "https://www.googleapis.com/auth/"
# The fake's own copy of the quota calculator (independent of core.youtube_quota on purpose).
COSTS = {
    "videos.list": 1,
    "videos.delete": 50,
    "videos.update": 50,
    "thumbnails.set": 50,
    "playlistItems.insert": 50,
    "playlistItems.list": 1,
    "channels.list": 1,
    "commentThreads.list": 1,
    "commentThreads.insert": 50,
    "comments.insert": 50,
    "comments.list": 1,
    "videoCategories.list": 1,
}
CATEGORIES = {"1", "2", "10", "15", "17", "19", "20", "22", "23", "24", "25", "26", "27", "28", "29"}


def error(status: int, reason: str, message: str, domain: str = "youtube.api") -> Resp:
    return Resp(
        status,
        {
            "error": {
                "code": status,
                "message": message,
                "errors": [{"message": message, "domain": domain, "reason": reason}],
            }
        },
    )


@dataclass
class Session:
    metadata: dict[str, Any]
    total: int
    mime: str
    data: bytearray = field(default_factory=bytearray)
    video_id: str | None = None


@dataclass
class FakeYouTube:
    """The fake. Tokens map to granted scopes; `now` is the fake's clock (tests move it)."""

    now: datetime = field(default_factory=lambda: datetime(2026, 12, 4, 17, 0, tzinfo=UTC))
    tokens: dict[str, set[str]] = field(default_factory=lambda: {"token-ok": {SCOPE + "youtube.force-ssl"}})
    units_limit: int = 10_000
    uploads_limit: int = 100
    channel_upload_limit: int | None = None
    unverified: bool = False
    processing_polls: int = 1
    fail_processing: str | None = None
    base: str = ""
    discovery: Discovery = field(default_factory=Discovery)
    violations: list[str] = field(default_factory=list)
    videos: dict[str, dict[str, Any]] = field(default_factory=dict)
    uploaded: dict[str, bytes] = field(default_factory=dict)
    thumbnails: dict[str, bytes] = field(default_factory=dict)
    playlists: dict[str, list[str]] = field(default_factory=lambda: {"PLfake1": []})
    threads: list[dict[str, Any]] = field(default_factory=list)
    replies: list[dict[str, Any]] = field(default_factory=list)
    sessions: dict[str, Session] = field(default_factory=dict)
    usage: dict[str, list[int]] = field(default_factory=dict)  # Pacific day -> [units, uploads]
    calls: list[str] = field(default_factory=list)
    _polls: dict[str, int] = field(default_factory=dict)

    # -- plumbing ---------------------------------------------------------------------------------

    def _day(self) -> list[int]:
        return self.usage.setdefault(self.now.astimezone(ZoneInfo("America/Los_Angeles")).date().isoformat(), [0, 0])

    def _charge(self, method: str) -> Resp | None:
        day = self._day()
        if method == "videos.insert":
            if day[1] >= self.uploads_limit:
                return error(
                    403,
                    "quotaExceeded",
                    "The request cannot be completed because you have exceeded your quota.",
                    "youtube.quota",
                )
            day[1] += 1
            return None
        cost = COSTS.get(method, 1)
        if day[0] + cost > self.units_limit:
            day[0] = min(day[0] + 1, self.units_limit)  # even a refused request costs
            return error(
                403,
                "quotaExceeded",
                "The request cannot be completed because you have exceeded your quota.",
                "youtube.quota",
            )
        day[0] += cost
        return None

    def _refuse(self, status: int, reason: str, message: str) -> Resp:
        self.violations.append(f"{reason}: {message}")
        return error(status, reason, message)

    def partial(self, req: Req, received: bytes) -> None:
        """A chunk cut off after `received`: keep its whole 256 KiB units, as YouTube does."""
        session = self.sessions.get((req.query.get("upload_id") or [""])[0])
        start = _range_start(req.headers.get("content-range", ""))
        if session is None or start is None or start != len(session.data):
            return
        keep = len(received) // UNIT * UNIT
        session.data.extend(received[:keep])

    def __call__(self, req: Req) -> Resp:
        if req.path.startswith("/upload/") and req.method == "PUT":
            return self._chunk(req)
        found = self.discovery.method_for(req.method, req.path)
        if found is None:
            return self._refuse(404, "notFound", f"no method for {req.method} {req.path}")
        method_id, method = found
        problem = self.discovery.check_query(method, req.query, upload=req.path.startswith("/upload/"))
        if problem:
            return self._refuse(400, "invalidParameter", problem)
        token = req.headers.get("authorization", "").removeprefix("Bearer ")
        if token not in self.tokens:
            return error(401, "authError", "Request had invalid authentication credentials.")
        if not self.tokens[token] & set(method.get("scopes", ())):
            return self._refuse(403, "insufficientPermissions", f"{method_id} needs one of {method.get('scopes')}")
        body: Any = None
        if method.get("request") and not req.path.startswith("/upload/youtube/v3/thumbnails"):
            try:
                body = req.json()
            except ValueError:
                return self._refuse(400, "parseError", "the body is not JSON")
            problem = self.discovery.check_body(method["request"]["$ref"], body)
            if problem:
                return self._refuse(400, "invalidParameter", problem)
        self.calls.append(method_id)
        charged = self._charge(method_id.removeprefix("youtube."))
        if charged is not None:
            return charged
        handler = getattr(self, "_" + method_id.removeprefix("youtube.").replace(".", "_"), None)
        if handler is None:
            return self._refuse(501, "notImplemented", method_id)
        return handler(req, body)

    # -- videos.insert (resumable) --------------------------------------------------------------------

    def _videos_insert(self, req: Req, body: dict[str, Any]) -> Resp:
        if (req.query.get("uploadType") or [""])[0] != "resumable":
            return self._refuse(400, "invalidParameter", "Postdesk uploads are resumable")
        try:
            total = int(req.headers["x-upload-content-length"])
            mime = req.headers["x-upload-content-type"]
        except (KeyError, ValueError):
            return self._refuse(400, "invalidParameter", "X-Upload-Content-Length/-Type missing")
        if not (mime.startswith("video/") or mime == "application/octet-stream"):
            return self._refuse(400, "invalidParameter", f"{mime} is not accepted")
        problem = _check_video(body, self.now)
        if problem is not None:
            return error(400, *problem)
        uploads = sum(1 for v in self.videos.values() if v["status"].get("uploadStatus") != "deleted")
        if self.channel_upload_limit is not None and uploads >= self.channel_upload_limit:
            return error(400, "uploadLimitExceeded", "The user has exceeded the number of videos they may upload.")
        upload_id = secrets.token_urlsafe(12)
        self.sessions[upload_id] = Session(body, total, mime)
        location = f"{self.base}/upload/youtube/v3/videos?uploadType=resumable&upload_id={upload_id}"
        return Resp(200, None, {"Location": location})

    def _chunk(self, req: Req) -> Resp:
        session = self.sessions.get((req.query.get("upload_id") or [""])[0])
        if session is None:
            return error(404, "notFound", "The upload session does not exist or has expired.")
        if req.headers.get("authorization", "").removeprefix("Bearer ") not in self.tokens:
            return error(401, "authError", "Request had invalid authentication credentials.")
        content_range = req.headers.get("content-range", "")
        if session.video_id is not None:
            return Resp(201, self.videos[session.video_id])
        if content_range == f"bytes */{session.total}":
            if req.body:
                return self._refuse(400, "badRequest", "a status query has no body")
            return self._incomplete(session)
        start = _range_start(content_range)
        try:
            last, total = content_range.split(" ", 1)[1].split("-", 1)[1].split("/")
            end, declared = int(last), int(total)
        except (IndexError, ValueError):
            return self._refuse(400, "badRequest", f"bad Content-Range {content_range!r}")
        if start is None or declared != session.total or end - start + 1 != len(req.body):
            return self._refuse(400, "badRequest", f"Content-Range {content_range!r} does not match the body")
        if start > len(session.data):
            return self._refuse(400, "badRequest", f"chunk starts at {start} but only {len(session.data)} are held")
        final = end == session.total - 1
        if not final and len(req.body) % UNIT:
            return self._refuse(400, "badRequest", "a chunk that is not the last must be a multiple of 256 KiB")
        session.data[start:] = req.body
        if not final:
            return self._incomplete(session)
        video_id = "vid" + secrets.token_hex(4)
        self.uploaded[video_id] = bytes(session.data)
        session.video_id = video_id
        self.videos[video_id] = self._new_video(video_id, session.metadata)
        return Resp(201, self.videos[video_id])

    @staticmethod
    def _incomplete(session: Session) -> Resp:
        headers = {"Range": f"bytes=0-{len(session.data) - 1}"} if session.data else {}
        return Resp(308, None, headers)

    def _new_video(self, video_id: str, metadata: dict[str, Any]) -> dict[str, Any]:
        snippet = dict(metadata.get("snippet") or {})
        status = dict(metadata.get("status") or {})
        status.setdefault("privacyStatus", "public")
        if self.unverified:
            status["privacyStatus"] = "private"
        status["uploadStatus"] = "uploaded"
        snippet.update(channelId=CHANNEL, publishedAt=self.now.isoformat().replace("+00:00", "Z"))
        self._polls[video_id] = 0
        return {
            "kind": "youtube#video",
            "id": video_id,
            "snippet": snippet,
            "status": status,
            "statistics": {"viewCount": "0", "likeCount": "0", "commentCount": "0"},
        }

    # -- other methods -----------------------------------------------------------------------------

    def _videos_list(self, req: Req, _body: Any) -> Resp:
        items = []
        for video_id in ",".join(req.query.get("id") or []).split(","):
            video = self.videos.get(video_id)
            if video is None:
                continue
            status = video["status"]
            if status["uploadStatus"] == "uploaded":
                self._polls[video_id] += 1
                if self._polls[video_id] >= self.processing_polls:
                    if self.fail_processing:
                        status.update(uploadStatus="failed", failureReason=self.fail_processing)
                    else:
                        status["uploadStatus"] = "processed"
            parts = set(",".join(req.query["part"]).split(","))
            items.append({"kind": "youtube#video", "id": video_id, **{k: v for k, v in video.items() if k in parts}})
        return Resp(200, {"kind": "youtube#videoListResponse", "items": items})

    def _videos_delete(self, req: Req, _body: Any) -> Resp:
        if self.videos.pop(req.query["id"][0], None) is None:
            return error(404, "videoNotFound", "The video that you are trying to delete cannot be found.")
        return Resp(204)

    def _thumbnails_set(self, req: Req, _body: Any) -> Resp:
        video_id = req.query["videoId"][0]
        if video_id not in self.videos:
            return error(404, "videoNotFound", "The video that you are trying to update cannot be found.")
        if req.content_type not in ("image/jpeg", "image/png", "application/octet-stream"):
            return self._refuse(400, "invalidImage", f"{req.content_type} is not an accepted image type")
        if len(req.body) > 2 * 1024 * 1024:
            return error(400, "mediaBodyTooLarge", "The thumbnail is larger than 2 MB.")
        self.thumbnails[video_id] = req.body
        return Resp(200, {"kind": "youtube#thumbnailSetResponse", "items": [{"default": {"url": "https://i.ytimg"}}]})

    def _playlistItems_insert(self, req: Req, body: dict[str, Any]) -> Resp:
        snippet = body.get("snippet") or {}
        playlist = snippet.get("playlistId")
        if playlist not in self.playlists:
            return error(404, "playlistNotFound", "The playlist could not be found.")
        video = (snippet.get("resourceId") or {}).get("videoId")
        self.playlists[playlist].append(str(video))
        return Resp(200, {"kind": "youtube#playlistItem", "id": "PLI" + secrets.token_hex(4), "snippet": snippet})

    def _playlistItems_list(self, req: Req, _body: Any) -> Resp:
        if (req.query.get("playlistId") or [""])[0] != UPLOADS:
            return error(404, "playlistNotFound", "The playlist could not be found.")
        items = [
            {
                "kind": "youtube#playlistItem",
                "id": "UPL" + vid,
                "snippet": {
                    "title": v["snippet"].get("title"),
                    "publishedAt": v["snippet"]["publishedAt"],
                    "playlistId": UPLOADS,
                    "resourceId": {"kind": "youtube#video", "videoId": vid},
                },
            }
            for vid, v in reversed(self.videos.items())
        ]
        return Resp(200, {"kind": "youtube#playlistItemListResponse", "items": items[:50]})

    def _channels_list(self, req: Req, _body: Any) -> Resp:
        return Resp(
            200,
            {
                "kind": "youtube#channelListResponse",
                "items": [
                    {
                        "kind": "youtube#channel",
                        "id": CHANNEL,
                        "contentDetails": {"relatedPlaylists": {"uploads": UPLOADS}},
                    }
                ],
            },
        )

    def _commentThreads_list(self, req: Req, _body: Any) -> Resp:
        if (req.query.get("allThreadsRelatedToChannelId") or [""])[0] != CHANNEL:
            return error(403, "forbidden", "The comment thread could not be retrieved.")
        size = int((req.query.get("maxResults") or ["20"])[0])
        start = int((req.query.get("pageToken") or ["0"])[0])
        page = self.threads[start : start + size]
        body: dict[str, Any] = {"kind": "youtube#commentThreadListResponse", "items": page}
        if start + size < len(self.threads):
            body["nextPageToken"] = str(start + size)
        return Resp(200, body)

    def _comments_insert(self, req: Req, body: dict[str, Any]) -> Resp:
        snippet = body.get("snippet") or {}
        if not any(t["id"] == snippet.get("parentId") for t in self.threads):
            return error(404, "commentNotFound", "The comment thread could not be found.")
        comment = {
            "kind": "youtube#comment",
            "id": "Ugr" + secrets.token_hex(4),
            "snippet": {
                **snippet,
                "authorChannelId": {"value": CHANNEL},
                "publishedAt": self.now.isoformat().replace("+00:00", "Z"),
            },
        }
        self.replies.append(comment)
        return Resp(200, comment)

    def _comments_list(self, req: Req, _body: Any) -> Resp:
        parent = (req.query.get("parentId") or [""])[0]
        if not any(t["id"] == parent for t in self.threads):
            return error(404, "commentNotFound", "The comment thread could not be found.")
        items = [r for r in self.replies if (r.get("snippet") or {}).get("parentId") == parent]
        return Resp(200, {"kind": "youtube#commentListResponse", "items": items})

    def _commentThreads_insert(self, req: Req, body: dict[str, Any]) -> Resp:
        video = (body.get("snippet") or {}).get("videoId")
        if video not in self.videos:
            return error(404, "videoNotFound", "The video could not be found.")
        thread = {"kind": "youtube#commentThread", "id": "Ugt" + secrets.token_hex(4), "snippet": body["snippet"]}
        self.replies.append(thread)
        return Resp(200, thread)

    def _videoCategories_list(self, req: Req, _body: Any) -> Resp:
        return Resp(200, {"kind": "youtube#videoCategoryListResponse", "items": []})

    # -- test helpers ------------------------------------------------------------------------------

    def add_comment(self, video_id: str, author: str, text: str, author_channel: str = "UCviewer") -> str:
        thread_id = "Ugt" + secrets.token_hex(4)
        self.threads.insert(
            0,
            {
                "kind": "youtube#commentThread",
                "id": thread_id,
                "snippet": {
                    "channelId": CHANNEL,
                    "videoId": video_id,
                    "canReply": True,
                    "totalReplyCount": 0,
                    "topLevelComment": {
                        "kind": "youtube#comment",
                        "id": thread_id,
                        "snippet": {
                            "videoId": video_id,
                            "authorDisplayName": author,
                            "authorChannelId": {"value": author_channel},
                            "textOriginal": text,
                            "textDisplay": text,
                            "publishedAt": self.now.isoformat().replace("+00:00", "Z"),
                        },
                    },
                },
            },
        )
        return thread_id


def _range_start(content_range: str) -> int | None:
    try:
        first = content_range.split(" ", 1)[1].split("-", 1)[0]
        return int(first)
    except (IndexError, ValueError):
        return None


def tags_length(tags: list[str]) -> int:
    """The videos resource's own rule, written out again here (not imported from the app)."""
    return len(",".join(f'"{t}"' if " " in t else t for t in tags))


def _check_video(body: dict[str, Any], now: datetime) -> tuple[str, str] | None:
    snippet = body.get("snippet") or {}
    status = body.get("status") or {}
    title = snippet.get("title")
    if not isinstance(title, str) or not title.strip() or len(title) > 100 or "<" in title or ">" in title:
        return "invalidTitle", "The request metadata specifies an invalid or empty video title."
    description = snippet.get("description", "")
    if len(description.encode()) > 5000 or "<" in description or ">" in description:
        return "invalidDescription", "The request metadata specifies an invalid video description."
    tags = snippet.get("tags") or []
    if tags_length(tags) > 500 or any("<" in t or ">" in t for t in tags):
        return "invalidTags", "The request metadata specifies invalid video keywords."
    if snippet.get("categoryId", "22") not in CATEGORIES:
        return "invalidCategoryId", "The snippet.categoryId property specifies an invalid category ID."
    if "publishAt" in status:
        if status.get("privacyStatus") != "private":
            return "invalidPublishAt", "The request metadata specifies an invalid scheduled publishing time."
        when = datetime.fromisoformat(status["publishAt"].replace("Z", "+00:00"))
        if when <= now:
            return "invalidPublishAt", "The request metadata specifies an invalid scheduled publishing time."
    return None


def after(fake: FakeYouTube, **delta: float) -> None:
    """Move the fake's clock."""
    fake.now += timedelta(**delta)
