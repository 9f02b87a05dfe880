"""The composer's "Post to" row shows accounts, not networks (issue 18.2), through the real window.

Each connected account is a chip with its picture (fetched once through the app's one avatar cache
and kept on disk; a monogram when there is none), the network's mark and the handle; Space and a
click choose it; a network with no account is offered once, as "Connect …", which opens the connect
dialog on that network. Screenshots at 1440 x 900 and 1024 x 700 in light, dark, long and
right-to-left pseudo-translation are saved under screenshots/chips-*.png.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from postdesk.core.entities import AccountStatus
from postdesk.core.networks import NETWORK_ORDER, Network
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.ui import theme
from postdesk.ui.composer.account_chips import AVATAR_SIDE
from postdesk.ui.widgets.avatar import name_colour
from postdesk.ui.widgets.avatar_cache import avatar_cache_dir
from tests.fakes.http_fake import FakeHTTPServer
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.real_window import build_test_window
from tests.ui.inbox.test_inbox_conversations import NOW, Pictures

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "systemTrayWindowChanged", "does not support raise")


@pytest.fixture
def pictures() -> Iterator[tuple[Pictures, str]]:
    host = Pictures()
    with FakeHTTPServer(host) as server:
        yield host, server.url


@pytest.fixture
def make(qtbot: Any, paths: Any, qapp: QApplication, pictures: tuple[Pictures, str]) -> Iterator[Any]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    built: list[Any] = []
    _host, url = pictures

    def build() -> Any:
        b = build_test_window(paths, qapp, qtbot, NOW)
        built.append(b)
        accounts = AccountRepository(b.database)
        b.ids = {
            "sky": accounts.add(
                Network.BLUESKY, "lumen.bsky.social", now=NOW, display_name="Lumen Studio", avatar_path=f"{url}/ana.png"
            ).id,
            "masto": accounts.add(Network.MASTODON, "@lumen@photog.social", now=NOW, display_name="Lumen").id,
            "shop": accounts.add(
                Network.MASTODON, "@shop@photog.social", now=NOW, display_name="Shop", avatar_path=f"{url}/dana.png"
            ).id,
            "x": accounts.add(Network.X, "lumenstudio", now=NOW, status=AccountStatus.NEEDS_RECONNECT).id,
        }
        composer = b.panes.composer
        qtbot.waitUntil(lambda: composer.is_loaded, timeout=10_000)
        with qtbot.waitSignal(composer.accounts_reloaded, timeout=10_000):
            composer.reload_accounts()
        b.window.show()
        b.window.show_pane("composer")
        return b

    yield build
    for b in built:
        b.close()
    keyring.set_keyring(previous)
    theme.apply_theme(qapp, "light")


def _avatar_colour(chip: Any) -> QColor:
    """The colour inside the chip's picture, away from the initials and the network badge."""
    image = chip.grab().toImage()
    ratio = image.devicePixelRatio()
    box_left = 1 + 4 - 1  # frame, Space.XS, see AccountChip._lead_rect
    x, y = box_left + 5, chip.height() / 2 - AVATAR_SIDE / 4
    return image.pixelColor(int(x * ratio), int(y * ratio))


def test_accounts_are_chips_and_networks_without_one_offer_to_connect(make: Any, qtbot: Any) -> None:
    b = make()
    targets = b.panes.composer.targets
    row = targets.row
    assert set(row.account_chips) == set(b.ids.values())
    shown = row.visible_widgets()
    names = [w.accessibleName() for w in shown]
    # Accounts in the product's order of networks, then "Connect …" once for each network with none.
    assert names[:4] == [
        "lumen.bsky.social on Bluesky",
        "@lumen@photog.social on Mastodon",
        "@shop@photog.social on Mastodon",
        "lumenstudio on X",
    ]
    without = [n for n in NETWORK_ORDER if n not in (Network.BLUESKY, Network.MASTODON, Network.X)]
    assert names[4:] == [row.connect_chips[n].accessibleName() for n in without]
    assert names[4] == "Connect an account on Threads" and len(names) == 4 + len(without)
    # No network chip of its own while nothing is chosen with no account.
    assert not any(chip.isVisibleTo(row.box) for chip in row.chips.values())
    # An account that must sign in again says so.
    assert "reconnected" in row.account_chips[b.ids["x"]].toolTip()


