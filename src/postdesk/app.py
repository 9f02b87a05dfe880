"""Composition root: builds every object, passes each its dependencies, wires the signals.

No logic lives here beyond deciding what to build. Tests build the same window through
`build_window` with a temporary data directory.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from PySide6.QtCore import QSettings, QTimer, QTimeZone, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from postdesk import __version__, log
from postdesk.paths import Paths
from postdesk.store.db import Database, open_database
from postdesk.store.errors import DatabaseCorrupt, DatabaseTooNew, StorageFull, StoreError
from postdesk.store.repositories.settings import SettingsRepository
from postdesk.ui import assets, i18n, theme
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.main_window import MainWindow, PaneSpec
from postdesk.ui.settings.view import Preferences, SettingsPane

_log = log.get_logger("app")
PREFERENCES_KEY = "preferences"


def utc_now() -> dt.datetime:
    """The app's one clock read: an aware UTC instant."""
    return dt.datetime.now(dt.UTC)


def system_zone() -> str:
    """The desktop's IANA time zone, or UTC when it does not say."""
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
    return zone if "/" in zone or zone == "UTC" else "UTC"


@dataclass
class Window:
    """What `build_window` builds; tests reach the parts through it.

    Attributes:
        window: the main window.
        database: the open database.
        runner: the worker thread for disk work.
        preferences: the preferences as loaded.
        keep: objects that must stay referenced for the window's lifetime.
    """

    window: MainWindow
    database: Database
    runner: BackgroundRunner
    preferences: Preferences
    keep: list[Any] = field(default_factory=list)
    on_close: list[Callable[[], object]] = field(default_factory=list)

    def close(self) -> None:
        """Close the window, finish pending saves, close the database."""
        for undo in self.on_close:
            undo()
        self.on_close.clear()
        self.window.close()
        for key in self.window.pane_keys():
            pane = self.window.pane(key)
            if hasattr(pane, "flush_draft"):
                pane.flush_draft()  # queue the last edits before the worker stops
            if hasattr(pane, "shutdown"):
                pane.shutdown()
        self.runner.shutdown(wait=True)
        for part in self.keep:
            if hasattr(part, "close"):
                part.close()  # e.g. the sign-in thread of the accounts facade
        self.database.close()


def load_preferences(settings: SettingsRepository) -> Preferences:
    stored = settings.get(PREFERENCES_KEY, {}) or {}
    defaults = Preferences(time_zone=system_zone())
    known = {k: v for k, v in stored.items() if k in asdict(defaults) and isinstance(v, str)}
    return Preferences(**{**asdict(defaults), **known})


