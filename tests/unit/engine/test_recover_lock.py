"""Start-up recovery never touches the sends of another live engine on the same data directory.

Before the data directory lock, a second process's recovery turned the first one's `publishing`
targets into `unknown`, looked them up before the first request had landed, and sent them again.
"""

from __future__ import annotations

import pytest

from postdesk.core.entities import TargetState as S
from postdesk.engine.ledger import Ledger
from postdesk.store import instance_lock
from postdesk.store.instance_lock import MODE_HEADLESS, DataDirInUse
from postdesk.store.tables import DeliveryAttemptRow
from postdesk.store.tables_engine import TargetDeliveryRow
from tests.unit.engine.conftest import T0, Harness, run
from tests.unit.store.test_instance_lock import HolderProcess, can_hold_elsewhere


def _sending(harness: Harness, key: str) -> int:
    """A target another engine is sending right now: `publishing`, key and attempt committed."""
    tid = harness.post(T0, state=S.PUBLISHING)
    with harness.db.session() as s:
        s.add(TargetDeliveryRow(target_id=tid, idempotency_key=key, attempts=1, send_started_at=T0))
        s.add(DeliveryAttemptRow(target_id=tid, attempt_no=1, started_at=T0))
    return tid


def test_recovery_refuses_while_another_process_holds_the_data_directory(harness: Harness) -> None:
    tid = _sending(harness, "k-live")
    other = HolderProcess(harness.db.path.parent, MODE_HEADLESS)
    try:
        with pytest.raises(DataDirInUse) as refused:
            Ledger(harness.db).recover(T0)
        assert refused.value.holder.pid == other.pid

        async def body() -> None:
            engine = harness.engine()
            with pytest.raises(DataDirInUse):
                await engine.start()
            await engine.stop()

        run(body)
        assert harness.state(tid) is S.PUBLISHING  # the live engine's send, untouched
        assert harness.net.requests == []  # no lookup, no second send
    finally:
        other.stop()


def test_recovery_holds_the_data_directory_while_the_database_is_open(harness: Harness) -> None:
    tid = _sending(harness, "k-dead")
    base = harness.db.path.parent
    assert not instance_lock.held_here(base)
    assert Ledger(harness.db).recover(T0) == [tid]
    assert harness.state(tid) is S.UNKNOWN
    assert instance_lock.held_here(base)
    # a headless process started now is refused: this engine owns the directory
    assert not can_hold_elsewhere(base)


def test_recovery_after_the_holder_was_killed_proceeds(harness: Harness) -> None:
    tid = _sending(harness, "k-killed")
    other = HolderProcess(harness.db.path.parent, MODE_HEADLESS)
    other.kill()
    other.stop()
    assert Ledger(harness.db).recover(T0) == [tid]
    assert harness.state(tid) is S.UNKNOWN
