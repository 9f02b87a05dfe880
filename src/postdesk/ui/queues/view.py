"""The Queues pane: named posting schedules (weekly times in a zone, excluded dates, the accounts
that use them) and the posts waiting in each, which the creator reorders or shuffles.

Every store read and write runs on the disk worker (`BackgroundRunner`). Removing a slot that
posts wait in asks, in words, whether to move them to the next free slots or keep their times.

Signals:
    queues_changed: a queue or its posts changed (the calendar redraws its free slots).
    loaded: the queues (or a queue's posts) were read and shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QLocale, QSize, Qt, QTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from postdesk.core.networks import Network
from postdesk.core.slots import QueueSchedule, WeeklySlot
from postdesk.store.repositories.queues import QueuedPost, QueueInfo, QueueNameTaken, QueuesRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.local_format import edit_display_format
from postdesk.ui.look.marks import network_icon
from postdesk.ui.look.tokens import IconSize, Space
from postdesk.ui.queues.models import QueueListModel, SlotsModel, day_name
from postdesk.ui.queues.skipped_dates import SkippedDates
from postdesk.ui.queues.slot_removal import SlotRemovalDialog
from postdesk.ui.queues.waiting import WaitingPosts, bold, table

#: One account to choose: (account id, how the creator knows it: "Mastodon · @me@example.social"),
#: optionally followed by its network (the row then shows the network's mark).
AccountChoice = tuple[int, str] | tuple[int, str, Network]
AccountChoices = Callable[[], Sequence[AccountChoice]]


class QueuesPane(QWidget):
    """Create, edit and delete queues; reorder and shuffle the posts waiting in one."""

    queues_changed = Signal()
    loaded = Signal()

    def __init__(
        self,
        repository: QueuesRepository,
        runner: BackgroundRunner,
        *,
        zone: ZoneInfo,
        now: Callable[[], datetime],
        accounts: AccountChoices = tuple,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._repo = repository
        self._runner = runner
        self._zone = zone
        self._now = now
        self._accounts = accounts
        self._current: int | None = None
        self._account_choices: list[AccountChoice] = []
        self.dialog: SlotRemovalDialog | None = None
        self.setObjectName("queuesPane")
        self.setAccessibleName(self.tr("Queues"))
        self._build()
        self.new_queue()
        self.reload()

    # -- building ------------------------------------------------------------------------------

    def _button(self, text: str, accessible: str, slot: Callable[[], object], parent: QWidget) -> QPushButton:
        button = QPushButton(text, parent)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(Space.L, Space.M, Space.L, Space.M)
        root.setSpacing(Space.L)
        left = QVBoxLayout()
        left.setSpacing(Space.S)
        heading = QLabel(self.tr("&Queues"), self)
        bold(heading)
        self.queue_list = QListView(self)
        self.queue_list.setAccessibleName(self.tr("Your queues"))
        self.list_model = QueueListModel(self)
        self.queue_list.setModel(self.list_model)
        self.queue_list.selectionModel().currentChanged.connect(lambda cur, _prev: self._select_row(cur.row()))
        heading.setBuddy(self.queue_list)
        self.empty_hint = QLabel(
            self.tr(
                "No queue yet. A queue is a set of weekly times (say Tuesday and Thursday at 9:00); "
                "\u201cAdd to queue\u201d in the composer then gives a post the next free one."
            ),
            self,
        )
        self.empty_hint.setWordWrap(True)
        self.new_button = self._button(self.tr("&New queue"), self.tr("Create a new queue"), self.new_queue, self)
        self.delete_button = self._button(
            self.tr("&Delete queue"), self.tr("Delete the chosen queue"), self.delete_queue, self
        )
        left.addWidget(heading)
        left.addWidget(self.queue_list, 1)
        left.addWidget(self.empty_hint)
        left.addWidget(self.new_button)
        left.addWidget(self.delete_button)
        self.queue_list.setMaximumWidth(260)
        root.addLayout(left, 1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        scroll.setWidget(body)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(body)
        self.name_edit.setAccessibleName(self.tr("Queue name"))
        self.name_edit.setPlaceholderText(self.tr("For example: Weekday mornings"))
        form.addRow(self.tr("Na&me:"), self.name_edit)
        self.zone_box = QComboBox(body)
        self.zone_box.setEditable(True)
        self.zone_box.setAccessibleName(self.tr("Time zone the queue's times are in"))
        form.addRow(self.tr("Time &zone:"), self.zone_box)

        self.day_box = QComboBox(body)
        self.day_box.setAccessibleName(self.tr("Day of the new time"))
        for weekday in range(7):
            self.day_box.addItem(day_name(weekday), weekday)
        self.time_edit = QTimeEdit(QTime(9, 0), body)
        self.time_edit.setDisplayFormat(edit_display_format(QLocale().timeFormat(QLocale.FormatType.ShortFormat)))
        self.time_edit.setAccessibleName(self.tr("Time of the new slot"))
        self.add_slot_button = self._button(
            self.tr("&Add time"), self.tr("Add this weekly time to the queue"), self.add_slot, body
        )
        adder = QHBoxLayout()
        adder.addWidget(self.day_box)
        adder.addWidget(self.time_edit)
        adder.addWidget(self.add_slot_button)
        times_label = QLabel(self.tr("Weekly &times:"), body)
        times_label.setBuddy(self.day_box)
        form.addRow(times_label, adder)
        self.slots_view = QTableView(body)
        self.slots_view.setAccessibleName(self.tr("Weekly times of the queue"))
        self.slots_model = SlotsModel(self)
        table(self.slots_view, self.slots_model)
        self.slots_view.setMaximumHeight(150)
        self.remove_slot_button = self._button(
            self.tr("&Remove time"), self.tr("Remove the chosen weekly time"), self.remove_slot, body
        )
        form.addRow(self.slots_view)
        form.addRow(self.remove_slot_button)

        self.skipped = SkippedDates(self._now().astimezone(self._zone).date(), body)
        self.excluded_edit, self.add_date_button = self.skipped.date_edit, self.skipped.add_button
        skip_label = QLabel(self.tr("S&kipped dates:"), body)
        skip_label.setBuddy(self.excluded_edit)
        form.addRow(skip_label, self.skipped)

        self.accounts_list = QListWidget(body)
        self.accounts_list.setAccessibleName(self.tr("Accounts that use this queue"))
        self.accounts_list.setMaximumHeight(90)
        self.accounts_list.setIconSize(QSize(IconSize.S, IconSize.S))
        accounts_label = QLabel(self.tr("Used &by:"), body)
        accounts_label.setBuddy(self.accounts_list)
        form.addRow(accounts_label, self.accounts_list)
        self.accounts_note = QLabel(self.tr("Tick none and every account may use it."), body)
        self.accounts_note.setWordWrap(True)
        form.addRow(self.accounts_note)
        self.save_button = self._button(self.tr("&Save queue"), self.tr("Save the queue"), self.save, body)
        self.problem = QLabel(body)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("What the queue still needs"))
        form.addRow(self.save_button)
        form.addRow(self.problem)

        self.waiting = WaitingPosts(self._move_post, self.shuffle, body)
        self.posts_view = self.waiting.view
        self.posts_model = self.waiting.model
        self.up_button, self.down_button = self.waiting.up_button, self.waiting.down_button
        self.shuffle_button = self.waiting.shuffle_button
        self.notice = QLabel(body)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("What just happened"))
        form.addRow(self.waiting)
        form.addRow(self.notice)
        body.setLayout(form)
        root.addWidget(scroll, 5)
        self._runner.submit(lambda: sorted(available_timezones()), on_done=self._fill_zones, key="queues-zones")

    def _fill_zones(self, zones: list[str]) -> None:
        current = self.zone_box.currentText()
        self.zone_box.blockSignals(True)
        self.zone_box.clear()
        self.zone_box.addItems(zones)
        self.zone_box.setCurrentText(current)
        self.zone_box.blockSignals(False)

    # -- loading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the queues (and accounts) on the worker, then show them."""

        def read() -> tuple[list[QueueInfo], Sequence[AccountChoice]]:
            return self._repo.queues(), self._accounts()

        self._runner.submit(read, on_done=self._on_queues, key="queues-load")

    def _on_queues(self, found: tuple[list[QueueInfo], Sequence[AccountChoice]]) -> None:
        queues, accounts = found
        self._account_choices = list(accounts)
        self.list_model.set_queues(queues)
        self.empty_hint.setVisible(not queues)
        self.delete_button.setEnabled(self._current is not None)
        row = self.list_model.row_of(self._current)
        if row >= 0:
            self.queue_list.setCurrentIndex(self.list_model.index(row))
            self._show(self.list_model.queue(row))
        elif queues and self._current is None and not self.name_edit.text():
            self.queue_list.setCurrentIndex(self.list_model.index(0))
        else:
            self._fill_accounts(())
        self.loaded.emit()

    def showEvent(self, event: QShowEvent) -> None:
        """Read again when shown: the composer may have queued posts meanwhile."""
        super().showEvent(event)
        self._load_posts()

    def set_time_zone(self, zone: ZoneInfo) -> None:
        """The user's zone: new queues start in it (a queue's posts show in the queue's own zone)."""
        self._zone = zone
        if self._current is None and not self.name_edit.text():
            self.zone_box.setCurrentText(zone.key)

    def _select_row(self, row: int) -> None:
        info = self.list_model.queue(row)
        if info is not None:
            self._show(info)

    def _show(self, info: QueueInfo | None) -> None:
        self._current = info.id if info is not None else None
        schedule = info.schedule if info is not None else QueueSchedule("", self._zone.key, ())
        self.name_edit.setText(schedule.name)
        self.zone_box.setCurrentText(schedule.zone)
        self.slots_model.set_slots(schedule.slots)
        self.skipped.set_dates(schedule.excluded)
        self._fill_accounts(info.accounts if info is not None else ())
        self.delete_button.setEnabled(self._current is not None)
        self.problem.clear()
        self.notice.clear()
        self._load_posts()

    def _fill_accounts(self, chosen: Sequence[int]) -> None:
        self.accounts_list.clear()
        for choice in self._account_choices:
            account_id, label = choice[0], choice[1]
            item = QListWidgetItem(label, self.accounts_list)
            if len(choice) > 2:
                item.setIcon(network_icon(choice[2], self.palette()))
            item.setData(Qt.ItemDataRole.UserRole, account_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if account_id in chosen else Qt.CheckState.Unchecked)

    def _load_posts(self) -> None:
        queue_id = self._current
        if queue_id is None:
            self.posts_model.set_posts([], self._zone)
            self._sync_move_buttons()
            return
        self._runner.submit(
            self._repo.queued,
            queue_id,
            self._now(),
            key="queues-posts",
            on_done=lambda posts: self._on_posts(queue_id, posts),
        )

    def _on_posts(self, queue_id: int, posts: list[QueuedPost], select: int | None = None) -> None:
        if queue_id != self._current:
            return
        info = self.list_model.queue(self.list_model.row_of(queue_id))
        self.posts_model.set_posts(posts, ZoneInfo(info.schedule.zone) if info is not None else self._zone)
        if select is not None and (row := self.posts_model.row_of(select)) >= 0:
            self.posts_view.selectRow(row)
        self._sync_move_buttons()
        self.loaded.emit()

    def _sync_move_buttons(self) -> None:
        self.waiting.sync()

    # -- editing ---------------------------------------------------------------------------------

    def new_queue(self) -> None:
        """Start a new, unsaved queue in the user's zone."""
        self.queue_list.clearSelection()
        self._show(None)
        self.name_edit.setFocus()

    def add_slot(self) -> None:
        at = self.time_edit.time()
        row = self.slots_model.add(WeeklySlot(int(self.day_box.currentData()), time(at.hour(), at.minute())))
        self.slots_view.selectRow(row)

    def _chosen_accounts(self) -> tuple[int, ...]:
        return tuple(
            int(self.accounts_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.accounts_list.count())
            if self.accounts_list.item(i).checkState() == Qt.CheckState.Checked
        )

    def edited(self) -> QueueInfo:
        """The queue as the editor describes it now."""
        schedule = QueueSchedule(
            self.name_edit.text().strip(),
            self.zone_box.currentText().strip(),
            self.slots_model.slots(),
            self.skipped.dates(),
        )
        return QueueInfo(self._current, schedule, self._chosen_accounts())

    def save(self) -> None:
        """Check and save the queue on the worker."""
        info = self.edited()
        problem = ""
        if not info.schedule.name:
            problem = self.tr("Give the queue a name.")
        elif not info.schedule.slots:
            problem = self.tr("Add at least one weekly time.")
        else:
            try:
                ZoneInfo(info.schedule.zone)
            except (ValueError, KeyError):
                problem = self.tr("Choose a time zone from the list (for example Europe/Paris).")
        self.problem.setText(problem)
        if problem:
            return

        def saved(queue_id: int) -> None:
            self._current = queue_id
            self.notice.setText(self.tr("Saved."))
            self.reload()
            self.queues_changed.emit()

        def failed(error: BaseException) -> None:
            if isinstance(error, QueueNameTaken):
                self.problem.setText(
                    self.tr("Another queue is already called \u201c{name}\u201d.").format(name=info.schedule.name)
                )
            else:
                self.problem.setText(self.tr("The queue could not be saved. Nothing was lost; try again."))

        self._runner.submit(self._repo.save, info, self._now(), on_done=saved, on_error=failed)

    def delete_queue(self) -> None:
        """Delete the chosen queue; its posts keep their times."""
        queue_id = self._current
        if queue_id is None:
            return

        def done(_: object) -> None:
            self._current = None
            self._show(None)
            self.notice.setText(self.tr("Queue deleted. Its posts keep their times."))
            self.reload()
            self.queues_changed.emit()

        self._runner.submit(self._repo.delete, queue_id, on_done=done)

    def remove_slot(self) -> None:
        """Remove the chosen time; if posts wait in it, ask whether to move them to free slots."""
        slot = self.slots_model.slot(self.slots_view.currentIndex().row())
        if slot is None:
            return
        queue_id = self._current
        if queue_id is None:
            self.slots_model.remove(slot)
            return
        self._runner.submit(
            self._repo.posts_in_slot, queue_id, slot, self._now(), on_done=lambda n: self._ask_remove(queue_id, slot, n)
        )

    def _ask_remove(self, queue_id: int, slot: WeeklySlot, waiting: int) -> None:
        if not waiting:
            self._do_remove(queue_id, slot, move=False)
            return
        box = SlotRemovalDialog(slot, waiting, lambda move: self._do_remove(queue_id, slot, move=move), self)
        box.finished.connect(self._dialog_closed)
        self.dialog = box
        box.open()

    def _dialog_closed(self, _code: int) -> None:
        self.dialog = None

    def _do_remove(self, queue_id: int, slot: WeeklySlot, *, move: bool) -> None:
        def done(moved: list[datetime]) -> None:
            self.slots_model.remove(slot)
            if moved:
                self.notice.setText(
                    self.tr("Time removed. %n post(s) moved to the next free times.", "", len(moved)).replace(
                        "%n", str(len(moved))
                    )
                )
            else:
                self.notice.setText(self.tr("Time removed."))
            self._load_posts()
            self.queues_changed.emit()

        self._runner.submit(self._repo.remove_slot, queue_id, slot, move, self._now(), on_done=done)

    # -- the waiting posts -----------------------------------------------------------------------

    def move_post(self, steps: int) -> None:
        """Give the chosen post an earlier (negative) or later slot: it swaps with its neighbour."""
        self.waiting.move(steps)

    def _move_post(self, post: QueuedPost, steps: int) -> None:
        queue_id = self._current
        if queue_id is None:
            return

        def done(_moved: bool) -> None:
            self._runner.submit(
                self._repo.queued,
                queue_id,
                self._now(),
                key="queues-posts",
                on_done=lambda posts: self._on_posts(queue_id, posts, select=post.post_id),
            )
            self.queues_changed.emit()

        self._runner.submit(self._repo.move, queue_id, post.post_id, steps, self._now(), on_done=done)

    def shuffle(self) -> None:
        """Deal the waiting posts out over the same slots in a new order."""
        queue_id = self._current
        if queue_id is None:
            return

        def done(_: object) -> None:
            self.notice.setText(self.tr("Shuffled: the same times, a new order."))
            self._load_posts()
            self.queues_changed.emit()

        self._runner.submit(self._repo.shuffle, queue_id, self._now(), on_done=done)
