"""A fake of LinkedIn's versioned REST API (api.linkedin.com/rest) on a real local socket.

Written from Microsoft's LinkedIn docs (checked this session):
- Posts API, https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/posts-api:
  POST /rest/posts with author (urn:li:person / urn:li:organization), commentary, visibility
  (PUBLIC, CONNECTIONS, LOGGED_IN, CONTAINER), distribution (feedDistribution,
  targetEntities, thirdPartyDistributionChannels), lifecycleState PUBLISHED,
  isReshareDisabledByAuthor, content (media {id, altText, title} or multiImage {images});
  201 with the post URN in the `x-restli-id` header; DELETE /rest/posts/{encoded urn} -> 204;
  GET /rest/posts?q=author&author=... (FINDER) lists an author's posts;
- every call needs `LinkedIn-Version: YYYYMM` and `X-Restli-Protocol-Version: 2.0.0`
  (Images API page: "All APIs require the request headers ...");
- Images API, .../shares/images-api: POST /rest/images?action=initializeUpload
  {"initializeUploadRequest": {"owner"}} -> {"value": {"uploadUrl", "image",
  "uploadUrlExpiresAt"}}, then PUT the bytes to uploadUrl; GET /rest/images/{urn} -> status
  PROCESSING / AVAILABLE;
- Videos API, .../shares/videos-api: initializeUpload with fileSizeBytes -> uploadInstructions
  [{uploadUrl, firstByte, lastByte}] and uploadToken; PUT each part (ETag answered); POST
  /rest/videos?action=finalizeUpload {"finalizeUploadRequest": {video, uploadToken,
  uploadedPartIds}};
- little text, .../shares/little-text-format: commentary is "little" text; the characters
  \\ | { } @ [ ] ( ) < > # * _ ~ are reserved and must be backslash-escaped unless they form an
  element (@[Name](urn), #hashtag, {hashtag|\\#|tag}). LinkedIn answers 201 and silently cuts the
  post at the first stray reserved character (reported by integrators); this fake does the same,
  so a test that reads the stored text back catches it.
- Comments: POST /rest/socialActions/{encoded post urn}/comments {actor, object, message{text}};
  GET /rest/socialActions/{encoded post urn} gives likesSummary and commentsSummary.
- Comments API, .../shares/comments-api ("Get Comments on Shares", "Get Comments on Comments",
  "Create a Comment", "Delete a Comment"): GET /rest/socialActions/{encoded post or comment
  urn}/comments?start=&count= lists comments ({"elements": [{actor, commentUrn, id, created
  {actor, time}, message {text}, object, parentComment?, commentsSummary}], "paging": {start,
  count, total}}); a nested comment carries `parentComment` (the first-level comment; one level
  only); DELETE /rest/socialActions/{urn}/comments/{id}?actor={encoded actor} -> 204.
  Permissions (the page's table): reading a member's comments needs the restricted
  r_member_social ("granted to select developers only"), an organization's r_organization_social;
  without it LinkedIn answers 403 ACCESS_DENIED. Order of the list and the largest count are not
  documented (U): oldest first and 100 here.
- errors: {"status", "serviceErrorCode", "code", "message"}; 401 code INVALID_ACCESS_TOKEN.
- Scopes, per endpoint, from each page's "Permissions" table: a token carries the scope list it
  was granted (`scopes`); a call its list does not cover is answered 403 ACCESS_DENIED "Not
  enough permissions to access: <resource>.<METHOD>" (LinkedIn's shape). Posts, Images and
  Videos API: creating or deleting as a member needs w_member_social, as an organization
  w_organization_social (the owner/author decides); the author finder needs r_member_social
  (select developers only) for a member, r_organization_social for an organization; Comments
  and Social Actions: writing w_member_social / w_organization_social by actor, reading
  r_member_social / r_organization_social by the post's author. Organization Access Control by
  Role (.../organizations/organization-access-control-by-role), GET
  /rest/organizationAcls?q=roleAssignee&role=&state= (FINDER, Rest.li 2.0.0 header required):
  the page's table lists rw_organization_admin and r_organization_admin; the stored copy of the
  table was cut after those two, and LinkedIn's own sample apps list a member's administered
  pages with only w_organization_social (U), so any of the four organization scopes is accepted.
  Decoration `projection=(elements*(*,organization~(localizedName)))` adds the page's name
  under `organization~`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote

from tests.fakes.http_fake import FakeRequest, FakeResponse

MEMBER_ID = "Ab12Cd34Ef"
ORG_URN = "urn:li:organization:5515715"
ORG_NAME = "Studio Lumen"
OTHER_ORG_URN = "urn:li:organization:8801234"
OTHER_ORG_NAME = "Lumen Workshops"
ANALYST_ORG_URN = "urn:li:organization:4400001"
#: What "Share on LinkedIn" + "Sign In with LinkedIn using OpenID Connect" grant a member app.
MEMBER_SCOPES = frozenset({"openid", "profile", "w_member_social"})
#: What the Community Management API adds for pages a member administers.
ORGANIZATION_SCOPES = frozenset({"w_organization_social", "r_organization_social"})
#: Every scope a token of the fake may carry (r_member_social: granted to select developers only).
ALL_SCOPES = MEMBER_SCOPES | ORGANIZATION_SCOPES | {"r_member_social"}
_ACL_SCOPES = ("rw_organization_admin", "r_organization_admin", "w_organization_social", "r_organization_social")
#: Versions LinkedIn has published and not yet sunset on the fake's day (December 2026): the
#: migrations table and recent-changes page (see `postdesk.platforms.linkedin.PUBLISHED_VERSIONS`,
#: kept separately on purpose so the two can disagree); 202510 and 202511 were sunset in October
#: and November 2026; there never was a 202512 or a 202604.
ACTIVE_VERSIONS = {"202601", "202602", "202603", "202605", "202606", "202607"}
TEXT_LIMIT = 3000
_RESERVED = set("\\|{}@[]()<>#*_~")
_ELEMENT = re.compile(
    r"https?://[^\s]+"  # URLs are left as they are and auto-linked
    r"|@\[[^\]]*\]\(urn:li:(?:person|organization):[^)]+\)"
    r"|\{hashtag\|\\#\|[^}]+\}"
    r"|#\w+"
)
_POST_KEYS = {
    "author",
    "commentary",
    "visibility",
    "distribution",
    "lifecycleState",
    "isReshareDisabledByAuthor",
    "content",
    "contentLandingPage",
    "contentCallToActionLabel",
    "reshareContext",
    "adContext",
    "container",
}


def render_little(text: str) -> str:
    """What LinkedIn shows for a little-text commentary (cut at the first stray reserved char)."""
    out: list[str] = []
    i = 0
    while i < len(text):
        match = _ELEMENT.match(text, i)
        if match and (i == 0 or not text[i - 1].isalnum() or match.group(0)[0] != "#"):
            token = match.group(0)
            if token.startswith("{hashtag"):
                token = "#" + token.split("|", 2)[2][:-1]
            elif token.startswith("@["):
                token = token[2 : token.index("]")]
            out.append(token)
            i = match.end()
            continue
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and text[i + 1] in _RESERVED:
            out.append(text[i + 1])
            i += 2
            continue
        if ch in _RESERVED:
            break  # silent truncation, as LinkedIn does
        out.append(ch)
        i += 1
    return "".join(out)


@dataclass
class LinkedInFake:
    """The fake network's state and request handler (serve it with `FakeHTTPServer`).

    Attributes:
        token: the one valid access token.
        base: the server's own URL (upload URLs point back at it).
        posts: created posts by URN, with "rendered" (what a reader sees).
        images: image URN -> {"status", "bytes"}.
        videos: video URN -> {"status", "parts", "size"}.
        sent: every accepted post body, in order (what the adapter sent).
        read_social: authors whose posts' social actions the token may read (organizations the
            member administers; a member's own only with the restricted r_member_social).
        image_polls: reads an uploaded image stays PROCESSING.
    """

    token: str = "li-token-1"
    base: str = ""
    posts: dict[str, dict[str, Any]] = field(default_factory=dict)
    images: dict[str, dict[str, Any]] = field(default_factory=dict)
    videos: dict[str, dict[str, Any]] = field(default_factory=dict)
    comments: list[dict[str, Any]] = field(default_factory=list)
    sent: list[dict[str, Any]] = field(default_factory=list)
    image_polls: int = 1
    now_ms: int = 1778576400000
    read_social: set[str] = field(default_factory=lambda: {ORG_URN})
    video_part_size: int = 4 * 1024 * 1024
    scopes: set[str] = field(default_factory=lambda: set(ALL_SCOPES))
    scope_refusals: list[str] = field(default_factory=list)
    acls: list[dict[str, str]] = field(
        default_factory=lambda: [
            {"organization": ORG_URN, "name": ORG_NAME, "role": "ADMINISTRATOR", "state": "APPROVED"},
            {"organization": OTHER_ORG_URN, "name": OTHER_ORG_NAME, "role": "ADMINISTRATOR", "state": "APPROVED"},
            {"organization": ANALYST_ORG_URN, "name": "Town Market", "role": "ANALYST", "state": "APPROVED"},
        ]
    )
    _ids: itertools.count = field(default_factory=lambda: itertools.count(7200000000000000001))

    @staticmethod
    def _error(status: int, message: str, code: str = "", service: int = 100) -> FakeResponse:
        return FakeResponse(status, {"status": status, "serviceErrorCode": service, "code": code, "message": message})

    def _owner_ok(self, urn: Any) -> bool:
        administered = {
            a["organization"] for a in self.acls if a["role"] == "ADMINISTRATOR" and a["state"] == "APPROVED"
        }
        return urn == f"urn:li:person:{MEMBER_ID}" or urn in administered

    def _needs(self, scope: str, resource: str) -> FakeResponse | None:
        """LinkedIn's refusal when the token's scope list lacks `scope`, else None."""
        if scope in self.scopes:
            return None
        self.scope_refusals.append(f"{resource} needs {scope}")
        return self._error(403, f"Not enough permissions to access: {resource}.20261001", "ACCESS_DENIED")

    def _write_as(self, author: Any, resource: str) -> FakeResponse | None:
        organization = str(author).startswith("urn:li:organization:")
        return self._needs("w_organization_social" if organization else "w_member_social", resource)

    def _read_of(self, author: Any, resource: str) -> FakeResponse | None:
        organization = str(author).startswith("urn:li:organization:")
        return self._needs("r_organization_social" if organization else "r_member_social", resource)

    def __call__(self, request: FakeRequest) -> FakeResponse:
        if request.method == "PUT" and request.path.startswith("/upload/"):
            return self._upload(request)
        if request.bearer != self.token:
            return self._error(401, "Invalid access token", "INVALID_ACCESS_TOKEN", 65600)
        version = request.headers.get("linkedin-version")
        if version is None:
            return self._error(
                400,
                "A version must be present. Please specify a version by adding the LinkedIn-Version header.",
                "VERSION_MISSING",
            )
        if version not in ACTIVE_VERSIONS:
            return self._error(426, f"Requested version {version} is not active", "NONEXISTENT_VERSION")
        if request.headers.get("x-restli-protocol-version") != "2.0.0":
            return self._error(400, "X-Restli-Protocol-Version 2.0.0 is required")
        path, query = request.path, request.query
        if path == "/rest/organizationAcls" and request.method == "GET":
            return self._acls(request)
        if path == "/rest/posts" and request.method == "POST":
            return self._create_post(request)
        if path == "/rest/posts" and request.method == "GET" and query.get("q") == "author":
            # Posts API, "Find Posts by Authors": a FINDER call carries X-RestLi-Method: FINDER.
            if request.headers.get("x-restli-method", "").upper() != "FINDER":
                return self._error(400, "X-RestLi-Method: FINDER is required")
            return self._read_of(query.get("author"), "partnerApiPostsExternal.FINDER-author") or self._list(query)
        if path.startswith("/rest/posts/") and request.method == "DELETE":
            urn = unquote(path.removeprefix("/rest/posts/"))
            if request.headers.get("x-restli-method", "").upper() != "DELETE":
                return self._error(400, "X-RestLi-Method: DELETE is required")
            if urn not in self.posts:
                return self._error(404, f"Post {urn} not found", "NOT_FOUND")
            refused = self._write_as(self.posts[urn]["author"], "partnerApiPostsExternal.DELETE")
            if refused:
                return refused
            del self.posts[urn]
            return FakeResponse(204)
        if path == "/rest/images" and query.get("action") == "initializeUpload":
            return self._init_image(request)
        if path.startswith("/rest/images/") and request.method == "GET":
            return self._get_media(self.images, unquote(path.removeprefix("/rest/images/")))
        if path == "/rest/videos" and query.get("action") == "initializeUpload":
            return self._init_video(request)
        if path == "/rest/videos" and query.get("action") == "finalizeUpload":
            return self._finalize_video(request)
        if path.startswith("/rest/videos/") and request.method == "GET":
            return self._get_media(self.videos, unquote(path.removeprefix("/rest/videos/")))
        if path.startswith("/rest/socialActions/") and path.endswith("/comments") and request.method == "GET":
            return self._list_comments(unquote(path.split("/")[3]), query)
        if path.startswith("/rest/socialActions/") and path.count("/") == 5 and request.method == "DELETE":
            bits = path.split("/")
            if bits[4] == "comments":
                return self._delete_comment(unquote(bits[3]), unquote(bits[5]), query)
        if path.startswith("/rest/socialActions/") and path.endswith("/comments") and request.method == "POST":
            return self._comment(request, unquote(path.split("/")[3]))
        if path.startswith("/rest/socialActions/") and path.count("/") == 3 and request.method == "GET":
            return self._summary(unquote(path.split("/")[3]))
        return self._error(404, f"No resource at {request.method} {path}", "NOT_FOUND")

    # -- organizations ------------------------------------------------------------------------

    def _acls(self, request: FakeRequest) -> FakeResponse:
        query = request.query
        if query.get("q") != "roleAssignee":
            return self._error(400, "Only the roleAssignee finder is faked", "BAD_REQUEST")
        if request.headers.get("x-restli-method", "").upper() != "FINDER":
            return self._error(400, "X-RestLi-Method: FINDER is required")
        if not any(scope in self.scopes for scope in _ACL_SCOPES):
            self.scope_refusals.append("organizationAcls.FINDER-roleAssignee needs an organization scope")
            return self._error(
                403, "Not enough permissions to access: organizationAcls.FINDER-roleAssignee.20261001", "ACCESS_DENIED"
            )
        decorated = "organization~(localizedName)" in query.get("projection", "")
        elements = []
        for acl in self.acls:
            if query.get("role") and acl["role"] != query["role"]:
                continue
            if query.get("state") and acl["state"] != query["state"]:
                continue
            element: dict[str, Any] = {
                "roleAssignee": f"urn:li:person:{MEMBER_ID}",
                "state": acl["state"],
                "role": acl["role"],
                "organization": acl["organization"],
            }
            if decorated:
                element["organization~"] = {"localizedName": acl["name"]}
            elements.append(element)
        return FakeResponse(200, {"elements": elements, "paging": {"start": 0, "count": 10, "total": len(elements)}})

    # -- posts --------------------------------------------------------------------------------

    def _body(self, request: FakeRequest) -> dict[str, Any] | FakeResponse:
        if "application/json" not in request.headers.get("content-type", ""):
            return self._error(415, "Content-Type must be application/json")
        try:
            body = request.json()
        except ValueError:
            return self._error(400, "Request body is not valid JSON")
        return body if isinstance(body, dict) else self._error(400, "Request body must be an object")

    def _create_post(self, request: FakeRequest) -> FakeResponse:
        body = self._body(request)
        if isinstance(body, FakeResponse):
            return body
        unknown = set(body) - _POST_KEYS
        if unknown:
            return self._error(422, f"Unrecognized fields: {sorted(unknown)}", "UNPROCESSABLE_ENTITY")
        for key in ("author", "commentary", "visibility", "distribution", "lifecycleState"):
            if key not in body:
                return self._error(
                    422, f"/{key} :: field is required but not found and has no default value", "UNPROCESSABLE_ENTITY"
                )
        if not isinstance(body["commentary"], str):
            return self._error(422, "/commentary :: not a string", "UNPROCESSABLE_ENTITY")
        if len(body["commentary"]) > TEXT_LIMIT:  # str length = UTF-16 units for BMP text (U)
            return self._error(422, f"/commentary :: length exceeds {TEXT_LIMIT}", "UNPROCESSABLE_ENTITY")
        if body["visibility"] not in ("PUBLIC", "CONNECTIONS", "LOGGED_IN", "CONTAINER"):
            return self._error(422, "/visibility :: invalid enum value", "UNPROCESSABLE_ENTITY")
        if body["lifecycleState"] not in ("PUBLISHED", "DRAFT"):
            return self._error(422, "/lifecycleState :: invalid enum value", "UNPROCESSABLE_ENTITY")
        dist = body["distribution"]
        if not isinstance(dist, dict) or dist.get("feedDistribution") not in ("MAIN_FEED", "NONE"):
            return self._error(422, "/distribution/feedDistribution :: field is required", "UNPROCESSABLE_ENTITY")
        refused = self._write_as(body["author"], "partnerApiPostsExternal.CREATE")
        if refused:
            return refused
        if not self._owner_ok(body["author"]):
            return self._error(
                403, "Not enough permissions to access: partnerApiPostsExternal.CREATE.20261001", "ACCESS_DENIED"
            )
        if body["author"].startswith("urn:li:organization:") and body["visibility"] != "PUBLIC":
            return self._error(422, "Organization posts must be PUBLIC", "UNPROCESSABLE_ENTITY")
        problem = self._check_content(body.get("content"), body["author"])
        if problem:
            return self._error(422, problem, "UNPROCESSABLE_ENTITY")
        urn = f"urn:li:share:{next(self._ids)}"
        self.posts[urn] = {
            "id": urn,
            **body,
            "rendered": render_little(body["commentary"]),
            "createdAt": 1778576400000 + len(self.posts),
            "publishedAt": 1778576400000,
        }
        self.sent.append(body)
        return FakeResponse(201, None, {"x-restli-id": urn})

    def _check_content(self, content: Any, author: str) -> str:
        if content is None:
            return ""
        if not isinstance(content, dict) or len(content) != 1:
            return "/content :: exactly one content type is allowed"
        if "media" in content:
            media = content["media"]
            urn = media.get("id") if isinstance(media, dict) else None
            store = self.images if str(urn).startswith("urn:li:image:") else self.videos
            item = store.get(str(urn))
            if item is None or item["owner"] != author:
                return f"/content/media/id :: {urn} is not an uploaded asset of {author}"
            if item["status"] != "AVAILABLE":
                return f"/content/media/id :: {urn} is not AVAILABLE"
            if len(str(media.get("altText", ""))) > 4086:
                return "/content/media/altText :: too long"
            return ""
        if "multiImage" in content:
            images = (content["multiImage"] or {}).get("images")
            if not isinstance(images, list) or not 2 <= len(images) <= 20:
                return "/content/multiImage/images :: 2 to 20 images"
            for image in images:
                item = self.images.get(str(image.get("id")))
                if item is None or item["status"] != "AVAILABLE" or item["owner"] != author:
                    return f"/content/multiImage :: {image.get('id')} is not an available image of {author}"
            return ""
        return f"/content :: unsupported content {sorted(content)}"

    def _list(self, query: dict[str, str]) -> FakeResponse:
        author = query.get("author", "")
        count = int(query.get("count", "10"))
        found = [p for p in reversed(self.posts.values()) if p["author"] == author]
        elements = [
            {k: v for k, v in p.items() if k != "rendered"} | {"commentary": p["commentary"]} for p in found[:count]
        ]
        return FakeResponse(200, {"elements": elements, "paging": {"start": 0, "count": count}})

    def _comment(self, request: FakeRequest, post_urn: str) -> FakeResponse:
        body = self._body(request)
        if isinstance(body, FakeResponse):
            return body
        parent = body.get("parentComment")
        if post_urn.startswith("urn:li:comment:") or parent is not None:
            # A nested comment: under a first-level comment of the same post.
            found = self._find_comment(str(parent))
            if found is None or found.get("parentComment"):
                return self._error(422, "/parentComment :: not a first-level comment", "UNPROCESSABLE_ENTITY")
            if post_urn not in (found["urn"], found["object"]):
                return self._error(422, "/parentComment :: does not match the resource", "UNPROCESSABLE_ENTITY")
            post_urn = found["object"]
        if post_urn not in self.posts:
            return self._error(404, f"{post_urn} not found", "NOT_FOUND")
        if body.get("object") != post_urn or not self._owner_ok(body.get("actor")):
            return self._error(422, "actor and object are required", "UNPROCESSABLE_ENTITY")
        refused = self._write_as(body["actor"], "socialActionsComments.CREATE")
        if refused:
            return refused
        text = (body.get("message") or {}).get("text")
        if not isinstance(text, str) or not text:
            return self._error(422, "/message/text :: field is required", "UNPROCESSABLE_ENTITY")
        comment_id = str(next(self._ids))
        urn = f"urn:li:comment:({post_urn},{comment_id})"
        created = {"actor": body["actor"], "time": self.now_ms + len(self.comments)}
        self.comments.append({"id": comment_id, "urn": urn, **body, "created": created})
        return FakeResponse(
            201, {"id": comment_id, "commentUrn": urn, **body, "created": created}, {"x-restli-id": comment_id}
        )

    # -- comments: reading and deleting -------------------------------------------------------

    def comment_from(self, post_urn: str, actor: str, text: str, parent: str | None = None) -> str:
        """Someone else comments on a post (or answers a first-level comment); the comment URN."""
        comment_id = str(next(self._ids))
        urn = f"urn:li:comment:({post_urn},{comment_id})"
        self.comments.append(
            {
                "id": comment_id,
                "urn": urn,
                "actor": actor,
                "object": post_urn,
                "message": {"text": text},
                **({"parentComment": parent} if parent else {}),
                "created": {"actor": actor, "time": self.now_ms + len(self.comments)},
            }
        )
        return urn

    def _find_comment(self, urn: str) -> dict[str, Any] | None:
        return next((c for c in self.comments if c["urn"] == urn), None)

    def _element(self, comment: dict[str, Any]) -> dict[str, Any]:
        nested = [c for c in self.comments if c.get("parentComment") == comment["urn"]]
        element = {
            "$URN": comment["urn"],
            "commentUrn": comment["urn"],
            "id": comment["id"],
            "actor": comment["actor"],
            "object": comment["object"],
            "message": comment["message"],
            "created": comment["created"],
            "lastModified": comment["created"],
            "commentsSummary": {"totalFirstLevelComments": len(nested), "aggregatedTotalComments": len(nested)},
        }
        if comment.get("parentComment"):
            element["parentComment"] = comment["parentComment"]
        return element

    def _list_comments(self, target: str, query: dict[str, str]) -> FakeResponse:
        if target.startswith("urn:li:comment:"):
            parent = self._find_comment(target)
            if parent is None:
                return self._error(404, f"{target} not found", "NOT_FOUND")
            post = self.posts.get(parent["object"])
            listed = [c for c in self.comments if c.get("parentComment") == target]
        else:
            post = self.posts.get(target)
            listed = [c for c in self.comments if c["object"] == target and not c.get("parentComment")]
        if post is None:
            return self._error(404, f"{target} not found", "NOT_FOUND")
        refused = self._read_of(post["author"], "socialActionsComments.GET_ALL")
        if refused:
            return refused
        if post["author"] not in self.read_social:
            # r_member_social (select developers only) for a member's post, r_organization_social
            # for an organization's.
            return self._error(
                403, "Not enough permissions to access: socialActionsComments.GET_ALL.20261001", "ACCESS_DENIED"
            )
        try:
            start, count = int(query.get("start", "0")), int(query.get("count", "10"))
        except ValueError:
            return self._error(400, "start and count must be integers")
        if start < 0 or not 1 <= count <= 100:
            return self._error(400, "count must be between 1 and 100")
        page = [self._element(c) for c in listed[start : start + count]]
        return FakeResponse(
            200, {"elements": page, "paging": {"start": start, "count": count, "total": len(listed), "links": []}}
        )

    def _delete_comment(self, target: str, comment_id: str, query: dict[str, str]) -> FakeResponse:
        actor = query.get("actor")
        if not actor:
            return self._error(400, "actor is required", "BAD_REQUEST")
        found = next(
            (c for c in self.comments if c["id"] == comment_id and target in (c["object"], c.get("parentComment"))),
            None,
        )
        if found is None:
            return self._error(404, f"Comment {comment_id} not found", "NOT_FOUND")
        if found["actor"] != actor or not self._owner_ok(actor):
            return self._error(403, "Not enough permissions to delete this comment", "ACCESS_DENIED")
        refused = self._write_as(actor, "socialActionsComments.DELETE")
        if refused:
            return refused
        self.comments.remove(found)
        return FakeResponse(204)

    def _summary(self, post_urn: str) -> FakeResponse:
        # GET /rest/socialActions/{urn} (network-update-social-actions, "Retrieve a Summary of
        # Social Actions"); reading needs r_member_social (granted to select developers) for a
        # member's post, r_organization_social for an organization's.
        post = self.posts.get(post_urn)
        if post is None:
            return self._error(404, f"{post_urn} not found", "NOT_FOUND")
        refused = self._read_of(post["author"], "socialActions.GET")
        if refused:
            return refused
        if post["author"] not in self.read_social:
            return self._error(403, "Not enough permissions to access: socialActions.GET.20261001", "ACCESS_DENIED")
        on_post = [c for c in self.comments if c["object"] == post_urn]
        return FakeResponse(
            200,
            {
                "$URN": post_urn,
                "target": post_urn,
                "likesSummary": {"likedByCurrentUser": False, "totalLikes": post.get("likes", 0)},
                "commentsSummary": {"totalFirstLevelComments": len(on_post), "aggregatedTotalComments": len(on_post)},
            },
        )

    # -- media --------------------------------------------------------------------------------

    def _init_image(self, request: FakeRequest) -> FakeResponse:
        body = self._body(request)
        if isinstance(body, FakeResponse):
            return body
        owner = (body.get("initializeUploadRequest") or {}).get("owner")
        refused = self._write_as(owner, "images.ACTION-initializeUpload")
        if refused:
            return refused
        if not self._owner_ok(owner):
            return self._error(403, "owner is not the member or an organization they administer", "ACCESS_DENIED")
        urn = f"urn:li:image:C4E{next(self._ids)}"
        self.images[urn] = {"status": "WAITING_UPLOAD", "owner": owner, "bytes": b"", "polls": self.image_polls}
        upload = f"{self.base}/upload/image/{quote(urn, safe='')}"
        return FakeResponse(200, {"value": {"uploadUrlExpiresAt": 1778580000000, "uploadUrl": upload, "image": urn}})

    def _init_video(self, request: FakeRequest) -> FakeResponse:
        body = self._body(request)
        if isinstance(body, FakeResponse):
            return body
        init = body.get("initializeUploadRequest") or {}
        size = init.get("fileSizeBytes")
        refused = self._write_as(init.get("owner"), "videos.ACTION-initializeUpload")
        if refused:
            return refused
        if not self._owner_ok(init.get("owner")) or not isinstance(size, int) or size <= 0:
            return self._error(422, "owner and fileSizeBytes are required", "UNPROCESSABLE_ENTITY")
        urn = f"urn:li:video:C5F{next(self._ids)}"
        parts = []
        for n, first in enumerate(range(0, size, self.video_part_size)):
            last = min(first + self.video_part_size, size) - 1
            parts.append(
                {
                    "uploadUrl": f"{self.base}/upload/video/{quote(urn, safe='')}/{n}",
                    "firstByte": first,
                    "lastByte": last,
                }
            )
        self.videos[urn] = {
            "status": "WAITING_UPLOAD",
            "owner": init["owner"],
            "size": size,
            "parts": {},
            "expected": len(parts),
            "polls": 1,
        }
        return FakeResponse(
            200,
            {
                "value": {
                    "uploadUrlsExpireAt": 1778580000000,
                    "video": urn,
                    "uploadInstructions": parts,
                    "uploadToken": "",
                }
            },
        )

    def _upload(self, request: FakeRequest) -> FakeResponse:
        # Upload URLs are signed in reality; here they still want the member's bearer token.
        if request.bearer != self.token:
            return self._error(401, "Invalid access token", "INVALID_ACCESS_TOKEN", 65600)
        bits = request.path.split("/")
        urn = unquote(bits[3])
        if bits[2] == "image" and urn in self.images:
            if not request.body:
                return self._error(400, "Empty upload")
            self.images[urn].update(status="PROCESSING", bytes=request.body)
            return FakeResponse(201)
        if bits[2] == "video" and urn in self.videos:
            etag = f"etag-{bits[4]}-{len(request.body)}"
            self.videos[urn]["parts"][etag] = len(request.body)
            return FakeResponse(200, None, {"ETag": etag})
        return self._error(404, "No such upload", "NOT_FOUND")

    def _finalize_video(self, request: FakeRequest) -> FakeResponse:
        body = self._body(request)
        if isinstance(body, FakeResponse):
            return body
        final = body.get("finalizeUploadRequest") or {}
        video = self.videos.get(str(final.get("video")))
        if video is None or "uploadToken" not in final:
            return self._error(422, "video and uploadToken are required", "UNPROCESSABLE_ENTITY")
        ids = final.get("uploadedPartIds")
        if not isinstance(ids, list) or len(ids) != video["expected"] or set(ids) != set(video["parts"]):
            return self._error(400, "uploadedPartIds do not match the uploaded parts")
        if sum(video["parts"].values()) != video["size"]:
            return self._error(400, "uploaded bytes do not add up to fileSizeBytes")
        video["status"] = "PROCESSING"
        return FakeResponse(200, None)

    @staticmethod
    def _get_media(store: dict[str, dict[str, Any]], urn: str) -> FakeResponse:
        item = store.get(urn)
        if item is None:
            return LinkedInFake._error(404, f"{urn} not found", "NOT_FOUND")
        if item["status"] == "PROCESSING":
            if item["polls"] > 0:
                item["polls"] -= 1
            else:
                item["status"] = "AVAILABLE"
        return FakeResponse(200, {"id": urn, "status": item["status"], "owner": item["owner"]})
