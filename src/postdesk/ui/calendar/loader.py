"""The calendar's data source: which range is wanted, what is loaded, what the worker is asked.

Every store read runs on the `BackgroundRunner`. The newest wanted range wins: a request
overtaken while it waited in the queue does no work (so a held key never queries a month the
user has already left), and an answer for a range no longer wanted only fills the cache. The
ranges around the shown one are prefetched, the one in the direction of travel first, each
only while the user still looks where it was asked from, so a prefetch never holds up the
visible month for long. Loaded ranges are kept (a few) so paging back finds them at once.

A range not loaded yet is read in two steps when the view allows (`Quick`): first what the view
draws (a month grid: the first posts of each day and every day's count; the list: its first
rows), shown at once, then the whole range behind it for filters, the list and drops, read only
while the range is still wanted. Neighbours are prefetched the quick way too.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QObject, QTimer, Signal

from postdesk.core.calendar import (
    DateRange,
    group_by_day,
    sort_entries,
    utc_bounds,
)
from postdesk.core.slots import QueueSchedule
from postdesk.store.repositories.calendar import CalendarRepository, RangeRows, stored_instant
from postdesk.store.repositories.queues import QueuesRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.calendar.queue_slots import mark_repeats
from postdesk.ui.calendar.ranges import (
    LIST_HEAD,
    PER_DAY,
    LoadedExtras,
    LoadedRange,
    Quick,
    RangeKey,
    empty_slots,
    view_request,
)

__all__ = [
    "FULL_LOAD",
    "LIST_HEAD",
    "PER_DAY",
    "LoadedExtras",
    "LoadedRange",
    "Quick",
    "RangeKey",
    "RangeLoader",
    "view_request",
]

#: How many loaded ranges are kept (the shown one, its neighbours, a few recent ones).
CACHED_RANGES = 8
_ONE_DAY = timedelta(days=1)
#: The runner key of a full load (a newer one wins).
FULL_LOAD = "calendar-load"
#: How long the user stays on a range shown in part before the rest is read. While a key is
#: held nothing else is read: a read of a whole month on the worker holds the interpreter lock
#: in Python for tens of milliseconds and would slow the painting of the next month.
SETTLE_MS = 250


@dataclass(frozen=True, slots=True)
class _FullAnswer:
    range: LoadedRange
    extras: LoadedExtras


class _Cached:
    """A range asked of the worker (`result` None while pending, or only what the view draws
    while `completing`). A full load withdraws pending requests from the runner, so an answer
    that arrives belongs to this entry."""

    __slots__ = ("completing", "result")

    def __init__(self) -> None:
        self.result: LoadedRange | None = None
        self.completing = False


def job_key(key: RangeKey) -> str:
    """The runner key of the request for one range."""
    return f"calendar-range:{key[0].isoformat()}/{key[1].isoformat()}/{key[2]}"


def complete_key(key: RangeKey) -> str:
    """The runner key of the read of a whole range behind its quick read."""
    return f"calendar-whole:{key[0].isoformat()}/{key[1].isoformat()}/{key[2]}"


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
        # Reads the whole of the wanted range once the user has stayed on it (`SETTLE_MS`).
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.complete_wanted)

    @property
    def wanted(self) -> RangeKey | None:
        return self._wanted

    @property
    def complete(self) -> bool:
        """Whether the range on screen is the wanted one, read whole."""
        cached = self._cache.get(self._wanted) if self._wanted is not None else None
        return not self.stale and cached is not None and cached.result is not None and cached.result.complete

    def load(self, key: RangeKey, *, full: bool, quick: Quick | None = None) -> None:
        """Show `key`: from the cache when there, else from the worker (what the view draws
        first when `quick` says how). `full` (start, reload) drops the cache, since the store
        changed, and reads the drafts and filter choices too."""
        self.stale = True
        self._wanted = key
        now = self._now()
        if full:
            for pending, cached in self._cache.items():
                if cached.result is None:
                    self._runner.cancel(job_key(pending))  # asked before the store changed
                if cached.completing:
                    self._runner.cancel(complete_key(pending))
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
            self._request(key, now, prefetch_for=None, quick=quick)
        elif cached.result is not None:
            self._cache.move_to_end(key)
            # Applied from the event loop, like a worker answer, so callers see one behaviour.
            QTimer.singleShot(0, lambda: self._apply_cached(key))
        # else: already asked (a prefetch); its answer is shown when it arrives.

    def prefetch(self, keys: Sequence[tuple[RangeKey, Quick | None]]) -> None:
        """Ask for these ranges (nearest first) while the user looks at the wanted one; each is
        skipped on the worker if the user has moved on by the time its turn comes."""
        now = self._now()
        for key, quick in keys:
            if key not in self._cache:
                self._request(key, now, prefetch_for=self._wanted, quick=quick)

    def read_day(self, lo: datetime, hi: datetime, on_done: Callable[[RangeRows], None]) -> None:
        """Read one day's posts whole on the worker (the day popup); a newer read wins."""
        self._runner.submit(
            self._repo.range_rows, lo, hi, on_done=on_done, on_error=self.failed.emit, key="calendar-day"
        )

    def complete_wanted(self) -> None:
        """Read the wanted range whole now (a filter needs every post), if only part is read."""
        if self._wanted is not None:
            self._complete(self._wanted)

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

    def _fetch(self, key: RangeKey, now: datetime, quick: Quick | None = None) -> LoadedRange:
        # Runs on the worker.
        lo, hi, zone_key = key
        zone = ZoneInfo(zone_key)  # the class caches instances: no disk read after the first
        if quick is not None and quick.days is not None:
            return self._fetch_days(key, now, quick.days, zone)
        head = quick.head if quick is not None and quick.head > 0 else None
        rows = self._repo.range_rows(lo, hi, limit=head)
        found = mark_repeats(rows.entries, self._queue_edits)
        complete = head is None or len(found) < head
        # A first screen of the list offers the free slots up to its last post only.
        end = hi if complete or not found or found[-1].instant is None else found[-1].instant
        taken = {e.instant for e in found}
        slots = empty_slots(self._queues(), lambda at: at in taken, max(lo, now), end)
        # The store answers in time order; only free slots need merging in.
        entries = sort_entries(found + slots) if slots else found
        return LoadedRange(entries, zone, group_by_day(entries, zone), rows.media, complete)

    def _fetch_days(self, key: RangeKey, now: datetime, days: DateRange, zone: ZoneInfo) -> LoadedRange:
        # Runs on the worker: the first posts of each day, and how many each day holds.
        lo, hi, _ = key
        dates = list(days.days())
        edges = [utc_bounds(DateRange(day, day + _ONE_DAY), zone)[0] for day in dates] + [hi]
        pages = self._repo.day_pages(edges, PER_DAY)
        found = mark_repeats(pages.rows.entries, self._queue_edits)
        slots = empty_slots(self._queues(), lambda at: stored_instant(at) in pages.taken, max(lo, now), hi)
        entries = sort_entries(found + slots) if slots else found
        by_day = group_by_day(entries, zone)
        complete = all(count <= PER_DAY for count in pages.counts)
        counts = None
        if not complete:
            counts = {
                day: count + sum(1 for e in by_day.get(day, ()) if e.post_id is None)
                for day, count in zip(dates, pages.counts, strict=True)
            }
        return LoadedRange(entries, zone, by_day, pages.rows.media, complete, counts)

    def _request(
        self, key: RangeKey, now: datetime, *, prefetch_for: RangeKey | None, quick: Quick | None = None
    ) -> None:
        self._cache[key] = _Cached()

        def fetch() -> LoadedRange | None:
            # Newest wins: a request overtaken while it waited in the queue does no work, and a
            # prefetch only runs while the user still looks where it was asked from.
            if self._wanted != key and (prefetch_for is None or self._wanted != prefetch_for):
                return None
            return self._fetch(key, now, quick)

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
        if cached.result is None or not cached.result.complete:
            cached.result = result
        self._trim()
        if key == self._wanted and self.stale:
            self._show(result, None)
        if key == self._wanted and not result.complete:
            self._settle.start()
        self._run_idle_jobs()

    def _complete(self, key: RangeKey) -> None:
        """Read the whole of a range shown in part (only while it is still wanted)."""
        cached = self._cache.get(key)
        if cached is None or cached.result is None or cached.result.complete or cached.completing:
            return
        cached.completing = True
        now = self._now()

        def fetch() -> LoadedRange | None:
            return self._fetch(key, now) if self._wanted == key else None

        self._runner.submit(
            fetch, on_done=lambda r: self._on_complete(key, r), on_error=self.failed.emit, key=complete_key(key)
        )

    def _on_complete(self, key: RangeKey, result: LoadedRange | None) -> None:
        cached = self._cache.get(key)
        if cached is None:
            return
        cached.completing = False
        if result is None:  # the user moved on first; asked again when shown again
            return
        cached.result = result
        if key == self._wanted and not self.stale:
            self._show(result, None)

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
            if not cached.result.complete:
                self._settle.start()

    def _show(self, loaded: LoadedRange, extras: LoadedExtras | None) -> None:
        self.stale = False
        self.range_ready.emit(loaded, extras)

    def _trim(self) -> None:
        done = [k for k, c in self._cache.items() if c.result is not None and k != self._wanted]
        for key in done[: max(0, len(done) - CACHED_RANGES)]:
            del self._cache[key]


def _zone_keys() -> list[str]:
    """Every IANA zone name, sorted (reads tzdata: call on the worker)."""
    return sorted(available_timezones())
