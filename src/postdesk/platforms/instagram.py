"""Instagram (professional accounts, Instagram API with Instagram Login): the container flow.

Checked against https://developers.facebook.com/docs/instagram-platform/content-publishing/ and the
IG User Media / Media Publish / Content Publishing Limit / IG Container references (cited in
`tests/fakes/instagram_api.py`, the fake written from them):
- a post is containers: POST /{ig-user-id}/media (an image with image_url; a Reel with
  media_type=REELS, video_url, share_to_feed, cover_url or thumb_offset; a Story with
  media_type=STORIES; a carousel of is_carousel_item children — images, and videos with
  media_type=VIDEO — then media_type=CAROUSEL with `children`), each polled with
  GET /{container-id}?fields=status_code,status until FINISHED, then POST
  /{ig-user-id}/media_publish with creation_id. A single video goes as a Reel (Meta: single feed
  videos are shared as Reels since 2023-07-01);
- "We cURL media used in publishing attempts, so the media must be hosted on a publicly
  accessible server": each file is uploaded to the creator's media relay just before its
  container is made and the presigned address is handed over; the copies are deleted once the
  containers are done (or failed). Without a relay, a post is `Rejected` naming Settings › Media
  relay (the composer refuses it before scheduling);
- images are JPEG only (`media.fit` converts and shrinks them to 8 MB); `alt_text` on image
  containers (since 2025-03-24; "Reels and stories are not supported");
- the account's quota (GET /{ig-user-id}/content_publishing_limit) is read before anything is
  uploaded; a full quota is `RateLimited`;
- `collaborators` (up to 3 usernames, not on Stories) and `location_id` go on the post's
  container; the first comment is POST /{ig-media-id}/comments after publishing;
- deleting: DELETE /{ig-media-id} exists only for the Instagram API with Facebook Login
  (instagram_manage_contents). With Instagram Login there is no delete, so the adapter has no
  `delete` (not `SupportsDelete`): the user deletes the post in the Instagram app;
- comments on the account's own media come into the inbox (`instagram_inbox`); metrics are the
  media's insights.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from postdesk.core import instagram_posts as posts
from postdesk.core.networks import Network
from postdesk.core.validation import ProblemCode
from postdesk.log import get_logger
from postdesk.media import crop
from postdesk.media.fit import fit_image
from postdesk.platforms import media_prep
from postdesk.platforms.base import (
    HANDOFF_NOT_OFFERED,
    Published,
    PublishRequest,
    RateLimit,
    RateLimited,
    Rejected,
    Transient,
)
from postdesk.platforms.credentials import CredentialSource
from postdesk.platforms.instagram_calls import API, QUOTA_WAIT, GraphCaller
from postdesk.platforms.instagram_inbox import InstagramInbox
from postdesk.platforms.registry import Registry
from postdesk.platforms.relay import MediaRelay, adapter_error, needs_relay_reason
from postdesk.platforms.rest_call import created_id
from postdesk.platforms.s3_relay import StoredRelay

log = get_logger(__name__)
NO_RELAY = needs_relay_reason("Instagram")
__all__ = ["NO_RELAY", "QUOTA_WAIT", "InstagramAdapter", "register"]

_ISSUE_WORDS = {
    "instagram_kind_unknown": "Postdesk does not know this kind of Instagram post",
    "instagram_reel_needs_one_video": "a Reel is exactly one video",
    "instagram_story_needs_one_item": "a Story is exactly one photo or one video",
    "instagram_image_ratio": "photo {index} is {width}x{height}; Instagram feed photos must be between 4:5 "
    "(portrait) and 1.91:1 (landscape): crop it",
    "instagram_video_ratio": "the video's shape ({width}x{height}) is not one Instagram takes for Reels",
    "instagram_story_video_length": "a Story video lasts 3 to 60 seconds (this one {seconds} s)",
    "instagram_thumb_offset": "the cover frame ({offset_ms} ms) is not inside the video",
    "instagram_collaborators_on_story": "Stories cannot have collaborators",
    "instagram_too_many_collaborators": "Instagram takes at most {max} collaborators",
    "instagram_location_invalid": "the location must be the number of a Facebook Page with a location",
}


def explain(issue: posts.Issue) -> str:
    """One plain sentence for an Instagram post-kind issue (the adapter's refusal)."""
    text = _ISSUE_WORDS.get(issue.code, issue.code)
    with contextlib.suppress(KeyError, IndexError):
        text = text.format(**issue.params)
    return f"Instagram cannot take this post: {text}"


def _crop_to_fit(items: list[media_prep.Prepared], paths: tuple[str, ...]) -> list[media_prep.Prepared]:
    """Feed photos outside 4:5..1.91:1 centre-cropped to the nearest ratio (the `CROP_TO_FIT` option)."""
    from PIL import Image

    out: list[media_prep.Prepared] = []
    for item, path in zip(items, paths, strict=True):
        if item.is_video:
            out.append(item)
            continue
        with Image.open(io.BytesIO(item.data)) as image:
            target = posts.fitted_ratio(image.width, image.height)
            size = image.size
        if target is None:
            out.append(item)
            continue
        box = crop.centered_box(size[0], size[1], target)
        fitted = fit_image(Path(path), Network.INSTAGRAM, crop=crop.CropSpec(box=box))
        out.append(replace(item, data=fitted.data, mime=fitted.mime))
    return out


def _facts(items: list[media_prep.Prepared], paths: tuple[str, ...]) -> list[posts.Item]:
    """Frame and length of what will be sent (images measured after fitting)."""
    from PIL import Image

    found: list[posts.Item] = []
    for item, path in zip(items, paths, strict=True):
        if item.is_video:
            described = media_prep.describe(path)
            found.append(posts.Item(True, described.width, described.height, described.duration_s))
        else:
            with Image.open(io.BytesIO(item.data)) as image:
                found.append(posts.Item(False, image.width, image.height))
    return found


class InstagramAdapter(InstagramInbox):
    """Publishes to an Instagram professional account.

    Args:
        credentials: the account tokens.
        relay: where media is put for Instagram to fetch, or None (nothing can be posted).
        base_url: the API root (tests point it at a fake).
        transport: an httpx transport override (tests).
        poll_interval: seconds between container status reads.
        max_polls: status reads before giving up on a container (IN_PROGRESS becomes Transient).
        sleep: the wait between polls (tests pass one that does not sleep).

    Attributes:
        network: Instagram.
        rate_limit: 50 API-published posts per 24 hours (IG User Media Publish reference); the
            account's own number is read before each post.
        lookup_settle: how long a published post takes to show in the account's media list.
    """

    network = Network.INSTAGRAM
    rate_limit: RateLimit | None = RateLimit(50, timedelta(hours=24))
    lookup_settle = timedelta(seconds=30)

    def __init__(
        self,
        credentials: CredentialSource,
        *,
        relay: MediaRelay | None = None,
        base_url: str = API,
        transport: httpx.AsyncBaseTransport | None = None,
        poll_interval: float = 10.0,
        max_polls: int = 30,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._relay = relay
        self._graph = GraphCaller(
            credentials,
            base_url=base_url,
            transport=transport,
            poll_interval=poll_interval,
            max_polls=max_polls,
            sleep=sleep,
        )

    # -- containers -------------------------------------------------------------------------

    async def _upload(self, path_or_item: media_prep.Prepared | str, urls: list[str]) -> str:
        try:
            if isinstance(path_or_item, str):
                url = await self._relay.upload(path_or_item)  # type: ignore[union-attr]
            else:
                with media_prep.as_file(path_or_item) as path:
                    url = await self._relay.upload(path)  # type: ignore[union-attr]
        except OSError as exc:
            raise adapter_error(exc, "Instagram") from None
        urls.append(url)
        return url

    async def _container(self, account_id: int | None, fields: dict[str, str], *, wait: bool = True) -> str:
        body = await self._graph.call(account_id, "POST", "{user}/media", what="create container", data=fields)
        container = str(body.get("id") or "")
        if not container:
            raise Transient("Instagram did not say which container it made")
        if wait:
            await self._graph.wait_finished(account_id, container)
        return container

    @staticmethod
    def _post_fields(request: PublishRequest, kind: str) -> dict[str, str]:
        """Caption, collaborators and location: what the post's own container carries."""
        fields: dict[str, str] = {}
        caption = request.parts[0] if request.parts else ""
        if caption.strip() and kind != posts.STORY:
            fields["caption"] = caption
        names = posts.collaborators(request.options)
        if names and kind != posts.STORY:
            fields["collaborators"] = json.dumps(names)
        location = str(request.options.get(posts.LOCATION_ID) or "").strip()
        if location and kind != posts.STORY:
            fields["location_id"] = location
        return fields

    async def _reel_fields(self, request: PublishRequest, urls: list[str]) -> dict[str, str]:
        fields = {"share_to_feed": "false" if request.options.get(posts.SHARE_TO_FEED) is False else "true"}
        cover = str(request.options.get(posts.COVER_PATH) or "")
        offset = posts.thumb_offset_ms(request.options)
        if cover:
            fields["cover_url"] = await self._upload(cover, urls)
        elif offset is not None:
            fields["thumb_offset"] = str(offset)
        return fields

    async def _make(self, request: PublishRequest, kind: str, items: list[media_prep.Prepared], urls: list[str]) -> str:
        """The container to publish; each file is uploaded just before its container is made."""
        account = request.account_id
        own = self._post_fields(request, kind)
        if kind == posts.STORY:
            item = items[0]
            key = "video_url" if item.is_video else "image_url"
            return await self._container(account, {"media_type": "STORIES", key: await self._upload(item, urls)})
        if len(items) == 1 and (kind == posts.REEL or items[0].is_video):
            fields = {
                "media_type": "REELS",
                "video_url": await self._upload(items[0], urls),
                **own,
                **await self._reel_fields(request, urls),
            }
            return await self._container(account, fields)
        if len(items) == 1:
            fields = {"image_url": await self._upload(items[0], urls), **own}
            if items[0].alt_text:
                fields["alt_text"] = items[0].alt_text
            return await self._container(account, fields)
        children = []
        for item in items:
            if item.is_video:
                fields = {"media_type": "VIDEO", "video_url": await self._upload(item, urls)}
            else:
                fields = {"image_url": await self._upload(item, urls)}
                if item.alt_text:
                    fields["alt_text"] = item.alt_text
            children.append(await self._container(account, {**fields, "is_carousel_item": "true"}))
        return await self._container(account, {"media_type": "CAROUSEL", "children": ",".join(children), **own})

    # -- the protocol -----------------------------------------------------------------------

    async def publish(self, request: PublishRequest) -> Published:
        if request.publish_at is not None:
            raise Rejected("Instagram's API has no scheduling of its own", problem=HANDOFF_NOT_OFFERED)
        if not request.media_paths:
            raise Rejected("An Instagram post needs a photo or a video", problem=ProblemCode.MEDIA_REQUIRED)
        if self._relay is None:
            raise Rejected(NO_RELAY, problem=ProblemCode.NEEDS_MEDIA_RELAY, params={"relay_setup": 1})
        await media_prep.check_sendable(request, Network.INSTAGRAM, relay=True)
        items = await media_prep.prepare(request, Network.INSTAGRAM)
        if posts.kind_of(request.options) == posts.FEED and request.options.get(posts.CROP_TO_FIT) is True:
            items = await asyncio.to_thread(_crop_to_fit, items, request.media_paths)
        facts = await asyncio.to_thread(_facts, items, request.media_paths)
        caption = request.parts[0] if request.parts else ""
        refusals = [i for i in posts.check(request.options, facts, caption=caption) if i.severity == "error"]
        if refusals:
            issue = refusals[0]
            params = dict(issue.params) if issue.index is None else {**issue.params, "index": issue.index}
            raise Rejected(explain(issue), problem=issue.code, params=params)
        kind = posts.kind_of(request.options)
        await self._graph.check_quota(request.account_id)
        urls: list[str] = []
        try:
            container = await self._make(request, kind, items, urls)
        finally:
            # Instagram has fetched every file once its container is FINISHED (or failed).
            await self._drop(urls)
        media_id = await self._graph.publish_container(request.account_id, container)
        return Published(media_id, await self._permalink(request.account_id, media_id), (media_id,))

    async def _drop(self, urls: list[str]) -> None:
        for url in urls:
            try:
                await self._relay.delete(url)  # type: ignore[union-attr]
            except OSError as exc:
                log.warning(
                    "A media relay copy could not be deleted now (%s); it is swept at the next start",
                    getattr(exc, "problem", type(exc).__name__),
                )

    async def _permalink(self, account_id: int | None, media_id: str) -> str | None:
        try:
            body = await self._graph.call(
                account_id, "GET", media_id, what="permalink", params={"fields": "id,permalink"}
            )
        except (Transient, Rejected, RateLimited):
            return None  # the post is out; a missing link is not worth failing it
        link = body.get("permalink")
        return link if isinstance(link, str) else None

    async def lookup(self, request: PublishRequest, *, sent_at: datetime) -> Published | None:
        """Find the post by its caption and time (Stories, which have no caption, by time alone).

        GET /{ig-user-id}/media?fields=id,caption,timestamp,permalink (newest first); Stories are
        listed at GET /{ig-user-id}/stories.
        """
        story = posts.kind_of(request.options) == posts.STORY
        edge = "{user}/stories" if story else "{user}/media"
        body = await self._graph.call(
            request.account_id,
            "GET",
            edge,
            what="lookup",
            params={"fields": "id,caption,timestamp,permalink", "limit": "50"},
        )
        found = body.get("data")
        if not isinstance(found, list):
            raise Transient("lookup: the answer has no list of posts")
        since = sent_at - timedelta(minutes=5)
        wanted = (request.parts[0] if request.parts else "").strip()
        for post in found:
            if not isinstance(post, dict) or not post.get("id"):
                continue
            try:
                when = datetime.strptime(str(post.get("timestamp")), "%Y-%m-%dT%H:%M:%S%z").astimezone(UTC)
            except ValueError:
                continue
            if when < since:
                continue
            if story or str(post.get("caption") or "").strip() == wanted:
                return Published(str(post["id"]), post.get("permalink"), (str(post["id"]),))
        return None

    async def first_comment(self, account_id: int | None, remote_id: str, text: str) -> Published:
        """POST /{ig-media-id}/comments with the text (needs instagram_business_manage_comments)."""
        body = await self._graph.call(
            account_id, "POST", f"{remote_id}/comments", what="first comment", creates=True, data={"message": text}
        )
        comment = created_id(body, "id", what="first comment")
        return Published(comment, None, (comment,))

    async def probe(self) -> bool:
        try:
            await self._graph.client.get(self._graph.base, timeout=5.0)
        except httpx.TransportError:
            return False
        return True

    async def aclose(self) -> None:
        await self._graph.aclose()


def register(registry: Registry, credentials: CredentialSource, relay: MediaRelay | None = None) -> None:
    """Serve Instagram with `InstagramAdapter` (every post needs `relay`).

    With the creator's relay (`s3_relay.StoredRelay`), building the adapter also starts the sweep
    of copies an earlier run left behind.
    """

    def make() -> InstagramAdapter:
        if isinstance(relay, StoredRelay):
            relay.start_sweep()
        return InstagramAdapter(credentials, relay=relay)

    registry.register(Network.INSTAGRAM, make)
