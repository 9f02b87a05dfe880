"""The Insights pane over a real database: totals, top posts, heat-map, chart, refresh, CSV, screenshots."""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from concurrent.futures import Future
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QWidget

from postdesk.core.networks import Network
from postdesk.engine.metrics_job import MetricsFetched
from postdesk.paths import Paths
from postdesk.store.db import Database, open_database
from postdesk.store.repositories.insights import InsightsRepository
from postdesk.ui import theme
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.insights.models import HeatmapModel, PostsModel, TotalsModel
from postdesk.ui.insights.view import InsightsPane
from postdesk.ui.widgets.bidi import unmarked
from tests.helpers.insights_data import account, publish, snapshot

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
NOW = datetime(2026, 5, 20, 12, 0, tzinfo=UTC)  # a Wednesday
PARIS = ZoneInfo("Europe/Paris")
# The offscreen platform says this for every top-level widget shown; it is no fault of the pane.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def db(paths: Paths) -> Iterator[Database]:
    database = open_database(paths)
    yield database
    database.close()


@pytest.fixture
def runner(qtbot: Any) -> Iterator[BackgroundRunner]:
    worker = BackgroundRunner(workers=1, name="test-insights")
    yield worker
    worker.shutdown()


def fill(db: Database) -> dict[str, int]:
    """Three accounts, eight posts in the last 30 days, one older; counts with unknowns."""
    sky = account(db, Network.BLUESKY, "lumen.bsky.social", NOW)
    masto = account(db, Network.MASTODON, "@lumen@photog.social", NOW)
    tg = account(db, Network.TELEGRAM, "@lumen_channel", NOW)
    ids: dict[str, int] = {}

    def post(key: str, network: Network, acc: int, days_ago: float, hour: int, text: str, **counts: int | None) -> None:
        at = (NOW - timedelta(days=days_ago)).replace(hour=hour, minute=0)
        ids[key] = publish(db, network, acc, at, text)
        if counts:
            snapshot(db, ids[key], at + timedelta(hours=1), **{k: 0 if v else v for k, v in counts.items()})
            snapshot(db, ids[key], at + timedelta(days=1), **counts)

    post(
        "harbour",
        Network.BLUESKY,
        sky,
        2,
        16,
        "The harbour at dawn, shot on film 🌅",
        likes=120,
        reposts=30,
        replies=12,
        quotes=3,
    )
    post(
        "prints",
        Network.BLUESKY,
        sky,
        9,
        16,
        "Twelve new prints are in the shop",
        likes=48,
        reposts=6,
        replies=4,
        quotes=0,
    )
    post(
        "darkroom",
        Network.BLUESKY,
        sky,
        16,
        7,
        "Darkroom day: notes on paper grades",
        likes=9,
        reposts=1,
        replies=2,
        quotes=0,
    )
    post(
        "harbour-m",
        Network.MASTODON,
        masto,
        2,
        16,
        "The harbour at dawn, shot on film",
        likes=40,
        reposts=15,
        replies=6,
    )
    post("lens", Network.MASTODON, masto, 5, 9, "Which 50mm do you love?", likes=7, reposts=0, replies=25)
    post("quiet", Network.MASTODON, masto, 12, 21, "A quiet evening post", likes=0, reposts=0, replies=0)
    post("channel", Network.TELEGRAM, tg, 3, 10, "New prints — link in bio")  # never read: unknown
    post("old", Network.BLUESKY, sky, 60, 16, "An older post", likes=500, reposts=50, replies=20, quotes=5)
    return ids


class FakeRefresher:
    """Records what the pane asked the engine to read, and answers with a future the test resolves."""

    def __init__(self) -> None:
        self.asked: list[tuple[int, ...]] = []
        self.future: Future[Any] = Future()

    def refresh_metrics(self, target_ids: Sequence[int]) -> Future[Any]:
        self.asked.append(tuple(target_ids))
        return self.future


def make_pane(qtbot: Any, db: Database, runner: BackgroundRunner, **kwargs: Any) -> InsightsPane:
    pane = InsightsPane(InsightsRepository(db), runner, zone=PARIS, now=lambda: NOW, **kwargs)
    qtbot.addWidget(pane)
    pane.resize(1280, 900)
    with qtbot.waitSignal(pane.loaded, timeout=5000):
        pane.show()
    return pane


