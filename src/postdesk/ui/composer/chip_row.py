"""The row of "Post to" chips: the accounts' chips, "Connect …" chips, and each network's own chip.

`ChipRow` makes and places the chip widgets in the product's order of networks (a network's
accounts, then its own chip, then its "Connect …" chip), keeps Tab going from the text through
them, and shows each as it applies. Which accounts are chosen is `TargetsPart`'s business: it
calls `sync` with them.

Behind the account chips, each network keeps its own checkable chip (`chips`): whether the
network is chosen. It shows only for a target with no account (a draft kept from before an account
was connected, or after it was removed), so the user can clear it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from postdesk.core.entities import Target
from postdesk.core.networks import NETWORK_ORDER, Network
from postdesk.ui.composer.account_chips import AccountChip, ConnectChip
from postdesk.ui.composer.card_styles import style_for
from postdesk.ui.composer.service_types import AccountChoice
from postdesk.ui.composer.target_panel import TargetPanel
from postdesk.ui.local_format import format_list
from postdesk.ui.widgets.avatar_cache import AvatarCache
from postdesk.ui.widgets.chip import ChipButton
from postdesk.ui.widgets.flow_layout import FlowLayout

#: Networks whose options belong to one account (boards, locations, a creator's privacy levels):
#: their account chips choose one account at a time.
ONE_ACCOUNT_NETWORKS = frozenset({Network.PINTEREST, Network.GOOGLE_BUSINESS, Network.TIKTOK})


class ChipRow(QObject):
    """The chip widgets of the composer's "Post to" row.

    Args:
        parent: where the row is placed (the pane).

    Attributes:
        box: the row.
        chips: each network's own chip (checked: the network is chosen).
        account_chips: the connected accounts' chips, by account id.
        connect_chips: the "Connect …" chips, by network.

    Signals:
        network_toggled: (Network, bool) a network's own chip was ticked or cleared.
        account_toggled: (AccountChip, bool) the user ticked or cleared an account's chip.
        connect_requested: (Network) the user asked to connect an account of that network.
    """

    network_toggled = Signal(object, bool)
    account_toggled = Signal(object, bool)
    connect_requested = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._avatars: AvatarCache | None = None
        self._accounts: list[AccountChoice] = []
        self._tab_ends: tuple[QWidget, QWidget] | None = None
        self._row: list[QWidget] = []
        self._syncing = False
        self.box = QWidget(parent)
        self.box.setAccessibleName(self.tr("Accounts to post to"))
        self._flow = FlowLayout(self.box, spacing=6)
        self.chips: dict[Network, ChipButton] = {}
        self.account_chips: dict[int, AccountChip] = {}
        self.connect_chips: dict[Network, ConnectChip] = {}
        for network in NETWORK_ORDER:
            style = style_for(network)
            chip = ChipButton(style.name, QColor(style.accent_light), self.box)
            chip.setAccessibleName(self.tr("Post to {network}").format(network=style.name))
            chip.setToolTip(
                self.tr("{network}, with no account: a draft only. Connect an account to publish.").format(
                    network=style.name
                )
            )
            chip.toggled.connect(lambda on, n=network: self.network_toggled.emit(n, on))
            self.chips[network] = chip
            connect = ConnectChip(network, self.box)
            connect.clicked.connect(lambda _=False, n=network: self.connect_requested.emit(n))
            self.connect_chips[network] = connect
        self._lay_out()

    def set_accounts(self, accounts: Sequence[AccountChoice]) -> None:
        """Make one chip per account (the chips are remade; `sync` ticks them)."""
        self._accounts = list(accounts)
        self._make_account_chips()

    def set_avatar_cache(self, cache: AvatarCache | None) -> None:
        """Where the account chips' pictures come from (the app's one cache, shared with the inbox)."""
        self._avatars = cache
        self._make_account_chips()

    def _make_account_chips(self) -> None:
        for chip in self.account_chips.values():
            chip.hide()
            chip.deleteLater()
        self.account_chips = {}
        for account in self._accounts:
            chip = AccountChip(account, self._avatars, self.box)
            chip.toggled.connect(lambda on, c=chip: None if self._syncing else self.account_toggled.emit(c, on))
            self.account_chips[account.id] = chip
        self._lay_out()

    def _lay_out(self) -> None:
        """Place the chips in the product's order of networks: accounts, own chip, "Connect …"."""
        while self._flow.count():
            self._flow.takeAt(0)
        row: list[QWidget] = []
        for network in NETWORK_ORDER:
            row += [c for c in self.account_chips.values() if c.network is network]
            row += [self.chips[network], self.connect_chips[network]]
        for widget in row:
            self._flow.addWidget(widget)
        self._row = row
        self._flow.invalidate()
        self._chain_tabs()

    def widgets(self) -> list[QWidget]:
        """The chips in the order they are shown and Tab reaches them (hidden ones included)."""
        return list(self._row)

    def visible_widgets(self) -> list[QWidget]:
        """The chips shown, in order."""
        return [w for w in self._row if not w.isHidden()]

    def set_tab_neighbours(self, before: QWidget, after: QWidget) -> None:
        """Tab goes from `before` through the chips to `after` (kept when the chips are remade)."""
        self._tab_ends = (before, after)
        self._chain_tabs()

    def _chain_tabs(self) -> None:
        if self._tab_ends is None:
            return
        before, after = self._tab_ends
        for first, second in itertools.pairwise([before, *self._row, after]):
            QWidget.setTabOrder(first, second)

    def sync(self, chosen: Callable[[Network], list[int]]) -> None:
        """Tick the chips of the `chosen` accounts; show each network's own and "Connect …" chips
        as they apply (own chip: chosen with no account; "Connect …": no account connected)."""
        self._syncing = True
        try:
            for chip in self.account_chips.values():
                chip.setChecked(chip.account.id in chosen(chip.network))
        finally:
            self._syncing = False
        has_account = {Network(a.network) for a in self._accounts}
        for network in NETWORK_ORDER:
            self.chips[network].setVisible(self.chips[network].isChecked() and not chosen(network))
            self.connect_chips[network].setVisible(network not in has_account)

    def set_enabled(self, locked: set[Network], editable: bool) -> None:
        """A chip of a target that went out cannot be cleared; none while the post cannot be edited."""
        for network, chip in self.chips.items():
            chip.setEnabled(editable and network not in locked)
        for account_chip in self.account_chips.values():
            account_chip.setEnabled(editable and account_chip.network not in locked)


