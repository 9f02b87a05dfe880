"""The first-start welcome: what Postdesk publishes to, and the way to the first account.

Shown once, when no account is connected and no post exists yet (read from the store on the
worker), then never again unless asked for: from Settings ("Show the welcome again") or with F1.
That it was shown is the `welcome_seen` setting (`core.settings`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.core.networks import NETWORK_ORDER, Network, display_name
from postdesk.store.db import Database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.composer.target_panel import shipped_networks
from postdesk.ui.local_format import format_list
from postdesk.ui.look.marks import badge_pixmap
from postdesk.ui.look.style import is_dark, text_font
from postdesk.ui.look.tokens import IconSize, Space, TextRole
from postdesk.ui.widgets.fit_height import fit_height_to_width

__all__ = ["Welcome", "WelcomeDialog", "WelcomeSection", "install_welcome", "is_first_start", "network_reach"]


@dataclass(frozen=True)
class NetworkReach:
    """Which networks this build publishes to, and which it can only draft for.

    Attributes:
        publishing: networks with an adapter, in the product's order.
        draft_only: networks Postdesk knows (counters, previews) but cannot publish to yet.
    """

    publishing: tuple[Network, ...]
    draft_only: tuple[Network, ...]


def network_reach(shipped: frozenset[Network] | None = None) -> NetworkReach:
    """The networks split by whether `platforms.shipped` registers an adapter for them."""
    have = shipped_networks() if shipped is None else shipped
    return NetworkReach(
        publishing=tuple(n for n in NETWORK_ORDER if n in have),
        draft_only=tuple(n for n in NETWORK_ORDER if n not in have),
    )


def is_first_start(database: Database) -> bool:
    """No account connected and no post written yet (blocking: run it on the worker)."""
    return not AccountRepository(database).list() and PostRepository(database).most_recent() is None


class WelcomeDialog(QDialog):
    """A friendly first page: what Postdesk does, where it publishes, and two ways on.

    Args:
        reach: the networks that publish and those that can only be drafted for.
        parent: the main window.

    Signals:
        connect_requested(): "Connect your first account".
        write_requested(): "Just write" (also closing the dialog any other way).
    """

    connect_requested = Signal()
    write_requested = Signal()

    def __init__(self, reach: NetworkReach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WelcomeDialog")
        self.setWindowTitle(self.tr("Welcome to Postdesk"))
        self.setAccessibleName(self.tr("Welcome to Postdesk"))
        self.setMinimumWidth(520)
        self._chosen = False

        title = QLabel(self.tr("Welcome to Postdesk"), self)
        title.setFont(text_font(TextRole.DISPLAY, title.font()))
        intro = QLabel(
            self.tr(
                "Write a post once, pick where it goes and when, and Postdesk publishes it from this "
                "computer. Your posts, drafts and sign-ins stay on your machine."
            ),
            self,
        )
        intro.setWordWrap(True)

        names = format_list([display_name(n) for n in reach.publishing])
        self.publishing_label = QLabel(self)
        self.publishing_label.setObjectName("WelcomePublishing")
        self.publishing_label.setWordWrap(True)
        self.publishing_label.setTextFormat(Qt.TextFormat.PlainText)
        self.publishing_label.setText(
            self.tr("Postdesk publishes to: {names}.").format(names=names)
            if names
            else self.tr("This copy of Postdesk cannot publish to any network yet.")
        )
        self.draft_label = QLabel(self)
        self.draft_label.setObjectName("WelcomeDraftOnly")
        self.draft_label.setWordWrap(True)
        self.draft_label.setTextFormat(Qt.TextFormat.PlainText)
        drafts = format_list([display_name(n) for n in reach.draft_only])
        self.draft_label.setText(
            self.tr(
                "{drafts}: can be drafted for, with counters and previews; publishing is not built yet, so "
                "Postdesk keeps those posts as drafts for you to copy."
            ).format(drafts=drafts)
            if drafts
            else ""
        )
        self.draft_label.setVisible(bool(drafts))
        how = QLabel(
            self.tr(
                "To publish, connect an account: you sign in on the network's own page, and Postdesk "
                "keeps the sign-in in your system's keychain. Some networks ask you to create a free app "
                "of your own first; the connect window explains each step."
            ),
            self,
        )
        how.setWordWrap(True)

        self.connect_button = QPushButton(self.tr("&Connect your first account…"), self)
        self.connect_button.setAccessibleName(self.tr("Connect your first account"))
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self._connect)
        self.write_button = QPushButton(self.tr("&Just write"), self)
        self.write_button.setAccessibleName(self.tr("Just write: go to the composer"))
        self.write_button.setToolTip(self.tr("Write and save drafts now; connect accounts later"))
        self.write_button.clicked.connect(self._write)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.connect_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(Space.XXL, Space.XL, Space.XXL, Space.L)
        layout.setSpacing(Space.M)
        for widget in (title, intro, self.publishing_label):
            layout.addWidget(widget)
        layout.addLayout(self._marks_row(reach.publishing))
        for widget in (self.draft_label, how):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.finished.connect(self._closed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height_to_width(self)

    def _marks_row(self, networks: Sequence[Network]) -> QHBoxLayout:
        """The marks of the networks Postdesk publishes to, each named for screen readers."""
        row = QHBoxLayout()
        row.setSpacing(Space.S)
        self.network_marks: list[QLabel] = []
        dark = is_dark(self.palette())
        for network in networks:
            mark = QLabel(self)
            mark.setPixmap(badge_pixmap(network, IconSize.M, dark, self.devicePixelRatioF()))
            mark.setToolTip(display_name(network))
            mark.setAccessibleName(display_name(network))
            row.addWidget(mark)
            self.network_marks.append(mark)
        row.addStretch(1)
        return row

    def _connect(self) -> None:
        self._chosen = True
        self.accept()
        self.connect_requested.emit()

    def _write(self) -> None:
        self._chosen = True
        self.accept()
        self.write_requested.emit()

    def _closed(self, _result: int) -> None:
        if not self._chosen:  # Esc or the close button: the same as "Just write"
            self._chosen = True
            self.write_requested.emit()


class WelcomeSection(QGroupBox):
    """Settings' "Getting started" section: opens the welcome again.

    Signals:
        requested(): "Show the welcome again".
    """

    requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Getting started"))
        self.button = QPushButton(self.tr("Show the &welcome again"), self)
        self.button.setAccessibleName(self.tr("Show the welcome again"))
        self.button.setToolTip(self.tr("Show the welcome again (F1)"))
        self.button.clicked.connect(self.requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.button)
        layout.addStretch(1)


class Welcome(QObject):
    """Opens the welcome and carries out the choice.

    Args:
        parent: the main window (the dialog's parent).
        connect: shows the Accounts pane's connect flow.
        write: shows the composer, with the text editor focused.
        remember: stores that the welcome was seen.
        reach: the networks that publish (default: what `platforms.shipped` registers).

    Attributes:
        dialog: the welcome on show, or None.
    """

    def __init__(
        self,
        parent: QWidget,
        *,
        connect: Callable[[], object],
        write: Callable[[], object],
        remember: Callable[[], object],
        reach: NetworkReach | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._connect = connect
        self._write = write
        self._remember = remember
        self._reach = reach
        self.dialog: WelcomeDialog | None = None

    def show(self) -> WelcomeDialog:
        """Open the welcome (window-modal, without blocking) and note it as seen."""
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        dialog = WelcomeDialog(self._reach or network_reach(), self._window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.connect_requested.connect(self._connect)
        dialog.write_requested.connect(self._write)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        self.dialog = dialog
        self._remember()
        dialog.open()
        return dialog

    def _forget(self, dialog: WelcomeDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def show_if_first_start(self, runner: BackgroundRunner, database: Database) -> None:
        """Ask the store (on the worker) whether this is a first start; open the welcome if so."""
        runner.submit(is_first_start, database, on_done=lambda first: first and self.show(), key="welcome")


def install_welcome(
    window: QWidget,
    settings_section: Callable[[QWidget], object],
    *,
    connect: Callable[[], object],
    write: Callable[[], object],
    remember: Callable[[], object],
) -> Welcome:
    """Build the welcome, its Settings section (added through `settings_section`) and Help → Welcome (F1).

    The Help menu is the one `about_dialog.add_about_action` made (found by its About action); the
    action sits before About and its key works from every pane.
    """
    welcome = Welcome(window, connect=connect, write=write, remember=remember)
    section = WelcomeSection()
    section.requested.connect(welcome.show)
    settings_section(section)
    action = QAction(QCoreApplication.translate("Welcome", "&Welcome to Postdesk"), window)
    action.setObjectName("WelcomeAction")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(welcome.show)
    window.addAction(action)
    about = window.findChild(QAction, "AboutAction")
    menus = [m for m in (about.associatedObjects() if about is not None else []) if isinstance(m, QMenu)]
    if menus:
        menus[0].insertAction(about, action)
    return welcome
