"""The calendar's drafts list: unscheduled drafts to drag onto a day, or "No drafts" with New draft."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QListView, QVBoxLayout, QWidget

from postdesk.core.calendar import CalendarEntry
from postdesk.ui.calendar.models import DraftsModel
from postdesk.ui.look.tokens import Space
from postdesk.ui.widgets.empty_state import EmptyState


class DraftsPanel(QWidget):
    """A labelled list of drafts; dragging one out schedules it where it lands.

    Attributes:
        model: the drafts model.
        view: the list.
        empty: the "No drafts" state over the list.

    Signals:
        entry_activated: (CalendarEntry) a draft was double-clicked.
        write_requested: () "New draft".
    """

    entry_activated = Signal(object)
    write_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Drafts"), self)
        label.setToolTip(self.tr("Drag a draft onto the calendar to schedule it"))
        self.model = DraftsModel(self)
        self.view = QListView(self)
        self.view.setObjectName("calendarDrafts")
        self.view.setAccessibleName(self.tr("Unscheduled drafts"))
        self.view.setModel(self.model)
        self.view.setDragEnabled(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setDragDropMode(QListView.DragDropMode.DragOnly)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        label.setBuddy(self.view)
        layout.addWidget(label)
        layout.addWidget(self.view)
        # No drafts: say what lands here, with the one action, instead of an empty box.
        self.empty = EmptyState(self.view)
        self.empty.setObjectName("calendarDraftsEmpty")
        self.empty.layout().setContentsMargins(Space.S, Space.L, Space.S, Space.L)
        self.empty.title.setFont(self.view.font())
        self.empty.set_text(
            self.tr("No drafts"), self.tr("Posts you start and don't schedule wait here."), self.tr("New draft")
        )
        self.empty.activated.connect(self.write_requested)
        grid = QGridLayout(self.view.viewport())
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.empty, 0, 0)
        self.view.doubleClicked.connect(lambda index: self.entry_activated.emit(self.model.entry(index.row())))

    def set_drafts(self, drafts: Sequence[CalendarEntry]) -> None:
        """Show these drafts (most recently edited first)."""
        self.model.set_drafts(drafts)
        self.empty.setVisible(not drafts)
