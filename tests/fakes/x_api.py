"""A fake X API v2 (posts, media upload, user timelines, mentions) served on 127.0.0.1.

Written from docs.x.com (x-api/posts/manage-tweets, x-api/media/quickstart/media-upload-chunked,
x-api/users/timelines, fundamentals/rate-limits, x-api/fundamentals/response-codes-and-errors)
and checked against X's own OpenAPI document (`/work/shared/specs/x-api/`): every JSON body,
multipart form and query string is validated there (`TweetCreateRequest` has
`additionalProperties: false`, so an unknown field is refused as X refuses it). Also enforced,
as documented:

- text weighted at most 280, counted by the fake's own implementation of X's published rules
  (`tests.fakes.x_counting`, not twitter-text: the app counts with that); text or media
  required; media/poll/quote mutually exclusive; 1-4 media that exist and have finished
  processing; "up to 4 photos, 1 animated GIF or 1 video in a Post"
  (docs.x.com/x-api/media/quickstart/best-practices): a GIF or a video with anything else is
  refused with X's "Your media IDs are invalid." (400 invalid-request, the answer X v2 gives a
  post whose media it will not take: plhery/node-twitter-api-v2 #375, #501);
- duplicate text from the same user is refused with 403 ("duplicate content");
- chunked upload: initialize (media_type, total_bytes, media_category) → append segments →
  finalize (byte count must match) → STATUS polling while `processing_info` is pending;
- media sizes per category (docs.x.com/x-api/media/introduction, "Media types & size
  restrictions": image 5 MB, GIF 15 MB, video 512 MB), refused at INIT (and at the one-shot
  upload) with X's "File size exceeds N bytes."; a segment at most 5 MB with a segment_index in
  0..999 (docs.x.com/x-api/media/upload-media-append); FINALIZE wants segments 0..n-1 whose
  bytes add up to total_bytes;
- processing (FINALIZE, then STATUS) probes a video's bytes with PyAV: duration 0.5-140 s,
  frame 32x32 up to `video_max_frame` (1280x1024), aspect ratio 1:3..3:1 (best-practices page,
  "Video specifications and recommendations"); a GIF's with Pillow: at most 1280x1080 and 350
  frames. Media that break them end in `processing_info.state` "failed" with an `error`
  ({code 3, name UnsupportedMedia, message}, the shape X answers: plhery/node-twitter-api-v2
  #243). Bytes PyAV cannot read are taken as they are unless `strict_media` (then they fail
  with code 1 InvalidMedia, as X fails a file it cannot decode);
- rate limits (docs.x.com/x-api/fundamentals/rate-limits): every answer carries
  `x-rate-limit-limit`, `x-rate-limit-remaining` and `x-rate-limit-reset` (epoch seconds) for
  the endpoints given a budget in `rate_limits` ("POST /2/tweets": requests per 15-minute
  window); past it, 429 "Too Many Requests" until the window resets;
- OAuth 2 scopes per endpoint, read from each operation's `security` in the OpenAPI document
  (`OAuth2UserToken`); a token without them gets X's bare 403 `Forbidden` problem (the answer
  X gives for a missing scope, e.g. `PUT /2/tweets/:id/hidden` without `tweet.moderate.write`).
  Tokens hold, unless a test says otherwise, exactly the scopes Postdesk's X sign-in requests;
- `access_level="free"` refuses the mentions timeline with 403 client-forbidden /
  client-not-enrolled, as X does for tiers without read access; `"no_credits"` answers 402;
- reading back: text has URLs wrapped as t.co links and &, <, > HTML-escaped, as X returns it.
"""

from __future__ import annotations

import html
import io
import re
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from postdesk.auth.profiles.x import PROFILE
from tests.fakes import x_counting
from tests.fakes.api_server import Req, Resp
from tests.fakes.openapi_check import x_api as spec

