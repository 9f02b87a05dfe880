"""Build the Linux bundle once per test session (PyInstaller, `packaging/postdesk.spec`) into a temporary folder.

Under xdist the first worker that needs it builds it, under a file lock, into the run's shared temporary
folder; the other workers wait for it and reuse it (the tests are also in one xdist group).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "packaging" / "postdesk.spec"
#: A bundle already built by packaging/postdesk.spec from this same checkout (its `Postdesk/` folder) to test
#: instead of building one (a bundle older than the checkout refuses the newer database the tests seed).
ENV_PREBUILT = "POSTDESK_FROZEN_BUNDLE"
#: Files of the repository copied into the bundle for the tests only (see frozen_checks.py).
TEST_MODULES = ("tests/__init__.py", "tests/fakes/__init__.py", "tests/fakes/recording_adapter.py")


@dataclass(frozen=True)
class Frozen:
    """The built bundle.

    Attributes:
        root: the one-folder bundle (`Postdesk/`).
        executable: `Postdesk/postdesk`.
        size_bytes: the bundle's size on disk as built (before the tests add their modules).
        build_seconds: how long PyInstaller took.
        assets: what packaging/build_assets.py generated for this build (icons, notices, .qm).
    """

    root: Path
    executable: Path
    size_bytes: int
    build_seconds: float
    assets: Path

    def run(
        self, *args: str, env: dict[str, str] | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        """Run the frozen program offscreen, with the test suite's keyring (none) and `env` on top."""
        full = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "POSTDESK_"))}
        full.update({"QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
        full.update(env or {})
        return subprocess.run(
            [str(self.executable), *args], env=full, capture_output=True, text=True, timeout=timeout, cwd=self.root
        )


def folder_size(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def build_bundle(out: Path) -> tuple[Path, float]:
    """Run PyInstaller on the spec into `out`; return the bundle folder and the seconds it took."""
    started = time.perf_counter()
    done = subprocess.run(
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
        capture_output=True,
        text=True,
        timeout=1500,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if done.returncode != 0:
        raise AssertionError(f"PyInstaller failed ({done.returncode}):\n{done.stdout[-4000:]}\n{done.stderr[-8000:]}")
    return out / "dist" / "Postdesk", time.perf_counter() - started


def _shared_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for the whole run: under xdist every worker's base is a child of the run's folder."""
    base = tmp_path_factory.getbasetemp()
    return (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "postdesk-bundle"


def _prepare(folder: Path) -> Frozen:
    prebuilt = os.environ.get(ENV_PREBUILT)
    if prebuilt:
        # A copy, so the modules added below never end up in a bundle that is shipped afterwards.
        copy = folder / "dist" / "Postdesk"
        shutil.copytree(prebuilt, copy, symlinks=True)
        built_assets = Path(prebuilt).parents[1] / "build" / "postdesk" / "assets"
        if not built_assets.is_dir():
            built_assets = Path(prebuilt).parents[1] / "work" / "postdesk" / "assets"
        if built_assets.is_dir():
            shutil.copytree(built_assets, folder / "work" / "postdesk" / "assets")
        root, seconds = copy, 0.0
    else:
        root, seconds = build_bundle(folder)
    size = folder_size(root)
    internal = root / "_internal"
    shutil.copy(Path(__file__).with_name("frozen_checks.py"), internal / "postdesk_frozen_checks.py")
    for name in TEST_MODULES:
        target = internal / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / name, target)
    frozen = Frozen(
        root=root,
        executable=root / "postdesk",
        size_bytes=size,
        build_seconds=seconds,
        assets=folder / "work" / "postdesk" / "assets",
    )
    (folder / "ready.json").write_text(json.dumps({"size_bytes": size, "build_seconds": seconds}), encoding="utf-8")
    return frozen


@pytest.fixture(scope="session")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Frozen:
    """The bundle, built once per test run: the first worker to get here builds it, the others wait and reuse it."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the bundle tests build the Linux bundle (release.yml builds the others on their own OS)")
    import fcntl

    folder = _shared_folder(tmp_path_factory)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes (or the worker dies)
        ready = folder / "ready.json"
        if ready.exists():
            facts = json.loads(ready.read_text(encoding="utf-8"))
            root = folder / "dist" / "Postdesk"
            return Frozen(
                root=root,
                executable=root / "postdesk",
                size_bytes=facts["size_bytes"],
                build_seconds=facts["build_seconds"],
                assets=folder / "work" / "postdesk" / "assets",
            )
        if folder.exists():
            shutil.rmtree(folder)  # a build that died half-way
        folder.mkdir(parents=True)
        return _prepare(folder)
