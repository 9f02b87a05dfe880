"""The composer's TikTok options, built from the creator's own settings as TikTok requires.

TikTok audits every app that posts for creators against its content sharing guidelines
(https://developers.tiktok.com/doc/content-sharing-guidelines/) and the direct post reference
(content-posting-api-reference-direct-post: "Query creator information to render the UI elements to
be displayed on the Export page of your app"). So this panel:

- asks the engine for the creator info (`platforms.tiktok.TikTokAdapter.creator_info`, on the
  engine loop) as soon as a TikTok account is chosen, caches it per account, and shows whose
  account it posts to (nickname and @name);
- offers exactly the privacy levels TikTok returned, with no default (validation refuses the post
  until one is chosen);
- shows Allow comments / Duet / Stitch unchecked, and greyed out and off where the creator turned
  them off in TikTok;
- has the commercial content disclosure (off by default; "Your brand" and "Branded content", at
  least one when it is on; branded content cannot be "Only me"), with the label TikTok will add;
- says under it, in TikTok's words, what posting agrees to (Music Usage Confirmation, and the
  Branded Content Policy when branded content is on);
- says next to TikTok that an app TikTok has not audited posts privately only;
- for photo posts, a title and the "my media relay's address is verified with TikTok" tick
  (TikTok fetches photos only from verified domains).

Options written: see `core.tiktok_options` (the creator info snapshot goes under `CREATOR`, so
validation can check the privacy level and the video's length without asking TikTok).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.core import tiktok_options as topts
from postdesk.core.networks import Network
from postdesk.platforms.tiktok import CreatorInfoAdapter
from postdesk.ui.composer.engine_source import EngineAdapterSource, OnError, Submitter, Watcher


class CreatorSource(Protocol):
    """Where the panel gets a TikTok account's creator info; answers arrive on the UI thread."""

    def load_creator(
        self, account_id: int, *, refresh: bool, on_done: Callable[[topts.CreatorInfo], None], on_error: OnError
    ) -> None: ...


class EngineCreatorSource:
    """`CreatorSource` over the engine's own TikTok adapter, with a per-account cache.

    Args:
        submitter: runs coroutines on the engine loop (`ui.engine_host.EngineHost`).
        watcher: delivers their answers on the UI thread (`ui.background.BackgroundRunner`).
        adapter: the engine's adapter for a network, or None (`Engine.adapter`, called on the
            engine loop, where the adapter's HTTP client lives).
    """

    def __init__(self, submitter: Submitter, watcher: Watcher, adapter: Callable[[Network], Any]) -> None:
        self._engine = EngineAdapterSource(
            submitter,
            watcher,
            adapter,
            Network.TIKTOK,
            lambda a: isinstance(a, CreatorInfoAdapter),
            "TikTok",
        )
        self._cache: dict[int, topts.CreatorInfo] = {}

    def load_creator(
        self, account_id: int, *, refresh: bool, on_done: Callable[[topts.CreatorInfo], None], on_error: OnError
    ) -> None:
        if not refresh and account_id in self._cache:
            on_done(self._cache[account_id])
            return

        def keep(info: topts.CreatorInfo) -> None:
            self._cache[account_id] = info
            on_done(info)

        self._engine.run(f"tiktok-creator-{account_id}", keep, on_error, lambda a: a.creator_info(account_id))


