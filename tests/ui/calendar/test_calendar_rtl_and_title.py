"""Cards mirrored right to left, and a week's title that fits at 1024 x 700 (issue 18 item 4).

In a right-to-left layout a card reads from the right: thumbnail and time at the right edge, the
state badge at the left. The week's title ("Mon 17 Mar – Sun 23 Mar 2025") drops the weekdays
when the bar is too narrow for it, instead of being cut off.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from postdesk.core.calendar import CalendarEntry, EntryStatus, ViewKind
from postdesk.ui.calendar.paint import paint_chip
from postdesk.ui.calendar.state_badge import status_color
from tests.ui.calendar.test_calendar_cards import PHOTO_DAY, RED, _show_month, built, make  # noqa: F401
from tests.ui.calendar.test_calendar_support import SEED_NOW

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")

WIDTH = 240


def _red(colour: QColor) -> bool:
    return colour.red() > 180 and colour.green() < 90 and colour.blue() < 90


def _render(widget: QWidget, direction: Qt.LayoutDirection, height: int = 20) -> QImage:
    entry = CalendarEntry(post_id=1, instant=SEED_NOW, text="a photo", status=EntryStatus.PUBLISHED)
    red = QImage(48, 48, QImage.Format.Format_RGB32)
    red.fill(QColor(*RED))
    image = QImage(WIDTH, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))  # opaque: the card's tint blends in, only the badge keeps the state's colour
    painter = QPainter(image)
    paint_chip(
        painter, image.rect(), entry, None, widget.palette(), with_time=False, slot_word="", has_media=True,
        thumbnail=QPixmap.fromImage(red), dark=False, direction=direction,
    )  # fmt: skip
    painter.end()
    return image


def _columns(image: QImage, test: Any) -> list[int]:
    return [x for x in range(image.width()) if any(test(QColor(image.pixel(x, y))) for y in range(image.height()))]


@pytest.mark.parametrize("height", [20, 32])
def test_a_card_is_mirrored_right_to_left(qtbot: Any, height: int) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    badge = QColor(status_color(EntryStatus.PUBLISHED, False))

    def is_badge(c: QColor) -> bool:
        return (
            abs(c.red() - badge.red()) < 8 and abs(c.green() - badge.green()) < 8 and abs(c.blue() - badge.blue()) < 8
        )

    ltr = _render(widget, Qt.LayoutDirection.LeftToRight, height)
    rtl = _render(widget, Qt.LayoutDirection.RightToLeft, height)
    ltr_thumb, rtl_thumb = _columns(ltr, _red), _columns(rtl, _red)
    assert ltr_thumb and max(ltr_thumb) < WIDTH // 4, "left to right: the thumbnail leads at the left"
    assert rtl_thumb and min(rtl_thumb) > WIDTH * 3 // 4, "right to left: the thumbnail leads at the right"
    assert sorted(WIDTH - 1 - x for x in rtl_thumb) == ltr_thumb, "the thumbnail's place is mirrored exactly"
    # The state badge (and the state's stripe) sit at the other end.
    ltr_badge = [x for x in _columns(ltr, is_badge) if x > 3]  # past the stripe at the start
    rtl_badge = [x for x in _columns(rtl, is_badge) if x < WIDTH - 4]
    assert ltr_badge and min(ltr_badge) > WIDTH * 3 // 4
    assert rtl_badge and max(rtl_badge) < WIDTH // 4
    assert is_badge(QColor(rtl.pixel(WIDTH - 2, height // 2))), "the stripe is at the right edge"


def test_the_month_view_paints_cards_right_to_left(make: Any, qtbot: Any, qapp: QApplication) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        b = make()
        pane = _show_month(b, qtbot)
        assert pane.month_view.layoutDirection() == Qt.LayoutDirection.RightToLeft
        thumbs = pane.views._month_delegate.thumbnails
        pane.month_view.viewport().repaint()
        qtbot.waitUntil(lambda: thumbs.get(b.sha) is not None, timeout=10_000)
        index = pane.month_model.index_of_date(PHOTO_DAY)
        ids = [e.post_id for e in pane.month_model.entries_at(index)]
        centre = pane.month_view.chip_center(index, ids.index(b.photo_post))
        cell = pane.month_view.visualRect(index)
        image = pane.month_view.viewport().grab(QRect(cell.left(), centre.y() - 12, cell.width(), 24)).toImage()
        reds = _columns(image, _red)
        scale = image.width() / cell.width()
        assert reds, "the thumbnail is drawn"
        assert min(reds) / scale > cell.width() * 0.6, f"the thumbnail sits at the cell's right: {reds}"
        # The day's number starts the cell too: at its right.
        other = pane.month_view.visualRect(pane.month_model.index_of_date(date(2025, 3, 12)))
        strip = pane.month_view.viewport().grab(QRect(other.left(), other.top() + 2, other.width(), 17)).toImage()
        inked = _columns(strip, lambda c: c.lightness() < 110)
        assert inked and min(inked) / scale > other.width() * 0.6, f"the day's number sits at the right: {inked}"
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_week_title_fits_at_1024_by_700(built: Any, qtbot: Any) -> None:
    pane = _show_month(built, qtbot, (1024, 700))
    pane.go_to(PHOTO_DAY)
    with qtbot.waitSignal(pane.loaded, timeout=10_000):
        pane.set_view(ViewKind.WEEK)
    title = built.window.findChild(QWidget, "calendarTitle")
    qtbot.waitUntil(
        lambda: "2025" in title.text() and title.fontMetrics().horizontalAdvance(title.text()) <= title.width()
    )
    assert "2025" in title.text() and "24" in title.text() and "30" in title.text(), title.text()
    assert "…" not in title.text()
    # The full wording is not lost: it is the tooltip and the accessible description.
    assert title.toolTip().startswith(title.accessibleDescription()[:3]) and len(title.toolTip()) > len(title.text())
    # Wide enough, the full title comes back.
    built.window.resize(1440, 900)
    qtbot.waitUntil(lambda: title.text() == title.accessibleDescription())
