"""A 2xx answer of the wrong shape to a create is a lost answer: looked up, never resent blind.

The fakes of Mastodon and X (served on 127.0.0.1) really create the post; a wrapper then
replaces their success answer with one of the wrong shape (a list, an id that is an object, no
id, a boolean). Before issue 12 (item 5) Mastodon turned a non-object answer into `Transient`
(sent again by the engine: a duplicate) and X stored `{}` as the post's id. Last, the engine
itself: it marks the target unknown, looks the post up, finds it, and sends nothing again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlmodel import select

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.engine.connectivity import Connectivity
from postdesk.engine.engine import Engine, EngineConfig
from postdesk.engine.events import TargetChanged
from postdesk.paths import Paths
from postdesk.platforms.base import ANSWER_GARBLED, AnswerLost, PublishRequest
from postdesk.platforms.mastodon import MastodonAdapter
from postdesk.platforms.x import XAdapter
from postdesk.store.db import open_database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables import ActivityRow, TargetRow
from tests.fakes.api_server import ApiServer, Req, Resp
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.mastodon_api import FakeMastodon
from tests.fakes.x_api import FakeX
from tests.unit.engine.conftest import T0, ManualClock, Switch

pytestmark = pytest.mark.integration


class Garbling:
    """Serves a fake network, but answers the next `count` creates with `body` (after doing them).

    Attributes:
        created: how many create requests reached the fake.
    """

    def __init__(self, app: Callable[[Req], Resp], path: str, body: Any, count: int = 1) -> None:
        self.app = app
        self.path = path
        self.body = body
        self.left = count
        self.created = 0

    def __call__(self, req: Req) -> Resp:
        resp = self.app(req)
        if req.method == "POST" and req.path == self.path:
            self.created += 1
            if self.left > 0 and 200 <= resp.status < 300:
                self.left -= 1
                return Resp(resp.status, self.body, {})
        return resp


def _request(text: str) -> PublishRequest:
    return PublishRequest(target_id=1, account_id=7, parts=(text,), idempotency_key="key-1")


WRONG_SHAPES = [
    pytest.param([], id="a-list"),
    pytest.param({"id": {}}, id="id-is-an-object"),
    pytest.param({"id": ["1"]}, id="id-is-a-list"),
    pytest.param({"id": True}, id="id-is-a-boolean"),
    pytest.param({"id": ""}, id="id-empty"),
    pytest.param({"error": "ok"}, id="no-id"),
    pytest.param(b"<html>Bad Gateway</html>", id="not-json"),
]


@pytest.fixture
def mastodon() -> Iterator[tuple[FakeMastodon, Callable[[Any], tuple[Garbling, ApiServer]]]]:
    instance = FakeMastodon()
    servers: list[ApiServer] = []

    def serve(body: Any) -> tuple[Garbling, ApiServer]:
        garbling = Garbling(instance, "/api/v1/statuses", body)
        server = ApiServer(garbling).start()
        instance.base = server.url
        servers.append(server)
        return garbling, server

    yield instance, serve
    for server in servers:
        server.stop()


@pytest.mark.parametrize("body", WRONG_SHAPES)
def test_mastodon_wrong_shape_to_a_create_is_answer_lost_and_the_post_is_found(mastodon, body) -> None:
    instance, serve = mastodon
    garbling, server = serve(body)

    async def scenario():
        adapter = MastodonAdapter(StaticCredentials("token-alice", base_url=server.url), clock=lambda: instance.now)
        try:
            with pytest.raises(AnswerLost) as caught:
                await adapter.publish(_request("Hello from a garbled answer"))
            found = await adapter.lookup(_request("Hello from a garbled answer"), sent_at=instance.now)
            return caught.value, found
        finally:
            await adapter.aclose()

    error, found = asyncio.run(scenario())
    assert error.problem == ANSWER_GARBLED
    assert garbling.created == 1 and len(instance.statuses) == 1
    assert found is not None and found.remote_id in instance.statuses


@pytest.mark.parametrize(
    "body",
    [
        pytest.param({"data": []}, id="data-is-a-list"),
        pytest.param({"data": {"id": {}}}, id="id-is-an-object"),
        pytest.param({"data": {"id": True}}, id="id-is-a-boolean"),
        pytest.param({"data": {"text": "hi"}}, id="no-id"),
        pytest.param([{"data": {"id": "1"}}], id="a-list"),
        pytest.param(b"<html>Bad Gateway</html>", id="not-json"),
    ],
)
def test_x_wrong_shape_to_a_create_is_answer_lost_and_the_post_is_found(body) -> None:
    api = FakeX()
    garbling = Garbling(api, "/2/tweets", body)
    server = ApiServer(garbling).start()

    async def scenario():
        adapter = XAdapter(StaticCredentials("token-alice", user_id="1"), base_url=server.url, clock=lambda: api.now)
        try:
            with pytest.raises(AnswerLost) as caught:
                await adapter.publish(_request("A post whose answer came back garbled"))
            found = await adapter.lookup(_request("A post whose answer came back garbled"), sent_at=api.now)
            return caught.value, found
        finally:
            await adapter.aclose()

    try:
        error, found = asyncio.run(scenario())
    finally:
        server.stop()
    assert error.problem == ANSWER_GARBLED
    assert garbling.created == 1 and len(api.tweets) == 1
    assert found is not None and found.remote_id in api.tweets


def test_engine_looks_the_post_up_instead_of_resending(mastodon, paths: Paths) -> None:
    instance, serve = mastodon
    instance.now = T0
    garbling, server = serve([])  # the status is made; its answer is a JSON list
    db = open_database(paths)
    clock = ManualClock()
    events: list[Any] = []
    try:
        account = AccountRepository(db).add(Network.MASTODON, "@me@example.social", now=T0)
        saved = PostRepository(db).save(
            Post(
                parts=("Going out once, whatever the answer looks like",),
                scheduled_at=T0,
                scheduled_zone="Europe/Paris",
                targets=(Target(Network.MASTODON, int(account.id), state=TargetState.SCHEDULED),),
            ),
            now=T0,
        )
        with db.read_session() as session:
            target_id = int(session.exec(select(TargetRow).where(TargetRow.post_id == saved.id)).one().id)

        def state() -> TargetState:
            with db.read_session() as session:
                return TargetState(session.get(TargetRow, target_id).state)

        async def body() -> None:
            adapter = MastodonAdapter(StaticCredentials("token-alice", base_url=server.url), clock=lambda: instance.now)
            engine = Engine(
                db,
                lambda: {Network.MASTODON: adapter},
                emit=events.append,
                clock=clock,
                connectivity=Connectivity(Switch()),
                jitter=lambda: 0.0,
                config=EngineConfig(use_alarm=False),
                sleep=clock.sleep,
            )
            await engine.start()
            await engine.wait_idle()
            assert state() is TargetState.UNKNOWN
            clock.advance(adapter.lookup_settle + timedelta(seconds=1))
            instance.now = clock.now()
            await engine.run_due()
            await engine.wait_idle()
            await engine.stop()

        asyncio.run(asyncio.wait_for(body(), 60))
        assert state() is TargetState.PUBLISHED
        assert garbling.created == 1 and len(instance.statuses) == 1  # never resent
        with db.read_session() as session:
            row = session.get(TargetRow, target_id)
            assert row.remote_id in instance.statuses
            codes = [a.message_code for a in session.exec(select(ActivityRow)).all()]
        assert codes == ["fell_due", ANSWER_GARBLED, "found_by_lookup"]
        unknown = [e for e in events if isinstance(e, TargetChanged) and e.state is TargetState.UNKNOWN]
        assert unknown and unknown[0].reason_code == ANSWER_GARBLED
        assert unknown[0].reason_text is None  # worded by the UI, not shown as the network's words
    finally:
        db.close()
