"""tests/ui/ mirrors src/postdesk/ui/: a pane's tests live in the folder named like its package.

A test file at the top of tests/ui/ whose name starts with a pane package's name (test_composer_…,
test_calendar_…) belongs in that package's folder; every folder under tests/ui/ names a package of ui/.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "src" / "postdesk" / "ui"
TESTS = ROOT / "tests" / "ui"

PACKAGES = sorted(p.name for p in UI.iterdir() if p.is_dir() and (p / "__init__.py").exists())


def test_every_folder_of_tests_ui_names_a_package_of_ui() -> None:
    folders = sorted(p.name for p in TESTS.iterdir() if p.is_dir() and p.name != "__pycache__")
    assert folders, "tests/ui/ has no package folders"
    assert [f for f in folders if f not in PACKAGES] == []
    assert all((TESTS / f / "__init__.py").exists() for f in folders)


def test_no_pane_test_is_left_at_the_top() -> None:
    # `media_library` tests are named test_media_…; `csv_import` test_csv_…: the package's first word.
    prefixes = {package: f"test_{package.split('_')[0]}" for package in PACKAGES if (TESTS / package).is_dir()}
    misplaced = [
        path.name
        for path in TESTS.glob("test_*.py")
        for package, prefix in prefixes.items()
        if path.stem == prefix or path.stem.startswith(prefix + "_")
    ]
    assert misplaced == []
