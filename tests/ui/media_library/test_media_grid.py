"""The media grid through the real window (issue 18 item 6): uniform cells with square thumbnails
and elided names, badges painted on the cell for a video's length, GIFs and missing alt text
(with words for screen readers), and the larger preview with what each network receives side by
side. Screenshots at 1440 x 900 and 1024 x 700, light, dark, pseudo-long and right to left."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QRectF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QFontMetrics, QImage
from PySide6.QtWidgets import QApplication

from postdesk.app import build_window
from postdesk.core.networks import NETWORK_ORDER, Network
from postdesk.ui import theme
from postdesk.ui.i18n import PseudoTranslator
from postdesk.ui.media_library.delegate import THUMB_PX, caption, cell_badges, thumbnail_rect
from postdesk.ui.media_library.models import ItemRole, PixmapRole
from postdesk.ui.media_library.wording import duration_text
from tests.unit.media.media_factory import animated_gif, gradient, video

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
LONG_NAME = "Spring collection shoot at the harbour at dawn, second roll, final pick.jpg"


@pytest.fixture
def open_window(qtbot: Any, paths: Any, qapp: QApplication) -> Any:
    opened: list[Any] = []

    def make(size: tuple[int, int] = (1440, 900)) -> Any:
        b = build_window(paths, qapp, open_url=lambda url: True, start_engine=False, use_tray=False, now=lambda: NOW)
        qtbot.addWidget(b.window)
        opened.append(b)
        b.window.resize(*size)
        b.window.show()
        b.window.show_pane("media")
        qtbot.waitExposed(b.window)
        return b

    yield make
    for b in opened:
        b.close()
    theme.apply_theme(qapp, "light")


def _files(folder: Path) -> list[Path]:
    """A landscape photo, a portrait photo with a long name, an animated GIF and a 2 s video."""
    landscape = folder / "harbour.jpg"
    gradient(900, 600, seed=3).save(landscape, "JPEG", quality=85)
    portrait = folder / LONG_NAME
    gradient(600, 900, seed=40).save(portrait, "JPEG", quality=85)
    gif = folder / "loop.gif"
    gif.write_bytes(animated_gif(frames=4, size=(240, 180)))
    clip = video(folder / "clip.mp4", seconds=2.0, size=(320, 240))
    return [landscape, portrait, gif, clip]


def _import(qtbot: Any, pane: Any, files: list[Path]) -> dict[str, int]:
    """Drop files on the grid, as a user would; return the rows by file name."""
    qtbot.waitUntil(lambda: pane.empty_hint.isVisible() or pane.model.rowCount() > 0, timeout=10_000)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files])
    drop = QDropEvent(
        QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(pane.import_finished, timeout=30_000):
        pane.eventFilter(pane.grid.viewport(), drop)
    qtbot.waitUntil(lambda: pane.model.rowCount() == len(files), timeout=10_000)
    qtbot.waitUntil(
        lambda: all(pane.model.index(r).data(PixmapRole) is not None for r in range(len(files))), timeout=10_000
    )
    return {pane.model.item(r).asset.original_name: r for r in range(pane.model.rowCount())}


def _grid_image(pane: Any) -> QImage:
    QApplication.processEvents()
    return pane.grid.viewport().grab().toImage()


def _badges(pane: Any, row: int) -> dict[str, Any]:
    index = pane.model.index(row)
    item = index.data(ItemRole)
    rtl = pane.grid.layoutDirection() == Qt.LayoutDirection.RightToLeft
    thumb = thumbnail_rect(pane.grid.visualRect(index))
    return {b.kind: b for b in cell_badges(thumb, item, pane.grid.font(), rtl)}


def _colour_at(image: QImage, rect: QRectF, pane: Any) -> QColor:
    """The painted colour just inside a badge's leading end (clear of its icon and text)."""
    ratio = image.devicePixelRatio()
    x, y = rect.left() + 3, rect.center().y()
    return image.pixelColor(int(x * ratio), int(y * ratio))


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0:00"), (0.3, "0:01"), (2.0, "0:02"), (42.4, "0:42"), (65, "1:05"), (725.6, "12:06"), (3725, "1:02:05")],
)
def test_video_length_reads_like_a_player_in_every_language(seconds: float, text: str) -> None:
    assert duration_text(seconds) == text


