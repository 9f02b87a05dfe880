"""Item models and words of the Insights pane: totals, the posts table, the weekday × hour map.

Numbers and dates go through `QLocale`; a count the network does not give reads "–" ("not
given by this network"), never 0. The posts table sorts itself (`sort`), unknown counts last
in either order, so the best post is first whichever way a header is clicked twice.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from postdesk.core import insights as core
from postdesk.core.networks import Network, look
from postdesk.store.repositories.insights import Counts, PostInsight, Totals
from postdesk.ui import theme
from postdesk.ui.i18n import plural_context
from postdesk.ui.local_format import DatePattern, format_list, format_pattern
from postdesk.ui.look.marks import network_icon
from postdesk.ui.widgets.bidi import local_text, ltr

Insights = plural_context("Insights")

_Index = QModelIndex | QPersistentModelIndex
#: What an unknown count shows (an en dash: "the network does not say").
UNKNOWN = "–"


def metric_names() -> dict[str, str]:
    """The metrics' names, translated, by key (`core.insights.METRICS` and "engagement")."""
    return {
        "likes": QCoreApplication.translate("Insights", "Likes"),
        "reposts": QCoreApplication.translate("Insights", "Reposts"),
        "replies": QCoreApplication.translate("Insights", "Replies"),
        "quotes": QCoreApplication.translate("Insights", "Quotes"),
        "views": QCoreApplication.translate("Insights", "Views"),
        "clicks": QCoreApplication.translate("Insights", "Clicks"),
        "engagement": QCoreApplication.translate("Insights", "Engagement"),
    }


def format_count(value: int | None) -> str:
    """A count in the user's locale ("1,234"), or "–" when the network does not say."""
    return UNKNOWN if value is None else QLocale().toString(value)


def network_name(network: str) -> str:
    """The network's display name (brand names are not translated)."""
    try:
        return look(Network(network)).name
    except ValueError:
        return network


def network_mark(network: str) -> QIcon | None:
    """The network's mark in its colour for the current theme (None for a network no longer known)."""
    try:
        known = Network(network)
    except ValueError:
        return None
    return network_icon(known, QApplication.palette())


def format_instant(moment: datetime, zone: tzinfo) -> str:
    """A date and time in the user's zone, with the locale's names ("4 May 2026 12:00")."""
    local = moment.astimezone(zone)
    # An explicit date pattern: some locales' short format is all digits; names stay the locale's.
    day = format_pattern(local.date(), DatePattern.DAY_MONTH_YEAR)
    time = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    # Marked with the locale's direction: "18 Mar 2025" opens with a digit, which a right-to-left
    # layout otherwise moves to the end ("Mar 2025 10:00 18").
    return local_text(f"{day} {time}")


def metrics_line(counts: Counts | None) -> str:
    """One line of counts for a published post ("12 likes · 3 reposts · 1 reply"), "" if none known."""
    if counts is None or not counts.known:
        return ""
    words = {
        "likes": lambda n: Insights.tr("%Ln like(s)", "", n),
        "reposts": lambda n: Insights.tr("%Ln repost(s)", "", n),
        "replies": lambda n: Insights.tr("%Ln reply(s)", "", n),
        "quotes": lambda n: Insights.tr("%Ln quote(s)", "", n),
        "views": lambda n: Insights.tr("%Ln view(s)", "", n),
        "clicks": lambda n: Insights.tr("%Ln click(s)", "", n),
    }
    return " · ".join(words[name](value) for name in core.METRICS if (value := counts.get(name)) is not None)


