"""A fake Reddit API (oauth.reddit.com) with its media storage, on 127.0.0.1.

No machine-readable description of Reddit's API exists; this fake is written from Reddit's own pages:

- reddit.com/dev/api (the generated reference; "by oauth scope" lists each endpoint's scope):
  `GET /api/v1/me` (identity), `POST /api/submit` (submit; `kind` one of link, self, image, video,
  videogif; `sr`, `title`, `text`, `url`, `video_poster_url`, `flair_id`, `flair_text`, `nsfw`,
  `spoiler`, `sendreplies`, `resubmit`, `validate_on_submit`, `api_type`), `GET /subreddits/mine/
  subscriber` (mysubreddits), `GET /r/{sub}/about` (read), `GET /api/v1/{sub}/post_requirements`
  (submit), `GET /r/{sub}/api/link_flair_v2` (flair), `POST /api/del` (edit), `GET /api/info`
  (read), `POST /api/comment` (submit for a comment on a post or comment, privatemessages for a
  reply to a message: the endpoint's own docstring in reddit's source, r2/controllers/api.py
  `POST_comment`, text at most 10,000 characters), `GET /message/inbox` and `/message/unread` and
  `POST /api/read_message` (privatemessages), `GET /user/{name}/submitted` (history);
- github.com/reddit-archive/reddit/wiki/API: every answer carries `X-Ratelimit-Used`,
  `X-Ratelimit-Remaining` and `X-Ratelimit-Reset` (seconds to the end of the 10-minute window);
  OAuth clients may make 60 requests a minute; the User-Agent must be unique and descriptive,
  `<platform>:<app ID>:<version string> (by /u/<reddit username>)`, and default agents are
  "drastically limited" (here: refused with 429);
- r/redditdev "Upcoming API change: POST /api/submit" (an admin's post, Feb 2020): a subreddit's
  post requirements are enforced at submit and refused as `json.errors` entries such as
  `SUBMIT_VALIDATION_FLAIR_REQUIRED`, `SUBMIT_VALIDATION_MIN_LENGTH`;
- the refusals of `/api/submit` and `/api/comment` come back as HTTP 200 with
  `{"json": {"errors": [[CODE, message, field], ...]}}` (api_type=json, dev/api), e.g.
  SUBREDDIT_NOEXIST, NO_SELFS, NO_LINKS, TOO_LONG, ALREADY_SUB, BAD_URL and RATELIMIT ("you are
  doing that too much. try again in 3 minutes.").

U (observed behaviour of Reddit's own apps and of PRAW, not documented by Reddit):
- `POST /api/media/asset.json` (`filepath`, `mimetype`) answers an upload lease `{"args":
  {"action": "//bucket-host/path", "fields": [{name, value}, ...]}, "asset": {"asset_id",
  "processing_state", "payload", "websocket_url"}}`; the file is then POSTed as multipart to the
  scheme-less `action` with every field and `file` last, no Authorization header (an S3 POST
  policy); S3 answers 201 with an XML PostResponse, or an XML error (EntityTooLarge with
  ProposedSize/MaxSizeAllowed);
- an image post submits `kind=image` with `url` = action + "/" + key; a video `kind=video` with
  that url and `video_poster_url` (an uploaded image's url); both answer without the post's id
  (`user_submitted_page` and `websocket_url` only): the post is found in the user's listing;
- a gallery: `POST /api/submit_gallery_post.json` with a JSON body (`sr`, `title`, `items` of
  `{media_id, caption, outbound_url}`, `api_type`, ...) answering `{"json": {"errors", "data":
  {"id", "url"}}}`; 2 to 20 items (U);
- the asset-lease and gallery endpoints need the `submit` scope (U).
"""

from __future__ import annotations

import itertools
import json
import re
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs

from tests.fakes.api_server import Req, Resp
from tests.fakes.reddit_ws import RedditMediaSocket