def column(model: Any, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_totals_per_account_and_network_over_30_days(qtbot: Any, db: Database, runner: BackgroundRunner) -> None:
    fill(db)
    pane = make_pane(qtbot, db, runner)

    assert pane.period.currentData() == 30
    model = pane.totals_model
    rows = {
        unmarked(model.index(r, 0).data()): [model.index(r, c).data() for c in range(1, model.columnCount())]
        for r in range(model.rowCount())
    }
    # account: network, posts, likes, reposts, replies, views, engagement
    assert rows["lumen.bsky.social"] == ["Bluesky", "3", "177", "37", "18", "–", "235"]
    assert rows["@lumen@photog.social"] == ["Mastodon", "3", "47", "15", "31", "–", "93"]
    assert rows["@lumen_channel"] == ["Telegram", "1", "–", "–", "–", "–", "–"]
    assert pane.stack.currentIndex() == 1


def test_top_posts_best_first_unknown_last_and_sortable(qtbot: Any, db: Database, runner: BackgroundRunner) -> None:
    ids = fill(db)
    pane = make_pane(qtbot, db, runner)
    model = pane.posts_model

    assert [p.target_id for p in model.posts()] == [
        ids["harbour"],
        ids["harbour-m"],
        ids["prints"],
        ids["lens"],
        ids["darkroom"],
        ids["quiet"],
        ids["channel"],
    ]
    pane.rank_by.setCurrentIndex(pane.rank_by.findData("replies"))
    assert [p.target_id for p in model.posts()][:3] == [ids["lens"], ids["harbour"], ids["harbour-m"]]
    assert model.posts()[-1].target_id == ids["channel"]
    pane.posts_view.sortByColumn(PostsModel.column_of("likes"), Qt.SortOrder.AscendingOrder)
    assert [p.target_id for p in model.posts()][:2] == [ids["quiet"], ids["lens"]]
    assert model.posts()[-1].target_id == ids["channel"]  # unknown last in either order
    row = [p.target_id for p in model.posts()].index(ids["channel"])
    assert model.index(row, PostsModel.column_of("likes")).data() == "–"
    assert (
        model.index(row, PostsModel.column_of("likes")).data(Qt.ItemDataRole.AccessibleTextRole)
        == "Not given by this network"
    )


def test_heatmap_cells_are_engagement_per_post_by_local_weekday_and_hour(
    qtbot: Any, db: Database, runner: BackgroundRunner
) -> None:
    fill(db)
    pane = make_pane(qtbot, db, runner)
    heat = pane.heatmap_model

    # 16:00 UTC is 18:00 in Paris (summer time): both harbour posts and the prints, all Mondays.
    monday_18 = heat.cell(0, 18)
    assert (monday_18.posts, monday_18.engagement) == (3, 165 + 61 + 58)
    # The map learns from every post, not only the period's: 21 March, 17:00 in Paris (winter time)
    assert (heat.cell(5, 17).posts, heat.cell(5, 17).engagement) == (1, 575)
    assert heat.cell(6, 12).posts == 0  # Telegram's Sunday post is never read: not a 0 in the map
    assert heat.index(0, 18).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Monday at 18:00: 94.7 engagements per post, from 3 posts"
    )
    busiest = heat.index(0, 18).data(Qt.ItemDataRole.BackgroundRole)
    empty = heat.index(3, 3).data(Qt.ItemDataRole.BackgroundRole)
    assert busiest != empty
    assert "Saturday at 17:00" in pane.best_label.text()


def test_chart_has_one_bar_per_day(qtbot: Any, db: Database, runner: BackgroundRunner) -> None:
    fill(db)
    pane = make_pane(qtbot, db, runner)
    pane.period.setCurrentIndex(pane.period.findData(7))
    assert pane.chart is not None
    chart = pane.chart
    qtbot.waitUntil(lambda: len(chart.heights) == 8)
    # 18 May (two days ago): both harbour posts, 165 + 61
    assert chart.heights[-3] == 226.0
    assert chart.plot.accessibleDescription().startswith("Most engagement on 18 May")


