"""Where the YouTube adapter keeps each account's quota count for the Pacific day.

The count must survive a restart (a creator who publishes three videos, quits and comes back the
same day has spent what they spent), so the app keeps it in the settings table as a state
(`SettingsRepository.set`, key `youtube_quota/<account id>`), never a token or anything secret.
Tests and headless runs without a database use `MemoryQuotaStore`.
"""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timedelta
from typing import Protocol, runtime_checkable

from sqlmodel import col, select

from postdesk.core import youtube_quota as quota
from postdesk.core.entities import TargetState
from postdesk.core.networks import Network
from postdesk.core.youtube_quota import QuotaUsage
from postdesk.store.db import Database
from postdesk.store.repositories.settings import SettingsRepository
from postdesk.store.tables import PostRow, TargetRow

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


def _cost(options_json: str) -> quota.Cost:
    try:
        options = json.loads(options_json or "{}")
    except ValueError:
        options = {}
    options = options if isinstance(options, dict) else {}
    return quota.publish_cost(thumbnail=bool(options.get("thumbnail")), playlist=bool(options.get("playlist_id")))


def day_plan(
    database: Database,
    account_id: int,
    when: datetime,
    now: datetime,
    this: quota.Cost,
    *,
    post_id: int | None = None,
    limits: quota.QuotaLimits = quota.DEFAULT_LIMITS,
) -> quota.DayPlan:
    """How a YouTube publish of `account_id` at `when` stands against that Pacific day's quota.

    Reads (on a worker thread: it queries the database) the account's stored usage and its other
    YouTube targets scheduled that Pacific day, then asks `core.youtube_quota.check_day`. The
    composer passes the result in `PublishContext.youtube_quota`.

    Args:
        database: the open database.
        account_id: the YouTube account.
        when: when the post goes out.
        now: the current instant.
        this: the publish's cost (`core.youtube_quota.publish_cost`).
        post_id: the post being edited (its own stored target is not counted twice).
        limits: the project's allowance.
    """
    day = quota.pacific_day(when)
    # A Pacific day spans at most 25 hours of UTC; the exact day is checked per row below.
    start, end = when - timedelta(hours=26), when + timedelta(hours=26)
    stmt = (
        select(PostRow.id, PostRow.scheduled_at, TargetRow.options_json)
        .join(TargetRow, col(TargetRow.post_id) == col(PostRow.id))
        .where(TargetRow.network == Network.YOUTUBE.value)
        .where(TargetRow.account_id == account_id)
        .where(col(TargetRow.state).in_([TargetState.SCHEDULED.value, TargetState.DUE.value]))
        .where(col(PostRow.deleted_at).is_(None))
        .where(col(PostRow.scheduled_at) >= start)
        .where(col(PostRow.scheduled_at) <= end)
    )
    with database.read_session() as session:
        rows = session.exec(stmt).all()
    planned = [
        _cost(options)
        for pid, at, options in rows
        if pid != post_id and at is not None and quota.pacific_day(at) == day
    ]
    return quota.check_day(when, planned, this, stored_usage(database, account_id), now, limits)
