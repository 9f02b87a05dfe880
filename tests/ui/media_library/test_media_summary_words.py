"""The media library's summary line and sizes in the user's language: sizes written the locale's way
("483,9 kB" in Spanish), and no "0 item" when the library or an import has nothing (Brazilian
Portuguese and French take the singular for 0)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from postdesk.store.db import open_database
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.media_library.services import MediaLibraryServices
from postdesk.ui.media_library.view import MediaLibraryPane
from tests.unit.media.media_factory import gradient

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _pane(paths, qtbot):  # type: ignore[no-untyped-def]
    db = open_database(paths)
    runner = BackgroundRunner(workers=2)
    pane = MediaLibraryPane(MediaLibraryServices(db, paths, now=lambda: NOW), paths, runner, import_workers=2)
    qtbot.addWidget(pane)
    pane.resize(1200, 760)
    pane.show()
    with qtbot.waitSignal(pane.items_changed):
        pane.refresh()
    return pane, runner, db


def _drop(qtbot, pane, *files: Path) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(
        QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(pane.import_finished, timeout=20000):
        pane.eventFilter(pane.grid.viewport(), event)


@pytest.fixture
def spanish():  # type: ignore[no-untyped-def]
    before = QLocale()
    QLocale.setDefault(QLocale("es"))
    yield
    QLocale.setDefault(before)


def test_an_empty_library_says_so_without_a_count_of_zero(paths, qtbot) -> None:
    pane, runner, db = _pane(paths, qtbot)
    try:
        assert pane.storage.text() == "No items yet"
        assert "0" not in pane.storage.text()
    finally:
        pane.shutdown()
        runner.shutdown()
        db.close()


def test_sizes_are_written_the_spanish_way_and_a_repeat_import_says_nothing_new(
    paths, qtbot, tmp_path, spanish
) -> None:
    photo = tmp_path / "playa.jpg"
    gradient(900, 600, seed=3).save(photo, "JPEG", quality=85)
    size = photo.stat().st_size
    assert 10_000 < size < 1_000_000  # shown in kB with one decimal
    expected = f"{size / 1000:.1f}".replace(".", ",") + " kB"
    pane, runner, db = _pane(paths, qtbot)
    try:
        _drop(qtbot, pane, photo)
        qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=10000)
        qtbot.waitUntil(lambda: expected in pane.storage.text(), timeout=10000)
        assert not re.search(r"\d\.\d", pane.storage.text())  # no English decimal point
        tooltip = pane.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
        assert expected in tooltip
        assert pane.storage.toolTip() != "Nothing new imported"

        _drop(qtbot, pane, photo)  # already there: nothing new
        assert pane.storage.toolTip() == "Nothing new imported"
    finally:
        pane.shutdown()
        runner.shutdown()
        db.close()
