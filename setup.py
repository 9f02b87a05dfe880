"""Build hook: compile the translation catalogues into package data (the rest is in pyproject.toml).

`translations/postdesk_<locale>.ts` are the source of truth; the `.qm` files Qt loads are compiled
here with PySide6's `lrelease` and never committed. A wheel gets them in `postdesk/translations/`;
an editable install (`pip install -e .`) gets them next to the source in `src/postdesk/translations/`
(ignored by git), where the installed package finds them. PyInstaller's spec compiles its own copy
(`packaging/build_assets.py`), and `scripts/translations.sh` refreshes and compiles a checkout.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _lrelease() -> list[str]:
    """PySide6's lrelease (its console script, else the binary inside the PySide6 package)."""
    script = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if script:
        return [script]
    try:
        import PySide6
    except ImportError as error:  # the build requirements in pyproject.toml bring it
        raise RuntimeError("compiling the translations needs PySide6 (pyside6-lrelease)") from error
    folder = Path(PySide6.__file__).parent
    for candidate in (folder / "lrelease", folder / "lrelease.exe", folder / "Qt" / "libexec" / "lrelease"):
        if candidate.exists():
            return [str(candidate)]
    raise RuntimeError("pyside6-lrelease not found in the installed PySide6")


def compile_catalogues(target: Path) -> list[Path]:
    """Compile every translations/postdesk_*.ts into `target`; return the .qm files."""
    sources = sorted((HERE / "translations").glob("postdesk_*.ts"))
    if not sources:
        raise RuntimeError("no translations/postdesk_*.ts to compile (is MANIFEST.in including them?)")
    target.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sources:
        qm = target / f"{ts.stem}.qm"
        subprocess.run([*_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


class BuildPyWithTranslations(build_py):
    """build_py, then the compiled catalogues as package data of `postdesk`."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            target = HERE / "src" / "postdesk" / "translations"
        else:
            target = Path(self.build_lib) / "postdesk" / "translations"
        compile_catalogues(target)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        if not getattr(self, "editable_mode", False):
            folder = Path(self.build_lib) / "postdesk" / "translations"
            outputs += [str(folder / f"{ts.stem}.qm") for ts in sorted((HERE / "translations").glob("postdesk_*.ts"))]
        return sorted(set(outputs))


setup(cmdclass={"build_py": BuildPyWithTranslations})
