"""Dates, times and numbers as the user's locale writes them (QLocale), for every pane.

`strftime` writes English month and day names whatever the user's language, and `str(n)` ignores
the locale's digit grouping; everything shown to the user goes through these instead.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime


def format_number(value: int | float) -> str:
    """A count or amount with the locale's digits and grouping ("1,234", "1.234", "١٬٢٣٤")."""
    return QLocale().toString(value)


def format_date(day: date, long: bool = False) -> str:
    """A date with the locale's names and order ("Tue 4 Mar 2025"; long: "Tuesday 4 March 2025")."""
    pattern = "dddd d MMMM yyyy" if long else "ddd d MMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def format_clock(moment: time | datetime) -> str:
    """A wall-clock time in the locale's short format ("14:05", "2:05 PM")."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def format_short_when(moment: datetime) -> str:
    """A day and a time without the year ("4 Mar 14:05"), for activity lines."""
    day = QLocale().toString(QDate(moment.year, moment.month, moment.day), "d MMM")
    return f"{day} {format_clock(moment)}"


def format_when(moment: datetime) -> str:
    """A date and a time ("Tue 4 Mar 2025, 14:05"), for "Scheduled for ..." sentences."""
    return f"{format_date(moment.date())}, {format_clock(moment)}"


def format_size(size: int) -> str:
    """A byte count the way people read it, 1000-based like file managers, in the locale's words
    and digits ("483.9 kB", "483,9 kB", "483,9 ko", "٤٨٣٫٩ كيلوبايت")."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def format_list(items: list[str]) -> str:
    """Items joined as the locale joins a list in a sentence ("A, B, and C", "A, B und C", "A、B、C")."""
    return QLocale().createSeparatedList(items)
