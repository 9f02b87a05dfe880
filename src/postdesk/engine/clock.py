"""The engine's clock: the only place it reads time, so tests can inject their own."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    """Wall-clock and elapsed time."""

    def now(self) -> datetime:
        """The current instant, tz-aware UTC."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps (stopped during sleep on Linux/macOS)."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        """The current instant, tz-aware UTC."""
        return datetime.now(UTC)

    def monotonic(self) -> float:
        """`time.monotonic()`."""
        return time.monotonic()
