"""The passphrase dialog: choosing (confirmation, minimum, strength hint) and unlocking at start."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from postdesk.auth.errors import AuthProblem
from postdesk.auth.tokens import TokenSet
from postdesk.auth.vault import (
    FileVault,
    VaultKind,
    activate_file_vault,
    default_vault,
    forget_file_vaults,
)
from postdesk.core.entities import AccountStatus
from postdesk.core.networks import Network
from postdesk.store.db import open_database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.ui import vault_dialog
from postdesk.ui.accounts.services import ServiceFacade
from postdesk.ui.accounts.view import AccountsPane
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.vault_dialog import VaultDialog, VaultDialogMode, unlock_at_start

PASS = "paper lantern river 42"
NOW = datetime(2026, 6, 1, tzinfo=UTC)
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def _no_registered_vaults():  # type: ignore[no-untyped-def]
    forget_file_vaults()
    yield
    forget_file_vaults()


def _choose(qtbot) -> VaultDialog:  # type: ignore[no-untyped-def]
    dialog = VaultDialog(VaultDialogMode.CHOOSE, "/home/maya/.local/share/Postdesk/vault.enc")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_choosing_refuses_a_short_passphrase(qtbot) -> None:
    dialog = _choose(qtbot)
    assert not dialog.ok_button.isEnabled()
    dialog.passphrase.setText("short pass")  # 10 characters
    dialog.confirmation.setText("short pass")
    assert not dialog.ok_button.isEnabled()
    assert "at least 12 characters" in dialog.message.text()
    assert "Too short" in dialog.strength.text() and "10 so far" in dialog.strength.text()
    dialog.ok_button.click()
    assert dialog.result() != VaultDialog.DialogCode.Accepted and dialog.isVisible()


def test_choosing_refuses_a_mismatched_confirmation(qtbot) -> None:
    dialog = _choose(qtbot)
    dialog.passphrase.setText(PASS)
    dialog.confirmation.setText(PASS + "x")
    assert not dialog.ok_button.isEnabled()
    assert "not the same" in dialog.message.text()
    dialog.confirmation.setText(PASS)
    assert dialog.ok_button.isEnabled() and dialog.message.text() == ""
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert dialog.chosen_passphrase() == PASS


def test_choosing_shows_a_strength_hint(qtbot) -> None:
    dialog = _choose(qtbot)
    assert "12 characters" in dialog.strength.text()  # advice before typing
    dialog.passphrase.setText("aaaaaaaaaaaaaaaa")
    weak = dialog.strength.text()
    dialog.passphrase.setText("Paper-Lantern-River-42!")
    strong = dialog.strength.text()
    assert "weak" in weak and "strong" in strong
    assert "length and the kinds of characters" in strong
    SHOTS.mkdir(exist_ok=True)
    dialog.confirmation.setText("Paper-Lantern-River-42!")
    QApplication.processEvents()
    assert dialog.grab().save(str(SHOTS / "vault-choose.png"))


def _drive_when_shown(steps: Callable[[VaultDialog], None]) -> list[QTimer]:
    """Run `steps` on the unlock dialog once `exec()` has shown it (the test is inside exec)."""
    timer = QTimer()
    timer.setInterval(10)

    def look() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, VaultDialog) and w.isVisible()]
        if shown:
            timer.stop()
            steps(shown[0])

    timer.timeout.connect(look)
    timer.start()
    # A guard against a hang if the test is wrong (not a synchronisation): close whatever is open.
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: [w.done(-1) for w in QApplication.topLevelWidgets() if isinstance(w, VaultDialog)])
    guard.start(60_000)
    return [timer, guard]


def _vault_with_an_account(paths) -> tuple[FileVault, int]:  # type: ignore[no-untyped-def]
    """A data directory where the user chose the encrypted file in an earlier run."""
    earlier = FileVault(paths.vault_file)
    earlier.create(PASS)
    account = AccountRepository(open_database(paths)).add(Network.MASTODON, "@maya@social.example", now=NOW)
    earlier.token_vault().save(Network.MASTODON, account.id, TokenSet(access_token="mastodon-token"))
    return activate_file_vault(paths.vault_file), account.id


def test_unlock_at_start_with_the_right_passphrase_makes_the_vault_usable(qtbot, paths) -> None:
    vault, account_id = _vault_with_an_account(paths)
    assert vault.chosen and not vault.unlocked

    def steps(dialog: VaultDialog) -> None:
        dialog.passphrase.setText(PASS)
        dialog.ok_button.click()

    keep = _drive_when_shown(steps)
    assert unlock_at_start(vault) is True
    del keep
    engine_vault = default_vault()  # what the engine uses
    assert engine_vault.location.kind is VaultKind.FILE
    assert engine_vault.load(Network.MASTODON, account_id).access_token == "mastodon-token"  # type: ignore[union-attr]
    facade = ServiceFacade(open_database(paths), paths)
    try:
        assert facade.vault_problem() is None  # no "no keyring" banner after a restart
        assert facade.vault_location().name == str(paths.vault_file)  # type: ignore[union-attr]
    finally:
        facade.close()


def test_no_encrypted_file_means_no_question(qtbot, paths, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[object] = []
    monkeypatch.setattr(vault_dialog, "VaultDialog", lambda *args, **kwargs: asked.append(args))
    vault = activate_file_vault(paths.vault_file)
    assert unlock_at_start(vault) is True
    assert asked == [] and not vault.chosen


def test_wrong_passphrase_says_so_and_the_user_can_retry(qtbot, paths) -> None:
    vault, _account_id = _vault_with_an_account(paths)
    seen: list[str] = []

    def steps(dialog: VaultDialog) -> None:
        def failed(code: str) -> None:
            seen.append(code)
            seen.append(dialog.message.text())
            dialog.passphrase.setText(PASS)
            dialog.ok_button.click()

        dialog.attempt_failed.connect(failed)
        dialog.passphrase.setText("paper lantern river 43")
        dialog.ok_button.click()

    keep = _drive_when_shown(steps)
    assert unlock_at_start(vault) is True
    del keep
    assert seen[0] == AuthProblem.VAULT_PASSPHRASE_WRONG.value
    assert "does not open" in seen[1] and "try again" in seen[1]
    assert vault.unlocked


def test_cancel_starts_locked_and_nothing_is_lost(qtbot, paths) -> None:
    vault, account_id = _vault_with_an_account(paths)
    before = paths.vault_file.read_bytes()
    seen: list[str] = []

    def steps(dialog: VaultDialog) -> None:
        def failed(code: str) -> None:
            seen.append(dialog.message.text())
            SHOTS.mkdir(exist_ok=True)
            dialog.grab().save(str(SHOTS / "vault-unlock-wrong.png"))
            dialog.cancel_button.click()  # "Not now"

        dialog.attempt_failed.connect(failed)
        dialog.passphrase.setText("not my passphrase")
        dialog.ok_button.click()

    keep = _drive_when_shown(steps)
    assert unlock_at_start(vault) is False
    del keep
    assert "does not open" in seen[0]
    assert paths.vault_file.read_bytes() == before  # nothing touched

    # The app starts with the accounts shown as locked, and they can be unlocked from the pane.
    database = open_database(paths)
    facade = ServiceFacade(database, paths)
    runner = BackgroundRunner()
    try:
        pane = AccountsPane(facade, runner, now=lambda: NOW)
        qtbot.addWidget(pane)
        pane.resize(820, 460)
        pane.show()
        qtbot.waitUntil(lambda: pane.table.rowCount() == 1)
        assert facade.vault_problem() is AuthProblem.VAULT_LOCKED
        assert pane.banner.isVisible() and "locked" in pane.banner.text()
        assert pane.vault_button.isVisible() and "Unlock" in pane.vault_button.text()
        assert str(paths.vault_file) in pane.where_label.text()
        assert not pane.connect_button.isEnabled()
        assert pane.table.item(0, 2).text() == "Locked"
        SHOTS.mkdir(exist_ok=True)
        assert pane.grab().save(str(SHOTS / "accounts-vault-locked.png"))
        pane.vault_button.click()
        dialog = pane.vault_dialog
        assert dialog is not None
        dialog.passphrase.setText(PASS)
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: not pane.banner.isVisible())
        assert facade.vault_problem() is None and pane.connect_button.isEnabled()
        assert "encrypted file" in pane.where_label.text()
        assert pane.table.item(0, 2).text() == "Connected"
        assert AccountRepository(database).get(account_id).status is AccountStatus.CONNECTED  # type: ignore[union-attr]
        assert default_vault().load(Network.MASTODON, account_id).access_token == "mastodon-token"  # type: ignore[union-attr]
    finally:
        runner.shutdown()
        facade.close()


def test_choosing_the_file_in_the_pane_is_remembered(qtbot, paths) -> None:
    activate_file_vault(paths.vault_file)
    facade = ServiceFacade(open_database(paths), paths)
    runner = BackgroundRunner()
    try:
        pane = AccountsPane(facade, runner, now=lambda: NOW)
        qtbot.addWidget(pane)
        pane.show()
        qtbot.waitUntil(lambda: pane.banner.isVisible())
        assert facade.vault_problem() is AuthProblem.KEYRING_UNAVAILABLE  # the test keyring fails
        pane.vault_button.click()
        dialog = pane.vault_dialog
        assert dialog is not None and dialog.confirmation.isVisible()
        dialog.passphrase.setText(PASS)
        dialog.confirmation.setText(PASS)
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: not pane.banner.isVisible())
        assert str(paths.vault_file) in pane.where_label.text()
    finally:
        runner.shutdown()
        facade.close()
    # After a restart: the file is there, so Postdesk asks for the passphrase instead of the banner.
    forget_file_vaults()
    assert activate_file_vault(paths.vault_file).chosen
