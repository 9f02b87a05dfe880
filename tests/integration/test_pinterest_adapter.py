"""The Pinterest adapter against the OpenAPI-validated fake (tests/fakes/pinterest_api.py).

Image, multi-image and video Pins, boards and sections, lookup, delete, metrics, and the faults:
429 with Pinterest's error body, 5xx, a dropped connection mid-upload, an expired token, a video
Pinterest fails to process, and a lost answer to the create call.
"""

from __future__ import annotations

import asyncio
import base64
import io
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image

from postdesk.auth.profiles.pinterest import PROFILE
from postdesk.platforms.base import AnswerLost, AuthExpired, PublishRequest, RateLimited, Rejected, Transient
from postdesk.platforms.pinterest import DEFAULT_RATE_WAIT, NO_BOARD, TRIAL_ACCESS, PinterestAdapter
from postdesk.platforms.pinterest_upload import PROCESSING_FAILED
from tests.fakes.api_server import ApiServer, Fault
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.pinterest_api import FakePinterest
from tests.unit.media.media_factory import video

pytestmark = pytest.mark.integration


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


@pytest.fixture
def net() -> Iterator[tuple[FakePinterest, ApiServer]]:
    api = FakePinterest()
    server = ApiServer(api).start()
    api.base = server.url
    yield api, server
    server.stop()


def _adapter(api: FakePinterest, server: ApiServer, creds: StaticCredentials | None = None) -> PinterestAdapter:
    return PinterestAdapter(
        creds or StaticCredentials("token-alice"), base_url=server.url + "/v5", clock=lambda: api.now, sleep=_no_wait
    )


def _image(tmp_path: Path, name: str = "a.png", colour: tuple[int, int, int] = (10, 120, 200), fmt: str = "PNG") -> str:
    path = tmp_path / name
    Image.new("RGB", (300, 450), colour).save(path, fmt)
    return str(path)


def _request(paths: tuple[str, ...], board: str, **options: object) -> PublishRequest:
    return PublishRequest(
        target_id=1,
        account_id=7,
        parts=("Summer salads, ten ways",),
        media_paths=paths,
        options={"board_id": board, **options},
    )


def _run(coro):
    return asyncio.run(coro)


def test_image_pin_with_title_link_alt_and_section(net, tmp_path):
    api, server = net
    board = api.add_board("Recipes", sections=("Salads",))
    section = api.sections[board][0]["id"]

    async def go():
        adapter = _adapter(api, server)
        try:
            return await adapter.publish(
                _request(
                    (_image(tmp_path),),
                    board,
                    board_section_id=section,
                    title="Ten salads",
                    link="https://example.com/salads",
                    alt_texts=["A bowl of green salad"],
                )
            )
        finally:
            await adapter.aclose()

    published = _run(go())
    pin = api.pins[published.remote_id]
    assert published.remote_url == f"https://www.pinterest.com/pin/{published.remote_id}/"
    assert (pin.board_id, pin.section_id, pin.title, pin.link, pin.alt_text, pin.description) == (
        board,
        section,
        "Ten salads",
        "https://example.com/salads",
        "A bowl of green salad",
        "Summer salads, ten ways",
    )
    assert pin.media_type == "image" and pin.images[0].startswith(b"\x89PNG")
    assert api.created[0]["media_source"]["source_type"] == "image_base64"


def test_webp_is_sent_as_jpeg_or_png_which_pinterest_takes(net, tmp_path):
    api, server = net
    board = api.add_board("Recipes")

    async def go():
        adapter = _adapter(api, server)
        try:
            return await adapter.publish(_request((_image(tmp_path, "a.webp", fmt="WEBP"),), board))
        finally:
            await adapter.aclose()

    published = _run(go())
    assert api.created[0]["media_source"]["content_type"] in ("image/jpeg", "image/png")
    assert published.remote_id in api.pins


