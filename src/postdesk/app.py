"""Composition root: builds every object, passes each its dependencies, wires the signals.

No logic lives here beyond deciding what to build and who hears what. The parts live in their
own modules: the engine's thread (`ui.engine_host`), the settings and who follows them
(`ui.preferences`, schema in `core.settings`), the catch-up question (`ui.catch_up_prompt`),
start-up store errors (`ui.startup_errors`). Panes are held in a typed `Panes` and told about
changes through the Protocols of `ui.pane_protocols`. Tests build the same window through
`build_window` with a temporary data directory.

Start-up paints first and loads after (issue 11): `run_gui` shows the window with the sidebar
and a calm loading state using only Qt and a read-only look at two settings (`ui.first_look`);
once that is painted, the store is opened (migrated, backed up) and the heavy modules imported on
the disk worker, and `build_window` puts the panes in place. Panes no first screen needs
(Queues, Insights, Media) are built on their first visit (`LazyPane`); they are built in the
time zone in force then, and join the followers from then on. This module therefore imports
the store, the engine and the panes inside the functions that use them, not at its top.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from postdesk import __version__

if TYPE_CHECKING:
    import logging
    from concurrent.futures import Future

    from PySide6.QtGui import QIcon

    from postdesk.core.networks import Network
    from postdesk.core.settings import Preferences
    from postdesk.engine import autostart as autostart_mod
    from postdesk.engine.events import EngineEvent
    from postdesk.engine.inbox_sync import InboxSync
    from postdesk.engine.qt_bridge import EngineBridge
    from postdesk.paths import Paths
    from postdesk.platforms.base import Adapter
    from postdesk.store.db import Database
    from postdesk.ui.accounts.view import AccountsPane
    from postdesk.ui.background import BackgroundRunner
    from postdesk.ui.calendar.view import CalendarPane
    from postdesk.ui.catch_up_dialog import CatchUpDialog
    from postdesk.ui.catch_up_prompt import CatchUpPrompt
    from postdesk.ui.composer.view import ComposerPane
    from postdesk.ui.engine_actions import EngineActions, EngineCalls, Submitter
    from postdesk.ui.engine_host import EngineHost
    from postdesk.ui.inbox.view import InboxPane
    from postdesk.ui.insights.view import InsightsPane
    from postdesk.ui.main_window import MainWindow, PaneSpec
    from postdesk.ui.media_library.view import MediaLibraryPane
    from postdesk.ui.pane_protocols import AccountsFollower, TimeZoneFollower
    from postdesk.ui.preferences import PreferencesKeeper
    from postdesk.ui.queues.view import QueuesPane
    from postdesk.ui.readiness import ReadinessWatcher
    from postdesk.ui.settings.relay_page import RelayPage
    from postdesk.ui.settings.view import SettingsPane
    from postdesk.ui.tray import Tray
    from postdesk.ui.welcome import Welcome

__all__ = ["LazyPane", "Panes", "Window", "build_window", "run_gui", "utc_now"]


def _log() -> logging.Logger:
    """This module's logger (`postdesk.log` is imported when first needed: start-up time)."""
    from postdesk import log

    return log.get_logger("app")


#: How long engine events are gathered before the calendar reloads (a burst reloads once).
RELOAD_DELAY_MS = 150


def utc_now() -> dt.datetime:
    """The app's one clock read: an aware UTC instant."""
    return dt.datetime.now(dt.UTC)


P = TypeVar("P", bound=QWidget)


class LazyPane(Generic[P]):
    """A pane built the first time anyone needs it (its sidebar entry, a test, a link to it).

    Args:
        build: builds the pane; it reads what is in force then (the time zone, the theme).
    """

    def __init__(self, build: Callable[[], P]) -> None:
        self._build = build
        self._pane: P | None = None
        self._hooks: list[Callable[[P], object]] = []

    def get(self) -> P:
        """The pane, built now if it was not yet."""
        if self._pane is None:
            self._pane = self._build()
            for hook in self._hooks:
                hook(self._pane)
            self._hooks.clear()
        return self._pane

    def built(self) -> P | None:
        """The pane if it exists, else None (nothing is built)."""
        return self._pane

    def when_built(self, hook: Callable[[P], object]) -> None:
        """Call `hook(pane)` once the pane exists (now, if it already does): its wiring."""
        if self._pane is not None:
            hook(self._pane)
        else:
            self._hooks.append(hook)


