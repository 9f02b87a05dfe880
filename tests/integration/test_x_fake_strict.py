"""The stricter fake X: its own text count, media sizes, segments, processing, mixing and 429s.

Each rule is checked twice where it matters: the fake refuses what X refuses (straight HTTP
calls, as X's docs describe the refusals), and the adapter turns the refusal into the right
typed error.
"""

from __future__ import annotations

import asyncio
import fractions
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from postdesk.platforms.base import PublishRequest, RateLimited, Rejected
from postdesk.platforms.x import XAdapter
from tests.fakes.api_server import ApiServer
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.x_api import MB, FakeX

pytestmark = pytest.mark.integration
AUTH = {"Authorization": "Bearer token-alice"}


@pytest.fixture
def fake() -> Iterator[tuple[FakeX, ApiServer]]:
    api = FakeX()
    server = ApiServer(api).start()
    yield api, server
    server.stop()


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


def _publish(api: FakeX, server: ApiServer, *parts: str, **kwargs: Any):
    async def scenario():
        adapter = XAdapter(
            StaticCredentials("token-alice", user_id="1"), base_url=server.url, clock=lambda: api.now, sleep=_no_wait
        )
        try:
            return await adapter.publish(PublishRequest(target_id=1, account_id=7, parts=parts, **kwargs))
        finally:
            await adapter.aclose()

    return asyncio.run(scenario())


