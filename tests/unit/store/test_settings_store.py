"""Settings stored once: one row per setting, read by the app and the engine alike; old rows migrated."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlmodel import select

from postdesk.core.settings import Preferences
from postdesk.core.states import CatchUpMode
from postdesk.engine.ledger import Ledger
from postdesk.store.db import Database
from postdesk.store.repositories.settings import SettingsRepository
from postdesk.store.tables import SettingRow


def _rows(db: Database) -> dict[str, object]:
    with db.read_session() as session:
        return {r.key: json.loads(r.value_json) for r in session.exec(select(SettingRow)).all()}


def test_defaults_then_round_trip(db: Database) -> None:
    settings = SettingsRepository(db)
    assert settings.load() == Preferences()
    assert settings.load(Preferences(time_zone="Asia/Tokyo")).time_zone == "Asia/Tokyo"
    settings.update(theme="dark", keep_in_tray=False)
    assert settings.load() == Preferences(theme="dark", keep_in_tray=False)
    assert _rows(db) == {"setting.theme": "dark", "setting.keep_in_tray": False}
    with pytest.raises(ValueError):
        settings.update(theme="purple")
    with pytest.raises(ValueError):
        settings.set("setting.theme", "dark")  # settings go through update(), which checks them


def test_the_engine_and_the_app_read_one_catch_up_policy(db: Database) -> None:
    Ledger(db).set_catch_up_policy(CatchUpMode.SKIP_AFTER, skip_after_minutes=90)
    assert SettingsRepository(db).load().catch_up == "skip_after"
    SettingsRepository(db).update(catch_up="publish", skip_after_minutes=15)
    policy = Ledger(db).catch_up_policy()
    assert policy.mode is CatchUpMode.PUBLISH and policy.skip_after == timedelta(minutes=15)
    assert "engine.catch_up" not in _rows(db)


def test_rows_of_older_versions_are_migrated_once(db: Database) -> None:
    old = {
        "preferences": {
            "theme": "light",
            "time_zone": "America/Chicago",
            "language": "de",
            "catch_up": "ask",
            "skip_after_minutes": 60,
            "keep_in_tray": False,
            "start_at_login": True,
        },
        "engine.catch_up": {"mode": "publish", "skip_after_minutes": 60},
        "media.strip_location": False,
        "composer.session": {"post_id": 3},
    }
    with db.session() as session:
        for key, value in old.items():
            session.add(SettingRow(key=key, value_json=json.dumps(value)))
    assert Ledger(db).catch_up_policy().mode is CatchUpMode.PUBLISH  # the engine may read first
    loaded = SettingsRepository(db).load()
    assert loaded == Preferences(
        theme="light",
        time_zone="America/Chicago",
        language="de",
        catch_up="publish",
        keep_in_tray=False,
        start_at_login=True,
        strip_photo_location=False,
    )
    rows = _rows(db)
    assert not {"preferences", "engine.catch_up", "media.strip_location"} & rows.keys()
    assert rows["composer.session"] == {"post_id": 3}  # states are not settings
    assert SettingsRepository(db).migrate_legacy() is False


def test_a_newer_value_is_not_overwritten_by_a_leftover_old_row(db: Database) -> None:
    SettingsRepository(db).update(theme="dark")
    with db.session() as session:
        session.add(SettingRow(key="preferences", value_json=json.dumps({"theme": "light"})))
    assert SettingsRepository(db).load().theme == "dark"


def test_the_app_and_the_engine_migrating_at_once_do_it_once(paths) -> None:
    import threading

    from postdesk.store.db import open_database

    first = open_database(paths)
    with first.session() as session:
        session.add(SettingRow(key="engine.catch_up", value_json=json.dumps({"mode": "publish"})))
        session.add(SettingRow(key="preferences", value_json=json.dumps({"theme": "dark"})))
    second = open_database(paths)
    try:
        start = threading.Barrier(2)
        results: list[Preferences] = []
        errors: list[BaseException] = []

        def load(db: Database) -> None:
            start.wait(10)
            try:
                results.append(SettingsRepository(db).load())
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=load, args=(db,)) for db in (first, second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert errors == []
        assert [r.catch_up for r in results] == ["publish", "publish"]
        assert [r.theme for r in results] == ["dark", "dark"]
        assert "engine.catch_up" not in _rows(first)
    finally:
        second.close()
        first.close()