def test_imported_rows_land_where_a_refresh_puts_them(open_window: Any, qtbot: Any, tmp_path: Path) -> None:
    b = open_window()
    pane = b.panes.media
    big, small = tmp_path / "big.jpg", tmp_path / "small.jpg"
    gradient(1800, 1200, seed=5).save(big, "JPEG", quality=95)
    gradient(300, 200, seed=6).save(small, "JPEG", quality=60)
    _import(qtbot, pane, [big])
    rows = _import(qtbot, pane, [big, small])  # the big one again is a duplicate: two rows in all
    # Newest first: the small one, imported last, comes first. (The filter bar handed the sort
    # order on as a bare string, and new rows were slotted in by size: the big one stayed first
    # until the next refresh moved it.)
    assert sorted(rows, key=rows.get) == ["small.jpg", "big.jpg"]
    with qtbot.waitSignal(pane.items_changed):
        pane.refresh()
    assert [pane.model.item(r).asset.original_name for r in range(2)] == ["small.jpg", "big.jpg"]


def test_cells_are_uniform_with_square_thumbnails_and_elided_names(open_window: Any, qtbot: Any, tmp_path: Path):
    b = open_window()
    pane = b.panes.media
    rows = _import(qtbot, pane, _files(tmp_path))

    sizes = {pane.grid.visualRect(pane.model.index(r)).size().toTuple() for r in rows.values()}
    assert len(sizes) == 1  # one size for a landscape, a portrait, a GIF and a video
    side = round(THUMB_PX * pane.devicePixelRatioF())
    for row in rows.values():
        pixmap = pane.model.index(row).data(PixmapRole)
        assert (pixmap.width(), pixmap.height()) == (side, side)  # cropped centrally, not letterboxed

    long_item = pane.model.item(rows[LONG_NAME])
    name, _tags = caption(long_item, QFontMetrics(pane.grid.font()))
    assert name != LONG_NAME and "…" in name and name.endswith(".jpg") and name.startswith("Spring")


def test_badges_for_video_length_gif_and_missing_alt_text(open_window: Any, qtbot: Any, tmp_path: Path) -> None:
    b = open_window()
    pane = b.panes.media
    rows = _import(qtbot, pane, _files(tmp_path))
    clip, gif, photo = rows["clip.mp4"], rows["loop.gif"], rows["harbour.jpg"]
    assert pane.model.item(clip).asset.duration_s == pytest.approx(2.0, abs=0.2)  # the importer's probe kept it

    video_badges, gif_badges, photo_badges = _badges(pane, clip), _badges(pane, gif), _badges(pane, photo)
    photo_cell = pane.grid.visualRect(pane.model.index(photo))
    assert video_badges["video"].text == "0:02"
    assert gif_badges["gif"].text == "GIF" and "video" not in gif_badges
    assert set(photo_badges) == {"no_alt"}
    # Painted on the cell: the dark pill on the picture, the amber one for missing alt text.
    image = _grid_image(pane)
    assert _colour_at(image, video_badges["video"].rect, pane).lightness() < 90
    assert _colour_at(image, gif_badges["gif"].rect, pane).lightness() < 90
    amber = _colour_at(image, photo_badges["no_alt"].rect, pane)
    assert amber.red() > 200 and amber.green() > 140 and amber.blue() < 100  # the tokens' amber warning
    # ...and said in words to a screen reader.
    spoken = pane.model.index(clip).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "clip.mp4, Video, 0:02 long, No alt text yet"
    assert pane.model.index(gif).data(Qt.ItemDataRole.AccessibleTextRole) == "loop.gif, Animated GIF, No alt text yet"

    # Writing alt text takes the badge away.
    pane.select_asset(pane.model.item(photo).asset.id)
    pane.alt_text.setPlainText("x" * 1001)  # longer than any network takes: the counter says so in red
    assert pane.alt_counter.property("tone") == "danger" and pane.alt_counter.font().bold()
    pane.alt_text.setPlainText("Fishing boats in the harbour at sunrise")
    assert pane.alt_counter.property("tone") == "" and not pane.alt_counter.font().bold()
    photo_id = pane.model.item(photo).asset.id
    pane.flush_alt_text()
    # Saved on a worker, then the grid refreshes (another refresh may land first: wait for the row).
    qtbot.waitUntil(lambda: pane.model.item(pane.model.row_of_asset(photo_id)).asset.alt_text != "", timeout=10_000)
    row = pane.model.row_of_asset(photo_id)
    assert "no_alt" not in _badges(pane, row)
    assert pane.model.index(row).data(Qt.ItemDataRole.AccessibleTextRole) == "harbour.jpg"
    moved = pane.grid.visualRect(pane.model.index(row)).topLeft() - photo_cell.topLeft()
    after = _colour_at(_grid_image(pane), photo_badges["no_alt"].rect.translated(moved.x(), moved.y()), pane)
    assert not (after.red() > 200 and after.green() > 140 and after.blue() < 80)


