"""The Qt binding must not leak or drop references to None/True (PySide6 6.12.0 did).

On Python 3.11 None and True are not immortal: a binding that drops one reference per call
aborts the whole app after enough calls ("bool_dealloc"/"none_dealloc"). Caught while the
calendar benchmark crashed; the version is pinned in pyproject.toml.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    ping = Signal(int)


def test_void_calls_and_signal_emits_keep_none_and_true_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    received: list[int] = []
    emitter.ping.connect(received.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(2000):
        label.setText("x")
        emitter.ping.emit(i)
    assert len(received) == 2000
    # Other threads may hold a few transient references; a per-call leak shows up as ~2000.
    assert abs(sys.getrefcount(None) - none_before) < 200
    assert abs(sys.getrefcount(True) - true_before) < 200
