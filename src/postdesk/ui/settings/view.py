"""The Settings pane: appearance, time zone, language, publishing, and where Postdesk keeps its data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimeZone, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from postdesk.core.settings import SKIP_AFTER_RANGE, Preferences
from postdesk.core.states import CatchUpMode
from postdesk.ui.i18n import language_name
from postdesk.ui.look.style import text_font
from postdesk.ui.look.tokens import Space, TextRole
from postdesk.ui.theme import ThemeChoice


class SettingsPane(QWidget):
    """Edits `Preferences` (the schema in `core.settings`); every change is reported at once (no Apply).

    Args:
        preferences: the current values.
        data_dir: the data directory, shown so the user knows where their posts live.
        languages: locale names with a translation available (English is always offered).
        open_url: opens a URL in the desktop (injected so tests do not launch a file manager).
        tray_available: whether this desktop has a system tray (else "keep publishing in the
            tray" cannot be offered).

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
        tray_available: bool = True,
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
        title.setFont(text_font(TextRole.TITLE, title.font()))

        self.theme_box = QComboBox()
        self.theme_box.setAccessibleName(self.tr("Appearance"))
        for value, label in (
            (ThemeChoice.SYSTEM, self.tr("Same as the system")),
            (ThemeChoice.LIGHT, self.tr("Light")),
            (ThemeChoice.DARK, self.tr("Dark")),
        ):
            self.theme_box.addItem(label, value.value)
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(preferences.theme)))
        self.theme_box.currentIndexChanged.connect(lambda: self._change(theme=self.theme_box.currentData()))

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
        # Each language in its own words ("Deutsch", "العربية"): whoever needs it can read its name.
        self.language_box.addItem(language_name("en"), "en")
        for name in languages or []:
            if name != "en":
                self.language_box.addItem(language_name(name), name)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(preferences.language)))
        self.language_box.currentIndexChanged.connect(lambda: self._change(language=self.language_box.currentData()))
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

        publishing = self._publishing_group(preferences, tray_available)

        data = QGroupBox(self.tr("Your data"))
        data_layout = QVBoxLayout(data)
        where = QLabel(self.tr("Drafts, media and settings are kept on this computer, in:"))
        where.setWordWrap(True)
        path_label = QLabel(str(data_dir))
        path_label.setAccessibleName(self.tr("Data folder"))
        path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        path_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open data folder"))
        self.open_button.setAccessibleName(self.tr("Open data folder"))
        self.open_button.clicked.connect(lambda: self._open_url(QUrl.fromLocalFile(str(self._data_dir))))
        tokens = QLabel(
            self.tr(
                "Sign-in tokens are never written here: they live in your system's password keyring, "
                "or in the encrypted file you chose in Accounts."
            )
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
        body_layout.setContentsMargins(Space.XL, Space.L, Space.XL, Space.L)
        body_layout.setSpacing(Space.L)
        body_layout.addWidget(title)
        body_layout.addWidget(look)
        body_layout.addWidget(time)
        body_layout.addWidget(publishing)
        body_layout.addWidget(data)
        body_layout.addStretch(1)
        self._body_layout = body_layout
        body.setMaximumWidth(760)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(Space.NONE, Space.NONE, Space.NONE, Space.NONE)
        outer.addWidget(scroll)

    def add_section(self, section: QWidget) -> None:
        """Add a section the app builds (e.g. the media relay) above the data folder."""
        self._body_layout.insertWidget(self._body_layout.count() - 2, section)

    def _publishing_group(self, preferences: Preferences, tray_available: bool) -> QGroupBox:
        self.catch_up_box = QComboBox()
        self.catch_up_box.setAccessibleName(self.tr("When posts were missed"))
        for mode, label in (
            (CatchUpMode.ASK, self.tr("Ask me what to do")),
            (CatchUpMode.PUBLISH, self.tr("Publish them as soon as possible")),
            (CatchUpMode.SKIP_AFTER, self.tr("Publish them, unless they are too late")),
        ):
            self.catch_up_box.addItem(label, mode.value)
        self.catch_up_box.setCurrentIndex(max(0, self.catch_up_box.findData(preferences.catch_up)))
        self.catch_up_box.currentIndexChanged.connect(lambda: self._change(catch_up=self.catch_up_box.currentData()))
        self.skip_after_spin = QSpinBox()
        self.skip_after_spin.setAccessibleName(self.tr("Too late after, in minutes"))
        self.skip_after_spin.setRange(*SKIP_AFTER_RANGE)
        self.skip_after_spin.setSingleStep(15)
        self.skip_after_spin.setSuffix(self.tr(" min"))
        self.skip_after_spin.setValue(preferences.skip_after_minutes)
        self.skip_after_spin.valueChanged.connect(lambda value: self._change(skip_after_minutes=int(value)))
        catch_up_note = QLabel(
            self.tr(
                "Posts can fall due while Postdesk is closed or the computer sleeps. Skipped "
                "posts are paused, not deleted: they stay in the calendar."
            )
        )
        catch_up_note.setWordWrap(True)
        catch_up_note.setObjectName("Hint")

        self.tray_check = QCheckBox(self.tr("&Keep publishing in the tray when the window is closed"))
        self.tray_check.setAccessibleName(self.tr("Keep publishing in the tray when the window is closed"))
        self.tray_check.setChecked(preferences.keep_in_tray and tray_available)
        self.tray_check.setEnabled(tray_available)
        if not tray_available:
            self.tray_check.setToolTip(self.tr("This desktop has no system tray."))
        self.tray_check.toggled.connect(lambda on: self._change(keep_in_tray=bool(on)))
        self.login_check = QCheckBox(self.tr("Start Postdesk when I log &in"))
        self.login_check.setAccessibleName(self.tr("Start Postdesk when I log in"))
        self.login_check.setChecked(preferences.start_at_login)
        self.login_check.toggled.connect(lambda on: self._change(start_at_login=bool(on)))
        self.alt_text_check = QCheckBox(self.tr("Always require a &description (alt text) on every image"))
        self.alt_text_check.setAccessibleName(self.tr("Always require alt text on every image"))
        self.alt_text_check.setChecked(preferences.require_alt_text)
        self.alt_text_check.toggled.connect(lambda on: self._change(require_alt_text=bool(on)))
        self.login_problem = QLabel()
        self.login_problem.setObjectName("Hint")
        self.login_problem.setWordWrap(True)
        self.login_problem.hide()

        group = QGroupBox(self.tr("Publishing"))
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._label(self.tr("When posts were &missed:"), self.catch_up_box), self.catch_up_box)
        form.addRow(self._label(self.tr("Too late &after:"), self.skip_after_spin), self.skip_after_spin)
        form.addRow(catch_up_note)
        form.addRow(self.tray_check)
        form.addRow(self.login_check)
        form.addRow(self.alt_text_check)
        form.addRow(self.login_problem)
        self._sync_skip_after()
        return group

    def _sync_skip_after(self) -> None:
        self.skip_after_spin.setEnabled(self._prefs.catch_up == CatchUpMode.SKIP_AFTER.value)

    def set_start_at_login(self, enabled: bool) -> None:
        """Show whether Postdesk really starts at login (read from the OS), without reporting a change."""
        self._prefs = replace(self._prefs, start_at_login=enabled)
        self.login_check.blockSignals(True)
        self.login_check.setChecked(enabled)
        self.login_check.blockSignals(False)

    def show_login_problem(self, text: str) -> None:
        """Say why starting at login could not be changed ("" hides the message)."""
        self.login_problem.setText(text)
        self.login_problem.setVisible(bool(text))

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def preferences(self) -> Preferences:
        """The values as they stand."""
        return self._prefs

    def _change(self, **changes: Any) -> None:
        updated = replace(self._prefs, **changes)
        if updated != self._prefs:
            self._prefs = updated
            self._sync_skip_after()
            self.preferences_changed.emit(updated)