def test_space_and_a_click_choose_an_account(make: Any, qtbot: Any) -> None:
    b = make()
    composer = b.panes.composer
    chip = composer.targets.row.account_chips[b.ids["sky"]]
    chip.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is chip)
    qtbot.keyClick(chip, Qt.Key.Key_Space)
    assert chip.isChecked() and chip.accessibleName() == "lumen.bsky.social on Bluesky, selected"
    assert composer.tabs.count() == 1 and composer.selected_networks() == [Network.BLUESKY]
    assert [t.account_id for t in composer.current_post().targets] == [b.ids["sky"]]
    qtbot.keyClick(chip, Qt.Key.Key_Space)
    assert not chip.isChecked() and chip.accessibleName() == "lumen.bsky.social on Bluesky"
    assert composer.tabs.count() == 0 and composer.current_post().targets == ()
    qtbot.mouseClick(composer.targets.row.account_chips[b.ids["shop"]], Qt.MouseButton.LeftButton)
    assert [(t.network, t.account_id) for t in composer.current_post().targets] == [(Network.MASTODON, b.ids["shop"])]
    panel = composer.panel(Network.MASTODON)
    assert panel.account_id() == b.ids["shop"]  # the tab's options read this account


def test_pictures_come_once_through_the_shared_cache_and_stay_on_disk(
    make: Any, qtbot: Any, paths: Any, pictures: tuple[Pictures, str]
) -> None:
    host, url = pictures
    b = make()
    row = b.panes.composer.targets.row
    cache = b.panes.inbox.avatars  # one cache for the app: the inbox's
    sky, masto = row.account_chips[b.ids["sky"]], row.account_chips[b.ids["masto"]]
    qtbot.waitUntil(lambda: cache.get(f"{url}/ana.png") is not None, timeout=10_000)
    qtbot.waitUntil(lambda: _avatar_colour(sky) == QColor(220, 40, 90), timeout=10_000)
    assert host.asked["/ana.png"] == 1
    assert len(list(avatar_cache_dir(paths).glob("*.png"))) >= 1
    # No picture: the monogram's colour for the account's name.
    assert _avatar_colour(masto).name() == name_colour("Lumen").name()
    # Remaking the chips (accounts reloaded) asks nothing again.
    with qtbot.waitSignal(b.panes.composer.accounts_reloaded, timeout=10_000):
        b.panes.composer.reload_accounts()
    sky = row.account_chips[b.ids["sky"]]
    assert _avatar_colour(sky) == QColor(220, 40, 90)
    assert host.asked["/ana.png"] == 1


def test_connect_opens_the_connect_dialog_on_that_network(make: Any, qtbot: Any) -> None:
    b = make()
    chip = b.panes.composer.targets.row.connect_chips[Network.TELEGRAM]
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert b.window.current_pane() == "accounts"
    dialog = b.panes.accounts.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.details_title.text() == "Telegram"
    dialog.reject()


def _shoot(b: Any, qtbot: Any, qapp: QApplication, mode: str) -> None:
    composer = b.panes.composer
    row = composer.targets.row
    for key in ("sky", "masto", "shop"):
        qtbot.mouseClick(row.account_chips[b.ids[key]], Qt.MouseButton.LeftButton)
    composer.base_editor.editor(0).setPlainText("New prints are in the shop: come see them this weekend.")
    composer.refresh_now()
    composer.render_all_now()
    cache = b.panes.inbox.avatars
    pictures = [c.picture_url() for c in row.account_chips.values() if c.picture_url()]
    qtbot.waitUntil(lambda: all(cache.get(u) is not None for u in pictures), timeout=10_000)
    SHOTS.mkdir(exist_ok=True)
    for width, height in ((1440, 900), (1024, 700)):
        b.window.resize(width, height)
        qtbot.waitExposed(b.window)
        qtbot.waitUntil(lambda: row.account_chips[b.ids["sky"]].isVisible())
        for _ in range(3):
            qapp.processEvents()
        path = SHOTS / f"chips-composer-{mode}-{width}x{height}.png"
        assert b.window.grab().save(str(path))
        assert path.stat().st_size > 10_000


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
