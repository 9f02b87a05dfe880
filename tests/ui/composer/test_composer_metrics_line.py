"""A published post opened in the composer says how it is doing (Insights' newest counts)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from postdesk.core.networks import Network
from postdesk.paths import Paths
from postdesk.store.db import Database, open_database
from postdesk.store.repositories.insights import Counts, InsightsRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.composer.services import StoreComposerServices, TargetActivity
from postdesk.ui.composer.view import ComposerPane
from tests.helpers.insights_data import account, publish, snapshot
from tests.ui.calendar.test_calendar_support import SEED_NOW

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def db(paths: Paths) -> Iterator[Database]:
    database = open_database(paths)
    yield database
    database.close()


@pytest.fixture
def runner() -> Iterator[BackgroundRunner]:
    worker = BackgroundRunner(name="test-composer-metrics")
    yield worker
    worker.shutdown(wait=True)


def test_a_published_post_shows_its_newest_counts(
    qtbot: Any, db: Database, paths: Paths, runner: BackgroundRunner
) -> None:
    me = account(db, Network.BLUESKY, "ana.bsky.social", SEED_NOW)
    target = publish(db, Network.BLUESKY, me, SEED_NOW - timedelta(days=2), "As it went out")
    snapshot(db, target, SEED_NOW - timedelta(days=1), likes=3, reposts=0, replies=None)
    snapshot(db, target, SEED_NOW, likes=12, reposts=2, replies=None, quotes=1)
    post_id = InsightsRepository(db).published(SEED_NOW - timedelta(days=3), SEED_NOW)[0].post_id

    composer = ComposerPane(
        StoreComposerServices(db, paths, runner, lambda: SEED_NOW), lambda: SEED_NOW, "Europe/Berlin"
    )
    qtbot.addWidget(composer)
    qtbot.waitUntil(lambda: composer.is_loaded, timeout=5000)
    with qtbot.waitSignal(composer.post_opened, timeout=5000):
        composer.open_post(post_id)
    qtbot.waitUntil(lambda: composer.sent.metrics_label.isVisibleTo(composer), timeout=5000)

    # replies unknown on this read: left out, not "0 replies"
    assert composer.sent.metrics_label.text() == "Bluesky: 12 like(s) · 2 repost(s) · 1 quote(s)"
    assert composer.sent.metrics_label.accessibleName()


def test_no_line_before_the_first_read(qtbot: Any) -> None:
    from postdesk.ui.composer.sent_view import SentSection

    section = SentSection("Europe/Berlin")
    qtbot.addWidget(section)
    section.set_targets([TargetActivity("mastodon", 1, "published")])
    assert not section.metrics_label.isVisibleTo(section)
    section.set_targets([TargetActivity("mastodon", 1, "published", metrics=Counts(likes=0))])
    assert section.metrics_label.text() == "Mastodon: 0 like(s)"
