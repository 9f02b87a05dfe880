"""A fake Pinterest API v5 (boards, sections, pins, video media, pin analytics) on 127.0.0.1.

Written from Pinterest's own OpenAPI description of API v5 (`/work/shared/specs/pinterest/
openapi.v5.json`, servers `https://api.pinterest.com/v5`) and developers.pinterest.com
(create-boards-and-pins, rate-limits, set-up-authentication-and-authorization). Every request is
checked against the spec: the path must be one of its operations, the query string its
parameters (types, enums, required ones), the JSON body its schema (`closed`: a key the schema
does not name is refused, as a client bug). Also enforced:

- OAuth scopes per operation, read from each operation's `security` under the scheme
  `pinterest_oauth2` (e.g. `POST /pins` needs boards:read, boards:write, pins:read, pins:write);
  a token without them gets 403 with Pinterest's error body. Tokens hold, unless a test says
  otherwise, exactly the scopes Postdesk's Pinterest sign-in requests. `scopes_used` records the
  alternatives each call needed;
- errors in the spec's `Pinterest.Lib.Error` / `Error` shape `{code, message}`; a 429 has that
  body and no rate-limit header (the spec documents none for v5; the rate-limits page gives the
  budgets per minute for Standard access and per day for Trial access);
- `media_source`: `image_base64` (content_type image/jpeg or image/png — the spec's
  `ContentType` enum — that must match the bytes), `multiple_image_base64` with 2 to 5 items
  (`minItems`/`maxItems`), `video_id` naming a media upload of this user that has `succeeded`,
  with a cover (`cover_image_url`, `cover_image_data` + `cover_image_content_type`, or
  `cover_image_key_frame_time`: Pinterest's guide makes the cover part of a video Pin; U);
- the board (and section) must exist and be the user's; a Pin's title at most 100, its
  description 800 and alt text 500 characters (the spec's `maxLength`s);
- video: `POST /media` registers an upload and answers an S3-style `upload_url` (this server,
  `/upload-bucket/`) with `upload_parameters`; the upload is a multipart POST that must carry
  every upload parameter and the `file` field, and no Authorization header (S3 refuses a second
  auth mechanism beside the POST policy). The media then stays `processing` for
  `processing_polls` status reads and ends `succeeded`, or `failed` when `fail_processing`;
- analytics: `start_date` at most 90 days before today, `end_date` not before it and at most
  90 days after it (the parameters' descriptions); `metric_types` comma-separated (`explode:
  false`). The spec's `oneOf` over two enums that share values (IMPRESSION is in both) is read as
  "any of", which is what the server accepts.
"""

from __future__ import annotations

import base64
import binascii
import copy
import itertools
import threading
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from postdesk.auth.profiles.pinterest import PROFILE
from tests.fakes.api_server import Req, Resp
from tests.fakes.openapi_check import SPECS, OpenApi

SPEC_PATH = SPECS / "pinterest" / "openapi.v5.json"
SCHEME = "pinterest_oauth2"
PREFIX = "/v5"
UPLOAD_PATH = "/upload-bucket/"


@cache
def spec() -> OpenApi:
    """Pinterest's API v5 OpenAPI document (loaded once per process)."""
    return OpenApi(Path(SPEC_PATH))


def _error(status: int, code: int, message: str) -> Resp:
    return Resp(status, {"code": code, "message": message})


def _sniff(data: bytes) -> str | None:
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    return None


@dataclass
class FakePin:
    """A Pin as the fake keeps it."""

    id: str
    board_id: str
    section_id: str | None
    title: str | None
    description: str | None
    link: str | None
    alt_text: str | None
    media_type: str
    images: list[bytes]
    created_at: datetime
    cover: dict[str, Any] = field(default_factory=dict)
    video_media_id: str | None = None

    def json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "board_id": self.board_id,
            "board_section_id": self.section_id,
            "title": self.title,
            "description": self.description,
            "link": self.link,
            "alt_text": self.alt_text,
            "is_owner": True,
            "created_at": self.created_at.strftime("%Y-%m-%dT%H:%M:%S"),
            "media": {"media_type": self.media_type},
        }


@dataclass
class FakeMedia:
    """A registered video upload."""

    id: str
    parameters: dict[str, str]
    uploaded: bytes | None = None
    polls: int = 0
    status: str = "registered"