def test_custom_dates(qtbot: Any, db: Database, runner: BackgroundRunner) -> None:
    ids = fill(db)
    pane = make_pane(qtbot, db, runner)
    pane.period.setCurrentIndex(pane.period.findData(0))
    assert pane.start_edit.isVisibleTo(pane) and pane.end_edit.isVisibleTo(pane)
    with qtbot.waitSignal(pane.loaded):
        pane.start_edit.setDate(QDate(2026, 3, 21))
    with qtbot.waitSignal(pane.loaded):
        pane.end_edit.setDate(QDate(2026, 3, 21))
    assert [p.target_id for p in pane.posts_model.posts()] == [ids["old"]]


def test_refresh_now_asks_the_engine_for_the_periods_posts_then_reloads(
    qtbot: Any, db: Database, runner: BackgroundRunner
) -> None:
    ids = fill(db)
    refresher = FakeRefresher()
    pane = make_pane(qtbot, db, runner, refresh=refresher)

    qtbot.mouseClick(pane.refresh_button, Qt.MouseButton.LeftButton)
    assert set(refresher.asked[0]) == {ids[k] for k in ids if k != "old"}
    assert not pane.refresh_button.isEnabled()
    snapshot(db, ids["quiet"], NOW, likes=3, reposts=0, replies=0)  # what the engine stored
    with qtbot.waitSignal(pane.loaded, timeout=5000):
        refresher.future.set_result(MetricsFetched(fetched=(ids["quiet"],), rate_limited=(2,)))
    assert pane.status.text() == ("Updated 1 post(s). A network asked Postdesk to wait; it tries again later.")
    quiet = next(p for p in pane.posts_model.posts() if p.target_id == ids["quiet"])
    assert quiet.counts.likes == 3
    assert pane.refresh_button.isEnabled()


def test_refresh_without_a_running_engine_says_so(qtbot: Any, db: Database, runner: BackgroundRunner) -> None:
    fill(db)
    pane = make_pane(qtbot, db, runner)
    pane.refresh_button.click()
    assert "not running" in pane.status.text()


def test_export_csv_writes_the_periods_posts_on_the_worker(
    qtbot: Any, db: Database, runner: BackgroundRunner, tmp_path: Path
) -> None:
    ids = fill(db)
    target = tmp_path / "insights.csv"
    asked: list[str] = []

    def ask(parent: QWidget, suggested: str) -> str:
        asked.append(suggested)
        return str(target)

    pane = make_pane(qtbot, db, runner, ask_save_path=ask)
    pane.export_button.click()
    qtbot.waitUntil(lambda: pane.status.text().startswith("Exported"))

    assert asked == ["postdesk-insights-2026-04-20-2026-05-20.csv"]
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 7
    first = rows[0]
    assert first["published_at"] == "2026-05-18T18:00+02:00"
    assert first["network"] == "bluesky" and first["text"] == "The harbour at dawn, shot on film 🌅"
    assert (
        first["likes"],
        first["reposts"],
        first["replies"],
        first["quotes"],
        first["views"],
        first["engagement"],
    ) == ("120", "30", "12", "3", "", "165")
    channel = next(r for r in rows if r["network"] == "telegram")
    assert channel["likes"] == "" and channel["engagement"] == ""
    quiet = next(r for r in rows if r["text"] == "A quiet evening post")
    assert quiet["likes"] == "0"  # zero stays zero, unknown stays empty
    assert not list(tmp_path.glob("*.part"))
    assert ids  # the data set was built


def test_empty_state_has_one_action(qtbot: Any, db: Database, runner: BackgroundRunner) -> None:
    pane = make_pane(qtbot, db, runner)
    assert pane.stack.currentIndex() == 0
    assert pane.compose_button.isVisibleTo(pane)
    with qtbot.waitSignal(pane.compose_requested):
        pane.compose_button.click()


def test_every_control_has_an_accessible_name(qtbot: Any, db: Database, runner: BackgroundRunner) -> None:
    fill(db)
    pane = make_pane(qtbot, db, runner)
    for widget in (
        pane.period,
        pane.start_edit,
        pane.end_edit,
        pane.refresh_button,
        pane.export_button,
        pane.rank_by,
        pane.totals_view,
        pane.posts_view,
        pane.heatmap,
        pane.chart,
        pane.chart and pane.chart.plot,
        pane.compose_button,
        pane.status,
        pane.best_label,
    ):
        assert widget.accessibleName(), widget


