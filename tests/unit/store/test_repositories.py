"""Settings, accounts, media and activity repositories."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import exc as sa_exc

from postdesk.core.entities import AccountStatus, Post, Target
from postdesk.core.networks import Network
from postdesk.store.db import Database
from postdesk.store.repositories import (
    AccountRepository,
    ActivityRepository,
    MediaRepository,
    PostRepository,
    SettingsRepository,
)

from .conftest import T0


def test_settings_round_trip_json(db: Database) -> None:
    settings = SettingsRepository(db)
    assert settings.get("missing", default={"d": 1}) == {"d": 1}
    settings.set("catch_up", {"policy": "ask", "within_hours": 6})
    settings.set("catch_up", {"policy": "skip"})
    assert settings.get("catch_up") == {"policy": "skip"}
    settings.set("zone", "Europe/Berlin")
    assert settings.get("zone") == "Europe/Berlin"
    with pytest.raises(TypeError):
        settings.set("bad", object())


def test_accounts(db: Database) -> None:
    accounts = AccountRepository(db)
    expires = datetime(2025, 4, 1, tzinfo=UTC)
    a = accounts.add(
        Network.BLUESKY,
        "me.bsky.social",
        now=T0,
        display_name="Me",
        remote_user_id="did:plc:abc",
        token_expires_at=expires,
        keyring_backend="SecretService",
        default_options={"langs": ["en"]},
    )
    b = accounts.add(Network.X, "me", now=T0)
    assert [x.id for x in accounts.list()] == [a.id, b.id]
    got = accounts.get(a.id)
    assert got == a
    assert got is not None and got.token_expires_at == expires
    assert got.default_options == {"langs": ["en"]}
    accounts.set_status(a.id, AccountStatus.NEEDS_RECONNECT)
    assert accounts.get(a.id).status is AccountStatus.NEEDS_RECONNECT  # type: ignore[union-attr]
    with pytest.raises(KeyError):
        accounts.set_status(999, AccountStatus.CONNECTED)
    accounts.remove(b.id)
    assert accounts.get(b.id) is None


def test_media_add_or_get_is_by_hash(db: Database) -> None:
    media = MediaRepository(db)
    first = media.add_or_get("a" * 64, imported_at=T0, original_name="cat.jpg", width=10)
    again = media.add_or_get("a" * 64, imported_at=T0 + timedelta(days=1), original_name="x.jpg")
    other = media.add_or_get("b" * 64, imported_at=T0 + timedelta(days=1), kind="video")
    assert first == again != other
    asset = media.get(first)
    assert asset is not None and asset.original_name == "cat.jpg" and asset.width == 10
    media.set_alt_text(first, "A cat on a keyboard")
    assert media.get(first).alt_text == "A cat on a keyboard"  # type: ignore[union-attr]
    assert [a.id for a in media.list()] == [other, first]
    with pytest.raises(KeyError):
        media.set_alt_text(999, "x")


def test_media_usage_covers_base_list_and_overrides(db: Database) -> None:
    media = MediaRepository(db)
    base_asset = media.add_or_get("c" * 64, imported_at=T0)
    override_asset = media.add_or_get("d" * 64, imported_at=T0)
    unused = media.add_or_get("e" * 64, imported_at=T0)
    posts = PostRepository(db)
    p1 = posts.save(Post(media=(base_asset,)), now=T0)
    p2 = posts.save(Post(targets=(Target(Network.INSTAGRAM, media_override=(override_asset,)),)), now=T0)
    p3 = posts.save(Post(media=(base_asset, override_asset)), now=T0)
    assert media.usage(base_asset) == [p1.id, p3.id]
    assert media.usage(override_asset) == [p2.id, p3.id]
    assert media.usage(unused) == []
    assert p3.id is not None
    posts.delete(p3.id, now=T0)
    assert media.usage(base_asset) == [p1.id]
    assert media.usage(base_asset, include_deleted=True) == [p1.id, p3.id]
    # A used asset cannot be deleted from under a post (ON DELETE RESTRICT).
    with pytest.raises(sa_exc.IntegrityError), db.session() as session:
        session.connection().exec_driver_sql(f"DELETE FROM media_asset WHERE id = {base_asset}")


def test_activity_log(db: Database) -> None:
    post = PostRepository(db).save(Post(parts=("p",)), now=T0)
    assert post.id is not None
    log = ActivityRepository(db)
    log.record(post.id, "published", "ok", {"url": "https://x"}, at=T0 + timedelta(minutes=1))
    first = log.record(post.id, "saved", "draft_saved", at=T0)
    entries = log.list_for_post(post.id)
    assert [e.kind for e in entries] == ["saved", "published"]
    assert entries[0].id == first and entries[0].detail == {}
    assert entries[1].detail == {"url": "https://x"} and entries[1].at.tzinfo is UTC
    assert log.list_for_post(post.id + 1) == []
