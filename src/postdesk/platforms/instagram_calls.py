"""Instagram Graph calls: the request path, Meta's error codes in words, and container waiting.

Error codes from https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/error-codes
(the table "Error Codes Defined": HTTP status, code, subcode, user message, recommended solution)
and the Graph API's own codes (190 invalid or expired token; 4, 17, 32, 613 rate limits; 10 a
permission the token lacks). Container status: GET /{container-id}?fields=status_code,status,
where status_code is IN_PROGRESS, FINISHED, ERROR, EXPIRED or PUBLISHED and `status` carries the
reason ("Error: ... (2207026)") (IG Container reference,
https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-container).
The token goes in the Authorization header, never in the URL (httpx logs URLs).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import httpx

from postdesk.core.validation import ProblemCode
from postdesk.platforms import meta_containers
from postdesk.platforms.base import PERMISSION_MISSING, RateLimited, Rejected, Transient
from postdesk.platforms.credentials import Credentials, CredentialSource
from postdesk.platforms.meta_errors import usage_wait
from postdesk.platforms.rest_call import (
    SLOW_TIMEOUT,
    Unauthorised,
    bounded_client,
    json_object,
    retry_after,
    send,
    with_refresh,
)

API = "https://graph.instagram.com/v23.0"
_AUTH_CODES = {102, 190}
_RATE_CODES = {4, 17, 32, 613}
_NOT_READY_CODE, _NOT_READY_SUBCODE = 9007, 2207027
_QUOTA_SUBCODE = 2207042
#: Meta's "Try again" rows: a server error, a download timeout, a failed container creation.
_PASSING_SUBCODES = {2207001, 2207003, 2207032, 2207053, 2207020}
#: How long to wait when the 24-hour publishing quota is used up (Meta gives no reset time).
QUOTA_WAIT = timedelta(hours=1)
#: The 24-hour publishing quota is used up (a wait, not a refusal; params: "max", the quota),
#: worded by `ui.composer.refusal_words_waits`.
POST_QUOTA_REACHED = "instagram_post_quota_reached"
#: Instagram's own refusal codes (the ones Threads does not share, `meta_containers`), worded by the
#: composer's activity (`refusal_words_networks`).
INSTAGRAM_PHOTO_RATIO = "instagram_photo_ratio"
INSTAGRAM_CAPTION_TOO_LONG = "instagram_caption_too_long"
INSTAGRAM_KIND_REFUSED = "instagram_kind_refused"
INSTAGRAM_HELD_AS_SPAM = "instagram_held_as_spam"
INSTAGRAM_COVER_OUTSIDE = "instagram_cover_outside"
INSTAGRAM_CONTAINER_LOST = "instagram_container_lost"
#: Subcodes (error-codes page; the numbers in `status` use the same table): the English for the
#: log and the refusal code; Instagram's own message stays its words.
SUBCODE_WORDS = {
    2207003: (
        "Instagram took too long to download the file from the media relay",
        meta_containers.META_MEDIA_DOWNLOAD_FAILED,
    ),
    2207004: ("the image is larger than Instagram takes (8 MB)", meta_containers.META_MEDIA_TOO_LARGE),
    2207005: ("Instagram takes JPEG photos only", meta_containers.META_IMAGE_FORMAT),
    2207009: (
        "the photo's shape (aspect ratio) is not one Instagram accepts (from 4:5 to 1.91:1)",
        INSTAGRAM_PHOTO_RATIO,
    ),
    2207010: ("the caption is longer than Instagram takes (2,200 characters)", INSTAGRAM_CAPTION_TOO_LONG),
    2207020: ("the prepared post expired before it was published", meta_containers.META_CONTAINER_EXPIRED),
    2207023: ("Instagram does not know this kind of post", INSTAGRAM_KIND_REFUSED),
    2207026: (
        "Instagram could not use the video (its format, length or encoding is not one Instagram takes)",
        meta_containers.META_VIDEO_UNUSABLE,
    ),
    2207051: (
        "Instagram held the post back as suspected spam; try again later or post it from the app",
        INSTAGRAM_HELD_AS_SPAM,
    ),
    2207052: (
        "Instagram could not download the file from the media relay",
        meta_containers.META_MEDIA_DOWNLOAD_FAILED,
    ),
    2207057: ("the cover frame is not inside the video", INSTAGRAM_COVER_OUTSIDE),
    2207006: ("Instagram could not find the prepared post", INSTAGRAM_CONTAINER_LOST),
}
#: The caption limit 2207010 speaks of (a parameter of its sentence).
CAPTION_MAX = 2200


class NotReady(Transient):
    """Instagram answered that a container is not ready to publish yet (wait, then try again)."""


def _no_account() -> Rejected:
    return Rejected("No Instagram account is chosen for this post", problem=ProblemCode.NO_ACCOUNT)


def container_reason(status_code: str, status: str) -> tuple[str, str]:
    """The refusal for a container that ended in ERROR or EXPIRED: (English for the log, problem code)."""
    if status_code == "EXPIRED":
        english = "Instagram let the prepared post expire (it was not published within 24 hours)"
        return english, meta_containers.META_CONTAINER_EXPIRED
    match = re.search(r"\((\d{7})\)|error code (\d{7})", status)
    subcode = int(match.group(1) or match.group(2)) if match else 0
    found = SUBCODE_WORDS.get(subcode)
    if found:
        return f"Instagram could not take the media: {found[0]}", found[1]
    return f"Instagram could not take the media ({status or status_code})", meta_containers.META_MEDIA_REFUSED


class GraphCaller:
    """Sends one account's Instagram calls with refresh-once and typed errors.

    Args:
        credentials: the account tokens.
        base_url: the API root (tests point it at a fake).
        transport: an httpx transport override (tests).
        poll_interval: seconds between container status reads.
        max_polls: status reads before giving up on a container.
        sleep: the wait between polls.
    """

    def __init__(
        self,
        credentials: CredentialSource,
        *,
        base_url: str = API,
        transport: httpx.AsyncBaseTransport | None = None,
        poll_interval: float = 10.0,
        max_polls: int = 30,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._credentials = credentials
        self.base = base_url.rstrip("/")
        self.client = bounded_client(transport=transport, timeout=SLOW_TIMEOUT)
        self.poll_interval = poll_interval
        self.max_polls = max_polls
        self.sleep = sleep

    async def call(
        self,
        account_id: int | None,
        method: str,
        path: str,
        *,
        what: str,
        creates: bool = False,
        data: dict[str, str] | None = None,
        params: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        """One Graph call ("{user}" in `path` is the account's Instagram user id)."""

        async def attempt(creds: Credentials) -> dict[str, Any]:
            url = f"{self.base}/{path.replace('{user}', creds.user_id or 'me')}"
            response = await send(
                self.client,
                method,
                url,
                creates=creates,
                data=data,
                params=params,
                headers={"Authorization": f"Bearer {creds.access_token}"},
            )
            return check(response, what, creates)

        return await with_refresh(
            self._credentials,
            account_id,
            attempt,
            no_account=_no_account,
            refused="Instagram refused the token; reconnect the account",
        )

    async def wait_finished(self, account_id: int | None, container: str) -> None:
        """Poll until the container is FINISHED (Meta: publish only FINISHED containers).

        Raises:
            Rejected: the container ended in ERROR or EXPIRED (Instagram's reason in words).
            Transient: still IN_PROGRESS after `max_polls` reads (the engine tries again later).
        """
        await meta_containers.wait_finished(
            self.call,
            account_id,
            container,
            status_key="status_code",
            message_key="status",
            reason=container_reason,
            max_polls=self.max_polls,
            poll_interval=self.poll_interval,
            sleep=self.sleep,
            still=f"Instagram is still processing the media (IN_PROGRESS after {self.max_polls} checks); "
            "Postdesk will try again",
        )

    async def publish_container(self, account_id: int | None, container: str) -> str:
        """Wait for the container, then publish it; "not ready" is waited for, not a refusal."""
        await self.wait_finished(account_id, container)
        return await meta_containers.publish_finished(
            self.call,
            account_id,
            container,
            "{user}/media_publish",
            not_ready=NotReady,
            max_polls=self.max_polls,
            poll_interval=self.poll_interval,
            sleep=self.sleep,
            still="Instagram is still processing the media; Postdesk will try again",
        )

    async def check_quota(self, account_id: int | None) -> None:
        """Refuse to start when the account's 24-hour publishing quota is used up.

        GET /{ig-user-id}/content_publishing_limit?fields=quota_usage,config (IG User Content
        Publishing Limit reference): quota_usage against config.quota_total (50 per the
        media_publish reference; the number is read, not assumed).

        Raises:
            RateLimited: the quota is used up (retry after `QUOTA_WAIT`).
        """
        body = await self.call(
            account_id,
            "GET",
            "{user}/content_publishing_limit",
            what="publishing limit",
            params={"fields": "quota_usage,config"},
        )
        rows = body.get("data")
        row = rows[0] if isinstance(rows, list) and rows and isinstance(rows[0], dict) else {}
        usage, config = row.get("quota_usage"), row.get("config")
        total = config.get("quota_total") if isinstance(config, dict) else None
        if isinstance(usage, int) and isinstance(total, int) and usage + 1 > total:
            raise RateLimited(
                QUOTA_WAIT,
                message=f"Instagram's limit of {total} posts per 24 hours is reached",
                problem=POST_QUOTA_REACHED,
                params={"max": total},
            )

    async def aclose(self) -> None:
        await self.client.aclose()


def check(response: httpx.Response, what: str, creates: bool) -> dict[str, Any]:
    """The answer's JSON object, or the typed error for Meta's error answer."""
    status = response.status_code
    if status < 400:
        return json_object(response, creates=creates, what=what)
    try:
        error = response.json().get("error") or {}
    except (ValueError, AttributeError):
        error = {}
    if not isinstance(error, dict):
        error = {}
    code, subcode = error.get("code"), error.get("error_subcode")
    message = str(error.get("error_user_msg") or error.get("message") or f"HTTP {status}")
    if status == 401 or code in _AUTH_CODES:
        raise Unauthorised(message)
    if subcode == _QUOTA_SUBCODE:
        raise RateLimited(QUOTA_WAIT, http_status=status, network_message=message)
    if status == 429 or code in _RATE_CODES:
        # Instagram Platform calls have Business Use Case limits: X-Business-Use-Case-Usage says
        # how many minutes until access returns (Graph API "Rate Limits" page; meta_errors reads it).
        wait = retry_after(response.headers) or usage_wait(response.headers)
        raise RateLimited(wait, http_status=status, network_message=message)
    if code == _NOT_READY_CODE or subcode == _NOT_READY_SUBCODE:
        raise NotReady(f"{what}: {message}", http_status=status, network_message=message)
    if status >= 500 or error.get("is_transient") is True or subcode in _PASSING_SUBCODES:
        raise Transient(f"{what}: {message}", http_status=status, network_message=message)
    found = SUBCODE_WORDS.get(subcode) if isinstance(subcode, int) else None
    if code == 10:
        english = f"the sign-in lacks a permission Instagram needs for this ({message}); reconnect the account"
        found = (english, PERMISSION_MISSING)
    if found is None:
        raise Rejected(message, http_status=status, network_message=message)
    english, problem = found
    params = {"max": CAPTION_MAX} if problem == INSTAGRAM_CAPTION_TOO_LONG else None
    raise Rejected(
        f"Instagram refused it: {english}", http_status=status, network_message=message, problem=problem, params=params
    )
