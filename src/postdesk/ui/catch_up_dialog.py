"""The catch-up question: posts fell due while Postdesk was closed or the computer slept.

With the catch-up policy "ask" (the default), the engine holds such posts and asks. This
dialog lists them (network, and when each should have gone out, in the user's zone) and offers
to publish them now or skip them. Skipped posts are paused, not deleted: they stay in the
calendar. Closing the dialog decides nothing; the tray can ask again.
"""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.core.calendar import to_local
from postdesk.core.networks import Network
from postdesk.engine.events import LateTarget
from postdesk.ui.calendar.wording import format_day, format_time, network_name


class CatchUpDialog(QDialog):
    """Asks what to do with late posts.

    Args:
        targets: the late targets, in schedule order.
        zone: the user's time zone (times are shown in it).
        parent: the parent widget.

    Signals:
        decided(tuple, bool): the target ids and True for "publish now", False for "skip".
    """

    decided = Signal(object, bool)

    def __init__(self, targets: Sequence[LateTarget], zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids = tuple(t.target_id for t in targets)
        self.setObjectName("CatchUpDialog")
        self.setWindowTitle(self.tr("Posts that were not published"))
        self.setAccessibleName(self.tr("Posts that were not published"))
        count = len(targets)
        intro = QLabel(
            self.tr(
                "%n post(s) were due while Postdesk was not running. Nothing has been sent yet. "
                "Do you want to publish them now, or skip them? Skipped posts stay in your "
                "calendar, paused, so you can reschedule them.",
                "",
                count,
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("CatchUpIntro")
        self.list = QListWidget()
        self.list.setObjectName("CatchUpList")
        self.list.setAccessibleName(self.tr("Late posts"))
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        for target in targets:
            self.list.addItem(self._item(target, zone))
        list_label = QLabel(self.tr("&Late posts (times in {zone}):").format(zone=zone.key))
        list_label.setBuddy(self.list)

        buttons = QDialogButtonBox()
        self.publish_button = QPushButton(self.tr("&Publish now"))
        self.publish_button.setAccessibleName(self.tr("Publish the late posts now"))
        self.skip_button = QPushButton(self.tr("&Skip them"))
        self.skip_button.setAccessibleName(self.tr("Skip the late posts"))
        self.later_button = QPushButton(self.tr("&Decide later"))
        self.later_button.setAccessibleName(self.tr("Decide later"))
        buttons.addButton(self.publish_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        # Publishing is not the default: a stray Enter should not send week-old posts.
        for button in (self.publish_button, self.skip_button):
            button.setAutoDefault(False)
        self.later_button.setDefault(True)
        self.publish_button.clicked.connect(lambda: self._decide(True))
        self.skip_button.clicked.connect(lambda: self._decide(False))
        self.later_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(480, 320)

    def target_ids(self) -> tuple[int, ...]:
        """The ids of the late targets asked about."""
        return self._ids

    def _item(self, target: LateTarget, zone: ZoneInfo) -> QListWidgetItem:
        try:
            name = network_name(Network(target.network))
        except ValueError:
            name = target.network
        local = to_local(target.scheduled_at, zone)
        text = self.tr("{network} — due {date} at {time}").format(
            network=name, date=format_day(local.date()), time=format_time(local)
        )
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, target.target_id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        return item

    def _decide(self, publish: bool) -> None:
        self.decided.emit(self._ids, publish)
        self.accept()
