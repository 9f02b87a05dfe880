"""Where the YouTube adapter keeps each account's quota count for the Pacific day.

The count must survive a restart (a creator who publishes three videos, quits and comes back the
same day has spent what they spent), so the app keeps it in the settings table as a state
(`SettingsRepository.set`, key `youtube_quota/<account id>`), never a token or anything secret.
Tests and headless runs without a database use `MemoryQuotaStore`.
"""

from __future__ import annotations

import asyncio
from typing import Protocol, runtime_checkable

from postdesk.core.youtube_quota import QuotaUsage
from postdesk.store.db import Database
from postdesk.store.repositories.settings import SettingsRepository

KEY_PREFIX = "youtube_quota/"


@runtime_checkable
class QuotaStore(Protocol):
    """Loads and saves one account's `QuotaUsage` (called on the engine loop)."""

    async def load(self, account_id: int) -> QuotaUsage | None:
        """The stored usage, or None."""
        ...

    async def save(self, account_id: int, usage: QuotaUsage) -> None:
        """Store the usage (replacing the earlier one)."""
        ...


class MemoryQuotaStore:
    """Usage kept in memory only (tests; an engine without a database)."""

    def __init__(self) -> None:
        self.usage: dict[int, QuotaUsage] = {}

    async def load(self, account_id: int) -> QuotaUsage | None:
        return self.usage.get(account_id)

    async def save(self, account_id: int, usage: QuotaUsage) -> None:
        self.usage[account_id] = usage


def stored_usage(database: Database, account_id: int) -> QuotaUsage | None:
    """The account's stored usage, read synchronously (for the composer's worker thread)."""
    return QuotaUsage.from_json(SettingsRepository(database).get(KEY_PREFIX + str(account_id)))


class SettingsQuotaStore:
    """Usage in the settings table, read and written off the engine loop.

    Args:
        database: the open database.
    """

    def __init__(self, database: Database) -> None:
        self._database = database

    async def load(self, account_id: int) -> QuotaUsage | None:
        return await asyncio.to_thread(stored_usage, self._database, account_id)

    async def save(self, account_id: int, usage: QuotaUsage) -> None:
        repo = SettingsRepository(self._database)
        await asyncio.to_thread(repo.set, KEY_PREFIX + str(account_id), usage.to_json())
