"""The publishing engine: one asyncio loop's worth of scheduling, delivery, catch-up and outbox.

`Engine` runs on the loop of `runner.EngineRunner` (GUI) or `headless.main`. Everything it
knows about the schedule it reads from the database on every pass (`run_due`); the alarm
(`scheduler.AlarmClock`) only decides *when* a pass happens. Database calls run on one
dedicated thread so the loop never blocks on SQLite and writes never contend with each other.

Targets of one account go out one after another, in schedule order ("lanes", one per
account); accounts run in parallel up to `EngineConfig.max_parallel`.

Targets of an account flagged `needs_reconnect` are held (`due`, reason `needs_reconnect`) rather
than sent, and go out on the first pass after the account is connected again. Tokens are
refreshed ahead of expiry by an optional hook that the heartbeat runs every
`EngineConfig.token_refresh_every`.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import random
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypeVar

from postdesk.core.entities import TargetState
from postdesk.core.networks import Network
from postdesk.core.retry import BackoffPolicy, Jitter, TokenBucket
from postdesk.core.states import CatchUpDecision, Event
from postdesk.core.text.measure import measure, measure_mastodon
from postdesk.engine import auto_handoff
from postdesk.engine.clock import Clock, SystemClock
from postdesk.engine.connectivity import Connectivity
from postdesk.engine.delivery import Delivery, failure_detail
from postdesk.engine.events import (
    CatchUpRequired,
    ClockJumped,
    ConnectivityChanged,
    EngineEvent,
    EngineStarted,
    EngineStopped,
    EventSink,
    LateTarget,
    NeedsAttention,
    OutboxDrained,
    TargetChanged,
)
from postdesk.engine.ledger import HANDOFF_PENDING, NEEDS_RECONNECT, Ledger, Outcome, StaleState, Work
from postdesk.engine.metrics_job import MetricsFetched, MetricsJob
from postdesk.engine.outbox import Action, ActionKind, Outbox, failure_words, next_try, run_action
from postdesk.engine.queue import QueueStore
from postdesk.engine.reply_once import REPLY_IN_DOUBT, ReplyInDoubt, send_reply_once
from postdesk.engine.scheduler import AlarmClock, ClockJumpDetector
from postdesk.log import get_logger
from postdesk.paths import Paths
from postdesk.platforms.base import Adapter, AdapterError, Published
from postdesk.platforms.capabilities import SupportsEdit, SupportsNativeSchedule
from postdesk.store import snapshots
from postdesk.store.db import Database
from postdesk.store.repositories.insights import InsightsRepository
from postdesk.store.tables import AccountRow

_log = get_logger("engine")
S = TargetState
T = TypeVar("T")
LaneKey = tuple[str, int | None]


@dataclass(frozen=True, slots=True)
class EngineConfig:
    """Tunables of the engine.

    Attributes:
        backoff: retry policy for transient failures.
        max_parallel: accounts published to at the same time.
        heartbeat: period of the heartbeat (schedule rebuild, clock-jump check, offline probe).
        clock_jump_tolerance: drift between wall and elapsed time that counts as a jump.
        handoff_margin: how long after its time a handed-off post is looked up.
        token_refresh_every: how often the heartbeat runs the token-refresh hook.
        use_alarm: start APScheduler (False in tests that drive `run_due` with a manual clock).
    """

    backoff: BackoffPolicy = field(default_factory=BackoffPolicy)
    max_parallel: int = 8
    heartbeat: timedelta = timedelta(seconds=30)
    clock_jump_tolerance: timedelta = timedelta(seconds=30)
    handoff_margin: timedelta = timedelta(minutes=5)
    token_refresh_every: timedelta = timedelta(minutes=5)
    use_alarm: bool = True


@dataclass(frozen=True, slots=True)
class ActionResult:
    """The answer to a user action.

    Attributes:
        done: targets the action applied to.
        refused: targets it could not apply to (wrong state, gone).
    """

    done: tuple[int, ...] = ()
    refused: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class EditResult:
    """The answer to an edit of a published post (`Engine.edit_published`).

    Attributes:
        state: "edited" (the network has the new text and the record says so), "waiting" (queued:
            offline, or the network asked to try later; it goes by itself), or "refused".
        reason: for "refused", a code (`EDIT_REFUSALS`) or the network's own words.
        action_id: the queued outbox action, when one was queued.
    """

    state: str
    reason: str = ""
    action_id: int | None = None


#: Codes of edits refused before anything is sent (the UI words them).
EDIT_REFUSALS = ("not_published", "cannot_edit", "empty", "too_long", "thread_parts")


class Engine:
    """The publishing engine.

    Args (besides the attributes):
        paths: the data directory, for the media library's blobs (default: the directory
            holding the database file).
        refresh_tokens: refreshes the tokens of accounts that expire soon (e.g.
            `AccountService.refresh_due`); run at start and every
            `EngineConfig.token_refresh_every` by the heartbeat, never two at once.

    Attributes:
        clock: the injected clock.
        connectivity: the engine's belief about the network.
        ledger: its database access.
        outbox: the queue of offline actions.
        paths: the data directory.
    """

    def __init__(
        self,
        db: Database,
        adapters: Callable[[], Mapping[Network, Adapter]],
        *,
        emit: EventSink,
        clock: Clock | None = None,
        connectivity: Connectivity | None = None,
        jitter: Jitter | None = None,
        config: EngineConfig | None = None,
        sleep: Callable[[float], Any] = asyncio.sleep,
        paths: Paths | None = None,
        refresh_tokens: Callable[[], Awaitable[object]] | None = None,
    ) -> None:
        self.clock = clock or SystemClock()
        self.paths = paths or Paths(db.path.parent)
        self.config = config or EngineConfig()
        self.ledger = Ledger(db)
        self.outbox = Outbox(db)
        self.queues = QueueStore(db)
        self.connectivity = connectivity or Connectivity(self._probe_adapters)
        self._make_adapters = adapters
        self._adapters: Mapping[Network, Adapter] = {}
        self._emit_to = emit
        self._jitter = jitter or random.Random().random
        self._sleep = sleep
        self._pool: ThreadPoolExecutor | None = None
        self._delivery: Delivery | None = None
        self._alarm = AlarmClock(self._on_wake, self._on_heartbeat, self.config.heartbeat)
        self._jumps = ClockJumpDetector(self.config.clock_jump_tolerance)
        self._lanes: dict[LaneKey, deque[Work]] = {}
        self._lane_tasks: dict[LaneKey, asyncio.Task[None]] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._inflight: set[int] = set()
        self._buckets: dict[LaneKey, TokenBucket] = {}
        self._pass_lock: asyncio.Lock | None = None
        self._outbox_lock: asyncio.Lock | None = None
        self._slots: asyncio.Semaphore | None = None
        self._last_waiting = -1
        self._running = False
        self._publishing_paused = False
        self._refresh_tokens = refresh_tokens
        self._refresh_task: asyncio.Task[Any] | None = None
        self._last_refresh: datetime | None = None
        #: Accounts flagged `needs_reconnect`, as last read (each pass) or learned (AuthExpired).
        self._reconnect: set[int] = set()
        #: Reads the counts of published posts (heartbeat, and `refresh_metrics`).
        self.metrics = MetricsJob(
            InsightsRepository(db),
            self._db,
            lambda: self._adapters,
            self.clock,
            online=lambda: self.connectivity.online,
            reconnect=self.ledger.accounts_needing_reconnect,
        )
        self._metrics_task: asyncio.Task[Any] | None = None
        #: Targets the automatic hand-off tried since start (each is tried once).
        self._handoff_tried: set[int] = set()

    # -- life cycle ---------------------------------------------------------------------

    async def start(self) -> None:
        """Recover, check the network, catch up, and start the alarm (on the engine loop)."""
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="postdesk-db")
        self._pass_lock = asyncio.Lock()
        self._outbox_lock = asyncio.Lock()
        self._slots = asyncio.Semaphore(self.config.max_parallel)
        self._adapters = dict(self._make_adapters())
        self._delivery = Delivery(
            self.ledger,
            self._db,
            self._adapters,
            self.clock,
            self.connectivity,
            self._emit,
            backoff=self.config.backoff,
            jitter=self._jitter,
            media_dir=self.paths.media,
        )
        self.connectivity.subscribe(self._on_connectivity)
        recovered = await self._db(self.ledger.recover, self.clock.now())
        self._running = True
        self._emit(EngineStarted(recovered_unknown=len(recovered)))
        self._jumps.sample(self.clock.now(), self.clock.monotonic())
        if self.config.use_alarm:
            self._alarm.start()
        await self.connectivity.check()
        self._maybe_refresh_tokens()
        await self.run_due(announce_catch_up=True)

    async def stop(self, grace: float = 5.0) -> None:
        """Stop the alarm, let in-flight sends finish for up to `grace` seconds, close up."""
        self._running = False
        self._alarm.stop()
        pending = [t for t in self._lane_tasks.values() if not t.done()]
        if pending:
            _done, still = await asyncio.wait(pending, timeout=grace)
            for task in still:
                task.cancel()
            if still:
                await asyncio.gather(*still, return_exceptions=True)
        for task in list(self._tasks):
            task.cancel()
        for adapter in self._adapters.values():
            try:
                await adapter.aclose()
            except Exception:
                _log.debug("closing adapter failed", exc_info=True)
        if self._pool is not None:
            self._pool.shutdown(wait=True)
        self._emit(EngineStopped())

    async def wait_idle(self) -> None:
        """Return once no lane is running and no follow-up pass is pending (tests, headless)."""
        while True:
            busy = [t for t in (*self._lane_tasks.values(), *self._tasks) if not t.done()]
            if not busy:
                return
            await asyncio.gather(*busy, return_exceptions=True)

    async def has_work(self) -> bool:
        """Whether anything is due, sending, or waiting for a retry or lookup.

        Targets that wait for the user (reconnect an account, decide about a post) and posts
        scheduled for later do not count: `--exit-when-idle` would otherwise never exit.
        """
        if any(not t.done() for t in self._lane_tasks.values()):
            return True
        if await self._db(self.ledger.count_in, (S.PUBLISHING,)) > 0:
            return True
        reconnect = await self._db(self.ledger.accounts_needing_reconnect)
        candidates = await self._db(self.ledger.candidates, self.clock.now())
        if any(not _held(w, reconnect) for w in candidates):
            return True
        return await self._db(self.ledger.next_retry) is not None

    # -- plumbing -----------------------------------------------------------------------

    async def _db(self, fn: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, functools.partial(fn, *args))

    def _emit(self, event: EngineEvent) -> None:
        try:
            self._emit_to(event)
        except Exception:
            _log.exception("event sink failed on %r", event)

    def _spawn(self, coro: Any, name: str) -> None:
        # Keep a reference (STYLE.md rule 4): an unreferenced task may be collected mid-run.
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            _log.error("engine task %s failed", task.get_name(), exc_info=task.exception())

    async def _probe_adapters(self) -> bool:
        # Only ask the hosts of networks the user has accounts on: with no account there is
        # nothing to publish, and a fresh install must not contact every network on start.
        used = await self._db(self.ledger.networks_with_accounts)
        adapters = [a for network, a in self._adapters.items() if network.value in used]
        if not adapters:
            return True
        results = await asyncio.gather(*(a.probe() for a in adapters), return_exceptions=True)
        return any(r is True for r in results)

    async def _rearm(self) -> None:
        if self.config.use_alarm and self._running:
            self._alarm.wake_at(await self._db(self.ledger.next_wake))

    # -- the pass -----------------------------------------------------------------------

    async def run_due(self, *, announce_catch_up: bool = False) -> None:
        """One pass over the schedule: promote what fell due, then send it (if online)."""
        assert self._pass_lock is not None, "start() first"
        async with self._pass_lock:
            now = self.clock.now()
            self._reconnect = await self._db(self.ledger.accounts_needing_reconnect)
            policy = await self._db(self.ledger.catch_up_policy)
            asked = False
            ready: list[Work] = []
            batches: dict[tuple[TargetState, Event, str], list[int]] = {}
            for work in await self._db(self.ledger.candidates, now):
                if work.target_id in self._inflight:
                    continue
                if work.state is S.SCHEDULED and work.handoff_remote_id is not None:
                    # The network's scheduler has it: only confirm, some time after its instant.
                    if work.scheduled_at is not None and work.scheduled_at + self.config.handoff_margin <= now:
                        ready.append(work)
                    continue
                if work.state is S.SCHEDULED and work.scheduled_at is not None:
                    decision = policy.decide(work.scheduled_at, now)
                    if decision is CatchUpDecision.ASK:
                        try:
                            await self._db(self.ledger.mark_awaiting_catch_up, work.target_id, now)
                        except StaleState:
                            continue
                        asked = True
                    elif decision is CatchUpDecision.SKIP:
                        await self._skip(work)
                    else:
                        code = "caught_up" if decision is CatchUpDecision.PUBLISH else "fell_due"
                        batches.setdefault((S.SCHEDULED, Event.FALL_DUE, code), []).append(work.target_id)
                elif work.state is S.FAILED_RETRYABLE:
                    batches.setdefault((S.FAILED_RETRYABLE, Event.RETRY_DUE, "retry_due"), []).append(work.target_id)
                else:
                    ready.append(work)
            for (expect, event, code), ids in batches.items():
                for moved in await self._db(self.ledger.move_many, ids, expect, event, now, code):
                    self._emit(
                        TargetChanged(
                            target_id=moved.target_id, post_id=moved.post_id, network=moved.network, state=moved.state
                        )
                    )
                    ready.append(moved)
            ready.sort(key=lambda w: (w.scheduled_at or now, w.target_id))
            ready = await self._hold_for_reconnect(ready)
            if asked or announce_catch_up:
                await self._announce_catch_up()
            if self._publishing_paused:
                pass  # promoted and committed; sent when the user resumes publishing
            elif not self.connectivity.online:
                waiting = sum(1 for w in ready if w.state is S.DUE)
                if waiting != self._last_waiting:
                    self._last_waiting = waiting
                    self._emit(ConnectivityChanged(online=False, waiting=waiting))
            else:
                for work in ready:
                    self._enqueue(work)
            if self.connectivity.online and not self._publishing_paused:
                await self._hand_off_chosen(now)
        await self._rearm()

    async def _hand_off_chosen(self, now: datetime) -> None:
        """Hand to the network's own scheduler the targets whose user chose so (at save time).

        Only targets far enough ahead for the network to accept (`auto_handoff.MIN_AHEAD`), on
        networks that can schedule natively, and each once: a refused hand-off is recorded and
        the target stays Postdesk's to publish.
        """
        assert self._delivery is not None
        for work in await self._db(auto_handoff.candidates, self.ledger, now):
            if work.target_id in self._handoff_tried:
                continue
            adapter = self._delivery.adapter_for(work)
            if not isinstance(adapter, SupportsNativeSchedule):
                continue
            self._handoff_tried.add(work.target_id)
            assert work.scheduled_at is not None
            try:
                await self._delivery.hand_off(work, work.scheduled_at)
            except StaleState:
                continue
            self._emit(
                TargetChanged(target_id=work.target_id, post_id=work.post_id, network=work.network, state=S.SCHEDULED)
            )

    async def _hold_for_reconnect(self, ready: list[Work]) -> list[Work]:
        """Hold the due targets of accounts needing a reconnect; return the rest."""
        assert self._delivery is not None
        rest: list[Work] = []
        for work in ready:
            if _held(work, self._reconnect):
                await self._delivery.hold_for_reconnect(work)
            else:
                rest.append(work)
        return rest

    async def _skip(self, work: Work) -> None:
        """Catch-up policy said skip: pause the late target (it stays visible, nothing lost)."""
        assert self._delivery is not None
        with contextlib.suppress(StaleState):
            await self._delivery._move(
                work,
                (S.SCHEDULED,),
                Event.PAUSE,
                Outcome("catch_up_skipped", reason_code="missed", detail={"scheduled_at": work.scheduled_at}),
            )

    async def _announce_catch_up(self) -> None:
        late = await self._db(self.ledger.awaiting_catch_up)
        if late:
            self._emit(
                CatchUpRequired(
                    tuple(
                        LateTarget(w.target_id, w.post_id, w.network, w.scheduled_at)  # type: ignore[arg-type]
                        for w in late
                    )
                )
            )

    # -- lanes --------------------------------------------------------------------------

    def _enqueue(self, work: Work) -> None:
        key: LaneKey = (work.network, work.account_id)
        self._inflight.add(work.target_id)
        self._lanes.setdefault(key, deque()).append(work)
        task = self._lane_tasks.get(key)
        if task is None or task.done():
            self._lane_tasks[key] = asyncio.get_running_loop().create_task(
                self._lane(key), name=f"lane-{key[0]}-{key[1]}"
            )

    async def _lane(self, key: LaneKey) -> None:
        assert self._slots is not None and self._delivery is not None
        queue = self._lanes[key]
        try:
            while queue and self._running:
                work = queue.popleft()
                try:
                    if not self.connectivity.online or self._publishing_paused:
                        continue  # still `due` in the database; a later pass sends it
                    async with self._slots:
                        await self._respect_rate_limit(key, work)
                        if work.state is S.SCHEDULED and work.handoff_remote_id is not None:
                            result = await self._delivery.confirm_handoff(work)
                        elif work.state is S.UNKNOWN:
                            result = await self._delivery.resolve_unknown(work)
                        elif _held(work, self._reconnect):
                            # Its account failed earlier in this lane: do not spend a request.
                            result = await self._delivery.hold_for_reconnect(work)
                        else:
                            result = await self._delivery.send(work)
                    if result is not None and result.reason_code == NEEDS_RECONNECT and result.account_id is not None:
                        self._reconnect.add(result.account_id)
                    if result is not None and result.state is S.FAILED_RETRYABLE and result.next_attempt_at is not None:
                        self._drain_bucket(key, result.next_attempt_at)
                    if result is not None and result.state is S.PUBLISHED:
                        await self._db(self.queues.after_published, result.post_id, self.clock.now())
                except Exception:
                    _log.exception("delivery of target %s failed", work.target_id)
                finally:
                    self._inflight.discard(work.target_id)
        finally:
            for work in queue:
                self._inflight.discard(work.target_id)
            queue.clear()
        await self._rearm()

    async def _respect_rate_limit(self, key: LaneKey, work: Work) -> None:
        assert self._delivery is not None
        adapter = self._delivery.adapter_for(work)
        if adapter is None or adapter.rate_limit is None:
            return
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = TokenBucket(adapter.rate_limit.requests, adapter.rate_limit.per.total_seconds())
            self._buckets[key] = bucket
        while not bucket.take(self.clock.monotonic()):
            await self._sleep(bucket.wait_time(self.clock.monotonic()))

    def _drain_bucket(self, key: LaneKey, until: datetime) -> None:
        # One 429 speaks for the whole account: hold its other targets back too.
        bucket = self._buckets.get(key)
        if bucket is not None:
            seconds = max(0.0, (until - self.clock.now()).total_seconds())
            bucket.drain_for(seconds, self.clock.monotonic())

    # -- alarm and connectivity callbacks -----------------------------------------------

    async def _on_wake(self) -> None:
        await self.run_due()

    async def _on_heartbeat(self) -> None:
        await self.heartbeat()

    async def heartbeat(self) -> None:
        """Check for a clock jump, refresh tokens when due, re-probe when offline, run a pass."""
        jump = self._jumps.sample(self.clock.now(), self.clock.monotonic())
        if jump is not None:
            _log.info("clock jumped by %.0f s (sleep or clock change): rebuilding", jump)
            self._emit(ClockJumped(seconds=jump))
        if jump is not None or not self.connectivity.online:
            # After a wake the network is often not back yet: probe before catching up.
            await self.connectivity.check()
        refresh = self._maybe_refresh_tokens(force=jump is not None)
        if refresh is not None:
            # Before the pass, so it sends with fresh tokens and holds what a refresh broke.
            await asyncio.shield(refresh)
        await self.run_due()
        if self.connectivity.online:
            await self.drain_outbox()
        self._maybe_fetch_metrics()

    def _maybe_fetch_metrics(self) -> None:
        """Start a metrics pass (`metrics_job`) if its period has passed and none is running."""
        if not self._running or not self.connectivity.online:
            return
        if self._metrics_task is not None and not self._metrics_task.done():
            return
        if self.metrics.pass_due(self.clock.now()):
            self._metrics_task = asyncio.get_running_loop().create_task(self.metrics.run_due(), name="metrics")
            self._tasks.add(self._metrics_task)
            self._metrics_task.add_done_callback(self._task_done)

    async def refresh_metrics(self, target_ids: Iterable[int]) -> MetricsFetched:
        """Read the counts of these published targets now (the user's "Refresh now")."""
        return await self.metrics.refresh(target_ids)

    def _maybe_refresh_tokens(self, *, force: bool = False) -> asyncio.Task[Any] | None:
        """Start the token-refresh hook if its period has passed; return its task, if started."""
        if self._refresh_tokens is None or not self.connectivity.online:
            return None
        if self._refresh_task is not None and not self._refresh_task.done():
            return None  # one refresh at a time: a refresh token is often single-use
        now = self.clock.now()
        last = self._last_refresh
        # A clock set backwards (now < last) also counts as "due": the period is unknowable.
        if not force and last is not None and last <= now and now - last < self.config.token_refresh_every:
            return None
        self._last_refresh = now
        self._refresh_task = asyncio.get_running_loop().create_task(self._run_refresh(), name="refresh-tokens")
        self._tasks.add(self._refresh_task)
        self._refresh_task.add_done_callback(self._task_done)
        return self._refresh_task

    async def _run_refresh(self) -> None:
        assert self._refresh_tokens is not None
        try:
            # Accounts whose refresh fails are flagged `needs_reconnect` by the hook; the next
            # pass reads that and holds their targets.
            await self._refresh_tokens()
        except Exception:
            _log.exception("refreshing account tokens failed")

    def _on_connectivity(self, online: bool) -> None:
        self._last_waiting = -1
        self._emit(ConnectivityChanged(online=online))
        if online and self._running:
            self._spawn(self._back_online(), "back-online")

    async def _back_online(self) -> None:
        await self.run_due()
        await self.drain_outbox()

    def adapter(self, network: Network) -> Adapter | None:
        """The adapter the engine publishes to `network` with, once started (call on the engine loop).

        Panes that ask a network something outside publishing (Pinterest's boards for the
        composer's picker) use it, so the engine's client and token refreshes are shared.
        """
        return self._adapters.get(network)

    # -- outbox -------------------------------------------------------------------------

    async def drain_outbox(self) -> OutboxDrained:
        """Replay queued offline actions in order (stops at the first connection failure)."""
        assert self._outbox_lock is not None, "start() first"
        # One drain at a time: reconnect and heartbeat both drain, and a comment sent twice
        # is a duplicate the user sees.
        async with self._outbox_lock:
            return await self._drain_outbox()

    async def _drain_outbox(self) -> OutboxDrained:
        done = failed = 0
        for action in await self._db(self.outbox.pending, self.clock.now()):
            if not self.connectivity.online:
                break
            remote_id: str | None = None
            try:
                if action.kind is ActionKind.REPLY:
                    remote_id = (await self._send_reply(action)).remote_id
                else:
                    await run_action(action, self._adapters)
            except ReplyInDoubt as doubt:
                failed += 1
                await self._db(self.outbox.hand_to_user, action.id, self.clock.now(), str(doubt))
                self._emit(NeedsAttention(action.target_id or 0, 0, REPLY_IN_DOUBT, str(doubt)))
                continue
            except AdapterError as error:
                when = next_try(self.config.backoff, action.attempts, self._jitter, self.clock.now(), error)
                message = failure_words(error)
                if when is None:
                    failed += 1
                    await self._db(self.outbox.finish, action.id, self.clock.now(), message)
                    if action.kind is ActionKind.EDIT and action.target_id is not None:
                        await self._edit_failed(action.target_id, error)
                else:
                    await self._db(self.outbox.postpone, action.id, when, message)
                continue
            done += 1
            if action.kind is ActionKind.EDIT:
                # Before the action is marked done: a crash in between re-sends the same edit (the
                # network keeps the same text) and `_record_edit` does not add the revision twice.
                await self._record_edit(action)
            await self._db(self.outbox.finish, action.id, self.clock.now(), None, remote_id)
        result = OutboxDrained(done=done, failed=failed)
        if done or failed:
            self._emit(result)
        return result

    async def _send_reply(self, action: Action) -> Published:
        async def mark(when: datetime) -> None:
            await self._db(self.outbox.mark_sending, action.id, when)

        async def clear() -> None:
            await self._db(self.outbox.clear_sending, action.id)

        return await send_reply_once(action, self._adapters, now=self.clock.now, mark_sending=mark, clear_sending=clear)

    # -- user actions -------------------------------------------------------------------

    async def _apply(
        self, target_ids: Iterable[int], expect: tuple[TargetState, ...], event: Event, code: str
    ) -> ActionResult:
        assert self._delivery is not None
        done: list[int] = []
        refused: list[int] = []
        for target_id in target_ids:
            work = await self._db(self.ledger.get, target_id)
            if work is None or work.state not in expect or target_id in self._inflight:
                refused.append(target_id)
                continue
            try:
                await self._delivery._move(work, (work.state,), event, Outcome(code))
            except (StaleState, ValueError):
                refused.append(target_id)
                continue
            done.append(target_id)
        if done:
            self._spawn(self.run_due(), "after-action")
        return ActionResult(tuple(done), tuple(refused))

    async def publish_now(self, target_ids: Iterable[int]) -> ActionResult:
        """Send these targets now, whatever their schedule.

        A target the network's own scheduler holds is refused: sending it too would post it
        twice (cancel takes it back first).
        """
        ids, handed = await self._split_handed_off(target_ids)
        result = await self._apply(
            ids, (S.DRAFT, S.SCHEDULED, S.PAUSED, S.FAILED, S.FAILED_RETRYABLE), Event.FALL_DUE, "publish_now"
        )
        return ActionResult(result.done, result.refused + handed)

    async def _split_handed_off(self, target_ids: Iterable[int]) -> tuple[list[int], tuple[int, ...]]:
        """The targets not handed to a network's scheduler, and those that are."""
        rest: list[int] = []
        handed: list[int] = []
        for target_id in target_ids:
            work = await self._db(self.ledger.get, target_id)
            if work is not None and work.state is S.SCHEDULED and work.handoff_remote_id is not None:
                handed.append(target_id)
            else:
                rest.append(target_id)
        return rest, tuple(handed)

    async def retry(self, target_ids: Iterable[int]) -> ActionResult:
        """Try failed targets again now."""
        return await self._apply(target_ids, (S.FAILED, S.FAILED_RETRYABLE), Event.FALL_DUE, "user_retry")

    async def pause(self, target_ids: Iterable[int]) -> ActionResult:
        """Hold targets until resumed (not one the network's scheduler holds: it would still post it)."""
        ids, handed = await self._split_handed_off(target_ids)
        result = await self._apply(ids, (S.SCHEDULED, S.DUE, S.FAILED_RETRYABLE), Event.PAUSE, "paused")
        return ActionResult(result.done, result.refused + handed)

    async def resume(self, target_ids: Iterable[int]) -> ActionResult:
        """Put paused targets back on their schedule."""
        return await self._apply(target_ids, (S.PAUSED,), Event.RESUME, "resumed")

    async def cancel(self, target_ids: Iterable[int]) -> ActionResult:
        """Never send these targets (not possible while a send is in flight).

        A target handed to the network's own scheduler is taken back first: the deletion of the
        network's scheduled copy is queued in the outbox (it goes when the network is reachable)
        before the target is cancelled. A hand-off whose answer is still out is refused: which
        copy to withdraw is not known yet.
        """
        ids = list(target_ids)
        refused: list[int] = []
        for target_id in ids:
            work = await self._db(self.ledger.get, target_id)
            if work is None or work.handoff_remote_id is None or work.state is not S.SCHEDULED:
                continue
            if work.handoff_remote_id == HANDOFF_PENDING:
                refused.append(target_id)
                continue
            await self._db(
                self.outbox.enqueue,
                ActionKind.DELETE,
                work.network,
                work.account_id,
                target_id,
                {"remote_id": work.handoff_remote_id},
                self.clock.now(),
            )
            await self._db(self.ledger.set_handoff, target_id, None, self.clock.now())
            if self.connectivity.online:
                self._spawn(self.drain_outbox(), "outbox")
        result = await self._apply(
            [i for i in ids if i not in refused],
            (S.DRAFT, S.SCHEDULED, S.DUE, S.FAILED_RETRYABLE, S.FAILED, S.PAUSED, S.UNKNOWN),
            Event.CANCEL,
            "cancelled",
        )
        return ActionResult(result.done, result.refused + tuple(refused))

    async def resolve_catch_up(self, target_ids: Iterable[int], publish: bool) -> ActionResult:
        """The user's answer to `CatchUpRequired`: publish the late targets now, or skip them."""
        if publish:
            return await self._apply(target_ids, (S.SCHEDULED,), Event.FALL_DUE, "caught_up")
        return await self._apply(target_ids, (S.SCHEDULED,), Event.PAUSE, "catch_up_skipped")

    async def resolve_unknown(
        self, target_id: int, published: bool, remote_url: str | None = None, remote_id: str | None = None
    ) -> ActionResult:
        """The user checked the network: the post is there (`published`) or not (send again).

        With "it's there", the link the user found (and the post's id, where the link carries
        it) is stored as the published post's, so "see the post" and deleting it work.
        """
        if published and (remote_url or remote_id):
            assert self._delivery is not None
            work = await self._db(self.ledger.get, target_id)
            if work is None or work.state is not S.UNKNOWN or target_id in self._inflight:
                return ActionResult(refused=(target_id,))
            try:
                await self._delivery._move(
                    work,
                    (S.UNKNOWN,),
                    Event.USER_MARK_PUBLISHED,
                    Outcome("user_marked_published", remote_id=remote_id or remote_url, remote_url=remote_url),
                )
            except (StaleState, ValueError):
                return ActionResult(refused=(target_id,))
            return ActionResult(done=(target_id,))
        if published:
            return await self._apply((target_id,), (S.UNKNOWN,), Event.USER_MARK_PUBLISHED, "user_marked_published")
        return await self._apply((target_id,), (S.UNKNOWN,), Event.NOT_FOUND, "user_marked_missing")

    async def set_publishing_paused(self, paused: bool) -> None:
        """Hold (or release) all sending, e.g. from the tray; schedules keep falling due."""
        self._publishing_paused = paused
        if not paused:
            await self.run_due()

    async def add_to_queue(self, post_id: int, schedule_id: int) -> datetime | None:
        """Schedule a post in the next free slot of a queue; return the slot (None: full)."""
        slot = await self._db(self.queues.add_to_queue, post_id, schedule_id, self.clock.now())
        await self._rearm()
        return slot

    async def hand_off(self, target_id: int) -> bool:
        """Give a scheduled target to the network's own scheduler (works with the app closed)."""
        assert self._delivery is not None
        work = await self._db(self.ledger.get, target_id)
        if work is None or work.state is not S.SCHEDULED or work.scheduled_at is None:
            return False
        return await self._delivery.hand_off(work, work.scheduled_at)

    async def delete_published(self, target_id: int) -> int:
        """Queue the deletion of a published post from its network; return the action id."""
        return await self._queue_action(target_id, ActionKind.DELETE, {})

    async def edit_published(
        self, target_id: int, parts: Sequence[str], options: Mapping[str, Any] | None = None
    ) -> EditResult:
        """Change a published post on its network (Mastodon's edit), then record the new revision.

        Only the first part's text and the options given (content warning, sensitive, language)
        change; the post's other targets and the post itself are never touched. The text is
        checked with the rules the composer uses (`core.text.measure`, with the account's own
        instance limit). The edit is an outbox action: offline, it waits and goes once the network
        is back (exactly once); online, this waits for the network's answer. On success the
        target's frozen record gets a new revision (`store.snapshots.revise`: what is on the
        network now, the previous one kept in the activity log) and a `TargetChanged` event.

        Returns:
            What happened, in an `EditResult`.
        """
        work = await self._db(self.ledger.get, target_id)
        if work is None or work.state is not S.PUBLISHED or not work.remote_id:
            return EditResult("refused", "not_published")
        adapter = self._adapters.get(Network(work.network))
        if not isinstance(adapter, SupportsEdit):
            return EditResult("refused", "cannot_edit")
        new_parts = tuple(str(p) for p in parts)
        if not new_parts or not new_parts[0].strip():
            return EditResult("refused", "empty")
        if new_parts[1:] != work.parts[1:]:
            return EditResult("refused", "thread_parts")  # only the first post of a thread is edited
        new_options = {**work.options, **dict(options or {})}
        limit = await self._db(_text_limit, self.ledger.db, work.account_id)
        if Network(work.network) is Network.MASTODON:
            fits = measure_mastodon(new_parts[0], str(new_options.get("spoiler_text") or ""), limit or 500).fits
        else:
            fits = measure(new_parts[0], work.network, max_chars=limit).fits
        if not fits:
            return EditResult("refused", "too_long")
        action_id = await self._db(
            self.outbox.enqueue,
            ActionKind.EDIT,
            work.network,
            work.account_id,
            target_id,
            {"remote_id": work.remote_id, "parts": list(new_parts), "options": new_options},
            self.clock.now(),
        )
        if not self.connectivity.online:
            return EditResult("waiting", action_id=action_id)
        await self.drain_outbox()
        done, error = await self._db(self.outbox.outcome, action_id)
        if not done:
            return EditResult("waiting", action_id=action_id)
        if error is not None:
            return EditResult("refused", error, action_id)
        return EditResult("edited", action_id=action_id)

    async def _record_edit(self, action: Action) -> None:
        """The network took an edit: record it as the target's new revision (once)."""
        if action.target_id is None:
            return
        target_id = action.target_id
        parts = tuple(str(p) for p in action.payload.get("parts") or ())
        options = dict(action.payload.get("options") or {})

        def write() -> None:
            with self.ledger.db.session() as session:
                current = snapshots.read(session, target_id)
                if current is None or (current.parts == parts and current.options == options):
                    return
                snapshots.revise(session, target_id, parts, options, self.clock.now())

        await self._db(write)
        work = await self._db(self.ledger.get, target_id)
        if work is not None:
            self._emit(TargetChanged(target_id=target_id, post_id=work.post_id, network=work.network, state=work.state))

    async def _edit_failed(self, target_id: int, error: AdapterError) -> None:
        # The network's words, or Postdesk's own refusal as a code the activity words (never its English).
        work = await self._db(self.ledger.get, target_id)
        if work is not None:
            await self._db(
                self.ledger.record,
                work.post_id,
                target_id,
                "edit_on_network_failed",
                failure_detail(error),
                self.clock.now(),
            )
            self._emit(TargetChanged(target_id=target_id, post_id=work.post_id, network=work.network, state=work.state))

    async def comment(self, target_id: int, text: str) -> int:
        """Queue a comment (reply) under a published post; return the action id."""
        return await self._queue_action(target_id, ActionKind.COMMENT, {"text": text})

    async def _queue_action(self, target_id: int, kind: ActionKind, payload: dict[str, Any]) -> int:
        work = await self._db(self.ledger.get, target_id)
        if work is None or work.remote_id is None:
            raise ValueError(f"target {target_id} has no published post")
        action_id = await self._db(
            self.outbox.enqueue,
            kind,
            work.network,
            work.account_id,
            target_id,
            {**payload, "remote_id": work.remote_id},
            self.clock.now(),
        )
        if self.connectivity.online:
            self._spawn(self.drain_outbox(), "outbox")
        return action_id


def _text_limit(db: Database, account_id: int | None) -> int | None:
    """The account's own text limit (a Mastodon instance's `max_characters`), or None.

    Read where the composer reads it (`ui.composer.services`): the account's options, or the
    instance limits its server advertised at sign-in.
    """
    if account_id is None:
        return None
    with db.read_session() as session:
        account = session.get(AccountRow, account_id)
        if account is None:
            return None
        try:
            options = json.loads(account.default_options_json or "{}")
        except ValueError:
            return None
    facts = ((options.get("_client") or {}).get("facts") or {}).get("instance_limits") or {}
    limit = options.get("max_characters") or facts.get("max_characters")
    return int(limit) if isinstance(limit, int) and limit > 0 else None


def _held(work: Work, reconnect: set[int]) -> bool:
    """Whether a target must wait for its account to be reconnected instead of going out."""
    return work.state is S.DUE and work.account_id is not None and work.account_id in reconnect
