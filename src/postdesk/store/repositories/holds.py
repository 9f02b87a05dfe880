"""What holds the targets of some posts: state, the engine's reason, retry instant, hand-off.

The calendar's range query stays lean (state only); this read adds, for the few posts whose
status says the engine is busy with them, what the UI needs to say *why* a post waits
(`core.waiting`). It also answers the account's details for "where to look" on the network.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, true
from sqlalchemy import select as sa_select
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


def target_holds(
    db: Database, post_ids: Iterable[int], *, held_only: bool = False
) -> dict[int, tuple[TargetHoldInfo, ...]]:
    """Each post's targets with the engine's bookkeeping, by post id (posts with none left out).

    `held_only` leaves out scheduled targets the network's scheduler does not hold: nothing
    else holds a scheduled target, and a month of the calendar is mostly scheduled posts. Columns
    only (no ORM objects): the calendar runs this after every range it loads.
    """
    ids = list(dict.fromkeys(post_ids))
    found: dict[int, list[TargetHoldInfo]] = {}
    t, d = TargetRow.__table__, TargetDeliveryRow.__table__  # type: ignore[attr-defined]
    with db.read_session() as session:
        conn = session.connection()
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            rows = conn.execute(
                sa_select(
                    t.c.id,
                    t.c.post_id,
                    t.c.network,
                    t.c.account_id,
                    t.c.state,
                    t.c.remote_url,
                    d.c.reason_code,
                    d.c.next_attempt_at,
                    d.c.handoff_remote_id,
                )
                .select_from(t.outerjoin(d, d.c.target_id == t.c.id))
                .where(t.c.post_id.in_(chunk))
                .where(
                    or_(t.c.state != TargetState.SCHEDULED.value, d.c.handoff_remote_id.is_not(None))
                    if held_only
                    else true()
                )
                .order_by(t.c.id)
            ).all()
            for (
                target_id,
                post_id,
                network,
                account_id,
                state,
                remote_url,
                reason_code,
                next_attempt_at,
                handoff,
            ) in rows:
                found.setdefault(post_id, []).append(
                    TargetHoldInfo(
                        target_id=int(target_id),
                        post_id=int(post_id),
                        network=network,
                        account_id=account_id,
                        state=TargetState(state),
                        reason_code=reason_code,
                        next_attempt_at=next_attempt_at,
                        handed_off=handoff is not None,
                        remote_url=remote_url,
                    )
                )
    return {post_id: tuple(targets) for post_id, targets in found.items()}


def account_places(db: Database, account_ids: Iterable[int]) -> Mapping[int, AccountPlace]:
    """The profile details of these accounts, by id (unknown ids left out)."""
    ids = [i for i in dict.fromkeys(account_ids) if i is not None]
    if not ids:
        return {}
    with db.read_session() as session:
        rows = session.exec(select(AccountRow).where(col(AccountRow.id).in_(ids))).all()
        return {int(r.id or 0): AccountPlace(r.network, r.handle, r.instance_url, r.remote_user_id) for r in rows}


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
        """Every target of these posts (`target_holds`)."""
        return target_holds(self._db, post_ids)

    def held(self, post_ids: Iterable[int]) -> dict[int, tuple[TargetHoldInfo, ...]]:
        """Only the targets something may hold (`target_holds(held_only=True)`): the calendar's read."""
        return target_holds(self._db, post_ids, held_only=True)

    def places(self, account_ids: Iterable[int]) -> Mapping[int, AccountPlace]:
        """`account_places` for these accounts."""
        return account_places(self._db, account_ids)

    def outcomes(self, action_ids: Iterable[int]) -> list[ActionOutcome]:
        """Where these outbox actions stand (unknown ids left out)."""
        from postdesk.store.tables_engine import OutboxRow

        ids = list(action_ids)
        with self._db.read_session() as session:
            rows = session.exec(select(OutboxRow).where(col(OutboxRow.id).in_(ids))).all()
            return [ActionOutcome(int(r.id or 0), r.done_at is not None, r.last_error, r.done_at is None) for r in rows]

    def remove_post(self, post_id: int, now: datetime) -> bool:
        """Remove Postdesk's copy of a post (a soft delete the calendar can undo); True if removed."""
        from postdesk.store.repositories.calendar import CalendarRepository

        return CalendarRepository(self._db).delete(post_id, now=now)