class Panes:
    """The panes, each by its type (no lookups by key, no `hasattr`).

    Calendar, Compose, Inbox, Accounts and Settings are built with the window (the first screen,
    the unread badge, the welcome and the settings need them). Queues, Insights and Media are
    built on first use: reading `queues`, `insights` or `media` builds the pane.

    Attributes:
        calendar, composer, inbox, accounts, settings: the panes built with the window.
        relay_page: the media relay's section of Settings.
        lazy_queues, lazy_insights, lazy_media: the panes built on first use.
    """

    def __init__(
        self,
        *,
        calendar: CalendarPane,
        composer: ComposerPane,
        inbox: InboxPane,
        accounts: AccountsPane,
        settings: SettingsPane,
        relay_page: RelayPage,
        queues: LazyPane[QueuesPane],
        insights: LazyPane[InsightsPane],
        media: LazyPane[MediaLibraryPane],
    ) -> None:
        self.calendar = calendar
        self.composer = composer
        self.inbox = inbox
        self.accounts = accounts
        self.settings = settings
        self.relay_page = relay_page
        self.lazy_queues = queues
        self.lazy_insights = insights
        self.lazy_media = media

    @property
    def queues(self) -> QueuesPane:
        """The Queues pane (built now if it was not yet)."""
        return self.lazy_queues.get()

    @property
    def insights(self) -> InsightsPane:
        """The Insights pane (built now if it was not yet)."""
        return self.lazy_insights.get()

    @property
    def media(self) -> MediaLibraryPane:
        """The Media pane (built now if it was not yet)."""
        return self.lazy_media.get()

    def specs(self) -> list[PaneSpec]:
        """The sidebar: Calendar, Compose, then the Inbox (where a creator looks most), ..., Settings."""
        from postdesk.ui.main_window import PaneSpec

        return [
            PaneSpec("calendar", QCoreApplication.translate("CalendarPane", "Calendar"), "calendar", self.calendar),
            PaneSpec("composer", QCoreApplication.translate("ComposerPane", "Compose"), "composer", self.composer),
            PaneSpec("inbox", QCoreApplication.translate("InboxPane", "Inbox"), "inbox", self.inbox),
            PaneSpec(
                "queues", QCoreApplication.translate("QueuesPane", "Queues"), "queues", build=self.lazy_queues.get
            ),
            PaneSpec(
                "insights",
                QCoreApplication.translate("InsightsPane", "Insights"),
                "insights",
                build=self.lazy_insights.get,
            ),
            PaneSpec(
                "media", QCoreApplication.translate("MediaLibraryPane", "Media"), "media", build=self.lazy_media.get
            ),
            PaneSpec("accounts", QCoreApplication.translate("AccountsPane", "Accounts"), "accounts", self.accounts),
            PaneSpec("settings", QCoreApplication.translate("SettingsPane", "Settings"), "settings", self.settings),
        ]

    def zone_followers(self) -> tuple[TimeZoneFollower, ...]:
        """The panes that show or pick times: a zone change in Settings reaches each at once.

        A pane not built yet is not listed: it is built in the zone in force when it is built.
        """
        later: tuple[TimeZoneFollower | None, ...] = (self.lazy_queues.built(), self.lazy_insights.built())
        return (self.calendar, self.composer, self.inbox, *(pane for pane in later if pane is not None))

    def accounts_followers(self) -> tuple[AccountsFollower, ...]:
        """The panes that list accounts: they reload when the Accounts pane changes one."""
        return (self.composer,)

    def close(self) -> None:
        """Queue the composer's last edits and stop the media imports (before the workers stop)."""
        self.composer.flush_draft()
        media = self.lazy_media.built()
        if media is not None:
            media.shutdown()


#: The sidebar shown while loading: the same keys, titles and icons as `Panes.specs`.
def _loading_specs() -> list[PaneSpec]:
    from postdesk.ui.main_window import PaneSpec

    return [
        PaneSpec("calendar", QCoreApplication.translate("CalendarPane", "Calendar"), "calendar"),
        PaneSpec("composer", QCoreApplication.translate("ComposerPane", "Compose"), "composer"),
        PaneSpec("inbox", QCoreApplication.translate("InboxPane", "Inbox"), "inbox"),
        PaneSpec("queues", QCoreApplication.translate("QueuesPane", "Queues"), "queues"),
        PaneSpec("insights", QCoreApplication.translate("InsightsPane", "Insights"), "insights"),
        PaneSpec("media", QCoreApplication.translate("MediaLibraryPane", "Media"), "media"),
        PaneSpec("accounts", QCoreApplication.translate("AccountsPane", "Accounts"), "accounts"),
        PaneSpec("settings", QCoreApplication.translate("SettingsPane", "Settings"), "settings"),
    ]


class _CloseToTray(QObject):
    """Turns closing the main window into hiding it when Postdesk keeps publishing in the tray."""

    def __init__(self, built: Window) -> None:
        super().__init__(built.window)
        self._built = built

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and self._built.hides_on_close():
            event.ignore()
            self._built.window.save_state()
            self._built.window.hide()
            return True
        return False


@dataclass
class Window:
    """What `build_window` builds; tests reach the parts through it.

    Attributes:
        window: the main window.
        panes: the panes, by type.
        database: the open database.
        runner: the worker thread for disk work.
        settings: the preferences in force, and who follows a change.
        bridge: engine events, on the UI thread.
        actions: the UI's requests to the engine.
        catch_up: asks about posts that fell due while Postdesk was not running.
        engine: the real engine and its thread, or None when a test injected a facade.
        tray: the tray icon, or None where there is no tray.
        quit_app: ends the application (the tray's Quit).
        closers: closed after the engine stops (e.g. the accounts' sign-in thread).
        keep: objects that must stay referenced for the window's lifetime.
        on_close: undone when the window closes (timers, connections to the application).
        quitting: set once the app is really quitting (closing no longer hides to the tray).
    """

    window: MainWindow
    panes: Panes
    database: Database
    runner: BackgroundRunner
    settings: PreferencesKeeper
    bridge: EngineBridge
    actions: EngineActions
    catch_up: CatchUpPrompt
    engine: EngineHost | None = None
    tray: Tray | None = None
    quit_app: Callable[[], object] = lambda: None
    closers: list[Callable[[], object]] = field(default_factory=list)
    keep: list[Any] = field(default_factory=list)
    on_close: list[Callable[[], object]] = field(default_factory=list)
    quitting: bool = False
    closed: bool = False
    welcome: Welcome | None = None

    @property
    def preferences(self) -> Preferences:
        """The preferences in force."""
        return self.settings.current

    @property
    def catch_up_dialog(self) -> CatchUpDialog | None:
        """The open catch-up question, if any."""
        return self.catch_up.dialog

    def hides_on_close(self) -> bool:
        """Whether closing the window hides it to the tray instead of quitting."""
        return not self.quitting and self.tray is not None and self.preferences.keep_in_tray

    def quit(self) -> None:
        """Really quit (the tray's Quit, or a close without the tray)."""
        self.quitting = True
        self.quit_app()

    def close(self) -> None:
        """Close the window, finish pending saves, stop the engine, close the database."""
        if self.closed:
            return
        self.closed = True
        self.quitting = True
        for undo in self.on_close:
            undo()
        self.on_close.clear()
        self.catch_up.close()
        self.window.close()
        if self.tray is not None:
            self.tray.hide()
        self.panes.close()
        self.runner.shutdown(wait=True)
        if self.engine is not None:
            self.engine.stop()  # before the database closes: in-flight sends still commit
        for close in self.closers:
            close()
        self.database.close()


