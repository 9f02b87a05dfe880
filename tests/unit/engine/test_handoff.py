"""Native hand-off: the network's scheduler holds the post; the engine only confirms it."""

from __future__ import annotations

from datetime import timedelta

from postdesk.core.entities import TargetState as S
from postdesk.engine.events import NeedsAttention
from postdesk.engine.ledger import HANDOFF_PENDING, Ledger
from postdesk.platforms.capabilities import SupportsDelete, SupportsLookup, SupportsNativeSchedule
from tests.fakes.recording_network import Fault
from tests.unit.engine.conftest import T0, Harness, run

HOUR = timedelta(hours=1)
ALL = {SupportsNativeSchedule, SupportsLookup, SupportsDelete}


async def _pass(engine) -> None:
    await engine.run_due()
    await engine.wait_idle()


def test_handed_off_post_is_confirmed_not_resent(harness: Harness) -> None:
    harness.adapter_kwargs["capabilities"] = ALL
    tid = harness.post(T0 + HOUR, "native")

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        assert await engine.hand_off(tid)
        harness.clock.advance(HOUR)
        await _pass(engine)  # its time: the network publishes it, not us
        assert harness.state(tid) is S.SCHEDULED
        harness.clock.advance(timedelta(minutes=5))
        await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.PUBLISHED
    (rec,) = harness.net.received
    assert rec.publish_at is not None and rec.publish_at.startswith("2026-03-02T10:00")


def test_hand_off_refused_without_native_scheduling(harness: Harness) -> None:
    tid = harness.post(T0 + HOUR)

    async def body() -> bool:
        engine = harness.engine()
        await engine.start()
        ok = await engine.hand_off(tid)
        await engine.stop()
        return ok

    assert run(body) is False
    assert harness.net.received == []


def test_hand_off_answer_lost_is_found_later(harness: Harness) -> None:
    harness.adapter_kwargs["capabilities"] = ALL
    tid = harness.post(T0 + HOUR)
    harness.net.script(Fault.drop_after_send())

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        assert await engine.hand_off(tid)
        harness.clock.advance(HOUR + timedelta(minutes=5))
        await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.PUBLISHED
    assert len(harness.net.received) == 1


def test_crash_during_hand_off_never_reached_network_is_taken_back(harness: Harness) -> None:
    harness.adapter_kwargs["capabilities"] = ALL
    tid = harness.post(T0 + HOUR)
    Ledger(harness.db).set_handoff(tid, HANDOFF_PENDING, T0)  # as a crash would leave it

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        harness.clock.advance(HOUR + timedelta(minutes=5))
        await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.PUBLISHED
    assert len(harness.net.received) == 1 and harness.net.received[0].publish_at is None


def test_confirmed_hand_off_missing_is_paused_for_the_user(harness: Harness) -> None:
    harness.adapter_kwargs["capabilities"] = ALL
    tid = harness.post(T0 + HOUR)
    Ledger(harness.db).set_handoff(tid, "remote-42", T0)

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        harness.clock.advance(HOUR + timedelta(minutes=5))
        await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.PAUSED
    assert harness.net.received == []
    assert [e.code for e in harness.of_type(NeedsAttention)] == ["hand_off_missing"]


def test_global_pause_holds_sending(harness: Harness) -> None:
    tid = harness.post(T0 + HOUR)

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.set_publishing_paused(True)
        harness.clock.advance(HOUR)
        await _pass(engine)
        assert harness.net.received == [] and harness.state(tid) is S.DUE
        await engine.set_publishing_paused(False)
        await engine.wait_idle()
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.PUBLISHED
