"""Settings on disk: one row per setting of the schema (`core.settings`), plus a few UI states.

`load` and `update` are the only way settings are read and written (the app, the engine's
catch-up policy, the media pane). `get`/`set` keep a value that is state rather than a setting
(which post the composer had open), under its own key.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import col, select

from postdesk.core import settings as schema
from postdesk.core.settings import Preferences
from postdesk.store.db import Database
from postdesk.store.repositories._json import dumps, loads
from postdesk.store.tables import SettingRow


class SettingsRepository:
    """Reads and writes settings (the schema's) and UI states (any JSON value)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    # -- the settings schema ------------------------------------------------------------

    def load(self, defaults: Preferences | None = None) -> Preferences:
        """Every setting: the stored value, else the default.

        Rows written by older versions are migrated first (once: they are deleted after).

        Args:
            defaults: the defaults to use where nothing is stored (the app passes the system's
                time zone); the schema's own defaults when None.
        """
        self.migrate_legacy()
        with self._db.read_session() as session:
            rows = session.exec(select(SettingRow).where(col(SettingRow.key).startswith(schema.STORAGE_PREFIX))).all()
            stored = {row.key: loads(row.value_json) for row in rows}
        return schema.from_stored(stored, defaults)

    def update(self, **changes: Any) -> None:
        """Store the settings named in `changes` (one row each, in one transaction).

        Raises:
            ValueError: an unknown setting, or a value the schema does not allow.
        """
        rows = schema.to_stored(changes)
        with self._db.session() as session:
            for key, value in rows.items():
                session.merge(SettingRow(key=key, value_json=dumps(value)))

    def migrate_legacy(self) -> bool:
        """Turn rows written by older versions into the schema's rows; True if there were any.

        A value already stored under the new key is kept (it is newer than the legacy one).
        """
        with self._db.read_session() as session:
            present = session.exec(select(SettingRow).where(col(SettingRow.key).in_(schema.LEGACY_KEYS))).all()
            legacy = {row.key: loads(row.value_json) for row in present}
        if not legacy:
            return False
        # The write session holds the write lock from its start (BEGIN IMMEDIATE): read the old
        # rows again inside it, so the app and the engine migrating at once do it only once.
        with self._db.session() as session:
            present = session.exec(select(SettingRow).where(col(SettingRow.key).in_(schema.LEGACY_KEYS))).all()
            legacy = {row.key: loads(row.value_json) for row in present}
            for key, value in schema.migrate_legacy(legacy).items():
                if session.get(SettingRow, key) is None:
                    session.add(SettingRow(key=key, value_json=dumps(value)))
            for row in present:
                session.delete(row)
        return bool(legacy)

    # -- states (not settings) ----------------------------------------------------------

    def get(self, key: str, default: Any = None) -> Any:
        """The state stored under key, or default when none is."""
        with self._db.read_session() as session:
            row = session.get(SettingRow, key)
            return default if row is None else loads(row.value_json)

    def set(self, key: str, value: Any) -> None:
        """Store a state (replacing any previous one).

        Raises:
            TypeError: the value cannot be written as JSON.
            ValueError: the key is a setting's (settings go through `update`, which checks them).
        """
        if key.startswith(schema.STORAGE_PREFIX) or key in schema.LEGACY_KEYS:
            raise ValueError(f"{key} is a setting: use update()")
        text = dumps(value)
        with self._db.session() as session:
            row = session.get(SettingRow, key)
            if row is None:
                row = SettingRow(key=key, value_json=text)
            row.value_json = text
            session.add(row)
