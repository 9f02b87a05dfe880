"""How the composer's parts are built, placed and connected (`ComposerPane` calls these once).

Strings keep the pane's translation context: `QCoreApplication.translate("ComposerPane", "literal")`,
so lupdate sees them.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from postdesk.ui.composer.activity import ActivitySection
from postdesk.ui.composer.editor_part import EditorPart
from postdesk.ui.composer.media_part import MediaPart
from postdesk.ui.composer.post_controls import PostControls
from postdesk.ui.composer.preview_part import PreviewPart
from postdesk.ui.composer.queue_button import QueueControls
from postdesk.ui.composer.schedule_bar import ScheduleBar
from postdesk.ui.composer.sent_view import SentSection
from postdesk.ui.composer.targets_part import TargetsPart
from postdesk.ui.composer.templates_part import ComposerTools
from postdesk.ui.widgets.column_scroll import ColumnScroll

if TYPE_CHECKING:
    from postdesk.ui.composer.view import ComposerPane


def build(pane: ComposerPane, zone: str) -> None:
    """Build the parts and place them: chips on top, text, media and schedule left, tabs right."""
    root = QVBoxLayout(pane)
    root.setContentsMargins(12, 10, 12, 10)
    root.setSpacing(8)
    top = QHBoxLayout()
    pane.new_button = QPushButton(QCoreApplication.translate("ComposerPane", "&New post"), pane)
    pane.new_button.setAccessibleName(QCoreApplication.translate("ComposerPane", "Start a new post"))
    pane.new_button.setToolTip(QCoreApplication.translate("ComposerPane", "Start a new post (Ctrl+N)"))
    heading = QLabel(QCoreApplication.translate("ComposerPane", "Post to:"), pane)
    heading.setStyleSheet("QLabel { font-weight: 600; }")
    pane.status_label = QLabel(pane)
    pane.status_label.setAccessibleName(QCoreApplication.translate("ComposerPane", "Save status"))
    pane.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    pane.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    top.addWidget(heading)
    top.addStretch(1)
    top.addWidget(pane.status_label, 3)
    pane.tools = ComposerTools(pane)  # tags, snippets, templates, duplicate (issue 13.10)
    top.addWidget(pane.tools.insert_button)
    top.addWidget(pane.tools.more_button)
    top.addWidget(pane.new_button)
    root.addLayout(top)

    splitter = QSplitter(Qt.Orientation.Horizontal, pane)
    pane.splitter = splitter  # the app keeps its sizes in window.ini (MainWindow.remember_splitter)
    splitter.setChildrenCollapsible(False)
    pane.targets = TargetsPart(pane)
    root.addWidget(pane.targets.chip_box)
    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 6, 0)
    left_layout.setSpacing(8)
    pane.editor_part = EditorPart(left)
    left_layout.addWidget(pane.editor_part, 1)
    pane.media = MediaPart(pane.services, left)
    left_layout.addWidget(pane.media.strip)
    left_layout.addWidget(pane.tools.tags)
    pane.bar = ScheduleBar(zone, left)
    left_layout.addWidget(pane.bar)
    pane.queue = QueueControls(pane, pane.bar)  # the row of Add to queue… and Repeat… (issue 13)
    pane.bar.add_row(pane.queue.note)
    pane.bar.add_row(pane.queue.repeat.row)
    pane.controls = PostControls(zone, pane.now, pane.bar)
    pane.bar.add_row(pane.controls)
    pane.sent = SentSection(zone, left)
    left_layout.addWidget(pane.sent)
    pane.activity = ActivitySection(zone, left)
    left_layout.addWidget(pane.activity)
    # A short window scrolls the column instead of pressing its rows into each other.
    column = ColumnScroll(left, splitter)
    column.setAccessibleName(QCoreApplication.translate("ComposerPane", "Text, media and schedule"))
    splitter.addWidget(column)
    splitter.addWidget(pane.targets.build_tabs(splitter))
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 1)
    # QSplitter starts from size hints (the text side's is wide: the previews got ~120 px);
    # start at half and half instead, and grow both alike: at 5:6 the text side stayed ~515 px in
    # a 1440 px window and the schedule row's third button wrapped in Spanish and Portuguese.
    # The app restores the user's own split over this (window.ini).
    splitter.setSizes([550, 550])
    root.addWidget(splitter, 1)
    parts = (pane.editor_part, pane.targets, pane.media)
    pane.preview_part = PreviewPart(*parts, pane.current_post, pane.actions.gate, pane)
    # The widgets other panes, the app and the tests reach.
    pane.chips = pane.targets.chips
    pane.tabs = pane.targets.tabs
    pane.base_editor = pane.editor_part.editor
    pane.media_strip = pane.media.strip
    pane.when_edit = pane.bar.when_edit
    pane.schedule_button = pane.bar.schedule_button
    pane.unschedule_button = pane.bar.unschedule_button
    pane.publish_now_button = pane.bar.publish_now_button
    pane.schedule_state = pane.bar.schedule_state
    pane.schedule_reason = pane.bar.schedule_reason
    # Tab reaches the text before the network chips: writing comes first (issue 13.11).
    # The thread editor's own buttons come after (they were made before its first part, so Tab
    # entering the pane met "Add part" before the text).
    editor = pane.base_editor
    thread_buttons = [editor.add_button, editor.split_button, editor.join_button, editor.numbering]
    pane.targets.row.set_tab_neighbours(editor.editor(0), pane.new_button)  # then the chips, remade with accounts
    chain = [pane.new_button, *thread_buttons]
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
    pane.targets.sync_placeholder()


def wire(pane: ComposerPane) -> None:
    """Connect the parts to each other and to the pane."""
    pane.new_button.clicked.connect(pane.new_post)
    pane.saver.state_changed.connect(pane.lifecycle.on_save_state)
    pane.saver.saved.connect(pane.lifecycle.on_saved)
    pane.saver.conflicted.connect(pane.lifecycle.on_conflict)
    editor = pane.editor_part.editor
    editor.changed.connect(pane.on_base_changed)
    editor.split_requested.connect(pane.split_base)
    editor.files_dropped.connect(pane.import_files)
    editor.assets_dropped.connect(pane.attach_assets)
    targets = pane.targets
    targets.chip_toggled.connect(pane.on_chip)
    targets.panel_changed.connect(pane.on_panel_changed)
    targets.split_requested.connect(pane.split_override)
    targets.files_dropped.connect(pane.import_files)
    targets.assets_dropped.connect(pane.attach_assets)
    targets.hand_off_changed.connect(pane.actions.on_hand_off)
    targets.current_changed.connect(pane.on_tab_changed)
    pane.media.changed.connect(pane.mark_changed)
    pane.media.refresh_needed.connect(pane.schedule_refresh)
    pane.media.status.connect(pane.set_status)
    pane.media.settled.connect(lambda: pane.lifecycle.on_save_state(pane.saver.state, pane.saver.reason))
    bar = pane.bar
    bar.when_edit.dateTimeChanged.connect(pane.actions.on_when_changed)
    bar.schedule_button.clicked.connect(pane.schedule)
    bar.unschedule_button.clicked.connect(pane.unschedule)
    bar.publish_now_button.clicked.connect(pane.publish_now)
    pane.controls.reschedule_requested.connect(pane.actions.on_reschedule_requested)
    pane.controls.removed.connect(pane.on_removed)
    pane.controls.link_activated.connect(pane.link_activated)
    pane.controls.changed.connect(pane.refresh_activity)
    pane.controls.shown.connect(pane.actions.show_state)
    pane.sent.duplicate_requested.connect(pane.duplicate_as_new)
    pane.sent.link_activated.connect(pane.link_activated)
    pane.sent.changed.connect(pane.refresh_activity)
    pane.activity.link_activated.connect(pane.link_activated)


def add_shortcuts(pane: ComposerPane) -> None:
    """The pane's keys (only while focus is in the composer)."""

    def action(text: str, keys: list[QKeySequence], slot: Callable[[], object]) -> QAction:
        act = QAction(text, pane)
        act.setShortcuts(keys)
        # Only while focus is in the composer, so other panes keep their own keys.
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(slot)
        pane.addAction(act)
        return act

    pane.new_action = action(
        QCoreApplication.translate("ComposerPane", "New post"), [QKeySequence.StandardKey.New], pane.new_post
    )
    pane.schedule_action = action(
        QCoreApplication.translate("ComposerPane", "Schedule"),
        [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")],
        pane.schedule,
    )
    pane.split_action = action(
        QCoreApplication.translate("ComposerPane", "Split into thread"),
        [QKeySequence("Ctrl+Shift+T")],
        lambda: pane.split_base(pane.base_editor.numbering.isChecked()),
    )
    pane.attach_action = action(
        QCoreApplication.translate("ComposerPane", "Attach images"),
        [QKeySequence("Ctrl+Shift+A")],
        pane.media.choose_files,
    )
