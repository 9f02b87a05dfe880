"""Idle memory after start: Postdesk's resident set against a bare PySide6 window's, same run.

Each is started as a fresh process with the offscreen platform. The bare window reports its
resident set size (RSS) once it has been shown and the event loop has idled for a second;
Postdesk reports it once its panes are in place (not just the loading window) and the loop has
idled for a second. RSS is read from /proc/self/status (Linux); elsewhere the peak RSS from
`resource` stands in.

Before and after start-up painted first (issue 11, 2026-12-04, same method): the old window,
every pane built before it showed, idled at 217 MB; the new one at 210-229 MB over three runs
(Queues, Insights and Media are built on first visit; the store, the engine and the first
screen's panes are all loaded when it is read). A bare PySide6 window idles at about 49 MB.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile

RSS = """
def rss_mb():
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

BARE = (
    RSS
    + """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1200, 780); w.show()
QTimer.singleShot(1000, lambda: (print("rss", rss_mb(), flush=True), app.quit()))
app.exec()
"""
)

POSTDESK = (
    RSS
    + """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from postdesk.paths import Paths
from postdesk.app import run_gui

def ready(window):
    QTimer.singleShot(1000, lambda: (print("rss", rss_mb(), flush=True), QApplication.quit()))
    return False

sys.exit(run_gui(Paths(Path(sys.argv[1])).ensure(), on_ready=ready))
"""
)


def _rss(code: str, *args: str, pycache: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=pycache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as bench_startup: bytecode cached as installed
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120, check=True
    )
    for line in out.stdout.splitlines():
        if line.startswith("rss "):
            return float(line.split()[1])
    raise RuntimeError("no memory reading: " + out.stderr[-500:])


def run(rounds: int = 3) -> dict[str, float]:
    """Start both `rounds` times, interleaved; return the median RSS of each and the ratio."""
    bare, ours = [], []
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as pycache:
        _rss(BARE, pycache=pycache)
        _rss(POSTDESK, home, pycache=pycache)  # the first run creates the database
        for _ in range(rounds):
            bare.append(_rss(BARE, pycache=pycache))
            ours.append(_rss(POSTDESK, home, pycache=pycache))
    b, o = statistics.median(bare), statistics.median(ours)
    return {"bare_window_rss_mb": b, "postdesk_rss_mb": o, "ratio": o / b}


if __name__ == "__main__":
    result = run()
    print(
        f"idle memory: bare PySide6 {result['bare_window_rss_mb']:.0f} MB, "
        f"Postdesk {result['postdesk_rss_mb']:.0f} MB, ratio {result['ratio']:.2f}"
    )
