"""A gallery of every standard control the app uses, for the contrast tests and screenshots.

Not a test module: `tests/ui/look/test_control_contrast.py` builds it in light and dark, samples the
edges and marks, and saves `screenshots/controls-<mode>.png`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass
class Gallery:
    """The gallery window and each control in it, by what it is."""

    window: QWidget
    line_edit: QLineEdit
    plain_text: QPlainTextEdit
    text_edit: QTextEdit
    combo: QComboBox
    combo_editable: QComboBox
    spin: QSpinBox
    date_time: QDateTimeEdit
    date_popup: QDateTimeEdit
    check_off: QCheckBox
    check_on: QCheckBox
    check_partial: QCheckBox
    radio_off: QRadioButton
    radio_on: QRadioButton
    button: QPushButton
    default_button: QPushButton
    disabled_button: QPushButton
    dialog_buttons: QDialogButtonBox
    tool_button: QToolButton
    menu_button: QToolButton
    view_button: QToolButton
    list_view: QListWidget
    tree_view: QTreeWidget
    tabs: QTabWidget
    splitter: QSplitter
    stacked: QSplitter
    long_list: QListWidget

    def fields(self) -> dict[str, QWidget]:
        """The controls with an edge all round (text fields, boxes, buttons), by name."""
        return {
            "line edit": self.line_edit,
            "plain text": self.plain_text,
            "text edit": self.text_edit,
            "combo box": self.combo,
            "editable combo box": self.combo_editable,
            "spin box": self.spin,
            "date and time": self.date_time,
            "date with calendar": self.date_popup,
            "button": self.button,
            "default button": self.default_button,
            "tool button": self.tool_button,
            "menu tool button": self.menu_button,
        }


def build_gallery() -> Gallery:
    """Every control kind, with room around each so its edge meets the window's background."""
    window = QWidget()
    window.setWindowTitle("Controls")
    grid = QGridLayout(window)
    grid.setContentsMargins(24, 24, 24, 24)
    grid.setHorizontalSpacing(24)
    grid.setVerticalSpacing(16)

    line_edit = QLineEdit("Harbour at dawn")
    line_edit.setAccessibleName("Title")
    plain_text = QPlainTextEdit("The first light on the water.")
    plain_text.setFixedHeight(64)
    text_edit = QTextEdit()
    text_edit.setPlainText("A rich text field.")
    text_edit.setFixedHeight(64)
    combo = QComboBox()
    combo.addItems(["Public", "Unlisted", "Followers only"])
    combo_editable = QComboBox()
    combo_editable.setEditable(True)
    combo_editable.addItems(["#film", "#harbour"])
    spin = QSpinBox()
    spin.setRange(0, 99)
    spin.setValue(3)
    moment = QDateTime.fromString("2026-05-20T09:00:00", Qt.DateFormat.ISODate)
    date_time = QDateTimeEdit(moment)
    date_popup = QDateTimeEdit(moment)
    date_popup.setCalendarPopup(True)
    check_off = QCheckBox("Add a first comment")
    check_on = QCheckBox("Strip location")
    check_on.setChecked(True)
    check_partial = QCheckBox("Some accounts")
    check_partial.setTristate(True)
    check_partial.setCheckState(Qt.CheckState.PartiallyChecked)
    radio_off = QRadioButton("Draft")
    radio_on = QRadioButton("Schedule")
    radio_on.setChecked(True)
    button = QPushButton("Cancel")
    default_button = QPushButton("Schedule")
    default_button.setDefault(True)
    disabled_button = QPushButton("Publish now")
    disabled_button.setEnabled(False)
    tool_button = QToolButton()
    tool_button.setText("Today")
    menu_button = QToolButton()
    menu_button.setText("Insert")
    menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu_button.setMenu(QMenu(menu_button))
    menu_button.menu().addAction("A snippet")
    view_button = QToolButton()  # as the calendar's Month / Week / List
    view_button.setText("Month")
    view_button.setAutoRaise(True)
    view_button.setCheckable(True)
    view_button.setChecked(True)
    dialog_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

    list_view = QListWidget()
    for text, state in (("Monday", Qt.CheckState.Checked), ("Tuesday", Qt.CheckState.Unchecked)):
        item = QListWidgetItem(text, list_view)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(state)
    list_view.setFixedHeight(64)
    tree_view = QTreeWidget()
    tree_view.setHeaderHidden(True)
    for text, state in (("Bluesky", Qt.CheckState.Checked), ("Mastodon", Qt.CheckState.Unchecked)):
        node = QTreeWidgetItem(tree_view, [text])
        node.setCheckState(0, state)
    tree_view.setFixedHeight(64)

    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    for name in ("Everywhere", "Bluesky", "Mastodon", "Threads", "LinkedIn", "Telegram", "Instagram"):
        tabs.addTab(QLabel(f"Text for {name}"), name)

    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(QLabel("Left"))
    splitter.addWidget(QLabel("Right"))
    splitter.setFixedHeight(48)
    stacked = QSplitter(Qt.Orientation.Vertical)
    stacked.addWidget(QLabel("Top"))
    stacked.addWidget(QLabel("Bottom"))
    stacked.setFixedHeight(96)

    long_list = QListWidget()
    long_list.addItems([f"Post {n}" for n in range(1, 60)])
    long_list.setFixedHeight(96)

    rows: list[tuple[str, QWidget]] = [
        ("Text field", line_edit),
        ("Plain text", plain_text),
        ("Rich text", text_edit),
        ("Choice", combo),
        ("Editable choice", combo_editable),
        ("Number", spin),
        ("Date and time", date_time),
        ("Date (calendar)", date_popup),
    ]
    for row, (label, widget) in enumerate(rows):
        grid.addWidget(QLabel(label), row, 0)
        grid.addWidget(widget, row, 1)

    checks = QWidget()
    checks_layout = QVBoxLayout(checks)
    for w in (check_off, check_on, check_partial, radio_off, radio_on):
        checks_layout.addWidget(w)
    buttons = QWidget()
    buttons_layout = QHBoxLayout(buttons)
    for w in (button, default_button, disabled_button, tool_button, menu_button, view_button):
        buttons_layout.addWidget(w)
    right: list[tuple[str, QWidget]] = [
        ("Checks", checks),
        ("Buttons", buttons),
        ("Dialog", dialog_buttons),
        ("List", list_view),
        ("Tree", tree_view),
        ("Tabs", tabs),
        ("Splitter", splitter),
        ("Stacked", stacked),
        ("Scrolling", long_list),
    ]
    for row, (label, widget) in enumerate(right):
        grid.addWidget(QLabel(label), row, 2)
        grid.addWidget(widget, row, 3)
    grid.setRowStretch(len(right), 1)
    return Gallery(
        window=window,
        line_edit=line_edit,
        plain_text=plain_text,
        text_edit=text_edit,
        combo=combo,
        combo_editable=combo_editable,
        spin=spin,
        date_time=date_time,
        date_popup=date_popup,
        check_off=check_off,
        check_on=check_on,
        check_partial=check_partial,
        radio_off=radio_off,
        radio_on=radio_on,
        button=button,
        default_button=default_button,
        disabled_button=disabled_button,
        dialog_buttons=dialog_buttons,
        tool_button=tool_button,
        menu_button=menu_button,
        view_button=view_button,
        list_view=list_view,
        tree_view=tree_view,
        tabs=tabs,
        splitter=splitter,
        stacked=stacked,
        long_list=long_list,
    )
