"""A fake of the Telegram Bot API (api.telegram.org) on a real local socket.

Written from https://core.telegram.org/bots/api (checked this session):
- "Making requests": https://api.telegram.org/bot<token>/METHOD_NAME, parameters as a query
  string, application/x-www-form-urlencoded, application/json (not for uploads) or
  multipart/form-data (uploads); the answer is {"ok": true, "result": ...} or {"ok": false,
  "error_code", "description", "parameters": {"retry_after"}}; a bad token answers 401
  Unauthorized;
- sendMessage: chat_id, text "1-4096 characters after entities parsing", entities (JSON array of
  MessageEntity), disable_notification, reply_parameters;
- MessageEntity: type (mention, hashtag, url, bold, ...), offset and length "in UTF-16 code
  units";
- sendPhoto / sendVideo: the file (upload via multipart), caption "0-1024 characters after
  entities parsing", caption_entities; photos up to 10 MB, other files up to 50 MB;
- sendMediaGroup: media "A JSON-serialized array describing messages to be sent, must include
  2-10 items" (InputMediaPhoto / InputMediaVideo, "attach://<name>" for uploads); answers an
  array of Messages sharing a media_group_id;
- deleteMessage(chat_id, message_id) and deleteMessages(chat_id, message_ids 1-100).
- sendPhoto: "The photo must be at most 10 MB in size. The photo's width and height must not
  exceed 10000 in total. Width and height ratio must be at most 20." A photo outside those answers
  400 PHOTO_INVALID_DIMENSIONS.
- a bot that is not in the channel answers 403 "Forbidden: bot is not a member of the channel
  chat" (or "bot was kicked from the channel chat"); a member without the right to post answers
  400 "need administrator rights in the channel chat" (the channel must make the bot an admin with
  "Post messages", core.telegram.org/bots/api "sendMessage" and the channel FAQ);
- flood control (core.telegram.org/bots/faq, "broadcasting"; api "ResponseParameters"): 429
  "Too Many Requests: retry after N" with parameters.retry_after = N.
- comments (core.telegram.org/api/discussion; Bot API "Message", "getUpdates", "getChat"): a
  channel with a linked discussion group (ChatFullInfo.linked_chat_id) gets each post copied
  into the group as an automatic forward (`is_automatic_forward`, `sender_chat` = the channel,
  `forward_origin` {type "channel", chat, message_id}); a comment is a group message replying to
  that copy (or to another comment) in its thread (`message_thread_id` = the copy's id); a
  Message's `reply_to_message` holds no further `reply_to_message`.
- getUpdates(offset, limit 1-100, timeout, allowed_updates): updates with update_id >= offset;
  "An update is considered confirmed as soon as getUpdates is called with an offset higher than
  its update_id" (confirmed ones are gone); allowed_updates is kept for later calls; while a
  webhook is set it answers 409 "Conflict: can't use getUpdates method while webhook is
  active". Bots never receive their own messages.
- privacy mode (core.telegram.org/bots/features#privacy-mode): a bot with privacy mode on that
  is not an admin of a group receives only commands, replies to its own messages and service
  messages there; an admin (or a bot with privacy off: getMe.can_read_all_group_messages)
  receives every message. As in Telegram, each chat numbers its messages apart: group messages
  are in `group_messages`.
"""

from __future__ import annotations

import io
import itertools
import json
from dataclasses import dataclass, field
from typing import Any

from PIL import Image

from tests.fakes.http_fake import FakeRequest, FakeResponse

