"""The calendar of cards (issue 18 item 4), through the real window.

Month and week entries are cards: the first image's thumbnail (from the media library's thumbnail
cache, loaded off the UI thread, a placeholder until then), the networks' marks, the time, and the
state as a badge coloured by the design tokens with an icon; hovering a card shows the post's full
text; a day with more posts than its cell holds shows "+N more", which a click or Space opens as a
list of the day's cards. Screenshots of the month, the week, the list and a day at 1440 x 900 and
1024 x 700, light, dark, long and right-to-left, are saved under screenshots/calendar-cards-*.png.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, time
from pathlib import Path
from typing import Any

import keyring
import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from postdesk.core.calendar import CalendarEntry, EntryStatus, ViewKind
from postdesk.core.networks import Network
from postdesk.media.importer import Importer, ImportSource
from postdesk.store.repositories.media_library import MediaLibraryRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.ui import theme
from postdesk.ui.calendar.paint import paint_chip
from postdesk.ui.calendar.state_badge import STATUS_LOOK
from postdesk.ui.look.tokens import colours
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.real_window import build_test_window
from tests.ui.calendar.test_calendar_support import SEED_NOW, add_post, local, realistic_month

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
BERLIN = "Europe/Berlin"
BUSY_DAY = date(2025, 3, 24)
PHOTO_DAY = date(2025, 3, 26)
RED = (220, 30, 40)
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")


def _photo(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (400, 300), colour).save(out, "JPEG", quality=95)
    return out.getvalue()


def _attach(database: Any, paths: Any, post_id: int, colour: tuple[int, int, int], name: str) -> str:
    """Import a picture into the library (thumbnails made as the app makes them) and give it to a post."""
    outcome = Importer(paths, MediaLibraryRepository(database), now=lambda: SEED_NOW).import_one(
        ImportSource.from_bytes(_photo(colour), name)
    )
    assert outcome.ok and outcome.asset_id is not None and outcome.sha256 is not None
    posts = PostRepository(database)
    stored = posts.get(post_id)
    assert stored is not None
    posts.save(replace(stored, media=(outcome.asset_id,)), now=SEED_NOW)
    return outcome.sha256


@pytest.fixture
def make(qtbot: Any, paths: Any, qapp: QApplication) -> Iterator[Any]:
    """Builds the real window over a creator's month (a busy day, a post with a photo)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())

    def build() -> Any:
        b = build_test_window(paths, qapp, qtbot, SEED_NOW)
        db = b.database
        realistic_month(db, date(2025, 3, 1))
        b.busy = [
            add_post(db, f"Market stall photo {i}", local(BUSY_DAY, time(8 + i // 2, (i % 2) * 30), BERLIN))
            for i in range(12)
        ]
        b.photo_post = add_post(
            db,
            "Harbour print, first proof\n\nThe full story: three weeks of etching, two failed plates and one good one.",
            local(PHOTO_DAY, time(7, 15), BERLIN),
            (Network.BLUESKY, Network.MASTODON),
        )
        b.sha = _attach(db, paths, b.photo_post, RED, "proof.jpg")
        b.calendar = b.panes.calendar
        return b

    yield build
    keyring.set_keyring(previous)


@pytest.fixture
def built(make: Any) -> Any:
    return make()


def _show_month(b: Any, qtbot: Any, size: tuple[int, int] = (1440, 900)) -> Any:
    b.window.resize(*size)
    b.window.show()
    qtbot.waitExposed(b.window)
    b.window.show_pane("calendar")
    pane = b.calendar
    with qtbot.waitSignal(pane.loaded, timeout=10_000):
        pane.reload()
    qtbot.waitUntil(pane.is_complete, timeout=10_000)
    return pane


def _card_rect(pane: Any, day: date, post_id: int) -> QRect:
    index = pane.month_model.index_of_date(day)
    ids = [e.post_id for e in pane.month_model.entries_at(index)]
    centre = pane.month_view.chip_center(index, ids.index(post_id))
    return QRect(pane.month_view.visualRect(index).left() + 4, centre.y() - 10, 40, 20)


def test_a_card_shows_its_first_image_once_the_cache_has_it(built: Any, qtbot: Any) -> None:
    pane = _show_month(built, qtbot)
    thumbs = pane.views._month_delegate.thumbnails
    assert thumbs is not None, "the app gives the calendar the library's thumbnails"
    index = pane.month_model.index_of_date(PHOTO_DAY)
    assert pane.month_model.media_of(built.photo_post) == built.sha
    # Painting asks the cache; the picture is read off the UI thread and the view repaints.
    pane.month_view.viewport().repaint()
    qtbot.waitUntil(lambda: thumbs.get(built.sha) is not None, timeout=10_000)
    thumbs.wait()
    shot = pane.month_view.viewport().grab().toImage()
    card = _card_rect(pane, PHOTO_DAY, built.photo_post)
    reds = [
        QColor(shot.pixel(x, y))
        for x in range(card.left(), card.left() + 20)
        for y in range(card.top(), card.bottom())
        if 0 <= x < shot.width() and 0 <= y < shot.height()
    ]
    assert any(c.red() > 180 and c.green() < 90 and c.blue() < 90 for c in reds), "the thumbnail is drawn"
    # A post without media has no thumbnail tile at all.
    other = next(e for e in pane.month_model.entries_at(index) if e.post_id != built.photo_post)
    assert pane.month_model.media_of(other.post_id) is None


def test_a_placeholder_is_painted_until_the_thumbnail_is_ready(qtbot: Any) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    entry = CalendarEntry(post_id=1, instant=SEED_NOW, text="a photo", status=EntryStatus.SCHEDULED)

    def render(thumbnail: Any) -> QImage:
        image = QImage(240, 20, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        paint_chip(
            painter, image.rect(), entry, None, widget.palette(), with_time=False, slot_word="", has_media=True,
            thumbnail=thumbnail,
        )  # fmt: skip
        painter.end()
        return image

    placeholder = QColor(render(None).pixel(12, 10))
    assert placeholder.name() == colours(theme.is_dark(widget.palette())).divider
    red = QImage(48, 48, QImage.Format.Format_RGB32)
    red.fill(QColor(*RED))
    from PySide6.QtGui import QPixmap

    drawn = QColor(render(QPixmap.fromImage(red)).pixel(12, 10))
    assert drawn.red() > 180 and drawn.green() < 90


@pytest.mark.parametrize("dark", [False, True])
def test_each_state_has_its_token_colour_and_an_icon(qtbot: Any, dark: bool) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.setPalette(theme.palette_from(colours(dark)))
    seen: dict[EntryStatus, tuple[str, bytes]] = {}
    for status, (token, _icon) in STATUS_LOOK.items():
        slot = status is EntryStatus.QUEUE_SLOT  # an empty slot: no post, a "+" badge
        entry = CalendarEntry(post_id=None if slot else 1, instant=SEED_NOW, text="", status=status)
        image = QImage(200, 20, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        paint_chip(painter, image.rect(), entry, None, widget.palette(), with_time=False, slot_word="slot", dark=dark)
        painter.end()
        # The badge is a 14 px disc at the card's right end (x 183 to 197, y 3 to 17).
        badge = image.copy(QRect(183, 3, 14, 14))
        fill = QColor(badge.pixel(7, 1))  # the disc, above its icon
        assert fill.name() == getattr(colours(dark), token), status
        seen[status] = (fill.name(), bytes(badge.constBits()))
    # Two states of one colour (failed, needs attention aside) still differ by their icon.
    assert seen[EntryStatus.DRAFT][1] != seen[EntryStatus.CANCELLED][1]
    assert len({icon for _, icon in seen.values()}) >= len(seen) - 1


def test_hovering_a_card_shows_the_full_text(built: Any, qtbot: Any) -> None:
    pane = _show_month(built, qtbot)
    view = pane.month_view
    index = pane.month_model.index_of_date(PHOTO_DAY)
    ids = [e.post_id for e in pane.month_model.entries_at(index)]
    pos = view.chip_center(index, ids.index(built.photo_post))
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: "three weeks of etching" in QToolTip.text(), timeout=5_000)
    tip = QToolTip.text()
    assert "Harbour print, first proof" in tip and "Bluesky" in tip and "Scheduled" in tip
    QToolTip.hideText()


def test_plus_n_opens_the_whole_day_by_click_and_by_space(built: Any, qtbot: Any) -> None:
    pane = _show_month(built, qtbot)
    view = pane.month_view
    index = pane.month_model.index_of_date(BUSY_DAY)
    total = pane.month_model.total_at(index)
    assert total >= 12
    more = view.more_center(index)
    assert more is not None, "a busy day says how many more it holds"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=more)
    popup = pane.days.popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert popup.model.rowCount() == total
    assert {e.post_id for e in popup.model.entries} >= set(built.busy)
    assert popup.count.text().startswith(str(total - 0)) or str(total) in popup.count.text()
    # Enter on a card opens that post, as in the grid.
    popup.list.setCurrentIndex(popup.model.index(2))
    with qtbot.waitSignal(pane.open_post) as opened:
        qtbot.keyClick(popup.list, Qt.Key.Key_Return)
    assert opened.args == [popup.model.entries[2].post_id]
    assert not popup.isVisible()
    # The keyboard path: Space on the day's cell.
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    second = pane.days.popup
    assert second is not None and second is not popup
    qtbot.waitUntil(second.isVisible)
    assert second.model.rowCount() == total
    qtbot.keyClick(second.list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not second.isVisible())


def test_week_cards_carry_the_thumbnail_and_state(built: Any, qtbot: Any) -> None:
    pane = _show_month(built, qtbot)
    pane.go_to(PHOTO_DAY)
    with qtbot.waitSignal(pane.loaded, timeout=10_000):
        pane.set_view(ViewKind.WEEK)
    model = pane.week_model
    shown = local(PHOTO_DAY, time(7, 15), BERLIN).astimezone(pane.zone)  # the app's own zone
    index = model.index_of_date(shown.date(), shown.hour)
    assert [e.post_id for e in model.entries_at(index)] == [built.photo_post]
    assert model.media_of(built.photo_post) == built.sha


# -- screenshots ---------------------------------------------------------------------------------


def _shoot(b: Any, qtbot: Any, qapp: QApplication, mode: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    for width, height in ((1440, 900), (1024, 700)):
        pane = _show_month(b, qtbot, (width, height))
        if pane.view_kind is not ViewKind.MONTH:
            with qtbot.waitSignal(pane.loaded, timeout=10_000):
                pane.set_view(ViewKind.MONTH)
        thumbs = pane.views._month_delegate.thumbnails
        pane.month_view.viewport().repaint()
        qtbot.waitUntil(lambda t=thumbs: t.get(b.sha) is not None, timeout=10_000)
        for _ in range(3):
            qapp.processEvents()
        path = SHOTS / f"calendar-cards-month-{mode}-{width}x{height}.png"
        assert b.window.grab().save(str(path)) and path.stat().st_size > 10_000
        pane.go_to(PHOTO_DAY)
        with qtbot.waitSignal(pane.loaded, timeout=10_000):
            pane.set_view(ViewKind.WEEK)
        for _ in range(3):
            qapp.processEvents()
        path = SHOTS / f"calendar-cards-week-{mode}-{width}x{height}.png"
        assert b.window.grab().save(str(path)) and path.stat().st_size > 10_000
        with qtbot.waitSignal(pane.loaded, timeout=10_000):
            pane.set_view(ViewKind.LIST)
        qtbot.waitUntil(pane.is_complete, timeout=10_000)
        for _ in range(3):
            qapp.processEvents()
        path = SHOTS / f"calendar-cards-list-{mode}-{width}x{height}.png"
        assert b.window.grab().save(str(path)) and path.stat().st_size > 10_000
        with qtbot.waitSignal(pane.loaded, timeout=10_000):
            pane.set_view(ViewKind.MONTH)
        popup = pane.days.open(BUSY_DAY)
        qtbot.waitUntil(lambda p=popup: p.isVisible() and p.model.rowCount() > 0)
        for _ in range(3):
            qapp.processEvents()
        path = SHOTS / f"calendar-cards-day-{mode}-{width}x{height}.png"
        assert popup.grab().save(str(path)) and path.stat().st_size > 5_000
        popup.reject()


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_screenshots(built: Any, qtbot: Any, qapp: QApplication, mode: str) -> None:
    theme.apply_theme(qapp, mode)  # after the build: the window applies the stored preference
    try:
        _shoot(built, qtbot, qapp, mode)
    finally:
        theme.apply_theme(qapp, "light")


@pytest.mark.parametrize("pseudo", ["long", "rtl"])
def test_screenshots_pseudo_localised(make: Any, qtbot: Any, qapp: QApplication, pseudo: str) -> None:
    from postdesk.ui.i18n import PseudoTranslator

    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    if pseudo == "rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        _shoot(make(), qtbot, qapp, f"pseudo-{pseudo}")  # built after the translator: its words are stretched
    finally:
        qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_point_outside_every_card_has_no_card_tooltip(built: Any, qtbot: Any) -> None:
    pane = _show_month(built, qtbot)
    assert pane.month_view.entry_at(QPoint(2, 2)) is None
