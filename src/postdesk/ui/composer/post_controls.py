"""The composer's engine controls for the open post: what holds it, and what the user can do.

Below the schedule row: one sentence per target the engine is busy with (waiting for a
connection, for a reconnect, for a retry at a time, for the global pause, handed to the
network's scheduler, or not known to have gone out), and the actions that fit — Pause, Resume,
Cancel, Reschedule, Delete (from Postdesk only or from the network too), and "Did it go out?".
Everything goes through `ui.engine_actions.EngineActions`; store reads run on its disk worker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from postdesk.core.entities import TargetState
from postdesk.core.networks import NETWORK_ORDER, Network
from postdesk.core.waiting import Hold, TargetHoldInfo, hold_of
from postdesk.store.repositories.holds import AccountPlace, HoldsRepository
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.dialogs.delete_published import DeletePublishedDialog
from postdesk.ui.dialogs.unknown_resolution import UnknownResolutionDialog
from postdesk.ui.engine_status import EngineStatus
from postdesk.ui.hold_words import hold_sentence
from postdesk.ui.widgets.flow_layout import FlowLayout

S = TargetState
#: States the engine may pause or reschedule (not mid-request, not done).
_WAITING = (S.DUE, S.FAILED_RETRYABLE)


class ReachCalls(Protocol):
    """The engine actions the controls use (`ui.engine_actions.EngineActions`)."""

    status: EngineStatus
    holds: HoldsRepository | None

    @property
    def disk(self) -> BackgroundRunner: ...

    def pause(self, post_id: int) -> None: ...

    def resume(self, post_id: int) -> None: ...

    def cancel(self, post_id: int) -> None: ...

    def hand_off(self, target_id: int, *, on_done: Callable[[Any], None] | None = None) -> None: ...

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

    def delete_published(
        self,
        target_id: int,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None: ...


class PostControls(QFrame):
    """What holds the open post, and Pause / Resume / Cancel / Reschedule / Delete / Did it go out.

    Signals:
        reschedule_requested: the user wants to pick a new time (the post was paused for it).
        removed: (post id) Postdesk's copy of the post was removed.
        link_activated: (url) the user wants to look on the network.
        changed: the engine was asked something about this post (the composer reloads its activity).
        loaded: the open post's targets were read.
        shown: what holds the post was shown again (targets read, or the engine's status changed).
    """

    reschedule_requested = Signal()
    loaded = Signal()
    shown = Signal()
    removed = Signal(int)
    link_activated = Signal(str)
    changed = Signal()

    def __init__(self, zone: str, now: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = ZoneInfo(zone)
        self._now = now
        self._calls: ReachCalls | None = None
        self._post_id: int | None = None
        self._targets: tuple[TargetHoldInfo, ...] = ()
        self._places: dict[int, AccountPlace] = {}
        self.dialog: QWidget | None = None
        self.setObjectName("composerPostControls")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Where this post stands with Postdesk's publisher"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        self.holds_label = QLabel(self)
        self.holds_label.setObjectName("composerHolds")
        self.holds_label.setWordWrap(True)
        self.holds_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.holds_label.setAccessibleName(self.tr("What the post is waiting for"))
        layout.addWidget(self.holds_label)
        # A flow, not a row: the buttons wrap instead of widening the composer's text column.
        row = FlowLayout(spacing=6)

        def button(text: str, name: str, accessible: str, slot: Callable[[], object]) -> QPushButton:
            b = QPushButton(text, self)
            b.setObjectName(name)
            b.setAccessibleName(accessible)
            b.setToolTip(accessible)
            b.clicked.connect(lambda _checked=False: slot())
            row.addWidget(b)
            return b

        self.resolve_button = button(
            self.tr("Did it &go out?…"),
            "composerResolveUnknown",
            self.tr("Say whether the post is on the network, or send it again"),
            self.resolve_unknown,
        )
        self.pause_button = button(self.tr("&Pause"), "composerPause", self.tr("Pause this post"), self._pause)
        self.resume_button = button(self.tr("Res&ume"), "composerResume", self.tr("Resume this post"), self._resume)
        self.reschedule_button = button(
            self.tr("Resc&hedule…"),
            "composerReschedule",
            self.tr("Pause this post and pick a new time"),
            self._reschedule,
        )
        self.cancel_button = button(
            self.tr("Ca&ncel"),
            "composerCancel",
            self.tr("Never send this post (a hand-off is taken back)"),
            self._cancel,
        )
        self.delete_button = button(self.tr("&Delete…"), "composerDelete", self.tr("Delete this post"), self.delete)
        layout.addLayout(row)
        self.hide()

    # -- inputs ------------------------------------------------------------------------------

    def set_calls(self, calls: ReachCalls) -> None:
        """Reach the engine through `calls` (the app's `EngineActions`)."""
        self._calls = calls
        calls.status.changed.connect(self._show)

    def set_zone(self, zone: str) -> None:
        self._zone = ZoneInfo(zone)
        self._show()

    def set_post(self, post_id: int | None) -> None:
        """Follow the post `post_id` (None: a post never saved); reads its targets on the disk worker."""
        self._post_id = post_id
        if post_id is None or self._calls is None or self._calls.holds is None:
            self._targets = ()
            self._show()
            return
        holds = self._calls.holds

        def read() -> tuple[tuple[TargetHoldInfo, ...], dict[int, AccountPlace]]:
            targets = holds.holds([post_id]).get(post_id, ())
            places = dict(holds.places(t.account_id for t in targets if t.account_id is not None))
            return targets, places

        self._calls.disk.submit(read, on_done=lambda found: self._loaded(post_id, found), key="composer-post-controls")

    def _loaded(self, post_id: int, found: tuple[tuple[TargetHoldInfo, ...], dict[int, AccountPlace]]) -> None:
        if post_id != self._post_id:
            return
        self._targets, self._places = found
        self._show()
        self.loaded.emit()

    # -- state -> widgets ----------------------------------------------------------------------

    def targets(self) -> tuple[TargetHoldInfo, ...]:
        return self._targets

    def hold_text(self) -> str:
        return self.holds_label.text()

    def held_networks(self) -> set[Network]:
        """Networks whose target waits for something (said here), not simply being sent."""
        calls = self._calls
        online = calls.status.online if calls else True
        paused = calls.status.publishing_paused if calls else False
        return {
            Network(t.network)
            for t in self._targets
            if (h := hold_of(t, online=online, publishing_paused=paused)) is not None and h.hold is not Hold.SENDING
        }

    def _show(self) -> None:
        calls = self._calls
        online = calls.status.online if calls else True
        paused = calls.status.publishing_paused if calls else False
        ordered = sorted(self._targets, key=lambda t: NETWORK_ORDER.index(Network(t.network)))
        lines = [
            hold_sentence(h, self._zone, t.network)
            for t in ordered
            if (h := hold_of(t, online=online, publishing_paused=paused)) is not None
        ]
        states = {t.state for t in self._targets}
        handed = [t for t in self._targets if t.state is S.SCHEDULED and t.handed_off]
        pausable = any(t.state in _WAITING or (t.state is S.SCHEDULED and not t.handed_off) for t in self._targets)
        waiting = bool(states & set(_WAITING))
        self.holds_label.setText("\n".join(lines))
        self.holds_label.setVisible(bool(lines))
        self.resolve_button.setVisible(S.UNKNOWN in states)
        self.pause_button.setVisible(pausable and (waiting or bool(lines)))
        self.pause_button.setEnabled(pausable)
        self.resume_button.setVisible(S.PAUSED in states)
        self.reschedule_button.setVisible(waiting or S.PAUSED in states)
        self.cancel_button.setVisible(waiting or bool(handed) or S.PAUSED in states)
        self.delete_button.setVisible(
            bool(self._targets) and (bool(lines) or S.PUBLISHED in states or S.PAUSED in states)
        )
        self.delete_button.setEnabled(S.PUBLISHING not in states)
        if S.PUBLISHED in states:
            self.delete_button.setAccessibleName(self.tr("Delete this post from Postdesk, or from the network too"))
        self.setVisible(
            self._post_id is not None
            and (bool(lines) or any(b.isVisibleTo(self) for b in (self.resume_button, self.delete_button)))
        )
        self.shown.emit()

    # -- actions -------------------------------------------------------------------------------

    def _post(self, call: Callable[[int], None]) -> None:
        if self._post_id is not None:
            call(self._post_id)
            self.changed.emit()

    def _pause(self) -> None:
        if self._calls is not None:
            self._post(self._calls.pause)

    def _resume(self) -> None:
        if self._calls is not None:
            self._post(self._calls.resume)

    def _cancel(self) -> None:
        if self._calls is not None:
            self._post(self._calls.cancel)

    def _reschedule(self) -> None:
        if self._calls is not None and any(t.state in _WAITING for t in self._targets):
            self._post(self._calls.pause)
        self.reschedule_requested.emit()

    def hand_off_now(self, network: Network) -> None:
        """Hand the scheduled target of `network` to the network's scheduler now (its box was ticked)."""
        if self._calls is None:
            return
        for target in self._targets:
            if target.network == network.value and target.state is S.SCHEDULED and not target.handed_off:
                self._calls.hand_off(target.target_id, on_done=lambda _ok: self.changed.emit())

    def resolve_unknown(self, target_id: int | None = None) -> UnknownResolutionDialog | None:
        """Open the "Did it go out?" question for an unknown target (the first one by default)."""
        if self._calls is None:
            return None
        unknown = [t for t in self._targets if t.state is S.UNKNOWN and (target_id is None or t.target_id == target_id)]
        if not unknown:
            return None
        target = unknown[0]
        place = self._places.get(target.account_id) if target.account_id is not None else None
        dialog = UnknownResolutionDialog(self._calls, target, place, self)
        dialog.link_activated.connect(self.link_activated)
        dialog.resolved.connect(lambda _tid: self.changed.emit())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def delete(self) -> QWidget | None:
        """Delete the post: published ones ask how far; others are removed from Postdesk."""
        calls, post_id = self._calls, self._post_id
        if calls is None or post_id is None or calls.holds is None:
            return None
        holds = calls.holds

        def removed(done: bool) -> None:
            if done:
                self.removed.emit(post_id)

        def remove_copy() -> None:
            calls.disk.submit(holds.remove_post, post_id, self._now(), on_done=removed)

        if any(t.state is S.PUBLISHED for t in self._targets):
            dialog = DeletePublishedDialog(calls, self._targets, remove_copy, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog = dialog
            dialog.open()
            return dialog
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete this post?"),
            self.tr("Delete this post from Postdesk? It has not gone out, so nothing is on any network."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("composerDeleteConfirm")
        yes = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)

        def clicked(button: object) -> None:
            if button is yes:
                remove_copy()

        box.buttonClicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = box
        box.open()
        return box


def unknown_targets(targets: Sequence[TargetHoldInfo]) -> list[TargetHoldInfo]:
    """The targets whose answer was lost."""
    return [t for t in targets if t.state is S.UNKNOWN]
