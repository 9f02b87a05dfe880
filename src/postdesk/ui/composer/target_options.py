"""The options part of a target panel: the fields one network has beyond its text.

Title (YouTube, Pinterest, Reddit), subreddit (Reddit), content warning and visibility (Mastodon),
each network's own options panel (`ui.composer.<network>_options`) and "Let <network> publish it"
where the adapter schedules natively (issue 13.8). The part builds its widgets into the panel's
form and answers with the target's `options` dict; it knows nothing of text, counters or previews.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QWidget

from postdesk.core.networks import Network
from postdesk.platforms.capabilities import SupportsNativeSchedule, network_supports
from postdesk.ui.composer.bluesky_options import BlueskyOptions
from postdesk.ui.composer.facebook_options import FacebookOptions
from postdesk.ui.composer.first_comment_part import FirstCommentPart, has_first_comment
from postdesk.ui.composer.google_business_options import GoogleBusinessOptions
from postdesk.ui.composer.instagram_options import InstagramOptions
from postdesk.ui.composer.mastodon_options import MastodonOptions
from postdesk.ui.composer.pinterest_options import PinterestOptions
from postdesk.ui.composer.reddit_options import RedditOptions
from postdesk.ui.composer.tiktok_options import TikTokOptions
from postdesk.ui.composer.x_options import XOptions
from postdesk.ui.composer.youtube_options import YouTubeOptions

#: Mastodon visibilities, by API value.
VISIBILITIES = ("public", "unlisted", "private", "direct")
#: Networks whose posts carry a title.
TITLED = (Network.YOUTUBE, Network.PINTEREST, Network.REDDIT)

#: A network's own options panel (a QWidget with a `changed` signal).
_P = TypeVar("_P", bound=QWidget)


class TargetOptions(QObject):
    """The options of one target, built into its panel's form.

    Args:
        network: the target's network.
        form: the panel's form; the option rows are added to it.
        owner: the panel (parent of the widgets).
        name: the network's brand name, for accessible names.

    Attributes:
        title_edit, subreddit_edit, spoiler_edit, visibility_combo, hand_off_check: the common fields
            (hidden where the network has no such field).
        pinterest, instagram, facebook, google_business, reddit, youtube, tiktok, x, bluesky, mastodon:
            the network's own options panel, or None on other networks' tabs.
        first_comment: the first comment field where the network's adapter posts one, else None.

    Signals:
        changed: the user changed an option.
        hand_off_changed: "Let <network> publish it" was ticked or cleared.
    """

    changed = Signal()
    hand_off_changed = Signal(bool)

    def __init__(self, network: Network, form: QFormLayout, owner: QWidget, name: str) -> None:
        super().__init__(owner)
        self.network = network
        self.title_edit = QLineEdit(owner)
        self.title_edit.setAccessibleName(self.tr("{network} title").format(network=name))
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.title_edit.textChanged.connect(self._on_option)
        self.subreddit_edit = QLineEdit(owner)
        self.subreddit_edit.setAccessibleName(self.tr("Subreddit"))
        self.subreddit_edit.setPlaceholderText(self.tr("e.g. photography (without r/)"))
        self.subreddit_edit.textChanged.connect(self._on_option)
        self.spoiler_edit = QLineEdit(owner)
        self.spoiler_edit.setAccessibleName(self.tr("Content warning"))
        self.spoiler_edit.setPlaceholderText(self.tr("Optional; counts toward the limit"))
        self.spoiler_edit.textChanged.connect(self._on_option)
        self.visibility_combo = QComboBox(owner)
        self.visibility_combo.setAccessibleName(self.tr("Who can see it"))
        for value, label in zip(
            VISIBILITIES,
            (self.tr("Public"), self.tr("Quiet public"), self.tr("Followers only"), self.tr("Mentioned people only")),
            strict=True,
        ):
            self.visibility_combo.addItem(label, value)
        self.visibility_combo.currentIndexChanged.connect(self._on_option)
        if network in TITLED:
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
        self.pinterest = self._panel(form, owner, Network.PINTEREST, PinterestOptions)
        self.instagram = self._panel(form, owner, Network.INSTAGRAM, InstagramOptions)
        self.facebook = self._panel(form, owner, Network.FACEBOOK, FacebookOptions)
        self.google_business = self._panel(form, owner, Network.GOOGLE_BUSINESS, GoogleBusinessOptions)
        self.reddit = self._panel(form, owner, Network.REDDIT, RedditOptions)
        if self.reddit is not None:
            self.reddit.subreddit_chosen.connect(self.subreddit_edit.setText)
            self.subreddit_edit.textChanged.connect(self.reddit.set_subreddit)
        self.youtube = self._panel(form, owner, Network.YOUTUBE, YouTubeOptions)
        self.tiktok = self._panel(form, owner, Network.TIKTOK, TikTokOptions)
        if network is Network.MASTODON:
            form.addRow(self.tr("Content &warning:"), self.spoiler_edit)
            form.addRow(self.tr("&Visibility:"), self.visibility_combo)
        else:
            self.spoiler_edit.hide()
            self.visibility_combo.hide()
        # Quote, reply settings, polls and language (issue 13.10); the first comment (13.4).
        self.x = self._panel(form, owner, Network.X, XOptions)
        self.bluesky = self._panel(form, owner, Network.BLUESKY, BlueskyOptions)
        self.mastodon = self._panel(form, owner, Network.MASTODON, MastodonOptions)
        self.first_comment: FirstCommentPart | None = None
        if has_first_comment(network):
            self.first_comment = FirstCommentPart(network, name, owner)
            self.first_comment.changed.connect(self._on_option)
            form.addRow(self.first_comment.label(), self.first_comment)
        # Where the adapter schedules natively, the network may publish it itself (issue 13.8).
        self.can_hand_off = network_supports(network, SupportsNativeSchedule)
        self.hand_off_check = QCheckBox(
            self.tr("&Let {network} publish it (works while Postdesk is closed)").format(network=name), owner
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
        if self.can_hand_off:
            form.addRow(self.hand_off_check)
        else:
            self.hand_off_check.hide()

    def _panel(self, form: QFormLayout, owner: QWidget, wanted: Network, panel: type[_P]) -> _P | None:
        """`panel` built and added to `form` when this is `wanted`'s tab, else None."""
        if self.network is not wanted:
            return None
        built = panel(owner)
        built.changed.connect(self._on_option)  # type: ignore[attr-defined]
        form.addRow(built)
        return built

    def _network_panels(self) -> list[Any]:
        return [
            p
            for p in (
                self.pinterest,
                self.instagram,
                self.facebook,
                self.google_business,
                self.reddit,
                self.youtube,
                self.tiktok,
                self.x,
                self.bluesky,
                self.mastodon,
                self.first_comment,
            )
            if p is not None
        ]

    def fields(self) -> tuple[QWidget, ...]:
        """The common fields (what `load` blocks and `set_locked` disables)."""
        return (self.title_edit, self.subreddit_edit, self.spoiler_edit, self.visibility_combo, self.hand_off_check)

    def set_account(self, account_id: int | None) -> None:
        """Tell the panels that read per-account data (boards, locations, subreddits, creator info)."""
        for panel in (self.pinterest, self.google_business, self.reddit, self.tiktok):
            if panel is not None:
                panel.set_account(account_id)

    def set_instance(self, instance: Mapping[str, int] | None, max_chars: int | None) -> None:
        """Follow the account's server's own limits (a Mastodon instance's polls and text limit)."""
        if self.mastodon is not None:
            self.mastodon.set_instance(instance)
        if self.first_comment is not None:
            self.first_comment.set_max_chars(max_chars)

    def options(self) -> dict[str, Any]:
        """The target's options (only the ones this network has)."""
        options: dict[str, Any] = {}
        if self.network in TITLED:
            options["title"] = self.title_edit.text()
        if self.network is Network.REDDIT:
            options["subreddit"] = self.subreddit_edit.text().strip().removeprefix("r/")
        for panel in self._network_panels():
            options.update(panel.options())
        if self.network is Network.MASTODON:
            options["spoiler_text"] = self.spoiler_edit.text()
            options["visibility"] = self.visibility_combo.currentData()
        if self.can_hand_off and self.hand_off_check.isChecked():
            options["hand_off"] = True
        return options

    def load(self, options: Mapping[str, Any], account_id: int | None) -> None:
        """Show stored options (the caller blocks the fields' signals)."""
        self.title_edit.setText(str(options.get("title", "")))
        self.subreddit_edit.setText(str(options.get("subreddit", "")))
        self.spoiler_edit.setText(str(options.get("spoiler_text", "")))
        index = self.visibility_combo.findData(options.get("visibility", "public"))
        self.visibility_combo.setCurrentIndex(max(0, index))
        self.hand_off_check.setChecked(self.can_hand_off and options.get("hand_off") is True)
        # In the order the panels were loaded before the split (YouTube first).
        for panel in (
            self.youtube,
            self.pinterest,
            self.instagram,
            self.facebook,
            self.google_business,
            self.reddit,
            self.tiktok,
            self.x,
            self.bluesky,
            self.mastodon,
            self.first_comment,
        ):
            if panel is not None:
                panel.load(dict(options))
        self.set_account(account_id)

    def set_locked(self, locked: bool) -> None:
        """Disable every option while the target's text is frozen."""
        for widget in (*self.fields(), *self._network_panels()):
            widget.setEnabled(not locked)

    def _on_option(self, *_args: object) -> None:
        self.changed.emit()

    def _on_hand_off(self, on: bool) -> None:
        self.changed.emit()
        self.hand_off_changed.emit(on)