def make_video(
    path: Path,
    *,
    frames: int = 5,
    size: tuple[int, int] = (320, 180),
    rate: fractions.Fraction = fractions.Fraction(10),
) -> Path:
    """A real H.264 MP4 made with PyAV (frames / rate seconds long)."""
    import av

    with av.open(str(path), "w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=rate)
        stream.width, stream.height, stream.pix_fmt = size[0], size[1], "yuv420p"
        for i in range(frames):
            image = Image.new("RGB", size, ((i * 50) % 255, 90, 160))
            for packet in stream.encode(av.VideoFrame.from_image(image)):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def _gif(path: Path, size: tuple[int, int] = (64, 48), frames: int = 3) -> Path:
    images = [Image.new("RGB", size, (i * 60, 20, 200)) for i in range(frames)]
    images[0].save(path, save_all=True, append_images=images[1:], duration=100, loop=0)
    return path


def _upload(http: httpx.Client, data: bytes, mime: str, category: str, *, segment: int = 4 * MB) -> dict[str, Any]:
    """The chunked upload as X documents it; returns FINALIZE's data (or the refusal)."""
    init = http.post(
        "/2/media/upload/initialize",
        headers=AUTH,
        json={"media_type": mime, "total_bytes": len(data), "media_category": category},
    )
    if init.status_code != 200:
        return init.json()
    media_id = init.json()["data"]["id"]
    for index, offset in enumerate(range(0, len(data), segment)):
        appended = http.post(
            f"/2/media/upload/{media_id}/append",
            headers=AUTH,
            data={"segment_index": str(index)},
            files={"media": ("chunk", data[offset : offset + segment], "application/octet-stream")},
        )
        if appended.status_code != 200:
            return appended.json()
    return http.post(f"/2/media/upload/{media_id}/finalize", headers=AUTH).json()


# -- text ------------------------------------------------------------------------------------------


def test_a_post_over_280_weighted_is_refused_with_xs_words(fake) -> None:
    api, server = fake
    with pytest.raises(Rejected, match="Your Tweet text is too long"):
        _publish(api, server, "x" * 281)
    # CJK weighs 2: 141 of them are 282.
    with pytest.raises(Rejected, match="too long"):
        _publish(api, server, "字" * 141)
    assert api.tweets == {}


def test_a_post_of_exactly_280_weighted_goes(fake) -> None:
    api, server = fake
    # 140 CJK, or 257 letters and one URL (23), or 140 emoji: each exactly 280.
    for text in ("字" * 140, "a" * 256 + " https://example.com/a/very/long/path/that/counts/as/23", "😷" * 140):
        published = _publish(api, server, text)
        assert api.tweets[published.remote_id]["_text"] == text


# -- media sizes, segments, processing -------------------------------------------------------------


@pytest.mark.parametrize(
    ("category", "mime", "limit"),
    [("tweet_image", "image/png", 5 * MB), ("tweet_gif", "image/gif", 15 * MB), ("tweet_video", "video/mp4", 512 * MB)],
)
def test_initialize_refuses_files_over_the_category_size(fake, category: str, mime: str, limit: int) -> None:
    _api, server = fake
    with httpx.Client(base_url=server.url) as http:
        over = http.post(
            "/2/media/upload/initialize",
            headers=AUTH,
            json={"media_type": mime, "total_bytes": limit + 1, "media_category": category},
        )
        at = http.post(
            "/2/media/upload/initialize",
            headers=AUTH,
            json={"media_type": mime, "total_bytes": limit, "media_category": category},
        )
    assert over.status_code == 400
    assert over.json()["errors"] == [{"message": f"File size exceeds {limit} bytes."}]
    assert at.status_code == 200


def test_one_shot_image_over_5_mb_is_refused(fake) -> None:
    _api, server = fake
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * (5 * MB)
    with httpx.Client(base_url=server.url) as http:
        answer = http.post(
            "/2/media/upload",
            headers=AUTH,
            data={"media_category": "tweet_image"},
            files={"media": ("a.png", png, "image/png")},
        )
    assert answer.status_code == 400
    assert "File size exceeds" in answer.json()["errors"][0]["message"]


def test_segments_are_at_most_5_mb_and_consecutive(fake) -> None:
    _api, server = fake
    data = b"\0" * (6 * MB)
    with httpx.Client(base_url=server.url) as http:
        big = _upload(http, data, "video/mp4", "tweet_video", segment=6 * MB)
        init = http.post(
            "/2/media/upload/initialize",
            headers=AUTH,
            json={"media_type": "video/mp4", "total_bytes": 2 * MB, "media_category": "tweet_video"},
        ).json()
        media_id = init["data"]["id"]
        for index in (0, 2):  # a gap: segment 1 never sent
            http.post(
                f"/2/media/upload/{media_id}/append",
                headers=AUTH,
                data={"segment_index": str(index)},
                files={"media": ("chunk", b"\0" * MB, "application/octet-stream")},
            )
        gap = http.post(f"/2/media/upload/{media_id}/finalize", headers=AUTH)
    assert "a segment is at most 5 MB" in big["errors"][0]["message"]
    assert gap.status_code == 400 and "segments [0, 2]" in gap.json()["errors"][0]["message"]


@pytest.mark.parametrize(
    ("frames", "rate", "size", "why"),
    [
        (2, fractions.Fraction(10), (320, 180), "below min duration"),  # 0.2 s
        (2, fractions.Fraction(1, 80), (320, 180), "exceeds max duration"),  # 160 s
        (5, fractions.Fraction(10), (1920, 1080), "Invalid dimensions"),  # over 1280x1024
        (5, fractions.Fraction(10), (640, 160), "Invalid dimensions"),  # 4:1, over 3:1
    ],
)
def test_processing_fails_videos_x_does_not_take(fake, tmp_path, frames, rate, size, why) -> None:
    _api, server = fake
    data = make_video(tmp_path / "v.mp4", frames=frames, rate=rate, size=size).read_bytes()
    with httpx.Client(base_url=server.url) as http:
        finalized = _upload(http, data, "video/mp4", "tweet_video")
        status = http.get(
            "/2/media/upload", headers=AUTH, params={"command": "STATUS", "media_id": finalized["data"]["id"]}
        ).json()
    assert finalized["data"]["processing_info"]["state"] == "pending"
    info = status["data"]["processing_info"]
    assert info["state"] == "failed"
    assert info["error"]["name"] == "UnsupportedMedia" and why in info["error"]["message"]


def test_a_video_within_xs_limits_is_processed(fake, tmp_path) -> None:
    _api, server = fake
    data = make_video(tmp_path / "v.mp4", frames=10, size=(1280, 720)).read_bytes()  # 1 s, 720p
    with httpx.Client(base_url=server.url) as http:
        finalized = _upload(http, data, "video/mp4", "tweet_video")
        status = http.get(
            "/2/media/upload", headers=AUTH, params={"command": "STATUS", "media_id": finalized["data"]["id"]}
        ).json()
    assert status["data"]["processing_info"]["state"] == "succeeded"


def test_unreadable_bytes_fail_only_when_strict(fake) -> None:
    api, server = fake
    junk = b"\x00\x00\x00\x18ftypmp42" + b"\x01" * 4000
    with httpx.Client(base_url=server.url) as http:
        api.processing_polls = 0
        lenient = _upload(http, junk, "video/mp4", "tweet_video")
        api.strict_media = True
        strict = _upload(http, junk, "video/mp4", "tweet_video")
    assert "processing_info" not in lenient["data"]
    assert strict["data"]["processing_info"]["error"]["name"] == "InvalidMedia"


def test_a_gif_over_1280x1080_fails_processing(fake, tmp_path) -> None:
    api, server = fake
    api.processing_polls = 0
    with httpx.Client(base_url=server.url) as http:
        wide = _upload(http, _gif(tmp_path / "w.gif", (1300, 100)).read_bytes(), "image/gif", "tweet_gif")
        fine = _upload(http, _gif(tmp_path / "f.gif").read_bytes(), "image/gif", "tweet_gif")
    assert wide["data"]["processing_info"]["state"] == "failed"
    assert "processing_info" not in fine["data"]


def test_the_adapter_reports_a_failed_processing_with_xs_reason(fake, tmp_path) -> None:
    api, server = fake
    # A video within the composer's X rule (up to 1280x1024) that this X refuses to process.
    api.video_max_frame = (640, 480)
    video = make_video(tmp_path / "v.mp4", frames=10, size=(1280, 720))
    with pytest.raises(Rejected, match="X could not process this video") as caught:
        _publish(api, server, "a clip", media_paths=(str(video),))
    assert "Invalid dimensions 1280x720" in caught.value.network_message
    assert api.tweets == {}


def test_a_video_over_xs_frame_limit_is_refused_before_anything_is_sent(fake, tmp_path) -> None:
    api, server = fake
    # 1920x1080 is over X's 1280x1024 (best-practices page): the shared media table refuses it,
    # so the adapter never uploads it, as the composer refuses to schedule it.
    video = make_video(tmp_path / "v.mp4", frames=10, size=(1920, 1080))
    with pytest.raises(Rejected):
        _publish(api, server, "a clip", media_paths=(str(video),))
    assert api.media == {} and api.tweets == {}


# -- mixing ----------------------------------------------------------------------------------------


def _media_ids(http: httpx.Client, tmp_path: Path, kinds: list[str]) -> list[str]:
    ids = []
    for n, kind in enumerate(kinds):
        if kind == "photo":
            path = tmp_path / f"p{n}.png"
            Image.new("RGB", (40, 30), (n * 40, 0, 0)).save(path)
            answer = http.post(
                "/2/media/upload",
                headers=AUTH,
                data={"media_category": "tweet_image"},
                files={"media": (path.name, path.read_bytes(), "image/png")},
            ).json()
            ids.append(answer["data"]["id"])
        else:
            data = (
                _gif(tmp_path / f"g{n}.gif").read_bytes()
                if kind == "gif"
                else make_video(tmp_path / f"v{n}.mp4").read_bytes()
            )
            finalized = _upload(http, data, "image/gif" if kind == "gif" else "video/mp4", f"tweet_{kind}")
            media_id = finalized["data"]["id"]
            http.get("/2/media/upload", headers=AUTH, params={"command": "STATUS", "media_id": media_id})
            ids.append(media_id)
    return ids


@pytest.mark.parametrize(
    ("kinds", "ok"),
    [
        (["photo"] * 4, True),
        (["gif"], True),
        (["video"], True),
        (["gif", "photo"], False),
        (["video", "photo"], False),
        (["gif", "gif"], False),
    ],
)
def test_up_to_4_photos_or_one_gif_or_one_video(fake, tmp_path, kinds, ok) -> None:
    _api, server = fake
    with httpx.Client(base_url=server.url) as http:
        ids = _media_ids(http, tmp_path, kinds)
        answer = http.post("/2/tweets", headers=AUTH, json={"text": "media", "media": {"media_ids": ids}})
    if ok:
        assert answer.status_code == 201
    else:
        assert answer.status_code == 400
        assert answer.json()["errors"] == [{"message": "Your media IDs are invalid."}]


# -- rate limits -----------------------------------------------------------------------------------


def test_429_carries_xs_headers_and_the_adapter_waits_until_the_reset(fake) -> None:
    api, server = fake
    api.rate_limits = {"POST /2/tweets": 2}
    with httpx.Client(base_url=server.url) as http:
        first = http.post("/2/tweets", headers=AUTH, json={"text": "one"})
    assert first.headers["x-rate-limit-limit"] == "2"
    assert first.headers["x-rate-limit-remaining"] == "1"
    reset = int(first.headers["x-rate-limit-reset"])
    assert reset == int((api.now + timedelta(minutes=15)).timestamp())

    _publish(api, server, "two")
    api.now += timedelta(minutes=5)
    with pytest.raises(RateLimited) as caught:
        _publish(api, server, "three")
    assert caught.value.retry_after == timedelta(seconds=reset - api.now.timestamp())
    assert caught.value.retry_after == timedelta(minutes=10)
    assert [t["_text"] for t in api.tweets.values()] == ["one", "two"]

    api.now += timedelta(minutes=10)  # the window has reset
    _publish(api, server, "three")
    assert len(api.tweets) == 3
