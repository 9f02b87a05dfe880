"""A fake of the Instagram API with Instagram Login (graph.instagram.com) on a real local socket.

Written from Meta's pages (checked this session; each rule cites its page):
- Content publishing, https://developers.facebook.com/docs/instagram-platform/content-publishing/ :
  POST /{ig-user-id}/media makes a container (image_url for an image; media_type=REELS with
  video_url, share_to_feed, cover_url, thumb_offset; media_type=STORIES with image_url or
  video_url; is_carousel_item=true children — media_type=VIDEO for a carousel video — then
  media_type=CAROUSEL with `children`), GET /{container-id}?fields=status_code answers
  IN_PROGRESS, FINISHED, ERROR, EXPIRED or PUBLISHED, POST /{ig-user-id}/media_publish with
  creation_id publishes. "We cURL media used in publishing attempts, so the media must be hosted
  on a publicly accessible server": the fake really downloads the URL it was given (from the
  media relay on the test S3 server), so an expired or wrong presigned URL fails as on Meta.
  "alt_text field for image posts ... Reels and stories are not supported" (since 2025-03-24).
- IG User Media, https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media :
  containers expire after 24 hours; 400 containers per 24 hours; caption 2,200 characters, 30
  hashtags, 20 @-tags; carousels up to 10 children; images JPEG, 8 MB, ratio 4:5 to 1.91:1;
  Reels 3 s to 15 min, ratio 0.01:1 to 10:1; collaborators up to 3; media_type VIDEO for a
  single video is gone (single videos are Reels since 2023-07-01). GET /{ig-user-id}/media lists
  the account's media (fields id, caption, media_type, timestamp, permalink).
- IG Container, https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-container :
  fields status_code and status ("Error: ... (subcode)"); permissions instagram_business_basic +
  instagram_business_content_publish.
- IG User Media Publish, https://developers.facebook.com/documentation/instagram-platform/
  instagram-graph-api/reference/ig-user/media_publish :
  "An Instagram professional account can only publish 50 posts within a 24 hour moving period"
  (carousels count once); over it, code 9 subcode 2207042.
- IG User Content Publishing Limit, https://developers.facebook.com/documentation/instagram-platform/
  instagram-graph-api/reference/ig-user/content_publishing_limit :
  GET /{ig-user-id}/content_publishing_limit?fields=quota_usage,config answers
  {"data": [{"quota_usage": n, "config": {"quota_total": 50, "quota_duration": 86400}}]}.
- Error codes, https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/error-codes :
  36000/2207004 image too large ("less than 8 MiB"), 36001/2207005 image format not supported,
  36003/2207009 aspect ratio not supported, 9004/2207052 media could not be fetched from the
  URI, 352/2207026 video format not supported, 9007/2207027 media not ready for publishing,
  9/2207042 too many posts in 24 hours, 1/2207057 thumbnail offset outside the video,
  24/2207006 media not found (U: the subcode numbers beyond those quoted in the page's table
  excerpt are as Meta's table lists them; not every row was re-read this session). An invalid
  or expired token is OAuthException code 190; a missing permission is code 10; 4/17/32/613
  are rate limits (Graph API error handling).
- Comment moderation, https://developers.facebook.com/docs/instagram-platform/comment-moderation :
  GET /{ig-media-id}/comments, POST /{ig-media-id}/comments?message=, POST
  /{ig-comment-id}/replies?message=, POST /{ig-comment-id}?hide=true|false, DELETE
  /{ig-comment-id}; instagram_business_basic + instagram_business_manage_comments.
- Instagram Media Insights, https://developers.facebook.com/documentation/instagram-platform/
  reference/instagram-media/insights :
  GET /{ig-media-id}/insights?metric=... with instagram_business_manage_insights; `views`
  replaces impressions/plays (deprecated April 2025); Story media have no likes, comments or
  saved; "Insights data is not available for any media within an Instagram Media album".
- Deleting media: DELETE /{ig-media-id} is for the Instagram API with Facebook Login only
  (instagram_manage_contents); with Instagram Login the call is refused (U: third-party
  copies; Meta's IG Media reference lists no delete for Instagram Login).

Stricter than the real API on purpose: unknown parameters are refused (code 100).
"""

