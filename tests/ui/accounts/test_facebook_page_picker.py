"""The connect dialog's Facebook Page picker: sign in, tick Pages, each becomes an account."""

from __future__ import annotations

from concurrent.futures import Future
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from postdesk.auth.facebook_pages import PageChoice, PagesFound
from postdesk.auth.profiles.base import ClientConfig, Identity, SignInResult
from postdesk.auth.tokens import TokenSet
from postdesk.core.entities import Account, AccountStatus
from postdesk.core.networks import Network
from postdesk.ui.accounts.connect_dialog import ConnectDialog
from postdesk.ui.accounts.services import ConnectRequest
from postdesk.ui.background import BackgroundRunner
from tests.ui.accounts.test_accounts_pane import FakeFacade

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


class PagesFacade(FakeFacade):
    """FakeFacade plus the Facebook steps."""

    def __init__(self) -> None:
        super().__init__()
        self.page_requests: list[ConnectRequest] = []
        self.pages_future: Future[PagesFound] = Future()
        self.added: list[list[str]] = []

    def find_pages(self, request, open_browser):  # type: ignore[no-untyped-def]
        self.page_requests.append(request)
        open_browser("https://www.facebook.com/dialog/oauth?state=s")
        return self.pages_future

    def add_pages(self, found, page_ids):  # type: ignore[no-untyped-def]
        self.added.append(list(page_ids))
        future: Future[list[Account]] = Future()
        future.set_result(
            [
                Account(
                    id=i + 10,
                    network=Network.FACEBOOK,
                    handle=f"Page {p}",
                    display_name="",
                    status=AccountStatus.CONNECTED,
                    created_at=NOW,
                    remote_user_id=p,
                )
                for i, p in enumerate(page_ids)
            ]
        )
        return future


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    runner = BackgroundRunner()
    yield runner
    runner.shutdown()


def _found(*pages: PageChoice) -> PagesFound:
    result = SignInResult(
        client=ClientConfig(client_id="app"),
        tokens=TokenSet(access_token="user-secret"),
        identity=Identity(remote_user_id="77", handle="Rosa"),
        facts={},
    )
    return PagesFound(sign_in=result, pages=pages)


def test_sign_in_then_pick_pages(qtbot, runner) -> None:
    facade = PagesFacade()
    opened: list[str] = []
    dialog = ConnectDialog(facade, opened.append, network=Network.FACEBOOK, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.client_id_edit.isVisible() and dialog.client_secret_edit.isVisible()
    assert dialog.redirect_edit.text() == "http://localhost:8768/callback"
    assert "Page" in dialog.guide_label.text()
    dialog.client_id_edit.setText("1234")
    dialog.client_secret_edit.setText("s3cret")
    dialog.next_button.click()
    assert facade.page_requests[0].client.client_id == "1234" and not facade.requests
    qtbot.waitUntil(lambda: opened == ["https://www.facebook.com/dialog/oauth?state=s"])
    facade.pages_future.set_result(
        _found(
            PageChoice("1010", "Rosa's Bakery", "Bakery", True, "t1"),
            PageChoice("2020", "Rosa Runs", "Sports", True, "t2"),
            PageChoice("3030", "Town Market", "Market", False, "t3"),
        )
    )
    qtbot.waitUntil(lambda: dialog.facebook_pages_list.isVisible())
    assert dialog.facebook_pages_list.count() == 3
    assert not dialog.next_button.isEnabled()  # nothing ticked yet
    locked = dialog.facebook_pages_list.item(2)
    assert not locked.flags() & Qt.ItemFlag.ItemIsEnabled and "cannot create posts" in locked.toolTip()
    dialog.facebook_pages_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.facebook_pages_list.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.next_button.isEnabled() and dialog.next_button.text() == "&Connect"
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "connect-dialog-facebook-pages.png"))
    connected: list[Account] = []
    dialog.connected.connect(connected.append)
    with qtbot.waitSignal(dialog.accepted):
        dialog.next_button.click()
    assert facade.added == [["1010", "2020"]]
    assert [a.remote_user_id for a in connected] == ["1010", "2020"]


def test_no_page_says_what_to_do(qtbot, runner) -> None:
    facade = PagesFacade()
    dialog = ConnectDialog(facade, lambda url: None, network=Network.FACEBOOK, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.client_id_edit.setText("1234")
    dialog.next_button.click()
    facade.pages_future.set_result(_found())
    qtbot.waitUntil(lambda: dialog.facebook_pages_list.isVisible())
    assert "manages no Page" in dialog.facebook_pages_label.text()
    assert not dialog.next_button.isEnabled()
