"""`CalendarRepository.day_pages`: the first posts of each day and every day's count, from one pass
over the time index (issue 11 item 10: a month grid reads only what its cells draw)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.paths import Paths
from postdesk.store.db import Database, open_database
from postdesk.store.repositories.calendar import CalendarRepository, stored_instant
from postdesk.store.repositories.posts import PostRepository

NOW = datetime(2025, 3, 1, tzinfo=UTC)
DAY = timedelta(days=1)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(Paths(tmp_path).ensure())
    yield database
    database.close()


def _post(db: Database, text: str, at: datetime) -> int:
    post = Post(parts=(text,), targets=(Target(network=Network.BLUESKY, state=TargetState.SCHEDULED),), scheduled_at=at)
    saved = PostRepository(db).save(post, now=NOW)
    assert saved.id is not None
    return saved.id


def test_first_posts_of_each_day_and_every_days_count(db: Database) -> None:
    edges = [NOW + i * DAY for i in range(4)]  # three days
    first = [_post(db, f"first day {i}", NOW + timedelta(hours=9, minutes=i)) for i in range(5)]
    second = [_post(db, "second day", NOW + DAY + timedelta(hours=10))]
    _post(db, "outside", NOW + 3 * DAY + timedelta(hours=1))
    gone = _post(db, "deleted", NOW + timedelta(hours=12))
    CalendarRepository(db).delete(gone, now=NOW)
    pages = CalendarRepository(db).day_pages(edges, 3)
    assert pages.counts == (5, 1, 0)
    assert [e.post_id for e in pages.rows.entries] == first[:3] + second
    assert pages.rows.entries[0].text == "first day 0"
    assert stored_instant(NOW + timedelta(hours=9, minutes=4)) in pages.taken  # not read, still taken
    assert len(pages.taken) == 6
    # The entries read are the range query's own.
    whole = CalendarRepository(db).entries_between(edges[0], edges[-1])
    assert [e for e in whole if e.post_id in {*first[:3], *second}] == pages.rows.entries


def test_no_days_reads_nothing(db: Database) -> None:
    pages = CalendarRepository(db).day_pages([NOW], 3)
    assert pages.counts == () and pages.rows.entries == []
