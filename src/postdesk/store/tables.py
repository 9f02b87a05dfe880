"""The SQLModel tables: the stored shape of the domain (ARCHITECTURE.md).

These classes never leave `store/`; repositories turn them into `core.entities` dataclasses.
The schema itself is created only by the Alembic migrations in `migrations/versions/`; a test
checks that migrating from empty yields exactly `SQLModel.metadata`.

Media of a post (a decision): `PostMediaRow` holds the post's base media list, one row per
asset and position, so "which posts use this asset" is an indexed query and the asset's foreign
key (ON DELETE RESTRICT) stops a used asset from being deleted. A target's media override lives
in `TargetRow.media_override_json` instead of in `PostMediaRow`: an override must tell "same as
the post" (NULL) from "no media on this network" (`[]`), which rows cannot say, and keeping one
source of truth for the override avoids two copies drifting apart. `MediaRepository.usage`
reads both (the override through SQLite's `json_each`).

JSON columns are plain TEXT holding JSON written by the repositories; enums are stored as their
stable string values.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from postdesk.store.sqltypes import UTCDateTime


def _utc(nullable: bool, *, index: bool = False) -> Column:  # type: ignore[type-arg]
    """A fresh UTC timestamp column (a Column object can belong to one table only)."""
    return Column(UTCDateTime(), nullable=nullable, index=index)


class AccountRow(SQLModel, table=True):
    """A connected (or once connected) social account. Tokens live in the keyring, not here."""

    __tablename__ = "account"

    id: int | None = Field(default=None, primary_key=True)
    network: str = Field(index=True)
    handle: str
    display_name: str = ""
    avatar_path: str | None = None
    instance_url: str | None = None
    remote_user_id: str | None = None
    status: str = "connected"
    token_expires_at: datetime | None = Field(default=None, sa_column=_utc(True))
    keyring_backend: str | None = None
    default_options_json: str = "{}"
    created_at: datetime = Field(sa_column=_utc(False))


class PostRow(SQLModel, table=True):
    """A post; soft-deleted through `deleted_at` so nothing is lost by a stray click."""

    __tablename__ = "post"
    __table_args__ = (Index("ix_post_scheduled_at", "scheduled_at"), Index("ix_post_updated_at", "updated_at"))

    id: int | None = Field(default=None, primary_key=True)
    parts_json: str = '[""]'
    scheduled_at: datetime | None = Field(default=None, sa_column=_utc(True))
    scheduled_zone: str | None = None
    created_at: datetime = Field(sa_column=_utc(False))
    updated_at: datetime = Field(sa_column=_utc(False))
    deleted_at: datetime | None = Field(default=None, sa_column=_utc(True))
    # Bumped by every write to the post or its targets (`store.post_writes`): a write based on
    # an older read is refused as a conflict instead of silently overwriting newer data.
    version: int = Field(default=1, sa_column=Column(Integer, nullable=False, server_default=text("1")))


class TargetRow(SQLModel, table=True):
    """One destination of a post, with its override and publishing state."""

    __tablename__ = "target"
    __table_args__ = (
        # NULLs are distinct in a SQLite unique index, so the plain index alone would accept two
        # account-less targets of one network on one post; the partial index refuses that.
        Index("uq_target_post_network_account", "post_id", "network", "account_id", unique=True),
        Index(
            "uq_target_post_network_no_account",
            "post_id",
            "network",
            unique=True,
            sqlite_where=text("account_id IS NULL"),
        ),
        Index("ix_target_state", "state"),
        # The calendar's range query folds each post's targets in id order from this index alone.
        Index("ix_target_calendar", "post_id", "id", "network", "state", "account_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    post_id: int = Field(sa_column=Column(Integer, ForeignKey("post.id", ondelete="CASCADE"), nullable=False))
    network: str
    account_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("account.id", ondelete="SET NULL"), nullable=True),
    )
    override_enabled: bool = False
    override_parts_json: str = '[""]'
    media_override_json: str | None = None
    options_json: str = "{}"
    state: str = "draft"
    remote_id: str | None = None
    remote_url: str | None = None
    updated_at: datetime = Field(sa_column=_utc(False))


class MediaAssetRow(SQLModel, table=True):
    """An imported image or video, stored once and addressed by its SHA-256."""

    __tablename__ = "media_asset"

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(unique=True)
    original_name: str = ""
    mime: str = ""
    kind: str = "image"
    size_bytes: int = 0
    width: int | None = None
    height: int | None = None
    duration_s: float | None = None
    created_at: datetime | None = Field(default=None, sa_column=_utc(True))
    imported_at: datetime = Field(sa_column=_utc(False))
    alt_text: str = ""
    folder: str = ""
    favourite: bool = False


class AssetTagRow(SQLModel, table=True):
    """A tag on a media asset."""

    __tablename__ = "asset_tag"
    __table_args__ = (Index("ix_asset_tag_tag", "tag"),)

    asset_id: int = Field(sa_column=Column(Integer, ForeignKey("media_asset.id", ondelete="CASCADE"), primary_key=True))
    tag: str = Field(primary_key=True)


class PostMediaRow(SQLModel, table=True):
    """One asset in a post's base media list, at a position (see the module docstring)."""

    __tablename__ = "post_media"
    __table_args__ = (Index("ix_post_media_asset_id", "asset_id"),)

    post_id: int = Field(sa_column=Column(Integer, ForeignKey("post.id", ondelete="CASCADE"), primary_key=True))
    position: int = Field(primary_key=True)
    asset_id: int = Field(sa_column=Column(Integer, ForeignKey("media_asset.id", ondelete="RESTRICT"), nullable=False))


