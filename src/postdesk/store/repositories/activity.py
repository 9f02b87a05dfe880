"""The per-post activity log: codes and JSON detail, worded by the UI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import col, select

from postdesk.store.db import Database
from postdesk.store.repositories._json import dumps, loads
from postdesk.store.tables import ActivityRow


@dataclass(frozen=True, slots=True)
class ActivityEntry:
    """One line of a post's activity log.

    Attributes:
        id: the stored id.
        post_id: the post concerned.
        target_id: the target concerned, or None for the whole post.
        at: the aware UTC instant.
        kind: the kind of event (saved, scheduled, published, failed ...).
        message_code: a problem or message code the UI words.
        detail: JSON detail (http status, remote url ...).
    """

    id: int
    post_id: int
    target_id: int | None
    at: datetime
    kind: str
    message_code: str
    detail: dict[str, Any]


class ActivityRepository:
    """Appends to and reads the activity log."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def record(
        self,
        post_id: int,
        kind: str,
        message_code: str,
        detail: dict[str, Any] | None = None,
        *,
        at: datetime,
        target_id: int | None = None,
    ) -> int:
        """Append an entry and return its id."""
        row = ActivityRow(
            post_id=post_id,
            target_id=target_id,
            at=at,
            kind=kind,
            message_code=message_code,
            detail_json=dumps(detail or {}),
        )
        with self._db.session() as session:
            session.add(row)
            session.flush()
            assert row.id is not None
            return row.id

    def list_for_post(self, post_id: int) -> list[ActivityEntry]:
        """A post's entries, oldest first."""
        with self._db.read_session() as session:
            rows = session.exec(
                select(ActivityRow)
                .where(ActivityRow.post_id == post_id)
                .order_by(col(ActivityRow.at), col(ActivityRow.id))
            ).all()
            return [
                ActivityEntry(
                    id=r.id or 0,
                    post_id=r.post_id,
                    target_id=r.target_id,
                    at=r.at,
                    kind=r.kind,
                    message_code=r.message_code,
                    detail=loads(r.detail_json),
                )
                for r in rows
            ]