class TikTokOptions(QWidget):
    """Privacy, interactions, commercial content disclosure and consent for a TikTok target.

    Signals:
        changed: the user changed an option (or the creator info arrived).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: CreatorSource | None = None
        self._account: int | None = None
        self._creator: topts.CreatorInfo | None = None
        self._wanted_privacy = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.audit_note = QLabel(
            self.tr(
                "TikTok keeps every post from an app it has not audited private (“Only me”), from a private "
                "account. Until your TikTok app passes TikTok's audit, choose “Only me”."
            ),
            self,
        )
        self.audit_note.setWordWrap(True)
        outer.addWidget(self.audit_note)
        self.creator_label = QLabel(self)
        self.creator_label.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Read the account's TikTok settings again"))
        self.refresh_button.clicked.connect(lambda: self._load(refresh=True))
        outer.addWidget(self.creator_label)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(form)

        self.privacy_combo = QComboBox(self)
        self.privacy_combo.setAccessibleName(self.tr("Who can see this TikTok post"))
        self.privacy_combo.setPlaceholderText(self.tr("Choose who can see it"))
        self.privacy_combo.currentIndexChanged.connect(self._on_privacy)
        form.addRow(self.tr("&Who can see it:"), self.privacy_combo)

        self.comment_check = QCheckBox(self.tr("Comment"), self)
        self.duet_check = QCheckBox(self.tr("Duet"), self)
        self.stitch_check = QCheckBox(self.tr("Stitch"), self)
        row = QVBoxLayout()
        for box in (self.comment_check, self.duet_check, self.stitch_check):
            box.toggled.connect(lambda _on: self.changed.emit())
            row.addWidget(box)
        form.addRow(self.tr("Allow users to:"), row)

        self.commercial_check = QCheckBox(self.tr("Disclose commercial content"), self)
        self.commercial_check.setToolTip(
            self.tr("Turn this on if this post promotes yourself, a brand, a product or a service.")
        )
        self.your_brand_check = QCheckBox(self.tr("Your brand — you are promoting yourself or your own business"), self)
        self.branded_check = QCheckBox(
            self.tr("Branded content — you are promoting another brand or a third party"), self
        )
        self.commercial_label = QLabel(self)
        self.commercial_label.setWordWrap(True)
        for box in (self.commercial_check, self.your_brand_check, self.branded_check):
            box.toggled.connect(self._on_commercial)
        form.addRow(self.commercial_check)
        form.addRow(self.your_brand_check)
        form.addRow(self.branded_check)
        form.addRow(self.commercial_label)

        self.aigc_check = QCheckBox(self.tr("AI-generated content"), self)
        self.aigc_check.toggled.connect(lambda _on: self.changed.emit())
        form.addRow(self.aigc_check)
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title of the photo post"))
        self.title_edit.setPlaceholderText(self.tr("Photo posts: a title of up to 90 characters (optional)"))
        self.title_edit.setMaxLength(topts.PHOTO_TITLE_LIMIT)
        self.title_edit.textChanged.connect(lambda _t: self.changed.emit())
        form.addRow(self.tr("Photo &title:"), self.title_edit)
        self.relay_check = QCheckBox(self.tr("My media relay's address is verified with TikTok"), self)
        self.relay_check.setToolTip(
            self.tr(
                "Photo posts need it: TikTok fetches photos only from addresses your "
                "TikTok app verified (URL properties in the developer portal)."
            )
        )
        self.relay_check.toggled.connect(lambda _on: self.changed.emit())
        form.addRow(self.relay_check)

        self.consent_label = QLabel(self)
        self.consent_label.setWordWrap(True)
        outer.addWidget(self.consent_label)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        outer.addWidget(self.status_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        outer.addLayout(row)
        self._show_creator(None)
        self._on_commercial()

    # -- wiring ----------------------------------------------------------------------------------

    def set_source(self, source: CreatorSource | None) -> None:
        """Where the creator info comes from (the app passes an `EngineCreatorSource`)."""
        self._source = source
        self._load(refresh=False)

    def set_account(self, account_id: int | None) -> None:
        """The target's account changed: read its creator info."""
        if account_id == self._account:
            return
        if self._account is not None:  # another account: the shown settings are not its own
            self._creator = None
        self._account = account_id
        self._show_creator(self._creator)
        self._load(refresh=False)

    def creator(self) -> topts.CreatorInfo | None:
        """The creator info shown, or None before it arrived."""
        return self._creator

    def _load(self, *, refresh: bool) -> None:
        self.refresh_button.setEnabled(self._source is not None and self._account is not None)
        if self._source is None or self._account is None:
            return
        self._say(self.tr("Reading the account's settings from TikTok…"))
        account = self._account
        self._source.load_creator(
            account, refresh=refresh, on_done=lambda info: self._arrived(account, info), on_error=self._failed
        )

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _failed(self, error: BaseException) -> None:
        self._say(
            self.tr(
                "TikTok did not give this account's settings: {reason}. Posting waits until it does; "
                "try Refresh in a moment."
            ).format(reason=str(error) or type(error).__name__)
        )

    def _arrived(self, account: int, info: topts.CreatorInfo) -> None:
        if account != self._account:
            return  # the account changed meanwhile
        self._say("")
        self._creator = info
        self._show_creator(info)
        self.changed.emit()

    # -- showing the creator's settings ----------------------------------------------------------

    def _show_creator(self, info: topts.CreatorInfo | None) -> None:
        if info is None:
            self.creator_label.setText(self.tr("Choose a TikTok account: its own settings decide the choices below."))
        else:
            self.creator_label.setText(
                self.tr("Posting to {nickname} (@{username}) on TikTok").format(
                    nickname=info.nickname or info.username, username=info.username
                )
            )
        with QSignalBlocker(self.privacy_combo):
            self.privacy_combo.clear()
            for level in info.privacy_options if info else ():
                self.privacy_combo.addItem(self._privacy_words(level), level)
            self.privacy_combo.setCurrentIndex(
                self.privacy_combo.findData(self._wanted_privacy) if self._wanted_privacy else -1
            )
        self.privacy_combo.setEnabled(info is not None)
        for box, disabled in (
            (self.comment_check, info.comment_disabled if info else True),
            (self.duet_check, info.duet_disabled if info else True),
            (self.stitch_check, info.stitch_disabled if info else True),
        ):
            if disabled and info is not None:
                with QSignalBlocker(box):
                    box.setChecked(False)
            box.setEnabled(not disabled)
            box.setToolTip(self.tr("Turned off in this account's TikTok settings") if disabled and info else "")
        self._on_commercial(emit=False)

    def _privacy_words(self, level: str) -> str:
        words = {
            "PUBLIC_TO_EVERYONE": self.tr("Everyone"),
            "MUTUAL_FOLLOW_FRIENDS": self.tr("Friends"),
            "FOLLOWER_OF_CREATOR": self.tr("Followers"),
            "SELF_ONLY": self.tr("Only me"),
        }
        return words.get(level, level)

    def _on_privacy(self, _index: int) -> None:
        self._wanted_privacy = str(self.privacy_combo.currentData() or "")
        self._on_commercial(emit=False)
        self.changed.emit()

    def _on_commercial(self, _on: bool = False, *, emit: bool = True) -> None:
        commercial = self.commercial_check.isChecked()
        for box in (self.your_brand_check, self.branded_check):
            box.setVisible(commercial)
        branded = commercial and self.branded_check.isChecked()
        own = commercial and self.your_brand_check.isChecked()
        # Branded content cannot be private: "Only me" is greyed out while it is on.
        private = self.privacy_combo.findData(topts.PRIVATE)
        item = self.privacy_combo.model().item(private) if private >= 0 else None  # type: ignore[attr-defined]
        if item is not None:
            item.setEnabled(not branded)
            item.setToolTip(self.tr("Branded content cannot be private") if branded else "")
        if branded:
            label = self.tr("Your post will be labeled “Paid partnership”.")
        elif own:
            label = self.tr("Your post will be labeled “Promotional content”.")
        elif commercial:
            label = self.tr("Choose whether you promote your own brand, another brand, or both.")
        else:
            label = ""
        self.commercial_label.setText(label)
        self.commercial_label.setVisible(bool(label))
        if branded:
            self.consent_label.setText(
                self.tr("By posting, you agree to TikTok's Branded Content Policy and Music Usage Confirmation.")
            )
        else:
            self.consent_label.setText(self.tr("By posting, you agree to TikTok's Music Usage Confirmation."))
        if emit:
            self.changed.emit()

    # -- options ---------------------------------------------------------------------------------

    def options(self) -> dict[str, Any]:
        """The TikTok options as the target stores them."""
        options: dict[str, Any] = {
            "allow_comment": self.comment_check.isChecked(),
            "allow_duet": self.duet_check.isChecked(),
            "allow_stitch": self.stitch_check.isChecked(),
            "is_aigc": self.aigc_check.isChecked(),
            "relay_verified": self.relay_check.isChecked(),
        }
        if self._wanted_privacy:
            options["privacy_level"] = self._wanted_privacy
        if self.commercial_check.isChecked():
            options.update(
                commercial=True,
                your_brand=self.your_brand_check.isChecked(),
                branded_content=self.branded_check.isChecked(),
            )
        if self.title_edit.text().strip():
            options["title"] = self.title_edit.text().strip()
        if self._creator is not None:
            options[topts.CREATOR] = self._creator.snapshot()
        return options

    def load(self, options: Mapping[str, Any]) -> None:
        """Show stored options (no `changed`); a stored creator snapshot shows until a fresh one comes."""
        boxes = (
            self.comment_check,
            self.duet_check,
            self.stitch_check,
            self.commercial_check,
            self.your_brand_check,
            self.branded_check,
            self.aigc_check,
            self.relay_check,
        )
        blockers = [QSignalBlocker(w) for w in (self, self.privacy_combo, self.title_edit, *boxes)]
        self._wanted_privacy = str(options.get("privacy_level") or "")
        for box, key in zip(
            boxes,
            (
                "allow_comment",
                "allow_duet",
                "allow_stitch",
                "commercial",
                "your_brand",
                "branded_content",
                "is_aigc",
                "relay_verified",
            ),
            strict=True,
        ):
            box.setChecked(options.get(key) is True)
        self.title_edit.setText(str(options.get("title") or ""))
        stored = topts.creator_of(options)
        if self._creator is None and stored is not None:
            self._creator = stored
        self._show_creator(self._creator)
        del blockers
