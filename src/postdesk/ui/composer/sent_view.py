"""What was sent: the read-only record of a post's targets that left `scheduled`.

Once a target falls due (or is handed to the network's own scheduler), what it sends is frozen
(`store.snapshots`): editing the post no longer changes it. The composer then shows that target
read-only, and this section shows exactly what went (or is going) out — its text parts, media
with their alt texts, and its true state — with "Duplicate as a new post" to start over from it,
and, for a published post on a network that allows it (Mastodon), "Edit on Mastodon…"
(`ui.composer.edit_published`).
`post_state_summary` words a post's true state for the schedule row, so a published post never
reads as a draft.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from postdesk.core.entities import TargetState
from postdesk.core.networks import NETWORK_ORDER, Network
from postdesk.core.states import FROZEN
from postdesk.ui.composer.activity import describe_target
from postdesk.ui.composer.card_styles import style_for
from postdesk.ui.composer.edit_published import EDITABLE_NETWORKS, EditCalls, EditPublishedDialog
from postdesk.ui.composer.first_comment_sent import CommentCalls, SentComments
from postdesk.ui.composer.service_types import TargetActivity
from postdesk.ui.insights.models import metrics_line
from postdesk.ui.local_format import format_list

S = TargetState


class SentCalls(EditCalls, CommentCalls, Protocol):
    """The engine calls the section makes: edit a published post, comment under it."""


def is_frozen(target: TargetActivity) -> bool:
    """Whether what this target sends is fixed (it left `scheduled`, or was handed off)."""
    state = TargetState(target.state)
    return state in FROZEN or (state is S.SCHEDULED and target.handed_off)


def frozen_networks(targets: Iterable[TargetActivity]) -> set[Network]:
    """The networks of the frozen targets."""
    return {Network(t.network) for t in targets if is_frozen(t)}


def _account_of(target: TargetActivity) -> int:
    account = target.sent.account_id if target.sent is not None else target.account_id
    return -1 if account is None else account


def _names(networks: Iterable[Network]) -> str:
    ordered = [n for n in NETWORK_ORDER if n in set(networks)]
    return format_list([style_for(n).name for n in ordered])


def post_state_summary(states: Mapping[Network, TargetState], handed_off: Iterable[Network] = ()) -> str:
    """The post's true state in one or two sentences, or "" while it is only the user's.

    Args:
        states: each chosen network's stored state.
        handed_off: networks whose own scheduler holds the post.

    Returns:
        A sentence per group ("Published on Bluesky, Mastodon." ...), or "" when every target
        is a draft or scheduled (the schedule row then says when).
    """
    held = set(handed_off)
    groups: list[tuple[str, set[Network]]] = [
        (
            QCoreApplication.translate("ComposerSent", "Published on {networks}."),
            {n for n, s in states.items() if s is S.PUBLISHED},
        ),
        (
            QCoreApplication.translate("ComposerSent", "Being published on {networks} now."),
            {n for n, s in states.items() if s in (S.DUE, S.PUBLISHING)},
        ),
        (
            QCoreApplication.translate("ComposerSent", "Postdesk is checking whether it went out on {networks}."),
            {n for n, s in states.items() if s is S.UNKNOWN},
        ),
        (
            QCoreApplication.translate("ComposerSent", "Will be tried again on {networks}, exactly as sent."),
            {n for n, s in states.items() if s is S.FAILED_RETRYABLE},
        ),
        (
            QCoreApplication.translate("ComposerSent", "Failed on {networks}; you can fix it and try again."),
            {n for n, s in states.items() if s is S.FAILED},
        ),
        (
            QCoreApplication.translate("ComposerSent", "Paused on {networks}."),
            {n for n, s in states.items() if s is S.PAUSED},
        ),
        (
            QCoreApplication.translate("ComposerSent", "Cancelled on {networks}."),
            {n for n, s in states.items() if s is S.CANCELLED},
        ),
        (
            QCoreApplication.translate("ComposerSent", "Handed to the own scheduler of {networks}."),
            {n for n, s in states.items() if s is S.SCHEDULED and n in held},
        ),
    ]
    return " ".join(text.format(networks=_names(nets)) for text, nets in groups if nets)


def describe_sent(target: TargetActivity, account_label: str = "") -> str:
    """The frozen content of one target in plain words (text parts, then each medium)."""
    sent = target.sent
    if sent is None:
        return ""
    lines: list[str] = []
    head = style_for(target.network).name
    if account_label:
        as_account = QCoreApplication.translate("ComposerSent", "{network} as {account}")
        head = as_account.format(network=head, account=account_label)
    lines.append(head + ":")
    count = len(sent.parts)
    part_of = QCoreApplication.translate("ComposerSent", "Part {n} of {count}: ")
    for index, part in enumerate(sent.parts):
        prefix = part_of.format(n=index + 1, count=count) if count > 1 else ""
        lines.append("  " + prefix + part)
    described = QCoreApplication.translate("ComposerSent", "Attached {name}, described as “{alt}”")
    undescribed = QCoreApplication.translate("ComposerSent", "Attached {name}, without a description")
    for medium in sent.media:
        name = medium.name or QCoreApplication.translate("ComposerSent", "an image")
        line = described.format(name=name, alt=medium.alt_text) if medium.alt_text else undescribed.format(name=name)
        lines.append("  " + line)
    if sent.edited_at is not None:
        edited = QCoreApplication.translate("ComposerSent", "Edited on {network}: this is what it says there now.")
        lines.append("  " + edited.format(network=style_for(Network(target.network)).name))
    return "\n".join(lines)


class SentSection(QFrame):
    """The record of what was sent, read-only, with "Duplicate as a new post".

    Attributes:
        states_label: each frozen target's true state (rich text; a published one links).
        content_label: exactly what each frozen target sends or sent.
        duplicate_button: starts a new draft copied from this post.
        edit_buttons: "Edit on <network>…" per published target that network lets be edited.
        dialog: the open edit dialog, if any.

    Signals:
        changed: an edit reached the engine (the record should be read again).
        duplicate_requested: the user asked for a copy to edit.
        link_activated: a link to a published post was clicked (the url).
    """

    duplicate_requested = Signal()
    link_activated = Signal(str)
    changed = Signal()

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._calls: EditCalls | None = None
        self._editable: dict[int, tuple[TargetActivity, int | None]] = {}
        self.edit_buttons: dict[int, QPushButton] = {}
        self.dialog: EditPublishedDialog | None = None
        self.setObjectName("composerSentSection")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("What was sent"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        top = QHBoxLayout()
        heading = QLabel(self.tr("What was sent (it can no longer change here)"), self)
        heading.setStyleSheet("QLabel { font-weight: 600; }")
        heading.setWordWrap(True)
        self.duplicate_button = QPushButton(self.tr("&Duplicate as a new post"), self)
        self.duplicate_button.setAccessibleName(self.tr("Start a new draft copied from this post"))
        self.duplicate_button.clicked.connect(self.duplicate_requested)
        top.addWidget(heading, 1)
        top.addWidget(self.duplicate_button)
        layout.addLayout(top)
        self.states_label = QLabel(self)
        self.states_label.setWordWrap(True)
        self.states_label.setTextFormat(Qt.TextFormat.RichText)
        self.states_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.states_label.setOpenExternalLinks(False)
        self.states_label.linkActivated.connect(self.link_activated)
        self.states_label.setAccessibleName(self.tr("Where each network stands"))
        self.content_label = QLabel(self)
        self.content_label.setWordWrap(True)
        self.content_label.setTextFormat(Qt.TextFormat.PlainText)
        self.content_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.content_label.setAccessibleName(self.tr("The text and media that were sent"))
        self.metrics_label = QLabel(self)
        self.metrics_label.setWordWrap(True)
        self.metrics_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.metrics_label.setAccessibleName(self.tr("How the published post is doing"))
        self.metrics_label.hide()
        layout.addWidget(self.states_label)
        layout.addWidget(self.metrics_label)
        layout.addWidget(self.content_label)
        self._edit_row = QHBoxLayout()
        self._edit_row.addStretch(1)
        layout.addLayout(self._edit_row)
        self.comments = SentComments(self)  # "Comment on <network>…" under a published post (issue 13.4)
        self.comments.changed.connect(self.changed)
        layout.addWidget(self.comments)
        self.hide()

    def set_calls(self, calls: SentCalls | None) -> None:
        """Reach the engine for "Edit on <network>…" and "Comment on <network>…" (without, disabled)."""
        self._calls = calls
        self.comments.set_calls(calls)
        for button in self.edit_buttons.values():
            button.setEnabled(calls is not None)

    def edit(self, target_id: int) -> None:
        """Open the editor for one published target (what "Edit on <network>…" does)."""
        found = self._editable.get(target_id)
        if found is None or self._calls is None:
            return
        target, limit = found
        assert target.sent is not None
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = EditPublishedDialog(
            self._calls, target_id, target.network, target.sent.parts, target.sent.options, limit, self
        )
        self.dialog.edited.connect(self.changed)
        self.dialog.open()

    def _set_edit_buttons(self, frozen: Sequence[TargetActivity], limits: Mapping[int, int | None]) -> None:
        self._editable = {
            t.sent.target_id: (t, limits.get(_account_of(t)))
            for t in frozen
            if t.sent is not None and TargetState(t.state) is S.PUBLISHED and Network(t.network) in EDITABLE_NETWORKS
        }
        for target_id in [i for i in self.edit_buttons if i not in self._editable]:
            button = self.edit_buttons.pop(target_id)
            self._edit_row.removeWidget(button)
            button.deleteLater()
        for target_id, (target, _limit) in self._editable.items():
            if target_id in self.edit_buttons:
                continue
            name = style_for(Network(target.network)).name
            button = QPushButton(self.tr("Edit on {network}…").format(network=name), self)
            button.setAccessibleName(self.tr("Change the published post on {network} itself").format(network=name))
            button.setEnabled(self._calls is not None)
            button.clicked.connect(lambda _=False, i=target_id: self.edit(i))
            self._edit_row.insertWidget(self._edit_row.count() - 1, button)
            self.edit_buttons[target_id] = button

    def set_zone(self, zone: str) -> None:
        """Show times in another zone (from the next update)."""
        self._zone = zone

    def set_targets(
        self,
        targets: Sequence[TargetActivity],
        accounts: Mapping[int, str] | None = None,
        limits: Mapping[int, int | None] | None = None,
    ) -> None:
        """Show the frozen targets among `targets` (hidden when there are none).

        `limits`: each account's own text limit (a Mastodon server's), for the edit dialog.
        """
        frozen = [t for t in targets if is_frozen(t)]
        frozen.sort(key=lambda t: NETWORK_ORDER.index(Network(t.network)))
        labels = accounts or {}
        self.states_label.setText("<br>".join(describe_target(t, self._zone) for t in frozen))
        self.content_label.setText(
            "\n\n".join(text for text in (describe_sent(t, labels.get(_account_of(t), "")) for t in frozen) if text)
        )
        self.content_label.setVisible(bool(self.content_label.text()))
        # Insights' newest counts, one line per published network ("Bluesky: 12 likes · 3 reposts").
        lines = [f"{style_for(t.network).name}: {line}" for t in frozen if (line := metrics_line(t.metrics))]
        self.metrics_label.setText("\n".join(lines))
        self.metrics_label.setVisible(bool(lines))
        self._set_edit_buttons(frozen, limits or {})
        self.comments.set_targets(frozen)
        self.setVisible(bool(frozen))
