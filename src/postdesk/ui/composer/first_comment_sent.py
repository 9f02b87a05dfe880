"""Comment under a published post: "Comment on <network>…" in the record of what was sent.

For a post already out (its first comment failed, or the creator has more to say), the
comment goes through the engine's outbox (`Engine.comment`, via `ui.engine_actions`): it is
queued at once and sent when the network is reachable, offline included, and never twice. The
field and its counter are the first comment's own (`FirstCommentPart`, the network's comment
limit from `core.rules.extras`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from postdesk.core.entities import TargetState
from postdesk.core.networks import Network
from postdesk.core.post_extras import comment_measure
from postdesk.ui.composer.card_styles import style_for
from postdesk.ui.composer.first_comment_part import FirstCommentPart, has_first_comment
from postdesk.ui.composer.service_types import TargetActivity


class CommentCalls(Protocol):
    """The engine call the dialog makes (`ui.engine_actions.EngineActions.comment`)."""

    def comment(
        self,
        target_id: int,
        text: str,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None: ...


class CommentDialog(QDialog):
    """Write a comment and post it under one published target.

    Attributes:
        comment: the text field with its counter.
        post_button, cancel_button: the actions.
        result_label: what happened.

    Signals:
        commented(): the engine took the comment.
    """

    commented = Signal()

    def __init__(self, calls: CommentCalls, target_id: int, network: Network, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._calls = calls
        self._target_id = target_id
        self._network = network
        self._busy = False
        name = style_for(network).name
        self.setObjectName("commentDialog")
        self.setWindowTitle(self.tr("Comment on {network}").format(network=name))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Posts a comment under your published post on {network}. If Postdesk can't reach {network} now, "
                "it goes out as soon as it can, once."
            ).format(network=name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.comment = FirstCommentPart(network, name, self)
        self.comment.edit.setPlaceholderText(self.tr("Your comment"))
        self.comment.edit.setAccessibleName(self.tr("Comment under the {network} post").format(network=name))
        self.comment.changed.connect(self._check)
        layout.addWidget(self.comment)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("What happened to the comment"))
        self.result_label.hide()
        layout.addWidget(self.result_label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.post_button = QPushButton(self.tr("&Post comment"), self)
        self.post_button.setAccessibleName(self.tr("Post the comment on {network}").format(network=name))
        self.post_button.setDefault(True)
        self.post_button.clicked.connect(self.post)
        row.addWidget(self.cancel_button)
        row.addWidget(self.post_button)
        layout.addLayout(row)
        self.comment.edit.setFocus()
        self._check()

    def _fits(self) -> bool:
        text = self.comment.text().strip()
        measured = comment_measure(self._network, text)
        return bool(text) and measured is not None and measured.fits

    def _check(self) -> None:
        self.post_button.setEnabled(self._fits() and not self._busy)

    def post(self) -> None:
        """Hand the comment to the engine (the answer comes back in `_on_done`)."""
        if not self._fits() or self._busy:
            return
        self._busy = True
        self.comment.set_locked(True)
        self._check()
        self._calls.comment(
            self._target_id, self.comment.text().strip(), on_done=self._on_done, on_error=self._on_error
        )

    def _on_done(self, _action_id: Any) -> None:
        name = style_for(self._network).name
        self._say(self.tr("The comment is on its way to {network}.").format(network=name))
        self.post_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.commented.emit()

    def _on_error(self, _error: BaseException) -> None:
        name = style_for(self._network).name
        self._say(
            self.tr("Postdesk could not queue the comment for {network}. Try again in a moment.").format(network=name)
        )
        self._busy = False
        self.comment.set_locked(False)
        self._check()

    def _say(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.show()


class SentComments(QWidget):
    """ "Comment on <network>…" for each published target whose network takes comments.

    Attributes:
        buttons: the buttons by target id.
        dialog: the open dialog, if any.

    Signals:
        changed(): a comment reached the engine (the record may be read again).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._calls: CommentCalls | None = None
        self._networks: dict[int, Network] = {}
        self.buttons: dict[int, QPushButton] = {}
        self.dialog: CommentDialog | None = None
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addStretch(1)
        self.hide()

    def set_calls(self, calls: CommentCalls | None) -> None:
        """Reach the engine (without, the buttons stay disabled)."""
        self._calls = calls
        for button in self.buttons.values():
            button.setEnabled(calls is not None)

    def set_targets(self, frozen: Sequence[TargetActivity]) -> None:
        """Offer a comment under each published target that can take one."""
        self._networks = {
            t.sent.target_id: Network(t.network)
            for t in frozen
            if t.sent is not None
            and TargetState(t.state) is TargetState.PUBLISHED
            and has_first_comment(Network(t.network))
        }
        for target_id in [i for i in self.buttons if i not in self._networks]:
            button = self.buttons.pop(target_id)
            self._row.removeWidget(button)
            button.deleteLater()
        for target_id, network in self._networks.items():
            if target_id in self.buttons:
                continue
            name = style_for(network).name
            button = QPushButton(self.tr("Comment on {network}…").format(network=name), self)
            button.setAccessibleName(
                self.tr("Post a comment under the published post on {network}").format(network=name)
            )
            button.setEnabled(self._calls is not None)
            button.clicked.connect(lambda _=False, i=target_id: self.open_dialog(i))
            self._row.insertWidget(self._row.count() - 1, button)
            self.buttons[target_id] = button
        self.setVisible(bool(self.buttons))

    def open_dialog(self, target_id: int) -> None:
        """Open the comment dialog for one published target."""
        network = self._networks.get(target_id)
        if network is None or self._calls is None:
            return
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = CommentDialog(self._calls, target_id, network, self)
        self.dialog.commented.connect(self.changed)
        self.dialog.open()