from __future__ import annotations

import io
import itertools
import re
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.fakes.http_fake import FakeRequest, FakeResponse
from tests.fakes.x_api import probe_video

VERSION = "v23.0"
USER_ID = "17841400000000042"
CAPTION_LIMIT, HASHTAG_LIMIT, MENTION_LIMIT = 2200, 30, 20
CAROUSEL_MIN, CAROUSEL_MAX = 2, 10
IMAGE_MAX_BYTES = 8 * 1024**2
VIDEO_MAX_BYTES = 300 * 1024**2
POST_QUOTA = 50
ALL_SCOPES = frozenset(
    {
        "instagram_business_basic",
        "instagram_business_content_publish",
        "instagram_business_manage_comments",
        "instagram_business_manage_insights",
    }
)
_BASIC = "instagram_business_basic"
_PUBLISH = {_BASIC, "instagram_business_content_publish"}
_COMMENTS = {_BASIC, "instagram_business_manage_comments"}
_INSIGHTS = {_BASIC, "instagram_business_manage_insights"}
_CREATE_PARAMS = {
    "media_type",
    "image_url",
    "video_url",
    "caption",
    "is_carousel_item",
    "children",
    "alt_text",
    "location_id",
    "user_tags",
    "collaborators",
    "cover_url",
    "thumb_offset",
    "share_to_feed",
    "audio_name",
    "upload_type",
    "product_tags",
    "trial_params",
    "access_token",
}
_METRICS = {
    "FEED": {"reach", "likes", "comments", "shares", "saved", "views", "total_interactions"},
    "REELS": {
        "reach",
        "likes",
        "comments",
        "shares",
        "saved",
        "views",
        "total_interactions",
        "ig_reels_avg_watch_time",
        "ig_reels_video_view_total_time",
    },
    "STORY": {"reach", "replies", "shares", "views", "navigation", "total_interactions"},
}


def _error(
    status: int,
    message: str,
    code: int,
    subcode: int | None = None,
    *,
    kind: str = "OAuthException",
    user_msg: str = "",
) -> FakeResponse:
    body: dict[str, Any] = {"message": message, "type": kind, "code": code, "fbtrace_id": "AfakeIgTrace"}
    if subcode is not None:
        body["error_subcode"] = subcode
        body["is_transient"] = False
    if user_msg:
        body["error_user_msg"] = user_msg
    return FakeResponse(status, {"error": body})


def _invalid(message: str) -> FakeResponse:
    return _error(400, f"(#100) {message}", 100, kind="IGApiException")


@dataclass
class Container:
    id: str
    params: dict[str, str]
    status: str = "IN_PROGRESS"
    status_detail: str = ""
    polls_left: int = 0
    created: datetime = field(default_factory=lambda: datetime(2026, 5, 12, 9, 0, tzinfo=UTC))


