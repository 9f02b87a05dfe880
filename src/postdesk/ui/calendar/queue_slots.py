"""The calendar's part of queues and repeats (issue 13): repeating posts marked as such, the free
slot a dragged draft lands in, and the words for both.

Kept beside `view.py` so the pane only calls in; the store work is `QueuesRepository`'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, tzinfo

from postdesk.core.calendar import CalendarEntry, EntryStatus, to_local
from postdesk.store.repositories.queues import QueuesRepository

#: Put before the text of a post that repeats (every view, its tooltip and its spoken line).
REPEAT_MARK = "\u21bb "


def mark_repeats(entries: list[CalendarEntry], queues: QueuesRepository | None) -> list[CalendarEntry]:
    """The entries, those of a running repeat series marked (runs on the worker)."""
    if queues is None:
        return entries
    ids = [e.post_id for e in entries if e.post_id is not None]
    if not ids:
        return entries
    repeating = {post_id for post_id, info in queues.repeating(ids).items() if not info.stopped}
    return [replace(e, text=REPEAT_MARK + e.text.lstrip()) if e.post_id in repeating else e for e in entries]


def is_repeating(entry: CalendarEntry) -> bool:
    """Whether the entry belongs to a running repeat series (as `mark_repeats` marked it)."""
    return entry.post_id is not None and entry.summary.startswith(REPEAT_MARK)


def free_slot_in(
    entries: Sequence[CalendarEntry], day: date, hour: int | None, zone: tzinfo, now: datetime
) -> CalendarEntry | None:
    """The first free queue slot shown in a cell (a month day, or a week hour), still ahead."""
    for entry in entries:
        if entry.status is not EntryStatus.QUEUE_SLOT or entry.instant is None or entry.instant <= now:
            continue
        local = to_local(entry.instant, zone)
        if local.date() == day and (hour is None or local.hour == hour):
            return entry
    return None
