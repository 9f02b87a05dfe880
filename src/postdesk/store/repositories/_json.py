"""JSON helpers for the TEXT columns: compact, stable and Unicode kept as is.

Text enters storage here (post parts, per-network overrides, options), so lone surrogates, which
SQLite's UTF-8 encoder refuses, become U+FFFD here: a draft with a stray surrogate pasted or
typed into it (Qt can hand one over) still saves, instead of failing every autosave.
"""

from __future__ import annotations

import json
from typing import Any

from postdesk.core.text.scrub import scrub_surrogates


def dumps(value: Any) -> str:
    """Serialise a value for a *_json column (lone surrogates replaced by U+FFFD)."""
    return scrub_surrogates(json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True))


def loads(text: str | None) -> Any:
    """Parse a *_json column (None stays None)."""
    return None if text is None else json.loads(text)
