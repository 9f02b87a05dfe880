"""The metrics job: due checkpoints from the database, history kept, unknown vs 0, failures."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import update

from postdesk.core.entities import AccountStatus
from postdesk.core.networks import Network
from postdesk.engine.connectivity import Connectivity
from postdesk.engine.engine import Engine, EngineConfig
from postdesk.engine.ledger import Ledger
from postdesk.engine.metrics_job import MetricsJob
from postdesk.paths import Paths
from postdesk.platforms.base import AuthExpired, RateLimited, Rejected, Transient
from postdesk.platforms.metrics import PostMetrics
from postdesk.store.db import Database, open_database
from postdesk.store.repositories.insights import Counts, InsightsRepository
from postdesk.store.tables import AccountRow
from tests.fakes.metrics_adapter import ScriptedMetricsAdapter
from tests.helpers.insights_data import account, publish
from tests.unit.engine.conftest import T0, ManualClock, Switch, run

M = PostMetrics


@pytest.fixture
def db(paths: Paths) -> Iterator[Database]:
    database = open_database(paths)
    yield database
    database.close()


def make_engine(
    db: Database, clock: ManualClock, *adapters: ScriptedMetricsAdapter, switch: Switch | None = None
) -> Engine:
    return Engine(
        db,
        lambda: {a.network: a for a in adapters},
        emit=lambda _e: None,
        clock=clock,
        connectivity=Connectivity(switch or Switch()),
        jitter=lambda: 0.0,
        config=EngineConfig(use_alarm=False),
        sleep=clock.sleep,
    )


def make_job(
    db: Database, clock: ManualClock, *adapters: ScriptedMetricsAdapter, per_account: int = 2, max_parallel: int = 8
) -> MetricsJob:
    """The job alone, as the engine builds it (its store calls run on a worker thread)."""

    async def run_db(fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.to_thread(fn, *args)

    return MetricsJob(
        InsightsRepository(db),
        run_db,
        lambda: {a.network: a for a in adapters},
        clock,
        reconnect=Ledger(db).accounts_needing_reconnect,
        per_account=per_account,
        max_parallel=max_parallel,
    )


def snapshots(db: Database, target_id: int) -> list[Counts]:
    return [s.counts for s in InsightsRepository(db).history(target_id)]


def test_fetches_at_an_hour_a_day_and_a_week_and_keeps_the_history(db: Database) -> None:
    clock = ManualClock()
    me = account(db, Network.MASTODON, "@me", T0)
    target = publish(db, Network.MASTODON, me, T0, remote_id="s1")
    net = ScriptedMetricsAdapter()
    net.answer("s1", M(1, 0, 0, None), M(5, 1, 2, None), M(9, 2, 3, None), M(10, 2, 3, None))
    engine = make_engine(db, clock, net)

    async def body() -> None:
        await engine.start()
        # (time since publishing, calls expected so far)
        for since, calls in (
            (timedelta(minutes=50), 0),
            (timedelta(hours=1), 1),
            (timedelta(hours=3), 1),
            (timedelta(days=1), 2),
            (timedelta(days=6, hours=23), 2),
            (timedelta(days=7), 3),
            (timedelta(days=30), 3),
        ):
            clock._now = T0 + since
            await engine.heartbeat()
            await engine.wait_idle()
            assert len(net.calls) == calls, since
        await engine.stop()

    run(body)
    assert snapshots(db, target) == [
        Counts(1, 0, 0, None, None),
        Counts(5, 1, 2, None, None),
        Counts(9, 2, 3, None, None),
    ]


def test_one_fetch_covers_every_checkpoint_already_passed(db: Database) -> None:
    clock = ManualClock(T0 + timedelta(days=40))
    me = account(db, Network.MASTODON, "@me", T0)
    publish(db, Network.MASTODON, me, T0, remote_id="old")
    net = ScriptedMetricsAdapter()
    net.answer("old", M(3, 3, 3, None))
    job = make_job(db, clock, net)

    async def body() -> None:
        await job.run_due()
        await job.run_due()

    run(body)
    assert net.calls == [(me, "old")]


def test_unknown_is_stored_apart_from_zero(db: Database) -> None:
    clock = ManualClock(T0 + timedelta(hours=2))
    me = account(db, Network.MASTODON, "@me", T0)
    target = publish(db, Network.MASTODON, me, T0, remote_id="z")
    net = ScriptedMetricsAdapter()
    net.answer("z", M(0, None, 0, None, quotes=None))
    job = make_job(db, clock, net)

    run(job.run_due)
    [stored] = snapshots(db, target)
    assert stored.likes == 0 and stored.replies == 0
    assert stored.reposts is None and stored.views is None
    assert stored.engagement == 0
    totals = InsightsRepository(db).totals(T0 - timedelta(days=1), T0 + timedelta(days=1))
    assert totals[0].counts.likes == 0 and totals[0].counts.views is None


def test_rate_limit_holds_the_account_until_retry_after_and_others_go_on(db: Database) -> None:
    clock = ManualClock(T0 + timedelta(hours=2))
    limited = account(db, Network.MASTODON, "@busy", T0)
    other = account(db, Network.MASTODON, "@calm", T0)
    a1 = publish(db, Network.MASTODON, limited, T0, remote_id="a1")
    a2 = publish(db, Network.MASTODON, limited, T0 + timedelta(seconds=1), remote_id="a2")
    b1 = publish(db, Network.MASTODON, other, T0, remote_id="b1")
    net = ScriptedMetricsAdapter()
    net.answer("a1", RateLimited(timedelta(minutes=10)), M(4, 0, 0, None))
    net.answer("a2", M(2, 0, 0, None))
    net.answer("b1", M(7, 0, 0, None))
    job = make_job(db, clock, net, per_account=1)  # one at a time: a2 waits behind a1

    first = run(job.run_due)
    assert first.rate_limited == (limited,)
    assert b1 in first.fetched and a1 not in first.fetched and a2 not in first.fetched
    # the user's "Refresh now" does not ask early either
    clock.advance(timedelta(minutes=5))
    early = run(lambda: job.refresh([a1, a2]))
    assert early.fetched == () and set(early.skipped) == {a1, a2}
    assert [c for c in net.calls if c[0] == limited] == [(limited, "a1")]
    clock.advance(timedelta(minutes=6))
    later = run(job.run_due)
    assert set(later.fetched) == {a1, a2}
    assert snapshots(db, a1) == [Counts(4, 0, 0, None, None)]


def test_auth_expired_skips_that_account_only(db: Database) -> None:
    clock = ManualClock(T0 + timedelta(hours=2))
    broken = account(db, Network.MASTODON, "@broken", T0)
    fine = account(db, Network.MASTODON, "@fine", T0)
    mine = [publish(db, Network.MASTODON, broken, T0 + timedelta(seconds=i), remote_id=f"x{i}") for i in range(3)]
    ok = publish(db, Network.MASTODON, fine, T0, remote_id="ok")
    net = ScriptedMetricsAdapter()
    for i in range(3):
        net.answer(f"x{i}", AuthExpired())
    net.answer("ok", M(1, 1, 1, 100))
    job = make_job(db, clock, net, per_account=1)  # one at a time: the first refusal stops the rest

    result = run(job.run_due)
    assert result.auth_expired == (broken,)
    assert result.fetched == (ok,)
    assert [c for c in net.calls if c[0] == broken] == [(broken, "x0")]
    # the next scheduled pass leaves the account alone too
    clock.advance(timedelta(minutes=10))
    run(job.run_due)
    assert [c for c in net.calls if c[0] == broken] == [(broken, "x0")]
    # a flagged account is not asked at all, even on demand
    with db.session() as session:
        session.execute(
            update(AccountRow).where(AccountRow.id == broken).values(status=AccountStatus.NEEDS_RECONNECT.value)
        )
    again = run(lambda: job.refresh([ok, *mine]))
    assert [c for c in net.calls if c[0] == broken] == [(broken, "x0")]
    assert ok in again.fetched


def test_a_post_gone_from_the_network_is_not_asked_again(db: Database) -> None:
    clock = ManualClock(T0 + timedelta(hours=2))
    me = account(db, Network.MASTODON, "@me", T0)
    target = publish(db, Network.MASTODON, me, T0, remote_id="deleted")
    net = ScriptedMetricsAdapter()
    net.answer("deleted", Rejected("Record not found"))
    job = make_job(db, clock, net)

    assert run(job.run_due).gone == (target,)
    clock.advance(timedelta(days=8))
    run(job.run_due)
    assert net.calls == [(me, "deleted")]
    [row] = InsightsRepository(db).history(target)
    assert row.gone and not row.counts.known


def test_a_passing_failure_waits_longer_each_time(db: Database) -> None:
    clock = ManualClock(T0 + timedelta(hours=2))
    me = account(db, Network.MASTODON, "@me", T0)
    target = publish(db, Network.MASTODON, me, T0, remote_id="flaky")
    net = ScriptedMetricsAdapter()
    net.answer("flaky", Transient("502"), Transient("502"), M(1, 1, 1, 1))
    job = make_job(db, clock, net)

    assert run(job.run_due).failed == (target,)
    clock.advance(timedelta(minutes=4))
    run(job.run_due)
    assert len(net.calls) == 1  # first wait: 5 minutes
    clock.advance(timedelta(minutes=2))
    assert run(job.run_due).failed == (target,)
    clock.advance(timedelta(minutes=9))
    run(job.run_due)
    assert len(net.calls) == 2  # second wait: 10 minutes
    clock.advance(timedelta(minutes=2))
    assert run(job.run_due).fetched == (target,)


def test_at_most_two_requests_per_account_at_once_accounts_in_parallel(db: Database) -> None:
    clock = ManualClock(T0 + timedelta(hours=2))
    first = account(db, Network.MASTODON, "@one", T0)
    second = account(db, Network.MASTODON, "@two", T0)
    net = ScriptedMetricsAdapter(delay=0)
    for owner in (first, second):
        for i in range(5):
            remote = f"{owner}-{i}"
            publish(db, Network.MASTODON, owner, T0 + timedelta(seconds=i), remote_id=remote)
            net.answer(remote, M(i, 0, 0, None))
    job = make_job(db, clock, net)

    result = run(job.run_due)
    assert len(result.fetched) == 10
    assert net.max_in_flight[first] == 2 and net.max_in_flight[second] == 2


def test_offline_fetches_nothing(db: Database) -> None:
    clock = ManualClock(T0 + timedelta(hours=2))
    me = account(db, Network.MASTODON, "@me", T0)
    target = publish(db, Network.MASTODON, me, T0, remote_id="s")
    net = ScriptedMetricsAdapter()
    net.answer("s", M(1, 1, 1, 1))
    switch = Switch(online=False)
    engine = make_engine(db, clock, net, switch=switch)

    async def body() -> object:
        await engine.start()
        result = await engine.refresh_metrics([target])
        await engine.stop()
        return result

    result = run(body)
    assert result.skipped == (target,) and net.calls == []


def test_refresh_metrics_reads_now_and_skips_what_is_not_published(db: Database) -> None:
    clock = ManualClock(T0 + timedelta(minutes=5))  # before the first checkpoint
    me = account(db, Network.BLUESKY, "me.bsky.social", T0)
    target = publish(db, Network.BLUESKY, me, T0, remote_id="at://me/post/1")
    net = ScriptedMetricsAdapter(Network.BLUESKY)
    net.answer("at://me/post/1", M(2, 1, 0, None, quotes=1))
    engine = make_engine(db, clock, net)

    async def body() -> object:
        await engine.start()
        result = await engine.refresh_metrics([target, 9999])
        await engine.stop()
        return result

    result = run(body)
    assert result.fetched == (target,) and result.skipped == (9999,)
    assert snapshots(db, target) == [Counts(2, 1, 0, 1, None)]


def test_the_heartbeat_runs_a_pass_at_most_every_five_minutes(db: Database) -> None:
    clock = ManualClock(T0 + timedelta(hours=2))
    me = account(db, Network.MASTODON, "@me", T0)
    publish(db, Network.MASTODON, me, T0, remote_id="s")
    net = ScriptedMetricsAdapter()
    net.answer("s", Transient("down"), M(1, 1, 1, 1))
    engine = make_engine(db, clock, net)
    engine.metrics._transient_wait = timedelta(0)

    async def body() -> None:
        await engine.start()
        await engine.heartbeat()
        await engine.wait_idle()
        clock.advance(timedelta(minutes=1))
        await engine.heartbeat()
        await engine.wait_idle()
        assert len(net.calls) == 1
        clock.advance(timedelta(minutes=5))
        await engine.heartbeat()
        await engine.wait_idle()
        await engine.stop()

    run(body)
    assert len(net.calls) == 2


def test_at_most_max_parallel_requests_in_all(db: Database) -> None:
    clock = ManualClock(T0 + timedelta(hours=2))
    net = ScriptedMetricsAdapter()
    for n in range(4):
        owner = account(db, Network.MASTODON, f"@acc{n}", T0)
        for i in range(2):
            publish(db, Network.MASTODON, owner, T0, remote_id=f"{n}-{i}")
            net.answer(f"{n}-{i}", M(1, 0, 0, None))
    job = make_job(db, clock, net, max_parallel=3)

    assert len(run(job.run_due).fetched) == 8
    assert net.max_in_flight_total == 3
