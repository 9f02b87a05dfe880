"""Catch-up after the app was closed, sleep (clock jumps), offline/online, and the outbox."""

from __future__ import annotations

from datetime import timedelta

from postdesk.core.entities import TargetState as S
from postdesk.core.states import CatchUpMode
from postdesk.engine.events import CatchUpRequired, ClockJumped, ConnectivityChanged, OutboxDrained
from tests.fakes.recording_network import Fault
from tests.unit.engine.conftest import T0, Harness, run

MIN = timedelta(minutes=1)
HOUR = timedelta(hours=1)


async def _pass(engine) -> None:
    await engine.run_due()
    await engine.wait_idle()


def test_catch_up_default_is_ask_and_shown_on_start(harness: Harness) -> None:
    late = harness.post(T0 - 3 * HOUR, "late")
    harness.post(T0 + HOUR, "future")

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        assert harness.net.received == []
        (asked,) = harness.of_type(CatchUpRequired)
        assert [t.target_id for t in asked.targets] == [late]
        assert asked.targets[0].scheduled_at == T0 - 3 * HOUR
        await _pass(engine)  # asking once is enough: no repeat, still not sent
        assert len(harness.of_type(CatchUpRequired)) == 1
        result = await engine.resolve_catch_up([late], publish=True)
        assert result.done == (late,)
        await engine.wait_idle()
        await engine.stop()

    run(body)
    assert [r.parts for r in harness.net.received] == [("late",)]


def test_catch_up_question_is_asked_again_at_next_start(harness: Harness) -> None:
    harness.post(T0 - HOUR)

    async def body() -> None:
        for _ in range(2):
            engine = harness.engine()
            await engine.start()
            await engine.wait_idle()
            await engine.stop()

    run(body)
    assert len(harness.of_type(CatchUpRequired)) == 2
    assert harness.net.received == []


def test_catch_up_skip_pauses_the_late_post(harness: Harness) -> None:
    late = harness.post(T0 - 3 * HOUR)

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.resolve_catch_up([late], publish=False)
        await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.state(late) is S.PAUSED
    assert harness.net.received == []


def test_catch_up_policy_publish(harness: Harness) -> None:
    harness.post(T0 - 2 * HOUR, "old")

    async def body() -> None:
        engine = harness.engine()
        engine.ledger.set_catch_up_policy(CatchUpMode.PUBLISH)
        await engine.start()
        await engine.wait_idle()
        await engine.stop()

    run(body)
    assert [r.parts for r in harness.net.received] == [("old",)]
    assert harness.of_type(CatchUpRequired) == []


def test_catch_up_policy_skip_after_n_minutes(harness: Harness) -> None:
    recent = harness.post(T0 - 20 * MIN, "recent")
    stale = harness.post(T0 - 3 * HOUR, "stale")

    async def body() -> None:
        engine = harness.engine()
        engine.ledger.set_catch_up_policy(CatchUpMode.SKIP_AFTER, skip_after_minutes=30)
        await engine.start()
        await engine.wait_idle()
        await engine.stop()

    run(body)
    assert [r.parts for r in harness.net.received] == [("recent",)]
    assert harness.state(recent) is S.PUBLISHED
    assert harness.state(stale) is S.PAUSED


def test_sleep_is_detected_as_a_clock_jump_and_caught_up_by_policy(harness: Harness) -> None:
    due_in_sleep = harness.post(T0 + 10 * MIN, "during sleep")

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.heartbeat()
        assert harness.of_type(ClockJumped) == []
        # The lid closes for two hours: wall time moves, elapsed (monotonic) time does not.
        harness.clock.advance(2 * HOUR, elapsed=timedelta(seconds=30))
        probes_before = harness.switch.probes
        await engine.heartbeat()
        await engine.wait_idle()
        (jump,) = harness.of_type(ClockJumped)
        assert 7100 < jump.seconds < 7200
        assert harness.switch.probes == probes_before + 1  # re-probed before catching up
        assert harness.net.received == []  # policy "ask": not sent behind the user's back
        assert [t.target_id for t in harness.of_type(CatchUpRequired)[-1].targets] == [due_in_sleep]
        await engine.stop()

    run(body)


def test_short_sleep_within_grace_publishes_normally(harness: Harness) -> None:
    tid = harness.post(T0 + 10 * MIN)

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        harness.clock.advance(11 * MIN, elapsed=timedelta(seconds=30))
        await engine.heartbeat()
        await engine.wait_idle()
        await engine.stop()

    run(body)
    assert harness.of_type(ClockJumped) != []
    assert harness.state(tid) is S.PUBLISHED


def test_offline_posts_wait_then_go_in_schedule_order(harness: Harness) -> None:
    second = harness.post(T0 + 2 * MIN, "second")
    first = harness.post(T0 + 1 * MIN, "first")
    harness.switch.online = False

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        assert not engine.connectivity.online
        harness.clock.advance(3 * MIN)
        await engine.heartbeat()
        await engine.wait_idle()
        assert harness.net.received == []
        assert harness.state(first) is S.DUE and harness.state(second) is S.DUE
        waiting = [e for e in harness.of_type(ConnectivityChanged) if not e.online]
        assert waiting[-1].waiting == 2
        # an hour offline: still waiting, not failed, not "late" for the catch-up policy
        harness.clock.advance(HOUR)
        await engine.heartbeat()
        await engine.wait_idle()
        assert harness.net.received == []
        harness.switch.online = True
        await engine.heartbeat()
        await engine.wait_idle()
        await engine.stop()

    run(body)
    assert [r.parts for r in harness.net.received] == [("first",), ("second",)]
    assert harness.of_type(ConnectivityChanged)[-1].online is True
    assert harness.of_type(CatchUpRequired) == []


def test_connection_refused_switches_to_offline(harness: Harness) -> None:
    tid = harness.post(T0)
    harness.net.stop()  # nothing listens any more: connect errors

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.FAILED_RETRYABLE
    assert any(not e.online for e in harness.of_type(ConnectivityChanged))


def test_os_hint_offline_is_believed_and_online_is_probed(harness: Harness) -> None:
    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.connectivity.os_hint(False)
        assert not engine.connectivity.online
        harness.switch.online = False
        await engine.connectivity.os_hint(True)  # the OS says online; the probe disagrees
        assert not engine.connectivity.online
        harness.switch.online = True
        await engine.connectivity.os_hint(True)
        assert engine.connectivity.online
        await engine.stop()

    run(body)


def test_outbox_queues_offline_delete_and_syncs_on_reconnect(harness: Harness) -> None:
    tid = harness.post(T0)

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        assert harness.state(tid) is S.PUBLISHED
        harness.switch.online = False
        await engine.connectivity.check()
        await engine.delete_published(tid)
        await engine.comment(tid, "thanks all")
        await engine.wait_idle()
        assert harness.net.deleted == [] and harness.net.comments == []
        harness.switch.online = True
        await engine.heartbeat()
        await engine.wait_idle()
        await engine.stop()

    run(body)
    assert harness.net.deleted == ["1"]
    assert harness.net.comments == [("1", "thanks all")]
    drained = harness.of_type(OutboxDrained)
    assert sum(d.done for d in drained) == 2


def test_outbox_retries_transient_and_drops_rejected(harness: Harness) -> None:
    tid = harness.post(T0)

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        harness.net.script(Fault.http(503, "busy"))
        await engine.delete_published(tid)
        await engine.wait_idle()
        assert harness.net.deleted == []
        harness.clock.advance(HOUR)
        await engine.drain_outbox()
        await engine.stop()

    run(body)
    assert harness.net.deleted == ["1"]
