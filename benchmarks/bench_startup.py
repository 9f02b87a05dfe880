"""App start to first window shown, as a ratio against a bare PySide6 window started the same way.

Both are started as fresh processes (interpreter start included, as a user experiences it) with
the offscreen platform, and each reports when its first window has been shown and painted.
Postdesk's first window is its sidebar with a calm loading state (start-up paints first and
loads after, issue 11); `postdesk_ready_ms` is when the panes are in place (the store opened on
the disk worker, the first screen's panes built), reported beside it so the cost moved after
the first paint stays in sight.

Bytecode is cached as in an installed app (pip compiles `.pyc` files at install): the children
write and read it under a temporary `PYTHONPYCACHEPREFIX`, warmed by one start of each before
timing, even where the environment sets `PYTHONDONTWRITEBYTECODE` (this machine's does; there
every start would compile Postdesk's modules from source, which no user's start does).

Before and after start-up painted first (issue 11, 2026-12-04, 2-core machine, load average
about 2.7, 7 rounds, old and new code run interleaved with the same bytecode caching): bare
88 ms; old first window (everything built before the show) 1218 ms, 13.8x; new first window
155-165 ms, 1.76-1.87x; new panes ready 976-1119 ms (11-12.7x), sooner than the old first
window. Under a load average of 6-9 the new first window measured 1.55-2.08x. Without bytecode
caching (the environment's PYTHONDONTWRITEBYTECODE) the old code measured 1327 ms, 15.8x.
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
sys.exit(run_gui(Paths(Path(sys.argv[1])).ensure(), on_shown=lambda w: (w.grab(), print("shown", flush=True), True),
                 on_ready=lambda w: (w.grab(), print("ready", flush=True), True)))
"""


def _env(pycache: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=pycache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _time(code: str, *args: str, pycache: str) -> dict[str, float]:
    """Seconds from the process's start to each line it prints ("shown", then "ready")."""
    env = _env(pycache)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    )
    assert proc.stdout is not None
    seen: dict[str, float] = {}
    for line in proc.stdout:
        seen.setdefault(line.strip(), time.perf_counter() - start)
    proc.wait(timeout=60)
    if "shown" not in seen:
        raise RuntimeError("the window was never shown")
    return seen


def run(rounds: int = 7) -> dict[str, float]:
    """Start both `rounds` times, interleaved; return medians and the ratio."""
    bare, ours, ready = [], [], []
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as pycache:
        # The first runs create and migrate the database and compile the bytecode: not a typical start.
        _time(BARE, pycache=pycache)
        _time(POSTDESK, home, pycache=pycache)
        for _ in range(rounds):
            bare.append(_time(BARE, pycache=pycache)["shown"])
            seen = _time(POSTDESK, home, pycache=pycache)
            ours.append(seen["shown"])
            ready.append(seen["ready"])
    b, o, r = statistics.median(bare), statistics.median(ours), statistics.median(ready)
    return {
        "bare_window_ms": b * 1000,
        "postdesk_ms": o * 1000,
        "ratio": o / b,
        "postdesk_ready_ms": r * 1000,
        "ready_ratio": r / b,
    }


if __name__ == "__main__":
    result = run()
    print(
        f"startup: bare PySide6 {result['bare_window_ms']:.0f} ms, Postdesk {result['postdesk_ms']:.0f} ms, "
        f"ratio {result['ratio']:.2f}; panes ready at {result['postdesk_ready_ms']:.0f} ms"
    )
