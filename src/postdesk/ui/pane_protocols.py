"""What the app tells panes, as small typed Protocols (no `hasattr`, no lookups by string key).

The composition root (`app.py`) keeps its panes in a typed object and hands each change to the
panes that follow it: a pane that shows times follows the time zone, a pane that lists accounts
follows account changes. A theme change needs no Protocol: the app sets the palette and every
widget gets Qt's `PaletteChange`.
"""

from __future__ import annotations

from typing import Protocol
from zoneinfo import ZoneInfo


class TimeZoneFollower(Protocol):
    """Shows or picks times in the user's zone, and follows a change at once."""

    def set_time_zone(self, zone: ZoneInfo) -> None:
        """Show and pick times in `zone` from now on."""
        ...


class AccountsFollower(Protocol):
    """Lists the connected accounts, and reloads them when they change."""

    def reload_accounts(self) -> None:
        """Read the accounts again."""
        ...
