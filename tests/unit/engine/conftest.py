"""Engine fixtures: a migrated database, the recording fake network, a manual clock, helpers."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.engine.connectivity import Connectivity
from postdesk.engine.engine import Engine, EngineConfig
from postdesk.engine.events import EngineEvent
from postdesk.paths import Paths
from postdesk.store.db import Database, open_database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.posts import PostRepository
from tests.fakes.recording_adapter import RecordingAdapter
from tests.fakes.recording_network import RecordingNetwork

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class ManualClock:
    """A clock that moves only when told; `sleep` advances it (for rate-limit waits)."""

    def __init__(self, now: datetime = T0) -> None:
        self._now = now
        self._mono = 1000.0
        self.slept: list[float] = []

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, delta: timedelta, *, elapsed: timedelta | None = None) -> None:
        """Move wall time by `delta` and elapsed time by `elapsed` (default: the same)."""
        self._now += delta
        self._mono += (delta if elapsed is None else elapsed).total_seconds()

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.advance(timedelta(seconds=seconds))
        await asyncio.sleep(0)


@dataclass
class Switch:
    """A connectivity probe the test flips."""

    online: bool = True
    probes: int = 0

    async def __call__(self) -> bool:
        self.probes += 1
        return self.online


@dataclass
class Harness:
    """Everything one engine test needs."""

    db: Database
    net: RecordingNetwork
    clock: ManualClock
    switch: Switch
    account_id: int
    events: list[EngineEvent] = field(default_factory=list)
    adapter_kwargs: dict[str, Any] = field(default_factory=dict)

    def engine(
        self,
        *,
        paths: Paths | None = None,
        refresh_tokens: Callable[[], Coroutine[Any, Any, Any]] | None = None,
        **config: Any,
    ) -> Engine:
        kwargs = dict(self.adapter_kwargs)
        kwargs.setdefault("timeout", 0.5)
        return Engine(
            self.db,
            lambda: {Network.MASTODON: RecordingAdapter(self.net.url, **kwargs)},
            emit=self.events.append,
            clock=self.clock,
            connectivity=Connectivity(self.switch),
            jitter=lambda: 0.0,
            config=EngineConfig(use_alarm=False, **config),
            sleep=self.clock.sleep,
            paths=paths,
            refresh_tokens=refresh_tokens,
        )

    def post(
        self,
        at: datetime | None,
        text: str = "hello",
        *,
        state: TargetState = TargetState.SCHEDULED,
        account_id: int | None = None,
        options: dict[str, Any] | None = None,
        media: tuple[int, ...] = (),
        media_override: tuple[int, ...] | None = None,
    ) -> int:
        """Store a post with one Mastodon target; return the target id."""
        saved = PostRepository(self.db).save(
            Post(
                parts=(text,),
                scheduled_at=at,
                scheduled_zone="Europe/Paris",
                media=media,
                targets=(
                    Target(
                        Network.MASTODON,
                        account_id or self.account_id,
                        state=state,
                        options=options or {},
                        media_override=media_override,
                    ),
                ),
            ),
            now=self.clock.now(),
        )
        from sqlmodel import select

        from postdesk.store.tables import TargetRow

        with self.db.read_session() as session:
            row = session.exec(select(TargetRow).where(TargetRow.post_id == saved.id)).one()
            return int(row.id)

    def state(self, target_id: int) -> TargetState:
        from postdesk.store.tables import TargetRow

        with self.db.read_session() as session:
            return TargetState(session.get(TargetRow, target_id).state)

    def of_type(self, kind: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]


def run(coro_fn: Callable[[], Coroutine[Any, Any, Any]]) -> Any:
    """Run an async test body on a fresh loop."""
    return asyncio.run(coro_fn())


@pytest.fixture
def harness(paths: Paths) -> Iterator[Harness]:
    db = open_database(paths)
    net = RecordingNetwork()
    net.start()
    account = AccountRepository(db).add(Network.MASTODON, "@me@example.social", now=T0)
    try:
        yield Harness(db=db, net=net, clock=ManualClock(), switch=Switch(), account_id=int(account.id))
    finally:
        net.stop()
        db.close()