BUCKET_PATH = "/media-bucket"
#: Every scope Postdesk's Reddit sign-in asks for.
ALL_SCOPES = frozenset({"identity", "submit", "read", "mysubreddits", "flair", "edit", "privatemessages", "history"})
#: (method, path pattern) -> scope; the path patterns are regexes over the request path.
SCOPES: tuple[tuple[str, str, str], ...] = (
    ("GET", r"/api/v1/me", "identity"),
    ("POST", r"/api/submit", "submit"),
    ("POST", r"/api/media/asset\.json", "submit"),  # U
    ("POST", r"/api/submit_gallery_post\.json", "submit"),  # U
    ("GET", r"/subreddits/mine/subscriber", "mysubreddits"),
    ("GET", r"/r/[^/]+/about", "read"),
    ("GET", r"/api/v1/[^/]+/post_requirements", "submit"),
    ("GET", r"/r/[^/]+/api/link_flair_v2", "flair"),
    ("POST", r"/api/del", "edit"),
    ("GET", r"/api/info", "read"),
    ("POST", r"/api/comment", "submit"),  # privatemessages when the parent is a message
    ("GET", r"/message/(inbox|unread)", "privatemessages"),
    ("POST", r"/api/read_message", "privatemessages"),
    ("GET", r"/user/[^/]+/submitted", "history"),
)
FORM_PARAMS = {
    "/api/submit": {
        "api_type",
        "sr",
        "kind",
        "title",
        "text",
        "url",
        "video_poster_url",
        "flair_id",
        "flair_text",
        "nsfw",
        "spoiler",
        "sendreplies",
        "resubmit",
        "validate_on_submit",
    },
    "/api/media/asset.json": {"filepath", "mimetype"},
    "/api/del": {"id"},
    "/api/comment": {"api_type", "thing_id", "text"},
    "/api/read_message": {"id"},
}
GALLERY_KEYS = {
    "api_type",
    "sr",
    "title",
    "items",
    "nsfw",
    "spoiler",
    "sendreplies",
    "flair_id",
    "flair_text",
    "show_error_list",
    "validate_on_submit",
}
UA = re.compile(r"^[\w.-]+:[\w.-]+:v?[\w.-]+( \(by /u/[\w-]+\))?$")
MIMES = {"image/png", "image/jpeg", "image/gif", "video/mp4", "video/quicktime"}


def _error(status: int, message: str) -> Resp:
    return Resp(status, {"message": message, "error": status})


def _errors(*errors: tuple[str, str, str]) -> Resp:
    return Resp(200, {"json": {"errors": [list(e) for e in errors]}})


def _listing(children: list[dict[str, Any]], after: str | None = None) -> dict[str, Any]:
    return {"kind": "Listing", "data": {"after": after, "before": None, "dist": len(children), "children": children}}


def _truth(value: str | None) -> bool:
    return str(value).lower() in ("true", "1", "on", "yes")


@dataclass
class Subreddit:
    """A subreddit as the fake keeps it (the fields of `/r/{sub}/about` that matter here)."""

    name: str
    submission_type: str = "any"  # any, link, self
    allow_images: bool = True
    allow_videos: bool = True
    allow_galleries: bool = True
    spoilers_enabled: bool = True
    over18: bool = False
    flairs: list[dict[str, Any]] = field(default_factory=list)
    requirements: dict[str, Any] = field(default_factory=dict)
    flair_forbidden: bool = False

    def about(self) -> dict[str, Any]:
        return {
            "kind": "t5",
            "data": {
                "display_name": self.name,
                "display_name_prefixed": f"r/{self.name}",
                "name": f"t5_{self.name.lower()}",
                "title": self.name,
                "subreddit_type": "public",
                "submission_type": self.submission_type,
                "allow_images": self.allow_images,
                "allow_videos": self.allow_videos,
                "allow_galleries": self.allow_galleries,
                "spoilers_enabled": self.spoilers_enabled,
                "over18": self.over18,
                "link_flair_enabled": bool(self.flairs),
                "url": f"/r/{self.name}/",
            },
        }