def test_preview_shows_what_each_network_receives_side_by_side(open_window: Any, qtbot: Any, tmp_path: Path):
    b = open_window()
    pane = b.panes.media
    rows = _import(qtbot, pane, _files(tmp_path))
    pane.select_asset(pane.model.item(rows["harbour.jpg"]).asset.id)
    pane.grid.setFocus()
    qtbot.keyClick(pane.grid, Qt.Key.Key_Space)  # the keyboard path; the details' button is the other
    dialog = pane.preview_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.checked, timeout=30_000)
    qtbot.waitUntil(lambda: dialog.picture.pixmap() is not None and not dialog.picture.pixmap().isNull())

    assert list(dialog.tiles) == list(NETWORK_ORDER)
    tiles = dialog.tiles
    assert "900 × 600" in tiles[Network.BLUESKY].fit.text()
    assert tiles[Network.X].shape.text() == "Best shape 16:9"
    assert tiles[Network.PINTEREST].shape.text() == "Best shape 2:3"
    assert tiles[Network.MASTODON].shape.text() == "Any shape"
    frame = tiles[Network.X].image.frame_rect()
    assert frame.width() / frame.height() == pytest.approx(16 / 9, rel=0.03)
    whole = tiles[Network.MASTODON].image
    assert whole.frame_rect() == whole.image_rect()
    assert "Best shape 16:9" in tiles[Network.X].accessibleDescription()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: pane.preview_dialog is None)

    # A video: its poster, and no sizes the fitter cannot know.
    pane.select_asset(pane.model.item(rows["clip.mp4"]).asset.id)
    pane.preview_button.click()
    dialog = pane.preview_dialog
    assert dialog is not None and dialog.checked()
    assert tiles is not dialog.tiles
    assert dialog.tiles[Network.TIKTOK].fit.text().startswith("Videos go as they are")
    qtbot.waitUntil(lambda: dialog.picture.pixmap() is not None and not dialog.picture.pixmap().isNull())
    dialog.close()


def _shoot(widget: Any, name: str) -> None:
    for _ in range(3):
        QApplication.processEvents()
    SHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SHOTS / name))


@pytest.mark.parametrize("size", [(1440, 900), (1024, 700)], ids=["1440x900", "1024x700"])
@pytest.mark.parametrize("look", ["light", "dark", "pseudo-long", "pseudo-rtl"])
def test_screenshots(open_window: Any, qtbot: Any, qapp: QApplication, tmp_path: Path, size: Any, look: str) -> None:
    translator = PseudoTranslator()
    if look.startswith("pseudo"):
        qapp.installTranslator(translator)
    if look == "pseudo-rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        b = open_window(size)
        theme.apply_theme(qapp, "dark" if look == "dark" else "light")
        pane = b.panes.media
        rows = _import(qtbot, pane, _files(tmp_path))
        photo = pane.model.item(rows["harbour.jpg"]).asset.id
        pane.select_asset(photo)
        qtbot.waitUntil(lambda: pane.preview.pixmap() is not None and not pane.preview.pixmap().isNull())
        label = f"{size[0]}x{size[1]}-{look}"
        _shoot(b.window, f"media-grid-{label}.png")
        pane.open_preview()
        dialog = pane.preview_dialog
        qtbot.waitUntil(dialog.checked, timeout=30_000)
        qtbot.waitUntil(lambda: dialog.picture.pixmap() is not None and not dialog.picture.pixmap().isNull())
        qtbot.waitExposed(dialog)
        _shoot(dialog, f"media-preview-{label}.png")
        if look.startswith("pseudo"):
            assert dialog.tiles[Network.X].shape.text().startswith("[")
        if look == "pseudo-rtl":  # reading order runs from the right: the first tile is rightmost
            first, second = dialog.tiles[Network.BLUESKY].geometry(), dialog.tiles[Network.MASTODON].geometry()
            assert first.top() == second.top() and first.left() > second.right()
            cells = [pane.grid.visualRect(pane.model.index(r)) for r in range(2)]
            assert cells[0].left() > cells[1].right()
        dialog.close()
    finally:
        qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
