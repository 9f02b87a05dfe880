"""The metrics job: reads the counts of published posts, on a schedule and on demand.

The database is the schedule (STYLE.md rule 6): a published target is due when a checkpoint
after its publishing instant (an hour, a day, a week: `core.insights.CHECKPOINTS`) has passed
that no snapshot covers yet (`core.insights.metrics_due`). The engine's heartbeat starts a pass
(`run_due`) at most every `every`; nothing about metrics lives in APScheduler. The user's
"Refresh now" reads the given targets at once (`refresh`), whatever their checkpoints.

Each answer is a new `metric_snapshot` row, so the history is kept. Per account, at most
`per_account` requests are in flight at once; accounts run in parallel, `max_parallel` requests
in all.

Failures:
- `RateLimited`: the account is left alone until its `Retry-After` (or `rate_limit_wait`),
  in this pass and the next ones, on demand too (asking early only lengthens the ban).
- `AuthExpired`: the account is skipped for the rest of the pass and for `auth_wait`; accounts
  flagged `needs_reconnect` are not asked at all. A metrics refusal never flags the account:
  reading counts may need a scope publishing does not (LinkedIn's `r_member_social`).
- `Rejected` (the post is gone): a `gone` snapshot; the target is not asked again.
- `Transient`: the target is tried again after a growing wait (in memory; a restart retries).
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from postdesk.core import insights as core
from postdesk.core.networks import Network
from postdesk.engine.clock import Clock
from postdesk.log import get_logger
from postdesk.platforms.base import Adapter, AdapterError, AuthExpired, RateLimited, Rejected
from postdesk.platforms.metrics import MetricsAdapter, PostMetrics
from postdesk.store.repositories.insights import Counts, InsightsRepository, PublishedTarget

_log = get_logger("engine.metrics")
RunDb = Callable[..., Awaitable[Any]]


@dataclass(frozen=True, slots=True)
class MetricsFetched:
    """What one pass (or one refresh) did.

    Attributes:
        fetched: targets whose counts were stored.
        gone: targets whose network said the post is gone.
        rate_limited: accounts the network asked to wait.
        auth_expired: accounts whose sign-in the network refused.
        failed: targets that failed for a passing reason (tried again later).
        skipped: targets not asked (offline, account held, network without metrics).
    """

    fetched: tuple[int, ...] = ()
    gone: tuple[int, ...] = ()
    rate_limited: tuple[int, ...] = ()
    auth_expired: tuple[int, ...] = ()
    failed: tuple[int, ...] = ()
    skipped: tuple[int, ...] = ()


@dataclass
class _Pass:
    fetched: list[int] = field(default_factory=list)
    gone: list[int] = field(default_factory=list)
    rate_limited: set[int] = field(default_factory=set)
    auth_expired: set[int] = field(default_factory=set)
    failed: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)

    def result(self) -> MetricsFetched:
        return MetricsFetched(
            tuple(self.fetched),
            tuple(self.gone),
            tuple(sorted(self.rate_limited)),
            tuple(sorted(self.auth_expired)),
            tuple(self.failed),
            tuple(self.skipped),
        )


def to_counts(metrics: PostMetrics) -> Counts:
    """An adapter's answer as stored (clicks where an adapter reports them)."""
    return Counts(
        likes=metrics.likes,
        reposts=metrics.reposts,
        replies=metrics.replies,
        quotes=metrics.quotes,
        views=metrics.views,
        clicks=getattr(metrics, "clicks", None),
    )


