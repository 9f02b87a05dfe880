"""The Settings pane: appearance, time zone, language, and where Postdesk keeps its data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimeZone, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from postdesk.ui.theme import ThemeChoice


@dataclass(frozen=True)
class Preferences:
    """The preferences this pane edits.

    Attributes:
        theme: system, light or dark.
        time_zone: the IANA zone times are shown and chosen in.
        language: a locale name such as "de", or "" for the system's language.
    """

    theme: str = ThemeChoice.SYSTEM.value
    time_zone: str = "UTC"
    language: str = ""


class SettingsPane(QWidget):
    """Edits `Preferences`; every change is reported at once (there is no Apply button).

    Args:
        preferences: the current values.
        data_dir: the data directory, shown so the user knows where their posts live.
        languages: locale names with a translation available (English is always offered).
        open_url: opens a URL in the desktop (injected so tests do not launch a file manager).

    Signals:
        preferences_changed(Preferences): the user changed a value.
    """

    preferences_changed = Signal(object)

    def __init__(
        self,
        preferences: Preferences,
        data_dir: Path,
        languages: list[str] | None = None,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("SettingsPane")
        self.setAccessibleName(self.tr("Settings"))
        self._prefs = preferences
        self._open_url = open_url
        self._data_dir = data_dir

        title = QLabel(self.tr("Settings"))
        title.setObjectName("PaneTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)

        self.theme_box = QComboBox()
        self.theme_box.setAccessibleName(self.tr("Appearance"))
        for value, label in (
            (ThemeChoice.SYSTEM, self.tr("Same as the system")),
            (ThemeChoice.LIGHT, self.tr("Light")),
            (ThemeChoice.DARK, self.tr("Dark")),
        ):
            self.theme_box.addItem(label, value.value)
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(preferences.theme)))
        self.theme_box.currentIndexChanged.connect(
            lambda: self._change(theme=self.theme_box.currentData())
        )

        self.zone_box = QComboBox()
        self.zone_box.setAccessibleName(self.tr("Time zone"))
        self.zone_box.setEditable(True)
        self.zone_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zones = sorted(bytes(z.data()).decode() for z in QTimeZone.availableTimeZoneIds())
        zones = [z for z in zones if "/" in z or z == "UTC"]
        self.zone_box.addItems(zones)
        self.zone_box.setCurrentIndex(max(0, self.zone_box.findText(preferences.time_zone)))
        self.zone_box.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_box.activated.connect(lambda: self._change(time_zone=self.zone_box.currentText()))
        zone_note = QLabel(
            self.tr(
                "Times in the calendar and the composer are shown in this zone. A post keeps the "
                "zone it was scheduled in, so 09:00 stays 09:00 when the clocks change."
            )
        )
        zone_note.setWordWrap(True)
        zone_note.setObjectName("Hint")

        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language"))
        self.language_box.addItem(self.tr("Same as the system"), "")
        self.language_box.addItem("English", "en")
        for name in languages or []:
            if name != "en":
                self.language_box.addItem(name, name)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(preferences.language)))
        self.language_box.currentIndexChanged.connect(
            lambda: self._change(language=self.language_box.currentData())
        )
        language_note = QLabel(self.tr("A new language takes effect the next time Postdesk starts."))
        language_note.setWordWrap(True)
        language_note.setObjectName("Hint")

        look = QGroupBox(self.tr("Appearance and language"))
        look_form = QFormLayout(look)
        look_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        look_form.addRow(self._label(self.tr("&Theme:"), self.theme_box), self.theme_box)
        look_form.addRow(self._label(self.tr("&Language:"), self.language_box), self.language_box)
        look_form.addRow(language_note)

        time = QGroupBox(self.tr("Time"))
        time_form = QFormLayout(time)
        time_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        time_form.addRow(self._label(self.tr("Time &zone:"), self.zone_box), self.zone_box)
        time_form.addRow(zone_note)

        data = QGroupBox(self.tr("Your data"))
        data_layout = QVBoxLayout(data)
        where = QLabel(
            self.tr("Drafts, media and settings are kept on this computer, in:")
        )
        where.setWordWrap(True)
        path_label = QLabel(str(data_dir))
        path_label.setAccessibleName(self.tr("Data folder"))
        path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        path_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open data folder"))
        self.open_button.setAccessibleName(self.tr("Open data folder"))
        self.open_button.clicked.connect(lambda: self._open_url(QUrl.fromLocalFile(str(self._data_dir))))
        tokens = QLabel(
            self.tr("Sign-in tokens are never written here: they live in your system's keyring.")
        )
        tokens.setWordWrap(True)
        tokens.setObjectName("Hint")
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        data_layout.addWidget(where)
        data_layout.addWidget(path_label)
        data_layout.addLayout(row)
        data_layout.addWidget(tokens)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(24, 20, 24, 20)
        body_layout.setSpacing(16)
        body_layout.addWidget(title)
        body_layout.addWidget(look)
        body_layout.addWidget(time)
        body_layout.addWidget(data)
        body_layout.addStretch(1)
        body.setMaximumWidth(760)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def preferences(self) -> Preferences:
        """The values as they stand."""
        return self._prefs

    def _change(self, **changes: str) -> None:
        updated = replace(self._prefs, **changes)
        if updated != self._prefs:
            self._prefs = updated
            self.preferences_changed.emit(updated)