def test_multi_image_pin_sends_every_image_in_order(net, tmp_path):
    api, server = net
    board = api.add_board("Rooms")
    paths = tuple(_image(tmp_path, f"{i}.png", (i * 50, 20, 20)) for i in range(3))

    async def go():
        adapter = _adapter(api, server)
        try:
            return await adapter.publish(_request(paths, board))
        finally:
            await adapter.aclose()

    published = _run(go())
    source = api.created[0]["media_source"]
    assert source["source_type"] == "multiple_image_base64" and len(source["items"]) == 3
    colours = [Image.open(io.BytesIO(base64.b64decode(i["data"]))).getpixel((0, 0))[0] for i in source["items"]]
    assert colours == [0, 50, 100]
    assert api.pins[published.remote_id].media_type == "multiple_images"


def test_six_images_are_refused_before_anything_is_sent(net, tmp_path):
    api, server = net
    board = api.add_board("Rooms")
    paths = tuple(_image(tmp_path, f"{i}.png") for i in range(6))

    async def go():
        adapter = _adapter(api, server)
        try:
            await adapter.publish(_request(paths, board))
        finally:
            await adapter.aclose()

    with pytest.raises(Rejected, match="at most 5 images"):
        _run(go())
    assert server.requests == []


def test_no_board_and_no_media_are_refused_in_words(net, tmp_path):
    api, server = net

    async def go(request):
        adapter = _adapter(api, server)
        try:
            await adapter.publish(request)
        finally:
            await adapter.aclose()

    with pytest.raises(Rejected, match=NO_BOARD):
        _run(go(_request((_image(tmp_path),), "")))
    with pytest.raises(Rejected, match="needs an image or a video"):
        _run(go(_request((), api.add_board("B"))))
    assert server.requests == []


def test_video_pin_registers_uploads_polls_and_sends_a_cover(net, tmp_path):
    api, server = net
    api.processing_polls = 2
    board = api.add_board("Clips")
    clip = str(video(tmp_path / "clip.mp4", seconds=5.0))

    async def go():
        adapter = _adapter(api, server)
        try:
            return await adapter.publish(_request((clip,), board, title="A clip"))
        finally:
            await adapter.aclose()

    published = _run(go())
    source = api.created[0]["media_source"]
    assert source["source_type"] == "video_id"
    media = api.media[source["media_id"]]
    assert media.status == "succeeded" and media.uploaded == Path(clip).read_bytes()
    assert base64.b64decode(source["cover_image_data"]).startswith(b"\xff\xd8")
    upload = next(r for r in server.requests if r.path == "/upload-bucket/")
    assert "authorization" not in upload.headers  # the token never goes to the storage host
    polls = [r for r in server.requests if r.path.startswith("/v5/media/")]
    assert len(polls) == 3
    assert api.pins[published.remote_id].media_type == "video"


def test_a_chosen_cover_image_is_used(net, tmp_path):
    api, server = net
    board = api.add_board("Clips")
    clip = str(video(tmp_path / "clip.mp4", seconds=5.0))
    cover = _image(tmp_path, "cover.png", (250, 0, 0))

    async def go():
        adapter = _adapter(api, server)
        try:
            return await adapter.publish(_request((clip,), board, cover_image=cover))
        finally:
            await adapter.aclose()

    _run(go())
    data = base64.b64decode(api.created[0]["media_source"]["cover_image_data"])
    red = Image.open(io.BytesIO(data)).getpixel((10, 10))
    assert red[0] > 200 and red[1] < 40


def test_a_video_pinterest_fails_to_process_is_rejected_in_words(net, tmp_path):
    api, server = net
    api.fail_processing = True
    board = api.add_board("Clips")
    clip = str(video(tmp_path / "clip.mp4", seconds=5.0))

    async def go():
        adapter = _adapter(api, server)
        try:
            await adapter.publish(_request((clip,), board))
        finally:
            await adapter.aclose()

    with pytest.raises(Rejected) as caught:
        _run(go())
    assert caught.value.reason == PROCESSING_FAILED
    assert api.pins == {}


