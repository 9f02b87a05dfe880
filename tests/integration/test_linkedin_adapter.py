"""The LinkedIn adapter against the fake LinkedIn REST API on a real local socket."""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image

from postdesk.platforms.base import AnswerLost, AuthExpired, PublishRequest, RateLimited, Rejected, Transient
from postdesk.platforms.linkedin import LinkedInAdapter, little_text
from postdesk.platforms.metrics import MetricsAdapter, PostMetrics
from tests.fakes.http_fake import FakeHTTPServer, FakeResponse
from tests.fakes.linkedin_api import MEMBER_ID, ORG_URN, LinkedInFake, render_little
from tests.fakes.token_source import TokenSource

pytestmark = pytest.mark.integration
PERSON = f"urn:li:person:{MEMBER_ID}"
TEXT = (
    "Proud of the team (all 12 of us) — spring launch is live! Thanks @mira_k. "
    "Details: https://studio-lumen.com/spring_2026 #photography #small_business *new* <3 ~ok"
)


def _jpeg(path: Path, size: tuple[int, int] = (640, 480)) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 90, 160)).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())
    return str(path)


class World:
    def __init__(self) -> None:
        self.fake = LinkedInFake()
        self.server = FakeHTTPServer(self.fake)
        self.fake.base = self.server.url
        self.sleeps: list[float] = []
        self.tokens = TokenSource(self.fake.token, refresh=lambda: self.fake.token, user_id=MEMBER_ID)

        async def no_sleep(seconds: float) -> None:
            self.sleeps.append(seconds)

        self.adapter = LinkedInAdapter(self.tokens, base_url=self.server.url, poll_interval=2, sleep=no_sleep)

    def run(self, coro):  # type: ignore[no-untyped-def]
        async def go():  # type: ignore[no-untyped-def]
            try:
                return await coro
            finally:
                await self.adapter.aclose()

        return asyncio.run(go())


@pytest.fixture
def world():
    w = World()
    with w.server:
        yield w


def _req(*parts: str, media: tuple[str, ...] = (), **options) -> PublishRequest:  # type: ignore[no-untyped-def]
    return PublishRequest(target_id=3, account_id=1, parts=parts, media_paths=media, options=options)


def test_little_text_survives_linkedin_unchanged():
    # What a reader sees equals what the user typed: no silent cut at "(" or "@" or "_".
    assert render_little(little_text(TEXT)) == TEXT
    # Unescaped, LinkedIn would cut the post at the first parenthesis.
    assert render_little(TEXT) == "Proud of the team "


def test_member_text_post(world):
    published = world.run(world.adapter.publish(_req(TEXT)))
    post = world.fake.posts[published.remote_id]
    assert post["author"] == PERSON and post["visibility"] == "PUBLIC"
    assert post["rendered"] == TEXT
    assert published.remote_url == f"https://www.linkedin.com/feed/update/{published.remote_id}/"


def test_organization_post_with_one_image_and_alt_text(world, tmp_path):
    published = world.run(
        world.adapter.publish(
            _req(
                "Hello from the studio",
                media=(_jpeg(tmp_path / "a.jpg"),),
                author=ORG_URN,
                alt_texts=["A blue square"],
                visibility="connections",
            )
        )
    )
    post = world.fake.posts[published.remote_id]
    assert post["author"] == ORG_URN
    assert post["visibility"] == "PUBLIC"  # organizations only post publicly
    media = post["content"]["media"]
    assert media["altText"] == "A blue square"
    assert world.fake.images[media["id"]]["bytes"].startswith(b"\xff\xd8")
    assert world.sleeps == [2]  # one PROCESSING read before AVAILABLE


def test_multi_image(world, tmp_path):
    media = tuple(_jpeg(tmp_path / f"{n}.jpg") for n in range(3))
    published = world.run(world.adapter.publish(_req("Three", media=media)))
    images = world.fake.posts[published.remote_id]["content"]["multiImage"]["images"]
    assert len(images) == 3 and all(i["id"] in world.fake.images for i in images)


def test_video_in_parts(world, tmp_path):
    world.fake.video_part_size = 1000
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(range(256)) * 10)
    published = world.run(world.adapter.publish(_req("Clip", media=(str(clip),))))
    urn = world.fake.posts[published.remote_id]["content"]["media"]["id"]
    assert urn.startswith("urn:li:video:")
    assert sum(world.fake.videos[urn]["parts"].values()) == clip.stat().st_size
    assert len(world.fake.videos[urn]["parts"]) == 3


def test_posting_as_a_foreign_organization_is_rejected(world):
    with pytest.raises(Rejected) as caught:
        world.run(world.adapter.publish(_req("x", author="urn:li:organization:1")))
    assert "permissions" in caught.value.reason
    assert caught.value.http_status == 403


def test_thread_is_rejected_and_too_long_text_is_refused(world):
    with pytest.raises(Rejected):
        world.run(world.adapter.publish(_req("a", "b")))
    w = World()
    with w.server, pytest.raises(Rejected, match="3000"):
        w.run(w.adapter.publish(_req("a" * 3001)))


