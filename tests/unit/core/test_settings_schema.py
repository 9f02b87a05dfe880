"""The settings schema (`core.settings`): defaults, checks, storage keys, migration of old rows."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from postdesk.core import settings as schema
from postdesk.core.settings import Preferences
from postdesk.core.states import CatchUpMode


def test_every_setting_has_a_default_and_a_storage_key() -> None:
    defaults = Preferences()
    assert defaults.theme == "system" and defaults.catch_up == "ask" and defaults.skip_after_minutes == 60
    assert defaults.keep_in_tray is True and defaults.strip_photo_location is True
    for name in schema.NAMES:
        assert schema.storage_key(name) == f"setting.{name}"
        assert schema.valid(name, getattr(defaults, name)), name
    with pytest.raises(KeyError):
        schema.storage_key("no_such_setting")


def test_values_are_checked_against_type_choices_and_range() -> None:
    assert schema.valid("theme", "dark")
    assert not schema.valid("theme", "purple")
    assert not schema.valid("keep_in_tray", 1)  # an int is not a bool
    assert not schema.valid("skip_after_minutes", True)  # a bool is not an int
    assert not schema.valid("skip_after_minutes", 4)
    assert schema.valid("skip_after_minutes", 5)
    assert not schema.valid("catch_up", "sometimes")
    with pytest.raises(ValueError):
        schema.to_stored({"theme": "purple"})
    with pytest.raises(ValueError):
        schema.to_stored({"nonsense": 1})


def test_round_trip_through_storage_rows() -> None:
    chosen = Preferences(
        theme="dark",
        time_zone="Europe/Berlin",
        language="de",
        catch_up="skip_after",
        skip_after_minutes=90,
        keep_in_tray=False,
        start_at_login=True,
        strip_photo_location=False,
    )
    rows = schema.to_stored(dataclasses.asdict(chosen))
    assert schema.from_stored(rows) == chosen


def test_stored_rows_that_the_schema_refuses_leave_the_default() -> None:
    rows = {
        "setting.theme": "purple",
        "setting.skip_after_minutes": "90",
        "setting.unknown": 1,
        "other.key": "x",
        "setting.language": "fr",
    }
    loaded = schema.from_stored(rows, Preferences(time_zone="Asia/Tokyo"))
    assert loaded == Preferences(time_zone="Asia/Tokyo", language="fr")


def test_catch_up_policy_and_changes() -> None:
    prefs = Preferences(catch_up="skip_after", skip_after_minutes=45)
    assert prefs.catch_up_policy.mode is CatchUpMode.SKIP_AFTER
    assert prefs.catch_up_policy.skip_after == timedelta(minutes=45)
    assert prefs.changes_from(Preferences()) == {"catch_up": "skip_after", "skip_after_minutes": 45}


def test_migration_of_the_three_old_stores() -> None:
    legacy = {
        "preferences": {
            "theme": "dark",
            "time_zone": "Europe/Paris",
            "language": "",
            "catch_up": "ask",
            "skip_after_minutes": 60,
            "keep_in_tray": False,
            "start_at_login": False,
            "retired_option": 3,
        },
        "engine.catch_up": {"mode": "skip_after", "skip_after_minutes": 30.0},
        "media.strip_location": False,
    }
    rows = schema.migrate_legacy(legacy)
    migrated = schema.from_stored(rows)
    assert migrated.theme == "dark" and migrated.time_zone == "Europe/Paris"
    assert migrated.keep_in_tray is False
    # The engine's copy of the policy wins, as it did when the app read both.
    assert (migrated.catch_up, migrated.skip_after_minutes) == ("skip_after", 30)
    assert migrated.strip_photo_location is False
    assert "setting.retired_option" not in rows


def test_migration_drops_broken_values() -> None:
    rows = schema.migrate_legacy({"preferences": "not a mapping", "engine.catch_up": {"mode": "never"}})
    assert rows == {}