_URL = re.compile(r"https?://\S+")
_PROBLEM = "https://api.twitter.com/2/problems/"
MB = 1024 * 1024
#: Upload size per media category (docs.x.com/x-api/media/introduction).
SIZE_LIMITS = {
    "tweet_image": 5 * MB,
    "dm_image": 5 * MB,
    "tweet_gif": 15 * MB,
    "dm_gif": 15 * MB,
    "tweet_video": 512 * MB,
    "dm_video": 512 * MB,
    "amplify_video": 512 * MB,
}
#: The media_type prefix each category takes.
CATEGORY_TYPES = {
    "tweet_image": ("image/",),
    "dm_image": ("image/",),
    "tweet_gif": ("image/gif",),
    "dm_gif": ("image/gif",),
    "tweet_video": ("video/",),
    "dm_video": ("video/",),
    "amplify_video": ("video/",),
    "subtitles": ("text/",),
}
SEGMENT_MAX = 5 * MB
RATE_WINDOW = timedelta(minutes=15)


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


def problem(status: int, kind: str, title: str, detail: str, **extra: Any) -> Resp:
    """An RFC 7807 problem as X sends it."""
    body = {
        "type": _PROBLEM + kind if kind != "about:blank" else kind,
        "title": title,
        "detail": detail,
        "status": status,
        **extra,
    }
    return Resp(status, body, {"Content-Type": "application/problem+json"})


