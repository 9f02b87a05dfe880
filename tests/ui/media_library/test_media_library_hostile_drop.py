"""A file whose name is not valid UTF-8 dropped on the media library is imported (its name shown
with U+FFFD), not reported as missing and never a traceback."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from urllib.parse import quote

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from postdesk.store.db import open_database
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.dropped_paths import local_path
from postdesk.ui.media_library.services import MediaLibraryServices
from postdesk.ui.media_library.view import MediaLibraryPane
from tests.unit.media.media_factory import image_bytes

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _latin1_file(folder) -> bytes:
    raw = os.path.join(os.fsencode(folder), b"caf\xe9.jpg")
    with open(raw, "wb") as handle:
        handle.write(image_bytes("JPEG"))
    return raw


@pytest.mark.skipif(os.name == "nt", reason="Windows file names are Unicode")
def test_a_dropped_url_keeps_the_bytes_of_its_file_name(tmp_path):
    raw = _latin1_file(tmp_path)
    url = QUrl("file://" + quote(raw))
    assert url.toLocalFile().endswith("caf\ufffd.jpg")  # Qt's own answer names no file
    assert os.fsencode(local_path(url)) == raw
    plain = tmp_path / "café #1?.jpg"
    assert local_path(QUrl.fromLocalFile(str(plain))) == plain


@pytest.mark.skipif(os.name == "nt", reason="Windows file names are Unicode")
def test_dropping_a_file_with_a_latin1_name_imports_it(qtbot, paths, tmp_path):
    raw = _latin1_file(tmp_path)
    db = open_database(paths)
    runner = BackgroundRunner(workers=2)
    pane = MediaLibraryPane(MediaLibraryServices(db, paths, now=lambda: NOW), paths, runner, import_workers=1)
    qtbot.addWidget(pane)
    try:
        pane.resize(900, 600)
        pane.show()
        mime = QMimeData()
        mime.setUrls([QUrl("file://" + quote(raw))])
        event = QDropEvent(
            QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        with qtbot.waitSignal(pane.import_finished, timeout=20000) as finished:
            pane.eventFilter(pane.grid.viewport(), event)
        assert (finished.args[0].imported, finished.args[0].failed) == (1, 0)
        qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=5000)
        assert pane.model.item(0).asset.original_name == "caf\ufffd.jpg"
    finally:
        pane.shutdown()
        runner.shutdown()
        db.close()
