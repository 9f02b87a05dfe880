"""The calendar's parts keep a busy calendar cheap (issue 11, items 7 and 10): the loader prefetches
in the direction of travel and lets the zone list wait, "No posts yet" asks one index probe, and a
month cell is painted from the model without copying the day's entries through a QVariant."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QStyleOptionViewItem

from postdesk.paths import Paths
from postdesk.store.db import Database
from postdesk.store.repositories.calendar import CalendarRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.calendar import CalendarPane
from postdesk.ui.calendar.models import ENTRIES_ROLE
from tests.ui.calendar.test_calendar_support import SEED_NOW, RecordingActions, add_post, local, open_store

BERLIN = "Europe/Berlin"
# The offscreen platform says this once per process, on the first window shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class _RecordingRunner(BackgroundRunner):
    """A real runner that also notes what was asked of it, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def submit(self, fn: Any, *args: Any, key: str | None = None, **kwargs: Any) -> Any:  # type: ignore[override]
        self.asked.append(key or getattr(fn, "__name__", "?"))
        return super().submit(fn, *args, key=key, **kwargs)


@pytest.fixture
def db(paths: Paths) -> Iterator[Database]:
    database = open_store(paths)
    yield database
    database.close()


@pytest.fixture
def runner() -> Iterator[_RecordingRunner]:
    background = _RecordingRunner()
    yield background
    background.shutdown()


def _pane(qtbot: Any, repo: CalendarRepository, runner: BackgroundRunner) -> CalendarPane:
    pane = CalendarPane(repo, runner, RecordingActions(), zone=ZoneInfo(BERLIN), now=lambda: SEED_NOW)
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    pane.show()
    return pane


def test_paging_back_prefetches_the_month_before_first(qtbot, db, runner) -> None:  # type: ignore[no-untyped-def]
    pane = _pane(qtbot, CalendarRepository(db), runner)
    with qtbot.waitSignal(pane.loaded):
        pane.start()  # March 2025
    qtbot.waitUntil(lambda: runner._callbacks == {})
    runner.asked.clear()
    with qtbot.waitSignal(pane.loaded):
        pane.page(-3)  # December 2024: neither neighbour is loaded yet
    ranges = [key for key in runner.asked if key.startswith("calendar-range:")]
    # Grids start on Mondays: November's on 28 October, January's on 30 December (Berlin).
    november = next(i for i, key in enumerate(ranges) if key.startswith("calendar-range:2024-10-27T23"))
    january = next(i for i, key in enumerate(ranges) if key.startswith("calendar-range:2024-12-29T23"))
    assert november < january, ranges


def test_the_zone_list_waits_until_the_month_and_its_neighbours_are_in(qtbot, db, runner) -> None:  # type: ignore[no-untyped-def]
    add_post(db, "march", local(date(2025, 3, 12), time(9), BERLIN))
    pane = _pane(qtbot, CalendarRepository(db), runner)
    pane.loaded.connect(lambda: runner.asked.append("<loaded>"))
    pane.start()
    zones = pane.findChild(type(pane.toolbar.zone_box), "calendarZone")
    qtbot.waitUntil(lambda: zones.count() > 100, timeout=10_000)
    assert "_zone_keys" in runner.asked
    before_zones = runner.asked[: runner.asked.index("_zone_keys")]
    # The month was shown and both neighbours asked for before the zone list was read.
    assert "<loaded>" in before_zones
    assert sum(key.startswith("calendar-range:") for key in before_zones) == 2
    assert zones.currentText() == BERLIN


