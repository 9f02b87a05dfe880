"""The engine on its own thread with the real clock and APScheduler as the alarm; the Qt bridge."""

from __future__ import annotations

import queue
from datetime import UTC, datetime, timedelta

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.engine.engine import Engine, EngineConfig
from postdesk.engine.events import EngineEvent, TargetChanged
from postdesk.engine.qt_bridge import EngineBridge
from postdesk.engine.runner import EngineRunner
from postdesk.store.repositories.posts import PostRepository
from tests.fakes.recording_adapter import RecordingAdapter
from tests.unit.engine.conftest import Harness


def _published(events: queue.Queue[EngineEvent], n: int) -> list[TargetChanged]:
    done: list[TargetChanged] = []
    while len(done) < n:
        event = events.get(timeout=15)
        if isinstance(event, TargetChanged) and event.state is TargetState.PUBLISHED:
            done.append(event)
    return done


def _save(h: Harness, text: str, at: datetime) -> None:
    PostRepository(h.db).save(
        Post(
            parts=(text,),
            scheduled_at=at,
            scheduled_zone="UTC",
            targets=(Target(Network.MASTODON, h.account_id, state=TargetState.SCHEDULED),),
        ),
        now=datetime.now(UTC),
    )


def test_alarm_wakes_the_engine_for_a_future_post(harness: Harness) -> None:
    now = datetime.now(UTC)
    _save(harness, "now", now - timedelta(seconds=5))
    events: queue.Queue[EngineEvent] = queue.Queue()
    engine = Engine(
        harness.db,
        lambda: {Network.MASTODON: RecordingAdapter(harness.net.url)},
        emit=events.put,
        config=EngineConfig(),
    )
    runner = EngineRunner(engine)
    runner.start()
    try:
        _published(events, 1)
        # scheduled while running: the UI saves, then asks the engine to re-read the schedule
        soon_at = datetime.now(UTC) + timedelta(milliseconds=300)
        _save(harness, "soon", soon_at)
        runner.submit(engine.run_due).result(10)
        _published(events, 1)
    finally:
        runner.stop()
    assert [r.parts for r in harness.net.received] == [("now",), ("soon",)]
    assert harness.net.received[1].at >= soon_at.timestamp()  # the alarm never fires early


def test_named_requests_cancel_the_older(harness: Harness) -> None:
    import asyncio

    engine = Engine(harness.db, lambda: {}, emit=lambda e: None, config=EngineConfig(use_alarm=False))
    runner = EngineRunner(engine)
    runner.start()
    try:
        gate = runner.submit(asyncio.sleep, 30, name="search")
        newer = runner.submit(asyncio.sleep, 0, name="search")
        newer.result(5)
        assert gate.cancelled()
    finally:
        runner.stop()


def test_bridge_delivers_events_on_the_ui_thread(qtbot, harness: Harness) -> None:
    bridge = EngineBridge()
    _save(harness, "bridge", datetime.now(UTC))
    engine = Engine(
        harness.db,
        lambda: {Network.MASTODON: RecordingAdapter(harness.net.url)},
        emit=bridge.sink,
        config=EngineConfig(),
    )
    runner = EngineRunner(engine)
    bridge.attach(runner)
    seen: list[EngineEvent] = []
    bridge.engine_event.connect(seen.append)
    try:
        runner.start()
        qtbot.waitUntil(
            lambda: any(isinstance(e, TargetChanged) and e.state is TargetState.PUBLISHED for e in seen), timeout=15000
        )
    finally:
        runner.stop()
    assert len(harness.net.received) == 1
