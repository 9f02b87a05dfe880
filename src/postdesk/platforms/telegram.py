"""Telegram: posts to a channel through the user's bot (Bot API).

Checked against https://core.telegram.org/bots/api:
- sendMessage (text 1-4096 characters after entities parsing, `entities`), sendPhoto and
  sendVideo (caption 0-1024, `caption_entities`, files uploaded as multipart/form-data),
  sendMediaGroup (2-10 photos and videos, "attach://<name>" references), deleteMessages;
- MessageEntity offsets and lengths are in UTF-16 code units; links, mentions and hashtags are
  sent as explicit entities found by `core.richtext.entities`;
- `disable_notification` sends silently (`options["silent"]`);
- failures: {"ok": false, "error_code", "description", "parameters": {"retry_after"}}; a 401
  means the bot token was revoked in @BotFather (bot tokens never expire: no refresh), a 403
  that the bot lost its place in the channel; both need the user (AuthExpired).
The bot token is part of the URL path, and httpx logs URLs: requests go out as `/bot/<method>`
through the sign-in profile's `BotTokenTransport`, which puts the token in at the last moment.
The Bot API cannot read a channel's history, so there is no `lookup` and no `metrics`.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import httpx

from postdesk.auth.profiles.telegram import BotTokenTransport
from postdesk.core.networks import Network
from postdesk.core.retry import clamp_retry_after
from postdesk.core.richtext import entities
from postdesk.platforms import media_prep
from postdesk.platforms.base import (
    AdapterError,
    AnswerLost,
    AuthExpired,
    Capability,
    Published,
    PublishRequest,
    RateLimit,
    RateLimited,
    Rejected,
    Transient,
)
from postdesk.platforms.credentials import Credentials, CredentialSource
from postdesk.platforms.metrics import UNKNOWN, PostMetrics
from postdesk.platforms.registry import Registry
from postdesk.platforms.rest_call import (
    SLOW_TIMEOUT,
    account_credentials,
    bounded_client,
    created_id,
    json_object,
    send,
)

API = "https://api.telegram.org"
CAPTION_LIMIT = 1024
_KINDS = {"link": "url", "mention": "mention", "hashtag": "hashtag", "cashtag": "cashtag"}


def utf16_offset(text: str, index: int) -> int:
    """The UTF-16 code unit offset of str index `index`."""
    return len(text[:index].encode("utf-16-le")) // 2


def message_entities(text: str) -> list[dict[str, Any]]:
    """Bot API MessageEntity objects for the links, mentions and hashtags of `text`."""
    found = []
    for entity in entities(text, Network.TELEGRAM):
        start = utf16_offset(text, entity.start)
        found.append({"type": _KINDS[entity.kind], "offset": start,
                      "length": utf16_offset(text, entity.end) - start})
    return found


def _no_channel() -> Rejected:
    return Rejected("No Telegram channel is chosen for this post")


class TelegramAdapter:
    """Publishes to a Telegram channel.

    Args:
        credentials: the bot token (access_token) and the channel (extra["chat_id"]).
        base_url: the Bot API server (tests point it at a fake; a local Bot API server works too).
        transport_factory: makes the underlying transport (tests may override).

    Attributes:
        network: Telegram.
        capabilities: delete.
        rate_limit: 20 messages a minute in one channel or group (Bot API FAQ).
        lookup_settle: unused (no lookup).
    """

    network = Network.TELEGRAM
    capabilities = Capability.DELETE
    rate_limit: RateLimit | None = RateLimit(20, timedelta(minutes=1))
    lookup_settle = timedelta(0)

    def __init__(
        self,
        credentials: CredentialSource,
        *,
        base_url: str = API,
        transport_factory: type[httpx.AsyncBaseTransport] | Any = httpx.AsyncHTTPTransport,
    ) -> None:
        self._credentials = credentials
        self._base = base_url.rstrip("/")
        self._transport_factory = transport_factory
        # One client per bot token: the token lives in the transport, never in a URL or a log.
        self._clients: dict[str, httpx.AsyncClient] = {}

    def _client(self, token: str) -> httpx.AsyncClient:
        client = self._clients.get(token)
        if client is None:
            client = bounded_client(transport=BotTokenTransport(self._transport_factory(), token),
                                    timeout=SLOW_TIMEOUT)
            self._clients[token] = client
        return client

    async def _creds(self, account_id: int | None) -> tuple[Credentials, Any]:
        creds = await account_credentials(self._credentials, account_id, no_account=_no_channel)
        chat = creds.extra.get("chat_id") or creds.user_id
        if chat in (None, ""):
            raise AuthExpired("The Telegram account has no channel; reconnect it")
        return creds, chat

    async def _call(self, creds: Credentials, method: str, *, creates: bool,
                    json_body: dict[str, Any] | None = None, data: dict[str, str] | None = None,
                    files: dict[str, tuple[str, bytes, str]] | None = None) -> Any:
        response = await send(self._client(creds.access_token), "POST", f"{self._base}/bot/{method}",
                              creates=creates, json=json_body, data=data, files=files)
        body = json_object(response, creates=creates, what=method)
        if body.get("ok") is True:
            if "result" not in body:
                raise (AnswerLost if creates else Transient)(f"{method}: the answer has no result")
            return body["result"]
        code = body.get("error_code") or response.status_code
        description = str(body.get("description") or f"HTTP {response.status_code}")
        raw = body.get("parameters")
        parameters: dict[str, Any] = raw if isinstance(raw, dict) else {}
        if code == 401:
            raise AuthExpired("Telegram refused the bot token (revoked in @BotFather?); reconnect",
                              http_status=401, network_message=description)
        if code == 403 or (code == 400 and "need administrator rights" in description):
            # Not in the channel (403), or in it without the right to post (400): the creator must
            # make the bot an admin with "Post messages"; the post waits, as for a reconnect.
            raise AuthExpired("The bot can no longer post in the channel; add it back as an admin",
                              http_status=403, network_message=description)
        if code == 429:
            wait = parameters.get("retry_after")
            raise RateLimited(clamp_retry_after(wait) if isinstance(wait, int) else None,
                              http_status=429, network_message=description)
        if isinstance(code, int) and code >= 500:
            raise Transient(f"{method}: {description}", http_status=code, network_message=description)
        if "PHOTO_INVALID_DIMENSIONS" in description:
            raise Rejected("Telegram refuses photos whose width and height add up to more than 10,000 pixels "
                           "or whose long side is more than 20 times the short side",
                           http_status=code if isinstance(code, int) else None, network_message=description)
        raise Rejected(description, http_status=code if isinstance(code, int) else None,
                       network_message=description)

    # -- the protocol -----------------------------------------------------------------------

    async def publish(self, request: PublishRequest) -> Published:
        if request.publish_at is not None:
            raise Rejected("Telegram bots cannot schedule messages")
        creds, chat = await self._creds(request.account_id)
        await media_prep.check_sendable(request, Network.TELEGRAM)  # the composer's own check
        items = await media_prep.prepare(request, Network.TELEGRAM)
        if len(items) > 10:
            raise Rejected("A Telegram album holds at most 10 photos and videos")
        text = request.parts[0] if request.parts else ""
        silent = bool(request.options.get("silent"))
        if items and utf16_offset(text, len(text)) > CAPTION_LIMIT:
            raise Rejected("Text under photos or videos is limited to 1024 characters on Telegram")
        if not items:
            first = [await self._call(creds, "sendMessage", creates=True, json_body={
                "chat_id": chat, "text": text, "entities": message_entities(text),
                "disable_notification": silent})]
        elif len(items) == 1:
            first = [await self._send_one(creds, chat, items[0], text, silent)]
        else:
            first = await self._send_album(creds, chat, items, text, silent)
        ids = [self._message_id(m) for m in (first if isinstance(first, list) else [first])]
        remote = ",".join(ids)
        part_ids = [remote]
        for part in request.parts[1:]:
            try:
                reply = await self._call(creds, "sendMessage", creates=True, json_body={
                    "chat_id": chat, "text": part, "entities": message_entities(part),
                    "disable_notification": silent, "reply_parameters": {"message_id": int(ids[0])}})
                part_ids.append(self._message_id(reply))
            except AdapterError as exc:
                # The first message is out: resending the whole post would duplicate it.
                raise AnswerLost(f"{len(part_ids)} of {len(request.parts)} parts sent; the next "
                                 f"failed: {exc}") from None
        return Published(remote, self._link(creds, first[0], ids[0]), tuple(part_ids))

    @staticmethod
    def _message_id(message: Any) -> str:
        return created_id(message, "message_id", what="a Telegram message", kinds=(int,))

    @staticmethod
    def _link(creds: Credentials, message: Any, message_id: str) -> str | None:
        chat = message.get("chat") if isinstance(message, dict) else None
        username = (chat or {}).get("username") if isinstance(chat, dict) else None
        return f"https://t.me/{username}/{message_id}" if username else None

    async def _send_one(self, creds: Credentials, chat: Any, item: media_prep.Prepared,
                        text: str, silent: bool) -> Any:
        kind = "video" if item.is_video else "photo"
        data = {"chat_id": str(chat), "caption": text,
                "caption_entities": json.dumps(message_entities(text)),
                "disable_notification": "true" if silent else "false"}
        files = {kind: (item.filename, item.data, item.mime)}
        return await self._call(creds, "sendVideo" if item.is_video else "sendPhoto", creates=True,
                                data=data, files=files)

    async def _send_album(self, creds: Credentials, chat: Any, items: list[media_prep.Prepared],
                          text: str, silent: bool) -> list[Any]:
        media: list[dict[str, Any]] = []
        files: dict[str, tuple[str, bytes, str]] = {}
        for n, item in enumerate(items):
            name = f"file{n}"
            entry: dict[str, Any] = {"type": "video" if item.is_video else "photo", "media": f"attach://{name}"}
            if n == 0 and text:
                # The album's caption is the first item's: that is what Telegram shows under it.
                entry |= {"caption": text, "caption_entities": message_entities(text)}
            media.append(entry)
            files[name] = (item.filename, item.data, item.mime)
        data = {"chat_id": str(chat), "media": json.dumps(media),
                "disable_notification": "true" if silent else "false"}
        result = await self._call(creds, "sendMediaGroup", creates=True, data=data, files=files)
        if not isinstance(result, list) or not result:
            raise AnswerLost("sendMediaGroup answered without messages")
        return result

    async def lookup(self, request: PublishRequest, *, sent_at: datetime) -> Published | None:
        raise Transient("The Telegram Bot API cannot read a channel's messages; check the channel")

    async def delete(self, account_id: int | None, remote_id: str) -> None:
        creds, chat = await self._creds(account_id)
        ids = [int(i) for i in remote_id.split(",") if i.strip().isdigit()]
        if not ids:
            raise Rejected(f"Not a Telegram message id: {remote_id!r}")
        try:
            await self._call(creds, "deleteMessages", creates=False,
                             json_body={"chat_id": chat, "message_ids": ids})
        except Rejected as exc:
            if "not found" in exc.reason:
                return  # already gone counts as deleted
            raise

    async def first_comment(self, account_id: int | None, remote_id: str, text: str) -> Published:
        raise Rejected("Telegram channels have no first comment")

    async def metrics(self, account_id: int | None, remote_id: str) -> PostMetrics:
        """Nothing: a bot cannot read the counts of its channel posts, so every field is None.

        The Bot API's Message has no view count and no method reads a sent message back
        (core.telegram.org/bots/api); views are only in the user-client API (MTProto
        `messages.getMessagesViews`). Reaction counts of channel posts reach a bot only as
        pushed `message_reaction_count` updates while it is an administrator
        (#messagereactioncountupdated), which this adapter does not receive.
        """
        return UNKNOWN

    async def probe(self) -> bool:
        try:
            async with bounded_client(transport=self._transport_factory(), timeout=5.0) as client:
                await client.get(self._base)
        except httpx.TransportError:
            return False
        return True

    async def aclose(self) -> None:
        for client in self._clients.values():
            await client.aclose()
        self._clients.clear()


def register(registry: Registry, credentials: CredentialSource) -> None:
    """Serve Telegram with `TelegramAdapter`."""
    registry.register(Network.TELEGRAM, lambda: TelegramAdapter(credentials))
