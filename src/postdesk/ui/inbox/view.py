"""The inbox pane: one threaded list across accounts, filters, and a reply box.

The pane never touches the disk or the network on the UI thread: store reads and read-state
writes go to a `BackgroundRunner`; syncing and replying go to the engine through an injected
`submit(fn, *args, name=...)` (e.g. `EngineHost.submit`) whose future is resolved back here
through a queued signal.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Coroutine
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from postdesk.core.entities import Account, AccountStatus
from postdesk.core.networks import display_name
from postdesk.core.text import measure
from postdesk.engine.events import EngineEvent, InboxUpdated
from postdesk.platforms.base import AdapterError, AuthExpired, RateLimited, Rejected, Transient
from postdesk.platforms.inbox import INBOX_STATES
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.inbox import (
    Conversation,
    InboxEntry,
    InboxFilter,
    InboxRepository,
    ReplyState,
)
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.composer.activity import describe_reason, is_problem_code
from postdesk.ui.inbox.delegate import InboxDelegate
from postdesk.ui.inbox.models import EntryRole, InboxModel
from postdesk.ui.widgets.avatar_cache import AvatarCache
from postdesk.ui.widgets.counter import CounterLabel, counter_level
from postdesk.ui.widgets.empty_state import EmptyState

#: Runs a coroutine function on the engine loop: submit(fn, *args, name=None) -> Future.
Submit = Callable[..., Future[Any]]


@dataclass(frozen=True, slots=True)
class InboxActions:
    """What the pane asks of the engine (coroutine functions run through `Submit`).

    Attributes:
        sync_now: `InboxSync.sync_now` (account id or None).
        reply: `InboxSync.reply` (item id, text, request key).
        like: `InboxSync.like` (item id); None: no liking.
        like_networks: `InboxSync.like_networks`, a plain function called on the pane's worker:
            the networks whose adapter can like (the Like button shows only for those).
        delete_reply: `InboxSync.delete_reply` (item id); None: no deleting.
        delete_reply_networks: `InboxSync.delete_reply_networks` (called on the worker).
        hide: `InboxSync.hide` (item id); None: no hiding.
        hide_networks: `InboxSync.hide_networks` (called on the worker).
        mark_seen: `InboxSync.mark_seen` (account id or None), asked when the pane is opened,
            on "Mark all read" and after marking an item read (Reddit is told item by item);
            None: local read state only.
        delete_comment: `InboxSync.delete_comment` (item id); None: no deleting others' comments.
        delete_comment_networks: `InboxSync.delete_comment_networks` (called on the worker).
    """

    sync_now: Callable[..., Coroutine[Any, Any, Any]]
    reply: Callable[..., Coroutine[Any, Any, Any]]
    like: Callable[..., Coroutine[Any, Any, Any]] | None = None
    like_networks: Callable[[], frozenset[str]] | None = None
    delete_reply: Callable[..., Coroutine[Any, Any, Any]] | None = None
    delete_reply_networks: Callable[[], frozenset[str]] | None = None
    hide: Callable[..., Coroutine[Any, Any, Any]] | None = None
    hide_networks: Callable[[], frozenset[str]] | None = None
    mark_seen: Callable[..., Coroutine[Any, Any, Any]] | None = None
    delete_comment: Callable[..., Coroutine[Any, Any, Any]] | None = None
    delete_comment_networks: Callable[[], frozenset[str]] | None = None

    def capable(self) -> dict[str, tuple[Callable[[], frozenset[str]] | None, Any]]:
        """{action: (networks function, action)} for the network actions offered."""
        return {
            "like": (self.like_networks, self.like),
            "delete_reply": (self.delete_reply_networks, self.delete_reply),
            "hide": (self.hide_networks, self.hide),
            "delete_comment": (self.delete_comment_networks, self.delete_comment),
        }


class ConversationView(QTreeView):
    """The inbox's list: rows drawn by `InboxDelegate`, whose heights follow the width (wrapped text)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # Wrapped rows change height with the width; laid out again once the viewport has its size.
            self.scheduleDelayedItemsLayout()


#: What a reload reads on the worker: conversations, unread total, accounts (id, network,
#: handle), notify settings by account, networks able to do each action ("like", ...), and the
#: accounts whose network will not give their inbox ({account id: an `INBOX_*` problem code}).
_Loaded = tuple[
    list[Conversation],
    int,
    list[tuple[int, str, str]],
    dict[int, bool],
    dict[str, frozenset[str]],
    dict[int, str],
    list[Account],
]


