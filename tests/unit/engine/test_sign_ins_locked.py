"""Locked sign-ins hold a post without blaming the account: it goes out once they are unlocked."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlmodel import select

from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.core.entities import AccountStatus, Network
from postdesk.core.entities import TargetState as S
from postdesk.engine.connectivity import Connectivity
from postdesk.engine.engine import Engine, EngineConfig
from postdesk.engine.events import NeedsAttention
from postdesk.platforms.base import SIGN_INS_LOCKED, Published, PublishRequest
from postdesk.platforms.credentials import Credentials
from postdesk.platforms.rest_call import account_credentials
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.tables import DeliveryAttemptRow
from tests.fakes.recording_adapter import RecordingAdapter
from tests.unit.engine.conftest import T0, Harness, run


class _LockableSource:
    """Tokens kept in a vault the user may not have unlocked yet."""

    def __init__(self) -> None:
        self.locked = True
        self.asked = 0

    async def get(self, account_id: int, *, force_refresh: bool = False) -> Credentials:
        self.asked += 1
        if self.locked:
            raise AuthError(AuthProblem.VAULT_LOCKED)
        return Credentials(access_token="token")  # type: ignore[call-arg]


class _VaultAdapter(RecordingAdapter):
    def __init__(self, source: _LockableSource, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._source = source

    async def publish(self, request: PublishRequest) -> Published:
        await account_credentials(self._source, request.account_id)  # type: ignore[arg-type]
        return await super().publish(request)


def test_a_locked_vault_holds_the_post_and_never_marks_the_account(harness: Harness) -> None:
    source = _LockableSource()
    tid = harness.post(T0)
    engine = Engine(
        harness.db,
        lambda: {Network.MASTODON: _VaultAdapter(source, harness.net.url, timeout=0.5)},
        emit=harness.events.append,
        clock=harness.clock,
        connectivity=Connectivity(harness.switch),
        jitter=lambda: 0.0,
        config=EngineConfig(use_alarm=False),
        sleep=harness.clock.sleep,
    )

    async def body() -> None:
        await engine.start()
        await engine.wait_idle()
        for _ in range(12):  # far more passes than the retry budget
            harness.clock.advance(timedelta(minutes=30))
            await engine.run_due()
            await engine.wait_idle()
        assert harness.net.received == []
        assert harness.state(tid) is S.FAILED_RETRYABLE
        source.locked = False  # the user unlocked the vault
        harness.clock.advance(timedelta(hours=1))
        await engine.run_due()
        await engine.wait_idle()
        await engine.stop()

    run(body)
    assert source.asked >= 3
    assert [r.parts for r in harness.net.received] == [("hello",)]
    assert harness.state(tid) is S.PUBLISHED
    account = AccountRepository(harness.db).get(harness.account_id)
    assert account.status is AccountStatus.CONNECTED
    assert "needs_reconnect" not in [a.code for a in harness.of_type(NeedsAttention)]
    with harness.db.read_session() as s:
        outcomes = [a.outcome for a in s.exec(select(DeliveryAttemptRow)).all()]
    assert SIGN_INS_LOCKED in outcomes and "gave_up" not in outcomes