@dataclass
class InstagramFake:
    """The fake network's state and request handler (serve it with `FakeHTTPServer`).

    Attributes:
        token: the one valid access token (change it to make the current one expire).
        scopes: the permissions the token was granted.
        image_polls, video_polls, carousel_polls: status reads a container of that kind stays
            IN_PROGRESS before FINISHED (Meta processes media asynchronously).
        video_error: when set, a video container ends in ERROR with this subcode after its polls.
        containers, media: containers made and media published, by id.
        comments: comments by id (dicts with media_id, parent_id, text, username, hidden ...).
        sent: every accepted container creation's parameters, in order.
        fetched: (URL, HTTP status) of every media download, in order.
        before_fetch: called with a URL just before the download (a test moves the relay's clock).
        used_elsewhere: posts published in the last 24 hours by other apps (count against the quota).
        published_early: publish calls refused because the container was not FINISHED yet.
        last_image_ratio: width / height of the last feed image downloaded.
        clock: the fake's time (timestamps, the 24-hour window, container expiry).
    """

    token: str = "ig-token-1"
    scopes: frozenset[str] = ALL_SCOPES
    image_polls: int = 0
    video_polls: int = 2
    carousel_polls: int = 1
    video_error: int | None = None
    containers: dict[str, Container] = field(default_factory=dict)
    media: dict[str, dict[str, Any]] = field(default_factory=dict)
    comments: dict[str, dict[str, Any]] = field(default_factory=dict)
    sent: list[dict[str, str]] = field(default_factory=list)
    fetched: list[tuple[str, int]] = field(default_factory=list)
    before_fetch: Callable[[str], None] | None = None
    used_elsewhere: int = 0
    published_early: int = 0
    last_image_ratio: float | None = None
    clock: datetime = field(default_factory=lambda: datetime(2026, 5, 12, 9, 0, tzinfo=UTC))
    _ids: itertools.count = field(default_factory=lambda: itertools.count(17900000000000001))

    # -- plumbing ---------------------------------------------------------------------------

    def __call__(self, request: FakeRequest) -> FakeResponse:
        params = dict(request.query)
        if request.method == "POST" and request.body:
            if "application/x-www-form-urlencoded" not in request.headers.get("content-type", ""):
                return _invalid("Unsupported post request: send form parameters")
            params.update(request.form())
        token = request.bearer or params.pop("access_token", "")
        if token != self.token:
            return _error(400, "Error validating access token: Session has expired", 190, 463)
        parts = request.path.strip("/").split("/")
        if not parts or parts[0] != VERSION:
            return _error(400, "Unknown path components", 2500)
        parts = parts[1:]
        method = request.method
        if len(parts) == 2 and parts[0] in (USER_ID, "me"):
            route = {
                ("POST", "media"): (_PUBLISH, self._create),
                ("POST", "media_publish"): (_PUBLISH, self._publish),
                ("GET", "content_publishing_limit"): (_PUBLISH, self._limit),
                ("GET", "media"): ({_BASIC}, self._list),
                ("GET", "stories"): ({_BASIC}, self._stories),
            }.get((method, parts[1]))
            if route is not None:
                return self._permitted(route[0]) or route[1](params)
        if parts == ["me"] and method == "GET":
            return self._permitted({_BASIC}) or FakeResponse(
                200, {"id": USER_ID, "user_id": USER_ID, "username": "fake_creator"}
            )
        if len(parts) == 1 and method == "GET":
            return self._permitted({_BASIC}) or self._get(parts[0], params)
        if len(parts) == 1 and method == "DELETE":
            if parts[0] in self.comments:
                return self._permitted(_COMMENTS) or self._delete_comment(parts[0])
            if parts[0] in self.media:
                # DELETE /{ig-media-id} is Facebook Login only (instagram_manage_contents).
                return _invalid("Unsupported delete request. Object with ID does not support this operation")
            return _error(
                400,
                f"Unsupported delete request. Object with ID '{parts[0]}' does not exist, cannot "
                "be loaded due to missing permissions, or does not support this operation",
                100,
                33,
                kind="GraphMethodException",
            )
        if len(parts) == 1 and method == "POST" and parts[0] in self.comments:
            return self._permitted(_COMMENTS) or self._hide(parts[0], params)
        if len(parts) == 2 and parts[1] == "comments":
            if method == "GET":
                return self._permitted(_COMMENTS) or self._list_comments(parts[0], params)
            if method == "POST":
                return self._permitted(_COMMENTS) or self._comment(parts[0], None, params)
        if len(parts) == 2 and parts[1] == "replies" and method == "POST":
            return self._permitted(_COMMENTS) or self._reply(parts[0], params)
        if len(parts) == 2 and parts[1] == "insights" and method == "GET":
            return self._permitted(_INSIGHTS) or self._insights(parts[0], params)
        return _error(400, f"Unsupported {method} request: {request.path}", 100, 33, kind="GraphMethodException")

    def _permitted(self, needed: set[str]) -> FakeResponse | None:
        missing = sorted(needed - self.scopes)
        if missing:
            return _error(403, f"(#10) Application does not have permission for this action: {missing}", 10)
        return None

    def _window(self) -> int:
        since = self.clock - timedelta(hours=24)
        return sum(1 for m in self.media.values() if m["published_at"] > since) + self.used_elsewhere

    def _limit(self, params: dict[str, str]) -> FakeResponse:
        fields = [f for f in params.get("fields", "quota_usage").split(",") if f]
        values = {"quota_usage": self._window(), "config": {"quota_total": POST_QUOTA, "quota_duration": 86400}}
        unknown = set(fields) - set(values)
        if unknown:
            return _invalid(f"Tried accessing nonexisting field {sorted(unknown)}")
        return FakeResponse(200, {"data": [{f: values[f] for f in fields}]})

    # -- containers -------------------------------------------------------------------------

    def _create(self, params: dict[str, str]) -> FakeResponse:
        unknown = set(params) - _CREATE_PARAMS
        if unknown:
            return _invalid(f"Invalid parameter: {sorted(unknown)}")
        kind = params.get("media_type", "")
        item = params.get("is_carousel_item", "false")
        if item not in ("true", "false"):
            return _invalid("is_carousel_item must be a boolean")
        caption = params.get("caption", "")
        if len(caption) > CAPTION_LIMIT:
            return _error(400, "The caption is too long", 100, 2207010, user_msg="The caption is too long.")
        if (
            len(re.findall(r"(?<!\w)#\w", caption)) > HASHTAG_LIMIT
            or len(re.findall(r"(?<!\w)@[\w.]", caption)) > MENTION_LIMIT
        ):
            return _invalid("The caption has too many hashtags or mentions")
        if "alt_text" in params and (kind or "IMAGE") != "IMAGE":
            return _invalid("alt_text is only supported on image posts")
        if kind == "VIDEO" and item != "true":
            return _invalid("The VIDEO media_type is no longer supported; use REELS")
        if "collaborators" in params:
            names = [n for n in re.split(r"[\s,\[\]\"']+", params["collaborators"]) if n]
            if kind == "STORIES" or len(names) > 3:
                return _invalid("collaborators: up to 3 usernames, not on stories")
        if item == "true" and caption:
            return _invalid("A carousel item takes no caption")
        container = Container(str(next(self._ids)), params, created=self.clock)
        if kind == "CAROUSEL":
            children = [c for c in params.get("children", "").split(",") if c]
            if not CAROUSEL_MIN <= len(children) <= CAROUSEL_MAX:
                return _invalid(f"children must list {CAROUSEL_MIN} to {CAROUSEL_MAX} carousel item containers")
            for child in children:
                found = self.containers.get(child)
                if found is None or found.params.get("is_carousel_item") != "true" or found.status != "FINISHED":
                    return _invalid(f"{child} is not a finished carousel item container")
            container.polls_left = self.carousel_polls
        elif kind in ("", "IMAGE") or (kind == "STORIES" and "image_url" in params):
            refused = self._fetch_image(params.get("image_url", ""), kind)
            if refused is not None:
                return refused
            container.polls_left = self.image_polls
        elif kind in ("REELS", "STORIES", "VIDEO"):
            detail = self._fetch_video(params.get("video_url", ""), kind, params.get("thumb_offset"))
            if detail:
                container.status, container.status_detail = "ERROR", detail
            container.polls_left = self.video_polls
            if "cover_url" in params:
                refused = self._fetch_image(params["cover_url"], "COVER")
                if refused is not None:
                    return refused
        else:
            return _error(400, "The media type is not supported", 100, 2207023)
        self.containers[container.id] = container
        self.sent.append(dict(params))
        return FakeResponse(200, {"id": container.id})

    def _download(self, url: str, limit: int) -> bytes | None:
        if not url.startswith(("http://", "https://")):
            self.fetched.append((url, 0))
            return None
        if self.before_fetch is not None:
            self.before_fetch(url)
        try:
            with urllib.request.urlopen(url, timeout=10) as answer:
                data = answer.read(limit + 1)
                self.fetched.append((url, answer.status))
                return data
        except urllib.error.HTTPError as exc:
            self.fetched.append((url, exc.code))
        except OSError:
            self.fetched.append((url, 0))
        return None

    def _fetch_image(self, url: str, kind: str) -> FakeResponse | None:
        """Images are fetched while the container is made: a failure answers the call itself."""
        data = self._download(url, IMAGE_MAX_BYTES)
        if data is None:
            return _error(
                400,
                "Media download has failed. The media URI doesn't meet our requirements.",
                9004,
                2207052,
                user_msg="The media could not be fetched from this URI.",
            )
        if len(data) > IMAGE_MAX_BYTES:
            return _error(
                400,
                "The image size is too large.",
                36000,
                2207004,
                user_msg="The image is too large to download. It should be less than 8 MiB.",
            )
        if not data.startswith(b"\xff\xd8\xff"):
            return _error(
                400,
                "The image format is not supported.",
                36001,
                2207005,
                user_msg="The image format is not supported. Supported formats are: JPEG",
            )
        if kind in ("", "IMAGE"):
            from PIL import Image

            with Image.open(io.BytesIO(data)) as image:
                ratio = image.width / image.height
            self.last_image_ratio = ratio
            if not 0.8 - 1e-9 <= ratio <= 1.91 + 1e-9:
                return _error(
                    400,
                    "The aspect ratio is not supported.",
                    36003,
                    2207009,
                    user_msg=f"The submitted image with aspect ratio ('{ratio:.2f}') cannot be "
                    "published. Please submit an image with a valid aspect ratio.",
                )
        return None

    def _fetch_video(self, url: str, kind: str, thumb_offset: str | None) -> str:
        """Videos are fetched and processed after the call: a failure ends the container in ERROR."""
        data = self._download(url, VIDEO_MAX_BYTES)
        if data is None:
            return "Error: Media download has failed. The media URI doesn't meet our requirements. (2207052)"
        if len(data) > VIDEO_MAX_BYTES:
            return "Error: The video file is too large. (2207004)"
        if data[4:8] != b"ftyp":
            return "Error: The video format is not supported. Please check spec for supported formats. (2207026)"
        facts = probe_video(data)
        if facts is not None:
            width, height, seconds = facts
            if kind == "REELS" and not 3.0 <= seconds <= 900.0:
                return "Error: The video is too long or too short. (2207026)"
            if kind == "STORIES" and not 3.0 <= seconds <= 60.0:
                return "Error: The story video must be 3 to 60 seconds long. (2207026)"
            if thumb_offset is not None and not 0 <= int(thumb_offset) < seconds * 1000:
                return (
                    f"Error: Thumbnail offset must be greater than or equal to 0 and less than video duration, "
                    f"i.e. {int(seconds * 1000)} (2207057)"
                )
            if kind == "REELS" and not 0.01 <= width / height <= 10:
                return "Error: The aspect ratio is not supported. (2207009)"
        return ""

    def _publish(self, params: dict[str, str]) -> FakeResponse:
        container = self.containers.get(params.get("creation_id", ""))
        if container is None:
            return _error(400, "Media ID is not available", 24, 2207006, user_msg="The media was not found.")
        if container.params.get("is_carousel_item") == "true":
            return _invalid("A carousel item cannot be published on its own")
        if container.status == "PUBLISHED":
            return _invalid("This container has already been published")
        if self.clock - container.created > timedelta(hours=24):
            container.status = "EXPIRED"
        if container.status in ("ERROR", "EXPIRED"):
            return _error(400, "The media you are trying to access has expired or failed", -2, 2207020)
        if container.status != "FINISHED":
            self.published_early += 1
            return _error(
                400,
                "Media is not ready to be published. Please wait a moment.",
                9007,
                2207027,
                user_msg="The media is not ready for publishing, please wait for a moment",
            )
        if self._window() >= POST_QUOTA:
            return _error(
                400,
                "Application request limit reached",
                9,
                2207042,
                user_msg="You reached maximum number of posts that is allowed to be published by "
                "Content Publishing API.",
            )
        container.status = "PUBLISHED"
        media_id = str(next(self._ids))
        kind = container.params.get("media_type") or "IMAGE"
        product = {"REELS": "REELS", "STORIES": "STORY"}.get(kind, "FEED")
        self.media[media_id] = {
            "id": media_id,
            "caption": container.params.get("caption", ""),
            "media_type": {"CAROUSEL": "CAROUSEL_ALBUM", "REELS": "VIDEO", "STORIES": "IMAGE"}.get(kind, "IMAGE"),
            "media_product_type": product,
            "timestamp": self.clock.strftime("%Y-%m-%dT%H:%M:%S+0000"),
            "permalink": f"https://www.instagram.com/p/FAKE{media_id[-6:]}/",
            "username": "fake_creator",
            "published_at": self.clock,
            "container": container.id,
            "share_to_feed": container.params.get("share_to_feed"),
            "reach": 0,
            "likes": 0,
            "comments": 0,
            "shares": 0,
            "saved": 0,
            "views": 0,
            "replies": 0,
        }
        return FakeResponse(200, {"id": media_id})

    # -- reading ----------------------------------------------------------------------------

    def _get(self, object_id: str, params: dict[str, str]) -> FakeResponse:
        fields = [f for f in params.get("fields", "id").split(",") if f]
        if object_id in self.containers:
            c = self.containers[object_id]
            if c.status == "IN_PROGRESS":
                if c.polls_left > 0:
                    c.polls_left -= 1
                elif c.params.get("media_type") in ("REELS", "STORIES", "VIDEO") and self.video_error:
                    c.status, c.status_detail = (
                        "ERROR",
                        f"Error: Media upload has failed with error code {self.video_error}",
                    )
                else:
                    c.status = "FINISHED"
            elif c.status == "ERROR" and c.polls_left > 0:
                c.polls_left -= 1  # a processing failure shows after the processing time
                values = {"id": c.id, "status_code": "IN_PROGRESS", "status": "In Progress"}
                return FakeResponse(200, {f: values[f] for f in fields if f in values} | {"id": c.id})
            values = {"id": c.id, "status_code": c.status, "status": c.status_detail or c.status.title()}
            bad = set(fields) - set(values)
        elif object_id in self.media:
            values = self.media[object_id]
            bad = set(fields) - (set(values) | {"like_count", "comments_count"})
        else:
            return _error(
                400,
                f"Unsupported get request. Object with ID '{object_id}' does not exist",
                100,
                33,
                kind="GraphMethodException",
            )
        if bad:
            return _invalid(f"Tried accessing nonexisting field {sorted(bad)}")
        return FakeResponse(200, {f: values[f] for f in fields if f in values} | {"id": object_id})

    def _list(self, params: dict[str, str]) -> FakeResponse:
        fields = [f for f in params.get("fields", "id").split(",") if f]
        allowed = {"id", "caption", "media_type", "media_product_type", "timestamp", "permalink", "username"}
        if set(fields) - allowed:
            return _invalid(f"Tried accessing nonexisting field {sorted(set(fields) - allowed)}")
        limit = int(params.get("limit", "25"))
        found = [
            {f: m[f] for f in fields if f in m}
            for m in reversed(self.media.values())
            if m["media_product_type"] != "STORY"
        ]  # stories are listed at /stories
        return FakeResponse(200, {"data": found[:limit], "paging": {}})

    def _stories(self, params: dict[str, str]) -> FakeResponse:
        fields = [f for f in params.get("fields", "id").split(",") if f]
        found = [
            {f: m[f] for f in fields if f in m}
            for m in reversed(self.media.values())
            if m["media_product_type"] == "STORY" and m["published_at"] > self.clock - timedelta(hours=24)
        ]
        return FakeResponse(200, {"data": found, "paging": {}})

    # -- comments ---------------------------------------------------------------------------

    def add_comment(self, media_id: str, text: str, username: str = "a_follower") -> str:
        """Someone else comments on `media_id`; returns the comment id."""
        comment_id = str(next(self._ids))
        self.comments[comment_id] = {
            "id": comment_id,
            "media_id": media_id,
            "parent_id": None,
            "text": text,
            "username": username,
            "from": {"id": "178" + comment_id[-8:], "username": username},
            "hidden": False,
            "timestamp": self.clock.strftime("%Y-%m-%dT%H:%M:%S+0000"),
            "like_count": 0,
        }
        return comment_id

    def _comment(self, media_id: str, parent: str | None, params: dict[str, str]) -> FakeResponse:
        if media_id not in self.media:
            return _error(
                400,
                f"Unsupported post request. Object with ID '{media_id}' does not exist",
                100,
                33,
                kind="GraphMethodException",
            )
        message = params.get("message", "")
        if not message or set(params) - {"message"}:
            return _invalid("The parameter message is required (and nothing else)")
        if len(message) > 2200:
            return _invalid("The comment is too long")
        comment_id = str(next(self._ids))
        self.comments[comment_id] = {
            "id": comment_id,
            "media_id": media_id,
            "parent_id": parent,
            "text": message,
            "username": "fake_creator",
            "from": {"id": USER_ID, "username": "fake_creator"},
            "hidden": False,
            "timestamp": self.clock.strftime("%Y-%m-%dT%H:%M:%S+0000"),
            "like_count": 0,
        }
        return FakeResponse(200, {"id": comment_id})

    def _reply(self, comment_id: str, params: dict[str, str]) -> FakeResponse:
        parent = self.comments.get(comment_id)
        if parent is None:
            return _invalid("Unsupported post request. The comment does not exist")
        if parent["parent_id"] is not None:
            return _invalid("Replies can only be made to top-level comments")
        return self._comment(parent["media_id"], comment_id, params)

    def _list_comments(self, media_id: str, params: dict[str, str]) -> FakeResponse:
        if media_id not in self.media:
            return _error(
                400,
                f"Unsupported get request. Object with ID '{media_id}' does not exist",
                100,
                33,
                kind="GraphMethodException",
            )
        fields = [f for f in params.get("fields", "id,text,timestamp").split(",") if f]
        allowed = {"id", "text", "timestamp", "username", "from", "hidden", "like_count", "parent_id", "media"}
        if set(fields) - allowed:
            return _invalid(f"Tried accessing nonexisting field {sorted(set(fields) - allowed)}")
        # Top-level comments only; replies are at /{comment-id}/replies (IG Comment reference).
        top = [c for c in self.comments.values() if c["media_id"] == media_id and c["parent_id"] is None]
        data = [{f: c[f] for f in fields if f in c and c[f] is not None} | {"id": c["id"]} for c in reversed(top)]
        return FakeResponse(200, {"data": data, "paging": {}})

    def _hide(self, comment_id: str, params: dict[str, str]) -> FakeResponse:
        if params.get("hide") not in ("true", "false") or set(params) != {"hide"}:
            return _invalid("hide must be true or false")
        comment = self.comments[comment_id]
        if comment["from"]["id"] == USER_ID:
            return _invalid("You cannot hide your own comment")
        comment["hidden"] = params["hide"] == "true"
        return FakeResponse(200, {"success": True})

    def _delete_comment(self, comment_id: str) -> FakeResponse:
        for child in [c for c, v in self.comments.items() if v["parent_id"] == comment_id]:
            del self.comments[child]
        del self.comments[comment_id]
        return FakeResponse(200, {"success": True})

    # -- insights ---------------------------------------------------------------------------

    def _insights(self, media_id: str, params: dict[str, str]) -> FakeResponse:
        media = self.media.get(media_id)
        if media is None:
            return _error(
                400,
                f"Unsupported get request. Object with ID '{media_id}' does not exist",
                100,
                33,
                kind="GraphMethodException",
            )
        names = [m for m in params.get("metric", "").split(",") if m]
        allowed = _METRICS[media["media_product_type"]]
        bad = set(names) - allowed
        if not names or bad:
            return _error(
                400,
                f"(#100) metric[{len(names)}] must be one of the following values: {', '.join(sorted(allowed))}",
                100,
                2108006,
                kind="IGApiException",
            )
        data = [
            {
                "name": n,
                "period": "lifetime",
                "values": [{"value": media.get(n, 0)}],
                "title": n.title(),
                "id": f"{media_id}/insights/{n}/lifetime",
            }
            for n in names
        ]
        return FakeResponse(200, {"data": data})
