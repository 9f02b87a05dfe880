"""The calendar's data source: which range is wanted, what is loaded, what the worker is asked.

Every store read runs on the `BackgroundRunner`. The newest wanted range wins: a request
overtaken while it waited in the queue does no work (so a held key never queries a month the
user has already left), and an answer for a range no longer wanted only fills the cache. The
ranges around the shown one are prefetched, the one in the direction of travel first, each
only while the user still looks where it was asked from, so a prefetch never holds up the
visible month for long. Loaded ranges are kept (a few) so paging back finds them at once.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QObject, QTimer, Signal

from postdesk.core.calendar import CalendarEntry, EntryStatus, group_by_day, sort_entries
from postdesk.core.slots import QueueSchedule, occurrences
from postdesk.store.repositories.calendar import AccountChoice, CalendarRepository
from postdesk.store.repositories.queues import QueuesRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.calendar.queue_slots import mark_repeats

#: A range's identity: UTC bounds and the zone its days are bucketed in.
RangeKey = tuple[datetime, datetime, str]
#: How many loaded ranges are kept (the shown one, its neighbours, a few recent ones).
CACHED_RANGES = 8
#: The runner key of a full load (a newer one wins).
FULL_LOAD = "calendar-load"


@dataclass(frozen=True, slots=True)
class LoadedRange:
    """One visible range as loaded: sorted, and bucketed on the worker for the request's zone,
    so the UI thread only hands ready lists to the models when no filter is on."""

    entries: list[CalendarEntry]
    zone: ZoneInfo
    by_day: dict[date, list[CalendarEntry]]


@dataclass(frozen=True, slots=True)
class LoadedExtras:
    """What a full load reads besides the range: the drafts list and the filter's choices."""

    drafts: list[CalendarEntry]
    tags: list[str]
    accounts: list[AccountChoice]


@dataclass(frozen=True, slots=True)
class _FullAnswer:
    range: LoadedRange
    extras: LoadedExtras


class _Cached:
    """A range asked of the worker (`result` None while pending). A full load withdraws
    pending requests from the runner, so an answer that arrives belongs to this entry."""

    __slots__ = ("result",)

    def __init__(self) -> None:
        self.result: LoadedRange | None = None


def job_key(key: RangeKey) -> str:
    """The runner key of the request for one range."""
    return f"calendar-range:{key[0].isoformat()}/{key[1].isoformat()}/{key[2]}"