class TotalsModel(QAbstractTableModel):
    """Totals per account and network over the period: one row each, then the counts."""

    ACCOUNT, NETWORK, POSTS = range(3)
    METRIC_COLUMNS = ("likes", "reposts", "replies", "views", "engagement")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Totals] = []

    def set_totals(self, totals: Sequence[Totals]) -> None:
        """Show these totals."""
        self.beginResetModel()
        self._rows = list(totals)
        self.endResetModel()

    def totals(self) -> list[Totals]:
        """The rows shown."""
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3 + len(self.METRIC_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DecorationRole and column == self.NETWORK:
            return network_mark(row.network)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.POSTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.ACCOUNT:
            return ltr(row.handle) if row.handle else self.tr("An account since removed")
        if column == self.NETWORK:
            return network_name(row.network)
        if column == self.POSTS:
            return QLocale().toString(row.posts)
        value = row.counts.get(self.METRIC_COLUMNS[column - 3])
        if value is None and role != Qt.ItemDataRole.DisplayRole:
            return self.tr("Not given by this network")
        return format_count(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = metric_names()
        titles = [self.tr("Account"), self.tr("Network"), self.tr("Posts"), *(names[m] for m in self.METRIC_COLUMNS)]
        return titles[section] if 0 <= section < len(titles) else None


class PostsModel(QAbstractTableModel):
    """The period's posts, sortable by any column (top posts: sort by a count, descending)."""

    WHEN, NETWORK, ACCOUNT, TEXT = range(4)
    METRIC_COLUMNS = ("likes", "reposts", "replies", "views", "engagement")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._posts: list[PostInsight] = []
        self._zone: tzinfo | None = None
        self._sort = (self.column_of("engagement"), Qt.SortOrder.DescendingOrder)

    @classmethod
    def column_of(cls, metric: str) -> int:
        """The column of a metric."""
        return 4 + cls.METRIC_COLUMNS.index(metric)

    def set_posts(self, posts: Sequence[PostInsight], zone: tzinfo) -> None:
        """Show these posts, in the current sort order."""
        self.beginResetModel()
        self._posts = list(posts)
        self._zone = zone
        self._posts = self._sorted(*self._sort)
        self.endResetModel()

    def posts(self) -> list[PostInsight]:
        """The posts, in the order shown."""
        return list(self._posts)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._posts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4 + len(self.METRIC_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._posts) or self._zone is None:
            return None
        post, column = self._posts[index.row()], index.column()
        if role == Qt.ItemDataRole.UserRole:
            return post.target_id
        if role == Qt.ItemDataRole.DecorationRole and column == self.NETWORK:
            return network_mark(post.network)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return post.text
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == self.WHEN:
            return format_instant(post.published_at, self._zone)
        if column == self.NETWORK:
            return network_name(post.network)
        if column == self.ACCOUNT:
            return ltr(post.handle)
        if column == self.TEXT:
            text = " ".join(post.text.split())
            return text if len(text) <= 80 else text[:79] + "…"
        value = post.counts.get(self.METRIC_COLUMNS[column - 4])
        if value is None and role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("Not given by this network")
        return format_count(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = metric_names()
        titles = [
            self.tr("Published"),
            self.tr("Network"),
            self.tr("Account"),
            self.tr("Post"),
            *(names[m] for m in self.METRIC_COLUMNS),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._posts = self._sorted(column, order)
        self.layoutChanged.emit()

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[PostInsight]:
        descending = order == Qt.SortOrder.DescendingOrder
        if column >= 4:
            metric = self.METRIC_COLUMNS[column - 4]
            known = [p for p in self._posts if p.counts.get(metric) is not None]
            unknown = [p for p in self._posts if p.counts.get(metric) is None]
            known.sort(key=lambda p: (p.counts.get(metric) or 0, p.published_at), reverse=descending)
            return known + unknown  # "not given" is never the best nor the worst
        keys = {
            self.WHEN: lambda p: (p.published_at, p.target_id),
            self.NETWORK: lambda p: (network_name(p.network).casefold(), p.published_at),
            self.ACCOUNT: lambda p: (p.handle.casefold(), p.published_at),
            self.TEXT: lambda p: (p.text.casefold(), p.published_at),
        }
        return sorted(self._posts, key=keys[column], reverse=descending)


class HeatmapModel(QAbstractTableModel):
    """Engagement per post by weekday (rows, Monday first) × hour of publishing (24 columns)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._grid: core.Grid = tuple(tuple(core.Cell() for _ in range(24)) for _ in range(7))
        self._top = 0.0

    def set_grid(self, grid: core.Grid) -> None:
        """Show this grid (`core.insights.week_grid`)."""
        self.beginResetModel()
        self._grid = grid
        means = [c.mean for row in grid for c in row if c.mean is not None]
        self._top = max(means, default=0.0)
        self.endResetModel()

    def cell(self, weekday: int, hour: int) -> core.Cell:
        """The cell of a weekday (0 = Monday) and hour."""
        return self._grid[weekday][hour]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 24

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < 7 and 0 <= index.column() < 24):
            return None
        cell = self._grid[index.row()][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.colour(cell)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            when = self.tr("{day} at {hour}").format(day=_day_name(index.row()), hour=_hour_name(index.column()))
            if cell.mean is None:
                return self.tr("{when}: no post yet").format(when=when)
            return self.tr("{when}: {mean} engagements per post, from {posts} posts").format(
                when=when, mean=QLocale().toString(cell.mean, "f", 1), posts=QLocale().toString(cell.posts)
            )
        return None

    def colour(self, cell: core.Cell) -> QColor:
        """The cell's colour: the palette's base, tinted toward the accent by engagement per post."""
        palette = QApplication.palette()
        base = palette.color(QPalette.ColorRole.Base)
        if cell.mean is None or self._top <= 0:
            return base
        # A square root keeps modest hours visible beside one exceptional post.
        strength = 0.15 + 0.85 * math.sqrt(cell.mean / self._top)
        tint = theme.accent(palette)
        return QColor(
            round(base.red() + (tint.red() - base.red()) * strength),
            round(base.green() + (tint.green() - base.green()) * strength),
            round(base.blue() + (tint.blue() - base.blue()) * strength),
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return _day_name(section, short=role == Qt.ItemDataRole.DisplayRole) if 0 <= section < 7 else None
        return QLocale().toString(section) if 0 <= section < 24 else None


def _day_name(weekday: int, short: bool = False) -> str:
    # Qt numbers days 1 = Monday ... 7 = Sunday.
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(weekday + 1, form)


def _hour_name(hour: int) -> str:
    return QLocale().toString(QTime(hour, 0), QLocale.FormatType.ShortFormat)


def best_times_text(best: Sequence[core.BestTime]) -> str:
    """The creator's best times in words ("Tuesday at 18:00 and Monday at 09:00"), "" if none."""
    at = QCoreApplication.translate("Insights", "{day} at {hour}")
    return format_list([at.format(day=_day_name(b.weekday), hour=_hour_name(b.hour)) for b in best])