def accounts_words(network: Network, chosen: list[int], accounts: Sequence[AccountChoice]) -> str:
    """Which accounts a network's tab posts as, in words."""
    labels: Mapping[int, str] = {a.id: a.label or a.display_name for a in accounts}
    names = [labels[a] for a in chosen if a in labels]
    if names:
        return format_list(names)
    if any(a.network == network.value for a in accounts):
        return QCoreApplication.translate("ChipRow", "No account chosen yet: choose one above (a draft until then).")
    return QCoreApplication.translate("ChipRow", "No {network} account connected: a draft only.").format(
        network=style_for(network).name
    )


def add_account_line(panel: TargetPanel) -> QLabel:
    """Put a line saying which accounts the tab posts as where its account picker was (hidden: the
    chips choose the accounts)."""
    line = QLabel(panel)
    line.setWordWrap(True)
    line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    line.setAccessibleName(
        QCoreApplication.translate("ChipRow", "{network} accounts this post goes to").format(network=panel.style_.name)
    )
    for form in panel.findChildren(QFormLayout):
        if form.indexOf(panel.account_combo) >= 0:
            form.setRowVisible(panel.account_combo, False)
            form.insertRow(0, QCoreApplication.translate("ChipRow", "Posting as:"), line)
            break
    return line


def accounts_by_network(targets: Sequence[Target]) -> dict[Network, list[int]]:
    """The accounts of `targets`, by network, in the targets' order (none twice)."""
    out: dict[Network, list[int]] = {}
    for target in targets:
        ids = out.setdefault(target.network, [])
        if target.account_id is not None and target.account_id not in ids:
            ids.append(target.account_id)
    return out


def point_panel_at(panel: TargetPanel, account_id: int) -> None:
    """Make `account_id` the tab's account (its options' pickers read it) without a change signal."""
    if panel.account_id() != account_id:
        with QSignalBlocker(panel.account_combo):
            panel.account_combo.setCurrentIndex(panel.account_model.row_of(account_id))
        panel.opts.set_account(panel.account_id())
