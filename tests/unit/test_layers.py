"""The import rules of ARCHITECTURE.md and STYLE.md, checked on every module's source."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "postdesk"

# Which postdesk packages each layer may import (a layer imports only layers below it).
ALLOWED = {
    "core": {"core"},
    "store": {"core", "store", "paths", "log"},
    "media": {"core", "media", "store", "paths", "log"},
    "auth": {"core", "auth", "store", "paths", "log", "http_bounds"},
    "platforms": {"core", "platforms", "auth", "media", "store", "paths", "log", "http_bounds"},
    "engine": {"core", "engine", "platforms", "auth", "media", "store", "paths", "log", "http_bounds"},
}
QT_ALLOWED = ("ui/", "app.py", "__main__.py", "engine/qt_bridge.py")


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "migrations/versions" not in p.as_posix())


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(SRC).as_posix())
def test_module_respects_layers(path: Path) -> None:
    rel = path.relative_to(SRC).as_posix()
    imports = _imports(path)
    if not rel.startswith(QT_ALLOWED):
        qt = sorted(name for name in imports if name.split(".")[0] in {"PySide6", "qasync", "shiboken6"})
        assert not qt, f"{rel} imports Qt outside ui/: {qt}"
    if rel != "auth/vault.py":
        assert not any(n.split(".")[0] == "keyring" for n in imports), f"{rel} imports keyring"
    layer = rel.split("/")[0]
    if layer in ALLOWED:
        own = {n.split(".")[1] for n in imports if n.startswith("postdesk.") and n.count(".") >= 1}
        bad = sorted(own - ALLOWED[layer])
        assert not bad, f"{rel} ({layer}/) imports layers above it: {bad}"


def test_core_reads_no_clock_and_does_no_io() -> None:
    forbidden = ("datetime.now(", "datetime.utcnow(", "time.time(", "open(", "date.today(")
    for path in (SRC / "core").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for needle in forbidden:
            assert needle not in text, f"core/{path.name} uses {needle}"


def test_every_module_has_a_docstring() -> None:
    missing = [
        p.relative_to(SRC).as_posix()
        for p in _modules()
        if ast.get_docstring(ast.parse(p.read_text(encoding="utf-8"))) is None
    ]
    assert not missing, f"modules without a docstring: {missing}"
