"""A fake TikTok API v2 (Content Posting API and Display API) on 127.0.0.1.

TikTok publishes no machine-readable description, so every rule below is written from the
developers.tiktok.com page named beside it:

- creator info — `POST /v2/post/publish/creator_info/query/`, scope video.publish
  (content-posting-api-reference-query-creator-info): creator_avatar_url, creator_username,
  creator_nickname, privacy_level_options, comment/duet/stitch_disabled,
  max_video_post_duration_sec;
- direct post of a video — `POST /v2/post/publish/video/init/`, scope video.publish
  (content-posting-api-reference-direct-post): `post_info` {title, privacy_level, disable_duet,
  disable_comment, disable_stitch, video_cover_timestamp_ms, brand_content_toggle,
  brand_organic_toggle, is_aigc} and `source_info` {source FILE_UPLOAD: video_size, chunk_size,
  total_chunk_count | PULL_FROM_URL: video_url}; the privacy level must be one the creator info
  offered (`privacy_level_option_mismatch`); branded content cannot be private; an unaudited
  client may only post SELF_ONLY (`unaudited_client_can_only_post_to_private_accounts`); the
  answer is {publish_id, upload_url};
- chunks — content-posting-api-media-transfer-guide: total_chunk_count = floor(video_size /
  chunk_size); each chunk 5 MB to 64 MB, the final one may be bigger (up to 128 MB) to take the
  trailing bytes; a video under 5 MB goes whole (chunk_size = video_size); over 64 MB it must be
  chunked; 1 to 1000 chunks; uploaded in order with `PUT {upload_url}`, `Content-Type` the video's
  type, `Content-Range: bytes {first}-{last}/{total}`; 206 until the last, then 201;
- photos — `POST /v2/post/publish/content/init/`, scope video.publish or video.upload
  (content-posting-api-reference-photo-post): media_type PHOTO, post_mode DIRECT_POST or
  MEDIA_UPLOAD, post_info {title ≤ 90, description ≤ 4000, privacy_level, disable_comment,
  auto_add_music, brand_content_toggle, brand_organic_toggle}, source_info {source PULL_FROM_URL
  only, photo_images (1-35 URLs), photo_cover_index}; every URL must start with a prefix the app
  verified (`url_ownership_unverified`); JPEG or WebP only. The fake really downloads the URLs
  (127.0.0.1 only) and checks the bytes;
- status — `POST /v2/post/publish/status/fetch/`, scope video.upload or video.publish
  (content-posting-api-reference-get-video-status): status PROCESSING_UPLOAD /
  PROCESSING_DOWNLOAD / PUBLISH_COMPLETE / FAILED with fail_reason, publicaly_available_post_id
  (TikTok's spelling; given only for public posts once moderated), uploaded_bytes;
- Display API — `POST /v2/video/list/` and `POST /v2/video/query/`, scope video.list, `fields`
  in the query string (display-api-overview, tiktok-api-v2-video-object): public videos only,
  max_count ≤ 20, video_ids ≤ 20; `GET /v2/user/info/` with per-field scopes (user.info.basic:
  open_id, union_id, avatar_url, display_name; user.info.profile: username, bio_description,
  profile_deep_link, is_verified; user.info.stats: the counts) (tiktok-api-v2-get-user-info);
- errors — tiktok-api-v2-error-handling: every answer is `{"data": {...}, "error": {"code",
  "message", "log_id"}}`; access_token_invalid 401, scope_not_authorized 401, invalid_params 400,
  rate_limit_exceeded 429, internal_error 500, spam_risk_too_many_posts 403 ...;
- rate limits — per user access token and endpoint, per minute: 6 for each init, 30 for status
  fetch, 20 for creator info, 600 for the Display API (tiktok-api-v2-rate-limit and the
  references); a 429 carries no Retry-After (none is documented).

Processing takes `processing_polls` status reads; `fail_reason` makes the next post end FAILED.
"""

from __future__ import annotations

import itertools
import threading
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from postdesk.auth.profiles.tiktok import PROFILE
from tests.fakes.api_server import Req, Resp

MB = 1024 * 1024
MIN_CHUNK = 5 * MB
MAX_CHUNK = 64 * MB
MAX_FINAL_CHUNK = 128 * MB
MAX_CHUNKS = 1000
PRIVACY = ("PUBLIC_TO_EVERYONE", "MUTUAL_FOLLOW_FRIENDS", "FOLLOWER_OF_CREATOR", "SELF_ONLY")
VIDEO_TYPES = ("video/mp4", "video/quicktime", "video/webm")
UPLOAD_PREFIX = "/upload/"

