"""A fake of the Facebook Pages part of the Graph API (graph.facebook.com/<version>) on a real socket.

Written from Meta's docs (each rule below names its page; "U" where the page could not be
confirmed this session and the number is the conservative one):
- https://developers.facebook.com/docs/pages-api/overview and
  https://developers.facebook.com/docs/pages-api/getting-started: GET /me/accounts with a *User*
  token lists the Pages the person can act on (id, name, access_token, category, tasks) and needs
  pages_show_list; everything done *as the Page* needs that Page's own access token. A User token
  on a Page endpoint is refused: code 210 "A page access token is required to request this
  resource"; a token of another Page: code 200.
- https://developers.facebook.com/docs/pages-api/posts: POST /{page-id}/feed with message, link,
  published, scheduled_publish_time (published=false); the answer {"id": "<page>_<post>"};
  DELETE /{post-id} → {"success": true}; GET /{page-id}/posts (published posts);
  GET /{page-id}/scheduled_posts; needs pages_manage_posts and pages_read_engagement (reads:
  pages_read_engagement). Scheduling window: 10 minutes to 30 days ahead (U: Meta's pages say 30
  days in some places and longer in others; the fake keeps the narrow one), else code 100
  "The specified scheduled publish time is invalid."
- https://developers.facebook.com/docs/graph-api/reference/page/photos/: POST /{page-id}/photos
  with the file as multipart `source`, `caption`, `published`; published=false makes an
  unpublished photo for a multi-photo post (answer {"id"}), a published one answers
  {"id", "post_id"}. Photos up to 4 MB, JPEG/PNG/GIF/BMP/TIFF (U: the page gives 4 MB).
  Multi-photo: POST /{page-id}/feed with attached_media[i]={"media_fbid": "<photo id>"}
  (https://developers.facebook.com/docs/pages-api/posts, "Publish a multi-photo post" — U: the
  count; the fake takes 10, the rules table's number).
- https://developers.facebook.com/docs/video-api/guides/publishing (resumable upload):
  POST /{page-id}/videos upload_phase=start, file_size → {"video_id", "upload_session_id",
  "start_offset", "end_offset"} (offsets are strings); upload_phase=transfer with
  upload_session_id, start_offset and the bytes as multipart `video_file_chunk` → the next
  {"start_offset", "end_offset"}; a chunk at the wrong offset is refused (code 6001, subcode
  1363037, with the expected offsets in error_data — U: subcode); upload_phase=finish with
  description, published, scheduled_publish_time → {"success": true}; the video then
  processes: GET /{video-id}?fields=status,post_id,permalink_url gives
  status.video_status processing → ready (or error). Needs pages_manage_posts and publish_video.
- https://developers.facebook.com/docs/graph-api/reference/object/comments/: GET
  /{object-id}/comments (fields id, message, from, created_time, parent, is_hidden,
  permalink_url; needs pages_read_engagement and pages_read_user_content); POST
  /{object-id}/comments message= as the Page (pages_manage_engagement) → {"id"}; POST
  /{comment-id} is_hidden=true hides (pages_manage_engagement) → {"success": true}; POST
  /{object-id}/likes likes it as the Page (pages_manage_engagement) → {"success": true}.
- https://developers.facebook.com/docs/graph-api/reference/post/: fields
  reactions.summary(total_count), comments.summary(total_count), shares{count}, permalink_url.
- https://developers.facebook.com/docs/graph-api/guides/error-handling: errors are
  {"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}; 190 OAuthException
  (subcode 463 expired), 4/17/32/613 rate limits (here Page-level 32 with the
  X-Business-Use-Case-Usage header, https://developers.facebook.com/docs/graph-api/overview/rate-limiting),
  100 invalid parameter, 200 permissions, 368 temporarily blocked.

Stricter than Meta on purpose: unknown parameters are refused (code 100), and the token must come
in the Authorization header (the adapter never puts it in a URL).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from postdesk.auth.profiles.meta import GRAPH_VERSION
from tests.fakes.http_fake import FakeRequest, FakeResponse

VERSION = GRAPH_VERSION
PAGE_ID = "1010"
OTHER_PAGE_ID = "2020"
USER_ID = "77"
ALL_PERMISSIONS = frozenset(
    {
        "pages_show_list",
        "pages_manage_posts",
        "pages_read_engagement",
        "pages_read_user_content",
        "pages_manage_engagement",
        "publish_video",
    }
)
SCHEDULE_MIN = timedelta(minutes=10)
SCHEDULE_MAX = timedelta(days=30)
PHOTO_MAX_BYTES = 4 * 1024 * 1024
MAX_ATTACHED = 10
CHUNK = 1024  # the fake's transfer chunk size (Meta picks its own; the adapter must follow it)

_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"BM", b"II*\x00", b"MM\x00*")

#: What each endpoint needs (method, kind) → permissions.
NEEDS: dict[tuple[str, str], frozenset[str]] = {
    ("GET", "accounts"): frozenset({"pages_show_list"}),
    ("POST", "feed"): frozenset({"pages_manage_posts", "pages_read_engagement"}),
    ("POST", "photos"): frozenset({"pages_manage_posts", "pages_read_engagement"}),
    ("POST", "videos"): frozenset({"pages_manage_posts", "publish_video"}),
    ("GET", "posts"): frozenset({"pages_read_engagement"}),
    ("GET", "scheduled_posts"): frozenset({"pages_read_engagement"}),
    ("GET", "object"): frozenset({"pages_read_engagement"}),
    ("DELETE", "object"): frozenset({"pages_manage_posts"}),
    ("GET", "comments"): frozenset({"pages_read_engagement", "pages_read_user_content"}),
    ("POST", "comments"): frozenset({"pages_manage_engagement"}),
    ("POST", "object"): frozenset({"pages_manage_engagement"}),
    ("POST", "likes"): frozenset({"pages_manage_engagement"}),
}


def error(
    code: int,
    message: str,
    *,
    subcode: int | None = None,
    status: int = 400,
    kind: str = "OAuthException",
    data: Any = None,
    headers: dict[str, str] | None = None,
) -> FakeResponse:
    """A Graph error answer in Meta's shape."""
    body: dict[str, Any] = {"message": message, "type": kind, "code": code, "fbtrace_id": "AbCdEfGh123"}
    if subcode is not None:
        body["error_subcode"] = subcode
    if data is not None:
        body["error_data"] = data
    return FakeResponse(status, {"error": body}, headers=headers or {})


