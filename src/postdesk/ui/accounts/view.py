"""The Accounts pane: connected accounts with their status, and connect / reconnect / disconnect."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QColor, QDesktopServices, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.vault import VaultKind, VaultLocation
from postdesk.core.entities import Account, AccountStatus
from postdesk.core.networks import Network
from postdesk.ui.accounts.connect_dialog import ConnectDialog
from postdesk.ui.accounts.options_dialog import DefaultOptionsDialog
from postdesk.ui.accounts.services import AccountsFacade
from postdesk.ui.accounts.wording import keyring_name, network_name, problem_text, status_text
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.look.marks import network_icon
from postdesk.ui.look.style import Tone, avatar_fill, colours_of, set_banner, set_tone, text_font
from postdesk.ui.look.tokens import AVATAR_TEXT, IconSize, Space, TextRole
from postdesk.ui.vault_dialog import VaultDialog, VaultDialogMode
from postdesk.ui.widgets.bidi import ltr


def avatar_icon(name: str, size: int = IconSize.L) -> QIcon:
    """An initials circle, coloured by a stable hash of the name (`look.style.avatar_fill`)."""
    words = [w for w in name.replace("@", " ").replace(".", " ").split() if w]
    initials = "".join(w[0] for w in words[:2]).upper() or "?"
    colour = QColor(avatar_fill(name))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.4))
    painter.setFont(font)
    painter.setPen(QColor(AVATAR_TEXT))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initials)
    painter.end()
    return QIcon(pixmap)


class AccountsPane(QWidget):
    """Lists accounts and lets the user connect, reconnect and disconnect them.

    Args:
        facade: the accounts facade (the pane's only way to the keyring, store and networks).
        runner: runs blocking facade calls off the UI thread.
        now: the current UTC time (for "expires in" wording).
        open_url: opens a URL in the system browser.
        parent: the parent widget.

    Signals:
        accounts_changed(): an account was added, removed or changed (the composer listens).
    """

    accounts_changed = Signal()

    COLUMNS = 4

    def __init__(
        self,
        facade: AccountsFacade,
        runner: BackgroundRunner,
        *,
        now: Callable[[], datetime],
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("AccountsPane")
        self.setAccessibleName(self.tr("Accounts"))
        self._facade = facade
        self._runner = runner
        self._now = now
        self._open_url = open_url
        self._accounts: list[Account] = []
        # The keyring is only asked about on the worker, by the first load: until then the
        # pane neither shows a keyring problem nor offers Connect.
        self._loaded = False
        self.dialog: ConnectDialog | None = None
        self.vault_dialog: VaultDialog | None = None

        title = QLabel(self.tr("Accounts"))
        title.setObjectName("PaneTitle")
        title.setFont(text_font(TextRole.TITLE, title.font()))
        intro = QLabel(self.tr("Postdesk signs in to each network in your browser."))
        intro.setWordWrap(True)
        # Where sign-ins really are (the keyring's name, or the encrypted file's path): known
        # once the first load asked the vault.
        self.where_label = QLabel()
        self.where_label.setWordWrap(True)
        self.where_label.setAccessibleName(self.tr("Where sign-ins are kept"))
        self.where_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_tone(self.where_label, Tone.MUTED)  # where, not what: quieter than the intro

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("Banner")
        set_banner(self.banner, Tone.WARNING)
        self.banner.setAccessibleName(self.tr("Sign-in storage problem"))
        self.vault_button = QPushButton(self.tr("Use an &encrypted file\u2026"))
        self.vault_button.setAccessibleName(self.tr("Keep sign-ins in an encrypted file"))
        self.vault_button.clicked.connect(self._choose_passphrase)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.vault_button)

        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setAccessibleName(self.tr("Connected accounts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Account"), self.tr("Network"), self.tr("Status"), self.tr("Sign-in expires")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(IconSize.M + Space.L)
        self.table.setIconSize(_icon_size())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self.table.itemActivated.connect(lambda _item: self._reconnect_or_options())

        self.empty_label = QLabel(self.tr("No accounts yet. Click Connect to add one."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setContentsMargins(0, Space.XL, 0, 0)

        self.connect_button = QPushButton(self.tr("&Connect\u2026"))
        self.connect_button.setAccessibleName(self.tr("Connect an account"))
        self.connect_button.clicked.connect(lambda: self.open_connect_dialog())
        self.reconnect_button = QPushButton(self.tr("&Reconnect\u2026"))
        self.reconnect_button.setAccessibleName(self.tr("Reconnect the selected account"))
        self.reconnect_button.clicked.connect(self._reconnect_selected)
        self.options_button = QPushButton(self.tr("Default &options\u2026"))
        self.options_button.setAccessibleName(self.tr("Default options of the selected account"))
        self.options_button.clicked.connect(self._edit_options)
        self.disconnect_button = QPushButton(self.tr("&Disconnect"))
        self.disconnect_button.setAccessibleName(self.tr("Disconnect the selected account"))
        self.disconnect_button.clicked.connect(self._disconnect_selected)
        buttons = QHBoxLayout()
        for button in (self.connect_button, self.reconnect_button, self.options_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.disconnect_button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(Space.XL, Space.L, Space.XL, Space.L)
        layout.setSpacing(Space.M)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.where_label)
        layout.addLayout(banner_row)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        # With no accounts the label takes the table's room, so the pane does not spread out.
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.message)
        self._render()
        self.refresh()

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the accounts (off the UI thread) and show the keyring state."""
        self._runner.submit(self._facade.list_accounts, on_done=self._set_accounts, on_error=self._on_error)

    def _set_accounts(self, accounts: list[Account]) -> None:
        self._loaded = True
        self._accounts = list(accounts)
        self._render()

    def _render(self) -> None:
        problem = self._facade.vault_problem() if self._loaded else None
        self.banner.setVisible(problem is not None)
        self.vault_button.setVisible(problem in (AuthProblem.KEYRING_UNAVAILABLE, AuthProblem.VAULT_LOCKED))
        self.vault_button.setText(
            self.tr("&Unlock\u2026") if problem is AuthProblem.VAULT_LOCKED else self.tr("Use an &encrypted file\u2026")
        )
        self.vault_button.setAccessibleName(
            self.tr("Unlock the encrypted sign-in file")
            if problem is AuthProblem.VAULT_LOCKED
            else self.tr("Keep sign-ins in an encrypted file")
        )
        if problem is not None:
            self.banner.setText(problem_text(problem))
        location = self._facade.vault_location() if self._loaded else None
        self.where_label.setText(self._where_text(location))
        self.where_label.setVisible(location is not None)
        selected = self.selected_account()
        self.table.setRowCount(len(self._accounts))
        for row, account in enumerate(self._accounts):
            name = account.display_name or account.handle
            first = QTableWidgetItem(avatar_icon(name, IconSize.M), self._account_label(account))
            first.setData(Qt.ItemDataRole.UserRole, account.id)
            first.setToolTip(account.handle)
            status = QTableWidgetItem(
                self.tr("Locked") if problem is AuthProblem.VAULT_LOCKED else status_text(account.status)
            )
            if account.status is AccountStatus.NEEDS_RECONNECT:
                status.setForeground(QColor(colours_of(self.palette()).danger))
                bold = status.font()
                bold.setBold(True)
                status.setFont(bold)
            items = [
                first,
                QTableWidgetItem(network_icon(account.network, self.palette()), network_name(account.network)),
                status,
                QTableWidgetItem(self._expiry_text(account)),
            ]
            for column, item in enumerate(items):
                self.table.setItem(row, column, item)
            if selected is not None and account.id == selected.id:
                self.table.selectRow(row)
        self.table.setVisible(bool(self._accounts))
        self.empty_label.setText(
            self.tr("No accounts yet. Click Connect to add one.")
            if problem is None
            else self.tr("No accounts yet. Choose where to keep your sign-ins (above) to connect one.")
        )
        self.empty_label.setVisible(self._loaded and not self._accounts)
        self._sync_buttons()

    def changeEvent(self, event: QEvent) -> None:
        """Follow the theme: marks and the problem colour are drawn for light or dark."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._loaded:
            self._render()

    def _where_text(self, location: VaultLocation | None) -> str:
        """Where sign-ins really are, in words."""
        if location is None:
            return ""
        if location.kind is VaultKind.FILE:
            return self.tr(
                "Sign-ins are kept in the encrypted file {file}, locked with your passphrase; never in plain text."
            ).format(file=location.name)
        keyring = keyring_name(location.backend)
        if keyring is None:  # a keyring Postdesk cannot name: no class name in brackets
            return self.tr("Sign-ins are kept in your system's password keyring, never in Postdesk's own files.")
        return self.tr(
            "Sign-ins are kept in your system's password keyring ({keyring}), never in Postdesk's own files."
        ).format(keyring=keyring)

    @staticmethod
    def _account_label(account: Account) -> str:
        # A left-to-right mark before the handle: its leading "@" stays in front of it in a
        # right-to-left language instead of jumping to its end ("ana_draws@").
        handle = ltr(account.handle)
        if account.display_name and account.display_name != account.handle:
            return f"{account.display_name}  \u2014  {handle}"
        return handle

    def _expiry_text(self, account: Account) -> str:
        expires = account.token_expires_at
        if expires is None:
            return self.tr("Does not expire")
        left = expires - self._now()
        if left.total_seconds() <= 0:
            return self.tr("Expired")
        if left.days >= 2:
            return self.tr("In %n day(s)", "", left.days)
        hours = int(left.total_seconds() // 3600)
        if hours >= 1:
            return self.tr("In %n hour(s)", "", hours)
        return self.tr("In %n minute(s)", "", max(1, int(left.total_seconds() // 60)))

    def selected_account(self) -> Account | None:
        """The selected account, if any."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((a for a in self._accounts if a.id == wanted), None)

    @Slot()
    def _sync_buttons(self) -> None:
        account = self.selected_account()
        usable = self._loaded and self._facade.vault_problem() is None
        self.connect_button.setEnabled(usable)
        self.reconnect_button.setEnabled(usable and account is not None)
        self.options_button.setEnabled(account is not None)
        self.disconnect_button.setEnabled(account is not None)

    # -- actions -------------------------------------------------------------------------------

    def open_connect_dialog(self, reconnect: Account | None = None, network: Network | None = None) -> ConnectDialog:
        """Open the connect dialog (non-modal, so tests and screen readers can reach it), on `network`'s
        page when given (the composer's "Connect …" chips)."""
        dialog = ConnectDialog(
            self._facade,
            lambda url: self._open_url(QUrl(url)),
            network=reconnect.network if reconnect else network,
            reconnect=reconnect,
            parent=self,
            runner=self._runner,
        )
        dialog.connected.connect(self._on_connected)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot(object)
    def _on_connected(self, account: Account) -> None:
        self.message.setText(self.tr("Connected {handle}.").format(handle=account.handle))
        self.accounts_changed.emit()
        self.refresh()

    @Slot()
    def _reconnect_selected(self) -> None:
        account = self.selected_account()
        if account is not None:
            self.open_connect_dialog(reconnect=account)

    def _reconnect_or_options(self) -> None:
        account = self.selected_account()
        if account is not None and account.status is AccountStatus.NEEDS_RECONNECT:
            self.open_connect_dialog(reconnect=account)
        else:
            self._edit_options()

    @Slot()
    def _disconnect_selected(self, confirm: bool = True) -> None:
        account = self.selected_account()
        if account is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Disconnect"),
                self.tr(
                    "Disconnect {handle}? Postdesk asks {network} to revoke its access and forgets the "
                    "sign-in. Posts aimed at this account wait until you connect it again."
                ).format(handle=account.handle, network=network_name(account.network)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.disconnect_account(account.id)

    def disconnect_account(self, account_id: int) -> None:
        """Disconnect without asking (the confirmation has been given)."""
        try:
            future = self._facade.disconnect(account_id)
        except AuthError as exc:
            self._on_error(exc)
            return
        self._watch(future, self._on_disconnected)

    def _on_disconnected(self, revoked: object) -> None:
        self.message.setText(
            self.tr("Disconnected. The network revoked Postdesk's access.")
            if revoked
            else self.tr("Disconnected. The sign-in was deleted from this computer.")
        )
        self.accounts_changed.emit()
        self.refresh()

    @Slot()
    def _edit_options(self) -> None:
        account = self.selected_account()
        if account is None:
            return
        dialog = DefaultOptionsDialog(account, parent=self)
        if dialog.exec():
            options = dialog.options()
            self._runner.submit(
                self._facade.set_default_options,
                account.id,
                options,
                on_done=lambda _account: self.refresh(),
                on_error=self._on_error,
            )

    @Slot()
    def _choose_passphrase(self) -> VaultDialog:
        """Ask for the passphrase: unlock the encrypted file when it is locked, else choose one."""
        locked = self._loaded and self._facade.vault_problem() is AuthProblem.VAULT_LOCKED
        if locked:
            dialog = VaultDialog(
                VaultDialogMode.UNLOCK,
                self._facade.encrypted_file(),
                unlock=self._facade.use_encrypted_vault,
                runner=self._runner,
                parent=self,
            )
            dialog.accepted.connect(self._on_unlocked)
        else:
            dialog = VaultDialog(VaultDialogMode.CHOOSE, self._facade.encrypted_file(), parent=self)
            dialog.accepted.connect(lambda: self.use_passphrase(dialog.chosen_passphrase()))
        dialog.finished.connect(lambda _code: dialog.deleteLater())
        self.vault_dialog = dialog
        dialog.open()
        return dialog

    def _on_unlocked(self) -> None:
        self.message.setText(self.tr("Unlocked. Your accounts can be used again."))
        self.accounts_changed.emit()
        self.refresh()

    def use_passphrase(self, passphrase: str) -> None:
        """Switch to the encrypted file vault with this passphrase (off the UI thread)."""
        self._runner.submit(
            self._facade.use_encrypted_vault,
            passphrase,
            on_done=lambda _none: self._render(),
            on_error=self._on_error,
        )

    # -- plumbing ------------------------------------------------------------------------------

    def _watch(self, future: Future[Any], callback: Callable[[Any], None]) -> None:
        self._runner.watch(future, on_done=callback, on_error=self._on_error)

    def _on_error(self, error: BaseException) -> None:
        code = error.code if isinstance(error, AuthError) else AuthProblem.SERVER_REFUSED
        self.message.setText(problem_text(code))
        self._render()


def _icon_size() -> QSize:
    return QSize(IconSize.M, IconSize.M)
