"""Which scheduled targets the user asked to hand to the network's own scheduler.

The composer stores the choice as the target option `hand_off` ("Let Mastodon publish it"). The
engine hands such a target off on its first pass after the save (`Engine._hand_off_chosen`),
so it goes out at its time even while Postdesk is closed.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, or_
from sqlmodel import col, select

from postdesk.core.entities import TargetState
from postdesk.engine.ledger import Ledger, Work
from postdesk.store.tables import ActivityRow, PostRow, TargetRow
from postdesk.store.tables_engine import TargetDeliveryRow

#: The target option that asks for a hand-off.
HAND_OFF_OPTION = "hand_off"
#: How far ahead a post must be to be handed off (Mastodon takes `scheduled_at` at least five
#: minutes ahead; the margin covers the request's own time and clocks that differ).
MIN_AHEAD = timedelta(minutes=10)


def wants_hand_off(options: dict[str, object]) -> bool:
    """Whether a target's options ask for the network's own scheduler."""
    return options.get(HAND_OFF_OPTION) is True


def candidates(ledger: Ledger, now: datetime) -> list[Work]:
    """Scheduled targets of live posts, not yet handed off, whose user chose a hand-off.

    Targets whose hand-off the network refused before (an activity `hand_off_failed`) are left
    to Postdesk: asking again on every pass would repeat the refusal.
    """
    failed = (
        select(ActivityRow.target_id)
        .where(ActivityRow.message_code == "hand_off_failed")
        .where(col(ActivityRow.target_id).is_not(None))
    )
    stmt = (
        select(TargetRow.id)
        .join(PostRow, col(PostRow.id) == col(TargetRow.post_id))
        .outerjoin(TargetDeliveryRow, col(TargetDeliveryRow.target_id) == TargetRow.id)
        .where(col(PostRow.deleted_at).is_(None))
        .where(TargetRow.state == TargetState.SCHEDULED.value)
        .where(col(PostRow.scheduled_at) >= now + MIN_AHEAD)
        .where(col(TargetRow.options_json).like(f'%"{HAND_OFF_OPTION}"%'))
        .where(
            or_(
                col(TargetDeliveryRow.target_id).is_(None),
                and_(
                    col(TargetDeliveryRow.handoff_remote_id).is_(None),
                    col(TargetDeliveryRow.awaiting_catch_up).is_(False),
                ),
            )
        )
        .where(col(TargetRow.id).not_in(failed))
        .order_by(col(PostRow.scheduled_at), col(TargetRow.id))
    )
    with ledger.db.read_session() as session:
        ids = [int(i) for i in session.exec(stmt).all() if i is not None]
    found = []
    for target_id in ids:
        work = ledger.get(target_id)
        if work is not None and wants_hand_off(work.options) and work.scheduled_at is not None:
            found.append(work)
    return found
