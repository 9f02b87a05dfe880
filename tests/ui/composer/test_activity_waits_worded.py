"""A network's daily or 24-hour limit that Postdesk found reaches the creator in Postdesk's words.

Instagram's publishing quota, YouTube's API quota and upload limit and TikTok's daily caps used to
travel as a `RateLimited` whose network_message was Postdesk's own English ("Instagram's limit of
50 posts per 24 hours is reached"), shown untranslated as "The network said: …". Now each carries a
wait code (with its count as a parameter) that the engine keeps as the wait's reason and the
activity words (`refusal_words_waits`); the network's own words, if any, stay its words.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from postdesk.core.entities import Post, Target
from postdesk.core.entities import TargetState as S
from postdesk.core.networks import Network
from postdesk.engine.connectivity import Connectivity
from postdesk.engine.engine import Engine, EngineConfig
from postdesk.paths import Paths
from postdesk.platforms.base import Published, PublishRequest, RateLimited
from postdesk.platforms.instagram_calls import POST_QUOTA_REACHED, QUOTA_WAIT
from postdesk.platforms.tiktok import DAILY_POST_CAP, DAILY_USER_CAP
from postdesk.platforms.youtube_errors import QUOTA_SPENT, UPLOAD_LIMIT
from postdesk.store.db import Database, open_database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables import TargetRow
from postdesk.ui.composer.activity import describe_line, describe_reason, describe_target, is_problem_code
from postdesk.ui.composer.refusal_words_waits import messages
from postdesk.ui.composer.services import StoreComposerServices
from tests.fakes.recording_adapter import RecordingAdapter
from tests.fakes.recording_network import RecordingNetwork
from tests.unit.engine.conftest import T0, ManualClock, Switch, run

QUOTA_SENTENCE = (
    "Waiting: this account has reached the limit of posts per 24 hours on Instagram (50). "
    "Postdesk will try again in an hour."
)


@pytest.fixture
def db(paths: Paths) -> Iterator[Database]:
    database = open_database(paths)
    yield database
    database.close()


class _QuotaReached(RecordingAdapter):
    """Sends nothing: the account's quota, as Instagram's adapter finds it, is used up."""

    async def publish(self, request: PublishRequest) -> Published:
        raise RateLimited(
            QUOTA_WAIT,
            message="Instagram's limit of 50 posts per 24 hours is reached",
            problem=POST_QUOTA_REACHED,
            params={"max": 50},
        )


def test_a_used_up_quota_is_worded_with_its_count_in_the_activity(
    qapp: QApplication, db: Database, paths: Paths
) -> None:
    account_id = int(AccountRepository(db).add(Network.INSTAGRAM, "alice", now=T0).id)
    saved = PostRepository(db).save(
        Post(
            parts=("hello",),
            scheduled_at=T0 - timedelta(minutes=1),
            scheduled_zone="Europe/Paris",
            targets=(Target(Network.INSTAGRAM, account_id, state=S.SCHEDULED),),
        ),
        now=T0,
    )
    assert saved.id is not None
    net = RecordingNetwork()
    net.start()
    clock = ManualClock()

    async def body() -> None:
        adapter = _QuotaReached(net.url, timeout=0.5)
        engine = Engine(
            db,
            lambda: {Network.INSTAGRAM: adapter},
            emit=[].append,
            clock=clock,
            connectivity=Connectivity(Switch()),
            jitter=lambda: 0.0,
            config=EngineConfig(use_alarm=False),
            sleep=clock.sleep,
        )
        await engine.start()
        await engine.run_due()
        await engine.wait_idle()
        await engine.stop()

    try:
        run(body)
    finally:
        net.stop()
    with db.read_session() as session:
        row = session.exec(select(TargetRow).where(TargetRow.post_id == saved.id)).one()
    assert row.state == S.FAILED_RETRYABLE
    services = StoreComposerServices(db, paths, None, lambda: T0)  # type: ignore[arg-type]
    activity = services._load_activity(saved.id)
    lines = [describe_line(line, "Europe/Paris") for line in activity.lines]
    (target,) = activity.targets
    assert QUOTA_SENTENCE in describe_target(target, "Europe/Paris").replace("&#x27;", "'").replace("&#39;", "'")
    (line,) = [text for text in lines if "Waiting:" in text]
    assert QUOTA_SENTENCE in line
    assert "The network said" not in line  # Postdesk's words are not shown as the network's


@pytest.mark.parametrize(
    ("code", "network", "params", "sentence"),
    [
        (POST_QUOTA_REACHED, "instagram", {"max": 50}, QUOTA_SENTENCE),
        (
            QUOTA_SPENT,
            "youtube",
            {},
            "Waiting: your YouTube API project does not have enough quota left today for this video. "
            "Postdesk will upload it after midnight Pacific time.",
        ),
        (
            UPLOAD_LIMIT,
            "youtube",
            {},
            "Waiting: this channel has uploaded as many videos as YouTube allows for now. "
            "Postdesk will try again in 24 hours.",
        ),
        (
            DAILY_POST_CAP,
            "tiktok",
            {},
            "Waiting: this account has reached TikTok's daily limit of posts from apps. "
            "Postdesk will try again in an hour.",
        ),
        (
            DAILY_USER_CAP,
            "tiktok",
            {},
            "Waiting: your TikTok app has reached its daily number of accounts that may post. "
            "Postdesk will try again in an hour.",
        ),
    ],
)
def test_each_wait_code_is_worded(
    qapp: QApplication, code: str, network: str, params: dict[str, Any], sentence: str
) -> None:
    assert code in messages()
    assert is_problem_code(code)
    assert describe_reason(code, params, network) == sentence
