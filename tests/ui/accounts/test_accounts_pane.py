"""The Accounts pane and the connect dialog, with a fake facade; screenshots to screenshots/."""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.profiles import BROWSER_PROFILES
from postdesk.auth.vault import VaultKind, VaultLocation
from postdesk.core.entities import Account, AccountStatus
from postdesk.core.networks import Network
from postdesk.ui.accounts.connect_dialog import ConnectDialog
from postdesk.ui.accounts.services import ConnectRequest, NetworkNeeds
from postdesk.ui.accounts.view import AccountsPane
from postdesk.ui.background import BackgroundRunner

# The offscreen platform plugin says this whenever a top-level window is shown; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def _account(
    i: int, network: Network, handle: str, status: AccountStatus, expires: timedelta | None, name: str = ""
) -> Account:
    return Account(
        id=i,
        network=network,
        handle=handle,
        display_name=name,
        status=status,
        created_at=NOW,
        token_expires_at=None if expires is None else NOW + expires,
    )


SAMPLE = [
    _account(1, Network.BLUESKY, "maya.bsky.social", AccountStatus.CONNECTED, timedelta(hours=2), "Maya Lin"),
    _account(2, Network.MASTODON, "@maya@social.example", AccountStatus.CONNECTED, None, "Maya"),
    _account(3, Network.X, "mayamakes", AccountStatus.NEEDS_RECONNECT, timedelta(hours=-3), "Maya Makes"),
    _account(4, Network.LINKEDIN, "Maya Lin", AccountStatus.CONNECTED, timedelta(days=41)),
    _account(5, Network.TELEGRAM, "@mayasnotes", AccountStatus.CONNECTED, None, "Maya's notes"),
]


class FakeFacade:
    """Records calls; sign-ins finish when the test resolves the future."""

    def __init__(self, accounts: list[Account] | None = None, problem: AuthProblem | None = None):
        self.accounts = list(accounts or [])
        self.problem = problem
        self.requests: list[ConnectRequest] = []
        self.futures: list[Future[Account]] = []
        self.opened: list[str] = []
        self.disconnected: list[int] = []
        self.passphrases: list[str] = []
        self.options: dict[int, dict] = {}

    def list_accounts(self) -> list[Account]:
        return list(self.accounts)

    def needs(self, network: Network) -> NetworkNeeds | None:
        profile = BROWSER_PROFILES.get(network)
        if profile is None:
            return None
        return NetworkNeeds(
            profile.needs_client_id,
            profile.needs_client_secret,
            profile.fixed_port,
            profile.redirect_path,
            profile.redirect_host,
        )

    def connect(self, request: ConnectRequest, open_browser) -> Future[Account]:  # type: ignore[no-untyped-def]
        if self.problem is not None:
            raise AuthError(self.problem)
        self.requests.append(request)
        future: Future[Account] = Future()
        self.futures.append(future)
        if request.credential_kind is None:
            open_browser("https://auth.example/authorize?state=s")
        return future

    def disconnect(self, account_id: int) -> Future[bool]:
        self.disconnected.append(account_id)
        self.accounts = [a for a in self.accounts if a.id != account_id]
        future: Future[bool] = Future()
        future.set_result(True)
        return future

    def set_default_options(self, account_id: int, options: dict) -> Account:
        self.options[account_id] = options
        account = next(a for a in self.accounts if a.id == account_id)
        return replace(account, default_options=options)

    def vault_problem(self) -> AuthProblem | None:
        return self.problem

    def use_encrypted_vault(self, passphrase: str) -> None:
        self.passphrases.append(passphrase)
        self.problem = None

    def vault_location(self) -> VaultLocation | None:
        if self.problem is not None:
            return None
        if self.passphrases:
            return VaultLocation(VaultKind.FILE, "/home/maya/.local/share/Postdesk/vault.enc")
        return VaultLocation(VaultKind.KEYRING, "GNOME Keyring")

    def encrypted_file(self) -> str:
        return "/home/maya/.local/share/Postdesk/vault.enc"


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    runner = BackgroundRunner()
    yield runner
    runner.shutdown()


