"""The alarm clock: APScheduler 3.x wakes the engine; the database remains the schedule.

Only two jobs ever exist: `wake`, a one-shot at the earliest instant the database needs the
engine (recomputed after every pass and every user action), and `heartbeat`, a periodic job
that rebuilds `wake` from the database, watches for clock jumps (sleep, or the clock being set)
and retries connectivity while offline. Nothing about a post lives in APScheduler, so a lost job
loses nothing (Vorta lost runs across sleep while its jobs *were* its schedule, vorta #347).

Job options, on purpose:
- `wake`: `misfire_grace_time=None` (run however late: lateness is for the catch-up policy to
  judge, not for the alarm to silently drop), `coalesce=True`, `max_instances=1`.
- `heartbeat`: `misfire_grace_time=None`, `coalesce=True` (one run after a sleep, not a burst),
  `max_instances=1` (a slow pass is never overlapped by the next).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

WAKE_JOB = "wake"
HEARTBEAT_JOB = "heartbeat"


@dataclass
class ClockJumpDetector:
    """Compares wall-clock time with elapsed (monotonic) time between two samples.

    On Linux and macOS the monotonic clock stops while the machine sleeps, so after a wake the
    wall clock has moved further than the monotonic one; setting the clock moves only the wall
    clock. Either way the alarm's notion of time is stale and the schedule must be re-read.

    Attributes:
        tolerance: the drift below which nothing happened.
    """

    tolerance: timedelta = timedelta(seconds=30)
    _wall: datetime | None = None
    _mono: float | None = None

    def sample(self, wall: datetime, mono: float) -> float | None:
        """Record a sample; return the jump (wall minus elapsed seconds) if beyond tolerance."""
        jump: float | None = None
        if self._wall is not None and self._mono is not None:
            drift = (wall - self._wall).total_seconds() - (mono - self._mono)
            if abs(drift) > self.tolerance.total_seconds():
                jump = drift
        self._wall, self._mono = wall, mono
        return jump


class AlarmClock:
    """APScheduler's AsyncIOScheduler, reduced to "wake me at" and "tick every".

    Attributes:
        heartbeat: the period of the heartbeat job.
    """

    def __init__(
        self,
        on_wake: Callable[[], Awaitable[None]],
        on_heartbeat: Callable[[], Awaitable[None]],
        heartbeat: timedelta = timedelta(seconds=30),
    ) -> None:
        self.heartbeat = heartbeat
        self._on_wake = on_wake
        self._on_heartbeat = on_heartbeat
        self._scheduler: AsyncIOScheduler | None = None

    def start(self) -> None:
        """Start on the running loop (call from the engine loop)."""
        self._scheduler = AsyncIOScheduler(timezone=UTC)
        self._scheduler.add_job(
            self._on_heartbeat,
            IntervalTrigger(seconds=self.heartbeat.total_seconds()),
            id=HEARTBEAT_JOB,
            misfire_grace_time=None,
            coalesce=True,
            max_instances=1,
        )
        self._scheduler.start()

    def wake_at(self, when: datetime | None) -> None:
        """Replace the wake job: one run at `when` (now if past), or none."""
        if self._scheduler is None:
            return
        if when is None:
            if self._scheduler.get_job(WAKE_JOB) is not None:
                self._scheduler.remove_job(WAKE_JOB)
            return
        self._scheduler.add_job(
            self._on_wake,
            DateTrigger(run_date=when.astimezone(UTC)),
            id=WAKE_JOB,
            replace_existing=True,
            misfire_grace_time=None,
            coalesce=True,
            max_instances=1,
        )

    def next_wake(self) -> datetime | None:
        """When the wake job will run, if any."""
        if self._scheduler is None:
            return None
        job = self._scheduler.get_job(WAKE_JOB)
        return None if job is None else job.next_run_time

    def stop(self) -> None:
        """Stop without waiting for running jobs (the engine cancels its own tasks)."""
        if self._scheduler is not None and self._scheduler.running:
            self._scheduler.shutdown(wait=False)
        self._scheduler = None