class MetricsJob:
    """Fetches metrics of published targets; runs on the engine loop.

    Args:
        repo: the snapshots' repository.
        run_db: runs a blocking store call off the loop (`Engine._db`).
        adapters: the engine's adapters (read at each pass: they are built at engine start).
        clock: the engine's clock.
        online: whether the network is believed reachable.
        reconnect: the accounts flagged `needs_reconnect` (a blocking store call).
        per_account: requests in flight at once per account.
        max_parallel: requests in flight at once in all.
        every: the least time between two scheduled passes.
        checkpoints: when after publishing counts are read.
        rate_limit_wait: the wait after a 429 without `Retry-After`.
        auth_wait: how long an account whose sign-in was refused is left alone.
        transient_wait: the first wait after a passing failure (doubles, up to a day).
    """

    def __init__(
        self,
        repo: InsightsRepository,
        run_db: RunDb,
        adapters: Callable[[], Mapping[Network, Adapter]],
        clock: Clock,
        *,
        online: Callable[[], bool] = lambda: True,
        reconnect: Callable[[], set[int]] | None = None,
        per_account: int = 2,
        max_parallel: int = 8,
        every: timedelta = timedelta(minutes=5),
        checkpoints: tuple[timedelta, ...] = core.CHECKPOINTS,
        rate_limit_wait: timedelta = timedelta(minutes=15),
        auth_wait: timedelta = timedelta(hours=1),
        transient_wait: timedelta = timedelta(minutes=5),
    ) -> None:
        self.repo = repo
        self._db = run_db
        self._adapters = adapters
        self._clock = clock
        self._online = online
        self._reconnect = reconnect
        self._per_account = max(1, per_account)
        self._max_parallel = max(1, max_parallel)
        self._every = every
        self._checkpoints = checkpoints
        self._rate_limit_wait = rate_limit_wait
        self._auth_wait = auth_wait
        self._transient_wait = transient_wait
        #: account → instant before which it is not asked (rate limit, refused sign-in).
        self._account_hold: dict[int | None, datetime] = {}
        self._auth_held: set[int | None] = set()
        #: target → (failures, instant before which it is not asked again).
        self._target_hold: dict[int, tuple[int, datetime]] = {}
        self._last_pass: datetime | None = None
        self._lock: asyncio.Lock | None = None

    # -- scheduling -------------------------------------------------------------------------

    def pass_due(self, now: datetime) -> bool:
        """Whether a scheduled pass should run now (at most one per `every`)."""
        last = self._last_pass
        return last is None or now < last or now - last >= self._every

    async def run_due(self) -> MetricsFetched:
        """Fetch every target whose checkpoint has come (the heartbeat's pass)."""
        now = self._clock.now()
        self._last_pass = now
        candidates = await self._db(self.repo.published_targets)
        due = [
            t
            for t in candidates
            if not t.gone
            and core.metrics_due(t.published_at, t.last_fetched_at, now, self._checkpoints)
            and not self._target_held(t.target_id, now)
        ]
        return await self._fetch(due, on_demand=False)

    async def refresh(self, target_ids: Iterable[int]) -> MetricsFetched:
        """Fetch these targets now, whatever their checkpoints (the user's "Refresh now")."""
        wanted = list(dict.fromkeys(target_ids))
        found = await self._db(self.repo.published_targets, wanted)
        askable = [t for t in found if not t.gone]
        result = await self._fetch(askable, on_demand=True)
        asked = {t.target_id for t in askable}
        missing = tuple(i for i in wanted if i not in asked)  # not published, or gone
        return MetricsFetched(
            result.fetched,
            result.gone,
            result.rate_limited,
            result.auth_expired,
            result.failed,
            result.skipped + missing,
        )

    def _target_held(self, target_id: int, now: datetime) -> bool:
        hold = self._target_hold.get(target_id)
        return hold is not None and now < hold[1]

    def _account_held(self, account_id: int | None, now: datetime, on_demand: bool) -> bool:
        until = self._account_hold.get(account_id)
        if until is None or now >= until:
            return False
        # On demand, a refused sign-in is asked again (the user may have just reconnected);
        # a rate limit never is.
        return not (on_demand and account_id in self._auth_held)

    # -- fetching ---------------------------------------------------------------------------

    async def _fetch(self, targets: list[PublishedTarget], *, on_demand: bool) -> MetricsFetched:
        if self._lock is None:
            self._lock = asyncio.Lock()
        outcome = _Pass()
        if not targets:
            return outcome.result()
        if not self._online():
            outcome.skipped.extend(t.target_id for t in targets)
            return outcome.result()
        async with self._lock:  # a scheduled pass and a refresh never ask for one post twice
            flagged = await self._db(self._reconnect) if self._reconnect is not None else set()
            adapters = self._adapters()
            lanes: dict[tuple[str, int | None], list[PublishedTarget]] = {}
            for target in targets:
                network = _network(target.network)
                adapter = adapters.get(network) if network is not None else None
                if not isinstance(adapter, MetricsAdapter) or target.account_id in flagged:
                    outcome.skipped.append(target.target_id)
                    continue
                lanes.setdefault((target.network, target.account_id), []).append(target)
            everyone = asyncio.Semaphore(self._max_parallel)
            await asyncio.gather(
                *(
                    self._lane(adapters[Network(network)], account_id, work, outcome, on_demand, everyone)
                    for (network, account_id), work in lanes.items()
                )
            )
        return outcome.result()

    async def _lane(
        self,
        adapter: Adapter,
        account_id: int | None,
        work: list[PublishedTarget],
        outcome: _Pass,
        on_demand: bool,
        everyone: asyncio.Semaphore,
    ) -> None:
        slots = asyncio.Semaphore(self._per_account)
        stop = asyncio.Event()  # set by a 429 or a refused sign-in: the account is done for now

        async def one(target: PublishedTarget) -> None:
            async with slots, everyone:
                if stop.is_set() or self._account_held(account_id, self._clock.now(), on_demand):
                    outcome.skipped.append(target.target_id)
                    return
                await self._one(adapter, target, outcome, stop)

        await asyncio.gather(*(one(t) for t in work))

    async def _one(self, adapter: Adapter, target: PublishedTarget, outcome: _Pass, stop: asyncio.Event) -> None:
        assert isinstance(adapter, MetricsAdapter)
        account_id = target.account_id
        try:
            metrics = await adapter.metrics(account_id, target.remote_id)
        except RateLimited as error:
            stop.set()
            wait = error.retry_after if error.retry_after is not None else self._rate_limit_wait
            self._hold_account(account_id, wait, auth=False)
            outcome.rate_limited.add(account_id or 0)
            outcome.skipped.append(target.target_id)
            return
        except AuthExpired:
            stop.set()
            self._hold_account(account_id, self._auth_wait, auth=True)
            outcome.auth_expired.add(account_id or 0)
            outcome.skipped.append(target.target_id)
            return
        except Rejected:
            await self._db(functools.partial(self.repo.record, gone=True), target.target_id, self._clock.now(), None)
            self._target_hold.pop(target.target_id, None)
            outcome.gone.append(target.target_id)
            return
        except AdapterError as error:
            failures = self._target_hold.get(target.target_id, (0, self._clock.now()))[0] + 1
            wait = min(self._transient_wait * (2 ** (failures - 1)), timedelta(days=1))
            self._target_hold[target.target_id] = (failures, self._clock.now() + wait)
            _log.info(
                "metrics of target %s failed (%s); next in %.0f s",
                target.target_id,
                type(error).__name__,
                wait.total_seconds(),
            )
            outcome.failed.append(target.target_id)
            return
        except Exception:
            _log.exception("metrics of target %s failed", target.target_id)
            outcome.failed.append(target.target_id)
            return
        await self._db(self.repo.record, target.target_id, self._clock.now(), to_counts(metrics))
        self._target_hold.pop(target.target_id, None)
        if account_id in self._auth_held:
            self._auth_held.discard(account_id)
            self._account_hold.pop(account_id, None)
        outcome.fetched.append(target.target_id)

    def _hold_account(self, account_id: int | None, wait: timedelta, *, auth: bool) -> None:
        until = self._clock.now() + wait
        self._account_hold[account_id] = max(until, self._account_hold.get(account_id, until))
        if auth:
            self._auth_held.add(account_id)
        else:
            self._auth_held.discard(account_id)


def _network(value: str) -> Network | None:
    try:
        return Network(value)
    except ValueError:
        return None
