"""Composition root: builds every object, passes each its dependencies, wires the signals.

No logic lives here beyond deciding what to build. Tests build the same window through
`build_window` with a temporary data directory.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, QTimeZone, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import QApplication

from postdesk import __version__, log
from postdesk.core.networks import Network
from postdesk.core.states import CatchUpMode
from postdesk.core.text import warm_up as warm_up_text
from postdesk.engine import autostart as autostart_mod
from postdesk.engine.engine import Engine
from postdesk.engine.events import CatchUpRequired, EngineEvent, LateTarget, NeedsAttention, TargetChanged
from postdesk.engine.inbox_sync import InboxSync
from postdesk.engine.ledger import Ledger
from postdesk.engine.qt_bridge import EngineBridge
from postdesk.engine.runner import EngineRunner
from postdesk.paths import Paths
from postdesk.platforms.base import Adapter
from postdesk.store.db import Database, open_database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.inbox import InboxRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.repositories.settings import SettingsRepository
from postdesk.ui import assets, i18n, theme
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.catch_up_dialog import CatchUpDialog
from postdesk.ui.engine_actions import EngineActions, EngineCalls, Submitter
from postdesk.ui.inbox.view import InboxActions, InboxPane
from postdesk.ui.main_window import MainWindow, PaneSpec
from postdesk.ui.settings.view import Preferences, SettingsPane
from postdesk.ui.tray import Tray

_log = log.get_logger("app")
PREFERENCES_KEY = "preferences"


def utc_now() -> dt.datetime:
    """The app's one clock read: an aware UTC instant."""
    return dt.datetime.now(dt.UTC)


def system_zone() -> str:
    """The desktop's IANA time zone, or UTC when it does not say."""
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
    return zone if "/" in zone or zone == "UTC" else "UTC"


def zone_info(name: str) -> ZoneInfo:
    """The zone named `name`, or UTC when this machine's time zone data does not know it."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        _log.warning("Unknown time zone %r; showing UTC", name)
        return ZoneInfo("UTC")


#: How long engine events are gathered before the calendar reloads (a burst reloads once).
RELOAD_DELAY_MS = 150


class EngineHost:
    """The publishing engine in its own thread, and the bridge its events cross to the UI.

    The engine starts on a helper thread: its start probes the networks, which can take
    seconds offline, and the window must not wait for that.

    Attributes:
        engine: the engine.
        runner: the thread that owns the engine's loop.
    """

    def __init__(self, engine: Engine, runner: EngineRunner) -> None:
        self.engine = engine
        self.runner = runner
        self.inbox: InboxSync | None = None
        self._starter: threading.Thread | None = None

    def start(self) -> None:
        """Start the engine in the background."""
        self._starter = threading.Thread(target=self._start, name="postdesk-engine-start", daemon=True)
        self._starter.start()

    def _start(self) -> None:
        try:
            self.runner.start()
            if self.inbox is not None:
                self.runner.submit(self.inbox.start).result(30)
        except (RuntimeError, concurrent.futures.TimeoutError):
            _log.exception("The publishing engine did not start")

    def wait_started(self, timeout: float | None = None) -> None:
        """Block until the start attempt has finished (tests, and before stopping)."""
        if self._starter is not None:
            self._starter.join(timeout)

    def submit(self, fn: Callable[..., Any], *args: Any, name: str | None = None) -> Any:
        """Run an engine coroutine on its loop (see `EngineRunner.submit`)."""
        return self.runner.submit(fn, *args, name=name)

    def stop(self) -> None:
        """Stop the engine (in-flight sends get a short grace) and its thread."""
        self.wait_started(60)
        if self.inbox is not None:
            try:
                self.runner.submit(self.inbox.stop).result(10)
            except (RuntimeError, concurrent.futures.TimeoutError):
                _log.warning("The inbox sync did not stop cleanly")
        self.runner.stop()


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
        database: the open database.
        runner: the worker thread for disk work.
        preferences: the preferences as loaded.
        bridge: engine events, on the UI thread.
        actions: the UI's requests to the engine.
        engine: the real engine and its thread, or None when a test injected a facade.
        tray: the tray icon, or None where there is no tray.
        quit_app: ends the application (the tray's Quit).
        keep: objects that must stay referenced for the window's lifetime.
        catch_up_dialog: the open catch-up question, if any.
        quitting: set once the app is really quitting (closing no longer hides to the tray).
    """

    window: MainWindow
    database: Database
    runner: BackgroundRunner
    preferences: Preferences
    bridge: EngineBridge
    actions: EngineActions
    engine: EngineHost | None = None
    tray: Tray | None = None
    quit_app: Callable[[], object] = lambda: None
    keep: list[Any] = field(default_factory=list)
    on_close: list[Callable[[], object]] = field(default_factory=list)
    catch_up_dialog: CatchUpDialog | None = None
    asked: set[int] = field(default_factory=set)
    quitting: bool = False
    closed: bool = False

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
        if self.catch_up_dialog is not None:
            self.catch_up_dialog.close()
        self.window.close()
        if self.tray is not None:
            self.tray.hide()
        for key in self.window.pane_keys():
            pane = self.window.pane(key)
            if hasattr(pane, "flush_draft"):
                pane.flush_draft()  # queue the last edits before the worker stops
            if hasattr(pane, "shutdown"):
                pane.shutdown()
        self.runner.shutdown(wait=True)
        if self.engine is not None:
            self.engine.stop()  # before the database closes: in-flight sends still commit
        for part in self.keep:
            if hasattr(part, "close"):
                part.close()  # e.g. the sign-in thread of the accounts facade
        self.database.close()


