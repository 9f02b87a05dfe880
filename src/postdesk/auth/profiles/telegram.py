"""Telegram: a bot token from @BotFather and a channel the bot administers. No OAuth.

Checked against https://core.telegram.org/bots/api:
- every method is https://api.telegram.org/bot<token>/<method>; answers are
  {"ok": true, "result": ...} or {"ok": false, "error_code", "description"};
- getMe checks the token; getChat(chat_id="@channel" or a numeric id) finds the channel;
  getChatMember(chat_id, user_id=<bot id>) must say "administrator" with can_post_messages
  for the bot to publish there. Bot tokens do not expire and cannot be revoked by the API
  (only by @BotFather), so disconnect deletes the token locally.
The token sits in the URL path, and httpx logs request URLs: requests go out as
".../bot/<method>" and a small transport puts the token in just before sending, so no log
line or exception ever carries it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

import httpx

from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.profiles.base import ClientConfig, Identity, SignInResult
from postdesk.auth.tokens import TokenSet, register_token_secrets
from postdesk.core.networks import Network
from postdesk.http_bounds import bounded_client
from postdesk.log import register_secret

KIND = "telegram"
API = "https://api.telegram.org"


class _BotTokenTransport(httpx.AsyncBaseTransport):
    """Inserts the bot token into `/bot/<method>` paths at the last moment."""

    def __init__(self, inner: httpx.AsyncBaseTransport, token: str):
        self._inner = inner
        self._token = token

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.raw_path.decode("ascii")
        if not path.startswith("/bot/"):
            return await self._inner.handle_async_request(request)
        path = f"/bot{self._token}/" + path.removeprefix("/bot/")
        # A new request object: httpx logs the original one, which must keep the token out.
        real = httpx.Request(
            request.method,
            request.url.copy_with(raw_path=path.encode("ascii")),
            headers=request.headers,
            content=await request.aread(),
            extensions=request.extensions,
        )
        return await self._inner.handle_async_request(real)

    async def aclose(self) -> None:
        await self._inner.aclose()


#: The same transport for other modules that call the Bot API (the publishing adapter).
BotTokenTransport = _BotTokenTransport


class TelegramBot:
    """Connects a Telegram channel through the user's bot.

    Args:
        api_base: the Bot API server (tests point it at a fake).
        transport_factory: the underlying transport (tests pass an httpx.MockTransport).

    Attributes:
        network: Telegram.
    """

    network = Network.TELEGRAM
    refreshable = False

    def __init__(
        self,
        api_base: str = API,
        transport_factory: Callable[[], httpx.AsyncBaseTransport] = httpx.AsyncHTTPTransport,
    ):
        self._api = api_base.rstrip("/")
        self._transport_factory = transport_factory

    async def _call(self, bot: httpx.AsyncClient, method: str, params: Mapping[str, Any]) -> Any:
        try:
            response = await bot.post(f"{self._api}/bot/{method}", json=dict(params))
        except httpx.TransportError as exc:
            raise AuthError(AuthProblem.NETWORK_UNREACHABLE, type(exc).__name__) from None
        try:
            body = response.json()
        except ValueError:
            raise AuthError(AuthProblem.SERVER_REFUSED, f"HTTP {response.status_code}") from None
        if body.get("ok"):
            return body["result"]
        code = body.get("error_code")
        if method == "getMe" and code in (401, 404):
            raise AuthError(AuthProblem.BAD_CREDENTIALS, f"{method} {code}")
        if method == "getChat" and code in (400, 403):
            raise AuthError(AuthProblem.CHANNEL_NOT_FOUND, f"{method} {code}")
        raise AuthError(AuthProblem.SERVER_REFUSED, f"{method} {code}")

    async def sign_in_with(self, http: httpx.AsyncClient, fields: Mapping[str, str], now: datetime) -> SignInResult:
        token = (fields.get("bot_token") or "").strip()
        channel = (fields.get("channel") or "").strip()
        if not token or ":" not in token or not channel:
            raise AuthError(AuthProblem.INVALID_INPUT, "bot token and channel are required")
        register_secret(token)
        if not channel.lstrip("-").isdigit() and not channel.startswith("@"):
            channel = "@" + channel.removeprefix("https://t.me/").removeprefix("t.me/")
        async with bounded_client(transport=_BotTokenTransport(self._transport_factory(), token), timeout=30) as bot:
            me = await self._call(bot, "getMe", {})
            chat = await self._call(bot, "getChat", {"chat_id": channel})
            member = await self._call(bot, "getChatMember", {"chat_id": chat["id"], "user_id": me["id"]})
        can_post = member.get("status") == "creator" or (
            member.get("status") == "administrator"
            and (chat.get("type") != "channel" or member.get("can_post_messages"))
        )
        if not can_post:
            raise AuthError(AuthProblem.NOT_CHANNEL_ADMIN)
        tokens = TokenSet(access_token=token, extra={"bot_id": me["id"], "chat_id": chat["id"]})
        register_token_secrets(tokens)
        handle = f"@{chat['username']}" if chat.get("username") else str(chat.get("title", chat["id"]))
        identity = Identity(
            remote_user_id=str(chat["id"]),
            handle=handle,
            display_name=str(chat.get("title") or handle),
        )
        client = ClientConfig(options={"bot_username": str(me.get("username", "")), "chat_id": str(chat["id"])})
        return SignInResult(client=client, tokens=tokens, identity=identity, facts={})

    async def refresh(self, http: httpx.AsyncClient, client: ClientConfig, tokens: TokenSet, now: datetime) -> TokenSet:
        raise AuthError(AuthProblem.REFRESH_FAILED, "bot tokens do not expire")

    async def revoke(self, http: httpx.AsyncClient, client: ClientConfig, tokens: TokenSet) -> bool:
        return False
