"""The user's settings as the desktop app reads them: the schema's values over this desktop's defaults.

The schema (names, types, defaults) is `core.settings`; the store is
`store.repositories.settings`. This module adds what only the desktop knows: the system's time
zone (the default zone) and turning a zone name into a `ZoneInfo`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QTimeZone

from postdesk import log
from postdesk.core.settings import Preferences
from postdesk.core.states import CatchUpMode

if TYPE_CHECKING:  # the store (SQLAlchemy) is imported after the first window is painted
    from postdesk.store.repositories.settings import SettingsRepository
    from postdesk.ui.background import BackgroundRunner
    from postdesk.ui.pane_protocols import TimeZoneFollower

__all__ = ["Preferences", "PreferencesKeeper", "load_preferences", "system_zone", "zone_info"]

_log = log.get_logger("ui.preferences")


def system_zone(qt_zone: str | None = None, tz_env: str | None = None, localtime: Path | None = None) -> str:
    """The desktop's IANA time zone, or UTC when it does not say.

    Qt's `QTimeZone.systemTimeZoneId()` works on every OS; where it gives no IANA name (an
    abbreviation such as "CET"), the TZ variable and the /etc/localtime link are asked in turn.
    The arguments replace those sources in tests.
    """
    candidates = [
        bytes(QTimeZone.systemTimeZoneId().data()).decode() if qt_zone is None else qt_zone,
        (os.environ.get("TZ", "") if tz_env is None else tz_env).removeprefix(":"),
        _linked_zone(Path("/etc/localtime") if localtime is None else localtime),
    ]
    for zone in candidates:
        if zone in _UTC_NAMES:
            return "UTC"  # the system's own zone is UTC: say it the short way, not "Etc/UTC"
        if zone and "/" in zone and not zone.startswith("/") and _known(zone):
            return zone
    return "UTC"


_UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "Universal", "Zulu"})


def _linked_zone(link: Path) -> str:
    """The zone name in /etc/localtime's target (".../zoneinfo/Europe/Berlin"), or ""."""
    try:
        target = str(link.readlink()) if link.is_symlink() else ""
    except OSError:
        return ""
    _, found, name = target.partition("zoneinfo/")
    return name if found else ""


def _known(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def zone_info(name: str) -> ZoneInfo:
    """The zone named `name`, or UTC when this machine's time zone data does not know it."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        _log.warning("Unknown time zone %r; showing UTC", name)
        return ZoneInfo("UTC")


def load_preferences(settings: SettingsRepository) -> Preferences:
    """The saved settings over the defaults, the system's time zone being the default zone."""
    return settings.load(Preferences(time_zone=system_zone()))


class PreferencesKeeper:
    """The preferences in force: saves each change once, off the UI thread, and passes it on.

    Args:
        current: the preferences as loaded.
        save: stores changed settings by name (`SettingsRepository.update`), run on `runner`.
        runner: the UI's disk worker.
        apply_theme: sets a theme choice on the application.
        set_catch_up_policy: stores the catch-up policy and wakes the engine (`EngineActions`).
        set_start_at_login: asks the OS to start (or not) Postdesk at login.
        zone_followers: the panes built so far that show times; each follows a zone change at
            once (a pane built later is built in the zone in force then: `current`).

    Attributes:
        current: the preferences in force.
    """

    def __init__(
        self,
        current: Preferences,
        *,
        save: Callable[..., None],
        runner: BackgroundRunner,
        apply_theme: Callable[[str], object],
        set_catch_up_policy: Callable[[CatchUpMode, int], object],
        set_start_at_login: Callable[[bool], object],
        zone_followers: Callable[[], Sequence[TimeZoneFollower]],
    ) -> None:
        self.current = current
        self._save = save
        self._runner = runner
        self._apply_theme = apply_theme
        self._set_policy = set_catch_up_policy
        self._set_login = set_start_at_login
        self._zone_followers = zone_followers

    def change(self, new: Preferences) -> None:
        """The user changed preferences: store what changed and tell whoever follows it."""
        old, self.current = self.current, new
        changes = new.changes_from(old)
        if not changes:
            return
        policy = {"catch_up", "skip_after_minutes"}
        rest = {k: v for k, v in changes.items() if k not in policy}
        if rest:
            self._runner.submit(lambda: self._save(**rest), key="preferences:" + ",".join(sorted(rest)))
        if policy & changes.keys():
            self._set_policy(CatchUpMode(new.catch_up), new.skip_after_minutes)
        if "theme" in changes:
            self._apply_theme(new.theme)
        if "start_at_login" in changes:
            self._set_login(new.start_at_login)
        if "time_zone" in changes:
            zone = zone_info(new.time_zone)
            for pane in self._zone_followers():
                pane.set_time_zone(zone)

    def remember(self, **changes: object) -> None:
        """Store settings that no Settings control edits (e.g. `welcome_seen`), off the UI thread.

        `current` is left as it is on purpose: the Settings pane emits whole `Preferences` from
        its own copy, so a changed `current` would make its next change store the old value back.
        """
        self._runner.submit(lambda: self._save(**changes), key="remember:" + ",".join(sorted(changes)))

    def confirm_start_at_login(self, enabled: bool) -> None:
        """What the OS says about starting at login (kept, not saved: the OS is the truth)."""
        self.current = replace(self.current, start_at_login=enabled)
