"""The Insights pane: how published posts did over a period, and the creator's best times.

A period picker (7, 30, 90 days or custom dates), totals per account and network, engagement
per day (`chart.EngagementChart`), engagement by weekday × hour of publishing (a colour map
whose cells say their numbers to a screen reader), and the period's posts, sortable, best
first. "Refresh now" asks the engine to read the period's posts again
(`Engine.refresh_metrics`, through `EngineActions.refresh_metrics`); "Export CSV" writes the
posts to a file on the worker. Every read runs on the app's worker (`ui.background`); the
pane never touches the disk or the network itself.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from postdesk.engine.metrics_job import MetricsFetched
from postdesk.log import get_logger
from postdesk.store.repositories.insights import InsightsRepository, PeriodInsights
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.insights.export import write_csv
from postdesk.ui.insights.models import (
    HeatmapModel,
    PostsModel,
    TotalsModel,
    best_times_text,
    metric_names,
)
from postdesk.ui.look.style import text_font
from postdesk.ui.look.tokens import IconSize, Space, TextRole

if TYPE_CHECKING:
    from postdesk.ui.insights.chart import EngagementChart

_log = get_logger("ui.insights")
#: Preset periods, in days; the last entry of the picker is "Custom dates".
PERIODS: tuple[int, ...] = (7, 30, 90)


class MetricsRefresher(Protocol):
    """Asks the engine to read counts now (`ui.engine_actions.EngineActions`)."""

    def refresh_metrics(self, target_ids: Sequence[int]) -> concurrent.futures.Future[Any] | None:
        """Start the read; None when the engine is not running."""
        ...


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _ask_save_path(parent: QWidget, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("InsightsPane", "Export Insights"),
        suggested,
        QCoreApplication.translate("InsightsPane", "CSV files (*.csv)"),
    )
    return path


class InsightsPane(QWidget):
    """Insights over a chosen period.

    Args:
        repository: the metrics reads (called on `runner` only).
        runner: the app's worker.
        zone: the user's time zone (days, weekdays and hours are theirs).
        now: the clock (aware UTC).
        refresh: the engine's "read counts now"; None: the button says the engine is not running.
        ask_save_path: asks where to export (default: a save dialog); "" means cancelled.

    Signals:
        compose_requested: the empty state's "Write a post".
        loaded: a period was loaded and shown.
    """

    compose_requested = Signal()
    loaded = Signal()

    def __init__(
        self,
        repository: InsightsRepository,
        runner: BackgroundRunner,
        *,
        zone: ZoneInfo,
        now: Callable[[], datetime],
        refresh: MetricsRefresher | None = None,
        ask_save_path: Callable[[QWidget, str], str] = _ask_save_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._repo = repository
        self._runner = runner
        self._zone = zone
        self._now = now
        self._refresh = refresh
        self._ask_save_path = ask_save_path
        self.data: PeriodInsights | None = None
        self.setObjectName("InsightsPane")

        self.period = QComboBox()
        for days, label in zip(
            PERIODS, (self.tr("Last 7 days"), self.tr("Last 30 days"), self.tr("Last 90 days")), strict=True
        ):
            self.period.addItem(label, days)
        self.period.addItem(self.tr("Custom dates"), 0)
        self.period.setCurrentIndex(1)
        self.period.setAccessibleName(self.tr("Period"))
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit, name in ((self.start_edit, self.tr("First day")), (self.end_edit, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setVisible(False)
            edit.dateChanged.connect(self._custom_changed)
        self.refresh_button = QPushButton(self.tr("&Refresh now"))
        self.refresh_button.setAccessibleName(self.tr("Read the latest numbers from the networks now"))
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.setAccessibleName(self.tr("Export this period's posts to a CSV file"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Insights status"))
        self.status.setWordWrap(True)

        bar = QHBoxLayout()
        title = QLabel(self.tr("Insights"))
        title.setObjectName("PaneTitle")
        title.setFont(text_font(TextRole.TITLE, title.font()))
        bar.addWidget(title)
        bar.addStretch(1)
        for widget in (self.period, self.start_edit, self.end_edit, self.refresh_button, self.export_button):
            bar.addWidget(widget)

        self.totals_model = TotalsModel(self)
        self.totals_view = self._table(self.totals_model, self.tr("Totals per account and network"))
        self.best_label = QLabel()
        self.best_label.setWordWrap(True)
        self.best_label.setAccessibleName(self.tr("Your best times"))
        # Two lines kept free: the grid does not grow a row for a wrapped label's height.
        self.best_label.setMinimumHeight(self.best_label.fontMetrics().lineSpacing() * 2 + 4)
        self.best_label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        # The chart (pyqtgraph, ~0.5 s to import with NumPy) is built when the pane is first
        # shown, so it costs nothing at start-up (`_ensure_chart`).
        self.chart: EngagementChart | None = None
        self.chart_holder = QWidget()
        self.chart_holder.setFixedHeight(200)
        self.chart_holder.setAccessibleName(self.tr("Engagement per day"))
        QVBoxLayout(self.chart_holder).setContentsMargins(0, 0, 0, 0)
        self.heatmap_model = HeatmapModel(self)
        self.heatmap = self._table(self.heatmap_model, self.tr("Engagement by weekday and hour"))
        self.heatmap.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.heatmap.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.heatmap.horizontalHeader().setMinimumSectionSize(14)
        self.heatmap.verticalHeader().setVisible(True)
        self.heatmap.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.heatmap.verticalHeader().setDefaultSectionSize(22)
        self.heatmap.setFixedHeight(22 * 7 + self.heatmap.horizontalHeader().sizeHint().height() + 4)
        self.rank_by = QComboBox()
        for key, name in metric_names().items():
            if key in PostsModel.METRIC_COLUMNS:
                self.rank_by.addItem(name, key)
        self.rank_by.setCurrentIndex(self.rank_by.findData("engagement"))
        self.rank_by.setAccessibleName(self.tr("Rank top posts by"))
        self.posts_model = PostsModel(self)
        self.posts_view = self._table(self.posts_model, self.tr("Top posts"))
        self.posts_view.setSortingEnabled(True)
        self.posts_view.horizontalHeader().setSortIndicator(
            PostsModel.column_of("engagement"), Qt.SortOrder.DescendingOrder
        )
        self.posts_view.setMinimumHeight(200)
        self.totals_view.setFixedHeight(self.heatmap.minimumHeight() + self.best_label.minimumHeight())
        for view, stretch in ((self.totals_view, TotalsModel.ACCOUNT), (self.posts_view, PostsModel.TEXT)):
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(Space.NONE, Space.S, Space.S, Space.S)
        grid.setHorizontalSpacing(Space.XL)
        grid.setVerticalSpacing(Space.S)
        # Totals and the weekday map one above the other, each the pane's full width: side by side,
        # a 1024-pixel window left the totals too narrow for their counts (a horizontal scroll bar
        # hid Reposts onward) and the map too narrow for its 24 hours.
        grid.addWidget(self._heading(self.tr("Totals")), 0, 0, 1, 2)
        grid.addWidget(self.totals_view, 1, 0, 1, 2)
        best_box = QVBoxLayout()
        best_box.addWidget(self._heading(self.tr("Best weekdays and hours")))
        best_box.addWidget(self.best_label)
        best_box.addWidget(self.heatmap)
        grid.addLayout(best_box, 2, 0, 1, 2)
        grid.addWidget(self._heading(self.tr("Engagement per day")), 3, 0, 1, 2)
        grid.addWidget(self.chart_holder, 4, 0, 1, 2)
        rank_row = QHBoxLayout()
        rank_row.addWidget(self._heading(self.tr("Top posts")))
        rank_row.addStretch(1)
        rank_label = QLabel(self.tr("Rank by"))
        rank_label.setBuddy(self.rank_by)
        rank_row.addWidget(rank_label)
        rank_row.addWidget(self.rank_by)
        grid.addLayout(rank_row, 5, 0, 1, 2)
        grid.addWidget(self.posts_view, 6, 0, 1, 2)
        grid.setRowStretch(6, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        self.empty_label = QLabel(
            self.tr(
                "Nothing published yet. Once your first post goes out, Postdesk reads its likes, "
                "reposts and replies here, and learns your best days and hours."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("No published posts yet"))
        self.compose_button = QPushButton(self.tr("&Write a post"))
        self.compose_button.setAccessibleName(self.tr("Write your first post"))
        self.compose_button.clicked.connect(self.compose_requested)
        self.empty_label.setMaximumWidth(560)
        # Centred by stretches, not by an alignment flag: an aligned item gets its size hint's height,
        # which cut a longer translation of the wrapped text off after two lines.
        empty_row = QHBoxLayout()
        empty_row.addStretch(1)
        empty_row.addWidget(self.empty_label, 10)
        empty_row.addStretch(1)
        empty_layout.addLayout(empty_row)
        empty_layout.addWidget(self.compose_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Space.XL, Space.L, Space.XL, Space.L)
        layout.setSpacing(Space.M)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)

        self.period.currentIndexChanged.connect(self._period_changed)
        self.rank_by.currentIndexChanged.connect(self._rank_changed)
        self.refresh_button.clicked.connect(self.refresh_now)
        self.export_button.clicked.connect(self.export_csv)

    # -- building blocks -------------------------------------------------------------------

    def _table(self, model: Any, name: str) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)
        view.setIconSize(QSize(IconSize.S, IconSize.S))
        return view

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setFont(text_font(TextRole.SUBTITLE, label.font()))
        return label

    # -- loading ---------------------------------------------------------------------------

    def bounds(self) -> tuple[datetime, datetime, date, date]:
        """The period: [start, end) as UTC instants, and its first and last local days."""
        days = int(self.period.currentData())
        if days:
            end = self._now()
            start = end - timedelta(days=days)
            return (
                start,
                end + timedelta(microseconds=1),
                start.astimezone(self._zone).date(),
                end.astimezone(self._zone).date(),
            )
        first = _day(self.start_edit.date())
        last = max(first, _day(self.end_edit.date()))
        start = datetime.combine(first, time(0), self._zone)
        end = datetime.combine(last + timedelta(days=1), time(0), self._zone)
        return start, end, first, last

    def reload(self) -> None:
        """Read the period again (newest request wins)."""
        start, end, first, last = self.bounds()
        self._runner.submit(
            self._repo.period,
            start,
            end,
            self._zone,
            first,
            last,
            key="insights-period",
            on_done=self._show,
            on_error=self._failed,
        )

    def _show(self, data: PeriodInsights) -> None:
        self.data = data
        self.stack.setCurrentIndex(0 if data.published_ever == 0 else 1)
        self.refresh_button.setEnabled(bool(data.posts))
        self.export_button.setEnabled(bool(data.posts))
        self.totals_model.set_totals(data.totals)
        self.posts_model.set_posts(data.posts, self._zone)
        self.heatmap_model.set_grid(data.grid)
        self._ensure_chart().set_series(data.series)
        best = best_times_text(data.best)
        self.best_label.setText(
            self.tr("Your posts do best on: {times}.").format(times=best)
            if best
            else self.tr("Your best times show here once your posts have numbers.")
        )
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        _log.error("Loading Insights failed: %s", type(error).__name__, exc_info=error)
        self.status.setText(self.tr("Insights could not be loaded. Your posts are safe; try again."))

    def set_time_zone(self, zone: ZoneInfo) -> None:
        """Show days and hours in `zone` from now on (`TimeZoneFollower`)."""
        self._zone = zone
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        """Read the period again each time the pane is opened (the engine may have read more)."""
        super().showEvent(event)
        self._ensure_chart()
        self.reload()

    def _ensure_chart(self) -> EngagementChart:
        if self.chart is None:
            from postdesk.ui.insights.chart import EngagementChart

            self.chart = EngagementChart(self.chart_holder)
            self.chart.setAccessibleName(self.tr("Engagement per day"))
            layout = self.chart_holder.layout()
            assert layout is not None
            layout.addWidget(self.chart)
        return self.chart

    @Slot(int)
    def _period_changed(self, _index: int) -> None:
        custom = not int(self.period.currentData())
        if custom:
            first, last = self._last_days()
            for edit, day in ((self.start_edit, first), (self.end_edit, last)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.start_edit.setVisible(custom)
        self.end_edit.setVisible(custom)
        self.reload()

    def _last_days(self) -> tuple[date, date]:
        today = self._now().astimezone(self._zone).date()
        return today - timedelta(days=29), today

    @Slot()
    def _custom_changed(self) -> None:
        if not int(self.period.currentData()):
            self.reload()

    @Slot(int)
    def _rank_changed(self, _index: int) -> None:
        column = PostsModel.column_of(str(self.rank_by.currentData()))
        self.posts_view.sortByColumn(column, Qt.SortOrder.DescendingOrder)

    # -- actions ---------------------------------------------------------------------------

    @Slot()
    def refresh_now(self) -> None:
        """Ask the engine to read every post of the period now, then show the new numbers."""
        ids = [p.target_id for p in (self.data.posts if self.data else ())]
        future = self._refresh.refresh_metrics(ids) if self._refresh is not None and ids else None
        if future is None:
            self.status.setText(
                self.tr("Numbers are read while Postdesk's publishing is running; it is not running now.")
            )
            return
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Reading the latest numbers…"))
        self._runner.watch(future, key="insights-refresh", on_done=self._refreshed, on_error=self._refresh_failed)

    def _refreshed(self, result: object) -> None:
        self.refresh_button.setEnabled(True)
        words = [self.tr("Updated %n post(s).", "", len(getattr(result, "fetched", ())))]
        if isinstance(result, MetricsFetched):
            if result.rate_limited:
                words.append(self.tr("A network asked Postdesk to wait; it tries again later."))
            if result.auth_expired:
                words.append(self.tr("An account needs reconnecting before its numbers can be read."))
        self.status.setText(" ".join(words))
        self.reload()

    def _refresh_failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        _log.error("Refreshing metrics failed: %s", type(error).__name__, exc_info=error)
        self.status.setText(self.tr("The networks could not be asked now. Try again in a moment."))

    @Slot()
    def export_csv(self) -> None:
        """Ask where, then write the period's posts to a CSV file on the worker."""
        if self.data is None or not self.data.posts:
            return
        _start, _end, first, last = self.bounds()
        path = self._ask_save_path(self, f"postdesk-insights-{first.isoformat()}-{last.isoformat()}.csv")
        if not path:
            return
        target = Path(path)
        self.status.setText(self.tr("Exporting…"))
        self._runner.submit(
            write_csv,
            target,
            self.posts_model.posts(),
            self._zone,
            key="insights-export",
            on_done=lambda n: self.status.setText(
                self.tr("Exported %n post(s) to {name}.", "", n).format(name=target.name)
            ),
            on_error=self._export_failed,
        )

    def _export_failed(self, error: BaseException) -> None:
        _log.error("Exporting Insights failed: %s", type(error).__name__)
        self.status.setText(self.tr("The file could not be written. Choose another folder and try again."))
