"""After a restart the media library shows what was imported before, the first time it is
opened, without the search box being touched."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from postdesk.media.importer import Importer, ImportSource
from postdesk.store.db import open_database
from postdesk.store.repositories.media_library import MediaLibraryRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.media_library.services import MediaLibraryServices
from postdesk.ui.media_library.view import MediaLibraryPane
from tests.unit.media.media_factory import image_bytes

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _import_before_restart(paths, names: list[str]) -> None:
    db = open_database(paths)
    try:
        importer = Importer(paths, MediaLibraryRepository(db), now=lambda: NOW)
        for seed, name in enumerate(names):
            data = image_bytes("JPEG", (320, 240), comment=f"picture {seed}".encode())
            assert importer.import_one(ImportSource.from_bytes(data, name)).ok
    finally:
        db.close()


def test_the_grid_shows_earlier_imports_on_first_open_after_a_restart(qtbot, paths):
    _import_before_restart(paths, ["harbour.jpg", "market.jpg", "river.jpg"])

    # A new process: a fresh database connection and a fresh pane over the same data directory.
    db = open_database(paths)
    runner = BackgroundRunner(workers=2)
    pane = MediaLibraryPane(MediaLibraryServices(db, paths, now=lambda: NOW), paths, runner, import_workers=1)
    qtbot.addWidget(pane)
    try:
        pane.resize(900, 600)
        pane.show()
        qtbot.waitUntil(lambda: pane.model.rowCount() == 3, timeout=5000)
        assert pane.search.text() == ""
        names = sorted(pane.model.item(row).asset.original_name for row in range(3))
        assert names == ["harbour.jpg", "market.jpg", "river.jpg"]
        assert not pane.empty_hint.isVisible()
        assert pane.storage.text().startswith("3 item")
    finally:
        pane.shutdown()
        runner.shutdown()
        db.close()
