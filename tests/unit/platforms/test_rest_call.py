"""The shared HTTP helpers: Retry-After forms, transport failures, refresh-once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from postdesk.platforms.base import AnswerLost, AuthExpired, Rejected, Transient
from postdesk.platforms.credentials import Credentials
from postdesk.platforms.rest_call import (
    Unauthorised,
    field_of,
    json_object,
    retry_after,
    send,
    with_refresh,
)
from tests.fakes.token_source import TokenSource

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "120"}, timedelta(seconds=120)),
        ({"Retry-After": "Mon, 02 Mar 2026 09:05:00 GMT"}, timedelta(minutes=5)),
        ({"Retry-After": "Mon, 02 Mar 2026 08:00:00 GMT"}, timedelta(0)),
        ({"x-rate-limit-reset": str(int((NOW + timedelta(seconds=90)).timestamp()))}, timedelta(seconds=90)),
        ({"ratelimit-reset": str(int((NOW + timedelta(seconds=30)).timestamp()))}, timedelta(seconds=30)),
        ({"X-RateLimit-Reset": "2026-03-02T09:10:00.000Z"}, timedelta(minutes=10)),
        ({"Retry-After": "soon"}, None),
        ({}, None),
    ],
)
def test_retry_after_forms(headers: dict[str, str], expected: timedelta | None) -> None:
    assert retry_after(httpx.Headers(headers), NOW) == expected


def _client(error: Exception) -> httpx.AsyncClient:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error

    return httpx.AsyncClient(transport=httpx.MockTransport(handler))


@pytest.mark.parametrize(
    ("error", "creates", "expected"),
    [
        (httpx.ConnectError("refused"), True, Transient),
        (httpx.WriteError("reset"), True, Transient),
        (httpx.ReadTimeout("slow"), True, AnswerLost),
        (httpx.ReadTimeout("slow"), False, Transient),
        (httpx.RemoteProtocolError("dropped"), True, AnswerLost),
    ],
)
def test_transport_failures_are_typed(error: Exception, creates: bool, expected: type) -> None:
    with pytest.raises(expected):
        asyncio.run(send(_client(error), "POST", "http://127.0.0.1:9/x", creates=creates))


def test_garbled_answers() -> None:
    garbled = httpx.Response(200, content=b'{"id": "12')
    with pytest.raises(AnswerLost, match="not JSON"):
        json_object(garbled, creates=True)
    with pytest.raises(Transient, match="not a JSON object"):
        json_object(httpx.Response(200, json=[1]))
    with pytest.raises(Transient, match=r"data\.id"):
        field_of({"data": {"id": ""}}, "data", "id")
    assert field_of({"data": {"id": 7}}, "data", "id") == 7


def test_refresh_once_then_auth_expired() -> None:
    source = TokenSource("old", refresh=lambda: "new")
    seen: list[str] = []

    async def refuse_old(creds: Credentials) -> str:
        seen.append(creds.access_token)
        if creds.access_token == "old":
            raise Unauthorised("expired")
        return "done"

    assert asyncio.run(with_refresh(source, 1, refuse_old, refused="no")) == "done"
    assert seen == ["old", "new"] and source.refreshes == 1

    async def refuse_all(creds: Credentials) -> str:
        raise Unauthorised("revoked")

    with pytest.raises(AuthExpired, match="no") as caught:
        asyncio.run(with_refresh(source, 1, refuse_all, refused="no"))
    assert caught.value.network_message == "revoked"
    with pytest.raises(Rejected):
        asyncio.run(with_refresh(source, None, refuse_all, refused="no", no_account=lambda: Rejected("none chosen")))
