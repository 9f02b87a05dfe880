"""The schedule bar of the composer: when, Schedule, Publish now, Unschedule, and where the post stands.

The time picker holds a wall-clock time in the user's zone; the bar resolves it (a time that the
clocks skip or repeat is said so) and shows the sentences it is given. Whether the buttons may be
pressed, and what pressing them does, is `ui.composer.post_actions`' business.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QSignalBlocker, Qt, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from postdesk.core.calendar import Ambiguity, WallTime, resolve_wall_time, to_local
from postdesk.ui.composer.best_times_part import BestTimesPart
from postdesk.ui.local_format import DatePattern, date_pattern, edit_display_format, format_clock, format_when
from postdesk.ui.look.style import Tone, set_tone
from postdesk.ui.widgets.flow_layout import FlowLayout


def wall_time(instant: datetime, zone: str) -> datetime:
    """The naive wall-clock time of `instant` in `zone`."""
    return to_local(instant, ZoneInfo(zone)).replace(tzinfo=None)


class ScheduleBar(QWidget):
    """The row that schedules the post, and the lines that say where it stands.

    Args:
        zone: the user's IANA time zone name (times are picked in it).
        parent: the parent widget.

    Attributes:
        when_label, when_edit: the time picker and its label.
        best_times: the "Suggested times" button under the picker (`BestTimesPart`).
        schedule_button, publish_now_button, unschedule_button: the actions.
        schedule_state: where the post stands (draft, scheduled, published ...).
        schedule_reason: why it cannot be scheduled yet (hidden while it can).
    """

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        self._layout = layout
        # A flow, not a row: in longer languages the buttons go to a second line instead of being cut off.
        row = FlowLayout(spacing=6)
        self.when_label = QLabel(self)
        self.when_edit = QDateTimeEdit(self)
        # The edit holds wall-clock values; UTC has no gaps, so Qt never silently moves a
        # nonexistent local time: we resolve it in the user's zone ourselves.
        self.when_edit.setTimeZone(QTimeZone.utc())
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(edit_display_format(date_pattern(DatePattern.DATE_TIME_EDIT)))
        self.when_label.setBuddy(self.when_edit)
        self._name_zone()
        self.schedule_button = QPushButton(self.tr("&Schedule"), self)
        self.schedule_button.setAccessibleName(self.tr("Schedule the post"))
        self.schedule_button.setToolTip(self.tr("Schedule (Ctrl+Enter)"))
        self.unschedule_button = QPushButton(self.tr("&Unschedule"), self)
        self.unschedule_button.setAccessibleName(self.tr("Clear the date and keep the post as a draft"))
        self.publish_now_button = QPushButton(self.tr("Publish &now"), self)
        self.publish_now_button.setObjectName("composerPublishNow")
        self.publish_now_button.setAccessibleName(self.tr("Publish the post now"))
        self.publish_now_button.setToolTip(self.tr("Publish now, with the same checks as scheduling"))
        # "Suggested times": the creator's best weekdays and hours, under the picker (issue 13.9); the
        # picker's own row is full in longer languages.
        self.best_times = BestTimesPart(self.zone, self.pick_when, self.when_edit, self)
        row.addWidget(self.when_label)
        row.addWidget(self.when_edit)
        row.addWidget(self.schedule_button)
        row.addWidget(self.publish_now_button)
        row.addWidget(self.unschedule_button)
        QWidget.setTabOrder(self.when_edit, self.best_times.button)
        QWidget.setTabOrder(self.best_times.button, self.schedule_button)
        layout.addLayout(row)
        self.schedule_state = QLabel(self)
        self.schedule_state.setWordWrap(True)
        self.schedule_state.setAccessibleName(self.tr("Schedule status"))
        self.schedule_reason = QLabel(self)
        self.schedule_reason.setWordWrap(True)
        self.schedule_reason.setAccessibleName(self.tr("Why the post cannot be scheduled yet"))
        set_tone(self.schedule_reason, Tone.DANGER)
        state_row = QHBoxLayout()
        state_row.addWidget(self.best_times.button, 0, Qt.AlignmentFlag.AlignTop)
        state_row.addWidget(self.schedule_state, 1)
        layout.addLayout(state_row)
        layout.addWidget(self.schedule_reason)

    def add_row(self, widget: QWidget) -> None:
        """Place `widget` below the status lines (the queue note, the repeat row, the post's controls)."""
        self._layout.addWidget(widget)

    # -- the zone and the picked time ---------------------------------------------------------

    def _name_zone(self) -> None:
        self.when_label.setText(self.tr("&When ({zone}):").format(zone=self._zone))
        self.when_edit.setAccessibleName(self.tr("Date and time to publish, in {zone}").format(zone=self._zone))

    def zone(self) -> str:
        """The IANA zone times are picked in."""
        return self._zone

    def set_zone(self, zone: str) -> None:
        """Pick times in `zone` from now on; the picked instant stays the same instant."""
        picked = self.picked_instant()
        self._zone = zone
        self._name_zone()
        if picked is not None:
            self.set_when(wall_time(picked, zone))
        self.best_times.reload()  # the best hours are the creator's hours in the new zone

    def set_when(self, wall: datetime) -> None:
        """Show the naive wall-clock time `wall` (no `dateTimeChanged` signal)."""
        with QSignalBlocker(self.when_edit):
            self.when_edit.setDateTime(QDateTime(wall.date(), wall.time(), QTimeZone.utc()))

    def pick_when(self, wall: datetime) -> None:
        """Show `wall` as if the user had picked it (`dateTimeChanged` fires: the post is edited)."""
        self.when_edit.setDateTime(QDateTime(wall.date(), wall.time(), QTimeZone.utc()))

    def set_instant(self, instant: datetime | None, zone: str | None, now: datetime) -> None:
        """Show `instant` as picked in `zone` (the user's by default), or the next full hour after `now`."""
        if instant is not None:
            self.set_when(wall_time(instant, zone or self._zone))
        else:
            local = wall_time(now + timedelta(hours=1), self._zone)
            self.set_when(local.replace(minute=0, second=0, microsecond=0))

    def picked_wall_time(self) -> datetime:
        """The naive wall-clock time the picker shows."""
        qdt = self.when_edit.dateTime()
        date, time = qdt.date(), qdt.time()
        return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())

    def resolve_picked(self) -> WallTime:
        """The picked wall time in the user's zone; an ambiguous one resolves to its first occurrence."""
        wall = self.picked_wall_time()
        return resolve_wall_time(wall.date(), wall.time(), ZoneInfo(self._zone), ambiguity=Ambiguity.EARLIER)

    def picked_instant(self) -> datetime | None:
        """The instant the time picker shows (None when it does not exist in the user's zone)."""
        return self.resolve_picked().instant

    def picked_note(self) -> str:
        """What to say about the picked time: it is skipped or repeated by the clocks that day, or ""."""
        resolved = self.resolve_picked()
        if not resolved.ok:
            gap_start, gap_end = resolved.gap_start, resolved.gap_end
            if gap_start is not None and gap_end is not None:
                return self.tr(
                    "This time does not exist in {zone}: the clocks jump from {start} to {end} that day. "
                    "Pick another time."
                ).format(zone=self._zone, start=format_clock(gap_start), end=format_clock(gap_end))
            return self.tr(
                "This time does not exist in {zone}: the clocks skip it that day. Pick another time."
            ).format(zone=self._zone)
        if resolved.ambiguous:
            return self.tr(
                "This time happens twice in {zone} that day (the clocks go back); the first one is used."
            ).format(zone=self._zone)
        return ""

    # -- what the bar says ---------------------------------------------------------------------

    def scheduled_sentence(self, instant: datetime | None, zone: str | None) -> str:
        """ "Scheduled for <when> (<zone>)." or "Not scheduled: this post is a draft." """
        if instant is None:
            return self.tr("Not scheduled: this post is a draft.")
        zone = zone or self._zone
        when = format_when(wall_time(instant, zone))
        return self.tr("Scheduled for {when} ({zone}).").format(when=when, zone=zone)

    def show_gate(self, reason: str) -> None:
        """Say why the post cannot be scheduled yet ("" hides the line)."""
        if self.schedule_reason.text() != reason:
            self.schedule_reason.setText(reason)
            self.schedule_reason.setVisible(bool(reason))
        self.schedule_button.setToolTip(reason or self.tr("Schedule (Ctrl+Enter)"))