@dataclass
class FakeX:
    """X with two users: "1" (@alice, the account) and "2" (@bob).

    Attributes:
        tokens: accepted bearer tokens, by user id.
        scopes: the scopes granted to a token (a token not listed holds what Postdesk requests).
        now: the server's clock.
        access_level: "basic" (mentions allowed), "free" (403), or "no_credits" (402).
        processing_polls: STATUS checks a video answers "in_progress" before "succeeded".
        tweets, media: stored objects by id.
        violations: refusals of requests X would refuse as malformed (tests expect none).
        video_max_frame: the largest video frame (long side, short side) processing accepts.
        strict_media: bytes PyAV cannot read fail processing (InvalidMedia) instead of passing.
        rate_limits: requests per 15-minute window, by "METHOD /template" (e.g. "POST /2/tweets").
        rate_used: requests counted in the current window and the window's reset, by endpoint.
    """

    tokens: dict[str, str] = field(default_factory=lambda: {"token-alice": "1"})
    scopes: dict[str, frozenset[str]] = field(default_factory=dict)
    now: datetime = field(default_factory=lambda: datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    access_level: str = "basic"
    processing_polls: int = 1
    video_max_frame: tuple[int, int] = (1280, 1024)
    strict_media: bool = False
    rate_limits: dict[str, int] = field(default_factory=dict)
    rate_used: dict[str, tuple[int, datetime]] = field(default_factory=dict)
    tweets: dict[str, dict[str, Any]] = field(default_factory=dict)
    media: dict[str, dict[str, Any]] = field(default_factory=dict)
    violations: list[str] = field(default_factory=list)
    scope_refusals: list[str] = field(default_factory=list)
    scopes_used: set[str] = field(default_factory=set)
    _next: int = 1_880_000_000_000_000_000
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _id(self) -> str:
        self._next += 1
        return str(self._next)

    def __call__(self, req: Req) -> Resp:
        with self._lock:
            limited = self._rate_limited(req)
            if limited is not None:
                return limited
            resp = self._dispatch(req)
            resp.headers.update(self._rate_headers(req))
            return resp

    def _endpoint(self, req: Req) -> str:
        return f"{req.method} {spec().template_for(req.method, req.path) or req.path}"

    def _rate_headers(self, req: Req) -> dict[str, str]:
        endpoint = self._endpoint(req)
        limit = self.rate_limits.get(endpoint)
        if limit is None:
            return {}
        used, reset = self.rate_used.get(endpoint, (0, self.now + RATE_WINDOW))
        return {
            "x-rate-limit-limit": str(limit),
            "x-rate-limit-remaining": str(max(limit - used, 0)),
            "x-rate-limit-reset": str(int(reset.timestamp())),
        }

    def _rate_limited(self, req: Req) -> Resp | None:
        """Count the request against its endpoint's window; a 429 once the window is spent."""
        endpoint = self._endpoint(req)
        if endpoint not in self.rate_limits:
            return None
        used, reset = self.rate_used.get(endpoint, (0, self.now + RATE_WINDOW))
        if self.now >= reset:
            used, reset = 0, self.now + RATE_WINDOW
        if used >= self.rate_limits[endpoint]:
            self.rate_used[endpoint] = (used, reset)
            return Resp(
                429,
                {"title": "Too Many Requests", "detail": "Too Many Requests", "type": "about:blank", "status": 429},
                self._rate_headers(req),
            )
        self.rate_used[endpoint] = (used + 1, reset)
        return None

    def _scoped(self, token: str, method: str, path: str) -> bool:
        """Whether the token holds the scopes X's OpenAPI document lists for this operation."""
        template = spec().template_for(method, path)
        if template is None:
            return True  # unknown routes answer 404 below
        granted = self.scopes.get(token, frozenset(PROFILE.scopes))
        needed = spec().required_scopes(method, template, "OAuth2UserToken")
        met = [alternative for alternative in needed if set(alternative) <= granted]
        if met:
            self.scopes_used |= set(met[0])
        return not needed or bool(met)

    def _bad(self, problems: list[str], status: int = 400) -> Resp:
        self.violations.extend(problems)
        return problem(
            status,
            "invalid-request",
            "Invalid Request",
            "One or more parameters to your request was invalid.",
            errors=[{"message": p} for p in problems],
        )

    def _dispatch(self, req: Req) -> Resp:
        auth = req.headers.get("authorization", "")
        token = auth.removeprefix("Bearer ")
        user = self.tokens.get(token) if auth.startswith("Bearer ") else None
        if user is None:
            return Resp(401, {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"})
        path, method = req.path, req.method
        if not self._scoped(token, method, path):
            self.scope_refusals.append(f"{method} {path}")
            return problem(403, "about:blank", "Forbidden", "Forbidden")
        if (method, path) == ("POST", "/2/tweets"):
            return self._create(req, user)
        if (method, path) == ("POST", "/2/media/upload"):
            return self._one_shot(req)
        if (method, path) == ("GET", "/2/media/upload"):
            return self._status(req)
        if (method, path) == ("POST", "/2/media/upload/initialize"):
            return self._initialize(req)
        if (method, path) == ("POST", "/2/media/metadata"):
            return self._metadata(req)
        if (method, path) == ("GET", "/2/users/me"):
            return Resp(200, {"data": {"id": user, "name": "Alice", "username": "alice"}})
        m = re.fullmatch(r"/2/media/upload/(\d+)/(append|finalize)", path)
        if m and method == "POST":
            return self._append(req, m.group(1)) if m.group(2) == "append" else self._finalize(m.group(1))
        m = re.fullmatch(r"/2/tweets/(\d+)", path)
        if m and method == "DELETE":
            return self._delete(m.group(1), user)
        if m and method == "GET":
            return self._lookup(req, m.group(1))
        m = re.fullmatch(r"/2/tweets/(\d+)/hidden", path)
        if m and method == "PUT":
            return self._hide(req, m.group(1), user)
        m = re.fullmatch(r"/2/users/(\d+)/(tweets|mentions)", path)
        if m and method == "GET":
            return self._timeline(req, m.group(1), m.group(2))
        return problem(404, "resource-not-found", "Not Found Error", f"no route {method} {path}")

    # -- posts -------------------------------------------------------------------------------------

    def _create(self, req: Req, user: str) -> Resp:
        try:
            body = req.json()
        except ValueError:
            return self._bad(["body is not JSON"])
        problems = spec().check_body("POST", "/2/tweets", "application/json", body)
        if problems:
            return self._bad(problems)
        text = body.get("text", "")
        media_ids = (body.get("media") or {}).get("media_ids", [])
        exclusive = [k for k in ("media", "poll", "quote_tweet_id", "card_uri") if k in body]
        if len(exclusive) > 1:
            return self._bad([f"{' and '.join(exclusive)} are mutually exclusive"])
        if not text and not media_ids:
            return self._bad(["text or media is required"])
        if text and not x_counting.fits(text):
            return problem(
                400,
                "invalid-request",
                "Invalid Request",
                "Your Tweet text is too long. For more information on how X "
                "determines text length see https://github.com/twitter/twitter-text.",
            )
        for media_id in media_ids:
            item = self.media.get(media_id)
            if item is None or item["state"] != "succeeded":
                return self._bad(["Your media IDs are invalid."])
        alone = [m for m in media_ids if self.media[m]["category"] in ("tweet_gif", "tweet_video", "amplify_video")]
        if alone and len(media_ids) > 1:
            # Up to 4 photos, 1 animated GIF or 1 video: a valid request X will not take.
            return problem(
                400,
                "invalid-request",
                "Invalid Request",
                "One or more parameters to your request was invalid.",
                errors=[{"message": "Your media IDs are invalid."}],
            )
        reply = (body.get("reply") or {}).get("in_reply_to_tweet_id")
        if reply is not None and reply not in self.tweets:
            return problem(
                400,
                "invalid-request",
                "Invalid Request",
                "The Tweet you are replying to has been deleted or is not visible.",
            )
        if any(t["_user"] == user and t["_text"] == text for t in self.tweets.values()) and text:
            return problem(
                403, "about:blank", "Forbidden", "You are not allowed to create a Tweet with duplicate content."
            )
        tweet_id = self._id()
        shown = self._shown(text)
        self.tweets[tweet_id] = {
            "id": tweet_id,
            "text": shown,
            "author_id": user,
            "created_at": _iso(self.now),
            "conversation_id": self.tweets[reply]["conversation_id"] if reply else tweet_id,
            "edit_history_tweet_ids": [tweet_id],
            **(
                {
                    "referenced_tweets": [{"type": "replied_to", "id": reply}],
                    "in_reply_to_user_id": self.tweets[reply]["author_id"],
                }
                if reply
                else {}
            ),
            **({"attachments": {"media_keys": [self.media[m]["media_key"] for m in media_ids]}} if media_ids else {}),
            "_user": user,
            "_text": text,
            "_body": body,
        }
        return Resp(201, {"data": {"id": tweet_id, "text": shown}})

    def _shown(self, text: str) -> str:
        """Text as X gives it back: t.co-wrapped links, HTML-escaped &, <, >."""
        wrapped = _URL.sub(lambda m: f"https://t.co/{abs(hash(m.group(0))) % 10**10:010d}", text)
        return html.escape(wrapped, quote=False)

    def _delete(self, tweet_id: str, user: str) -> Resp:
        tweet = self.tweets.get(tweet_id)
        if tweet is None:
            return problem(404, "resource-not-found", "Not Found Error", f"Could not find tweet with id: [{tweet_id}].")
        if tweet["_user"] != user:
            return problem(403, "about:blank", "Forbidden", "You are not allowed to delete this Tweet.")
        del self.tweets[tweet_id]
        return Resp(200, {"data": {"deleted": True}})

    def _hide(self, req: Req, tweet_id: str, user: str) -> Resp:
        # PUT /2/tweets/:id/hidden: only a reply in a conversation the user started.
        try:
            body = req.json()
        except ValueError:
            return self._bad(["body is not JSON"])
        problems = spec().check_body("PUT", "/2/tweets/{tweet_id}/hidden", "application/json", body)
        if problems:
            return self._bad(problems)
        tweet = self.tweets.get(tweet_id)
        if tweet is None:
            return problem(404, "resource-not-found", "Not Found Error", f"Could not find tweet with id: [{tweet_id}].")
        root = self.tweets.get(tweet["conversation_id"])
        if tweet_id == tweet["conversation_id"] or root is None or root["_user"] != user:
            return problem(
                403, "about:blank", "Forbidden", "You cannot hide or unhide replies to conversations you do not own."
            )
        tweet["_hidden"] = bool(body["hidden"])
        return Resp(200, {"data": {"hidden": tweet["_hidden"]}})

    def _lookup(self, req: Req, tweet_id: str) -> Resp:
        # GET /2/tweets/:id (docs.x.com x-api/posts/lookup): a missing post is a 200 whose
        # body has only `errors`; public_metrics are counted from what the fake holds.
        problems = spec().check_query("GET", "/2/tweets/{id}", req.query)
        if problems:
            return self._bad(problems)
        tweet = self.tweets.get(tweet_id)
        if tweet is None:
            return Resp(
                200,
                {
                    "errors": [
                        {
                            "value": tweet_id,
                            "detail": f"Could not find tweet with id: [{tweet_id}].",
                            "title": "Not Found Error",
                            "resource_type": "tweet",
                            "parameter": "id",
                            "resource_id": tweet_id,
                            "type": _PROBLEM + "resource-not-found",
                        }
                    ]
                },
            )
        fields = set(",".join(req.query.get("tweet.fields", [])).split(","))
        data = {k: v for k, v in tweet.items() if k in fields | {"id", "text", "edit_history_tweet_ids"}}
        if "public_metrics" in fields:
            replies = sum(
                1
                for t in self.tweets.values()
                if {"type": "replied_to", "id": tweet_id} in t.get("referenced_tweets", ())
            )
            metrics = {
                "retweet_count": tweet.get("_retweets", 0),
                "reply_count": replies,
                "like_count": tweet.get("_likes", 0),
                "quote_count": tweet.get("_quotes", 0),
                "bookmark_count": 0,
            }
            if tweet.get("_impressions") is not None:
                metrics["impression_count"] = tweet["_impressions"]
            data["public_metrics"] = metrics
        return Resp(200, {"data": data})

    def reply_from(self, user: str, to_tweet: str, text: str) -> str:
        """Another user replies to a tweet (shows up in the author's mentions)."""
        with self._lock:
            tweet_id = self._id()
            parent = self.tweets[to_tweet]
            self.tweets[tweet_id] = {
                "id": tweet_id,
                "text": self._shown(text),
                "author_id": user,
                "created_at": _iso(self.now),
                "conversation_id": parent["conversation_id"],
                "edit_history_tweet_ids": [tweet_id],
                "in_reply_to_user_id": parent["author_id"],
                "referenced_tweets": [{"type": "replied_to", "id": to_tweet}],
                "_user": user,
                "_text": text,
                "_body": {},
                "_mentions": [parent["author_id"]],
            }
            return tweet_id

    def _timeline(self, req: Req, user: str, kind: str) -> Resp:
        template = f"/2/users/{{id}}/{kind}"
        problems = spec().check_query("GET", template, req.query)
        if problems:
            return self._bad(problems)
        if kind == "mentions" and self.access_level == "free":
            return problem(
                403,
                "client-forbidden",
                "Client Forbidden",
                "When authenticating requests to the Twitter API v2 endpoints, you "
                "must use keys and tokens from a Twitter developer App that is "
                "attached to a Project.",
                reason="client-not-enrolled",
                registration_url="https://developer.x.com/en/portal/projects-and-apps",
            )
        if kind == "mentions" and self.access_level == "no_credits":
            return problem(
                402, "about:blank", "Payment Required", "Your account does not have any credits left for this request."
            )
        if kind == "tweets":
            found = [t for t in self.tweets.values() if t["author_id"] == user]
        else:
            found = [t for t in self.tweets.values() if user in t.get("_mentions", [])]
        q = {k: v[-1] for k, v in req.query.items()}
        if "start_time" in q:
            start = datetime.fromisoformat(q["start_time"].replace("Z", "+00:00"))
            found = [t for t in found if datetime.fromisoformat(t["created_at"].replace("Z", "+00:00")) >= start]
        if "since_id" in q:
            found = [t for t in found if int(t["id"]) > int(q["since_id"])]
        found.sort(key=lambda t: int(t["id"]), reverse=True)
        offset = int(q["pagination_token"], 36) if "pagination_token" in q else 0
        size = int(q.get("max_results", "10"))
        more = len(found) > offset + size
        found = found[offset : offset + size]
        fields = set(",".join(req.query.get("tweet.fields", [])).split(",")) | {"id", "text", "edit_history_tweet_ids"}
        data = [{k: v for k, v in t.items() if k in fields} for t in found]
        body: dict[str, Any] = {"meta": {"result_count": len(data)}}
        if data:
            body["data"] = data
            body["meta"].update(newest_id=data[0]["id"], oldest_id=data[-1]["id"])
            if more:
                body["meta"]["next_token"] = _base36(offset + size)
            if "author_id" in ",".join(req.query.get("expansions", [])):
                names = {"1": "alice", "2": "bob"}
                body["includes"] = {
                    "users": [
                        {"id": a, "name": names.get(a, a).title(), "username": names.get(a, a)}
                        for a in sorted({t["author_id"] for t in found})
                    ]
                }
        return Resp(200, body)

    # -- media -------------------------------------------------------------------------------------

    def _form_shape(self, req: Req) -> dict[str, Any]:
        return {
            k: (v[2].decode("utf-8", "replace") if v[0] is None else "<binary>") for k, v in req.multipart().items()
        }

    def _new_media(self, category: str, mime: str, total: int, state: str) -> dict[str, Any]:
        media_id = self._id()
        item = {
            "id": media_id,
            "media_key": f"3_{media_id}",
            "category": category,
            "mime": mime,
            "total": total,
            "chunks": {},
            "state": state,
            "polls": self.processing_polls,
            "alt": None,
        }
        self.media[media_id] = item
        return item

    def _one_shot(self, req: Req) -> Resp:
        if req.content_type != "multipart/form-data":
            return self._bad([f"one-shot upload must be multipart/form-data, not {req.content_type}"])
        shape = self._form_shape(req)
        problems = spec().check_body("POST", "/2/media/upload", "multipart/form-data", shape)
        if problems:
            return self._bad(problems)
        data = req.multipart()["media"][2]
        if not (data.startswith(b"\xff\xd8\xff") or data.startswith(b"\x89PNG") or data[8:12] == b"WEBP"):
            return self._bad(["one-shot upload takes images only; use the chunked upload"])
        limit = SIZE_LIMITS.get(shape["media_category"], 5 * MB)
        if len(data) > limit:
            return self._too_big(limit)
        item = self._new_media(shape["media_category"], "image", len(data), "succeeded")
        return Resp(
            200,
            {
                "data": {
                    "id": item["id"],
                    "media_key": item["media_key"],
                    "size": len(data),
                    "expires_after_secs": 86400,
                }
            },
        )

    def _initialize(self, req: Req) -> Resp:
        try:
            body = req.json()
        except ValueError:
            return self._bad(["body is not JSON"])
        problems = spec().check_body("POST", "/2/media/upload/initialize", "application/json", body)
        problems += [f"{k}: required" for k in ("media_type", "total_bytes", "media_category") if k not in body]
        if problems:
            return self._bad(problems)
        category, mime = body["media_category"], body["media_type"]
        if not mime.startswith(CATEGORY_TYPES.get(category, ("",))):
            return self._bad([f"media_type {mime} does not fit media_category {category}"])
        limit = SIZE_LIMITS.get(category)
        if limit is not None and body["total_bytes"] > limit:
            return self._too_big(limit)
        item = self._new_media(category, mime, body["total_bytes"], "uploading")
        return Resp(200, {"data": {"id": item["id"], "media_key": item["media_key"], "expires_after_secs": 86400}})

    def _append(self, req: Req, media_id: str) -> Resp:
        item = self.media.get(media_id)
        if item is None or item["state"] != "uploading":
            return self._bad([f"media {media_id} is not an open upload"])
        shape = self._form_shape(req)
        problems = spec().check_body("POST", "/2/media/upload/{id}/append", "multipart/form-data", shape)
        if problems:
            return self._bad(problems)
        index = int(shape["segment_index"])
        chunk = req.multipart()["media"][2]
        if not 0 <= index <= 999:
            return self._bad([f"segment_index {index}: must be 0..999"])
        if len(chunk) > SEGMENT_MAX:
            return self._bad([f"segment {index} is {len(chunk)} bytes; a segment is at most 5 MB"])
        item["chunks"][index] = chunk
        return Resp(200, {"data": {"expires_at": int(self.now.timestamp()) + 86400}})

    def _finalize(self, media_id: str) -> Resp:
        item = self.media.get(media_id)
        if item is None or item["state"] != "uploading":
            return self._bad([f"media {media_id} is not an open upload"])
        indexes = sorted(item["chunks"])
        size = sum(len(c) for c in item["chunks"].values())
        if indexes != list(range(len(indexes))) or size != item["total"]:
            return self._bad([f"finalize: got {size} of {item['total']} bytes in segments {indexes}"])
        data = {"id": media_id, "media_key": item["media_key"], "size": size, "expires_after_secs": 86400}
        processed = item["category"] in ("tweet_video", "tweet_gif", "amplify_video", "dm_video", "dm_gif")
        item["error"] = self._processing_error(item) if processed else None
        if processed and item["polls"] > 0:
            item["state"] = "pending"
            data["processing_info"] = {"state": "pending", "check_after_secs": 1}
        elif item["error"] is not None:
            item["state"] = "failed"
            data["processing_info"] = {"state": "failed", "progress_percent": 100, "error": item["error"]}
        else:
            item["state"] = "succeeded"
        return Resp(200, {"data": data})

    def _too_big(self, limit: int) -> Resp:
        return problem(
            400,
            "invalid-request",
            "Invalid Request",
            "One or more parameters to your request was invalid.",
            errors=[{"message": f"File size exceeds {limit} bytes."}],
        )

    def _processing_error(self, item: dict[str, Any]) -> dict[str, Any] | None:
        """Why X's processing would fail this media (None: it passes), from its bytes."""
        data = b"".join(item["chunks"][i] for i in sorted(item["chunks"]))
        found = probe_gif(data) if item["category"].endswith("_gif") else probe_video(data)
        if found is None:
            return {"code": 1, "name": "InvalidMedia", "message": "file is invalid"} if self.strict_media else None
        if item["category"].endswith("_gif"):
            width, height, frames = found
            if width > 1280 or height > 1080 or frames > 350:
                return {
                    "code": 3,
                    "name": "UnsupportedMedia",
                    "message": f"GIF {width}x{height} with {frames} frames exceeds 1280x1080 or 350 frames",
                }
            return None
        width, height, seconds = found
        long_max, short_max = self.video_max_frame
        if seconds < 0.5:
            return {
                "code": 3,
                "name": "UnsupportedMedia",
                "message": f"Duration {seconds:.3f} seconds is below min duration of 0.5 seconds",
            }
        if seconds > 140:
            return {
                "code": 3,
                "name": "UnsupportedMedia",
                "message": f"Duration {seconds:.3f} seconds exceeds max duration of 2.minutes+20.seconds",
            }
        if (
            min(width, height) < 32
            or max(width, height) > long_max
            or min(width, height) > short_max
            or max(width, height) > 3 * min(width, height)
        ):
            return {"code": 3, "name": "UnsupportedMedia", "message": f"Invalid dimensions {width}x{height}"}
        return None

    def _status(self, req: Req) -> Resp:
        problems = spec().check_query("GET", "/2/media/upload", req.query)
        if problems:
            return self._bad(problems)
        item = self.media.get(req.query["media_id"][-1])
        if item is None:
            return problem(404, "resource-not-found", "Not Found Error", "media not found")
        if item["state"] in ("pending", "in_progress"):
            item["polls"] -= 1
            if item["polls"] > 0:
                item["state"] = "in_progress"
            else:
                item["state"] = "failed" if item.get("error") else "succeeded"
        info: dict[str, Any] = {"state": item["state"]}
        if item["state"] == "failed":
            info.update(progress_percent=100, error=item["error"])
        elif item["state"] != "succeeded":
            info.update(check_after_secs=1, progress_percent=50)
        return Resp(200, {"data": {"id": item["id"], "media_key": item["media_key"], "processing_info": info}})

    def _metadata(self, req: Req) -> Resp:
        try:
            body = req.json()
        except ValueError:
            return self._bad(["body is not JSON"])
        problems = spec().check_body("POST", "/2/media/metadata", "application/json", body)
        if problems:
            return self._bad(problems)
        item = self.media.get(body["id"])
        if item is None:
            return problem(404, "resource-not-found", "Not Found Error", "media not found")
        item["alt"] = body.get("metadata", {}).get("alt_text", {}).get("text")
        return Resp(200, {"data": {"id": body["id"], "associated_metadata": True}})


def probe_video(data: bytes) -> tuple[int, int, float] | None:
    """(width, height, seconds) of a video's bytes, or None when PyAV cannot read them."""
    import av

    try:
        with av.open(io.BytesIO(data)) as container:
            stream = next(iter(container.streams.video), None)
            if stream is None:
                return None
            if container.duration is not None:
                seconds = container.duration / av.time_base
            elif stream.duration is not None and stream.time_base is not None:
                seconds = float(stream.duration * stream.time_base)
            else:
                return None
            return stream.codec_context.width, stream.codec_context.height, seconds
    except (av.FFmpegError, ValueError, OSError, StopIteration):
        return None


def probe_gif(data: bytes) -> tuple[int, int, int] | None:
    """(width, height, frames) of a GIF's bytes, or None when Pillow cannot read them."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            return image.width, image.height, getattr(image, "n_frames", 1)
    except (OSError, ValueError):
        return None
