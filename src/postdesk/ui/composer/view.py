"""The composer pane: one post, many targets, live counters, previews and drafts saved as you type.

Layout: network chips on top; on the left the main text (a thread editor), attached images and
the schedule bar; on the right one tab per chosen network with its account, override text,
options, counter, problems and preview.

The pane is a small coordinator of typed parts (qutebrowser's `AbstractTab` model), each with a
narrow interface:

- `editor_part` (`EditorPart`): the main text, its cursor, its lock note and thread splitting;
- `targets` (`TargetsPart`): the network chips and one `TargetPanel` tab per chosen network;
- `media` (`MediaPart`): the attachments, imports, library drops and alt texts;
- `bar` (`ScheduleBar`): the time picker, Schedule / Publish now / Unschedule and the state lines;
- `preview_part` (`PreviewPart`): what a keystroke costs and when each preview renders;
- `actions` (`PostActions`): the gate, the locks, the state sentence, schedule and publish;
- `lifecycle` (`Lifecycle`): opening, showing, saving, merging, accounts and activity;
- `state` (`OpenPost`): the open post's id, version and schedule, shared by the parts;
- `saver` (`DraftSaver`): saves as the user types.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from postdesk.core.entities import Post
from postdesk.core.media_info import MediaInfo
from postdesk.core.networks import Network
from postdesk.ui.composer.draft_saver import DraftSaver, SaveState
from postdesk.ui.composer.google_business_options import LocationSource
from postdesk.ui.composer.lifecycle import Lifecycle
from postdesk.ui.composer.open_post import OpenPost
from postdesk.ui.composer.pane_layout import add_shortcuts, build, wire
from postdesk.ui.composer.pinterest_options import BoardSource
from postdesk.ui.composer.post_actions import PostActions, ReachActions
from postdesk.ui.composer.preview_part import PREVIEW_IDLE_MS, PREVIEW_MAX_MS
from postdesk.ui.composer.reddit_options import SubredditSource
from postdesk.ui.composer.service_types import ComposerServices
from postdesk.ui.composer.target_panel import TargetPanel
from postdesk.ui.composer.tiktok_options import CreatorSource
from postdesk.ui.look.style import Tone, set_tone

__all__ = ["PREVIEW_IDLE_MS", "PREVIEW_MAX_MS", "ComposerPane", "ReachActions"]


class ComposerPane(QWidget):
    """Compose one post for many networks.

    Args:
        services: disk access (loading, saving, importing), all off the UI thread.
        now: the clock; returns an aware UTC datetime.
        zone: the user's IANA time zone name (schedule times are picked in it).
        parent: the parent widget.

    Attributes:
        editor_part, targets, media, bar, preview_part, actions, lifecycle, state, saver: the parts.
        chips, base_editor, tabs, media_strip, when_edit, schedule_button...: their widgets.

    Signals:
        loaded: the last draft was reopened (or a fresh one started).
        post_saved: a save finished; carries the stored Post.
        scheduled: the post was scheduled; carries the stored-to-be Post.
        post_opened: `open_post` showed a post (its id), or could not (None).
        accounts_reloaded: `reload_accounts` finished.
        activity_loaded: the activity of the open post was (re)loaded (its PostActivity).
        link_activated: the user clicked the link to a published post (the url).
    """

    loaded = Signal()
    post_saved = Signal(object)
    scheduled = Signal(object)
    post_opened = Signal(object)
    accounts_reloaded = Signal()
    activity_loaded = Signal(object)
    link_activated = Signal(str)

    def __init__(
        self,
        services: ComposerServices,
        now: Callable[[], datetime],
        zone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.now = now
        self.state = OpenPost()
        self.is_loaded = False
        self.setObjectName("composerPane")
        self.setAccessibleName(self.tr("Composer"))
        self.setAcceptDrops(True)
        self.saver = DraftSaver(services, lambda: (self.current_post(), self.editor_part.cursor()), now, self)
        self.actions = PostActions(self)
        self.lifecycle = Lifecycle(self)
        build(self, zone)
        wire(self)
        add_shortcuts(self)
        self.set_editing_enabled(False)
        self.status_label.setText(self.tr("Opening your last draft…"))
        services.load_session(self.lifecycle.on_session, self.lifecycle.on_load_failed)

    # -- chips, tabs and changes ---------------------------------------------------------------

    def panel(self, network: Network) -> TargetPanel:
        """The panel of `network` (created on first use and kept while the pane lives)."""
        return self.targets.panel(network)

    def selected_networks(self) -> list[Network]:
        """The chosen networks, in the product's order."""
        return self.targets.selected_networks()

    def current_panel(self) -> TargetPanel | None:
        """The panel of the visible tab."""
        return self.targets.current_panel()

    def on_chip(self, network: Network, on: bool) -> None:
        """A chip was switched: show or hide its tab (a new post's first chip is shown), and save."""
        if self.targets.show_tab(network, on, select=not self.state.loading):
            self.preview_part.mark_dirty(network)
        self.mark_changed()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.targets.sync_placeholder()

    def on_tab_changed(self) -> None:
        if not self.state.loading:
            self.preview_part.show_current()

    def media_infos(self) -> dict[int, MediaInfo]:
        """The attached media, by asset id, as validation needs them."""
        return self.media.infos()

    def current_post(self) -> Post:
        """The post as the widgets describe it now."""
        state = self.state
        return Post(
            id=state.post_id,
            parts=self.editor_part.parts(),
            media=self.media.asset_ids(),
            targets=self.targets.targets(),  # one per chosen account
            scheduled_at=state.scheduled_at,
            scheduled_zone=state.scheduled_zone,
            version=state.version,
        )

    def mark_changed(self) -> None:
        """The user changed the post: save soon and refresh (not while a stored post is shown)."""
        if self.state.loading:
            return
        self.state.touched = True
        self.saver.mark_dirty()
        self.schedule_refresh()

    def on_base_changed(self) -> None:
        self.targets.set_base_parts(self.editor_part.parts())
        self.mark_changed()

    def on_panel_changed(self, network: Network) -> None:
        self.preview_part.mark_dirty(network)
        self.mark_changed()

    def split_base(self, numbering: bool) -> None:
        """Split the main text into a thread for the chosen network with the smallest limit."""
        self.editor_part.split(*self.targets.thread_limit(), numbering=numbering)
        self.on_base_changed()

    def split_override(self, network: Network, numbering: bool) -> None:
        """Split `network`'s own text into a thread the way it counts."""
        self.targets.split_override(network, numbering)
        self.on_panel_changed(network)

    # -- refresh (the preview part) ------------------------------------------------------------

    def schedule_refresh(self) -> None:
        """Refresh counters, problems and previews on the next event-loop turn."""
        self.preview_part.schedule_refresh()

    def refresh_now(self) -> None:
        """Bring counters, tab titles, problems, highlights and the Schedule button up to date now."""
        self.preview_part.refresh_now()

    def refresh_pending(self) -> bool:
        """Whether an edit is waiting for its refresh (the next event-loop turn runs it)."""
        return self.preview_part.refresh_pending()

    def update_tab_titles(self) -> None:
        """Bring every tab's title (network and counter) up to date now."""
        self.preview_part.update_tab_titles()

    def render_visible_now(self) -> None:
        """Render the visible tab's preview now if it is out of date (tests, screenshots)."""
        self.preview_part.render_visible_now()

    def render_all_now(self) -> None:
        """Render every chosen network's preview now (screenshots and tests)."""
        self.preview_part.render_all_now()

    # -- media ---------------------------------------------------------------------------------

    def import_files(self, files: list[str]) -> None:
        """Import image files (off the UI thread) and attach them."""
        self.media.import_files(files)

    def attach_assets(self, asset_ids: list[int]) -> None:
        """Attach media library assets to the open post, in the order given (none twice)."""
        self.media.attach_assets(asset_ids)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.media.accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self.media.drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dropEvent(event)

    # -- scheduling and publishing (the actions part) -------------------------------------------

    def picked_instant(self) -> datetime | None:
        """The instant the time picker shows (None when it does not exist in the user's zone)."""
        return self.bar.picked_instant()

    def schedule(self) -> bool:
        """Schedule the post at the picked time; return whether it was scheduled."""
        return self.actions.schedule()

    def publish_now(self) -> bool:
        """Publish the post now, after the checks Schedule makes; return whether it was asked."""
        return self.actions.publish_now()

    def publish_now_post(self, post_id: int) -> None:
        """Open the stored post `post_id` and publish it now (the calendar's "Publish now")."""
        self.actions.publish_now_post(post_id)

    def resolve_unknown_post(self, post_id: int, target_id: int | None = None) -> None:
        """Open the post `post_id` and ask whether its lost send went out (the tray's notification)."""
        self.actions.resolve_unknown_post(post_id, target_id)

    def unschedule(self) -> None:
        """Clear the date: the post goes back to being a draft."""
        self.actions.unschedule()

    def set_reach(self, reach: ReachActions) -> None:
        """Reach the publishing engine (Publish now, pause, cancel, delete, hand-off, lost answers)."""
        self.actions.reach = reach
        self.controls.set_calls(reach)
        self.sent.set_calls(reach)
        self.controls.set_post(self.state.post_id)
        self.schedule_refresh()

    def locked_networks(self) -> list[Network]:
        """Chosen networks whose text can no longer change: what they send is frozen."""
        return self.actions.locked_networks()

    def on_removed(self, post_id: int) -> None:
        if post_id == self.state.post_id:
            self.saver.switch_post()
            self.state.post_id = None
            self.lifecycle.start_new()
            self.status_label.setText(self.tr("The post was removed from Postdesk."))

    # -- loading, saving, new post (the lifecycle part) ----------------------------------------

    def set_editing_enabled(self, enabled: bool) -> None:
        """Let the user edit (or not, while a post is being opened)."""
        for widget in (self.base_editor, self.media_strip, self.new_button, self.when_edit, *self.chips.values()):
            widget.setEnabled(enabled)

    def set_status(self, text: str) -> None:
        """Show `text` in the status line."""
        self.status_label.setText(text)

    def show_save_state(self, text: str, *, failed: bool) -> None:
        """Say where the draft stands in the status line (red and bold while saving fails)."""
        self.status_label.setText(text)
        self.status_label.setToolTip(text)
        self.status_label.setStyleSheet("QLabel { font-weight: 600; }" if failed else "")
        set_tone(self.status_label, Tone.DANGER if failed else None)

    def save_state(self) -> SaveState:
        """Where the draft stands (saved, pending, saving, failed)."""
        return self.saver.state

    def status_text(self) -> str:
        """The save status shown to the user."""
        return self.status_label.text()

    def flush_draft(self) -> None:
        """Start saving unsaved changes now (call before the window closes)."""
        self.saver.flush()

    def focus_text(self) -> None:
        """Put the cursor in the main text (the welcome's "Just write")."""
        self.editor_part.focus_text()

    def run_after_save(self, action: Callable[[], None]) -> None:
        """Save what is being written, then run `action` (the latest request wins)."""
        self.lifecycle.after_flush(action)

    def new_post(self) -> None:
        """Save what is being written, then start an empty post."""
        if self.is_loaded:
            self.run_after_save(self.lifecycle.start_new)

    def new_post_at(self, instant: datetime) -> None:
        """Save what is being written, then start an empty post with its time preset (a draft still).

        The calendar calls this for a double-clicked slot; `instant` is an aware UTC datetime.
        """
        if not self.is_loaded:
            # Still opening: run once the session is shown rather than drop the request.
            self.loaded.connect(lambda: self.new_post_at(instant), Qt.ConnectionType.SingleShotConnection)
            return

        def start() -> None:
            self.lifecycle.start_new()
            self.bar.set_instant(instant, None, self.now())
            self.actions.on_when_changed()

        self.run_after_save(start)

    def open_post(self, post_id: int) -> None:
        """Save what is being written, then load and show the stored post `post_id`.

        `post_opened` is emitted with the id once it shows, or with None when the post no longer
        exists (the current post then stays open and the status says so).
        """
        if not self.is_loaded:
            self.loaded.connect(lambda: self.open_post(post_id), Qt.ConnectionType.SingleShotConnection)
            return
        if post_id == self.state.post_id and not self.lifecycle.has_pending():
            self.refresh_activity()
            self.post_opened.emit(post_id)
            return
        self.run_after_save(lambda: self.lifecycle.load_post(post_id))

    def post_changed_elsewhere(self, post_id: int) -> None:
        """Another pane or the engine changed post `post_id`: merge the stored version under the edits here."""
        if self.is_loaded and post_id == self.state.post_id:
            self.services.load_stored(post_id, self.lifecycle.on_stored, self.lifecycle.on_stored_failed)

    def duplicate_as_new(self) -> None:
        """Copy the open post as a new unscheduled draft and open it (the sent one stays as it is)."""
        self.lifecycle.duplicate_as_new()

    # -- what the app tells the pane -----------------------------------------------------------

    def set_relay(self, configured: bool) -> None:
        """Whether a media relay is set up: validation lets relay-only media (Threads...) through then."""
        self.targets.set_relay(configured)
        self.schedule_refresh()

    def set_creator_source(self, source: CreatorSource | None) -> None:
        """Where the TikTok options read each account's creator info (`EngineCreatorSource`)."""
        self.targets.set_creator_source(source)

    def set_location_source(self, source: LocationSource | None) -> None:
        """Where the Google Business Profile location picker reads locations (`EngineLocationSource`)."""
        self.targets.set_location_source(source)

    def set_board_source(self, source: BoardSource | None) -> None:
        """Where the Pinterest board and section pickers read boards (`EngineBoardSource`)."""
        self.targets.set_board_source(source)

    def set_subreddit_source(self, source: SubredditSource | None) -> None:
        """Where the Reddit pickers read subscriptions and subreddit rules (`EngineSubredditSource`)."""
        self.targets.set_subreddit_source(source)

    def set_time_zone(self, zone: ZoneInfo) -> None:
        """Pick and show times in `zone` from now on (`TimeZoneFollower`); the picked instant stays."""
        if zone.key == self.bar.zone():
            return
        self.bar.set_zone(zone.key)
        self.sent.set_zone(zone.key)
        self.activity.set_zone(zone.key)
        self.controls.set_zone(zone.key)
        self.actions.on_when_changed()

    def time_zone(self) -> str:
        """The IANA zone times are picked and shown in."""
        return self.bar.zone()

    def reload_accounts(self) -> None:
        """Reload the connected accounts on the worker, keeping the open post as it is (`AccountsFollower`)."""
        self.services.load_accounts(self.lifecycle.on_accounts, self.lifecycle.on_accounts_failed)

    def refresh_activity(self) -> None:
        """Reload the open post's target states and activity log on the worker (not for a new post)."""
        self.lifecycle.refresh_activity()
