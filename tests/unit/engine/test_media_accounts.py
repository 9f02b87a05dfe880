"""Media reach the network with their alt texts; broken accounts hold posts; tokens refresh."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from sqlmodel import select

from postdesk.core.entities import AccountStatus
from postdesk.core.entities import TargetState as S
from postdesk.core.retry import BackoffPolicy
from postdesk.engine.events import NeedsAttention, TargetChanged
from postdesk.media.storage import blob_path, store_bytes
from postdesk.paths import Paths
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.tables import DeliveryAttemptRow, MediaAssetRow
from postdesk.store.tables_engine import TargetDeliveryRow
from tests.fakes.recording_network import Fault
from tests.unit.engine.conftest import T0, Harness, run

MIN = timedelta(minutes=1)


def _asset(harness: Harness, paths: Paths, content: bytes, alt: str, name: str) -> tuple[int, str]:
    """Import `content` into the library the way the media store keeps it; return (id, sha)."""
    sha = hashlib.sha256(content).hexdigest()
    store_bytes(paths.media, sha, content)
    with harness.db.session() as session:
        row = MediaAssetRow(
            sha256=sha, original_name=name, mime="image/png", size_bytes=len(content), imported_at=T0, alt_text=alt
        )
        session.add(row)
        session.flush()
        return int(row.id), sha


async def _pass(engine) -> None:
    await engine.run_due()
    await engine.wait_idle()


def _delivery(harness: Harness, tid: int) -> TargetDeliveryRow:
    with harness.db.read_session() as session:
        return session.get(TargetDeliveryRow, tid)


def _set_status(harness: Harness, status: AccountStatus) -> None:
    AccountRepository(harness.db).set_status(harness.account_id, status)


def _status(harness: Harness) -> AccountStatus:
    return AccountRepository(harness.db).get(harness.account_id).status


# -- media ------------------------------------------------------------------------------


def test_post_media_go_out_in_order_with_alt_texts(harness: Harness, paths: Paths) -> None:
    first, sha1 = _asset(harness, paths, b"first image bytes", "A red kite", "kite.png")
    second, sha2 = _asset(harness, paths, b"second image bytes", "", "sea.png")
    tid = harness.post(T0, "two pictures", media=(second, first))

    async def body() -> None:
        engine = harness.engine(paths=paths)
        await engine.start()
        await engine.wait_idle()
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.PUBLISHED
    (received,) = harness.net.received
    assert received.media == ((sha2, ""), (sha1, "A red kite"))


def test_target_override_replaces_the_post_media(harness: Harness, paths: Paths) -> None:
    base, _ = _asset(harness, paths, b"base", "base alt", "base.png")
    other, sha_other = _asset(harness, paths, b"other", "other alt", "other.png")
    with_override = harness.post(T0, "override", media=(base,), media_override=(other,))
    without_media = harness.post(T0 + MIN, "none here", media=(base,), media_override=())

    async def body() -> None:
        # No `paths`: the engine finds the library beside the database file.
        engine = harness.engine()
        harness.clock.advance(MIN)
        await engine.start()
        await engine.wait_idle()
        await engine.stop()

    run(body)
    assert harness.state(with_override) is S.PUBLISHED
    assert harness.state(without_media) is S.PUBLISHED
    by_text = {r.parts: r.media for r in harness.net.received}
    assert by_text == {("override",): ((sha_other, "other alt"),), ("none here",): ()}


def test_missing_media_file_fails_the_target_not_the_engine(harness: Harness, paths: Paths) -> None:
    asset, sha = _asset(harness, paths, b"soon gone", "alt", "gone.png")
    broken = harness.post(T0, "with a lost picture", media=(asset,))
    fine = harness.post(T0 + MIN, "text only")
    blob_path(paths.media, sha).unlink()

    async def body() -> None:
        engine = harness.engine(paths=paths)
        harness.clock.advance(MIN)
        await engine.start()
        await engine.wait_idle()
        await _pass(engine)  # a later pass must not try it again
        await engine.stop()

    run(body)
    assert harness.state(broken) is S.FAILED
    assert _delivery(harness, broken).reason_code == "media_missing"
    assert "gone.png" in (_delivery(harness, broken).reason_text or "")
    assert harness.state(fine) is S.PUBLISHED
    assert [r.parts for r in harness.net.received] == [("text only",)]
    attention = harness.of_type(NeedsAttention)
    assert [(a.target_id, a.code) for a in attention] == [(broken, "media_missing")]


# -- accounts that need reconnecting ------------------------------------------------------


def test_auth_expired_holds_the_account_and_resumes_after_reconnect(harness: Harness) -> None:
    first = harness.post(T0, "first")
    second = harness.post(T0 + 10 * MIN, "second")
    harness.net.script(Fault.http(401, "token revoked"))

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        await engine.wait_idle()
        assert harness.state(first) is S.FAILED_RETRYABLE
        assert _status(harness) is AccountStatus.NEEDS_RECONNECT
        harness.clock.advance(10 * MIN)
        await _pass(engine)
        await _pass(engine)
        assert harness.state(second) is S.DUE  # held, visibly, without a request
        assert _delivery(harness, second).reason_code == "needs_reconnect"
        assert len(harness.net.requests) == 1
        assert not await engine.has_work()
        harness.clock.advance(timedelta(days=2))
        await _pass(engine)
        assert len(harness.net.requests) == 1
        _set_status(harness, AccountStatus.CONNECTED)
        await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.state(first) is S.PUBLISHED
    assert harness.state(second) is S.PUBLISHED
    assert sorted(r.parts for r in harness.net.received) == [("first",), ("second",)]
    assert harness.net.counts_by_key().most_common(1)[0][1] == 1
    attention = [(a.target_id, a.code) for a in harness.of_type(NeedsAttention)]
    assert attention == [(first, "needs_reconnect"), (second, "needs_reconnect")]
    held = [e for e in harness.of_type(TargetChanged) if e.reason_code == "needs_reconnect"]
    assert [(e.target_id, e.state) for e in held] == [(first, S.FAILED_RETRYABLE), (second, S.DUE)]


def test_an_auth_failure_spends_no_retry(harness: Harness) -> None:
    tid = harness.post(T0)
    harness.net.script(Fault.http(401, "expired"), Fault.http(503, "busy"))

    async def body() -> None:
        engine = harness.engine(backoff=BackoffPolicy(max_attempts=2))
        await engine.start()
        await engine.wait_idle()
        _set_status(harness, AccountStatus.CONNECTED)
        await _pass(engine)  # 503: with the 401 counted this would be attempt 2 of 2
        assert harness.state(tid) is S.FAILED_RETRYABLE
        assert _delivery(harness, tid).reason_code == "transient"
        harness.clock.advance(timedelta(hours=1))
        await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.PUBLISHED
    with harness.db.read_session() as s:
        outcomes = [a.outcome for a in s.exec(select(DeliveryAttemptRow).order_by(DeliveryAttemptRow.attempt_no)).all()]
    assert outcomes == ["auth_expired", "transient", "published"]


def test_account_flagged_in_the_store_holds_its_posts(harness: Harness) -> None:
    tid = harness.post(T0 + MIN)
    _set_status(harness, AccountStatus.NEEDS_RECONNECT)

    async def body() -> None:
        engine = harness.engine()
        await engine.start()
        harness.clock.advance(MIN)
        for _ in range(3):
            await _pass(engine)
        assert harness.state(tid) is S.DUE
        assert harness.net.requests == []
        assert not await engine.has_work()
        _set_status(harness, AccountStatus.CONNECTED)
        assert await engine.has_work()
        await _pass(engine)
        await engine.stop()

    run(body)
    assert harness.state(tid) is S.PUBLISHED
    assert [a.code for a in harness.of_type(NeedsAttention)] == ["needs_reconnect"]


# -- token refresh ------------------------------------------------------------------------


def test_token_refresh_hook_runs_every_period_on_the_heartbeat(harness: Harness) -> None:
    calls: list[object] = []

    async def refresh() -> list[int]:
        calls.append(harness.clock.now())
        return []

    async def body() -> None:
        engine = harness.engine(refresh_tokens=refresh, token_refresh_every=5 * MIN)
        await engine.start()
        await engine.wait_idle()
        assert len(calls) == 1  # at start
        harness.clock.advance(MIN)
        await engine.heartbeat()
        await engine.wait_idle()
        assert len(calls) == 1
        harness.clock.advance(4 * MIN)
        await engine.heartbeat()
        await engine.wait_idle()
        assert len(calls) == 2
        harness.switch.online = False
        await engine.connectivity.check()
        harness.clock.advance(10 * MIN)
        await engine.heartbeat()
        await engine.wait_idle()
        assert len(calls) == 2  # no refresh while offline
        harness.switch.online = True
        await engine.heartbeat()
        await engine.wait_idle()
        assert len(calls) == 3
        await engine.stop()

    run(body)
    assert calls == [T0, T0 + 5 * MIN, T0 + 15 * MIN]


def test_a_failing_refresh_holds_the_account_and_never_breaks_the_engine(harness: Harness) -> None:
    tid = harness.post(T0 + 10 * MIN)
    calls = 0

    async def refresh() -> list[int]:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("keyring locked")
        # What AccountService.refresh_due does when the network refuses the refresh token.
        _set_status(harness, AccountStatus.NEEDS_RECONNECT)
        return [harness.account_id]

    async def body() -> None:
        engine = harness.engine(refresh_tokens=refresh, token_refresh_every=5 * MIN)
        await engine.start()
        await engine.wait_idle()
        harness.clock.advance(10 * MIN)
        await engine.heartbeat()
        await engine.wait_idle()
        await _pass(engine)
        await engine.stop()

    run(body)
    assert calls == 2
    assert harness.state(tid) is S.DUE
    assert _delivery(harness, tid).reason_code == "needs_reconnect"
    assert harness.net.requests == []