def build_window(
    paths: Paths,
    app: QApplication,
    *,
    database: Database | None = None,
    now: Callable[[], dt.datetime] = utc_now,
    open_url: Callable[..., bool] | None = None,
    adapters: Callable[[], Mapping[Network, Adapter]] = dict,
    engine: tuple[EngineCalls, Submitter] | None = None,
    start_engine: bool = True,
    use_tray: bool | None = None,
    autostart: autostart_mod.Autostart | None = None,
    quit_app: Callable[[], object] | None = None,
    show_welcome: bool = False,
    window: MainWindow | None = None,
    runner: BackgroundRunner | None = None,
    preferences: Preferences | None = None,
) -> Window:
    """Build the main window and everything behind it over the data directory `paths`.

    Args:
        paths: the data directory.
        app: the application.
        database: an open database (opened from `paths` when None).
        now: the clock.
        open_url: opens links and folders (tests pass a recorder).
        adapters: the network adapters the engine publishes with; none by default, so a
            window built in a test never reaches a network (`run_gui` passes the shipped ones).
        engine: an engine facade and the submitter that runs its calls, used instead of the
            real engine (tests); None builds the real engine over `adapters`.
        start_engine: start the real engine's thread once the window is built.
        use_tray: show a tray icon; None: where the desktop has a tray.
        autostart: the start-at-login mechanism (None: this platform's).
        quit_app: ends the application (default `app.quit`).
        show_welcome: open the welcome on a first start (`run_gui`; tests build without it).
        window: a window already shown with loading states (`run_gui`); its panes are put in
            place. None builds a new window.
        runner: the disk worker (`run_gui` made it to open the store); None makes one.
        preferences: the settings as already loaded (None: loaded here).
    """
    from PySide6.QtGui import QDesktopServices, QIcon

    from postdesk.engine import autostart as autostart_mod
    from postdesk.engine.engine import Engine
    from postdesk.engine.inbox_sync import InboxSync
    from postdesk.engine.ledger import Ledger
    from postdesk.engine.qt_bridge import EngineBridge
    from postdesk.engine.runner import EngineRunner
    from postdesk.store.db import open_database
    from postdesk.store.repositories.accounts import AccountRepository
    from postdesk.store.repositories.holds import HoldsRepository
    from postdesk.store.repositories.posts import PostRepository
    from postdesk.store.repositories.settings import SettingsRepository
    from postdesk.ui import assets, theme
    from postdesk.ui.about_dialog import add_about_action
    from postdesk.ui.background import BackgroundRunner
    from postdesk.ui.catch_up_prompt import CatchUpPrompt
    from postdesk.ui.composer.google_business_memory import AccountLocationMemory
    from postdesk.ui.composer.google_business_options import EngineLocationSource
    from postdesk.ui.composer.pinterest_options import EngineBoardSource
    from postdesk.ui.composer.reddit_options import EngineSubredditSource
    from postdesk.ui.composer.tiktok_options import EngineCreatorSource
    from postdesk.ui.composer.youtube_quota_feed import YouTubeQuotaFeed
    from postdesk.ui.engine_actions import EngineActions
    from postdesk.ui.engine_host import EngineHost
    from postdesk.ui.main_window import MainWindow
    from postdesk.ui.preferences import PreferencesKeeper, load_preferences, zone_info
    from postdesk.ui.tray import Tray
    from postdesk.ui.welcome import install_welcome

    database = database or open_database(paths)
    settings_repo = SettingsRepository(database)
    preferences = preferences or load_preferences(settings_repo)
    theme.apply_theme(app, preferences.theme)
    runner = runner or BackgroundRunner(workers=1, name="postdesk-disk")
    show_url = open_url or QDesktopServices.openUrl

    # The bridge must live on the UI thread: its signal then reaches the UI queued.
    bridge = EngineBridge()
    host: EngineHost | None = None
    if engine is None:
        real = Engine(database, adapters, emit=bridge.sink)
        host = EngineHost(real, EngineRunner(real))
        bridge.attach(host.runner)
        calls: EngineCalls = real
        submitter: Submitter = host
        host.inbox = InboxSync(
            database,
            adapters,
            emit=bridge.sink,
            clock=real.clock,
            connectivity=real.connectivity,
            drain=real.drain_outbox,
        )
        inbox_sync = host.inbox
    else:
        calls, submitter = engine
        inbox_sync = InboxSync(database, adapters, emit=bridge.sink)
    posts = PostRepository(database)
    actions = EngineActions(
        calls,
        submitter,
        runner,
        targets_of=lambda post_id: [d.target_id for d in posts.deliveries(post_id)],
        set_catch_up_policy=Ledger(database).set_catch_up_policy,
        holds=HoldsRepository(database),
    )

    login = autostart or autostart_mod.for_platform()
    keeper = PreferencesKeeper(
        preferences,
        save=settings_repo.update,
        runner=runner,
        apply_theme=lambda choice: theme.apply_theme(app, choice),
        set_catch_up_policy=actions.set_catch_up_policy,
        set_start_at_login=lambda enabled: _set_start_at_login(runner, login, panes.settings, keeper, enabled),
        zone_followers=lambda: panes.zone_followers(),
    )
    tray_on = Tray.available() if use_tray is None else use_tray
    panes, closers = _build_panes(
        paths, database, runner, keeper, now, actions, submitter, inbox_sync, show_url, tray_on
    )
    if engine is None:  # the composer's Pinterest boards come through the engine's own adapter
        panes.composer.set_board_source(EngineBoardSource(submitter, runner, real.adapter))
        panes.composer.set_subreddit_source(EngineSubredditSource(submitter, runner, real.adapter))
        panes.composer.set_creator_source(EngineCreatorSource(submitter, runner, real.adapter))
        panes.composer.set_location_source(
            EngineLocationSource(
                submitter, runner, real.adapter, memory=AccountLocationMemory(AccountRepository(database), runner)
            )
        )
    # The composer refuses a YouTube upload that its Pacific day's quota cannot cover (and warns when low).
    YouTubeQuotaFeed(panes.composer, runner, database, now)
    if window is None:
        window = MainWindow(panes.specs(), QSettings(str(paths.base / "window.ini"), QSettings.Format.IniFormat))
    else:
        window.set_panes(panes.specs())
    icon = QIcon(assets.tinted_pixmap("app", theme.ACCENT, 64))
    window.setWindowIcon(icon)
    add_about_action(window)  # Help > About Postdesk: version, license, third-party notices
    runner.set_error_reporter(lambda error: _report(window, error))

    prompt = CatchUpPrompt(window, lambda: zone_info(keeper.current.time_zone), actions.resolve_catch_up)
    built = Window(
        window,
        panes,
        database,
        runner,
        keeper,
        bridge,
        actions,
        prompt,
        host,
        quit_app=quit_app or app.quit,
        closers=closers,
    )

    _wire_panes(built, show_url)
    _wire_queues(built, now)
    _wire_csv(built, paths, now)
    _wire_best_times(built, now)
    _wire_tools(built, paths, now)
    built.welcome = install_welcome(
        window,
        panes.settings.add_section,
        connect=lambda: (window.show_pane("accounts"), panes.accounts.open_connect_dialog()),
        write=lambda: (window.show_pane("composer"), panes.composer.focus_text()),
        remember=lambda: keeper.remember(welcome_seen=True),
    )
    if show_welcome and not preferences.welcome_seen:
        built.welcome.show_if_first_start(runner, database)
    if tray_on:
        built.tray = _build_tray(built, icon)
    window.installEventFilter(_CloseToTray(built))
    _wire_engine_events(built)
    _watch_readiness(built)

    panes.settings.preferences_changed.connect(keeper.change)
    runner.submit(
        login.is_enabled,
        on_done=lambda on: _show_start_at_login(panes.settings, keeper, on),
        on_error=lambda e: _log().warning("Reading start at login failed: %s", type(e).__name__),
    )

    def on_system_scheme_changed() -> None:
        if keeper.current.theme == theme.ThemeChoice.SYSTEM:
            theme.apply_theme(app, theme.ThemeChoice.SYSTEM)

    app.styleHints().colorSchemeChanged.connect(on_system_scheme_changed)
    built.on_close.append(lambda: app.styleHints().colorSchemeChanged.disconnect(on_system_scheme_changed))
    panes.inbox.reload()
    panes.calendar.start()
    if host is not None and start_engine:
        host.start()
        bridge.watch_network()
    return built


