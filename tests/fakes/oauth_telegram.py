"""A fake Telegram Bot API (https://core.telegram.org/bots/api): getMe, getChat, getChatMember."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import httpx

BOT_TOKEN = "123456789:AAH-fake-bot-token-secret-value_xyz"


@dataclass
class FakeTelegram:
    """Bot 123456789 administers @mychannel (id -1001) and is a plain member of @otherchannel."""

    calls: list[str] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.calls.append(path)
        prefix = f"/bot{BOT_TOKEN}/"
        if not path.startswith("/bot"):
            return httpx.Response(404, json={"ok": False, "error_code": 404, "description": "Not Found"})
        if not path.startswith(prefix):
            return httpx.Response(401, json={"ok": False, "error_code": 401, "description": "Unauthorized"})
        method = path.removeprefix(prefix)
        params = json.loads(request.content or b"{}")
        if method == "getMe":
            return self._ok({"id": 123456789, "is_bot": True, "first_name": "Poster", "username": "poster_bot"})
        if method == "getChat":
            chats = {
                "@mychannel": {"id": -1001, "type": "channel", "title": "My Channel", "username": "mychannel"},
                "@otherchannel": {"id": -1002, "type": "channel", "title": "Other", "username": "otherchannel"},
            }
            chat = chats.get(str(params.get("chat_id")))
            if chat is None:
                return httpx.Response(
                    400, json={"ok": False, "error_code": 400, "description": "Bad Request: chat not found"}
                )
            return self._ok(chat)
        if method == "getChatMember":
            if params.get("chat_id") == -1001 and params.get("user_id") == 123456789:
                return self._ok({"status": "administrator", "can_post_messages": True, "user": {"id": 123456789}})
            return self._ok({"status": "member", "user": {"id": params.get("user_id")}})
        return httpx.Response(404, json={"ok": False, "error_code": 404, "description": "Not Found"})

    @staticmethod
    def _ok(result: object) -> httpx.Response:
        return httpx.Response(200, json={"ok": True, "result": result})
