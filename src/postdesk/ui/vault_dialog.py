"""The passphrase dialog of the encrypted sign-in file: choose a passphrase, or unlock at start.

Where no system keyring exists, the user may keep sign-ins in a file encrypted with a passphrase
(`auth.vault.FileVault`). Choosing one asks for it twice and shows how hard it is to guess (a
simple estimate from its length and the kinds of characters in it); a passphrase shorter than
`MIN_PASSPHRASE_LENGTH` cannot be chosen. At start-up, when that file exists, `unlock_at_start`
asks for the passphrase so that the accounts pane and the publishing engine can use the sign-ins;
a wrong passphrase says so and lets the user try again, and "Not now" starts with the accounts
locked (nothing is lost; they can be unlocked later from Accounts).

Opening the file takes a fraction of a second (the key derivation is slow on purpose), so it
runs on a worker thread, never on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.vault import (
    MIN_PASSPHRASE_LENGTH,
    FileVault,
    PassphraseStrength,
    passphrase_problem,
    passphrase_strength,
)
from postdesk.ui.accounts.wording import problem_text
from postdesk.ui.background import BackgroundRunner


class VaultDialogMode(Enum):
    """What the dialog asks for."""

    CHOOSE = "choose"
    UNLOCK = "unlock"


class VaultDialog(QDialog):
    """Asks for the passphrase of the encrypted sign-in file.

    Args:
        mode: CHOOSE a new passphrase (with confirmation and a strength hint), or UNLOCK.
        path: the encrypted file, named in the dialog so the user knows where sign-ins are.
        unlock: in UNLOCK mode, opens the file with a passphrase (raises AuthError); it runs
            on a worker thread.
        runner: the worker to run `unlock` on; the dialog makes its own when None.
        parent: the parent widget.

    Signals:
        attempt_failed(str): an unlock attempt failed; carries the problem code (tests wait on it).
    """

    attempt_failed = Signal(str)

    def __init__(
        self,
        mode: VaultDialogMode,
        path: Path | str,
        *,
        unlock: Callable[[str], None] | None = None,
        runner: BackgroundRunner | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("VaultDialog")
        self._mode = mode
        self._unlock = unlock
        self._own_runner = runner is None
        self._runner = runner or BackgroundRunner(name="postdesk-vault", parent=self)
        self._busy = False
        self.attempts = 0
        self.setModal(True)

        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirmation = QLineEdit()
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation.setAccessibleName(self.tr("Passphrase again"))
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setObjectName("VaultDialogMessage")

        self.buttons = QDialogButtonBox()
        if mode is VaultDialogMode.CHOOSE:
            self.setWindowTitle(self.tr("Keep sign-ins in an encrypted file"))
            self.explanation.setText(
                self.tr(
                    "This computer has no password keyring Postdesk can use. Your sign-ins will be "
                    "kept in the encrypted file {path} instead, locked with a passphrase you choose "
                    "now. Postdesk asks for it each time it starts. If you forget it, nobody can "
                    "open the file: you would connect your accounts again."
                ).format(path=str(path))
            )
            self.ok_button: QPushButton = self.buttons.addButton(
                self.tr("&Use this passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.cancel_button: QPushButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            self.setWindowTitle(self.tr("Unlock your sign-ins"))
            self.explanation.setText(
                self.tr(
                    "Your sign-ins are kept in the encrypted file {path}. Enter its passphrase so "
                    "Postdesk can publish and check your accounts. With \u201cNot now\u201d "
                    "Postdesk starts with your accounts locked: nothing is lost, and you can "
                    "unlock them later in Accounts."
                ).format(path=str(path))
            )
            self.ok_button = self.buttons.addButton(self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.cancel_button = self.buttons.addButton(self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        if mode is VaultDialogMode.CHOOSE:
            form.addRow(self.tr("&Again:"), self.confirmation)
            form.addRow("", self.strength)
        else:
            self.confirmation.hide()
            self.strength.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        self.passphrase.textChanged.connect(self._sync)
        self.confirmation.textChanged.connect(self._sync)
        self._sync()

    # -- choosing ------------------------------------------------------------------------------

    def chosen_passphrase(self) -> str:
        """The passphrase typed (after the dialog was accepted)."""
        return self.passphrase.text()

    def _strength_text(self, text: str) -> str:
        level = passphrase_strength(text)
        if level is PassphraseStrength.TOO_SHORT:
            return self.tr("Too short: use at least %n characters ({typed} so far).", "", MIN_PASSPHRASE_LENGTH).format(
                typed=QLocale().toString(len(text))
            )
        return (
            {
                PassphraseStrength.WEAK: self.tr(
                    "Strength: weak. Easy to guess; make it longer, or mix in capitals, digits or symbols."
                ),
                PassphraseStrength.FAIR: self.tr("Strength: fair. A few more words make it much harder to guess."),
                PassphraseStrength.GOOD: self.tr("Strength: good."),
                PassphraseStrength.STRONG: self.tr("Strength: strong."),
            }[level]
            + " "
            + self.tr("(Estimated from its length and the kinds of characters in it.)")
        )

    def refusal(self) -> str:
        """Why the passphrase cannot be used yet, in words; "" when it can."""
        text = self.passphrase.text()
        if self._mode is VaultDialogMode.UNLOCK:
            return "" if text else self.tr("Enter the passphrase.")
        if passphrase_problem(text) is AuthProblem.PASSPHRASE_TOO_SHORT:
            return self.tr("The passphrase needs at least %n characters.", "", MIN_PASSPHRASE_LENGTH)
        if self.confirmation.text() != text:
            return self.tr("The two passphrases are not the same.")
        return ""

    @Slot()
    def _sync(self) -> None:
        text = self.passphrase.text()
        if self._mode is VaultDialogMode.CHOOSE:
            self.strength.setText(
                self._strength_text(text)
                if text
                else self.tr(
                    "Use at least %n characters; a few unrelated words are easy to remember and hard to guess.",
                    "",
                    MIN_PASSPHRASE_LENGTH,
                )
            )
            refusal = self.refusal()
            # Say why only once the user has typed something it applies to.
            show = refusal if (self.confirmation.text() or len(text) >= MIN_PASSPHRASE_LENGTH) else ""
            self.message.setText(show)
            self.ok_button.setEnabled(not refusal)
        else:
            self.ok_button.setEnabled(bool(text) and not self._busy)

    # -- unlocking -----------------------------------------------------------------------------

    @Slot()
    def _on_ok(self) -> None:
        if self.refusal():
            self.message.setText(self.refusal())
            return
        if self._mode is VaultDialogMode.CHOOSE:
            self.accept()
            return
        if self._busy or self._unlock is None:
            return
        self._busy = True
        self.attempts += 1
        self.passphrase.setEnabled(False)
        self.ok_button.setEnabled(False)
        self.message.setText(self.tr("Opening the encrypted file\u2026"))
        self._runner.submit(self._unlock, self.passphrase.text(), on_done=self._unlocked, on_error=self._failed)

    def _unlocked(self, _result: object) -> None:
        self._busy = False
        self.message.setText("")
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        code = error.code if isinstance(error, AuthError) else AuthProblem.VAULT_CORRUPT
        if code is AuthProblem.VAULT_PASSPHRASE_WRONG:
            self.message.setText(
                self.tr(
                    "That passphrase does not open the encrypted file. Check it and "
                    "try again, or choose \u201cNot now\u201d."
                )
            )
        else:
            self.message.setText(problem_text(code))
        self.passphrase.setEnabled(True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self._sync()
        self.attempt_failed.emit(code.value)

    def reject(self) -> None:
        if self._busy:
            return  # the file is being opened; its answer comes in a moment
        super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        if self._own_runner:
            self._runner.shutdown(wait=False)


def choose_passphrase(path: Path | str, parent: QWidget | None = None) -> str | None:
    """Ask for a new passphrase (twice); the passphrase, or None when the user cancelled."""
    dialog = VaultDialog(VaultDialogMode.CHOOSE, path, parent=parent)
    try:
        return dialog.chosen_passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def unlock_at_start(vault: FileVault, parent: QWidget | None = None) -> bool:
    """At start-up, ask for the passphrase when the user keeps sign-ins in the encrypted file.

    Args:
        vault: the data directory's file vault (`auth.vault.activate_file_vault(paths.vault_file)`).
        parent: the parent widget (None before the main window exists).

    Returns:
        True when the sign-ins are usable (no encrypted file was chosen, or it is now unlocked);
        False when the user chose "Not now": accounts show as locked until unlocked in Accounts.
    """
    if not vault.chosen or vault.unlocked:
        return True
    dialog = VaultDialog(VaultDialogMode.UNLOCK, vault.path, unlock=vault.unlock, parent=parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and vault.unlocked
    finally:
        dialog.deleteLater()
