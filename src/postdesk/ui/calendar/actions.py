"""What the calendar asks of the publishing engine (`CalendarActions`)."""

from __future__ import annotations

from typing import Protocol


class CalendarActions(Protocol):
    """What the calendar asks of the publishing engine; the lead wires the real engine facade.

    Calls return at once; the engine reports the outcome as events, after which the app calls
    `CalendarPane.reload()`.
    """

    def pause(self, post_id: int) -> None:
        """Hold every scheduled target of the post."""

    def resume(self, post_id: int) -> None:
        """Release a paused post back to its schedule."""

    def retry(self, post_id: int) -> None:
        """Try the failed targets of the post again now."""

    def schedule_changed(self, post_id: int) -> None:
        """The post's time changed (moved, scheduled, unscheduled by undo, deleted)."""
