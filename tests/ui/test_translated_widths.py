"""Widths that the translations outgrew, in the real window at 1024 × 700 and 1440 × 900.

- The calendar's list: Post takes the width the other columns leave (it was squeezed to ~110 px
  while each count column stretched to ~115 px), each column's title fits (Japanese "表示回数"
  showed "表"), a long status ends in "…" and is whole in the tooltip, mirrored right to left.
- The calendar's and the media library's search fields keep a real word of their hint at 1024 px
  (the calendar's showed "Sear…"), and the calendar's bar still fits.
- The composer's text column grows with the window: at 1440 px the schedule row's "Unschedule"
  no longer wraps to a line of its own in Spanish or Portuguese.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import keyring
import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt, QTranslator
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QHeaderView, QStyleOptionViewItem

from postdesk.core.calendar import ViewKind
from postdesk.core.networks import Network
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.ui import i18n
from postdesk.ui.calendar.models import AgendaModel
from tests.helpers.insights_data import publish, snapshot
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.real_window import build_test_window
from tests.ui.calendar.test_calendar_support import SEED_NOW, realistic_month

NOW = SEED_NOW
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")
METRIC_COLUMNS = range(AgendaModel.TEXT + 1, AgendaModel.COLUMNS)


@pytest.fixture
def window_in(qtbot: Any, paths: Any, qapp: QApplication) -> Iterator[Callable[[str, tuple[int, int]], Any]]:
    """Build the real window in a shipped language at a size, seeded with a month of posts."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    translators: list[QTranslator] = []
    built: list[Any] = []

    def build(language: str, size: tuple[int, int]) -> Any:
        assert language in i18n.shipped_languages()
        qapp.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        translators.extend(i18n.install_translators(qapp, language))
        qapp.processEvents()
        b = build_test_window(paths, qapp, qtbot, NOW)
        built.append(b)
        realistic_month(b.database, NOW.date())
        sky = AccountRepository(b.database).add(Network.BLUESKY, "lumen.bsky.social", now=NOW).id
        at = NOW - dt.timedelta(days=2)
        snapshot(b.database, publish(b.database, Network.BLUESKY, sky, at, "The harbour"), at, likes=120, reposts=30)
        zones = b.panes.calendar.toolbar.zone_box
        qtbot.waitUntil(lambda: zones.count() > 1, timeout=10_000)  # every zone offered: the box at its widest
        b.window.resize(1440, 900)  # as a user who narrows the window: shown wide first
        b.window.show()
        qtbot.waitExposed(b.window)
        b.window.show_pane("calendar")
        qtbot.waitUntil(lambda: b.panes.calendar.is_complete(), timeout=10_000)
        b.window.resize(*size)
        qtbot.waitUntil(lambda: (b.window.width(), b.window.height()) == size, timeout=5_000)
        return b

    yield build
    for b in built:
        b.close()
    for translator in translators:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    keyring.set_keyring(previous)


def _list(qtbot: Any, b: Any) -> Any:
    b.window.show_pane("calendar")
    calendar = b.panes.calendar
    calendar.set_view(ViewKind.LIST)
    calendar.reload()
    qtbot.waitUntil(lambda: calendar.is_complete() and bool(calendar.entries()), timeout=10_000)
    QApplication.processEvents()
    return calendar.list_view


def _title_width(view: Any, column: int) -> int:
    header = view.horizontalHeader()
    title = view.model().headerData(column, Qt.Orientation.Horizontal)
    return header.fontMetrics().horizontalAdvance(title)


@pytest.mark.parametrize(("language", "size"), [("de", (1024, 700)), ("ja", (1024, 700)), ("pt_BR", (1440, 900))])
def test_list_gives_post_the_spare_width_and_every_title_room(
    window_in: Any, qtbot: Any, language: str, size: tuple[int, int]
) -> None:
    view = _list(qtbot, window_in(language, size))
    header = view.horizontalHeader()
    assert not any(view.isColumnHidden(c) for c in METRIC_COLUMNS), "the window has counts: their columns show"
    post = header.sectionSize(AgendaModel.TEXT)
    for column in METRIC_COLUMNS:
        assert header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch
        assert post > header.sectionSize(column), f"{language}: Post {post}px, column {column} wider"
    assert post >= view.post_minimum()
    for column in range(AgendaModel.COLUMNS):
        assert header.sectionSize(column) >= _title_width(view, column), f"{language}: title {column} cut"
    total = sum(header.sectionSize(c) for c in range(AgendaModel.COLUMNS))
    if total > view.viewport().width():  # a narrow window: the columns scroll, none is out of reach
        bar = view.horizontalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5_000)
        bar.setValue(bar.maximum())
        last = AgendaModel.COLUMNS - 1
        assert view.columnViewportPosition(last) + header.sectionSize(last) <= view.viewport().width() + 1
    else:
        assert total == view.viewport().width()
    if size[0] >= 1440:  # a wide window: no sideways scrolling, Post has most of the room
        assert total <= view.viewport().width()
        assert post >= 2 * max(header.sectionSize(c) for c in METRIC_COLUMNS)


