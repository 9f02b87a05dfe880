"""No raw hex colours in ui/ outside the design tokens (`ui/look/`) and `ui/theme.py`.

The allow-list names what is not converted yet (panes reworked by others in this wave, converted
in the next). It may only shrink: a listed file or folder that no longer holds a raw colour fails
the test too, so whoever converts it takes it off the list.
"""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "src" / "postdesk" / "ui"
_HEX = re.compile(r"#[0-9a-fA-F]{6}(?:[0-9a-fA-F]{2})?\b")

#: Where colours are declared: the tokens and the theme built from them.
HOMES = ("look/", "theme.py")

#: Not converted yet. Folders end in "/". Shrink only.
NOT_YET_CONVERTED: tuple[str, ...] = ()


def _offenders() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(UI.rglob("*.py")):
        rel = path.relative_to(UI).as_posix()
        if rel.startswith(HOMES):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _HEX.search(line):
                found.setdefault(rel, []).append(f"{rel}:{number}: {line.strip()}")
    return found


def _listed(rel: str) -> str | None:
    return next(
        (entry for entry in NOT_YET_CONVERTED if rel == entry or (rel.startswith(entry) and entry.endswith("/"))), None
    )


def test_no_raw_hex_colours_outside_the_tokens() -> None:
    strays = [line for rel, lines in _offenders().items() if _listed(rel) is None for line in lines]
    assert not strays, "use ui.look.tokens (or the palette) instead of raw colours:\n" + "\n".join(strays)


def test_the_allow_list_only_shrinks() -> None:
    found = _offenders()
    stale = [entry for entry in NOT_YET_CONVERTED if not any(_listed(rel) == entry for rel in found)]
    assert not stale, f"converted: take these off NOT_YET_CONVERTED: {stale}"