class InboxPane(QWidget):
    """Mentions, replies and quotes from every account, threaded by the post they answer.

    Args:
        repo: the inbox store (read on `runner` only).
        accounts: the accounts store, for the account filter (read on `runner` only).
        runner: the worker for store reads and writes.
        submit: runs engine coroutines (None: no engine, e.g. read-only tests).
        actions: the engine's inbox operations.
        open_url: opens a link in the system browser.
        avatars: where authors' pictures come from (kept on disk by the app); None: pictures
            are fetched for the session only.

    Signals:
        unread_changed(int): unread items across all accounts, after each reload.
        inbox_accounts_changed(object): {account id: (label, notify)} after each reload, for
            the tray's notifications.
        connect_requested(): the empty inbox's "Connect an account".
        reconnect_requested(Account): the banner's Reconnect, for an account that needs it.
    """

    unread_changed = Signal(int)
    inbox_accounts_changed = Signal(object)
    connect_requested = Signal()
    reconnect_requested = Signal(object)

    def __init__(
        self,
        repo: InboxRepository,
        accounts: AccountRepository,
        runner: BackgroundRunner,
        *,
        submit: Submit | None,
        actions: InboxActions | None,
        open_url: Callable[[str], None],
        avatars: AvatarCache | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.avatars = avatars or AvatarCache(None)
        if self.avatars.parent() is None:
            self.avatars.setParent(self)
        self._repo = repo
        self._accounts = accounts
        self._runner = runner
        self._submit = submit
        self._actions = actions
        self._open_url = open_url
        self._unread = -1
        self._reload_pending = False
        self._loading = False
        self._selected_id: int | None = None
        self._request_key = uuid.uuid4().hex
        self._notify: dict[int, bool] = {}
        self._capable: dict[str, frozenset[str]] = {}
        self.confirm_box: QMessageBox | None = None
        self.confirm_delete_button: QPushButton | None = None
        self.setObjectName("inboxPane")
        self.setAccessibleName(self.tr("Inbox"))
        self._build()
        self._update_actions()

    # -- building ------------------------------------------------------------------------

    def _combo(self, label: str, name: str) -> tuple[QLabel, QComboBox]:
        caption = QLabel(label, self)
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        caption.setBuddy(combo)
        return caption, combo

    def _build(self) -> None:
        filters = QHBoxLayout()
        acc_label, self.account_filter = self._combo(self.tr("&Account:"), self.tr("Account filter"))
        net_label, self.network_filter = self._combo(self.tr("&Network:"), self.tr("Network filter"))
        kind_label, self.kind_filter = self._combo(self.tr("&Kind:"), self.tr("Kind filter"))
        self.model = InboxModel(self)
        self.account_filter.addItem(self.tr("All accounts"), None)
        self.network_filter.addItem(self.tr("All networks"), None)
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in ("mention", "reply", "quote", "comment", "direct_message"):
            self.kind_filter.addItem(self.model.kind_name(kind), kind)
        self.unread_only = QCheckBox(self.tr("&Unread only"), self)
        self.unread_only.setAccessibleName(self.tr("Show unread items only"))
        self.unread_only.toggled.connect(self.reload)
        for combo in (self.account_filter, self.network_filter, self.kind_filter):
            combo.currentIndexChanged.connect(self.reload)
        self.notify_box = QCheckBox(self.tr("No&tify me about new items"), self)
        self.notify_box.setAccessibleName(self.tr("Notify me about new items for the account shown"))
        self.notify_box.setToolTip(self.tr("Choose an account above to change this for it"))
        self.notify_box.setEnabled(False)
        self.notify_box.toggled.connect(self._on_notify_toggled)
        self.refresh_button = QPushButton(self.tr("&Check now"), self)
        self.refresh_button.setAccessibleName(self.tr("Check all inboxes now"))
        self.refresh_button.clicked.connect(self.sync_now)
        for w in (
            acc_label,
            self.account_filter,
            net_label,
            self.network_filter,
            kind_label,
            self.kind_filter,
        ):
            filters.addWidget(w)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        # The check boxes on a row of their own: one row clipped them at 1024 px and in longer languages.
        toggles = QHBoxLayout()
        toggles.addWidget(self.unread_only)
        toggles.addWidget(self.notify_box)
        toggles.addStretch(1)

        self.model.set_avatars(self.avatars)
        self.tree = ConversationView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Conversations"))
        self.tree.setAccessibleDescription(
            self.tr("Arrow keys move between messages; Enter writes a reply to the selected one.")
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # One delegate draws each row as a message (picture, name, time, wrapped text): the
        # model's other columns stay for accessibility and tests, but are not shown.
        self.delegate = InboxDelegate(self.model, self.tree)
        self.tree.setItemDelegate(self.delegate)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setIndentation(0)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.COLUMNS):
            self.tree.setColumnHidden(column, True)
        self.avatars.ready.connect(lambda _url: self.tree.viewport().update())
        self.tree.installEventFilter(self)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self.tree.doubleClicked.connect(lambda _i: self.open_current())

        detail = QWidget(self)
        box = QVBoxLayout(detail)
        box.setContentsMargins(0, 0, 0, 0)
        self.detail = QLabel(detail)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.detail.setAccessibleName(self.tr("Selected item"))
        buttons = QHBoxLayout()
        self.read_button = QPushButton(self.tr("Mark &read"), detail)
        self.read_button.setAccessibleName(self.tr("Mark the selected item read or unread"))
        self.read_button.clicked.connect(self.toggle_read)
        self.open_button = QPushButton(self.tr("&Open in browser"), detail)
        self.open_button.setAccessibleName(self.tr("Open the selected item in the browser"))
        self.open_button.clicked.connect(self.open_current)
        self.like_button = QPushButton(self.tr("&Like"), detail)
        self.like_button.setAccessibleName(self.tr("Like the selected item on its network"))
        self.like_button.clicked.connect(self.like_current)
        self.like_button.setVisible(False)
        self.delete_reply_button = QPushButton(self.tr("&Delete my reply"), detail)
        self.delete_reply_button.setAccessibleName(self.tr("Delete your reply to the selected item on its network"))
        self.delete_reply_button.clicked.connect(self.delete_reply_current)
        self.delete_reply_button.setVisible(False)
        self.hide_button = QPushButton(self.tr("&Hide"), detail)
        self.hide_button.setAccessibleName(self.tr("Hide the selected reply on its network"))
        self.hide_button.clicked.connect(self.hide_current)
        self.hide_button.setVisible(False)
        self.delete_comment_button = QPushButton(self.tr("Delete co&mment…"), detail)
        self.delete_comment_button.setAccessibleName(
            self.tr("Delete the selected comment from your post on its network")
        )
        self.delete_comment_button.clicked.connect(self.delete_comment_current)
        self.delete_comment_button.setVisible(False)
        self.all_read_button = QPushButton(self.tr("Mark all &read"), detail)
        self.all_read_button.setAccessibleName(self.tr("Mark every listed item read"))
        self.all_read_button.clicked.connect(self.mark_all_read)
        buttons.addWidget(self.read_button)
        buttons.addWidget(self.all_read_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.like_button)
        buttons.addWidget(self.delete_reply_button)
        buttons.addWidget(self.hide_button)
        buttons.addWidget(self.delete_comment_button)
        buttons.addStretch(1)
        self.reply_label = QLabel(self.tr("Re&ply:"), detail)
        self.reply_box = QPlainTextEdit(detail)
        self.reply_box.setAccessibleName(self.tr("Reply text"))
        self.reply_box.setPlaceholderText(self.tr("Write a reply…"))
        self.reply_box.setTabChangesFocus(True)
        self.reply_box.setMaximumHeight(90)
        self.reply_label.setBuddy(self.reply_box)
        self.reply_box.textChanged.connect(self._update_counter)
        send_row = QHBoxLayout()
        self.counter = CounterLabel(detail)
        self.status = QLabel(detail)
        self.status.setAccessibleName(self.tr("Reply status"))
        self.send_button = QPushButton(self.tr("&Send reply"), detail)
        self.send_button.setAccessibleName(self.tr("Send the reply"))
        self.send_button.setToolTip(self.tr("Send the reply (Ctrl+Return)"))
        self.send_button.clicked.connect(self.send_reply)
        send_row.addWidget(self.status, 1)
        send_row.addWidget(self.counter)
        send_row.addWidget(self.send_button)
        box.addWidget(self.detail)
        box.addLayout(buttons)
        box.addWidget(self.reply_label)
        box.addWidget(self.reply_box)
        box.addLayout(send_row)

        tree_box = QWidget(self)
        tree_grid = QGridLayout(tree_box)
        tree_grid.setContentsMargins(0, 0, 0, 0)
        tree_grid.addWidget(self.tree, 0, 0)
        self.empty_state = EmptyState(tree_box)
        self.empty_state.setObjectName("inboxEmpty")
        self.empty_state.activated.connect(self._empty_action)
        self.empty_state.hide()
        tree_grid.addWidget(self.empty_state, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(tree_box)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        # A network that will not give an account's inbox (LinkedIn member posts, a Telegram
        # bot that may not read the discussion group) says why here, instead of failing quietly.
        self.notice = QLabel(self)
        self.notice.setObjectName("inboxNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setAccessibleName(self.tr("Inboxes Postdesk cannot read"))
        self.notice.setFrameShape(QLabel.Shape.StyledPanel)
        self.notice.setMargin(6)
        self.notice.hide()
        # An account whose sign-in expired cannot bring its replies: say so, with the way out.
        self.reconnect_banner = QFrame(self)
        self.reconnect_banner.setObjectName("inboxReconnect")
        self.reconnect_banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner_row = QHBoxLayout(self.reconnect_banner)
        self.reconnect_text = QLabel(self.reconnect_banner)
        self.reconnect_text.setWordWrap(True)
        self.reconnect_text.setTextFormat(Qt.TextFormat.PlainText)
        self.reconnect_button = QPushButton(self.tr("&Reconnect…"), self.reconnect_banner)
        self.reconnect_button.setAccessibleName(self.tr("Reconnect the account"))
        self.reconnect_button.clicked.connect(self._reconnect_first)
        banner_row.addWidget(self.reconnect_text, 1)
        banner_row.addWidget(self.reconnect_button)
        self.reconnect_banner.hide()
        self._to_reconnect: list[Account] = []
        self._has_accounts = False
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(toggles)
        layout.addWidget(self.reconnect_banner)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

        # Key paths are handled here rather than by QShortcut, whose window context needs an
        # active window: Ctrl+Return sends from the reply box, F5 checks now, Ctrl+M toggles read.
        self.reply_box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.tree
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.reply_to_current()
            return True
        if (
            watched is self.reply_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.send_reply()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Refresh) or event.key() == Qt.Key.Key_F5:
            self.sync_now()
        elif event.key() == Qt.Key.Key_M and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.toggle_read()
        else:
            super().keyPressEvent(event)

    # -- loading -------------------------------------------------------------------------

    def current_filter(self) -> InboxFilter:
        """The filter the controls describe."""
        account = self.account_filter.currentData()
        network = self.network_filter.currentData()
        kind = self.kind_filter.currentData()
        return InboxFilter(
            account_ids=frozenset({account}) if account is not None else frozenset(),
            networks=frozenset({network}) if network is not None else frozenset(),
            kinds=frozenset({kind}) if kind is not None else frozenset(),
            unread_only=self.unread_only.isChecked(),
        )

    @Slot()
    def reload(self) -> None:
        """Read the inbox again (on the worker); a reload asked while one runs is coalesced."""
        if self._loading:
            self._reload_pending = True
            return
        self._loading = True
        flt = self.current_filter()
        repo, accounts = self._repo, self._accounts
        # An action is offered only when the engine gave both it and its networks function.
        askers = {
            name: networks
            for name, (networks, action) in (self._actions.capable() if self._actions else {}).items()
            if networks is not None and action is not None
        }

        def read() -> _Loaded:
            every = accounts.list()
            listed = [(a.id, a.network.value, a.handle) for a in every]
            capable = {name: networks() for name, networks in askers.items()}
            states = {
                account_id: code
                for account_id, _n, _h in listed
                if (code := repo.sync_state(account_id).last_error) in INBOX_STATES
            }
            return (
                repo.conversations(flt),
                repo.unread_total(),
                listed,
                repo.notify_settings(),
                capable,
                states,
                [a for a in every if a.status is AccountStatus.NEEDS_RECONNECT],
            )

        self._runner.submit(read, on_done=self._loaded, on_error=self._load_failed)

    def _loaded(self, result: _Loaded) -> None:
        conversations, unread, accounts, notify, capable, states, to_reconnect = result
        self._loading = False
        self._fill_filters(accounts)
        self._show_reconnect(to_reconnect)
        self._show_empty(bool(accounts), bool(conversations))
        self._show_states(accounts, states)
        self._capable = capable
        self._notify = {account_id: notify.get(account_id, True) for account_id, _n, _h in accounts}
        self._show_notify()
        self.inbox_accounts_changed.emit(
            {
                account_id: (self._account_label(handle, network), self._notify[account_id])
                for account_id, network, handle in accounts
            }
        )
        keep = self._selected_id
        self.model.set_conversations(conversations)
        self.tree.expandAll()
        if keep is not None:
            index = self.model.index_of_item(keep)
            if index.isValid():
                self.tree.setCurrentIndex(index)
        self._on_current(self.tree.currentIndex(), QModelIndex())
        if unread != self._unread:
            self._unread = unread
            self.unread_changed.emit(unread)
        if self._reload_pending:
            self._reload_pending = False
            self.reload()

    def _show_reconnect(self, accounts: list[Account]) -> None:
        self._to_reconnect = accounts
        if len(accounts) == 1:
            text = self.tr(
                "{account} needs to be reconnected: its replies can't be read or answered until you sign in again."
            ).format(account=f"{accounts[0].handle} ({display_name(accounts[0].network)})")
        else:
            text = self.tr(
                "%n accounts need to be reconnected: their replies can't be read until you sign in again.",
                "",
                len(accounts),
            )
        self.reconnect_text.setText(text if accounts else "")
        self.reconnect_banner.setVisible(bool(accounts))

    def _reconnect_first(self) -> None:
        if self._to_reconnect:
            self.reconnect_requested.emit(self._to_reconnect[0])

    def _show_empty(self, has_accounts: bool, has_items: bool) -> None:
        """With nothing listed, one clear sentence and action in place of an empty list."""
        self._has_accounts = has_accounts
        filtered = self.current_filter() != InboxFilter()
        if not has_accounts:
            self.empty_state.set_text(
                self.tr("Connect an account to see replies here"),
                self.tr("Mentions, replies, quotes and comments from every account arrive in this one list."),
                self.tr("C&onnect an account…"),
            )
        elif filtered:
            self.empty_state.set_text(self.tr("Nothing matches these filters"), "", self.tr("&Show everything"))
        else:
            self.empty_state.set_text(
                self.tr("No replies yet"),
                self.tr("When someone mentions or answers you, it shows up here."),
                self.tr("&Check now"),
            )
        self.empty_state.setVisible(not has_items)

    def _empty_action(self) -> None:
        if not self._has_accounts:
            self.connect_requested.emit()
        elif self.current_filter() != InboxFilter():
            for combo in (self.account_filter, self.network_filter, self.kind_filter):
                combo.setCurrentIndex(0)
            self.unread_only.setChecked(False)
        else:
            self.sync_now()

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        self.status.setText(self.tr("The inbox could not be read."))

    def _fill_filters(self, accounts: list[tuple[int, str, str]]) -> None:
        known_accounts = {self.account_filter.itemData(i) for i in range(self.account_filter.count())}
        known_networks = {self.network_filter.itemData(i) for i in range(self.network_filter.count())}
        for combo in (self.account_filter, self.network_filter):
            combo.blockSignals(True)
        for account_id, network, handle in accounts:
            if account_id not in known_accounts:
                self.account_filter.addItem(self._account_label(handle, network), account_id)
            if network not in known_networks:
                known_networks.add(network)
                self.network_filter.addItem(self.model.network_name(network), network)
        for combo in (self.account_filter, self.network_filter):
            combo.blockSignals(False)

    def _account_label(self, handle: str, network: str) -> str:
        return f"{handle} ({self.model.network_name(network)})"

    def _show_states(self, accounts: list[tuple[int, str, str]], states: dict[int, str]) -> None:
        lines = [
            self.tr("{account}: {state}").format(
                account=self._account_label(handle, network), state=self.state_text(states[account_id])
            )
            for account_id, network, handle in accounts
            if account_id in states
        ]
        self.notice.setText("\n".join(lines))
        self.notice.setVisible(bool(lines))

    def state_text(self, code: str) -> str:
        """Why a network will not give an account's inbox, and what the creator can do."""
        texts = {
            "inbox_not_granted": self.tr(
                "LinkedIn shows the comments on a member's own posts only to apps it has approved, "
                "so they cannot appear here. Comments on the posts of a LinkedIn page you manage do."
            ),
            "inbox_no_discussion": self.tr(
                "This channel has no discussion group, so its posts take no comments. Link a group "
                "in the channel's settings (Discussion) to answer comments here."
            ),
            "inbox_bot_cannot_read": self.tr(
                "Your bot cannot read the channel's discussion group. Add the bot to the group as "
                "an admin (or turn its privacy mode off with /setprivacy in @BotFather, then add it "
                "to the group again)."
            ),
            "inbox_other_reader": self.tr(
                "Another program or a webhook receives your bot's messages, so Postdesk cannot read "
                "the comments. Give Postdesk a bot of its own."
            ),
        }
        return texts.get(code, self.tr("Postdesk cannot read this inbox."))

    def _show_notify(self) -> None:
        account = self.account_filter.currentData()
        self.notify_box.blockSignals(True)
        self.notify_box.setEnabled(account is not None)
        self.notify_box.setChecked(self._notify.get(account, True) if account is not None else False)
        self.notify_box.blockSignals(False)

    @Slot(bool)
    def _on_notify_toggled(self, on: bool) -> None:
        account = self.account_filter.currentData()
        if account is None:
            return
        self._notify[account] = on
        self._runner.submit(
            self._repo.set_notify,
            account,
            on,
            on_done=lambda _r: self.reload(),
            on_error=lambda _e: self.status.setText(self.tr("The setting could not be saved.")),
        )

    # -- the selection -------------------------------------------------------------------

    def current_entry(self) -> InboxEntry | None:
        """The selected item (None when a conversation or nothing is selected)."""
        obj = self.model.data(self.tree.currentIndex(), EntryRole)
        return obj if isinstance(obj, InboxEntry) else None

    def _current_conversation(self) -> Conversation | None:
        obj = self.model.data(self.tree.currentIndex(), EntryRole)
        return obj if isinstance(obj, Conversation) else None

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.current_entry()
        new_id = entry.id if entry else None
        if new_id != self._selected_id:
            self._request_key = uuid.uuid4().hex  # a different item: a different reply
            self._selected_id = new_id
        if entry is not None:
            handle = self.model.handle_text(entry)
            who = f"{entry.author_name} ({handle})" if entry.author_name else handle
            lines = [
                self.tr("{kind} — {who} on {network}").format(
                    kind=self.model.kind_name(entry.kind), who=who, network=self.model.network_name(entry.network)
                ),
                entry.text,
            ]
            state = self.model.reply_state_name(entry.reply_state)
            if state:
                lines.append(state)
            self.detail.setText("\n".join(lines))
        else:
            conversation = self._current_conversation()
            self.detail.setText(conversation.own_text or "" if conversation else "")
        self._update_actions()

    def _update_actions(self) -> None:
        entry = self.current_entry()
        self.read_button.setEnabled(entry is not None)
        self.read_button.setText(self.tr("Mark un&read") if entry and entry.is_read else self.tr("Mark &read"))
        url = entry.url if entry else None
        self.open_button.setEnabled(bool(url))
        self.like_button.setVisible(self._can("like", entry))
        self.delete_reply_button.setVisible(
            self._can("delete_reply", entry) and entry is not None and entry.reply_state == ReplyState.SENT
        )
        self.hide_button.setVisible(self._can("hide", entry))
        self.delete_comment_button.setVisible(self._can("delete_comment", entry))
        self.reply_box.setEnabled(entry is not None and self._submit is not None)
        self._update_counter()

    def _can(self, action: str, entry: InboxEntry | None) -> bool:
        return (
            entry is not None and self._submit is not None and entry.network in self._capable.get(action, frozenset())
        )

    @Slot()
    def _update_counter(self) -> None:
        entry = self.current_entry()
        text = self.reply_box.toPlainText()
        if entry is None:
            self.counter.show_count("", "", counter_level(0, 0))
            self.send_button.setEnabled(False)
            return
        m = measure(text, entry.network)
        self.counter.show_count(
            f"{m.length} / {m.limit}",
            self.tr("{length} of {limit} characters").format(
                length=QLocale().toString(m.length), limit=QLocale().toString(m.limit)
            ),
            counter_level(m.length, m.limit) if m.fits else counter_level(m.limit + 1, m.limit),
        )
        self.send_button.setEnabled(bool(text.strip()) and m.fits and self._submit is not None)

    # -- actions -------------------------------------------------------------------------

    @Slot()
    def toggle_read(self) -> None:
        """Mark the selected item read (or unread when it is read)."""
        entry = self.current_entry()
        if entry is None:
            return
        read = not entry.is_read
        self._runner.submit(self._repo.set_read, [entry.id], read, on_done=lambda _n: self._read_changed(read))

    def _read_changed(self, read: bool) -> None:
        self.reload()
        if read:
            self._tell_seen()  # Reddit is told item by item (and later, when offline now)

    @Slot()
    def reply_to_current(self) -> None:
        """Enter on a message: write a reply to it (on a conversation: go to its first message)."""
        entry = self.current_entry()
        if entry is not None:
            if self.reply_box.isEnabled():
                self.reply_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        current = self.tree.currentIndex()
        if current.isValid() and self.model.rowCount(current.siblingAtColumn(0)):
            self.tree.setCurrentIndex(self.model.index(0, 0, current.siblingAtColumn(0)))

    @Slot()
    def open_current(self) -> None:
        """Open the selected item's link in the browser (also marks it read)."""
        entry = self.current_entry()
        if entry is None or not entry.url:
            return
        self._open_url(entry.url)
        if not entry.is_read:
            self._runner.submit(self._repo.set_read, [entry.id], True, on_done=lambda _n: self.reload())

    @Slot()
    def like_current(self) -> None:
        """Like the selected item on its network (only offered where the network can)."""
        entry = self.current_entry()
        if entry is None or self._actions is None or self._actions.like is None or not self._can("like", entry):
            return
        self.status.setText(self.tr("Liking…"))
        self._engine_call(
            self._actions.like, entry.id, name="inbox-like", done=lambda _r: self.status.setText(self.tr("Liked."))
        )

    @Slot()
    def delete_reply_current(self) -> None:
        """Delete, on its network, the reply the user sent to the selected item."""
        entry = self.current_entry()
        if (
            entry is None
            or self._actions is None
            or self._actions.delete_reply is None
            or not self._can("delete_reply", entry)
            or entry.reply_state != ReplyState.SENT
        ):
            return
        self.status.setText(self.tr("Deleting your reply…"))
        self._engine_call(
            self._actions.delete_reply,
            entry.id,
            name="inbox-delete-reply",
            done=lambda _r: (self.status.setText(self.tr("Your reply was deleted.")), self.reload()),
        )

    @Slot()
    def hide_current(self) -> None:
        """Hide the selected reply on its network (only offered where the network can)."""
        entry = self.current_entry()
        if entry is None or self._actions is None or self._actions.hide is None or not self._can("hide", entry):
            return
        self.status.setText(self.tr("Hiding…"))
        self._engine_call(
            self._actions.hide,
            entry.id,
            name="inbox-hide",
            done=lambda _r: self.status.setText(self.tr("Hidden on the network.")),
        )

    @Slot()
    def delete_comment_current(self) -> None:
        """Ask, then delete the selected comment (someone else's, on the user's post) on its network.

        The question is a window-modal box (`confirm_box` while it is open); the comment leaves
        the list once the network has taken the deletion, and a refusal is worded in the status.
        """
        entry = self.current_entry()
        if (
            entry is None
            or self._actions is None
            or self._actions.delete_comment is None
            or not self._can("delete_comment", entry)
        ):
            return
        who = entry.author_name or self.model.handle_text(entry)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete this comment?"),
            self.tr("Delete {who}'s comment from your post on {network}? Nobody will see it there any more.").format(
                who=who, network=self.model.network_name(entry.network)
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("inboxDeleteComment")
        self.confirm_delete_button = box.addButton(self.tr("Delete comment"), QMessageBox.ButtonRole.DestructiveRole)
        self.confirm_delete_button.setAccessibleName(self.tr("Delete the comment"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter does not delete by accident
        box.setInformativeText(_ellipsis(entry.text, 200))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        item_id, actions = entry.id, self._actions
        self.confirm_box = box

        def answered(button: object) -> None:
            self.confirm_box = None
            box.deleteLater()
            if button is not self.confirm_delete_button or actions.delete_comment is None:
                return
            self.status.setText(self.tr("Deleting the comment…"))

            def done(_r: object) -> None:
                if self._selected_id == item_id:
                    self._selected_id = None
                self.status.setText(self.tr("The comment was deleted."))
                self.reload()

            self._engine_call(
                actions.delete_comment,
                item_id,
                name="inbox-delete-comment",
                done=done,
                failed=lambda error: self.status.setText(self.delete_failed_text(error)),
            )

        box.buttonClicked.connect(answered)
        box.open()

    def delete_failed_text(self, error: BaseException) -> str:
        """Why a comment could not be deleted, in words a creator understands."""
        if isinstance(error, AuthExpired):
            return self.tr("The comment was not deleted: reconnect the account and try again.")
        if isinstance(error, RateLimited):
            return self.tr("The comment was not deleted: the network asks to wait a little. Try again later.")
        if isinstance(error, Rejected):
            return self.tr("The network refused to delete this comment (it may not be on one of your posts).")
        if isinstance(error, Transient | OSError):
            return self.tr(
                "The comment was not deleted: the network could not be reached. Try again when you are online."
            )
        return self.tr("The comment could not be deleted.")

    @Slot()
    def mark_all_read(self) -> None:
        """Mark every listed item read, and tell networks that keep a seen state."""
        ids = [
            entry.id for conversation in self.model.conversations() for entry in conversation.items if not entry.is_read
        ]
        if ids:
            self._runner.submit(self._repo.set_read, ids, True, on_done=lambda _n: self.reload())
        self._tell_seen()

    def _tell_seen(self) -> None:
        if self._submit is None or self._actions is None or self._actions.mark_seen is None:
            return
        self._engine_call(self._actions.mark_seen, None, name="inbox-mark-seen", done=lambda _r: None)

    def showEvent(self, event: QShowEvent) -> None:
        """Opening the inbox tells networks that keep a seen state (local state is unchanged)."""
        super().showEvent(event)
        self._tell_seen()

    @Slot()
    def sync_now(self) -> None:
        """Ask the engine to check every inbox now."""
        if self._submit is None or self._actions is None:
            self.reload()
            return
        self.status.setText(self.tr("Checking…"))
        self._engine_call(
            self._actions.sync_now,
            None,
            name="inbox-sync-now",
            done=lambda _r: (self.status.setText(""), self.reload()),
        )

    @Slot()
    def send_reply(self) -> None:
        """Queue the reply (sent now when online, on reconnect otherwise)."""
        entry = self.current_entry()
        text = self.reply_box.toPlainText().strip()
        if (
            entry is None
            or not text
            or self._submit is None
            or self._actions is None
            or not self.send_button.isEnabled()
        ):
            return
        self.send_button.setEnabled(False)
        self.status.setText(self.tr("Sending…"))

        def done(_outbox_id: object) -> None:
            self.reply_box.clear()
            self._request_key = uuid.uuid4().hex  # the next reply is a new one
            self.status.setText(self.tr("Reply queued; it goes out as soon as the network allows."))
            self.reload()

        self._engine_call(self._actions.reply, entry.id, text, self._request_key, done=done)

    def _engine_call(
        self,
        fn: Callable[..., Coroutine[Any, Any, Any]],
        *args: Any,
        done: Callable[[Any], None],
        name: str | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        assert self._submit is not None
        try:
            future = self._submit(fn, *args, name=name)
        except RuntimeError:
            self.status.setText(self.tr("The engine is not running."))
            self._update_counter()
            return
        self._runner.watch(future, on_done=done, on_error=failed or self._engine_failed, key=name)

    def _engine_failed(self, error: BaseException) -> None:
        words = str(error)
        if isinstance(error, AdapterError) and is_problem_code(error.problem):
            # Postdesk refused it itself ("this item cannot be liked"): its words, not the adapter's English.
            entry = self.current_entry()
            words = describe_reason(error.problem, error.params, entry.network if entry else None)
        self.status.setText(self.tr("That did not work: {error}").format(error=words))
        self._update_counter()

    # -- the user's time zone (Settings) -----------------------------------------------------

    def set_time_zone(self, zone: ZoneInfo) -> None:
        """Show times in `zone` from now on (`TimeZoneFollower`: the user changed it)."""
        self.model.set_zone(zone)

    # -- engine events -------------------------------------------------------------------

    @Slot(object)
    def on_engine_event(self, event: EngineEvent) -> None:
        """Reload when an inbox changed (connect to `EngineBridge.event`)."""
        if isinstance(event, InboxUpdated):
            self.reload()


def _ellipsis(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
