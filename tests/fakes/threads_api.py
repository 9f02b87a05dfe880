"""A fake of the Threads API (graph.threads.net/v1.0) on a real local socket.

Written from Meta's docs (checked this session):
- https://developers.facebook.com/documentation/threads/posts (two steps: POST
  /{threads-user-id}/threads makes a container, POST /{threads-user-id}/threads_publish with
  creation_id publishes it; "Text posts are limited to 500 characters. Emojis are counted as the
  number of UTF-8 bytes"; media_type TEXT, IMAGE, VIDEO; CAROUSEL with `children`;
  is_carousel_item; image_url / video_url "must be on a public server" — Threads fetches them);
- https://developers.facebook.com/documentation/threads/reference/publishing (parameters:
  media_type, text, image_url, video_url, is_carousel_item, children, reply_to_id, reply_control,
  alt_text ...);
- container status: GET /{container-id}?fields=status,error_message with status IN_PROGRESS,
  FINISHED, ERROR, EXPIRED, PUBLISHED (Threads "Troubleshooting" / publishing reference);
- GET /{threads-user-id}/threads (the user's posts, fields, since/until/limit), GET /{media-id},
  DELETE /{media-id} ({"success": true}), GET /{media-id}/insights (metric=views,likes,replies,
  reposts,quotes) with {"data": [{"name", "period", "values": [{"value"}]}]};
- errors are Graph errors: {"error": {"message", "type", "code", "fbtrace_id"}}; an invalid or
  expired token is OAuthException code 190; a permission the token lacks is code 10;
- permissions per endpoint (https://developers.facebook.com/documentation/threads/get-started/get-access-tokens-and-permissions
  and each endpoint's reference): threads_basic for every call, threads_content_publish to make
  and publish containers and read the publishing limit, threads_manage_replies for reply_to_id
  and the reply quota, threads_delete for DELETE, threads_manage_insights for insights,
  threads_read_replies for GET /{media-id}/conversation, threads_manage_replies for
  POST /{reply-id}/manage_reply (https://developers.facebook.com/documentation/threads/retrieve-and-manage-replies);
- https://developers.facebook.com/documentation/threads/reference/reply-management: /conversation
  lists every reply of a post, flattened (fields id, text, username, timestamp, permalink,
  is_reply_owned_by_me, hide_status, replied_to, root_post); /manage_reply hide=true|false hides
  a top-level reply ("Replies nested deeper than the top-level reply cannot be targeted");
- https://developers.facebook.com/documentation/threads/overview ("Posts"): 250 API-published
  posts per 24 hours (a carousel counts once), 1,000 replies; GET
  /{threads-user-id}/threads_publishing_limit?fields=quota_usage,config,reply_quota_usage,reply_config
  answers {"data": [{"quota_usage", "config": {"quota_total", "quota_duration"}, ...}]}. Over the
  limit, threads_publish answers code 9 subcode 2207042 (U: the Instagram API's documented code
  for the same limit; Threads' own page names none);
- https://developers.facebook.com/documentation/threads/troubleshooting: containers go
  IN_PROGRESS → FINISHED (or ERROR with FAILED_DOWNLOADING_VIDEO, ... or EXPIRED); "query a
  container's status once per minute, for no more than 5 minutes". Every container starts
  IN_PROGRESS here and is FINISHED only after `<kind>_polls` status reads, so an adapter that
  publishes without waiting gets code 9007 subcode 2207027 ("The media is not ready for
  publishing, please wait for a moment", U: Instagram's documented code);
- media: Threads downloads image_url / video_url itself ("must be on a public server"): the fake
  really GETs the URL it was given (through the media relay, so an expired or wrong presigned
  URL fails the container as on Meta: ERROR, FAILED_DOWNLOADING_*), then checks the type (JPEG
  or PNG; MP4/MOV) and size (images 8 MB, videos 1 GB — U: the limits are on Meta's media
  specifications as copied by third parties).

Stricter than the real API on purpose: unknown parameters are refused (code 100), so a typo in
the adapter fails a test instead of being silently ignored. Carousel size: 2 to 20 items.
"""

