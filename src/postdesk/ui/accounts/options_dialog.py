"""Per-account default options: what a new post's target for this account starts with."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from postdesk.core.entities import Account
from postdesk.core.networks import Network


class DefaultOptionsDialog(QDialog):
    """Edits an account's default options.

    Args:
        account: the account.
        parent: the parent widget.
    """

    def __init__(self, account: Account, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Default options for {handle}").format(handle=account.handle))
        self.setAccessibleName(self.windowTitle())
        self._account = account
        current = {k: v for k, v in account.default_options.items() if not k.startswith("_")}
        form = QFormLayout(self)
        self.preselect = QCheckBox(self.tr("&Add this account to new posts"))
        self.preselect.setAccessibleName(self.tr("Add this account to new posts"))
        self.preselect.setChecked(bool(current.get("preselect", False)))
        form.addRow(self.preselect)
        self.visibility: QComboBox | None = None
        self.text_option: QLineEdit | None = None
        if account.network in (Network.MASTODON, Network.YOUTUBE):
            self.visibility = QComboBox()
            self.visibility.setAccessibleName(self.tr("Visibility"))
            choices = (
                [
                    ("public", self.tr("Public")),
                    ("unlisted", self.tr("Unlisted")),
                    ("private", self.tr("Followers only")),
                ]
                if account.network is Network.MASTODON
                else [("public", self.tr("Public")), ("unlisted", self.tr("Unlisted")), ("private", self.tr("Private"))]
            )
            for value, label in choices:
                self.visibility.addItem(label, value)
            index = self.visibility.findData(current.get("visibility", choices[0][0]))
            self.visibility.setCurrentIndex(max(0, index))
            form.addRow(self.tr("&Visibility:"), self.visibility)
        if account.network in (Network.REDDIT, Network.PINTEREST):
            self.text_option = QLineEdit(str(current.get("destination", "")))
            label = self.tr("&Subreddit:") if account.network is Network.REDDIT else self.tr("&Board:")
            self.text_option.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, self.text_option)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def options(self) -> dict[str, Any]:
        """The options as edited."""
        options: dict[str, Any] = {"preselect": self.preselect.isChecked()}
        if self.visibility is not None:
            options["visibility"] = self.visibility.currentData()
        if self.text_option is not None and self.text_option.text().strip():
            options["destination"] = self.text_option.text().strip()
        return options
