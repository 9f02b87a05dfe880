"""After a backup is restored: hold every post that may have gone out since the backup was taken.

A backup is older than the database it replaces. A target still `scheduled` (its time come),
`due` or `failed_retryable` in the backup may have been published after the backup was taken; the
engine would send it again. So, before the engine starts on a restored database, such targets are
paused with the reason `RESTORED_HOLD` (worded in the composer's activity): the user checks the
network and resumes or publishes them. Targets left `publishing` become `unknown` at start-up
recovery and are looked up, as after a crash; `unknown` ones are looked up already.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime

from sqlalchemy import and_, or_
from sqlmodel import col, select

from postdesk.core.entities import TargetState
from postdesk.core.states import Event
from postdesk.store.db import Database
from postdesk.store.post_writes import bump_row, transition
from postdesk.store.tables import ActivityRow, PostRow, TargetRow
from postdesk.store.tables_engine import TargetDeliveryRow

#: Reason and activity code of a target paused because its data came back from a backup.
RESTORED_HOLD = "restored_from_backup"

S = TargetState


def hold_after_restore(db: Database, now: datetime) -> list[int]:
    """Pause the targets of live posts that may have gone out since the restored backup; return their ids.

    Args:
        db: the database just restored from a backup (before any engine runs on it).
        now: the current instant (targets scheduled later than this are left as they are).
    """
    held: list[int] = []
    with db.session() as session:
        rows = session.exec(
            select(TargetRow, PostRow)
            .join(PostRow, col(PostRow.id) == col(TargetRow.post_id))
            .where(col(PostRow.deleted_at).is_(None))
            .where(
                or_(
                    col(TargetRow.state).in_([S.DUE.value, S.FAILED_RETRYABLE.value]),
                    and_(col(TargetRow.state) == S.SCHEDULED.value, col(PostRow.scheduled_at) <= now),
                )
            )
        ).all()
        for target, post in rows:
            target_id = int(target.id or 0)
            transition(target, Event.PAUSE, now)
            session.add(target)
            bump_row(post)
            session.add(post)
            delivery = session.get(TargetDeliveryRow, target_id)
            if delivery is None:
                delivery = TargetDeliveryRow(target_id=target_id, idempotency_key=uuid.uuid4().hex)
            delivery.reason_code = RESTORED_HOLD
            delivery.reason_text = None
            delivery.next_attempt_at = None
            delivery.awaiting_catch_up = False
            session.add(delivery)
            session.add(
                ActivityRow(
                    post_id=int(post.id or 0),
                    target_id=target_id,
                    at=now,
                    kind="delivery",
                    message_code=RESTORED_HOLD,
                    detail_json=json.dumps({}),
                )
            )
            held.append(target_id)
    return held