from __future__ import annotations

import itertools
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.fakes.http_fake import FakeRequest, FakeResponse

USER_ID = "17841400000000001"
TEXT_LIMIT = 500
ALT_TEXT_LIMIT = 1000  # U: third-party docs; Meta's reference gives no number
CAROUSEL_MIN, CAROUSEL_MAX = 2, 20
_CREATE_PARAMS = {
    "media_type",
    "text",
    "image_url",
    "video_url",
    "is_carousel_item",
    "children",
    "reply_to_id",
    "reply_control",
    "alt_text",
    "allowlisted_country_codes",
    "link_attachment",
    "quote_post_id",
    "topic_tag",
    "access_token",
}
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")
IMAGE_MAX_BYTES = 8 * 1024**2
VIDEO_MAX_BYTES = 1024**3
POST_QUOTA, REPLY_QUOTA = 250, 1000
ALL_SCOPES = frozenset(
    {
        "threads_basic",
        "threads_content_publish",
        "threads_manage_replies",
        "threads_read_replies",
        "threads_delete",
        "threads_manage_insights",
    }
)


def threads_length(text: str) -> int:
    """Length as Threads counts it: code points, except that emoji count their UTF-8 bytes."""
    # Emoji live outside the BMP or in the BMP symbol blocks (U+2000-U+2BFF, variation selectors).
    return sum(
        len(ch.encode()) if ord(ch) > 0xFFFF or 0x2000 <= ord(ch) <= 0x2BFF or 0xFE00 <= ord(ch) <= 0xFE0F else 1
        for ch in text
    )


@dataclass
class Container:
    id: str
    params: dict[str, str]
    status: str = "IN_PROGRESS"
    error_message: str = ""
    polls_left: int = 0


