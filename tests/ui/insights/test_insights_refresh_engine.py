""" "Refresh now" end to end: the pane's button, EngineActions, the engine on its own thread, the store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from postdesk.core.networks import Network
from postdesk.engine.connectivity import Connectivity
from postdesk.engine.engine import Engine, EngineConfig
from postdesk.engine.runner import EngineRunner
from postdesk.platforms.metrics import PostMetrics
from postdesk.store.db import Database
from postdesk.store.repositories.insights import InsightsRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.engine_actions import EngineActions
from postdesk.ui.insights.view import InsightsPane
from tests.fakes.metrics_adapter import ScriptedMetricsAdapter
from tests.helpers.insights_data import account, publish, snapshot
from tests.ui.insights.test_insights_pane import NOW, PARIS, db, runner  # noqa: F401  (fixtures)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class _Clock:
    def now(self) -> Any:
        return NOW

    def monotonic(self) -> float:
        return 0.0


async def _online() -> bool:
    return True


@pytest.fixture
def engine_runner(db: Database) -> Iterator[tuple[EngineRunner, ScriptedMetricsAdapter]]:
    net = ScriptedMetricsAdapter(Network.BLUESKY)
    engine = Engine(
        db,
        lambda: {Network.BLUESKY: net},
        emit=lambda _e: None,
        clock=_Clock(),
        connectivity=Connectivity(_online),
        config=EngineConfig(use_alarm=False),
    )
    host = EngineRunner(engine)
    host.start()
    yield host, net
    host.stop()


def test_refresh_now_reaches_the_engine_and_shows_what_it_read(
    qtbot: Any, db: Database, runner: BackgroundRunner, engine_runner: tuple[EngineRunner, ScriptedMetricsAdapter]
) -> None:
    host, net = engine_runner
    me = account(db, Network.BLUESKY, "me.bsky.social", NOW)
    target = publish(db, Network.BLUESKY, me, NOW - timedelta(hours=3), remote_id="at://me/post/1")
    snapshot(db, target, NOW - timedelta(hours=2), likes=1, reposts=0, replies=0)
    net.answer("at://me/post/1", PostMetrics(likes=40, reposts=5, replies=2, views=None, quotes=1))
    actions = EngineActions(host.engine, host, runner, lambda _post: (), lambda _m, _s: None)
    pane = InsightsPane(InsightsRepository(db), runner, zone=PARIS, now=lambda: NOW, refresh=actions)
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.loaded, timeout=5000):
        pane.show()
    assert pane.posts_model.posts()[0].counts.likes == 1

    with qtbot.waitSignal(pane.loaded, timeout=10_000):
        pane.refresh_button.click()

    assert net.calls == [(me, "at://me/post/1")]
    assert pane.posts_model.posts()[0].counts.likes == 40
    assert pane.status.text() == "Updated 1 post(s)."
    assert [s.counts.likes for s in InsightsRepository(db).history(target)] == [1, 40]


def test_refresh_with_the_engine_stopped_returns_none(db: Database, runner: BackgroundRunner) -> None:
    engine = Engine(db, dict, emit=lambda _e: None, config=EngineConfig(use_alarm=False))
    actions = EngineActions(engine, EngineRunner(engine), runner, lambda _post: (), lambda _m, _s: None)
    assert actions.refresh_metrics([1]) is None