BOT_TOKEN = "7012345678:AAF-fake-publishing-bot-token_xyz"
CHANNEL_ID = -1001234567890
CHANNEL_USERNAME = "studiolumen"
GROUP_ID = -1009876543210
GROUP_USERNAME = "studiolumen_chat"
BOT_ID = 7012345678
_CHANNEL_CHAT = {"id": CHANNEL_ID, "type": "channel", "title": "Studio Lumen", "username": CHANNEL_USERNAME}
_GROUP_CHAT = {"id": GROUP_ID, "type": "supergroup", "title": "Studio Lumen chat", "username": GROUP_USERNAME}
_UPDATE_TYPES = {
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "message_reaction",
    "message_reaction_count",
    "inline_query",
    "chosen_inline_result",
    "callback_query",
    "my_chat_member",
    "chat_member",
    "chat_join_request",
}
TEXT_LIMIT, CAPTION_LIMIT = 4096, 1024
PHOTO_MAX, FILE_MAX = 10 * 1024 * 1024, 50 * 1024 * 1024
_ENTITY_TYPES = {
    "mention",
    "hashtag",
    "cashtag",
    "bot_command",
    "url",
    "email",
    "phone_number",
    "bold",
    "italic",
    "underline",
    "strikethrough",
    "spoiler",
    "blockquote",
    "expandable_blockquote",
    "code",
    "pre",
    "text_link",
    "text_mention",
    "custom_emoji",
}


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, as Telegram counts."""
    return len(text.encode("utf-16-le")) // 2


class _BadRequest(Exception):
    pass


class _Conflict(Exception):
    pass


class _Forbidden(Exception):
    pass


@dataclass
class TelegramFake:
    """The fake Bot API's state and request handler (serve it with `FakeHTTPServer`).

    Attributes:
        token: the valid bot token (revoke it by changing it).
        messages: posted messages by message_id.
        sent: (method, parameters) of every accepted send, in order (files summarised).
        bot_status: the bot's place in the channel: "administrator", "member" (may not post),
            "left" or "kicked".
        flood_after: sends accepted before flood control answers 429 (None: never).
        retry_after: the seconds a 429 asks to wait.
    """

    token: str = BOT_TOKEN
    bot_status: str = "administrator"
    flood_after: int | None = None
    retry_after: int = 7
    messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    sent: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    linked_group: bool = True
    group_bot_status: str = "administrator"
    privacy_mode: bool = True
    webhook_url: str = ""
    updates: list[dict[str, Any]] = field(default_factory=list)
    allowed_updates: list[str] | None = None
    _ids: itertools.count = field(default_factory=lambda: itertools.count(101))
    group_messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    group_copies: dict[int, int] = field(default_factory=dict)
    _update_ids: itertools.count = field(default_factory=lambda: itertools.count(800000001))
    _group_ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    def __call__(self, request: FakeRequest) -> FakeResponse:
        if not request.path.startswith("/bot"):
            return self._fail(404, "Not Found")
        token, _, method = request.path[4:].partition("/")
        if token != self.token:
            return self._fail(401, "Unauthorized")
        try:
            params, files = self._params(request)
            handler = getattr(self, f"_m_{method}", None)
            if handler is None:
                return self._fail(404, "Not Found")
            if method.startswith("send"):
                refused = self._may_send_to_group() if str(params.get("chat_id")) == str(GROUP_ID) else self._may_send()
                if refused is not None:
                    return refused
            return FakeResponse(200, {"ok": True, "result": handler(params, files)})
        except _BadRequest as exc:
            return self._fail(400, f"Bad Request: {exc}")
        except _Conflict as exc:
            return self._fail(409, str(exc))
        except _Forbidden as exc:
            return self._fail(403, str(exc))

    @staticmethod
    def _fail(code: int, description: str, **parameters: Any) -> FakeResponse:
        body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
        if parameters:
            body["parameters"] = parameters
        return FakeResponse(code, body)

    def _may_send(self) -> FakeResponse | None:
        if self.bot_status == "left":
            return self._fail(403, "Forbidden: bot is not a member of the channel chat")
        if self.bot_status == "kicked":
            return self._fail(403, "Forbidden: bot was kicked from the channel chat")
        if self.bot_status != "administrator":
            return self._fail(400, "Bad Request: need administrator rights in the channel chat")
        if self.flood_after is not None:
            if self.flood_after <= 0:
                self.flood_after = None  # one 429, then the window has passed
                return self._fail(
                    429, f"Too Many Requests: retry after {self.retry_after}", retry_after=self.retry_after
                )
            self.flood_after -= 1
        return None

    def _may_send_to_group(self) -> FakeResponse | None:
        if self.group_bot_status in ("left", "kicked"):
            return self._fail(403, "Forbidden: bot is not a member of the supergroup chat")
        return None

    @staticmethod
    def _params(request: FakeRequest) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
        kind = request.headers.get("content-type", "")
        params: dict[str, Any] = dict(request.query)
        files: dict[str, tuple[str, bytes]] = {}
        if "application/json" in kind:
            body = request.json()
            if not isinstance(body, dict):
                raise _BadRequest("parameters must be a JSON object")
            params.update(body)
        elif "multipart/form-data" in kind:
            fields, files = request.multipart()
            params.update(fields)
        elif "application/x-www-form-urlencoded" in kind:
            params.update(request.form())
        return params, files

    # -- parameter checks ---------------------------------------------------------------------

    @staticmethod
    def _decoded(value: Any, name: str) -> Any:
        # Form and multipart values arrive as strings holding JSON; JSON bodies carry real values.
        if isinstance(value, str):
            try:
                return json.loads(value)
            except ValueError:
                raise _BadRequest(f"can't parse {name} JSON object") from None
        return value

    def _chat(self, params: dict[str, Any]) -> None:
        chat = params.get("chat_id")
        if chat is None:
            raise _BadRequest("chat_id is empty")
        if str(chat) not in (str(CHANNEL_ID), f"@{CHANNEL_USERNAME}", str(GROUP_ID)):
            raise _BadRequest("chat not found")
        if str(chat) == str(GROUP_ID) and not self.linked_group:
            raise _BadRequest("chat not found")

    def _flag(self, params: dict[str, Any], name: str) -> bool:
        value = params.get(name, False)
        if isinstance(value, str):
            if value not in ("true", "false"):
                raise _BadRequest(f"{name} must be a Boolean")
            return value == "true"
        if not isinstance(value, bool):
            raise _BadRequest(f"{name} must be a Boolean")
        return value

    def _entities(self, params: dict[str, Any], name: str, text: str) -> list[dict[str, Any]]:
        if name not in params:
            return []
        found = self._decoded(params[name], name)
        if not isinstance(found, list):
            raise _BadRequest(f"can't parse entities: {name} must be an array")
        size = utf16_len(text)
        for entity in found:
            if not isinstance(entity, dict) or entity.get("type") not in _ENTITY_TYPES:
                raise _BadRequest(f"can't parse entities: unsupported entity {entity!r}")
            offset, length = entity.get("offset"), entity.get("length")
            if not isinstance(offset, int) or not isinstance(length, int) or offset < 0 or length <= 0:
                raise _BadRequest("can't parse entities: offset and length must be integers")
            if offset + length > size:
                raise _BadRequest("can't parse entities: entity beyond the end of the text")
        return found

    def _reply_to(self, params: dict[str, Any]) -> int | None:
        if "reply_parameters" not in params:
            return None
        reply = self._decoded(params["reply_parameters"], "reply_parameters")
        target = reply.get("message_id") if isinstance(reply, dict) else None
        if target not in self._chat_messages(params):
            raise _BadRequest("message to be replied not found")
        return int(target)

    def _chat_messages(self, params: dict[str, Any]) -> dict[int, dict[str, Any]]:
        return self.group_messages if str(params.get("chat_id")) == str(GROUP_ID) else self.messages

    def _store(self, method: str, params: dict[str, Any], **message: Any) -> dict[str, Any]:
        in_group = str(params.get("chat_id")) == str(GROUP_ID)
        message_id = next(self._group_ids if in_group else self._ids)
        stored = {
            "message_id": message_id,
            "date": 1778576400,
            "chat": dict(_GROUP_CHAT)
            if in_group
            else {"id": CHANNEL_ID, "type": "channel", "username": CHANNEL_USERNAME},
            **{k: v for k, v in message.items() if v not in (None, [], "")},
        }
        if in_group:
            stored["from"] = {
                "id": BOT_ID,
                "is_bot": True,
                "first_name": "Lumen poster",
                "username": "lumen_poster_bot",
            }
            replied = self.group_messages.get(int(stored.get("reply_to_message_id") or 0))
            if replied is not None:
                stored["message_thread_id"] = replied.get("message_thread_id", replied["message_id"])
        self._chat_messages(params)[message_id] = stored
        if not in_group and self.linked_group:
            self._forward_to_group(stored)
        return stored

    # -- the discussion group -----------------------------------------------------------------

    def _bot_sees_all(self) -> bool:
        return self.group_bot_status == "administrator" or (not self.privacy_mode and self.group_bot_status == "member")

    def _deliver(self, message: dict[str, Any], *, to_bot: bool = False) -> None:
        if self.group_bot_status in ("left", "kicked") or not (to_bot or self._bot_sees_all()):
            return
        self.updates.append({"update_id": next(self._update_ids), "message": message})

    def _forward_to_group(self, post: dict[str, Any]) -> None:
        copy_id = next(self._group_ids)
        copy = {
            "message_id": copy_id,
            "date": post["date"],
            "chat": dict(_GROUP_CHAT),
            "sender_chat": dict(_CHANNEL_CHAT),
            "is_automatic_forward": True,
            "forward_origin": {
                "type": "channel",
                "chat": dict(_CHANNEL_CHAT),
                "message_id": post["message_id"],
                "date": post["date"],
            },
            **{k: post[k] for k in ("text", "caption", "photo", "video") if k in post},
        }
        self.group_messages[copy_id] = copy
        self.group_copies[post["message_id"]] = copy_id
        self._deliver(copy)

    def comment_from(self, user: dict[str, Any], post_id: int, text: str, *, reply_to: int | None = None) -> int:
        """Someone comments on channel post `post_id` (or answers the group message `reply_to`)."""
        copy_id = self.group_copies[post_id]
        target = self.group_messages[reply_to if reply_to is not None else copy_id]
        shown = {k: v for k, v in target.items() if k not in ("reply_to_message", "reply_to_message_id")}
        message_id = next(self._group_ids)
        message = {
            "message_id": message_id,
            "date": 1778576400 + message_id,
            "chat": dict(_GROUP_CHAT),
            "from": {"is_bot": False, **user},
            "text": text,
            "message_thread_id": copy_id,
            "reply_to_message": shown,
        }
        self.group_messages[message_id] = message
        to_bot = target.get("from", {}).get("id") == BOT_ID  # a reply to the bot's own message
        self._deliver(message, to_bot=to_bot)
        return message_id

    def _m_getUpdates(self, params: dict[str, Any], files: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook_url:
            raise _Conflict(
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first"
            )
        offset = int(params.get("offset", 0) or 0)
        limit = int(params.get("limit", 100))
        timeout = int(params.get("timeout", 0))
        if not 1 <= limit <= 100 or timeout < 0:
            raise _BadRequest("limit must be 1-100 and timeout non-negative")
        if "allowed_updates" in params:
            allowed = self._decoded(params["allowed_updates"], "allowed_updates")
            if not isinstance(allowed, list) or not set(allowed) <= _UPDATE_TYPES:
                raise _BadRequest("can't parse allowed_updates")
            self.allowed_updates = allowed or None  # an empty list means all types again
        if offset:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]  # confirmed
        wanted = [
            u
            for u in self.updates
            if self.allowed_updates is None or set(u) - {"update_id"} <= set(self.allowed_updates)
        ]
        return wanted[:limit]

    def _m_getChat(self, params: dict[str, Any], files: dict[str, Any]) -> dict[str, Any]:
        self._chat(params)
        if str(params["chat_id"]) == str(GROUP_ID):
            if self.group_bot_status in ("left", "kicked"):
                raise _Forbidden("Forbidden: bot is not a member of the supergroup chat")
            return {**_GROUP_CHAT, "linked_chat_id": CHANNEL_ID, "accent_color_id": 0, "max_reaction_count": 11}
        info = {**_CHANNEL_CHAT, "accent_color_id": 0, "max_reaction_count": 11}
        return info | ({"linked_chat_id": GROUP_ID} if self.linked_group else {})

    def _m_getChatMember(self, params: dict[str, Any], files: dict[str, Any]) -> dict[str, Any]:
        self._chat(params)
        if str(params.get("user_id")) != str(BOT_ID):
            raise _BadRequest("user not found")
        bot = {"id": BOT_ID, "is_bot": True, "first_name": "Lumen poster", "username": "lumen_poster_bot"}
        if str(params["chat_id"]) == str(GROUP_ID):
            return {"status": self.group_bot_status, "user": bot}
        return {"status": self.bot_status, "user": bot}

    def _caption(self, params: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
        caption = params.get("caption", "")
        if not isinstance(caption, str):
            raise _BadRequest("caption must be a String")
        if utf16_len(caption) > CAPTION_LIMIT:
            raise _BadRequest("message caption is too long")
        return caption, self._entities(params, "caption_entities", caption)

    @staticmethod
    def _file(files: dict[str, tuple[str, bytes]], name: str, limit: int) -> bytes:
        if name not in files:
            raise _BadRequest(f"there is no {name} in the request")
        data = files[name][1]
        if not data:
            raise _BadRequest("file must be non-empty")
        if len(data) > limit:
            raise _BadRequest("file is too big")
        return data

    @staticmethod
    def _summary(params: dict[str, Any], files: dict[str, tuple[str, bytes]]) -> dict[str, Any]:
        shown = {k: (json.loads(v) if isinstance(v, str) and v[:1] in "[{" else v) for k, v in params.items()}
        for name, (filename, data) in files.items():
            shown[name] = f"<file {filename}, {len(data)} bytes>"
        return shown

    # -- methods ------------------------------------------------------------------------------

    def _m_getMe(self, params: dict[str, Any], files: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "Lumen poster",
            "username": "lumen_poster_bot",
            "can_join_groups": True,
            "can_read_all_group_messages": not self.privacy_mode,
            "supports_inline_queries": False,
        }

    def _m_sendMessage(self, params: dict[str, Any], files: dict[str, Any]) -> dict[str, Any]:
        self._chat(params)
        text = params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise _BadRequest("message text is empty")
        if utf16_len(text) > TEXT_LIMIT:
            raise _BadRequest("message is too long")
        entities = self._entities(params, "entities", text)
        silent = self._flag(params, "disable_notification")
        reply = self._reply_to(params)
        self.sent.append(("sendMessage", self._summary(params, files)))
        return self._store(
            "sendMessage", params, text=text, entities=entities, silent=silent, reply_to_message_id=reply
        )

    def _send_file(
        self, method: str, kind: str, limit: int, params: dict[str, Any], files: dict[str, tuple[str, bytes]]
    ) -> dict[str, Any]:
        self._chat(params)
        caption, entities = self._caption(params)
        data = self._file(files, kind, limit)
        silent = self._flag(params, "disable_notification")
        self.sent.append((method, self._summary(params, files)))
        return self._store(
            method,
            params,
            caption=caption,
            caption_entities=entities,
            silent=silent,
            **{kind: [{"file_id": f"{kind}-{len(data)}", "file_size": len(data)}]},
        )

    @staticmethod
    def _photo_dimensions(data: bytes) -> None:
        try:
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
        except Exception:
            raise _BadRequest("IMAGE_PROCESS_FAILED") from None
        if width + height > 10000 or max(width, height) > 20 * min(width, height):
            raise _BadRequest("PHOTO_INVALID_DIMENSIONS")

    def _m_sendPhoto(self, params: dict[str, Any], files: dict[str, Any]) -> dict[str, Any]:
        if files.get("photo", ("", b""))[1]:
            self._photo_dimensions(files["photo"][1])
        return self._send_file("sendPhoto", "photo", PHOTO_MAX, params, files)

    def _m_sendVideo(self, params: dict[str, Any], files: dict[str, Any]) -> dict[str, Any]:
        return self._send_file("sendVideo", "video", FILE_MAX, params, files)

    def _m_sendMediaGroup(self, params: dict[str, Any], files: dict[str, Any]) -> list[dict[str, Any]]:
        self._chat(params)
        media = self._decoded(params.get("media", "null"), "media")
        if not isinstance(media, list) or not 2 <= len(media) <= 10:
            raise _BadRequest("media must include 2-10 items")
        silent = self._flag(params, "disable_notification")
        checked = []
        for item in media:
            if not isinstance(item, dict) or item.get("type") not in ("photo", "video"):
                raise _BadRequest("unsupported media type in the album")
            ref = str(item.get("media", ""))
            if not ref.startswith("attach://"):
                raise _BadRequest("wrong file identifier/HTTP URL specified")
            data = self._file(files, ref.removeprefix("attach://"), PHOTO_MAX if item["type"] == "photo" else FILE_MAX)
            if item["type"] == "photo":
                self._photo_dimensions(data)
            caption, entities = self._caption(item)
            checked.append((item["type"], data, caption, entities))
        self.sent.append(("sendMediaGroup", self._summary(params, files)))
        group = f"group-{len(self.messages)}"
        return [
            self._store(
                "sendMediaGroup",
                params,
                caption=c,
                caption_entities=e,
                silent=silent,
                media_group_id=group,
                **{t: [{"file_id": f"{t}-{len(d)}", "file_size": len(d)}]},
            )
            for t, d, c, e in checked
        ]

    def _m_deleteMessage(self, params: dict[str, Any], files: dict[str, Any]) -> bool:
        self._chat(params)
        if self._chat_messages(params).pop(int(params.get("message_id", 0)), None) is None:
            raise _BadRequest("message to delete not found")
        return True

    def _m_deleteMessages(self, params: dict[str, Any], files: dict[str, Any]) -> bool:
        self._chat(params)
        ids = self._decoded(params.get("message_ids", "null"), "message_ids")
        if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
            raise _BadRequest("message_ids must include 1-100 items")
        found = [self._chat_messages(params).pop(int(i), None) for i in ids]
        if not any(found):
            raise _BadRequest("message to delete not found")
        return True
