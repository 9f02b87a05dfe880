"""Every user setting, declared once: its name, type, default and allowed values.

`Preferences` is the schema: one typed field per setting, with its default. The store keeps
each setting in its own row under `storage_key(name)`; everything else (the Settings pane, the
app, the engine's catch-up policy, headless mode) reads and writes through this module, so a
setting has one name, one default and one place on disk.

Older versions kept settings in three places: a "preferences" blob, the engine's own
"engine.catch_up" row (the same policy, kept twice and synced by hand) and the media pane's
"media.strip_location" row. `migrate_legacy` turns those rows into the new ones; the store runs
it once, on the first read after an upgrade.

Pure: no Qt, no I/O.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from postdesk.core.states import CatchUpMode, CatchUpPolicy

#: Prefix of a setting's row in the store's settings table.
STORAGE_PREFIX = "setting."

#: Rows written by older versions, read once by `migrate_legacy` and then deleted.
LEGACY_PREFERENCES = "preferences"
LEGACY_CATCH_UP = "engine.catch_up"
LEGACY_STRIP_LOCATION = "media.strip_location"
LEGACY_KEYS: tuple[str, ...] = (LEGACY_PREFERENCES, LEGACY_CATCH_UP, LEGACY_STRIP_LOCATION)

THEMES: tuple[str, ...] = ("system", "light", "dark")
SKIP_AFTER_RANGE: tuple[int, int] = (5, 7 * 24 * 60)
#: The composer preview's widths: as on a phone, or as on a desktop browser's feed.
PREVIEW_WIDTHS: tuple[str, ...] = ("phone", "desktop")


def _choices(*values: str) -> dict[str, Any]:
    return {"choices": values}


def _range(low: int, high: int) -> dict[str, Any]:
    return {"range": (low, high)}


@dataclass(frozen=True)
class Preferences:
    """The user's settings, with their defaults (the one schema).

    Attributes:
        theme: "system", "light" or "dark".
        time_zone: the IANA zone times are shown and chosen in. The default is the system's
            zone, passed in by whoever reads (core reads no clock and no OS setting).
        language: a locale name such as "de", or "" for the system's language.
        catch_up: what to do with posts that fell due while Postdesk was not running
            (a `CatchUpMode` value: ask, publish, skip_after).
        skip_after_minutes: with skip_after, how late a post may still go out.
        keep_in_tray: closing the window keeps Postdesk publishing in the tray.
        start_at_login: start Postdesk (in the tray) when the user logs in.
        strip_photo_location: remove the location (EXIF GPS) from photos as they are published.
        welcome_seen: the first-start welcome was shown (it then opens only from Settings or F1).
        require_alt_text: refuse to schedule or publish until every image has alt text (the
            composer's check and the engine's last check before sending, `core.validation`).
        preview_width: the composer's previews shown as on a "phone" or on a "desktop".
    """

    theme: str = field(default="system", metadata=_choices(*THEMES))
    time_zone: str = "UTC"
    language: str = ""
    catch_up: str = field(default=CatchUpMode.ASK.value, metadata=_choices(*(m.value for m in CatchUpMode)))
    skip_after_minutes: int = field(default=60, metadata=_range(*SKIP_AFTER_RANGE))
    keep_in_tray: bool = True
    start_at_login: bool = False
    strip_photo_location: bool = True
    welcome_seen: bool = False
    require_alt_text: bool = False
    preview_width: str = field(default="phone", metadata=_choices(*PREVIEW_WIDTHS))

    @property
    def catch_up_policy(self) -> CatchUpPolicy:
        """The catch-up policy the engine applies."""
        return CatchUpPolicy(mode=CatchUpMode(self.catch_up), skip_after=timedelta(minutes=self.skip_after_minutes))

    def changes_from(self, old: Preferences) -> dict[str, Any]:
        """The settings whose value differs from `old`, by name."""
        return {
            f.name: getattr(self, f.name)
            for f in dataclasses.fields(self)
            if getattr(self, f.name) != getattr(old, f.name)
        }


NAMES: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Preferences))
_FIELDS = {f.name: f for f in dataclasses.fields(Preferences)}
_TYPES: dict[str, type] = {"str": str, "int": int, "bool": bool}


def storage_key(name: str) -> str:
    """The store's row key of the setting `name`.

    Raises:
        KeyError: no setting has that name.
    """
    if name not in _FIELDS:
        raise KeyError(name)
    return STORAGE_PREFIX + name


def valid(name: str, value: Any) -> bool:
    """Whether `value` is an allowed value of the setting `name` (its type, choices and range)."""
    spec = _FIELDS.get(name)
    if spec is None:
        return False
    wanted = _TYPES[spec.type if isinstance(spec.type, str) else spec.type.__name__]
    if type(value) is not wanted:  # bool is an int subclass: compare exact types
        return False
    choices = spec.metadata.get("choices")
    if choices is not None and value not in choices:
        return False
    bounds = spec.metadata.get("range")
    return bounds is None or bounds[0] <= value <= bounds[1]


def checked(changes: Mapping[str, Any]) -> dict[str, Any]:
    """`changes` with every name and value checked against the schema.

    Raises:
        ValueError: an unknown setting or a value it does not allow.
    """
    for name, value in changes.items():
        if not valid(name, value):
            raise ValueError(f"{name}={value!r} is not an allowed setting")
    return dict(changes)


def from_stored(rows: Mapping[str, Any], defaults: Preferences | None = None) -> Preferences:
    """The settings from the store's rows (storage key → value) over `defaults`.

    A row with an unknown key, or a value the schema does not allow (written by a newer or a
    broken version), is ignored: the default stands.
    """
    base = defaults or Preferences()
    known = {}
    for key, value in rows.items():
        name = key.removeprefix(STORAGE_PREFIX)
        if key.startswith(STORAGE_PREFIX) and valid(name, value):
            known[name] = value
    return dataclasses.replace(base, **known)


def to_stored(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Storage key → value for the settings in `changes` (checked against the schema)."""
    return {storage_key(name): value for name, value in checked(changes).items()}


def migrate_legacy(legacy: Mapping[str, Any]) -> dict[str, Any]:
    """The new rows (storage key → value) for the rows older versions wrote.

    Args:
        legacy: the legacy rows present (key in `LEGACY_KEYS` → stored JSON value).

    The engine's "engine.catch_up" wins over the blob's copy of the policy, as it did when the
    app loaded its preferences. Values the schema does not allow are dropped (defaults stand).
    """
    found: dict[str, Any] = {}
    blob = legacy.get(LEGACY_PREFERENCES)
    if isinstance(blob, Mapping):
        found.update({k: v for k, v in blob.items() if isinstance(k, str)})
    policy = legacy.get(LEGACY_CATCH_UP)
    if isinstance(policy, Mapping):
        if "mode" in policy:
            found["catch_up"] = policy["mode"]
        minutes = policy.get("skip_after_minutes")
        if isinstance(minutes, int | float) and not isinstance(minutes, bool):
            found["skip_after_minutes"] = round(minutes)
    strip = legacy.get(LEGACY_STRIP_LOCATION)
    if strip is not None:
        found["strip_photo_location"] = bool(strip)
    return {storage_key(name): value for name, value in found.items() if valid(name, value)}
