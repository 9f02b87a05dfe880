"""Every pane of the real window, photographed: Calendar (month, week, list), Compose, Inbox, Queues,
Insights, Media, Accounts, Settings and the welcome, at 1440 × 900 and 1024 × 700, in the light and
dark themes, under the long and right-to-left pseudo-translations (POSTDESK_PSEUDO=long / rtl) and in
each shipped language (de, fr, es, pt_BR, ja, ar), saved as screenshots/panes/<pane>-<size>-<mode>.png
to be looked at.

One window per mode, seeded with a creator's month of posts, accounts, a queue, published posts
with numbers, inbox replies and imported photos; the panes are switched in it. Each shot checks
what a reader would: the window has the asked size, the pane asked for is the one on show (built,
loaded, in the asked direction), and the picture is not blank.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QFont, QImage, QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from postdesk.core.calendar import ViewKind
from postdesk.core.networks import Network
from postdesk.core.slots import QueueSchedule, WeeklySlot
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.inbox import FetchedItem, InboxRepository
from postdesk.store.repositories.queues import QueueInfo, QueuesRepository
from postdesk.ui import i18n, theme
from postdesk.ui.i18n import PseudoTranslator
from postdesk.ui.welcome import WelcomeDialog, network_reach
from tests.helpers.insights_data import publish, snapshot
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.real_window import build_test_window
from tests.ui.calendar.test_calendar_support import SEED_NOW, realistic_month
from tests.unit.media.media_factory import gradient

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "screenshots" / "panes"
NOW = SEED_NOW
SIZES = ((1440, 900), (1024, 700))
LANGUAGES = ("de", "fr", "es", "pt_BR", "ja", "ar")
MODES = ("light", "dark", "long", "rtl", *LANGUAGES)
RIGHT_TO_LEFT = {"rtl", "ar"}
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")


@pytest.fixture
def window(qtbot: Any, paths: Any, qapp: QApplication) -> Iterator[Callable[[], Any]]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    built: list[Any] = []

    def build() -> Any:
        built.append(build_test_window(paths, qapp, qtbot, NOW))
        return built[-1]

    yield build
    for b in built:
        b.close()
    keyring.set_keyring(previous)
    theme.apply_theme(qapp, "light")


def _reply(remote_id: str, text: str, minutes: int, handle: str, name: str) -> FetchedItem:
    return FetchedItem(
        remote_id=remote_id,
        kind="reply",
        author_id=handle,
        author_handle=handle,
        author_name=name,
        text=text,
        created_at=NOW - dt.timedelta(minutes=minutes),
        url=f"https://example.test/{remote_id}",
        parent_remote_id="at://me/1",
    )


def seed(b: Any, folder: Path) -> list[Path]:
    """A creator's month in the calendar, a queue, published posts with numbers, replies; photos to import."""
    db = b.database
    realistic_month(db, NOW.date())
    accounts = AccountRepository(db)
    sky = accounts.add(Network.BLUESKY, "lumen.bsky.social", now=NOW, display_name="Lumen Studio").id
    masto = accounts.add(Network.MASTODON, "@lumen@photog.social", now=NOW, display_name="Lumen").id
    QueuesRepository(db).save(
        QueueInfo(
            None,
            QueueSchedule("Weekday mornings", "Europe/Paris", (WeeklySlot(1, dt.time(9)), WeeklySlot(3, dt.time(9)))),
            (sky, masto),
        ),
        NOW,
    )
    for days, network, account, text, likes in (
        (2, Network.BLUESKY, sky, "The harbour at dawn, shot on film", 120),
        (4, Network.MASTODON, masto, "New zine is out: 24 pages of night walks", 40),
    ):
        at = NOW - dt.timedelta(days=days)
        target = publish(db, network, account, at, text)
        snapshot(db, target, at + dt.timedelta(days=1), likes=likes, reposts=likes // 4, replies=3)
    InboxRepository(db).upsert(
        sky,
        "bluesky",
        [
            _reply("at://ana/1", "Love this! Will the Tuesday slot stay? We plan our week around it.", 5, "ana", "Ana"),
            _reply("at://ben/1", "Congrats on the launch 🎉", 180, "ben.bsky.social", "Ben Okafor"),
        ],
        now=NOW,
    )
    photos = []
    for number, (w, h) in enumerate(((900, 600), (600, 900), (800, 800))):
        photo = folder / f"harbour-{number}.jpg"
        gradient(w, h, seed=3 + number * 17).save(str(photo), "JPEG", quality=85)
        photos.append(photo)
    return photos


def _not_blank(image: QImage) -> int:
    """How many different colours the picture holds, sampled every 3 pixels (a blank one: 1 or 2)."""
    return len({image.pixel(x, y) for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)})


def _at_sign_leads(text: str, font: QFont) -> bool:
    """Whether, laid out right to left, a handle's "@" is drawn left of the letter after it."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    at = text.index("@")
    return line.cursorToX(at)[0] < line.cursorToX(at + 2)[0]


def _translated_sources(language: str) -> set[str]:
    """The English texts the language's catalogue gives a different text for."""
    root = ET.parse(REPO / "translations" / f"postdesk_{language}.ts").getroot()
    found = set()
    for message in root.iter("message"):
        source, translation = message.findtext("source") or "", message.find("translation")
        if translation is not None and translation.get("type") is None and (translation.text or "") not in ("", source):
            found.add(source)
    return found


