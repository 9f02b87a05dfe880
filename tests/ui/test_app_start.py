"""The real start path: `python -m postdesk` in a fresh process, as a user starts it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

START_AND_QUIT = """
import sys
from pathlib import Path
from postdesk.app import run_gui
from postdesk.paths import Paths
code = run_gui(Paths(Path(sys.argv[1])).ensure(),
               on_shown=lambda w: (print("shown", w.windowTitle(), ",".join(w.pane_keys()), flush=True), True)[1],
               show_error=lambda title, text: print("error", title, "|", text, flush=True))
sys.exit(code)
"""


def _env(home) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", POSTDESK_HOME=str(home))


def test_version_flag() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "postdesk", "--version"], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.startswith("Postdesk ")


def test_first_start_creates_the_database_and_shows_the_window(tmp_path) -> None:
    home = tmp_path / "home"
    out = subprocess.run(
        [sys.executable, "-c", START_AND_QUIT, str(home)],
        capture_output=True,
        text=True,
        timeout=120,
        env=_env(home),
    )
    assert out.returncode == 0, out.stderr
    assert "shown Postdesk" in out.stdout
    assert "composer" in out.stdout and "settings" in out.stdout
    with sqlite3.connect(home / "postdesk.sqlite3") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_a_damaged_database_is_explained_and_left_alone(tmp_path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    damaged = home / "postdesk.sqlite3"
    damaged.write_bytes(b"this is not a database" * 100)
    out = subprocess.run(
        [sys.executable, "-c", START_AND_QUIT, str(home)],
        capture_output=True,
        text=True,
        timeout=120,
        env=_env(home),
    )
    assert out.returncode == 2
    assert "shown" not in out.stdout
    assert "error Postdesk can't read its database" in out.stdout
    assert "Nothing has been changed" in out.stdout
    assert damaged.read_bytes() == b"this is not a database" * 100
