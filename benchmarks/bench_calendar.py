"""Calendar: p99 latency from "show next month" / "scroll the list" to a painted view, 10k and 100k posts.

Each sample is measured from the request (page change, or a scroll step of the list) to the end
of a synchronous repaint of the view, including the worker's range query and the model refill.
The baseline, measured in the same run, is the same page change over an empty store: the ratio
says what the posts themselves cost. Posts are spread over three years (10k: about 9 a day;
100k: about 90 a day, far more than any creator, to find where it bends).
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

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from postdesk.core.calendar import ViewKind  # noqa: E402
from postdesk.core.entities import TargetState  # noqa: E402
from postdesk.core.networks import NETWORK_ORDER  # noqa: E402
from postdesk.paths import Paths  # noqa: E402
from postdesk.store.db import Database, open_database  # noqa: E402
from postdesk.store.repositories.calendar import CalendarRepository  # noqa: E402
from postdesk.store.tables import PostRow, TargetRow  # noqa: E402
from postdesk.ui.background import BackgroundRunner  # noqa: E402
from postdesk.ui.calendar import CalendarPane  # noqa: E402

NOW = datetime(2025, 6, 15, 12, 0, tzinfo=UTC)
SPAN_DAYS = 3 * 365
MONTH_SWITCHES = 40
SCROLL_STEPS = 60


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
        posts.append({
            "id": post_id, "parts_json": json.dumps([f"Post number {post_id} about things"]),
            "scheduled_at": at, "scheduled_zone": "Europe/Berlin", "created_at": NOW,
            "updated_at": NOW, "deleted_at": None,
        })
        state = TargetState.PUBLISHED if at < NOW else TargetState.SCHEDULED
        for network in rng.sample(NETWORK_ORDER[:6], rng.randint(1, 3)):
            targets.append({
                "post_id": post_id, "network": network.value, "account_id": None,
                "override_enabled": False, "override_parts_json": '[""]',
                "media_override_json": None, "options_json": "{}", "state": state.value,
                "remote_id": None, "remote_url": None, "updated_at": NOW,
            })
    with db.session() as session:
        conn = session.connection()
        conn.execute(PostRow.__table__.insert(), posts)  # type: ignore[attr-defined]
        conn.execute(TargetRow.__table__.insert(), targets)  # type: ignore[attr-defined]


def _p99(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def _wait_loaded(app: QApplication, pane: CalendarPane) -> None:
    while pane._applied_generation != pane._generation:  # noqa: SLF001 - the bench reads progress
        # Block until the worker's answer arrives instead of spinning.
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def _measure(app: QApplication, count: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths(Path(tmp)).ensure()
        db = open_database(paths)
        seed_started = _time.perf_counter()
        if count:
            _seed(db, count)
        seed_s = _time.perf_counter() - seed_started
        runner = BackgroundRunner()
        pane = CalendarPane(CalendarRepository(db), runner, _NoActions(),
                            zone=ZoneInfo("Europe/Berlin"), now=lambda: NOW)
        pane.resize(1280, 820)
        pane.show()
        pane.start()
        _wait_loaded(app, pane)
        months: list[float] = []
        for i in range(MONTH_SWITCHES):
            started = _time.perf_counter()
            pane.page(1 if i % 8 < 4 else -1)
            _wait_loaded(app, pane)
            pane.month_view.viewport().repaint()
            months.append((_time.perf_counter() - started) * 1000)
        pane.set_view(ViewKind.LIST)
        _wait_loaded(app, pane)
        rows = pane.agenda_model.rowCount()
        bar = pane.list_view.verticalScrollBar()
        scrolls: list[float] = []
        for i in range(SCROLL_STEPS):
            started = _time.perf_counter()
            bar.setValue((bar.value() + bar.pageStep()) % max(1, bar.maximum() + 1))
            pane.list_view.viewport().repaint()
            scrolls.append((_time.perf_counter() - started) * 1000)
        list_switch: list[float] = []
        for i in range(10):
            started = _time.perf_counter()
            pane.page(1 if i % 2 == 0 else -1)
            _wait_loaded(app, pane)
            pane.list_view.viewport().repaint()
            list_switch.append((_time.perf_counter() - started) * 1000)
        pane.close()
        runner.shutdown()
        db.close()
        return {
            "seed_s": seed_s,
            "month_switch_p50_ms": statistics.median(months),
            "month_switch_p99_ms": _p99(months),
            "list_month_switch_p99_ms": _p99(list_switch),
            "list_scroll_p99_ms": _p99(scrolls),
            "list_rows": rows,
        }


def run() -> dict[str, float]:
    """Measure with an empty store (baseline), 10,000 and 100,000 posts."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    base = _measure(app, 0)
    result: dict[str, float] = {"baseline_month_switch_p99_ms": base["month_switch_p99_ms"]}
    for count, label in ((10_000, "10k"), (100_000, "100k")):
        measured = _measure(app, count)
        for key, value in measured.items():
            result[f"{label}_{key}"] = value
        result[f"{label}_month_switch_p99_ratio"] = (
            measured["month_switch_p99_ms"] / max(base["month_switch_p99_ms"], 1e-6)
        )
    return result


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.3g}" if isinstance(value, float) else f"{key}: {value}")
