"""The composer's Reddit options: the subreddit chosen from the account's subscriptions (or typed),
its flair, NSFW, spoiler and an optional link; and the subreddit's own rules for validation.

The subscriptions and each subreddit's rules (`/about`, `post_requirements`, link flairs) come from
the engine (`platforms.reddit.RedditAdapter.subscriptions` / `subreddit_rules`, run on the engine
loop) through a `SubredditSource`, cached per account and subreddit. The rules are kept in the
target's options as a snapshot (`core.reddit_posts.RULES_KEY`), the way TikTok's creator info is,
so `core.validation` refuses before scheduling what the subreddit would refuse (required flair,
title lengths, allowed post kinds, domains ...); the adapter reads them afresh before it submits.

The post's kind follows from its content: media make an image, video or gallery post, a link (or a
text that is one address alone) a link post, anything else a text post.

Options written: `flair_id`, `flair_text` (the flair's text, for the preview), `nsfw`, `spoiler`,
`link`, `reddit_rules`. The subreddit itself stays in the panel's own field (`subreddit`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from postdesk.core import reddit_posts
from postdesk.core.networks import Network
from postdesk.platforms.reddit import SubredditsAdapter, clean_subreddit
from postdesk.ui.composer.engine_source import EngineAdapterSource, OnError, Submitter, Watcher


class SubredditSource(Protocol):
    """Where the pickers get subscriptions and rules; answers arrive on the UI thread."""

    def load_subscriptions(
        self, account_id: int, *, on_done: Callable[[list[str]], None], on_error: OnError
    ) -> None: ...

    def load_rules(
        self,
        account_id: int,
        subreddit: str,
        *,
        on_done: Callable[[reddit_posts.SubredditRules], None],
        on_error: OnError,
    ) -> None: ...


class EngineSubredditSource:
    """`SubredditSource` over the engine's own Reddit adapter (which caches for an hour itself).

    Args:
        submitter: runs coroutines on the engine loop.
        watcher: delivers their answers on the UI thread.
        adapter: the engine's adapter for a network, or None (`Engine.adapter`).
    """

    def __init__(self, submitter: Submitter, watcher: Watcher, adapter: Callable[[Network], Any]) -> None:
        self._engine = EngineAdapterSource(
            submitter, watcher, adapter, Network.REDDIT, lambda a: isinstance(a, SubredditsAdapter), "Reddit"
        )

    def load_subscriptions(self, account_id: int, *, on_done: Callable[[list[str]], None], on_error: OnError) -> None:
        self._engine.run(f"reddit-subs-{account_id}", on_done, on_error, lambda a: a.subscriptions(account_id))

    def load_rules(
        self,
        account_id: int,
        subreddit: str,
        *,
        on_done: Callable[[reddit_posts.SubredditRules], None],
        on_error: OnError,
    ) -> None:
        self._engine.run(
            f"reddit-rules-{account_id}", on_done, on_error, lambda a: a.subreddit_rules(account_id, subreddit)
        )


class RedditOptions(QWidget):
    """Subscriptions picker, flair, NSFW, spoiler and link for a Reddit target.

    Signals:
        changed: the user changed an option (or the subreddit's rules arrived).
        subreddit_chosen: a subreddit was picked from the subscriptions (the panel's field shows it).
    """

    changed = Signal()
    subreddit_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: SubredditSource | None = None
        self._account: int | None = None
        self._subreddit = ""
        self._rules: reddit_posts.SubredditRules | None = None
        self._wanted_flair = ""
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.subscriptions_combo = QComboBox(self)
        self.subscriptions_combo.setAccessibleName(self.tr("Your subreddits"))
        self.subscriptions_combo.setPlaceholderText(self.tr("Pick one of your subreddits"))
        self.subscriptions_combo.activated.connect(self._on_pick)
        form.addRow(self._label(self.tr("Yo&ur subreddits:"), self.subscriptions_combo), self.subscriptions_combo)

        self.flair_combo = QComboBox(self)
        self.flair_combo.setAccessibleName(self.tr("Post flair"))
        self.flair_combo.addItem(self.tr("No flair"), "")
        self.flair_combo.currentIndexChanged.connect(lambda _: self.changed.emit())
        form.addRow(self._label(self.tr("&Flair:"), self.flair_combo), self.flair_combo)

        self.nsfw_check = QCheckBox(self.tr("&NSFW (not safe for work)"), self)
        self.spoiler_check = QCheckBox(self.tr("S&poiler"), self)
        for box in (self.nsfw_check, self.spoiler_check):
            box.toggled.connect(lambda _: self.changed.emit())
        row = QHBoxLayout()
        row.addWidget(self.nsfw_check)
        row.addWidget(self.spoiler_check)
        row.addStretch(1)
        form.addRow(self._label(self.tr("Marks:"), self.nsfw_check), row)

        self.link_edit = QLineEdit(self)
        self.link_edit.setAccessibleName(self.tr("Link to post"))
        self.link_edit.setPlaceholderText(self.tr("https://… makes a link post (optional)"))
        self.link_edit.textChanged.connect(lambda _: self.changed.emit())
        form.addRow(self.tr("Lin&k:"), self.link_edit)

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        form.addRow(self.status_label)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # -- wiring ----------------------------------------------------------------------------------

    def set_source(self, source: SubredditSource | None) -> None:
        """Where subscriptions and rules come from (the app passes an `EngineSubredditSource`)."""
        self._source = source
        self._load_subscriptions()
        self._load_rules()

    def set_account(self, account_id: int | None) -> None:
        """The target's account changed: show its subscriptions."""
        if account_id == self._account:
            return
        self._account = account_id
        self._load_subscriptions()
        self._load_rules()

    def set_subreddit(self, name: str) -> None:
        """The subreddit typed or chosen in the panel's field: read its rules and flairs."""
        clean = clean_subreddit(name)
        if clean.lower() == self._subreddit.lower():
            return
        self._subreddit = clean
        self._load_rules()

    # -- options ---------------------------------------------------------------------------------

    def options(self) -> dict[str, Any]:
        """The Reddit options as the target stores them (nothing for the defaults)."""
        options: dict[str, Any] = {}
        flair = self.flair_combo.currentData() or self._wanted_flair
        if flair:
            options["flair_id"] = str(flair)
            text = self.flair_combo.currentText() if self.flair_combo.currentData() else ""
            if text:
                options["flair_text"] = text
        if self.nsfw_check.isChecked():
            options["nsfw"] = True
        if self.spoiler_check.isChecked():
            options["spoiler"] = True
        if self.link_edit.text().strip():
            options["link"] = self.link_edit.text().strip()
        if self._rules is not None and self._rules.name.lower() == self._subreddit.lower():
            options[reddit_posts.RULES_KEY] = reddit_posts.rules_to_json(self._rules)
        return options

    def load(self, options: Mapping[str, Any]) -> None:
        """Show stored options (no `changed`)."""
        blockers = [
            QSignalBlocker(w) for w in (self, self.flair_combo, self.nsfw_check, self.spoiler_check, self.link_edit)
        ]
        self._wanted_flair = str(options.get("flair_id") or "")
        self.nsfw_check.setChecked(bool(options.get("nsfw")))
        self.spoiler_check.setChecked(bool(options.get("spoiler")))
        self.link_edit.setText(str(options.get("link") or ""))
        self._subreddit = clean_subreddit(options.get("subreddit"))
        self._rules = reddit_posts.rules_from_json(options.get(reddit_posts.RULES_KEY))
        self._show_flairs(options.get("flair_text"))
        del blockers

    # -- loading -----------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _failed(self, error: BaseException) -> None:
        self._say(
            self.tr(
                "Reddit did not answer: {reason}. The subreddit's rules are checked again when the post goes out."
            ).format(reason=str(error) or type(error).__name__)
        )

    def _load_subscriptions(self) -> None:
        if self._source is None or self._account is None:
            return
        account = self._account

        def show(names: list[str]) -> None:
            if account != self._account:
                return
            with QSignalBlocker(self.subscriptions_combo):
                self.subscriptions_combo.clear()
                for name in names:
                    self.subscriptions_combo.addItem(f"r/{name}", name)
                self.subscriptions_combo.setCurrentIndex(-1)

        self._source.load_subscriptions(account, on_done=show, on_error=self._failed)

    def _on_pick(self, index: int) -> None:
        name = self.subscriptions_combo.itemData(index)
        if name:
            self.subreddit_chosen.emit(str(name))

    def _load_rules(self) -> None:
        if self._source is None or self._account is None or not self._subreddit:
            return
        account, wanted = self._account, self._subreddit
        self._say(self.tr("Reading the rules of r/{name}…").format(name=wanted))

        def show(rules: reddit_posts.SubredditRules) -> None:
            if account != self._account or wanted.lower() != self._subreddit.lower():
                return
            self._rules = rules
            self._say("")
            self._show_flairs(None)
            self.changed.emit()

        self._source.load_rules(account, wanted, on_done=show, on_error=self._failed)

    def _show_flairs(self, stored_text: object) -> None:
        current = self.flair_combo.currentData() or self._wanted_flair
        with QSignalBlocker(self.flair_combo):
            self.flair_combo.clear()
            self.flair_combo.addItem(self.tr("No flair"), "")
            for flair_id, text in self._rules.flairs if self._rules is not None else ():
                self.flair_combo.addItem(text or flair_id, flair_id)
            if current:
                index = self.flair_combo.findData(current)
                if index < 0:  # a flair the list does not show (rules not read yet): keep it
                    self.flair_combo.addItem(str(stored_text or current), current)
                    index = self.flair_combo.count() - 1
                self.flair_combo.setCurrentIndex(index)
        self._wanted_flair = ""
