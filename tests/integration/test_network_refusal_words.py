"""Telegram's photo rule, LinkedIn's retired API version and the refusals of Bluesky's video service
reach the creator as Postdesk's sentences (translated), not as English shown as "The network said".

Each adapter used to raise an English explanation with no problem code; the activity showed it as
the network's words. Now each carries a code `describe_reason` words, and the network's own answer
stays its `network_message`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from postdesk.platforms import bluesky_video, linkedin, telegram
from postdesk.platforms.base import PublishRequest, Rejected
from postdesk.platforms.linkedin import LinkedInAdapter
from postdesk.ui.composer.activity import describe_reason, is_problem_code
from postdesk.ui.local_format import format_number
from tests.fakes.http_fake import FakeResponse
from tests.integration.test_bluesky_video import ALICE, make_video, standalone, standalone_publish  # noqa: F401
from tests.integration.test_linkedin_adapter import TEXT
from tests.integration.test_linkedin_adapter import World as LinkedInWorld
from tests.integration.test_linkedin_adapter import _req as linkedin_req
from tests.integration.test_telegram_adapter import World as TelegramWorld
from tests.integration.test_telegram_adapter import _jpeg
from tests.integration.test_telegram_adapter import _req as telegram_req

pytestmark = pytest.mark.integration


def test_a_telegram_photo_outside_its_dimensions_is_postdesks_sentence(tmp_path, qapp):
    world = TelegramWorld()
    with world.server, pytest.raises(Rejected) as caught:
        world.run(world.adapter.publish(telegram_req("wide", media=(_jpeg(tmp_path / "wide.jpg", (2100, 100)),))))
    error = caught.value
    assert error.problem == telegram.TELEGRAM_PHOTO_DIMENSIONS
    assert "PHOTO_INVALID_DIMENSIONS" in error.network_message
    assert describe_reason(error.problem, error.params, "telegram") == (
        f"Not posted: Telegram does not take photos whose width and height add up to more than "
        f"{format_number(10000)} pixels, or whose long side is more than 20 times the short side. "
        "Resize the photo and schedule the post again."
    )


def test_linkedins_retired_api_version_is_postdesks_sentence(qapp):
    world = LinkedInWorld()
    world.adapter = LinkedInAdapter(world.tokens, base_url=world.server.url, version="202511")
    with world.server, pytest.raises(Rejected) as caught:
        world.run(world.adapter.publish(linkedin_req(TEXT)))
    error = caught.value
    assert error.problem == linkedin.LINKEDIN_API_VERSION_RETIRED and error.http_status == 426
    assert error.network_message
    assert describe_reason(error.problem, error.params, "linkedin") == (
        "Not posted: LinkedIn no longer accepts the version of its API this Postdesk uses. "
        "Update Postdesk to publish to LinkedIn again."
    )


def _refused(service, tmp_path: Path, answer: FakeResponse) -> Rejected:  # type: ignore[no-untyped-def]
    clip = make_video(tmp_path / "clip.mp4", frames=3)
    request = PublishRequest(1, ALICE, ("clip",), media_paths=(str(clip),), options={"alt_texts": ["a clip"]})
    assert service.server is not None
    service.server.fail("uploadVideo", "status", answer)
    with pytest.raises(Rejected) as caught:
        standalone_publish(service, request)
    return caught.value


def test_bluesky_video_service_413_is_postdesks_sentence(standalone, tmp_path, qapp):
    error = _refused(standalone, tmp_path, FakeResponse(413, {"error": "PayloadTooLarge", "message": "too big"}))
    assert error.problem == bluesky_video.BLUESKY_VIDEO_TOO_BIG and error.network_message == "PayloadTooLarge: too big"
    assert describe_reason(error.problem, error.params, "bluesky") == (
        "Not posted: the video is larger than Bluesky's video service takes. "
        "Use a shorter or smaller video and schedule the post again."
    )


def test_bluesky_video_service_refusals_are_postdesks_sentences(standalone, tmp_path, qapp):
    email = _refused(
        standalone,
        tmp_path,
        FakeResponse(403, {"jobStatus": {"did": "", "error": "unconfirmed_email", "jobId": "", "state": ""}}),
    )
    assert email.problem == bluesky_video.BLUESKY_VIDEO_EMAIL_UNCONFIRMED
    assert describe_reason(email.problem, email.params, "bluesky") == (
        "Not posted: Bluesky takes videos only from accounts with a confirmed email address. "
        "Confirm yours in Bluesky's settings, then schedule the post again."
    )
    other = _refused(standalone, tmp_path, FakeResponse(400, {"error": "InvalidVideo", "message": "no"}))
    assert other.problem == bluesky_video.BLUESKY_VIDEO_REFUSED and other.network_message == "InvalidVideo: no"
    assert describe_reason(other.problem, other.params, "bluesky") == (
        "Not posted: Bluesky's video service refused the video."
    )
    assert is_problem_code(other.problem)