def test_a_dropped_connection_mid_upload_is_transient_and_creates_nothing(net, tmp_path):
    api, server = net
    board = api.add_board("Clips")
    clip = str(video(tmp_path / "clip.mp4", seconds=5.0))
    server.fault("POST", "/upload-bucket/", Fault("drop_mid_body"))

    async def go():
        adapter = _adapter(api, server)
        try:
            await adapter.publish(_request((clip,), board))
        finally:
            await adapter.aclose()

    with pytest.raises(Transient):
        _run(go())
    assert api.pins == {}


def test_429_with_pinterests_error_body_waits_a_minute_or_what_retry_after_says(net, tmp_path):
    api, server = net
    board = api.add_board("Recipes")
    api.rate_limit_after = 0

    async def go():
        adapter = _adapter(api, server)
        try:
            await adapter.publish(_request((_image(tmp_path),), board))
        finally:
            await adapter.aclose()

    with pytest.raises(RateLimited) as caught:
        _run(go())
    assert caught.value.retry_after == DEFAULT_RATE_WAIT
    assert caught.value.network_message == "You have exceeded your rate limit. Try again later."
    api.rate_limit_after = None
    server.fault("POST", "/v5/pins", Fault("status", 429, {"Retry-After": "30"}, {"code": 429, "message": "slow down"}))
    with pytest.raises(RateLimited) as caught:
        _run(go())
    assert caught.value.retry_after == timedelta(seconds=30)


def test_5xx_is_transient_and_a_lost_create_answer_is_answer_lost_then_found(net, tmp_path):
    api, server = net
    board = api.add_board("Recipes")
    request = _request((_image(tmp_path),), board, title="Ten salads", link="https://example.com/s")
    server.fault("POST", "/v5/pins", Fault("status", 503, body={"code": 0, "message": "Service unavailable"}))

    async def publish():
        adapter = _adapter(api, server)
        try:
            return await adapter.publish(request)
        finally:
            await adapter.aclose()

    with pytest.raises(Transient):
        _run(publish())
    assert api.pins == {}
    server.fault("POST", "/v5/pins", Fault("drop_after"))
    with pytest.raises(AnswerLost):
        _run(publish())
    assert len(api.pins) == 1

    async def lookup(req):
        adapter = _adapter(api, server)
        try:
            return await adapter.lookup(req, sent_at=api.now)
        finally:
            await adapter.aclose()

    found = _run(lookup(request))
    assert found is not None and found.remote_id == next(iter(api.pins))
    other = _request((_image(tmp_path),), board, title="Another title", link="https://example.com/s")
    assert _run(lookup(other)) is None


def test_lookup_ignores_an_identical_pin_made_long_before_the_send(net, tmp_path):
    api, server = net
    board = api.add_board("Recipes")
    request = _request((_image(tmp_path),), board, title="Weekly", link="https://example.com/w")

    async def go():
        adapter = _adapter(api, server)
        try:
            await adapter.publish(request)
            api.now += timedelta(days=7)
            return await adapter.lookup(request, sent_at=api.now)
        finally:
            await adapter.aclose()

    assert _run(go()) is None


def test_expired_token_refreshes_once_then_auth_expired(net, tmp_path):
    api, server = net
    board = api.add_board("Recipes")
    api.tokens["token-new"] = set(PROFILE.scopes)
    creds = StaticCredentials("token-old", refreshed="token-new")

    async def go(c):
        adapter = _adapter(api, server, c)
        try:
            return await adapter.publish(_request((_image(tmp_path),), board))
        finally:
            await adapter.aclose()

    assert _run(go(creds)).remote_id in api.pins
    assert creds.calls == [False, True]
    with pytest.raises(AuthExpired):
        _run(go(StaticCredentials("token-old", refreshed=None)))


