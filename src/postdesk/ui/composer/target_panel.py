"""One target's tab: account, override, options, counter, problems and live preview.

Counting and validating are cheap and run for every target on each keystroke; the preview
and the problem list are rendered only when the tab is visible (see `ComposerPane`).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, TypeVar

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.media_info import MediaInfo
from postdesk.core.networks import THREAD_NETWORKS, Network
from postdesk.core.richtext import entities
from postdesk.core.text import TextMeasure, measure, measure_field, measure_mastodon
from postdesk.core.validation import Problem, ProblemCode, PublishContext, validate
from postdesk.core.youtube_quota import DayPlan
from postdesk.platforms.base import Capability
from postdesk.ui.composer.card_styles import style_for
from postdesk.ui.composer.facebook_options import FacebookOptions
from postdesk.ui.composer.facebook_preview import FacebookPreviewCard
from postdesk.ui.composer.google_business_card import GoogleBusinessPreviewCard
from postdesk.ui.composer.google_business_options import GoogleBusinessOptions
from postdesk.ui.composer.instagram_options import InstagramOptions
from postdesk.ui.composer.instagram_preview import InstagramPreviewCard
from postdesk.ui.composer.models import AccountListModel, ProblemListModel, ProblemRow
from postdesk.ui.composer.parts_editor import PartsEditor
from postdesk.ui.composer.pinterest_options import PinterestOptions
from postdesk.ui.composer.preview import PreviewCard, PreviewData
from postdesk.ui.composer.reddit_options import RedditOptions
from postdesk.ui.composer.services import AccountChoice
from postdesk.ui.composer.tiktok_options import TikTokOptions
from postdesk.ui.composer.tiktok_preview import TikTokPreviewCard
from postdesk.ui.composer.wording import describe_problem
from postdesk.ui.composer.youtube_options import YouTubeOptions
from postdesk.ui.dialogs.capabilities import can
from postdesk.ui.dialogs.unknown_resolution import cannot_look_up_note
from postdesk.ui.widgets.counter import CounterLabel, CounterLevel, counter_level

#: Mastodon's default limit when no instance tells us its own.
MASTODON_DEFAULT = 500
#: Mastodon visibilities, by API value.
VISIBILITIES = ("public", "unlisted", "private", "direct")


#: A network's own options panel (a QWidget with a `changed` signal).
_P = TypeVar("_P", bound=QWidget)


@cache
def shipped_networks() -> frozenset[Network]:
    """The networks this build of Postdesk can publish to (what `platforms.shipped` registers)."""
    from postdesk.platforms.shipped import SHIPPED_MODULES

    return frozenset(
        Network(name.rsplit(".", 1)[1]) for name in SHIPPED_MODULES if importlib.util.find_spec(name) is not None
    )


def measure_part(
    network: Network,
    text: str,
    index: int,
    *,
    has_media: bool,
    options: Mapping[str, Any],
    max_chars: int | None,
) -> TextMeasure:
    """Measure one part the way `network` counts it, with its options and media.

    Mastodon counts the content warning of the first status; Telegram counts a caption
    (a shorter limit) when media is attached to the first message.
    """
    if network is Network.MASTODON:
        spoiler = str(options.get("spoiler_text", "")) if index == 0 else ""
        return measure_mastodon(text, spoiler, max_chars or MASTODON_DEFAULT)
    if network is Network.TELEGRAM and has_media and index == 0:
        return measure_field(text, network, "caption")
    return measure(text, network, max_chars=max_chars)


@dataclass(frozen=True)
class TargetStatus:
    """The result of the cheap per-keystroke pass over one target.

    Attributes:
        measures: one measure per effective part.
        problems: what validation found.
    """

    measures: tuple[TextMeasure, ...]
    problems: tuple[Problem, ...]

    @property
    def has_errors(self) -> bool:
        """Whether anything blocks scheduling."""
        return any(p.severity == "error" for p in self.problems)


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

        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("{network} title").format(network=name))
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.title_edit.textChanged.connect(self._on_option)
        self.subreddit_edit = QLineEdit(self)
        self.subreddit_edit.setAccessibleName(self.tr("Subreddit"))
        self.subreddit_edit.setPlaceholderText(self.tr("e.g. photography (without r/)"))
        self.subreddit_edit.textChanged.connect(self._on_option)
        self.spoiler_edit = QLineEdit(self)
        self.spoiler_edit.setAccessibleName(self.tr("Content warning"))
        self.spoiler_edit.setPlaceholderText(self.tr("Optional; counts toward the limit"))
        self.spoiler_edit.textChanged.connect(self._on_option)
        self.visibility_combo = QComboBox(self)
        self.visibility_combo.setAccessibleName(self.tr("Who can see it"))
        for value, label in zip(
            VISIBILITIES,
            (self.tr("Public"), self.tr("Quiet public"), self.tr("Followers only"), self.tr("Mentioned people only")),
            strict=True,
        ):
            self.visibility_combo.addItem(label, value)
        self.visibility_combo.currentIndexChanged.connect(self._on_option)
        if network in (Network.YOUTUBE, Network.PINTEREST, Network.REDDIT):
            form.addRow(self.tr("&Title:"), self.title_edit)
        else:
            self.title_edit.hide()
        if network is Network.REDDIT:
            form.addRow(self.tr("Su&breddit:"), self.subreddit_edit)
        else:
            self.subreddit_edit.hide()
        # Each network with options of its own gets its panel (ui.composer.<network>_options): Pinterest's
        # board, section, link and cover; Instagram's post kind, cover, collaborators and location;
        # Facebook's link card; Business Profile's location, post kind and button; Reddit's subscriptions,
        # flair and rules; YouTube's visibility, audience, tags, thumbnail and playlist; TikTok's creator info.
        self.pinterest = self._options(form, network, Network.PINTEREST, PinterestOptions)
        self.instagram = self._options(form, network, Network.INSTAGRAM, InstagramOptions)
        self.facebook = self._options(form, network, Network.FACEBOOK, FacebookOptions)
        self.google_business = self._options(form, network, Network.GOOGLE_BUSINESS, GoogleBusinessOptions)
        self.reddit = self._options(form, network, Network.REDDIT, RedditOptions)
        if self.reddit is not None:
            self.reddit.subreddit_chosen.connect(self.subreddit_edit.setText)
            self.subreddit_edit.textChanged.connect(self.reddit.set_subreddit)
        self.youtube = self._options(form, network, Network.YOUTUBE, YouTubeOptions)
        self.tiktok = self._options(form, network, Network.TIKTOK, TikTokOptions)
        if network is Network.MASTODON:
            form.addRow(self.tr("Content &warning:"), self.spoiler_edit)
            form.addRow(self.tr("&Visibility:"), self.visibility_combo)
        else:
            self.spoiler_edit.hide()
            self.visibility_combo.hide()
        # Where the adapter schedules natively, the network may publish it itself (issue 13.8).
        self._can_hand_off = can(network, Capability.NATIVE_SCHEDULING)
        self.hand_off_check = QCheckBox(
            self.tr("&Let {network} publish it (works while Postdesk is closed)").format(network=name), self
        )
        self.hand_off_check.setAccessibleName(
            self.tr("Let {network} publish it at its time, even while Postdesk is closed").format(network=name)
        )
        self.hand_off_check.setToolTip(
            self.tr(
                "Postdesk gives the post to {network}'s own scheduler when you schedule it. To take it back, "
                "cancel the post."
            ).format(network=name)
        )
        self.hand_off_check.toggled.connect(self._on_hand_off)
        if self._can_hand_off:
            form.addRow(self.hand_off_check)
        else:
            self.hand_off_check.hide()
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

        self.preview: (
            PreviewCard | TikTokPreviewCard | GoogleBusinessPreviewCard | InstagramPreviewCard | FacebookPreviewCard
        )
        if network is Network.FACEBOOK:
            self.preview = FacebookPreviewCard(entities, self)
        elif network is Network.INSTAGRAM:
            self.preview = InstagramPreviewCard(entities, self)
        elif network is Network.TIKTOK:
            self.preview = TikTokPreviewCard(entities, self)
        elif network is Network.GOOGLE_BUSINESS:
            self.preview = GoogleBusinessPreviewCard(entities, self)
        else:
            self.preview = PreviewCard(entities, self)
        self.preview.setAccessibleName(self.tr("{network} preview").format(network=name))
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        layout.addStretch(1)

    # -- state <-> widgets -------------------------------------------------------------------

    def set_accounts(self, accounts: Sequence[AccountChoice]) -> None:
        """Offer the accounts of this panel's network."""
        current = self.account_id()
        self._accounts = [a for a in accounts if a.network == self.network.value]
        with QSignalBlocker(self.account_combo):
            self.account_model.set_accounts(self._accounts)
            self.account_combo.setCurrentIndex(self.account_model.row_of(current))
        if self.pinterest is not None:
            self.pinterest.set_account(self.account_id())
        if self.google_business is not None:
            self.google_business.set_account(self.account_id())
        if self.reddit is not None:
            self.reddit.set_account(self.account_id())
        if self.tiktok is not None:
            self.tiktok.set_account(self.account_id())

    def _options(self, form: QFormLayout, network: Network, wanted: Network, panel: type[_P]) -> _P | None:
        """`panel` built and added to `form` when this is `wanted`'s tab, else None."""
        if network is not wanted:
            return None
        built = panel(self)
        built.changed.connect(self._on_option)
        form.addRow(built)
        return built

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
        return PublishContext(adapters, self._relay, accounts, youtube_quota=quota)

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
        options: dict[str, Any] = {}
        if self.network in (Network.YOUTUBE, Network.PINTEREST, Network.REDDIT):
            options["title"] = self.title_edit.text()
        if self.network is Network.REDDIT:
            options["subreddit"] = self.subreddit_edit.text().strip().removeprefix("r/")
        if self.pinterest is not None:
            options.update(self.pinterest.options())
        if self.instagram is not None:
            options.update(self.instagram.options())
        if self.facebook is not None:
            options.update(self.facebook.options())
        if self.google_business is not None:
            options.update(self.google_business.options())
        if self.reddit is not None:
            options.update(self.reddit.options())
        if self.youtube is not None:
            options.update(self.youtube.options())
        if self.tiktok is not None:
            options.update(self.tiktok.options())
        if self.network is Network.MASTODON:
            options["spoiler_text"] = self.spoiler_edit.text()
            options["visibility"] = self.visibility_combo.currentData()
        if self._can_hand_off and self.hand_off_check.isChecked():
            options["hand_off"] = True
        return options

    def target(self) -> Target:
        """The target as the widgets describe it."""
        return Target(
            network=self.network,
            account_id=self.account_id(),
            override_enabled=self.override_check.isChecked(),
            override_parts=self.override_editor.parts(),
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
        for widget in (
            self.account_combo,
            self.title_edit,
            self.subreddit_edit,
            self.spoiler_edit,
            self.visibility_combo,
            self.override_check,
            self.hand_off_check,
        ):
            widget.setEnabled(not locked)
        if self.pinterest is not None:
            self.pinterest.setEnabled(not locked)
        if self.instagram is not None:
            self.instagram.setEnabled(not locked)
        if self.facebook is not None:
            self.facebook.setEnabled(not locked)
        if self.google_business is not None:
            self.google_business.setEnabled(not locked)
        if self.reddit is not None:
            self.reddit.setEnabled(not locked)
        if self.youtube is not None:
            self.youtube.setEnabled(not locked)
        if self.tiktok is not None:
            self.tiktok.setEnabled(not locked)
        self.reset_button.setEnabled(not locked and self.override_check.isChecked())
        self.override_editor.set_read_only(locked)
        name = self.style_.name
        if not locked:
            text = ""
        elif self._state is TargetState.PUBLISHED:
            text = self.tr("Already published to {network}: its text can no longer be changed here.")
        elif self._state is TargetState.PUBLISHING:
            text = self.tr("Being published to {network} right now: its text can't be changed.")
        elif self._state is TargetState.DUE:
            text = self.tr("About to be published to {network}: its text is fixed and can't be changed here.")
        elif self._state is TargetState.FAILED_RETRYABLE:
            text = self.tr("{network} will be tried again with exactly what was sent: it can't be changed here.")
        elif self._state is TargetState.SCHEDULED:
            text = self.tr("{network}'s own scheduler holds this post: its text can't be changed here.")
        else:
            text = self.tr(
                "Postdesk does not know whether this went out on {network}: its text can't be changed until "
                "that is settled."
            )
        self.locked_label.setText(text.format(network=name))
        self.locked_label.setVisible(locked)

    def load(self, target: Target) -> None:
        """Show a stored target (no `changed` signal)."""
        blockers = [
            QSignalBlocker(w)
            for w in (
                self,
                self.account_combo,
                self.title_edit,
                self.subreddit_edit,
                self.spoiler_edit,
                self.visibility_combo,
                self.override_check,
                self.override_editor,
                self.hand_off_check,
            )
        ]
        self._state = target.state
        self.account_combo.setCurrentIndex(self.account_model.row_of(target.account_id))
        options = target.options or {}
        self.title_edit.setText(str(options.get("title", "")))
        self.subreddit_edit.setText(str(options.get("subreddit", "")))
        self.spoiler_edit.setText(str(options.get("spoiler_text", "")))
        index = self.visibility_combo.findData(options.get("visibility", "public"))
        self.visibility_combo.setCurrentIndex(max(0, index))
        self.hand_off_check.setChecked(self._can_hand_off and options.get("hand_off") is True)
        if self.youtube is not None:
            self.youtube.load(options)
        if self.pinterest is not None:
            self.pinterest.load(options)
            self.pinterest.set_account(target.account_id)
        if self.instagram is not None:
            self.instagram.load(options)
        if self.facebook is not None:
            self.facebook.load(options)
        if self.google_business is not None:
            self.google_business.load(options)
            self.google_business.set_account(target.account_id)
        if self.reddit is not None:
            self.reddit.load(options)
            self.reddit.set_account(target.account_id)
        if self.tiktok is not None:
            self.tiktok.load(options)
            self.tiktok.set_account(target.account_id)
        self.override_check.setChecked(target.override_enabled)
        self.override_editor.set_parts(target.override_parts)
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
        if self.pinterest is not None:
            self.pinterest.set_account(self.account_id())
        if self.google_business is not None:
            self.google_business.set_account(self.account_id())
        if self.reddit is not None:
            self.reddit.set_account(self.account_id())
        if self.tiktok is not None:
            self.tiktok.set_account(self.account_id())
        self.changed.emit()

    def _on_option(self, *_args: object) -> None:
        self.changed.emit()

    def _on_hand_off(self, on: bool) -> None:
        self.changed.emit()
        self.hand_off_changed.emit(on)

    # -- the cheap pass ----------------------------------------------------------------------

    def evaluate(self, post: Post, media: Mapping[int, MediaInfo]) -> TargetStatus:
        """Measure and validate this target of `post`; update the counter. Cheap."""
        target = next((t for t in post.targets if t.network is self.network), self.target())
        parts = target.effective_parts(post.parts)
        has_media = bool(target.effective_media(post.media))
        max_chars = self.max_chars()
        options = target.options
        measures = tuple(
            measure_part(self.network, text, i, has_media=has_media, options=options, max_chars=max_chars)
            for i, text in enumerate(parts)
        )
        account = self.account()
        problems = tuple(
            validate(
                post,
                target,
                media,
                max_chars=max_chars,
                context=self.publish_context(),
                instance_limits=dict(account.instance_limits) if account else None,
            )
        )
        if self._relay_setup:
            # Both the problem list and the reason beside Schedule then point to the relay page.
            problems = tuple(
                replace(p, params={**p.params, "relay_setup": 1}) if p.code is ProblemCode.NEEDS_MEDIA_RELAY else p
                for p in problems
            )
        self._status = TargetStatus(measures, problems)
        self._show_counters(measures)
        return self._status

    def status(self) -> TargetStatus | None:
        """The last evaluation."""
        return self._status

    def _spoken(self, m: TextMeasure) -> str:
        return self.tr("{length} of {limit} characters").format(length=m.length, limit=m.limit)

    def _level(self, m: TextMeasure) -> CounterLevel:
        level = counter_level(m.length, m.limit)
        if m.byte_length is not None and m.byte_limit:
            by_bytes = counter_level(m.byte_length, m.byte_limit)
            if by_bytes is CounterLevel.OVER or (by_bytes is CounterLevel.NEAR and level is CounterLevel.OK):
                level = by_bytes
        if not m.fits:
            level = CounterLevel.OVER
        return level

    def _short(self, m: TextMeasure) -> str:
        short = f"{m.length} / {m.limit}"
        if m.byte_length is not None and m.byte_limit and m.byte_length >= m.byte_limit * 0.9:
            short += " · " + self.tr("{bytes} / {limit} bytes").format(bytes=m.byte_length, limit=m.byte_limit)
        return short

    def _show_counters(self, measures: tuple[TextMeasure, ...]) -> None:
        worst = max(measures, key=lambda m: (not m.fits, m.length - m.limit))
        spoken = self._spoken(worst)
        if worst.byte_length is not None and worst.byte_limit:
            spoken += ", " + self.tr("{bytes} of {limit} bytes").format(bytes=worst.byte_length, limit=worst.byte_limit)
        if len(measures) > 1:
            spoken = self.tr("Longest of {n} parts: {count}").format(n=len(measures), count=spoken)
        self.counter.show_count(self._short(worst), spoken, self._level(worst))
        if self.override_check.isChecked():
            for i, m in enumerate(measures):
                self.override_editor.set_part_counter(i, self._short(m), self._spoken(m), self._level(m))

    def tab_title(self) -> str:
        """The tab's title: network name and live counter (longest part in a thread)."""
        status = self._status
        if status is None or not status.measures:
            return self.style_.name
        worst = max(status.measures, key=lambda m: (not m.fits, m.length - m.limit))
        mark = " ⚠" if status.has_errors else ""
        parts = f" ×{len(status.measures)}" if len(status.measures) > 1 else ""
        return f"{self.style_.name}  {worst.length}/{worst.limit}{parts}{mark}"

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
                    params["handle"] = account.handle or account.label
                text = describe_problem(p.code.name, p.network, params, p.part_index, len(parts))
                rows.append(ProblemRow(text, p.severity, p.part_index))
            if rows != self.problem_model.rows():
                self.problem_model.set_problems(rows)
                self.problem_view.setVisible(bool(rows))
                self._fit_problem_view()

    def render_preview(self, post: Post, images: Sequence[Any], display: tuple[str, str]) -> None:
        """Render the network-styled preview (the costly part; see ComposerPane)."""
        target = self.target()
        parts = target.effective_parts(post.parts)
        options = target.options
        if self.youtube is not None and self.youtube.thumbnail_image() is not None:
            images = [self.youtube.thumbnail_image()]  # the custom thumbnail is what YouTube shows
        if isinstance(self.preview, InstagramPreviewCard):
            self.preview.set_kind(options)  # feed frame, or a Reel's or Story's 9:16 frame
        if isinstance(self.preview, GoogleBusinessPreviewCard):
            self.preview.set_local_post(options)  # kind of post, button, event, offer
        if isinstance(self.preview, FacebookPreviewCard):
            self.preview.set_link(str(options.get("link") or ""))  # the link preview bar
        self.preview.show_post(
            PreviewData(
                network=self.network,
                display_name=display[0],
                handle=display[1],
                parts=parts,
                images=tuple(images),
                title=str(options.get("title", "")),
                subreddit=str(options.get("subreddit", "")),
                spoiler=str(options.get("spoiler_text", "")),
                board=str(options.get("board_name", "")),
                flair=str(options.get("flair_text", "")) if self.network is Network.REDDIT else "",
                marks=tuple(
                    label
                    for key, label in (("nsfw", "NSFW"), ("spoiler", "Spoiler"))
                    if self.network is Network.REDDIT and options.get(key) is True
                ),
            )
        )

    def _fit_problem_view(self) -> None:
        # As tall as its rows (up to five), so the preview sits right below the problems.
        rows = min(self.problem_model.rowCount(), 5)
        height = sum(max(self.problem_view.sizeHintForRow(r), self.fontMetrics().height()) for r in range(rows))
        self.problem_view.setFixedHeight(height + 2 * self.problem_view.frameWidth() + 4)

    def highlight_spans(self) -> dict[int, list[tuple[int, int]]]:
        """Spans (str indices) to mark per part: overflow and located problems."""
        spans: dict[int, list[tuple[int, int]]] = {}
        status = self._status
        if status is None:
            return spans
        for i, m in enumerate(status.measures):
            if m.overflow_start is not None:
                spans.setdefault(i, []).append((m.overflow_start, 1 << 30))
        for problem in status.problems:
            if problem.span is not None and problem.severity == "error":
                part = problem.part_index or 0
                span = (problem.span[0], problem.span[1])
                overflow = status.measures[part].overflow_start if part < len(status.measures) else None
                # The overflow span already covers a "too long" problem that starts there.
                if span[0] != overflow and span not in spans.get(part, []):
                    spans.setdefault(part, []).append(span)
        return spans
