"""A platform adapter that talks to `RecordingNetwork` over real HTTP (httpx), for engine tests.

It maps HTTP outcomes to the typed errors of `postdesk.platforms.base` the way a real adapter
must: 429 → RateLimited(Retry-After), 401 → AuthExpired, other 4xx → Rejected(reason), 5xx and
refused connections → Transient, a timeout or dropped connection after the request was written
→ AnswerLost.

`register(registry)` lets a headless process load it as a plugin; the fake's URL comes from
the `POSTDESK_FAKE_NETWORK_URL` environment variable.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Collection
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from postdesk.core.networks import Network
from postdesk.core.retry import parse_retry_after
from postdesk.platforms.base import (
    AnswerLost,
    AuthExpired,
    Published,
    PublishRequest,
    RateLimit,
    RateLimited,
    Rejected,
    Transient,
)
from postdesk.platforms.capabilities import (
    SupportsDelete,
    SupportsFirstComment,
    SupportsLookup,
    SupportsNativeSchedule,
    methods_of,
)
from postdesk.platforms.registry import Registry

ENV_URL = "POSTDESK_FAKE_NETWORK_URL"


#: The capabilities the fake can play; it has those asked for and no others.
PLAYABLE: frozenset[type] = frozenset({SupportsLookup, SupportsDelete, SupportsFirstComment, SupportsNativeSchedule})
#: What it has unless told otherwise.
DEFAULT: frozenset[type] = frozenset({SupportsLookup, SupportsDelete, SupportsFirstComment})
_VARIANTS: dict[tuple[type, frozenset[type]], type[RecordingAdapter]] = {}


class RecordingAdapter:
    """An adapter for the recording fake network.

    `capabilities` chooses which of `PLAYABLE` it has (default `DEFAULT`): the instance is of a
    subclass whose other capability methods are None, so `isinstance(adapter, SupportsX)` is
    False for them, as for a real adapter without the method.
    """

    def __new__(cls, *args: object, capabilities: Collection[type] | None = None, **kwargs: object) -> RecordingAdapter:
        wanted = DEFAULT if capabilities is None else frozenset(capabilities)
        variant = _VARIANTS.get((cls, wanted))
        if variant is None:
            dropped = {name: None for c in PLAYABLE - wanted for name in methods_of(c)}
            variant = _VARIANTS[cls, wanted] = type(cls.__name__, (cls,), dropped)
        return super().__new__(variant)

    def __init__(
        self,
        base_url: str,
        network: Network = Network.MASTODON,
        *,
        timeout: float = 5.0,
        rate_limit: RateLimit | None = None,
        lookup_settle: timedelta = timedelta(0),
        capabilities: Collection[type] | None = None,
    ) -> None:
        self.network = network
        self.rate_limit = rate_limit
        self.lookup_settle = lookup_settle
        self._client = httpx.AsyncClient(base_url=base_url, timeout=timeout)

    @staticmethod
    def _account(account_id: int | None) -> str:
        return str(account_id if account_id is not None else "none")

    async def _call(self, method: str, url: str, **kwargs: object) -> httpx.Response:
        try:
            response = await self._client.request(method, url, **kwargs)  # type: ignore[arg-type]
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as error:
            raise Transient(str(error) or type(error).__name__) from error
        except (httpx.ReadTimeout, httpx.WriteTimeout, httpx.RemoteProtocolError, httpx.ReadError) as error:
            raise AnswerLost(str(error) or type(error).__name__) from error
        status = response.status_code
        if status < 400:
            return response
        message = _message(response)
        if status == 429:
            retry_after = parse_retry_after(response.headers.get("Retry-After"), datetime.now(UTC))
            raise RateLimited(retry_after, http_status=status, network_message=message)
        if status == 401:
            raise AuthExpired(http_status=status, network_message=message)
        if status >= 500:
            raise Transient(http_status=status, network_message=message)
        raise Rejected(message, http_status=status, network_message=message)

    @staticmethod
    def _media(request: PublishRequest) -> list[dict[str, str]]:
        # What a real upload proves: the file was readable, its content, and its alt text.
        alts = list(request.options.get("alt_texts") or ())
        media = []
        for index, path in enumerate(request.media_paths):
            try:
                data = Path(path).read_bytes()
            except OSError as error:
                raise Rejected(f"cannot read {path}: {error.strerror}") from None
            media.append(
                {"sha256": hashlib.sha256(data).hexdigest(), "alt": str(alts[index]) if index < len(alts) else ""}
            )
        return media

    async def publish(self, request: PublishRequest) -> Published:
        response = await self._call(
            "POST",
            f"/accounts/{self._account(request.account_id)}/posts",
            json={
                "parts": list(request.parts),
                "key": request.idempotency_key,
                "publish_at": None if request.publish_at is None else request.publish_at.isoformat(),
                "media": self._media(request),
            },
        )
        body = response.json()
        return Published(remote_id=body["id"], remote_url=body.get("url"), part_ids=(body["id"],))

    async def schedule(self, request: PublishRequest, at: datetime) -> Published:
        return await self.publish(replace(request, publish_at=at))

    async def lookup(self, request: PublishRequest, *, sent_at: datetime) -> Published | None:
        try:
            response = await self._call(
                "GET",
                f"/accounts/{self._account(request.account_id)}/posts",
                params={"key": request.idempotency_key},
            )
        except AnswerLost as error:
            raise Transient(str(error)) from error
        posts = response.json()["posts"]
        if not posts:
            return None
        return Published(remote_id=posts[0]["id"], remote_url=posts[0].get("url"))

    async def delete(self, account_id: int | None, remote_id: str) -> None:
        try:
            await self._call("DELETE", f"/accounts/{self._account(account_id)}/posts/{remote_id}")
        except Rejected as error:
            if error.http_status != 404:
                raise

    async def first_comment(self, account_id: int | None, remote_id: str, text: str) -> Published:
        response = await self._call(
            "POST",
            f"/accounts/{self._account(account_id)}/posts/{remote_id}/comments",
            json={"text": text},
        )
        return Published(remote_id=response.json()["id"])

    async def probe(self) -> bool:
        try:
            response = await self._client.get("/health", timeout=2.0)
        except httpx.HTTPError:
            return False
        return response.status_code < 500

    async def aclose(self) -> None:
        await self._client.aclose()


def _message(response: httpx.Response) -> str:
    try:
        return str(response.json().get("error", ""))
    except ValueError:
        return response.text[:200]


def register(registry: Registry) -> None:
    """Serve every network with the recording fake at `$POSTDESK_FAKE_NETWORK_URL`."""
    url = os.environ[ENV_URL]
    for network in Network:
        registry.register(network, lambda n=network: RecordingAdapter(url, n))
