"""A fake of Google Business Profile's APIs (accounts, locations, v4 local posts) on 127.0.0.1.

Written from Google's discovery documents of the Account Management and Business Information
APIs (/work/shared/specs/google-business/mybusinessaccountmanagement.v1.json,
mybusinessbusinessinformation.v1.json) and, for the local posts, which Google publishes no
discovery document for, from the v4 reference pages
(https://developers.google.com/my-business/reference/rest/v4/accounts.locations.localPosts and its
create, get, list and delete methods). One server stands for the three hosts (the adapter's
`base_url`); the paths do not collide. Enforced:

- every v1 request is matched to a discovery method by its `flatPath`; its query must hold only
  the method's (and the document's global) parameters, typed as declared, with the required ones
  (`readMask` of `accounts.locations.list`); `pageSize` at most 20 for accounts ("The default and
  maximum is 20") and 1 to 100 for locations;
- scopes: the discovery documents list none per method, so each reference page's is applied:
  `business.manage` (v4 also `plus.business.manage`); a token without it gets 403
  PERMISSION_DENIED with reason ACCESS_TOKEN_SCOPE_INSUFFICIENT; an unknown token 401
  UNAUTHENTICATED;
- errors in Google's shape `{"error": {"code", "message", "status", "details"}}`;
- `LocalPost` bodies (create): only the resource's input fields (output-only ones such as name,
  state, createTime are refused, as unknown names are: "Invalid JSON payload received");
  `topicType` required (STANDARD, EVENT, OFFER, ALERT); `summary` at most 1,500 characters (U:
  Google's help); `callToAction.actionType` one of the ActionType enum, with a `url` except for
  CALL, whose url "should be left unset"; EVENT and OFFER need `event` with a title and a
  schedule (startDate and endDate as google.type.Date, optional TimeOfDay) that does not end
  before it starts; `offer` only on OFFER posts; `media[]`: at most one item (U), each
  `{mediaFormat: PHOTO, sourceUrl}` ("sourceUrl is the only supported data field");
- processing: a post with a photo is PROCESSING for `processing_polls` reads; on the first read
  Google fetches the photo from its `sourceUrl` (a real GET: a relay copy deleted too early, or
  any answer but 200 with JPEG or PNG bytes of at most 5 MB, makes the post REJECTED);
- `localPosts.list` newest first, `pageSize` at most 100 with `nextPageToken`; delete answers
  `{}`; a post that is not there is 404 NOT_FOUND.
"""

from __future__ import annotations

import itertools
import re
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from tests.fakes.api_server import Req, Resp
from tests.fakes.youtube_discovery import Discovery, _scalar

SPECS = Path("/work/shared/specs/google-business")
SCOPE = "https://www.googleapis.com/auth/business.manage"
LEGACY_SCOPE = "https://www.googleapis.com/auth/plus.business.manage"
SUMMARY_LIMIT = 1500
PHOTO_MAX_BYTES = 5 * 1000**2
TOPICS = ("STANDARD", "EVENT", "OFFER", "ALERT")
ACTIONS = ("BOOK", "ORDER", "SHOP", "LEARN_MORE", "SIGN_UP", "GET_OFFER", "CALL")
#: The LocalPost fields a client may send (the others are output only).
_INPUT_FIELDS = {
    "languageCode",
    "summary",
    "callToAction",
    "event",
    "media",
    "topicType",
    "alertType",
    "offer",
    "scheduledTime",
}
_V4 = {  # v4 local-post methods from the reference pages: (verb, regex) -> method id
    ("POST", re.compile(r"^/v4/accounts/[^/]+/locations/[^/]+/localPosts$")): "localPosts.create",
    ("GET", re.compile(r"^/v4/accounts/[^/]+/locations/[^/]+/localPosts$")): "localPosts.list",
    ("GET", re.compile(r"^/v4/accounts/[^/]+/locations/[^/]+/localPosts/[^/]+$")): "localPosts.get",
    ("DELETE", re.compile(r"^/v4/accounts/[^/]+/locations/[^/]+/localPosts/[^/]+$")): "localPosts.delete",
}
_V4_QUERY = {"localPosts.list": {"pageSize", "pageToken"}}


