"""Column types shared by the tables and by hand-written migrations.

SQLite has no time zone type and drops `tzinfo`; `UTCDateTime` keeps the rule "tz-aware UTC
in, tz-aware UTC out" in one place so no repository can store local wall-clock time by mistake.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored as naive UTC text and returned as an aware UTC datetime.

    Naive datetimes are refused: their zone is unknowable, and guessing is how a post ends up
    scheduled an hour off.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Convert an aware datetime to naive UTC for storage.

        Raises:
            ValueError: the datetime is naive.
        """
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime refused by the store: {value!r}")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Attach UTC to the stored naive value."""
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"not a stored date and time: {value!r}")
        return value.replace(tzinfo=UTC)