def _stamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


@dataclass
class Upload:
    """A resumable video upload in progress."""

    page: str
    video_id: str
    size: int
    received: bytearray = field(default_factory=bytearray)
    finished: bool = False


@dataclass
class FacebookFake:
    """The fake's state. Call it with a `FakeRequest` (it is the app of a `FakeHTTPServer`).

    Attributes:
        now: the fake's clock.
        user_token: the person's User token (only good for /me/accounts here).
        permissions: what the person granted.
        pages: page id → {"name", "token"}.
        posts: post id → the post (published or scheduled).
        photos: photo id → {"page", "data", "published", "caption"}.
        videos: video id → {"page", "data", "status", "reads", "post_id", "description"}.
        comments: comment id → {"object", "message", "from", "is_hidden", "likes"}.
        processing_reads: status reads a video stays "processing".
        video_fails: the next finished video ends in status "error".
        blocked: Pages blocked from posting (code 368).
        rate_limited: calls left answered with code 32 before normal service resumes.
        used: every permission some answered call needed (the scope test compares it with sign-in's).
    """

    now: Callable[[], datetime] = lambda: datetime.now(UTC)
    user_token: str = "user-token-1"
    permissions: set[str] = field(default_factory=lambda: set(ALL_PERMISSIONS))
    pages: dict[str, dict[str, str]] = field(
        default_factory=lambda: {
            PAGE_ID: {"name": "Rosa's Bakery", "token": "page-token-1010"},
            OTHER_PAGE_ID: {"name": "Rosa Runs", "token": "page-token-2020"},
        }
    )
    posts: dict[str, dict[str, Any]] = field(default_factory=dict)
    photos: dict[str, dict[str, Any]] = field(default_factory=dict)
    videos: dict[str, dict[str, Any]] = field(default_factory=dict)
    uploads: dict[str, Upload] = field(default_factory=dict)
    comments: dict[str, dict[str, Any]] = field(default_factory=dict)
    processing_reads: int = 2
    video_fails: bool = False
    blocked: set[str] = field(default_factory=set)
    rate_limited: int = 0
    used: set[str] = field(default_factory=set)
    _ids: Any = field(default_factory=lambda: itertools.count(5001))

    def _next(self) -> str:
        return str(next(self._ids))

    def expire(self, page: str = PAGE_ID) -> None:
        """The Page token stops working (Meta: code 190, subcode 463)."""
        self.pages[page]["token"] = "expired:" + self.pages[page]["token"]

    def add_comment(
        self,
        object_id: str,
        message: str,
        *,
        author: str = "Ana",
        when: datetime | None = None,
        parent: str | None = None,
    ) -> str:
        """A visitor's comment on one of the Page's posts (or a reply to a comment)."""
        comment_id = f"{object_id}_{self._next()}"
        self.comments[comment_id] = {
            "object": parent or object_id,
            "message": message,
            "from": {"id": "9" + self._next(), "name": author},
            "created_time": when or self.now(),
            "is_hidden": False,
            "likes": 0,
            "root": object_id,
        }
        return comment_id

    # -- dispatch ---------------------------------------------------------------------------

    def __call__(self, req: FakeRequest) -> FakeResponse:
        prefix = f"/{VERSION}/"
        if not req.path.startswith(prefix):
            return error(2500, "Unknown path components", kind="OAuthException")
        if "access_token" in req.query:
            return error(100, "(Postdesk fake) the token must not be in the URL", kind="GraphMethodException")
        parts = req.path[len(prefix) :].strip("/").split("/")
        token = req.bearer
        if self.rate_limited > 0:
            self.rate_limited -= 1
            usage = {
                PAGE_ID: [
                    {
                        "type": "pages",
                        "call_count": 100,
                        "total_cputime": 30,
                        "total_time": 40,
                        "estimated_time_to_regain_access": 7,
                    }
                ]
            }
            return error(32, "Page request limit reached", headers={"X-Business-Use-Case-Usage": json.dumps(usage)})
        if req.method == "POST" and req.headers.get("content-type", "").startswith("multipart/"):
            fields, files = req.multipart()
        elif req.method == "POST":
            fields, files = req.form(), {}
        else:
            fields, files = dict(req.query), {}
        if parts == ["me", "accounts"] and req.method == "GET":
            return self._accounts(token)
        who = self._page_of(token)
        if who is None:
            if token == self.user_token:
                return error(210, "(#210) A page access token is required to request this resource.")
            return error(190, "Error validating access token: Session has expired.", subcode=463)
        return self._route(who, req.method, parts, fields, files)

    def _page_of(self, token: str) -> str | None:
        return next((page for page, info in self.pages.items() if token and info["token"] == token), None)

    def _lacks(self, method: str, kind: str) -> FakeResponse | None:
        needs = NEEDS.get((method, kind), frozenset())
        missing = sorted(needs - self.permissions)
        if missing:
            return error(200, f"(#200) Requires {', '.join(missing)} permission(s)")
        self.used |= needs
        return None

    def _accounts(self, token: str) -> FakeResponse:
        if token != self.user_token:
            return error(190, "Invalid OAuth access token - Cannot parse access token")
        refused = self._lacks("GET", "accounts")
        if refused:
            return refused
        data = [
            {
                "id": page,
                "name": info["name"],
                "access_token": info["token"],
                "category": "Bakery",
                "tasks": ["ADVERTISE", "ANALYZE", "CREATE_CONTENT", "MESSAGING", "MODERATE", "MANAGE"],
            }
            for page, info in self.pages.items()
        ]
        return FakeResponse(200, {"data": data, "paging": {"cursors": {"before": "b", "after": "a"}}})

    def _route(
        self, page: str, method: str, parts: list[str], fields: dict[str, str], files: dict[str, tuple[str, bytes]]
    ) -> FakeResponse:
        target = parts[0]
        edge = parts[1] if len(parts) > 1 else ""
        kind = edge or "object"
        refused = self._lacks(method, kind)
        if refused:
            return refused
        if target in self.pages and target != page:
            return error(200, "(#200) The user hasn't authorized the application to perform this action")
        if target == page:
            if page in self.blocked and method == "POST":
                return error(368, "The action attempted has been deemed abusive or is otherwise disallowed")
            handler = {
                ("POST", "feed"): self._feed,
                ("POST", "photos"): self._photo,
                ("POST", "videos"): self._video,
                ("GET", "posts"): self._list_posts,
                ("GET", "scheduled_posts"): self._list_scheduled,
            }.get((method, edge))
            if handler is None:
                return error(100, f"(#100) Unsupported {method} request on the Page edge {edge!r}")
            return handler(page, fields, files)
        return self._object(page, method, target, edge, fields)

    # -- Page edges -------------------------------------------------------------------------

    @staticmethod
    def _unknown(fields: dict[str, str], allowed: set[str]) -> FakeResponse | None:
        extra = sorted(k for k in fields if k not in allowed and not k.startswith("attached_media["))
        if extra:
            return error(100, f"(#100) Param {extra[0]} is not a valid parameter", kind="GraphMethodException")
        return None

    def _schedule(self, fields: dict[str, str]) -> tuple[datetime | None, FakeResponse | None]:
        raw = fields.get("scheduled_publish_time")
        published = fields.get("published", "true")
        if published not in ("true", "false"):
            return None, error(100, "(#100) Param published must be a boolean")
        if raw is None:
            return None, None
        if published != "false":
            return None, error(100, "(#100) Scheduled posts must be created with published=false")
        try:
            when = datetime.fromtimestamp(int(raw), UTC)
        except ValueError:
            return None, error(100, "(#100) Param scheduled_publish_time must be a UNIX timestamp")
        ahead = when - self.now()
        if not SCHEDULE_MIN <= ahead <= SCHEDULE_MAX:
            return None, error(100, "(#100) The specified scheduled publish time is invalid.")
        return when, None

    def _new_post(
        self,
        page: str,
        message: str,
        *,
        link: str = "",
        media: list[str] | None = None,
        when: datetime | None = None,
        kind: str = "status",
    ) -> str:
        post_id = f"{page}_{self._next()}"
        self.posts[post_id] = {
            "page": page,
            "message": message,
            "link": link,
            "media": media or [],
            "created_time": self.now(),
            "scheduled_publish_time": when,
            "kind": kind,
            "reactions": 0,
            "shares": 0,
        }
        return post_id

    def _feed(self, page: str, fields: dict[str, str], files: dict[str, tuple[str, bytes]]) -> FakeResponse:
        bad = self._unknown(fields, {"message", "link", "published", "scheduled_publish_time"})
        if bad:
            return bad
        when, bad = self._schedule(fields)
        if bad:
            return bad
        media: list[str] = []
        for key in sorted(k for k in fields if k.startswith("attached_media[")):
            try:
                fbid = str(json.loads(fields[key])["media_fbid"])
            except (ValueError, KeyError, TypeError):
                return error(100, f"(#100) Param {key} must be a JSON object with media_fbid")
            photo = self.photos.get(fbid)
            if photo is None or photo["page"] != page or photo["published"]:
                return error(100, f"(#100) media_fbid {fbid} is not an unpublished photo of this Page")
            media.append(fbid)
        if len(media) > MAX_ATTACHED:
            return error(100, f"(#100) At most {MAX_ATTACHED} photos can be attached")
        message, link = fields.get("message", ""), fields.get("link", "")
        if not message.strip() and not link and not media:
            return error(100, "(#100) Missing message or attachment")
        if fields.get("published") == "false" and when is None:
            return error(100, "(#100) Postdesk's fake: an unpublished post without a time is not used here")
        return FakeResponse(200, {"id": self._new_post(page, message, link=link, media=media, when=when)})

    def _photo(self, page: str, fields: dict[str, str], files: dict[str, tuple[str, bytes]]) -> FakeResponse:
        bad = self._unknown(fields, {"caption", "published", "alt_text_custom"})
        if bad:
            return bad
        if set(files) != {"source"}:
            return error(324, "(#324) Requires upload file")
        data = files["source"][1]
        if not data.startswith(_IMAGE_MAGIC):
            return error(324, "(#324) Missing or invalid image file")
        if len(data) > PHOTO_MAX_BYTES:
            return error(100, "(#100) The photo is larger than 4 MB")
        published = fields.get("published", "true")
        photo_id = self._next()
        self.photos[photo_id] = {
            "page": page,
            "data": data,
            "published": published != "false",
            "caption": fields.get("caption", ""),
            "alt": fields.get("alt_text_custom", ""),
        }
        if published == "false":
            return FakeResponse(200, {"id": photo_id})
        post_id = self._new_post(page, fields.get("caption", ""), media=[photo_id], kind="photo")
        return FakeResponse(200, {"id": photo_id, "post_id": post_id})

    def _video(self, page: str, fields: dict[str, str], files: dict[str, tuple[str, bytes]]) -> FakeResponse:
        phase = fields.get("upload_phase")
        if phase == "start":
            bad = self._unknown(fields, {"upload_phase", "file_size"})
            if bad:
                return bad
            try:
                size = int(fields["file_size"])
            except (KeyError, ValueError):
                return error(100, "(#100) Param file_size is required")
            session = "s" + self._next()
            upload = Upload(page, self._next(), size)
            self.uploads[session] = upload
            return FakeResponse(
                200,
                {
                    "video_id": upload.video_id,
                    "upload_session_id": session,
                    "start_offset": "0",
                    "end_offset": str(min(CHUNK, size)),
                },
            )
        upload = self.uploads.get(fields.get("upload_session_id", ""))
        if upload is None or upload.page != page:
            return error(100, "(#100) Invalid upload_session_id")
        expected = {
            "start_offset": str(len(upload.received)),
            "end_offset": str(min(len(upload.received) + CHUNK, upload.size)),
        }
        if phase == "transfer":
            bad = self._unknown(fields, {"upload_phase", "upload_session_id", "start_offset"})
            if bad:
                return bad
            chunk = files.get("video_file_chunk")
            if chunk is None:
                return error(100, "(#100) Param video_file_chunk is required")
            if fields.get("start_offset") != expected["start_offset"]:
                return error(
                    6001,
                    "There was a problem uploading your video file. Please try again.",
                    subcode=1363037,
                    data=expected,
                )
            upload.received.extend(chunk[1])
            if len(upload.received) > upload.size:
                return error(6001, "The video is larger than file_size", subcode=1363019)
            return FakeResponse(
                200,
                {
                    "start_offset": str(len(upload.received)),
                    "end_offset": str(min(len(upload.received) + CHUNK, upload.size)),
                },
            )
        if phase == "finish":
            bad = self._unknown(
                fields,
                {"upload_phase", "upload_session_id", "description", "title", "published", "scheduled_publish_time"},
            )
            if bad:
                return bad
            if len(upload.received) != upload.size:
                return error(6001, "The upload is incomplete", subcode=1363030)
            when, bad = self._schedule(fields)
            if bad:
                return bad
            upload.finished = True
            self.videos[upload.video_id] = {
                "page": page,
                "data": bytes(upload.received),
                "reads": 0,
                "post_id": None,
                "description": fields.get("description", ""),
                "when": when,
                "status": "error" if self.video_fails else "processing",
            }
            self.video_fails = False
            return FakeResponse(200, {"success": True})
        return error(100, "(#100) Param upload_phase must be one of start, transfer, finish")

    def _visible(self, post: dict[str, Any]) -> bool:
        when = post["scheduled_publish_time"]
        return when is None or when <= self.now()

    def _list_posts(self, page: str, fields: dict[str, str], files: Any) -> FakeResponse:
        since = int(fields.get("since", "0") or 0)
        limit = int(fields.get("limit", "25") or 25)
        rows = [
            (pid, p)
            for pid, p in self.posts.items()
            if p["page"] == page
            and self._visible(p)
            and (p["scheduled_publish_time"] or p["created_time"]).timestamp() >= since
        ]
        rows.sort(key=lambda r: r[1]["scheduled_publish_time"] or r[1]["created_time"], reverse=True)
        data = [
            {
                "id": pid,
                "message": p["message"],
                "created_time": _stamp(p["scheduled_publish_time"] or p["created_time"]),
                "permalink_url": f"https://www.facebook.com/{pid}",
            }
            for pid, p in rows[:limit]
        ]
        return FakeResponse(200, {"data": data})

    def _list_scheduled(self, page: str, fields: dict[str, str], files: Any) -> FakeResponse:
        data = [
            {"id": pid, "message": p["message"], "scheduled_publish_time": int(p["scheduled_publish_time"].timestamp())}
            for pid, p in self.posts.items()
            if p["page"] == page and not self._visible(p)
        ]
        return FakeResponse(200, {"data": data})

    # -- objects ----------------------------------------------------------------------------

    def _owner(self, object_id: str) -> str | None:
        if object_id in self.posts:
            return str(self.posts[object_id]["page"])
        if object_id in self.videos:
            return str(self.videos[object_id]["page"])
        if object_id in self.comments:
            return self._owner(self.comments[object_id]["root"])
        return None

    def _object(self, page: str, method: str, target: str, edge: str, fields: dict[str, str]) -> FakeResponse:
        owner = self._owner(target)
        if owner is None:
            return error(
                100,
                f"(#100) Unsupported {method.lower()} request. Object with ID '{target}' does not "
                "exist, cannot be loaded due to missing permissions, or does not support this operation",
                subcode=33,
                kind="GraphMethodException",
            )
        if owner != page:
            return error(200, "(#200) The Page does not own this object")
        if method == "DELETE" and not edge:
            self.posts.pop(target, None)
            self.videos.pop(target, None)
            self.comments.pop(target, None)
            return FakeResponse(200, {"success": True})
        if method == "GET" and not edge:
            return self._read(target, fields)
        if method == "GET" and edge == "comments":
            rows = [(cid, c) for cid, c in self.comments.items() if c["object"] == target]
            if fields.get("filter") == "stream":
                rows = [(cid, c) for cid, c in self.comments.items() if c["root"] == target]
            rows.sort(key=lambda r: r[1]["created_time"], reverse=fields.get("order") == "reverse_chronological")
            data = [
                {
                    "id": cid,
                    "message": c["message"],
                    "from": c["from"],
                    "created_time": _stamp(c["created_time"]),
                    "is_hidden": c["is_hidden"],
                    "permalink_url": f"https://www.facebook.com/{cid}",
                    **({"parent": {"id": c["object"]}} if c["object"] != c["root"] else {}),
                }
                for cid, c in rows
            ]
            return FakeResponse(200, {"data": data})
        if method == "POST" and edge == "comments":
            bad = self._unknown(fields, {"message"})
            if bad or not fields.get("message", "").strip():
                return bad or error(100, "(#100) Missing message")
            comment_id = f"{target}_{self._next()}"
            root = self.comments[target]["root"] if target in self.comments else target
            self.comments[comment_id] = {
                "object": target,
                "message": fields["message"],
                "from": {"id": page, "name": self.pages[page]["name"]},
                "created_time": self.now(),
                "is_hidden": False,
                "likes": 0,
                "root": root,
            }
            return FakeResponse(200, {"id": comment_id})
        if method == "POST" and edge == "likes" and target in self.comments:
            self.comments[target]["likes"] += 1
            return FakeResponse(200, {"success": True})
        if method == "POST" and not edge and target in self.comments:
            bad = self._unknown(fields, {"is_hidden"})
            if bad or fields.get("is_hidden") not in ("true", "false"):
                return bad or error(100, "(#100) Param is_hidden must be a boolean")
            self.comments[target]["is_hidden"] = fields["is_hidden"] == "true"
            return FakeResponse(200, {"success": True})
        return error(100, f"(#100) Unsupported {method} request on {edge or 'the object'}")

    def _read(self, target: str, fields: dict[str, str]) -> FakeResponse:
        if target in self.videos:
            video = self.videos[target]
            video["reads"] += 1
            if video["status"] == "processing" and video["reads"] > self.processing_reads:
                video["status"] = "ready"
                video["post_id"] = self._new_post(
                    video["page"], video["description"], media=[target], when=video["when"], kind="video"
                )
            body: dict[str, Any] = {"id": target, "status": {"video_status": video["status"]}}
            if video["post_id"]:
                body["post_id"] = video["post_id"]
                body["permalink_url"] = f"/{video['page']}/videos/{target}/"
            return FakeResponse(200, body)
        post = self.posts[target]
        count = sum(1 for c in self.comments.values() if c["root"] == target)
        return FakeResponse(
            200,
            {
                "id": target,
                "message": post["message"],
                "permalink_url": f"https://www.facebook.com/{target}",
                "reactions": {"data": [], "summary": {"total_count": post["reactions"]}},
                "comments": {"data": [], "summary": {"total_count": count, "can_comment": True}},
                **({"shares": {"count": post["shares"]}} if post["shares"] else {}),
            },
        )
