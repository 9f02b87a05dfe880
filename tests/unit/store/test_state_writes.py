"""A target's state is written only through `core.states` (issue 11.4).

`store.post_writes` is the one module that assigns `TargetRow.state` (each time through a
`core.states` transition or, for a row not stored yet, its initial state). This test reads every
module under `src/postdesk` and fails on any other assignment: `<obj>.state = ...` on something
other than `self`, a `state=` keyword in a `TargetRow(...)` or `.values(...)` call, or a
`"state"` key in a dict passed to `.values(...)`.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[3] / "src" / "postdesk"
ALLOWED = {"store/post_writes.py"}


def _violations(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            targets = [node.target]
        for target in targets:
            if (
                isinstance(target, ast.Attribute)
                and target.attr == "state"
                and not (isinstance(target.value, ast.Name) and target.value.id == "self")
            ):
                found.append(f"line {node.lineno}: assigns .state")
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name in {"TargetRow", "values"}:
                if any(k.arg == "state" for k in node.keywords):
                    found.append(f"line {node.lineno}: {name}(state=...)")
                for arg in node.args:
                    if isinstance(arg, ast.Dict) and any(
                        isinstance(k, ast.Constant) and k.value == "state" for k in arg.keys
                    ):
                        found.append(f"line {node.lineno}: {name}({{'state': ...}})")
            if (
                name == "setattr"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
                and node.args[1].value == "state"
            ):
                found.append(f"line {node.lineno}: setattr(..., 'state', ...)")
    return found


def test_only_post_writes_assigns_a_target_state() -> None:
    bad: dict[str, list[str]] = {}
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel in ALLOWED or "migrations/versions" in rel:
            continue
        hits = _violations(path)
        if hits:
            bad[rel] = hits
    assert bad == {}, f"target states written outside store/post_writes.py: {bad}"


def test_the_check_sees_each_kind_of_write(tmp_path: Path) -> None:
    """The detector itself: each way the old code wrote a state is caught."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "row.state = 'published'\n"
        "conn.execute(update(t).values(state='scheduled'))\n"
        "TargetRow(post_id=1, state='draft')\n"
        "conn.execute(insert(t).values({'state': 'draft'}))\n"
        "self.state = 'fine'\n",
        encoding="utf-8",
    )
    assert len(_violations(sample)) == 4


def test_post_writes_goes_through_core_states() -> None:
    text = (SRC / "store" / "post_writes.py").read_text(encoding="utf-8")
    assert "from postdesk.core.states import" in text
    assert "apply(" in text
