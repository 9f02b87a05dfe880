"""Reach (issue 13 item 8, 6): automatic hand-off at save time, cancel takes a hand-off back,
"It's there" with a link stores the link."""

from __future__ import annotations

from datetime import timedelta

from postdesk.core.entities import TargetState as S
from postdesk.core.states import Event
from postdesk.engine.ledger import HANDOFF_PENDING, Ledger, Outcome
from postdesk.platforms.capabilities import SupportsDelete, SupportsLookup, SupportsNativeSchedule
from tests.unit.engine.conftest import T0, Harness, run

HOUR = timedelta(hours=1)
ALL = {SupportsNativeSchedule, SupportsLookup, SupportsDelete}


def test_a_target_whose_user_chose_hand_off_is_handed_off_on_the_first_pass(harness: Harness) -> None:
    harness.adapter_kwargs["capabilities"] = ALL
    chosen = harness.post(T0 + HOUR, "let mastodon", options={"hand_off": True})
    plain = harness.post(T0 + HOUR, "keep it")

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.run_due()  # a second pass does not hand it off twice
        await engine.stop()

    run(body)
    (rec,) = harness.net.received
    assert tuple(rec.parts) == ("let mastodon",) and rec.publish_at is not None
    assert Ledger(harness.db).get(chosen).handoff_remote_id not in (None, HANDOFF_PENDING)
    assert Ledger(harness.db).get(plain).handoff_remote_id is None
    assert harness.state(chosen) is S.SCHEDULED


def test_no_hand_off_too_close_to_its_time_or_without_native_scheduling(harness: Harness) -> None:
    soon = harness.post(T0 + timedelta(minutes=4), "too soon", options={"hand_off": True})

    async def body() -> None:
        engine = harness.engine()  # the default fake cannot schedule natively
        await engine.start()
        await engine.stop()

    later = harness.post(T0 + HOUR, "no capability", options={"hand_off": True})
    run(body)
    assert Ledger(harness.db).get(later).handoff_remote_id is None
    assert Ledger(harness.db).get(soon).handoff_remote_id is None
    assert all(r.publish_at is None for r in harness.net.received)


def test_cancel_takes_a_hand_off_back_from_the_network(harness: Harness) -> None:
    harness.adapter_kwargs["capabilities"] = ALL
    tid = harness.post(T0 + HOUR, "native")

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        assert await engine.hand_off(tid)
        remote = Ledger(harness.db).get(tid).handoff_remote_id
        result = await engine.cancel([tid])
        assert result.done == (tid,)
        await engine.wait_idle()
        await engine.drain_outbox()
        await engine.stop()
        return remote

    remote = run(body)
    assert harness.state(tid) is S.CANCELLED
    assert harness.net.deleted == [remote]  # the network's scheduled copy is withdrawn
    assert Ledger(harness.db).get(tid).handoff_remote_id is None


def test_cancel_while_the_hand_off_answer_is_out_is_refused(harness: Harness) -> None:
    harness.adapter_kwargs["capabilities"] = ALL
    tid = harness.post(T0 + HOUR)
    Ledger(harness.db).set_handoff(tid, HANDOFF_PENDING, T0)

    async def body():
        engine = harness.engine()
        await engine.start()
        result = await engine.cancel([tid])
        await engine.stop()
        return result

    assert run(body).refused == (tid,)
    assert harness.state(tid) is S.SCHEDULED


def test_its_there_with_a_link_stores_the_link_and_id(harness: Harness) -> None:
    harness.adapter_kwargs["capabilities"] = {SupportsDelete}  # no lookup, like Telegram
    tid = harness.post(None, "lost", state=S.DRAFT)
    ledger = Ledger(harness.db)
    ledger.move(tid, (S.DRAFT,), Event.FALL_DUE, T0, Outcome("publish_now"))
    ledger.begin_send(tid, T0)
    ledger.move(tid, (S.PUBLISHING,), Event.ANSWER_LOST, T0, Outcome("answer_lost"))

    async def body():
        engine = harness.engine()
        await engine.start()  # the fake has no lookup: the user decides
        result = await engine.resolve_unknown(tid, True, remote_url="https://example.social/@me/4242", remote_id="4242")
        await engine.stop()
        return result

    assert run(body).done == (tid,)
    work = Ledger(harness.db).get(tid)
    assert work.state is S.PUBLISHED
    assert (work.remote_id, work.remote_url) == ("4242", "https://example.social/@me/4242")


def test_publish_now_and_pause_refuse_a_handed_off_target(harness: Harness) -> None:
    harness.adapter_kwargs["capabilities"] = ALL
    tid = harness.post(T0 + HOUR, "native")

    async def body():
        engine = harness.engine()
        await engine.start()
        assert await engine.hand_off(tid)
        now = await engine.publish_now([tid])
        paused = await engine.pause([tid])
        await engine.wait_idle()
        await engine.stop()
        return now, paused

    now, paused = run(body)
    assert now.refused == (tid,) and paused.refused == (tid,)
    assert harness.state(tid) is S.SCHEDULED
    assert len(harness.net.received) == 1  # only the hand-off: never sent a second time
