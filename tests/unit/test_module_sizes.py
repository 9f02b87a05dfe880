"""No module of a split pane grows back into a monolith (issue 11, item 7).

A pane is a small coordinator of typed parts; every module under each package listed here stays
at or under `MAX_LINES`. When a module outgrows it, split off a part with a narrow interface
rather than raise the limit. Packages join the list as their pane is split.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import postdesk

#: The most lines a module of a split pane may have.
MAX_LINES = 400

#: The packages (under src/postdesk/) whose modules are held to `MAX_LINES`.
SPLIT_PACKAGES = [
    "ui/composer",
    "ui/calendar",
    "ui/media_library",
]

_ROOT = Path(postdesk.__file__).parent


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("package", SPLIT_PACKAGES)
def test_no_module_of_a_split_pane_is_over_the_limit(package: str) -> None:
    folder = _ROOT / package
    modules = sorted(folder.glob("*.py"))
    assert modules, f"{package} has no modules (moved?)"
    too_long = {p.name: n for p in modules if (n := _lines(p)) > MAX_LINES}
    assert not too_long, f"modules of {package} over {MAX_LINES} lines (split them into parts): {too_long}"


def test_the_size_check_sees_a_long_module(tmp_path: Path) -> None:
    long = tmp_path / "long.py"
    long.write_text("x = 1\n" * (MAX_LINES + 1), encoding="utf-8")
    assert _lines(long) > MAX_LINES
