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

The inbox: comments on channel posts live in the channel's linked discussion group
(getChat -> `linked_chat_id`), where each post arrives as an automatic forward
(`is_automatic_forward`, `forward_origin` of type "channel") and a comment is a message replying
to it or to another comment. The bot reads them with getUpdates (a webhook needs a public
server; allowed_updates ["message"], timeout 0); an update is dropped by Telegram once getUpdates
is called with a higher offset, so the offset is handed to the inbox sync to store after the
items (`UpdatesInbox`). With privacy mode on (the default), a bot sees a group's messages only
when it is an admin there (core.telegram.org/bots/features#privacy-mode), so the creator adds
the bot to the discussion group as an admin, or turns privacy off with @BotFather's /setprivacy
and adds the bot again. Answers are sendMessage to the group with `reply_parameters`. A bot cannot
read a chat's history, so a reply whose answer was lost cannot be looked for (no `find_reply`):
the outbox hands it to the user. One bot should serve one channel's inbox: getUpdates is per bot.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from postdesk.auth.profiles.telegram import BotTokenTransport
from postdesk.core.networks import Network
from postdesk.core.retry import clamp_retry_after
from postdesk.core.richtext import entities
from postdesk.core.validation import ProblemCode
from postdesk.platforms import media_prep
from postdesk.platforms.base import (
    HANDOFF_NOT_OFFERED,
    AdapterError,
    AnswerLost,
    AuthExpired,
    Published,
    PublishRequest,
    RateLimit,
    RateLimited,
    Rejected,
    Transient,
)
from postdesk.platforms.credentials import Credentials, CredentialSource
from postdesk.platforms.inbox import (
    INBOX_BOT_CANNOT_READ,
    INBOX_NO_DISCUSSION,
    INBOX_OTHER_READER,
    InboxItem,
    InboxKind,
    InboxPage,
)
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
#: Telegram's photo rule: width + height at most this many pixels (and a ratio of at most 20).
PHOTO_SIDES_MAX = 10_000
#: The refusal code of a photo outside that rule (PHOTO_INVALID_DIMENSIONS), worded by the
#: composer's activity (`refusal_words_networks`).
TELEGRAM_PHOTO_DIMENSIONS = "telegram_photo_dimensions"
#: getUpdates takes 1-100 updates per call (Bot API, getUpdates).
UPDATES_LIMIT = 100
#: Why the inbox of a channel stays empty, in the Bot API's terms (the pane words it for the user).
CANNOT_READ = (
    "The bot cannot read the channel's discussion group: with privacy mode on it must be an admin of the group"
)
OTHER_READER = "Another program or a webhook receives this bot's updates"
_KINDS = {"link": "url", "mention": "mention", "hashtag": "hashtag", "cashtag": "cashtag"}


def utf16_offset(text: str, index: int) -> int:
    """The UTF-16 code unit offset of str index `index`."""
    return len(text[:index].encode("utf-16-le")) // 2


def message_entities(text: str) -> list[dict[str, Any]]:
    """Bot API MessageEntity objects for the links, mentions and hashtags of `text`."""
    found = []
    for entity in entities(text, Network.TELEGRAM):
        start = utf16_offset(text, entity.start)
        found.append({"type": _KINDS[entity.kind], "offset": start, "length": utf16_offset(text, entity.end) - start})
    return found


def _no_channel() -> Rejected:
    return Rejected("No Telegram channel is chosen for this post", problem=ProblemCode.NO_ACCOUNT)


class TelegramAdapter:
    """Publishes to a Telegram channel.

    Args:
        credentials: the bot token (access_token) and the channel (extra["chat_id"]).
        base_url: the Bot API server (tests point it at a fake; a local Bot API server works too).
        transport_factory: makes the underlying transport (tests may override).

    Attributes:
        network: Telegram.
        rate_limit: 20 messages a minute in one channel or group (Bot API FAQ).
        lookup_settle: unused (no lookup).
    """

    network = Network.TELEGRAM
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
            client = bounded_client(transport=BotTokenTransport(self._transport_factory(), token), timeout=SLOW_TIMEOUT)
            self._clients[token] = client
        return client

    async def _creds(self, account_id: int | None) -> tuple[Credentials, Any]:
        creds = await account_credentials(self._credentials, account_id, no_account=_no_channel)
        chat = creds.extra.get("chat_id") or creds.user_id
        if chat in (None, ""):
            raise AuthExpired("The Telegram account has no channel; reconnect it")
        return creds, chat

    async def _call(
        self,
        creds: Credentials,
        method: str,
        *,
        creates: bool,
        json_body: dict[str, Any] | None = None,
        data: dict[str, str] | None = None,
        files: dict[str, tuple[str, bytes, str]] | None = None,
    ) -> Any:
        response = await send(
            self._client(creds.access_token),
            "POST",
            f"{self._base}/bot/{method}",
            creates=creates,
            json=json_body,
            data=data,
            files=files,
        )
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
            raise AuthExpired(
                "Telegram refused the bot token (revoked in @BotFather?); reconnect",
                http_status=401,
                network_message=description,
            )
        if code == 403 or (code == 400 and "need administrator rights" in description):
            # Not in the channel (403), or in it without the right to post (400): the creator must
            # make the bot an admin with "Post messages"; the post waits, as for a reconnect.
            raise AuthExpired(
                "The bot can no longer post in the channel; add it back as an admin",
                http_status=403,
                network_message=description,
            )
        if code == 429:
            wait = parameters.get("retry_after")
            raise RateLimited(
                clamp_retry_after(wait) if isinstance(wait, int) else None, http_status=429, network_message=description
            )
        if isinstance(code, int) and code >= 500:
            raise Transient(f"{method}: {description}", http_status=code, network_message=description)
        if "PHOTO_INVALID_DIMENSIONS" in description:
            raise Rejected(
                "Telegram refuses photos whose width and height add up to more than 10,000 pixels "
                "or whose long side is more than 20 times the short side",
                http_status=code if isinstance(code, int) else None,
                network_message=description,
                problem=TELEGRAM_PHOTO_DIMENSIONS,
                params={"max": PHOTO_SIDES_MAX},
            )
        raise Rejected(description, http_status=code if isinstance(code, int) else None, network_message=description)

    # -- the protocol -----------------------------------------------------------------------

    async def publish(self, request: PublishRequest) -> Published:
        if request.publish_at is not None:
            raise Rejected("Telegram bots cannot schedule messages", problem=HANDOFF_NOT_OFFERED)
        creds, chat = await self._creds(request.account_id)
        await media_prep.check_sendable(request, Network.TELEGRAM)  # the composer's own check
        items = await media_prep.prepare(request, Network.TELEGRAM)
        if len(items) > 10:
            raise Rejected(
                "A Telegram album holds at most 10 photos and videos",
                problem=ProblemCode.TOO_MANY_ATTACHMENTS,
                params={"count": len(items), "max": 10},
            )
        text = request.parts[0] if request.parts else ""
        silent = bool(request.options.get("silent"))
        if items and (length := utf16_offset(text, len(text))) > CAPTION_LIMIT:
            raise Rejected(
                "Text under photos or videos is limited to 1024 characters on Telegram",
                problem=ProblemCode.CAPTION_TOO_LONG,
                params={"length": length, "limit": CAPTION_LIMIT},
            )
        if not items:
            first = [
                await self._call(
                    creds,
                    "sendMessage",
                    creates=True,
                    json_body={
                        "chat_id": chat,
                        "text": text,
                        "entities": message_entities(text),
                        "disable_notification": silent,
                    },
                )
            ]
        elif len(items) == 1:
            first = [await self._send_one(creds, chat, items[0], text, silent)]
        else:
            first = await self._send_album(creds, chat, items, text, silent)
        ids = [self._message_id(m) for m in (first if isinstance(first, list) else [first])]
        remote = ",".join(ids)
        part_ids = [remote]
        for part in request.parts[1:]:
            try:
                reply = await self._call(
                    creds,
                    "sendMessage",
                    creates=True,
                    json_body={
                        "chat_id": chat,
                        "text": part,
                        "entities": message_entities(part),
                        "disable_notification": silent,
                        "reply_parameters": {"message_id": int(ids[0])},
                    },
                )
                part_ids.append(self._message_id(reply))
            except AdapterError as exc:
                # The first message is out: resending the whole post would duplicate it.
                raise AnswerLost(
                    f"{len(part_ids)} of {len(request.parts)} parts sent; the next failed: {exc}"
                ) from None
        return Published(remote, self._link(creds, first[0], ids[0]), tuple(part_ids))

    @staticmethod
    def _message_id(message: Any) -> str:
        return created_id(message, "message_id", what="a Telegram message", kinds=(int,))

    @staticmethod
    def _link(creds: Credentials, message: Any, message_id: str) -> str | None:
        chat = message.get("chat") if isinstance(message, dict) else None
        username = (chat or {}).get("username") if isinstance(chat, dict) else None
        return f"https://t.me/{username}/{message_id}" if username else None

    async def _send_one(self, creds: Credentials, chat: Any, item: media_prep.Prepared, text: str, silent: bool) -> Any:
        kind = "video" if item.is_video else "photo"
        data = {
            "chat_id": str(chat),
            "caption": text,
            "caption_entities": json.dumps(message_entities(text)),
            "disable_notification": "true" if silent else "false",
        }
        files = {kind: (item.filename, item.data, item.mime)}
        return await self._call(
            creds, "sendVideo" if item.is_video else "sendPhoto", creates=True, data=data, files=files
        )

    async def _send_album(
        self, creds: Credentials, chat: Any, items: list[media_prep.Prepared], text: str, silent: bool
    ) -> list[Any]:
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
        data = {"chat_id": str(chat), "media": json.dumps(media), "disable_notification": "true" if silent else "false"}
        result = await self._call(creds, "sendMediaGroup", creates=True, data=data, files=files)
        if not isinstance(result, list) or not result:
            raise AnswerLost("sendMediaGroup answered without messages")
        return result

    async def delete(self, account_id: int | None, remote_id: str) -> None:
        creds, chat = await self._creds(account_id)
        ids = [int(i) for i in remote_id.split(",") if i.strip().isdigit()]
        if not ids:
            raise Rejected(f"Not a Telegram message id: {remote_id!r}")
        try:
            await self._call(creds, "deleteMessages", creates=False, json_body={"chat_id": chat, "message_ids": ids})
        except Rejected as exc:
            if "not found" in exc.reason:
                return  # already gone counts as deleted
            raise

    async def metrics(self, account_id: int | None, remote_id: str) -> PostMetrics:
        """Nothing: a bot cannot read the counts of its channel posts, so every field is None.

        The Bot API's Message has no view count and no method reads a sent message back
        (core.telegram.org/bots/api); views are only in the user-client API (MTProto
        `messages.getMessagesViews`). Reaction counts of channel posts reach a bot only as
        pushed `message_reaction_count` updates while it is an administrator
        (#messagereactioncountupdated), which this adapter does not receive.
        """
        return UNKNOWN

    # -- the inbox: comments in the discussion group ------------------------------------------

    async def _discussion(self, creds: Credentials, chat: Any) -> tuple[int, int]:
        """(the discussion group's id, the bot's id), once the bot may read the group.

        Raises:
            Rejected: INBOX_NO_DISCUSSION or INBOX_BOT_CANNOT_READ.
        """
        channel = await self._call(creds, "getChat", creates=False, json_body={"chat_id": chat})
        group = channel.get("linked_chat_id") if isinstance(channel, dict) else None
        if not isinstance(group, int):
            raise Rejected(
                "The channel has no discussion group, so its posts take no comments", problem=INBOX_NO_DISCUSSION
            )
        me = await self._call(creds, "getMe", creates=False)
        bot = me.get("id") if isinstance(me, dict) else None
        if not isinstance(bot, int):
            raise Transient("getMe: the answer has no id")
        try:
            member = await self._call(
                creds, "getChatMember", creates=False, json_body={"chat_id": group, "user_id": bot}
            )
        except (AuthExpired, Rejected) as exc:
            if exc.http_status in (400, 403):
                raise Rejected(CANNOT_READ, http_status=exc.http_status, problem=INBOX_BOT_CANNOT_READ) from None
            raise
        status = member.get("status") if isinstance(member, dict) else None
        reads_all = bool(me.get("can_read_all_group_messages"))
        if status in ("left", "kicked", None) or (status != "administrator" and not reads_all):
            raise Rejected(CANNOT_READ, problem=INBOX_BOT_CANNOT_READ)
        return group, bot

    async def fetch_updates(self, account_id: int | None, *, offset: str | None) -> InboxPage:
        """Comments from the updates after `offset` (getUpdates); `cursor` confirms them.

        Raises:
            Rejected: INBOX_NO_DISCUSSION, INBOX_BOT_CANNOT_READ, INBOX_OTHER_READER (a webhook
                is set, or another program reads the bot's updates: Telegram answers 409).
            AuthExpired, RateLimited, Transient.
        """
        creds, chat = await self._creds(account_id)
        group, bot = await self._discussion(creds, chat)
        body: dict[str, Any] = {"limit": UPDATES_LIMIT, "timeout": 0, "allowed_updates": ["message"]}
        if offset is not None:
            body["offset"] = int(offset)
        try:
            updates = await self._call(creds, "getUpdates", creates=False, json_body=body)
        except Rejected as exc:
            if exc.http_status == 409:
                raise Rejected(
                    OTHER_READER, http_status=409, network_message=exc.network_message, problem=INBOX_OTHER_READER
                ) from None
            raise
        if not isinstance(updates, list):
            raise Transient("getUpdates: the answer is not a list")
        items: list[InboxItem] = []
        copies: dict[int, tuple[int, str]] = {}  # the group's copy of a post -> (post id, channel name)
        last: int | None = None
        for update in updates:
            if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
                continue
            last = max(last or update["update_id"], update["update_id"])
            message = update.get("message")
            if not isinstance(message, dict) or (message.get("chat") or {}).get("id") != group:
                continue
            post = _channel_post(message, chat)
            if post is not None:
                copies[int(message["message_id"])] = post
                continue
            item = _comment(message, group, bot, chat, copies)
            if item is not None:
                items.append(item)
        items.sort(key=lambda i: i.created_at, reverse=True)
        return InboxPage(tuple(items), str(last + 1) if last is not None else None)

    async def fetch_inbox(self, account_id: int | None, *, cursor: str | None = None, limit: int = 50) -> InboxPage:
        """The comments Telegram still holds for the bot, without confirming them.

        The inbox sync reads through `fetch_updates`, which stores the offset; this is the
        look that changes nothing (getUpdates without an offset confirms nothing).

        Raises:
            Rejected (an `INBOX_*` problem), AuthExpired, RateLimited, Transient.
        """
        return InboxPage((await self.fetch_updates(account_id, offset=None)).items)

    async def reply(self, account_id: int | None, item: InboxItem, text: str) -> Published:
        """Answer a comment in the discussion group (sendMessage with `reply_parameters`).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient, AnswerLost.
        """
        creds, _chat = await self._creds(account_id)
        group, message_id = _split_remote(item.remote_id)
        sent = await self._call(
            creds,
            "sendMessage",
            creates=True,
            json_body={
                "chat_id": group,
                "text": text,
                "entities": message_entities(text),
                "reply_parameters": {"message_id": message_id},
            },
        )
        new_id = self._message_id(sent)
        remote = f"{group}:{new_id}"
        return Published(remote, None, (remote,))

    async def delete_reply(self, account_id: int | None, remote_id: str) -> None:
        """Delete an answer the bot wrote in the discussion group (deleteMessages).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        creds, _chat = await self._creds(account_id)
        group, message_id = _split_remote(remote_id)
        try:
            await self._call(
                creds, "deleteMessages", creates=False, json_body={"chat_id": group, "message_ids": [message_id]}
            )
        except Rejected as exc:
            if "not found" in exc.reason:
                return  # already gone counts as deleted
            raise

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


def _fields(value: Any) -> dict[str, Any]:
    """`value` when it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


def _split_remote(remote_id: str) -> tuple[int, int]:
    """(chat id, message id) of an inbox remote id "<chat>:<message>"."""
    chat, _sep, message = remote_id.rpartition(":")
    try:
        return int(chat), int(message)
    except ValueError:
        raise Rejected(f"Not a Telegram group message: {remote_id!r}") from None


def _channel_post(message: dict[str, Any], channel: Any) -> tuple[int, str] | None:
    """(post id, channel username) when `message` is the group's copy of one of the channel's posts."""
    if not message.get("is_automatic_forward"):
        return None
    origin = message.get("forward_origin")
    if not isinstance(origin, dict) or origin.get("type") != "channel":
        return None
    source = _fields(origin.get("chat"))
    if str(source.get("id")) != str(channel) and f"@{source.get('username')}" != str(channel):
        return None
    post = origin.get("message_id")
    return (post, str(source.get("username") or "")) if isinstance(post, int) else None


def _comment(
    message: dict[str, Any], group: int, bot: int, channel: Any, copies: dict[int, tuple[int, str]]
) -> InboxItem | None:
    """A group message as an inbox comment; None for what is not someone's comment."""
    sender = _fields(message.get("from"))
    sender_chat = _fields(message.get("sender_chat")) or None
    replied = message.get("reply_to_message")
    if sender.get("id") == bot or not isinstance(replied, dict) or not isinstance(message.get("message_id"), int):
        return None  # the bot's own answer, or a message that answers nothing (group chatter)
    if sender_chat is not None and str(sender_chat.get("id")) == str(channel):
        return None  # the channel speaking in its own group
    ref = {"chat_id": str(group), "message_id": str(message["message_id"])}
    post = _channel_post(replied, channel)
    if post is None and isinstance(message.get("message_thread_id"), int):
        post = copies.get(message["message_thread_id"])
    if not _channel_post(replied, channel):
        ref["in_reply_to_id"] = f"{group}:{replied.get('message_id')}"
    url = None
    if post is not None:
        ref["conversation_id"] = str(post[0])
        if post[1]:
            url = f"https://t.me/{post[1]}/{post[0]}?comment={message['message_id']}"
    if sender_chat is not None:
        author_id, handle, name = (
            str(sender_chat.get("id")),
            str(sender_chat.get("username") or ""),
            str(sender_chat.get("title") or ""),
        )
    else:
        author_id = str(sender.get("id", ""))
        handle = str(sender.get("username") or "")
        name = " ".join(str(sender[k]) for k in ("first_name", "last_name") if sender.get(k))
    date = message.get("date")
    return InboxItem(
        remote_id=f"{group}:{message['message_id']}",
        kind=InboxKind.COMMENT,
        author_id=author_id,
        author_handle=handle or name or author_id,
        author_name=name,
        text=str(message.get("text") or message.get("caption") or ""),
        created_at=datetime.fromtimestamp(date, UTC) if isinstance(date, int) else datetime.now(UTC),
        url=url,
        reply_ref=ref,
    )


def register(registry: Registry, credentials: CredentialSource) -> None:
    """Serve Telegram with `TelegramAdapter`."""
    registry.register(Network.TELEGRAM, lambda: TelegramAdapter(credentials))
