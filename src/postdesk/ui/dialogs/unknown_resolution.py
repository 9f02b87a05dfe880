"""A post whose answer was lost: say so plainly, link to where to look, and let the user decide.

Postdesk never resends an `unknown` post on its own (it could post twice). Where the network can
be asked, the engine looks it up; where it cannot (Telegram has no lookup), this dialog is the
answer: "It's there" (optionally with its link, kept as the post's link and id) or "Send it again"
(`Engine.resolve_unknown`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from postdesk.core.networks import display_name
from postdesk.core.remote_links import looks_like_link, profile_url, remote_id_from_url
from postdesk.core.waiting import TargetHoldInfo
from postdesk.platforms.capabilities import SupportsLookup, network_supports
from postdesk.store.repositories.holds import AccountPlace


class ResolveCalls(Protocol):
    """What the dialog asks of the engine (`ui.engine_actions.EngineActions`)."""

    def resolve_unknown(
        self,
        target_id: int,
        published: bool,
        remote_url: str | None = None,
        remote_id: str | None = None,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None: ...


def cannot_look_up_note(network: str) -> str:
    """The sentence next to a network that cannot look a post up ("" where it can)."""
    if network_supports(network, SupportsLookup):
        return ""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "UnknownResolutionDialog",
        "{network} cannot look a post up: if its answer is ever lost, Postdesk asks you whether the post is there.",
    ).format(network=display_name(network))


class UnknownResolutionDialog(QDialog):
    """Ask the user whether a post whose answer was lost is on the network.

    Args:
        calls: the engine actions.
        target: the unknown target.
        place: its account's profile details (for the "look here" link), if known.
        parent: the parent widget.

    Attributes:
        look_button: opens the account's profile on the network.
        link_edit: the post's link, if the user found it.
        there_button, again_button, later_button: the three answers.
        result_label: what happened.

    Signals:
        link_activated: (url) the user wants to look on the network.
        resolved: (target id) the engine took the answer.
    """

    link_activated = Signal(str)
    resolved = Signal(int)

    def __init__(
        self, calls: ResolveCalls, target: TargetHoldInfo, place: AccountPlace | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._calls = calls
        self._target = target
        name = display_name(target.network)
        self.setObjectName("unknownResolutionDialog")
        self.setWindowTitle(self.tr("Did it go out on {network}?").format(network=name))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Postdesk does not know whether this post went out on {network}: the network's answer was lost. "
                "It will not send it again on its own, because that could post it twice."
            ).format(network=name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        note = cannot_look_up_note(target.network)
        if note:
            lookup = QLabel(note, self)
            lookup.setObjectName("cannotLookUp")
            lookup.setWordWrap(True)
            layout.addWidget(lookup)
        self._url = (
            profile_url(place.network, place.handle, place.instance_url, place.remote_user_id)
            if place is not None
            else None
        )
        self.look_button = QPushButton(self.tr("&Look on {network}").format(network=name), self)
        self.look_button.setAccessibleName(
            self.tr("Open your {network} profile to look for the post").format(network=name)
        )
        self.look_button.clicked.connect(self._look)
        self.look_button.setEnabled(self._url is not None)
        if self._url is None:
            self.look_button.setToolTip(
                self.tr("Open {network} and look at the account's latest posts.").format(network=name)
            )
        layout.addWidget(self.look_button, 0, Qt.AlignmentFlag.AlignLeft)
        link_label = QLabel(self.tr("Its &link, if you found it (optional):"), self)
        self.link_edit = QLineEdit(self)
        self.link_edit.setAccessibleName(self.tr("The post's link on {network} (optional)").format(network=name))
        self.link_edit.setPlaceholderText("https://…")
        link_label.setBuddy(self.link_edit)
        layout.addWidget(link_label)
        layout.addWidget(self.link_edit)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("resolutionResult")
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("What Postdesk did"))
        self.result_label.hide()
        layout.addWidget(self.result_label)
        buttons = QHBoxLayout()
        self.later_button = QPushButton(self.tr("Decide &later"), self)
        self.later_button.setAccessibleName(self.tr("Decide later and close"))
        self.later_button.clicked.connect(self.reject)
        self.again_button = QPushButton(self.tr("&Send it again"), self)
        self.again_button.setAccessibleName(self.tr("It is not there: send it again"))
        self.again_button.clicked.connect(self.send_again)
        self.there_button = QPushButton(self.tr("It's &there"), self)
        self.there_button.setAccessibleName(self.tr("It is there: mark it as published"))
        self.there_button.clicked.connect(self.its_there)
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.there_button)
        layout.addLayout(buttons)
        self.later_button.setDefault(True)

    def _look(self) -> None:
        if self._url is not None:
            self.link_activated.emit(self._url)

    @property
    def target_id(self) -> int:
        return self._target.target_id

    def its_there(self) -> None:
        """The user saw the post: mark it published (with its link, when given)."""
        link = self.link_edit.text().strip()
        if link and not looks_like_link(link):
            self._say(
                self.tr(
                    "That does not look like a link (it should start with https://). "
                    "Leave the field empty if you don't have it."
                )
            )
            return
        remote_id = remote_id_from_url(self._target.network, link) if link else None
        self._busy()
        self._calls.resolve_unknown(
            self._target.target_id,
            True,
            link or None,
            remote_id,
            on_done=lambda result: self._answered(result, True),
            on_error=self._failed,
        )

    def send_again(self) -> None:
        """The post is not there: the engine sends it again (same idempotency key)."""
        self._busy()
        self._calls.resolve_unknown(
            self._target.target_id, False, on_done=lambda result: self._answered(result, False), on_error=self._failed
        )

    def _busy(self) -> None:
        for button in (self.there_button, self.again_button):
            button.setEnabled(False)

    def _answered(self, result: Any, published: bool) -> None:
        done = self._target.target_id in tuple(getattr(result, "done", ()) or ())
        name = display_name(self._target.network)
        if not done:
            self._say(self.tr("This post was already settled meanwhile (or is being sent): nothing changed."))
        elif published:
            self._say(self.tr("Marked as published on {network}.").format(network=name))
        else:
            self._say(self.tr("Sending it again to {network} now.").format(network=name))
        self.later_button.setText(self.tr("&Close"))
        self.later_button.setAccessibleName(self.tr("Close"))
        if done:
            self.resolved.emit(self._target.target_id)

    def _failed(self, error: BaseException) -> None:
        self._say(
            self.tr("Postdesk could not record your answer: {error}. Try again.").format(
                error=str(error) or type(error).__name__
            )
        )
        for button in (self.there_button, self.again_button):
            button.setEnabled(True)

    def _say(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.show()

    def result_text(self) -> str:
        return self.result_label.text() if self.result_label.isVisibleTo(self) else ""
