"""Dates, times and numbers as the user's locale writes them (QLocale), for every pane.

`strftime` writes English month and day names whatever the user's language, and `str(n)` ignores
the locale's digit grouping; everything shown to the user goes through these instead.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime


def format_number(value: int | float) -> str:
    """A count or amount with the locale's digits and grouping ("1,234", "1.234", "١٬٢٣٤")."""
    return QLocale().toString(value)


class DatePattern(StrEnum):
    """The date shapes the app shows; each language writes them in its own order (see `date_pattern`)."""

    DATE = "date"  # Tue 4 Mar 2025
    LONG_DATE = "long date"  # Tuesday 4 March 2025
    DAY_MONTH = "day month"  # 4 Mar
    LONG_DAY_MONTH = "long day month"  # 4 March
    WEEKDAY_DAY_MONTH = "weekday day month"  # Tue 4 Mar
    DAY_MONTH_YEAR = "day month year"  # 4 Mar 2025
    MONTH_YEAR = "month year"  # March 2025
    DAY = "day"  # 4 (the first day of a range within one month: "4 - 10 Mar")
    WEEKDAY = "weekday"  # Tue
    DATE_TIME_EDIT = "date time edit"  # Tue 4 Mar 2025  14:05, in the composer's date field


def date_pattern(which: DatePattern) -> str:
    """The Qt date pattern of `which` in the current language.

    Names (months, weekdays) come from QLocale, but their order and punctuation do not: German writes
    "Di., 4. März", Japanese "3月4日(火)", Spanish "4 de marzo de 2025". The patterns are therefore
    translated, one per shape, by the same translators (context "DateFormat").
    """
    if which is DatePattern.DATE:
        #: Qt date pattern for a date with short names ("Tue 4 Mar 2025"): d day, ddd short weekday,
        #: MMM short month, yyyy year, 'text' in single quotes kept. Keep the letters; change order and punctuation.
        return QCoreApplication.translate("DateFormat", "ddd d MMM yyyy")
    if which is DatePattern.LONG_DATE:
        #: Qt date pattern for a date with full names ("Tuesday 4 March 2025"): dddd weekday, MMMM month.
        #: Keep the letters; change order and punctuation.
        return QCoreApplication.translate("DateFormat", "dddd d MMMM yyyy")
    if which is DatePattern.DAY_MONTH:
        #: Qt date pattern for a day and short month ("4 Mar"), chart axes and activity lines.
        return QCoreApplication.translate("DateFormat", "d MMM")
    if which is DatePattern.LONG_DAY_MONTH:
        #: Qt date pattern for a day and full month ("4 March").
        return QCoreApplication.translate("DateFormat", "d MMMM")
    if which is DatePattern.WEEKDAY_DAY_MONTH:
        #: Qt date pattern for a short weekday, day and short month ("Tue 4 Mar"), calendar columns and lists.
        return QCoreApplication.translate("DateFormat", "ddd d MMM")
    if which is DatePattern.DAY_MONTH_YEAR:
        #: Qt date pattern for a day, short month and year ("4 Mar 2025").
        return QCoreApplication.translate("DateFormat", "d MMM yyyy")
    if which is DatePattern.MONTH_YEAR:
        #: Qt date pattern for the calendar's month title ("March 2025").
        return QCoreApplication.translate("DateFormat", "MMMM yyyy")
    if which is DatePattern.DAY:
        #: Qt date pattern for the first day of a week within one month, as in "4 - 10 Mar 2025"
        #: ("d"; German "d.", Japanese "M月d日").
        return QCoreApplication.translate("DateFormat", "d")
    if which is DatePattern.WEEKDAY:
        #: Qt date pattern for a short weekday alone ("Tue").
        return QCoreApplication.translate("DateFormat", "ddd")
    #: Qt date-time pattern of the composer's date field ("Tue 4 Mar 2025  14:05"): HH hour, mm minutes.
    return QCoreApplication.translate("DateFormat", "ddd d MMM yyyy  HH:mm")


def format_pattern(day: date, which: DatePattern) -> str:
    """`day` written in the shape `which`, in the current language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_pattern(which))


def format_year(day: date) -> str:
    """The year of `day` in the language's digits, never grouped ("2025", "٢٠٢٥"; not "2,025")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "yyyy")


def format_date(day: date, long: bool = False) -> str:
    """A date with the locale's names and order ("Tue 4 Mar 2025"; long: "Tuesday 4 March 2025")."""
    return format_pattern(day, DatePattern.LONG_DATE if long else DatePattern.DATE)


def format_clock(moment: time | datetime) -> str:
    """A wall-clock time in the locale's short format ("14:05", "2:05 PM")."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def format_short_when(moment: datetime) -> str:
    """A day and a time without the year ("4 Mar 14:05"), for activity lines."""
    return f"{format_pattern(moment.date(), DatePattern.DAY_MONTH)} {format_clock(moment)}"


def format_when(moment: datetime) -> str:
    """A date and a time ("Tue 4 Mar 2025, 14:05"), for "Scheduled for ..." sentences."""
    return f"{format_date(moment.date())}, {format_clock(moment)}"


def format_size(size: int, binary: bool = False) -> str:
    """A byte count the way people read it, in the locale's words and digits ("483.9 kB", "483,9 kB",
    "483,9 ko", "٤٨٣٫٩ كيلوبايت"): 1000-based like file managers, or 1024-based (`binary`) for a
    limit set in mebibytes, so that 5 MiB reads "5.0 MB", not "5.2 MB"."""
    form = QLocale.DataSizeFormat.DataSizeTraditionalFormat if binary else QLocale.DataSizeFormat.DataSizeSIFormat
    return QLocale().formattedDataSize(size, 1, form)


def format_list(items: list[str]) -> str:
    """Items joined as the locale joins a list in a sentence ("A, B, and C", "A, B und C", "A、B、C")."""
    return QLocale().createSeparatedList(items)


_EDIT_TOKEN = re.compile(r"'[^']*'|[Aa][Pp]|([dMyHhmszt])\1*|[Aa]|[^'dMyHhmsztAa]+")


def edit_display_format(pattern: str) -> str:
    """`pattern` for a QDateTimeEdit / QTimeEdit in the current language.

    In a right-to-left language the edit lays its sections out right to left, so "HH:mm" shows as
    "mm:HH" ("00:11" for 11:00) and a date runs backwards; the edit reads correctly when it is given
    the sections in reverse order. Left-to-right languages get `pattern` as it is.
    """
    if QLocale().textDirection() != Qt.LayoutDirection.RightToLeft:
        return pattern
    return "".join(reversed([m.group(0) for m in _EDIT_TOKEN.finditer(pattern)]))