def _pane(qtbot, runner, facade, opened=None):  # type: ignore[no-untyped-def]
    pane = AccountsPane(
        facade,
        runner,
        now=lambda: NOW,
        open_url=lambda url: (opened if opened is not None else []).append(url.toString()) or True,
    )
    qtbot.addWidget(pane)
    pane.resize(820, 460)
    pane.show()
    return pane


def _save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    assert widget.grab().save(str(SHOTS / name))


def test_pane_lists_accounts_with_status_and_expiry(qtbot, runner) -> None:
    pane = _pane(qtbot, runner, FakeFacade(SAMPLE))
    qtbot.waitUntil(lambda: pane.table.rowCount() == 5)
    cells = [[pane.table.item(r, c).text() for c in range(4)] for r in range(5)]
    assert cells[0] == ["Maya Lin  \u2014  maya.bsky.social", "Bluesky", "Connected", "In 2 hour(s)"]
    assert cells[1][3] == "Does not expire"
    assert cells[2][2] == "Needs reconnect" and cells[2][3] == "Expired"
    assert cells[3][3] == "In 41 day(s)"
    assert not pane.banner.isVisible()
    assert not pane.reconnect_button.isEnabled()
    pane.table.selectRow(2)
    assert pane.reconnect_button.isEnabled() and pane.disconnect_button.isEnabled()
    for widget in (pane.table, pane.connect_button, pane.reconnect_button, pane.disconnect_button, pane.options_button):
        assert widget.accessibleName()
    _save(pane, "accounts.png")


def test_empty_pane_and_missing_keyring(qtbot, runner) -> None:
    facade = FakeFacade([], problem=AuthProblem.KEYRING_UNAVAILABLE)
    pane = _pane(qtbot, runner, facade)
    qtbot.waitUntil(lambda: pane.empty_label.isVisible())
    assert pane.banner.isVisible() and "encrypted with a passphrase" in pane.banner.text()
    assert not pane.connect_button.isEnabled()
    _save(pane, "accounts-no-keyring.png")
    pane.use_passphrase("a long passphrase")
    qtbot.waitUntil(lambda: not pane.banner.isVisible())
    assert facade.passphrases == ["a long passphrase"] and pane.connect_button.isEnabled()


def test_connect_through_the_browser_and_cancel(qtbot, runner) -> None:
    facade = FakeFacade()
    opened: list[str] = []
    pane = _pane(qtbot, runner, facade, opened)
    dialog = pane.open_connect_dialog()
    qtbot.waitExposed(dialog)
    _save(dialog, "connect-dialog-pick.png")
    x_row = next(
        i
        for i in range(dialog.network_list.count())
        if dialog.network_list.item(i).data(Qt.ItemDataRole.UserRole) == "x"
    )
    dialog.network_list.setCurrentRow(x_row)
    qtbot.keyClick(dialog.network_list, Qt.Key.Key_Return)
    assert dialog.details_title.text() == "X (Twitter)"
    assert dialog.redirect_edit.text() == "http://127.0.0.1:8765/callback"
    assert dialog.client_id_edit.isVisible() and not dialog.client_secret_edit.isVisible()
    dialog.client_id_edit.setText("my-client-id")
    _save(dialog, "connect-dialog-x.png")
    dialog.next_button.click()
    assert facade.requests[0].client.client_id == "my-client-id"
    assert facade.requests[0].client.redirect_port == 8765
    qtbot.waitUntil(lambda: opened == ["https://auth.example/authorize?state=s"])
    assert "browser" in dialog.wait_label.text()
    _save(dialog, "connect-dialog-waiting.png")
    future = facade.futures[0]
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert future.cancelled()


