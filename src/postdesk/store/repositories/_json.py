"""JSON helpers for the TEXT columns: compact, stable and Unicode kept as is."""

from __future__ import annotations

import json
from typing import Any


def dumps(value: Any) -> str:
    """Serialise a value for a *_json column."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def loads(text: str | None) -> Any:
    """Parse a *_json column (None stays None)."""
    return None if text is None else json.loads(text)
