"""App start to first window shown, as a ratio against a bare PySide6 window started the same way.

Both are started as fresh processes (interpreter start included, as a user experiences it) with
the offscreen platform, and each reports when its first window has been shown and painted.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1200, 780); w.show()
QTimer.singleShot(0, lambda: (w.grab(), print("shown", flush=True), app.quit()))
app.exec()
"""

POSTDESK = """
import sys
from postdesk.paths import Paths
from postdesk.app import run_gui
from pathlib import Path
sys.exit(run_gui(Paths(Path(sys.argv[1])).ensure(), on_shown=lambda w: (w.grab(), print("shown", flush=True), True)))
"""


def _time(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("shown"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError("the window was never shown")
    proc.wait(timeout=60)
    return elapsed


def run(rounds: int = 7) -> dict[str, float]:
    """Start both `rounds` times, interleaved; return medians and the ratio."""
    bare, ours = [], []
    with tempfile.TemporaryDirectory() as home:
        _time(POSTDESK, home)  # first run creates and migrates the database: not a typical start
        for _ in range(rounds):
            bare.append(_time(BARE))
            ours.append(_time(POSTDESK, home))
    b, o = statistics.median(bare), statistics.median(ours)
    return {"bare_window_ms": b * 1000, "postdesk_ms": o * 1000, "ratio": o / b}


if __name__ == "__main__":
    result = run()
    print(
        f"startup: bare PySide6 {result['bare_window_ms']:.0f} ms, Postdesk {result['postdesk_ms']:.0f} ms, "
        f"ratio {result['ratio']:.2f}"
    )
