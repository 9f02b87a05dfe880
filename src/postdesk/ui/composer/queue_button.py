"""The composer's "Add to queue…" and "Repeat…" controls (issue 13, items 2 and 3).

"Add to queue…" passes the checks Schedule passes, saves the post, works out on the disk worker
which slot each queue that serves the post's accounts would give it (`QueuesRepository.next_slot`,
the engine's own rule), and shows that slot before the creator confirms. Confirming calls the
engine's `add_to_queue` through `EngineActions`; the composer then adopts the stored schedule.
"Repeat…" and "Stop repeating" are in `ui.composer.repeat_editor`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from postdesk.store.repositories.queues import QueueInfo, QueuesRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.composer.repeat_editor import RepeatControls
from postdesk.ui.queues.models import when_text

if TYPE_CHECKING:
    from postdesk.ui.composer.view import ComposerPane


class QueueReach(Protocol):
    """`EngineActions.add_to_queue` (tests pass the real one over a recording engine)."""

    def add_to_queue(
        self,
        post_id: int,
        schedule_id: int,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None: ...


@dataclass(frozen=True)
class QueueServices:
    """What the queue controls need from the app."""

    repository: QueuesRepository
    runner: BackgroundRunner
    reach: QueueReach
    now: Callable[[], datetime]
    zone: Callable[[], str]


@dataclass(frozen=True, slots=True)
class QueueChoice:
    """A queue that serves the post, and the slot it would give it (None: full)."""

    info: QueueInfo
    slot: datetime | None


class AddToQueueDialog(QDialog):
    """Which queue, and the time it gives the post, before anything changes.

    Attributes:
        queue_box: the queues that serve the post's accounts.
        slot_label: "Goes out on Tuesday, 3 March 2026 at 09:00 (Europe/Paris)".
        confirm_button: adds the post to the chosen queue.
    """

    def __init__(self, choices: Sequence[QueueChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = list(choices)
        self.setWindowTitle(self.tr("Add to queue"))
        self.setAccessibleName(self.tr("Add the post to a queue"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Queue:"), self)
        self.queue_box = QComboBox(self)
        self.queue_box.setAccessibleName(self.tr("Queue to add the post to"))
        label.setBuddy(self.queue_box)
        for choice in self._choices:
            self.queue_box.addItem(choice.info.schedule.name)
        self.slot_label = QLabel(self)
        self.slot_label.setWordWrap(True)
        self.slot_label.setAccessibleName(self.tr("When the post will go out"))
        buttons = QDialogButtonBox(self)
        self.confirm_button = buttons.addButton(self.tr("&Add to queue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setAccessibleName(self.tr("Add the post to this queue at that time"))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (label, self.queue_box, self.slot_label, buttons):
            layout.addWidget(widget)
        self.queue_box.currentIndexChanged.connect(self._show_slot)
        self._show_slot(0)

    def chosen(self) -> QueueChoice:
        return self._choices[self.queue_box.currentIndex()]

    def _show_slot(self, _index: int) -> None:
        choice = self.chosen()
        zone = choice.info.schedule.zone
        if choice.slot is None:
            self.slot_label.setText(
                self.tr(
                    "This queue has no free time in the next year. Add times to it in Queues, or pick another queue."
                )
            )
        else:
            self.slot_label.setText(
                self.tr("It takes the next free time: {when} ({zone}).").format(
                    when=when_text(choice.slot, ZoneInfo(zone)), zone=zone
                )
            )
        self.confirm_button.setEnabled(choice.slot is not None)


class QueueControls(QObject):
    """The row under Schedule and Publish now: "Add to queue…", "Repeat…", how the post repeats.

    Signals:
        queued: (post id, slot) the engine put the post in a queue.
        open_queues: the creator wants the Queues pane (no queue serves the post yet).

    Attributes:
        button: "Add to queue…".
        repeat: the repeat row (`RepeatControls`).
        dialog: the open confirmation, or None.
        note: where the controls say what happened.
    """

    queued = Signal(int, object)
    open_queues = Signal()

    def __init__(self, composer: ComposerPane, parent: QWidget) -> None:
        super().__init__(parent)
        self._composer = composer
        self._services: QueueServices | None = None
        self._allowed = False
        self.dialog: QDialog | None = None
        self.button = QPushButton(self.tr("Add to &queue…"), parent)
        self.button.setObjectName("composerAddToQueue")
        self.button.setAccessibleName(self.tr("Add the post to a queue: it takes the queue's next free time"))
        self.button.setToolTip(self.tr("Give the post the next free time of one of your queues"))
        self.button.clicked.connect(self.add_to_queue)
        self.note = QLabel(parent)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("What happened with the queue"))
        self.note.hide()
        self.repeat = RepeatControls(composer, parent)
        # Under Schedule and Publish now, first in the row of Repeat: the time field keeps its width.
        self.button.setParent(self.repeat.row)
        self.repeat.buttons.insertWidget(0, self.button)
        self._sync()

    def set_services(self, services: QueueServices) -> None:
        """Reach the queues and the engine (the app calls this once)."""
        self._services = services
        self.repeat.set_services(services.repository, services.runner, services.now, services.zone)
        self._sync()

    def set_allowed(self, allowed: bool) -> None:
        """The composer's gate: the same checks as Schedule."""
        self._allowed = allowed
        self._sync()

    def _sync(self) -> None:
        self.button.setEnabled(self._allowed and self._services is not None)

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def add_to_queue(self) -> None:
        """Save the post, then show the slot each serving queue would give it."""
        self._composer.refresh_now()
        if self._services is None or not self.button.isEnabled():
            return
        self._say("")
        self._composer.run_after_save(self._ask)

    def _ask(self) -> None:
        services = self._services
        post = self._composer.current_post()
        if services is None or post.id is None:
            return
        post_id = post.id
        accounts = tuple(t.account_id for t in post.targets if t.account_id is not None)

        def read() -> list[QueueChoice]:
            now = services.now()
            return [
                QueueChoice(q, services.repository.next_slot(q.id, post_id, now))
                for q in services.repository.queues()
                if q.id is not None and q.serves(accounts)
            ]

        services.runner.submit(read, key="composer-queue-slots", on_done=lambda found: self._show(post_id, found))

    def _show(self, post_id: int, choices: list[QueueChoice]) -> None:
        if not choices:
            self._say(
                self.tr(
                    "No queue serves these accounts yet. Create one in Queues (its times, and which "
                    "accounts use it), then add the post."
                )
            )
            self.open_queues.emit()
            return
        dialog = AddToQueueDialog(choices, self._composer)
        dialog.accepted.connect(lambda: self._confirmed(post_id, dialog.chosen()))
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def _closed(self, _code: int) -> None:
        self.dialog = None

    def _confirmed(self, post_id: int, choice: QueueChoice) -> None:
        services = self._services
        assert services is not None and choice.info.id is not None
        zone = ZoneInfo(choice.info.schedule.zone)

        def done(slot: datetime | None) -> None:
            if slot is None:
                self._say(self.tr("That queue filled up meanwhile; the post stays as it was."))
                return
            text = self.tr("Added to \u201c{queue}\u201d: goes out {when}.").format(
                queue=choice.info.schedule.name, when=when_text(slot, zone)
            )
            if choice.slot is not None and slot != choice.slot:
                text += " " + self.tr("(The time shown was taken meanwhile, so it got the next one.)")
            self._say(text)
            self._composer.post_changed_elsewhere(post_id)
            self.queued.emit(post_id, slot)

        def failed(_error: BaseException) -> None:
            self._say(self.tr("Postdesk could not add the post to the queue just now. Nothing changed; try again."))

        services.reach.add_to_queue(post_id, choice.info.id, on_done=done, on_error=failed)
