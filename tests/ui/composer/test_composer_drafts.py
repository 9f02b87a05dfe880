"""Drafts: saved as you type on the worker, kept through failures, reopened after a restart."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from postdesk.core.networks import Network
from postdesk.store.db import open_database
from postdesk.store.errors import StorageFull
from postdesk.store.repositories import PostRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.composer.draft_saver import SaveState
from postdesk.ui.composer.services import StoreComposerServices, classify_save_error, media_file
from postdesk.ui.composer.view import ComposerPane
from tests.ui.composer.test_composer_fakes import FakeServices

NOW = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)


def test_typing_saves_debounced_then_status_says_saved(qtbot):
    services = FakeServices()
    pane = ComposerPane(services, lambda: NOW, "UTC")
    qtbot.addWidget(pane)
    qtbot.waitUntil(lambda: pane.is_loaded)
    editor = pane.base_editor.editor(0)
    qtbot.keyClicks(editor, "Hello")
    # One save for five keystrokes: the saver waits for a pause.
    assert services.saves == []
    assert pane.save_state() is SaveState.PENDING
    qtbot.waitUntil(lambda: pane.save_state() is SaveState.SAVED, timeout=3000)
    assert len(services.saves) == 1
    assert services.saves[0].parts == ("Hello",)
    assert services.cursors[0] == (0, 5)
    assert pane.status_text() == "Saved"
    qtbot.keyClicks(editor, "!")
    qtbot.waitUntil(lambda: len(services.saves) == 2, timeout=3000)
    # The second save updates the post the first one created.
    assert services.saves[1].id == 1


def test_disk_full_keeps_the_text_and_retries(qtbot):
    services = FakeServices(fail_with="disk_full")
    pane = ComposerPane(services, lambda: NOW, "UTC")
    qtbot.addWidget(pane)
    qtbot.waitUntil(lambda: pane.is_loaded)
    pane.base_editor.editor(0).setPlainText("Precious words")
    pane.flush_draft()
    qtbot.waitUntil(lambda: pane.save_state() is SaveState.FAILED)
    assert pane.status_text().startswith("Couldn't save: disk is full — your text is still here")
    assert pane.base_editor.parts() == ("Precious words",)
    services.fail_with = None
    qtbot.waitUntil(lambda: pane.save_state() is SaveState.SAVED, timeout=4000)
    assert services.saves[-1].parts == ("Precious words",)


def test_store_errors_are_classified():
    assert classify_save_error(StorageFull("full")).reason == "disk_full"
    assert classify_save_error(OSError(28, "No space left on device")).reason == "disk_full"
    assert classify_save_error(RuntimeError("x")).reason == "unknown"


@pytest.fixture
def store(paths):
    database = open_database(paths, clock=lambda: NOW)
    runner = BackgroundRunner(name="composer-test")
    services = StoreComposerServices(database, paths, runner, lambda: NOW)
    yield database, runner, services
    runner.shutdown(wait=True)
    database.close()


def test_draft_survives_destroying_the_pane(qtbot, paths, store, tmp_path):
    database, _runner, services = store
    picture = tmp_path / "boat.png"
    img = QImage(320, 200, QImage.Format.Format_RGB32)
    img.fill(QColor("#2a6f97"))
    assert img.save(str(picture))

    # Not given to qtbot: this test destroys it itself, as closing the window would.
    pane = ComposerPane(services, lambda: NOW, "Europe/Paris")
    qtbot.waitUntil(lambda: pane.is_loaded)
    pane.chips[Network.BLUESKY].setChecked(True)
    pane.chips[Network.MASTODON].setChecked(True)
    editor = pane.base_editor.editor(0)
    qtbot.keyClicks(editor, "Morning light on the harbour")
    mastodon = pane.panel(Network.MASTODON)
    mastodon.override_check.setChecked(True)
    mastodon.override_editor.editor(0).setPlainText("Morning light #photography")
    mastodon.spoiler_edit.setText("bright")
    # The cursor moves before the last change (the import): a save already on its way when the
    # cursor moved would otherwise be the last one, with the cursor where it was (a race).
    cursor = editor.textCursor()
    cursor.setPosition(7)
    editor.setTextCursor(cursor)
    pane.import_files([str(picture)])
    qtbot.waitUntil(lambda: pane.media_strip.model.rowCount() == 1, timeout=4000)
    pane.flush_draft()
    qtbot.waitUntil(lambda: pane.save_state() is SaveState.SAVED and pane.current_post().id, timeout=4000)
    # The picture was copied into the content-addressed store.
    stored = PostRepository(database).get(pane.current_post().id)
    assert stored is not None and stored.media
    assert any(p.name != "boat.png" for p in paths.media.rglob("*") if p.is_file())
    with qtbot.waitSignal(pane.destroyed):
        pane.deleteLater()

    again = ComposerPane(services, lambda: NOW, "Europe/Paris")
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.is_loaded, timeout=4000)
    assert again.base_editor.parts() == ("Morning light on the harbour",)
    assert again.selected_networks() == [Network.BLUESKY, Network.MASTODON]
    reopened = again.panel(Network.MASTODON)
    assert reopened.override_check.isChecked()
    assert reopened.override_editor.parts() == ("Morning light #photography",)
    assert reopened.spoiler_edit.text() == "bright"
    assert again.media_strip.model.rowCount() == 1
    assert not again.media_strip.model.items()[0].image.isNull()
    assert again.base_editor.editor(0).textCursor().position() == 7
    assert again.current_post().id == stored.id


def test_import_is_content_addressed(qtbot, paths, store, tmp_path):
    _database, _runner, services = store
    picture = tmp_path / "dot.png"
    img = QImage(4, 4, QImage.Format.Format_RGB32)
    img.fill(Qt.GlobalColor.red)
    img.save(str(picture))
    results = []
    services.import_images([str(picture), str(tmp_path / "missing.png")], results.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(results), timeout=4000)
    result = results[0]
    assert result.failed == ("missing.png",)
    item = result.items[0]
    assert (item.info.width, item.info.height) == (4, 4)
    import hashlib

    sha = hashlib.sha256(picture.read_bytes()).hexdigest()
    assert media_file(paths, sha).read_bytes() == picture.read_bytes()
