"""A poll on X or Mastodon: its choices and how long it runs, held to the network's own limits.

The limits come from `core.rules.extras.poll_rules` (X's OpenAPI document; a Mastodon instance's
`configuration.polls`, read at sign-in): as many choice fields as the network takes, each with
its length limit, and a duration between the shortest and the longest the network allows. The
option written is `poll` ({options, duration_minutes}, Mastodon adds multiple and hide_totals),
which validation checks and the adapters send.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from postdesk.core.networks import Network
from postdesk.core.rules.extras import PollRules, poll_rules

#: A new poll runs one day, as on X and Mastodon's own apps.
DEFAULT_MINUTES = 24 * 60


class PollEditor(QWidget):
    """The poll of one target.

    Args:
        network: X or Mastodon.
        name: the network's brand name (for accessible names).
        parent: the parent widget.

    Attributes:
        enabled_check: "Add a poll".
        choice_edits: one field per choice the network allows.
        days_spin, hours_spin, minutes_spin: how long the poll runs.
        multiple_check, hide_totals_check: Mastodon's own switches (hidden on X).

    Signals:
        changed(): the poll changed.
    """

    changed = Signal()

    def __init__(self, network: Network, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network = network
        self._name = name
        limits = poll_rules(network)
        assert limits is not None, f"no polls on {network}"
        self._limits: PollRules = limits
        self.enabled_check = QCheckBox(self.tr("Add a p&oll"), self)
        self.enabled_check.setAccessibleName(self.tr("Add a poll to the {network} post").format(network=name))
        self.enabled_check.toggled.connect(self._on_enabled)
        self._body = QWidget(self)
        form = QFormLayout(self._body)
        form.setContentsMargins(16, 0, 0, 0)
        self.choice_edits: list[QLineEdit] = []
        self._form = form
        self._choices_box = QVBoxLayout()
        form.addRow(self.tr("Choices:"), self._choices_box)
        duration = QHBoxLayout()
        self.days_spin = self._spin(self.tr(" d"), self.tr("Poll length, days"), 0, 366)
        self.hours_spin = self._spin(self.tr(" h"), self.tr("Poll length, hours"), 0, 23)
        self.minutes_spin = self._spin(self.tr(" min"), self.tr("Poll length, minutes"), 0, 59)
        for spin in (self.days_spin, self.hours_spin, self.minutes_spin):
            duration.addWidget(spin)
        duration.addStretch(1)
        form.addRow(self.tr("Runs for:"), duration)
        self.multiple_check = QCheckBox(self.tr("People may pick more than one"), self._body)
        self.multiple_check.setAccessibleName(self.tr("Poll allows several choices"))
        self.multiple_check.toggled.connect(self._emit)
        self.hide_totals_check = QCheckBox(self.tr("Hide the results until it ends"), self._body)
        self.hide_totals_check.setAccessibleName(self.tr("Hide the poll's results until it ends"))
        self.hide_totals_check.toggled.connect(self._emit)
        if limits.multiple:
            form.addRow(self.multiple_check)
            form.addRow(self.hide_totals_check)
        else:
            self.multiple_check.hide()
            self.hide_totals_check.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled_check)
        layout.addWidget(self._body)
        self._apply_limits(limits)
        self._set_minutes(DEFAULT_MINUTES)
        self._body.setVisible(False)

    def _spin(self, suffix: str, accessible: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(self._body)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setAccessibleName(accessible)
        spin.valueChanged.connect(self._emit)
        return spin

    def _apply_limits(self, limits: PollRules) -> None:
        """As many choice fields as the network takes, each as long as it allows."""
        self._limits = limits
        while len(self.choice_edits) < limits.max_options:
            n = len(self.choice_edits) + 1
            edit = QLineEdit(self._body)
            edit.setAccessibleName(self.tr("Poll choice {n}").format(n=n))
            edit.setPlaceholderText(
                self.tr("Choice {n}").format(n=n)
                if n <= limits.min_options
                else self.tr("Choice {n} (optional)").format(n=n)
            )
            edit.textChanged.connect(self._emit)
            self._choices_box.addWidget(edit)
            self.choice_edits.append(edit)
        for index, edit in enumerate(self.choice_edits):
            edit.setVisible(index < limits.max_options)
        self.days_spin.setMaximum(max(limits.max_minutes // (24 * 60), 0))

    def set_instance(self, instance: Mapping[str, int] | None) -> None:
        """Follow the account's server's own poll limits (Mastodon)."""
        limits = poll_rules(self.network, instance)
        if limits is not None:
            self._apply_limits(limits)

    def limits(self) -> PollRules:
        """The limits in force."""
        return self._limits

    def minutes(self) -> int:
        """How long the poll runs, in minutes."""
        return self.days_spin.value() * 24 * 60 + self.hours_spin.value() * 60 + self.minutes_spin.value()

    def _set_minutes(self, minutes: int) -> None:
        days, rest = divmod(max(minutes, 0), 24 * 60)
        self.days_spin.setMaximum(max(self.days_spin.maximum(), days))
        self.days_spin.setValue(days)
        self.hours_spin.setValue(rest // 60)
        self.minutes_spin.setValue(rest % 60)

    def options(self) -> dict[str, Any]:
        """The option as the target stores it (nothing without a poll)."""
        if not self.enabled_check.isChecked():
            return {}
        poll: dict[str, Any] = {
            "options": [e.text() for e in self.choice_edits[: self._limits.max_options] if e.text().strip()],
            "duration_minutes": self.minutes(),
        }
        if self._limits.multiple:
            poll["multiple"] = self.multiple_check.isChecked()
            poll["hide_totals"] = self.hide_totals_check.isChecked()
        return {"poll": poll}

    def load(self, options: Mapping[str, Any]) -> None:
        """Show a target's stored poll (no `changed` signal)."""
        poll = options.get("poll")
        poll = poll if isinstance(poll, Mapping) else {}
        blockers = [
            QSignalBlocker(w)
            for w in (
                self.enabled_check,
                *self.choice_edits,
                self.days_spin,
                self.hours_spin,
                self.minutes_spin,
                self.multiple_check,
                self.hide_totals_check,
            )
        ]
        choices = [str(c) for c in poll.get("options", ())]
        if len(choices) > len(self.choice_edits):  # stored under a larger limit: show them all
            self._apply_limits(replace(self._limits, max_options=len(choices)))
        for index, edit in enumerate(self.choice_edits):
            edit.setText(choices[index] if index < len(choices) else "")
        try:
            minutes = int(poll.get("duration_minutes", DEFAULT_MINUTES))
        except (TypeError, ValueError):
            minutes = DEFAULT_MINUTES
        self._set_minutes(minutes)
        self.multiple_check.setChecked(bool(poll.get("multiple")))
        self.hide_totals_check.setChecked(bool(poll.get("hide_totals")))
        self.enabled_check.setChecked(bool(poll))
        self._body.setVisible(bool(poll))
        del blockers

    def set_locked(self, locked: bool) -> None:
        """Disable every field while the target's content is frozen."""
        self.setEnabled(not locked)

    def _on_enabled(self, on: bool) -> None:
        self._body.setVisible(on)
        if on:
            self.choice_edits[0].setFocus()
        self.changed.emit()

    def _emit(self, *_args: object) -> None:
        if self.enabled_check.isChecked():
            self.changed.emit()
