"""The media library pane, driven like a user: drops, thumbnails, tags, search, alt text,
attach/reorder/remove, delete with a warning, the crop editor, and screenshots."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage

from postdesk.core.entities import Post
from postdesk.core.networks import NETWORK_ORDER
from postdesk.store.db import open_database
from postdesk.store.repositories.posts import PostRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.media_library.attachments import AttachmentStrip
from postdesk.ui.media_library.models import decode_asset_ids
from postdesk.ui.media_library.services import MediaLibraryServices
from postdesk.ui.media_library.view import MediaLibraryPane
from tests.unit.media.media_factory import exif_with, gradient, image_bytes

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
# The offscreen platform cannot propagate size hints of shown windows; harmless here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def env(paths, qtbot):
    db = open_database(paths)
    runner = BackgroundRunner(workers=2)
    services = MediaLibraryServices(db, paths, now=lambda: NOW)
    pane = MediaLibraryPane(services, paths, runner, import_workers=2)
    qtbot.addWidget(pane)
    pane.resize(1200, 760)
    pane.show()
    with qtbot.waitSignal(pane.items_changed):
        pane.refresh()
    yield pane, services, db
    pane.shutdown()
    runner.shutdown()
    db.close()


def _photo(path: Path, seed: int, size=(900, 600), **save) -> Path:
    im = gradient(*size, seed=seed)
    im.save(path, "JPEG", quality=85, **save)
    return path


def _drop(qtbot, pane, mime: QMimeData) -> None:
    viewport = pane.grid.viewport()
    event = QDropEvent(
        QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(pane.import_finished, timeout=20000):
        pane.eventFilter(viewport, event)
    assert event.isAccepted()


def _wait_rows(qtbot, pane, n):
    qtbot.waitUntil(lambda: pane.model.rowCount() == n, timeout=10000)


def _wait_thumbs(qtbot, pane):
    def all_there():
        return all(
            pane.model.index(r).data(Qt.ItemDataRole.DecorationRole) is not None for r in range(pane.model.rowCount())
        )

    qtbot.waitUntil(all_there, timeout=10000)


def test_dropping_files_and_a_folder_imports_them_with_thumbnails(env, qtbot, tmp_path):
    pane, _services, _db = env
    folder = tmp_path / "trip"
    folder.mkdir()
    for i in range(3):
        _photo(folder / f"day{i}.jpg", i)
    single = _photo(tmp_path / "cover.jpg", 9)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder)), QUrl.fromLocalFile(str(single))])
    _drop(qtbot, pane, mime)
    _wait_rows(qtbot, pane, 4)
    _wait_thumbs(qtbot, pane)
    assert "4" in pane.storage.text()


def test_dropping_raw_image_data_from_a_browser_imports_it(env, qtbot):
    pane, _services, _db = env
    mime = QMimeData()
    mime.setData("image/png", image_bytes("PNG", (300, 200)))
    _drop(qtbot, pane, mime)
    qimage_mime = QMimeData()
    qimage_mime.setImageData(QImage(120, 80, QImage.Format.Format_RGB32))
    _drop(qtbot, pane, qimage_mime)
    _wait_rows(qtbot, pane, 2)
    names = sorted(pane.model.item(r).asset.original_name for r in range(2))
    assert names[0].endswith(".png") and names[1].endswith(".png")


def test_bad_files_are_explained_and_the_rest_still_import(env, qtbot, tmp_path):
    pane, _services, _db = env
    good = _photo(tmp_path / "good.jpg", 1)
    truncated = tmp_path / "broken.jpg"
    truncated.write_bytes(good.read_bytes()[:3000])
    liar = tmp_path / "not-a-photo.png"
    liar.write_text("hello")
    located = _photo(tmp_path / "paris.jpg", 2, exif=exif_with(gps=True))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in (good, truncated, liar, located)])
    _drop(qtbot, pane, mime)
    _wait_rows(qtbot, pane, 2)
    text = "\n".join(pane.message_lines())
    assert "“broken.jpg” is damaged or incomplete" in text
    assert "“not-a-photo.png” is not a picture or video" in text
    assert "“paris.jpg” contains the place where it was taken" in text
    assert pane.messages.isVisible()


def _import_three(qtbot, pane, tmp_path):
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl.fromLocalFile(str(_photo(tmp_path / n, i)))
            for i, n in enumerate(["beach.jpg", "city.jpg", "forest.jpg"])
        ]
    )
    _drop(qtbot, pane, mime)
    _wait_rows(qtbot, pane, 3)
    return {pane.model.item(r).asset.original_name: pane.model.item(r).asset.id for r in range(3)}


def test_tag_search_and_alt_text(env, qtbot, tmp_path):
    pane, services, _db = env
    ids = _import_three(qtbot, pane, tmp_path)
    pane.select_asset(ids["beach.jpg"])
    assert pane.tags.isEnabled()
    pane.tags.setText("summer, #Sea")
    with qtbot.waitSignal(pane.items_changed):
        pane.tags.editingFinished.emit()
    assert services.library.get(ids["beach.jpg"]).tags == ("sea", "summer")

    pane.alt_text.setPlainText("Waves on a sandy beach")
    assert pane.alt_counter.text() == "22 of 1000 characters"
    with qtbot.waitSignal(pane.items_changed):
        pane.flush_alt_text()
    assert services.library.get(ids["beach.jpg"]).asset.alt_text == "Waves on a sandy beach"

    with qtbot.waitSignal(pane.items_changed):
        pane.search.setText("summer")
    assert [pane.model.item(r).asset.original_name for r in range(pane.model.rowCount())] == ["beach.jpg"]
    with qtbot.waitSignal(pane.items_changed):
        pane.search.setText("sandy")
    assert pane.model.rowCount() == 1
    with qtbot.waitSignal(pane.items_changed):
        pane.search.setText("")
    assert pane.model.rowCount() == 3


def test_attach_reorder_remove_and_usage(env, qtbot, tmp_path):
    pane, services, db = env
    ids = _import_three(qtbot, pane, tmp_path)
    _wait_thumbs(qtbot, pane)
    strip = AttachmentStrip(lambda i: None, lambda i: f"asset {i}")
    qtbot.addWidget(strip)

    # Drag from the grid: the model's drag payload, dropped on the strip.
    rows = [pane.model.index(pane.model.row_of_asset(ids[n])) for n in ("beach.jpg", "city.jpg", "forest.jpg")]
    mime = pane.model.mimeData(rows)
    assert decode_asset_ids(mime) == [ids["beach.jpg"], ids["city.jpg"], ids["forest.jpg"]]
    assert len(mime.urls()) == 3 and all(Path(u.toLocalFile()).exists() for u in mime.urls())
    drop = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(strip.changed) as changed:
        strip.dropEvent(drop)
    assert changed.args[0] == [ids["beach.jpg"], ids["city.jpg"], ids["forest.jpg"]]

    strip.setCurrentRow(2)
    strip.move_current(-1)  # forest before city
    assert strip.asset_ids() == [ids["beach.jpg"], ids["forest.jpg"], ids["city.jpg"]]
    strip.setCurrentRow(0)
    strip.remove_current()
    assert strip.asset_ids() == [ids["forest.jpg"], ids["city.jpg"]]

    # The "Attach to post" action says which assets to attach.
    pane.select_asset(ids["city.jpg"])
    with qtbot.waitSignal(pane.attach_requested) as attach:
        pane.attach_button.click()
    assert attach.args[0] == [ids["city.jpg"]]

    post = PostRepository(db).save(Post(parts=("Hi",), media=tuple(strip.asset_ids())), now=NOW)
    pane.select_asset(ids["beach.jpg"])
    pane.select_asset(ids["forest.jpg"])
    qtbot.waitUntil(lambda: pane.used_in.text() == "Used in 1 post(s)")
    assert services.usage(ids["forest.jpg"]) == [post.id]


def test_delete_warns_when_in_use_and_removes_it_from_the_post(env, qtbot, tmp_path):
    pane, services, db = env
    ids = _import_three(qtbot, pane, tmp_path)
    posts = PostRepository(db)
    post = posts.save(Post(parts=("Hi",), media=(ids["city.jpg"], ids["beach.jpg"])), now=NOW)
    asked = []
    pane.confirm_delete = lambda count, used: asked.append((count, used)) or True
    pane.select_asset(ids["city.jpg"])
    with qtbot.waitSignal(pane.items_changed, timeout=10000):
        pane.delete_button.click()
    assert asked == [(1, 1)]
    assert pane.model.rowCount() == 2
    assert posts.get(post.id).media == (ids["beach.jpg"],)
    assert services.library.get(ids["city.jpg"]) is None


def test_crop_editor_saves_a_new_4_5_image(env, qtbot, tmp_path):
    pane, services, _db = env
    ids = _import_three(qtbot, pane, tmp_path)
    item = services.library.get(ids["city.jpg"])
    dialog = pane.make_crop_editor(item, services.load_upright(item.asset.sha256))
    qtbot.addWidget(dialog)
    dialog.select_preset("portrait_4_5")
    qtbot.keyClick(dialog.canvas, Qt.Key.Key_Right)
    assert dialog.spec().output_size(900, 600) == (480, 600)
    assert "480 × 600" in dialog.size_label.text()
    with qtbot.waitSignal(pane.items_changed, timeout=10000):
        pane.save_crop(item, dialog)
    _wait_rows(qtbot, pane, 4)
    names = {pane.model.item(r).asset.original_name: pane.model.item(r).asset for r in range(4)}
    cropped = names["city (cropped 4x5).jpg"]
    assert (cropped.width, cropped.height) == (480, 600)


def test_network_preview_lists_every_network(env, qtbot, tmp_path):
    pane, _services, _db = env
    ids = _import_three(qtbot, pane, tmp_path)
    pane.select_asset(ids["beach.jpg"])
    pane.check_button.click()
    qtbot.waitUntil(lambda: pane.network_table.rowCount() == len(NETWORK_ORDER), timeout=20000)
    assert pane.network_table.item(0, 0).text() == "Bluesky"
    assert pane.network_table.item(0, 2).text() == "900 × 600"


def test_screenshots(env, qtbot, tmp_path):
    pane, services, _db = env
    names = [
        "Harbour at dawn.jpg",
        "Team offsite.jpg",
        "Product shot.png",
        "Launch teaser.jpg",
        "Coffee break.jpg",
        "Studio.jpg",
        "Mountains.jpg",
        "Night market.jpg",
    ]
    paths = []
    for i, name in enumerate(names):
        p = tmp_path / name
        im = gradient(960, 640 if i % 3 else 960, seed=i * 25)
        im.save(p, "PNG" if name.endswith(".png") else "JPEG")
        paths.append(p)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    _drop(qtbot, pane, mime)
    _wait_rows(qtbot, pane, len(names))
    _wait_thumbs(qtbot, pane)
    ids = {pane.model.item(r).asset.original_name: pane.model.item(r).asset.id for r in range(pane.model.rowCount())}
    services.library.add_tags([ids["Harbour at dawn.jpg"], ids["Mountains.jpg"]], ["landscape", "spring"])
    services.library.set_alt_text(ids["Harbour at dawn.jpg"], "Fishing boats in a calm harbour at sunrise")
    services.library.set_favourite([ids["Harbour at dawn.jpg"]], True)
    with qtbot.waitSignal(pane.items_changed):
        pane.refresh()
    pane.select_asset(ids["Harbour at dawn.jpg"])
    pane.select_asset(ids["Mountains.jpg"], add=True)
    qtbot.waitUntil(lambda: pane.used_in.text().startswith("Not used"))
    pane.check_button.click()
    qtbot.waitUntil(lambda: pane.network_table.rowCount() == len(NETWORK_ORDER), timeout=20000)
    SHOTS.mkdir(exist_ok=True)
    assert pane.grab().save(str(SHOTS / "media-library.png"))

    item = services.library.get(ids["Harbour at dawn.jpg"])
    dialog = pane.make_crop_editor(item, services.load_upright(item.asset.sha256))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_preset("portrait_4_5")
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(SHOTS / "media-crop.png"))
