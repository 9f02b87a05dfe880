"""Reddit: text, link, image, video and gallery posts to a subreddit; flair, NSFW, spoiler; the
subreddit's own rules checked first; lookup, delete, metrics, inbox replies.

Calls (reddit.com/dev/api; scopes from its "by oauth scope" index; host https://oauth.reddit.com):
- `GET /api/v1/me` (identity): the account's name, for the User-Agent and its submitted listing;
- `GET /subreddits/mine/subscriber` (mysubreddits): the subreddits to choose from;
- `GET /r/{sub}/about` (read): `submission_type`, `allow_images`, `allow_videos`,
  `allow_galleries`, `spoilers_enabled`;
- `GET /api/v1/{sub}/post_requirements` (submit): title and body lengths, body policy, flair
  required, domain lists (checked with `core.reddit_posts.check`, the composer's own check);
- `GET /r/{sub}/api/link_flair_v2` (flair): the link flairs a poster may choose;
- `POST /api/submit` (submit) with `api_type=json`, `kind` self / link / image / video, `sr`,
  `title`, `text`, `url`, `video_poster_url`, `flair_id`, `flair_text`, `nsfw`, `spoiler`,
  `sendreplies`, `validate_on_submit` (r/redditdev admin post, Feb 2020: the subreddit's post
  requirements are then checked at submit);
- `POST /api/submit_gallery_post.json` (submit; U) with items of `media_id` + `caption` +
  `outbound_url`; media go through `reddit_upload` (U: the flow of Reddit's own apps);
- a media post's submit answer names no post but a `websocket_url` on which Reddit says once
  whether it made the post (`reddit_media_ws`): "success" gives the post's address, "failed" is
  a refusal in words (Reddit could not process the media; nothing was posted);
- `GET /user/{name}/submitted` (history): lookup after a lost answer, and finding a media post
  when the websocket gave no word; not found within `media_wait` → AnswerLost (the engine's
  `unknown`: it looks again later, never resends blindly);
- `POST /api/del` (edit); `GET /api/info?id=t3_...` (read): score, num_comments, upvote_ratio;
- `GET /message/inbox` (privatemessages): comment and post replies, messages; `POST /api/comment`
  (submit; privatemessages for a message) to answer; `POST /api/read_message` to mark read.

Reddit has no scheduling through its API, no idempotency key, and no first-comment feature other
than commenting (which `first_comment` does). `remote_id` is the post's fullname (`t3_...`).
Options: `subreddit` (required), `title` (required), `link`, `flair_id`, `flair_text`, `nsfw`,
`spoiler`, `captions` (gallery captions, in order), `cover_image` (a video's poster).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, runtime_checkable

import httpx

from postdesk.core import reddit_posts
from postdesk.core.networks import Network
from postdesk.core.validation import ProblemCode
from postdesk.log import get_logger
from postdesk.platforms.base import (
    HANDOFF_NOT_OFFERED,
    MEDIA_NOT_PROCESSED,
    AnswerLost,
    Published,
    PublishRequest,
    RateLimit,
    Rejected,
    Transient,
)
from postdesk.platforms.credentials import CredentialSource
from postdesk.platforms.inbox import InboxItem, InboxKind, InboxPage
from postdesk.platforms.media_prep import check_sendable, prepare
from postdesk.platforms.metrics import PostMetrics, count
from postdesk.platforms.reddit_call import MISSING_PERMISSION, SUBREDDIT_UNSEEN, RedditCaller
from postdesk.platforms.reddit_media_ws import (
    MEDIA_FAILED,
    WEBSOCKET_HOSTS,
    MediaOutcome,
    allowed,
    media_outcome,
    post_id_of,
)
from postdesk.platforms.reddit_upload import upload_poster, upload_prepared
from postdesk.platforms.registry import Registry
from postdesk.platforms.rest_call import (
    SLOW_TIMEOUT,
    Clock,
    Sleep,
    bounded_client,
    created_id,
    utc_now,
)

API = "https://oauth.reddit.com"
log = get_logger(__name__)
WEB = "https://www.reddit.com"
NO_SUBREDDIT = "Choose the subreddit to post to"
NO_TITLE = "A Reddit post needs a title"
TITLE_TOO_LONG = f"Reddit titles are at most {reddit_posts.TITLE_LIMIT} characters"
NO_SCHEDULING = "Reddit cannot schedule posts through its API"
#: How long a subreddit's rules, flairs and the user's subscriptions stay cached.
CACHE_FOR = timedelta(hours=1)
CAPTION_LIMIT = 180  # U: the gallery composer's caption limit


@dataclass(frozen=True, slots=True)
class Flair:
    """A link flair a poster may choose (`link_flair_v2`).

    Attributes:
        id: the template id (`flair_id`).
        text: its text.
        editable: whether the poster may change the text (`flair_text`).
        background: its colour ("" for none).
    """

    id: str
    text: str
    editable: bool = False
    background: str = ""


@runtime_checkable
class SubredditsAdapter(Protocol):
    """What the composer's subreddit and flair pickers ask of the engine (Reddit)."""

    async def subscriptions(self, account_id: int | None) -> list[str]:
        """The subreddits the account subscribes to."""
        ...

    async def flairs(self, account_id: int | None, subreddit: str) -> list[Flair]:
        """The subreddit's link flairs."""
        ...

    async def subreddit_rules(self, account_id: int | None, subreddit: str) -> reddit_posts.SubredditRules:
        """The subreddit's rules, for validation before scheduling."""
        ...


