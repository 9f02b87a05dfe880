"""The composer's Bluesky options: a quoted post, who may reply (threadgate) and quoting (postgate).

Options written: `quote_url` with `quote_uri`; `reply_controls` (["nobody"], or any of mention,
following, followers; absent: everyone), which `platforms.bluesky` writes as an
`app.bsky.feed.threadgate` in the same commit as the post; `quotes_disabled`, written as an
`app.bsky.feed.postgate` with a `disableRule`, in that commit too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QFormLayout, QHBoxLayout, QRadioButton, QVBoxLayout, QWidget

from postdesk.core.networks import Network
from postdesk.core.post_extras import BLUESKY_REPLY_RULES
from postdesk.ui.composer.quote_field import QuoteField


class BlueskyOptions(QWidget):
    """The Bluesky options of one target.

    Attributes:
        quote: the "Quote a post" field.
        everyone_radio, nobody_radio, some_radio: who may reply.
        rule_checks: the rules under "Only…" (mention, following, followers).
        no_quotes_check: "Don't let others quote this post".

    Signals:
        changed(): an option changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quote = QuoteField(Network.BLUESKY, "Bluesky", self)
        self.quote.changed.connect(self.changed)
        self.everyone_radio = QRadioButton(self.tr("Everyone"), self)
        self.nobody_radio = QRadioButton(self.tr("Nobody"), self)
        self.some_radio = QRadioButton(self.tr("Only…"), self)
        self._group = QButtonGroup(self)
        for radio, name in (
            (self.everyone_radio, self.tr("Everyone can reply on Bluesky")),
            (self.nobody_radio, self.tr("Nobody can reply on Bluesky")),
            (self.some_radio, self.tr("Only some people can reply on Bluesky")),
        ):
            radio.setAccessibleName(name)
            self._group.addButton(radio)
            radio.toggled.connect(self._on_who)
        labels = {
            "mention": self.tr("People you mention"),
            "following": self.tr("People you follow"),
            "followers": self.tr("Your followers"),
        }
        self.rule_checks: dict[str, QCheckBox] = {}
        rules_box = QVBoxLayout()  # one rule a line, so the tab stays narrow
        rules_box.setContentsMargins(20, 0, 0, 0)
        rules_box.setSpacing(2)
        for rule in BLUESKY_REPLY_RULES:
            check = QCheckBox(labels[rule], self)
            check.setAccessibleName(self.tr("{who} can reply").format(who=labels[rule]))
            check.toggled.connect(lambda _on: self.changed.emit())
            check.setEnabled(False)
            rules_box.addWidget(check)
            self.rule_checks[rule] = check
        self.everyone_radio.setChecked(True)
        who = QVBoxLayout()
        radios = QHBoxLayout()
        for radio in (self.everyone_radio, self.nobody_radio, self.some_radio):
            radios.addWidget(radio)
        radios.addStretch(1)
        who.addLayout(radios)
        who.addLayout(rules_box)
        self.no_quotes_check = QCheckBox(self.tr("Don't let others quote this p&ost"), self)
        self.no_quotes_check.setAccessibleName(self.tr("Don't let others quote this Bluesky post"))
        self.no_quotes_check.toggled.connect(lambda _on: self.changed.emit())
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.quote.label(), self.quote)
        form.addRow(self.tr("Who can repl&y:"), who)
        form.addRow(self.no_quotes_check)

    def options(self) -> dict[str, Any]:
        """The options as the target stores them."""
        options: dict[str, Any] = dict(self.quote.options())
        if self.nobody_radio.isChecked():
            options["reply_controls"] = ["nobody"]
        elif self.some_radio.isChecked():
            chosen = [rule for rule, check in self.rule_checks.items() if check.isChecked()]
            options["reply_controls"] = chosen if chosen else ["nobody"]
        if self.no_quotes_check.isChecked():
            options["quotes_disabled"] = True
        return options

    def load(self, options: Mapping[str, Any]) -> None:
        """Show a target's stored options (no `changed` signal)."""
        self.quote.load(options)
        controls = options.get("reply_controls")
        given = [str(c) for c in controls] if isinstance(controls, list | tuple) else []
        blockers = [
            QSignalBlocker(w)
            for w in (
                self.everyone_radio,
                self.nobody_radio,
                self.some_radio,
                self.no_quotes_check,
                *self.rule_checks.values(),
            )
        ]
        radio = (
            self.everyone_radio if controls is None else self.nobody_radio if given == ["nobody"] else self.some_radio
        )
        radio.setChecked(True)
        for rule, check in self.rule_checks.items():
            check.setChecked(rule in given)
            check.setEnabled(radio is self.some_radio)
        self.no_quotes_check.setChecked(options.get("quotes_disabled") is True)
        del blockers

    def _on_who(self, on: bool) -> None:
        if not on:
            return
        for check in self.rule_checks.values():
            check.setEnabled(self.some_radio.isChecked())
        self.changed.emit()
