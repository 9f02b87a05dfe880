"""`PostRepository`: the post aggregate round-trips, updates, uniqueness and soft delete."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.store.db import Database
from postdesk.store.repositories import AccountRepository, MediaRepository, PostRepository

from .conftest import T0


def _assets(db: Database, n: int) -> list[int]:
    media = MediaRepository(db)
    return [media.add_or_get(f"{i:064x}", imported_at=T0) for i in range(n)]


def _accounts(db: Database) -> tuple[int, int]:
    accounts = AccountRepository(db)
    a = accounts.add(Network.MASTODON, "me@example.social", now=T0).id
    b = accounts.add(Network.MASTODON, "other@example.social", now=T0).id
    return a, b


def _rich_post(db: Database) -> Post:
    assets = _assets(db, 4)
    masto_a, masto_b = _accounts(db)
    return Post(
        parts=("Part one 🧵", "Part two, with ünïcödé", "Part three"),
        media=(assets[0], assets[1]),
        targets=(
            Target(Network.BLUESKY),
            Target(Network.MASTODON, account_id=masto_a, options={"spoiler_text": "cw"}),
            Target(
                Network.MASTODON,
                account_id=masto_b,
                override_enabled=True,
                override_parts=("Only for b",),
                media_override=(),
            ),
            Target(Network.X, override_enabled=True, override_parts=("short", "thread")),
            Target(
                Network.INSTAGRAM,
                media_override=(assets[3], assets[2]),
                options={"first_comment": "#tags", "nested": {"a": [1, 2]}},
                state=TargetState.SCHEDULED,
            ),
        ),
        # 09:30 in Berlin on a CET day, chosen by the user in that zone.
        scheduled_at=datetime(2025, 3, 10, 8, 30, tzinfo=UTC),
        scheduled_zone="Europe/Berlin",
    )


def test_round_trip_of_a_rich_post(db: Database) -> None:
    repo = PostRepository(db)
    post = _rich_post(db)
    saved = repo.save(post, now=T0)
    assert saved.id is not None
    assert saved.updated_at == T0
    assert saved.updated_at.tzinfo is UTC
    loaded = repo.get(saved.id)
    assert loaded == replace(post, id=saved.id, updated_at=T0)
    assert loaded is not None and loaded.scheduled_at is not None
    assert loaded.scheduled_at.tzinfo is UTC
    assert loaded.targets[2].media_override == ()
    assert loaded.targets[0].media_override is None


def test_update_replaces_targets_media_and_keeps_engine_columns(db: Database) -> None:
    repo = PostRepository(db)
    saved = repo.save(_rich_post(db), now=T0)
    assert saved.id is not None
    with db.session() as session:
        session.connection().execute(text("UPDATE target SET remote_id = 'at://kept' WHERE network = 'bluesky'"))
    fewer = replace(
        saved,
        parts=("Edited",),
        media=(saved.media[1],),
        targets=(
            replace(saved.targets[0], options={"lang": "de"}),
            saved.targets[4],
            Target(Network.THREADS),
        ),
        scheduled_at=None,
        scheduled_zone=None,
    )
    later = T0 + timedelta(minutes=5)
    updated = repo.save(fewer, now=later)
    assert updated == replace(fewer, updated_at=later)
    with db.read_session() as session:
        rows = (
            session.connection()
            .execute(
                text("SELECT network, remote_id FROM target WHERE post_id = :p ORDER BY id"),
                {"p": saved.id},
            )
            .all()
        )
        media_rows = session.connection().execute(text("SELECT count(*) FROM post_media")).scalar()
    # The removed targets' rows are gone, the kept one still has the engine's remote id.
    assert [tuple(r) for r in rows] == [
        ("bluesky", "at://kept"),
        ("instagram", None),
        ("threads", None),
    ]
    assert media_rows == 1


def test_saving_an_unknown_id_fails(db: Database) -> None:
    with pytest.raises(KeyError):
        PostRepository(db).save(Post(id=404), now=T0)


def test_duplicate_targets_are_refused_by_the_repository(db: Database) -> None:
    post = Post(targets=(Target(Network.X), Target(Network.X)))
    with pytest.raises(ValueError):
        PostRepository(db).save(post, now=T0)


def test_unique_index_refuses_two_accountless_targets_of_one_network(db: Database) -> None:
    saved = PostRepository(db).save(Post(targets=(Target(Network.X),)), now=T0)
    insert = text(
        "INSERT INTO target (post_id, network, account_id, override_enabled, "
        "override_parts_json, options_json, state, updated_at) "
        "VALUES (:p, :n, :a, 0, '[\"\"]', '{}', 'draft', '2025-01-01 00:00:00')"
    )
    with pytest.raises(sa_exc.IntegrityError), db.session() as session:
        session.connection().execute(insert, {"p": saved.id, "n": "x", "a": None})
    masto, _ = _accounts(db)
    with db.session() as session:
        session.connection().execute(insert, {"p": saved.id, "n": "mastodon", "a": masto})
    with pytest.raises(sa_exc.IntegrityError), db.session() as session:
        session.connection().execute(insert, {"p": saved.id, "n": "mastodon", "a": masto})


def test_soft_delete_hides_but_keeps(db: Database) -> None:
    repo = PostRepository(db)
    saved = repo.save(Post(parts=("bye",)), now=T0)
    assert saved.id is not None
    repo.delete(saved.id, now=T0 + timedelta(hours=1))
    assert repo.list_drafts(10) == []
    assert repo.most_recent() is None
    assert repo.is_deleted(saved.id)
    assert repo.get(saved.id) is not None
    repo.restore(saved.id)
    assert [p.id for p in repo.list_drafts(10)] == [saved.id]


def test_lists_for_calendar_drafts_and_most_recent(db: Database) -> None:
    repo = PostRepository(db)
    day = datetime(2025, 3, 10, tzinfo=UTC)
    at_9 = repo.save(Post(parts=("9",), scheduled_at=day + timedelta(hours=9)), now=T0)
    at_8 = repo.save(Post(parts=("8",), scheduled_at=day + timedelta(hours=8)), now=T0)
    next_day = repo.save(Post(parts=("n",), scheduled_at=day + timedelta(days=1)), now=T0)
    draft_old = repo.save(Post(parts=("old",)), now=T0)
    draft_new = repo.save(Post(parts=("new",)), now=T0 + timedelta(minutes=1))
    between = repo.list_scheduled_between(day, day + timedelta(days=1))
    assert [p.id for p in between] == [at_8.id, at_9.id]
    assert next_day.id not in [p.id for p in between]
    assert [p.id for p in repo.list_drafts(10)] == [draft_new.id, draft_old.id]
    assert [p.id for p in repo.list_drafts(1)] == [draft_new.id]
    touched = repo.save(at_9, now=T0 + timedelta(minutes=2))
    recent = repo.most_recent()
    assert recent is not None and recent.id == touched.id


def test_removing_an_account_keeps_its_targets_without_account(db: Database) -> None:
    masto, _ = _accounts(db)
    repo = PostRepository(db)
    saved = repo.save(Post(targets=(Target(Network.MASTODON, account_id=masto),)), now=T0)
    assert saved.id is not None
    AccountRepository(db).remove(masto)
    loaded = repo.get(saved.id)
    assert loaded is not None
    assert loaded.targets == (Target(Network.MASTODON, account_id=None),)
