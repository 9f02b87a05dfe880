"""YouTube's processing failures and rejections reach the creator in Postdesk's words, not English.

The adapter used to raise `Rejected` with an English explanation of YouTube's `failureReason` /
`rejectionReason`, which the activity then showed untranslated as if YouTube had said it. Now it
raises the reason's problem code (`youtube_errors`), YouTube's own reason word as the network's
words, and `describe_reason` words the code.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from postdesk.platforms.base import PERMISSION_MISSING, PublishRequest, Rejected
from postdesk.platforms.youtube import YouTubeAdapter
from postdesk.platforms.youtube_errors import (
    FAILED_CODEC,
    FAILED_OTHER,
    INVALID_TITLE,
    REASON_PROBLEMS,
    REJECTED_DUPLICATE,
    REJECTED_OTHER,
    failure_problem,
)
from postdesk.ui.composer.activity import describe_reason, is_problem_code
from postdesk.ui.composer.refusal_words_video import messages
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.youtube_api import CHANNEL, UNIT, FakeYouTube
from tests.fakes.youtube_server import Fault, YouTubeServer

pytestmark = pytest.mark.integration

FAILURES = ("conversion", "invalidFile", "emptyFile", "tooSmall", "codec", "uploadAborted")
REJECTIONS = (
    "copyright",
    "inappropriate",
    "duplicate",
    "termsOfUse",
    "uploaderAccountSuspended",
    "length",
    "claim",
    "uploaderAccountClosed",
    "trademark",
    "legal",
)


@pytest.fixture
def fake() -> Iterator[tuple[FakeYouTube, YouTubeServer]]:
    api = FakeYouTube()
    server = YouTubeServer(api).start()
    api.base = server.url
    yield api, server
    server.stop()


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


def _publish(api: FakeYouTube, server: YouTubeServer, tmp_path: Path) -> None:
    path = tmp_path / "clip.mp4"
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + os.urandom(UNIT + 100))
    request = PublishRequest(
        target_id=1,
        account_id=7,
        parts=("What I did this week",),
        media_paths=(str(path),),
        options={"title": "My week"},
        idempotency_key="key-1",
    )

    async def scenario() -> None:
        adapter = YouTubeAdapter(
            StaticCredentials("token-ok", user_id=CHANNEL),
            base_url=server.url,
            clock=lambda: api.now,
            sleep=_no_wait,
            poll_interval=1,
            chunk_size=UNIT,
        )
        try:
            await adapter.publish(request)
        finally:
            await adapter.aclose()

    asyncio.run(scenario())


def test_a_processing_failure_is_worded_by_postdesk_with_youtubes_word_beside_it(
    qapp: QApplication, fake: tuple[FakeYouTube, YouTubeServer], tmp_path: Path
) -> None:
    api, server = fake
    api.fail_processing = "codec"
    with pytest.raises(Rejected) as caught:
        _publish(api, server, tmp_path)
    error = caught.value
    assert error.problem == FAILED_CODEC
    assert error.network_message == "codec"
    assert "cannot decode" in str(error)  # the English stays for the log
    assert is_problem_code(error.problem)
    assert describe_reason(error.problem, error.params, "youtube") == (
        "Not posted: YouTube cannot decode the video's format."
    )


def test_an_unknown_failure_reason_still_gets_postdesks_sentence(
    qapp: QApplication, fake: tuple[FakeYouTube, YouTubeServer], tmp_path: Path
) -> None:
    api, server = fake
    api.fail_processing = "somethingNew"
    with pytest.raises(Rejected) as caught:
        _publish(api, server, tmp_path)
    assert caught.value.problem == FAILED_OTHER
    assert caught.value.network_message == "somethingNew"
    assert describe_reason(FAILED_OTHER, {}, "youtube") == "Not posted: YouTube could not process the video."


def test_every_failure_and_rejection_reason_has_its_own_worded_code(qapp: QApplication) -> None:
    codes = [failure_problem("failed", r) for r in FAILURES] + [failure_problem("rejected", r) for r in REJECTIONS]
    assert len(set(codes)) == len(codes)
    assert FAILED_OTHER not in codes and REJECTED_OTHER not in codes
    assert failure_problem("rejected", "somethingNew") == REJECTED_OTHER
    worded = messages()
    for code in [*codes, FAILED_OTHER, REJECTED_OTHER]:
        assert code in worded
        sentence = describe_reason(code, {}, "youtube")
        assert sentence.startswith("Not posted: ") and "{" not in sentence
        assert "Something happened" not in sentence
    assert describe_reason(REJECTED_DUPLICATE, {}, "youtube") == (
        "Not posted: YouTube rejected the video as a duplicate of one already on the channel."
    )


def test_a_google_reason_is_worded_by_postdesk_with_googles_words_beside_it(
    qapp: QApplication, fake: tuple[FakeYouTube, YouTubeServer], tmp_path: Path
) -> None:
    api, server = fake
    body = {
        "error": {
            "code": 400,
            "message": "The request metadata specifies an invalid video title.",
            "errors": [{"domain": "youtube.video", "reason": "invalidTitle", "message": "bad title"}],
        }
    }
    server.fault("POST", "/upload", Fault("status", 400, body=body))
    with pytest.raises(Rejected) as caught:
        _publish(api, server, tmp_path)
    error = caught.value
    assert error.problem == INVALID_TITLE
    assert error.network_message == "invalidTitle: The request metadata specifies an invalid video title."
    assert "refused the title" in str(error)  # the English stays for the log
    assert is_problem_code(error.problem)
    assert describe_reason(error.problem, error.params, "youtube") == (
        "Not posted: YouTube refused the title (empty, too long, or with < or >)."
    )


def test_every_google_reason_has_its_own_worded_code(qapp: QApplication) -> None:
    worded = messages()
    codes = [code for code in REASON_PROBLEMS.values() if code != PERMISSION_MISSING]
    assert len(set(codes)) == len(codes)
    for code in codes:
        assert code in worded
        sentence = describe_reason(code, {}, "youtube")
        assert "{" not in sentence and "Something happened" not in sentence
    assert is_problem_code(REASON_PROBLEMS["insufficientPermissions"])
