"""The system tray: keep publishing with the window closed, and tell the user what happened.

`Tray` owns a QSystemTrayIcon with a small menu (open Postdesk, pause/resume publishing, quit)
and turns engine events (from `engine.qt_bridge.EngineBridge.event`) into desktop notifications
for published, failed and needs-attention targets, for the catch-up question, and for new
inbox items (per account, unless turned off); its tooltip carries the inbox's unread count. It decides
nothing itself: it emits signals the composition root (app.py) connects to the window and the
engine. Where the platform has no tray, `available()` is False and the app should quit on close
instead of hiding (a hidden window with no tray icon would be unreachable).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from postdesk.core.entities import TargetState
from postdesk.engine.events import (
    CatchUpRequired,
    ConnectivityChanged,
    EngineEvent,
    InboxUpdated,
    NeedsAttention,
    TargetChanged,
)

#: How long a notification stays up, in milliseconds.
MESSAGE_MS = 6000


class Tray(QObject):
    """The tray icon and its notifications.

    Signals:
        show_requested(): the user wants the window.
        pause_toggled(bool): the user paused (True) or resumed (False) publishing.
        quit_requested(): the user chose Quit (really stop, not just hide).
        catch_up_requested(object): the tuple of late targets to ask about, when clicked.
        open_post_requested(int): the post a clicked notification was about (its id).
        resolve_unknown_requested(int, int): a clicked notification about a post whose answer
            was lost (post id, target id): the window asks whether it went out.
    """

    show_requested = Signal()
    pause_toggled = Signal(bool)
    quit_requested = Signal()
    catch_up_requested = Signal(object)
    open_post_requested = Signal(int)
    resolve_unknown_requested = Signal(int, int)

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icon = QSystemTrayIcon(icon, self)
        self._icon.setToolTip(self.tr("Postdesk — publishing"))
        self._menu = QMenu()
        self._menu.setAccessibleName(self.tr("Postdesk tray menu"))
        self._open = QAction(self.tr("&Open Postdesk"), self._menu)
        self._pause = QAction(self.tr("&Pause publishing"), self._menu)
        self._pause.setCheckable(True)
        self._quit = QAction(self.tr("&Quit Postdesk"), self._menu)
        for action in (self._open, self._pause, self._quit):
            self._menu.addAction(action)
        self._menu.insertSeparator(self._quit)
        self._icon.setContextMenu(self._menu)
        self._open.triggered.connect(self.show_requested)
        self._pause.toggled.connect(self._on_pause)
        self._quit.triggered.connect(self.quit_requested)
        self._icon.activated.connect(self._on_activated)
        self._icon.messageClicked.connect(self._on_message_clicked)
        self._pending_catch_up: tuple[object, ...] = ()
        #: The post the last notification was about, as (code, post id, target id), if any.
        self._about: tuple[str, int, int] | None = None
        self._paused = False
        self._unread = 0
        self._inbox_accounts: dict[int, tuple[str, bool]] = {}
        self._warned: dict[int, tuple[str, ...]] = {}
        self.notifications: list[tuple[str, str]] = []

    @staticmethod
    def available() -> bool:
        """Whether this desktop has a system tray."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        """Put the icon in the tray."""
        self._icon.show()

    def hide(self) -> None:
        """Remove the icon from the tray."""
        self._icon.hide()

    @property
    def menu(self) -> QMenu:
        """The context menu (for tests and for platforms that need it elsewhere)."""
        return self._menu

    def tool_tip(self) -> str:
        """The icon's tooltip as shown now."""
        return self._icon.toolTip()

    def _update_tool_tip(self) -> None:
        tip = self.tr("Postdesk — publishing paused") if self._paused else self.tr("Postdesk — publishing")
        if self._unread:
            tip += "\n" + self.tr("%n unread in the inbox", "", self._unread)
        self._icon.setToolTip(tip)

    @Slot(int)
    def set_unread(self, count: int) -> None:
        """Show the inbox's unread count in the tooltip (connect to `InboxPane.unread_changed`)."""
        self._unread = max(0, count)
        self._update_tool_tip()

    @Slot(object)
    def set_inbox_accounts(self, accounts: dict[int, tuple[str, bool]]) -> None:
        """Name each account and say whether its new inbox items notify.

        Args:
            accounts: account id -> (label, notify); accounts not listed notify, unnamed.
        """
        self._inbox_accounts = dict(accounts)

    @Slot(bool)
    def _on_pause(self, paused: bool) -> None:
        self._pause.setText(self.tr("&Resume publishing") if paused else self.tr("&Pause publishing"))
        self._paused = paused
        self._update_tool_tip()
        self.pause_toggled.emit(paused)

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_requested.emit()

    @Slot()
    def _on_message_clicked(self) -> None:
        if self._about is not None:
            code, post_id, target_id = self._about
            self._about = None
            if code == "unknown_needs_user":
                self.resolve_unknown_requested.emit(post_id, target_id)
            else:
                self.open_post_requested.emit(post_id)
        elif self._pending_catch_up:
            self.catch_up_requested.emit(self._pending_catch_up)
        else:
            self.show_requested.emit()

    def _notify(
        self, title: str, text: str, icon: QSystemTrayIcon.MessageIcon, about: tuple[str, int, int] | None = None
    ) -> None:
        self._about = about
        self.notifications.append((title, text))
        if self._icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self._icon.showMessage(title, text, icon, MESSAGE_MS)

    @Slot(object)
    def on_engine_event(self, event: EngineEvent) -> None:
        """Notify the user about an engine event worth a notification."""
        info = QSystemTrayIcon.MessageIcon.Information
        warning = QSystemTrayIcon.MessageIcon.Warning
        if isinstance(event, TargetChanged):
            network = event.network.capitalize()
            if event.state is TargetState.PUBLISHED:
                self._notify(
                    self.tr("Published"), self.tr("Your post is live on {network}.").format(network=network), info
                )
            elif event.state is TargetState.FAILED:
                reason = event.reason_text or self.tr("The network refused the post.")
                if not event.reason_text and event.reason_code and event.reason_code != "rejected":
                    # Postdesk refused it itself (a file it cannot read ...): its own words, not the network's.
                    from postdesk.ui.composer.activity import describe_reason

                    reason = describe_reason(event.reason_code, dict(event.reason_params), event.network)
                self._notify(
                    self.tr("Not published"),
                    self.tr("{network} did not publish your post: {reason}").format(network=network, reason=reason),
                    warning,
                )
        elif isinstance(event, NeedsAttention):
            about = (event.code, event.post_id, event.target_id) if event.post_id else None
            self._notify(self.tr("Needs your attention"), self._attention_text(event.code), warning, about)
        elif isinstance(event, CatchUpRequired):
            self._pending_catch_up = event.targets
            count = len(event.targets)
            self._notify(
                self.tr("Posts missed while Postdesk was closed"),
                self.tr("%n post(s) fell due while Postdesk was not running. Click to choose what to do.", "", count),
                warning,
            )
        elif isinstance(event, InboxUpdated) and event.new_count > 0:
            self._notify_inbox(event.account_id, event.new_count)
        elif isinstance(event, ConnectivityChanged) and not event.online and event.waiting:
            self._notify(
                self.tr("Waiting for the network"),
                self.tr("%n post(s) will go out when the connection is back.", "", event.waiting),
                info,
            )

    @Slot(object)
    def on_post_warnings(self, warnings: Mapping[int, tuple[str, ...]]) -> None:
        """Tell the user, once per post, that a scheduled post cannot go out as things stand.

        Connect to `ui.readiness.ReadinessWatcher.warnings_changed`. A post is announced again
        only after its warnings cleared and came back.

        Args:
            warnings: worded warnings by post id (posts without warnings are left out).
        """
        for post_id, texts in warnings.items():
            if not texts or post_id in self._warned:
                continue
            self._warned[post_id] = tuple(texts)
            text = texts[0]
            if len(texts) > 1:
                text += "\n" + self.tr("(and %n more problem(s))", "", len(texts) - 1)
            self._notify(self.tr("A scheduled post cannot go out"), text, QSystemTrayIcon.MessageIcon.Warning)
        for post_id in [p for p in self._warned if p not in warnings]:
            del self._warned[post_id]

    def _notify_inbox(self, account_id: int, count: int) -> None:
        label, notify = self._inbox_accounts.get(account_id, ("", True))
        if not notify:
            return
        if label:
            text = self.tr("%n new replies and mentions on {label}", "", count).format(label=label)
        else:
            text = self.tr("%n new replies and mentions", "", count)
        self._notify(self.tr("Inbox"), text, QSystemTrayIcon.MessageIcon.Information)

    def _attention_text(self, code: str) -> str:
        texts = {
            "auth_expired": self.tr("An account needs to be reconnected before its posts can go out."),
            "needs_reconnect": self.tr("An account needs you to sign in again; its posts wait until you do."),
            "reply_in_doubt": self.tr(
                "Postdesk cannot tell whether an inbox reply went out. Please check the conversation on the network."
            ),
            "cannot_save": self.tr(
                "Postdesk cannot save to its database: is the disk full? A post "
                "that just went out is recorded as soon as there is room; it is "
                "not sent twice."
            ),
            "media_missing": self.tr(
                "A post could not go out because one of its files is no longer in the media library."
            ),
            "alt_text_required": self.tr(
                "A post was not sent because an image has no alt text, and you asked for alt text on every image."
            ),
            "unknown_needs_user": self.tr(
                "Postdesk does not know whether a post went out. Click here to look, and to say whether it is there."
            ),
            "gave_up": self.tr("A post could not be published after several tries."),
            "first_comment_failed": self.tr("A post went out, but its first comment did not."),
        }
        return texts.get(code, self.tr("Something needs your attention."))