class DeliveryAttemptRow(SQLModel, table=True):
    """One attempt at publishing one target, kept for the activity log and for `unknown`."""

    __tablename__ = "delivery_attempt"
    __table_args__ = (UniqueConstraint("target_id", "attempt_no", name="uq_attempt_target_no"),)

    id: int | None = Field(default=None, primary_key=True)
    target_id: int = Field(sa_column=Column(Integer, ForeignKey("target.id", ondelete="CASCADE"), nullable=False))
    attempt_no: int
    started_at: datetime = Field(sa_column=_utc(False))
    finished_at: datetime | None = Field(default=None, sa_column=_utc(True))
    outcome: str | None = None
    http_status: int | None = None
    network_message: str | None = None
    remote_id: str | None = None


class ActivityRow(SQLModel, table=True):
    """An entry of a post's activity log: a code and JSON detail, worded by the UI."""

    __tablename__ = "activity"
    __table_args__ = (
        Index("ix_activity_post_at", "post_id", "at"),
        # Deleting a target sets these to NULL; without an index that is a full scan.
        Index("ix_activity_target_id", "target_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    post_id: int = Field(sa_column=Column(Integer, ForeignKey("post.id", ondelete="CASCADE"), nullable=False))
    target_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("target.id", ondelete="SET NULL"), nullable=True),
    )
    at: datetime = Field(sa_column=_utc(False))
    kind: str
    message_code: str
    detail_json: str = "{}"


class SettingRow(SQLModel, table=True):
    """One application setting, its value as JSON."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value_json: str


# Other areas' tables live in their own modules; importing them here puts them in the same
# `SQLModel.metadata`, which the migration-vs-model test compares.
from postdesk.store import tables_calendar as _tables_calendar  # noqa: E402, F401
from postdesk.store import tables_engine as _tables_engine  # noqa: E402, F401
from postdesk.store import tables_inbox as _tables_inbox  # noqa: E402, F401
from postdesk.store import tables_insights as _tables_insights  # noqa: E402, F401
from postdesk.store import tables_tools as _tables_tools  # noqa: E402, F401