def clean_subreddit(name: object) -> str:
    """`r/Foo`, `/r/Foo/` and `Foo` all name Foo."""
    text = str(name or "").strip().strip("/")
    return text.removeprefix("r/").removeprefix("R/").strip("/")


class RedditAdapter:
    """The Reddit adapter (one per engine).

    Args:
        credentials: each account's OAuth 2 token.
        base_url: the API root (tests point it at 127.0.0.1).
        transport: an httpx transport override (tests).
        clock: the current instant.
        sleep: how to wait between reads of the listing after a media post.
        media_wait: the longest wait, in seconds, for Reddit's word on a media post (websocket,
            then the listing).
        media_watch: waits on a media post's websocket (tests: the fake's).
        websocket_hosts: the hosts a media websocket may be on (tests: 127.0.0.1).
        lookup_window: how far before the send `lookup` accepts a post's creation time.
        timeout: the HTTP timeouts (uploads carry whole files).
    """

    network = Network.REDDIT
    # Free Data API: 100 queries a minute per OAuth client id (u/spez, r/reddit, "Addressing the
    # community about changes to our API", June 2023; the older wiki/API said 60). A media post takes
    # up to ~8 calls; the X-Ratelimit-* headers are what `reddit_call` actually keeps to.
    rate_limit: RateLimit | None = RateLimit(100, timedelta(minutes=1))
    lookup_settle = timedelta(seconds=15)

    def __init__(
        self,
        credentials: CredentialSource,
        *,
        base_url: str = API,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Clock = utc_now,
        sleep: Sleep = asyncio.sleep,
        media_wait: float = 120.0,
        lookup_window: timedelta = timedelta(minutes=2),
        timeout: httpx.Timeout = SLOW_TIMEOUT,
        media_watch: Callable[..., Awaitable[MediaOutcome | None]] = media_outcome,
        websocket_hosts: tuple[str, ...] = WEBSOCKET_HOSTS,
    ) -> None:
        self._media_watch = media_watch
        self._websocket_hosts = websocket_hosts
        self._base = base_url.rstrip("/")
        self._client = bounded_client(timeout=timeout, transport=transport)
        self._api = RedditCaller(credentials, self._client, self._base, clock)
        self._clock = clock
        self._sleep = sleep
        self._media_wait = media_wait
        self._lookup_window = lookup_window
        self._rules: dict[str, tuple[datetime, reddit_posts.SubredditRules]] = {}
        self._subs: dict[int | None, tuple[datetime, list[str]]] = {}

    async def _call(self, account_id: int | None, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return await self._api.call(account_id, method, path, **kwargs)

    async def username(self, account_id: int | None) -> str:
        """The account's Reddit name (`/api/v1/me`, once per account)."""
        if account_id not in self._api.usernames:
            me = await self._api.json(account_id, "GET", "/api/v1/me", what="who signed in")
            name = str(me.get("name") or "")
            if not name:
                raise Transient("Reddit answered /api/v1/me without a name")
            self._api.usernames[account_id] = name
        return self._api.usernames[account_id]

    # -- subreddits --------------------------------------------------------------------------------

    async def subscriptions(self, account_id: int | None) -> list[str]:
        """The account's subreddits (every page, cached for an hour)."""
        now = self._clock()
        cached = self._subs.get(account_id)
        if cached is not None and now - cached[0] < CACHE_FOR:
            return list(cached[1])
        names: list[str] = []
        after: str | None = None
        for _ in range(20):
            params: dict[str, str | int] = {"limit": 100}
            if after:
                params["after"] = after
            data = _listing(
                await self._api.json(
                    account_id, "GET", "/subreddits/mine/subscriber", what="your subreddits", params=params
                )
            )
            names += [
                str(c["data"]["display_name"])
                for c in data["children"]
                if isinstance(c.get("data"), Mapping) and c["data"].get("display_name")
            ]
            after = data.get("after") or None
            if not after:
                break
        self._subs[account_id] = (now, names)
        return list(names)

    async def flairs(self, account_id: int | None, subreddit: str) -> list[Flair]:
        """The subreddit's link flairs; [] where it has none or lets nobody choose.

        Raises:
            AuthExpired, RateLimited, Transient.
        """
        sub = clean_subreddit(subreddit)
        try:
            response = await self._call(account_id, "GET", f"/r/{sub}/api/link_flair_v2")
        except Rejected as refused:  # 403/404: flair is off in this subreddit, or not for posters
            if refused.reason == MISSING_PERMISSION:
                raise
            return []
        body = response.json() if response.content else []
        return (
            [
                Flair(
                    str(f["id"]),
                    str(f.get("text") or ""),
                    bool(f.get("text_editable")),
                    str(f.get("background_color") or ""),
                )
                for f in body
                if isinstance(f, Mapping) and f.get("id")
            ]
            if isinstance(body, list)
            else []
        )

    async def subreddit_rules(self, account_id: int | None, subreddit: str) -> reddit_posts.SubredditRules:
        """What the subreddit tells of its rules (`about`, `post_requirements`, flairs), cached an hour.

        Raises:
            Rejected: the subreddit does not exist or cannot be seen.
            AuthExpired, RateLimited, Transient.
        """
        sub = clean_subreddit(subreddit)
        now = self._clock()
        cached = self._rules.get(sub.lower())
        if cached is not None and now - cached[0] < CACHE_FOR:
            return cached[1]
        try:
            about = await self._api.json(account_id, "GET", f"/r/{sub}/about", what="the subreddit")
        except Rejected as refused:
            if refused.reason == MISSING_PERMISSION:
                raise
            raise Rejected(
                f"r/{sub} does not exist or cannot be seen from your account",
                http_status=refused.http_status,
                network_message=refused.network_message,
                problem=SUBREDDIT_UNSEEN,
            ) from None
        found = about.get("data")
        data: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
        requirements = await self._api.json(
            account_id, "GET", f"/api/v1/{sub}/post_requirements", what="the subreddit's post requirements"
        )
        flairs = await self.flairs(account_id, sub)
        rules = reddit_posts.SubredditRules(
            name=str(data.get("display_name") or sub),
            submission_type=str(data.get("submission_type") or "any"),
            allow_images=data.get("allow_images") is not False,
            allow_videos=data.get("allow_videos") is not False,
            allow_galleries=data.get("allow_galleries") is not False,
            spoilers_enabled=data.get("spoilers_enabled") is not False,
            requirements=dict(requirements),
            flairs=tuple((f.id, f.text) for f in flairs),
        )
        self._rules[sub.lower()] = (now, rules)
        return rules

    # -- publish -----------------------------------------------------------------------------------

    async def publish(self, request: PublishRequest) -> Published:
        if request.publish_at is not None:
            raise Rejected(NO_SCHEDULING, problem=HANDOFF_NOT_OFFERED)
        options = request.options
        sub = clean_subreddit(options.get("subreddit"))
        title = str(options.get("title") or "").strip()
        if not sub:
            raise Rejected(NO_SUBREDDIT, problem=ProblemCode.SUBREDDIT_MISSING)
        if not title:
            raise Rejected(NO_TITLE, problem=ProblemCode.TITLE_MISSING)
        if len(title) > reddit_posts.TITLE_LIMIT:
            raise Rejected(
                TITLE_TOO_LONG,
                problem=ProblemCode.TITLE_TOO_LONG,
                params={"length": len(title), "limit": reddit_posts.TITLE_LIMIT},
            )
        text = request.parts[0] if request.parts else ""
        account = request.account_id
        items = []
        if request.media_paths:
            await check_sendable(request, self.network)  # the composer's own check (core.media_limits)
            items = await prepare(request, self.network)
        kind = reddit_posts.post_kind(
            text, ["video" if i.is_video else "image" for i in items], str(options.get("link") or "")
        )
        link = reddit_posts.link_of(text, str(options.get("link") or "")) if kind == reddit_posts.LINK else ""
        flair_id = str(options.get("flair_id") or "")
        rules = await self.subreddit_rules(account, sub)
        problems = reddit_posts.check(
            rules,
            kind=kind,
            title=title,
            body=text,
            flair_id=flair_id,
            link=link,
            media_count=len(items),
            spoiler=bool(options.get("spoiler")),
        )
        if problems:
            raise Rejected(reddit_posts.words(problems[0]), problem=problems[0].code, params=problems[0].params)
        await self.username(account)  # the User-Agent names the account; the listing needs it
        common: dict[str, str] = {
            "api_type": "json",
            "sr": rules.name,
            "title": title,
            "nsfw": _flag(options.get("nsfw")),
            "spoiler": _flag(options.get("spoiler")),
            "sendreplies": "true",
            "validate_on_submit": "true",
        }
        if flair_id:
            common["flair_id"] = flair_id
            # `flair_text` only for a text the poster changed (an editable template): the composer
            # stores the template's own text for the preview, which Reddit needs no second time.
            custom = str(options.get("flair_text") or "").strip()
            if custom and custom != dict(rules.flairs).get(flair_id, custom):
                common["flair_text"] = custom

        def call(method: str, path: str, **kw: Any) -> Any:
            return self._call(account, method, path, **kw)

        sent_at = self._clock()
        if kind == reddit_posts.GALLERY:
            return await self._gallery(request, common, items, call)
        if kind == reddit_posts.SELF:
            form = {**common, "kind": "self", "text": text}
        elif kind == reddit_posts.LINK:
            form = {**common, "kind": "link", "url": link, "resubmit": "true"}
        else:
            media = await upload_prepared(call, self._client, self._base, items[0])
            form = {**common, "kind": kind, "url": media.url}
            if kind == reddit_posts.VIDEO:
                poster = await upload_poster(call, self._client, self._base, request.media_paths[0], options)
                form["video_poster_url"] = poster.url
        body = await self._api.json(account, "POST", "/api/submit", what="the post", creates=True, data=form)
        data = body.get("json", {}).get("data") if isinstance(body.get("json"), Mapping) else None
        if isinstance(data, Mapping) and (data.get("name") or data.get("id")):
            name = _fullname(created_id(data, "name" if data.get("name") else "id", what="the post"))
            return Published(remote_id=name, remote_url=str(data.get("url") or "") or None, part_ids=(name,))
        if kind in (reddit_posts.IMAGE, reddit_posts.VIDEO):
            socket = data.get("websocket_url") if isinstance(data, Mapping) else None
            return await self._await_media_post(request, sent_at, str(socket or ""), kind)
        raise AnswerLost("Reddit's answer to the post named no post", problem="answer_garbled")

    async def _gallery(
        self, request: PublishRequest, common: Mapping[str, str], items: Sequence[Any], call: Any
    ) -> Published:
        captions = list(request.options.get("captions") or ())
        entries = []
        for index, item in enumerate(items):
            uploaded = await upload_prepared(call, self._client, self._base, item)
            caption = str(captions[index]) if index < len(captions) and captions[index] else ""
            entries.append({"media_id": uploaded.asset_id, "caption": caption[:CAPTION_LIMIT], "outbound_url": ""})
        payload: dict[str, Any] = {**common, "items": entries, "show_error_list": True}
        for key in ("nsfw", "spoiler", "sendreplies", "validate_on_submit"):
            payload[key] = common[key] == "true"
        body = await self._api.json(
            request.account_id, "POST", "/api/submit_gallery_post.json", what="the gallery", creates=True, json=payload
        )
        data = body.get("json", {}).get("data") if isinstance(body.get("json"), Mapping) else None
        name = _fullname(created_id(data, "id", what="the gallery"))
        url = str(data.get("url") or "") if isinstance(data, Mapping) else ""
        return Published(remote_id=name, remote_url=url or None, part_ids=(name,))

    async def _await_media_post(
        self, request: PublishRequest, sent_at: datetime, socket: str = "", kind: str = ""
    ) -> Published:
        """Reddit's word on a media post: its websocket first, else the user's listing (U)."""
        waited, step = 0.0, 2.0
        if socket and allowed(socket, self._websocket_hosts):
            started = asyncio.get_running_loop().time()
            outcome = await self._media_watch(socket, timeout=self._media_wait)
            waited = asyncio.get_running_loop().time() - started
            if outcome is not None and not outcome.succeeded:
                log.info("Reddit could not process a media post: %s", outcome.detail)
                what = "video" if kind == reddit_posts.VIDEO else "image"
                raise Rejected(
                    MEDIA_FAILED.format(what=what),
                    network_message=f"failed: {outcome.detail}",
                    problem=MEDIA_NOT_PROCESSED,
                )
            if outcome is not None:
                post_id = post_id_of(outcome.redirect)
                if post_id:
                    fullname = "t3_" + post_id
                    return Published(remote_id=fullname, remote_url=outcome.redirect, part_ids=(fullname,))
        while True:
            found = await self.lookup(request, sent_at=sent_at)
            if found is not None:
                return found
            if waited + step > self._media_wait:
                # Reddit took the post; it is still processing, or failed. The engine looks later.
                raise AnswerLost("Reddit took the post but has not shown it yet (the media may still be processing)")
            await self._sleep(step)
            waited += step

    # -- lookup, delete, metrics -------------------------------------------------------------------

    async def lookup(self, request: PublishRequest, *, sent_at: datetime) -> Published | None:
        """The post this request made, if the user's newest posts have it: same title and subreddit,
        created no earlier than `lookup_window` before the send."""
        sub = clean_subreddit(request.options.get("subreddit")).lower()
        title = " ".join(str(request.options.get("title") or "").split())
        name = await self.username(request.account_id)
        since = _aware(sent_at) - self._lookup_window
        data = _listing(
            await self._api.json(
                request.account_id,
                "GET",
                f"/user/{name}/submitted",
                what="your posts",
                params={"limit": 25, "sort": "new"},
            )
        )
        for child in data["children"]:
            post = child.get("data") if isinstance(child, Mapping) else None
            if not isinstance(post, Mapping):
                continue
            created = post.get("created_utc")
            if isinstance(created, int | float) and datetime.fromtimestamp(created, UTC) < since:
                continue
            if (
                str(post.get("subreddit") or "").lower() == sub
                and " ".join(str(post.get("title") or "").split()) == title
                and post.get("name")
            ):
                fullname = str(post["name"])
                return Published(
                    remote_id=fullname, remote_url=WEB + str(post.get("permalink") or ""), part_ids=(fullname,)
                )
        return None

    async def delete(self, account_id: int | None, remote_id: str) -> None:
        await self._call(account_id, "POST", "/api/del", data={"id": _fullname(remote_id)})

    async def post_stats(self, account_id: int | None, remote_id: str) -> Mapping[str, Any]:
        """The post as `/api/info` gives it (score, num_comments, upvote_ratio ...).

        Raises:
            Rejected: the post is gone; AuthExpired, RateLimited, Transient.
        """
        data = _listing(
            await self._api.json(account_id, "GET", "/api/info", what="the post", params={"id": _fullname(remote_id)})
        )
        for child in data["children"]:
            post = child.get("data") if isinstance(child, Mapping) else None
            if isinstance(post, Mapping):
                return post
        raise Rejected("The post is no longer on Reddit")

    async def metrics(self, account_id: int | None, remote_id: str) -> PostMetrics:
        """Score (as likes) and comments; `post_stats` also has `upvote_ratio`."""
        post = await self.post_stats(account_id, remote_id)
        return PostMetrics(likes=count(post, "score"), reposts=None, replies=count(post, "num_comments"), views=None)

    async def first_comment(self, account_id: int | None, remote_id: str, text: str) -> Published:
        return await self._comment(account_id, _fullname(remote_id), text)

    # -- inbox -------------------------------------------------------------------------------------

    async def fetch_inbox(self, account_id: int | None, *, cursor: str | None = None, limit: int = 50) -> InboxPage:
        """Comment replies, post replies and messages (`/message/inbox`), newest first."""
        params: dict[str, str | int] = {"limit": min(max(limit, 1), 100)}
        if cursor:
            params["after"] = cursor
        data = _listing(await self._api.json(account_id, "GET", "/message/inbox", what="your inbox", params=params))
        items: list[InboxItem] = []
        for child in data["children"]:
            thing = child.get("data") if isinstance(child, Mapping) else None
            if not isinstance(thing, Mapping) or not thing.get("name"):
                continue
            is_comment = child.get("kind") == "t1"
            subject = str(thing.get("subject") or "")
            kind = (
                InboxKind.DIRECT_MESSAGE
                if not is_comment
                else InboxKind.COMMENT
                if subject == "post reply" or thing.get("type") == "post_reply"
                else InboxKind.MENTION
                if thing.get("type") == "username_mention"
                else InboxKind.REPLY
            )
            created = thing.get("created_utc")
            context = str(thing.get("context") or "")
            items.append(
                InboxItem(
                    remote_id=str(thing["name"]),
                    kind=kind,
                    author_id=str(thing.get("author") or ""),
                    author_handle=f"u/{thing.get('author') or '[deleted]'}",
                    author_name=str(thing.get("author") or ""),
                    text=str(thing.get("body") or ""),
                    created_at=datetime.fromtimestamp(created, UTC)
                    if isinstance(created, int | float)
                    else self._clock(),
                    url=WEB + context if context else None,
                    is_read=not thing.get("new", False),
                    reply_ref={"parent": str(thing["name"])},
                )
            )
        return InboxPage(tuple(items), data.get("after") or None)

    async def reply(self, account_id: int | None, item: InboxItem, text: str) -> Published:
        return await self._comment(account_id, item.reply_ref.get("parent") or item.remote_id, text)

    async def mark_read(self, account_id: int | None, remote_ids: Sequence[str]) -> None:
        """Mark inbox items read on Reddit (`/api/read_message`)."""
        if remote_ids:
            await self._call(account_id, "POST", "/api/read_message", data={"id": ",".join(remote_ids)})

    async def _comment(self, account_id: int | None, parent: str, text: str) -> Published:
        await self.username(account_id)
        body = await self._api.json(
            account_id,
            "POST",
            "/api/comment",
            what="the reply",
            creates=True,
            data={"api_type": "json", "thing_id": parent, "text": text},
        )
        things = body.get("json", {}).get("data", {}).get("things") if isinstance(body.get("json"), Mapping) else None
        thing = things[0] if isinstance(things, list) and things else None
        name = created_id(thing, "data", "name", what="the reply")
        return Published(remote_id=name, part_ids=(name,))

    async def probe(self) -> bool:
        try:
            response = await self._client.get(self._base + "/", timeout=10.0)
        except httpx.HTTPError:
            return False
        return response.status_code < 500

    async def aclose(self) -> None:
        await self._client.aclose()


def _flag(value: object) -> str:
    return "true" if value is True or str(value).lower() in ("true", "1", "yes") else "false"


def _fullname(remote_id: str) -> str:
    return remote_id if remote_id.startswith("t3_") or "_" in remote_id[:3] else f"t3_{remote_id}"


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _listing(body: Mapping[str, Any]) -> Mapping[str, Any]:
    data = body.get("data")
    if not isinstance(data, Mapping) or not isinstance(data.get("children"), list):
        raise Transient("Reddit answered without a listing")
    return data


def register(registry: Registry, credentials: CredentialSource) -> None:
    """Serve Reddit with `RedditAdapter`s over `credentials`."""
    registry.register(Network.REDDIT, lambda: RedditAdapter(credentials))
