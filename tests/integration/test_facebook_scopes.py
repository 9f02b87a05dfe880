"""Facebook sign-in asks for exactly the permissions the adapter's calls need (nothing missing, nothing extra).

The Facebook fake checks every call's permissions per endpoint as Meta's reference pages list them
(tests/fakes/facebook_api.py, NEEDS) and records those it used. Driving every operation the adapter
and the Page picker have shows the profile's scopes are the union; a sign-in without one of them
gets Meta's code 200 refusal, which the adapter words as "reconnect and allow".
"""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from PIL import Image

from postdesk.auth.facebook_pages import list_pages
from postdesk.auth.profiles.facebook import PROFILE
from postdesk.platforms.base import PublishRequest, Rejected
from postdesk.platforms.facebook import FacebookAdapter
from tests.fakes.facebook_api import PAGE_ID, VERSION, FacebookFake
from tests.fakes.http_fake import FakeHTTPServer
from tests.fakes.token_source import TokenSource

pytestmark = pytest.mark.integration
NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


def _jpeg(path: Path) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (320, 240), (10, 120, 200)).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())
    return str(path)


def _mp4(path: Path) -> str:
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x01" * 3000)
    return str(path)


def _everything(fake: FacebookFake, server: FakeHTTPServer, tmp_path: Path) -> None:
    base = f"{server.url}/{VERSION}"
    adapter = FacebookAdapter(
        TokenSource(fake.pages[PAGE_ID]["token"], user_id=PAGE_ID),
        base_url=base,
        video_url=base,
        clock=lambda: NOW,
        sleep=lambda _s: asyncio.sleep(0),
    )

    def req(text: str, media: tuple[str, ...] = (), when: datetime | None = None) -> PublishRequest:
        return PublishRequest(target_id=1, account_id=1, parts=(text,), media_paths=media, publish_at=when)

    async def go() -> None:
        try:
            async with httpx.AsyncClient() as http:
                await list_pages(http, fake.user_token, f"{base}/me/accounts")
            post = await adapter.publish(req("text"))
            await adapter.publish(req("photo", (_jpeg(tmp_path / "a.jpg"),)))
            await adapter.publish(req("photos", (_jpeg(tmp_path / "b.jpg"), _jpeg(tmp_path / "c.jpg"))))
            await adapter.publish(req("video", (_mp4(tmp_path / "v.mp4"),)))
            await adapter.publish(req("later", when=NOW + timedelta(days=1)))
            await adapter.first_comment(1, post.remote_id, "first")
            await adapter.metrics(1, post.remote_id)
            fake.add_comment(post.remote_id, "Hi!")
            page = await adapter.fetch_inbox(1)
            await adapter.reply(1, page.items[0], "Hello")
            await adapter.hide(1, page.items[0])
            await adapter.like(1, page.items[0])
            await adapter.lookup(req("text"), sent_at=NOW)
            await adapter.delete(1, post.remote_id)
        finally:
            await adapter.aclose()

    asyncio.run(go())


def test_sign_in_scopes_are_exactly_what_the_calls_need(tmp_path: Path) -> None:
    fake = FacebookFake(now=lambda: NOW)
    with FakeHTTPServer(fake) as server:
        _everything(fake, server, tmp_path)
    assert fake.used == set(PROFILE.scopes)


@pytest.mark.parametrize("scope", sorted(PROFILE.scopes))
def test_a_missing_scope_is_refused_and_worded(tmp_path: Path, scope: str) -> None:
    fake = FacebookFake(now=lambda: NOW)
    fake.permissions.discard(scope)
    with FakeHTTPServer(fake) as server, pytest.raises(Exception) as caught:
        _everything(fake, server, tmp_path)
    if isinstance(caught.value, Rejected):
        assert "reconnect" in caught.value.reason and scope in caught.value.reason
    else:  # the Page list (sign-in) itself is refused
        assert scope == "pages_show_list"
