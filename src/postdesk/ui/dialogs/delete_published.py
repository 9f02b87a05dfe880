"""Deleting a published post: from Postdesk only, or from the network too — chosen, confirmed, reported.

"Delete from <network> too" goes through the engine's outbox (`Engine.delete_published`): the
request is committed first and sent when the network is reachable, so it survives being offline
or closing Postdesk. The dialog stays open to say how it went, in words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.core.entities import TargetState
from postdesk.core.networks import NETWORK_ORDER, display_name
from postdesk.core.waiting import TargetHoldInfo
from postdesk.platforms.capabilities import SupportsDelete, network_supports
from postdesk.store.repositories.holds import ActionOutcome, HoldsRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.composer.activity import describe_reason, is_problem_code
from postdesk.ui.engine_status import EngineStatus
from postdesk.ui.local_format import format_list


class DeleteCalls(Protocol):
    """What the dialog asks of the engine (`ui.engine_actions.EngineActions`)."""

    status: EngineStatus
    holds: HoldsRepository | None

    @property
    def disk(self) -> BackgroundRunner: ...

    def delete_published(
        self,
        target_id: int,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None: ...


def names(networks: Sequence[str]) -> str:
    """Network names in the product's order, joined as the language joins a list ("Bluesky and
    Mastodon", "A, B, and C", "A、B、C")."""
    return format_list([display_name(n) for n in NETWORK_ORDER if n.value in set(networks)])


