"""One target's tab: account, override, options, counter, problems and live preview.

Counting and validating are cheap and run for every target on each keystroke; the preview
and the problem list are rendered only when the tab is visible (see `ComposerPane`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.media_info import MediaInfo
from postdesk.core.networks import THREAD_NETWORKS, Network
from postdesk.core.text import TextMeasure
from postdesk.core.validation import PublishContext
from postdesk.core.youtube_quota import DayPlan
from postdesk.ui.composer.account_status import evaluate_accounts
from postdesk.ui.composer.card_styles import style_for
from postdesk.ui.composer.media_choice import MediaChoice
from postdesk.ui.composer.models import AccountListModel, ProblemListModel, ProblemRow
from postdesk.ui.composer.parts_editor import PartsEditor
from postdesk.ui.composer.service_types import AccountChoice
from postdesk.ui.composer.target_options import VISIBILITIES, TargetOptions
from postdesk.ui.composer.target_preview import make_frame, show_target
from postdesk.ui.composer.target_status import (
    MASTODON_DEFAULT,
    TargetStatus,
    counter_level_of,
    highlight_spans,
    locked_reason,
    measure_part,
    shipped_networks,
    short_count,
    spoken_count,
    spoken_summary,
    tab_title,
)
from postdesk.ui.composer.wording import describe_problem
from postdesk.ui.dialogs.unknown_resolution import cannot_look_up_note
from postdesk.ui.widgets.counter import CounterLabel

__all__ = ["MASTODON_DEFAULT", "VISIBILITIES", "TargetPanel", "TargetStatus", "measure_part", "shipped_networks"]


class TargetPanel(QWidget):
    """Everything about one target of the post.

    Args:
        network: the target's network.
        parent: the parent widget.

    Signals:
        changed: the user changed something stored in the target (account, override,
            options, override text).
        split_requested: the override editor asked for an automatic split (numbering).
    """

    changed = Signal()
    split_requested = Signal(bool)
    hand_off_changed = Signal(bool)

    def __init__(self, network: Network, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network = network
        self.style_ = style_for(network)
        self._accounts: list[AccountChoice] = []
        self._adapters: frozenset[Network] | None = None
        self._relay = False
        self._relay_setup = False
        self._youtube_plan: DayPlan | None = None
        self._status: TargetStatus | None = None
        self._state = TargetState.DRAFT
        self._locked = False
        name = self.style_.name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.account_model = AccountListModel(self)
        self.account_combo = QComboBox(self)
        self.account_combo.setModel(self.account_model)
        self.account_combo.setAccessibleName(self.tr("{network} account").format(network=name))
        self.account_combo.currentIndexChanged.connect(self._on_account)
        form.addRow(self.tr("A&ccount:"), self.account_combo)

        self.opts = TargetOptions(network, form, self, name)
        self.opts.changed.connect(self.changed)
        self.opts.hand_off_changed.connect(self.hand_off_changed)
        # The option fields, where the tests and the per-network feeds reach them.
        self.title_edit = self.opts.title_edit
        self.subreddit_edit = self.opts.subreddit_edit
        self.spoiler_edit = self.opts.spoiler_edit
        self.visibility_combo = self.opts.visibility_combo
        self.hand_off_check = self.opts.hand_off_check
        self.pinterest = self.opts.pinterest
        self.instagram = self.opts.instagram
        self.facebook = self.opts.facebook
        self.google_business = self.opts.google_business
        self.reddit = self.opts.reddit
        self.youtube = self.opts.youtube
        self.tiktok = self.opts.tiktok
        layout.addLayout(form)
        note = cannot_look_up_note(network.value) if network in shipped_networks() else ""
        self.lookup_note = QLabel(note, self)
        self.lookup_note.setObjectName("cannotLookUpNote")
        self.lookup_note.setWordWrap(True)
        self.lookup_note.setAccessibleName(self.tr("What happens if {network}'s answer is lost").format(network=name))
        self.lookup_note.setVisible(bool(note))
        layout.addWidget(self.lookup_note)

        self.locked_label = QLabel(self)
        self.locked_label.setWordWrap(True)
        self.locked_label.setAccessibleName(self.tr("Why the {network} text can't change").format(network=name))
        self.locked_label.setStyleSheet("QLabel { font-style: italic; }")
        self.locked_label.hide()
        layout.addWidget(self.locked_label)

        override_row = QHBoxLayout()
        self.override_check = QCheckBox(self.tr("&Different text for {network}").format(network=name), self)
        self.override_check.setAccessibleName(self.tr("Use a different text for {network}").format(network=name))
        self.override_check.toggled.connect(self._on_override_toggled)
        self.reset_button = QPushButton(self.tr("&Reset to main text"), self)
        self.reset_button.setAccessibleName(
            self.tr("Replace the {network} text with the main text").format(network=name)
        )
        self.reset_button.clicked.connect(self.reset_to_base)
        self.reset_button.setEnabled(False)
        override_row.addWidget(self.override_check, 1)
        override_row.addWidget(self.reset_button)
        layout.addLayout(override_row)

        self.override_editor = PartsEditor(self.tr("{network} text").format(network=name), self)
        self.override_editor.set_thread_enabled(network in THREAD_NETWORKS)
        self.override_editor.changed.connect(self.changed)
        self.override_editor.split_requested.connect(self.split_requested)
        self.override_editor.setVisible(False)
        self.override_editor.setMinimumHeight(160)
        layout.addWidget(self.override_editor)
        self._base_parts: tuple[str, ...] = ("",)
        self.media_choice = MediaChoice(name, self)  # which attachments go to this network
        self.media_choice.changed.connect(self.changed)
        layout.addWidget(self.media_choice)

        counter_row = QHBoxLayout()
        self.counter = CounterLabel(self)
        self.counter_caption = QLabel(self.tr("Length:"), self)
        self.counter_caption.setBuddy(self.counter)
        counter_row.addWidget(self.counter_caption)
        counter_row.addWidget(self.counter)
        counter_row.addStretch(1)
        layout.addLayout(counter_row)

        self.problem_model = ProblemListModel(self)
        self.problem_view = QListView(self)
        self.problem_view.setModel(self.problem_model)
        self.problem_view.setWordWrap(True)
        self.problem_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.problem_view.setAccessibleName(self.tr("Problems for {network}").format(network=name))
        self.problem_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.problem_view.setFrameShape(QListView.Shape.NoFrame)
        layout.addWidget(self.problem_view)

        self.preview_frame = make_frame(network, self)  # the card, its width toggle and first comment
        self.preview = self.preview_frame.card
        self.preview.setAccessibleName(self.tr("{network} preview").format(network=name))
        layout.addWidget(self.preview_frame, 0, Qt.AlignmentFlag.AlignTop)
        layout.addStretch(1)

    # -- state <-> widgets -------------------------------------------------------------------

    def set_accounts(self, accounts: Sequence[AccountChoice]) -> None:
        """Offer the accounts of this panel's network."""
        current = self.account_id()
        self._accounts = [a for a in accounts if a.network == self.network.value]
        with QSignalBlocker(self.account_combo):
            self.account_model.set_accounts(self._accounts)
            self.account_combo.setCurrentIndex(self.account_model.row_of(current))
        self.opts.set_account(self.account_id())

    def set_publishing(self, adapters: frozenset[Network], relay: bool = False, *, relay_setup: bool = False) -> None:
        """Say which networks can be published to and whether a media relay is set up.

        By default: the networks `platforms.shipped` registers, and no relay.

        Args:
            adapters: the networks Postdesk can publish to.
            relay: whether a media relay is set up.
            relay_setup: whether Settings has a page to set one up (the words send the user there
                only then).
        """
        self._adapters = adapters
        self._relay = relay
        self._relay_setup = relay_setup

    def publish_context(self) -> PublishContext:
        """What validation needs beyond the post: adapters, relay and this network's accounts."""
        adapters = self._adapters if self._adapters is not None else shipped_networks()
        accounts = {a.id: a.status for a in self._accounts} if self._accounts else None
        account = self.account_id()
        quota = {account: self._youtube_plan} if self._youtube_plan is not None and account is not None else {}
        require_alt = self.media_choice.require_alt_text
        return PublishContext(adapters, self._relay, accounts, youtube_quota=quota, require_alt_text=require_alt)

    def set_youtube_quota(self, plan: DayPlan | None) -> None:
        """The YouTube account's quota for the post's day (`platforms.youtube_quota_store.day_plan`)."""
        self._youtube_plan = plan

    def account_id(self) -> int | None:
        """The bound account, or None."""
        account = self.account_model.account_at(self.account_combo.currentIndex())
        return account.id if account else None

    def account(self) -> AccountChoice | None:
        """The bound account's details, or None."""
        return self.account_model.account_at(self.account_combo.currentIndex())

    def max_chars(self) -> int | None:
        """The limit to hold the text to instead of the network default (Mastodon instances)."""
        account = self.account()
        return account.max_characters if account else None

    def options(self) -> dict[str, Any]:
        """The target's options (only the ones this network has)."""
        return self.opts.options()

    def target(self) -> Target:
        """The target as the widgets describe it."""
        return Target(
            network=self.network,
            account_id=self.account_id(),
            override_enabled=self.override_check.isChecked(),
            override_parts=self.override_editor.parts(),
            media_override=self.media_choice.override(),
            options=self.options(),
            state=self._state,
        )

    def set_state(self, state: TargetState) -> None:
        """Remember the publishing state (the composer moves it between draft and scheduled)."""
        self._state = state

    def state(self) -> TargetState:
        """The publishing state as last loaded or set."""
        return self._state

    def is_locked(self) -> bool:
        """Whether this target is read-only (publishing, published or unknown)."""
        return self._locked

    def set_locked(self, locked: bool) -> None:
        """Make the target read-only because its text went (or may have gone) out."""
        self._locked = locked
        for widget in (self.account_combo, self.override_check):
            widget.setEnabled(not locked)
        self.opts.set_locked(locked)
        self.reset_button.setEnabled(not locked and self.override_check.isChecked())
        self.override_editor.set_read_only(locked)
        self.media_choice.set_locked(locked)
        self.locked_label.setText(locked_reason(self._state, self.style_.name) if locked else "")
        self.locked_label.setVisible(locked)

    def load(self, target: Target) -> None:
        """Show a stored target (no `changed` signal)."""
        blockers = [
            QSignalBlocker(w)
            for w in (self, self.account_combo, *self.opts.fields(), self.override_check, self.override_editor)
        ]
        self._state = target.state
        self.account_combo.setCurrentIndex(self.account_model.row_of(target.account_id))
        self.opts.load(target.options or {}, target.account_id)
        self.override_check.setChecked(target.override_enabled)
        self.override_editor.set_parts(target.override_parts)
        self.media_choice.load(target.media_override)
        self.override_editor.setVisible(target.override_enabled)
        self.reset_button.setEnabled(target.override_enabled)
        del blockers

    # -- override ----------------------------------------------------------------------------

    def set_base_parts(self, parts: tuple[str, ...]) -> None:
        """Tell the panel the current main text (used to start and reset an override)."""
        self._base_parts = parts

    def _on_override_toggled(self, on: bool) -> None:
        if on and not any(p.strip() for p in self.override_editor.parts()):
            self.override_editor.set_parts(self._base_parts)
        self.override_editor.setVisible(on)
        self.reset_button.setEnabled(on)
        if on:
            self.override_editor.editor(0).setFocus()
        self.changed.emit()

    def reset_to_base(self) -> None:
        """Replace the override text with the main text; Ctrl+Z in the editor undoes it."""
        self.override_editor.replace_parts_undoable(self._base_parts)

    def _on_account(self, _index: int) -> None:
        self.opts.set_account(self.account_id())
        self.changed.emit()

    # -- the cheap pass ----------------------------------------------------------------------

    def evaluate(self, post: Post, media: Mapping[int, MediaInfo]) -> TargetStatus:
        """Measure and validate this target of `post`; update the counter. Cheap."""
        self.media_choice.set_attachments(post.media, media)
        target = next((t for t in post.targets if t.network is self.network), self.target())
        account = self.account()
        limits = dict(account.instance_limits) if account else None
        self.opts.set_instance(limits, self.max_chars())  # a Mastodon server's own poll and text limits
        context = self.publish_context()
        self._status = evaluate_accounts(post, target, media, self, context, self._relay_setup)  # every account
        self._show_counters(self._status.measures)
        return self._status

    def status(self) -> TargetStatus | None:
        """The last evaluation."""
        return self._status

    def _show_counters(self, measures: tuple[TextMeasure, ...]) -> None:
        worst = max(measures, key=lambda m: (not m.fits, m.length - m.limit))
        self.counter.show_count(short_count(worst), spoken_summary(measures), counter_level_of(worst))
        if self.override_check.isChecked():
            for i, m in enumerate(measures):
                self.override_editor.set_part_counter(i, short_count(m), spoken_count(m), counter_level_of(m))

    def tab_title(self) -> str:
        """The tab's title: network name and live counter (longest part in a thread)."""
        return tab_title(self.style_.name, self._status)

    # -- the visible-only pass ---------------------------------------------------------------

    def render_details(self, post: Post, images: Sequence[Any], display: tuple[str, str]) -> None:
        """Word the problems and render the preview (only for the visible tab).

        Args:
            post: the post as it is now.
            images: the QImages of the media this target shows.
            display: the (display name, handle) for the card.
        """
        self.render_problems(post)
        self.render_preview(post, images, display)

    def render_problems(self, post: Post) -> None:
        """Word the problems of the last evaluation in the list (cheap; visible tab only)."""
        status = self._status
        target = self.target()
        parts = target.effective_parts(post.parts)
        if status is not None:
            media_ids = target.effective_media(post.media)
            rows = []
            for p in status.problems:
                params = dict(p.params)
                if params.get("asset_id") in media_ids:
                    params["position"] = media_ids.index(params["asset_id"]) + 1
                account = self.account()
                if account is not None:
                    params.setdefault("handle", account.handle or account.label)  # another account's: its own
                text = describe_problem(p.code.name, p.network, params, p.part_index, len(parts))
                rows.append(ProblemRow(text, p.severity, p.part_index))
            if rows != self.problem_model.rows():
                self.problem_model.set_problems(rows)
                self.problem_view.setVisible(bool(rows))
                self._fit_problem_view()

    def render_preview(self, post: Post, images: Sequence[Any], display: tuple[str, str]) -> None:
        """Render the network-styled preview (the costly part; see ComposerPane)."""
        target = self.target()
        if self.youtube is not None and self.youtube.thumbnail_image() is not None:
            images = [self.youtube.thumbnail_image()]  # the custom thumbnail is what YouTube shows
        show_target(self.preview_frame, target, target.effective_parts(post.parts), images, display)

    def _fit_problem_view(self) -> None:
        # As tall as its rows (up to five), so the preview sits right below the problems.
        rows = min(self.problem_model.rowCount(), 5)
        height = sum(max(self.problem_view.sizeHintForRow(r), self.fontMetrics().height()) for r in range(rows))
        self.problem_view.setFixedHeight(height + 2 * self.problem_view.frameWidth() + 4)

    def highlight_spans(self) -> dict[int, list[tuple[int, int]]]:
        """Spans (str indices) to mark per part: overflow and located problems."""
        return highlight_spans(self._status)
