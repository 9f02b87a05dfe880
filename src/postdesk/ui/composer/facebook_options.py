"""The composer's Facebook Page options: the link shown as a preview card under the text.

Option written: `link` (`core.facebook_posts`, which validation and the adapter use). Scheduling
on Facebook itself is the target panel's general "Let Facebook publish it" hand-off.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from postdesk.core import facebook_posts


class FacebookOptions(QWidget):
    """The Facebook options of one target.

    Signals:
        changed(): an option changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link_edit = QLineEdit(self)
        self.link_edit.setPlaceholderText("https://")
        self.link_edit.setAccessibleName(self.tr("Link shown as a preview under the Facebook post"))
        self.link_edit.setToolTip(
            self.tr("Facebook shows this address as a link preview. Only on posts without photos or video.")
        )
        self.link_edit.textChanged.connect(lambda _text: self.changed.emit())
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Lin&k:"), self.link_edit)

    def options(self) -> dict[str, Any]:
        """The options as the target stores them."""
        link = self.link_edit.text().strip()
        return {"link": link} if link else {}

    def load(self, options: Mapping[str, Any]) -> None:
        """Show a target's stored options (no `changed` signal)."""
        with QSignalBlocker(self.link_edit):
            self.link_edit.setText(facebook_posts.link_of(options))