def test_first_comment_lookup_delete(world):
    async def scenario():  # type: ignore[no-untyped-def]
        post = await world.adapter.publish(_req(TEXT))
        comment = await world.adapter.first_comment(1, post.remote_id, "Gallery: https://studio-lumen.com")
        found = await world.adapter.lookup(_req(TEXT), sent_at=datetime(2026, 5, 12, 9, 0, tzinfo=UTC))
        missing = await world.adapter.lookup(_req("other"), sent_at=datetime(2026, 5, 12, 9, 0, tzinfo=UTC))
        await world.adapter.delete(1, post.remote_id)
        await world.adapter.delete(1, post.remote_id)
        return post, comment, found, missing

    post, comment, found, missing = world.run(scenario())
    assert world.fake.comments[0]["object"] == post.remote_id and world.fake.comments[0]["actor"] == PERSON
    assert comment.remote_id.startswith("urn:li:comment:")
    assert found is not None and found.remote_id == post.remote_id
    assert missing is None
    assert post.remote_id not in world.fake.posts


def test_metrics_from_the_social_actions_summary(world):
    async def scenario():  # type: ignore[no-untyped-def]
        org_post = await world.adapter.publish(_req("Organisation news", author=ORG_URN))
        member_post = await world.adapter.publish(_req("Member news"))
        await world.adapter.first_comment(1, org_post.remote_id, "More in the comments")
        world.fake.posts[org_post.remote_id]["likes"] = 7
        org = await world.adapter.metrics(1, org_post.remote_id)
        member = await world.adapter.metrics(1, member_post.remote_id)
        await world.adapter.delete(1, org_post.remote_id)
        with pytest.raises(Rejected):
            await world.adapter.metrics(1, org_post.remote_id)
        return org, member

    org, member = world.run(scenario())
    assert isinstance(world.adapter, MetricsAdapter)
    assert org == PostMetrics(likes=7, reposts=None, replies=1, views=None)
    # A member's own post needs the restricted r_member_social: LinkedIn answers 403.
    assert member == PostMetrics(None, None, None, None, None)


def test_every_call_carries_the_version_headers(world, tmp_path):
    world.run(world.adapter.publish(_req("x", media=(_jpeg(tmp_path / "a.jpg"),))))
    rest = [r for r in world.server.requests if r.path.startswith("/rest/")]
    assert rest and all(r.headers.get("x-restli-protocol-version") == "2.0.0" for r in rest)
    assert all(r.headers.get("linkedin-version", "").isdigit() for r in rest)


# -- faults ------------------------------------------------------------------------------------


def test_401_refreshes_and_retries_once(world):
    world.fake.token = "li-token-2"
    published = world.run(world.adapter.publish(_req("x")))
    assert world.tokens.refreshes == 1 and published.remote_id in world.fake.posts


def test_401_without_refresh_is_auth_expired(world):
    world.tokens.refresh = None  # LinkedIn gives most apps no refresh token
    world.fake.token = "li-token-2"
    with pytest.raises(AuthExpired):
        world.run(world.adapter.publish(_req("x")))


def test_429_with_http_date_retry_after(world):
    when = datetime.now(UTC) + timedelta(seconds=90)
    world.server.fail(
        "POST /rest/posts",
        "status",
        FakeResponse(
            429,
            {"status": 429, "message": "Resource level throttle limit reached"},
            {"Retry-After": when.strftime("%a, %d %b %Y %H:%M:%S GMT")},
        ),
    )
    with pytest.raises(RateLimited) as caught:
        world.run(world.adapter.publish(_req("x")))
    assert timedelta(seconds=60) < caught.value.retry_after <= timedelta(seconds=91)


def test_5xx_is_transient(world):
    world.server.fail("POST /rest/posts", "status", FakeResponse(504, {"status": 504, "message": "Gateway"}))
    with pytest.raises(Transient):
        world.run(world.adapter.publish(_req("x")))
    assert not world.fake.posts


def test_connection_dropped_mid_image_upload_is_transient(world, tmp_path):
    big = tmp_path / "big.png"
    Image.effect_noise((1400, 1400), 90).convert("RGB").save(big, "PNG")
    world.server.fail("PUT /upload/image", "drop_mid_body")
    with pytest.raises(Transient):
        world.run(world.adapter.publish(_req("x", media=(str(big),))))
    assert not world.fake.posts


def test_connection_dropped_after_publish_is_answer_lost(world):
    world.server.fail("POST /rest/posts", "drop_after_body")
    with pytest.raises(AnswerLost):
        world.run(world.adapter.publish(_req("x")))


def test_malformed_answers(world, tmp_path):
    world.server.fail("/rest/images", "malformed")
    with pytest.raises(Transient, match="not JSON"):
        world.run(world.adapter.publish(_req("x", media=(_jpeg(tmp_path / "a.jpg"),))))
    world.server.fail("POST /rest/posts", "status", FakeResponse(201, {}))  # no x-restli-id
    w = LinkedInAdapter(world.tokens, base_url=world.server.url)
    with pytest.raises(AnswerLost):
        asyncio.run(w.publish(_req("y")))
