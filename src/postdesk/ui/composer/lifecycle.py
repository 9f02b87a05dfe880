"""The lifecycle part of the composer: opening, showing, saving and following the post.

It reopens the last draft, opens a stored post (after saving the one being written), starts a
new one, adopts what a save or the engine says about the post, merges a version changed
elsewhere under the edits here (`core.merge`), and keeps the accounts and the activity current.
It reaches the other parts through the pane's typed attributes (`editor_part`, `targets`, `media`,
`bar`, `actions`, `state`, `saver`) and speaks to the app through the pane's signals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.merge import merge_post
from postdesk.core.networks import NETWORK_ORDER, Network
from postdesk.core.states import USER_STATES
from postdesk.log import get_logger
from postdesk.ui.composer.draft_saver import SaveState
from postdesk.ui.composer.sent_view import frozen_networks
from postdesk.ui.composer.service_types import AccountChoice, PostActivity, Session

if TYPE_CHECKING:
    from postdesk.ui.composer.view import ComposerPane

_log = get_logger("ui.composer")

#: After reading the stored post failed, how long before saving is tried again.
FOLLOW_RETRY_MS = 2000


class Lifecycle(QObject):
    """Open, show, save and follow the composer's post.

    Args:
        pane: the composer whose parts this fills.
    """

    def __init__(self, pane: ComposerPane) -> None:
        super().__init__(pane)
        self._pane = pane
        self._pending: Callable[[], None] | None = None

    # -- showing a post ------------------------------------------------------------------------

    def on_session(self, session: Session) -> None:
        """The last draft (or none) was read: show it."""
        pane = self._pane
        self.set_accounts(session.accounts)
        self.show(session.post, session)
        pane.is_loaded = True
        pane.set_status(self.tr("Saved") if session.post else "")
        pane.loaded.emit()

    def on_load_failed(self, exc: BaseException) -> None:
        """The last draft could not be read: start a new one and say so."""
        _log.error("Could not open the last draft: %s", type(exc).__name__)
        self.show(None, Session())
        self._pane.is_loaded = True
        self._pane.set_status(self.tr("Couldn't open your last draft; starting a new one."))
        self._pane.loaded.emit()

    def show(self, post: Post | None, session: Session) -> None:
        """Fill every part from `post` (a new one when None) and put the cursor where it was."""
        pane, state, targets = self._pane, self._pane.state, self._pane.targets
        state.loading = True
        try:
            post = post or Post()
            state.touched = post.id is not None
            state.post_id = post.id
            state.base = post if post.id is not None else None
            state.version = post.version
            state.frozen = set()
            state.handed_off = set()
            state.scheduled_at = post.scheduled_at
            state.scheduled_zone = post.scheduled_zone
            pane.editor_part.set_parts(post.parts)
            pane.media.strip.model.set_items(session.media if post.id is not None else ())
            chosen = {t.network: t for t in post.targets}
            for network in NETWORK_ORDER:
                target = chosen.get(network)
                had_panel = targets.has_panel(network)
                if target is not None:
                    panel = targets.panel(network)
                    panel.set_base_parts(post.parts)
                    panel.load(target)
                elif had_panel:
                    targets.panel(network).load(Target(network=network))
                targets.set_chosen(network, target is not None)
                if target is not None or had_panel:
                    pane.on_chip(network, target is not None)
            targets.load_accounts(post.targets)  # every account of a network, not only its tab's
            pane.bar.set_instant(post.scheduled_at, post.scheduled_zone, pane.now())
            state.schedule_note = ""
            pane.actions.show_state()
        finally:
            state.loading = False
        pane.set_editing_enabled(True)
        pane.actions.apply_locks()
        pane.activity.set_activity(None)
        pane.sent.set_targets(())
        pane.controls.set_post(post.id)
        pane.tools.show_post(post.id)  # its tags (ui.composer.templates_part)
        if post.id is not None:
            self.refresh_activity()
        if targets.tabs.count():
            targets.tabs.setCurrentIndex(0)
        pane.refresh_now()
        pane.editor_part.restore_cursor(session.part, session.cursor)

    def start_new(self) -> None:
        """Show an empty post that keeps the chosen networks (and their accounts)."""
        self._pane.saver.switch_post()
        targets = self._pane.targets
        keep = targets.selected_networks()
        # Keep the chosen networks (creators usually post to the same places), drop the rest.
        post = Post(targets=targets.bare_targets(keep))
        self.show(post, Session())
        self._pane.set_status(self.tr("New post"))

    # -- saving --------------------------------------------------------------------------------

    def on_saved(self, post: Post) -> None:
        """A save finished: adopt its id, version and the states the engine moved meanwhile."""
        state = self._pane.state
        state.post_id = post.id
        if post.version is None or state.version is None or post.version > state.version:
            # Never step back: a move adopted meanwhile may be newer than this save's answer.
            state.base, state.version = post, post.version
        # The store keeps states the engine moved meanwhile: adopt them, so the next save
        # and the read-only state agree with the database.
        self.adopt_states({t.network.value: t.state.value for t in post.targets})
        self._pane.post_saved.emit(post)
        self.run_pending()

    def on_save_state(self, save_state: SaveState, reason: str) -> None:
        """Say where the draft stands in the status line (red while saving fails)."""
        if save_state is SaveState.SAVED:
            text = self.tr("Saved")
        elif save_state in (SaveState.SAVING, SaveState.PENDING):
            text = self.tr("Saving…")
        elif reason == "disk_full":
            text = self.tr("Couldn't save: disk is full — your text is still here. Retrying…")
        elif reason == "database":
            text = self.tr("Couldn't save: the database is not available — your text is still here. Retrying…")
        else:
            text = self.tr("Couldn't save — your text is still here. Retrying…")
        self._pane.show_save_state(text, failed=save_state is SaveState.FAILED)
        self.run_pending()

    def after_flush(self, action: Callable[[], None]) -> None:
        """Save what is being written, then run `action` (the latest request wins)."""
        self._pending = action
        self._pane.saver.flush()
        self.run_pending()

    def has_pending(self) -> bool:
        """Whether an action waits for the save to finish."""
        return self._pending is not None

    def run_pending(self) -> None:
        """Run the waiting action once nothing is left to save."""
        # A failed save stays pending and is retried: the text is in memory only, so
        # switching posts waits for a save to succeed rather than lose it.
        if self._pending is not None and self._pane.saver.is_idle():
            action, self._pending = self._pending, None
            action()

    # -- opening -------------------------------------------------------------------------------

    def load_post(self, post_id: int) -> None:
        """Read the stored post `post_id` on the worker and show it."""
        pane = self._pane
        pane.set_status(self.tr("Opening the post…"))
        pane.set_editing_enabled(False)
        pane.services.load_post(post_id, lambda session: self._on_post_loaded(post_id, session), self._on_open_failed)

    def _on_post_loaded(self, post_id: int, session: Session) -> None:
        pane = self._pane
        self.set_accounts(session.accounts)
        if session.post is None:
            pane.set_editing_enabled(True)
            pane.actions.apply_locks()
            pane.set_status(self.tr("That post no longer exists."))
            pane.post_opened.emit(None)
            return
        pane.saver.switch_post()
        self.show(session.post, session)
        pane.set_status(self.tr("Saved"))
        pane.post_opened.emit(post_id)

    def _on_open_failed(self, exc: BaseException) -> None:
        _log.error("Could not open a post: %s", type(exc).__name__)
        pane = self._pane
        pane.set_editing_enabled(True)
        pane.actions.apply_locks()
        pane.set_status(self.tr("Couldn't open that post; the one you were writing is still here."))
        pane.post_opened.emit(None)

    def duplicate_as_new(self) -> None:
        """Copy the open post as a new unscheduled draft, then open the copy."""
        pane = self._pane
        if pane.state.post_id is not None:
            pane.status_label.setText(self.tr("Copying the post…"))
            pane.services.duplicate_post(pane.state.post_id, self.on_duplicated, self.on_stored_failed)

    def on_duplicated(self, new_id: int | None) -> None:
        """A copy of the post was made: open it."""
        if new_id is None:
            self._pane.set_status(self.tr("That post no longer exists."))
            return
        self._pane.open_post(new_id)

    # -- following changes made elsewhere --------------------------------------------------------

    def on_conflict(self, stored: Post | None) -> None:
        """A save was refused: the post changed elsewhere. Merge over the stored one, then save."""
        if stored is None:
            self._pane.saver.resume()
            return
        self.on_stored(stored)

    def on_stored(self, stored: Post | None) -> None:
        """The stored post was read: merge it under the edits here when it is newer."""
        pane, state = self._pane, self._pane.state
        if stored is None or stored.id != state.post_id:
            pane.saver.resume()
            return
        if state.version is not None and stored.version is not None and stored.version <= state.version:
            pane.saver.resume()  # nothing newer than what is shown here
            return
        mine = pane.current_post()
        merged = merge_post(state.base or stored, mine, stored)
        state.base, state.version = stored, stored.version
        self._apply_merged(merged.post, mine)
        if merged.post != stored:
            pane.saver.mark_dirty()  # the edits made here still have to be saved on top
        if merged.clashes:
            pane.set_status(self.tr("This post was also changed elsewhere; the changes you made here were kept."))
        pane.saver.resume()
        self.refresh_activity()

    def on_stored_failed(self, exc: BaseException) -> None:
        """Reading the stored post failed: try saving again a little later."""
        _log.warning("Reading the stored post failed: %s", type(exc).__name__)
        # Not at once: a save that conflicts again would ask again in a tight loop.
        QTimer.singleShot(FOLLOW_RETRY_MS, self, self._pane.saver.resume)

    def _apply_merged(self, merged: Post, mine: Post) -> None:
        """Show `merged`, touching only the widgets whose value differs from `mine`."""
        pane, state, targets = self._pane, self._pane.state, self._pane.targets
        state.loading = True
        try:
            if merged.parts != mine.parts:
                pane.editor_part.set_parts(merged.parts)
                targets.set_base_parts(merged.parts)
            if (merged.scheduled_at, merged.scheduled_zone) != (mine.scheduled_at, mine.scheduled_zone):
                state.scheduled_at, state.scheduled_zone = merged.scheduled_at, merged.scheduled_zone
                pane.bar.set_instant(merged.scheduled_at, merged.scheduled_zone, pane.now())
                state.schedule_note = ""
            wanted = {t.network: t for t in merged.targets}
            shown = {t.network: t for t in mine.targets}
            for network in NETWORK_ORDER:
                target = wanted.get(network)
                if target is None and network not in shown:
                    continue
                if target is not None:
                    panel = targets.panel(network)
                    if shown.get(network) is None or replace(shown[network], state=target.state) != target:
                        panel.set_base_parts(merged.parts)
                        panel.load(target)
                    else:
                        panel.set_state(target.state)
                if (target is not None) != (network in shown):
                    targets.set_chosen(network, target is not None)
                    pane.on_chip(network, target is not None)
            targets.load_accounts(merged.targets)
        finally:
            state.loading = False
        if merged.media != mine.media:
            pane.media.show_merged(merged.media)
        pane.actions.show_state()
        pane.actions.apply_locks()
        pane.schedule_refresh()

    # -- accounts and activity ---------------------------------------------------------------

    def on_accounts(self, accounts: tuple[AccountChoice, ...]) -> None:
        """The accounts were reloaded: offer them and word every tab's account problems."""
        pane = self._pane
        self.set_accounts(accounts)
        if pane.is_loaded:
            pane.refresh_now()
            post = pane.current_post()
            for network in pane.targets.selected_networks():
                # An account's status is one of the problems: word it on every tab now.
                pane.targets.panel(network).render_problems(post)
        pane.accounts_reloaded.emit()

    def on_accounts_failed(self, exc: BaseException) -> None:
        """The accounts could not be reloaded: the ones shown stay."""
        _log.warning("Reloading accounts failed: %s", type(exc).__name__)

    def set_accounts(self, accounts: tuple[AccountChoice, ...] | list[AccountChoice]) -> None:
        """Offer `accounts`; a target whose account was removed is now unbound (a change)."""
        if self._pane.targets.set_accounts(accounts) and self._pane.is_loaded:
            self._pane.mark_changed()

    def refresh_activity(self) -> None:
        """Reload the open post's target states and activity log on the worker (not for a new post)."""
        post_id = self._pane.state.post_id
        if post_id is not None:
            self._pane.services.load_activity(post_id, self._on_activity, self._on_activity_failed)

    def _on_activity(self, activity: PostActivity) -> None:
        pane, state = self._pane, self._pane.state
        if activity.post_id != state.post_id:
            return  # the user moved on to another post meanwhile
        pane.activity.set_activity(activity)
        pane.controls.set_post(state.post_id)
        state.frozen = frozen_networks(activity.targets)
        state.handed_off = {Network(t.network) for t in activity.targets if t.handed_off}
        accounts = pane.targets.accounts()
        pane.sent.set_targets(
            activity.targets, {a.id: a.label for a in accounts}, {a.id: a.max_characters for a in accounts}
        )
        self.adopt_states({t.network: t.state for t in activity.targets})
        pane.activity_loaded.emit(activity)

    def _on_activity_failed(self, exc: BaseException) -> None:
        _log.warning("Loading the activity failed: %s", type(exc).__name__)

    def adopt_states(self, states: dict[str, str]) -> None:
        """Take the stored targets' states, except a user's own draft/scheduled move not saved yet."""
        targets = self._pane.targets
        for network in targets.selected_networks():
            stored_value = states.get(network.value)
            if stored_value is None:
                continue
            stored, mine = TargetState(stored_value), targets.panel(network).state()
            # Draft <-> scheduled is the user's own move: an older save's answer (sent before the
            # user pressed Schedule) must not undo it; the next save makes it. Engine states win.
            if stored in USER_STATES and mine in USER_STATES:
                continue
            targets.panel(network).set_state(stored)
        self._pane.actions.apply_locks()
        self._pane.actions.show_state()
