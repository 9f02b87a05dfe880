"""The actions part of the composer: Schedule, Publish now, Unschedule, and what may be done when.

It decides whether the post may be scheduled (the gate after each refresh), which targets are
read-only because what they send is frozen, what the schedule bar says about the post, and it
moves targets between draft and scheduled through `core.states` only. It reaches the other parts
through the pane's typed attributes (`editor_part`, `targets`, `media`, `bar`, `state`, `saver`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt

from postdesk.core.entities import Post, TargetState
from postdesk.core.networks import NETWORK_ORDER, Network
from postdesk.core.states import USER_STATES, apply, user_event
from postdesk.core.validation import can_schedule
from postdesk.ui.composer.activity import LOCKED_STATES
from postdesk.ui.composer.card_styles import style_for
from postdesk.ui.composer.edit_published import EditCalls
from postdesk.ui.composer.first_comment_sent import CommentCalls
from postdesk.ui.composer.post_controls import ReachCalls
from postdesk.ui.composer.sent_view import post_state_summary
from postdesk.ui.composer.target_panel import TargetPanel
from postdesk.ui.local_format import format_list

if TYPE_CHECKING:
    from postdesk.ui.composer.view import ComposerPane


class ReachActions(ReachCalls, EditCalls, CommentCalls, Protocol):
    """The engine actions the composer reaches (`ui.engine_actions.EngineActions`)."""

    def publish_now(self, post_id: int) -> None: ...

    def schedule_changed(self, post_id: int) -> None: ...


def user_move(panel: TargetPanel, wanted: TargetState) -> None:
    """Schedule or unschedule a target through `core.states` (engine states stay)."""
    event = user_event(panel.state(), wanted)
    if event is not None:
        panel.set_state(apply(panel.state(), event))


class PostActions(QObject):
    """Schedule, publish now and unschedule the open post; its gate, locks and state sentence.

    Args:
        pane: the composer whose parts this acts on.
    """

    def __init__(self, pane: ComposerPane) -> None:
        super().__init__(pane)
        self._pane = pane
        self.reach: ReachActions | None = None

    # -- what may be done ----------------------------------------------------------------------

    def gate(self, post: Post, errors: list[str]) -> None:
        """After a refresh: enable Schedule, Publish now and the queue, or say why not."""
        pane, state = self._pane, self._pane.state
        reasons = []
        if not post.targets:
            reasons.append(self.tr("Choose at least one network."))
        if errors:
            head, more = errors[0], len(errors) - 1
            if more:
                reasons.append(self.tr("{first} (and {n} more networks with problems)").format(first=head, n=more))
            else:
                reasons.append(head)
        ok = (
            not reasons
            and all(can_schedule(pane.targets.panel(t.network).status().problems) for t in post.targets)
            and not self.every_locked()
        )
        allowed = ok and not state.loading
        pane.bar.schedule_button.setEnabled(allowed)
        pane.schedule_action.setEnabled(allowed)
        # Publish now passes exactly the checks Schedule passes (and says the same reasons).
        pane.bar.publish_now_button.setEnabled(allowed and self.reach is not None)
        pane.queue.set_allowed(allowed)
        text = ""
        if reasons and state.touched:  # no red sentence on a blank new post
            text = self.tr("Can't schedule yet: {reason}").format(reason=" ".join(reasons))
        pane.bar.show_gate(text)

    def locked_networks(self) -> list[Network]:
        """Chosen networks whose text can no longer change: what they send is frozen."""
        targets, frozen = self._pane.targets, self._pane.state.frozen
        return [n for n in targets.selected_networks() if targets.panel(n).state() in LOCKED_STATES or n in frozen]

    def every_locked(self) -> bool:
        """Whether every chosen target is read-only (the post is only a record now)."""
        locked = set(self.locked_networks())
        return bool(locked) and locked >= set(self._pane.targets.selected_networks())

    def apply_locks(self) -> None:
        """Make read-only what was sent: targets, chips, the main text, and the whole post when all went."""
        pane = self._pane
        locked = set(self.locked_networks())
        editable = pane.editor_part.editor.isEnabled()
        pane.targets.apply_locks(locked, editable)
        panels = pane.targets.panels()
        on_base = [n for n in NETWORK_ORDER if n in locked and not panels[n].override_check.isChecked()]
        pane.editor_part.show_lock([style_for(n).name for n in on_base])
        # Nothing left to edit: the whole post is the record of what was sent.
        every = self.every_locked()
        bar = pane.bar
        for widget in (pane.media.strip, bar.when_edit, bar.schedule_button, bar.unschedule_button):
            widget.setEnabled(editable and not every)
        if every:
            pane.schedule_action.setEnabled(False)

    def show_state(self) -> None:
        """Say where the post stands (published, scheduled, draft ...) and enable Unschedule to match."""
        pane, state = self._pane, self._pane.state
        held = pane.controls.held_networks()
        # What holds a waiting target (a connection, a retry ...) is said below by the controls:
        # it is not "being published now".
        states = {n: pane.targets.panel(n).state() for n in pane.targets.selected_networks() if n not in held}
        truth = post_state_summary(states, state.handed_off)
        waiting = any(s in USER_STATES and n not in state.handed_off for n, s in states.items())
        note = state.schedule_note
        if truth and not (waiting and state.scheduled_at is not None):
            # A post that went out (or is going out) says so, never "draft".
            pane.bar.schedule_state.setText(" ".join(t for t in (truth, note) if t))
            pane.bar.unschedule_button.setEnabled(state.scheduled_at is not None and waiting)
            return
        text = pane.bar.scheduled_sentence(state.scheduled_at, state.scheduled_zone)
        if note:
            text += " " + note
        if truth:
            text = truth + " " + text
        pane.bar.schedule_state.setText(text)
        pane.bar.unschedule_button.setEnabled(state.scheduled_at is not None)

    def on_when_changed(self) -> None:
        """The picked time changed: say whether it exists in the user's zone."""
        self._pane.state.schedule_note = self._pane.bar.picked_note()
        self.show_state()

    def _say(self, note: str) -> None:
        self._pane.state.schedule_note = note
        self.show_state()

    # -- the actions ---------------------------------------------------------------------------

    def schedule(self) -> bool:
        """Schedule the post at the picked time; return whether it was scheduled.

        Refused (with the reason shown) while any target has an error, for a time that does
        not exist in the user's zone, or for a time already past.
        """
        pane, state = self._pane, self._pane.state
        state.touched = True
        pane.refresh_now()
        if not pane.bar.schedule_button.isEnabled():
            return False
        instant = pane.bar.picked_instant()
        if instant is None:
            self.on_when_changed()
            return False
        if instant <= pane.now():
            self._say(self.tr("That time has already passed; pick a time in the future."))
            return False
        if state.handed_off and instant != state.scheduled_at:
            # The network's scheduler keeps its own copy at the old time: moving ours would not move it.
            names = format_list([style_for(n).name for n in NETWORK_ORDER if n in state.handed_off])
            self._say(
                self.tr(
                    "{networks} holds this post at its time. To change the time, take it back first (Cancel), "
                    "then schedule it again."
                ).format(networks=names)
            )
            return False
        state.scheduled_at, state.scheduled_zone = instant, pane.bar.zone()
        for network in pane.targets.selected_networks():
            user_move(pane.targets.panel(network), TargetState.SCHEDULED)
        self.on_when_changed()
        pane.saver.mark_dirty()
        pane.saver.flush()
        pane.scheduled.emit(pane.current_post())
        selected = pane.targets.selected_networks()
        paused = [n for n in selected if pane.targets.panel(n).state() is TargetState.PAUSED]
        if self.reach is not None:
            reach = self.reach

            def after_save() -> None:
                if state.post_id is None:
                    return
                if paused:
                    # Rescheduling a paused post: Schedule means "publish it then", so it is resumed.
                    reach.resume(state.post_id)
                # Once the schedule is on disk, the engine reads it (and hands off what the user
                # chose to give to the network's own scheduler) at once.
                reach.schedule_changed(state.post_id)

            pane.run_after_save(after_save)
        return True

    def publish_now(self) -> bool:
        """Publish the post now, after the checks Schedule makes; return whether it was asked.

        The post is stamped with the present instant (it then shows in the calendar where it
        went out), saved, and every target is handed to the engine's `publish_now`.
        """
        pane, state = self._pane, self._pane.state
        state.touched = True
        pane.refresh_now()
        if self.reach is None or not pane.bar.publish_now_button.isEnabled():
            return False
        state.scheduled_at, state.scheduled_zone = pane.now(), pane.bar.zone()
        for network in pane.targets.selected_networks():
            user_move(pane.targets.panel(network), TargetState.SCHEDULED)
        self._say("")
        pane.saver.mark_dirty()
        reach = self.reach

        def send() -> None:
            if state.post_id is not None:
                reach.publish_now(state.post_id)
                pane.refresh_activity()

        pane.run_after_save(send)
        return True

    def unschedule(self) -> None:
        """Clear the date: the post goes back to being a draft."""
        state = self._pane.state
        state.scheduled_at = None
        state.scheduled_zone = None
        for panel in self._pane.targets.panels().values():
            user_move(panel, TargetState.DRAFT)
        self.show_state()
        self._pane.mark_changed()

    def publish_now_post(self, post_id: int) -> None:
        """Open the stored post `post_id` and publish it now (the same checks apply)."""

        def opened(shown: object) -> None:
            if shown == post_id:
                self.publish_now()

        self._pane.post_opened.connect(opened, Qt.ConnectionType.SingleShotConnection)
        self._pane.open_post(post_id)

    def resolve_unknown_post(self, post_id: int, target_id: int | None = None) -> None:
        """Open the post `post_id` and ask whether its lost send went out (the tray's notification)."""
        controls = self._pane.controls

        def ready(_controls: object = None) -> None:
            controls.resolve_unknown(target_id)

        def opened(shown: object) -> None:
            if shown == post_id:
                controls.loaded.connect(ready, Qt.ConnectionType.SingleShotConnection)

        self._pane.post_opened.connect(opened, Qt.ConnectionType.SingleShotConnection)
        self._pane.open_post(post_id)

    def on_hand_off(self, network: Network, on: bool) -> None:
        """The user ticked "Let <network> publish it": once saved, a scheduled target goes now."""
        if on:
            self._pane.run_after_save(lambda: self._pane.controls.hand_off_now(network))

    def on_reschedule_requested(self) -> None:
        """The controls paused the post for a new time: say so and put the cursor in the picker."""
        self._say(self.tr("Paused. Pick the new time, then press Schedule: it goes out then."))
        self._pane.bar.when_edit.setFocus()
