"""Issue #18: handles and dates keep their order in a right-to-left layout; the totals fit a 1024 window."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from postdesk.store.db import Database
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.insights.models import PostsModel, TotalsModel
from postdesk.ui.widgets.bidi import LRM, RLM, local_text, ltr, unmarked
from tests.ui.insights.test_insights_pane import db, fill, make_pane, runner  # noqa: F401  (fixtures)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _drawn_first(text: str, font: QFont) -> int:
    """The index of the character drawn leftmost when the text is laid out right to left."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    shown = [i for i, ch in enumerate(text) if ch not in (LRM, RLM)]
    # Where each character's leading edge is drawn; the leftmost one is what a reader sees first.
    return min(shown, key=lambda i: line.cursorToX(i)[0] if text[i] != " " else 1e9)


def test_ltr_marks_only_text_that_opens_without_a_direction() -> None:
    assert ltr("@lumen@photog.social") == LRM + "@lumen@photog.social"
    assert ltr("18 Mar 2025") == LRM + "18 Mar 2025"
    assert ltr("lumen.bsky.social") == "lumen.bsky.social"
    assert ltr("שלום") == "שלום"
    assert ltr(ltr("@ana")) == ltr("@ana")  # marked once
    assert ltr("") == ""
    assert unmarked(ltr("@ana")) == "@ana"
    assert local_text("18 Mar", QLocale(QLocale.Language.English)) == LRM + "18 Mar"
    assert local_text("18 مارس", QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)) == RLM + "18 مارس"


def test_handles_and_dates_keep_their_order_right_to_left(qtbot: Any, db: Database, runner: BackgroundRunner) -> None:
    fill(db)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        pane = make_pane(qtbot, db, runner)
        totals, posts = pane.totals_model, pane.posts_model
        font = pane.totals_view.font()
        handle = next(
            text
            for r in range(totals.rowCount())
            if unmarked(text := totals.index(r, TotalsModel.ACCOUNT).data()) == "@lumen@photog.social"
        )
        assert text_at(handle, _drawn_first(handle, font)) == "@", f"{handle!r}: its @ jumped to its end"
        in_posts = next(
            text
            for r in range(posts.rowCount())
            if unmarked(text := posts.index(r, PostsModel.ACCOUNT).data()) == "@lumen@photog.social"
        )
        assert text_at(in_posts, _drawn_first(in_posts, font)) == "@"
        when = posts.index(0, PostsModel.WHEN).data()
        day = unmarked(when).split()[0]
        assert day.isdigit()
        first = _drawn_first(when, font)
        assert when[first:].startswith(day), f"{when!r}: its day moved after the year and time"
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def text_at(text: str, index: int) -> str:
    return text[index]


def test_totals_fit_the_pane_of_a_1024_by_700_window(qtbot: Any, db: Database, runner: BackgroundRunner) -> None:
    fill(db)
    pane = make_pane(qtbot, db, runner)
    # A 1024x700 main window gives its pane this much: the side bar takes about 254 pixels.
    pane.resize(1024 - 254, 700 - 20)
    view, header = pane.totals_view, pane.totals_view.horizontalHeader()
    qtbot.waitUntil(lambda: view.width() > 0 and header.length() <= view.viewport().width())
    for _ in range(3):
        QApplication.processEvents()
    assert not view.horizontalScrollBar().isVisible()
    assert header.length() <= view.viewport().width()
    for column in range(header.count()):  # every column whole: no count or handle cut short
        needed = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert header.sectionSize(column) >= needed, (column, header.sectionSize(column), needed)
    assert header.sectionResizeMode(TotalsModel.ACCOUNT) == header.ResizeMode.Stretch
    assert header.sectionResizeMode(TotalsModel.POSTS) == header.ResizeMode.ResizeToContents
