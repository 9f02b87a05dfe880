"""The stricter fake Mastodon: the instance's own configuration, its count, its media rules."""

from __future__ import annotations

import asyncio
import fractions
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from postdesk.platforms.base import PublishRequest, Rejected
from postdesk.platforms.mastodon import MastodonAdapter
from tests.fakes.api_server import ApiServer
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.mastodon_api import FakeMastodon, InstanceConfig
from tests.fakes.openapi_check import mastodon as spec
from tests.integration.test_x_fake_strict import make_video

pytestmark = pytest.mark.integration
AUTH = {"Authorization": "Bearer token-alice"}


@pytest.fixture
def fake() -> Iterator[tuple[FakeMastodon, ApiServer]]:
    instance = FakeMastodon()
    server = ApiServer(instance).start()
    instance.base = server.url
    yield instance, server
    server.stop()


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


def _publish(instance: FakeMastodon, server: ApiServer, *parts: str, **kwargs: Any):
    async def scenario():
        adapter = MastodonAdapter(
            StaticCredentials("token-alice", base_url=server.url), clock=lambda: instance.now, sleep=_no_wait
        )
        try:
            return await adapter.publish(
                PublishRequest(
                    target_id=1, account_id=7, parts=parts, idempotency_key=f"k-{len(instance.statuses)}", **kwargs
                )
            )
        finally:
            await adapter.aclose()

    return asyncio.run(scenario())


def _png(path: Path, size: tuple[int, int] = (64, 48)) -> Path:
    Image.new("RGB", size, (200, 30, 30)).save(path)
    return path


def _upload(http: httpx.Client, data: bytes, mime: str, name: str = "f") -> httpx.Response:
    return http.post("/api/v2/media", headers=AUTH, files={"file": (name, data, mime)})


def _media_id(http: httpx.Client, data: bytes, mime: str) -> str:
    answer = _upload(http, data, mime)
    assert answer.status_code in (200, 202), answer.text
    media_id = answer.json()["id"]
    while http.get(f"/api/v1/media/{media_id}", headers=AUTH).status_code == 206:
        pass
    return media_id


# -- the instance's configuration -----------------------------------------------------------------


def test_the_instance_serves_its_configuration_publicly(fake) -> None:
    instance, server = fake
    instance.instance = InstanceConfig(max_characters=1000, max_media_attachments=8)
    with httpx.Client(base_url=server.url) as http:
        answer = http.get("/api/v2/instance")
    assert answer.status_code == 200
    config = answer.json()["configuration"]
    assert config["statuses"] == {"max_characters": 1000, "max_media_attachments": 8, "characters_reserved_per_url": 23}
    schema = spec()._resolve(
        spec()._resolve(spec().doc["components"]["schemas"]["Instance"])["properties"]["configuration"]
    )
    assert spec()._errors(schema, config) == []


# -- text, counted the instance's way -------------------------------------------------------------


def test_text_over_the_instances_limit_is_refused_with_mastodons_words(fake) -> None:
    instance, server = fake
    with pytest.raises(Rejected, match="Text character limit of 500 exceeded"):
        _publish(instance, server, "a" * 501)
    instance.instance = InstanceConfig(max_characters=1000)
    published = _publish(instance, server, "a" * 1000)
    assert instance.statuses[published.remote_id]["_source"] == "a" * 1000
    with pytest.raises(Rejected, match="limit of 1000 exceeded"):
        _publish(instance, server, "a" * 1001)


def test_only_links_with_a_scheme_count_23(fake) -> None:
    instance, server = fake
    # 476 + space + a 40-character link counted as 23 = 500: fits.
    _publish(instance, server, "a" * 476 + " https://example.com/" + "p" * 20)
    # A bare domain is no link on Mastodon: 488 + space + 11 = 500 fits, one more does not.
    _publish(instance, server, "b" * 488 + " example.com")
    with pytest.raises(Rejected, match="character limit"):
        _publish(instance, server, "c" * 489 + " example.com")


def test_blank_text_with_a_content_warning_counts_only_the_warning(fake, tmp_path) -> None:
    _instance, server = fake
    with httpx.Client(base_url=server.url) as http:
        media_id = _media_id(http, _png(tmp_path / "p.png").read_bytes(), "image/png")
        answer = http.post(
            "/api/v1/statuses",
            headers=AUTH,
            json={"status": " " * 600, "spoiler_text": "w" * 500, "media_ids": [media_id]},
        )
        over = http.post(
            "/api/v1/statuses", headers=AUTH, json={"status": " x", "spoiler_text": "w" * 500, "media_ids": [media_id]}
        )
    assert answer.status_code == 200
    assert over.status_code == 422 and "Text character limit of 500 exceeded" in over.json()["error"]


# -- media ----------------------------------------------------------------------------------------