def _watch_readiness(built: Window) -> ReadinessWatcher:
    """Scheduled posts that became impossible (account gone, no relay...) warn in the calendar and tray;
    the composer and the watcher learn whether a media relay is set up, now and whenever Settings changes it."""
    from postdesk.ui.readiness import install_readiness
    from postdesk.ui.settings.relay_page import relay_configured_blocking

    panes = built.panes
    relay = {"configured": False}
    readiness = install_readiness(
        built.database,
        built.runner,
        calendar=panes.calendar,
        tray=built.tray,
        parent=built.window,
        triggers=(panes.accounts.accounts_changed, panes.calendar.loaded, panes.composer.scheduled),
        relay=lambda: relay["configured"],
    )
    built.on_close.append(readiness.stop)

    def relay_changed(configured: bool) -> None:
        relay["configured"] = configured
        panes.composer.set_relay(configured)
        readiness.refresh()

    panes.relay_page.relay_changed.connect(relay_changed)
    built.runner.submit(relay_configured_blocking, built.database, on_done=relay_changed, key="relay-configured")
    return readiness


def _report(window: MainWindow, error: BaseException) -> None:
    """The one error path: log what failed, show the user words (`ui.error_words`)."""
    from postdesk.ui.error_words import describe_error

    _log().error("A background task failed: %s", type(error).__name__, exc_info=error)
    window.show_problem(describe_error(error))