@dataclass
class ThreadsFake:
    """The fake network's state and request handler (serve it with `FakeHTTPServer`).

    Attributes:
        token: the one valid access token (change it to make the current one expire).
        video_polls: how many status reads a video container stays IN_PROGRESS.
        containers: every container made.
        posts: published posts by id.
        sent: every accepted container creation's parameters, in order (what the adapter sent).
        scopes: the permissions the token was granted.
        text_polls, image_polls, carousel_polls: status reads a container of that kind stays
            IN_PROGRESS (0: FINISHED at the first read, never before one).
        used_elsewhere, replies_elsewhere: posts and replies published in the last 24 hours by
            other apps (count against the quota).
        fetched: (URL, HTTP status) of every media download, in order.
        before_fetch: called with the URL just before a download (a test moves the relay's clock).
        published_early: publish calls refused because the container was not FINISHED yet.
        video_error: when set, a video container ends in ERROR with this message after its polls
            (Threads' processing failed: INVALID_DURATION, FAILED_PROCESSING_VIDEO ...).
    """

    token: str = "threads-token-1"
    scopes: frozenset[str] = ALL_SCOPES
    text_polls: int = 0
    image_polls: int = 0
    video_polls: int = 2
    carousel_polls: int = 0
    containers: dict[str, Container] = field(default_factory=dict)
    posts: dict[str, dict[str, Any]] = field(default_factory=dict)
    sent: list[dict[str, str]] = field(default_factory=list)
    clock: datetime = field(default_factory=lambda: datetime(2026, 5, 12, 9, 0, tzinfo=UTC))
    used_elsewhere: int = 0
    replies_elsewhere: int = 0
    fetched: list[tuple[str, int]] = field(default_factory=list)
    before_fetch: Callable[[str], None] | None = None
    published_early: int = 0
    video_error: str = ""
    _ids: itertools.count = field(default_factory=lambda: itertools.count(18000000000000001))

    # -- plumbing ---------------------------------------------------------------------------

    @staticmethod
    def _error(status: int, message: str, code: int, kind: str = "OAuthException") -> FakeResponse:
        return FakeResponse(
            status, {"error": {"message": message, "type": kind, "code": code, "fbtrace_id": "AfakeTrace"}}
        )

    def _invalid(self, message: str) -> FakeResponse:
        return self._error(400, message, 100, "THApiException")

    def __call__(self, request: FakeRequest) -> FakeResponse:
        params = dict(request.query)
        if request.method == "POST" and request.body:
            if "application/x-www-form-urlencoded" not in request.headers.get("content-type", ""):
                return self._invalid("Unsupported post request: send form parameters")
            params.update(request.form())
        token = request.bearer or params.get("access_token", "")
        if token != self.token:
            return self._error(401, "Error validating access token: Session has expired", 190)
        parts = request.path.strip("/").split("/")
        if not parts or parts[0] != "v1.0":
            return self._error(404, "Unknown path components", 2500)
        parts = parts[1:]
        if len(parts) == 2 and parts[0] in (USER_ID, "me"):
            if request.method == "POST" and parts[1] == "threads":
                needed = {"threads_basic", "threads_content_publish"}
                if "reply_to_id" in params:
                    needed.add("threads_manage_replies")
                return self._permitted(needed) or self._create(params)
            if request.method == "POST" and parts[1] == "threads_publish":
                return self._permitted({"threads_basic", "threads_content_publish"}) or self._publish(params)
            if request.method == "GET" and parts[1] == "threads":
                return self._permitted({"threads_basic"}) or self._list(params)
            if request.method == "GET" and parts[1] == "threads_publishing_limit":
                return self._permitted({"threads_basic", "threads_content_publish"}) or self._limit(params)
        if len(parts) == 1 and request.method == "GET":
            return self._permitted({"threads_basic"}) or self._get(parts[0], params)
        if len(parts) == 1 and request.method == "DELETE":
            refused = self._permitted({"threads_basic", "threads_delete"})
            if refused:
                return refused
            if parts[0] not in self.posts:
                return self._invalid("Unsupported delete request. Object does not exist")
            del self.posts[parts[0]]
            return FakeResponse(200, {"success": True})
        if len(parts) == 2 and parts[1] == "conversation" and request.method == "GET":
            return self._permitted({"threads_basic", "threads_read_replies"}) or self._conversation(parts[0], params)
        if len(parts) == 2 and parts[1] == "manage_reply" and request.method == "POST":
            return self._permitted({"threads_basic", "threads_manage_replies"}) or self._hide(parts[0], params)
        if len(parts) == 2 and parts[1] == "insights" and request.method == "GET":
            return self._permitted({"threads_basic", "threads_manage_insights"}) or self._insights(parts[0], params)
        return self._error(400, f"Unknown path: {request.method} {request.path}", 2500)

    def _permitted(self, needed: set[str]) -> FakeResponse | None:
        missing = sorted(needed - self.scopes)
        if missing:
            return self._error(
                403, f"(#10) Application does not have permission for this action: {missing}", 10, "OAuthException"
            )
        return None

    def _window(self) -> tuple[int, int]:
        since = self.clock - timedelta(hours=24)
        recent = [p for p in self.posts.values() if p["published_at"] > since]
        posts = sum(1 for p in recent if p["reply_to_id"] is None)
        return posts + self.used_elsewhere, len(recent) - posts + self.replies_elsewhere

    def _limit(self, params: dict[str, str]) -> FakeResponse:
        fields = [f for f in params.get("fields", "quota_usage,config").split(",") if f]
        if {"reply_quota_usage", "reply_config"} & set(fields) and "threads_manage_replies" not in self.scopes:
            return self._permitted({"threads_manage_replies"})  # type: ignore[return-value]
        posts, replies = self._window()
        values = {
            "quota_usage": posts,
            "config": {"quota_total": POST_QUOTA, "quota_duration": 86400},
            "reply_quota_usage": replies,
            "reply_config": {"quota_total": REPLY_QUOTA, "quota_duration": 86400},
        }
        unknown = set(fields) - set(values)
        if unknown:
            return self._invalid(f"(#100) Tried accessing nonexisting field {sorted(unknown)}")
        return FakeResponse(200, {"data": [{f: values[f] for f in fields}]})

    # -- containers -------------------------------------------------------------------------

    def _create(self, params: dict[str, str]) -> FakeResponse:
        unknown = set(params) - _CREATE_PARAMS
        if unknown:
            return self._invalid(f"(#100) Invalid parameter: {sorted(unknown)}")
        kind = params.get("media_type", "")
        text = params.get("text", "")
        carousel_item = params.get("is_carousel_item", "false")
        if carousel_item not in ("true", "false"):
            return self._invalid("(#100) is_carousel_item must be a boolean")
        if kind not in ("TEXT", "IMAGE", "VIDEO", "CAROUSEL"):
            return self._invalid("(#100) The parameter media_type is required (TEXT, IMAGE, VIDEO, CAROUSEL)")
        if threads_length(text) > TEXT_LIMIT:
            return self._invalid("(#100) Param text must be at most 500 characters long.")
        if len(params.get("alt_text", "")) > ALT_TEXT_LIMIT:
            return self._invalid("(#100) Param alt_text is too long")
        if "alt_text" in params and kind not in ("IMAGE", "VIDEO"):
            return self._invalid("(#100) alt_text is only for IMAGE and VIDEO containers")
        reply_to = params.get("reply_to_id")
        if reply_to is not None and reply_to not in self.posts:
            return self._invalid("(#100) reply_to_id does not exist")
        container = Container(str(next(self._ids)), params)
        if kind == "TEXT":
            if not text or carousel_item == "true":
                return self._invalid("(#100) The parameter text is required for TEXT posts")
            container.polls_left = self.text_polls
        elif kind == "IMAGE":
            problem = self._fetch(params.get("image_url", ""), "image_url")
            if problem is None:
                container.polls_left = self.image_polls
            else:
                container.status, container.error_message = "ERROR", problem
        elif kind == "VIDEO":
            problem = self._fetch(params.get("video_url", ""), "video_url")
            if problem is None:
                container.polls_left = self.video_polls
            else:
                container.status, container.error_message = "ERROR", problem
        else:
            if carousel_item == "true":
                return self._invalid("(#100) A carousel cannot be a carousel item")
            children = [c for c in params.get("children", "").split(",") if c]
            if not CAROUSEL_MIN <= len(children) <= CAROUSEL_MAX:
                return self._invalid("(#100) children must list 2 to 20 carousel item containers")
            for child in children:
                item = self.containers.get(child)
                if item is None or item.params.get("is_carousel_item") != "true":
                    return self._invalid(f"(#100) {child} is not a carousel item container")
                if item.status != "FINISHED":
                    return self._invalid(f"(#100) carousel item {child} is not ready")
            container.polls_left = self.carousel_polls
        self.containers[container.id] = container
        self.sent.append(dict(params))
        return FakeResponse(200, {"id": container.id})

    def _fetch(self, url: str, name: str) -> str | None:
        # Threads fetches the media itself; a failed download fails the container, not the call.
        video = name == "video_url"
        failed = "FAILED_DOWNLOADING_VIDEO" if video else "FAILED_DOWNLOADING_MEDIA"
        if not url.startswith(("http://", "https://")):
            return failed
        if self.before_fetch is not None:
            self.before_fetch(url)
        limit = VIDEO_MAX_BYTES if video else IMAGE_MAX_BYTES
        try:
            with urllib.request.urlopen(url, timeout=10) as answer:
                data = answer.read(limit + 1)
                self.fetched.append((url, answer.status))
        except urllib.error.HTTPError as exc:
            self.fetched.append((url, exc.code))
            return failed
        except OSError:
            self.fetched.append((url, 0))
            return failed
        if len(data) > limit:
            return "MEDIA_TOO_LARGE"
        if not video and not data.startswith(_IMAGE_MAGIC):
            return "UNSUPPORTED_IMAGE_FORMAT"
        if video and data[4:8] != b"ftyp":
            return "FAILED_PROCESSING_VIDEO"
        return None

    def _publish(self, params: dict[str, str]) -> FakeResponse:
        container = self.containers.get(params.get("creation_id", ""))
        if container is None:
            return self._invalid("(#100) The parameter creation_id is required and must be a container id")
        if container.params.get("is_carousel_item") == "true":
            return self._invalid("(#100) A carousel item cannot be published on its own")
        if container.status == "PUBLISHED":
            return self._invalid("(#100) This container has already been published")
        if container.status != "FINISHED":
            self.published_early += 1
            return FakeResponse(
                400,
                {
                    "error": {
                        "message": "The media is not ready for publishing, please wait for a moment",
                        "type": "OAuthException",
                        "code": 9007,
                        "error_subcode": 2207027,
                        "fbtrace_id": "AfakeTrace",
                    }
                },
            )
        posts, replies = self._window()
        if container.params.get("reply_to_id") is None and posts >= POST_QUOTA:
            return FakeResponse(
                400,
                {
                    "error": {
                        "message": "You reached maximum number of posts allowed in 24 hours",
                        "type": "OAuthException",
                        "code": 9,
                        "error_subcode": 2207042,
                        "fbtrace_id": "AfakeTrace",
                    }
                },
            )
        if container.params.get("reply_to_id") is not None and replies >= REPLY_QUOTA:
            return FakeResponse(
                400,
                {
                    "error": {
                        "message": "You reached maximum number of replies allowed in 24 hours",
                        "type": "OAuthException",
                        "code": 9,
                        "error_subcode": 2207042,
                        "fbtrace_id": "AfakeTrace",
                    }
                },
            )
        container.status = "PUBLISHED"
        post_id = str(next(self._ids))
        self.posts[post_id] = {
            "id": post_id,
            "media_type": "TEXT_POST" if container.params["media_type"] == "TEXT" else container.params["media_type"],
            "text": container.params.get("text", ""),
            "timestamp": self.clock.strftime("%Y-%m-%dT%H:%M:%S+0000"),
            "permalink": f"https://www.threads.net/@fake_user/post/{post_id}",
            "reply_to_id": container.params.get("reply_to_id"),
            "published_at": self.clock,
            "username": "fake_user",
            "is_reply_owned_by_me": container.params.get("reply_to_id") is not None,
            "root_post": self._root_of(container.params.get("reply_to_id")),
            "replied_to": ({"id": container.params["reply_to_id"]} if container.params.get("reply_to_id") else None),
            "likes": 0,
            "replies": 0,
            "reposts": 0,
            "quotes": 0,
            "views": 0,
        }
        return FakeResponse(200, {"id": post_id})

    def _root_of(self, reply_to: str | None) -> str | None:
        if reply_to is None:
            return None
        parent = self.posts.get(reply_to) or {}
        return parent.get("root_post") or reply_to

    # -- reading ------------------------------------------------------------------------------

    def _get(self, object_id: str, params: dict[str, str]) -> FakeResponse:
        fields = [f for f in params.get("fields", "id").split(",") if f]
        if object_id in self.containers:
            c = self.containers[object_id]
            if c.status == "IN_PROGRESS":
                if c.polls_left > 0:
                    c.polls_left -= 1
                elif c.params.get("media_type") == "VIDEO" and self.video_error:
                    c.status, c.error_message = "ERROR", self.video_error
                else:
                    c.status = "FINISHED"
            values = {"id": c.id, "status": c.status, "error_message": c.error_message}
        elif object_id in self.posts:
            values = self.posts[object_id]
        else:
            return self._invalid("Unsupported get request. Object does not exist")
        return FakeResponse(200, {f: values[f] for f in fields if values.get(f) not in (None, "")} | {"id": object_id})

    def _list(self, params: dict[str, str]) -> FakeResponse:
        fields = [f for f in params.get("fields", "id").split(",") if f]
        since = int(params.get("since", "0"))
        limit = int(params.get("limit", "25"))
        found = [
            {f: p[f] for f in fields if f in p}
            for p in reversed(self.posts.values())
            if p["reply_to_id"] is None
            and datetime.strptime(p["timestamp"], "%Y-%m-%dT%H:%M:%S%z").timestamp() >= since
        ]
        return FakeResponse(200, {"data": found[:limit], "paging": {}})

    # -- replies (reply management reference) -------------------------------------------------

    def add_reply(self, to: str, text: str, username: str = "a_reader") -> str:
        """Someone else replies to post `to` (a top-level or nested reply); returns its id."""
        reply_id = str(next(self._ids))
        parent = self.posts[to]
        root = parent.get("root_post") or to
        self.posts[reply_id] = {
            "id": reply_id,
            "media_type": "TEXT_POST",
            "text": text,
            "username": username,
            "timestamp": self.clock.strftime("%Y-%m-%dT%H:%M:%S+0000"),
            "permalink": f"https://www.threads.net/@{username}/post/{reply_id}",
            "reply_to_id": to,
            "root_post": root,
            "replied_to": {"id": to},
            "published_at": self.clock,
            "is_reply_owned_by_me": False,
            "hide_status": "NOT_HUSHED",
            "by_app": False,
            "likes": 0,
            "replies": 0,
            "reposts": 0,
            "quotes": 0,
            "views": 0,
        }
        return reply_id

    def _conversation(self, post_id: str, params: dict[str, str]) -> FakeResponse:
        if post_id not in self.posts:
            return self._invalid("Unsupported get request. Object does not exist")
        fields = [f for f in params.get("fields", "id").split(",") if f]
        replies = [p for p in self.posts.values() if p.get("root_post") == post_id]
        if params.get("reverse", "true") == "true":
            replies.reverse()
        data = []
        for reply in replies:
            values = {**reply, "root_post": {"id": post_id}}
            data.append({f: values[f] for f in fields if f in values} | {"id": reply["id"]})
        return FakeResponse(200, {"data": data, "paging": {}})

    def _hide(self, reply_id: str, params: dict[str, str]) -> FakeResponse:
        reply = self.posts.get(reply_id)
        if reply is None or reply.get("reply_to_id") is None:
            return self._invalid("Unsupported post request. Object does not exist")
        if reply["reply_to_id"] != reply["root_post"]:
            return self._invalid("(#100) Only top-level replies can be hidden")
        if params.get("hide") not in ("true", "false"):
            return self._invalid("(#100) hide must be true or false")
        reply["hide_status"] = "HIDDEN" if params["hide"] == "true" else "UNHUSHED"
        return FakeResponse(200, {"success": True})

    def _insights(self, post_id: str, params: dict[str, str]) -> FakeResponse:
        post = self.posts.get(post_id)
        if post is None:
            return self._invalid("Unsupported get request. Object does not exist")
        names = [m for m in params.get("metric", "").split(",") if m]
        bad = set(names) - {"views", "likes", "replies", "reposts", "quotes", "shares"}
        if not names or bad:
            return self._invalid(
                f"(#100) metric must be among views, likes, replies, reposts, quotes, shares: {sorted(bad)}"
            )
        data = [
            {
                "name": n,
                "period": "lifetime",
                "values": [{"value": post.get(n, 0)}],
                "title": n.title(),
                "id": f"{post_id}/insights/{n}/lifetime",
            }
            for n in names
        ]
        return FakeResponse(200, {"data": data})
