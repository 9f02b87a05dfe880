"""What the inbox sync needs to know besides the inbox itself.

- The account's recent published posts (remote ids), for networks that list comments post by
  post (LinkedIn).
- A stream position per account (Telegram's `getUpdates` offset), kept as a state row of the
  `setting` table under `inbox.cursor.<account id>`: it is written only after the items it
  confirms are committed.
"""

from __future__ import annotations

from sqlmodel import col, select

from postdesk.store.db import Database
from postdesk.store.repositories._json import dumps, loads
from postdesk.store.tables import SettingRow, TargetRow

_CURSOR_KEY = "inbox.cursor.{}"


class InboxContextRepository:
    """Published posts and stream positions for the inbox sync."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def recent_posts(self, account_id: int, limit: int = 10) -> list[str]:
        """Remote ids of the account's most recently published targets, newest first."""
        with self._db.read_session() as session:
            rows = session.exec(
                select(TargetRow.remote_id)
                .where(
                    TargetRow.account_id == account_id,
                    TargetRow.state == "published",
                    col(TargetRow.remote_id).is_not(None),
                )
                .order_by(col(TargetRow.updated_at).desc(), col(TargetRow.id).desc())
                .limit(limit)
            ).all()
        return [str(r) for r in rows if r]

    def cursor(self, account_id: int) -> str | None:
        """The stored stream position of the account's inbox, if any."""
        with self._db.read_session() as session:
            row = session.get(SettingRow, _CURSOR_KEY.format(account_id))
            value = None if row is None else loads(row.value_json)
        return str(value) if value is not None else None

    def save_cursor(self, account_id: int, cursor: str) -> None:
        """Store the account's stream position (after the items it confirms are stored)."""
        key = _CURSOR_KEY.format(account_id)
        with self._db.session() as session:
            row = session.get(SettingRow, key) or SettingRow(key=key, value_json="null")
            row.value_json = dumps(cursor)
            session.add(row)
