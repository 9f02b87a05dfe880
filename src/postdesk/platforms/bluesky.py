"""The Bluesky adapter: `app.bsky.feed.post` records written to the account's PDS over XRPC.

A post is built on the client, as the official app does: facets from `core.richtext` with
mentions resolved to DIDs (`com.atproto.identity.resolveHandle`; an unknown handle stays plain
text), images fitted by `media.fit` and uploaded with `com.atproto.repo.uploadBlob`, one video
through Bluesky's video service (`platforms.bluesky_video`) into `embed.video` with its alt text
and aspect ratio, a link card from the page's Open Graph tags (its image uploaded as a blob),
quotes as `embed.record` / `embed.recordWithMedia`, reply controls as an `app.bsky.feed.threadgate`
record written in the same commit as the post (`com.atproto.repo.applyWrites`, as the official
app does), and threads as reply chains whose `root` is the first part and whose `parent` is the
part before. Bluesky has no idempotency key, so `lookup` lists the account's
recent posts and matches the first part's text and creation time.

Request options read from `PublishRequest.options`:
    alt_texts: alt text per image (or of the video), in `media_paths` order.
    langs: BCP-47 language tags (at most 3).
    quote_uri: the at:// URI of a post to quote.
    quote_cid: its CID, when known (else read from the PDS).
    reply_controls: who may reply (a threadgate on the first part): any of "mention",
        "followers", "following", "list:<at:// URI of a list>" (at most 5), or "nobody" alone.
        Absent: everyone may reply.
    quotes_disabled: True to let no one quote the post (an `app.bsky.feed.postgate` with a
        `disableRule`, written in the same commit as the post).
    link_card: False to publish links without a card (default True).
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from postdesk.core import rules
from postdesk.core.networks import Network
from postdesk.core.richtext import bluesky_facets
from postdesk.core.validation import ProblemCode
from postdesk.log import get_logger
from postdesk.media.fit import fit_image
from postdesk.media.formats import sniff
from postdesk.platforms import opengraph
from postdesk.platforms.base import (
    ACTION_NOT_OFFERED,
    MEDIA_CANNOT_SHRINK,
    MEDIA_NOT_RECOGNISED,
    TOO_MANY_REPLY_RULES,
    Published,
    PublishRequest,
    RateLimit,
    Rejected,
    Transient,
)
from postdesk.platforms.bluesky_video import VideoService, VideoSettings, aspect_ratio
from postdesk.platforms.bluesky_xrpc import XrpcSession
from postdesk.platforms.credentials import CredentialSource
from postdesk.platforms.inbox import InboxItem, InboxKind, InboxPage
from postdesk.platforms.media_prep import check_sendable
from postdesk.platforms.metrics import PostMetrics, count
from postdesk.platforms.registry import Registry
from postdesk.platforms.rest_call import bounded_client, created_id

_log = get_logger("platforms.bluesky")

POST = "app.bsky.feed.post"
LIKE = "app.bsky.feed.like"
THREADGATE = "app.bsky.feed.threadgate"
POSTGATE = "app.bsky.feed.postgate"
_GATE_RULES = {"mention": "#mentionRule", "followers": "#followerRule", "following": "#followingRule"}
#: app.bsky.feed.threadgate allow: maxLength 5.
MAX_REPLY_RULES = 5
MAX_IMAGES = rules.get(Network.BLUESKY).max_images
#: How far back `lookup` reads the account's posts.
LOOKUP_PAGE = 100
_INBOX_REASONS = {"mention": InboxKind.MENTION, "reply": InboxKind.REPLY, "quote": InboxKind.QUOTE}
_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _parse_time(value: str) -> datetime | None:
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def split_at_uri(uri: str) -> tuple[str, str, str]:
    """Split `at://repo/collection/rkey`.

    Raises:
        Rejected: not a record URI.
    """
    parts = uri.removeprefix("at://").split("/")
    if not uri.startswith("at://") or len(parts) != 3 or not all(parts):
        raise Rejected(f"not a Bluesky post address: {uri!r}")
    return parts[0], parts[1], parts[2]


def post_url(uri: str) -> str:
    """The bsky.app link of a post's at:// URI."""
    repo, _, rkey = split_at_uri(uri)
    return f"https://bsky.app/profile/{repo}/post/{rkey}"