def test_time_zone_change_moves_the_heatmap(qtbot: Any, db: Database, runner: BackgroundRunner) -> None:
    fill(db)
    pane = make_pane(qtbot, db, runner)
    with qtbot.waitSignal(pane.loaded):
        pane.set_time_zone(ZoneInfo("Asia/Tokyo"))
    # 16:00 UTC Monday is 01:00 Tuesday in Tokyo
    assert pane.heatmap_model.cell(1, 1).posts == 3


def test_models_pass_qtmodeltester(qtmodeltester: Any, qtbot: Any, db: Database, runner: BackgroundRunner) -> None:
    fill(db)
    pane = make_pane(qtbot, db, runner)
    assert pane.data is not None
    # Models of their own (the pane's die with it before the tester's clean-up), filled as the pane fills its.
    totals, posts, heat = TotalsModel(), PostsModel(), HeatmapModel()
    totals.set_totals(pane.data.totals)
    posts.set_posts(pane.data.posts, PARIS)
    heat.set_grid(pane.data.grid)
    for model in (totals, posts, heat):
        qtmodeltester.check(model, force_py=True)
    for col in range(posts.columnCount()):
        posts.sort(col, Qt.SortOrder.AscendingOrder)
        posts.sort(col, Qt.SortOrder.DescendingOrder)
    assert posts.rowCount() == 7 and posts.index(0, 0).parent() == QModelIndex()


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_screenshot(qtbot: Any, db: Database, runner: BackgroundRunner, mode: str) -> None:
    fill(db)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old = app.palette()
    theme.apply_theme(app, mode)
    try:
        pane = make_pane(qtbot, db, runner)
        for _ in range(3):
            QApplication.processEvents()
        SHOTS.mkdir(exist_ok=True)
        path = SHOTS / f"insights-{mode}.png"
        assert pane.grab().save(str(path))
        assert path.stat().st_size > 10_000
    finally:
        app.setPalette(old)


def test_screenshot_empty(qtbot: Any, db: Database, runner: BackgroundRunner) -> None:
    pane = make_pane(qtbot, db, runner)
    SHOTS.mkdir(exist_ok=True)
    assert pane.grab().save(str(SHOTS / "insights-empty.png"))


@pytest.mark.parametrize("pseudo", ["long", "rtl"])
def test_screenshot_pseudo_localised(qtbot: Any, db: Database, runner: BackgroundRunner, pseudo: str) -> None:
    """Every string goes through tr(): stretched and bracketed, nothing left plain; RTL mirrors."""
    from postdesk.ui.i18n import PseudoTranslator

    fill(db)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = PseudoTranslator()
    app.installTranslator(translator)
    if pseudo == "rtl":
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        pane = make_pane(qtbot, db, runner)
        assert pane.refresh_button.text().startswith("[")
        assert pane.totals_model.headerData(0, Qt.Orientation.Horizontal).startswith("[")
        assert pane.best_label.text().startswith("[")
        for _ in range(3):  # let the scroll area settle its scroll bars before the grab
            QApplication.processEvents()
        SHOTS.mkdir(exist_ok=True)
        assert pane.grab().save(str(SHOTS / f"insights-pseudo-{pseudo}.png"))
    finally:
        app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_pane_sits_in_the_main_window_with_its_icon(
    qtbot: Any, db: Database, runner: BackgroundRunner, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QColor

    from postdesk.ui import assets
    from postdesk.ui.main_window import MainWindow, PaneSpec

    fill(db)
    assert not assets.icon("insights", QColor("black")).isNull()
    pane = InsightsPane(InsightsRepository(db), runner, zone=PARIS, now=lambda: NOW)
    window = MainWindow(
        [PaneSpec("insights", pane.tr("Insights"), "insights", pane)],
        QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(pane.loaded, timeout=5000):
        window.show()
        window.show_pane("insights")
    assert window.current_pane() == "insights"
    assert pane.totals_model.rowCount() == 3


def test_building_the_pane_does_not_import_the_chart_library() -> None:
    """pyqtgraph and NumPy take about half a second to import: only the first show pays it."""
    import os
    import subprocess
    import sys

    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from postdesk.ui.insights.view import InsightsPane;"
        "assert 'pyqtgraph' not in sys.modules and 'numpy' not in sys.modules, 'imported at start'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
