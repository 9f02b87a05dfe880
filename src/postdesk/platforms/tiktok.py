"""TikTok (Content Posting API, Direct Post; Display API for lookup and metrics).

Calls (https://open.tiktokapis.com; each page on developers.tiktok.com/doc/ named below):

- `POST /v2/post/publish/creator_info/query/` (video.publish; content-posting-api-reference-query-
  creator-info): asked when a TikTok account is chosen in the composer (`creator_info`) and again
  before every post, as TikTok requires;
- `POST /v2/post/publish/video/init/` (video.publish; content-posting-api-reference-direct-post)
  with `source_info.source` FILE_UPLOAD, then the chunks to the returned `upload_url`
  (content-posting-api-media-transfer-guide; `platforms.tiktok_upload`);
- `POST /v2/post/publish/content/init/` (video.publish; content-posting-api-reference-photo-post):
  photo posts, PULL_FROM_URL only, so the photos go through the creator's media relay, whose
  address must be verified with TikTok (`relay_verified`);
- `POST /v2/post/publish/status/fetch/` (video.publish; content-posting-api-reference-get-video-
  status): polled until PUBLISH_COMPLETE or FAILED, for at most `status_wait` seconds;
- `POST /v2/video/list/` and `/v2/video/query/` (video.list; display-api-overview): lookup of a
  public post whose answer was lost, and metrics (likes, comments, shares, views). The Display API
  shows public videos only: a private post is found through its publish id (kept in memory
  while the app runs) or not at all.

Requests carry `Content-Type: application/json; charset=UTF-8` as every reference shows. Errors are
`{"data", "error": {"code", "message", "log_id"}}` (tiktok-api-v2-error-handling); a 429
(`rate_limit_exceeded`) documents no Retry-After, and the budgets are per minute (6 inits, 30
status reads per token), so the engine waits a minute. TikTok has no delete in its API, no
comments API for creators' apps, no idempotency key and no native scheduling.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, runtime_checkable

import httpx

from postdesk.core import tiktok_options as topts
from postdesk.core.networks import Network
from postdesk.core.validation import ProblemCode
from postdesk.platforms import media_prep
from postdesk.platforms.base import (
    HANDOFF_NOT_OFFERED,
    PERMISSION_MISSING,
    AnswerLost,
    Published,
    PublishRequest,
    RateLimit,
    RateLimited,
    Rejected,
    Transient,
)
from postdesk.platforms.credentials import CredentialSource
from postdesk.platforms.metrics import PostMetrics, count
from postdesk.platforms.registry import Registry
from postdesk.platforms.relay import MediaRelay, adapter_error, needs_relay_reason
from postdesk.platforms.rest_call import (
    SLOW_TIMEOUT,
    AuthorisedCaller,
    Clock,
    Sleep,
    bounded_client,
    created_id,
    json_object,
    utc_now,
)
from postdesk.platforms.tiktok_upload import (
    FAIL_INTERNAL,
    FAIL_USER_BANNED,
    Outcome,
    chunk_plan,
    upload_chunks,
    wait_published,
)

API = "https://open.tiktokapis.com"
DEFAULT_RATE_WAIT = timedelta(minutes=1)
#: spam_risk_too_many_posts / reached_active_user_cap are daily caps: try again in an hour.
CAP_WAIT = timedelta(hours=1)
JSON = "application/json; charset=UTF-8"
VIDEO_FIELDS = "id,create_time,share_url,title,video_description,like_count,comment_count,share_count,view_count"
LOOKUP_PAGES = 3

NO_PRIVACY = "Choose who can see this TikTok post (TikTok asks the creator every time)"
NO_MEDIA = "A TikTok post needs a video or photos"
PHOTOS_NEED_VERIFIED = (
    "TikTok fetches photos from a web address whose domain you verified in your TikTok app: "
    'set up a media relay and verify its address with TikTok, then tick "verified" in the '
    "TikTok options"
)
#: TikTok's `error.code` values in words (tiktok-api-v2-error-handling and each reference's table).
ERRORS = {
    "access_token_invalid": "TikTok no longer accepts Postdesk's sign-in for this account; reconnect it",
    "scope_not_authorized": (
        "TikTok did not give Postdesk permission to do this on your account. Reconnect the "
        "account in Accounts and allow everything Postdesk asks for"
    ),
    "scope_permission_missed": "Your TikTok app is not approved for this permission (see your app's products)",
    "rate_limit_exceeded": "TikTok's request limit was reached; Postdesk will try again in a minute",
    "spam_risk_too_many_posts": "TikTok's daily limit of posts from apps is reached for this account",
    "spam_risk_user_banned_from_posting": "TikTok does not let this account post right now",
    "reached_active_user_cap": "Your TikTok app has reached its daily number of posting users",
    "unaudited_client_can_only_post_to_private_accounts": (
        'Your TikTok app has not passed TikTok\'s audit yet, so it can only post privately ("Only me") '
        "from a private account"
    ),
    "privacy_level_option_mismatch": "TikTok no longer offers the chosen privacy level for this account; choose again",
    "url_ownership_unverified": PHOTOS_NEED_VERIFIED,
    "internal_error": "TikTok had an internal problem",
}
CAPS = {"spam_risk_too_many_posts", "reached_active_user_cap"}
#: The daily caps' wait codes (TikTok's code stays the network's words), worded by
#: `ui.composer.refusal_words_waits`.
DAILY_POST_CAP = "tiktok_daily_post_cap"
DAILY_USER_CAP = "tiktok_daily_user_cap"
CAP_PROBLEMS: Mapping[str, str] = {
    "spam_risk_too_many_posts": DAILY_POST_CAP,
    "reached_active_user_cap": DAILY_USER_CAP,
}
#: Problem codes of TikTok's error codes that refuse a request (the daily caps wait instead),
#: worded by `ui.composer.refusal_words_video` and the composer.
APP_NOT_APPROVED = "tiktok_app_not_approved"
APP_NOT_AUDITED = "tiktok_app_not_audited"
ERROR_PROBLEMS: Mapping[str, str] = {
    "scope_not_authorized": PERMISSION_MISSING,
    "scope_permission_missed": APP_NOT_APPROVED,
    "spam_risk_user_banned_from_posting": FAIL_USER_BANNED,
    "unaudited_client_can_only_post_to_private_accounts": APP_NOT_AUDITED,
    "privacy_level_option_mismatch": ProblemCode.TIKTOK_PRIVACY_NOT_OFFERED,
    "url_ownership_unverified": ProblemCode.TIKTOK_PHOTOS_NEED_VERIFIED_RELAY,
    "internal_error": FAIL_INTERNAL,
}


def _error_code(response: httpx.Response) -> tuple[str, str]:
    body = response.json()
    inner = body.get("error") if isinstance(body, Mapping) else None
    if not isinstance(inner, Mapping):
        return "", ""
    return str(inner.get("code") or ""), str(inner.get("message") or "")


def explain(response: httpx.Response) -> str:
    """TikTok's reason in words: a known `error.code`, else TikTok's own message."""
    code, message = _error_code(response)
    return ERRORS.get(code) or message or code


class _Caller(AuthorisedCaller):
    """The shared caller, with TikTok's known error codes in an HTTP error answer as problem codes."""

    def error_for(self, response: httpx.Response, *, creates: bool = False) -> Exception:
        error = super().error_for(response, creates=creates)
        if type(error) is Rejected:
            try:
                code, message = _error_code(response)
            except ValueError:
                return error
            if code in ERROR_PROBLEMS:
                error.problem = ERROR_PROBLEMS[code]
                error.network_message = f"{code}: {message}" if message else code
        return error


