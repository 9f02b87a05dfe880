"""A second launch hands over to the Postdesk window already running on the same data directory.

The running window listens on a local socket (`InstanceServer`, QLocalServer) whose name comes
from the data directory and the user, so two users, or two data directories, never meet. A second
`postdesk` that finds the data directory locked (`store.instance_lock`) calls `hand_over()`: it
connects, says `activate`, the window comes to the front, and the second process exits. When the
holder is a headless publisher (no window to hand to) or does not answer, `refuse_or_hand_over()`
says in words which process holds the folder.

Protocol (one line each way, then the connection closes): the client writes `activate\\n`, the
server calls `on_activate` and answers `ok\\n`. Connections that say nothing are closed after
`IDLE_MS`.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from postdesk.store.instance_lock import EXIT_IN_USE, MODE_GUI, MODE_HEADLESS, DataDirInUse

#: A connection that has not said its line by then is closed.
IDLE_MS = 5000
#: How long a second launch keeps trying to reach a window that may still be starting.
HAND_OVER_TIMEOUT_S = 5.0
_REQUEST = b"activate"
_ANSWER = b"ok"


def server_name(data_dir: Path) -> str:
    """The local socket name for `data_dir` and the current user (stable, short, no path)."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no login name (e.g. a container without /etc/passwd entry)
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    where = os.path.normcase(os.path.realpath(data_dir))
    digest = hashlib.sha256(f"{user}\0{where}".encode()).hexdigest()[:24]
    return f"postdesk-{digest}"


class InstanceServer(QObject):
    """The running window's end: brings the window to the front when a second launch asks.

    Constructing it does nothing; `listen()` starts it. Start it only while holding the data
    directory's lock: it removes a socket left behind by a killed window of the same directory,
    which only the lock holder may safely do.

    Attributes:
        name: the local socket name.
    """

    def __init__(self, data_dir: Path, on_activate: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._on_activate = on_activate
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; False if the socket cannot be created (hand-over then just fails)."""
        # A window killed without closing leaves its Unix socket file; we hold the lock, so no
        # live window of this data directory can be using it.
        QLocalServer.removeServer(self.name)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        return bool(self._server.listen(self.name))

    def is_listening(self) -> bool:
        return bool(self._server.isListening())

    def close(self) -> None:
        self._server.close()

    @Slot()
    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                return
            # Lambdas, not bound slots: PySide cannot wrap the slots of a socket handed out by
            # nextPendingConnection ("addMetaMethod: No Wrapper found").
            timer = QTimer(socket)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda s=socket: s.abort())
            timer.start(IDLE_MS)
            socket.disconnected.connect(lambda s=socket: s.deleteLater())
            socket.readyRead.connect(lambda s=socket: self._read(s))
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > 64:  # not our client
                socket.abort()
            return
        line = bytes(socket.readLine().data()).strip()
        if line != _REQUEST:
            socket.abort()
            return
        self._on_activate()
        socket.write(_ANSWER + b"\n")
        socket.flush()
        socket.disconnectFromServer()


def bring_to_front(window: QWidget) -> None:
    """Show `window` (also from the tray or minimised) and ask the window system to raise it."""
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()
    # Window managers that refuse to move focus to another process at least flag the window.
    QApplication.alert(window)


def hand_over(data_dir: Path, timeout_s: float = HAND_OVER_TIMEOUT_S) -> bool:
    """Ask the window running on `data_dir` to come to the front; True once it said it did.

    Blocks for at most about `timeout_s`, retrying while the window may still be starting (it
    holds the lock before it listens). Call it from a thread that does not run that window's
    event loop.
    """
    name = server_name(data_dir)
    deadline = time.monotonic() + timeout_s

    def remaining_ms() -> int:
        return max(0, int((deadline - time.monotonic()) * 1000))

    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(max(1, min(remaining_ms(), 1000))):
            socket.write(_REQUEST + b"\n")
            socket.waitForBytesWritten(max(1, remaining_ms()))
            while not socket.canReadLine() and remaining_ms() > 0:
                if not socket.waitForReadyRead(max(1, remaining_ms())):
                    break
            answered = socket.canReadLine() and bytes(socket.readLine().data()).strip() == _ANSWER
            socket.abort()
            return answered
        socket.abort()
        if remaining_ms() == 0:
            return False
        time.sleep(0.1)


def in_use_text(busy: DataDirInUse) -> tuple[str, str]:
    """Title and text saying which process holds the data directory, in the user's words."""
    holder = busy.holder
    title = QCoreApplication.translate("SingleInstance", "Postdesk is already running")
    if holder.mode == MODE_GUI:
        who = (
            QCoreApplication.translate("SingleInstance", "Another Postdesk window (process {pid}) did not answer.")
            if holder.pid is not None
            else QCoreApplication.translate("SingleInstance", "Another Postdesk window did not answer.")
        )
    elif holder.mode == MODE_HEADLESS:
        who = (
            QCoreApplication.translate(
                "SingleInstance",
                "Postdesk is publishing in the background without a window (postdesk --headless, process {pid}).",
            )
            if holder.pid is not None
            else QCoreApplication.translate(
                "SingleInstance", "Postdesk is publishing in the background without a window (postdesk --headless)."
            )
        )
    else:
        who = (
            QCoreApplication.translate("SingleInstance", "Another Postdesk (process {pid}) is using it.")
            if holder.pid is not None
            else QCoreApplication.translate("SingleInstance", "Another Postdesk is using it.")
        )
    text = QCoreApplication.translate(
        "SingleInstance",
        "Postdesk can't open your posts in “{folder}” because they are in use.\n\n{who}\n\n"
        "Only one Postdesk can publish from a folder at a time, so that no post goes out twice. "
        "Stop the other one (or switch to its window), then start Postdesk again.",
    )
    return title, text.format(folder=str(busy.base), who=who.format(pid=holder.pid))


def refuse_or_hand_over(
    busy: DataDirInUse,
    *,
    show_error: Callable[[str, str], object] | None = None,
    hand: Callable[[Path], bool] = hand_over,
) -> int:
    """A GUI launch found the data directory locked: hand over to the window, or say who holds it.

    Args:
        busy: the refusal from `store.instance_lock`.
        show_error: shows (title, text); a modal message box by default.
        hand: the hand-over call (tests pass a fake).

    Returns:
        0 when the running window took over, `EXIT_IN_USE` otherwise.
    """
    if busy.holder.mode != MODE_HEADLESS and hand(busy.base):
        return 0
    title, text = in_use_text(busy)
    if show_error is None:
        _ = QApplication.instance() or QApplication([])
        QMessageBox.critical(None, title, text)
    else:
        show_error(title, text)
    return EXIT_IN_USE
