"""The Insights chart: engagement per day over the period, drawn with pyqtgraph.

Why pyqtgraph and not Qt Charts: Qt Charts is not in PySide6-Essentials (our pin); it comes
only with PySide6-Addons, a 175 MB wheel that installs 418 MB (WebEngine, 3D, multimedia ...)
for 4 MB of charts, and Addons must follow the Essentials pin exactly. pyqtgraph 0.14 is a 1.9 MB
pure-Python wheel (3 MB installed) plus NumPy (17 MB wheel, 54 MB installed), is actively
maintained, draws through plain `QGraphicsView` (so it follows our palette and renders
offscreen in tests), and runs on any Qt binding, so it does not tie us to a PySide6 version.

Axis labels go through `QLocale` (days with the locale's month names, counts with its digit
grouping); pyqtgraph's own date axis would format with Python's `time` module instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from postdesk.core.insights import DayPoint
from postdesk.ui import theme
from postdesk.ui.local_format import DatePattern, date_pattern


class _DayAxis(pg.AxisItem):  # type: ignore[misc]
    """Bottom axis: bar i is the i-th day of the period, labelled "4 May"."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom")
        self.days: list[QDate] = []

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        """Whole days only, spaced so that about one label fits per 70 pixels."""
        count = len(self.days)
        if count == 0:
            return []
        step = max(1, -(-count * 70 // max(int(size), 1)))
        return [(float(step), [float(i) for i in range(0, count, step)])]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        out = []
        for value in values:
            index = round(value)
            if 0 <= index < len(self.days) and abs(value - index) < 1e-6:
                out.append(QLocale().toString(self.days[index], date_pattern(DatePattern.DAY_MONTH)))
            else:
                out.append("")
        return out


class _CountAxis(pg.AxisItem):  # type: ignore[misc]
    """Left axis: whole counts, grouped the locale's way."""

    def __init__(self) -> None:
        super().__init__(orientation="left")

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [QLocale().toString(round(v)) if abs(v - round(v)) < 1e-6 else "" for v in values]


class EngagementChart(QWidget):
    """Bars of engagement per day; days with nothing known draw no bar.

    Attributes:
        plot: the pyqtgraph plot (tests read its bars through `heights`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days = _DayAxis()
        self.plot = pg.PlotWidget(axisItems={"bottom": self._days, "left": _CountAxis()})
        # Time runs left to right on the chart in every language: a right-to-left layout moved only its
        # count axis to the right, leaving the days in their order (half mirrored).
        self.plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMinimumHeight(160)
        self.plot.setAccessibleName(self.tr("Engagement per day"))
        self._bars: pg.BarGraphItem | None = None
        self.heights: list[float] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self._restyle()

    def set_series(self, series: Sequence[DayPoint]) -> None:
        """Draw one bar per day of `series`."""
        self._days.days = [QDate(p.day.year, p.day.month, p.day.day) for p in series]
        self.heights = [float(p.engagement or 0) for p in series]
        if self._bars is not None:
            self.plot.removeItem(self._bars)
        self._bars = pg.BarGraphItem(
            x=list(range(len(series))), height=self.heights, width=0.7, brush=theme.accent(self.palette()), pen=None
        )
        self.plot.addItem(self._bars)
        self.plot.setXRange(-0.6, max(len(series), 1) - 0.4, padding=0)
        self.plot.setYRange(0, max(self.heights, default=0) or 1, padding=0.05)
        best = max(range(len(series)), key=lambda i: self.heights[i], default=None)
        if best is None or self.heights[best] == 0:
            summary = self.tr("No engagement in this period yet.")
        else:
            summary = self.tr("Most engagement on {day}: {count}.").format(
                day=QLocale().toString(self._days.days[best], date_pattern(DatePattern.LONG_DAY_MONTH)),
                count=QLocale().toString(int(self.heights[best])),
            )
        self.plot.setAccessibleDescription(summary)
        self.setToolTip(summary)

    def changeEvent(self, event: QEvent) -> None:
        """Follow the theme (light or dark)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()

    def _restyle(self) -> None:
        palette = self.palette()
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        for name in ("left", "bottom"):
            axis: Any = self.plot.getAxis(name)
            axis.setTextPen(text)
            axis.setPen(palette.color(QPalette.ColorRole.Mid))
        if self._bars is not None:
            self._bars.setOpts(brush=theme.accent(palette))