def _wire_panes(built: Window, show_url: Callable[..., bool]) -> None:
    """Who hears what, between panes."""
    panes, window = built.panes, built.window
    calendar, composer = panes.calendar, panes.composer
    panes.inbox.unread_changed.connect(lambda count: window.set_badge("inbox", count))
    panes.lazy_insights.when_built(
        lambda insights: insights.compose_requested.connect(lambda: compose(composer.new_post))
    )

    def queues_built(queues: QueuesPane) -> None:
        queues.queues_changed.connect(calendar.reload)  # free slots and queued posts move
        panes.accounts.accounts_changed.connect(queues.reload)
        composer.queue.queued.connect(lambda _post, _slot: queues.reload())

    panes.lazy_queues.when_built(queues_built)

    def compose(action: Callable[[], object]) -> None:
        action()
        window.show_pane("composer")

    panes.lazy_media.when_built(
        lambda media: media.attach_requested.connect(lambda ids: compose(lambda: composer.attach_assets(ids)))
    )
    # Empty states and the inbox's reconnect banner lead to the one place that does the thing.
    calendar.write_requested.connect(lambda: compose(composer.new_post))
    panes.inbox.connect_requested.connect(lambda: (window.show_pane("accounts"), panes.accounts.open_connect_dialog()))
    panes.inbox.reconnect_requested.connect(
        lambda account: (window.show_pane("accounts"), panes.accounts.open_connect_dialog(reconnect=account))
    )
    # The composer's "Connect …" chip opens the connect dialog on its network; its account chips
    # draw pictures from the app's one cache (the inbox's).
    composer.targets.connect_requested.connect(
        lambda network: (window.show_pane("accounts"), panes.accounts.open_connect_dialog(network=network))
    )
    composer.targets.set_avatar_cache(panes.inbox.avatars)
    composer.preview_part.set_avatar_cache(panes.inbox.avatars)  # the accounts' pictures in the previews
    panes.accounts.accounts_changed.connect(panes.inbox.reload)
    # Ctrl+N from every pane: the window's shortcut replaces the composer's own (two would be ambiguous).
    composer.new_action.setShortcuts([])
    window.remember_splitter("composer", composer.splitter)  # the preview's width, as the user left it
    window.add_shortcut(QKeySequence(QKeySequence.StandardKey.New), lambda: compose(composer.new_post))
    for follower in panes.accounts_followers():
        panes.accounts.accounts_changed.connect(follower.reload_accounts)
    composer.link_activated.connect(lambda url: _open_link(show_url, url))
    calendar.open_post.connect(lambda post_id: compose(lambda: composer.open_post(post_id)))
    calendar.publish_now_requested.connect(lambda post_id: compose(lambda: composer.publish_now_post(post_id)))
    calendar.link_activated.connect(lambda url: _open_link(show_url, url))
    composer.set_reach(built.actions)
    calendar.compose_at.connect(lambda instant: compose(lambda: composer.new_post_at(instant)))
    calendar.post_changed.connect(composer.post_changed_elsewhere)  # a move shows in an open composer
    composer.scheduled.connect(lambda post: built.actions.schedule_changed(post.id) if post.id else None)


def _wire_queues(built: Window, now: Callable[[], dt.datetime]) -> None:
    """The composer's Add to queue and Repeat reach the queues and the engine; the calendar and Queues follow."""
    from postdesk.store.repositories.queues import QueuesRepository
    from postdesk.ui.composer.queue_button import QueueServices

    panes, window = built.panes, built.window
    queue = panes.composer.queue
    queue.set_services(
        QueueServices(
            QueuesRepository(built.database), built.runner, built.actions, now, lambda: built.preferences.time_zone
        )
    )
    queue.queued.connect(lambda _post, _slot: panes.calendar.reload())  # Queues reloads once built
    queue.open_queues.connect(lambda: window.show_pane("queues"))
    queue.repeat.changed.connect(panes.calendar.reload)


def _wire_best_times(built: Window, now: Callable[[], dt.datetime]) -> None:
    """The composer's "Suggested times" read the creator's own best weekdays and hours from the stored metrics."""
    from postdesk.store.repositories.insights import InsightsRepository

    history = InsightsRepository(built.database).engagement_history
    built.panes.composer.bar.best_times.set_source(history, built.runner, now)


def _wire_csv(built: Window, paths: Paths, now: Callable[[], dt.datetime]) -> None:
    """The calendar bar's CSV button: import posts (scheduled ones wake the engine) and export them."""
    from postdesk.ui.csv_import.controls import install
    from postdesk.ui.csv_import.services import CsvServices
    from postdesk.ui.settings.relay_page import relay_configured_blocking

    services = CsvServices(
        built.database,
        paths,
        built.runner,
        now,
        lambda: built.preferences.time_zone,
        relay=lambda: relay_configured_blocking(built.database),
    )
    controls = install(built.panes.calendar, services)
    controls.imported.connect(
        lambda ids, scheduled: built.actions.schedule_changed(ids[0]) if scheduled and ids else None
    )


def _wire_tools(built: Window, paths: Paths, now: Callable[[], dt.datetime]) -> None:
    """The composer's tags, snippets, templates and per-network crops reach the store and the library;
    "Always require alt text" reaches its checks; Settings opens the snippet and template managers; the
    calendar's tag filter follows new tags."""
    from postdesk.store.repositories.composer_tools import ComposerToolsRepository
    from postdesk.ui.composer.snippets_dialog import ToolsServices
    from postdesk.ui.composer.templates_part import settings_section

    panes = built.panes
    tools = panes.composer.tools

    made: list[Any] = []

    def library() -> Any:  # the library's services (and Pillow) are made on the first crop, not at start-up
        from postdesk.ui.media_library.services import MediaLibraryServices

        if not made:
            made.append(MediaLibraryServices(built.database, paths, now=now))
        return made[0]

    tools.set_services(ToolsServices(ComposerToolsRepository(built.database), built.runner, now, library))
    tools.set_require_alt_text(built.preferences.require_alt_text)
    panes.settings.preferences_changed.connect(lambda p: tools.set_require_alt_text(p.require_alt_text))
    panes.settings.add_section(settings_section(tools))
    tools.tags_saved.connect(panes.calendar.reload)


def _open_link(show_url: Callable[..., bool], url: str) -> None:
    show_url(QUrl(url))


def _build_tray(built: Window, icon: QIcon) -> Tray:
    from postdesk.ui.tray import Tray

    tray = Tray(icon, built.window)
    tray.show_requested.connect(lambda: _bring_back(built.window))
    tray.pause_toggled.connect(built.actions.set_publishing_paused)
    tray.quit_requested.connect(built.quit)
    tray.catch_up_requested.connect(lambda targets: built.catch_up.ask(targets, force=True))
    tray.open_post_requested.connect(lambda post_id: _open_post(built, post_id))
    tray.resolve_unknown_requested.connect(lambda post_id, target_id: _resolve_unknown(built, post_id, target_id))
    built.bridge.engine_event.connect(tray.on_engine_event)
    built.panes.inbox.unread_changed.connect(tray.set_unread)
    built.panes.inbox.inbox_accounts_changed.connect(tray.set_inbox_accounts)
    tray.show()
    return tray