class RangeLoader(QObject):
    """Loads the wanted range (from its cache or the worker) and prefetches its neighbours.

    Args:
        repository: range reads (called on the runner's worker only).
        runner: the worker.
        now: the clock (UTC, tz-aware); free queue slots start at now.
        queues: the queue schedules whose free slots are shown (called on the worker).
        queue_edits: marks posts of a running repeat series (None: no marks).
        parent: the owning QObject.

    Signals:
        range_ready: (LoadedRange, LoadedExtras | None) the wanted range is loaded; extras only
            after a full load.
        failed: (BaseException) a read failed.
    """

    range_ready = Signal(object, object)
    failed = Signal(object)

    def __init__(
        self,
        repository: CalendarRepository,
        runner: BackgroundRunner,
        *,
        now: Callable[[], datetime],
        queues: Callable[[], Sequence[QueueSchedule]],
        queue_edits: QueuesRepository | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._repo = repository
        self._runner = runner
        self._now = now
        self._queues = queues
        self._queue_edits = queue_edits
        # Loaded ranges by key, most recently shown last; dropped by every full load.
        self._cache: OrderedDict[RangeKey, _Cached] = OrderedDict()
        self._wanted: RangeKey | None = None
        # Work that waits until no range is pending (the zone list): it never delays a month.
        self._idle_jobs: list[Callable[[], None]] = []
        #: A load is pending: what is on screen is not the wanted range yet.
        self.stale = True

    @property
    def wanted(self) -> RangeKey | None:
        return self._wanted

    def load(self, key: RangeKey, *, full: bool) -> None:
        """Show `key`: from the cache when there, else from the worker. `full` (start, reload)
        drops the cache, since the store changed, and reads the drafts and filter choices too."""
        self.stale = True
        self._wanted = key
        now = self._now()
        if full:
            for pending in [k for k, c in self._cache.items() if c.result is None]:
                self._runner.cancel(job_key(pending))  # asked before the store changed
            self._cache.clear()

            def fetch_all() -> _FullAnswer | None:
                if self._wanted != key:
                    return None  # the user moved on while this waited: newest wins
                extras = LoadedExtras(self._repo.unscheduled_drafts(), self._repo.tags(), self._repo.accounts())
                return _FullAnswer(self._fetch(key, now), extras)

            self._cache[key] = _Cached()
            self._runner.submit(
                fetch_all, on_done=lambda answer: self._on_full(key, answer), on_error=self.failed.emit, key=FULL_LOAD
            )
            return
        cached = self._cache.get(key)
        if cached is None:
            self._request(key, now, prefetch_for=None)
        elif cached.result is not None:
            self._cache.move_to_end(key)
            # Applied from the event loop, like a worker answer, so callers see one behaviour.
            QTimer.singleShot(0, lambda: self._apply_cached(key))
        # else: already asked (a prefetch); its answer is shown when it arrives.

    def prefetch(self, keys: Sequence[RangeKey]) -> None:
        """Ask for these ranges (nearest first) while the user looks at the wanted one; each is
        skipped on the worker if the user has moved on by the time its turn comes."""
        now = self._now()
        for key in keys:
            if key not in self._cache:
                self._request(key, now, prefetch_for=self._wanted)

    def forget_others(self) -> None:
        """Keep only the wanted range (cached neighbours offer queue slots that may have passed)."""
        self._cache = OrderedDict((k, c) for k, c in self._cache.items() if k == self._wanted)

    def fetch_zone_keys(self, on_done: Callable[[list[str]], None]) -> None:
        """Read every IANA zone name on the worker, once no range is pending (a range wins)."""
        self._idle_jobs.append(lambda: self._runner.submit(_zone_keys, on_done=on_done))
        self._run_idle_jobs()

    def _run_idle_jobs(self) -> None:
        if any(c.result is None for c in self._cache.values()):
            return
        jobs, self._idle_jobs = self._idle_jobs, []
        for job in jobs:
            job()

    def check_store_empty(self, shown: bool, on_done: Callable[[bool], None]) -> None:
        """Call `on_done(True)` when the store holds no post at all ("No posts yet"); asked on the
        worker only when nothing on screen shows a post (`shown` False): another month may."""
        if shown:
            self._runner.cancel("calendar-empty")
            on_done(False)
            return
        self._runner.submit(lambda: not self._repo.has_posts(), on_done=on_done, key="calendar-empty")

    # -- internals ------------------------------------------------------------------------------

    def _fetch(self, key: RangeKey, now: datetime) -> LoadedRange:
        # Runs on the worker.
        lo, hi, zone_key = key
        zone = ZoneInfo(zone_key)  # the class caches instances: no disk read after the first
        found = mark_repeats(self._repo.entries_between(lo, hi), self._queue_edits)
        slots = _empty_slots(self._queues(), found, max(lo, now), hi)
        # The store answers in time order; only free slots need merging in.
        entries = sort_entries(found + slots) if slots else found
        return LoadedRange(entries, zone, group_by_day(entries, zone))

    def _request(self, key: RangeKey, now: datetime, *, prefetch_for: RangeKey | None) -> None:
        self._cache[key] = _Cached()

        def fetch() -> LoadedRange | None:
            # Newest wins: a request overtaken while it waited in the queue does no work, and a
            # prefetch only runs while the user still looks where it was asked from.
            if self._wanted != key and (prefetch_for is None or self._wanted != prefetch_for):
                return None
            return self._fetch(key, now)

        self._runner.submit(
            fetch, on_done=lambda result: self._on_range(key, result), on_error=self.failed.emit, key=job_key(key)
        )

    def _on_range(self, key: RangeKey, result: LoadedRange | None) -> None:
        cached = self._cache.get(key)
        if cached is None:
            return  # trimmed from the cache meanwhile
        if result is None:
            del self._cache[key]
            if key == self._wanted:  # skipped while unwanted, wanted again since
                self._request(key, self._now(), prefetch_for=None)
            self._run_idle_jobs()
            return
        cached.result = result
        self._trim()
        if key == self._wanted and self.stale:
            self._show(result, None)
        self._run_idle_jobs()

    def _on_full(self, key: RangeKey, answer: _FullAnswer | None) -> None:
        cached = self._cache.get(key)
        if answer is None:  # overtaken while queued
            if cached is not None and cached.result is None:
                del self._cache[key]
                if key == self._wanted and self.stale:
                    self._request(key, self._now(), prefetch_for=None)
            self._run_idle_jobs()
            return
        if cached is not None:
            cached.result = answer.range
        if key == self._wanted and self.stale:
            self._show(answer.range, answer.extras)
        self._run_idle_jobs()

    def _apply_cached(self, key: RangeKey) -> None:
        cached = self._cache.get(key)
        if key == self._wanted and self.stale and cached is not None and cached.result is not None:
            self._show(cached.result, None)

    def _show(self, loaded: LoadedRange, extras: LoadedExtras | None) -> None:
        self.stale = False
        self.range_ready.emit(loaded, extras)

    def _trim(self) -> None:
        done = [k for k, c in self._cache.items() if c.result is not None and k != self._wanted]
        for key in done[: max(0, len(done) - CACHED_RANGES)]:
            del self._cache[key]


def _empty_slots(
    queues: Sequence[QueueSchedule], entries: Sequence[CalendarEntry], start: datetime, end: datetime
) -> list[CalendarEntry]:
    """Queue slot instants in [start, end) that no post holds, as dashed placeholder entries."""
    if start >= end or not queues:
        return []
    taken = {e.instant for e in entries if e.instant is not None}
    slots = []
    for schedule in queues:
        for instant in occurrences(schedule, start, end):
            if instant not in taken:
                slots.append(
                    CalendarEntry(
                        post_id=None,
                        instant=instant,
                        zone=schedule.zone,
                        status=EntryStatus.QUEUE_SLOT,
                        slot_name=schedule.name,
                    )
                )
    return slots


def _zone_keys() -> list[str]:
    """Every IANA zone name, sorted (reads tzdata: call on the worker)."""
    return sorted(available_timezones())