def post_url(username: str, post_id: str, *, photo: bool = False) -> str | None:
    """The public address of a post, when the username is known."""
    if not username or not post_id:
        return None
    return f"https://www.tiktok.com/@{username}/{'photo' if photo else 'video'}/{post_id}"


@runtime_checkable
class CreatorInfoAdapter(Protocol):
    """What the composer's TikTok options ask of the engine: the creator's posting choices."""

    async def creator_info(self, account_id: int | None) -> topts.CreatorInfo:
        """The account's nickname, privacy choices, interaction settings and limits."""
        ...


class TikTokAdapter:
    """The TikTok adapter (one per engine).

    Args:
        credentials: gives each account's OAuth 2 token.
        base_url: the API root (tests point it at 127.0.0.1).
        transport: an httpx transport override (tests).
        clock: the current instant.
        sleep: how to wait between status reads.
        status_wait: the longest wait for TikTok to finish a post, in seconds.
        relay: the creator's media relay (photo posts), or None.
        lookup_window: how far before the send `lookup` accepts a post's creation time.
        timeout: the HTTP timeouts (chunks carry up to 64 MB).
    """

    network = Network.TIKTOK
    # "Each user access_token is limited to 6 requests per minute" for the inits; a post takes
    # one init, one creator info read and a few status reads.
    rate_limit: RateLimit | None = RateLimit(6, timedelta(minutes=1))
    # Moderation of a public post "usually finishes within one minute" (get-video-status).
    lookup_settle = timedelta(minutes=5)

    def __init__(
        self,
        credentials: CredentialSource,
        *,
        base_url: str = API,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Clock = utc_now,
        sleep: Sleep = asyncio.sleep,
        status_wait: float = 600.0,
        relay: MediaRelay | None = None,
        lookup_window: timedelta = timedelta(minutes=2),
        timeout: httpx.Timeout = SLOW_TIMEOUT,
    ) -> None:
        self._base = base_url.rstrip("/")
        self._client = bounded_client(timeout=timeout, transport=transport, headers={"User-Agent": "Postdesk"})
        self._caller = _Caller(credentials, self._client, explain, clock)
        self._clock = clock
        self._sleep = sleep
        self._status_wait = status_wait
        self._relay = relay
        self._lookup_window = lookup_window
        #: idempotency key -> (account, publish id): a post whose status is not known yet.
        self._pending: dict[str, tuple[int | None, str]] = {}

    async def _call(
        self,
        account_id: int | None,
        method: str,
        path: str,
        body: Any = None,
        *,
        creates: bool = False,
        params: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        content = None if body is None else json.dumps(body).encode("utf-8")
        try:
            response = await self._caller.bearer_call(
                account_id,
                method,
                self._base + path,
                creates=creates,
                rate_wait=DEFAULT_RATE_WAIT,
                headers=None if body is None else {"Content-Type": JSON},
                content=content,
                params=params,
            )
        except Rejected as refused:
            cap = next((c for c in CAPS if refused.reason == ERRORS[c]), None)
            if cap is not None:
                raise RateLimited(
                    CAP_WAIT,
                    http_status=refused.http_status,
                    message=refused.reason,
                    problem=CAP_PROBLEMS[cap],
                    network_message=cap,
                ) from None
            raise
        answer = json_object(response, creates=creates, what=path)
        error = answer.get("error")
        if isinstance(error, Mapping) and error.get("code") not in (None, "", "ok"):
            raise Rejected(
                ERRORS.get(str(error["code"])) or str(error.get("message") or error["code"]),
                http_status=response.status_code,
                network_message=str(error.get("code")),
                problem=ERROR_PROBLEMS.get(str(error["code"]), ""),
            )
        data = answer.get("data")
        return dict(data) if isinstance(data, Mapping) else {}

    # -- creator info ------------------------------------------------------------------------------

    async def creator_info(self, account_id: int | None) -> topts.CreatorInfo:
        """What TikTok lets this creator choose now (privacy levels, interactions, longest video).

        Raises:
            AuthExpired, RateLimited (also TikTok's daily post cap), Rejected, Transient.
        """
        data = await self._call(account_id, "POST", "/v2/post/publish/creator_info/query/", {})
        return topts.CreatorInfo.from_api(data)

    # -- publish -----------------------------------------------------------------------------------

    async def publish(self, request: PublishRequest) -> Published:
        if request.publish_at is not None:
            raise Rejected("TikTok cannot schedule posts through its API", problem=HANDOFF_NOT_OFFERED)
        options = request.options
        privacy = str(options.get("privacy_level") or "")
        if not privacy:
            raise Rejected(NO_PRIVACY, problem=ProblemCode.TIKTOK_PRIVACY_MISSING)
        if not request.media_paths:
            raise Rejected(NO_MEDIA, problem=ProblemCode.MEDIA_REQUIRED)
        await media_prep.check_sendable(request, self.network)  # the composer's own check
        creator = await self.creator_info(request.account_id)
        if privacy not in creator.privacy_options:
            raise Rejected(ERRORS["privacy_level_option_mismatch"], problem=ProblemCode.TIKTOK_PRIVACY_NOT_OFFERED)
        if options.get("branded_content") is True and privacy == topts.PRIVATE:
            raise Rejected(
                "Branded content cannot be private on TikTok: choose who can see it",
                problem=ProblemCode.TIKTOK_BRANDED_PRIVATE,
            )
        described = [await asyncio.to_thread(media_prep.describe, p) for p in request.media_paths]
        caption = request.parts[0] if request.parts else ""
        if described[0].kind.value == "video":
            seconds = described[0].duration_s
            if seconds is not None and creator.max_video_s and seconds > creator.max_video_s:
                raise Rejected(
                    f"The video lasts {round(seconds)} s; "
                    f"TikTok lets this account post at most {creator.max_video_s} s",
                    problem=ProblemCode.TIKTOK_VIDEO_TOO_LONG_FOR_CREATOR,
                    params={"seconds": round(seconds), "max_seconds": creator.max_video_s},
                )
            return await self._video(request, creator, caption, privacy)
        return await self._photos(request, creator, caption, privacy)

    def _post_info(self, options: Mapping[str, Any], creator: topts.CreatorInfo, privacy: str) -> dict[str, Any]:
        info: dict[str, Any] = {"privacy_level": privacy, **topts.interactions(options, creator)}
        commercial = options.get("commercial") is True
        info["brand_content_toggle"] = commercial and options.get("branded_content") is True
        info["brand_organic_toggle"] = commercial and options.get("your_brand") is True
        return info

    async def _video(
        self, request: PublishRequest, creator: topts.CreatorInfo, caption: str, privacy: str
    ) -> Published:
        path = request.media_paths[0]
        described = await asyncio.to_thread(media_prep.describe, path)
        size, mime = described.size_bytes, described.mime
        chunk_size, chunks = chunk_plan(size)
        info = {"title": caption, **self._post_info(request.options, creator, privacy)}
        if request.options.get("is_aigc") is True:
            info["is_aigc"] = True
        # Nothing is published before every chunk arrived, so a lost init answer is Transient.
        answer = await self._call(
            request.account_id,
            "POST",
            "/v2/post/publish/video/init/",
            {
                "post_info": info,
                "source_info": {
                    "source": "FILE_UPLOAD",
                    "video_size": size,
                    "chunk_size": chunk_size,
                    "total_chunk_count": chunks,
                },
            },
        )
        publish_id = created_id(answer, "publish_id", what="the TikTok post")
        upload_url = str(answer.get("upload_url") or "")
        if not upload_url:
            raise Transient("TikTok's answer had no upload address")
        self._pending[request.idempotency_key] = (request.account_id, publish_id)
        try:
            await upload_chunks(self._client, upload_url, path, size, mime, chunk_size, chunks)
        except AnswerLost:
            # The last chunk's answer was lost: TikTok's own count of the bytes it holds tells
            # whether the upload finished (then it publishes) or not (then nothing will appear).
            status = await self._status(request.account_id, publish_id)
            received = status.get("uploaded_bytes")
            if isinstance(received, int) and received < size and status.get("status") != "PUBLISH_COMPLETE":
                self._pending.pop(request.idempotency_key, None)
                raise Transient(f"TikTok received {received} of {size} bytes; the upload starts again") from None
        outcome = await self._wait(request, publish_id)
        return self._published(outcome, publish_id, creator, photo=False)

    async def _photos(
        self, request: PublishRequest, creator: topts.CreatorInfo, caption: str, privacy: str
    ) -> Published:
        if self._relay is None:
            raise Rejected(
                needs_relay_reason("TikTok"), problem=ProblemCode.NEEDS_MEDIA_RELAY, params={"relay_setup": 1}
            )
        if request.options.get("relay_verified") is not True:
            raise Rejected(PHOTOS_NEED_VERIFIED, problem=ProblemCode.TIKTOK_PHOTOS_NEED_VERIFIED_RELAY)
        items = await media_prep.prepare(request, self.network)
        urls: list[str] = []
        try:
            for item in items:
                with media_prep.as_file(item) as name:
                    try:
                        urls.append(await self._relay.upload(name))
                    except OSError as exc:
                        raise adapter_error(exc, "TikTok") from None
            info = {
                "title": str(request.options.get("title") or ""),
                "description": caption,
                **self._post_info(request.options, creator, privacy),
            }
            info.pop("disable_duet")
            info.pop("disable_stitch")
            if request.options.get("auto_add_music") is True:
                info["auto_add_music"] = True
            answer = await self._call(
                request.account_id,
                "POST",
                "/v2/post/publish/content/init/",
                {
                    "media_type": "PHOTO",
                    "post_mode": "DIRECT_POST",
                    "post_info": info,
                    "source_info": {"source": "PULL_FROM_URL", "photo_images": urls, "photo_cover_index": 0},
                },
                creates=True,
            )
            publish_id = created_id(answer, "publish_id", what="the TikTok post")
            self._pending[request.idempotency_key] = (request.account_id, publish_id)
            outcome = await self._wait(request, publish_id)
        finally:
            for url in urls:
                with contextlib.suppress(OSError):  # a leftover is swept at the next start
                    await self._relay.delete(url)
        return self._published(outcome, publish_id, creator, photo=True)

    async def _wait(self, request: PublishRequest, publish_id: str) -> Outcome:
        outcome = await wait_published(
            lambda pid: self._status(request.account_id, pid), publish_id, sleep=self._sleep, wait=self._status_wait
        )
        self._pending.pop(request.idempotency_key, None)
        return outcome

    async def _status(self, account_id: int | None, publish_id: str) -> dict[str, Any]:
        return await self._call(account_id, "POST", "/v2/post/publish/status/fetch/", {"publish_id": publish_id})

    @staticmethod
    def _published(outcome: Outcome, publish_id: str, creator: topts.CreatorInfo, *, photo: bool) -> Published:
        # A private post gets no public id: the publish id then stands for it.
        remote = outcome.post_id or publish_id
        url = post_url(creator.username, outcome.post_id, photo=photo) if outcome.post_id else None
        return Published(remote_id=remote, remote_url=url, part_ids=(remote,))

    # -- lookup, delete, metrics -----------------------------------------------------------------

    async def lookup(self, request: PublishRequest, *, sent_at: datetime) -> Published | None:
        """The post this request made: through its publish id while the app still knows it, else
        among the creator's newest public videos (same caption, made after the send).

        Raises:
            Transient: a non-public post whose publish id is not known: TikTok shows apps public
                videos only, so only the creator can say whether it went out.
        """
        pending = self._pending.get(request.idempotency_key)
        if pending is not None:
            try:
                outcome = await self._wait_once(pending)
            except Rejected:
                self._pending.pop(request.idempotency_key, None)
                return None  # FAILED: TikTok positively did not publish it
            if outcome is None:
                raise Transient("TikTok is still processing the post")
            self._pending.pop(request.idempotency_key, None)
            photo = not pending[1].startswith("v_")
            return self._published(outcome, pending[1], topts.CreatorInfo(), photo=photo)
        if str(request.options.get("privacy_level") or "") != "PUBLIC_TO_EVERYONE":
            raise Transient("TikTok does not show private posts to apps: look at the profile in TikTok")
        caption = (request.parts[0] if request.parts else "").strip()
        since = int((_aware(sent_at) - self._lookup_window).timestamp())
        cursor: int | None = None
        for _ in range(LOOKUP_PAGES):
            body: dict[str, Any] = {"max_count": 20}
            if cursor is not None:
                body["cursor"] = cursor
            data = await self._call(
                request.account_id, "POST", "/v2/video/list/", body, params={"fields": VIDEO_FIELDS}
            )
            videos = _videos(data)
            for video in videos:
                if not isinstance(video, Mapping) or int(video.get("create_time") or 0) < since:
                    continue
                shown = str(video.get("video_description") or video.get("title") or "").strip()
                if (shown and caption.startswith(shown)) or (not shown and not caption):
                    vid = str(video.get("id"))
                    return Published(
                        remote_id=vid, remote_url=str(video.get("share_url") or "") or None, part_ids=(vid,)
                    )
            if not data.get("has_more") or not videos:
                break
            cursor = int(data.get("cursor") or 0)
        return None

    async def _wait_once(self, pending: tuple[int | None, str]) -> Outcome | None:
        data = await self._status(pending[0], pending[1])
        try:
            return await wait_published(lambda _pid: _const(data), pending[1], sleep=self._sleep, wait=0)
        except AnswerLost:
            return None

    async def metrics(self, account_id: int | None, remote_id: str) -> PostMetrics:
        """Likes, comments, shares and views of a public post (`POST /v2/video/query/`, video.list).

        Raises:
            Rejected: the post is not public (or gone): TikTok shows apps public videos only.
            AuthExpired, RateLimited, Transient.
        """
        data = await self._call(
            account_id,
            "POST",
            "/v2/video/query/",
            {"filters": {"video_ids": [remote_id]}},
            params={"fields": VIDEO_FIELDS},
        )
        videos = _videos(data)
        video = next((v for v in videos if isinstance(v, Mapping) and str(v.get("id")) == remote_id), None)
        if video is None:
            raise Rejected("TikTok shows apps the numbers of public posts only")
        return PostMetrics(
            likes=count(video, "like_count"),
            reposts=count(video, "share_count"),
            replies=count(video, "comment_count"),
            views=count(video, "view_count"),
        )

    async def probe(self) -> bool:
        try:
            await self._client.get(self._base + "/v2/user/info/")
        except httpx.HTTPError:
            return False
        return True

    async def aclose(self) -> None:
        await self._client.aclose()


def _videos(data: Mapping[str, Any]) -> list[Any]:
    videos = data.get("videos")
    return list(videos) if isinstance(videos, list) else []


async def _const(data: dict[str, Any]) -> dict[str, Any]:
    return data


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def register(registry: Registry, credentials: CredentialSource, relay: MediaRelay | None = None) -> None:
    """Serve TikTok with `TikTokAdapter` (photo posts need `relay`, verified with TikTok)."""
    registry.register(Network.TIKTOK, lambda: TikTokAdapter(credentials, relay=relay))
