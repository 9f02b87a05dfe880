"""Media in the composer: library assets attached by id or dropped, one import path, reordering."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from postdesk.core.networks import Network
from postdesk.media.importer import Importer, ImportSource
from postdesk.store.db import open_database
from postdesk.store.repositories.media_library import MediaLibraryRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.composer.models import MIME_STRIP_ROW
from postdesk.ui.composer.services import StoreComposerServices, media_file
from postdesk.ui.composer.view import ComposerPane
from postdesk.ui.media_library.models import MIME_ASSET_IDS, encode_asset_ids
from tests.ui.composer.test_composer_fakes import FakeServices

NOW = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)


@pytest.fixture
def make_pane(qtbot):
    def make(services) -> ComposerPane:
        pane = ComposerPane(services, lambda: NOW, "Europe/Paris")
        qtbot.addWidget(pane)
        pane.resize(1200, 800)
        qtbot.waitUntil(lambda: pane.is_loaded)
        return pane

    return make


@pytest.fixture
def store(paths):
    database = open_database(paths, clock=lambda: NOW)
    runner = BackgroundRunner(name="composer-media-test")
    yield database, runner, StoreComposerServices(database, paths, runner, lambda: NOW)
    runner.shutdown(wait=True)
    database.close()


def _library_drag(asset_ids: list[int], files: list[str]) -> QMimeData:
    """What the media library puts on a drag: the ids and the stored files as a uri-list."""
    mime = QMimeData()
    mime.setData(MIME_ASSET_IDS, encode_asset_ids(asset_ids))
    mime.setUrls([QUrl.fromLocalFile(f) for f in files])
    return mime


def _drop(widget, mime: QMimeData) -> QDropEvent:
    pos = QPointF(widget.rect().center())
    enter = QDragEnterEvent(
        pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop


def test_attach_assets_loads_them_in_order_once(make_pane, qtbot):
    services = FakeServices(library={7: "A boat", 3: ""})
    pane = make_pane(services)
    pane.chips[Network.BLUESKY].setChecked(True)
    pane.attach_assets([7, 3])
    qtbot.waitUntil(lambda: pane.media_strip.model.rowCount() == 2)
    assert services.asset_loads == [[7, 3]]
    assert pane.current_post().media == (7, 3)
    assert pane.media_infos()[7].alt_text == "A boat"
    # Attaching an asset again does not duplicate it; a vanished one is reported.
    pane.attach_assets([7, 99])
    qtbot.waitUntil(lambda: len(services.asset_loads) == 2)
    qtbot.waitUntil(lambda: "no longer in the media library" in pane.status_text())
    assert pane.current_post().media == (7, 3)
    pane.refresh_now()
    assert any(p.code.name == "MISSING_ALT_TEXT" for p in pane.panel(Network.BLUESKY).status().problems)
    qtbot.waitUntil(lambda: bool(services.saves) and services.saves[-1].media == (7, 3), timeout=3000)


def test_drop_of_asset_ids_on_the_pane_prefers_ids_over_files(make_pane, qtbot, tmp_path):
    services = FakeServices(library={12: "", 5: ""})
    pane = make_pane(services)
    drop = _drop(pane, _library_drag([12, 5], [str(tmp_path / "stored.jpg")]))
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: pane.media_strip.model.rowCount() == 2)
    assert services.asset_loads == [[12, 5]]
    assert services.imports == []  # the uri-list of the same files was not imported again
    assert pane.current_post().media == (12, 5)


def test_drop_of_asset_ids_on_the_editor_attaches_without_pasting(make_pane, qtbot, tmp_path):
    services = FakeServices(library={4: ""})
    pane = make_pane(services)
    editor = pane.base_editor.editor(0)
    editor.setPlainText("Caption")
    mime = _library_drag([4], [str(tmp_path / "stored.png")])
    assert editor.canInsertFromMimeData(mime)
    editor.insertFromMimeData(mime)
    qtbot.waitUntil(lambda: pane.media_strip.model.rowCount() == 1)
    assert editor.toPlainText() == "Caption"
    assert services.asset_loads == [[4]] and services.imports == []


def test_files_still_import_when_no_ids_are_dropped(make_pane, qtbot, tmp_path):
    services = FakeServices()
    pane = make_pane(services)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.png"))])
    _drop(pane, mime)
    qtbot.waitUntil(lambda: pane.media_strip.model.rowCount() == 1)
    assert services.imports == [[str(tmp_path / "photo.png")]] and services.asset_loads == []


def test_reorder_with_alt_arrows_and_drag(make_pane, qtbot):
    services = FakeServices(library={1: "one", 2: "two", 3: "three"})
    pane = make_pane(services)
    pane.attach_assets([1, 2, 3])
    qtbot.waitUntil(lambda: pane.media_strip.model.rowCount() == 3)
    view = pane.media_strip.view
    view.setCurrentIndex(pane.media_strip.model.index(0, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert pane.current_post().media == (2, 1, 3)
    assert view.currentIndex().row() == 1  # the moved image stays selected
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # already last
    assert pane.current_post().media == (2, 3, 1)
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert pane.current_post().media == (2, 1, 3)
    # Dragging the last image onto the first cell moves it there.
    model = pane.media_strip.model
    mime = model.mimeData([model.index(2, 0)])
    assert mime.hasFormat(MIME_STRIP_ROW)
    first = view.visualRect(model.index(0, 0)).center()
    drop = QDropEvent(
        QPointF(first), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    view.dropEvent(drop)
    assert pane.current_post().media == (3, 2, 1)
    assert model.rowCount() == 3  # moved, not copied or lost
    qtbot.waitUntil(lambda: bool(services.saves) and services.saves[-1].media == (3, 2, 1), timeout=3000)


def _picture(path, colour: str, size=(40, 30)) -> None:
    img = QImage(*size, QImage.Format.Format_RGB32)
    img.fill(QColor(colour))
    assert img.save(str(path))


def test_real_store_attach_assets_and_one_import_path(qtbot, paths, store, tmp_path):
    database, _runner, services = store
    # An asset imported by the media library...
    library_file = tmp_path / "harbour.png"
    _picture(library_file, "#2a6f97", (64, 48))
    importer = Importer(paths, MediaLibraryRepository(database), now=lambda: NOW)
    outcome = importer.import_one(ImportSource.from_path(library_file))
    assert outcome.ok and outcome.asset_id is not None
    results = []
    services.load_assets([outcome.asset_id, 4242], results.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(results), timeout=4000)
    loaded = results[0]
    assert [m.info.asset_id for m in loaded.items] == [outcome.asset_id]
    assert (loaded.items[0].info.width, loaded.items[0].info.height) == (64, 48)
    assert not loaded.items[0].image.isNull()
    assert loaded.failed == ("4242",)
    # ...and the composer importing the same bytes finds the same asset: one store, one id.
    results.clear()
    services.import_images([str(library_file)], results.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(results), timeout=4000)
    assert [m.info.asset_id for m in results[0].items] == [outcome.asset_id]
    # A new file imported from the composer lands where the library keeps files, with thumbnails.
    fresh = tmp_path / "new.png"
    _picture(fresh, "#e07a5f")
    results.clear()
    services.import_images([str(fresh)], results.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(results), timeout=4000)
    sha = hashlib.sha256(fresh.read_bytes()).hexdigest()
    assert media_file(paths, sha).read_bytes() == fresh.read_bytes()
    assert list(paths.thumbnails.rglob(f"{sha}-*.jpg"))
    found = MediaLibraryRepository(database).find_by_sha(sha)
    assert found == results[0].items[0].info.asset_id


def test_real_store_pane_attach_assets(qtbot, paths, store, tmp_path):
    database, _runner, services = store
    picture = tmp_path / "boat.png"
    _picture(picture, "#3a7bd5")
    asset_id = (
        Importer(paths, MediaLibraryRepository(database), now=lambda: NOW)
        .import_one(ImportSource.from_path(picture))
        .asset_id
    )
    pane = ComposerPane(services, lambda: NOW, "UTC")
    qtbot.addWidget(pane)
    qtbot.waitUntil(lambda: pane.is_loaded, timeout=4000)
    pane.attach_assets([asset_id])
    qtbot.waitUntil(lambda: pane.media_strip.model.rowCount() == 1, timeout=4000)
    assert pane.current_post().media == (asset_id,)
    pane.flush_draft()
    qtbot.waitUntil(lambda: pane.current_post().id is not None, timeout=4000)
    pane.shutdown() if hasattr(pane, "shutdown") else None
