"""Publishing against the recording fake: success, 429 + Retry-After, 5xx, 4xx, lost answers."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from postdesk.core.entities import TargetState as S
from postdesk.core.retry import MAX_RETRY_AFTER
from postdesk.engine.events import NeedsAttention, TargetChanged
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables import ActivityRow, DeliveryAttemptRow, TargetRow
from postdesk.store.tables_engine import TargetDeliveryRow
from tests.fakes.recording_network import Fault
from tests.unit.engine.conftest import T0, Harness, run

MIN = timedelta(minutes=1)


async def _pass(engine) -> None:
    await engine.run_due()
    await engine.wait_idle()


def test_scheduled_post_goes_out_at_its_time_once(harness: Harness) -> None:
    tid = harness.post(T0 + 5 * MIN, "at nine oh five")

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        assert harness.net.received == []
        assert harness.state(tid) is S.SCHEDULED
        harness.clock.advance(4 * MIN)
        await _pass(engine)
        assert harness.net.received == []
        harness.clock.advance(MIN)
        await _pass(engine)
        await _pass(engine)  # a second pass must not send again
        await engine.stop()

    run(body)
    assert [r.parts for r in harness.net.received] == [("at nine oh five",)]
    assert harness.state(tid) is S.PUBLISHED
    with harness.db.read_session() as s:
        row = s.get(TargetRow, tid)
        assert row.remote_id == "1" and row.remote_url.endswith("/p/1")
        codes = [a.message_code for a in s.exec(select(ActivityRow)).all()]
    assert codes == ["fell_due", "published"]
    states = [e.state for e in harness.of_type(TargetChanged)]
    assert states == [S.DUE, S.PUBLISHING, S.PUBLISHED]


def test_429_waits_for_retry_after_then_publishes(harness: Harness) -> None:
    tid = harness.post(T0)
    harness.net.script(Fault.http(429, "slow down", Retry_After="120"))

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        assert harness.state(tid) is S.FAILED_RETRYABLE
        with harness.db.read_session() as s:
            delivery = s.get(TargetDeliveryRow, tid)
            assert delivery.next_attempt_at >= T0 + timedelta(seconds=120)
            assert delivery.reason_code == "rate_limited"
        harness.clock.advance(timedelta(seconds=119))
        await _pass(engine)
        assert harness.state(tid) is S.FAILED_RETRYABLE  # not a second early
        harness.clock.advance(timedelta(seconds=1))
        await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.PUBLISHED
    assert len(harness.net.received) == 1
    assert [m for m, p in harness.net.requests if m == "POST"] == ["POST", "POST"]


def test_retry_after_as_http_date(harness: Harness) -> None:
    tid = harness.post(T0)
    # The fake adapter reads Retry-After against real time; a date far ahead is honoured up to
    # the longest wait any network documents (core.retry.MAX_RETRY_AFTER), not for 74 years.
    harness.net.script(Fault.http(429, "later", Retry_After="Fri, 01 Jan 2100 00:00:00 GMT"))

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        await engine.stop()

    run(body)
    with harness.db.read_session() as s:
        assert s.get(TargetDeliveryRow, tid).next_attempt_at == T0 + MAX_RETRY_AFTER


def test_5xx_then_success_backs_off(harness: Harness) -> None:
    tid = harness.post(T0)
    harness.net.script(Fault.http(503, "maintenance"), Fault.http(502, "bad gateway"))

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        assert harness.state(tid) is S.FAILED_RETRYABLE
        # jitter 0 → half of base (30 s) after the first failure, half of 60 s after the second
        harness.clock.advance(timedelta(seconds=15))
        await _pass(engine)
        assert harness.state(tid) is S.FAILED_RETRYABLE
        harness.clock.advance(timedelta(seconds=29))
        await _pass(engine)
        assert harness.state(tid) is S.FAILED_RETRYABLE
        harness.clock.advance(timedelta(seconds=1))
        await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.PUBLISHED
    assert len(harness.net.received) == 1
    with harness.db.read_session() as s:
        attempts = s.exec(select(DeliveryAttemptRow).order_by(DeliveryAttemptRow.attempt_no)).all()
    assert [(a.attempt_no, a.outcome, a.http_status) for a in attempts] == [
        (1, "transient", 503),
        (2, "transient", 502),
        (3, "published", None),
    ]


def test_permanent_4xx_fails_with_the_networks_reason(harness: Harness) -> None:
    tid = harness.post(T0)
    harness.net.script(Fault.http(422, "Text character limit of 500 exceeded"))

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        harness.clock.advance(timedelta(hours=5))
        await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.FAILED
    assert harness.net.received == []
    assert len(harness.net.requests) == 1  # never retried
    failed = [e for e in harness.of_type(TargetChanged) if e.state is S.FAILED]
    assert failed[0].reason_code == "rejected"
    assert failed[0].reason_text == "Text character limit of 500 exceeded"


def test_timeout_after_send_becomes_unknown_then_lookup_finds_it(harness: Harness) -> None:
    tid = harness.post(T0)
    harness.net.script(Fault.timeout_after_send())

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        assert harness.state(tid) is S.UNKNOWN
        await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.PUBLISHED
    assert len(harness.net.received) == 1  # no second post
    assert ("GET", "/accounts/1/posts") in harness.net.requests
    with harness.db.read_session() as s:
        codes = [a.message_code for a in s.exec(select(ActivityRow)).all()]
    assert codes == ["fell_due", "answer_lost", "found_by_lookup"]


def test_dropped_connection_after_send_is_not_resent(harness: Harness) -> None:
    tid = harness.post(T0)
    harness.net.script(Fault.drop_after_send())

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.PUBLISHED
    assert len(harness.net.received) == 1


def test_lookup_waits_for_the_settle_time(harness: Harness) -> None:
    harness.adapter_kwargs["lookup_settle"] = timedelta(seconds=60)
    tid = harness.post(T0)
    harness.net.script(Fault.timeout_after_send())

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        await _pass(engine)
        assert not any(m == "GET" for m, _ in harness.net.requests)
        harness.clock.advance(timedelta(seconds=60))
        await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.PUBLISHED
    assert len(harness.net.received) == 1


def _left_publishing(harness: Harness, key: str) -> int:
    """A target as a process killed mid-send leaves it: `publishing`, key and attempt committed."""
    tid = harness.post(T0, state=S.PUBLISHING)
    with harness.db.session() as s:
        s.add(TargetDeliveryRow(target_id=tid, idempotency_key=key, attempts=1, send_started_at=T0))
        s.add(DeliveryAttemptRow(target_id=tid, attempt_no=1, started_at=T0))
    return tid


def test_crash_before_the_request_arrived_sends_once_after_lookup(harness: Harness) -> None:
    tid = _left_publishing(harness, "k-1")

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.PUBLISHED
    assert [r.key for r in harness.net.received] == ["k-1"]  # resent with the same key
    assert [m for m, _ in harness.net.requests] == ["GET", "POST"]  # lookup, then the one send


def test_crash_after_the_request_arrived_is_found_not_resent(harness: Harness) -> None:
    tid = _left_publishing(harness, "k-2")
    harness.net._record("1", "k-2", ("hello",))  # the network got it before the crash

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.PUBLISHED
    assert len(harness.net.received) == 1
    assert [m for m, _ in harness.net.requests] == ["GET"]
    with harness.db.read_session() as s:
        (attempt,) = s.exec(select(DeliveryAttemptRow)).all()
    assert attempt.outcome == "answer_lost" and attempt.finished_at is not None


def test_auth_expired_waits_for_the_user(harness: Harness) -> None:
    from postdesk.core.entities import AccountStatus
    from postdesk.store.repositories.accounts import AccountRepository

    tid = harness.post(T0)
    harness.net.script(Fault.http(401, "The access token was revoked"))

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        harness.clock.advance(timedelta(days=1))
        await _pass(engine)
        assert len(harness.net.requests) == 1  # one send: no automatic retry
        AccountRepository(harness.db).set_status(harness.account_id, AccountStatus.CONNECTED)
        await _pass(engine)  # the user reconnected: it goes out without being asked
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.PUBLISHED
    attention = harness.of_type(NeedsAttention)
    assert [a.code for a in attention] == ["needs_reconnect"]


def test_transient_failures_give_up_after_max_attempts(harness: Harness) -> None:
    from postdesk.core.retry import BackoffPolicy

    tid = harness.post(T0)
    harness.net.script(*(Fault.http(500) for _ in range(3)))

    async def body() -> None:
        engine = harness.engine(backoff=BackoffPolicy(max_attempts=3))
        await engine.start()
        await engine.wait_idle()
        for _ in range(3):
            harness.clock.advance(timedelta(hours=1))
            await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.FAILED
    assert [e.code for e in harness.of_type(NeedsAttention)] == ["gave_up"]
    assert harness.net.received == []


def test_deleted_post_does_not_go_out_at_the_old_time(harness: Harness) -> None:
    tid = harness.post(T0 + MIN)
    with harness.db.read_session() as s:
        post_id = s.get(TargetRow, tid).post_id
    PostRepository(harness.db).delete(post_id, now=T0)

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        harness.clock.advance(2 * MIN)
        await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.net.received == []


def test_first_comment_after_publishing(harness: Harness) -> None:
    harness.post(T0, options={"first_comment": "links in here"})

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        await engine.stop()

    run(body)
    assert harness.net.comments == [("1", "links in here")]


def test_rate_limit_is_kept_before_the_network_says_so(harness: Harness) -> None:
    from postdesk.platforms.base import RateLimit

    harness.adapter_kwargs["rate_limit"] = RateLimit(2, timedelta(seconds=60))
    for n in range(4):
        harness.post(T0, f"post {n}")

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        await engine.stop()

    run(body)
    assert len(harness.net.received) == 4
    # two in the burst, then one every 30 s (the manual clock's sleep records the waits)
    assert harness.clock.slept == [30.0, 30.0]


def test_pause_resume_cancel(harness: Harness) -> None:
    a = harness.post(T0 + MIN, "a")
    b = harness.post(T0 + MIN, "b")

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        assert (await engine.pause([a])).done == (a,)
        assert (await engine.cancel([b])).done == (b,)
        assert (await engine.resume([b])).refused == (b,)
        harness.clock.advance(2 * MIN)
        await _pass(engine)
        assert harness.net.received == []
        await engine.resume([a])
        await _pass(engine)
        await engine.stop()

    run(body)
    assert [r.parts for r in harness.net.received] == [("a",)]
    assert harness.state(b) is S.CANCELLED


def test_has_work_ignores_what_waits_for_the_user_or_the_future(harness: Harness) -> None:
    harness.post(T0 + timedelta(days=1), "tomorrow")
    tid = harness.post(T0)
    harness.net.script(Fault.http(401, "revoked"), Fault.http(503, "busy"))

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        assert harness.state(tid) is S.FAILED_RETRYABLE  # auth expired: waits for the user
        assert not await engine.has_work()
        from postdesk.core.entities import AccountStatus
        from postdesk.store.repositories.accounts import AccountRepository

        AccountRepository(harness.db).set_status(harness.account_id, AccountStatus.CONNECTED)
        assert await engine.has_work()  # reconnected: it is work again
        await engine.run_due()
        await engine.wait_idle()
        assert harness.state(tid) is S.FAILED_RETRYABLE  # 503: a retry is planned
        assert await engine.has_work()
        await engine.stop()

    run(body)