class _RecordingPainter(QPainter):
    """Records the texts drawn, with their rectangles and flags."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[tuple[QRect, Any, str]] = []

    def drawText(self, *args: Any) -> None:
        if len(args) == 3 and isinstance(args[0], QRect):
            self.texts.append((QRect(args[0]), args[1], args[2]))
        super().drawText(*args)


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_a_long_status_ends_in_an_ellipsis_and_is_whole_in_the_tooltip(
    window_in: Any, qtbot: Any, direction: Qt.LayoutDirection
) -> None:
    b = window_in("de", (1024, 700))
    view = _list(qtbot, b)
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.entry(r) and model.entry(r).post_id is not None)
    hold = "Not sure it went out: please check, Postdesk is asking the network again"
    model.set_holds({model.entry(row).post_id: hold})
    index = model.index(row, AgendaModel.STATUS)
    assert hold in index.data(Qt.ItemDataRole.ToolTipRole)
    delegate = view.itemDelegateForColumn(AgendaModel.STATUS)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 140, 24)
    option.fontMetrics = view.fontMetrics()
    option.palette = view.palette()
    option.direction = direction
    image = QImage(140, 24, QImage.Format.Format_ARGB32)
    painter = _RecordingPainter(image)
    delegate.paint(painter, option, QModelIndex(index))
    painter.end()
    rect, flags, text = painter.texts[-1]
    assert text.endswith("…") and text != hold, f"not elided: {text!r}"
    assert view.fontMetrics().horizontalAdvance(text) <= rect.width()
    if direction == Qt.LayoutDirection.RightToLeft:  # the badge at the right, the text right-aligned before it
        assert rect.right() <= option.rect.right() - 16 and flags & Qt.AlignmentFlag.AlignRight
    else:
        assert rect.left() >= option.rect.left() + 16 and flags & Qt.AlignmentFlag.AlignLeft


def _placeholder_room(edit: Any) -> int:
    """The width the field needs to show its whole hint (Qt's hint is 17 x's wide)."""
    metrics = edit.fontMetrics()
    frame = edit.sizeHint().width() - 17 * metrics.horizontalAdvance("x") + 2
    return frame + metrics.horizontalAdvance(edit.placeholderText())


@pytest.mark.parametrize("language", ["de", "es", "ja"])
def test_calendar_search_shows_its_hint_and_the_bar_fits_at_1024(window_in: Any, qtbot: Any, language: str) -> None:
    b = window_in(language, (1024, 700))
    b.window.show_pane("calendar")
    calendar = b.panes.calendar
    bar = calendar.toolbar
    for kind in (ViewKind.MONTH, ViewKind.WEEK, ViewKind.LIST):
        calendar.set_view(kind)
        calendar.reload()
        qtbot.waitUntil(lambda: calendar.is_complete() and bar.width() >= bar.minimumSizeHint().width(), timeout=5_000)
        search = bar.search
        metrics = search.fontMetrics()
        frame = _placeholder_room(search) - metrics.horizontalAdvance(search.placeholderText())
        room = min(_placeholder_room(search), frame + 10 * metrics.averageCharWidth())  # the hint, or 10 letters
        assert search.width() >= room, f"{language} {kind}: {search.width()} px for {search.placeholderText()!r}"
        assert bar.mapTo(b.window, bar.rect().topRight()).x() <= b.window.width()
        # the search's room is not taken from the period's name
        qtbot.waitUntil(lambda: "…" not in bar.title.text(), timeout=3_000)


@pytest.mark.parametrize("language", ["es", "de"])
def test_media_search_keeps_some_words_and_its_hint_as_tooltip(window_in: Any, qtbot: Any, language: str) -> None:
    b = window_in(language, (1024, 700))
    b.window.show_pane("media")
    QApplication.processEvents()
    search = b.panes.media.filters.search
    assert search.toolTip() == search.placeholderText()
    metrics = search.fontMetrics()
    assert search.width() >= min(_placeholder_room(search), 14 * metrics.averageCharWidth())
    filters = b.panes.media.filters
    assert filters.minimumSizeHint().width() <= filters.width()


@pytest.mark.parametrize("language", ["es", "pt_BR"])
def test_composer_schedule_row_fits_one_line_at_1440(window_in: Any, qtbot: Any, language: str) -> None:
    b = window_in(language, (1440, 900))
    b.window.show_pane("composer")
    composer = b.panes.composer
    qtbot.waitUntil(lambda: composer.is_loaded, timeout=10_000)
    QApplication.processEvents()
    schedule, unschedule = composer.schedule_button, composer.unschedule_button
    assert unschedule.isVisible() and schedule.isVisible()
    y_of = lambda w: w.mapTo(composer, w.rect().topLeft()).y()  # noqa: E731
    assert y_of(unschedule) == y_of(schedule), f"{language}: {unschedule.text()!r} wrapped to its own line"
    sizes = composer.splitter.sizes()
    assert sizes[0] >= sum(sizes) * 0.45, f"the text column stayed narrow: {sizes}"
