"""The first comment also follows a post that went out without an answer in hand.

A handed-off post (the network's scheduler published it) and a post whose answer was lost
(found later by lookup) are published all the same: their first comment is posted once they
are found, and once only.
"""

from __future__ import annotations

from datetime import timedelta

from postdesk.core.entities import TargetState as S
from postdesk.platforms.capabilities import SupportsDelete, SupportsFirstComment, SupportsLookup, SupportsNativeSchedule
from tests.fakes.recording_network import Fault
from tests.unit.engine.conftest import T0, Harness, run

HOUR = timedelta(hours=1)


async def _pass(engine) -> None:
    await engine.run_due()
    await engine.wait_idle()


def test_a_handed_off_post_gets_its_first_comment_once_confirmed(harness: Harness) -> None:
    harness.adapter_kwargs["capabilities"] = {
        SupportsNativeSchedule,
        SupportsLookup,
        SupportsDelete,
        SupportsFirstComment,
    }
    tid = harness.post(T0 + HOUR, "native", options={"first_comment": "links in here"})

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        assert await engine.hand_off(tid)
        harness.clock.advance(HOUR + timedelta(minutes=5))
        await _pass(engine)
        harness.clock.advance(HOUR)
        await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.PUBLISHED
    assert [text for _remote, text in harness.net.comments] == ["links in here"]


def test_a_post_found_after_its_answer_was_lost_gets_its_first_comment_once(harness: Harness) -> None:
    tid = harness.post(T0, options={"first_comment": "links in here"})
    harness.net.script(Fault.drop_after_send())

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        await _pass(engine)
        harness.clock.advance(HOUR)
        await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.PUBLISHED
    assert len(harness.net.received) == 1
    assert [text for _remote, text in harness.net.comments] == ["links in here"]