def build_window(
    paths: Paths,
    app: QApplication,
    *,
    database: Database | None = None,
    now: Callable[[], dt.datetime] = utc_now,
    open_url: Callable[..., bool] | None = None,
) -> Window:
    """Build the main window and everything behind it over the data directory `paths`."""
    database = database or open_database(paths)
    settings_repo = SettingsRepository(database)
    preferences = load_preferences(settings_repo)
    theme.apply_theme(app, preferences.theme)
    runner = BackgroundRunner(workers=1, name="postdesk-disk")
    keep: list[Any] = []

    panes: list[PaneSpec] = []
    panes.extend(_build_panes(paths, database, runner, preferences, now, keep))

    settings_kwargs: dict[str, Any] = {}
    if open_url is not None:
        settings_kwargs["open_url"] = open_url
    settings_pane = SettingsPane(preferences, paths.base, **settings_kwargs)
    panes.append(PaneSpec("settings", settings_pane.tr("Settings"), "settings", settings_pane))

    qsettings = QSettings(str(paths.base / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(panes, qsettings)
    window.setWindowIcon(QIcon(assets.tinted_pixmap("app", theme.ACCENT, 64)))
    built = Window(window, database, runner, preferences, keep)
    composer, media, accounts = window.pane("composer"), window.pane("media"), window.pane("accounts")
    media.attach_requested.connect(
        lambda ids: (composer.attach_assets(ids), window.show_pane("composer"))
    )
    accounts.accounts_changed.connect(composer.reload_accounts)
    composer.link_activated.connect(lambda url: (open_url or QDesktopServices.openUrl)(QUrl(url)))

    def on_preferences(new: Preferences) -> None:
        if new.theme != built.preferences.theme:
            theme.apply_theme(app, new.theme)
        built.preferences = new
        runner.submit(settings_repo.set, PREFERENCES_KEY, asdict(new))
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
    return built


def _build_panes(
    paths: Paths,
    database: Database,
    runner: BackgroundRunner,
    preferences: Preferences,
    now: Callable[[], dt.datetime],
    keep: list[Any],
) -> list[PaneSpec]:
    """The product panes, in sidebar order. A pane that is not built yet is not listed."""
    from postdesk.ui.composer.services import StoreComposerServices
    from postdesk.ui.composer.view import ComposerPane

    from postdesk.ui.accounts.services import ServiceFacade
    from postdesk.ui.accounts.view import AccountsPane
    from postdesk.ui.media_library.services import MediaLibraryServices
    from postdesk.ui.media_library.view import MediaLibraryPane

    services = StoreComposerServices(database, paths, runner, now)
    keep.append(services)
    composer = ComposerPane(services, now=now, zone=preferences.time_zone)
    media = MediaLibraryPane(MediaLibraryServices(database, paths, now=now), paths, runner)
    accounts_facade = ServiceFacade(database, paths)
    keep.append(accounts_facade)
    accounts = AccountsPane(accounts_facade, runner, now=now)
    return [
        PaneSpec("composer", composer.tr("Compose"), "composer", composer),
        PaneSpec("media", media.tr("Media"), "media", media),
        PaneSpec("accounts", accounts.tr("Accounts"), "accounts", accounts),
    ]


def _explain_store_error(error: StoreError, paths: Paths) -> tuple[str, str]:
    tr = QApplication.translate
    if isinstance(error, DatabaseCorrupt):
        return (
            tr("Startup", "Postdesk can't read its database"),
            tr(
                "Startup",
                "The file {path} is damaged or is not a Postdesk database. Nothing has been changed or "
                "deleted. Copies made before each update are in the backups folder beside it.",
            ).format(path=paths.database),
        )
    if isinstance(error, DatabaseTooNew):
        return (
            tr("Startup", "This database is from a newer Postdesk"),
            tr(
                "Startup",
                "Your data was last opened by a newer version of Postdesk. Please install that version "
                "again; nothing has been changed.",
            ),
        )
    if isinstance(error, StorageFull):
        return (
            tr("Startup", "The disk is full"),
            tr("Startup", "Postdesk needs a little free space to start. Free some space and try again."),
        )
    return (tr("Startup", "Postdesk can't start"), str(error))


def run_gui(
    paths: Paths,
    *,
    language: str | None = None,
    on_shown: Callable[[MainWindow], bool] | None = None,
    show_error: Callable[[str, str], object] | None = None,
) -> int:
    """Run the desktop app until its window closes; return the exit code.

    Args:
        paths: the data directory.
        language: a locale name overriding the system's and the saved preference.
        on_shown: called once the window is first shown; returning True quits (benchmarks use it).
        show_error: shows a start-up problem (title, text); a modal message box by default.
    """
    import qasync

    app = QApplication.instance() or QApplication([])
    app.setApplicationName("Postdesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Postdesk")
    app.setDesktopFileName("postdesk")

    try:
        database = open_database(paths)
    except StoreError as error:
        _log.error("Could not open the database: %s", type(error).__name__)
        title, text = _explain_store_error(error, paths)
        if show_error is None:
            QMessageBox.critical(None, title, text)
        else:
            show_error(title, text)
        return 2

    preferences = load_preferences(SettingsRepository(database))
    translators = i18n.install_translators(app, language or preferences.language or None)
    built = build_window(paths, app, database=database)
    built.keep.append(translators)
    app.setProperty("postdesk_translators", len(translators))

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    built.window.show()
    if on_shown is not None:
        QTimer.singleShot(0, lambda: on_shown(built.window) and app.quit())
    app.aboutToQuit.connect(built.close)
    with loop:
        loop.run_forever()
    return 0
