"""The calendar pane: month, week and list views of every post."""

from postdesk.ui.calendar.view import CalendarActions, CalendarPane

__all__ = ["CalendarActions", "CalendarPane"]
