"""Frozen bundle: its size on disk, and its start to first window shown against the start from source.

The bundle is built with PyInstaller from `packaging/postdesk.spec` (or taken from
`POSTDESK_FROZEN_BUNDLE`, a built `dist/Postdesk/` folder). Both programs are started as fresh
processes the same way a user starts them — the frozen `postdesk` executable, and `python -m
postdesk` from this checkout — offscreen, on the same already-migrated data directory, with
`POSTDESK_EXIT_AFTER_SHOWN=1` so each prints a line once its main window is shown and painted and
then quits. Starts alternate between the two; medians are reported, and `ratio` is frozen over
source. `--version` (interpreter and imports only, no Qt) is timed the same way.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "packaging" / "postdesk.spec"


def _build(out: Path) -> tuple[Path, float]:
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "work"),
            str(SPEC),
        ],
        cwd=REPO,
        check=True,
        capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return out / "dist" / "Postdesk", time.perf_counter() - start


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POSTDESK_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        POSTDESK_EXIT_AFTER_SHOWN="1",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return env


def _time(command: list[str], marker: str) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_env(), text=True, cwd=tempfile.gettempdir()
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith(marker):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command[0]} never printed {marker!r}")
    proc.wait(timeout=120)
    return elapsed


def _size(root: Path) -> tuple[int, int]:
    files = [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def run(rounds: int = 5) -> dict[str, float]:
    """Build (or reuse) the bundle, then start both `rounds` times, interleaved; return medians and ratios."""
    with tempfile.TemporaryDirectory() as scratch:
        prebuilt = os.environ.get("POSTDESK_FROZEN_BUNDLE")
        bundle, build_s = (Path(prebuilt), 0.0) if prebuilt else _build(Path(scratch) / "build")
        size, count = _size(bundle)
        home = str(Path(scratch) / "home")
        frozen = [str(bundle / "postdesk"), "--data-dir", home]
        source = [sys.executable, "-m", "postdesk", "--data-dir", home]
        _time(frozen, "postdesk: window shown")  # creates and migrates the database: not a typical start
        _time(source, "postdesk: window shown")
        f_win, s_win, f_ver, s_ver = [], [], [], []
        for _ in range(rounds):
            f_win.append(_time(frozen, "postdesk: window shown"))
            s_win.append(_time(source, "postdesk: window shown"))
            f_ver.append(_time([str(bundle / "postdesk"), "--version"], "Postdesk "))
            s_ver.append(_time([sys.executable, "-m", "postdesk", "--version"], "Postdesk "))
    fw, sw = statistics.median(f_win), statistics.median(s_win)
    fv, sv = statistics.median(f_ver), statistics.median(s_ver)
    result = {
        "bundle_mb": size / 1e6,
        "bundle_files": count,
        "frozen_window_ms": fw * 1000,
        "source_window_ms": sw * 1000,
        "ratio": fw / sw,
        "frozen_version_ms": fv * 1000,
        "source_version_ms": sv * 1000,
        "version_ratio": fv / sv,
    }
    if build_s:
        result["build_s"] = build_s
    return result


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.3g}" if isinstance(value, float) else f"{key}: {value}")