def test_boards_sections_create_and_list_across_pages(net):
    api, server = net
    for i in range(130):
        api.add_board(f"Board {i}")

    async def go():
        adapter = _adapter(api, server)
        try:
            made = await adapter.create_board(7, "Summer", privacy="SECRET")
            boards = await adapter.boards(7)
            section = await adapter.create_section(7, made.id, "Salads")
            sections = await adapter.sections(7, made.id)
            with pytest.raises(Rejected, match="already have a board"):
                await adapter.create_board(7, "Summer")
            return made, boards, section, sections
        finally:
            await adapter.aclose()

    made, boards, section, sections = _run(go())
    assert len(boards) == 131 and boards[-1] == made and made.privacy == "SECRET"
    assert sections == [section] and section.name == "Salads"


def test_delete_and_a_missing_pin_counts_as_deleted(net, tmp_path):
    api, server = net
    board = api.add_board("Recipes")

    async def go():
        adapter = _adapter(api, server)
        try:
            published = await adapter.publish(_request((_image(tmp_path),), board))
            await adapter.delete(7, published.remote_id)
            await adapter.delete(7, published.remote_id)
        finally:
            await adapter.aclose()

    _run(go())
    assert api.pins == {}


def test_metrics_ask_for_a_90_day_range_and_map_reactions_comments_saves_impressions(net, tmp_path):
    api, server = net
    board = api.add_board("Recipes")

    async def go():
        adapter = _adapter(api, server)
        try:
            published = await adapter.publish(_request((_image(tmp_path),), board))
            api.metrics[published.remote_id] = (
                {"TOTAL_REACTIONS": 12, "TOTAL_COMMENTS": 3},
                {"IMPRESSION": 240.0, "SAVE": 20.0, "SAVE_RATE": 0.18},
            )
            return await adapter.metrics(7, published.remote_id)
        finally:
            await adapter.aclose()

    metrics = _run(go())
    assert (metrics.likes, metrics.replies, metrics.reposts, metrics.views) == (12, 3, 20, 240)
    call = next(r for r in server.requests if r.path.endswith("/analytics"))
    assert call.query["end_date"] == [api.now.date().isoformat()]
    assert call.query["start_date"] == [(api.now.date() - timedelta(days=89)).isoformat()]


def test_the_fake_refuses_what_the_spec_refuses(net, tmp_path):
    """The fake is strict: an over-long title, an unknown field and a 100-day analytics range fail."""
    import httpx

    api, server = net
    board = api.add_board("Recipes")
    headers = {"Authorization": "Bearer token-alice"}
    png = base64.b64encode(Path(_image(tmp_path)).read_bytes()).decode()
    source = {"source_type": "image_base64", "content_type": "image/png", "data": png}
    with httpx.Client(base_url=server.url + "/v5", headers=headers) as client:
        assert (
            client.post("/pins", json={"board_id": board, "media_source": source, "title": "t" * 101}).status_code
            == 400
        )
        assert client.post("/pins", json={"board_id": board, "media_source": source, "note": "x"}).status_code == 400
        assert (
            client.post(
                "/pins", json={"board_id": board, "media_source": {**source, "content_type": "image/jpeg"}}
            ).status_code
            == 400
        )
        pin = client.post("/pins", json={"board_id": board, "media_source": source}).json()["id"]
        today = api.now.date()
        wide = {
            "start_date": (today - timedelta(days=100)).isoformat(),
            "end_date": today.isoformat(),
            "metric_types": "IMPRESSION",
        }
        assert client.get(f"/pins/{pin}/analytics", params=wide).status_code == 400
        assert (
            client.get(
                f"/pins/{pin}/analytics", params={**wide, "start_date": today.isoformat(), "metric_types": "LIKES"}
            ).status_code
            == 400
        )


def test_an_app_with_trial_access_is_told_what_to_ask_pinterest_for(net, tmp_path):
    api, server = net
    api.trial_access = True
    board = api.add_board("Recipes")

    async def go():
        adapter = _adapter(api, server)
        try:
            await adapter.publish(_request((_image(tmp_path),), board))
        finally:
            await adapter.aclose()

    with pytest.raises(Rejected) as caught:
        _run(go())
    assert caught.value.reason == TRIAL_ACCESS and caught.value.http_status == 403
