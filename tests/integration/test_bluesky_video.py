"""Bluesky video, quote posts and reply controls against the real local atproto network.

The PDS is the real one from `@atproto/dev-env` (`tests/helpers/atproto.py`); Bluesky's video
service is `tests/fakes/bluesky_video.py`, which checks the service-auth tokens the real PDS signs
(signature against the account's key in the PLC directory, aud, lxm, exp) and stores the processed
video on that PDS with the upload token, as the real service does. So the post record the adapter
writes references a blob the PDS really holds, and the PDS itself validates the record (and the
tests validate it again against the official `app.bsky.feed.post` lexicon).
"""

from __future__ import annotations

import asyncio
import fractions
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from postdesk.core.media_info import MediaKind
from postdesk.core.media_limits import Described, check_media
from postdesk.core.networks import Network
from postdesk.platforms.base import PublishRequest, RateLimited, Rejected, Transient
from postdesk.platforms.bluesky import BlueskyAdapter, _threadgate_allow, split_at_uri
from postdesk.platforms.bluesky_video import JobStatus, VideoSettings, aspect_ratio
from tests.fakes.bluesky_video import (
    LIMITS_LXM,
    SERVICE_DID,
    UPLOAD_LXM,
    ShapeError,
    VideoServiceFake,
    check_job_status,
    plc_keys,
)
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.http_fake import FakeResponse
from tests.helpers.atproto import (  # noqa: F401 (fixture)
    AtprotoNetwork,
    SessionCredentials,
    atproto_network,
    create_account,
)
from tests.helpers.lexicon import Lexicons

pytestmark = pytest.mark.integration
ALICE = 1


def make_video(
    path: Path,
    *,
    frames: int = 5,
    size: tuple[int, int] = (320, 180),
    fmt: str = "mp4",
    codec: str = "libx264",
    rate: fractions.Fraction = fractions.Fraction(10),
    rotation: int | None = None,
) -> Path:
    """A short video made with PyAV (a few coloured frames)."""
    import av

    with av.open(str(path), "w", format=fmt) as container:
        stream = container.add_stream(codec, rate=rate)
        stream.width, stream.height, stream.pix_fmt = size[0], size[1], "yuv420p"
        if rotation is not None:
            stream.set_display_rotation(rotation)
        for i in range(frames):
            image = Image.new("RGB", size, ((i * 50) % 255, 90, 160))
            for packet in stream.encode(av.VideoFrame.from_image(image)):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


class Sleeps:
    """An injected sleep that records what it was asked and does not wait."""

    def __init__(self) -> None:
        self.asked: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.asked.append(seconds)
        await asyncio.sleep(0)


# -- against the real PDS ------------------------------------------------------------------------

atproto_marks = [pytest.mark.integration, pytest.mark.atproto, pytest.mark.xdist_group("atproto")]


@pytest.fixture(scope="module")
def pds_account(atproto_network: AtprotoNetwork) -> dict[str, Any]:
    stamp = datetime.now(UTC).strftime("%H%M%S%f")
    alice = create_account(atproto_network.pds, f"vid{stamp}.test", "alice-pass")
    creds = SessionCredentials(atproto_network.pds, {ALICE: (alice["handle"], "alice-pass")})
    server_did = httpx.get(f"{atproto_network.pds}/xrpc/com.atproto.server.describeServer").json()["did"]
    return {
        "alice": alice,
        "creds": creds,
        "pds": atproto_network.pds,
        "plc": atproto_network.plc,
        "server_did": server_did,
    }


@pytest.fixture
def service(pds_account: dict[str, Any]) -> Iterator[VideoServiceFake]:
    fake = VideoServiceFake(
        pds_did=pds_account["server_did"], pds_url=pds_account["pds"], key_of=plc_keys(pds_account["plc"])
    )
    with fake.start():
        yield fake


