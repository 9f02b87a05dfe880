"""The question asked when a weekly time that posts wait in is removed from a queue."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from postdesk.core.slots import WeeklySlot
from postdesk.ui.queues.models import slot_text


class SlotRemovalDialog(QMessageBox):
    """Move the waiting posts to the next free times, keep their times, or cancel.

    Attributes:
        move_button, keep_button, cancel_button: the three answers.
    """

    def __init__(
        self, slot: WeeklySlot, waiting: int, answer: Callable[[bool], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Remove this time?"))
        self.setText(
            self.tr("%n post(s) wait in the {slot} slot.", "", waiting)
            .replace("%n", str(waiting))
            .format(slot=slot_text(slot))
        )
        self.setInformativeText(
            self.tr(
                "Postdesk can move them to the next free times of this queue, or leave each at its "
                "time (they then leave the queue)."
            )
        )
        self.move_button = self.addButton(self.tr("&Move to free times"), QMessageBox.ButtonRole.AcceptRole)
        self.keep_button = self.addButton(self.tr("&Keep their times"), QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.move_button)
        self.setAccessibleName(self.tr("Remove this time?"))

        def answered(button: object) -> None:
            if button is self.move_button:
                answer(True)
            elif button is self.keep_button:
                answer(False)

        self.buttonClicked.connect(answered)