@dataclass
class Asset:
    """An upload lease."""

    id: str
    key: str
    mimetype: str
    fields: dict[str, str]
    data: bytes | None = None


class FakeReddit:
    """The fake network; serve it with `ApiServer(FakeReddit())` and set `base`.

    Attributes:
        base: the server's URL (lease actions point back at it, scheme-less).
        now: the fake's clock.
        user: the signed-in user's name.
        tokens: access token -> scopes.
        subs: subreddit name (lower case) -> subreddit.
        subscribed: the names the user subscribes to, in order.
        posts: fullname -> post data (t3).
        inbox: inbox items (`{"kind": "t1"|"t4", "data": {...}}`), newest first.
        comments: every comment or message reply made, as (parent, text).
        deleted: fullnames deleted.
        requests_left: requests allowed in the current window (None: no limit).
        window_reset: seconds to the end of the window, as sent in X-Ratelimit-Reset.
        submit_ratelimit: minutes in the next RATELIMIT refusal of /api/submit (None: none).
        max_upload: the storage's size limit, in bytes.
        fail_next_video: the next video post never appears (Reddit could not process it); with a
            media socket, the socket says "failed".
        stall_next_media: the next media post's processing never ends (no post, a silent socket).
        media_socket: Reddit's media websocket (`tests.fakes.reddit_ws`); a media post's answer
            names a `websocket_url` only when one is served, so no test reaches outside 127.0.0.1
            (the real answer names a wss://…redditmedia.com address).
        submitted_forms: the accepted /api/submit forms and gallery bodies, in order.
    """

    def __init__(self, *, base: str = "", now: datetime | None = None) -> None:
        self.base = base
        self.now = now or datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
        self.user = "alice_makes"
        self.tokens: dict[str, set[str]] = {"token-alice": set(ALL_SCOPES)}
        self.subs: dict[str, Subreddit] = {}
        self.subscribed: list[str] = []
        self.posts: dict[str, dict[str, Any]] = {}
        self.inbox: list[dict[str, Any]] = []
        self.comments: list[tuple[str, str]] = []
        self.deleted: list[str] = []
        self.read: set[str] = set()
        self.requests_left: int | None = None
        self.used = 0
        self.window_reset = 420
        self.submit_ratelimit: int | None = None
        self.max_upload = 20 * 1024 * 1024
        self.fail_next_video = False
        self.stall_next_media = False
        self.media_socket: RedditMediaSocket | None = None
        self.submitted_forms: list[dict[str, Any]] = []
        self.assets: dict[str, Asset] = {}
        self.user_agents: set[str] = set()
        self.scopes_used: set[str] = set()
        self._ids = itertools.count(1000)
        self._lock = threading.Lock()

    def add_sub(self, name: str, *, subscribe: bool = True, **kwargs: Any) -> Subreddit:
        sub = Subreddit(name, **kwargs)
        self.subs[name.lower()] = sub
        if subscribe:
            self.subscribed.append(name)
        return sub

    def _id(self) -> str:
        return format(next(self._ids) * 7919, "x")

    # -- dispatch -----------------------------------------------------------------------------------

    def __call__(self, req: Req) -> Resp:
        with self._lock:
            if req.path.startswith(BUCKET_PATH):
                return self._upload(req)
            agent = req.headers.get("user-agent", "")
            self.user_agents.add(agent)
            if not UA.match(agent):
                return _error(429, "Too Many Requests")  # default agents are "drastically limited"
            auth = req.headers.get("authorization", "")
            scopes = self.tokens.get(auth[7:]) if auth.startswith("bearer ") or auth.startswith("Bearer ") else None
            if scopes is None:
                return _error(401, "Unauthorized")
            self.used += 1
            if self.requests_left is not None:
                if self.requests_left <= 0:
                    return self._limited(_error(429, "Too Many Requests"))
                self.requests_left -= 1
            needed = next((s for m, p, s in SCOPES if m == req.method and re.fullmatch(p, req.path)), None)
            if needed is None:
                return self._limited(_error(404, "Not Found"))
            form: dict[str, str] = {}
            if req.method == "POST" and req.path != "/api/submit_gallery_post.json":
                if req.content_type != "application/x-www-form-urlencoded":
                    return self._limited(_error(400, "Bad Request"))
                form = {k: v[-1] for k, v in parse_qs(req.body.decode(), keep_blank_values=True).items()}
                unknown = set(form) - FORM_PARAMS.get(req.path, set())
                if unknown:
                    return self._limited(_error(400, f"unknown parameters {sorted(unknown)}"))
                if req.path == "/api/comment" and form.get("thing_id", "").startswith("t4_"):
                    needed = "privatemessages"
            self.scopes_used.add(needed)
            if needed not in scopes:
                resp = _error(403, "Forbidden")
                resp.headers["www-authenticate"] = 'Bearer realm="reddit", error="insufficient_scope"'
                return self._limited(resp)
            return self._limited(self._route(req, form))

    def _limited(self, resp: Resp) -> Resp:
        left = self.requests_left if self.requests_left is not None else max(600 - self.used, 0)
        resp.headers.update(
            {
                "x-ratelimit-used": str(self.used),
                "x-ratelimit-remaining": f"{float(left):.1f}",
                "x-ratelimit-reset": str(self.window_reset),
            }
        )
        return resp

    def _route(self, req: Req, form: dict[str, str]) -> Resp:
        path = req.path
        q = {k: v[-1] for k, v in req.query.items()}
        if path == "/api/v1/me":
            return Resp(200, {"name": self.user, "id": "1w72", "icon_img": "https://styles.redditmedia.com/a.png"})
        if path == "/api/submit":
            return self._submit(form)
        if path == "/api/media/asset.json":
            return self._lease(form)
        if path == "/api/submit_gallery_post.json":
            return self._gallery(req)
        if path == "/subreddits/mine/subscriber":
            start = int(q.get("after", "0") or 0)
            limit = int(q.get("limit", "25"))
            names = self.subscribed[start : start + limit]
            after = str(start + limit) if start + limit < len(self.subscribed) else None
            return Resp(200, _listing([self.subs[n.lower()].about() for n in names], after))
        parts = path.strip("/").split("/")
        if path.endswith("/about") or path.endswith("/post_requirements") or path.endswith("/link_flair_v2"):
            sub = self.subs.get(parts[2 if path.endswith("/post_requirements") else 1].lower())
            if sub is None:
                return _error(404, "Not Found")
            if path.endswith("/about"):
                return Resp(200, sub.about())
            if path.endswith("/post_requirements"):
                return Resp(200, _requirements(sub.requirements))
            if sub.flair_forbidden:
                return _error(403, "Forbidden")
            return Resp(200, list(sub.flairs))
        if path == "/api/del":
            post = self.posts.pop(form.get("id", ""), None)
            if post is not None:
                self.deleted.append(post["name"])
            return Resp(200, {})
        if path == "/api/info":
            names = [n for n in q.get("id", "").split(",") if n]
            return Resp(200, _listing([{"kind": "t3", "data": dict(self.posts[n])} for n in names if n in self.posts]))
        if path == "/api/comment":
            return self._comment(form)
        if path.startswith("/message/"):
            items = [i for i in self.inbox if parts[1] == "inbox" or i["data"]["name"] not in self.read]
            items = [
                {"kind": i["kind"], "data": {**i["data"], "new": i["data"]["name"] not in self.read}} for i in items
            ]
            return Resp(200, _listing(items[: int(q.get("limit", "25"))]))
        if path == "/api/read_message":
            self.read.update(n for n in form.get("id", "").split(",") if n)
            return Resp(200, {})
        if path.endswith("/submitted"):
            mine = sorted(
                (p for p in self.posts.values() if p["author"].lower() == parts[1].lower()),
                key=lambda p: p["created_utc"],
                reverse=True,
            )
            return Resp(200, _listing([{"kind": "t3", "data": dict(p)} for p in mine[: int(q.get("limit", "25"))]]))
        return _error(404, "Not Found")

    # -- submit --------------------------------------------------------------------------------------

    def _checks(self, sr: str, title: str, flair_id: str, kind: str, body: str, url: str) -> Resp | Subreddit:
        sub = self.subs.get(sr.lower())
        if sub is None:
            return _errors(("SUBREDDIT_NOEXIST", "that subreddit doesn't exist", "sr"))
        if not title.strip():
            return _errors(("NO_TEXT", "we need something here", "title"))
        if len(title) > 300:
            return _errors(("TOO_LONG", "this is too long (max: 300)", "title"))
        if kind == "self" and sub.submission_type == "link":
            return _errors(("NO_SELFS", "This community doesn't allow text posts.", "sr"))
        if kind != "self" and sub.submission_type == "self":
            return _errors(("NO_LINKS", "This community only allows text posts.", "sr"))
        if (kind == "image" and not sub.allow_images) or (kind == "gallery" and not sub.allow_galleries):
            return _errors(("NO_IMAGES", "This community doesn't allow images.", "sr"))  # U: the code's name
        if kind == "video" and not sub.allow_videos:
            return _errors(("NO_VIDEOS", "This community doesn't allow videos.", "sr"))  # U
        req = _requirements(sub.requirements)
        flairs = {f["id"] for f in sub.flairs}
        if req["is_flair_required"] and not flair_id:
            return _errors(("SUBMIT_VALIDATION_FLAIR_REQUIRED", "Post must contain post flair.", "flair"))
        if flair_id and flair_id not in flairs:
            return _errors(("BAD_FLAIR_TEMPLATE_ID", "That flair template doesn't exist.", "flair"))  # U
        if req["title_text_min_length"] and len(title) < req["title_text_min_length"]:
            return _errors(
                (
                    "SUBMIT_VALIDATION_MIN_LENGTH",
                    f"You must have at least {req['title_text_min_length']} characters in your title.",
                    "title",
                )
            )
        if req["title_text_max_length"] and len(title) > req["title_text_max_length"]:
            return _errors(
                (
                    "SUBMIT_VALIDATION_MAX_LENGTH",
                    f"Your title must be {req['title_text_max_length']} characters or less.",
                    "title",
                )
            )
        if kind == "self" and req["body_restriction_policy"] == "required" and not body.strip():
            return _errors(
                ("SUBMIT_VALIDATION_BODY_REQUIRED", "This community requires text in the post body.", "text")
            )  # U: the code's name
        if body.strip() and req["body_restriction_policy"] == "notAllowed":
            return _errors(
                ("SUBMIT_VALIDATION_BODY_NOT_ALLOWED", "This community doesn't allow post body text.", "text")
            )  # U
        if kind == "link":
            host = re.sub(r"^www\.", "", re.sub(r"^[a-z]+://", "", url).split("/")[0].lower())
            if host in req["domain_blacklist"] or (req["domain_whitelist"] and host not in req["domain_whitelist"]):
                return _errors(("SUBMIT_VALIDATION_DOMAIN_NOT_ALLOWED", f"{host} is not allowed here.", "url"))  # U
        if self.submit_ratelimit is not None:
            minutes, self.submit_ratelimit = self.submit_ratelimit, None
            return _errors(("RATELIMIT", f"you are doing that too much. try again in {minutes} minutes.", "ratelimit"))
        return sub

    def _new_post(
        self,
        sub: Subreddit,
        title: str,
        kind: str,
        *,
        text: str = "",
        url: str = "",
        flair_id: str = "",
        nsfw: bool = False,
        spoiler: bool = False,
    ) -> dict[str, Any]:
        post_id = self._id()
        flair = next((f for f in sub.flairs if f["id"] == flair_id), None)
        post = {
            "id": post_id,
            "name": f"t3_{post_id}",
            "title": title,
            "subreddit": sub.name,
            "author": self.user,
            "selftext": text,
            "url": url,
            "is_self": kind == "self",
            "post_hint": kind,
            "created_utc": self.now.timestamp(),
            "score": 1,
            "num_comments": 0,
            "upvote_ratio": 1.0,
            "over_18": nsfw,
            "spoiler": spoiler,
            "link_flair_template_id": flair_id or None,
            "link_flair_text": flair["text"] if flair else None,
            "permalink": f"/r/{sub.name}/comments/{post_id}/{re.sub(r'[^a-z0-9]+', '_', title.lower())[:40]}/",
        }
        self.posts[post["name"]] = post
        return post

    def _submit(self, form: dict[str, str]) -> Resp:
        if form.get("api_type") != "json":
            return _error(400, "api_type=json expected")  # the jquery answer is for reddit.com itself
        kind = form.get("kind", "")
        if kind not in ("link", "self", "image", "video", "videogif"):
            return _errors(("INVALID_OPTION", "that option is not valid", "kind"))
        title, text, url = form.get("title", ""), form.get("text", ""), form.get("url", "")
        checked = self._checks(form.get("sr", ""), title, form.get("flair_id", ""), kind, text, url)
        if isinstance(checked, Resp):
            return checked
        if kind in ("link", "image", "video", "videogif") and not url:
            return _errors(("NO_URL", "a url is required", "url"))
        if kind in ("image", "video", "videogif"):
            asset = self._asset_at(url)
            want = "image/" if kind == "image" else "video/"
            if asset is None or asset.data is None or not asset.mimetype.startswith(want):
                return _errors(("BAD_URL", "you should check that url", "url"))
            if kind == "video":
                poster = self._asset_at(form.get("video_poster_url", ""))
                if poster is None or poster.data is None or not poster.mimetype.startswith("image/"):
                    return _errors(("BAD_URL", "a video needs a poster image", "video_poster_url"))  # U
        if (
            kind == "link"
            and not _truth(form.get("resubmit", "true"))
            and any(p["url"] == url and p["subreddit"] == checked.name for p in self.posts.values())
        ):
            return _errors(("ALREADY_SUB", "that link has already been submitted", "url"))
        self.submitted_forms.append(dict(form))
        flags = {
            "flair_id": form.get("flair_id", ""),
            "nsfw": _truth(form.get("nsfw")),
            "spoiler": _truth(form.get("spoiler")),
        }
        if kind in ("image", "video", "videogif"):
            made = None
            failed = kind == "video" and self.fail_next_video
            stalled = self.stall_next_media
            self.fail_next_video = self.fail_next_video and not failed
            self.stall_next_media = False
            if not failed and not stalled:
                made = self._new_post(checked, title, kind, url=url, **flags)
            # U: media posts answer without the post: the apps wait on the websocket, or look.
            data = {"user_submitted_page": f"https://www.reddit.com/user/{self.user}/submitted/"}
            if self.media_socket is not None:
                path = self.media_socket.path_for_next()
                if made is not None:
                    self.media_socket.succeed(path, "https://www.reddit.com" + made["permalink"])
                elif failed:
                    self.media_socket.fail(path)
                else:
                    self.media_socket.silent(path)
                data["websocket_url"] = self.media_socket.url + path
            return Resp(200, {"json": {"errors": [], "data": data}})
        post = self._new_post(checked, title, kind, text=text if kind == "self" else "", url=url, **flags)
        return Resp(
            200,
            {
                "json": {
                    "errors": [],
                    "data": {
                        "url": "https://www.reddit.com" + post["permalink"],
                        "drafts_count": 0,
                        "id": post["id"],
                        "name": post["name"],
                    },
                }
            },
        )

    def _gallery(self, req: Req) -> Resp:
        if req.content_type != "application/json":
            return _error(400, "Bad Request")
        body = json.loads(req.body)
        if not isinstance(body, dict) or set(body) - GALLERY_KEYS or body.get("api_type") != "json":
            return _error(400, "Bad Request")
        items = body.get("items")
        if not isinstance(items, list) or not 2 <= len(items) <= 20:
            return _errors(("BAD_GALLERY", "a gallery holds 2 to 20 images", "items"))  # U
        checked = self._checks(
            str(body.get("sr", "")), str(body.get("title", "")), str(body.get("flair_id", "")), "gallery", "", ""
        )
        if isinstance(checked, Resp):
            return checked
        for item in items:
            asset = self.assets.get(str(item.get("media_id")))
            if set(item) - {"media_id", "caption", "outbound_url"} or asset is None or asset.data is None:
                return _errors(("MEDIA_NOT_FOUND", "that media could not be found", "items"))  # U
            if len(str(item.get("caption", ""))) > 180:
                return _errors(("TOO_LONG", "this is too long (max: 180)", "caption"))  # U
        self.submitted_forms.append(body)
        post = self._new_post(
            checked,
            body["title"],
            "gallery",
            flair_id=str(body.get("flair_id", "")),
            nsfw=bool(body.get("nsfw")),
            spoiler=bool(body.get("spoiler")),
        )
        post["gallery_items"] = items
        return Resp(
            200,
            {"json": {"errors": [], "data": {"id": post["name"], "url": "https://www.reddit.com" + post["permalink"]}}},
        )

    def _comment(self, form: dict[str, str]) -> Resp:
        if form.get("api_type") != "json":
            return _error(400, "api_type=json expected")
        parent, text = form.get("thing_id", ""), form.get("text", "")
        if not text.strip():
            return _errors(("NO_TEXT", "we need something here", "text"))
        if len(text) > 10000:
            return _errors(("TOO_LONG", "this is too long (max: 10000)", "text"))
        known = {i["data"]["name"] for i in self.inbox} | set(self.posts)
        if parent not in known:
            return _errors(("DELETED_COMMENT", "that comment has been deleted", "parent"))
        self.comments.append((parent, text))
        kind = "t4" if parent.startswith("t4_") else "t1"
        thing_id = self._id()
        return Resp(
            200,
            {
                "json": {
                    "errors": [],
                    "data": {
                        "things": [
                            {
                                "kind": kind,
                                "data": {
                                    "id": thing_id,
                                    "name": f"{kind}_{thing_id}",
                                    "parent_id": parent,
                                    "body": text,
                                    "author": self.user,
                                },
                            }
                        ]
                    },
                }
            },
        )

    # -- media -----------------------------------------------------------------------------------------

    def _lease(self, form: dict[str, str]) -> Resp:
        mimetype, filepath = form.get("mimetype", ""), form.get("filepath", "")
        if mimetype not in MIMES or not filepath:
            return _error(400, "Bad Request")
        asset_id = self._id()
        key = f"rte_images/{asset_id}/{filepath}"
        fields = {
            "acl": "private",
            "key": key,
            "X-Amz-Credential": "ASIAFAKE/20261204/us-east-1/s3/aws4_request",
            "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
            "X-Amz-Date": "20261204T120000Z",
            "success_action_status": "201",
            "content-type": mimetype,
            "x-amz-storage-class": "STANDARD",
            "x-amz-meta-ext": filepath.rpartition(".")[2],
            "policy": "eyJleHBpcmF0aW9uIjoiMjAyNi0x",
            "X-Amz-Signature": "c0ffee",
            "x-amz-security-token": "IQoJfake==",
        }
        self.assets[asset_id] = Asset(asset_id, key, mimetype, fields)
        host = self.base.split("://", 1)[-1]
        return Resp(
            200,
            {
                "args": {
                    "action": f"//{host}{BUCKET_PATH}",
                    "fields": [{"name": k, "value": v} for k, v in fields.items()],
                },
                "asset": {
                    "asset_id": asset_id,
                    "processing_state": "incomplete",
                    "payload": {"filepath": filepath},
                    "websocket_url": f"wss://ws.redditmedia.com/rte_images/{asset_id}",
                },
            },
        )

    def _asset_at(self, url: str) -> Asset | None:
        host = self.base.split("://", 1)[-1]
        prefix = f"{host}{BUCKET_PATH}/"
        tail = url.split("://", 1)[-1]
        if not tail.startswith(prefix):
            return None
        return next((a for a in self.assets.values() if a.key == tail[len(prefix) :]), None)

    def _upload(self, req: Req) -> Resp:
        xml = {"Content-Type": "application/xml"}
        if req.method != "POST" or "authorization" in req.headers:
            return Resp(
                400,
                b"<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed</Message></Error>",
                xml,
            )
        fields = req.multipart()
        key = fields.get("key", (None, None, b""))[2].decode()
        asset = next((a for a in self.assets.values() if a.key == key), None)
        if asset is None:
            return Resp(403, b"<Error><Code>AccessDenied</Code></Error>", xml)
        names = list(fields)
        if any(name not in fields for name in asset.fields) or not names or names[-1] != "file":
            return Resp(
                400, b"<Error><Code>InvalidArgument</Code><Message>every policy field, then file</Message></Error>", xml
            )
        data = fields["file"][2]
        if len(data) > self.max_upload:
            return Resp(
                400,
                (
                    f"<Error><Code>EntityTooLarge</Code><Message>Your proposed upload exceeds the maximum "
                    f"allowed size</Message><ProposedSize>{len(data)}</ProposedSize><MaxSizeAllowed>"
                    f"{self.max_upload}</MaxSizeAllowed></Error>"
                ).encode(),
                xml,
            )
        asset.data = data
        location = f"https:{self.base.split(':', 1)[-1]}{BUCKET_PATH}/{key}"
        return Resp(
            201,
            (
                f"<PostResponse><Location>{location}</Location><Bucket>media-bucket</Bucket><Key>{key}"
                f'</Key><ETag>"abc"</ETag></PostResponse>'
            ).encode(),
            xml,
        )

    # -- inbox helpers for tests ---------------------------------------------------------------------------

    def add_reply(self, post_name: str, author: str, body: str, *, comment: bool = True) -> str:
        """Somebody answers one of the user's posts (a comment reply, kind t1) or writes a message (t4)."""
        thing_id = self._id()
        kind = "t1" if comment else "t4"
        post = self.posts.get(post_name, {})
        self.inbox.insert(
            0,
            {
                "kind": kind,
                "data": {
                    "id": thing_id,
                    "name": f"{kind}_{thing_id}",
                    "author": author,
                    "body": body,
                    "created_utc": self.now.timestamp(),
                    "was_comment": comment,
                    "parent_id": post_name,
                    "subject": "post reply" if comment else "hello",
                    "type": "post_reply" if comment else "unknown",
                    "link_title": post.get("title"),
                    "subreddit": post.get("subreddit"),
                    "context": f"{post.get('permalink', '/')}{thing_id}/?context=3" if comment else "",
                },
            },
        )
        return f"{kind}_{thing_id}"


def _requirements(given: dict[str, Any]) -> dict[str, Any]:
    base: dict[str, Any] = {
        "title_regexes": [],
        "body_blacklisted_strings": [],
        "title_blacklisted_strings": [],
        "body_text_max_length": None,
        "title_required_strings": [],
        "guidelines_text": None,
        "gallery_min_items": None,
        "domain_blacklist": [],
        "domain_whitelist": [],
        "title_text_max_length": None,
        "body_restriction_policy": "none",
        "link_restriction_policy": "none",
        "guidelines_display_policy": None,
        "body_required_strings": [],
        "title_text_min_length": None,
        "gallery_captions_requirement": "none",
        "is_flair_required": False,
        "gallery_max_items": None,
        "gallery_urls_requirement": "none",
        "body_regexes": [],
        "link_repost_age": None,
        "body_text_min_length": None,
    }
    base.update(given)
    return base