def test_no_posts_yet_is_one_probe_not_a_read_of_every_post(qtbot, db, runner, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    far = add_post(db, "years ago", local(date(2015, 3, 12), time(9), BERLIN))
    repo = CalendarRepository(db)
    asked: list[tuple[datetime, datetime]] = []
    real, real_pages = repo.range_rows, repo.day_pages

    def spy(start: datetime, end: datetime, **kwargs: Any) -> Any:
        asked.append((start, end))
        return real(start, end, **kwargs)

    def spy_pages(edges: Any, per_day: int) -> Any:
        asked.append((edges[0], edges[-1]))
        return real_pages(edges, per_day)

    monkeypatch.setattr(repo, "range_rows", spy)
    monkeypatch.setattr(repo, "day_pages", spy_pages)
    pane = _pane(qtbot, repo, runner)
    with qtbot.waitSignal(pane.loaded):
        pane.start()  # March 2025 shows nothing, the store holds a post
    qtbot.waitUntil(lambda: runner._callbacks == {})
    assert not pane.empty_state.isVisible()
    assert "calendar-empty" in runner.asked
    # Only visible ranges (six weeks at most) were read, never the whole store.
    assert asked and all((end - start).days <= 43 for start, end in asked)
    assert repo.has_posts()
    repo.delete(far, now=SEED_NOW)
    assert not repo.has_posts()
    with qtbot.waitSignal(pane.loaded):
        pane.reload()
    qtbot.waitUntil(lambda: pane.empty_state.isVisible())


def test_a_busy_day_is_painted_without_copying_its_entries(qtbot, db, runner) -> None:  # type: ignore[no-untyped-def]
    day = date(2025, 3, 24)
    for minute in range(30):
        add_post(db, f"busy {minute}", local(day, time(8, minute), BERLIN))
    pane = _pane(qtbot, CalendarRepository(db), runner)
    with qtbot.waitSignal(pane.loaded):
        pane.start()
    index = pane.month_model.index_of_date(day)
    assert len(pane.month_model.entries_at(index)) == 30
    real = pane.month_model.index_of_date(day)

    class RecordingIndex:
        """The cell's index, noting every role the delegate asks it for."""

        def __init__(self) -> None:
            self.roles: list[int] = []

        def data(self, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            self.roles.append(role)
            return real.data(role)

        def model(self) -> Any:
            return real.model()

        def isValid(self) -> bool:
            return True

        def row(self) -> int:
            return real.row()

        def column(self) -> int:
            return real.column()

    recorded = RecordingIndex()
    option = QStyleOptionViewItem()
    option.rect = pane.month_view.visualRect(real)
    option.palette = pane.month_view.palette()
    option.font = pane.month_view.font()
    canvas = QPixmap(option.rect.size() + QSize(option.rect.x(), option.rect.y()))
    painter = QPainter(canvas)
    try:
        pane.month_view.itemDelegate().paint(painter, option, recorded)  # type: ignore[arg-type]
    finally:
        painter.end()
    assert recorded.roles, "the cell was not painted"
    assert ENTRIES_ROLE not in recorded.roles
    # The cell still offers what it holds (tooltips, tests) and its chips can be dragged.
    assert real.data(ENTRIES_ROLE) == pane.month_model.entries_at(real)
    assert pane.month_model.flags(real) & Qt.ItemFlag.ItemIsDragEnabled


def test_a_busy_month_is_first_read_as_each_days_first_posts_then_whole(qtbot, db, runner) -> None:  # type: ignore[no-untyped-def]
    from postdesk.ui.calendar.loader import PER_DAY

    day = date(2025, 4, 16)  # next month: reached by paging, not by the full first load
    ids = [add_post(db, f"busy {minute}", local(day, time(9, minute), BERLIN)) for minute in range(PER_DAY + 7)]
    pane = _pane(qtbot, CalendarRepository(db), runner)
    with qtbot.waitSignal(pane.loaded):
        pane.start()
    qtbot.waitUntil(lambda: runner._callbacks == {})
    runner.asked.clear()
    with qtbot.waitSignal(pane.loaded):
        pane.page(1)
    index = pane.month_model.index_of_date(day)
    # What the cell draws is read, and how many the day holds: "+N more" is right at once.
    assert not pane.is_complete()
    assert [e.post_id for e in pane.month_model.entries_at(index)] == ids[:PER_DAY]
    assert pane.month_model.total_at(index) == len(ids)
    assert f"{len(ids)} post" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert not any(key.startswith("calendar-whole:") for key in runner.asked)
    # Once the user stays on the month, the rest is read (filters, the list and drops need it).
    qtbot.waitUntil(pane.is_complete, timeout=5_000)
    assert [e.post_id for e in pane.month_model.entries_at(index)] == ids
    assert pane.month_model.total_at(index) == len(ids)


def test_a_held_key_reads_no_whole_month_and_a_filter_reads_it_at_once(qtbot, db, runner) -> None:  # type: ignore[no-untyped-def]
    from postdesk.core.calendar import CalendarFilter
    from postdesk.ui.calendar.loader import PER_DAY

    for month in (4, 5, 6):
        for minute in range(PER_DAY + 2):
            add_post(db, f"m{month} {minute}", local(date(2025, month, 10), time(9, minute), BERLIN))
    pane = _pane(qtbot, CalendarRepository(db), runner)
    with qtbot.waitSignal(pane.loaded):
        pane.start()
    qtbot.waitUntil(lambda: runner._callbacks == {})
    runner.asked.clear()
    for _ in range(3):  # as fast as a held key: each month shown, then the next
        with qtbot.waitSignal(pane.loaded):
            pane.page(1)
    assert not any(key.startswith("calendar-whole:") for key in runner.asked)
    assert not pane.is_complete()
    pane.set_filter(CalendarFilter(text="m6"))
    assert any(key.startswith("calendar-whole:") for key in runner.asked)
    qtbot.waitUntil(pane.is_complete, timeout=5_000)
    assert len(pane.entries()) == PER_DAY + 2