#: Scopes per endpoint (each page's "Scope" line); a list of alternatives.
SCOPES: dict[tuple[str, str], tuple[str, ...]] = {
    ("POST", "/v2/post/publish/creator_info/query/"): ("video.publish",),
    ("POST", "/v2/post/publish/video/init/"): ("video.publish",),
    ("POST", "/v2/post/publish/content/init/"): ("video.publish", "video.upload"),
    ("POST", "/v2/post/publish/status/fetch/"): ("video.upload", "video.publish"),
    ("POST", "/v2/video/list/"): ("video.list",),
    ("POST", "/v2/video/query/"): ("video.list",),
    ("GET", "/v2/user/info/"): ("user.info.basic",),
}
#: Requests per minute per token (tiktok-api-v2-rate-limit; the references' notes).
PER_MINUTE = {
    "/v2/post/publish/creator_info/query/": 20,
    "/v2/post/publish/video/init/": 6,
    "/v2/post/publish/content/init/": 6,
    "/v2/post/publish/status/fetch/": 30,
    "/v2/video/list/": 600,
    "/v2/video/query/": 600,
    "/v2/user/info/": 600,
}
USER_FIELDS = {
    "open_id": "user.info.basic",
    "union_id": "user.info.basic",
    "avatar_url": "user.info.basic",
    "display_name": "user.info.basic",
    "username": "user.info.profile",
    "bio_description": "user.info.profile",
    "profile_deep_link": "user.info.profile",
    "is_verified": "user.info.profile",
    "follower_count": "user.info.stats",
    "following_count": "user.info.stats",
    "likes_count": "user.info.stats",
    "video_count": "user.info.stats",
}
VIDEO_FIELDS = (
    "id",
    "create_time",
    "cover_image_url",
    "share_url",
    "video_description",
    "duration",
    "height",
    "width",
    "title",
    "embed_html",
    "embed_link",
    "like_count",
    "comment_count",
    "share_count",
    "view_count",
)

# Closed shapes: a key not named here is refused as invalid_params (a client bug).
_VIDEO_POST_INFO = {
    "title": str,
    "privacy_level": str,
    "disable_duet": bool,
    "disable_comment": bool,
    "disable_stitch": bool,
    "video_cover_timestamp_ms": int,
    "brand_content_toggle": bool,
    "brand_organic_toggle": bool,
    "is_aigc": bool,
}
_VIDEO_SOURCE = {"source": str, "video_size": int, "chunk_size": int, "total_chunk_count": int, "video_url": str}
_PHOTO_POST_INFO = {
    "title": str,
    "description": str,
    "privacy_level": str,
    "disable_comment": bool,
    "auto_add_music": bool,
    "brand_content_toggle": bool,
    "brand_organic_toggle": bool,
}
_PHOTO_SOURCE = {"source": str, "photo_images": list, "photo_cover_index": int}


def error(status: int, code: str, message: str, data: Any = None) -> Resp:
    """TikTok's error envelope (tiktok-api-v2-error-handling)."""
    return Resp(
        status,
        {
            "data": data if data is not None else {},
            "error": {"code": code, "message": message, "log_id": "202612041200000A1B2C3D4E5F"},
        },
    )


def ok(data: Any) -> Resp:
    return Resp(200, {"data": data, "error": {"code": "ok", "message": "", "log_id": "202612041200000A1B2C3D4E5F"}})


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _closed(obj: Any, shape: dict[str, type], where: str) -> str | None:
    if not isinstance(obj, dict):
        return f"{where} must be an object"
    for key, value in obj.items():
        kind = shape.get(key)
        if kind is None:
            return f"{where}.{key} is not a field"
        if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            return f"{where}.{key} must be an integer"
        if kind is not int and not isinstance(value, kind):
            return f"{where}.{key} must be {kind.__name__}"
    return None


@dataclass
class Publish:
    """One publish task as the fake keeps it."""

    id: str
    kind: str  # "video" or "photo"
    post_info: dict[str, Any]
    video_size: int = 0
    chunk_size: int = 0
    chunk_count: int = 0
    received: bytearray = field(default_factory=bytearray)
    chunks: list[tuple[int, int, str]] = field(default_factory=list)  # (first, last, content type)
    images: list[bytes] = field(default_factory=list)
    status: str = "PROCESSING_UPLOAD"
    fail_reason: str = ""
    polls: int = 0
    post_id: str = ""


