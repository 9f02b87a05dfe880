"""Words for what holds a post (`core.waiting`), shared by the calendar, its list and the composer.

Every sentence is a literal inside `QCoreApplication.translate("Holds", ...)`, so lupdate sees it.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from postdesk.core.networks import display_name
from postdesk.core.waiting import HeldAs, Hold
from postdesk.ui.local_format import DatePattern, date_pattern


def local_time(instant: datetime, zone: ZoneInfo) -> str:
    """An instant as the user's locale writes a weekday and a time ("Tue 14:05", "Tue 2:05 PM")."""
    moment = QDateTime.fromSecsSinceEpoch(int(instant.timestamp()), QTimeZone(zone.key.encode()))
    locale = QLocale()
    weekday = locale.toString(moment, date_pattern(DatePattern.WEEKDAY))
    return weekday + " " + locale.toString(moment.time(), QLocale.FormatType.ShortFormat)


def hold_word(held: HeldAs, zone: ZoneInfo, network: str | None = None) -> str:
    """The short status of a held post ("Waiting for a connection", "Waiting to try again at ..." ...)."""
    hold = held.hold
    if hold is Hold.CONNECTION:
        return QCoreApplication.translate("Holds", "Waiting for a connection")
    if hold is Hold.RECONNECT:
        return QCoreApplication.translate("Holds", "Waiting: reconnect the account")
    if hold is Hold.PAUSED_ALL:
        return QCoreApplication.translate("Holds", "Waiting: all publishing is paused")
    if hold is Hold.RETRY:
        if held.until is None:
            return QCoreApplication.translate("Holds", "Waiting to try again")
        return QCoreApplication.translate("Holds", "Waiting to try again at {until}").format(
            until=local_time(held.until, zone)
        )
    if hold is Hold.NEEDS_YOU:
        return QCoreApplication.translate("Holds", "Not sure it went out: please check")
    if hold is Hold.CHECKING:
        return QCoreApplication.translate("Holds", "Not sure it went out: Postdesk is checking")
    if hold is Hold.HANDED_OFF:
        if network:
            return QCoreApplication.translate("Holds", "Handed to {network}").format(network=display_name(network))
        return QCoreApplication.translate("Holds", "Handed to the network")
    return QCoreApplication.translate("Holds", "Publishing")


def hold_sentence(held: HeldAs, zone: ZoneInfo, network: str) -> str:
    """One sentence for the composer: what the post waits for, and what will happen."""
    name = display_name(network)
    hold = held.hold
    if hold is Hold.CONNECTION:
        text = QCoreApplication.translate(
            "Holds", "{network}: waiting for a connection. It goes out as soon as Postdesk is back online."
        )
    elif hold is Hold.RECONNECT:
        text = QCoreApplication.translate(
            "Holds", "{network}: waiting for you to reconnect the account (Accounts). It goes out right after."
        )
    elif hold is Hold.PAUSED_ALL:
        text = QCoreApplication.translate(
            "Holds", "{network}: waiting, because you paused all publishing (tray menu). It goes out when you resume."
        )
    elif hold is Hold.RETRY:
        when = local_time(held.until, zone) if held.until else QCoreApplication.translate("Holds", "soon")
        return QCoreApplication.translate("Holds", "{network}: waiting to try again at {when}.").format(
            network=name, when=when
        )
    elif hold is Hold.NEEDS_YOU:
        text = QCoreApplication.translate(
            "Holds",
            "{network}: Postdesk does not know whether this post went out — the network's answer was lost. "
            "Please look, then say.",
        )
    elif hold is Hold.CHECKING:
        text = QCoreApplication.translate(
            "Holds",
            "{network}: Postdesk does not know whether this post went out — the network's answer was lost. "
            "It will look it up on {network}; you can also look and say.",
        )
    elif hold is Hold.HANDED_OFF:
        text = QCoreApplication.translate(
            "Holds", "Handed to {network}: {network} publishes it at its time, even while Postdesk is closed."
        )
    else:
        text = QCoreApplication.translate("Holds", "{network}: publishing now.")
    return text.format(network=name)
