"""A fake Mastodon instance's statuses, media, scheduled statuses and notifications API.

Written from docs.joinmastodon.org (methods/statuses, methods/media, methods/scheduled_statuses,
methods/notifications, methods/accounts) and checked against the OpenAPI subset in
`/work/shared/specs/mastodon/`: every request body and query string is validated there (closed:
a parameter Mastodon does not permit is a violation and answers 422). What the schema does not
say but Mastodon enforces is enforced here too, each with its documented rule:

- `Idempotency-Key`: the same key from the same account within an hour returns the first
  status (or scheduled status) instead of creating another (methods/statuses, "Idempotency-Key").
- media: `POST /api/v2/media` answers 202 with `url: null` while processing; `GET
  /api/v1/media/:id` answers 206 until processed, then 200; a status with unprocessed media is
  refused with 422 (methods/media).
- `scheduled_at` must be at least 5 minutes ahead (methods/statuses, "scheduled_at").
- polls: 2-4 options (instance default), expires_in 300..2629746 s, no poll with media.
- limits come from the instance's configuration, which the fake serves at `GET
  /api/v2/instance` (public, docs.joinmastodon.org/methods/instance/#v2) and a test may change
  (`FakeMastodon.instance`, e.g. 1,000 characters and 8 attachments):
  - text: `statuses.max_characters`, counted as Mastodon's StatusLengthValidator counts
    (`tests.fakes.mastodon_counting`, independent of the app: graphemes of spoiler_text + text,
    links with a scheme as `characters_reserved_per_url`, @user@domain as @user); over it, 422
    "Validation failed: Text character limit of N exceeded";
  - attachments: at most `statuses.max_media_attachments` ("Cannot attach more than N files",
    also for a poll with media), and a video or audio only alone ("Cannot attach a video to a
    post that already contains images"; a GIF, which becomes gifv, may sit with images:
    PostStatusService#validate_media! uses `audio_or_video?`), 422 each;
  - uploads: `media_attachments.supported_mime_types`, `image_size_limit` (images and GIFs),
    `video_size_limit`, `image_matrix_limit` / `video_matrix_limit` (width x height, probed from
    the bytes with Pillow / PyAV) and `video_frame_rate_limit`; refused with 422 as
    MediaAttachment's validations answer.

Direct messages (`GET /api/v1/conversations`) and read markers (`POST /api/v1/markers`) are
not in the subset; their parameters are checked by hand from
https://docs.joinmastodon.org/methods/conversations/ and
https://docs.joinmastodon.org/methods/markers/ (an unknown parameter is a violation).

OAuth scopes are checked per endpoint: from each operation's `security` in the subset, and for
the methods it lacks from their docs pages (conversations and markers: `read:statuses` /
`write:statuses`; favourite: `write:favourites`; an account's statuses: `read:statuses`). A
top-level scope covers its granular ones (`write` covers `write:media`,
docs.joinmastodon.org/api/oauth-scopes). A token without the scope gets Mastodon's 403 "This
action is outside the authorized scopes". Tokens hold, unless a test says otherwise, exactly the
scopes Postdesk's Mastodon sign-in requests.

`violations` lists every refusal caused by a malformed request, so tests can assert none.
"""

from __future__ import annotations

import html
import io
import re
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs

from postdesk.auth.profiles.mastodon import PROFILE
from tests.fakes import mastodon_counting
from tests.fakes.api_server import Req, Resp
from tests.fakes.openapi_check import mastodon as spec

MAX_CHARS = 500
MAX_MEDIA = 4
#: Mastodon's MediaAttachment IMAGE_MIME_TYPES, VIDEO_MIME_TYPES and AUDIO_MIME_TYPES
#: (app/models/media_attachment.rb), what a stock instance advertises.
SUPPORTED_MIME_TYPES = (
    "image/jpeg",
    "image/png",
    "image/gif",
    "image/heic",
    "image/heif",
    "image/webp",
    "image/avif",
    "video/webm",
    "video/mp4",
    "video/quicktime",
    "video/ogg",
    "audio/wave",
    "audio/wav",
    "audio/x-wav",
    "audio/x-pn-wave",
    "audio/vnd.wave",
    "audio/ogg",
    "audio/vorbis",
    "audio/mpeg",
    "audio/mp3",
    "audio/webm",
    "audio/flac",
    "audio/aac",
    "audio/m4a",
    "audio/x-m4a",
    "audio/mp4",
    "audio/3gpp",
    "video/x-ms-asf",
)
IDEMPOTENCY_TTL = timedelta(hours=1)
_URL = re.compile(r"https?://\S+")
#: Scopes of the methods the OpenAPI subset lacks, from their docs pages.
_EXTRA_SCOPES: dict[tuple[str, str], list[list[str]]] = {
    ("GET", "/api/v1/conversations"): [["read:statuses"]],
    ("POST", "/api/v1/markers"): [["write:statuses"]],
    ("GET", "/api/v1/markers"): [["read:statuses"]],
    # methods/search: a user token with read:search to resolve remote posts (not in the subset).
    ("GET", "/api/v2/search"): [["read:search"]],
}
_EXTRA_SCOPE_PATHS = [
    (re.compile(r"^/api/v1/statuses/[^/]+/favourite$"), "POST", [["write:favourites"]]),
    (re.compile(r"^/api/v1/accounts/[^/]+/statuses$"), "GET", [["read:statuses"]]),
    # Editing (methods/statuses/#edit, #history, #source), not in the subset either.
    (re.compile(r"^/api/v1/statuses/[^/]+$"), "PUT", [["write:statuses"]]),
    (re.compile(r"^/api/v1/statuses/[^/]+/(history|source)$"), "GET", [["read:statuses"]]),
]
_EDIT_PATH = re.compile(r"^/api/v1/statuses/([^/]+)(/history|/source)?$")
#: The parameters `PUT /api/v1/statuses/:id` takes (docs.joinmastodon.org/methods/statuses/#edit).
_EDIT_PARAMS = {"status", "spoiler_text", "sensitive", "language", "media_ids", "media_attributes", "poll"}
_ID_PATH = re.compile(r"^/api/v1/(statuses|media|scheduled_statuses|accounts)/([^/]+)(/statuses|/favourite)?$")


