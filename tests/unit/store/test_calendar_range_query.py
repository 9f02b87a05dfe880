"""The calendar's range query at 100k posts (issue 11, item 10): served by indexes alone for the
targets, and the text of a post read the same by its fast path as by a JSON parse."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.paths import Paths
from postdesk.store.db import Database, open_database
from postdesk.store.repositories import PostRepository
from postdesk.store.repositories.calendar import _RANGE_QUERY, CalendarRepository, _text_of

NOW = datetime(2025, 3, 20, 10, 0, tzinfo=UTC)


@pytest.fixture
def db(paths: Paths) -> Iterator[Database]:
    database = open_database(paths)
    yield database
    database.close()


def _save(db: Database, parts: tuple[str, ...], when: datetime | None) -> int:
    post = Post(
        parts=parts,
        targets=(Target(network=Network.BLUESKY, state=TargetState.SCHEDULED),),
        scheduled_at=when,
        scheduled_zone="Europe/Berlin" if when else None,
    )
    saved = PostRepository(db).save(post, now=NOW)
    assert saved.id is not None
    return saved.id


def test_range_query_reads_targets_from_the_covering_index(db: Database) -> None:
    statement = str(_RANGE_QUERY.compile(compile_kwargs={"literal_binds": False}))
    with db.read_session() as session:
        plan = session.connection().execute(
            text("EXPLAIN QUERY PLAN " + statement), {"lo": "2025-01-01", "hi": "2025-02-01", "limit": -1}
        )
        details = [row[-1] for row in plan]
    assert any("ix_post_scheduled_at" in d for d in details), details
    assert any("COVERING INDEX ix_target_calendar" in d for d in details), details
    # The first image of each post through post_media's primary key, not a scan.
    assert not any(d.startswith("SCAN m") or d.startswith("SCAN post_media") for d in details), details
    assert not any("TEMP B-TREE" in d for d in details), details


@pytest.mark.parametrize(
    "parts",
    [
        ("plain words",),
        ("two", "parts"),
        ('a "quoted" word',),
        ("back\\slash",),
        ("Ünïcödé and emoji 🎉",),
        ("line\nbreak",),
        ('","',),
        ("",),
    ],
)
def test_text_fast_path_reads_what_json_reads(db: Database, parts: tuple[str, ...]) -> None:
    joined = "\n\n".join(parts)
    assert _text_of(json.dumps(list(parts))) == joined
    assert _text_of(json.dumps(list(parts), ensure_ascii=False)) == joined
    post_id = _save(db, parts, NOW + timedelta(days=1))
    found = CalendarRepository(db).entries_between(NOW, NOW + timedelta(days=2))
    assert [(e.post_id, e.text) for e in found] == [(post_id, joined)]


def test_has_posts_counts_live_scheduled_posts_only(db: Database) -> None:
    repo = CalendarRepository(db)
    assert not repo.has_posts()
    _save(db, ("a draft",), None)
    assert not repo.has_posts()  # drafts have their own list
    post_id = _save(db, ("scheduled",), NOW + timedelta(days=400))
    assert repo.has_posts()
    repo.delete(post_id, now=NOW)
    assert not repo.has_posts()