def test_more_attachments_than_the_instance_allows_are_refused(fake, tmp_path) -> None:
    instance, server = fake
    instance.instance = InstanceConfig(max_media_attachments=2)
    with httpx.Client(base_url=server.url) as http:
        ids = [_media_id(http, _png(tmp_path / f"{i}.png").read_bytes(), "image/png") for i in range(3)]
        answer = http.post("/api/v1/statuses", headers=AUTH, json={"status": "three", "media_ids": ids})
    assert answer.status_code == 422 and "Cannot attach more than 2 files" in answer.json()["error"]
    assert instance.statuses == {}


def test_an_instance_with_8_attachments_takes_8(fake, tmp_path) -> None:
    instance, server = fake
    instance.instance = InstanceConfig(max_media_attachments=8)
    with httpx.Client(base_url=server.url) as http:
        ids = [_media_id(http, _png(tmp_path / f"{i}.png").read_bytes(), "image/png") for i in range(8)]
        eight = http.post("/api/v1/statuses", headers=AUTH, json={"status": "8", "media_ids": ids})
        ids.append(_media_id(http, _png(tmp_path / "9.png").read_bytes(), "image/png"))
        nine = http.post("/api/v1/statuses", headers=AUTH, json={"status": "9", "media_ids": ids[-9:]})
    assert eight.status_code == 200
    assert nine.status_code == 422 and nine.json()["error"] == "Validation failed: Cannot attach more than 8 files"


def test_images_and_a_video_are_refused_but_a_gif_may_join_images(fake, tmp_path) -> None:
    _instance, server = fake
    video = make_video(tmp_path / "v.mp4").read_bytes()
    gif = tmp_path / "g.gif"
    frames = [Image.new("RGB", (30, 30), (i * 80, 0, 0)) for i in range(3)]
    frames[0].save(gif, save_all=True, append_images=frames[1:], duration=100)
    with httpx.Client(base_url=server.url) as http:
        photo = _media_id(http, _png(tmp_path / "p.png").read_bytes(), "image/png")
        clip = _media_id(http, video, "video/mp4")
        mixed = http.post("/api/v1/statuses", headers=AUTH, json={"status": "m", "media_ids": [photo, clip]})
        animated = _media_id(http, gif.read_bytes(), "image/gif")
        with_gif = http.post("/api/v1/statuses", headers=AUTH, json={"status": "g", "media_ids": [photo, animated]})
        alone = http.post("/api/v1/statuses", headers=AUTH, json={"status": "v", "media_ids": [clip]})
    assert mixed.status_code == 422
    assert "Cannot attach a video to a post that already contains images" in mixed.json()["error"]
    assert with_gif.status_code == 200  # gifv is not audio_or_video? (PostStatusService)
    assert alone.status_code == 200


def test_a_poll_with_media_is_refused(fake, tmp_path) -> None:
    _instance, server = fake
    with httpx.Client(base_url=server.url) as http:
        photo = _media_id(http, _png(tmp_path / "p.png").read_bytes(), "image/png")
        answer = http.post(
            "/api/v1/statuses",
            headers=AUTH,
            json={"status": "q", "media_ids": [photo], "poll": {"options": ["a", "b"], "expires_in": 3600}},
        )
    assert answer.status_code == 422 and "Cannot attach more than 4 files" in answer.json()["error"]


def test_uploads_follow_the_instances_media_configuration(fake, tmp_path) -> None:
    instance, server = fake
    instance.instance = InstanceConfig(
        image_size_limit=2000,
        video_matrix_limit=320 * 180,
        supported_mime_types=("image/png", "image/jpeg", "video/mp4"),
    )
    small = _png(tmp_path / "s.png", (8, 8)).read_bytes()
    Image.frombytes("RGB", (60, 60), os.urandom(60 * 60 * 3)).save(tmp_path / "b.png")  # ~10 kB
    with httpx.Client(base_url=server.url) as http:
        ok = _upload(http, small, "image/png")
        too_big = _upload(http, (tmp_path / "b.png").read_bytes(), "image/png")
        webp = _upload(http, small, "image/webp")
        fits = _upload(http, make_video(tmp_path / "a.mp4", size=(320, 180)).read_bytes(), "video/mp4")
        wide = _upload(http, make_video(tmp_path / "b.mp4", size=(640, 360)).read_bytes(), "video/mp4")
        instance.instance = InstanceConfig(video_frame_rate_limit=30)
        fast = _upload(
            http, make_video(tmp_path / "c.mp4", rate=fractions.Fraction(60), frames=12).read_bytes(), "video/mp4"
        )
    assert ok.status_code == 200
    assert too_big.status_code == 422 and "file size must be less than" in too_big.json()["error"]
    assert webp.status_code == 422 and "content type is invalid" in webp.json()["error"]
    assert fits.status_code in (200, 202)
    assert wide.status_code == 422 and wide.json()["error"] == "640x360 videos are not supported"
    assert fast.status_code == 422 and fast.json()["error"] == "60fps videos are not supported"