def load_preferences(settings: SettingsRepository, ledger: Ledger | None = None) -> Preferences:
    """The saved preferences over the defaults; the catch-up policy comes from the engine's setting.

    Args:
        settings: the settings store.
        ledger: the engine's store (its catch-up policy is the one headless mode reads too).
    """
    stored = settings.get(PREFERENCES_KEY, {}) or {}
    defaults = asdict(Preferences(time_zone=system_zone()))
    known = {
        k: v for k, v in stored.items()
        if k in defaults and type(v) is type(defaults[k])
    }
    merged = {**defaults, **known}
    if ledger is not None:
        policy = ledger.catch_up_policy()
        merged["catch_up"] = policy.mode.value
        merged["skip_after_minutes"] = int(policy.skip_after.total_seconds() // 60)
    return Preferences(**{f.name: merged[f.name] for f in fields(Preferences)})


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
    """
    database = database or open_database(paths)
    settings_repo = SettingsRepository(database)
    ledger = Ledger(database)
    preferences = load_preferences(settings_repo, ledger)
    theme.apply_theme(app, preferences.theme)
    runner = BackgroundRunner(workers=1, name="postdesk-disk")
    keep: list[Any] = []

    # The bridge must live on the UI thread: its signal then reaches the UI queued.
    bridge = EngineBridge()
    host: EngineHost | None = None
    if engine is None:
        real = Engine(database, adapters, emit=bridge.sink)
        host = EngineHost(real, EngineRunner(real))
        bridge.attach(host.runner)
        calls: EngineCalls = real
        submitter: Submitter = host
    else:
        calls, submitter = engine
    if host is not None:
        inbox_sync = InboxSync(database, adapters, emit=bridge.sink, clock=host.engine.clock,
                               connectivity=host.engine.connectivity, drain=host.engine.drain_outbox)
        host.inbox = inbox_sync
    else:
        inbox_sync = InboxSync(database, adapters, emit=bridge.sink)
    posts = PostRepository(database)
    actions = EngineActions(
        calls, submitter, runner,
        targets_of=lambda post_id: [d.target_id for d in posts.deliveries(post_id)],
        set_catch_up_policy=ledger.set_catch_up_policy,
    )

    panes: list[PaneSpec] = []
    panes.extend(_build_panes(paths, database, runner, preferences, now, keep, actions))
    inbox = InboxPane(
        InboxRepository(database), AccountRepository(database), runner,
        submit=submitter.submit,
        actions=InboxActions(inbox_sync.sync_now, inbox_sync.reply, inbox_sync.like,
                             inbox_sync.like_networks,
                             delete_reply=inbox_sync.delete_reply,
                             delete_reply_networks=inbox_sync.delete_reply_networks,
                             hide=inbox_sync.hide, hide_networks=inbox_sync.hide_networks,
                             mark_seen=inbox_sync.mark_seen),
        open_url=lambda url: (open_url or QDesktopServices.openUrl)(QUrl(url)),
    )
    # Calendar, Compose, then the Inbox: where a creator looks most.
    panes.insert(2, PaneSpec("inbox", inbox.tr("Inbox"), "inbox", inbox))

    tray_on = Tray.available() if use_tray is None else use_tray
    settings_kwargs: dict[str, Any] = {"tray_available": tray_on}
    if open_url is not None:
        settings_kwargs["open_url"] = open_url
    settings_pane = SettingsPane(preferences, paths.base, **settings_kwargs)
    panes.append(PaneSpec("settings", settings_pane.tr("Settings"), "settings", settings_pane))

    qsettings = QSettings(str(paths.base / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(panes, qsettings)
    icon = QIcon(assets.tinted_pixmap("app", theme.ACCENT, 64))
    window.setWindowIcon(icon)
    built = Window(window, database, runner, preferences, bridge, actions, host,
                   quit_app=quit_app or app.quit, keep=keep)
    calendar = window.pane("calendar")
    bridge.event.connect(inbox.on_engine_event)
    inbox.unread_changed.connect(lambda count: window.set_badge("inbox", count))
    inbox.reload()
    composer, media, accounts = window.pane("composer"), window.pane("media"), window.pane("accounts")
    media.attach_requested.connect(
        lambda ids: (composer.attach_assets(ids), window.show_pane("composer"))
    )
    accounts.accounts_changed.connect(composer.reload_accounts)
    composer.link_activated.connect(lambda url: (open_url or QDesktopServices.openUrl)(QUrl(url)))
    calendar.open_post.connect(lambda post_id: (composer.open_post(post_id), window.show_pane("composer")))
    calendar.compose_at.connect(lambda instant: (composer.new_post_at(instant), window.show_pane("composer")))
    calendar.post_changed.connect(composer.post_changed_elsewhere)  # a move shows in an open composer
    composer.scheduled.connect(lambda post: actions.schedule_changed(post.id) if post.id else None)

    if tray_on:
        built.tray = Tray(icon, window)
        built.tray.show_requested.connect(lambda: _bring_back(window))
        built.tray.pause_toggled.connect(actions.set_publishing_paused)
        built.tray.quit_requested.connect(built.quit)
        built.tray.catch_up_requested.connect(lambda targets: _ask_catch_up(built, targets, force=True))
        bridge.event.connect(built.tray.on_engine_event)
        inbox.unread_changed.connect(built.tray.set_unread)
        inbox.inbox_accounts_changed.connect(built.tray.set_inbox_accounts)
        built.tray.show()
    window.installEventFilter(_CloseToTray(built))

    reload_timer = QTimer(window)
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
            _ask_catch_up(built, event.targets, force=False)

    bridge.event.connect(on_engine_event)

    login = autostart or autostart_mod.for_platform()

    def on_login_result(enabled: bool) -> None:
        settings_pane.set_start_at_login(enabled)
        built.preferences = replace(built.preferences, start_at_login=enabled)

    def set_login(enabled: bool) -> None:
        def failed(error: BaseException) -> None:
            _log.error("Changing start at login failed: %s", type(error).__name__)
            settings_pane.show_login_problem(settings_pane.tr(
                "Postdesk could not change whether it starts at login. Your system refused: %1"
            ).replace("%1", str(error)))
            runner.submit(login.is_enabled, on_done=on_login_result)

        settings_pane.show_login_problem("")
        runner.submit(login.enable if enabled else login.disable, on_error=failed)

    runner.submit(login.is_enabled, on_done=on_login_result,
                  on_error=lambda e: _log.warning("Reading start at login failed: %s", type(e).__name__))

    def on_preferences(new: Preferences) -> None:
        old = built.preferences
        if new.theme != old.theme:
            theme.apply_theme(app, new.theme)
        built.preferences = new
        runner.submit(settings_repo.set, PREFERENCES_KEY, asdict(new))
        if (new.catch_up, new.skip_after_minutes) != (old.catch_up, old.skip_after_minutes):
            actions.set_catch_up_policy(CatchUpMode(new.catch_up), new.skip_after_minutes)
        if new.start_at_login != old.start_at_login:
            set_login(new.start_at_login)
        if new.time_zone != old.time_zone:
            calendar.set_zone(zone_info(new.time_zone))
        for pane in window.pane_keys():
            widget = window.pane(pane)
            if hasattr(widget, "set_time_zone"):
                widget.set_time_zone(new.time_zone)

    settings_pane.preferences_changed.connect(on_preferences)

    def on_system_scheme_changed() -> None:
        if built.preferences.theme == theme.ThemeChoice.SYSTEM:
            theme.apply_theme(app, theme.ThemeChoice.SYSTEM)

    app.styleHints().colorSchemeChanged.connect(on_system_scheme_changed)
    built.on_close.append(lambda: app.styleHints().colorSchemeChanged.disconnect(on_system_scheme_changed))
    calendar.start()
    if host is not None and start_engine:
        host.start()
        bridge.watch_network()
    return built


def _bring_back(window: MainWindow) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def _ask_catch_up(built: Window, targets: Sequence[LateTarget], *, force: bool) -> None:
    """Ask about late posts, once per post unless the user asks again (from the tray).

    With the window hidden in the tray, the tray's notification asks instead of a dialog
    appearing out of nowhere.
    """
    targets = tuple(targets)
    if not targets:
        return
    new = {t.target_id for t in targets} - built.asked
    if not force and (not new or not built.window.isVisible()):
        return
    if built.catch_up_dialog is not None:
        built.catch_up_dialog.close()
    built.asked |= {t.target_id for t in targets}
    dialog = CatchUpDialog(targets, zone_info(built.preferences.time_zone), built.window)
    dialog.decided.connect(lambda ids, publish: built.actions.resolve_catch_up(ids, publish))
    dialog.finished.connect(lambda _code: _forget_dialog(built, dialog))
    built.catch_up_dialog = dialog
    dialog.open()


def _forget_dialog(built: Window, dialog: CatchUpDialog) -> None:
    if built.catch_up_dialog is dialog:
        built.catch_up_dialog = None
    dialog.deleteLater()


def _build_panes(
    paths: Paths,
    database: Database,
    runner: BackgroundRunner,
    preferences: Preferences,
    now: Callable[[], dt.datetime],
    keep: list[Any],
    actions: EngineActions,
) -> list[PaneSpec]:
    """The product panes, in sidebar order. A pane that is not built yet is not listed."""
    from postdesk.store.repositories.calendar import CalendarRepository
    from postdesk.ui.accounts.services import ServiceFacade
    from postdesk.ui.accounts.view import AccountsPane
    from postdesk.ui.calendar.view import CalendarPane
    from postdesk.ui.composer.services import StoreComposerServices
    from postdesk.ui.composer.view import ComposerPane
    from postdesk.ui.media_library.services import MediaLibraryServices
    from postdesk.ui.media_library.view import MediaLibraryPane

    services = StoreComposerServices(database, paths, runner, now)
    keep.append(services)
    composer = ComposerPane(services, now=now, zone=preferences.time_zone)
    media = MediaLibraryPane(MediaLibraryServices(database, paths, now=now), paths, runner)
    accounts_facade = ServiceFacade(database, paths)
    keep.append(accounts_facade)
    accounts = AccountsPane(accounts_facade, runner, now=now)
    calendar_repo = CalendarRepository(database)
    calendar = CalendarPane(calendar_repo, runner, actions, zone=zone_info(preferences.time_zone),
                            now=now, queues=calendar_repo.queue_schedules)
    return [
        PaneSpec("calendar", calendar.tr("Calendar"), "calendar", calendar),
        PaneSpec("composer", composer.tr("Compose"), "composer", composer),
        PaneSpec("media", media.tr("Media"), "media", media),
        PaneSpec("accounts", accounts.tr("Accounts"), "accounts", accounts),
    ]


def run_gui(
    paths: Paths,
    *,
    language: str | None = None,
    on_shown: Callable[[MainWindow], bool] | None = None,
    show_error: Callable[[str, str], object] | None = None,
    minimized: bool = False,
) -> int:
    """Run the desktop app until its window closes; return the exit code.

    Args:
        paths: the data directory.
        language: a locale name overriding the system's and the saved preference.
        on_shown: called once the window is first shown; returning True quits (benchmarks use it).
        show_error: shows a start-up problem (title, text); a modal message box by default.
        minimized: start hidden in the tray (at login); the window shows where there is no tray.
    """
    import qasync

    app = QApplication.instance() or QApplication([])
    app.setApplicationName("Postdesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Postdesk")
    app.setDesktopFileName("postdesk")

    from postdesk.ui import startup_errors

    database = startup_errors.open_or_explain(paths, show_error)
    if database is None:
        return 2

    from postdesk.platforms.shipped import shipped_registry

    preferences = load_preferences(SettingsRepository(database))
    translators = i18n.install_translators(app, language or preferences.language or None)
    # Loud on purpose: a shipped adapter that fails to import is a bug to see, not to hide.
    registry = shipped_registry(database)
    # The window may hide to the tray; quitting is decided in one place (Window.quit / a close).
    app.setQuitOnLastWindowClosed(False)
    built = build_window(paths, app, database=database, adapters=registry.build, quit_app=app.quit)
    built.keep.append(translators)
    app.setProperty("postdesk_translators", len(translators))
    built.window.closing.connect(app.quit)  # a close that was not a hide to the tray

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    if not (minimized and built.tray is not None):
        built.window.show()
    # twitter-text is loaded lazily (about 0.5 s); load it now, off the UI thread, so the first
    # X or Mastodon count in the composer does not pause.
    threading.Thread(target=warm_up_text, name="postdesk-warm-up", daemon=True).start()
    if on_shown is not None:
        QTimer.singleShot(0, lambda: on_shown(built.window) and app.quit())
    app.aboutToQuit.connect(built.close)
    with loop:
        loop.run_forever()
    return 0