@dataclass
class Video:
    """A video (or photo post) on the creator's profile."""

    id: str
    title: str
    description: str
    privacy: str
    create_time: int
    counts: dict[str, int] = field(default_factory=dict)

    def json(self, fields: list[str]) -> dict[str, Any]:
        full = {
            "id": self.id,
            "create_time": self.create_time,
            "title": self.title[:150],
            "video_description": self.description[:150],
            "share_url": f"https://www.tiktok.com/@alice.makes/video/{self.id}",
            "like_count": 0,
            "comment_count": 0,
            "share_count": 0,
            "view_count": 0,
            **self.counts,
        }
        return {k: full[k] for k in fields if k in full}


class FakeTikTok:
    """The fake network; serve it with `ApiServer(FakeTikTok())` and set `base`.

    Attributes:
        base: the server's own URL (upload URLs point back at it).
        now: the fake's clock (tests move it).
        tokens: access token -> the scopes it holds (Postdesk's sign-in scopes by default).
        creator: what creator info answers.
        audited: whether the app passed TikTok's audit (otherwise SELF_ONLY only).
        verified_prefixes: URL prefixes the app verified for PULL_FROM_URL.
        processing_polls: status reads a post stays processing.
        fail_reason: the next post ends FAILED with this reason ("" : it publishes).
        daily_post_cap: posts a creator may make through the API in 24 h before spam_risk_too_many_posts.
        publishes: publish id -> task.
        videos: the creator's posts, newest last.
        inits: every accepted init body, in order.
        scopes_used: (method, path) -> the scopes that call needed.
    """

    def __init__(self, *, base: str = "", now: datetime | None = None) -> None:
        self.base = base
        self.now = now or datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
        self.tokens: dict[str, set[str]] = {"token-alice": set(PROFILE.scopes)}
        self.creator: dict[str, Any] = {
            "creator_avatar_url": "https://p16.tiktokcdn.com/alice.jpeg",
            "creator_username": "alice.makes",
            "creator_nickname": "Alice Makes",
            "privacy_level_options": list(PRIVACY),
            "comment_disabled": False,
            "duet_disabled": False,
            "stitch_disabled": False,
            "max_video_post_duration_sec": 600,
        }
        self.audited = True
        self.verified_prefixes: list[str] = []
        self.processing_polls = 1
        self.fail_reason = ""
        self.daily_post_cap = 15
        self.publishes: dict[str, Publish] = {}
        self.videos: list[Video] = []
        self.inits: list[dict[str, Any]] = []
        self.scopes_used: dict[tuple[str, str], tuple[str, ...]] = {}
        self._calls: dict[tuple[str, str], list[datetime]] = {}
        self._ids = itertools.count(7441000000000000001)
        self._lock = threading.Lock()

    # -- dispatch ---------------------------------------------------------------------------------

    def __call__(self, req: Req) -> Resp:
        with self._lock:
            if req.path.startswith(UPLOAD_PREFIX):
                return self._upload(req)
            needed = SCOPES.get((req.method, req.path))
            if needed is None:
                return error(404, "invalid_params", f"{req.method} {req.path} is not an endpoint")
            auth = req.headers.get("authorization", "")
            token = auth[7:] if auth.startswith("Bearer ") else ""
            scopes = self.tokens.get(token)
            if scopes is None:
                return error(401, "access_token_invalid", "The access token is invalid or not found in the request.")
            self.scopes_used[(req.method, req.path)] = needed
            if not any(s in scopes for s in needed):
                return error(
                    401,
                    "scope_not_authorized",
                    "The user did not authorize the scope required for completing this request.",
                )
            calls = [t for t in self._calls.get((token, req.path), []) if t > self.now - timedelta(minutes=1)]
            if len(calls) >= PER_MINUTE[req.path]:
                return error(429, "rate_limit_exceeded", "The API rate limit was exceeded. Please try again later.")
            self._calls[(token, req.path)] = [*calls, self.now]
            body: Any = None
            if req.method == "POST":
                if req.headers.get("content-type", "").replace(" ", "").lower() != "application/json;charset=utf-8":
                    return error(400, "invalid_params", "Content-Type must be application/json; charset=UTF-8")
                try:
                    body = req.json() if req.body else {}
                except ValueError:
                    return error(400, "invalid_params", "The request body is not JSON.")
                if not isinstance(body, dict):
                    return error(400, "invalid_params", "The request body must be an object.")
            name = "_" + req.path.strip("/").replace("/", "_")
            return getattr(self, name)(req, scopes, body)

    # -- creator info and posting -------------------------------------------------------------------

    def _v2_post_publish_creator_info_query(self, req: Req, scopes: set[str], body: Any) -> Resp:
        if self._posts_today() >= self.daily_post_cap:
            return error(
                403, "spam_risk_too_many_posts", "The daily post cap from the API is reached.", dict(self.creator)
            )
        return ok(dict(self.creator))

    def _posts_today(self) -> int:
        since = int((self.now - timedelta(hours=24)).timestamp())
        return sum(1 for v in self.videos if v.create_time >= since) + sum(
            1 for p in self.publishes.values() if p.status.startswith("PROCESSING")
        )

    def _check_post_info(self, info: dict[str, Any], *, photo: bool) -> Resp | None:
        privacy = info.get("privacy_level")
        if privacy not in PRIVACY:
            return error(
                400, "invalid_params", "post_info.privacy_level is required and must be one of " + ", ".join(PRIVACY)
            )
        if privacy not in self.creator["privacy_level_options"]:
            return error(
                400, "privacy_level_option_mismatch", "privacy_level is not one of the creator's privacy_level_options."
            )
        if info.get("brand_content_toggle") and privacy == "SELF_ONLY":
            return error(400, "invalid_params", "Branded content cannot be posted with privacy SELF_ONLY.")
        if not self.audited and privacy != "SELF_ONLY":
            return error(
                403,
                "unaudited_client_can_only_post_to_private_accounts",
                "Unaudited clients can only post to a private account.",
            )
        for flag, disabled in (
            ("disable_comment", "comment_disabled"),
            ("disable_duet", "duet_disabled"),
            ("disable_stitch", "stitch_disabled"),
        ):
            if self.creator[disabled] and info.get(flag) is False and not (photo and flag != "disable_comment"):
                return error(400, "invalid_params", f"{flag} must be true: the creator turned it off.")
        if self._posts_today() >= self.daily_post_cap:
            return error(403, "spam_risk_too_many_posts", "The daily post cap from the API is reached.")
        return None

    def _v2_post_publish_video_init(self, req: Req, scopes: set[str], body: dict[str, Any]) -> Resp:
        if set(body) - {"post_info", "source_info"}:
            return error(400, "invalid_params", f"unknown fields {sorted(set(body) - {'post_info', 'source_info'})}")
        info, source = body.get("post_info"), body.get("source_info")
        problem = _closed(info, _VIDEO_POST_INFO, "post_info") or _closed(source, _VIDEO_SOURCE, "source_info")
        if problem:
            return error(400, "invalid_params", problem)
        if _utf16(info.get("title", "")) > 2200:
            return error(400, "invalid_params", "post_info.title is longer than 2200 UTF-16 runes.")
        refused = self._check_post_info(info, photo=False)
        if refused:
            return refused
        if source.get("source") == "PULL_FROM_URL":
            return error(403, "url_ownership_unverified", "The fake serves FILE_UPLOAD videos only.")
        if source.get("source") != "FILE_UPLOAD":
            return error(400, "invalid_params", "source_info.source must be FILE_UPLOAD or PULL_FROM_URL.")
        size, chunk, count = (source.get(k) for k in ("video_size", "chunk_size", "total_chunk_count"))
        if not all(isinstance(v, int) and v > 0 for v in (size, chunk, count)):
            return error(400, "invalid_params", "video_size, chunk_size and total_chunk_count are required.")
        if size < MIN_CHUNK and (chunk != size or count != 1):
            return error(400, "invalid_params", "A video under 5 MB is uploaded whole: chunk_size = video_size.")
        if size > MAX_CHUNK and count < 2:
            return error(400, "invalid_params", "A video over 64 MB must be uploaded in chunks.")
        if size >= MIN_CHUNK and not MIN_CHUNK <= chunk <= MAX_CHUNK:
            return error(400, "invalid_params", "chunk_size must be between 5 MB and 64 MB.")
        if count != max(size // chunk, 1) or not 1 <= count <= MAX_CHUNKS:
            return error(400, "invalid_params", "total_chunk_count must be floor(video_size / chunk_size).")
        if size - (count - 1) * chunk > MAX_FINAL_CHUNK:
            return error(400, "invalid_params", "The final chunk would pass 128 MB.")
        task = Publish(f"v_pub_file~v2-1.{next(self._ids)}", "video", dict(info), size, chunk, count)
        self.publishes[task.id] = task
        self.inits.append(body)
        return ok({"publish_id": task.id, "upload_url": f"{self.base}{UPLOAD_PREFIX}{task.id}/?upload_token=x1"})

    def _v2_post_publish_content_init(self, req: Req, scopes: set[str], body: dict[str, Any]) -> Resp:
        keys = {"media_type", "post_mode", "post_info", "source_info"}
        if set(body) - keys or body.get("media_type") != "PHOTO":
            return error(400, "invalid_params", "media_type must be PHOTO; fields: " + ", ".join(sorted(keys)))
        mode = body.get("post_mode")
        if mode not in ("DIRECT_POST", "MEDIA_UPLOAD"):
            return error(400, "invalid_params", "post_mode must be DIRECT_POST or MEDIA_UPLOAD.")
        if mode == "DIRECT_POST" and "video.publish" not in scopes:
            return error(401, "scope_not_authorized", "DIRECT_POST needs the video.publish scope.")
        info, source = body.get("post_info"), body.get("source_info")
        problem = _closed(info, _PHOTO_POST_INFO, "post_info") or _closed(source, _PHOTO_SOURCE, "source_info")
        if problem:
            return error(400, "invalid_params", problem)
        if _utf16(info.get("title", "")) > 90 or _utf16(info.get("description", "")) > 4000:
            return error(400, "invalid_params", "A photo post's title takes 90 runes, its description 4000.")
        refused = self._check_post_info(info, photo=True)
        if refused:
            return refused
        images = source.get("photo_images")
        if source.get("source") != "PULL_FROM_URL" or not isinstance(images, list) or not 1 <= len(images) <= 35:
            return error(400, "invalid_params", "Photos come by PULL_FROM_URL, 1 to 35 photo_images.")
        if not 0 <= source.get("photo_cover_index", 0) < len(images):
            return error(400, "invalid_params", "photo_cover_index is outside photo_images.")
        for url in images:
            if not any(str(url).startswith(p) for p in self.verified_prefixes):
                return error(
                    403,
                    "url_ownership_unverified",
                    "The domain or URL prefix of the photo is not verified for this app.",
                )
        task = Publish(f"p_pub_url~v2.{next(self._ids)}", "photo", dict(info), status="PROCESSING_DOWNLOAD")
        for url in images:
            data = _download(str(url))
            if data is None or not (data.startswith(b"\xff\xd8\xff") or data[8:12] == b"WEBP"):
                task.status = "FAILED"
                task.fail_reason = "file_format_check_failed" if data else "photo_pull_failed"
                break
            task.images.append(data)
        self.publishes[task.id] = task
        self.inits.append(body)
        return ok({"publish_id": task.id})

    def _upload(self, req: Req) -> Resp:
        if req.method != "PUT":
            return Resp(405, b"method not allowed")
        publish_id = req.path[len(UPLOAD_PREFIX) :].strip("/")
        task = self.publishes.get(publish_id)
        if task is None or task.kind != "video":
            return Resp(404, b"no such upload")
        ctype = req.headers.get("content-type", "")
        if ctype not in VIDEO_TYPES:
            return Resp(400, b"Content-Type must be the video's type")
        spec = req.headers.get("content-range", "")
        try:
            unit, rest = spec.split(" ", 1)
            span, total_s = rest.split("/")
            first_s, last_s = span.split("-")
            first, last, total = int(first_s), int(last_s), int(total_s)
        except ValueError:
            return Resp(400, b"Content-Range must be bytes {first}-{last}/{total}")
        index = len(task.chunks)
        final = index == task.chunk_count - 1
        expected_last = task.video_size - 1 if final else (index + 1) * task.chunk_size - 1
        if (
            unit != "bytes"
            or total != task.video_size
            or first != len(task.received)
            or last != expected_last
            or len(req.body) != last - first + 1
        ):
            return Resp(416, b"chunks go in order, each chunk_size bytes, the final one taking the rest")
        task.received += req.body
        task.chunks.append((first, last, ctype))
        if not final:
            return Resp(206)
        task.status = "PROCESSING_UPLOAD"
        return Resp(201)

    def _v2_post_publish_status_fetch(self, req: Req, scopes: set[str], body: dict[str, Any]) -> Resp:
        if set(body) != {"publish_id"}:
            return error(400, "invalid_params", "The body is {publish_id}.")
        task = self.publishes.get(str(body["publish_id"]))
        if task is None:
            return error(400, "invalid_params", "publish_id not found.")
        complete_upload = task.kind == "photo" or len(task.received) == task.video_size
        if task.status.startswith("PROCESSING") and complete_upload:
            task.polls += 1
            if task.polls > self.processing_polls:
                self._finish(task)
        data: dict[str, Any] = {"status": task.status, "uploaded_bytes": len(task.received)}
        if task.status == "FAILED":
            data["fail_reason"] = task.fail_reason
        if task.status == "PUBLISH_COMPLETE":
            data["publicaly_available_post_id"] = [int(task.post_id)] if task.post_id else []
        return ok(data)

    def _finish(self, task: Publish) -> None:
        if self.fail_reason:
            task.status, task.fail_reason = "FAILED", self.fail_reason
            self.fail_reason = ""
            return
        task.status = "PUBLISH_COMPLETE"
        video = Video(
            str(next(self._ids)),
            task.post_info.get("title", ""),
            task.post_info.get("description", task.post_info.get("title", "")),
            task.post_info["privacy_level"],
            int(self.now.timestamp()),
        )
        self.videos.append(video)
        if video.privacy == "PUBLIC_TO_EVERYONE":  # moderated public posts get their id; private ones none
            task.post_id = video.id

    # -- Display API -----------------------------------------------------------------------------------

    def _fields(self, req: Req, allowed: tuple[str, ...]) -> list[str] | Resp:
        raw = ",".join(req.query.get("fields", []))
        fields = [f for f in raw.split(",") if f]
        if not fields or any(f not in allowed for f in fields):
            return error(400, "invalid_params", "fields is required and must name known fields.")
        return fields

    def _public(self) -> list[Video]:
        return [v for v in reversed(self.videos) if v.privacy == "PUBLIC_TO_EVERYONE"]

    def _v2_video_list(self, req: Req, scopes: set[str], body: dict[str, Any]) -> Resp:
        fields = self._fields(req, VIDEO_FIELDS)
        if isinstance(fields, Resp):
            return fields
        if set(body) - {"cursor", "max_count"} or not 1 <= body.get("max_count", 10) <= 20:
            return error(400, "invalid_params", "The body is {cursor, max_count (1-20)}.")
        cursor = body.get("cursor")
        videos = [v for v in self._public() if cursor is None or v.create_time * 1000 < cursor]
        page = videos[: body.get("max_count", 10)]
        return ok(
            {
                "videos": [v.json(fields) for v in page],
                "cursor": page[-1].create_time * 1000 if page else 0,
                "has_more": len(videos) > len(page),
            }
        )

    def _v2_video_query(self, req: Req, scopes: set[str], body: dict[str, Any]) -> Resp:
        fields = self._fields(req, VIDEO_FIELDS)
        if isinstance(fields, Resp):
            return fields
        ids = (body.get("filters") or {}).get("video_ids")
        if set(body) != {"filters"} or not isinstance(ids, list) or not 1 <= len(ids) <= 20:
            return error(400, "invalid_params", "filters.video_ids: 1 to 20 ids.")
        found = [v.json(fields) for v in self._public() if v.id in ids]
        return ok({"videos": found, "cursor": 0, "has_more": False})

    def _v2_user_info(self, req: Req, scopes: set[str], body: Any) -> Resp:
        fields = self._fields(req, tuple(USER_FIELDS))
        if isinstance(fields, Resp):
            return fields
        missing = sorted({USER_FIELDS[f] for f in fields} - scopes)
        if missing:
            return error(401, "scope_not_authorized", f"The fields need {', '.join(missing)}.")
        user = {
            "open_id": "-000alice-open-id",
            "union_id": "u-alice",
            "avatar_url": self.creator["creator_avatar_url"],
            "display_name": self.creator["creator_nickname"],
            "username": self.creator["creator_username"],
            "bio_description": "",
            "profile_deep_link": "https://vm.tiktok.com/alice",
            "is_verified": False,
            "follower_count": 10,
            "following_count": 3,
            "likes_count": 40,
            "video_count": len(self.videos),
        }
        return ok({"user": {f: user[f] for f in fields}})


def _download(url: str) -> bytes | None:
    if urlsplit(url).hostname != "127.0.0.1":  # tests talk only to this machine
        return None
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:  # a 127.0.0.1 URL only
            return bytes(answer.read())
    except OSError:
        return None
