"""The targets part of the composer: the "Post to" chips and one tab (a `TargetPanel`) per chosen network.

The chips are accounts, not networks (issue 18.2): one `AccountChip` per connected account (picture,
network mark, handle), and one "Connect …" chip for each network with no account. Choosing two
accounts of one network gives the post one target per account (issue 13.10); they share the
network's tab: its own text, options, counter and preview, since they count and look alike. The
first account chosen is the tab's account (the one per-account pickers read); where the options are
the account's own (a Pinterest board, a Business Profile location, a TikTok creator's privacy
levels) one account at a time is chosen (`ONE_ACCOUNT_NETWORKS`), so nothing is refused at publish
time for options picked for another account. The chips themselves are `chip_row.ChipRow`'s.

It owns which targets are chosen, their panels (created on first use and kept while the pane lives,
so an override survives a chip switched off and on), the tab titles, and what every panel is told
alike: the accounts, the media relay, the engine's pickers (boards, locations, subreddits, creator
info) and the main text. It says what the user did through its signals; it never saves or renders.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from PySide6.QtCore import QObject, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QWidget

from postdesk.core.entities import Target
from postdesk.core.networks import NETWORK_ORDER, THREAD_NETWORKS, Network
from postdesk.core.threads import split_thread
from postdesk.ui.composer.account_chips import AccountChip
from postdesk.ui.composer.card_styles import style_for
from postdesk.ui.composer.chip_row import (
    ONE_ACCOUNT_NETWORKS,
    ChipRow,
    accounts_by_network,
    accounts_words,
    add_account_line,
    point_panel_at,
)
from postdesk.ui.composer.google_business_options import LocationSource
from postdesk.ui.composer.pinterest_options import BoardSource
from postdesk.ui.composer.reddit_options import SubredditSource
from postdesk.ui.composer.service_types import AccountChoice
from postdesk.ui.composer.target_panel import TargetPanel
from postdesk.ui.composer.target_status import shipped_networks
from postdesk.ui.composer.tiktok_options import CreatorSource
from postdesk.ui.widgets.avatar_cache import AvatarCache
from postdesk.ui.widgets.fill_parent import fill_parent


class TargetsPart(QObject):
    """The chosen networks and their panels.

    Args:
        chips_parent: where the chip row is placed (the pane); `build_tabs` places the tabs.

    Attributes:
        row: the chips (`ChipRow`); chip_box: its widget.
        chips: each network's own chip (whether it is chosen; shown for a target with no account).
        tabs: one tab per chosen network.

    Signals:
        chip_toggled: (Network, bool) the user switched a network on or off.
        connect_requested: (Network) the user asked to connect an account of that network.
        panel_changed: (Network) the user changed something of that target.
        split_requested: (Network, numbering) a target's own text asked to be split into a thread.
        hand_off_changed: (Network, bool) "Let <network> publish it" was ticked or cleared.
        files_dropped: files were dropped on a target's own text.
        assets_dropped: media library assets were dropped on a target's own text.
        current_changed: another tab was shown.
    """

    chip_toggled = Signal(object, bool)
    connect_requested = Signal(object)
    panel_changed = Signal(object)
    split_requested = Signal(object, bool)
    hand_off_changed = Signal(object, bool)
    files_dropped = Signal(list)
    assets_dropped = Signal(list)
    current_changed = Signal()

    def __init__(self, chips_parent: QWidget) -> None:
        super().__init__(chips_parent)
        self._panels: dict[Network, TargetPanel] = {}
        self._scrolls: dict[Network, QScrollArea] = {}
        self._accounts: list[AccountChoice] = []
        self._relay = False  # told by the app (Settings > Media relay)
        self._boards: BoardSource | None = None  # Pinterest's boards, from the engine
        self._locations: LocationSource | None = None  # Google Business Profile locations
        self._subreddits: SubredditSource | None = None  # Reddit's subscriptions and rules
        self._creators: CreatorSource | None = None  # TikTok's creator info, from the engine
        self._chosen: dict[Network, list[int]] = {n: [] for n in NETWORK_ORDER}  # first: the tab's account
        self._account_lines: dict[Network, QLabel] = {}

        self.row = ChipRow(chips_parent)
        self.chip_box = self.row.box
        self.chips = self.row.chips
        self.row.network_toggled.connect(self._on_network_chip)
        self.row.account_toggled.connect(self._on_account_chip)
        self.row.connect_requested.connect(self.connect_requested)

    def build_tabs(self, parent: QWidget) -> QTabWidget:
        """Make the tabs in `parent` (after the text side, so Tab reaches the text first)."""
        self.tabs = QTabWidget(parent)
        self.tabs.setAccessibleName(self.tr("Networks chosen for this post"))
        self.tabs.tabBar().setAccessibleName(self.tr("Chosen networks: pick one to see its preview"))
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.currentChanged.connect(lambda _index: self.current_changed.emit())
        self.tabs.setMinimumWidth(300)
        self._empty_hint = QLabel(
            self.tr("Choose where to post with the buttons above. You can write first and choose later."),
            self.tabs,
        )
        self._empty_hint.setWordWrap(True)
        self._empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty_hint.setMargin(24)
        fill_parent(self._empty_hint)  # follows the tabs' size, so a long hint is never cut off
        return self.tabs

    # -- panels ------------------------------------------------------------------------------

    def panel(self, network: Network) -> TargetPanel:
        """The panel of `network` (created on first use and kept while the pane lives)."""
        panel = self._panels.get(network)
        if panel is None:
            panel = TargetPanel(network)
            panel.set_publishing(shipped_networks(), relay=self._relay, relay_setup=True)
            panel.set_accounts(self._accounts)
            self._account_lines[network] = add_account_line(panel)
            panel.changed.connect(lambda n=network: self._on_panel_changed(n))
            panel.split_requested.connect(lambda numbering, n=network: self.split_requested.emit(n, numbering))
            panel.override_editor.files_dropped.connect(self.files_dropped)
            panel.override_editor.assets_dropped.connect(self.assets_dropped)
            panel.hand_off_changed.connect(lambda on, n=network: self.hand_off_changed.emit(n, on))
            self._give_sources(panel)
            self._panels[network] = panel
        return panel

    def panels(self) -> dict[Network, TargetPanel]:
        """Every panel made so far (chosen or not), by network."""
        return dict(self._panels)

    def has_panel(self, network: Network) -> bool:
        """Whether `network`'s panel was made (it keeps its text while its chip is off)."""
        return network in self._panels

    def selected_networks(self) -> list[Network]:
        """The chosen networks, in the product's order."""
        return [n for n in NETWORK_ORDER if self.chips[n].isChecked()]

    def current_panel(self) -> TargetPanel | None:
        """The panel of the visible tab."""
        widget = self.tabs.currentWidget()
        if isinstance(widget, QScrollArea):
            panel = widget.widget()
            return panel if isinstance(panel, TargetPanel) else None
        return None

    def _scroll_for(self, panel: TargetPanel) -> QScrollArea:
        scroll = self._scrolls.get(panel.network)
        if scroll is None:
            # Owned by the tab widget even while its tab is removed, so the panel (and the
            # override text in it) lives on when a chip is switched off and on again.
            scroll = QScrollArea(self.tabs)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            # The panel reflows to the width it gets; only vertical scrolling makes sense.
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(panel)
            scroll.setAccessibleName(self.tr("{network}: text, options and preview").format(network=panel.style_.name))
            scroll.hide()
            self._scrolls[panel.network] = scroll
        return scroll

    def show_tab(self, network: Network, on: bool, *, select: bool) -> bool:
        """Add or remove `network`'s tab to match its chip; return whether a tab was added.

        Args:
            select: show the added tab (not while a stored post is being filled in).
        """
        scroll = self._scroll_for(self.panel(network))
        index = self.tabs.indexOf(scroll)
        added = False
        if on and index < 0:
            position = sum(1 for n in NETWORK_ORDER[: NETWORK_ORDER.index(network)] if self.chips[n].isChecked())
            self.tabs.insertTab(position, scroll, style_for(network).name)
            added = True
            if select:
                self.tabs.setCurrentIndex(position)
        elif not on and index >= 0:
            self.tabs.removeTab(index)
        self.sync_placeholder()
        return added

    def set_chosen(self, network: Network, on: bool) -> None:
        """Tick or clear `network`'s chip without the `chip_toggled` signal (its tab's account is chosen)."""
        with QSignalBlocker(self.chips[network]):
            self.chips[network].setChecked(on)
        account = self._panels[network].account_id() if on and network in self._panels else None
        self._chosen[network] = [account] if account is not None else []
        self._sync_chips()

    def sync_placeholder(self) -> None:
        """Show the "choose where to post" hint over the tabs while none is chosen."""
        empty = self.tabs.count() == 0
        self._empty_hint.setVisible(empty)
        if empty:
            self._empty_hint.setGeometry(self.tabs.rect())

    def update_tab_title(self, network: Network) -> None:
        """Bring `network`'s tab title (network and counter) up to date; relayout only on a real change."""
        panel = self._panels[network]
        index = self.tabs.indexOf(self._scroll_for(panel))
        title = panel.tab_title()
        if index >= 0 and self.tabs.tabText(index) != title:
            self.tabs.setTabText(index, title)
            self.tabs.setTabToolTip(index, panel.counter.accessibleName())

    def thread_limit(self) -> tuple[Network, int | None]:
        """The network a split main text is made for (the chosen thread network with the smallest
        limit, X when none is chosen) and its account's own limit."""
        candidates = [n for n in self.selected_networks() if n in THREAD_NETWORKS] or [Network.X]

        def limit(n: Network) -> int:
            panel = self._panels.get(n)
            status = panel.status() if panel else None
            return status.measures[0].limit if status and status.measures else 10**6

        network = min(candidates, key=limit)
        panel = self._panels.get(network)
        return network, panel.max_chars() if panel else None

    def split_override(self, network: Network, numbering: bool) -> None:
        """Split `network`'s own text into a thread the way it counts."""
        panel = self.panel(network)
        text = "\n\n".join(p for p in panel.override_editor.parts() if p.strip())
        parts = split_thread(text, network, numbering=numbering, max_chars=panel.max_chars()) or [""]
        panel.override_editor.set_parts(parts)

    # -- accounts chosen ---------------------------------------------------------------------

    def chosen_accounts(self, network: Network) -> list[int]:
        """The accounts of `network` the post goes to (the first is its tab's account)."""
        return list(self._chosen[network]) if self.chips[network].isChecked() else []

    def targets(self) -> tuple[Target, ...]:
        """The post's targets as the widgets describe them: one per chosen account (or one with none).

        The accounts of one network share their tab's text and options.
        """
        out: list[Target] = []
        for network in self.selected_networks():
            target = self.panel(network).target()
            ids = self.chosen_accounts(network)
            if target.account_id not in ids:
                ids = [target.account_id] if target.account_id is not None else []
            out.append(target)
            out.extend(replace(target, account_id=a, options=dict(target.options)) for a in ids[1:])
        return tuple(out)

    def bare_targets(self, networks: Iterable[Network]) -> tuple[Target, ...]:
        """`networks` with their chosen accounts and nothing else (a new post keeps where it goes)."""
        out: list[Target] = []
        for network in networks:
            ids = self.chosen_accounts(network) or [self.panel(network).account_id()]
            out.extend(Target(network=network, account_id=a) for a in ids)
        return tuple(out)

    def load_accounts(self, targets: Sequence[Target]) -> None:
        """Choose the accounts of the stored `targets` (after their networks' chips were set)."""
        by_network = accounts_by_network(targets)
        for network in NETWORK_ORDER:
            ids = by_network.get(network, []) if self.chips[network].isChecked() else []
            self._chosen[network] = ids
            if ids:
                point_panel_at(self.panel(network), ids[0])
        self._sync_chips()

    def _on_account_chip(self, chip: AccountChip, on: bool) -> None:
        network, account_id = chip.network, chip.account.id
        ids = [a for a in self.chosen_accounts(network) if a != account_id]
        if on:
            ids = [account_id] if network in ONE_ACCOUNT_NETWORKS else [*ids, account_id]
        self._chosen[network] = ids
        if ids:
            point_panel_at(self.panel(network), ids[0])
        if bool(ids) != self.chips[network].isChecked():
            self.chips[network].setChecked(bool(ids))  # shows or hides the tab (`chip_toggled`)
        else:
            self._sync_chips()
            self.panel_changed.emit(network)  # another account of a chosen network: save

    def _on_network_chip(self, network: Network, on: bool) -> None:
        if not on:
            self._chosen[network] = []
        elif not self._chosen[network]:
            account = self.panel(network).account_id()
            self._chosen[network] = [account] if account is not None else []
        self._sync_chips()
        self.chip_toggled.emit(network, on)

    def _on_panel_changed(self, network: Network) -> None:
        # The tab's account may have been picked in the panel itself: it leads the chosen accounts.
        account = self._panels[network].account_id()
        ids = self._chosen[network]
        if self.chips[network].isChecked() and (not ids or ids[0] != account):
            rest = [a for a in ids[1:] if a != account]
            self._chosen[network] = [account, *rest] if account is not None else []
            self._sync_chips()
        self.panel_changed.emit(network)

    def _sync_chips(self) -> None:
        """Tick the chips of the chosen accounts and say in each tab which accounts it posts as."""
        self.row.sync(self.chosen_accounts)
        for network, line in self._account_lines.items():
            line.setText(accounts_words(network, self.chosen_accounts(network), self._accounts))

    def set_avatar_cache(self, cache: AvatarCache | None) -> None:
        """Where the account chips' pictures come from (the app's one cache, shared with the inbox)."""
        self.row.set_avatar_cache(cache)
        self._sync_chips()

    # -- what every panel is told alike ------------------------------------------------------

    def set_base_parts(self, parts: tuple[str, ...]) -> None:
        """Tell every panel the main text (it starts and resets an override)."""
        for panel in self._panels.values():
            panel.set_base_parts(parts)

    def set_accounts(self, accounts: tuple[AccountChoice, ...] | list[AccountChoice]) -> bool:
        """Show `accounts` as chips and offer them to every panel; return whether a target lost its
        account (it was removed)."""
        before = {n: p.account_id() for n, p in self._panels.items()}
        chosen_before = {n: list(ids) for n, ids in self._chosen.items()}
        self._accounts = list(accounts)
        known = {a.id for a in self._accounts}
        for network, ids in self._chosen.items():
            self._chosen[network] = [a for a in ids if a in known]
        for panel in self._panels.values():
            panel.set_accounts(self._accounts)
        self.row.set_accounts(self._accounts)
        self._sync_chips()
        lost = any(p.account_id() != before[n] for n, p in self._panels.items())
        return lost or self._chosen != chosen_before

    def accounts(self) -> list[AccountChoice]:
        """The connected accounts as last told."""
        return list(self._accounts)

    def set_relay(self, configured: bool) -> None:
        """Whether a media relay is set up: validation lets relay-only media (Threads...) through then."""
        self._relay = configured
        for panel in self._panels.values():
            panel.set_publishing(shipped_networks(), relay=configured, relay_setup=True)

    def set_board_source(self, source: BoardSource | None) -> None:
        """Where the Pinterest board and section pickers read boards."""
        self._boards = source
        for panel in self._panels.values():
            if panel.pinterest is not None:
                panel.pinterest.set_source(source)

    def set_location_source(self, source: LocationSource | None) -> None:
        """Where the Google Business Profile location picker reads locations."""
        self._locations = source
        for panel in self._panels.values():
            if panel.google_business is not None:
                panel.google_business.set_source(source)

    def set_subreddit_source(self, source: SubredditSource | None) -> None:
        """Where the Reddit pickers read subscriptions and subreddit rules."""
        self._subreddits = source
        for panel in self._panels.values():
            if panel.reddit is not None:
                panel.reddit.set_source(source)

    def set_creator_source(self, source: CreatorSource | None) -> None:
        """Where the TikTok options read each account's creator info."""
        self._creators = source
        for panel in self._panels.values():
            if panel.tiktok is not None:
                panel.tiktok.set_source(source)

    def _give_sources(self, panel: TargetPanel) -> None:
        if panel.pinterest is not None:
            panel.pinterest.set_source(self._boards)
        if panel.google_business is not None:
            panel.google_business.set_source(self._locations)
        if panel.reddit is not None:
            panel.reddit.set_source(self._subreddits)
        if panel.tiktok is not None:
            panel.tiktok.set_source(self._creators)

    def apply_locks(self, locked: set[Network], editable: bool) -> None:
        """Make the `locked` targets read-only; a chip of a target that went out cannot be cleared."""
        for network, panel in self._panels.items():
            panel.set_locked(network in locked)
        self.row.set_enabled(locked, editable)
