"""What the calendar has loaded and shows: the range's entries (bucketed by day on the worker),
the drafts, the filter choices, and the filter in force. Filters run here, in memory."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from postdesk.core.calendar import CalendarEntry, CalendarFilter, group_by_day
from postdesk.store.repositories.calendar import AccountChoice
from postdesk.ui.calendar.loader import LoadedExtras, LoadedRange


class ShownRange:
    """The loaded range and the filter over it.

    Attributes:
        entries: every loaded entry of the range, in time order.
        drafts: the unscheduled drafts.
        tags / accounts: what the filter menu offers.
        filter: the filter in force.
    """

    def __init__(self) -> None:
        self.entries: list[CalendarEntry] = []
        self.drafts: list[CalendarEntry] = []
        self.tags: list[str] = []
        self.accounts: list[AccountChoice] = []
        self.filter = CalendarFilter()
        self.media: dict[int, str] = {}
        self._by_day: dict[date, list[CalendarEntry]] | None = None
        self._counts: dict[date, int] | None = None

    def set_range(self, loaded: LoadedRange, zone: ZoneInfo) -> None:
        """Take a loaded range (its buckets only if made for the shown zone)."""
        self.entries = loaded.entries
        self.media = loaded.media
        self._by_day = loaded.by_day if loaded.zone.key == zone.key else None
        self._counts = loaded.counts if self._by_day is not None else None

    def set_extras(self, extras: LoadedExtras) -> None:
        self.drafts, self.tags, self.accounts = extras.drafts, extras.tags, extras.accounts

    def zone_changed(self) -> None:
        """The buckets were made for another zone: regroup until the next load."""
        self._by_day = None
        self._counts = None

    def day_counts(self) -> dict[date, int] | None:
        """How many entries each day holds when only the first of each day are read (and no
        filter is on); None when every entry shown is read."""
        return None if self.filter.active else self._counts

    def visible(self) -> list[CalendarEntry]:
        """The loaded entries that pass the filter."""
        if not self.filter.active:
            return self.entries
        return [e for e in self.entries if self.filter.matches(e)]

    def by_day(self, zone: ZoneInfo) -> dict[date, list[CalendarEntry]]:
        """The visible entries by local day. Without a filter the worker's buckets are the answer;
        a filter regroups the (already loaded, already sorted) range here, which needs no query."""
        if not self.filter.active and self._by_day is not None:
            return self._by_day
        return group_by_day(self.visible(), zone)

    def find(self, post_id: int) -> CalendarEntry | None:
        """A loaded entry or draft of that post."""
        for entry in (*self.entries, *self.drafts):
            if entry.post_id == post_id:
                return entry
        return None

    def shows_a_post(self) -> bool:
        """Whether the drafts or the range hold any post (else the store may be empty)."""
        return bool(self.drafts) or any(e.post_id is not None for e in self.entries)
