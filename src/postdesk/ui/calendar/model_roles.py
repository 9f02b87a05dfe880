"""What the calendar's models and delegates share: the item data roles, the drag format of a
post, and the one-line description of an entry for tooltips and screen readers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, tzinfo

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from postdesk.core.calendar import CalendarEntry, to_local
from postdesk.ui.calendar.wording import format_day, format_time, network_name, status_word
from postdesk.ui.i18n import plural_context
from postdesk.ui.local_format import format_list

CalendarCells = plural_context("CalendarCells")

ENTRIES_ROLE = Qt.ItemDataRole.UserRole + 1
DATE_ROLE = Qt.ItemDataRole.UserRole + 2
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 3
IS_TODAY_ROLE = Qt.ItemDataRole.UserRole + 4
IN_PERIOD_ROLE = Qt.ItemDataRole.UserRole + 5
NOW_FRACTION_ROLE = Qt.ItemDataRole.UserRole + 6
HOUR_ROLE = Qt.ItemDataRole.UserRole + 7
IN_GAP_ROLE = Qt.ItemDataRole.UserRole + 8
#: Grid cells: the warnings of every post, by post id (the delegate marks the chips that have some);
#: agenda rows: the warnings of that row's post.
WARNINGS_ROLE = Qt.ItemDataRole.UserRole + 9
#: Grid cells: what holds each held post, worded, by post id (the delegate marks those chips).
HOLDS_ROLE = Qt.ItemDataRole.UserRole + 10

POST_MIME = "application/x-postdesk-post"

ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
AGENDA_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        ENTRY_ROLE,
        WARNINGS_ROLE,
    }
)

AnyIndex = QModelIndex | QPersistentModelIndex


def encode_post(post_id: int) -> QMimeData:
    """Mime data carrying a post id for a drag."""
    mime = QMimeData()
    mime.setData(POST_MIME, QByteArray(str(post_id).encode("ascii")))
    return mime


def decode_post(mime: QMimeData | None) -> int | None:
    """The post id in drag data, or None when it carries none."""
    if mime is None or not mime.hasFormat(POST_MIME):
        return None
    try:
        return int(bytes(mime.data(POST_MIME).data()).decode("ascii"))
    except ValueError:
        return None


def with_warnings(line: str, warnings: Sequence[str]) -> str:
    """An entry's line followed by its warnings, one per line, each marked."""
    return "\n".join([line, *(f"⚠ {w}" for w in warnings)])


def describe_cell_head(day: date, hour: int | None, posts: int) -> str:
    """A cell's first line for screen readers and tooltips: its day (and hour), how many posts."""
    head = format_day(day)
    if hour is not None:
        head += " " + format_time(datetime.combine(day, time(hour)))
    return head + ": " + CalendarCells.tr("%n post(s)", "", posts)


def describe_entry(entry: CalendarEntry, zone: tzinfo, status: str | None = None) -> str:
    """One line for screen readers and tooltips: time, status, networks, text.

    `status` replaces the status word when something holds the post (`core.waiting`): "Waiting
    for a connection" says more than "Publishing".
    """
    parts = []
    if entry.instant is not None:
        parts.append(format_time(to_local(entry.instant, zone)))
    parts.append(status or status_word(entry.status))
    if entry.networks:
        parts.append(format_list([network_name(n) for n in entry.networks]))
    if entry.slot_name:
        parts.append(entry.slot_name)
    if entry.summary:
        parts.append(entry.summary)
    return " · ".join(parts)


def full_text_tip(entry: CalendarEntry, zone: tzinfo, hold: str | None, warnings: Sequence[str]) -> str:
    """A card's tooltip: time, state and networks, its warnings, then the post's full text."""
    line = describe_entry(replace(entry, text=""), zone, hold)
    line = with_warnings(line, warnings)
    return f"{line}\n\n{entry.text}" if entry.text.strip() else line
