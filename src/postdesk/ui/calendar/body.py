"""The calendar's body: the drafts list beside the views, and "No posts yet" over the views when
the store holds no post at all."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QSplitter, QWidget

from postdesk.log import get_logger
from postdesk.ui.calendar.drafts_panel import DraftsPanel
from postdesk.ui.widgets.empty_state import EmptyState

_log = get_logger("ui.calendar")


class CalendarBody(QSplitter):
    """Drafts on the left, the views on the right.

    Attributes:
        drafts: the drafts list.
        empty_state: "No posts yet — Write a post", shown over the views (hidden by default).
    """

    def __init__(self, views: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drafts = DraftsPanel(self)
        self.addWidget(self.drafts)
        # With no post at all, one clear action covers the views: "No posts yet — Write a post".
        views_box = QWidget(self)
        views_grid = QGridLayout(views_box)
        views_grid.setContentsMargins(0, 0, 0, 0)
        views_grid.addWidget(views, 0, 0)
        self.empty_state = EmptyState(views_box)
        self.empty_state.setObjectName("calendarEmpty")
        self.empty_state.set_text(
            self.tr("No posts yet"),
            self.tr("Posts you schedule appear here by day and time; drafts wait in the list on the left."),
            self.tr("&Write a post"),
        )
        self.empty_state.hide()
        views_grid.addWidget(self.empty_state, 0, 0)
        self.addWidget(views_box)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setSizes([180, 900])


class Notice(QLabel):
    """The one-line message above the calendar (hidden when empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarNotice")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Calendar message"))
        self.setVisible(False)

    def say(self, text: str) -> None:
        """Show `text` ("" hides the message)."""
        self.setText(text)
        self.setVisible(bool(text))

    def load_failed(self, error: BaseException) -> None:
        """A read of the calendar failed: the log keeps the details, the creator reads words."""
        _log.error("Loading the calendar failed: %s", type(error).__name__, exc_info=error)
        self.say(
            QCoreApplication.translate(
                "CalendarPane", "The calendar could not be loaded. Your posts are safe; try again."
            )
        )