def _wire_engine_events(built: Window) -> None:
    """Engine events: the inbox hears them; the calendar reloads (a burst once); the composer follows its post."""
    from postdesk.engine.events import CatchUpRequired, NeedsAttention, TargetChanged

    calendar, composer = built.panes.calendar, built.panes.composer
    built.bridge.engine_event.connect(built.panes.inbox.on_engine_event)
    built.bridge.engine_event.connect(built.actions.status.on_engine_event)
    reload_timer = QTimer(built.window)
    reload_timer.setSingleShot(True)
    reload_timer.setInterval(RELOAD_DELAY_MS)
    reload_timer.timeout.connect(calendar.reload)
    built.on_close.append(reload_timer.stop)
    # Autosaves come every second while typing: gather them like engine events.
    composer.post_saved.connect(lambda _post: reload_timer.isActive() or reload_timer.start())

    def on_engine_event(event: EngineEvent) -> None:
        if built.closed:
            return  # the engine may still report while it stops; the panes are gone
        if isinstance(event, TargetChanged | NeedsAttention):
            if not reload_timer.isActive():
                reload_timer.start()
            if composer.is_loaded and composer.current_post().id == event.post_id:
                composer.refresh_activity()
                composer.post_changed_elsewhere(event.post_id)  # adopt the engine's new version
        elif isinstance(event, CatchUpRequired):
            built.catch_up.ask(event.targets, force=False)

    built.bridge.engine_event.connect(on_engine_event)


def _show_start_at_login(pane: SettingsPane, keeper: PreferencesKeeper, enabled: bool) -> None:
    """Show what the OS says about starting at login."""
    pane.set_start_at_login(enabled)
    keeper.confirm_start_at_login(enabled)


def _set_start_at_login(
    runner: BackgroundRunner,
    login: autostart_mod.Autostart,
    pane: SettingsPane,
    keeper: PreferencesKeeper,
    enabled: bool,
) -> None:
    """Ask the OS to start Postdesk at login (or not); say so if it refuses, and show the truth."""

    def failed(error: BaseException) -> None:
        _log().error("Changing start at login failed: %s", type(error).__name__)
        pane.show_login_problem(
            QCoreApplication.translate(
                "SettingsPane", "Postdesk could not change whether it starts at login. Your system refused: {reason}"
            ).format(reason=str(error))
        )
        runner.submit(login.is_enabled, on_done=lambda on: _show_start_at_login(pane, keeper, on), key="start-at-login")

    pane.show_login_problem("")
    runner.submit(login.enable if enabled else login.disable, on_error=failed, key="start-at-login")


def _open_post(built: Window, post_id: int) -> None:
    """A clicked notification about a post: show it in the composer."""
    _bring_back(built.window)
    built.panes.composer.open_post(post_id)
    built.window.show_pane("composer")


def _resolve_unknown(built: Window, post_id: int, target_id: int) -> None:
    """A clicked notification about a lost answer: show the post and ask whether it went out."""
    _bring_back(built.window)
    built.panes.composer.resolve_unknown_post(post_id, target_id)
    built.window.show_pane("composer")