class Recording(httpx.AsyncHTTPTransport):
    """Forwards to the real servers and keeps every XRPC call to the PDS (nsid, params, JSON body)."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, dict[str, str], Any]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content) if request.headers.get("content-type") == "application/json" else None
        self.calls.append((request.url.path.rsplit("/", 1)[-1], dict(request.url.params), body))
        return await super().handle_async_request(request)

    def nsids(self) -> list[str]:
        return [nsid for nsid, _, _ in self.calls]


def publish(
    account: dict[str, Any],
    fake: VideoServiceFake,
    request: PublishRequest,
    *,
    sleep: Sleeps | None = None,
    transport: Recording | None = None,
    max_polls: int = 20,
) -> Any:
    async def main() -> Any:
        adapter = BlueskyAdapter(
            account["creds"],
            transport=transport,
            sleep=sleep or Sleeps(),
            video=VideoSettings(
                url=fake.server.url if fake.server else "", did=SERVICE_DID, poll_interval=1.5, max_polls=max_polls
            ),
        )
        try:
            return await adapter.publish(request)
        finally:
            await adapter.aclose()

    return asyncio.run(main())


def get_record(pds: str, uri: str) -> dict[str, Any]:
    repo, collection, rkey = split_at_uri(uri)
    response = httpx.get(
        f"{pds}/xrpc/com.atproto.repo.getRecord", params={"repo": repo, "collection": collection, "rkey": rkey}
    )
    response.raise_for_status()
    return dict(response.json())


def post_count(account: dict[str, Any]) -> int:
    response = httpx.get(
        f"{account['pds']}/xrpc/com.atproto.repo.listRecords",
        params={"repo": account["alice"]["did"], "collection": "app.bsky.feed.post", "limit": 100},
    )
    return len(response.raise_for_status().json()["records"])


class TestVideoOnTheRealPds:
    pytestmark = atproto_marks

    def test_a_short_mp4_becomes_an_embed_video_with_blob_alt_and_aspect_ratio(
        self, pds_account: dict[str, Any], service: VideoServiceFake, tmp_path: Path
    ) -> None:
        clip = make_video(tmp_path / "clip.mp4")
        sleep, transport = Sleeps(), Recording()
        request = PublishRequest(
            1, ALICE, ("A short clip",), media_paths=(str(clip),), options={"alt_texts": ["Blue frames fading"]}
        )
        published = publish(pds_account, service, request, sleep=sleep, transport=transport)

        record = get_record(pds_account["pds"], published.remote_id)["value"]
        Lexicons().validate_record("app.bsky.feed.post", record)
        embed = record["embed"]
        assert embed["$type"] == "app.bsky.embed.video" and "images" not in embed
        assert embed["alt"] == "Blue frames fading"
        assert embed["aspectRatio"] == {"width": 320, "height": 180}
        assert embed["video"] == service.pds_uploads[-1]
        assert embed["video"]["mimeType"] == "video/mp4"
        # The PDS holds the very bytes the video service stored there with the upload token.
        stored = httpx.get(
            f"{pds_account['pds']}/xrpc/com.atproto.sync.getBlob",
            params={"did": pds_account["alice"]["did"], "cid": embed["video"]["ref"]["$link"]},
        )
        assert stored.raise_for_status().content == clip.read_bytes()
        # The documented order: limits, upload, polls until completed (one sleep before each poll).
        video_calls = [nsid for _, nsid in service.calls]
        assert video_calls[:2] == ["app.bsky.video.getUploadLimits", "app.bsky.video.uploadVideo"]
        assert video_calls[2:] == ["app.bsky.video.getJobStatus"] * service.steps
        assert sleep.asked == [1.5] * service.steps
        # Two service-auth tokens: the limits one for the video service, the upload one for the PDS.
        auths = [params for nsid, params, _ in transport.calls if nsid == "com.atproto.server.getServiceAuth"]
        assert [(a["aud"], a["lxm"]) for a in auths] == [
            (SERVICE_DID, LIMITS_LXM),
            (pds_account["server_did"], UPLOAD_LXM),
        ]
        assert int(auths[1]["exp"]) - datetime.now(UTC).timestamp() == pytest.approx(30 * 60, abs=60)

    def test_a_webm_is_processed_into_an_mp4_blob(
        self, pds_account: dict[str, Any], service: VideoServiceFake, tmp_path: Path
    ) -> None:
        clip = make_video(tmp_path / "clip.webm", fmt="webm", codec="libvpx", size=(240, 240))
        published = publish(pds_account, service, PublishRequest(2, ALICE, ("webm",), media_paths=(str(clip),)))
        record = get_record(pds_account["pds"], published.remote_id)["value"]
        Lexicons().validate_record("app.bsky.feed.post", record)
        assert record["embed"]["video"]["mimeType"] == "video/mp4"  # the embed lexicon accepts only MP4
        assert record["embed"]["aspectRatio"] == {"width": 240, "height": 240}
        assert "alt" not in record["embed"]

    def test_a_video_uploaded_twice_is_not_processed_twice(
        self, pds_account: dict[str, Any], service: VideoServiceFake, tmp_path: Path
    ) -> None:
        clip = make_video(tmp_path / "again.mp4", frames=7)
        first = publish(pds_account, service, PublishRequest(3, ALICE, ("once",), media_paths=(str(clip),)))
        polls = len(service.calls)
        second = publish(pds_account, service, PublishRequest(4, ALICE, ("twice",), media_paths=(str(clip),)))
        assert [nsid for _, nsid in service.calls[polls:]] == [
            "app.bsky.video.getUploadLimits",
            "app.bsky.video.uploadVideo",
        ]
        blobs = [get_record(pds_account["pds"], p.remote_id)["value"]["embed"]["video"] for p in (first, second)]
        assert blobs[0] == blobs[1]

    def test_a_failed_processing_job_is_rejected_in_the_services_words(
        self, pds_account: dict[str, Any], service: VideoServiceFake, tmp_path: Path
    ) -> None:
        before = post_count(pds_account)
        service.fail_next("This video could not be processed. Try another format.")
        clip = make_video(tmp_path / "bad.mp4", frames=3)
        with pytest.raises(Rejected) as caught:
            publish(pds_account, service, PublishRequest(5, ALICE, ("doomed",), media_paths=(str(clip),)))
        assert str(caught.value) == (
            "Bluesky could not process the video: This video could not be processed. Try another format."
        )
        assert post_count(pds_account) == before

    def test_the_daily_limit_is_refused_before_any_upload(
        self, pds_account: dict[str, Any], service: VideoServiceFake, tmp_path: Path
    ) -> None:
        service.quota(pds_account["alice"]["did"]).videos = 0
        clip = make_video(tmp_path / "limit.mp4", frames=3)
        with pytest.raises(Rejected) as caught:
            publish(pds_account, service, PublishRequest(6, ALICE, ("one too many",), media_paths=(str(clip),)))
        assert "as many videos as Bluesky allows in a day" in str(caught.value)
        assert [nsid for _, nsid in service.calls] == ["app.bsky.video.getUploadLimits"]

        quota = service.quota(pds_account["alice"]["did"])
        quota.videos, quota.bytes = 3, 1000
        with pytest.raises(Rejected) as caught:
            publish(pds_account, service, PublishRequest(7, ALICE, ("too big",), media_paths=(str(clip),)))
        assert "only 1 MB more of video today" in str(caught.value)

        quota.bytes, quota.can_upload, quota.message = 10**9, False, "Video uploads are paused for your account."
        with pytest.raises(Rejected) as caught:
            publish(pds_account, service, PublishRequest(8, ALICE, ("paused",), media_paths=(str(clip),)))
        assert str(caught.value) == "Video uploads are paused for your account."
        assert "app.bsky.video.uploadVideo" not in [nsid for _, nsid in service.calls]

    def test_polling_is_bounded(self, pds_account: dict[str, Any], service: VideoServiceFake, tmp_path: Path) -> None:
        service.steps = 1000
        sleep = Sleeps()
        clip = make_video(tmp_path / "slow.mp4", frames=3)
        with pytest.raises(Transient) as caught:
            publish(
                pds_account,
                service,
                PublishRequest(9, ALICE, ("slow",), media_paths=(str(clip),)),
                sleep=sleep,
                max_polls=4,
            )
        assert "still processing" in str(caught.value)
        assert [nsid for _, nsid in service.calls].count("app.bsky.video.getJobStatus") == 4
        assert sleep.asked == [1.5] * 4

    def test_429_from_the_video_service_is_rate_limited(
        self, pds_account: dict[str, Any], service: VideoServiceFake, tmp_path: Path
    ) -> None:
        service.rate_limit_next()
        clip = make_video(tmp_path / "busy.mp4", frames=3)
        with pytest.raises(RateLimited) as caught:
            publish(pds_account, service, PublishRequest(10, ALICE, ("busy",), media_paths=(str(clip),)))
        assert caught.value.retry_after is not None
        assert timedelta(seconds=20) <= caught.value.retry_after <= timedelta(seconds=31)

    def test_a_quote_with_a_video_is_record_with_media(
        self, pds_account: dict[str, Any], service: VideoServiceFake, tmp_path: Path
    ) -> None:
        quoted = publish(pds_account, service, PublishRequest(11, ALICE, ("quote me",)))
        answer = get_record(pds_account["pds"], quoted.remote_id)
        clip = make_video(tmp_path / "quote.mp4", frames=4, size=(180, 320))
        transport = Recording()
        published = publish(
            pds_account,
            service,
            PublishRequest(
                12,
                ALICE,
                ("look at this",),
                media_paths=(str(clip),),
                options={"quote_uri": answer["uri"], "quote_cid": answer["cid"], "alt_texts": ["tall"]},
            ),
            transport=transport,
        )
        record = get_record(pds_account["pds"], published.remote_id)["value"]
        Lexicons().validate_record("app.bsky.feed.post", record)
        embed = record["embed"]
        assert embed["$type"] == "app.bsky.embed.recordWithMedia"
        assert embed["record"] == {
            "$type": "app.bsky.embed.record",
            "record": {"uri": answer["uri"], "cid": answer["cid"]},
        }
        assert embed["media"]["$type"] == "app.bsky.embed.video"
        assert embed["media"]["aspectRatio"] == {"width": 180, "height": 320}
        assert "com.atproto.repo.getRecord" not in transport.nsids()  # the CID was given

    def test_reply_controls_write_a_threadgate_in_the_same_commit(
        self, pds_account: dict[str, Any], service: VideoServiceFake
    ) -> None:
        did = pds_account["alice"]["did"]
        list_uri = f"at://{did}/app.bsky.graph.list/3kfriends22aa"
        cases = {
            "nobody": [],
            "mention, following, list": [
                {"$type": "app.bsky.feed.threadgate#mentionRule"},
                {"$type": "app.bsky.feed.threadgate#followingRule"},
                {"$type": "app.bsky.feed.threadgate#listRule", "list": list_uri},
            ],
            "followers": [{"$type": "app.bsky.feed.threadgate#followerRule"}],
        }
        options = {
            "nobody": ["nobody"],
            "mention, following, list": ["mention", "following", f"list:{list_uri}"],
            "followers": "followers",
        }
        for index, (label, allow) in enumerate(cases.items()):
            transport = Recording()
            published = publish(
                pds_account,
                service,
                PublishRequest(
                    20 + index, ALICE, (f"replies: {label}", "second part"), options={"reply_controls": options[label]}
                ),
                transport=transport,
            )
            _, _, rkey = split_at_uri(published.remote_id)
            gate = get_record(pds_account["pds"], f"at://{did}/app.bsky.feed.threadgate/{rkey}")["value"]
            assert gate["post"] == published.remote_id
            assert gate["allow"] == allow, label
            # One applyWrites for the root and its gate, validated by the PDS against its lexicons.
            writes = [
                (body, params) for nsid, params, body in transport.calls if nsid == "com.atproto.repo.applyWrites"
            ]
            assert len(writes) == 1
            assert [w["collection"] for w in writes[0][0]["writes"]] == [
                "app.bsky.feed.post",
                "app.bsky.feed.threadgate",
            ]
            # The reply part went out as a plain createRecord in the gated thread.
            reply = get_record(pds_account["pds"], published.part_ids[1])["value"]["reply"]
            assert reply["root"]["uri"] == published.remote_id

    def test_the_pds_refuses_a_threadgate_the_lexicon_forbids(self, pds_account: dict[str, Any]) -> None:
        # The PDS validates the gate: six rules (maxLength 5) are refused by it, and by the adapter first.
        creds = asyncio.run(pds_account["creds"].get(ALICE))
        rule = {"$type": "app.bsky.feed.threadgate#mentionRule"}
        did = pds_account["alice"]["did"]
        response = httpx.post(
            f"{pds_account['pds']}/xrpc/com.atproto.repo.createRecord",
            headers={"Authorization": f"Bearer {creds.access_token}"},
            json={
                "repo": did,
                "collection": "app.bsky.feed.threadgate",
                "record": {
                    "$type": "app.bsky.feed.threadgate",
                    "post": f"at://{did}/app.bsky.feed.post/3kx",
                    "allow": [rule] * 6,
                    "createdAt": "2026-01-01T00:00:00.000Z",
                },
            },
        )
        assert response.status_code == 400
        with pytest.raises(Rejected):
            _threadgate_allow(
                [
                    "mention",
                    "following",
                    "followers",
                    "list:at://did:plc:x/app.bsky.graph.list/1",
                    "list:at://did:plc:x/app.bsky.graph.list/2",
                    "list:at://did:plc:x/app.bsky.graph.list/3",
                ]
            )


# -- the fake's own strictness (no Node needed) ----------------------------------------------------


@pytest.fixture
def standalone() -> Iterator[VideoServiceFake]:
    fake = VideoServiceFake()
    with fake.start():
        yield fake


def test_the_fake_refuses_tokens_the_real_service_would(standalone: VideoServiceFake) -> None:
    did = "did:plc:alice"
    url = standalone.server.url if standalone.server else ""

    def limits(token: str) -> httpx.Response:
        return httpx.get(f"{url}/xrpc/app.bsky.video.getUploadLimits", headers={"Authorization": f"Bearer {token}"})

    assert limits(standalone.mint(did, aud=SERVICE_DID, lxm=LIMITS_LXM)).json()["canUpload"] is True
    wrong = {
        "BadJwtAudience": standalone.mint(did, aud="did:web:pds.test", lxm=LIMITS_LXM),
        "BadJwtLexiconMethod": standalone.mint(did, aud=SERVICE_DID, lxm=UPLOAD_LXM),
        "JwtExpired": standalone.mint(did, aud=SERVICE_DID, lxm=LIMITS_LXM, seconds=-5),
    }
    for error, token in wrong.items():
        answer = limits(token)
        assert (answer.status_code, answer.json()["error"]) == (401, error)
    head, body, sig = standalone.mint(did, aud=SERVICE_DID, lxm=LIMITS_LXM).split(".")
    forged = f"{head}.{body}.{sig[:-4]}AAAA"
    assert limits(forged).json()["error"] == "BadJwtSignature"
    # An upload token names the account's PDS and must come from the account that uploads.
    upload = standalone.mint(did, aud=standalone.pds_did, lxm=UPLOAD_LXM)
    answer = httpx.post(
        f"{url}/xrpc/app.bsky.video.uploadVideo",
        params={"did": "did:plc:mallory", "name": "a.mp4"},
        content=b"\x00" * 10,
        headers={"Authorization": f"Bearer {upload}", "Content-Type": "video/mp4"},
    )
    assert answer.status_code == 400
    answer = httpx.post(
        f"{url}/xrpc/app.bsky.video.uploadVideo",
        params={"did": did, "name": "a.avi"},
        content=b"\x00" * 10,
        headers={"Authorization": f"Bearer {upload}", "Content-Type": "video/x-msvideo"},
    )
    assert answer.status_code == 400


def test_the_fake_fails_a_video_over_three_minutes_as_the_service_does(
    standalone: VideoServiceFake, tmp_path: Path
) -> None:
    # One frame every minute: a four-minute video in a few kilobytes.
    clip = make_video(tmp_path / "long.mp4", frames=5, rate=fractions.Fraction(1, 60))
    did = "did:plc:alice"
    url = standalone.server.url if standalone.server else ""
    token = standalone.mint(did, aud=standalone.pds_did, lxm=UPLOAD_LXM)
    job = httpx.post(
        f"{url}/xrpc/app.bsky.video.uploadVideo",
        params={"did": did, "name": "l.mp4"},
        content=clip.read_bytes(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "video/mp4"},
    ).json()
    check_job_status(job)  # the flat shape the real service answers
    status: dict[str, Any] = {}
    for _ in range(standalone.steps):
        status = httpx.get(f"{url}/xrpc/app.bsky.video.getJobStatus", params={"jobId": job["jobId"]}).json()
    assert status["jobStatus"]["state"] == "JOB_STATE_FAILED"
    assert status["jobStatus"]["failureCode"] == "validation_failure"
    with pytest.raises(ShapeError):
        check_job_status({"jobId": "1", "did": "did:plc:a", "state": "JOB_STATE_DONE"})


def test_both_answer_shapes_of_upload_video_are_read() -> None:
    flat = {"jobId": "j1", "did": "did:plc:a", "state": "JOB_STATE_CREATED"}
    assert JobStatus.read(flat).job_id == "j1"
    assert JobStatus.read({"jobStatus": flat}).job_id == "j1"
    with pytest.raises(Transient):
        JobStatus.read(["not", "a", "status"])


def test_aspect_ratio_applies_the_recorded_rotation(tmp_path: Path) -> None:
    assert aspect_ratio(make_video(tmp_path / "flat.mp4", size=(320, 180))) == (320, 180)
    assert aspect_ratio(make_video(tmp_path / "phone.mp4", size=(320, 180), rotation=90)) == (180, 320)
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 100)
    with pytest.raises(Rejected):
        aspect_ratio(broken)


def test_reply_control_options_map_to_threadgate_rules() -> None:
    assert _threadgate_allow(None) is None
    assert _threadgate_allow([]) is None
    assert _threadgate_allow(["nobody"]) == []
    assert _threadgate_allow(["mention", "followers"]) == [
        {"$type": "app.bsky.feed.threadgate#mentionRule"},
        {"$type": "app.bsky.feed.threadgate#followerRule"},
    ]
    for bad in (["nobody", "mention"], ["everyone"], ["list:https://example.com"]):
        with pytest.raises(Rejected):
            _threadgate_allow(bad)


def test_bluesky_rules_take_one_video_within_the_documented_limits() -> None:
    def video(mime: str = "video/mp4", size: int = 10**6, seconds: float = 30.0) -> Described:
        return Described(MediaKind.VIDEO, mime, size, 1280, 720, seconds)

    def codes(*items: Described) -> list[str]:
        return [issue.code for issue in check_media(Network.BLUESKY, items, relay=False)]

    for mime in ("video/mp4", "video/quicktime", "video/webm", "video/mpeg"):
        assert codes(video(mime)) == [], mime
    assert codes(video(size=100_000_000)) == [] and codes(video(size=100_000_001)) == ["video_too_big"]
    assert codes(video(seconds=180.0)) == [] and codes(video(seconds=180.5)) == ["video_too_long"]
    assert codes(video("video/x-matroska")) == ["video_format"]
    assert codes(video(), video()) == ["too_many_videos"]
    assert codes(video(), Described(MediaKind.IMAGE, "image/png", 10)) == ["mixed_media_not_allowed"]


# -- faults, with the PDS answered in-process (no Node needed) ------------------------------------


def standalone_publish(fake: VideoServiceFake, request: PublishRequest) -> tuple[Any, list[dict[str, Any]]]:
    """Publish with the adapter's PDS calls answered here and videos sent to the standalone fake."""
    created: list[dict[str, Any]] = []

    async def main() -> Any:
        adapter = BlueskyAdapter(
            StaticCredentials("token"),
            base_url="http://127.0.0.1:9",
            sleep=Sleeps(),
            video=VideoSettings(url=fake.server.url if fake.server else "", poll_interval=0),
        )

        async def did(_account: int | None) -> str:
            return "did:plc:alice"

        async def service_auth(_account: int | None, lxm: str, aud: str | None, seconds: int) -> str:
            return fake.mint("did:plc:alice", aud=aud or fake.pds_did, lxm=lxm, seconds=seconds)

        async def create(_account: int | None, _did: str, record: dict[str, Any]) -> dict[str, str]:
            created.append(record)
            return {"uri": "at://did:plc:alice/app.bsky.feed.post/3kvideo", "cid": "bafyreicid"}

        adapter._did = did  # type: ignore[method-assign]
        adapter._service_auth = service_auth  # type: ignore[method-assign]
        adapter._create = create  # type: ignore[method-assign]
        try:
            return await adapter.publish(request)
        finally:
            await adapter.aclose()

    return asyncio.run(main()), created


