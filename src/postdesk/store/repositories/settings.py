"""Application settings as JSON values under string keys."""

from __future__ import annotations

from typing import Any

from postdesk.store.db import Database
from postdesk.store.repositories._json import dumps, loads
from postdesk.store.tables import SettingRow


class SettingsRepository:
    """Reads and writes settings; values are anything JSON can hold."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def get(self, key: str, default: Any = None) -> Any:
        """The value stored under key, or default when none is."""
        with self._db.read_session() as session:
            row = session.get(SettingRow, key)
            return default if row is None else loads(row.value_json)

    def set(self, key: str, value: Any) -> None:
        """Store a value (replacing any previous one).

        Raises:
            TypeError: the value cannot be written as JSON.
        """
        text = dumps(value)
        with self._db.session() as session:
            row = session.get(SettingRow, key)
            if row is None:
                row = SettingRow(key=key, value_json=text)
            row.value_json = text
            session.add(row)