def _bring_back(window: MainWindow) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def _build_panes(
    paths: Paths,
    database: Database,
    runner: BackgroundRunner,
    keeper: PreferencesKeeper,
    now: Callable[[], dt.datetime],
    actions: EngineActions,
    submitter: Submitter,
    inbox_sync: InboxSync,
    show_url: Callable[..., bool],
    tray_available: bool,
) -> tuple[Panes, list[Callable[[], object]]]:
    """The product panes, and what to close after the engine stops.

    The lazily built panes read the time zone in force when they are built (`keeper.current`).
    """
    from postdesk.core.networks import display_name
    from postdesk.store.repositories.accounts import AccountRepository
    from postdesk.store.repositories.calendar import CalendarRepository
    from postdesk.store.repositories.inbox import InboxRepository
    from postdesk.store.repositories.insights import InsightsRepository
    from postdesk.store.repositories.queues import QueuesRepository
    from postdesk.ui.accounts.services import ServiceFacade
    from postdesk.ui.accounts.view import AccountsPane
    from postdesk.ui.calendar.thumbs import CardThumbnails
    from postdesk.ui.calendar.view import CalendarPane
    from postdesk.ui.composer.services import StoreComposerServices
    from postdesk.ui.composer.view import ComposerPane
    from postdesk.ui.inbox.view import InboxActions, InboxPane
    from postdesk.ui.preferences import zone_info
    from postdesk.ui.settings.relay_page import RelayPage, StoreRelayServices
    from postdesk.ui.settings.view import SettingsPane
    from postdesk.ui.widgets.avatar_cache import AvatarCache, avatar_cache_dir

    preferences = keeper.current
    composer = ComposerPane(StoreComposerServices(database, paths, runner, now), now=now, zone=preferences.time_zone)
    # The previews' width (phone or desktop): shown as stored, stored as the user picks it.
    composer.preview_part.set_preview_width(preferences.preview_width)
    composer.preview_part.preview_width_chosen.connect(lambda mode: keeper.remember(preview_width=mode))
    accounts_facade = ServiceFacade(database, paths)
    accounts = AccountsPane(accounts_facade, runner, now=now)
    calendar_repo = CalendarRepository(database)
    insights_repo = InsightsRepository(database)
    calendar = CalendarPane(
        calendar_repo,
        runner,
        actions,
        zone=zone_info(preferences.time_zone),
        now=now,
        queues=calendar_repo.queue_schedules,
        reach=actions,
        metrics=insights_repo.post_totals,
        queue_edits=QueuesRepository(database),
        thumbnails=CardThumbnails(paths),
    )
    inbox = InboxPane(
        InboxRepository(database),
        AccountRepository(database),
        runner,
        submit=submitter.submit,
        actions=InboxActions(
            inbox_sync.sync_now,
            inbox_sync.reply,
            inbox_sync.like,
            inbox_sync.like_networks,
            delete_reply=inbox_sync.delete_reply,
            delete_reply_networks=inbox_sync.delete_reply_networks,
            hide=inbox_sync.hide,
            hide_networks=inbox_sync.hide_networks,
            mark_seen=inbox_sync.mark_seen,
            delete_comment=inbox_sync.delete_comment,
            delete_comment_networks=inbox_sync.delete_comment_networks,
        ),
        open_url=lambda url: _open_link(show_url, url),
        avatars=AvatarCache(avatar_cache_dir(paths)),
    )
    inbox.set_time_zone(zone_info(preferences.time_zone))
    inbox.model.set_clock(now)  # "5 min ago" from the app's clock
    from postdesk.ui.i18n import shipped_languages

    settings = SettingsPane(
        preferences, paths.base, languages=shipped_languages(), open_url=show_url, tray_available=tray_available
    )
    relay_page = RelayPage(StoreRelayServices(database), runner)
    settings.add_section(relay_page)

    def build_queues() -> QueuesPane:
        from postdesk.ui.queues.view import QueuesPane

        return QueuesPane(
            QueuesRepository(database),
            runner,
            zone=zone_info(keeper.current.time_zone),
            now=now,
            accounts=lambda: [
                (a.id, f"{display_name(a.network)} · {a.handle}", a.network) for a in AccountRepository(database).list()
            ],
        )

    def build_insights() -> InsightsPane:
        from postdesk.ui.insights.view import InsightsPane

        return InsightsPane(insights_repo, runner, zone=zone_info(keeper.current.time_zone), now=now, refresh=actions)

    def build_media() -> MediaLibraryPane:
        from postdesk.ui.media_library.services import MediaLibraryServices
        from postdesk.ui.media_library.view import MediaLibraryPane

        return MediaLibraryPane(MediaLibraryServices(database, paths, now=now), paths, runner)

    panes = Panes(
        calendar=calendar,
        composer=composer,
        inbox=inbox,
        accounts=accounts,
        settings=settings,
        relay_page=relay_page,
        queues=LazyPane(build_queues),
        insights=LazyPane(build_insights),
        media=LazyPane(build_media),
    )
    return panes, [accounts_facade.close, inbox.avatars.shutdown]


@dataclass
class _Start:
    """Start-up in progress: what `run_gui` has so far (the window is shown before the rest exists).

    Attributes:
        window: the window, shown with loading states until the panes are in place.
        runner: the disk worker that opens the store (made once the first window is painted).
        keep: objects that must stay referenced (the single-instance server).
        translators: the installed translators (a dropped QTranslator stops translating).
        opening: the store being opened on the worker, once asked for.
        built: the whole window, once built.
        exit_code: what `run_gui` returns.
        quit_when_ready: `on_shown` asked to quit: quit once start-up has finished.
        finished: start-up has finished (built, or failed and explained).
    """

    window: MainWindow
    runner: BackgroundRunner | None = None
    keep: list[Any] = field(default_factory=list)
    translators: list[Any] = field(default_factory=list)
    opening: Future[Any] | None = None
    built: Window | None = None
    exit_code: int = 0
    quit_when_ready: bool = False
    finished: bool = False

    def close(self) -> None:
        """The app quits: close what was built, or what start-up had opened so far."""
        if self.built is not None:
            self.built.close()
            return
        if self.runner is not None:
            self.runner.shutdown(wait=True)
        opened = self.opening
        if opened is not None and opened.done() and not opened.cancelled() and opened.exception() is None:
            database, _preferences = opened.result()
            database.close()


def _open_store(paths: Paths) -> tuple[Database, Preferences]:
    """On the disk worker: import the store and the engine, open (migrate, back up) the database,
    read the settings. Raises the store's typed errors (`store.errors.StoreError`)."""
    from postdesk.engine import engine as _engine  # noqa: F401  (imported here, off the UI thread)
    from postdesk.platforms import shipped as _shipped  # noqa: F401
    from postdesk.store.db import open_database
    from postdesk.store.repositories.settings import SettingsRepository
    from postdesk.ui.preferences import load_preferences

    database = open_database(paths)
    return database, load_preferences(SettingsRepository(database))


def _open_or_explain(
    paths: Paths, show_error: Callable[[str, str], object] | None
) -> tuple[Database, Preferences] | None:
    """On the UI thread: open the store, or explain why not (`ui.startup_errors`); None: exit."""
    from postdesk.store.repositories.settings import SettingsRepository
    from postdesk.ui import startup_errors
    from postdesk.ui.preferences import load_preferences

    database = startup_errors.open_or_explain(paths, show_error)
    return None if database is None else (database, load_preferences(SettingsRepository(database)))


def _could_not_start(paths: Paths, show_error: Callable[[str, str], object] | None) -> None:
    """Say that start-up failed for a reason nobody foresaw (the log has the details)."""
    title = QCoreApplication.translate("Startup", "Postdesk could not start")
    text = QCoreApplication.translate(
        "Startup", "Something went wrong while opening your posts. The log in {folder} has the details."
    ).format(folder=str(paths.logs))
    if show_error is not None:
        show_error(title, text)
    else:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, title, text)