def test_faults_of_the_video_service(standalone: VideoServiceFake, tmp_path: Path) -> None:
    clip = make_video(tmp_path / "fault.mp4", frames=3)
    request = PublishRequest(1, ALICE, ("clip",), media_paths=(str(clip),), options={"alt_texts": ["a clip"]})
    server = standalone.server
    assert server is not None
    server.fail("uploadVideo", "status", FakeResponse(502, {"error": "BadGateway", "message": "upstream"}))
    with pytest.raises(Transient):
        standalone_publish(standalone, request)
    # An upload is not a post: a connection lost mid-upload, or after it, is a passing failure.
    for kind in ("drop_mid_body", "drop_after_body"):
        server.fail("uploadVideo", kind)
        with pytest.raises(Transient):
            standalone_publish(standalone, request)
    server.fail("getJobStatus", "status", FakeResponse(503, {"error": "Unavailable"}))
    with pytest.raises(Transient):
        standalone_publish(standalone, request)
    server.fail(
        "uploadVideo",
        "status",
        FakeResponse(403, {"jobStatus": {"did": "", "error": "unconfirmed_email", "jobId": "", "state": ""}}),
    )
    with pytest.raises(Rejected) as caught:
        standalone_publish(standalone, request)
    assert "confirmed email address" in str(caught.value)
    # After the faults it goes through, answered in the lexicon's wrapped shape this time.
    standalone.wrap_upload_answer = True
    published, created = standalone_publish(standalone, request)
    assert published.remote_id.endswith("/3kvideo")
    (record,) = created
    assert record["embed"]["video"]["ref"]["$link"].startswith("bafkrei")
    assert record["embed"]["alt"] == "a clip"