@cache
def discoveries() -> tuple[Discovery, ...]:
    """The two discovery documents (loaded once per process)."""
    return (
        Discovery(SPECS / "mybusinessaccountmanagement.v1.json"),
        Discovery(SPECS / "mybusinessbusinessinformation.v1.json"),
    )


def _methods(resources: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for resource in resources.values():
        found += list(resource.get("methods", {}).values())
        found += _methods(resource.get("resources", {}))
    return found


@cache
def _v1_index() -> tuple[tuple[str, re.Pattern[str], Discovery, dict[str, Any]], ...]:
    return tuple(
        (method["httpMethod"], re.compile("^/" + re.sub(r"\{[^}]+\}", "[^/:]+", method["flatPath"]) + "$"), doc, method)
        for doc in discoveries()
        for method in _methods(doc.doc["resources"])
    )


def _v1_method(verb: str, path: str) -> tuple[Discovery, dict[str, Any]] | None:
    for method_verb, pattern, doc, method in _v1_index():
        if method_verb == verb and pattern.match(path):
            return doc, method
    return None


def error(status: int, code: str, message: str, *, reason: str = "") -> Resp:
    """Google's error body."""
    details = (
        [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": reason, "domain": "googleapis.com"}]
        if reason
        else []
    )
    return Resp(status, {"error": {"code": status, "message": message, "status": code, "details": details}})


def _invalid(message: str) -> Resp:
    """400 INVALID_ARGUMENT with the v4 API's ValidationError detail naming what is wrong."""
    return Resp(
        400,
        {
            "error": {
                "code": 400,
                "message": "Request contains an invalid argument.",
                "status": "INVALID_ARGUMENT",
                "details": [
                    {
                        "@type": "type.googleapis.com/google.mybusiness.v4.ValidationError",
                        "errorDetails": [{"code": 3, "message": message}],
                    }
                ],
            }
        },
    )


@dataclass
class FakePost:
    """A local post as the fake keeps it."""

    name: str
    body: dict[str, Any]
    created: datetime
    state: str
    polls_left: int = 0

    def json(self) -> dict[str, Any]:
        stamp = self.created.strftime("%Y-%m-%dT%H:%M:%S.123456789Z")
        post_id = self.name.rsplit("/", 1)[-1]
        return {
            **self.body,
            "name": self.name,
            "state": self.state,
            "createTime": stamp,
            "updateTime": stamp,
            "searchUrl": f"https://local.google.com/place?id=1&use=posts&lpsid={post_id}",
        }


@dataclass
class FakeGoogleBusiness:
    """The fake network; serve it with `ApiServer(FakeGoogleBusiness())`.

    Attributes:
        now: the fake's clock (tests move it).
        tokens: access token -> the scopes it holds.
        accounts: account resources (accounts.list), the PERSONAL one first.
        locations: account name -> its v1 location resources.
        posts: post name -> the post.
        created: every accepted create body, in order.
        fetched: (sourceUrl, HTTP status) of every photo fetch.
        processing_polls: reads a photo post stays PROCESSING for.
        reject_next: the next post ends REJECTED whatever its photo.
        rate_limit_after: answer 429 RESOURCE_EXHAUSTED once this many calls were served (None: never).
        omit_state: the create answer carries no `state` (it is output only; a client must not rely on it).
        calls: method ids called, in order.
    """

    now: datetime = field(default_factory=lambda: datetime(2026, 12, 4, 12, 0, tzinfo=UTC))
    tokens: dict[str, set[str]] = field(default_factory=lambda: {"token-alice": {SCOPE}})
    accounts: list[dict[str, Any]] = field(default_factory=list)
    locations: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    posts: dict[str, FakePost] = field(default_factory=dict)
    created: list[dict[str, Any]] = field(default_factory=list)
    fetched: list[tuple[str, int]] = field(default_factory=list)
    processing_polls: int = 1
    reject_next: bool = False
    rate_limit_after: int | None = None
    omit_state: bool = False
    calls: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._ids = itertools.count(1001)
        self._lock = threading.Lock()
        if not self.accounts:
            self.accounts = [
                {
                    "name": "accounts/111",
                    "accountName": "Alice Baker",
                    "type": "PERSONAL",
                    "role": "PRIMARY_OWNER",
                    "verificationState": "VERIFIED",
                }
            ]
            self.locations["accounts/111"] = [
                {
                    "name": "locations/222",
                    "title": "Alice's Bakery",
                    "storefrontAddress": {"addressLines": ["1 Main St"], "locality": "Springfield"},
                }
            ]

    def location(self) -> str:
        """The v4 name of the first location."""
        account = self.accounts[0]["name"]
        return f"{account}/{self.locations[account][0]['name']}"

    # -- dispatch ---------------------------------------------------------------------------------

    def __call__(self, req: Req) -> Resp:
        with self._lock:
            return self._serve(req)

    def _serve(self, req: Req) -> Resp:
        v4 = next((mid for (verb, pattern), mid in _V4.items() if verb == req.method and pattern.match(req.path)), None)
        found = None if v4 else _v1_method(req.method, req.path)
        if v4 is None and found is None:
            return error(404, "NOT_FOUND", f"The requested URL {req.path} was not found on this server.")
        auth = req.headers.get("authorization", "")
        scopes = self.tokens.get(auth[7:]) if auth.lower().startswith("bearer ") else None
        if scopes is None:
            return error(
                401,
                "UNAUTHENTICATED",
                "Request had invalid authentication credentials. Expected OAuth 2 "
                "access token, login cookie or other valid authentication "
                "credential.",
                reason="ACCESS_TOKEN_EXPIRED",
            )
        allowed = {SCOPE, LEGACY_SCOPE} if v4 else {SCOPE}
        if not scopes & allowed:
            return error(
                403,
                "PERMISSION_DENIED",
                "Request had insufficient authentication scopes.",
                reason="ACCESS_TOKEN_SCOPE_INSUFFICIENT",
            )
        if self.rate_limit_after is not None and len(self.calls) >= self.rate_limit_after:
            return error(
                429,
                "RESOURCE_EXHAUSTED",
                "Quota exceeded for quota metric 'Requests' and limit "
                "'Requests per minute' of service 'mybusiness.googleapis.com'.",
                reason="RATE_LIMIT_EXCEEDED",
            )
        if v4 is not None:
            unknown = set(req.query) - _V4_QUERY.get(v4, set()) - set(discoveries()[0].doc["parameters"])
            if unknown:
                return error(
                    400,
                    "INVALID_ARGUMENT",
                    f"Invalid JSON payload received. Unknown name {sorted(unknown)[0]!r}: Cannot bind query parameter.",
                )
            self.calls.append(v4)
            return getattr(self, "_" + v4.replace(".", "_"))(req)
        doc, method = found  # type: ignore[misc]
        problem = self._check_v1_query(doc, method, req)
        if problem:
            return error(400, "INVALID_ARGUMENT", problem)
        self.calls.append(method["id"])
        if method["id"].endswith("accounts.list"):
            return self._page(self.accounts, "accounts", req, 20)
        if method["id"].endswith("accounts.locations.list"):
            parent = req.path.removeprefix("/v1/").removesuffix("/locations")
            if not any(a["name"] == parent for a in self.accounts):
                return error(403, "PERMISSION_DENIED", "The caller does not have permission")
            mask = {f.strip() for f in req.query["readMask"][0].split(",")}
            known = set(doc.schemas["Location"]["properties"])
            if not mask <= known:
                return error(400, "INVALID_ARGUMENT", f"Invalid field mask: {sorted(mask - known)}")
            shown = [{k: v for k, v in loc.items() if k in mask} for loc in self.locations.get(parent, [])]
            return self._page(shown, "locations", req, 100, default=10)  # "Default value is 10 if not set"
        return error(501, "UNIMPLEMENTED", f"{method['id']} is not part of this fake")

    @staticmethod
    def _check_v1_query(doc: Discovery, method: dict[str, Any], req: Req) -> str:
        params = {**doc.doc.get("parameters", {}), **method.get("parameters", {})}
        for name, values in req.query.items():
            spec = params.get(name)
            if spec is None or spec.get("location") == "path":
                return f"Invalid JSON payload received. Unknown name {name!r}: Cannot bind query parameter."
            for value in values:
                problem = _scalar(name, value, spec)
                if problem:
                    return problem
        for name, spec in method.get("parameters", {}).items():
            if spec.get("required") and spec.get("location") == "query" and not req.query.get(name):
                return f"{name} is required"
        return ""

    @staticmethod
    def _page(items: list[dict[str, Any]], key: str, req: Req, most: int, default: int | None = None) -> Resp:
        size = int(req.query.get("pageSize", [str(default or most)])[0])
        if size < 0 or size > most:
            return error(400, "INVALID_ARGUMENT", f"pageSize must be at most {most}")
        size = size or default or most
        start = int(req.query.get("pageToken", ["0"])[0] or 0)
        body: dict[str, Any] = {key: items[start : start + size]}
        if start + size < len(items):
            body["nextPageToken"] = str(start + size)
        return Resp(200, body)

    # -- local posts ------------------------------------------------------------------------------

    def _location_of(self, path: str) -> str | None:
        match = re.match(r"^/v4/(accounts/[^/]+/locations/[^/]+)", path)
        name = match.group(1) if match else ""
        account, _, location = name.partition("/locations/")
        if any(loc["name"] == f"locations/{location}" for loc in self.locations.get(account, [])):
            return name
        return None

    def _localPosts_create(self, req: Req) -> Resp:
        location = self._location_of(req.path)
        if location is None:
            return error(404, "NOT_FOUND", "Requested entity was not found.")
        try:
            body = req.json()
        except ValueError:
            return error(400, "INVALID_ARGUMENT", "Invalid JSON payload received.")
        problem = check_local_post(body)
        if problem:
            return _invalid(problem)
        name = f"{location}/localPosts/{next(self._ids)}"
        photo = bool(body.get("media"))
        post = FakePost(
            name,
            body,
            self.now,
            "PROCESSING" if photo or self.reject_next else "LIVE",
            self.processing_polls if photo else 0,
        )
        if self.reject_next and not photo:
            post.state, self.reject_next = "REJECTED", False
        self.posts[name] = post
        self.created.append(body)
        answer = post.json()
        if self.omit_state:
            answer.pop("state")
        return Resp(200, answer)

    def _localPosts_get(self, req: Req) -> Resp:
        post = self.posts.get(req.path.removeprefix("/v4/"))
        if post is None:
            return error(404, "NOT_FOUND", "Requested entity was not found.")
        if post.state == "PROCESSING":
            if not any(url == post.body["media"][0]["sourceUrl"] for url, _ in self.fetched):
                ok = self._fetch(post.body["media"][0]["sourceUrl"])
                if not ok or self.reject_next:
                    post.state, self.reject_next = "REJECTED", False
            post.polls_left -= 1
            if post.state == "PROCESSING" and post.polls_left <= 0:
                post.state = "LIVE"
        return Resp(200, post.json())

    def _fetch(self, url: str) -> bool:
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:
                data = answer.read(PHOTO_MAX_BYTES + 1)
                self.fetched.append((url, answer.status))
        except urllib.error.HTTPError as exc:
            self.fetched.append((url, exc.code))
            return False
        except OSError:
            self.fetched.append((url, 0))
            return False
        is_image = data.startswith(b"\xff\xd8\xff") or data.startswith(b"\x89PNG\r\n\x1a\n")
        return is_image and len(data) <= PHOTO_MAX_BYTES

    def _localPosts_list(self, req: Req) -> Resp:
        location = self._location_of(req.path)
        if location is None:
            return error(404, "NOT_FOUND", "Requested entity was not found.")
        mine = sorted(
            (p for p in self.posts.values() if p.name.startswith(location + "/")), key=lambda p: p.created, reverse=True
        )
        # "How many local posts to return per page. Default of 20. The minimum is 1, and maximum page size is 100."
        return self._page([p.json() for p in mine], "localPosts", req, 100, default=20)

    def _localPosts_delete(self, req: Req) -> Resp:
        if self.posts.pop(req.path.removeprefix("/v4/"), None) is None:
            return error(404, "NOT_FOUND", "Requested entity was not found.")
        return Resp(200, {})

    def advance(self, delta: timedelta) -> None:
        """Move the fake's clock."""
        self.now += delta


def _date(value: Any, where: str) -> tuple[int, int, int] | str:
    if not isinstance(value, dict) or set(value) - {"year", "month", "day"}:
        return f"{where} must be a Date {{year, month, day}}"
    try:
        stamp = datetime(int(value.get("year", 0)), int(value.get("month", 0)), int(value.get("day", 0)))
    except (TypeError, ValueError):
        return f"{where} is not a valid date"
    return stamp.year, stamp.month, stamp.day


def _time(value: Any, where: str) -> tuple[int, int, int] | str:
    if value is None:
        return 0, 0, 0
    if not isinstance(value, dict) or set(value) - {"hours", "minutes", "seconds", "nanos"}:
        return f"{where} must be a TimeOfDay"
    hours, minutes, seconds = (value.get(k, 0) for k in ("hours", "minutes", "seconds"))
    if not all(isinstance(v, int) for v in (hours, minutes, seconds)) or not (
        0 <= hours <= 23 and 0 <= minutes <= 59 and 0 <= seconds <= 59
    ):
        return f"{where} is not a valid time of day"
    return hours, minutes, seconds


def check_local_post(body: Any) -> str:
    """What is wrong with a `LocalPost` create body ("" when nothing), as Google's front end says it."""
    if not isinstance(body, dict):
        return "the body must be a LocalPost object"
    unknown = set(body) - _INPUT_FIELDS
    if unknown:
        return f"Invalid JSON payload received. Unknown name {sorted(unknown)[0]!r} at 'local_post'"
    topic = body.get("topicType")
    if topic not in TOPICS:
        return "topicType is required (STANDARD, EVENT, OFFER or ALERT)"
    summary = body.get("summary", "")
    if not isinstance(summary, str) or len(summary) > SUMMARY_LIMIT:
        return f"summary must be a string of at most {SUMMARY_LIMIT} characters"
    cta = body.get("callToAction")
    if cta is not None:
        if not isinstance(cta, dict) or set(cta) - {"actionType", "url"} or cta.get("actionType") not in ACTIONS:
            return "callToAction.actionType is not a valid ActionType"
        if cta["actionType"] == "CALL" and "url" in cta:
            return "callToAction.url must be left unset for a CALL action"
        if cta["actionType"] != "CALL" and not str(cta.get("url") or "").startswith(("http://", "https://")):
            return "callToAction.url is required"
    if topic in ("EVENT", "OFFER"):
        event = body.get("event")
        if not isinstance(event, dict) or set(event) - {"title", "schedule"}:
            return f"event is required for topic type {topic}"
        if not str(event.get("title") or "").strip():
            return "event.title is required"
        schedule = event.get("schedule")
        if not isinstance(schedule, dict) or set(schedule) - {"startDate", "startTime", "endDate", "endTime"}:
            return "event.schedule is required"
        start = (_date(schedule.get("startDate"), "startDate"), _time(schedule.get("startTime"), "startTime"))
        end = (_date(schedule.get("endDate"), "endDate"), _time(schedule.get("endTime"), "endTime"))
        for part in (*start, *end):
            if isinstance(part, str):
                return f"event.schedule.{part}"
        if end < start:
            return "event.schedule ends before it starts"
    elif "event" in body:
        return "event is only for EVENT and OFFER posts"
    offer = body.get("offer")
    if offer is not None:
        if topic != "OFFER":
            return "offer should only be set when the topicType is OFFER"
        if not isinstance(offer, dict) or set(offer) - {"couponCode", "redeemOnlineUrl", "termsConditions"}:
            return "offer has unknown fields"
    media = body.get("media")
    if media is not None:
        if not isinstance(media, list) or len(media) > 1:
            return "a local post takes one media item"
        for item in media:
            if not isinstance(item, dict) or set(item) - {"mediaFormat", "sourceUrl"}:
                return "sourceUrl is the only supported data field for a LocalPost MediaItem"
            if item.get("mediaFormat") not in ("PHOTO", "VIDEO") or not item.get("sourceUrl"):
                return "media items need a mediaFormat and a sourceUrl"
    return ""
