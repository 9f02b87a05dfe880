"""`mypy --strict` over the files configured in pyproject.toml (the pure core) must pass."""

from __future__ import annotations

import getpass
import tempfile
from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api", reason="mypy is in the test extra")

ROOT = Path(__file__).resolve().parents[2]


def _cache_dir() -> Path:
    # A cache kept between runs in the temp dir makes a re-run take ~0.5 s instead of ~3 s;
    # it lives outside the work tree so that it is never committed.
    return Path(tempfile.gettempdir()) / f"postdesk-mypy-cache-{getpass.getuser()}"


def test_core_passes_mypy_strict(monkeypatch: pytest.MonkeyPatch) -> None:
    # The `files` paths in pyproject.toml are relative to the project root.
    monkeypatch.chdir(ROOT)
    stdout, stderr, status = mypy_api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(_cache_dir()),
            "--no-error-summary",
            "--show-error-codes",
        ]
    )
    assert status == 0, f"mypy found errors:\n{stdout}{stderr}"
    assert stdout.strip() == "", stdout
