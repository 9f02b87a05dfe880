"""Published posts and metric snapshots written straight into a test database.

The Insights tests need posts that went out at chosen instants; publishing each through the
engine would test the engine again. `publish` stores a post with one target and moves the
target to `published` the way the ledger leaves it (state, remote id, `updated_at`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlmodel import select

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.store.db import Database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.insights import Counts, InsightsRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables import TargetRow


def account(db: Database, network: Network, handle: str, now: datetime) -> int:
    """Add an account; return its id."""
    return int(AccountRepository(db).add(network, handle, now=now).id)


def publish(
    db: Database,
    network: Network,
    account_id: int | None,
    at: datetime,
    text: str = "hello",
    *,
    remote_id: str | None = None,
) -> int:
    """Store a post published at `at` on one account; return the target id."""
    saved = PostRepository(db).save(
        Post(
            parts=(text,),
            scheduled_at=at,
            scheduled_zone="Europe/Paris",
            targets=(Target(network, account_id, state=TargetState.DRAFT),),
        ),
        now=at,
    )
    with db.session() as session:
        target = session.exec(select(TargetRow).where(TargetRow.post_id == saved.id)).one()
        target_id = int(target.id or 0)
        session.execute(
            update(TargetRow)
            .where(TargetRow.id == target_id)
            .values(
                state=TargetState.PUBLISHED.value,
                remote_id=remote_id or f"remote-{target_id}",
                remote_url=f"https://example.social/@me/{target_id}",
                updated_at=at,
            )
        )
    return target_id


def snapshot(db: Database, target_id: int, at: datetime, **counts: int | None) -> None:
    """Record what the network said about a target at `at`."""
    InsightsRepository(db).record(target_id, at, Counts(**counts))