@dataclass
class InstanceConfig:
    """What `GET /api/v2/instance` advertises in `configuration`, and what the fake enforces.

    Defaults are a stock instance's (docs.joinmastodon.org/entities/Instance/#configuration).
    """

    max_characters: int = MAX_CHARS
    max_media_attachments: int = MAX_MEDIA
    characters_reserved_per_url: int = 23
    supported_mime_types: tuple[str, ...] = SUPPORTED_MIME_TYPES
    description_limit: int = 1500
    image_size_limit: int = 16 * 1024 * 1024
    image_matrix_limit: int = 33_177_600
    video_size_limit: int = 99 * 1024 * 1024
    video_frame_rate_limit: int = 120
    video_matrix_limit: int = 8_294_400
    poll_max_options: int = 4
    poll_max_characters_per_option: int = 50
    poll_min_expiration: int = 300
    poll_max_expiration: int = 2_629_746

    def configuration(self) -> dict[str, Any]:
        return {
            "urls": {"streaming": "wss://127.0.0.1"},
            "vapid": {"public_key": "fake"},
            "accounts": {"max_featured_tags": 10, "max_pinned_statuses": 5},
            "statuses": {
                "max_characters": self.max_characters,
                "max_media_attachments": self.max_media_attachments,
                "characters_reserved_per_url": self.characters_reserved_per_url,
            },
            "media_attachments": {
                "supported_mime_types": list(self.supported_mime_types),
                "description_limit": self.description_limit,
                "image_size_limit": self.image_size_limit,
                "image_matrix_limit": self.image_matrix_limit,
                "video_size_limit": self.video_size_limit,
                "video_frame_rate_limit": self.video_frame_rate_limit,
                "video_matrix_limit": self.video_matrix_limit,
            },
            "polls": {
                "max_options": self.poll_max_options,
                "max_characters_per_option": self.poll_max_characters_per_option,
                "min_expiration": self.poll_min_expiration,
                "max_expiration": self.poll_max_expiration,
            },
            "translation": {"enabled": False},
        }


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def render_html(text: str) -> str:
    """Render plain text as Mastodon does: paragraphs, <br />, links with hidden scheme spans."""
    paragraphs = []
    for block in text.split("\n\n"):
        lines = []
        for line in block.split("\n"):
            out, last = [], 0
            for m in _URL.finditer(line):
                out.append(html.escape(line[last : m.start()]))
                url = m.group(0)
                scheme, rest = url.split("://", 1)
                out.append(
                    f'<a href="{html.escape(url)}" rel="nofollow noopener" target="_blank">'
                    f'<span class="invisible">{scheme}://</span>'
                    f'<span class="ellipsis">{html.escape(rest[:30])}</span>'
                    f'<span class="invisible">{html.escape(rest[30:])}</span></a>'
                )
                last = m.end()
            out.append(html.escape(line[last:]))
            lines.append("".join(out))
        paragraphs.append(f"<p>{'<br />'.join(lines)}</p>")
    return "".join(paragraphs)


