"""After a restore from backup, posts that may have gone out since the backup are paused, not resent."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import text
from sqlmodel import select

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.store.db import Database
from postdesk.store.repositories import PostRepository
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.restore_hold import RESTORED_HOLD, hold_after_restore
from postdesk.store.tables import ActivityRow, PostRow, TargetRow
from postdesk.store.tables_engine import TargetDeliveryRow

from .conftest import T0

S = TargetState
HOUR = timedelta(hours=1)


def _target(db: Database, account_id: int, at, state: TargetState, label: str) -> int:
    post = PostRepository(db).save(
        Post(
            parts=(label,),
            scheduled_at=at,
            scheduled_zone="UTC",
            targets=(Target(Network.MASTODON, account_id, state=S.SCHEDULED if at else S.DRAFT),),
        ),
        now=T0 - 10 * HOUR,
    )
    with db.session() as session:
        target = session.exec(select(TargetRow).where(TargetRow.post_id == post.id)).one()
        # Set up the state as the backup recorded it (the engine's own path is not under test here).
        session.connection().execute(
            text("UPDATE target SET state = :s WHERE id = :i"), {"s": state.value, "i": target.id}
        )
        return int(target.id)


def test_only_targets_that_may_have_gone_out_are_paused(db: Database) -> None:
    account = int(AccountRepository(db).add(Network.MASTODON, "@me@example.social", now=T0).id)
    now = T0
    ids = {
        "scheduled, its time came": _target(db, account, now - HOUR, S.SCHEDULED, "a"),
        "due": _target(db, account, now - 2 * HOUR, S.DUE, "b"),
        "retrying": _target(db, account, now - 3 * HOUR, S.FAILED_RETRYABLE, "c"),
        "scheduled later": _target(db, account, now + HOUR, S.SCHEDULED, "d"),
        "published": _target(db, account, now - 4 * HOUR, S.PUBLISHED, "e"),
        "unknown": _target(db, account, now - 5 * HOUR, S.UNKNOWN, "f"),
        "draft": _target(db, account, None, S.DRAFT, "g"),
    }
    with db.read_session() as session:
        versions = {p.id: p.version for p in session.exec(select(PostRow)).all()}

    held = hold_after_restore(db, now)

    assert sorted(held) == sorted(ids[k] for k in ("scheduled, its time came", "due", "retrying"))
    with db.read_session() as session:
        states = {name: S(session.get(TargetRow, tid).state) for name, tid in ids.items()}
        reasons = {tid: session.get(TargetDeliveryRow, tid).reason_code for tid in held}
        codes = [a.message_code for a in session.exec(select(ActivityRow)).all()]
        bumped = {p.id for p in session.exec(select(PostRow)).all() if p.version != versions[p.id]}
        held_posts = {session.get(TargetRow, tid).post_id for tid in held}
    assert states == {
        "scheduled, its time came": S.PAUSED,
        "due": S.PAUSED,
        "retrying": S.PAUSED,
        "scheduled later": S.SCHEDULED,
        "published": S.PUBLISHED,
        "unknown": S.UNKNOWN,
        "draft": S.DRAFT,
    }
    assert set(reasons.values()) == {RESTORED_HOLD}
    assert codes.count(RESTORED_HOLD) == 3
    assert bumped == held_posts  # an open composer sees the change, not a stale copy
    assert hold_after_restore(db, now) == []  # nothing twice
