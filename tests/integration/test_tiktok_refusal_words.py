"""TikTok's `fail_reason` reaches the creator in Postdesk's words, not the adapter's English.

The adapter used to raise `Rejected` with an English explanation of TikTok's fail_reason, which the
activity showed untranslated. Now it raises the reason's problem code (`tiktok_upload.FAIL_*`),
TikTok's own reason word as the network's words, and `describe_reason` words the code.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from postdesk.platforms.base import PublishRequest, Rejected
from postdesk.platforms.tiktok import APP_NOT_APPROVED, APP_NOT_AUDITED, TikTokAdapter
from postdesk.platforms.tiktok_upload import FAIL_FRAME_RATE, FAIL_OTHER, FAIL_PROBLEMS, FAIL_REASONS, fail_problem
from postdesk.ui.composer.activity import describe_reason, is_problem_code
from postdesk.ui.composer.refusal_words_video import messages
from tests.fakes.api_server import ApiServer, Fault
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.tiktok_api import FakeTikTok
from tests.unit.media.media_factory import video

pytestmark = pytest.mark.integration


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


@pytest.fixture
def net() -> Iterator[tuple[FakeTikTok, ApiServer]]:
    api = FakeTikTok()
    server = ApiServer(api).start()
    api.base = server.url
    yield api, server
    server.stop()


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(video(tmp_path_factory.mktemp("tt") / "clip.mp4", seconds=4.0, size=(360, 640), fps=5))


def _publish(api: FakeTikTok, server: ApiServer, clip: str) -> None:
    request = PublishRequest(
        target_id=1,
        account_id=7,
        parts=("Sourdough, day three #bread",),
        media_paths=(clip,),
        options={"privacy_level": "SELF_ONLY"},
        idempotency_key="k1",
    )

    async def go() -> None:
        adapter = TikTokAdapter(
            StaticCredentials("token-alice"), base_url=server.url, clock=lambda: api.now, sleep=_no_wait
        )
        try:
            await adapter.publish(request)
        finally:
            await adapter.aclose()

    asyncio.run(go())


def test_a_fail_reason_is_worded_by_postdesk_with_tiktoks_word_beside_it(
    qapp: QApplication, net: tuple[FakeTikTok, ApiServer], clip: str
) -> None:
    api, server = net
    api.fail_reason = "frame_rate_check_failed"
    with pytest.raises(Rejected) as failed:
        _publish(api, server, clip)
    error = failed.value
    assert error.problem == FAIL_FRAME_RATE
    assert error.network_message == "frame_rate_check_failed"
    assert is_problem_code(error.problem)
    assert describe_reason(error.problem, error.params, "tiktok") == (
        "Not posted: TikTok refused the video's frame rate. It takes 23 to 60 frames a second."
    )


def test_an_unknown_fail_reason_still_gets_postdesks_sentence(
    qapp: QApplication, net: tuple[FakeTikTok, ApiServer], clip: str
) -> None:
    api, server = net
    api.fail_reason = "something_new"
    with pytest.raises(Rejected) as failed:
        _publish(api, server, clip)
    assert failed.value.problem == FAIL_OTHER
    assert failed.value.network_message == "something_new"
    assert describe_reason(FAIL_OTHER, {}, "tiktok") == "Not posted: TikTok could not publish the post."


def test_every_fail_reason_has_its_own_worded_code(qapp: QApplication) -> None:
    assert set(FAIL_PROBLEMS) == set(FAIL_REASONS)
    codes = [fail_problem(reason) for reason in FAIL_REASONS]
    assert len(set(codes)) == len(codes) and FAIL_OTHER not in codes
    worded = messages()
    for code in [*codes, FAIL_OTHER]:
        assert code in worded
        sentence = describe_reason(code, {}, "tiktok")
        assert sentence.startswith("Not posted: ") and "{" not in sentence and "TikTok" in sentence


def test_an_unaudited_app_is_worded_by_postdesk(
    qapp: QApplication, net: tuple[FakeTikTok, ApiServer], clip: str
) -> None:
    api, server = net
    api.audited = False
    request = PublishRequest(
        target_id=1,
        account_id=7,
        parts=("Sourdough",),
        media_paths=(clip,),
        options={"privacy_level": "PUBLIC_TO_EVERYONE"},
        idempotency_key="k2",
    )

    async def go() -> None:
        adapter = TikTokAdapter(
            StaticCredentials("token-alice"), base_url=server.url, clock=lambda: api.now, sleep=_no_wait
        )
        try:
            await adapter.publish(request)
        finally:
            await adapter.aclose()

    with pytest.raises(Rejected) as refused:
        asyncio.run(go())
    assert refused.value.problem == APP_NOT_AUDITED
    assert refused.value.network_message.startswith("unaudited_client_can_only_post_to_private_accounts")
    assert describe_reason(APP_NOT_AUDITED, {}, "tiktok") == (
        "Not posted: your TikTok app has not passed TikTok's audit yet, "
        "so it can post only privately, from a private account."
    )


def test_an_unapproved_permission_in_an_http_error_is_worded(
    qapp: QApplication, net: tuple[FakeTikTok, ApiServer], clip: str
) -> None:
    api, server = net
    server.fault(
        "POST",
        "/v2/post/publish/creator_info/query/",
        Fault(
            "status",
            403,
            body={"data": {}, "error": {"code": "scope_permission_missed", "message": "no", "log_id": "x"}},
        ),
    )
    with pytest.raises(Rejected) as refused:
        _publish(api, server, clip)
    assert refused.value.problem == APP_NOT_APPROVED
    assert refused.value.network_message == "scope_permission_missed: no"
    assert is_problem_code(APP_NOT_APPROVED)
    assert "Something happened" not in describe_reason(APP_NOT_APPROVED, {}, "tiktok")