@dataclass
class FakeMastodon:
    """One instance with one account ("alice", id "1") and a second one ("bob", id "2").

    Attributes:
        tokens: bearer tokens accepted, by account id.
        scopes: scopes granted to a token (a token not listed holds what Postdesk requests).
        scope_refusals: requests refused for a missing scope.
        now: the server's clock.
        media_polls: how many GETs a new attachment answers 206 before it is processed.
        statuses, media, scheduled: the stored objects by id.
        violations: refusals of malformed requests (a test expects none).
        idempotency_hits: creates answered from the idempotency store.
        favourites: who favourited each status (status id -> account ids).
        conversations: direct conversations (`_for`: the account whose list it is in).
        markers: saved read positions by account id, then timeline.
        instance: the configuration served at /api/v2/instance and enforced.
        version: the Mastodon version the instance reports; below 4.0 it has no /api/v2/instance
            (only v1), below 3.5 no editing (`PUT /api/v1/statuses/:id` is an unknown route).
        edits: each `PUT /api/v1/statuses/:id` that changed a status, as (status id, account id).
    """

    base: str = "http://127.0.0.1"
    instance: InstanceConfig = field(default_factory=InstanceConfig)
    tokens: dict[str, str] = field(default_factory=lambda: {"token-alice": "1"})
    scopes: dict[str, frozenset[str]] = field(default_factory=dict)
    scope_refusals: list[str] = field(default_factory=list)
    scopes_used: set[str] = field(default_factory=set)
    now: datetime = field(default_factory=lambda: datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    media_polls: int = 0
    statuses: dict[str, dict[str, Any]] = field(default_factory=dict)
    media: dict[str, dict[str, Any]] = field(default_factory=dict)
    scheduled: dict[str, dict[str, Any]] = field(default_factory=dict)
    notifications: list[dict[str, Any]] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    idempotency_hits: int = 0
    favourites: dict[str, set[str]] = field(default_factory=dict)
    conversations: list[dict[str, Any]] = field(default_factory=list)
    markers: dict[str, dict[str, Any]] = field(default_factory=dict)
    version: str = "4.3.0"
    edits: list[tuple[str, str]] = field(default_factory=list)
    _keys: dict[tuple[str, str], tuple[str, str, datetime]] = field(default_factory=dict)
    _next: int = 100000
    _pending: dict[str, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def account(self, account_id: str) -> dict[str, Any]:
        name = {"1": "alice", "2": "bob"}.get(account_id, f"user{account_id}")
        return {
            "id": account_id,
            "username": name,
            "acct": name,
            "display_name": name.title(),
            "url": f"{self.base}/@{name}",
            "locked": False,
            "bot": False,
            "group": False,
            "created_at": "2024-01-01T00:00:00.000Z",
            "note": "",
            "avatar": "",
            "avatar_static": "",
            "header": "",
            "header_static": "",
            "followers_count": 0,
            "following_count": 0,
            "statuses_count": 0,
            "emojis": [],
            "fields": [],
        }

    def _id(self) -> str:
        self._next += 1
        return str(self._next)

    # -- dispatch ------------------------------------------------------------------------------

    def __call__(self, req: Req) -> Resp:
        with self._lock:
            return self._dispatch(req)

    def instance_info(self) -> dict[str, Any]:
        """The `GET /api/v2/instance` answer (an Instance entity, docs.joinmastodon.org)."""
        return {
            "domain": "127.0.0.1",
            "title": "Fake Mastodon",
            "version": self.version,
            "source_url": "https://github.com/mastodon/mastodon",
            "description": "A fake instance",
            "usage": {"users": {"active_month": 2}},
            "thumbnail": {"url": f"{self.base}/thumb.png"},
            "languages": ["en"],
            "configuration": self.instance.configuration(),
            "registrations": {"enabled": False, "approval_required": False, "message": None},
            "contact": {"email": "admin@example.org", "account": None},
            "rules": [],
            # api_versions came with 4.3 (2); 4.5 is version 7, the first to take quoted_status_id.
            **({"api_versions": {"mastodon": self.api_version()}} if not self._older_than(4, 3) else {}),
        }

    def api_version(self) -> int:
        """The Mastodon API version of `version` (0 before 4.3; U for 4.4's exact number)."""
        if self._older_than(4, 3):
            return 0
        return 2 if self._older_than(4, 4) else 6 if self._older_than(4, 5) else 7

    def _search(self, req: Req) -> Resp:
        """`GET /api/v2/search` for a post's address (methods/search): the status whose url or uri it is."""
        q = req.query.get("q", [""])[0]
        found = [s for s in self.statuses.values() if q in (s["url"], s["uri"])]
        return Resp(200, {"accounts": [], "statuses": [self._public(s) for s in found[:1]], "hashtags": []})

    def _dispatch(self, req: Req) -> Resp:
        if (req.method, req.path) == ("GET", "/api/v2/instance"):
            if self._older_than(4, 0):
                return Resp(404, {"error": "Record not found"})  # v2 came with Mastodon 4.0
            return Resp(200, self.instance_info())  # public: no token needed
        if (req.method, req.path) == ("GET", "/api/v1/instance"):
            return Resp(200, {**self.instance_info(), "uri": "127.0.0.1"})
        auth = req.headers.get("authorization", "")
        account_id = self.tokens.get(auth.removeprefix("Bearer ")) if auth.startswith("Bearer ") else None
        if account_id is None:
            return Resp(401, {"error": "The access token is invalid"})
        if not self._scoped(auth.removeprefix("Bearer "), req.method, req.path):
            self.scope_refusals.append(f"{req.method} {req.path}")
            return Resp(403, {"error": "This action is outside the authorized scopes"})
        edit_route = _EDIT_PATH.match(req.path)
        if edit_route is not None and (req.method == "PUT" or edit_route[2]):
            return self._edit_routes(req, account_id, edit_route[1], edit_route[2])
        route = (req.method, req.path)
        if route == ("POST", "/api/v2/media"):
            return self._upload(req)
        if route == ("POST", "/api/v1/statuses"):
            return self._create(req, account_id)
        if route == ("GET", "/api/v2/search"):
            return self._search(req)
        if route == ("GET", "/api/v1/accounts/verify_credentials"):
            return Resp(200, self.account(account_id))
        if route == ("GET", "/api/v1/notifications"):
            return self._notifications(req, account_id)
        if route == ("GET", "/api/v1/conversations"):
            return self._conversations(req, account_id)
        if route == ("POST", "/api/v1/markers"):
            return self._save_marker(req, account_id)
        if route == ("GET", "/api/v1/scheduled_statuses"):
            problems = spec().check_query("GET", "/api/v1/scheduled_statuses", req.query)
            if problems:
                return self._bad(problems)
            mine = [s for s in self.scheduled.values() if s["_account"] == account_id]
            return Resp(200, [self._public(s) for s in mine][: int(req.query.get("limit", ["20"])[0])])
        m = _ID_PATH.match(req.path)
        if m is None:
            return Resp(404, {"error": "Record not found"})
        kind, object_id, sub = m.groups()
        if kind == "statuses" and sub == "/favourite" and req.method == "POST":
            return self._favourite(object_id, account_id)
        if sub == "/favourite":
            return Resp(404, {"error": "Record not found"})
        if kind == "media" and req.method == "GET":
            return self._media_status(object_id)
        if kind == "statuses" and req.method == "GET":
            problems = spec().check_query("GET", "/api/v1/statuses/{id}", req.query)
            if problems:
                return self._bad(problems)
            status = self.statuses.get(object_id)
            return Resp(200, self._public(status)) if status else Resp(404, {"error": "Record not found"})
        if kind == "statuses" and req.method == "DELETE":
            return self._delete(req, object_id, account_id)
        if kind == "scheduled_statuses" and req.method == "DELETE":
            item = self.scheduled.get(object_id)
            if item is None or item["_account"] != account_id:
                return Resp(404, {"error": "Record not found"})
            del self.scheduled[object_id]
            return Resp(200, {})
        if kind == "accounts" and sub == "/statuses" and req.method == "GET":
            return self._account_statuses(req, object_id)
        return Resp(404, {"error": "Record not found"})

    def _scoped(self, token: str, method: str, path: str) -> bool:
        """Whether the token holds the scopes Mastodon documents for this method."""
        needed = _EXTRA_SCOPES.get((method, path))
        for pattern, verb, scopes in _EXTRA_SCOPE_PATHS:
            if needed is None and verb == method and pattern.match(path):
                needed = scopes
        if needed is None:
            template = spec().template_for(method, path)
            if template is None:
                return True  # unknown routes answer 404
            needed = spec().required_scopes(method, template, "OAuth2")
            if template == "/api/v1/accounts/verify_credentials":
                # "profile or read:accounts" (methods/accounts): the subset lists both in one list.
                needed = [[scope] for alternative in needed for scope in alternative]
        granted = self.scopes.get(token, frozenset(PROFILE.scopes))
        # A top-level scope covers its granular ones: `write` covers `write:media`.
        covered = granted | {
            f"{top}:{sub}"
            for top in granted
            if ":" not in top
            for alternative in needed
            for scope in alternative
            for sub in [scope.partition(":")[2]]
            if scope.startswith(top + ":")
        }
        met = [alternative for alternative in needed if set(alternative) <= covered]
        if met:
            self.scopes_used |= set(met[0])
        return not needed or bool(met)

    def _bad(self, problems: list[str], status: int = 422) -> Resp:
        self.violations.extend(problems)
        return Resp(status, {"error": "Validation failed: " + "; ".join(problems)})

    @staticmethod
    def _public(obj: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in obj.items() if not k.startswith("_")}

    # -- media ---------------------------------------------------------------------------------

    def _upload(self, req: Req) -> Resp:
        if req.content_type != "multipart/form-data":
            return self._bad([f"media must be multipart/form-data, not {req.content_type}"])
        fields = req.multipart()
        shape = {k: (v[2].decode("utf-8", "replace") if v[0] is None else "<binary>") for k, v in fields.items()}
        problems = spec().check_body("POST", "/api/v2/media", "multipart/form-data", shape, closed=True)
        filename, ctype, data = fields.get("file", (None, None, b""))
        if "file" in fields and (filename is None or not ctype):
            problems.append("file: must be a file part with a MIME type")
        limit = self.instance.description_limit
        if "description" in fields and len(shape["description"]) > limit:
            problems.append(f"description: longer than {limit} characters")
        if "focus" in fields and not _valid_focus(shape["focus"]):
            problems.append(f"focus: {shape['focus']!r} is not two numbers in -1.0..1.0")
        if problems:
            return self._bad(problems)
        refused = self._refuse_file(ctype or "", data)
        if refused is not None:
            # A valid request the instance will not take (MediaAttachment validations): 422.
            return Resp(422, {"error": refused})
        media_type = (
            "video"
            if ctype and ctype.startswith("video/")
            else ("audio" if ctype and ctype.startswith("audio/") else "gifv" if ctype == "image/gif" else "image")
        )
        media_id = self._id()
        focus = shape.get("focus")
        fx, fy = (float(v) for v in focus.split(",")) if focus else (0.0, 0.0)
        self.media[media_id] = {
            "id": media_id,
            "type": media_type,
            "url": None,
            "preview_url": None,
            "remote_url": None,
            "blurhash": None,
            "description": shape.get("description"),
            "meta": {"focus": {"x": fx, "y": fy}},
            "_bytes": len(data),
            "_mime": ctype,
        }
        polls = self.media_polls if media_type == "image" else max(self.media_polls, 1)
        self._pending[media_id] = polls
        if polls == 0:
            self._finish(media_id)
            return Resp(200, self._public(self.media[media_id]))
        return Resp(202, self._public(self.media[media_id]))

    def _refuse_file(self, ctype: str, data: bytes) -> str | None:
        """Why the instance refuses this file (None: it takes it), by its configuration."""
        cfg = self.instance
        if ctype not in cfg.supported_mime_types:
            return "Validation failed: File content type is invalid, File is invalid"
        larger = ctype.startswith(("video/", "audio/"))
        limit = cfg.video_size_limit if larger else cfg.image_size_limit
        if len(data) > limit:
            return f"Validation failed: File file size must be less than {limit // (1024 * 1024)} MB"
        if ctype.startswith("image/"):
            from tests.fakes.x_api import probe_gif

            found = probe_gif(data)
            if found is not None and found[0] * found[1] > cfg.image_matrix_limit:
                return f"{found[0]}x{found[1]} images are not supported"
        elif ctype.startswith("video/"):
            found_video = probe_video_rate(data)
            if found_video is not None:
                width, height, rate = found_video
                if width * height > cfg.video_matrix_limit:
                    return f"{width}x{height} videos are not supported"
                if rate > cfg.video_frame_rate_limit:
                    return f"{int(rate)}fps videos are not supported"
        return None

    def _finish(self, media_id: str) -> None:
        self._pending.pop(media_id, None)
        self.media[media_id]["url"] = f"{self.base}/system/media/{media_id}.bin"
        self.media[media_id]["preview_url"] = f"{self.base}/system/media/{media_id}_small.jpg"

    def _media_status(self, media_id: str) -> Resp:
        item = self.media.get(media_id)
        if item is None:
            return Resp(404, {"error": "Record not found"})
        if media_id in self._pending:
            self._pending[media_id] -= 1
            if self._pending[media_id] <= 0:
                self._finish(media_id)
                return Resp(200, self._public(item))
            return Resp(206, self._public(item))
        return Resp(200, self._public(item))

    # -- statuses ------------------------------------------------------------------------------

    def _create(self, req: Req, account_id: str) -> Resp:
        if req.content_type != "application/json":
            return self._bad([f"this fake takes JSON statuses, not {req.content_type}"])
        try:
            body = req.json()
        except ValueError:
            return self._bad(["body is not JSON"], 400)
        problems = spec().check_body(
            "POST", "/api/v1/statuses", "application/json", body, closed=True, overlapping_one_of=True
        )
        if problems:
            return self._bad(problems)
        key = req.headers.get("idempotency-key")
        if key:
            hit = self._keys.get((account_id, key))
            if hit and self.now - hit[2] < IDEMPOTENCY_TTL:
                self.idempotency_hits += 1
                store = self.statuses if hit[0] == "status" else self.scheduled
                if hit[1] in store:
                    return Resp(200, self._public(store[hit[1]]))
        problems = self._rules(body)
        if problems:
            # Rule refusals are the network saying no (a valid request it will not take).
            return Resp(422, {"error": "Validation failed: " + "; ".join(problems)})
        if "scheduled_at" in body:
            item = self._schedule(body, account_id, key)
            kind = "scheduled"
        else:
            item = self._new_status(body, account_id)
            kind = "status"
        if key:
            self._keys[(account_id, key)] = (kind, item["id"], self.now)
        return Resp(200, self._public(item))

    def _rules(self, body: dict[str, Any]) -> list[str]:
        problems: list[str] = []
        text = body.get("status", "")
        media_ids = body.get("media_ids") or []
        poll = body.get("poll")
        if not text.strip() and not media_ids:
            problems.append("Text can't be blank")
        cfg = self.instance
        counted = mastodon_counting.status_length(
            text, body.get("spoiler_text", ""), url_length=cfg.characters_reserved_per_url
        )
        if counted > cfg.max_characters:
            problems.append(f"Text character limit of {cfg.max_characters} exceeded")
        # PostStatusService#validate_media!: too many (or any with a poll), not found, a video
        # or audio with anything else, not processed; each a Mastodon::ValidationError (422).
        if len(media_ids) > cfg.max_media_attachments or (media_ids and poll is not None):
            problems.append(f"Cannot attach more than {cfg.max_media_attachments} files")
        missing = [m for m in media_ids if m not in self.media]
        if missing:
            problems.append(f"Media {', '.join(missing)} not found or already attached to another post")
        found = [self.media[m] for m in media_ids if m in self.media]
        if len(found) > 1 and any(m["type"] in ("video", "audio") for m in found):
            problems.append("Cannot attach a video to a post that already contains images")
        if any(m in self._pending for m in media_ids):
            problems.append("Cannot attach files that have not finished processing. Try again in a moment!")
        if poll is not None:
            options = poll.get("options") or []
            if not 2 <= len(options) <= cfg.poll_max_options:
                problems.append(f"Poll must have 2 to {cfg.poll_max_options} options")
            if any(len(o) > cfg.poll_max_characters_per_option or not o.strip() for o in options):
                problems.append(f"Poll options must be 1 to {cfg.poll_max_characters_per_option} characters")
            expires = poll.get("expires_in")
            if not isinstance(expires, int) or not cfg.poll_min_expiration <= expires <= cfg.poll_max_expiration:
                problems.append("Poll duration must be between 5 minutes and 1 month")
        quoted = body.get("quoted_status_id")
        if quoted is not None and self.api_version() >= 7 and quoted not in self.statuses:
            problems.append(f"Quoted status {quoted} not found")
        reply_to = body.get("in_reply_to_id")
        if reply_to is not None and reply_to not in self.statuses:
            problems.append(f"Reply target {reply_to} not found")
        if "scheduled_at" in body:
            try:
                when = datetime.fromisoformat(body["scheduled_at"].replace("Z", "+00:00"))
            except ValueError:
                return [*problems, "Scheduled at is not a date-time"]
            if when.tzinfo is None:
                problems.append("Scheduled at needs a time zone")
            elif when < self.now + timedelta(minutes=5):
                problems.append("Scheduled at must be at least 5 minutes in the future")
        language = body.get("language")
        if language is not None and not re.fullmatch(r"[a-z]{2,3}", language):
            problems.append(f"Language {language!r} is not an ISO 639 code")
        return problems

    def _new_status(self, body: dict[str, Any], account_id: str, created: datetime | None = None) -> dict[str, Any]:
        status_id = self._id()
        account = self.account(account_id)
        poll = body.get("poll")
        created = created or self.now
        item = {
            "id": status_id,
            "created_at": _iso(created),
            "uri": f"{self.base}/users/{account['username']}/statuses/{status_id}",
            "url": f"{self.base}/@{account['username']}/{status_id}",
            "account": account,
            "content": render_html(body.get("status", "")),
            "text": None,
            "visibility": body.get("visibility", "public"),
            "sensitive": bool(body.get("sensitive") or body.get("spoiler_text")),
            "spoiler_text": body.get("spoiler_text", ""),
            "language": body.get("language"),
            "in_reply_to_id": body.get("in_reply_to_id"),
            "in_reply_to_account_id": (
                self.statuses[body["in_reply_to_id"]]["account"]["id"] if body.get("in_reply_to_id") else None
            ),
            "media_attachments": [self._public(self.media[m]) for m in body.get("media_ids") or []],
            "mentions": [],
            "tags": [],
            "emojis": [],
            "reblogs_count": 0,
            "favourites_count": 0,
            "replies_count": 0,
            "reblog": None,
            "card": None,
            "poll": None
            if poll is None
            else {
                "id": self._id(),
                "expired": False,
                "multiple": bool(poll.get("multiple")),
                "votes_count": 0,
                "voters_count": 0,
                "emojis": [],
                "expires_at": _iso(created + timedelta(seconds=poll["expires_in"])),
                "options": [{"title": o, "votes_count": 0} for o in poll["options"]],
            },
            "edited_at": None,
            # Before 4.5 a server ignores quoted_status_id: the post goes out without the quote.
            "quote": {"state": "accepted", "quoted_status": self._public(self.statuses[body["quoted_status_id"]])}
            if body.get("quoted_status_id") and self.api_version() >= 7
            else None,
            "_account": account_id,
            "_source": body.get("status", ""),
        }
        if item["in_reply_to_id"]:
            # A reply counts on its parent at once (methods/statuses: Status.replies_count).
            self.statuses[item["in_reply_to_id"]]["replies_count"] += 1
        self.statuses[status_id] = item
        return item

    # -- editing (methods/statuses/#edit, #history, #source) ---------------------------------

    def _older_than(self, major: int, minor: int) -> bool:
        found = re.match(r"(\d+)\.(\d+)", self.version)
        return found is not None and (int(found[1]), int(found[2])) < (major, minor)

    def _edit_routes(self, req: Req, account_id: str, status_id: str, sub: str | None) -> Resp:
        if self._older_than(3, 5):
            return Resp(404, {"error": "Record not found"})  # no such route before 3.5
        item = self.statuses.get(status_id)
        if sub == "/history":
            if item is None:
                return Resp(404, {"error": "Record not found"})
            return Resp(200, list(item.get("_history") or [self._edit_entry(item)]))
        if sub == "/source":
            # Only the author sees the source (StatusesController#source scopes to the account).
            if item is None or item["_account"] != account_id:
                return Resp(404, {"error": "Record not found"})
            return Resp(200, {"id": status_id, "text": item["_source"], "spoiler_text": item["spoiler_text"]})
        return self._edit(req, account_id, status_id, item)

    def _edit(self, req: Req, account_id: str, status_id: str, item: dict[str, Any] | None) -> Resp:
        # StatusesController#update finds the status among the caller's own: another's is 404.
        if item is None or item["_account"] != account_id:
            return Resp(404, {"error": "Record not found"})
        if req.content_type != "application/json":
            return self._bad([f"this fake takes JSON edits, not {req.content_type}"])
        try:
            body = req.json()
        except ValueError:
            return self._bad(["body is not JSON"], 400)
        problems = [f"{k}: not a parameter of PUT /api/v1/statuses/:id" for k in body if k not in _EDIT_PARAMS]
        if not isinstance(body.get("status", ""), str) or not isinstance(body.get("spoiler_text", ""), str):
            problems.append("status and spoiler_text are strings")
        if not isinstance(body.get("media_ids", []), list):
            problems.append("media_ids is an array")
        if problems:
            return self._bad(problems)
        rules = self._rules({**body, "status": body.get("status", "")})
        if rules:
            return Resp(422, {"error": "Validation failed: " + "; ".join(rules)})
        if not item.get("_history"):
            item["_history"] = [self._edit_entry(item)]
        # UpdateStatusService: every field the controller passes is replaced; attachments not
        # named in media_ids are dropped, and so is a poll the edit does not name.
        text = body.get("status", "")
        item["_source"] = text
        item["content"] = render_html(text)
        item["spoiler_text"] = body.get("spoiler_text", "")
        item["sensitive"] = bool(body.get("sensitive") or item["spoiler_text"])
        if body.get("language"):
            item["language"] = body["language"]
        item["media_attachments"] = [self._public(self.media[m]) for m in body.get("media_ids") or []]
        if body.get("poll") is None:
            item["poll"] = None
        item["edited_at"] = _iso(self.now)
        item["_history"].append(self._edit_entry(item))
        self.edits.append((status_id, account_id))
        return Resp(200, self._public(item))

    def _edit_entry(self, item: dict[str, Any]) -> dict[str, Any]:
        """A StatusEdit entity (docs.joinmastodon.org/entities/StatusEdit/)."""
        return {
            "content": item["content"],
            "spoiler_text": item["spoiler_text"],
            "sensitive": item["sensitive"],
            "created_at": item.get("edited_at") or item["created_at"],
            "account": item["account"],
            "poll": item.get("poll"),
            "media_attachments": list(item["media_attachments"]),
            "emojis": [],
        }

    def _schedule(self, body: dict[str, Any], account_id: str, key: str | None) -> dict[str, Any]:
        scheduled_id = self._id()
        when = datetime.fromisoformat(body["scheduled_at"].replace("Z", "+00:00"))
        item = {
            "id": scheduled_id,
            "scheduled_at": _iso(when),
            "media_attachments": [self._public(self.media[m]) for m in body.get("media_ids") or []],
            "params": {
                "text": body.get("status", ""),
                "visibility": body.get("visibility", "public"),
                "application_id": 1,
                "with_rate_limit": False,
                "idempotency": key,
                "in_reply_to_id": None,
                "language": body.get("language"),
                "media_ids": body.get("media_ids"),
                "poll": body.get("poll"),
                "scheduled_at": None,
                "sensitive": body.get("sensitive"),
                "spoiler_text": body.get("spoiler_text"),
            },
            "_account": account_id,
            "_body": body,
        }
        self.scheduled[scheduled_id] = item
        return item

    def run_due(self) -> None:
        """Publish scheduled statuses whose time has come (Sidekiq's job on a real instance)."""
        with self._lock:
            for scheduled_id, item in list(self.scheduled.items()):
                when = datetime.fromisoformat(item["scheduled_at"].replace("Z", "+00:00"))
                if when <= self.now:
                    body = {k: v for k, v in item["_body"].items() if k != "scheduled_at"}
                    self._new_status(body, item["_account"], created=when)
                    del self.scheduled[scheduled_id]

    def _delete(self, req: Req, status_id: str, account_id: str) -> Resp:
        problems = spec().check_query("DELETE", "/api/v1/statuses/{id}", req.query)
        if problems:
            return self._bad(problems)
        item = self.statuses.get(status_id)
        if item is None:
            return Resp(404, {"error": "Record not found"})
        if item["_account"] != account_id:
            return Resp(403, {"error": "This action is not allowed"})
        del self.statuses[status_id]
        return Resp(200, {**self._public(item), "text": item["_source"]})

    def _favourite(self, status_id: str, account_id: str) -> Resp:
        # POST /api/v1/statuses/:id/favourite (docs.joinmastodon.org/methods/statuses/#favourite):
        # favouriting twice is not an error and counts once.
        status = self.statuses.get(status_id)
        if status is None:
            return Resp(404, {"error": "Record not found"})
        self.favourites.setdefault(status_id, set()).add(account_id)
        status["favourites_count"] = len(self.favourites[status_id])
        return Resp(200, {**self._public(status), "favourited": True})

    def _account_statuses(self, req: Req, account_id: str) -> Resp:
        # GET /api/v1/accounts/:id/statuses is not in the subset; its parameters per
        # docs.joinmastodon.org/methods/accounts/#statuses.
        allowed = {
            "max_id",
            "since_id",
            "min_id",
            "limit",
            "only_media",
            "exclude_replies",
            "exclude_reblogs",
            "pinned",
            "tagged",
        }
        unknown = [f"{k}: not a parameter of GET /api/v1/accounts/:id/statuses" for k in req.query if k not in allowed]
        limit = req.query.get("limit", ["20"])[0]
        if not limit.isdigit() or not 1 <= int(limit) <= 40:
            unknown.append(f"limit={limit}: 1..40")
        if unknown:
            return self._bad(unknown)
        mine = sorted(
            (s for s in self.statuses.values() if s["_account"] == account_id), key=lambda s: int(s["id"]), reverse=True
        )
        if req.query.get("exclude_replies", ["false"])[0] == "true":
            mine = [s for s in mine if s["in_reply_to_id"] is None]
        if "max_id" in req.query:
            mine = [s for s in mine if int(s["id"]) < int(req.query["max_id"][0])]
        return Resp(200, [self._public(s) for s in mine[: int(limit)]])

    # -- notifications ---------------------------------------------------------------------------

    def reply_from(self, account_id: str, to_status_id: str, text: str) -> dict[str, Any]:
        """Another account replies to a status; the author gets a mention notification."""
        with self._lock:
            status = self._new_status({"status": text, "in_reply_to_id": to_status_id}, account_id)
            target = self.statuses[to_status_id]["_account"]
            note = {
                "id": self._id(),
                "type": "mention",
                "created_at": status["created_at"],
                "group_key": f"ungrouped-{status['id']}",
                "account": status["account"],
                "status": self._public(status),
                "_for": target,
            }
            self.notifications.append(note)
            return status

    def _notifications(self, req: Req, account_id: str) -> Resp:
        problems = spec().check_query("GET", "/api/v1/notifications", req.query)
        if problems:
            return self._bad(problems)
        types = req.query.get("types[]") or req.query.get("types")
        mine = [
            n for n in reversed(self.notifications) if n["_for"] == account_id and (not types or n["type"] in types)
        ]
        if "since_id" in req.query:
            mine = [n for n in mine if int(n["id"]) > int(req.query["since_id"][0])]
        if "max_id" in req.query:
            mine = [n for n in mine if int(n["id"]) < int(req.query["max_id"][0])]
        limit = int(req.query.get("limit", ["40"])[0])
        if not 1 <= limit <= 80:
            return self._bad([f"limit={limit}: 1..80"])
        return Resp(200, [self._public(n) for n in mine[:limit]])

    # -- direct messages and markers ---------------------------------------------------------

    def direct_from(self, account_id: str, to_account_id: str, text: str) -> dict[str, Any]:
        """Another account sends a direct message: a direct status, the recipient's
        conversation (unread, with it as `last_status`) and a mention notification."""
        with self._lock:
            status = self._new_status({"status": text, "visibility": "direct"}, account_id)
            conversation = next(
                (c for c in self.conversations if c["_for"] == to_account_id and c["_with"] == account_id), None
            )
            if conversation is None:
                conversation = {
                    "id": self._id(),
                    "accounts": [status["account"]],
                    "_for": to_account_id,
                    "_with": account_id,
                }
                self.conversations.append(conversation)
            conversation.update(unread=True, last_status=self._public(status))
            self.notifications.append(
                {
                    "id": self._id(),
                    "type": "mention",
                    "created_at": status["created_at"],
                    "group_key": f"ungrouped-{status['id']}",
                    "account": status["account"],
                    "status": self._public(status),
                    "_for": to_account_id,
                }
            )
            return status

    def _conversations(self, req: Req, account_id: str) -> Resp:
        # GET /api/v1/conversations: max_id, since_id, min_id, limit (default 20, max 40).
        problems = [
            f"{k}: not a parameter of GET /api/v1/conversations"
            for k in req.query
            if k not in {"max_id", "since_id", "min_id", "limit"}
        ]
        limit = req.query.get("limit", ["20"])[0]
        if not limit.isdigit() or not 1 <= int(limit) <= 40:
            problems.append(f"limit={limit}: 1..40")
        if problems:
            return self._bad(problems)
        mine = sorted(
            (c for c in self.conversations if c["_for"] == account_id),
            key=lambda c: int(c["last_status"]["id"]),
            reverse=True,
        )
        return Resp(200, [self._public(c) for c in mine[: int(limit)]])

    def _save_marker(self, req: Req, account_id: str) -> Resp:
        # POST /api/v1/markers: form data home[last_read_id] and/or notifications[last_read_id].
        if req.content_type == "application/x-www-form-urlencoded":
            form = {k: v[-1] for k, v in parse_qs(req.body.decode("utf-8")).items()}
        else:
            return self._bad([f"markers take form data here, not {req.content_type}"])
        timelines = {"home[last_read_id]": "home", "notifications[last_read_id]": "notifications"}
        problems = [f"{k}: not a parameter of POST /api/v1/markers" for k in form if k not in timelines]
        if not form:
            problems.append("no timeline given")
        if problems:
            return self._bad(problems)
        saved = self.markers.setdefault(account_id, {})
        for key, value in form.items():
            old = saved.get(timelines[key], {"version": 0})
            saved[timelines[key]] = {"last_read_id": value, "version": old["version"] + 1, "updated_at": _iso(self.now)}
        return Resp(200, {timelines[k]: saved[timelines[k]] for k in form})


def _valid_focus(value: str) -> bool:
    try:
        x, y = (float(v) for v in value.split(","))
    except ValueError:
        return False
    return -1.0 <= x <= 1.0 and -1.0 <= y <= 1.0


def probe_video_rate(data: bytes) -> tuple[int, int, float] | None:
    """(width, height, frames per second) of a video's bytes, or None when PyAV cannot read them."""
    import av

    try:
        with av.open(io.BytesIO(data)) as container:
            stream = next(iter(container.streams.video), None)
            if stream is None:
                return None
            rate = stream.average_rate or stream.guessed_rate or 0
            return stream.codec_context.width, stream.codec_context.height, float(rate)
    except (av.FFmpegError, ValueError, OSError):
        return None
