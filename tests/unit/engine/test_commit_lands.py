"""A network's answer whose commit fails (disk full) is retried from memory until it lands.

The post must go out exactly once, end `published`, and an `--exit-when-idle` run must exit once
the answer is saved (before the fix the target stayed `publishing` and the run never exited).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from datetime import datetime

from sqlmodel import select

from postdesk.core.entities import TargetState as S
from postdesk.core.states import Event
from postdesk.engine import headless
from postdesk.engine.events import NeedsAttention
from postdesk.engine.landing import CANNOT_SAVE, land
from postdesk.engine.ledger import Ledger, Outcome, Work
from postdesk.store.errors import DatabaseCorrupt, DiskError, StorageFull
from postdesk.store.tables import ActivityRow, DeliveryAttemptRow, TargetRow
from tests.unit.engine.conftest import T0, Harness, run


class DiskFullAfterSend(Ledger):
    """Refuses the commit of the network's acceptance the first `refusals` times, as a full disk does.

    `Database.session` raises `StorageFull` when SQLite says SQLITE_FULL (tests/unit/store); here the
    refusal is placed exactly between the network's acceptance and the local commit.
    """

    def __init__(self, db, refusals: int) -> None:
        super().__init__(db)
        self.refusals = refusals
        self.refused = 0

    def move(self, target_id: int, expect: Iterable[S], event: Event, now: datetime, outcome: Outcome) -> Work:
        if event is Event.SENT and self.refused < self.refusals:
            self.refused += 1
            raise StorageFull("database or disk is full")
        return super().move(target_id, expect, event, now, outcome)


def _check_published_once(harness: Harness, tid: int) -> None:
    assert [r.parts for r in harness.net.received] == [("once, whatever the disk says",)]
    assert [m for m, _p in harness.net.requests if m == "POST"] == ["POST"]
    assert harness.state(tid) is S.PUBLISHED
    with harness.db.read_session() as s:
        assert s.get(TargetRow, tid).remote_id == "1"
        attempts = s.exec(select(DeliveryAttemptRow).where(DeliveryAttemptRow.target_id == tid)).all()
        codes = [a.message_code for a in s.exec(select(ActivityRow)).all()]
    assert [(a.attempt_no, a.outcome) for a in attempts] == [(1, "published")]
    assert codes.count("published") == 1


def test_a_refused_commit_after_the_network_accepted_lands_without_a_second_send(harness: Harness) -> None:
    tid = harness.post(T0, "once, whatever the disk says")

    async def body() -> DiskFullAfterSend:
        engine = harness.engine()
        ledger = DiskFullAfterSend(harness.db, refusals=3)
        engine.ledger = ledger  # before start(): delivery is built on it
        await engine.start()
        await engine.wait_idle()
        assert not await engine.has_work()
        await engine.stop()
        return ledger

    ledger = run(body)
    assert ledger.refused == 3
    _check_published_once(harness, tid)
    # The user is told once that Postdesk waits for room on the disk (the tray words it).
    assert [(e.target_id, e.code) for e in harness.of_type(NeedsAttention)] == [(tid, CANNOT_SAVE)]


def test_exit_when_idle_exits_once_the_answer_is_saved(harness: Harness) -> None:
    tid = harness.post(T0, "once, whatever the disk says")
    engine = harness.engine()
    engine.ledger = DiskFullAfterSend(harness.db, refusals=4)

    async def serve() -> None:
        # The headless loop itself; the bound is only a guard against a hang (it used to run forever).
        await asyncio.wait_for(headless._serve(engine, exit_when_idle=True), timeout=120)

    run(serve)
    _check_published_once(harness, tid)


def test_land_retries_only_what_may_succeed_later() -> None:
    calls: list[str] = []
    pauses: list[float] = []

    async def db(fn, *args):
        return fn(*args)

    def flaky(results: list[Exception | str]):
        def fn() -> str:
            result = results.pop(0)
            calls.append(type(result).__name__)
            if isinstance(result, Exception):
                raise result
            return result

        return fn

    async def sleep(seconds: float) -> None:
        pauses.append(seconds)

    async def body() -> None:
        got = await land(db, flaky([StorageFull(), DiskError("disk I/O error"), "saved"]), sleep=sleep)
        assert got == "saved"
        try:
            await land(db, flaky([DatabaseCorrupt("x")]), sleep=sleep)
        except DatabaseCorrupt:
            pass
        else:  # pragma: no cover - the assertion below says what went wrong
            raise AssertionError("a damaged database must not be retried forever")

    asyncio.run(body())
    assert calls == ["StorageFull", "DiskError", "str", "DatabaseCorrupt"]
    assert pauses == [0.05, 0.1]
