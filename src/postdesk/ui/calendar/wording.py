"""Words for the calendar's status and problem codes (`core/` returns codes, `ui/` words them)."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from postdesk.core.calendar import CalendarProblem, EntryStatus, WallTime
from postdesk.core.networks import Network, look
from postdesk.ui.local_format import DatePattern, date_pattern


def status_word(status: EntryStatus) -> str:
    """The short name of an entry status."""
    words = {
        EntryStatus.DRAFT: QCoreApplication.translate("Calendar", "Draft"),
        EntryStatus.SCHEDULED: QCoreApplication.translate("Calendar", "Scheduled"),
        EntryStatus.QUEUE_SLOT: QCoreApplication.translate("Calendar", "Empty queue slot"),
        EntryStatus.PUBLISHING: QCoreApplication.translate("Calendar", "Publishing"),
        EntryStatus.PUBLISHED: QCoreApplication.translate("Calendar", "Published"),
        EntryStatus.FAILED: QCoreApplication.translate("Calendar", "Failed"),
        EntryStatus.NEEDS_ATTENTION: QCoreApplication.translate("Calendar", "Needs attention"),
        EntryStatus.PAUSED: QCoreApplication.translate("Calendar", "Paused"),
        EntryStatus.CANCELLED: QCoreApplication.translate("Calendar", "Cancelled"),
    }
    return words[status]


def network_name(network: Network) -> str:
    """The network's display name (brand names are not translated), from `core.networks`."""
    return look(network).name


def format_day(day: date, long: bool = True) -> str:
    """A local date with the locale's names ("Sunday 30 March 2025", short: "Sun 30 Mar")."""
    return _format_day(day, long, QLocale().name())


@lru_cache(maxsize=4096)
def _format_day(day: date, long: bool, _locale: str) -> str:
    # Explicit patterns: the locale's short format is all digits ("30 03 2025") in some
    # locales, which reads badly in a calendar; the names still come from the locale.
    pattern = date_pattern(DatePattern.LONG_DATE if long else DatePattern.WEEKDAY_DAY_MONTH)
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def format_time(moment: datetime) -> str:
    """A wall-clock time in the user's locale ("09:00")."""
    return _format_time(moment.hour, moment.minute, QLocale().name())


# Painting asks for a time per chip on every repaint; there are only 1,440 of them per locale.
@lru_cache(maxsize=4096)
def _format_time(hour: int, minute: int, _locale: str) -> str:
    return QLocale().toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)


def explain_problem(problem: CalendarProblem, result: WallTime | None, day: date, zone: str) -> str:
    """A sentence telling the creator why a move was refused and what to do instead."""
    if (
        problem is CalendarProblem.NONEXISTENT_LOCAL_TIME
        and result is not None
        and result.gap_start is not None
        and result.gap_end is not None
    ):
        return QCoreApplication.translate(
            "Calendar",
            "That time does not exist on {day} in {zone}: the clocks jump from {start} to "
            "{end}. Pick a time outside that gap.",
        ).format(
            day=format_day(day),
            zone=zone,
            start=format_time(result.gap_start),
            end=format_time(result.gap_end),
        )
    if problem is CalendarProblem.AMBIGUOUS_LOCAL_TIME:
        return QCoreApplication.translate(
            "Calendar", "That time happens twice on {day} in {zone} (the clocks go back). Pick another time."
        ).format(day=format_day(day), zone=zone)
    if problem is CalendarProblem.IN_THE_PAST:
        return QCoreApplication.translate("Calendar", "That time has already passed. Pick a time in the future.")
    if problem is CalendarProblem.NOT_MOVABLE:
        return QCoreApplication.translate(
            "Calendar",
            "This post cannot be moved: it is published, being sent, or waiting for you to check whether it went out.",
        )
    return QCoreApplication.translate("Calendar", "That time cannot be used.")


def explain_ambiguous(day: date, zone: str, chosen: datetime) -> str:
    """A note after a move onto a time that happens twice: which of the two was taken."""
    return QCoreApplication.translate(
        "Calendar", "That time happens twice on {day} in {zone}; the post was placed at the first one ({offset})."
    ).format(day=format_day(day), zone=zone, offset=chosen.strftime("UTC%z"))
