"""Repeat (evergreen) in the composer: every N days or weeks, M more times or until stopped, with
text variations used in turn (networks refuse a post identical to an earlier one).

The series is stored with the post (`QueuesRepository.set_repeat`) on the disk worker; the engine
makes the reposts once the post is out. "Stop repeating" stops the series and withdraws the
reposts not yet on their way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from postdesk.store.repositories.queues import QueuesRepository, RepeatInfo
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from postdesk.ui.composer.view import ComposerPane


def repeat_words(info: RepeatInfo) -> str:
    """ "Repeats every 2 weeks, 3 more times, with 2 variations" (or stopped)."""
    if info.every_days % 7 == 0:
        every = RepeatDialog.tr("every %n week(s)", "", info.every_days // 7)
    else:
        every = RepeatDialog.tr("every %n day(s)", "", info.every_days)
    times = (
        QCoreApplication.translate("RepeatDialog", "until you stop it")
        if info.forever
        else RepeatDialog.tr("%n more time(s)", "", info.times)
    )
    text = QCoreApplication.translate("RepeatDialog", "Repeats {every}, {times}").format(every=every, times=times)
    if info.variations:
        text += ", " + RepeatDialog.tr("with %n variation(s)", "", len(info.variations))
    if info.stopped:
        text = QCoreApplication.translate("RepeatDialog", "Repeating stopped")
    return text


class RepeatDialog(QDialog):
    """Every N days/weeks, M times or forever, and the texts used in turn.

    Attributes:
        every_spin, unit_box, times_radio, times_spin, forever_radio: the rhythm.
        variations: the alternative texts (editable rows).
        save_button: stores the series.
    """

    def __init__(self, current: RepeatInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Repeat this post"))
        self.setAccessibleName(self.tr("Repeat this post"))
        form = QFormLayout(self)
        self.every_spin = QSpinBox(self)
        self.every_spin.setRange(1, 365)
        self.every_spin.setAccessibleName(self.tr("How many days or weeks between two posts"))
        self.unit_box = QComboBox(self)
        self.unit_box.addItem(self.tr("days"), 1)
        self.unit_box.addItem(self.tr("weeks"), 7)
        self.unit_box.setAccessibleName(self.tr("Days or weeks"))
        every = QHBoxLayout()
        every.addWidget(self.every_spin)
        every.addWidget(self.unit_box)
        every_label = QLabel(self.tr("Repeat &every:"), self)
        every_label.setBuddy(self.every_spin)
        form.addRow(every_label, every)
        self.times_radio = QRadioButton(self.tr("&This many more times:"), self)
        self.times_spin = QSpinBox(self)
        self.times_spin.setRange(1, 100)
        self.times_spin.setAccessibleName(self.tr("How many more times"))
        self.forever_radio = QRadioButton(self.tr("Until I &stop it"), self)
        form.addRow(self.times_radio, self.times_spin)
        form.addRow(self.forever_radio)
        note = QLabel(
            self.tr(
                "Networks refuse a post identical to an earlier one. Add a few variations: "
                "each repeat uses the next text in turn, then the post's own again."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.variations = QListWidget(self)
        self.variations.setAccessibleName(self.tr("Text variations, used in turn"))
        self.add_button = QPushButton(self.tr("&Add a variation"), self)
        self.add_button.setAccessibleName(self.tr("Add a text variation"))
        self.add_button.clicked.connect(lambda: self.add_variation(""))
        self.remove_button = QPushButton(self.tr("&Remove variation"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the chosen variation"))
        self.remove_button.clicked.connect(self._remove)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_button)
        buttons_row.addWidget(self.remove_button)
        form.addRow(self.variations)
        form.addRow(buttons_row)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Re&peat"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(self.tr("Save the repeat"))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.times_radio.toggled.connect(self.times_spin.setEnabled)
        weeks = current is not None and current.every_days % 7 == 0
        self.unit_box.setCurrentIndex(1 if weeks or current is None else 0)
        self.every_spin.setValue(1 if current is None else current.every_days // (7 if weeks else 1))
        self.times_spin.setValue(3 if current is None or current.forever else max(1, current.times))
        (self.forever_radio if current is not None and current.forever else self.times_radio).setChecked(True)
        for text in current.variations if current is not None else ():
            self.add_variation(text)

    def add_variation(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text, self.variations)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.variations.setCurrentItem(item)
        if not text:
            self.variations.editItem(item)
        return item

    def _remove(self) -> None:
        for item in self.variations.selectedItems():
            self.variations.takeItem(self.variations.row(item))

    def chosen(self) -> tuple[int, int, bool, tuple[str, ...]]:
        """(every_days, times, forever, variations)."""
        every = self.every_spin.value() * int(self.unit_box.currentData())
        texts = tuple(t for i in range(self.variations.count()) if (t := self.variations.item(i).text()).strip())
        forever = self.forever_radio.isChecked()
        return every, 0 if forever else self.times_spin.value(), forever, texts


class RepeatControls(QObject):
    """The repeat row of the composer: "Repeat…", what the series does, "Stop repeating".

    Signals:
        changed: a series was set or stopped (the calendar redraws).
    """

    changed = Signal()

    def __init__(self, composer: ComposerPane, parent: QWidget) -> None:
        super().__init__(parent)
        self._composer = composer
        self._repo: QueuesRepository | None = None
        self._runner: BackgroundRunner | None = None
        self._now: Callable[[], datetime] = datetime.now
        self._zone: Callable[[], str] = lambda: "UTC"
        self.info: RepeatInfo | None = None
        self._stop_note = ""
        self.dialog: RepeatDialog | None = None
        self.row = QWidget(parent)
        layout = QVBoxLayout(self.row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        # The buttons flow (they wrap instead of widening the composer's text column); what the
        # series does is a wrapped line under them.
        self.buttons = FlowLayout(spacing=6)
        self.repeat_button = QPushButton(self.tr("&Repeat…"), self.row)
        self.repeat_button.setAccessibleName(self.tr("Repeat this post every few days or weeks"))
        self.repeat_button.clicked.connect(self.edit)
        self.label = QLabel(self.row)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("How this post repeats"))
        self.stop_button = QPushButton(self.tr("Stop repeatin&g"), self.row)
        self.stop_button.setAccessibleName(self.tr("Stop repeating: the repeats not yet sent are removed"))
        self.stop_button.clicked.connect(self.stop)
        self.buttons.addWidget(self.repeat_button)
        self.buttons.addWidget(self.stop_button)
        layout.addLayout(self.buttons)
        layout.addWidget(self.label)
        composer.post_opened.connect(self._on_opened)
        self._show(None)

    def set_services(
        self, repo: QueuesRepository, runner: BackgroundRunner, now: Callable[[], datetime], zone: Callable[[], str]
    ) -> None:
        self._repo, self._runner, self._now, self._zone = repo, runner, now, zone
        self.reload()

    def _on_opened(self, _post_id: object) -> None:
        self._stop_note = ""
        self.reload()

    def reload(self) -> None:
        """Read the open post's series on the worker."""
        post_id = self._composer.current_post().id
        if self._repo is None or self._runner is None or post_id is None:
            self._show(None)
            return
        self._runner.submit(
            self._repo.repeat_of, post_id, key="composer-repeat", on_done=lambda info: self._shown_for(post_id, info)
        )

    def _shown_for(self, post_id: int, info: RepeatInfo | None) -> None:
        if self._composer.current_post().id == post_id:
            self._show(info)

    def _show(self, info: RepeatInfo | None) -> None:
        self.info = info
        words = repeat_words(info) if info is not None else ""
        self.label.setText(self._stop_note if info is not None and info.stopped and self._stop_note else words)
        self.stop_button.setVisible(info is not None and not info.stopped)
        self.repeat_button.setEnabled(self._repo is not None and (info is None or info.number == 0))

    def edit(self) -> None:
        """Open the repeat editor for the open post."""
        dialog = RepeatDialog(self.info if self.info is not None and not self.info.stopped else None, self._composer)
        dialog.accepted.connect(lambda: self._save(dialog.chosen()))
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def _closed(self, _code: int) -> None:
        self.dialog = None

    def _save(self, chosen: tuple[int, int, bool, tuple[str, ...]]) -> None:
        every, times, forever, variations = chosen

        def write() -> None:
            post_id = self._composer.current_post().id
            if post_id is None or self._repo is None or self._runner is None:
                return
            self._runner.submit(
                self._repo.set_repeat,
                post_id,
                every,
                times,
                forever,
                variations,
                self._zone(),
                self._now(),
                on_done=lambda _: self._after_change(),
            )

        self._composer.run_after_save(write)

    def stop(self) -> None:
        """Stop the series; its reposts not yet on their way are withdrawn."""
        post_id = self._composer.current_post().id
        if post_id is None or self._repo is None or self._runner is None:
            return

        def done(withdrawn: list[int]) -> None:
            n = len(withdrawn)
            self._stop_note = (
                self.tr("Repeating stopped. %n repeat(s) not yet sent were removed.", "", n).replace("%n", str(n))
                if n
                else self.tr("Repeating stopped.")
            )
            self._after_change()

        self._runner.submit(self._repo.stop_repeating, post_id, self._now(), on_done=done)

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()
