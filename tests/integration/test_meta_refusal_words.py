"""Threads' and Instagram's own error codes reach the creator as Postdesk's sentences, translated.

A container that ends in ERROR (Threads' `error_message`, Instagram's `status` with a subcode) or an
Instagram error answer with a known subcode used to be raised as an English explanation (“Threads
could not take the media: …”, “Instagram refused it: …”) that the activity showed as if the network
had said it. Now the adapter raises a problem code, the network's own words ride along as
`network_message`, and `describe_reason` words the code.
"""

from __future__ import annotations

import httpx
import pytest

from postdesk.platforms import instagram_calls, meta_containers, threads
from postdesk.platforms.base import PERMISSION_MISSING, Rejected
from postdesk.ui.composer.activity import describe_reason, is_problem_code
from postdesk.ui.composer.refusal_words_networks import messages
from postdesk.ui.local_format import format_number
from tests.fakes.s3_server import s3_server  # noqa: F401  (the session fixture)
from tests.integration.test_instagram_adapter import World as InstagramWorld
from tests.integration.test_instagram_adapter import _mp4 as instagram_mp4
from tests.integration.test_instagram_adapter import _req as instagram_req
from tests.integration.test_threads_media import World as ThreadsWorld
from tests.integration.test_threads_media import _mp4, _req

pytestmark = pytest.mark.integration


def test_a_threads_container_error_is_worded_by_postdesk_not_as_the_networks_words(s3_server, tmp_path, qapp):
    world = ThreadsWorld(s3_server)
    world.fake.video_error = "INVALID_DURATION"
    with world.server, pytest.raises(Rejected) as caught:
        world.run(world.adapter.publish(_req("Clip", media=(_mp4(tmp_path / "clip.mp4"),))))
    error = caught.value
    assert error.problem == meta_containers.META_VIDEO_DURATION
    assert error.network_message == "INVALID_DURATION"
    assert describe_reason(error.problem, error.params, "threads") == (
        "Not posted: the video is too long or too short for Threads. Trim it and schedule the post again."
    )


def test_an_instagram_container_error_is_worded_by_postdesk(s3_server, tmp_path, qapp):
    world = InstagramWorld(s3_server)
    world.fake.video_error = 2207026
    with world.server, pytest.raises(Rejected) as caught:
        world.run(
            world.adapter.publish(
                instagram_req("Clip", media=(instagram_mp4(tmp_path / "c.mp4"),), instagram_kind="reel")
            )
        )
    error = caught.value
    assert error.problem == meta_containers.META_VIDEO_UNUSABLE
    assert "2207026" in error.network_message
    assert describe_reason(error.problem, error.params, "instagram").startswith(
        "Not posted: Instagram could not process the video; its format, length or encoding is not one Instagram takes."
    )


def _answer(code: int, subcode: int, message: str) -> httpx.Response:
    body = {"error": {"message": message, "type": "OAuthException", "code": code, "error_subcode": subcode}}
    return httpx.Response(400, json=body, request=httpx.Request("POST", "https://graph.instagram.com/me/media"))


def test_instagrams_refused_it_answer_carries_a_code_and_its_limit(qapp):
    with pytest.raises(Rejected) as caught:
        instagram_calls.check(_answer(100, 2207010, "The caption is too long."), "create container", True)
    error = caught.value
    assert error.problem == instagram_calls.INSTAGRAM_CAPTION_TOO_LONG
    assert error.network_message == "The caption is too long."
    assert error.http_status == 400
    assert describe_reason(error.problem, error.params, "instagram") == (
        f"Not posted: the caption is longer than the {format_number(2200)} characters Instagram takes. "
        "Shorten it and schedule the post again."
    )


def test_instagrams_missing_permission_is_the_shared_permission_sentence(qapp):
    with pytest.raises(Rejected) as caught:
        instagram_calls.check(_answer(10, 0, "Application does not have permission"), "publish", True)
    assert caught.value.problem == PERMISSION_MISSING
    assert describe_reason(caught.value.problem, None, "instagram").startswith(
        "Not posted: Instagram says the sign-in lacks a permission Postdesk needs."
    )


def test_an_unknown_subcode_stays_the_networks_own_words(qapp):
    with pytest.raises(Rejected) as caught:
        instagram_calls.check(_answer(100, 1234567, "Something Instagram says."), "publish", True)
    assert caught.value.problem == "" and caught.value.network_message == "Something Instagram says."


def test_an_unknown_container_error_is_postdesks_general_sentence_with_the_networks_words():
    english, problem = threads._container_reason("ERROR", "SOMETHING_NEW")
    assert problem == meta_containers.META_MEDIA_REFUSED and "SOMETHING_NEW" in english


CODES = sorted(
    {code for _, code in threads._CONTAINER_ERRORS.values()}
    | {code for _, code in instagram_calls.SUBCODE_WORDS.values()}
    | {threads._container_reason("EXPIRED", "")[1], threads._container_reason("ERROR", "?")[1]}
)


@pytest.mark.parametrize("code", CODES)
def test_every_code_of_the_tables_has_a_sentence(code, qapp):
    assert code == PERMISSION_MISSING or code in messages()
    assert is_problem_code(code)
    sentence = describe_reason(code, {"max": 5}, "threads")
    assert sentence.startswith("Not posted:") and "?" not in sentence.replace("{", "")
