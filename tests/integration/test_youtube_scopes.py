"""YouTube's sign-in asks for exactly the scopes the adapter's calls need.

The fake checks each call's token against the method's `scopes` in Google's discovery document
and records the methods called. Driving every operation of the adapter (upload with thumbnail
and playlist, hand-off, lookup, metrics, inbox, reply, first comment, delete, probe) shows the
profile's scopes cover every call (nothing missing) and that dropping any one of them breaks a
call (nothing extra); a token with `youtube.upload` alone gets YouTube's refusal for the inbox.
"""

from __future__ import annotations

import asyncio
import os
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image

from postdesk.auth.profiles.youtube import PROFILE
from postdesk.platforms.base import PublishRequest, Rejected
from postdesk.platforms.youtube import YouTubeAdapter
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.youtube_api import UNIT, FakeYouTube
from tests.fakes.youtube_server import YouTubeServer

pytestmark = pytest.mark.integration


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


def _drive_everything(tmp_path: Path, scopes: set[str]) -> tuple[FakeYouTube, list[str]]:
    """Every operation of the adapter with a token granted `scopes`; returns the fake and refusals."""
    api = FakeYouTube(tokens={"token": scopes})
    server = YouTubeServer(api).start()
    api.base = server.url
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + os.urandom(2 * UNIT))
    thumb = tmp_path / "thumb.jpg"
    Image.new("RGB", (640, 360), (0, 90, 200)).save(thumb)
    api.add_comment("vid0", "Viewer", "Nice")
    refused: list[str] = []

    async def scenario() -> None:
        adapter = YouTubeAdapter(
            StaticCredentials("token"),
            base_url=server.url,
            clock=lambda: api.now,
            sleep=_no_wait,
            chunk_size=UNIT,
            poll_interval=1,
        )
        options = {"title": "Scopes", "thumbnail": str(thumb), "playlist_id": "PLfake1"}
        request = PublishRequest(1, 7, ("d",), (str(video),), options, idempotency_key="k")

        async def attempt(name: str, step) -> object:
            try:
                return await step
            except Rejected as error:
                refused.append(f"{name}: {error}")
                return None

        try:
            published = await attempt("publish", adapter.publish(request))
            await attempt(
                "hand-off",
                adapter.publish(
                    PublishRequest(
                        2, 7, ("d",), (str(video),), {"title": "Later"}, publish_at=api.now + timedelta(days=1)
                    )
                ),
            )
            await attempt("lookup", adapter.lookup(request, sent_at=api.now))
            page = await attempt("inbox", adapter.fetch_inbox(7))
            if page is not None:
                item = page.items[0]  # type: ignore[attr-defined]
                await attempt("reply", adapter.reply(7, item, "Thanks"))
                await attempt("find reply", adapter.find_reply(7, item, "Thanks", sent_after=api.now))
            remote = published.remote_id if published is not None else "vid0"  # type: ignore[attr-defined]
            await attempt("metrics", adapter.metrics(7, remote))
            await attempt("first comment", adapter.first_comment(7, remote, "More"))
            await attempt("delete", adapter.delete(7, remote))
        finally:
            await adapter.aclose()

    try:
        asyncio.run(scenario())
    finally:
        server.stop()
    return api, refused


def test_the_profile_scopes_cover_every_call(tmp_path: Path) -> None:
    api, refused = _drive_everything(tmp_path, set(PROFILE.scopes))
    assert refused == [] and api.violations == []
    # Every method the adapter uses was called.
    assert {c.removeprefix("youtube.") for c in api.calls} >= {
        "videos.insert",
        "videos.list",
        "videos.delete",
        "thumbnails.set",
        "playlistItems.insert",
        "playlistItems.list",
        "channels.list",
        "commentThreads.list",
        "comments.insert",
        "commentThreads.insert",
        "comments.list",
    }
    # The identity call of the sign-in (channels.list) is covered as well.
    channels = api.discovery.method_for("GET", "/youtube/v3/channels")
    assert channels is not None and set(PROFILE.scopes) & set(channels[1]["scopes"])


def test_no_scope_is_extra(tmp_path: Path) -> None:
    for scope in PROFILE.scopes:
        _api, refused = _drive_everything(tmp_path, set(PROFILE.scopes) - {scope})
        assert refused, f"{scope} is asked for but no call needs it"


def test_an_upload_only_token_gets_youtubes_refusal_in_words(tmp_path: Path) -> None:
    _api, refused = _drive_everything(tmp_path, {"https://www.googleapis.com/auth/youtube.upload"})
    assert any(r.startswith("inbox:") and "permission" in r for r in refused), refused
