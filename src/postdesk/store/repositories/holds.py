"""What holds the targets of some posts: state, the engine's reason, retry instant, hand-off.

The calendar's range query stays lean (state only); this read adds, for the few posts whose
status says the engine is busy with them, what the UI needs to say *why* a post waits
(`core.waiting`). It also answers the account's details for "where to look" on the network.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, select

from postdesk.core.entities import TargetState
from postdesk.core.waiting import TargetHoldInfo
from postdesk.store.db import Database
from postdesk.store.tables import AccountRow, TargetRow
from postdesk.store.tables_engine import TargetDeliveryRow

_CHUNK = 500


@dataclass(frozen=True, slots=True)
class AccountPlace:
    """Enough about an account to link to its profile (`core.remote_links.profile_url`)."""

    network: str
    handle: str
    instance_url: str | None = None
    remote_user_id: str | None = None


def target_holds(db: Database, post_ids: Iterable[int]) -> dict[int, tuple[TargetHoldInfo, ...]]:
    """Each post's targets with the engine's bookkeeping, by post id (posts with none left out)."""
    ids = list(dict.fromkeys(post_ids))
    found: dict[int, list[TargetHoldInfo]] = {}
    with db.read_session() as session:
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            rows = session.exec(
                select(TargetRow, TargetDeliveryRow)
                .outerjoin(TargetDeliveryRow, col(TargetDeliveryRow.target_id) == TargetRow.id)
                .where(col(TargetRow.post_id).in_(chunk))
                .order_by(col(TargetRow.id))
            ).all()
            for target, delivery in rows:
                found.setdefault(target.post_id, []).append(TargetHoldInfo(
                    target_id=int(target.id or 0),
                    post_id=target.post_id,
                    network=target.network,
                    account_id=target.account_id,
                    state=TargetState(target.state),
                    reason_code=delivery.reason_code if delivery else None,
                    next_attempt_at=delivery.next_attempt_at if delivery else None,
                    handed_off=bool(delivery and delivery.handoff_remote_id),
                    remote_url=target.remote_url,
                ))
    return {post_id: tuple(targets) for post_id, targets in found.items()}


def account_places(db: Database, account_ids: Iterable[int]) -> Mapping[int, AccountPlace]:
    """The profile details of these accounts, by id (unknown ids left out)."""
    ids = [i for i in dict.fromkeys(account_ids) if i is not None]
    if not ids:
        return {}
    with db.read_session() as session:
        rows = session.exec(select(AccountRow).where(col(AccountRow.id).in_(ids))).all()
        return {int(r.id or 0): AccountPlace(r.network, r.handle, r.instance_url, r.remote_user_id)
                for r in rows}


@dataclass(frozen=True, slots=True)
class ActionOutcome:
    """Where one queued outbox action stands.

    Attributes:
        action_id: the action.
        done: it ran (successfully when `error` is None).
        error: the network's words when it failed for good, or the last failure's while it waits.
        waiting: it waits for a connection or a retry.
    """

    action_id: int
    done: bool
    error: str | None
    waiting: bool


class HoldsRepository:
    """The reads behind the engine controls of the calendar and the composer (on the disk worker)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def holds(self, post_ids: Iterable[int]) -> dict[int, tuple[TargetHoldInfo, ...]]:
        """`target_holds` for these posts."""
        return target_holds(self._db, post_ids)

    def places(self, account_ids: Iterable[int]) -> Mapping[int, AccountPlace]:
        """`account_places` for these accounts."""
        return account_places(self._db, account_ids)

    def outcomes(self, action_ids: Iterable[int]) -> list[ActionOutcome]:
        """Where these outbox actions stand (unknown ids left out)."""
        from postdesk.store.tables_engine import OutboxRow

        ids = list(action_ids)
        with self._db.read_session() as session:
            rows = session.exec(select(OutboxRow).where(col(OutboxRow.id).in_(ids))).all()
            return [ActionOutcome(int(r.id or 0), r.done_at is not None, r.last_error,
                                  r.done_at is None) for r in rows]

    def remove_post(self, post_id: int, now: datetime) -> bool:
        """Remove Postdesk's copy of a post (a soft delete the calendar can undo); True if removed."""
        from postdesk.store.repositories.calendar import CalendarRepository

        return CalendarRepository(self._db).delete(post_id, now=now)