class DeletePublishedDialog(QDialog):
    """Choose how far a published post is deleted, confirm, and see the result.

    Args:
        calls: the engine actions.
        targets: the post's targets (the published ones are offered for deletion).
        remove_copy: removes Postdesk's copy of the post (the caller's own delete, with its undo).
        parent: the parent widget.

    Attributes:
        local_only, network_too: the two choices.
        delete_button, keep_button: confirm, or keep the post.
        result_label: how it went.
    """

    def __init__(
        self,
        calls: DeleteCalls,
        targets: Sequence[TargetHoldInfo],
        remove_copy: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._calls = calls
        self._remove_copy = remove_copy
        self._published = [t for t in targets if t.state is TargetState.PUBLISHED]
        self._deletable = [t for t in self._published if network_supports(t.network, SupportsDelete)]
        self._actions: dict[int, str] = {}  # outbox action id -> network
        self._failed: dict[str, str] = {}
        self._asked = 0
        self.setObjectName("deletePublishedDialog")
        self.setWindowTitle(self.tr("Delete a published post"))
        self.setAccessibleName(self.tr("Delete a published post"))
        where = names([t.network for t in self._published])
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("This post is published on {where}. How far should it be deleted?").format(where=where), self
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.local_only = QRadioButton(
            self.tr("Remove from Postdesk only (it stays on {where})").format(where=where), self
        )
        self.local_only.setAccessibleName(self.tr("Remove from Postdesk only"))
        self.network_too = QRadioButton(
            self.tr("Delete from {networks} too").format(networks=names([t.network for t in self._deletable]) or where),
            self,
        )
        self.network_too.setAccessibleName(self.network_too.text())
        group = QButtonGroup(self)
        group.addButton(self.local_only)
        group.addButton(self.network_too)
        self.local_only.setChecked(True)
        layout.addWidget(self.local_only)
        layout.addWidget(self.network_too)
        kept = [t.network for t in self._published if t not in self._deletable]
        if "instagram" in kept:
            # The Instagram API with Instagram Login has no delete (platforms/instagram.py).
            instagram_note = QLabel(
                self.tr("Instagram doesn't let apps delete posts: delete it in the Instagram app."), self
            )
            instagram_note.setObjectName("instagramDeleteNote")
            instagram_note.setWordWrap(True)
            layout.addWidget(instagram_note)
            kept = [n for n in kept if n != "instagram"]
        if kept:
            note = QLabel(
                self.tr("Postdesk cannot delete posts on {kept}: delete it there yourself.").format(kept=names(kept)),
                self,
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        if not self._deletable:
            self.network_too.setEnabled(False)
        offline = QLabel(
            self.tr("Deleting from a network works offline too: it goes when the connection is back."), self
        )
        offline.setWordWrap(True)
        layout.addWidget(offline)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("deleteResult")
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("How the deletion went"))
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        layout.addWidget(self.result_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.keep_button = QPushButton(self.tr("&Keep it"), self)
        self.keep_button.setAccessibleName(self.tr("Keep the post and close"))
        self.keep_button.clicked.connect(self.reject)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete as chosen"))
        self.delete_button.clicked.connect(self.confirm)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        self.keep_button.setDefault(True)  # a stray Enter keeps the post
        calls.status.outbox_drained.connect(self._read_outcomes)
        calls.status.changed.connect(self._read_outcomes)

    def confirm(self) -> None:
        """Do what was chosen: remove Postdesk's copy, and queue the network deletions if asked."""
        self.delete_button.setEnabled(False)
        self.local_only.setEnabled(False)
        self.network_too.setEnabled(False)
        self.keep_button.setText(self.tr("&Close"))
        self.keep_button.setAccessibleName(self.tr("Close"))
        self.keep_button.clicked.disconnect()
        self.keep_button.clicked.connect(self.accept)
        self._remove_copy()
        if not self.network_too.isChecked():
            where = names([t.network for t in self._published])
            self._say(self.tr("Removed from Postdesk. It is still on {where}.").format(where=where))
            return
        self._say(
            self.tr("Removed from Postdesk. Deleting it from {networks}…").format(
                networks=names([t.network for t in self._deletable])
            )
        )
        self._asked = len(self._deletable)
        for target in self._deletable:
            self._ask(target)

    def _ask(self, target: TargetHoldInfo) -> None:
        network = target.network

        def queued(action_id: Any) -> None:
            self._queued(int(action_id), network)

        def refused(error: BaseException) -> None:
            self._refused(network, error)

        self._calls.delete_published(target.target_id, on_done=queued, on_error=refused)

    def _queued(self, action_id: int, network: str) -> None:
        self._actions[action_id] = network
        self._read_outcomes()

    def _refused(self, network: str, error: BaseException) -> None:
        self._failed[network] = str(error) or type(error).__name__
        self._show_outcomes([])

    def _read_outcomes(self) -> None:
        holds = self._calls.holds
        if not self._actions or holds is None:
            self._show_outcomes([])
            return
        ids = list(self._actions)
        self._calls.disk.submit(holds.outcomes, ids, on_done=self._show_outcomes, key=f"delete-outcomes-{id(self)}")

    def _show_outcomes(self, outcomes: list[ActionOutcome]) -> None:
        lines: list[str] = []
        for network, reason in self._failed.items():
            lines.append(
                self.tr("{network} could not be asked: {reason}").format(network=display_name(network), reason=reason)
            )
        seen = set()
        for outcome in outcomes:
            network = self._actions.get(outcome.action_id, "")
            seen.add(outcome.action_id)
            name = display_name(network)
            if outcome.done and not outcome.error:
                lines.append(self.tr("Deleted from {name}.").format(name=name))
            elif outcome.done and is_problem_code(outcome.error or ""):
                # Postdesk's own refusal: the outbox keeps its code (`engine.outbox.failure_words`).
                lines.append(
                    self.tr("Not deleted: {reason} It is still on {name}; delete it there.").format(
                        name=name, reason=describe_reason(outcome.error or "", None, network)
                    )
                )
            elif outcome.done:
                lines.append(
                    self.tr("{name} did not delete it: “{error}”. It is still on {name}; delete it there.").format(
                        name=name, error=outcome.error or ""
                    )
                )
            elif not self._calls.status.online:
                lines.append(
                    self.tr(
                        "Waiting for a connection: it will be deleted from {name} when Postdesk is back "
                        "online. You can close this window."
                    ).format(name=name)
                )
            else:
                lines.append(self.tr("Deleting it from {name}…").format(name=name))
        for action_id, network in self._actions.items():
            if action_id not in seen:
                lines.append(self.tr("Deleting it from {network}…").format(network=display_name(network)))
        if lines:
            self._say(self.tr("Removed from Postdesk.") + " " + " ".join(lines))

    def _say(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.show()

    def result_text(self) -> str:
        """What the dialog says about the result ("" before the user confirmed)."""
        return self.result_label.text()

    def done(self, result: int) -> None:
        try:
            self._calls.status.outbox_drained.disconnect(self._read_outcomes)
            self._calls.status.changed.disconnect(self._read_outcomes)
        except (RuntimeError, TypeError):
            pass
        super().done(result)
