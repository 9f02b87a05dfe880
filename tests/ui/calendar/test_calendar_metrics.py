"""The calendar's list view shows each published post's counts (summed over its networks)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt
from sqlmodel import select

from postdesk.core.calendar import ViewKind
from postdesk.core.entities import TargetState
from postdesk.core.networks import Network
from postdesk.paths import Paths
from postdesk.store.db import Database, open_database
from postdesk.store.repositories.calendar import CalendarRepository
from postdesk.store.repositories.insights import InsightsRepository
from postdesk.store.tables import TargetRow
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.calendar import CalendarPane
from postdesk.ui.calendar.models import AgendaModel
from tests.helpers.insights_data import snapshot
from tests.ui.calendar.test_calendar_support import SEED_NOW, RecordingActions, add_post, local

BERLIN = "Europe/Berlin"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def db(paths: Paths) -> Iterator[Database]:
    database = open_database(paths)
    yield database
    database.close()


@pytest.fixture
def runner() -> Iterator[BackgroundRunner]:
    background = BackgroundRunner()
    yield background
    background.shutdown()


@pytest.fixture
def german() -> Iterator[None]:
    """Numbers in a locale that groups digits with a dot, to see they go through QLocale."""
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(old)


def targets_of(db: Database, post_id: int) -> list[int]:
    with db.read_session() as session:
        return [int(t.id or 0) for t in session.exec(select(TargetRow).where(TargetRow.post_id == post_id))]


def make(qtbot: Any, db: Database, runner: BackgroundRunner, **kwargs: Any) -> CalendarPane:
    pane = CalendarPane(
        CalendarRepository(db), runner, RecordingActions(), zone=ZoneInfo(BERLIN), now=lambda: SEED_NOW, **kwargs
    )
    qtbot.addWidget(pane)
    pane.resize(1200, 700)
    pane.show()
    with qtbot.waitSignal(pane.loaded):
        pane.start()
    with qtbot.waitSignal(pane.loaded):
        pane.set_view(ViewKind.LIST)
    return pane


def test_list_view_has_metric_columns_for_published_posts(
    qtbot: Any, db: Database, runner: BackgroundRunner, german: None
) -> None:
    at = local(date(2025, 3, 2), time(8), BERLIN)
    both = add_post(db, "on two networks", at, (Network.BLUESKY, Network.MASTODON), state=TargetState.PUBLISHED)
    unread = add_post(db, "never read", at + timedelta(hours=1), state=TargetState.PUBLISHED)
    later = add_post(db, "scheduled", local(date(2025, 3, 25), time(12), BERLIN))
    sky, masto = targets_of(db, both)
    snapshot(db, sky, at + timedelta(days=1), likes=1200, reposts=4, replies=2, views=None)
    snapshot(db, masto, at + timedelta(days=1), likes=30, reposts=0, replies=None, views=None)

    pane = make(qtbot, db, runner, metrics=InsightsRepository(db).post_totals)
    model = pane.agenda_model
    likes, reposts, replies, views = (AgendaModel.TEXT + 1 + i for i in range(4))
    qtbot.waitUntil(lambda: model.index(0, likes).data() != "")

    rows = {model.entry(r).post_id: r for r in range(model.rowCount())}  # type: ignore[union-attr]
    row = rows[both]
    assert [model.index(row, c).data() for c in (likes, reposts, replies, views)] == ["1.230", "4", "2", "–"]
    assert model.headerData(likes, Qt.Orientation.Horizontal) == "Likes"
    assert "1.230 like(s)" in model.index(row, AgendaModel.TEXT).data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.index(rows[unread], likes).data() == ""  # never read: nothing to show yet
    assert model.index(rows[later], likes).data() == ""
    assert not pane.list_view.isColumnHidden(likes)


def test_without_a_metrics_source_the_columns_are_hidden(qtbot: Any, db: Database, runner: BackgroundRunner) -> None:
    add_post(db, "published", local(date(2025, 3, 2), time(8), BERLIN), state=TargetState.PUBLISHED)
    pane = make(qtbot, db, runner)
    assert pane.list_view.isColumnHidden(AgendaModel.TEXT + 1)
    assert not pane.list_view.isColumnHidden(AgendaModel.TEXT)