def test_connect_success_refreshes_the_list(qtbot, runner) -> None:
    facade = FakeFacade()
    pane = _pane(qtbot, runner, facade)
    dialog = pane.open_connect_dialog()
    dialog.network_list.setCurrentRow(1)  # Mastodon
    dialog.next_button.click()
    assert dialog.server_edit.isVisible() and not dialog.client_id_edit.isVisible()
    dialog.server_edit.setText("social.example")
    dialog.next_button.click()
    assert facade.requests[0].client.options == {"instance": "social.example"}
    facade.accounts = [SAMPLE[1]]
    with qtbot.waitSignal(pane.accounts_changed):
        facade.futures[0].set_result(SAMPLE[1])
    qtbot.waitUntil(lambda: pane.table.rowCount() == 1)
    assert "Connected @maya@social.example" in pane.message.text()


def test_failed_sign_in_is_worded_and_can_be_retried(qtbot, runner) -> None:
    facade = FakeFacade()
    pane = _pane(qtbot, runner, facade)
    dialog = pane.open_connect_dialog()
    dialog.network_list.setCurrentRow(0)  # Bluesky
    dialog.next_button.click()
    dialog.next_button.click()
    facade.futures[0].set_exception(AuthError(AuthProblem.ACCESS_DENIED))
    qtbot.waitUntil(lambda: dialog.error_label.isVisible())
    assert "chose not to give Postdesk access" in dialog.error_label.text()
    assert dialog.next_button.isVisible()
    _save(dialog, "connect-dialog-error.png")


def test_bluesky_app_password_and_telegram_fields(qtbot, runner) -> None:
    facade = FakeFacade()
    pane = _pane(qtbot, runner, facade)
    dialog = pane.open_connect_dialog()
    dialog.network_list.setCurrentRow(0)
    dialog.next_button.click()
    dialog.mode_password.setChecked(True)
    assert dialog.password_edit.isVisible()
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    assert dialog.next_button.text() == "&Connect"
    dialog.handle_edit.setText("maya.bsky.social")
    dialog.password_edit.setText("abcd-efgh-ijkl-mnop")
    _save(dialog, "connect-dialog-bluesky.png")
    request = dialog.request()
    assert request.credential_kind == "bluesky-app-password"
    assert "abcd" not in repr(request)
    dialog.back_button.click()
    telegram_row = next(
        i
        for i in range(dialog.network_list.count())
        if dialog.network_list.item(i).data(Qt.ItemDataRole.UserRole) == "telegram"
    )
    dialog.network_list.setCurrentRow(telegram_row)
    dialog.next_button.click()
    assert dialog.bot_token_edit.isVisible() and dialog.channel_edit.isVisible()
    _save(dialog, "connect-dialog-telegram.png")
    dialog.close()


def test_reconnect_opens_on_the_account_network(qtbot, runner) -> None:
    pane = _pane(qtbot, runner, FakeFacade(SAMPLE))
    qtbot.waitUntil(lambda: pane.table.rowCount() == 5)
    pane.table.selectRow(2)
    pane.reconnect_button.click()
    dialog = pane.dialog
    assert isinstance(dialog, ConnectDialog)
    assert dialog.details_title.text() == "X (Twitter)"
    assert not dialog.back_button.isEnabled()
    dialog.client_id_edit.setText("cid")
    assert dialog.request().reconnect_id == 3
    dialog.reject()


def test_disconnect_and_default_options(qtbot, runner) -> None:
    facade = FakeFacade(SAMPLE)
    pane = _pane(qtbot, runner, facade)
    qtbot.waitUntil(lambda: pane.table.rowCount() == 5)
    pane.table.selectRow(0)
    with qtbot.waitSignal(pane.accounts_changed):
        pane.disconnect_account(1)
    qtbot.waitUntil(lambda: pane.table.rowCount() == 4)
    assert facade.disconnected == [1]
    assert "revoked" in pane.message.text()
    from postdesk.ui.accounts.options_dialog import DefaultOptionsDialog

    dialog = DefaultOptionsDialog(SAMPLE[1])
    qtbot.addWidget(dialog)
    dialog.preselect.setChecked(True)
    assert dialog.visibility is not None
    dialog.visibility.setCurrentIndex(1)
    assert dialog.options() == {"preselect": True, "visibility": "unlisted"}
