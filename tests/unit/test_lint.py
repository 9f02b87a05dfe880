"""The tree is `ruff format`ted and `ruff check` clean (src, tests, benchmarks).

Run as a test so a formatting slip or a lint finding fails the suite like any other bug, with
the settings of pyproject.toml's [tool.ruff]. Marked `lint` so it can be left out
(`-m "not lint"`) while a change is half-written.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.lint

ROOT = Path(__file__).resolve().parents[2]
PATHS = ("src", "tests", "benchmarks")


def _ruff() -> str:
    beside = Path(sys.executable).with_name("ruff")
    found = str(beside) if beside.exists() else shutil.which("ruff")
    if found is None:
        pytest.fail("ruff is not installed: pip install -e '.[test]'")
    return found


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([_ruff(), *args, *PATHS], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)


def test_ruff_format_leaves_every_file_as_it_is() -> None:
    result = _run("format", "--check", "--no-cache")
    assert result.returncode == 0, "Run `ruff format src tests benchmarks`:\n" + result.stdout + result.stderr


def test_ruff_check_finds_nothing() -> None:
    result = _run("check", "--no-cache", "--output-format", "concise")
    assert result.returncode == 0, result.stdout + result.stderr
