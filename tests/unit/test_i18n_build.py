"""The build compiles the catalogues into package data: setup.py's build_py writes a `.qm` for every
`translations/postdesk_*.ts` into `postdesk/translations/` of the build (the wheel's content), from a
checkout that has no `.qm` at all (they are never committed)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTranslator

REPO = Path(__file__).resolve().parents[2]


def _checkout_without_qm(into: Path) -> Path:
    root = into / "checkout"
    ignore = shutil.ignore_patterns("*.qm", "__pycache__", "*.egg-info")
    shutil.copytree(REPO / "src", root / "src", ignore=ignore)
    shutil.copytree(REPO / "translations", root / "translations")
    for name in ("setup.py", "pyproject.toml", "MANIFEST.in", "README.md"):
        shutil.copy(REPO / name, root / name)
    assert not list(root.rglob("*.qm"))
    return root


def test_build_py_compiles_every_catalogue_into_the_package(tmp_path: Path) -> None:
    root = _checkout_without_qm(tmp_path)
    lib = tmp_path / "lib"
    done = subprocess.run(
        [sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(lib)],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    catalogues = sorted(p.stem for p in (REPO / "translations").glob("postdesk_*.ts"))
    built = lib / "postdesk" / "translations"
    assert sorted(p.stem for p in built.glob("*.qm")) == catalogues
    for qm in built.glob("*.qm"):
        assert QTranslator().load(str(qm)), qm
    assert not list((root / "src").rglob("*.qm")), "a wheel build must not write into the source tree"


def test_the_qm_files_are_package_data_and_never_committed() -> None:
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '"translations/*.qm"' in pyproject
    assert "*.qm" in (REPO / ".gitignore").read_text(encoding="utf-8").split()
    tracked = subprocess.run(["git", "ls-files", "*.qm"], cwd=REPO, capture_output=True, text=True, check=True)
    assert tracked.stdout.strip() == ""
    assert "translations/postdesk_*.ts" in (REPO / "MANIFEST.in").read_text(encoding="utf-8")
