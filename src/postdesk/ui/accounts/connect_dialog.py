"""The connect dialog: pick a network, give what it needs, sign in; Cancel works at any time."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from postdesk.auth.errors import AuthError, AuthProblem
from postdesk.auth.facebook_pages import PagesFound
from postdesk.auth.profiles.base import ClientConfig
from postdesk.auth.profiles.linkedin_organizations import OrganizationsFound
from postdesk.core.entities import Account
from postdesk.core.networks import NETWORK_ORDER, Network
from postdesk.log import get_logger
from postdesk.ui.accounts.services import (
    BLUESKY_APP_PASSWORD_KIND,
    TELEGRAM_KIND,
    AccountsFacade,
    ConnectRequest,
)
from postdesk.ui.accounts.wording import guide, network_name, problem_text
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.look.style import Tone, set_tone

_log = get_logger("ui.accounts")


class ConnectDialog(QDialog):
    """Connects (or reconnects) an account.

    Args:
        facade: the accounts facade.
        open_browser: opens a URL in the system browser, called on the UI thread.
        network: start on this network's details (used by Reconnect), or None to pick one.
        reconnect: the account being reconnected, or None.
        runner: brings the sign-in's outcome and its browser requests back to the UI thread.
        parent: the parent widget.

    Signals:
        connected(object): the new or reconnected `Account`.
    """

    connected = Signal(object)

    def __init__(
        self,
        facade: AccountsFacade,
        open_browser: Callable[[str], None],
        network: Network | None = None,
        reconnect: Account | None = None,
        parent: QWidget | None = None,
        *,
        runner: BackgroundRunner,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect an account") if reconnect is None else self.tr("Reconnect"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)
        self._facade = facade
        self._open_browser = open_browser
        self._reconnect = reconnect
        self._future: Future[Account] | None = None
        self._runner = runner
        self._network: Network | None = None

        self._pages = QStackedWidget()
        self._pages.addWidget(self._build_pick_page())
        self._pages.addWidget(self._build_details_page())
        self._pages.addWidget(self._build_wait_page())
        self._pages.addWidget(self._build_facebook_pages_page())
        self._pages.addWidget(self._build_linkedin_pages_page())
        self._found: PagesFound | None = None
        self._organizations: OrganizationsFound | None = None

        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self._go_back)
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._go_next)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self._pages, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Cancel, self, activated=self.reject)

        if network is not None:
            self._show_details(network)
        else:
            self._pages.setCurrentIndex(0)
            self._sync_buttons()

    # -- pages -------------------------------------------------------------------------------

    def _build_pick_page(self) -> QWidget:
        page = QWidget()
        label = QLabel(self.tr("Which network do you want to connect?"))
        self.network_list = QListWidget()
        self.network_list.setAccessibleName(self.tr("Networks"))
        for network in NETWORK_ORDER:
            item = QListWidgetItem(network_name(network))
            item.setData(Qt.ItemDataRole.UserRole, network.value)
            self.network_list.addItem(item)
        self.network_list.setCurrentRow(0)
        # Return reaches the default Next button; a double click picks too.
        self.network_list.itemDoubleClicked.connect(lambda _item: self._go_next())
        label.setBuddy(self.network_list)
        layout = QVBoxLayout(page)
        layout.addWidget(label)
        layout.addWidget(self.network_list)
        return page

    def _line(self, name: str, secret: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.returnPressed.connect(self._go_next)
        return edit

    def _build_details_page(self) -> QWidget:
        page = QWidget()
        self.details_title = QLabel()
        font = self.details_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.details_title.setFont(font)
        self.guide_label = QLabel()
        self.guide_label.setWordWrap(True)
        self.guide_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mode_browser = QRadioButton(self.tr("Sign in with the &browser (recommended)"))
        self.mode_password = QRadioButton(self.tr("Use an &app password"))
        self.mode_group = QButtonGroup(self)
        for button in (self.mode_browser, self.mode_password):
            button.setAccessibleName(button.text().replace("&", ""))
            self.mode_group.addButton(button)
            button.toggled.connect(self._sync_fields)
        self.mode_browser.setChecked(True)

        # LinkedIn: post as the member, or as a Page they administer (asks for w_organization_social).
        self.linkedin_as_me = QRadioButton(self.tr("Post as &me"))
        self.linkedin_as_page = QRadioButton(self.tr("Post as a Pa&ge I administer"))
        self.linkedin_group = QButtonGroup(self)
        for button in (self.linkedin_as_me, self.linkedin_as_page):
            button.setAccessibleName(button.text().replace("&", ""))
            self.linkedin_group.addButton(button)
            button.toggled.connect(self._sync_fields)
        self.linkedin_as_me.setChecked(True)
        self.linkedin_page_note = QLabel(
            self.tr(
                "Posting as a Page needs LinkedIn's Community Management API product on your app, "
                "and you must be an administrator of the Page. You will pick the Page after signing in."
            )
        )
        self.linkedin_page_note.setWordWrap(True)

        self.client_id_edit = self._line(self.tr("Client id"))
        self.client_secret_edit = self._line(self.tr("Client secret"), secret=True)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1024, 65535)
        self.port_spin.setAccessibleName(self.tr("Local port"))
        self.port_spin.valueChanged.connect(self._sync_redirect)
        self.redirect_edit = QLineEdit()
        self.redirect_edit.setReadOnly(True)
        self.redirect_edit.setAccessibleName(self.tr("Redirect address to register"))
        self.copy_button = QPushButton(self.tr("Co&py"))
        self.copy_button.setAccessibleName(self.tr("Copy the redirect address"))
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.redirect_edit.text()))
        redirect_row = QHBoxLayout()
        redirect_row.addWidget(self.redirect_edit, 1)
        redirect_row.addWidget(self.copy_button)
        self.redirect_row = QWidget()
        self.redirect_row.setLayout(redirect_row)
        redirect_row.setContentsMargins(0, 0, 0, 0)

        self.server_edit = self._line(self.tr("Server"))
        self.handle_edit = self._line(self.tr("Handle"))
        self.password_edit = self._line(self.tr("App password"), secret=True)
        self.bot_token_edit = self._line(self.tr("Bot token"), secret=True)
        self.channel_edit = self._line(self.tr("Channel"))

        self.form = QFormLayout()
        self.form.addRow(self.tr("Client &id:"), self.client_id_edit)
        self.form.addRow(self.tr("Client &secret:"), self.client_secret_edit)
        self.form.addRow(self.tr("&Port:"), self.port_spin)
        self.form.addRow(self.tr("Redirect address:"), self.redirect_row)
        self.form.addRow(self.tr("Se&rver:"), self.server_edit)
        self.form.addRow(self.tr("&Handle:"), self.handle_edit)
        self.form.addRow(self.tr("App pass&word:"), self.password_edit)
        self.form.addRow(self.tr("Bot &token:"), self.bot_token_edit)
        self.form.addRow(self.tr("&Channel:"), self.channel_edit)

        self.error_label = QLabel()
        self.error_label.setObjectName("ErrorText")
        self.error_label.setWordWrap(True)
        set_tone(self.error_label, Tone.DANGER)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.hide()

        modes = QHBoxLayout()
        modes.addWidget(self.mode_browser)
        modes.addWidget(self.mode_password)
        modes.addStretch(1)
        self.modes_row = QWidget()
        self.modes_row.setLayout(modes)
        modes.setContentsMargins(0, 0, 0, 0)
        linkedin_modes = QHBoxLayout()
        linkedin_modes.addWidget(self.linkedin_as_me)
        linkedin_modes.addWidget(self.linkedin_as_page)
        linkedin_modes.addStretch(1)
        linkedin_modes.setContentsMargins(0, 0, 0, 0)
        self.linkedin_row = QWidget()
        linkedin_column = QVBoxLayout(self.linkedin_row)
        linkedin_column.setContentsMargins(0, 0, 0, 0)
        linkedin_column.addLayout(linkedin_modes)
        linkedin_column.addWidget(self.linkedin_page_note)

        layout = QVBoxLayout(page)
        layout.addWidget(self.details_title)
        layout.addWidget(self.guide_label)
        layout.addWidget(self.modes_row)
        layout.addWidget(self.linkedin_row)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        return page

    def _build_wait_page(self) -> QWidget:
        page = QWidget()
        self.wait_label = QLabel()
        self.wait_label.setWordWrap(True)
        self.wait_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        busy = QProgressBar()
        busy.setRange(0, 0)
        busy.setAccessibleName(self.tr("Waiting for the sign-in"))
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.wait_label)
        layout.addWidget(busy)
        layout.addStretch(1)
        return page

    def _build_facebook_pages_page(self) -> QWidget:
        page = QWidget()
        self.facebook_pages_label = QLabel()
        self.facebook_pages_label.setWordWrap(True)
        self.facebook_pages_list = QListWidget()
        self.facebook_pages_list.setAccessibleName(self.tr("Facebook Pages"))
        self.facebook_pages_list.itemChanged.connect(lambda _item: self._sync_buttons())
        self.facebook_pages_label.setBuddy(self.facebook_pages_list)
        layout = QVBoxLayout(page)
        layout.addWidget(self.facebook_pages_label)
        layout.addWidget(self.facebook_pages_list, 1)
        return page

    def _build_linkedin_pages_page(self) -> QWidget:
        page = QWidget()
        self.linkedin_pages_label = QLabel()
        self.linkedin_pages_label.setWordWrap(True)
        self.linkedin_pages_list = QListWidget()
        self.linkedin_pages_list.setAccessibleName(self.tr("LinkedIn Pages"))
        self.linkedin_pages_list.currentRowChanged.connect(lambda _row: self._sync_buttons())
        self.linkedin_pages_list.itemDoubleClicked.connect(lambda _item: self._go_next())
        self.linkedin_pages_label.setBuddy(self.linkedin_pages_list)
        layout = QVBoxLayout(page)
        layout.addWidget(self.linkedin_pages_label)
        layout.addWidget(self.linkedin_pages_list, 1)
        return page

    def _show_linkedin_pages(self, found: OrganizationsFound) -> None:
        """The LinkedIn Page picker: every Page the member administers; one is picked."""
        self._organizations = found
        self.linkedin_pages_list.clear()
        for choice in found.organizations:
            item = QListWidgetItem(choice.name)
            item.setData(Qt.ItemDataRole.UserRole, choice.urn)
            self.linkedin_pages_list.addItem(item)
        if found.organizations:
            self.linkedin_pages_list.setCurrentRow(0)
        self.linkedin_pages_label.setText(
            self.tr("&Which Page should this account post as?")
            if found.organizations
            else self.tr(
                "You are not an administrator of any LinkedIn Page. Ask an administrator of the Page to "
                "make you one, or connect the account to post as yourself."
            )
        )
        self._pages.setCurrentIndex(4)
        self._sync_buttons()
        self.linkedin_pages_list.setFocus()

    def chosen_organization(self) -> str | None:
        """The URN of the LinkedIn Page picked, or None."""
        item = self.linkedin_pages_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _add_chosen_organization(self) -> None:
        found, urn = self._organizations, self.chosen_organization()
        if found is None or urn is None:
            return
        self.wait_label.setText(self.tr("Saving the Page\u2026"))
        self._pages.setCurrentIndex(2)
        self._sync_buttons()
        future = self._facade.add_organization(found, urn)
        self._future = future
        self._runner.watch(
            future,
            on_done=lambda account: self._on_organization_added(account),
            on_error=lambda error: self._on_finished(None, error),
        )

    def _on_organization_added(self, account: object) -> None:
        self._organizations = None  # the token goes with it
        self._on_finished(account, None)

    def _on_organizations_found(self, found: object) -> None:
        self._future = None
        if isinstance(found, OrganizationsFound):
            self._show_linkedin_pages(found)

    def _show_facebook_pages(self, found: PagesFound) -> None:
        """The Page picker: every Page the person manages, ticked when they may post to it."""
        self._found = found
        self.facebook_pages_list.clear()
        for choice in found.pages:
            text = choice.name if not choice.category else f"{choice.name} \u2014 {choice.category}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, choice.page_id)
            if choice.can_publish:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if len(found.pages) == 1 else Qt.CheckState.Unchecked)
            else:
                item.setText(text + self.tr(" (you cannot create posts on it)"))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("You cannot create posts on this Page (ask an admin to give you that task)."))
            self.facebook_pages_list.addItem(item)
        self.facebook_pages_label.setText(
            self.tr("&Which Pages should Postdesk post to? Each Page becomes its own account.")
            if found.pages
            else self.tr(
                "This Facebook sign-in manages no Page. Create a Page on Facebook, or sign in as "
                "someone who can create content on one, then try again."
            )
        )
        self._pages.setCurrentIndex(3)
        self._sync_buttons()

    def chosen_page_ids(self) -> list[str]:
        """The Pages ticked in the picker, in Facebook's order."""
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.facebook_pages_list.item(i) for i in range(self.facebook_pages_list.count()))
            if item.checkState() is Qt.CheckState.Checked
        ]

    def _add_chosen_pages(self) -> None:
        found, ids = self._found, self.chosen_page_ids()
        if found is None or not ids:
            return
        self.wait_label.setText(self.tr("Saving the Pages\u2026"))
        self._pages.setCurrentIndex(2)
        self._sync_buttons()
        future = self._facade.add_pages(found, ids)
        self._future = future  # type: ignore[assignment]
        self._runner.watch(future, on_done=self._on_pages_added, on_error=lambda error: self._on_finished(None, error))

    def _on_pages_added(self, accounts: object) -> None:
        self._future = None
        self._found = None  # the User token goes with it
        for account in accounts if isinstance(accounts, list) else ():
            self.connected.emit(account)
        self.accept()

    # -- behaviour -----------------------------------------------------------------------------

    def _show_details(self, network: Network) -> None:
        self._network = network
        self.details_title.setText(network_name(network))
        self.guide_label.setText(guide(network))
        if network is Network.LINKEDIN and self._reconnect is not None:
            facts = (self._reconnect.default_options.get("_client") or {}).get("facts") or {}
            (self.linkedin_as_page if facts.get("author_urn") else self.linkedin_as_me).setChecked(True)
        needs = self._facade.needs(network)
        if needs is not None:
            self.port_spin.blockSignals(True)
            self.port_spin.setValue(needs.fixed_port or 8765)
            self.port_spin.blockSignals(False)
        self.error_label.hide()
        self._pages.setCurrentIndex(1)
        self._sync_fields()

    def _set_row(self, field: QWidget, visible: bool) -> None:
        self.form.setRowVisible(field, visible)

    @Slot()
    def _sync_fields(self) -> None:
        network = self._network
        if network is None:
            return
        needs = self._facade.needs(network)
        bluesky = network is Network.BLUESKY
        telegram = network is Network.TELEGRAM
        password_mode = bluesky and self.mode_password.isChecked()
        self.modes_row.setVisible(bluesky)
        self.linkedin_row.setVisible(network is Network.LINKEDIN)
        self.linkedin_page_note.setVisible(self.linkedin_as_page.isChecked())
        self._set_row(self.client_id_edit, bool(needs and needs.client_id))
        self._set_row(self.client_secret_edit, bool(needs and needs.client_secret))
        self._set_row(self.port_spin, bool(needs and needs.fixed_port))
        self._set_row(self.redirect_row, bool(needs and needs.client_id))
        self._set_row(self.server_edit, network is Network.MASTODON or bluesky)
        self._set_row(self.handle_edit, bluesky)
        self._set_row(self.password_edit, password_mode)
        self._set_row(self.bot_token_edit, telegram)
        self._set_row(self.channel_edit, telegram)
        self.server_edit.setPlaceholderText(
            self.tr("mastodon.social") if network is Network.MASTODON else self.tr("https://bsky.social")
        )
        self.handle_edit.setPlaceholderText(self.tr("you.bsky.social"))
        self.channel_edit.setPlaceholderText(self.tr("@yourchannel"))
        self._sync_redirect()
        self._sync_buttons()

    @Slot()
    def _sync_redirect(self) -> None:
        needs = self._facade.needs(self._network) if self._network else None
        if needs is not None:
            port = self.port_spin.value() if needs.fixed_port else None
            self.redirect_edit.setText(needs.redirect_uri(port))

    def _sync_buttons(self) -> None:
        page = self._pages.currentIndex()
        self.back_button.setEnabled(page == 1 and self._reconnect is None)
        self.next_button.setVisible(page != 2)
        self.next_button.setEnabled(
            (page != 3 or bool(self.chosen_page_ids())) and (page != 4 or self.chosen_organization() is not None)
        )
        if page in (3, 4):
            self.next_button.setText(self.tr("&Connect"))
        elif page == 0:
            self.next_button.setText(self.tr("&Next"))
        elif self._network is Network.TELEGRAM or (self._network is Network.BLUESKY and self.mode_password.isChecked()):
            self.next_button.setText(self.tr("&Connect"))
        else:
            self.next_button.setText(self.tr("&Sign in"))

    @Slot()
    def _go_back(self) -> None:
        if self._pages.currentIndex() == 1:
            self._pages.setCurrentIndex(0)
            self._sync_buttons()

    @Slot()
    def _go_next(self) -> None:
        page = self._pages.currentIndex()
        if page == 0:
            item = self.network_list.currentItem()
            if item is not None:
                self._show_details(Network(item.data(Qt.ItemDataRole.UserRole)))
        elif page == 1:
            self._start()
        elif page == 3:
            self._add_chosen_pages()
        elif page == 4:
            self._add_chosen_organization()

    def request(self) -> ConnectRequest:
        """What the user entered, as a connect request."""
        assert self._network is not None
        network = self._network
        reconnect_id = self._reconnect.id if self._reconnect else None
        if network is Network.TELEGRAM:
            return ConnectRequest(
                network,
                credential_kind=TELEGRAM_KIND,
                reconnect_id=reconnect_id,
                fields={"bot_token": self.bot_token_edit.text(), "channel": self.channel_edit.text()},
            )
        if network is Network.BLUESKY and self.mode_password.isChecked():
            return ConnectRequest(
                network,
                credential_kind=BLUESKY_APP_PASSWORD_KIND,
                reconnect_id=reconnect_id,
                fields={
                    "identifier": self.handle_edit.text(),
                    "password": self.password_edit.text(),
                    "server": self.server_edit.text().strip(),
                },
            )
        needs = self._facade.needs(network)
        options: dict[str, str] = {}
        if network is Network.MASTODON:
            options["instance"] = self.server_edit.text().strip()
        if network is Network.BLUESKY:
            if self.server_edit.text().strip():
                options["server"] = self.server_edit.text().strip()
            if self.handle_edit.text().strip():
                options["handle"] = self.handle_edit.text().strip()
        client = ClientConfig(
            client_id=self.client_id_edit.text().strip(),
            client_secret=self.client_secret_edit.text().strip() or None,
            redirect_port=self.port_spin.value() if needs and needs.fixed_port else None,
            options=options,
        )
        return ConnectRequest(network, client=client, reconnect_id=reconnect_id)

    def _start(self) -> None:
        request = self.request()
        self.error_label.hide()
        browser = request.credential_kind is None
        self.wait_label.setText(
            self.tr("Finish signing in with your browser. Postdesk is waiting for it; you can cancel at any time.")
            if browser
            else self.tr("Checking with {network}\u2026").format(network=network_name(request.network))
        )
        self._pages.setCurrentIndex(2)
        self._sync_buttons()
        opener = lambda url: self._runner.call_soon(self._open_browser, url)  # noqa: E731
        if request.network is Network.FACEBOOK and request.credential_kind is None:
            # Facebook: the sign-in lists the person's Pages; the picker stores the chosen ones.
            try:
                pages = self._facade.find_pages(request, opener)
            except AuthError as exc:
                self._show_problem(exc.code)
                return
            self._future = pages  # type: ignore[assignment]
            self._runner.watch(
                pages,
                on_done=lambda found: self._on_pages_found(found),
                on_error=lambda error: self._on_finished(None, error),
            )
            return
        if request.network is Network.LINKEDIN and self.linkedin_as_page.isChecked():
            # LinkedIn as a Page: the sign-in lists the member's Pages; the picker stores one.
            try:
                organizations = self._facade.find_organizations(request, opener)
            except AuthError as exc:
                self._show_problem(exc.code)
                return
            self._future = organizations  # type: ignore[assignment]
            self._runner.watch(
                organizations,
                on_done=self._on_organizations_found,
                on_error=lambda error: self._on_finished(None, error),
            )
            return
        try:
            future = self._facade.connect(request, opener)
        except AuthError as exc:
            self._show_problem(exc.code)
            return
        self._future = future
        # A cancelled sign-in (Cancel closed the dialog) is dropped: there is no one to tell.
        self._runner.watch(
            future,
            on_done=lambda account: self._on_finished(account, None),
            on_error=lambda error: self._on_finished(None, error),
        )

    def _on_pages_found(self, found: object) -> None:
        self._future = None
        if isinstance(found, PagesFound):
            self._show_facebook_pages(found)

    def _on_finished(self, result: object, error: object) -> None:
        self._future = None
        if error is None:
            self.connected.emit(result)
            self.accept()
            return
        if isinstance(error, AuthError):
            if error.code is AuthProblem.CANCELLED and not self.isVisible():
                return
            self._show_problem(error.code)
        else:
            _log.error("Connecting failed: %s", type(error).__name__)
            self._show_problem(AuthProblem.SERVER_REFUSED)

    def _show_problem(self, code: AuthProblem) -> None:
        self.error_label.setText(problem_text(code))
        self.error_label.show()
        self._pages.setCurrentIndex(1)
        self._sync_buttons()

    def show_problem(self, code: AuthProblem) -> None:
        """Show a problem on the details page (used by tests and the pane)."""
        self._show_problem(code)

    def reject(self) -> None:
        """Cancel: abandons a sign-in in progress (its listener closes) and closes the dialog."""
        if self._future is not None:
            self._future.cancel()
            self._future = None
        super().reject()
