"""A second launch hands over to the running window; when it cannot, it says who holds the folder."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtWidgets import QWidget

from postdesk.store import instance_lock
from postdesk.store.instance_lock import EXIT_IN_USE, MODE_GUI, MODE_HEADLESS, DataDirInUse, Holder
from postdesk.ui.single_instance import (
    InstanceServer,
    bring_to_front,
    in_use_text,
    refuse_or_hand_over,
    server_name,
)

REPO = Path(__file__).resolve().parents[2]
# The offscreen platform cannot raise a window or pass size hints; a real desktop can.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "propagateSizeHints")


CLIENT = """
import sys
from pathlib import Path
from postdesk.ui.single_instance import hand_over
print("handed over" if hand_over(Path(sys.argv[1]), float(sys.argv[2])) else "no answer", flush=True)
"""


def _hand_over_from_another_process(qtbot, data_dir: Path, timeout_s: float = 5.0) -> bool:
    """What a second launch does, from a real second process, while this one's loop answers."""
    client = subprocess.Popen(
        [sys.executable, "-c", CLIENT, str(data_dir), str(timeout_s)],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO / "src")},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        qtbot.waitUntil(lambda: client.poll() is not None, timeout=60000)
    finally:
        if client.poll() is None:
            client.kill()
        out, err = client.communicate()
    assert client.returncode == 0, err.decode()
    return out.decode().strip() == "handed over"


def test_hand_over_reaches_the_running_window(qtbot, tmp_path: Path) -> None:
    calls: list[str] = []
    server = InstanceServer(tmp_path, on_activate=lambda: calls.append("activate"))
    assert server.listen()
    assert _hand_over_from_another_process(qtbot, tmp_path)
    assert calls == ["activate"]
    server.close()


def test_hand_over_to_another_folder_reaches_nobody(qtbot, tmp_path: Path) -> None:
    calls: list[str] = []
    server = InstanceServer(tmp_path / "a", on_activate=lambda: calls.append("activate"))
    assert server.listen()
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert not _hand_over_from_another_process(qtbot, tmp_path / "b", 0.3)
    assert calls == []
    server.close()


def test_a_stranger_on_the_socket_is_cut_off(qtbot, tmp_path: Path) -> None:
    from PySide6.QtNetwork import QLocalSocket

    calls: list[str] = []
    server = InstanceServer(tmp_path, on_activate=lambda: calls.append("activate"))
    assert server.listen()
    stranger = QLocalSocket()
    stranger.connectToServer(server.name)
    qtbot.waitUntil(lambda: stranger.state() == QLocalSocket.LocalSocketState.ConnectedState, timeout=5000)
    stranger.write(b"GET / HTTP/1.1\n")
    stranger.flush()
    qtbot.waitUntil(lambda: stranger.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=5000)
    assert calls == []
    server.close()


@pytest.mark.skipif(os.name != "posix", reason="a killed window leaves a socket file only on POSIX")
def test_a_socket_left_by_a_killed_window_does_not_stop_the_next_one(qtbot, tmp_path: Path) -> None:
    path = os.path.join(QDir.tempPath(), server_name(tmp_path))
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(path)  # what a SIGKILLed window leaves: a socket file nobody listens on
    stale.close()
    assert os.path.exists(path)
    calls: list[str] = []
    server = InstanceServer(tmp_path, on_activate=lambda: calls.append("activate"))
    assert server.listen()
    assert _hand_over_from_another_process(qtbot, tmp_path)
    assert calls == ["activate"]
    server.close()


def test_bring_to_front_shows_a_hidden_or_minimised_window(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    assert not window.isVisible()
    bring_to_front(window)
    assert window.isVisible()
    window.showMinimized()
    bring_to_front(window)
    assert window.isVisible() and not window.isMinimized()


def test_a_headless_holder_is_named_and_not_handed_to(tmp_path: Path) -> None:
    shown: list[tuple[str, str]] = []
    handed: list[Path] = []
    busy = DataDirInUse(tmp_path, Holder(4242, MODE_HEADLESS))
    code = refuse_or_hand_over(
        busy, show_error=lambda t, x: shown.append((t, x)), hand=lambda p: handed.append(p) or True
    )
    assert code == EXIT_IN_USE
    assert handed == []  # no window to hand to
    [(title, text)] = shown
    assert title == "Postdesk is already running"
    assert "4242" in text and "--headless" in text and str(tmp_path) in text
    assert "{" not in text


def test_a_window_that_answers_takes_over(tmp_path: Path) -> None:
    shown: list[tuple[str, str]] = []
    busy = DataDirInUse(tmp_path, Holder(4242, MODE_GUI))
    assert refuse_or_hand_over(busy, show_error=lambda t, x: shown.append((t, x)), hand=lambda p: True) == 0
    assert shown == []


def test_a_window_that_does_not_answer_is_named(tmp_path: Path) -> None:
    shown: list[tuple[str, str]] = []
    for holder in (Holder(4242, MODE_GUI), Holder(None, None)):
        busy = DataDirInUse(tmp_path, holder)
        code = refuse_or_hand_over(busy, show_error=lambda t, x: shown.append((t, x)), hand=lambda p: False)
        assert code == EXIT_IN_USE
    assert "4242" in shown[0][1] and "window" in shown[0][1]
    assert "process" not in shown[1][1]
    assert all("{" not in text for _t, text in shown)
    assert in_use_text(DataDirInUse(tmp_path, Holder(7, "engine")))[1].count("7") >= 1


def test_second_postdesk_launch_brings_the_running_window_forward(qtbot, tmp_path: Path) -> None:
    """The real command, `python -m postdesk`, against this process playing the running window."""
    window = QWidget()
    qtbot.addWidget(window)
    lock = instance_lock.hold(tmp_path, MODE_GUI)
    server = InstanceServer(tmp_path, on_activate=lambda: bring_to_front(window))
    try:
        assert server.listen()
        second = subprocess.Popen(
            [sys.executable, "-m", "postdesk", "--data-dir", str(tmp_path)],
            cwd=REPO,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO / "src")},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            qtbot.waitUntil(lambda: second.poll() is not None, timeout=60000)
        finally:
            if second.poll() is None:  # it would be showing a modal box nobody can close
                second.kill()
            _out, err = second.communicate()
        assert second.returncode == 0, err.decode()
        assert window.isVisible()
        # the running window still owns the folder
        assert instance_lock.read_holder(tmp_path) == Holder(os.getpid(), MODE_GUI)
    finally:
        server.close()
        lock.release()
