"""Reddit's error codes reach the creator in Postdesk's words, not the adapter's English.

The adapter used to raise `Rejected` with an English explanation of Reddit's `json.errors` code,
which the activity showed untranslated. Now it raises the code's problem code (`reddit_call`),
Reddit's code and message as the network's words, and `describe_reason` words the code: for a
refusal in a 200 answer's `json.errors` and for one in an HTTP error answer alike.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from postdesk.platforms.base import MEDIA_NOT_PROCESSED, PERMISSION_MISSING, PublishRequest, Rejected
from postdesk.platforms.reddit import RedditAdapter
from postdesk.platforms.reddit_call import (
    ERROR_PROBLEMS,
    ERROR_WORDS,
    FLAIR_REQUIRED,
    REFUSED,
    SUBREDDIT_RULE,
    SUBREDDIT_UNSEEN,
    TEXT_POSTS_ONLY,
    TOO_LONG,
    error_problem,
    raise_errors,
)
from postdesk.ui.composer.activity import describe_reason, is_problem_code
from postdesk.ui.composer.refusal_words_video import messages
from tests.fakes.api_server import ApiServer, Fault
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.reddit_api import FakeReddit
from tests.fakes.reddit_ws import RedditMediaSocket
from tests.unit.media.media_factory import video

pytestmark = pytest.mark.integration


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


@pytest.fixture
def net() -> Iterator[tuple[FakeReddit, ApiServer]]:
    api = FakeReddit()
    server = ApiServer(api).start()
    api.base = server.url
    api.add_sub("pics")
    yield api, server
    server.stop()


def _request(subreddit: str = "pics") -> PublishRequest:
    return PublishRequest(
        target_id=1,
        account_id=7,
        parts=("Body text",),
        media_paths=(),
        options={"subreddit": subreddit, "title": "My first post"},
    )


def _run(api: FakeReddit, server: ApiServer, make: Callable[[RedditAdapter], Awaitable[object]]) -> None:
    async def go() -> None:
        adapter = RedditAdapter(
            StaticCredentials("token-alice"), base_url=server.url, clock=lambda: api.now, sleep=_no_wait, media_wait=4.0
        )
        try:
            await make(adapter)
        finally:
            await adapter.aclose()

    asyncio.run(go())


def test_a_json_errors_code_is_worded_by_postdesk_with_reddits_words_beside_it(
    qapp: QApplication, net: tuple[FakeReddit, ApiServer]
) -> None:
    api, server = net

    async def go(adapter: RedditAdapter) -> None:
        await adapter.subreddit_rules(7, "pics")  # cached: no flair needed yet
        api.subs["pics"].requirements = {"is_flair_required": True}
        await adapter.publish(_request())

    with pytest.raises(Rejected) as refused:
        _run(api, server, go)
    error = refused.value
    assert error.problem == FLAIR_REQUIRED
    assert error.network_message.startswith("SUBMIT_VALIDATION_FLAIR_REQUIRED: ")
    assert "requires a flair" in str(error)  # the English stays for the log
    assert is_problem_code(error.problem)
    assert describe_reason(error.problem, error.params, "reddit") == (
        "Not posted: this subreddit requires a flair. Choose one and schedule the post again."
    )


def test_a_subreddit_that_cannot_be_seen_is_worded(qapp: QApplication, net: tuple[FakeReddit, ApiServer]) -> None:
    api, server = net
    with pytest.raises(Rejected) as refused:
        _run(api, server, lambda a: a.publish(_request(subreddit="nosuchplace")))
    assert refused.value.problem == SUBREDDIT_UNSEEN
    assert describe_reason(SUBREDDIT_UNSEEN, {}, "reddit") == (
        "Not posted: the subreddit does not exist or cannot be seen from your account. "
        "Check its name and schedule the post again."
    )


def test_a_code_in_an_http_error_answer_is_worded_too(qapp: QApplication, net: tuple[FakeReddit, ApiServer]) -> None:
    api, server = net
    server.fault(
        "POST",
        "/api/submit",
        Fault("status", 400, {}, {"json": {"errors": [["NO_LINKS", "This community only allows text posts.", "sr"]]}}),
    )
    with pytest.raises(Rejected) as refused:
        _run(api, server, lambda a: a.publish(_request()))
    assert refused.value.problem == TEXT_POSTS_ONLY
    assert refused.value.http_status == 400
    assert refused.value.network_message == "NO_LINKS: This community only allows text posts."
    assert describe_reason(TEXT_POSTS_ONLY, {}, "reddit") == "Not posted: this subreddit takes text posts only."


def test_a_missing_scope_is_the_permission_problem(qapp: QApplication, net: tuple[FakeReddit, ApiServer]) -> None:
    api, server = net
    server.fault(
        "POST",
        "/api/submit",
        Fault("status", 403, {"www-authenticate": 'Bearer realm="reddit", error="insufficient_scope"'}, {}),
    )
    with pytest.raises(Rejected) as refused:
        _run(api, server, lambda a: a.publish(_request()))
    assert refused.value.problem == PERMISSION_MISSING
    assert "Reconnect the account" not in refused.value.network_message


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (["TOO_LONG", "this is too long (max: 300)", "title"], TOO_LONG),
        (
            ["SUBMIT_VALIDATION_MIN_LENGTH", "You must have at least 10 characters in your title. ", "title"],
            SUBREDDIT_RULE,
        ),
        (["SOMETHING_NEW", "a new refusal", ""], REFUSED),
    ],
)
def test_codes_without_a_table_entry_still_get_postdesks_sentence(
    qapp: QApplication, error: list[str], code: str
) -> None:
    with pytest.raises(Rejected) as refused:
        raise_errors({"json": {"errors": [error]}})
    assert refused.value.problem == code
    assert refused.value.network_message.startswith(error[0] + ": ")
    assert describe_reason(code, {}, "reddit") != describe_reason("no_such_code", {}, "reddit")


def test_every_reddit_code_has_its_own_worded_problem(qapp: QApplication) -> None:
    assert set(ERROR_PROBLEMS) == set(ERROR_WORDS)
    codes = [error_problem([code, "words", ""]) for code in ERROR_WORDS]
    assert len(set(codes)) == len(codes)
    worded = messages()
    for code in [*codes, TOO_LONG, SUBREDDIT_RULE, REFUSED]:
        assert code in worded
        sentence = describe_reason(code, {}, "reddit")
        assert "{" not in sentence and "Something happened" not in sentence


def test_a_video_reddit_could_not_process_is_worded_by_postdesk(qapp: QApplication, tmp_path: Path) -> None:
    api = FakeReddit()
    server = ApiServer(api).start()
    api.base = server.url
    api.add_sub("pics")
    try:
        with RedditMediaSocket() as socket:
            api.media_socket = socket
            api.fail_next_video = True
            clip = video(tmp_path / "clip.mp4")
            adapter = RedditAdapter(
                StaticCredentials("token-alice"),
                base_url=server.url,
                clock=lambda: api.now,
                sleep=_no_wait,
                media_wait=4.0,
                websocket_hosts=("127.0.0.1",),
            )
            request = PublishRequest(
                target_id=1,
                account_id=7,
                parts=("",),
                media_paths=(str(clip),),
                options={"subreddit": "pics", "title": "My first post"},
            )

            async def go() -> None:
                try:
                    await adapter.publish(request)
                finally:
                    await adapter.aclose()

            with pytest.raises(Rejected) as refused:
                asyncio.run(go())
    finally:
        server.stop()
    assert refused.value.problem == MEDIA_NOT_PROCESSED
    assert refused.value.network_message.startswith("failed")
    assert describe_reason(MEDIA_NOT_PROCESSED, refused.value.params, "reddit").startswith(
        "Not posted: Reddit could not process an attached file"
    )
