"""Tables of the publishing engine: delivery bookkeeping, outbox, queues and evergreen reposts.

Kept apart from `tables.py` (another area's file) but registered in the same `SQLModel.metadata`
because `tables.py` imports this module. Created by migration `0002_engine`.

`TargetDeliveryRow` sits beside `TargetRow` rather than adding columns to it: the calendar reads
`TargetRow.state`, while the idempotency key, attempt count, retry instant and the network's last
reason are the engine's own business. Both rows are written in the same transaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, Integer
from sqlmodel import Field, SQLModel

from postdesk.store.sqltypes import UTCDateTime


def _utc(nullable: bool) -> Column:  # type: ignore[type-arg]
    return Column(UTCDateTime(), nullable=nullable)


class TargetDeliveryRow(SQLModel, table=True):
    """The engine's bookkeeping for one target.

    The idempotency key is chosen and committed before the first send and never changes, so a
    resend after `unknown` → lookup says "not found" carries the same key (networks that honour
    one, like Mastodon's `Idempotency-Key`, then refuse a duplicate on their side too).
    """

    __tablename__ = "target_delivery"
    __table_args__ = (Index("ix_target_delivery_next_attempt_at", "next_attempt_at"),)

    target_id: int = Field(sa_column=Column(Integer, ForeignKey("target.id", ondelete="CASCADE"), primary_key=True))
    idempotency_key: str = Field(unique=True)
    attempts: int = 0
    next_attempt_at: datetime | None = Field(default=None, sa_column=_utc(True))
    send_started_at: datetime | None = Field(default=None, sa_column=_utc(True))
    reason_code: str | None = None
    reason_text: str | None = None
    handoff_remote_id: str | None = None
    awaiting_catch_up: bool = False


class TargetSnapshotRow(SQLModel, table=True):
    """Exactly what one target sends, frozen when it leaves `scheduled` (migration 0006).

    From then on the engine, its lookups and the published record read only this row: editing
    or deleting the post later never changes what goes (or went) out. `media_json` is a list of
    `{"asset_id", "sha256", "alt_text", "name"}`; the blob is content-addressed, so the digest
    keeps naming the very file that was frozen. `account_id` has no foreign key on purpose: the
    record keeps saying which account sent it after the account row is gone.
    """

    __tablename__ = "target_snapshot"

    target_id: int = Field(sa_column=Column(Integer, ForeignKey("target.id", ondelete="CASCADE"), primary_key=True))
    network: str
    account_id: int | None = None
    parts_json: str
    media_json: str
    options_json: str
    frozen_at: datetime = Field(sa_column=_utc(False))


class OutboxRow(SQLModel, table=True):
    """An action taken while offline (delete, reply, reschedule), replayed on reconnect."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_done_at", "done_at"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str
    network: str
    account_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("account.id", ondelete="SET NULL"), nullable=True),
    )
    target_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("target.id", ondelete="SET NULL"), nullable=True),
    )
    payload_json: str = "{}"
    created_at: datetime = Field(sa_column=_utc(False))
    attempts: int = 0
    next_attempt_at: datetime | None = Field(default=None, sa_column=_utc(True))
    done_at: datetime | None = Field(default=None, sa_column=_utc(True))
    last_error: str | None = None
    # Committed before a network call that could publish: a row found "sending" after a
    # crash may already be on the network, so it is looked for before being sent again.
    sending_at: datetime | None = Field(default=None, sa_column=_utc(True))
    remote_id: str | None = None
    needs_user: bool = False


class QueueScheduleRow(SQLModel, table=True):
    """A named queue of weekly slots (`core.slots.QueueSchedule`)."""

    __tablename__ = "queue_schedule"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    zone: str
    slots_json: str = "[]"
    excluded_json: str = "[]"
    created_at: datetime = Field(sa_column=_utc(False))
    # The account ids that use this queue ("[]": every account). Added by 0008_queue_reach.
    accounts_json: str = "[]"


class QueueEntryRow(SQLModel, table=True):
    """A post placed in a queue slot."""

    __tablename__ = "queue_entry"
    __table_args__ = (Index("ix_queue_entry_schedule_slot", "schedule_id", "slot_at"),)

    post_id: int = Field(sa_column=Column(Integer, ForeignKey("post.id", ondelete="CASCADE"), primary_key=True))
    schedule_id: int = Field(
        sa_column=Column(Integer, ForeignKey("queue_schedule.id", ondelete="CASCADE"), nullable=False)
    )
    slot_at: datetime = Field(sa_column=_utc(False))


class EvergreenRow(SQLModel, table=True):
    """Repost a post `times` more times every `every_days` days (`core.slots.Evergreen`)."""

    __tablename__ = "evergreen"

    post_id: int = Field(sa_column=Column(Integer, ForeignKey("post.id", ondelete="CASCADE"), primary_key=True))
    times: int
    every_days: int
    zone: str
    first_at: datetime = Field(sa_column=_utc(False))
    reposts_made: int = 0
    # Added by 0008_queue_reach: repeat until stopped (one repost made at a time), the texts used
    # in turn after the original's (networks refuse exact duplicates), and when the user stopped it.
    forever: bool = False
    variations_json: str = "[]"
    stopped_at: datetime | None = Field(default=None, sa_column=_utc(True))


class EvergreenCopyRow(SQLModel, table=True):
    """A repost made by an evergreen series: which series, and which of its texts it carries."""

    __tablename__ = "evergreen_copy"

    post_id: int = Field(sa_column=Column(Integer, ForeignKey("post.id", ondelete="CASCADE"), primary_key=True))
    series_post_id: int = Field(
        sa_column=Column(Integer, ForeignKey("evergreen.post_id", ondelete="CASCADE"), nullable=False, index=True)
    )
    number: int = 1