class FakePinterest:
    """The fake network; serve it with `ApiServer(FakePinterest())` and set `base`.

    Attributes:
        base: the server's own URL (upload URLs point back at it).
        now: the fake's clock (tests move it).
        tokens: access token -> the scopes it holds.
        boards: board id -> {id, name, description, privacy}.
        sections: board id -> list of {id, name}.
        pins: pin id -> the pin.
        media: media id -> the upload.
        scopes_used: (method, template) -> the scope alternatives that call needed.
        created: the JSON body of every accepted `POST /pins`, in order.
        processing_polls: status reads a video stays `processing` for.
        fail_processing: the next uploaded video ends `failed`.
        rate_limit_after: answer 429 once this many API calls have been served (None: never).
        trial_access: the app has Trial access: creating a Pin on the production host is refused
            (403, code 29, Pinterest's words: gitroomhq/postiz-app#1084; access-tiers page).
        metrics: pin id -> (lifetime metrics, summary metrics) answered by analytics.
    """

    def __init__(self, *, base: str = "", now: datetime | None = None) -> None:
        self.base = base
        self.now = now or datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
        self.tokens: dict[str, set[str]] = {"token-alice": set(PROFILE.scopes)}
        self.boards: dict[str, dict[str, Any]] = {}
        self.sections: dict[str, list[dict[str, str]]] = {}
        self.pins: dict[str, FakePin] = {}
        self.media: dict[str, FakeMedia] = {}
        self.scopes_used: dict[tuple[str, str], list[list[str]]] = {}
        self.created: list[dict[str, Any]] = []
        self.processing_polls = 1
        self.fail_processing = False
        self.rate_limit_after: int | None = None
        self.trial_access = False
        self.metrics: dict[str, tuple[dict[str, int], dict[str, float]]] = {}
        self.calls = 0
        self._ids = itertools.count(1000000000000000001)
        self._lock = threading.Lock()

    def _id(self) -> str:
        return str(next(self._ids))

    def add_board(self, name: str, *, privacy: str = "PUBLIC", sections: tuple[str, ...] = ()) -> str:
        """Give the user a board (with sections); returns its id."""
        board_id = self._id()
        self.boards[board_id] = {"id": board_id, "name": name, "description": "", "privacy": privacy}
        self.sections[board_id] = [{"id": self._id(), "name": s} for s in sections]
        return board_id

    # -- dispatch ---------------------------------------------------------------------------------

    def __call__(self, req: Req) -> Resp:
        with self._lock:
            if req.method == "POST" and req.path == UPLOAD_PATH:
                return self._upload(req)
            if not req.path.startswith(PREFIX + "/"):
                return _error(404, 404, "Not found.")
            path = req.path[len(PREFIX) :]
            template = spec().template_for(req.method, path)
            if template is None:
                return _error(404, 404, f"{req.method} {path} is not an operation of API v5")
            auth = req.headers.get("authorization", "")
            token_scopes = self.tokens.get(auth[7:]) if auth.lower().startswith("bearer ") else None
            if token_scopes is None:
                return _error(401, 2, "Authentication failed.")
            needed = spec().required_scopes(req.method, template, SCHEME)
            self.scopes_used[(req.method, template)] = needed
            if needed and not any(set(alt) <= token_scopes for alt in needed):
                return _error(
                    403,
                    3,
                    "Your application consumer type is not supported or the token does not have the required scope.",
                )
            problems = self._check_query(req, template)
            if req.method in ("POST", "PATCH") and "requestBody" in spec().operation(req.method, template):
                if req.content_type != "application/json":
                    return _error(400, 1, "Request body must be JSON.")
                try:
                    body = req.json()
                except ValueError:
                    return _error(400, 1, "Request body is not valid JSON.")
                problems += spec().check_body(req.method, template, "application/json", body, closed=True)
            else:
                body = None
            if problems:
                return _error(400, 1, "Invalid parameters: " + "; ".join(problems))
            self.calls += 1
            if self.rate_limit_after is not None and self.calls > self.rate_limit_after:
                # The spec's 429 is a Pinterest.Lib.Error; its code number is not documented (U).
                return _error(429, 429, "You have exceeded your rate limit. Try again later.")
            segments = path.strip("/").split("/")
            handler = getattr(
                self,
                "_"
                + req.method.lower()
                + "_"
                + template.strip("/").replace("/", "_").replace("{", "").replace("}", ""),
                None,
            )
            if handler is None:
                return _error(501, 501, f"the fake does not serve {req.method} {template}")
            return handler(req, segments, body)

    def _check_query(self, req: Req, template: str) -> list[str]:
        query = dict(req.query)
        metric_types = query.pop("metric_types", None)
        problems = spec().check_query(req.method, template, query)
        problems = [p for p in problems if not p.startswith("metric_types: required")]
        if template == "/pins/{pin_id}/analytics":
            allowed = {value for branch in _metric_branches() for value in branch}
            values = [v for item in (metric_types or []) for v in item.split(",")]
            if not values:
                problems.append("metric_types: required")
            problems += [f"metric_types: {v} is not a Pin metric type" for v in values if v not in allowed]
        elif metric_types is not None:
            problems.append("metric_types: not a query parameter")
        return problems

    def _get_user_account(self, req: Req, segments: list[str], body: Any) -> Resp:
        return Resp(
            200,
            {
                "account_type": "BUSINESS",
                "id": "549755885175",
                "username": "alice_makes",
                "business_name": "Alice Makes",
                "profile_image": "https://i.pinimg.com/a.jpg",
            },
        )

    # -- boards and sections ------------------------------------------------------------------------

    def _page(self, req: Req, items: list[dict[str, Any]]) -> Resp:
        size = int(req.query.get("page_size", ["25"])[-1])
        start = int(req.query.get("bookmark", ["0"])[-1] or 0)
        chunk = items[start : start + size]
        bookmark = str(start + size) if start + size < len(items) else None
        return Resp(200, {"items": chunk, "bookmark": bookmark})

    def _get_boards(self, req: Req, segments: list[str], body: Any) -> Resp:
        return self._page(req, [copy.deepcopy(b) for b in self.boards.values()])

    def _post_boards(self, req: Req, segments: list[str], body: Any) -> Resp:
        if not str(body.get("name") or "").strip():
            return _error(400, 1, "Board name is required.")
        if any(b["name"] == body["name"] for b in self.boards.values()):
            return _error(409, 58, "You already have a board with this name.")
        board_id = self.add_board(body["name"], privacy=body.get("privacy") or "PUBLIC")
        self.boards[board_id]["description"] = body.get("description") or ""
        return Resp(201, copy.deepcopy(self.boards[board_id]))

    def _get_boards_board_id_sections(self, req: Req, segments: list[str], body: Any) -> Resp:
        board_id = segments[1]
        if board_id not in self.boards:
            return _error(404, 40, "Board not found.")
        return self._page(req, [dict(s) for s in self.sections[board_id]])

    def _post_boards_board_id_sections(self, req: Req, segments: list[str], body: Any) -> Resp:
        board_id = segments[1]
        if board_id not in self.boards:
            return _error(404, 40, "Board not found.")
        if any(s["name"] == body["name"] for s in self.sections[board_id]):
            return _error(409, 409, "A section with this name already exists.")
        section = {"id": self._id(), "name": body["name"]}
        self.sections[board_id].append(section)
        return Resp(201, dict(section))

    def _get_boards_board_id_pins(self, req: Req, segments: list[str], body: Any) -> Resp:
        board_id = segments[1]
        if board_id not in self.boards:
            return _error(404, 40, "Board not found.")
        pins = sorted(
            (p for p in self.pins.values() if p.board_id == board_id), key=lambda p: p.created_at, reverse=True
        )
        return self._page(req, [p.json() for p in pins])

    # -- pins ---------------------------------------------------------------------------------------

    def _get_pins(self, req: Req, segments: list[str], body: Any) -> Resp:
        pins = sorted(self.pins.values(), key=lambda p: p.created_at, reverse=True)
        return self._page(req, [p.json() for p in pins])

    def _post_pins(self, req: Req, segments: list[str], body: Any) -> Resp:
        if self.trial_access:
            return _error(
                403,
                29,
                "Apps with Trial access may not create Pins in production "
                "https://api.pinterest.com - use API Sandbox https://api-sandbox.pinterest.com "
                "instead.",
            )
        board_id = body.get("board_id")
        if board_id not in self.boards:
            return _error(404, 40, "Board not found.")
        section_id = body.get("board_section_id")
        if section_id and section_id not in {s["id"] for s in self.sections[board_id]}:
            return _error(404, 41, "Board section not found.")
        source = body.get("media_source") or {}
        if not source:
            return _error(400, 1, "A Pin needs a media_source.")
        kind = source.get("source_type")
        images: list[bytes] = []
        cover: dict[str, Any] = {}
        media_id = None
        if kind == "image_base64":
            decoded = _decode(source.get("data", ""), source.get("content_type", ""))
            if isinstance(decoded, Resp):
                return decoded
            images, media_type = [decoded], "image"
        elif kind == "multiple_image_base64":
            for item in source.get("items", []):
                decoded = _decode(item.get("data", ""), item.get("content_type", ""))
                if isinstance(decoded, Resp):
                    return decoded
                images.append(decoded)
            media_type = "multiple_images"
        elif kind == "video_id":
            media_id = source.get("media_id")
            media = self.media.get(str(media_id))
            if media is None:
                return _error(404, 4, "Media not found.")
            if media.status != "succeeded":
                return _error(400, 1, f"Media upload {media_id} is {media.status}, not succeeded.")
            cover = {k: v for k, v in source.items() if k.startswith("cover_image")}
            if "cover_image_data" in cover:
                decoded = _decode(cover["cover_image_data"], cover.get("cover_image_content_type", ""))
                if isinstance(decoded, Resp):
                    return decoded
            elif "cover_image_url" not in cover and "cover_image_key_frame_time" not in cover:
                return _error(400, 1, "A video Pin needs a cover image.")
            media_type = "video"
        else:
            return _error(400, 1, f"The fake does not take media_source {kind}.")
        pin = FakePin(
            self._id(),
            board_id,
            section_id,
            body.get("title"),
            body.get("description"),
            body.get("link"),
            body.get("alt_text"),
            media_type,
            images,
            self.now,
            cover,
            media_id,
        )
        self.pins[pin.id] = pin
        self.created.append(copy.deepcopy(body))
        return Resp(201, pin.json())

    def _get_pins_pin_id(self, req: Req, segments: list[str], body: Any) -> Resp:
        pin = self.pins.get(segments[1])
        return Resp(200, pin.json()) if pin else _error(404, 50, "Pin not found.")

    def _delete_pins_pin_id(self, req: Req, segments: list[str], body: Any) -> Resp:
        if self.pins.pop(segments[1], None) is None:
            return _error(404, 50, "Pin not found.")
        return Resp(204)

    def _get_pins_pin_id_analytics(self, req: Req, segments: list[str], body: Any) -> Resp:
        pin = self.pins.get(segments[1])
        if pin is None:
            return _error(404, 50, "Pin not found.")
        try:
            start = date.fromisoformat(req.query["start_date"][-1])
            end = date.fromisoformat(req.query["end_date"][-1])
        except ValueError:
            return _error(400, 400, "Invalid pins analytics parameters.")
        today = self.now.date()
        if start < today - timedelta(days=90) or end < start or end > start + timedelta(days=90):
            return _error(400, 400, "Invalid pins analytics parameters.")
        wanted = req.query["metric_types"][-1].split(",")
        lifetime, summary = self.metrics.get(pin.id, ({}, {}))
        return Resp(
            200,
            {
                "all": {
                    "lifetime_metrics": {k: v for k, v in lifetime.items() if k in wanted},
                    "summary_metrics": {k: v for k, v in summary.items() if k in wanted},
                    "daily_metrics": [],
                }
            },
        )

    # -- video media ----------------------------------------------------------------------------------

    def _post_media(self, req: Req, segments: list[str], body: Any) -> Resp:
        media = FakeMedia(
            self._id(),
            {
                "key": f"uploads/aa/bb/{self._id()}:video",
                "policy": "eyJleHBpcmF0aW9uIjoiMj==",
                "x-amz-algorithm": "AWS4-HMAC-SHA256",
                "x-amz-credential": "ASIAFAKE/20261204/us-east-1/s3/aws4_request",
                "x-amz-date": "20261204T120000Z",
                "x-amz-security-token": "IQoJfake==",
                "x-amz-signature": "fcd6309a6aaee2",
                "Content-Type": "multipart/form-data",
            },
        )
        self.media[media.id] = media
        return Resp(
            201,
            {
                "media_id": media.id,
                "media_type": "video",
                "upload_url": self.base + UPLOAD_PATH,
                "upload_parameters": media.parameters,
            },
        )

    def _get_media_media_id(self, req: Req, segments: list[str], body: Any) -> Resp:
        media = self.media.get(segments[1])
        if media is None:
            return _error(404, 4, "Media not found.")
        if media.status == "processing":
            media.polls += 1
            if media.polls > self.processing_polls:
                media.status = "failed" if self.fail_processing else "succeeded"
        return Resp(200, {"media_id": media.id, "media_type": "video", "status": media.status})

    def _upload(self, req: Req) -> Resp:
        if "authorization" in req.headers:
            return Resp(
                400,
                b"<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed</Message></Error>",
                {"Content-Type": "application/xml"},
            )
        fields = req.multipart()
        key = fields.get("key", (None, None, b""))[2].decode()
        media = next((m for m in self.media.values() if m.parameters["key"] == key), None)
        if media is None:
            return Resp(403, b"<Error><Code>AccessDenied</Code></Error>", {"Content-Type": "application/xml"})
        missing = [name for name in media.parameters if name not in fields]
        if missing or "file" not in fields or not fields["file"][2]:
            return Resp(
                400,
                b"<Error><Code>InvalidArgument</Code><Message>missing form fields</Message></Error>",
                {"Content-Type": "application/xml"},
            )
        media.uploaded = fields["file"][2]
        media.status = "processing"
        return Resp(204)


def _decode(data: str, content_type: str) -> bytes | Resp:
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        return _error(400, 1, "Image data is not valid Base64.")
    actual = _sniff(raw)
    if actual is None or actual != content_type:
        return _error(400, 1, f"Image data is not {content_type}.")
    return raw


@cache
def _metric_branches() -> tuple[frozenset[str], ...]:
    param = spec().doc["components"]["parameters"]["query_pin_analytics_metric_types"]
    return tuple(frozenset(branch["enum"]) for branch in param["schema"]["items"]["oneOf"])
