"""The composer pane: one post, many targets, live counters, previews and drafts saved as you type.

Layout: network chips on top; on the left the main text (a thread editor), attached images and
the schedule row; on the right one tab per chosen network with its account, override text,
options, counter, problems and preview.

Keystroke cost is kept small: every change schedules one coalesced refresh. The refresh
measures and validates every target (cheap, cached in core) and renders only the visible
tab's problems, highlights and preview; other tabs render when shown. `refresh_now()`
flushes a pending refresh synchronously (tests and the keystroke benchmark call it).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QSignalBlocker, Qt, QTimer, QTimeZone, Signal
from PySide6.QtGui import QAction, QColor, QDragEnterEvent, QDropEvent, QImage, QKeySequence
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from postdesk.core.calendar import Ambiguity, WallTime, resolve_wall_time, to_local
from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.media_info import MediaInfo
from postdesk.core.merge import merge_post
from postdesk.core.networks import NETWORK_ORDER, THREAD_NETWORKS, Network
from postdesk.core.states import USER_STATES, apply, user_event
from postdesk.core.threads import split_thread
from postdesk.core.validation import can_schedule
from postdesk.log import get_logger
from postdesk.ui.composer.activity import LOCKED_STATES, ActivitySection
from postdesk.ui.composer.card_styles import style_for
from postdesk.ui.composer.draft_saver import DraftSaver, SaveState
from postdesk.ui.composer.edit_published import EditCalls
from postdesk.ui.composer.google_business_options import LocationSource
from postdesk.ui.composer.media_strip import MediaStrip
from postdesk.ui.composer.parts_editor import IMAGE_SUFFIXES, PartsEditor
from postdesk.ui.composer.pinterest_options import BoardSource
from postdesk.ui.composer.post_controls import PostControls, ReachCalls
from postdesk.ui.composer.queue_button import QueueControls
from postdesk.ui.composer.reddit_options import SubredditSource
from postdesk.ui.composer.sent_view import SentSection, frozen_networks, post_state_summary
from postdesk.ui.composer.services import (
    AccountChoice,
    ComposerServices,
    ImportResult,
    PostActivity,
    Session,
)
from postdesk.ui.composer.target_panel import TargetPanel, shipped_networks
from postdesk.ui.composer.tiktok_options import CreatorSource
from postdesk.ui.composer.wording import describe_problem
from postdesk.ui.dropped_paths import local_path
from postdesk.ui.media_library.models import decode_asset_ids
from postdesk.ui.widgets.chip import ChipButton
from postdesk.ui.widgets.flow_layout import FlowLayout

_log = get_logger("ui.composer")


class ReachActions(ReachCalls, EditCalls, Protocol):
    """The engine actions the composer reaches (`ui.engine_actions.EngineActions`)."""

    def publish_now(self, post_id: int) -> None: ...

    def schedule_changed(self, post_id: int) -> None: ...


#: After reading the stored post failed, how long before saving is tried again.
_FOLLOW_RETRY_MS = 2000
#: How long after the last change the hidden tabs' previews are brought up to date.
_IDLE_RENDER_MS = 600
#: The visible preview renders this long after the last keystroke...
PREVIEW_IDLE_MS = 40
#: ...and at least this often while the user keeps typing.
PREVIEW_MAX_MS = 1000


class ComposerPane(QWidget):
    """Compose one post for many networks.

    Args:
        services: disk access (loading, saving, importing), all off the UI thread.
        now: the clock; returns an aware UTC datetime.
        zone: the user's IANA time zone name (schedule times are picked in it).
        parent: the parent widget.

    Attributes:
        chips: the network chips, by network.
        base_editor: the main text's thread editor.
        tabs: one tab per chosen network.
        media_strip: the attached images.

    Signals:
        loaded: the last draft was reopened (or a fresh one started).
        post_saved: a save finished; carries the stored Post.
        scheduled: the post was scheduled; carries the stored-to-be Post.
        post_opened: `open_post` showed a post (its id), or could not (None).
        accounts_reloaded: `reload_accounts` finished.
        activity_loaded: the activity of the open post was (re)loaded (its PostActivity).
        link_activated: the user clicked the link to a published post (the url).
    """

    loaded = Signal()
    post_saved = Signal(object)
    scheduled = Signal(object)
    post_opened = Signal(object)
    accounts_reloaded = Signal()
    activity_loaded = Signal(object)
    link_activated = Signal(str)

    def __init__(
        self,
        services: ComposerServices,
        now: Callable[[], datetime],
        zone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._now = now
        self._zone = zone
        self._post_id: int | None = None
        # The stored post as last read or saved, and its version: a save names the version, and
        # a newer stored one is merged under the edits here (`post_changed_elsewhere`).
        self._base: Post | None = None
        self._version: int | None = None
        self._frozen: set[Network] = set()
        self._handed_off: set[Network] = set()
        self._scheduled_at: datetime | None = None
        self._scheduled_zone: str | None = None
        self._accounts: list[AccountChoice] = []
        self._panels: dict[Network, TargetPanel] = {}
        self._relay_configured = False  # told by the app (Settings > Media relay)
        self._board_source: BoardSource | None = None  # Pinterest's boards, from the engine
        self._location_source: LocationSource | None = None  # Google Business Profile locations
        self._subreddit_source: SubredditSource | None = None  # Reddit's subscriptions and rules
        self._creator_source: CreatorSource | None = None  # TikTok's creator info, from the engine
        self._scrolls: dict[Network, QScrollArea] = {}
        self._details_dirty: set[Network] = set()
        self._refresh_pending = False
        self._loading = True
        self._pending: Callable[[], None] | None = None
        self._schedule_note = ""
        self._touched = False  # a new post's problems show once the user writes, picks or schedules
        self._reach: ReachActions | None = None
        self.is_loaded = False
        self.setObjectName("composerPane")
        self.setAccessibleName(self.tr("Composer"))
        self.setAcceptDrops(True)

        self._saver = DraftSaver(services, self._snapshot, now, self)
        self._saver.state_changed.connect(self._on_save_state)
        self._saver.saved.connect(self._on_saved)
        self._saver.conflicted.connect(self._on_conflict)

        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh_now)
        self._idle_timer = QTimer(self, singleShot=True, interval=_IDLE_RENDER_MS)
        self._idle_timer.timeout.connect(self._render_hidden)
        self._hidden_step = QTimer(self, singleShot=True, interval=0)
        self._hidden_step.timeout.connect(self._render_hidden)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_IDLE_MS)
        self._preview_timer.timeout.connect(self.render_visible_now)
        self._preview_max = QTimer(self, singleShot=True, interval=PREVIEW_MAX_MS)
        self._preview_max.timeout.connect(self.render_visible_now)

        self._build()
        self._build_actions()
        self._set_editing_enabled(False)
        self._status.setText(self.tr("Opening your last draft…"))
        services.load_session(self._on_session, self._on_load_failed)

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 10, 12, 10)
        root.setSpacing(8)

        top = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New post"), self)
        self.new_button.setAccessibleName(self.tr("Start a new post"))
        self.new_button.setToolTip(self.tr("Start a new post (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_post)
        heading = QLabel(self.tr("Post to:"), self)
        heading.setStyleSheet("QLabel { font-weight: 600; }")
        self._status = QLabel(self)
        self._status.setAccessibleName(self.tr("Save status"))
        self._status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self._status, 3)
        top.addWidget(self.new_button)
        root.addLayout(top)

        chip_box = QWidget(self)
        flow = FlowLayout(chip_box, spacing=6)
        self.chips: dict[Network, ChipButton] = {}
        for network in NETWORK_ORDER:
            style = style_for(network)
            chip = ChipButton(style.name, QColor(style.accent_light), chip_box)
            chip.setAccessibleName(self.tr("Post to {network}").format(network=style.name))
            chip.setToolTip(chip.accessibleName())
            chip.toggled.connect(lambda on, n=network: self._on_chip(n, on))
            flow.addWidget(chip)
            self.chips[network] = chip
        chip_box.setAccessibleName(self.tr("Networks"))
        root.addWidget(chip_box)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter = splitter  # the app keeps its sizes in window.ini (MainWindow.remember_splitter)
        splitter.setChildrenCollapsible(False)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.setSpacing(8)
        main_label = QLabel(self.tr("&Main text (used everywhere unless a network has its own)"), left)
        main_label.setWordWrap(True)
        main_label.setStyleSheet("QLabel { font-weight: 600; }")
        self.base_editor = PartsEditor(self.tr("Main text"), left)
        main_label.setBuddy(self.base_editor.editor(0))
        self.base_editor.changed.connect(self._on_base_changed)
        self.base_editor.split_requested.connect(self._split_base)
        self.base_editor.files_dropped.connect(self.import_files)
        self.base_editor.assets_dropped.connect(self.attach_assets)
        left_layout.addWidget(main_label)
        self._base_lock = QLabel(left)
        self._base_lock.setWordWrap(True)
        self._base_lock.setAccessibleName(self.tr("Why the main text can't change"))
        self._base_lock.setStyleSheet("QLabel { font-style: italic; }")
        self._base_lock.hide()
        left_layout.addWidget(self._base_lock)
        left_layout.addWidget(self.base_editor, 1)

        self.media_strip = MediaStrip(left)
        self.media_strip.attach_requested.connect(self._choose_files)
        self.media_strip.removed.connect(self._on_media_removed)
        self.media_strip.reordered.connect(self._changed)
        self.media_strip.alt_text_changed.connect(self._on_alt_changed)
        self.media_strip.alt_text_edited.connect(self._on_alt_finished)
        left_layout.addWidget(self.media_strip)
        left_layout.addWidget(self._build_schedule_row(left))
        self.sent = SentSection(self._zone, left)
        self.sent.duplicate_requested.connect(self.duplicate_as_new)
        self.sent.link_activated.connect(self.link_activated)
        self.sent.changed.connect(self._after_engine_request)
        left_layout.addWidget(self.sent)
        self.activity = ActivitySection(self._zone, left)
        self.activity.link_activated.connect(self.link_activated)
        left_layout.addWidget(self.activity)

        self.tabs = QTabWidget(splitter)
        self.tabs.setAccessibleName(self.tr("Networks chosen for this post"))
        self.tabs.tabBar().setAccessibleName(self.tr("Chosen networks: pick one to see its preview"))
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._empty_hint = QLabel(
            self.tr("Choose where to post with the buttons above. You can write first and choose later."),
            self.tabs,
        )
        self._empty_hint.setWordWrap(True)
        self._empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty_hint.setMargin(24)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        # QSplitter starts from size hints (the text side's is wide: the previews got ~120 px);
        # start at 5:6 instead. The app restores the user's own split over this (window.ini).
        splitter.setSizes([500, 600])
        self.tabs.setMinimumWidth(300)
        root.addWidget(splitter, 1)
        # Tab reaches the text before the network chips: writing comes first.
        chain = [self.base_editor.editor(0), *self.chips.values(), self.new_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._sync_tabs_placeholder()

    def _build_schedule_row(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        self._when_label = QLabel(self.tr("&When ({zone}):").format(zone=self._zone), box)
        self.when_edit = QDateTimeEdit(box)
        # The edit holds wall-clock values; UTC has no gaps, so Qt never silently moves a
        # nonexistent local time: we resolve it in the user's zone ourselves.
        self.when_edit.setTimeZone(QTimeZone.utc())
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.when_edit.setAccessibleName(self.tr("Date and time to publish, in {zone}").format(zone=self._zone))
        self._when_label.setBuddy(self.when_edit)
        self.when_edit.dateTimeChanged.connect(self._on_when_changed)
        self.schedule_button = QPushButton(self.tr("&Schedule"), box)
        self.schedule_button.setAccessibleName(self.tr("Schedule the post"))
        self.schedule_button.setToolTip(self.tr("Schedule (Ctrl+Enter)"))
        self.schedule_button.clicked.connect(self.schedule)
        self.unschedule_button = QPushButton(self.tr("&Unschedule"), box)
        self.unschedule_button.setAccessibleName(self.tr("Clear the date and keep the post as a draft"))
        self.unschedule_button.clicked.connect(self.unschedule)
        self.publish_now_button = QPushButton(self.tr("Publish &now"), box)
        self.publish_now_button.setObjectName("composerPublishNow")
        self.publish_now_button.setAccessibleName(self.tr("Publish the post now"))
        self.publish_now_button.setToolTip(self.tr("Publish now, with the same checks as scheduling"))
        self.publish_now_button.clicked.connect(self.publish_now)
        row.addWidget(self._when_label)
        row.addWidget(self.when_edit, 1)
        row.addWidget(self.schedule_button)
        row.addWidget(self.publish_now_button)
        row.addWidget(self.unschedule_button)
        layout.addLayout(row)
        self.schedule_state = QLabel(box)
        self.schedule_state.setWordWrap(True)
        self.schedule_state.setAccessibleName(self.tr("Schedule status"))
        self.schedule_reason = QLabel(box)
        self.schedule_reason.setWordWrap(True)
        self.schedule_reason.setAccessibleName(self.tr("Why the post cannot be scheduled yet"))
        self.schedule_reason.setStyleSheet("QLabel { color: #e0473a; }")
        layout.addWidget(self.schedule_state)
        layout.addWidget(self.schedule_reason)
        self.queue = QueueControls(self, box)  # the row of Add to queue… and Repeat… (issue 13)
        layout.addWidget(self.queue.note)
        layout.addWidget(self.queue.repeat.row)
        self.controls = PostControls(self._zone, self._now, box)
        self.controls.reschedule_requested.connect(self._on_reschedule_requested)
        self.controls.removed.connect(self._on_removed)
        self.controls.link_activated.connect(self.link_activated)
        self.controls.changed.connect(self._after_engine_request)
        self.controls.shown.connect(self._show_schedule_state)
        layout.addWidget(self.controls)
        return box

    def _build_actions(self) -> None:
        def action(text: str, keys: list[QKeySequence], slot: Callable[[], object]) -> QAction:
            act = QAction(text, self)
            act.setShortcuts(keys)
            # Only while focus is in the composer, so other panes keep their own keys.
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_action = action(self.tr("New post"), [QKeySequence.StandardKey.New], self.new_post)
        self.schedule_action = action(
            self.tr("Schedule"),
            [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")],
            self.schedule,
        )
        self.split_action = action(
            self.tr("Split into thread"),
            [QKeySequence("Ctrl+Shift+T")],
            lambda: self._split_base(self.base_editor.numbering.isChecked()),
        )
        self.attach_action = action(self.tr("Attach images"), [QKeySequence("Ctrl+Shift+A")], self._choose_files)

    # -- panels and chips ------------------------------------------------------------------------

    def panel(self, network: Network) -> TargetPanel:
        """The panel of `network` (created on first use and kept while the pane lives)."""
        panel = self._panels.get(network)
        if panel is None:
            panel = TargetPanel(network)
            panel.set_publishing(shipped_networks(), relay=self._relay_configured, relay_setup=True)
            panel.set_accounts(self._accounts)
            panel.set_base_parts(self.base_editor.parts())
            panel.changed.connect(lambda n=network: self._on_panel_changed(n))
            panel.split_requested.connect(lambda numbering, n=network: self._split_override(n, numbering))
            panel.override_editor.files_dropped.connect(self.import_files)
            panel.override_editor.assets_dropped.connect(self.attach_assets)
            panel.hand_off_changed.connect(lambda on, n=network: self._on_hand_off(n, on))
            if panel.pinterest is not None:
                panel.pinterest.set_source(self._board_source)
            if panel.google_business is not None:
                panel.google_business.set_source(self._location_source)
            if panel.reddit is not None:
                panel.reddit.set_source(self._subreddit_source)
            if panel.tiktok is not None:
                panel.tiktok.set_source(self._creator_source)
            self._panels[network] = panel
        return panel

    def selected_networks(self) -> list[Network]:
        """The chosen networks, in the product's order."""
        return [n for n in NETWORK_ORDER if self.chips[n].isChecked()]

    def _scroll_for(self, panel: TargetPanel) -> QScrollArea:
        scroll = self._scrolls.get(panel.network)
        if scroll is None:
            # Owned by the tab widget even while its tab is removed, so the panel (and the
            # override text in it) lives on when a chip is switched off and on again.
            scroll = QScrollArea(self.tabs)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            # The panel reflows to the width it gets; only vertical scrolling makes sense.
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(panel)
            scroll.setAccessibleName(self.tr("{network}: text, options and preview").format(network=panel.style_.name))
            scroll.hide()
            self._scrolls[panel.network] = scroll
        return scroll

    def _on_chip(self, network: Network, on: bool) -> None:
        panel = self.panel(network)
        scroll = self._scroll_for(panel)
        index = self.tabs.indexOf(scroll)
        if on and index < 0:
            position = sum(1 for n in NETWORK_ORDER[: NETWORK_ORDER.index(network)] if self.chips[n].isChecked())
            self.tabs.insertTab(position, scroll, style_for(network).name)
            self._details_dirty.add(network)
            if not self._loading:
                self.tabs.setCurrentIndex(position)
        elif not on and index >= 0:
            self.tabs.removeTab(index)
        self._sync_tabs_placeholder()
        self._changed()

    def _sync_tabs_placeholder(self) -> None:
        empty = self.tabs.count() == 0
        self._empty_hint.setVisible(empty)
        if empty:
            self._empty_hint.setGeometry(self.tabs.rect())

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._sync_tabs_placeholder()

    def current_panel(self) -> TargetPanel | None:
        """The panel of the visible tab."""
        widget = self.tabs.currentWidget()
        if isinstance(widget, QScrollArea):
            panel = widget.widget()
            return panel if isinstance(panel, TargetPanel) else None
        return None

    def _on_tab_changed(self, _index: int) -> None:
        panel = self.current_panel()
        if panel is not None and not self._loading:
            self._details_dirty.add(panel.network)
            self.refresh_now()
            self.render_visible_now()

    # -- the post --------------------------------------------------------------------------------

    def media_infos(self) -> dict[int, MediaInfo]:
        """The attached media, by asset id, as validation needs them."""
        return {m.info.asset_id: m.info for m in self.media_strip.model.items()}

    def current_post(self) -> Post:
        """The post as the widgets describe it now."""
        return Post(
            id=self._post_id,
            parts=self.base_editor.parts(),
            media=tuple(m.info.asset_id for m in self.media_strip.model.items()),
            targets=tuple(self.panel(n).target() for n in self.selected_networks()),
            scheduled_at=self._scheduled_at,
            scheduled_zone=self._scheduled_zone,
            version=self._version,
        )

    def _cursor(self) -> tuple[int, int]:
        part = self.base_editor.current_part()
        return part, self.base_editor.editor(part).textCursor().position()

    def _snapshot(self) -> tuple[Post, tuple[int, int]]:
        return self.current_post(), self._cursor()

    def _changed(self) -> None:
        if self._loading:
            return
        self._touched = True
        self._saver.mark_dirty()
        self._schedule_refresh()

    def _on_base_changed(self) -> None:
        parts = self.base_editor.parts()
        for panel in self._panels.values():
            panel.set_base_parts(parts)
        self._changed()

    def _on_panel_changed(self, network: Network) -> None:
        self._details_dirty.add(network)
        self._changed()

    # -- refresh ---------------------------------------------------------------------------------

    def _schedule_refresh(self) -> None:
        self._refresh_pending = True
        self._details_dirty.update(self.selected_networks())
        self._refresh_timer.start()

    def refresh_now(self) -> None:
        """Bring counters, tab titles, problems, highlights and the Schedule button up to date.

        This is what one keystroke costs: edits schedule it (coalesced on the next event-loop
        turn) and this runs it synchronously; every counter and tab title is current when it
        returns. The visible preview follows PREVIEW_IDLE_MS later (`render_visible_now()` forces
        it); hidden tabs' previews render on idle or when their tab is shown.
        """
        self._refresh_timer.stop()
        self._refresh_pending = False
        post = self.current_post()
        media = self.media_infos()
        errors: list[str] = []
        current = self.current_panel()
        for network in self.selected_networks():
            panel = self._panels[network]
            status = panel.evaluate(post, media)
            # Every tab's counter is part of the keystroke; setTabText (a tab bar relayout)
            # only runs when a title's text really changed.
            self._update_tab_title(network)
            if status.has_errors and not errors:
                first = next(p for p in status.problems if p.severity == "error")
                parts = len(panel.target().effective_parts(post.parts))
                name = style_for(network).name
                sentence = describe_problem(first.code.name, network, first.params, first.part_index, parts)
                errors.append(sentence if name in sentence else f"{name}: {sentence}")
            elif status.has_errors:
                errors.append(style_for(network).name)
        if current is not None:
            current.render_problems(post)
            if current.network in self._details_dirty:
                # The preview is the costly part of a keystroke: it follows the typing a
                # few tens of milliseconds behind (and at least every PREVIEW_MAX_MS).
                self._preview_timer.start()
                if not self._preview_max.isActive():
                    self._preview_max.start()
        self._highlight(current)
        self._update_schedule_gate(post, errors)
        if self._details_dirty:
            self._idle_timer.start()

    def refresh_pending(self) -> bool:
        """Whether an edit is waiting for its refresh (the next event-loop turn runs it)."""
        return self._refresh_pending

    def _update_tab_title(self, network: Network) -> None:
        panel = self._panels[network]
        index = self.tabs.indexOf(self._scroll_for(panel))
        title = panel.tab_title()
        if index >= 0 and self.tabs.tabText(index) != title:
            self.tabs.setTabText(index, title)
            self.tabs.setTabToolTip(index, panel.counter.accessibleName())

    def update_tab_titles(self) -> None:
        """Bring every tab's title (network and counter) up to date now."""
        for network in self.selected_networks():
            self._update_tab_title(network)

    def _display(self, panel: TargetPanel) -> tuple[str, str]:
        account = panel.account()
        if account is not None:
            return account.display_name or account.label, account.handle or account.label
        return self.tr("Your name"), self.tr("yourname")

    def _images_for(self, panel: TargetPanel, post: Post) -> list[QImage]:
        by_id = {m.info.asset_id: m.image for m in self.media_strip.model.items()}
        ids = panel.target().effective_media(post.media)
        return [by_id[i] for i in ids if i in by_id]

    def _render_details(self, panel: TargetPanel, post: Post) -> None:
        panel.render_details(post, self._images_for(panel, post), self._display(panel))
        self._details_dirty.discard(panel.network)

    def render_visible_now(self) -> None:
        """Render the visible tab's preview now if it is out of date (tests, screenshots)."""
        self._preview_timer.stop()
        self._preview_max.stop()
        if self._refresh_pending:
            self.refresh_now()
            self._preview_timer.stop()
            self._preview_max.stop()
        current = self.current_panel()
        if current is not None and current.network in self._details_dirty:
            self._render_details(current, self.current_post())

    def _render_hidden(self) -> None:
        """Render the previews of hidden tabs, one per event-loop turn, so typing stays smooth."""
        if self._refresh_pending:
            self._idle_timer.start()
            return
        selected = [n for n in self.selected_networks() if n in self._details_dirty]
        if not selected:
            return
        panel = self._panels[selected[0]]
        self._render_details(panel, self.current_post())
        if len(selected) > 1:
            self._hidden_step.start()

    def render_all_now(self) -> None:
        """Render every chosen network's preview now (screenshots and tests)."""
        self.refresh_now()
        self._preview_timer.stop()
        self._preview_max.stop()
        post = self.current_post()
        for network in self.selected_networks():
            self._render_details(self._panels[network], post)

    def _highlight(self, panel: TargetPanel | None) -> None:
        spans = panel.highlight_spans() if panel is not None else {}
        overridden = panel is not None and panel.override_check.isChecked()
        self.base_editor.highlight({} if overridden else spans)
        for other in self._panels.values():
            other.override_editor.highlight(spans if other is panel and overridden else {})

    def _update_schedule_gate(self, post: Post, errors: list[str]) -> None:
        reasons = []
        if not post.targets:
            reasons.append(self.tr("Choose at least one network."))
        if errors:
            head = errors[0]
            more = len(errors) - 1
            if more:
                reasons.append(self.tr("{first} (and {n} more networks with problems)").format(first=head, n=more))
            else:
                reasons.append(head)
        ok = (
            not reasons
            and all(
                can_schedule(self._panels[t.network].status().problems)  # type: ignore[union-attr]
                for t in post.targets
            )
            and not self._every_locked()
        )
        self.schedule_button.setEnabled(ok and not self._loading)
        self.schedule_action.setEnabled(ok and not self._loading)
        # Publish now passes exactly the checks Schedule passes (and says the same reasons).
        self.publish_now_button.setEnabled(ok and not self._loading and self._reach is not None)
        self.queue.set_allowed(ok and not self._loading)
        text = ""
        if reasons and self._touched:  # no red sentence on a blank new post
            text = self.tr("Can't schedule yet: {reason}").format(reason=" ".join(reasons))
        if self.schedule_reason.text() != text:
            self.schedule_reason.setText(text)
            self.schedule_reason.setVisible(bool(text))
        self.schedule_button.setToolTip(text or self.tr("Schedule (Ctrl+Enter)"))

    # -- threads ---------------------------------------------------------------------------------

    def _split_network(self) -> tuple[Network, int | None]:
        candidates = [n for n in self.selected_networks() if n in THREAD_NETWORKS] or [Network.X]

        def limit(n: Network) -> int:
            panel = self._panels.get(n)
            status = panel.status() if panel else None
            return status.measures[0].limit if status and status.measures else 10**6

        network = min(candidates, key=limit)
        panel = self._panels.get(network)
        return network, panel.max_chars() if panel else None

    def _split_base(self, numbering: bool) -> None:
        network, max_chars = self._split_network()
        text = "\n\n".join(p for p in self.base_editor.parts() if p.strip())
        parts = split_thread(text, network, numbering=numbering, max_chars=max_chars) or [""]
        self.base_editor.set_parts(parts)
        self._on_base_changed()

    def _split_override(self, network: Network, numbering: bool) -> None:
        panel = self.panel(network)
        text = "\n\n".join(p for p in panel.override_editor.parts() if p.strip())
        parts = split_thread(text, network, numbering=numbering, max_chars=panel.max_chars()) or [""]
        panel.override_editor.set_parts(parts)
        self._on_panel_changed(network)

    # -- media -----------------------------------------------------------------------------------

    def _choose_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach images"),
            "",
            self.tr("Images ({patterns})").format(patterns=" ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES))),
        )
        if files:
            self.import_files(files)

    def import_files(self, files: list[str]) -> None:
        """Import image files (off the UI thread) and attach them."""
        self._status.setText(self.tr("Adding images…"))
        self._services.import_images(files, self._on_imported, self._on_import_failed)

    def attach_assets(self, asset_ids: list[int]) -> None:
        """Attach media library assets to the open post, in the order given.

        Their details and preview images are loaded on the worker; assets already attached
        are not added twice, and ids no longer in the library are reported in the status.
        """
        if not asset_ids:
            return
        self._status.setText(self.tr("Adding images…"))
        self._services.load_assets(list(asset_ids), self._on_assets_loaded, self._on_import_failed)

    def _on_assets_loaded(self, result: ImportResult) -> None:
        self.media_strip.model.append(result.items)
        if result.failed:
            self._status.setText(self.tr("Some images are no longer in the media library and were not attached."))
        else:
            self._on_save_state(self._saver.state, self._saver.reason)
        self._changed()

    def _on_imported(self, result: ImportResult) -> None:
        self.media_strip.model.append(result.items)
        if result.failed:
            self._status.setText(self.tr("Couldn't read {files} as images.").format(files=", ".join(result.failed)))
        else:
            self._on_save_state(self._saver.state, self._saver.reason)
        self._changed()

    def _on_import_failed(self, exc: BaseException) -> None:
        _log.warning("Image import failed: %s", type(exc).__name__)
        self._status.setText(self.tr("Couldn't add the images; the files were not changed."))

    def _on_media_removed(self, _asset_id: int) -> None:
        self._changed()

    def _on_alt_changed(self) -> None:
        self._schedule_refresh()

    def _on_alt_finished(self, asset_id: int, text: str) -> None:
        self._services.set_alt_text(asset_id, text, self._on_alt_failed)

    def _on_alt_failed(self, exc: BaseException) -> None:
        _log.warning("Saving alt text failed: %s", type(exc).__name__)
        self._status.setText(self.tr("Couldn't save the image description; it is kept here."))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if decode_asset_ids(mime) or self._dropped_images(mime):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        # A library drag carries both: the ids attach the asset as it is, the uri-list of the
        # same stored files would only import it again.
        asset_ids = decode_asset_ids(mime)
        files = [] if asset_ids else self._dropped_images(mime)
        if asset_ids:
            event.acceptProposedAction()
            self.attach_assets(asset_ids)
        elif files:
            event.acceptProposedAction()
            self.import_files(files)
        else:
            super().dropEvent(event)

    @staticmethod
    def _dropped_images(mime: object) -> list[str]:
        urls = mime.urls() if mime is not None and mime.hasUrls() else []  # type: ignore[attr-defined]
        files = [str(local_path(u)) for u in urls if u.isLocalFile()]
        return [f for f in files if Path(f).suffix.lower() in IMAGE_SUFFIXES]

    # -- scheduling ------------------------------------------------------------------------------

    def _wall_time(self, instant: datetime, zone: str) -> datetime:
        """The naive wall-clock time of `instant` in `zone`."""
        return to_local(instant, ZoneInfo(zone)).replace(tzinfo=None)

    def _resolve_picked(self) -> WallTime:
        """The picked wall time in the user's zone; an ambiguous one resolves to its first occurrence."""
        wall = self._picked_wall_time()
        return resolve_wall_time(wall.date(), wall.time(), ZoneInfo(self._zone), ambiguity=Ambiguity.EARLIER)

    def _default_when(self) -> datetime:
        local = self._wall_time(self._now() + timedelta(hours=1), self._zone)
        return local.replace(minute=0, second=0, microsecond=0)

    def _set_when(self, wall: datetime) -> None:
        with QSignalBlocker(self.when_edit):
            self.when_edit.setDateTime(QDateTime(wall.date(), wall.time(), QTimeZone.utc()))

    def _picked_wall_time(self) -> datetime:
        qdt = self.when_edit.dateTime()
        date, time = qdt.date(), qdt.time()
        return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())

    def picked_instant(self) -> datetime | None:
        """The instant the time picker shows (None when it does not exist in the user's zone)."""
        return self._resolve_picked().instant

    def _on_when_changed(self, *_args: object) -> None:
        resolved = self._resolve_picked()
        if not resolved.ok:
            gap_start, gap_end = resolved.gap_start, resolved.gap_end
            if gap_start is not None and gap_end is not None:
                self._schedule_note = self.tr(
                    "This time does not exist in {zone}: the clocks jump from {start} to {end} that day. "
                    "Pick another time."
                ).format(zone=self._zone, start=gap_start.strftime("%H:%M"), end=gap_end.strftime("%H:%M"))
            else:
                self._schedule_note = self.tr(
                    "This time does not exist in {zone}: the clocks skip it that day. Pick another time."
                ).format(zone=self._zone)
        elif resolved.ambiguous:
            self._schedule_note = self.tr(
                "This time happens twice in {zone} that day (the clocks go back); the first one is used."
            ).format(zone=self._zone)
        else:
            self._schedule_note = ""
        self._show_schedule_state()

    def _show_schedule_state(self) -> None:
        held = self.controls.held_networks()
        # What holds a waiting target (a connection, a retry ...) is said below by the controls:
        # it is not "being published now".
        states = {n: self._panels[n].state() for n in self.selected_networks() if n not in held}
        truth = post_state_summary(states, self._handed_off)
        waiting = any(s in USER_STATES and n not in self._handed_off for n, s in states.items())
        if truth and not (waiting and self._scheduled_at is not None):
            # A post that went out (or is going out) says so, never "draft".
            self.schedule_state.setText(" ".join(t for t in (truth, self._schedule_note) if t))
            self.unschedule_button.setEnabled(self._scheduled_at is not None and waiting)
            return
        if self._scheduled_at is not None:
            zone = self._scheduled_zone or self._zone
            wall = self._wall_time(self._scheduled_at, zone)
            text = self.tr("Scheduled for {when} ({zone}).").format(when=wall.strftime("%a %d %b %Y, %H:%M"), zone=zone)
        else:
            text = self.tr("Not scheduled: this post is a draft.")
        if self._schedule_note:
            text += " " + self._schedule_note
        if truth:
            text = truth + " " + text
        self.schedule_state.setText(text)
        self.unschedule_button.setEnabled(self._scheduled_at is not None)

    def schedule(self) -> bool:
        """Schedule the post at the picked time; return whether it was scheduled.

        Refused (with the reason shown) while any target has an error, for a time that does
        not exist in the user's zone, or for a time already past.
        """
        self._touched = True
        self.refresh_now()
        if not self.schedule_button.isEnabled():
            return False
        resolved = self._resolve_picked()
        if resolved.instant is None:
            self._on_when_changed()
            return False
        if resolved.instant <= self._now():
            self._schedule_note = self.tr("That time has already passed; pick a time in the future.")
            self._show_schedule_state()
            return False
        if self._handed_off and resolved.instant != self._scheduled_at:
            # The network's scheduler keeps its own copy at the old time: moving ours would not move it.
            names = ", ".join(style_for(n).name for n in NETWORK_ORDER if n in self._handed_off)
            self._schedule_note = self.tr(
                "{networks} holds this post at its time. To change the time, take it back first (Cancel), "
                "then schedule it again."
            ).format(networks=names)
            self._show_schedule_state()
            return False
        self._scheduled_at = resolved.instant
        self._scheduled_zone = self._zone
        for network in self.selected_networks():
            self._user_move(self._panels[network], TargetState.SCHEDULED)
        self._on_when_changed()
        self._saver.mark_dirty()
        self._saver.flush()
        self.scheduled.emit(self.current_post())
        paused = [n for n in self.selected_networks() if self._panels[n].state() is TargetState.PAUSED]
        if self._reach is not None:
            reach = self._reach

            def after_save() -> None:
                if self._post_id is None:
                    return
                if paused:
                    # Rescheduling a paused post: Schedule means "publish it then", so it is resumed.
                    reach.resume(self._post_id)
                # Once the schedule is on disk, the engine reads it (and hands off what the user
                # chose to give to the network's own scheduler) at once.
                reach.schedule_changed(self._post_id)

            self._after_flush(after_save)
        return True

    def publish_now(self) -> bool:
        """Publish the post now, after the checks Schedule makes; return whether it was asked.

        The post is stamped with the present instant (it then shows in the calendar where it
        went out), saved, and every target is handed to the engine's `publish_now`.
        """
        self._touched = True
        self.refresh_now()
        if self._reach is None or not self.publish_now_button.isEnabled():
            return False
        self._scheduled_at = self._now()
        self._scheduled_zone = self._zone
        for network in self.selected_networks():
            self._user_move(self._panels[network], TargetState.SCHEDULED)
        self._schedule_note = ""
        self._show_schedule_state()
        self._saver.mark_dirty()
        reach = self._reach

        def send() -> None:
            if self._post_id is not None:
                reach.publish_now(self._post_id)
                self._after_engine_request()

        self._after_flush(send)
        return True

    def publish_now_post(self, post_id: int) -> None:
        """Open the stored post `post_id` and publish it now (the calendar's "Publish now").

        The same checks as in the composer apply: a post with problems is shown with its reasons
        and is not sent.
        """

        def opened(shown: object) -> None:
            if shown == post_id:
                self.publish_now()

        self.post_opened.connect(opened, Qt.ConnectionType.SingleShotConnection)
        self.open_post(post_id)

    def resolve_unknown_post(self, post_id: int, target_id: int | None = None) -> None:
        """Open the post `post_id` and ask whether its lost send went out (the tray's notification)."""

        def ready(_controls: object = None) -> None:
            self.controls.resolve_unknown(target_id)

        def opened(shown: object) -> None:
            if shown == post_id:
                self.controls.loaded.connect(ready, Qt.ConnectionType.SingleShotConnection)

        self.post_opened.connect(opened, Qt.ConnectionType.SingleShotConnection)
        self.open_post(post_id)

    def set_reach(self, reach: ReachActions) -> None:
        """Reach the publishing engine (Publish now, pause, cancel, delete, hand-off, lost answers)."""
        self._reach = reach
        self.controls.set_calls(reach)
        self.sent.set_calls(reach)
        self.controls.set_post(self._post_id)
        self._schedule_refresh()

    def _on_hand_off(self, network: Network, on: bool) -> None:
        """The user ticked "Let <network> publish it": once saved, a scheduled target goes now."""
        if on:
            self._after_flush(lambda: self.controls.hand_off_now(network))

    def _after_engine_request(self) -> None:
        self.refresh_activity()

    def _on_reschedule_requested(self) -> None:
        self._schedule_note = self.tr("Paused. Pick the new time, then press Schedule: it goes out then.")
        self._show_schedule_state()
        self.when_edit.setFocus()

    def _on_removed(self, post_id: int) -> None:
        if post_id == self._post_id:
            self._saver.new_generation()
            self._post_id = None
            self._start_new()
            self._status.setText(self.tr("The post was removed from Postdesk."))

    def unschedule(self) -> None:
        """Clear the date: the post goes back to being a draft."""
        self._scheduled_at = None
        self._scheduled_zone = None
        for panel in self._panels.values():
            self._user_move(panel, TargetState.DRAFT)
        self._show_schedule_state()
        self._changed()

    @staticmethod
    def _user_move(panel: TargetPanel, wanted: TargetState) -> None:
        """Schedule or unschedule a target through `core.states` (engine states stay)."""
        event = user_event(panel.state(), wanted)
        if event is not None:
            panel.set_state(apply(panel.state(), event))

    # -- loading, saving, new post ---------------------------------------------------------------

    def _set_editing_enabled(self, enabled: bool) -> None:
        for widget in (self.base_editor, self.media_strip, self.new_button, self.when_edit, *self.chips.values()):
            widget.setEnabled(enabled)

    def _on_session(self, session: Session) -> None:
        self._set_accounts(session.accounts)
        self._show(session.post, session)
        self.is_loaded = True
        self._status.setText(self.tr("Saved") if session.post else "")
        self.loaded.emit()

    def _on_load_failed(self, exc: BaseException) -> None:
        _log.error("Could not open the last draft: %s", type(exc).__name__)
        self._show(None, Session())
        self.is_loaded = True
        self._status.setText(self.tr("Couldn't open your last draft; starting a new one."))
        self.loaded.emit()

    def _show(self, post: Post | None, session: Session) -> None:
        self._loading = True
        try:
            post = post or Post()
            self._touched = post.id is not None
            self._post_id = post.id
            self._base = post if post.id is not None else None
            self._version = post.version
            self._frozen = set()
            self._handed_off = set()
            self._scheduled_at = post.scheduled_at
            self._scheduled_zone = post.scheduled_zone
            self.base_editor.set_parts(post.parts)
            self.media_strip.model.set_items(session.media if post.id is not None else ())
            chosen = {t.network: t for t in post.targets}
            for network in NETWORK_ORDER:
                target = chosen.get(network)
                if target is not None:
                    panel = self.panel(network)
                    panel.set_base_parts(post.parts)
                    panel.load(target)
                elif network in self._panels:
                    self._panels[network].load(Target(network=network))
                with QSignalBlocker(self.chips[network]):
                    self.chips[network].setChecked(target is not None)
                if target is not None or network in self._panels:
                    self._on_chip(network, target is not None)
            zone = post.scheduled_zone or self._zone
            wall = self._wall_time(post.scheduled_at, zone) if post.scheduled_at else self._default_when()
            self._set_when(wall)
            self._schedule_note = ""
            self._show_schedule_state()
        finally:
            self._loading = False
        self._set_editing_enabled(True)
        self._apply_locks()
        self.activity.set_activity(None)
        self.sent.set_targets(())
        self.controls.set_post(post.id)
        if post.id is not None:
            self.refresh_activity()
        if self.tabs.count():
            self.tabs.setCurrentIndex(0)
        self.refresh_now()
        part = min(max(session.part, 0), self.base_editor.count() - 1)
        editor = self.base_editor.editor(part)
        cursor = editor.textCursor()
        cursor.setPosition(min(max(session.cursor, 0), len(editor.toPlainText().encode("utf-16-le")) // 2))
        editor.setTextCursor(cursor)
        editor.setFocus()

    def _on_saved(self, post: Post) -> None:
        self._post_id = post.id
        if post.version is None or self._version is None or post.version > self._version:
            # Never step back: a move adopted meanwhile may be newer than this save's answer.
            self._base, self._version = post, post.version
        # The store keeps states the engine moved meanwhile: adopt them, so the next save
        # and the read-only state agree with the database.
        self._adopt_states({t.network.value: t.state.value for t in post.targets})
        self.post_saved.emit(post)
        self._run_pending()

    def _on_save_state(self, state: SaveState, reason: str) -> None:
        if state is SaveState.SAVED:
            text = self.tr("Saved")
        elif state in (SaveState.SAVING, SaveState.PENDING):
            text = self.tr("Saving…")
        elif reason == "disk_full":
            text = self.tr("Couldn't save: disk is full — your text is still here. Retrying…")
        elif reason == "database":
            text = self.tr("Couldn't save: the database is not available — your text is still here. Retrying…")
        else:
            text = self.tr("Couldn't save — your text is still here. Retrying…")
        self._status.setText(text)
        self._status.setToolTip(text)
        failed = state is SaveState.FAILED
        self._status.setStyleSheet("QLabel { color: #c0392b; font-weight: 600; }" if failed else "")
        self._run_pending()

    def save_state(self) -> SaveState:
        """Where the draft stands (saved, pending, saving, failed)."""
        return self._saver.state

    def status_text(self) -> str:
        """The save status shown to the user."""
        return self._status.text()

    def flush_draft(self) -> None:
        """Start saving unsaved changes now (call before the window closes)."""
        self._saver.flush()

    def focus_text(self) -> None:
        """Put the cursor in the main text (the welcome's "Just write")."""
        self.base_editor.editor(0).setFocus()

    def run_after_save(self, action: Callable[[], None]) -> None:
        """Save what is being written, then run `action` (the queue and repeat controls use it)."""
        self._after_flush(action)

    def _after_flush(self, action: Callable[[], None]) -> None:
        """Save what is being written, then run `action` (the latest request wins)."""
        self._pending = action
        self._saver.flush()
        self._run_pending()

    def _run_pending(self) -> None:
        # A failed save stays pending and is retried: the text is in memory only, so
        # switching posts waits for a save to succeed rather than lose it.
        if self._pending is not None and self._saver.is_idle():
            action, self._pending = self._pending, None
            action()

    def new_post(self) -> None:
        """Save what is being written, then start an empty post."""
        if not self.is_loaded:
            return
        self._after_flush(self._start_new)

    def new_post_at(self, instant: datetime) -> None:
        """Save what is being written, then start an empty post with its time preset.

        The calendar calls this for a double-clicked slot. The time field shows `instant` in
        the user's zone, but the post stays a draft until the user presses Schedule: a
        double-click should not put an empty post on the schedule.

        Args:
            instant: an aware UTC datetime.
        """
        if not self.is_loaded:
            # Still opening: run once the session is shown rather than drop the request.
            self.loaded.connect(lambda: self.new_post_at(instant), Qt.ConnectionType.SingleShotConnection)
            return

        def start() -> None:
            self._start_new()
            self._set_when(self._wall_time(instant, self._zone))
            self._on_when_changed()

        self._after_flush(start)

    def open_post(self, post_id: int) -> None:
        """Save what is being written, then load and show the stored post `post_id`.

        Loading (post, media, accounts) runs on the worker; `post_opened` is emitted with the
        id once it shows, or with None when the post no longer exists (the current post then
        stays open and the status says so).
        """
        if not self.is_loaded:
            self.loaded.connect(lambda: self.open_post(post_id), Qt.ConnectionType.SingleShotConnection)
            return
        if post_id == self._post_id and self._pending is None:
            self.refresh_activity()
            self.post_opened.emit(post_id)
            return

        def load() -> None:
            self._status.setText(self.tr("Opening the post…"))
            self._set_editing_enabled(False)
            self._services.load_post(
                post_id, lambda session: self._on_post_loaded(post_id, session), self._on_open_failed
            )

        self._after_flush(load)

    def _on_post_loaded(self, post_id: int, session: Session) -> None:
        self._set_accounts(session.accounts)
        if session.post is None:
            self._set_editing_enabled(True)
            self._apply_locks()
            self._status.setText(self.tr("That post no longer exists."))
            self.post_opened.emit(None)
            return
        self._saver.new_generation()
        self._show(session.post, session)
        self._status.setText(self.tr("Saved"))
        self.post_opened.emit(post_id)

    def _on_open_failed(self, exc: BaseException) -> None:
        _log.error("Could not open a post: %s", type(exc).__name__)
        self._set_editing_enabled(True)
        self._apply_locks()
        self._status.setText(self.tr("Couldn't open that post; the one you were writing is still here."))
        self.post_opened.emit(None)

    # -- following changes made elsewhere --------------------------------------------------------

    def post_changed_elsewhere(self, post_id: int) -> None:
        """Another pane (the calendar's move, undo or delete) or the engine changed post `post_id`.

        When it is the open post, the stored version is read on the worker and merged under the
        unsaved edits here at once (`core.merge`): the move shows in the composer immediately
        and the next autosave keeps it. The app connects `CalendarPane.post_changed` and the
        engine's `TargetChanged` events here.
        """
        if not self.is_loaded or post_id != self._post_id:
            return
        self._services.load_stored(post_id, self._on_stored, self._on_stored_failed)

    def duplicate_as_new(self) -> None:
        """Copy the open post as a new unscheduled draft and open it (the sent one stays as it is)."""
        if self._post_id is None:
            return
        self._status.setText(self.tr("Copying the post…"))
        self._services.duplicate_post(self._post_id, self._on_duplicated, self._on_stored_failed)

    def _on_duplicated(self, new_id: int | None) -> None:
        if new_id is None:
            self._status.setText(self.tr("That post no longer exists."))
            return
        self.open_post(new_id)

    def _on_conflict(self, stored: Post | None) -> None:
        """A save was refused: the post changed elsewhere. Merge over the stored one, then save."""
        if stored is None:
            self._saver.resume()
            return
        self._on_stored(stored)

    def _on_stored(self, stored: Post | None) -> None:
        if stored is None or stored.id != self._post_id:
            self._saver.resume()
            return
        if self._version is not None and stored.version is not None and stored.version <= self._version:
            self._saver.resume()  # nothing newer than what is shown here
            return
        mine = self.current_post()
        merged = merge_post(self._base or stored, mine, stored)
        self._base, self._version = stored, stored.version
        self._apply_merged(merged.post, mine)
        if merged.post != stored:
            self._saver.mark_dirty()  # the edits made here still have to be saved on top
        if merged.clashes:
            self._status.setText(self.tr("This post was also changed elsewhere; the changes you made here were kept."))
        self._saver.resume()
        self.refresh_activity()

    def _on_stored_failed(self, exc: BaseException) -> None:
        _log.warning("Reading the stored post failed: %s", type(exc).__name__)
        # Not at once: a save that conflicts again would ask again in a tight loop.
        QTimer.singleShot(_FOLLOW_RETRY_MS, self, self._saver.resume)

    def _apply_merged(self, merged: Post, mine: Post) -> None:
        """Show `merged`, touching only the widgets whose value differs from `mine`."""
        self._loading = True
        try:
            if merged.parts != mine.parts:
                self.base_editor.set_parts(merged.parts)
                for panel in self._panels.values():
                    panel.set_base_parts(merged.parts)
            if (merged.scheduled_at, merged.scheduled_zone) != (mine.scheduled_at, mine.scheduled_zone):
                self._scheduled_at, self._scheduled_zone = merged.scheduled_at, merged.scheduled_zone
                zone = merged.scheduled_zone or self._zone
                at = merged.scheduled_at
                self._set_when(self._wall_time(at, zone) if at is not None else self._default_when())
                self._schedule_note = ""
            wanted = {t.network: t for t in merged.targets}
            shown = {t.network: t for t in mine.targets}
            for network in NETWORK_ORDER:
                target = wanted.get(network)
                if target is None and network not in shown:
                    continue
                if target is not None:
                    panel = self.panel(network)
                    if shown.get(network) is None or replace(shown[network], state=target.state) != target:
                        panel.set_base_parts(merged.parts)
                        panel.load(target)
                    else:
                        panel.set_state(target.state)
                if (target is not None) != (network in shown):
                    with QSignalBlocker(self.chips[network]):
                        self.chips[network].setChecked(target is not None)
                    self._on_chip(network, target is not None)
        finally:
            self._loading = False
        if merged.media != mine.media:
            self._services.load_assets(
                list(merged.media), lambda result: self._on_merged_media(merged.media, result), self._on_import_failed
            )
        self._show_schedule_state()
        self._apply_locks()
        self._schedule_refresh()

    def _on_merged_media(self, ids: tuple[int, ...], result: ImportResult) -> None:
        current = tuple(m.info.asset_id for m in self.media_strip.model.items())
        if current == ids:
            return
        by_id = {m.info.asset_id: m for m in (*self.media_strip.model.items(), *result.items)}
        self.media_strip.model.set_items(tuple(by_id[i] for i in ids if i in by_id))
        self._schedule_refresh()

    # -- the media relay (Settings > Media relay) -------------------------------------------------

    def set_relay(self, configured: bool) -> None:
        """Whether a media relay is set up: validation lets relay-only media (Threads...) through then."""
        self._relay_configured = configured
        for panel in self._panels.values():
            panel.set_publishing(shipped_networks(), relay=configured, relay_setup=True)
        self._schedule_refresh()

    def set_creator_source(self, source: CreatorSource | None) -> None:
        """Where the TikTok options read each account's creator info (`EngineCreatorSource`)."""
        self._creator_source = source
        for panel in self._panels.values():
            if panel.tiktok is not None:
                panel.tiktok.set_source(source)

    def set_location_source(self, source: LocationSource | None) -> None:
        """Where the Google Business Profile location picker reads locations (`EngineLocationSource`)."""
        self._location_source = source
        for panel in self._panels.values():
            if panel.google_business is not None:
                panel.google_business.set_source(source)

    def set_board_source(self, source: BoardSource | None) -> None:
        """Where the Pinterest board and section pickers read boards (`EngineBoardSource`)."""
        self._board_source = source
        for panel in self._panels.values():
            if panel.pinterest is not None:
                panel.pinterest.set_source(source)

    def set_subreddit_source(self, source: SubredditSource | None) -> None:
        """Where the Reddit pickers read subscriptions and subreddit rules (`EngineSubredditSource`)."""
        self._subreddit_source = source
        for panel in self._panels.values():
            if panel.reddit is not None:
                panel.reddit.set_source(source)

    # -- the user's time zone (Settings) ---------------------------------------------------------

    def set_time_zone(self, zone: ZoneInfo) -> None:
        """Pick and show times in `zone` from now on (`TimeZoneFollower`: the user changed it).

        The picked instant stays the same instant; the picker shows it in the new zone.
        """
        if zone.key == self._zone:
            return
        picked = self._resolve_picked().instant
        self._zone = zone.key
        self._when_label.setText(self.tr("&When ({zone}):").format(zone=self._zone))
        self.when_edit.setAccessibleName(self.tr("Date and time to publish, in {zone}").format(zone=self._zone))
        self.sent.set_zone(self._zone)
        self.activity.set_zone(self._zone)
        self.controls.set_zone(self._zone)
        if picked is not None:
            self._set_when(self._wall_time(picked, self._zone))
        self._on_when_changed()

    def time_zone(self) -> str:
        """The IANA zone times are picked and shown in."""
        return self._zone

    # -- accounts, activity and read-only targets ------------------------------------------------

    def reload_accounts(self) -> None:
        """Reload the connected accounts on the worker, keeping the open post as it is.

        Call it when the accounts change (the Accounts pane's `accounts_changed`). Targets keep
        their account; one whose account was removed falls back to "no account".
        """
        self._services.load_accounts(self._on_accounts, self._on_accounts_failed)

    def _on_accounts(self, accounts: tuple[AccountChoice, ...]) -> None:
        self._set_accounts(accounts)
        if self.is_loaded:
            self.refresh_now()
            post = self.current_post()
            for network in self.selected_networks():
                # An account's status is one of the problems: word it on every tab now.
                self._panels[network].render_problems(post)
        self.accounts_reloaded.emit()

    def _on_accounts_failed(self, exc: BaseException) -> None:
        _log.warning("Reloading accounts failed: %s", type(exc).__name__)

    def _set_accounts(self, accounts: tuple[AccountChoice, ...] | list[AccountChoice]) -> None:
        before = {n: p.account_id() for n, p in self._panels.items()}
        self._accounts = list(accounts)
        for panel in self._panels.values():
            panel.set_accounts(self._accounts)
        if self.is_loaded and any(p.account_id() != before[n] for n, p in self._panels.items()):
            self._changed()  # an account was removed: its target is now unbound

    def refresh_activity(self) -> None:
        """Reload the open post's target states and activity log on the worker.

        The lead calls it on engine events about this post; the composer calls it when a post
        opens. Does nothing for a post never saved.
        """
        if self._post_id is None:
            return
        self._services.load_activity(self._post_id, self._on_activity, self._on_activity_failed)

    def _on_activity(self, activity: PostActivity) -> None:
        if activity.post_id != self._post_id:
            return  # the user moved on to another post meanwhile
        self.activity.set_activity(activity)
        self.controls.set_post(self._post_id)
        self._frozen = frozen_networks(activity.targets)
        self._handed_off = {Network(t.network) for t in activity.targets if t.handed_off}
        self.sent.set_targets(
            activity.targets, {a.id: a.label for a in self._accounts}, {a.id: a.max_characters for a in self._accounts}
        )
        self._adopt_states({t.network: t.state for t in activity.targets})
        self.activity_loaded.emit(activity)

    def _on_activity_failed(self, exc: BaseException) -> None:
        _log.warning("Loading the activity failed: %s", type(exc).__name__)

    def _adopt_states(self, states: dict[str, str]) -> None:
        for network in self.selected_networks():
            state = states.get(network.value)
            if state is None:
                continue
            stored, mine = TargetState(state), self._panels[network].state()
            # Draft <-> scheduled is the user's own move: an older save's answer (sent before the
            # user pressed Schedule) must not undo it; the next save makes it. Engine states win.
            if stored in USER_STATES and mine in USER_STATES:
                continue
            self._panels[network].set_state(stored)
        self._apply_locks()
        self._show_schedule_state()

    def locked_networks(self) -> list[Network]:
        """Chosen networks whose text can no longer change: what they send is frozen."""
        return [n for n in self.selected_networks() if self._panels[n].state() in LOCKED_STATES or n in self._frozen]

    def _every_locked(self) -> bool:
        """Whether every chosen target is read-only (the post is only a record now)."""
        locked = set(self.locked_networks())
        return bool(locked) and locked >= set(self.selected_networks())

    def _apply_locks(self) -> None:
        locked = set(self.locked_networks())
        for network, panel in self._panels.items():
            panel.set_locked(network in locked)
        for network, chip in self.chips.items():
            # A target that went out cannot be taken off the post.
            chip.setEnabled(self.base_editor.isEnabled() and network not in locked)
        on_base = [n for n in NETWORK_ORDER if n in locked and not self._panels[n].override_check.isChecked()]
        self.base_editor.set_read_only(bool(on_base))
        # Nothing left to edit: the whole post is the record of what was sent.
        every = self._every_locked()
        for widget in (self.media_strip, self.when_edit, self.schedule_button, self.unschedule_button):
            widget.setEnabled(self.base_editor.isEnabled() and not every)
        if every:
            self.schedule_action.setEnabled(False)
        if on_base:
            self._base_lock.setText(
                self.tr(
                    "The main text is read-only: it was already sent to {networks}. Give the other "
                    "networks their own text to change it for them."
                ).format(networks=", ".join(style_for(n).name for n in on_base))
            )
        self._base_lock.setVisible(bool(on_base))

    def _start_new(self) -> None:
        self._saver.new_generation()

        keep = self.selected_networks()
        # Keep the chosen networks (creators usually post to the same places), drop the rest.
        post = Post(targets=tuple(Target(network=n, account_id=self.panel(n).account_id()) for n in keep))
        self._show(post, Session())
        self._status.setText(self.tr("New post"))
