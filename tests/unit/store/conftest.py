"""Store fixtures: a freshly migrated database per test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from postdesk.paths import Paths
from postdesk.store.db import Database, open_database

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def db(paths: Paths) -> Iterator[Database]:
    """A new database at the newest schema, closed after the test."""
    database = open_database(paths)
    yield database
    database.close()
