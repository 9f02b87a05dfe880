"""Fixtures for the media tests: an importer over a fake sink, or over the real repository."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from postdesk.media.importer import Importer, NewAsset
from postdesk.paths import Paths

FIXED_NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


class RecordingSink:
    """An in-memory AssetSink that remembers what it was given."""

    def __init__(self) -> None:
        self.assets: dict[int, NewAsset] = {}
        self._by_sha: dict[str, int] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def find_by_sha(self, sha256: str) -> int | None:
        return self._by_sha.get(sha256)

    def add_asset(self, asset: NewAsset) -> int:
        with self._lock:
            if asset.sha256 in self._by_sha:
                return self._by_sha[asset.sha256]
            asset_id = next(self._ids)
            self._by_sha[asset.sha256] = asset_id
            self.assets[asset_id] = asset
            return asset_id


@pytest.fixture
def sink() -> RecordingSink:
    return RecordingSink()


@pytest.fixture
def importer(paths: Paths, sink: RecordingSink) -> Importer:
    return Importer(paths, sink, now=lambda: FIXED_NOW)


@pytest.fixture
def library(paths: Paths) -> Iterator[object]:
    from postdesk.store.db import open_database
    from postdesk.store.repositories.media_library import MediaLibraryRepository

    db = open_database(paths)
    try:
        yield MediaLibraryRepository(db)
    finally:
        db.close()