def run_gui(
    paths: Paths,
    *,
    language: str | None = None,
    on_shown: Callable[[MainWindow], bool] | None = None,
    show_error: Callable[[str, str], object] | None = None,
    minimized: bool = False,
    on_ready: Callable[[MainWindow], bool] | None = None,
) -> int:
    """Run the desktop app until its window closes; return the exit code.

    The window is shown first, with the sidebar and a calm loading state; once it is painted, the
    store is opened on the disk worker and the panes are put in place (see the module's docstring).

    Args:
        paths: the data directory.
        language: a locale name overriding the system's and the saved preference.
        on_shown: called once the window is first shown (still loading); returning True quits
            once start-up has finished (benchmarks and tests use it).
        show_error: shows a start-up problem (title, text); a modal message box by default.
        minimized: start hidden in the tray (at login); the window shows where there is no tray.
        on_ready: called once the panes are in place; returning True quits.
    """
    from PySide6.QtWidgets import QSystemTrayIcon

    from postdesk.ui import first_look, i18n, theme
    from postdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    app.setApplicationName("Postdesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Postdesk")
    app.setDesktopFileName("org.postdesk.Postdesk")  # packaging/linux/org.postdesk.Postdesk.desktop
    # The window may hide to the tray; quitting is decided in one place (Window.quit / a close).
    app.setQuitOnLastWindowClosed(False)

    look = first_look.peek(paths.database)
    opened: tuple[Database, Preferences] | None = None
    if not look.readable:
        # SQLite refuses the file outright: say so (and offer the newest backup) before any window.
        opened = _open_or_explain(paths, show_error)
        if opened is None:
            return 2
    translators = i18n.install_translators(app, language or look.language or None)
    theme.apply_theme(app, look.theme)
    window = MainWindow(_loading_specs(), QSettings(str(paths.base / "window.ini"), QSettings.Format.IniFormat))
    start = _Start(window, translators=translators)
    window.closing.connect(app.quit)  # a close that was not a hide to the tray
    app.aboutToQuit.connect(start.close)

    def finish(code: int) -> None:
        start.exit_code, start.finished = code, True
        if code != 0:
            window.forget_state()
        if code != 0 or start.quit_when_ready:
            app.quit()

    def build(store: tuple[Database, Preferences]) -> None:
        try:
            build_on(*store)
        except Exception as error:
            _log().error("Building the window failed: %s", type(error).__name__, exc_info=error)
            _could_not_start(paths, show_error)
            finish(1)

    def build_on(database: Database, preferences: Preferences) -> None:
        if language is None and preferences.language != look.language:
            start.translators.extend(i18n.install_translators(app, preferences.language or None))
        # The encrypted-file vault, when the user chose it, is unlocked before the engine needs a token;
        # "Not now" starts with its accounts shown as locked.
        from postdesk.auth.vault import activate_file_vault
        from postdesk.platforms.shipped import shipped_registry
        from postdesk.ui.vault_dialog import unlock_at_start

        unlock_at_start(activate_file_vault(paths.vault_file), None)
        # Loud on purpose: a shipped adapter that fails to import is a bug to see, not to hide.
        registry = shipped_registry(database)
        start.built = build_window(
            paths,
            app,
            database=database,
            adapters=registry.build,
            quit_app=app.quit,
            show_welcome=True,
            window=window,
            runner=start.runner,
            preferences=preferences,
        )
        start.built.keep.extend([*start.keep, start.translators])
        app.setProperty("postdesk_translators", len(start.translators))
        # twitter-text is loaded lazily (about 0.5 s); load it now, off the UI thread, so the first
        # X or Mastodon count in the composer does not pause.
        import threading

        from postdesk.core.text import warm_up as warm_up_text

        threading.Thread(target=warm_up_text, name="postdesk-warm-up", daemon=True).start()
        if on_ready is not None and on_ready(window):
            start.quit_when_ready = True
        finish(0)

    def failed(error: BaseException) -> None:
        from postdesk.store.errors import StoreError

        if not isinstance(error, StoreError):
            _log().error("Postdesk could not start: %s", type(error).__name__, exc_info=error)
            _could_not_start(paths, show_error)
            finish(1)
            return
        # Opened again on the UI thread: the same error, now explained (and a damaged file offered
        # its newest backup) by the one place that words start-up problems.
        store = _open_or_explain(paths, show_error)
        if store is None:
            finish(2)
            return
        build(store)

    def load() -> None:
        from postdesk.ui.background import BackgroundRunner
        from postdesk.ui.single_instance import InstanceServer, bring_to_front

        runner = start.runner = BackgroundRunner(workers=1, name="postdesk-disk")

        # A second launch on this data directory hands over to this window (`__main__` holds the lock).
        server = InstanceServer(paths.base, on_activate=lambda: bring_to_front(window), parent=app)
        server.listen()
        start.keep.append(server)
        app.aboutToQuit.connect(server.close)
        if opened is not None:
            build(opened)  # already opened (a damaged file was restored from its backup)
        else:
            start.opening = runner.submit(_open_store, paths, on_done=build, on_error=failed)

    def shown() -> None:
        if on_shown is not None and on_shown(window):
            start.quit_when_ready = True
            if start.finished:
                app.quit()

    if on_shown is not None:
        QTimer.singleShot(0, shown)  # queued before the load, which a paint during show() may queue
    if minimized and QSystemTrayIcon.isSystemTrayAvailable():
        QTimer.singleShot(0, load)  # nothing to paint: load at once
    else:
        # Loading starts once the first loading state is painted: the user sees the window first.
        window.first_painted.connect(lambda: QTimer.singleShot(0, load), type=Qt.ConnectionType.SingleShotConnection)
        window.show()
    app.exec()
    return start.exit_code
