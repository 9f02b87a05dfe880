"""Calendar: p50/p99 latency from a key press to a painted view (month switch, list scroll), 10k/100k posts.

Each sample starts when a key event is sent to the view (PageDown in the month grid,
Ctrl+PageDown in the list; a page step of the list's scroll bar for scrolling) and ends when
the view's viewport has handled a Paint event after the new data was applied: it includes the
worker's range query, the hand-over to the UI thread, the model refill and the paint, with
the event loop running as in the app (no forced synchronous repaint). The baseline, measured
in the same run, is the same month switch over a store whose one post lies ten years back (an
empty store shows "No posts yet" over the grid, which then never paints): the ratio says what
the posts themselves cost. The worker's query is also timed alone. `month_switch` presses the
next key as soon as the view is painted (a held key: the neighbours' prefetch is still
running); `month_switch_idle` presses it once the worker is idle (a person reading the month
first). Posts are spread over three years (10k: about 9 a day; 100k: about 90 a day, far more
than any creator, to find where it bends). p99 of 40 samples is their maximum: the first
presses, which need months no prefetch has reached yet, set it. A month grid not loaded yet is
first read as each day's first posts and every day's count (the list: its first rows), and
neighbours are prefetched that way; the whole month is read once the user stays on it for
250 ms (never while the key is held), so the samples time that first read. The list's rows and
scrolling are measured once its whole month is in. The machine's load average when recorded
is part of each section's "Recorded" line: on the shared 2-core machine it varies a lot.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time as _time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from postdesk.core.calendar import ViewKind, shift_anchor, to_local, utc_bounds, visible_range
from postdesk.core.entities import TargetState
from postdesk.core.networks import NETWORK_ORDER
from postdesk.paths import Paths
from postdesk.store.db import Database, open_database
from postdesk.store.repositories.calendar import CalendarRepository
from postdesk.store.tables import PostRow, TargetRow
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.calendar import CalendarPane

NOW = datetime(2025, 6, 15, 12, 0, tzinfo=UTC)
SPAN_DAYS = 3 * 365
MONTH_SWITCHES = 40
SCROLL_STEPS = 60
LIST_SWITCHES = 20
PACED_SWITCHES = 20


class _NoActions:
    def pause(self, post_id: int) -> None: ...
    def resume(self, post_id: int) -> None: ...
    def retry(self, post_id: int) -> None: ...
    def schedule_changed(self, post_id: int) -> None: ...


def _seed(db: Database, count: int) -> None:
    """Bulk-insert `count` posts with 1–3 targets each, spread over three years around NOW."""
    rng = random.Random(7)
    start = NOW - timedelta(days=SPAN_DAYS // 2)
    posts, targets = [], []
    for post_id in range(1, count + 1):
        at = start + timedelta(seconds=rng.randrange(SPAN_DAYS * 86400))
        posts.append(
            {
                "id": post_id,
                "parts_json": json.dumps([f"Post number {post_id} about things"]),
                "scheduled_at": at,
                "scheduled_zone": "Europe/Berlin",
                "created_at": NOW,
                "updated_at": NOW,
                "deleted_at": None,
            }
        )
        state = TargetState.PUBLISHED if at < NOW else TargetState.SCHEDULED
        for network in rng.sample(NETWORK_ORDER[:6], rng.randint(1, 3)):
            targets.append(
                {
                    "post_id": post_id,
                    "network": network.value,
                    "account_id": None,
                    "override_enabled": False,
                    "override_parts_json": '[""]',
                    "media_override_json": None,
                    "options_json": "{}",
                    "state": state.value,
                    "remote_id": None,
                    "remote_url": None,
                    "updated_at": NOW,
                }
            )
    with db.session() as session:
        conn = session.connection()
        conn.execute(PostRow.__table__.insert(), posts)  # type: ignore[attr-defined]
        conn.execute(TargetRow.__table__.insert(), targets)  # type: ignore[attr-defined]


def _seed_one_far_away(db: Database) -> None:
    """One post ten years before NOW: the store is not empty, the visited months are."""
    _seed(db, 1)
    with db.session() as session:
        session.connection().execute(
            PostRow.__table__.update().values(scheduled_at=NOW - timedelta(days=3650))  # type: ignore[attr-defined]
        )


def _p99(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


class _PaintWatch(QObject):
    """Counts the Paint events a viewport handles, and how many it had when a load was applied."""

    def __init__(self, target: QObject, pane: CalendarPane) -> None:
        super().__init__(target)
        self.paints = 0
        self.at_load = 0
        target.installEventFilter(self)
        pane.loaded.connect(self._on_loaded)

    def _on_loaded(self) -> None:
        self.at_load = self.paints

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def _until_painted(app: QApplication, pane: CalendarPane, watch: _PaintWatch, before: int, *, load: bool) -> None:
    """Run the event loop until the viewport painted after `before` (and after the load, if any)."""
    deadline = _time.perf_counter() + 30

    def done() -> bool:
        if not load:
            return watch.paints > before
        # The newest request's answer is applied, and a paint followed it.
        return pane.is_current() and watch.paints > watch.at_load

    while not done():
        # Block until the worker's answer or the paint request arrives, as the app's event loop
        # does: spinning here would hold the GIL against the worker and time the spinning.
        # (`_measure` runs a 1 s timer so a lost paint fails at the deadline instead of hanging.)
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if _time.perf_counter() > deadline:
            raise RuntimeError("the calendar was not loaded and painted within 30 s")


def _key(view: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, key, modifiers))
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyRelease, key, modifiers))


def _stats(name: str, samples: list[float]) -> dict[str, float]:
    if not samples:
        return {f"{name}_p50_ms": float("nan"), f"{name}_p99_ms": float("nan")}
    return {f"{name}_p50_ms": statistics.median(samples), f"{name}_p99_ms": _p99(samples)}


def _measure(app: QApplication, count: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths(Path(tmp)).ensure()
        db = open_database(paths)
        seed_started = _time.perf_counter()
        if count:
            _seed(db, count)
        else:
            _seed_one_far_away(db)
        seed_s = _time.perf_counter() - seed_started
        repo = CalendarRepository(db)
        zone = ZoneInfo("Europe/Berlin")
        queries: list[float] = []
        anchor = to_local(NOW, zone).date()
        for i in range(12):
            lo, hi = utc_bounds(visible_range(ViewKind.MONTH, shift_anchor(ViewKind.MONTH, anchor, i - 6)), zone)
            started = _time.perf_counter()
            repo.entries_between(lo, hi)
            queries.append((_time.perf_counter() - started) * 1000)
        wake = QTimer()
        wake.start(1000)
        runner = BackgroundRunner()
        pane = CalendarPane(repo, runner, _NoActions(), zone=zone, now=lambda: NOW)
        pane.resize(1280, 820)
        pane.show()
        month_watch = _PaintWatch(pane.month_view.viewport(), pane)
        list_watch = _PaintWatch(pane.list_view.viewport(), pane)
        pane.start()
        _until_painted(app, pane, month_watch, 0, load=True)
        months: list[float] = []
        for i in range(MONTH_SWITCHES):
            painted = month_watch.paints
            started = _time.perf_counter()
            _key(pane.month_view, Qt.Key.Key_PageDown if i % 8 < 4 else Qt.Key.Key_PageUp)
            _until_painted(app, pane, month_watch, painted, load=True)
            months.append((_time.perf_counter() - started) * 1000)
        # The same, but each press comes once the worker is idle (a person looking at the month
        # before paging on): the neighbours the pane prefetches are then ready.
        paced: list[float] = []
        for i in range(PACED_SWITCHES):
            while runner._callbacks:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            painted = month_watch.paints
            started = _time.perf_counter()
            _key(pane.month_view, Qt.Key.Key_PageDown if i % 8 < 4 else Qt.Key.Key_PageUp)
            _until_painted(app, pane, month_watch, painted, load=True)
            paced.append((_time.perf_counter() - started) * 1000)
        pane.set_view(ViewKind.LIST)
        _until_painted(app, pane, list_watch, 0, load=True)
        while not pane.is_complete():  # the list's first screen is shown first; scroll the whole
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        rows = pane.agenda_model.rowCount()
        bar = pane.list_view.verticalScrollBar()
        scrolls: list[float] = []
        # An empty list cannot scroll (nothing would be painted): no samples then.
        for _ in range(SCROLL_STEPS if bar.maximum() > 0 else 0):
            painted = list_watch.paints
            started = _time.perf_counter()
            bar.setValue((bar.value() + bar.pageStep()) % max(1, bar.maximum() + 1))
            _until_painted(app, pane, list_watch, painted, load=False)
            scrolls.append((_time.perf_counter() - started) * 1000)
        list_switch: list[float] = []
        for i in range(LIST_SWITCHES):
            painted = list_watch.paints
            started = _time.perf_counter()
            _key(
                pane.list_view,
                Qt.Key.Key_PageDown if i % 2 == 0 else Qt.Key.Key_PageUp,
                Qt.KeyboardModifier.ControlModifier,
            )
            _until_painted(app, pane, list_watch, painted, load=True)
            list_switch.append((_time.perf_counter() - started) * 1000)
        wake.stop()
        pane.close()
        runner.shutdown()
        db.close()
        return {
            "seed_s": seed_s,
            "query_p50_ms": statistics.median(queries),
            **_stats("month_switch", months),
            **_stats("month_switch_idle", paced),
            **_stats("list_month_switch", list_switch),
            **_stats("list_scroll", scrolls),
            "list_rows": rows,
        }


def run() -> dict[str, float]:
    """Measure with one far-away post (baseline), 10,000 and 100,000 posts."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    base = _measure(app, 0)
    result: dict[str, float] = {
        "baseline_month_switch_p50_ms": base["month_switch_p50_ms"],
        "baseline_month_switch_p99_ms": base["month_switch_p99_ms"],
    }
    for count, label in ((10_000, "10k"), (100_000, "100k")):
        measured = _measure(app, count)
        for key, value in measured.items():
            result[f"{label}_{key}"] = value
        result[f"{label}_month_switch_p99_ratio"] = measured["month_switch_p99_ms"] / max(
            base["month_switch_p99_ms"], 1e-6
        )
    return result


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.3g}" if isinstance(value, float) else f"{key}: {value}")
