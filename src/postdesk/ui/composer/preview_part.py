"""The preview part of the composer: what one keystroke costs, and when each preview renders.

Every change schedules one coalesced refresh. The refresh measures and validates every target
(cheap, cached in core), brings every tab's counter up to date and renders only the visible tab's
problems and highlights; the visible preview follows `PREVIEW_IDLE_MS` behind the typing (and at
least every `PREVIEW_MAX_MS`); hidden tabs render on idle, one per event-loop turn, or when shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from postdesk.core.entities import Post
from postdesk.core.networks import Network
from postdesk.ui.composer.card_styles import style_for
from postdesk.ui.composer.editor_part import EditorPart
from postdesk.ui.composer.media_part import MediaPart
from postdesk.ui.composer.previews.video_still import mark_videos
from postdesk.ui.composer.target_panel import TargetPanel
from postdesk.ui.composer.targets_part import TargetsPart
from postdesk.ui.composer.wording import describe_problem
from postdesk.ui.widgets.avatar_cache import AvatarCache

#: How long after the last change the hidden tabs' previews are brought up to date.
IDLE_RENDER_MS = 600
#: The visible preview renders this long after the last keystroke...
PREVIEW_IDLE_MS = 40
#: ...and at least this often while the user keeps typing.
PREVIEW_MAX_MS = 1000

#: Told the post and the first sentences of the targets that have errors, after each refresh.
GateCallback = Callable[[Post, list[str]], None]


class PreviewPart(QObject):
    """Counters, problems, highlights and previews, kept up to date without slowing the typing.

    Args:
        editor: the main text.
        targets: the chosen networks and their panels.
        media: the attachments.
        current_post: the post as the widgets describe it now.
        gate: told the post and the errors after each refresh (the Schedule button follows).
        parent: the owning QObject.

    Signals:
        preview_width_chosen: the user picked the previews' width ("phone" or "desktop") in a tab;
            the app stores it (`Preferences.preview_width`).
    """

    preview_width_chosen = Signal(str)

    def __init__(
        self,
        editor: EditorPart,
        targets: TargetsPart,
        media: MediaPart,
        current_post: Callable[[], Post],
        gate: GateCallback,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._targets = targets
        self._media = media
        self._post = current_post
        self._gate = gate
        self._dirty: set[Network] = set()
        self._width = "phone"
        self._framed: set[Network] = set()  # the panels whose width toggle is followed
        self._avatars: AvatarCache | None = None
        self._pending = False
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh_now)
        self._idle_timer = QTimer(self, singleShot=True, interval=IDLE_RENDER_MS)
        self._idle_timer.timeout.connect(self._render_hidden)
        self._hidden_step = QTimer(self, singleShot=True, interval=0)
        self._hidden_step.timeout.connect(self._render_hidden)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_IDLE_MS)
        self._preview_timer.timeout.connect(self.render_visible_now)
        self._preview_max = QTimer(self, singleShot=True, interval=PREVIEW_MAX_MS)
        self._preview_max.timeout.connect(self.render_visible_now)

    def mark_dirty(self, network: Network) -> None:
        """`network`'s preview and problems are out of date."""
        self._dirty.add(network)

    def schedule_refresh(self) -> None:
        """Refresh on the next event-loop turn (edits coalesce into one refresh)."""
        self._pending = True
        self._dirty.update(self._targets.selected_networks())
        self._refresh_timer.start()

    def refresh_pending(self) -> bool:
        """Whether an edit is waiting for its refresh (the next event-loop turn runs it)."""
        return self._pending

    def refresh_now(self) -> None:
        """Bring counters, tab titles, problems, highlights and the Schedule button up to date.

        This is what one keystroke costs; every counter and tab title is current when it returns.
        The visible preview follows PREVIEW_IDLE_MS later (`render_visible_now()` forces it);
        hidden tabs' previews render on idle or when their tab is shown.
        """
        self._refresh_timer.stop()
        self._pending = False
        post = self._post()
        media = self._media.infos()
        errors: list[str] = []
        current = self._targets.current_panel()
        for network in self._targets.selected_networks():
            panel = self._targets.panel(network)
            status = panel.evaluate(post, media)
            # Every tab's counter is part of the keystroke; setTabText (a tab bar relayout)
            # only runs when a title's text really changed.
            self._targets.update_tab_title(network)
            if status.has_errors and not errors:
                first = next(p for p in status.problems if p.severity == "error")
                parts = len(panel.target().effective_parts(post.parts))
                name = style_for(network).name
                sentence = describe_problem(first.code.name, network, first.params, first.part_index, parts)
                errors.append(sentence if name in sentence else f"{name}: {sentence}")
            elif status.has_errors:
                errors.append(style_for(network).name)
        if current is not None:
            current.render_problems(post)
            if current.network in self._dirty:
                # The preview is the costly part of a keystroke: it follows the typing a
                # few tens of milliseconds behind (and at least every PREVIEW_MAX_MS).
                self._preview_timer.start()
                if not self._preview_max.isActive():
                    self._preview_max.start()
        self._highlight(current)
        self._gate(post, errors)
        if self._dirty:
            self._idle_timer.start()

    def update_tab_titles(self) -> None:
        """Bring every tab's title (network and counter) up to date now."""
        for network in self._targets.selected_networks():
            self._targets.update_tab_title(network)

    def show_current(self) -> None:
        """Another tab was shown: bring it up to date at once."""
        panel = self._targets.current_panel()
        if panel is not None:
            self._dirty.add(panel.network)
            self.refresh_now()
            self.render_visible_now()

    def _display(self, panel: TargetPanel) -> tuple[str, str, str]:
        account = panel.account()
        if account is not None:
            return account.display_name or account.label, account.handle or account.label, account.avatar_url
        return self.tr("Your name"), self.tr("yourname"), ""

    def set_avatar_cache(self, cache: AvatarCache | None) -> None:
        """Where the accounts' pictures come from (the inbox's cache: fetched once, kept on disk)."""
        self._avatars = cache
        for panel in self._targets.panels().values():
            panel.preview_frame.set_avatar_cache(cache)

    def preview_width(self) -> str:
        """The previews' width: "phone" or "desktop"."""
        return self._width

    def set_preview_width(self, mode: str) -> None:
        """Show every tab's preview at the "phone" or "desktop" width (the stored setting)."""
        self._width = mode
        for panel in self._targets.panels().values():
            panel.preview_frame.set_width(mode)

    def _on_width_chosen(self, mode: str) -> None:
        self.set_preview_width(mode)
        self.preview_width_chosen.emit(mode)

    def _follow_width(self, panel: TargetPanel) -> None:
        if panel.network not in self._framed:
            self._framed.add(panel.network)
            panel.preview_frame.width_chosen.connect(self._on_width_chosen)
            panel.preview_frame.set_avatar_cache(self._avatars)
        if panel.preview_frame.width_mode() != self._width:
            panel.preview_frame.set_width(self._width)

    def _render_details(self, panel: TargetPanel, post: Post) -> None:
        self._follow_width(panel)
        ids = panel.target().effective_media(post.media)
        # A video reaches the card as its still, marked as a video (play mark, length).
        images = mark_videos(self._media.images(ids), [i for i in ids if i in self._media.infos()], self._media.infos())
        panel.render_details(post, images, self._display(panel))
        self._dirty.discard(panel.network)

    def render_visible_now(self) -> None:
        """Render the visible tab's preview now if it is out of date (tests, screenshots)."""
        self._preview_timer.stop()
        self._preview_max.stop()
        if self._pending:
            self.refresh_now()
            self._preview_timer.stop()
            self._preview_max.stop()
        current = self._targets.current_panel()
        if current is not None and current.network in self._dirty:
            self._render_details(current, self._post())

    def _render_hidden(self) -> None:
        """Render the previews of hidden tabs, one per event-loop turn, so typing stays smooth."""
        if self._pending:
            self._idle_timer.start()
            return
        selected = [n for n in self._targets.selected_networks() if n in self._dirty]
        if not selected:
            return
        self._render_details(self._targets.panel(selected[0]), self._post())
        if len(selected) > 1:
            self._hidden_step.start()

    def render_all_now(self) -> None:
        """Render every chosen network's preview now (screenshots and tests)."""
        self.refresh_now()
        self._preview_timer.stop()
        self._preview_max.stop()
        post = self._post()
        for network in self._targets.selected_networks():
            self._render_details(self._targets.panel(network), post)

    def _highlight(self, panel: TargetPanel | None) -> None:
        spans = panel.highlight_spans() if panel is not None else {}
        overridden = panel is not None and panel.override_check.isChecked()
        self._editor.editor.highlight({} if overridden else spans)
        for other in self._targets.panels().values():
            other.override_editor.highlight(spans if other is panel and overridden else {})