def _strong_ref(answer: Mapping[str, Any]) -> dict[str, str]:
    # A createRecord answer without them: the post may exist, so it is looked up, not resent.
    return {
        "uri": created_id(answer, "uri", what="createRecord", kinds=(str,)),
        "cid": created_id(answer, "cid", what="createRecord", kinds=(str,)),
    }


class BlueskyAdapter:
    """Publishes to Bluesky (any atproto PDS).

    Args:
        credentials: the accounts' tokens.
        base_url: the PDS when an account's credentials name none (tests: 127.0.0.1).
        transport: an httpx transport override for tests.
        web_transport: transport for fetching link-card pages and images.
        video: where Bluesky's video service is and how long to wait for it (tests: 127.0.0.1).
        sleep: awaited between video job polls (tests pass one that does not wait).

    Attributes:
        network: Network.BLUESKY.
        rate_limit: the PDS write budget (5000 points an hour, 3 per record created).
        lookup_settle: records are readable from the PDS as soon as they are written.
    """

    network = Network.BLUESKY
    rate_limit: RateLimit | None = RateLimit(1666, timedelta(hours=1))
    lookup_settle = timedelta(seconds=2)

    def __init__(
        self,
        credentials: CredentialSource,
        *,
        base_url: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        web_transport: httpx.AsyncBaseTransport | None = None,
        video: VideoSettings | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._client = bounded_client(timeout=_TIMEOUT, transport=transport)
        self._web = bounded_client(
            timeout=httpx.Timeout(10.0),
            transport=web_transport,
            follow_redirects=True,
            headers={"User-Agent": "Postdesk link preview"},
        )
        self._xrpc = XrpcSession(credentials, self._client, base_url)
        self._dids: dict[str, str | None] = {}
        self._video = VideoService(self._client, video or VideoSettings(), sleep)
        self._pds_dids: dict[str, str] = {}

    # --- protocol -----------------------------------------------------------------------

    async def publish(self, request: PublishRequest) -> Published:
        if not request.parts:
            raise Rejected("nothing to publish", problem=ProblemCode.TEXT_EMPTY)
        await check_sendable(request, Network.BLUESKY)  # the composer's own check (core.media_limits)
        did = await self._did(request.account_id)
        options = request.options
        gate = _threadgate_allow(options.get("reply_controls"))
        no_quotes = options.get("quotes_disabled") is True
        refs: list[dict[str, str]] = []
        root: dict[str, str] | None = None
        for index, text in enumerate(request.parts):
            record = await self.build_record(
                request.account_id,
                text,
                media_paths=request.media_paths if index == 0 else (),
                alt_texts=options.get("alt_texts", ()) if index == 0 else (),
                langs=options.get("langs", ()),
                quote_uri=options.get("quote_uri") if index == 0 else None,
                quote_cid=options.get("quote_cid") if index == 0 else None,
                link_card=bool(options.get("link_card", True)),
                reply=(root, refs[-1]) if root else None,
            )
            if index == 0 and (gate is not None or no_quotes):
                ref = await self._create_gated(request.account_id, did, record, gate, no_quotes=no_quotes)
            else:
                ref = await self._create(request.account_id, did, record)
            root = root or ref
            refs.append(ref)
        first = refs[0]["uri"]
        return Published(first, post_url(first), tuple(ref["uri"] for ref in refs))

    async def lookup(self, request: PublishRequest, *, sent_at: datetime) -> Published | None:
        if not request.parts:
            return None
        did = await self._did(request.account_id)
        records = await self._own_posts(request.account_id, did)
        earliest = sent_at - timedelta(minutes=5)
        first: str | None = None
        parts: list[str] = []
        for item in reversed(records):  # oldest first, so thread parts follow their root
            value = item.get("value") if isinstance(item, dict) else None
            if not isinstance(value, dict):
                continue
            created = _parse_time(str(value.get("createdAt", "")))
            if created is None or created < earliest:
                continue
            if first is None and value.get("text") == request.parts[0] and "reply" not in value:
                first = str(item.get("uri"))
                parts = [first]
            elif first is not None and (value.get("reply") or {}).get("root", {}).get("uri") == first:
                parts.append(str(item.get("uri")))
        if first is None:
            return None
        return Published(first, post_url(first), tuple(parts))

    async def _own_posts(self, account_id: int | None, did: str) -> list[Any]:
        """The account's newest post records (one page, newest first)."""
        answer = await self._xrpc.call(
            account_id, "com.atproto.repo.listRecords", params={"repo": did, "collection": POST, "limit": LOOKUP_PAGE}
        )
        records = answer.get("records")
        if not isinstance(records, list):
            raise Transient("listRecords answered without records")
        return records

    async def find_reply(
        self, account_id: int | None, item: InboxItem, text: str, *, sent_after: datetime
    ) -> Published | None:
        """The account's reply to `item` with `text`, posted after `sent_after`, if any.

        Raises:
            AuthExpired, RateLimited, Transient.
        """
        parent = item.reply_ref.get("uri") or item.remote_id
        earliest = sent_after - timedelta(minutes=5)  # createdAt is our clock, give it slack
        for record in await self._own_posts(account_id, await self._did(account_id)):
            value = record.get("value") if isinstance(record, dict) else None
            if not isinstance(value, dict) or value.get("text") != text:
                continue
            reply = value.get("reply")
            created = _parse_time(str(value.get("createdAt", "")))
            if (
                isinstance(reply, dict)
                and (reply.get("parent") or {}).get("uri") == parent
                and created is not None
                and created >= earliest
            ):
                uri = str(record.get("uri"))
                return Published(uri, post_url(uri), (uri,))
        return None

    async def delete(self, account_id: int | None, remote_id: str) -> None:
        repo, collection, rkey = split_at_uri(remote_id)
        await self._xrpc.call(
            account_id,
            "com.atproto.repo.deleteRecord",
            body={"repo": repo, "collection": collection, "rkey": rkey},
            safe_to_repeat=True,
        )

    async def first_comment(self, account_id: int | None, remote_id: str, text: str) -> Published:
        parent = await self._record(account_id, remote_id)
        reply = parent["value"].get("reply") if isinstance(parent.get("value"), dict) else None
        root = reply.get("root") if isinstance(reply, dict) else None
        parent_ref = _strong_ref(parent)
        return await self._reply(account_id, root or parent_ref, parent_ref, text)

    async def probe(self) -> bool:
        try:
            response = await self._client.get(f"{self._xrpc.default_pds()}/xrpc/_health", timeout=5.0)
        except httpx.HTTPError:
            return False
        return response.status_code < 500

    async def aclose(self) -> None:
        await self._client.aclose()
        await self._web.aclose()

    # --- metrics ------------------------------------------------------------------------

    async def metrics(self, account_id: int | None, remote_id: str) -> PostMetrics:
        """Likes, reposts, replies and quotes of a post (`app.bsky.feed.getPosts`).

        The counts live in the AppView, not the PDS: the call goes to the account's PDS, which
        proxies `app.bsky.*` queries to its AppView. Bluesky counts no views.

        Raises:
            Rejected: the post does not exist.
            Transient: the AppView has not indexed the post yet (the PDS has it).
            AuthExpired, RateLimited.
        """
        split_at_uri(remote_id)
        answer = await self._xrpc.call(account_id, "app.bsky.feed.getPosts", params={"uris": [remote_id]})
        posts = answer.get("posts")
        if not isinstance(posts, list):
            raise Transient("getPosts answered without posts")
        view = next((p for p in posts if isinstance(p, dict) and p.get("uri") == remote_id), None)
        if view is None:
            await self._record(account_id, remote_id)  # Rejected when the PDS has no such post
            raise Transient("Bluesky has not counted this post yet")
        return PostMetrics(
            likes=count(view, "likeCount"),
            reposts=count(view, "repostCount"),
            replies=count(view, "replyCount"),
            views=None,
            quotes=count(view, "quoteCount"),
        )

    # --- inbox --------------------------------------------------------------------------

    async def fetch_inbox(self, account_id: int | None, *, cursor: str | None = None, limit: int = 50) -> InboxPage:
        params: dict[str, Any] = {"limit": max(1, min(100, limit))}
        if cursor:
            params["cursor"] = cursor
        answer = await self._xrpc.call(account_id, "app.bsky.notification.listNotifications", params=params)
        notifications = answer.get("notifications")
        if not isinstance(notifications, list):
            raise Transient("listNotifications answered without notifications")
        items = [item for raw in notifications if (item := _inbox_item(raw)) is not None]
        next_cursor = answer.get("cursor")
        return InboxPage(tuple(items), next_cursor if isinstance(next_cursor, str) else None)

    async def reply(self, account_id: int | None, item: InboxItem, text: str) -> Published:
        parent = {"uri": item.reply_ref.get("uri", ""), "cid": item.reply_ref.get("cid", "")}
        if not parent["uri"] or not parent["cid"]:
            raise Rejected("this inbox item cannot be answered", problem=ACTION_NOT_OFFERED)
        root = {
            "uri": item.reply_ref.get("root_uri") or parent["uri"],
            "cid": item.reply_ref.get("root_cid") or parent["cid"],
        }
        return await self._reply(account_id, root, parent, text)

    async def delete_reply(self, account_id: int | None, remote_id: str) -> None:
        """Delete a reply the user wrote from the inbox (`com.atproto.repo.deleteRecord`).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        await self.delete(account_id, remote_id)

    async def mark_seen(self, account_id: int | None, seen_at: datetime) -> None:
        """Tell the AppView notifications up to `seen_at` are seen (`updateSeen`).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        stamp = seen_at.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        await self._xrpc.call(
            account_id, "app.bsky.notification.updateSeen", body={"seenAt": stamp}, safe_to_repeat=True
        )

    async def like(self, account_id: int | None, item: InboxItem) -> None:
        """Like an inbox item: an `app.bsky.feed.like` record whose subject is its strong ref.

        Raises:
            Rejected: the item carries no strong ref; AuthExpired, RateLimited, Transient.
        """
        subject = {"uri": item.reply_ref.get("uri", ""), "cid": item.reply_ref.get("cid", "")}
        if not subject["uri"] or not subject["cid"]:
            raise Rejected("this inbox item cannot be liked", problem=ACTION_NOT_OFFERED)
        did = await self._did(account_id)
        record = {"$type": LIKE, "subject": subject, "createdAt": _now_iso()}
        await self._xrpc.call(
            account_id, "com.atproto.repo.createRecord", body={"repo": did, "collection": LIKE, "record": record}
        )

    # --- records ------------------------------------------------------------------------

    async def build_record(
        self,
        account_id: int | None,
        text: str,
        *,
        media_paths: Sequence[str] = (),
        alt_texts: Sequence[str] = (),
        langs: Sequence[str] = (),
        quote_uri: str | None = None,
        quote_cid: str | None = None,
        link_card: bool = True,
        reply: tuple[dict[str, str], dict[str, str]] | None = None,
    ) -> dict[str, Any]:
        """The `app.bsky.feed.post` record for one part (blobs uploaded on the way).

        Args:
            account_id: whose PDS receives blobs and resolves handles.
            text: the part's text.
            media_paths: images (at most 4), or one video.
            alt_texts: their alt texts.
            langs: language tags.
            quote_uri: a post to quote.
            quote_cid: its CID, when known.
            link_card: whether the first link gets a card (only without images or quote).
            reply: (root, parent) strong refs for a reply.
        """
        record: dict[str, Any] = {"$type": POST, "text": text, "createdAt": _now_iso()}
        facets = await self._facets(account_id, text)
        if facets:
            record["facets"] = facets
        if langs:
            record["langs"] = [str(lang) for lang in langs][:3]
        if reply:
            record["reply"] = {"root": reply[0], "parent": reply[1]}
        media = await self._media_embed(account_id, media_paths, alt_texts)
        quote = await self._quote_embed(account_id, quote_uri, quote_cid) if quote_uri else None
        if quote and media:
            record["embed"] = {"$type": "app.bsky.embed.recordWithMedia", "record": quote, "media": media}
        elif quote or media:
            record["embed"] = quote or media
        elif link_card:
            link = next((f["features"][0]["uri"] for f in facets if f["features"][0]["$type"].endswith("#link")), None)
            if link:
                card = await self._external_embed(account_id, link)
                if card:
                    record["embed"] = card
        return record

    async def _create(self, account_id: int | None, did: str, record: dict[str, Any]) -> dict[str, str]:
        answer = await self._xrpc.call(
            account_id, "com.atproto.repo.createRecord", body={"repo": did, "collection": POST, "record": record}
        )
        return _strong_ref(answer)

    async def _create_gated(
        self,
        account_id: int | None,
        did: str,
        record: dict[str, Any],
        allow: list[dict[str, str]] | None,
        *,
        no_quotes: bool = False,
    ) -> dict[str, str]:
        """Write the post with its threadgate and/or postgate in one commit (their rkey is the post's).

        One `com.atproto.repo.applyWrites`: either all records exist or none, so a post never
        goes out open to everyone's replies or quotes when its author chose otherwise.
        """
        rkey = _tid()
        post_uri = f"at://{did}/{POST}/{rkey}"
        writes: list[dict[str, Any]] = [
            {"$type": "com.atproto.repo.applyWrites#create", "collection": POST, "rkey": rkey, "value": record}
        ]
        if allow is not None:
            gate = {"$type": THREADGATE, "post": post_uri, "allow": allow, "createdAt": record["createdAt"]}
            writes.append(
                {"$type": "com.atproto.repo.applyWrites#create", "collection": THREADGATE, "rkey": rkey, "value": gate}
            )
        if no_quotes:
            postgate = {
                "$type": POSTGATE,
                "post": post_uri,
                "embeddingRules": [{"$type": POSTGATE + "#disableRule"}],
                "createdAt": record["createdAt"],
            }
            writes.append(
                {
                    "$type": "com.atproto.repo.applyWrites#create",
                    "collection": POSTGATE,
                    "rkey": rkey,
                    "value": postgate,
                }
            )
        answer = await self._xrpc.call(account_id, "com.atproto.repo.applyWrites", body={"repo": did, "writes": writes})
        results = answer.get("results")
        first = results[0] if isinstance(results, list) and results else None
        # Without the results the post may exist: it is looked up, never resent.
        return _strong_ref(first if isinstance(first, Mapping) else {})

    async def _reply(
        self, account_id: int | None, root: dict[str, str], parent: dict[str, str], text: str
    ) -> Published:
        did = await self._did(account_id)
        record = await self.build_record(account_id, text, reply=(root, parent))
        ref = await self._create(account_id, did, record)
        return Published(ref["uri"], post_url(ref["uri"]), (ref["uri"],))

    async def _record(self, account_id: int | None, uri: str) -> dict[str, Any]:
        repo, collection, rkey = split_at_uri(uri)
        answer = await self._xrpc.call(
            account_id, "com.atproto.repo.getRecord", params={"repo": repo, "collection": collection, "rkey": rkey}
        )
        if not isinstance(answer.get("value"), dict):
            raise Transient("getRecord answered without the record")
        return answer

    async def _did(self, account_id: int | None) -> str:
        creds = await self._xrpc.credentials(account_id)
        if creds.user_id:
            return creds.user_id
        answer = await self._xrpc.call(account_id, "com.atproto.server.getSession")
        did = answer.get("did")
        if not isinstance(did, str):
            raise Transient("getSession answered without a DID")
        return did

    async def _facets(self, account_id: int | None, text: str) -> list[dict[str, Any]]:
        facets = []
        for facet in bluesky_facets(text):
            feature = facet["features"][0]
            if feature["$type"].endswith("#mention"):
                did = await self._resolve(account_id, feature["did"])
                if did is None:
                    continue  # an unknown handle stays plain text, as in the official app
                facet = {**facet, "features": [{**feature, "did": did}]}
            facets.append(facet)
        return facets

    async def _resolve(self, account_id: int | None, handle: str) -> str | None:
        if handle not in self._dids:
            try:
                answer = await self._xrpc.call(
                    account_id, "com.atproto.identity.resolveHandle", params={"handle": handle}
                )
            except Rejected:
                answer = {}
            did = answer.get("did")
            self._dids[handle] = did if isinstance(did, str) else None
        return self._dids[handle]

    async def _upload(self, account_id: int | None, data: bytes, mime: str) -> dict[str, Any]:
        answer = await self._xrpc.call(
            account_id, "com.atproto.repo.uploadBlob", content=data, content_type=mime, safe_to_repeat=True
        )
        blob = answer.get("blob")
        if not isinstance(blob, dict) or blob.get("$type") != "blob":
            raise Transient("uploadBlob answered without a blob")
        return blob

    async def _media_embed(
        self, account_id: int | None, paths: Sequence[str], alts: Sequence[str]
    ) -> dict[str, Any] | None:
        """An `embed.video` for one video, else an `embed.images` (a post holds one or the other)."""
        if len(paths) == 1:
            with open(paths[0], "rb") as handle:
                kind = sniff(handle.read(64))
            if kind is not None and kind.mime.startswith("video/"):
                return await self._video_embed(account_id, paths[0], alts[0] if alts else "", kind.mime)
        return await self._images_embed(account_id, paths, alts)

    async def _video_embed(self, account_id: int | None, path: str, alt: str, mime: str) -> dict[str, Any]:
        """Upload a video through Bluesky's video service and embed its blob.

        `publish` checked it first (`check_sendable`: one video, a format, size and length Bluesky
        takes), so here it only goes up.
        """
        width, height = await asyncio.to_thread(aspect_ratio, path)
        data = await asyncio.to_thread(Path(path).read_bytes)
        did = await self._did(account_id)

        async def token(lxm: str, aud: str | None, seconds: int) -> str:
            return await self._service_auth(account_id, lxm, aud, seconds)

        blob = await self._video.upload(
            did=did,
            data=data,
            mime=mime,
            token=token,
            name=f"{secrets.token_hex(6)}{Path(path).suffix.lower() or '.mp4'}",
        )
        embed: dict[str, Any] = {
            "$type": "app.bsky.embed.video",
            "video": blob,
            "aspectRatio": {"width": width, "height": height},
        }
        if alt:
            embed["alt"] = str(alt)
        return embed

    async def _service_auth(self, account_id: int | None, lxm: str, aud: str | None, seconds: int) -> str:
        """A service-auth token from the account's PDS (`com.atproto.server.getServiceAuth`).

        Args:
            account_id: whose PDS signs it.
            lxm: the one method it allows.
            aud: the service it is for; None for the account's own PDS.
            seconds: how long it lives.
        """
        if aud is None:
            aud = await self._pds_did(account_id)
        exp = int(datetime.now(UTC).timestamp()) + seconds
        answer = await self._xrpc.call(
            account_id, "com.atproto.server.getServiceAuth", params={"aud": aud, "lxm": lxm, "exp": exp}
        )
        token = answer.get("token")
        if not isinstance(token, str) or not token:
            raise Transient("getServiceAuth answered without a token")
        return token

    async def _pds_did(self, account_id: int | None) -> str:
        """The DID of the account's PDS (`com.atproto.server.describeServer`), the audience of the
        token the video service stores the processed video with."""
        pds = self._xrpc.pds(await self._xrpc.credentials(account_id))
        if pds not in self._pds_dids:
            answer = await self._xrpc.call(account_id, "com.atproto.server.describeServer")
            did = answer.get("did")
            if not isinstance(did, str) or not did.startswith("did:"):
                raise Transient("describeServer answered without the server's DID")
            self._pds_dids[pds] = did
        return self._pds_dids[pds]

    async def _images_embed(
        self, account_id: int | None, paths: Sequence[str], alts: Sequence[str]
    ) -> dict[str, Any] | None:
        if not paths:
            return None
        if len(paths) > MAX_IMAGES:
            raise Rejected(
                f"Bluesky takes at most {MAX_IMAGES} images per post",
                problem=ProblemCode.TOO_MANY_IMAGES,
                params={"count": len(paths), "max": MAX_IMAGES},
            )
        images = []
        for index, path in enumerate(paths):
            data = Path(path).read_bytes()
            kind = sniff(data[:64])
            if kind is None or not kind.mime.startswith("image/"):
                raise Rejected(
                    f"{Path(path).name}: only images can be attached on Bluesky",
                    problem=MEDIA_NOT_RECOGNISED,
                    params={"index": index},
                )
            fitted = fit_image(data, Network.BLUESKY)
            if not fitted.fits:
                raise Rejected(
                    f"{Path(path).name} is too big for Bluesky", problem=MEDIA_CANNOT_SHRINK, params={"index": index}
                )
            blob = await self._upload(account_id, fitted.data, fitted.mime)
            images.append(
                {
                    "image": blob,
                    "alt": str(alts[index]) if index < len(alts) else "",
                    "aspectRatio": {"width": fitted.width, "height": fitted.height},
                }
            )
        return {"$type": "app.bsky.embed.images", "images": images}

    async def _quote_embed(self, account_id: int | None, uri: str, cid: str | None = None) -> dict[str, Any]:
        if cid:
            split_at_uri(uri)
            return {"$type": "app.bsky.embed.record", "record": {"uri": uri, "cid": str(cid)}}
        quoted = await self._record(account_id, uri)
        return {"$type": "app.bsky.embed.record", "record": _strong_ref(quoted)}

    async def _external_embed(self, account_id: int | None, url: str) -> dict[str, Any] | None:
        card = await opengraph.fetch_card(self._web, url)
        if card is None or not (card.title or card.description):
            return None
        external: dict[str, Any] = {"uri": url, "title": card.title, "description": card.description}
        if card.image_url:
            data = await opengraph.fetch_image(self._web, card.image_url)
            if data and sniff(data[:64]) is not None:
                try:
                    fitted = fit_image(data, Network.BLUESKY)
                except Exception as exc:  # a broken card image must not sink the post
                    _log.info("link card image unusable: %s", type(exc).__name__)
                else:
                    if fitted.fits:
                        external["thumb"] = await self._upload(account_id, fitted.data, fitted.mime)
        return {"$type": "app.bsky.embed.external", "external": external}


_TID_CHARS = "234567abcdefghijklmnopqrstuvwxyz"


def _tid() -> str:
    """A record key in atproto's TID form: microseconds since 1970 and a random clock id, in
    13 sortable base32 characters (atproto.com/specs/tid)."""
    value = (int(datetime.now(UTC).timestamp() * 1_000_000) << 10) | secrets.randbelow(1024)
    return "".join(_TID_CHARS[(value >> shift) & 31] for shift in range(60, -1, -5))


def _threadgate_allow(controls: Any) -> list[dict[str, str]] | None:
    """The `allow` rules of a threadgate for the `reply_controls` option (None: no threadgate).

    Raises:
        Rejected: a rule Bluesky does not have, "nobody" with other rules, or more than 5 rules.
    """
    if controls is None:
        return None
    if isinstance(controls, str):
        controls = [controls]
    rules_given = [str(rule).strip() for rule in controls]
    if rules_given == ["nobody"]:
        return []  # an empty allow list: no one can reply
    allow: list[dict[str, str]] = []
    for rule in rules_given:
        if rule in _GATE_RULES:
            allow.append({"$type": THREADGATE + _GATE_RULES[rule]})
        elif rule.startswith("list:"):
            list_uri = rule.removeprefix("list:")
            split_at_uri(list_uri)
            allow.append({"$type": THREADGATE + "#listRule", "list": list_uri})
        else:
            raise Rejected(
                f"Bluesky has no reply setting {rule!r} (mention, followers, following, a list, or nobody alone)",
                problem=ProblemCode.REPLY_SETTING_UNKNOWN,
            )
    if not allow:
        return None  # an empty choice leaves replies open, as Bluesky's own default
    if len(allow) > MAX_REPLY_RULES:
        raise Rejected(
            f"Bluesky takes at most {MAX_REPLY_RULES} reply rules",
            problem=TOO_MANY_REPLY_RULES,
            params={"count": len(allow), "max": MAX_REPLY_RULES},
        )
    return allow


def _object(value: Any) -> dict[str, Any]:
    """`value` when it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


def _inbox_item(raw: Any) -> InboxItem | None:
    if not isinstance(raw, dict) or raw.get("reason") not in _INBOX_REASONS:
        return None
    record = _object(raw.get("record"))
    author = _object(raw.get("author"))
    uri, cid = raw.get("uri"), raw.get("cid")
    if not isinstance(uri, str) or not isinstance(cid, str):
        return None
    root = _object(_object(record.get("reply")).get("root"))
    created = (
        _parse_time(str(record.get("createdAt", "")))
        or _parse_time(str(raw.get("indexedAt", "")))
        or datetime.fromtimestamp(0, UTC)
    )
    ref = {"uri": uri, "cid": cid}
    if root.get("uri") and root.get("cid"):
        ref |= {"root_uri": str(root["uri"]), "root_cid": str(root["cid"])}
    return InboxItem(
        remote_id=uri,
        kind=_INBOX_REASONS[raw["reason"]],
        author_id=str(author.get("did", "")),
        author_handle=str(author.get("handle", "")),
        author_name=str(author.get("displayName") or ""),
        text=str(record.get("text", "")),
        created_at=created,
        url=post_url(uri) if uri.startswith("at://") else None,
        is_read=bool(raw.get("isRead", False)),
        reply_ref=ref,
        author_avatar_url=str(author.get("avatar") or "") or None,
    )


def register(registry: Registry, credentials: CredentialSource) -> None:
    """Serve Bluesky with `BlueskyAdapter` over `credentials`."""
    registry.register(Network.BLUESKY, lambda: BlueskyAdapter(credentials))