def _settle(qapp: QApplication) -> None:
    for _ in range(3):
        qapp.processEvents()


def _shoot(b: Any, qapp: QApplication, name: str, size: tuple[int, int], mode: str, pane: QWidget) -> Path:
    _settle(qapp)
    image = b.window.grab().toImage()
    assert (image.width(), image.height()) == (b.window.width(), b.window.height()) == size, name
    assert pane.isVisible() and pane.width() > size[0] // 2, f"{name}: the pane is not on show"
    assert pane.layoutDirection() == (
        Qt.LayoutDirection.RightToLeft if mode in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    )
    top_left = pane.mapTo(b.window, pane.rect().topLeft())
    area = image.copy(top_left.x(), top_left.y(), pane.width(), pane.height())
    assert _not_blank(area) > 12, f"{name}: the pane is blank"
    path = SHOTS / f"{name}-{size[0]}x{size[1]}-{mode}.png"
    assert image.save(str(path)) and path.stat().st_size > 10_000
    return path


def _import_photos(qtbot: Any, b: Any, photos: list[Path]) -> None:
    from tests.ui.media_library.test_media_grid import _import

    _import(qtbot, b.panes.media, photos)


@pytest.mark.parametrize("mode", MODES)
def test_every_pane_at_both_sizes(window: Any, qtbot: Any, qapp: QApplication, tmp_path: Path, mode: str) -> None:
    translators: list[QTranslator] = []
    if mode in ("long", "rtl"):
        translators.append(PseudoTranslator())
        qapp.installTranslator(translators[0])  # before any widget is built, as POSTDESK_PSEUDO does
    if mode == "rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    if mode in LANGUAGES:
        assert mode in i18n.shipped_languages(), f"{mode}: no compiled catalogue that translates anything"
        qapp.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # Qt takes it from the translation
        translators = i18n.install_translators(qapp, mode)  # what the app does for the chosen language
        qapp.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    try:
        b = window()
        theme.apply_theme(qapp, "dark" if mode == "dark" else "light")  # after the build: it applies the stored one
        photos = seed(b, tmp_path)
        panes = b.panes
        b.window.resize(*SIZES[0])
        b.window.show()
        qtbot.waitExposed(b.window)
        b.window.show_pane("media")
        _import_photos(qtbot, b, photos)
        qtbot.waitUntil(lambda: panes.composer.is_loaded, timeout=10_000)
        calendar = panes.calendar
        shots: list[Path] = []
        for size in SIZES:
            b.window.resize(*size)
            qtbot.waitUntil(lambda size=size: (b.window.width(), b.window.height()) == size, timeout=5_000)
            b.window.show_pane("calendar")
            for kind in (ViewKind.MONTH, ViewKind.WEEK, ViewKind.LIST):
                calendar.set_view(kind)
                calendar.reload()
                qtbot.waitUntil(lambda: calendar.is_complete() and bool(calendar.entries()), timeout=10_000)
                assert b.window.current_pane() == "calendar" and calendar.view_kind is kind
                shots.append(_shoot(b, qapp, f"calendar-{kind.value}", size, mode, calendar))
            for key, reload, ready in (
                ("composer", lambda: None, lambda: panes.composer.is_loaded),
                ("inbox", lambda: panes.inbox.reload(), lambda: panes.inbox.model.rowCount() > 0),
                ("queues", lambda: panes.queues.reload(), lambda: panes.queues.accounts_list.count() >= 2),
                ("insights", lambda: panes.insights.reload(), lambda: panes.insights.totals_model.rowCount() >= 2),
                ("media", lambda: None, lambda: panes.media.model.rowCount() == len(photos)),
                ("accounts", lambda: panes.accounts.refresh(), lambda: panes.accounts.table.rowCount() >= 6),
                ("settings", lambda: None, lambda: True),
            ):
                b.window.show_pane(key)
                reload()
                qtbot.waitUntil(ready, timeout=10_000)
                assert b.window.current_pane() == key
                shots.append(_shoot(b, qapp, key, size, mode, b.window.pane(key)))
                if key == "accounts" and mode == "rtl":
                    table = panes.accounts.table
                    label = next(
                        table.item(r, 0).text() for r in range(table.rowCount()) if "@ana" in table.item(r, 0).text()
                    )
                    assert _at_sign_leads(label, table.font()), f"{label!r}: the @ of a handle jumped to its end"
            dialog = WelcomeDialog(network_reach(), b.window)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            _settle(qapp)
            image = dialog.grab().toImage()
            assert dialog.isVisible() and _not_blank(image) > 12
            assert dialog.layoutDirection() == qapp.layoutDirection()
            path = SHOTS / f"welcome-{size[0]}x{size[1]}-{mode}.png"
            assert image.save(str(path))
            shots.append(path)
            dialog.close()
        assert len(shots) == len(SIZES) * 11
        assert theme.is_dark(qapp.palette()) == (mode == "dark")
        buttons = [button.text() for button in b.window.findChildren(QAbstractButton) if button.text()]
        if mode in ("long", "rtl"):  # the translator reached the window built after it
            assert buttons and sum(text.startswith("[") for text in buttons) > len(buttons) // 2
        if mode in LANGUAGES:  # the language reached the window: no button still reads in English
            english = [text for text in buttons if text in _translated_sources(mode)]
            assert buttons and not english, f"{mode}: buttons still in English: {english}"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
