"""Tokens and network marks in the panes, through the real window: accounts rows, queue accounts,
Insights' network columns, the welcome; screenshots at 1440 × 900 in light, dark, long and
right-to-left pseudo-translation (saved under screenshots/look-*.png and looked at)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication

from postdesk.core.entities import AccountStatus
from postdesk.core.networks import Network, look
from postdesk.core.slots import QueueSchedule, WeeklySlot
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.queues import QueueInfo, QueuesRepository
from postdesk.ui import theme
from postdesk.ui.insights.models import PostsModel, TotalsModel
from postdesk.ui.look.tokens import DARK, LIGHT
from postdesk.ui.welcome import WelcomeDialog, network_reach
from tests.helpers.insights_data import publish, snapshot
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.real_window import build_test_window

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
NOW = dt.datetime(2026, 5, 20, 10, 0, tzinfo=dt.UTC)
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")


@pytest.fixture
def make(qtbot: Any, paths: Any, qapp: QApplication) -> Iterator[Any]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    built: list[Any] = []

    def build() -> Any:
        b = build_test_window(paths, qapp, qtbot, NOW)
        built.append(b)
        seed(b)
        return b

    yield build
    for b in built:
        b.close()
    keyring.set_keyring(previous)
    theme.apply_theme(qapp, "light")


def seed(b: Any) -> dict[str, int]:
    accounts = AccountRepository(b.database)
    ids = {
        "sky": accounts.add(Network.BLUESKY, "lumen.bsky.social", now=NOW, display_name="Lumen Studio").id,
        "masto": accounts.add(Network.MASTODON, "@lumen@photog.social", now=NOW, display_name="Lumen").id,
        "x": accounts.add(Network.X, "lumenstudio", now=NOW, status=AccountStatus.NEEDS_RECONNECT).id,
        "tg": accounts.add(Network.TELEGRAM, "@lumen_channel", now=NOW, display_name="Lumen notes").id,
    }
    QueuesRepository(b.database).save(
        QueueInfo(
            None,
            QueueSchedule("Weekday mornings", "Europe/Paris", (WeeklySlot(1, dt.time(9)), WeeklySlot(3, dt.time(9)))),
            (ids["sky"], ids["masto"]),
        ),
        NOW,
    )
    for days, network, key, text, likes in (
        (2, Network.BLUESKY, "sky", "The harbour at dawn, shot on film", 120),
        (4, Network.MASTODON, "masto", "New zine is out: 24 pages of night walks", 40),
        (6, Network.TELEGRAM, "tg", "Behind the scenes of the print run", 12),
    ):
        at = NOW - dt.timedelta(days=days)
        target = publish(b.database, network, ids[key], at, text)
        snapshot(b.database, target, at + dt.timedelta(days=1), likes=likes, reposts=likes // 4, replies=3)
    return ids


def _colours(icon: QIcon, size: int = 16) -> set[str]:
    image = icon.pixmap(QSize(size, size)).toImage()
    return {
        image.pixelColor(x, y).name()
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() == 255
    }


def _accounts(b: Any, qtbot: Any) -> Any:
    pane = b.panes.accounts
    b.window.show_pane("accounts")
    pane.refresh()  # the accounts were stored after the window was built
    qtbot.waitUntil(lambda: pane.table.rowCount() == 4, timeout=10_000)
    return pane


def test_account_rows_carry_the_network_mark_and_follow_the_theme(make: Any, qtbot: Any, qapp: QApplication) -> None:
    b = make()
    pane = _accounts(b, qtbot)
    table = pane.table

    def row_of(handle: str) -> int:
        return next(r for r in range(table.rowCount()) if handle in table.item(r, 0).text())

    for handle, network in (("lumen.bsky.social", Network.BLUESKY), ("lumenstudio", Network.X)):
        item = table.item(row_of(handle), 1)
        assert item.text() == look(network).full_name
        assert look(network).colour in _colours(item.icon()), network
    reconnect = table.item(row_of("lumenstudio"), 2)
    assert reconnect.foreground().color() == QColor(LIGHT.danger)
    assert pane.banner.property("banner") == "warning"

    theme.apply_theme(qapp, "dark")
    qtbot.waitUntil(lambda: look(Network.X).colour_dark in _colours(table.item(row_of("lumenstudio"), 1).icon()))
    assert look(Network.BLUESKY).colour_dark in _colours(table.item(row_of("lumen.bsky.social"), 1).icon())
    assert table.item(row_of("lumenstudio"), 2).foreground().color() == QColor(DARK.danger)


def test_queue_accounts_carry_the_network_mark(make: Any, qtbot: Any) -> None:
    b = make()
    pane = b.panes.queues
    b.window.show_pane("queues")
    pane.reload()
    qtbot.waitUntil(lambda: pane.accounts_list.count() == 4, timeout=10_000)
    items = [pane.accounts_list.item(i) for i in range(pane.accounts_list.count())]
    bluesky = next(i for i in items if "lumen.bsky.social" in i.text())
    assert look(Network.BLUESKY).colour in _colours(bluesky.icon())
    assert all(not i.icon().isNull() for i in items)


def test_insights_network_columns_carry_the_network_mark(make: Any, qtbot: Any) -> None:
    b = make()
    pane = b.panes.insights
    b.window.show_pane("insights")
    pane.reload()
    qtbot.waitUntil(lambda: pane.totals_model.rowCount() == 3, timeout=10_000)
    for model, column in ((pane.totals_model, TotalsModel.NETWORK), (pane.posts_model, PostsModel.NETWORK)):
        icons = [model.index(r, column).data(Qt.ItemDataRole.DecorationRole) for r in range(model.rowCount())]
        names = [model.index(r, column).data() for r in range(model.rowCount())]
        assert all(isinstance(i, QIcon) and not i.isNull() for i in icons)
        sky = names.index("Bluesky")
        assert look(Network.BLUESKY).colour in _colours(icons[sky])


def test_the_welcome_names_each_network_by_its_mark(qtbot: Any) -> None:
    reach = network_reach(frozenset({Network.BLUESKY, Network.MASTODON, Network.TELEGRAM}))
    dialog = WelcomeDialog(reach)
    qtbot.addWidget(dialog)
    assert [m.accessibleName() for m in dialog.network_marks] == ["Bluesky", "Mastodon", "Telegram"]
    assert all(not m.pixmap().isNull() for m in dialog.network_marks)


def _shoot(b: Any, qtbot: Any, qapp: QApplication, mode: str) -> None:
    b.window.resize(1440, 900)
    b.window.show()
    qtbot.waitExposed(b.window)
    SHOTS.mkdir(exist_ok=True)
    for key, ready in (
        ("accounts", lambda: b.panes.accounts.table.rowCount() == 4),
        ("queues", lambda: b.panes.queues.accounts_list.count() == 4),
        ("insights", lambda: b.panes.insights.totals_model.rowCount() == 3),
        ("settings", lambda: True),
    ):
        b.window.show_pane(key)
        if key == "accounts":
            b.panes.accounts.refresh()
        elif key == "queues":
            b.panes.queues.reload()
        qtbot.waitUntil(ready, timeout=10_000)
        for _ in range(3):
            qapp.processEvents()
        path = SHOTS / f"look-{key}-{mode}.png"
        assert b.window.grab().save(str(path))
        assert path.stat().st_size > 10_000
    dialog = WelcomeDialog(network_reach(), b.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(SHOTS / f"look-welcome-{mode}.png"))
    assert theme.is_dark(qapp.palette()) == (mode == "dark")
    dialog.close()


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_screenshots(make: Any, qtbot: Any, qapp: QApplication, mode: str) -> None:
    b = make()
    theme.apply_theme(qapp, mode)  # after the build: the window applies the stored preference
    _shoot(b, qtbot, qapp, mode)


@pytest.mark.parametrize("pseudo", ["long", "rtl"])
def test_screenshots_pseudo_localised(make: Any, qtbot: Any, qapp: QApplication, pseudo: str) -> None:
    from postdesk.ui.i18n import PseudoTranslator

    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    if pseudo == "rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        b = make()
        _shoot(b, qtbot, qapp, f"pseudo-{pseudo}")
    finally:
        qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
