"""Tables of the inbox: cached items, replies written in the inbox, and per-account sync state.

Registered in `SQLModel.metadata` through `tables.py`; created by migration `0004_inbox`
(the author's picture: `0009_inbox_avatars`).

The read state is kept in two columns: `network_read` (what the network said on the last sync)
and `local_read` (the user's own choice, NULL until they make one). A re-sync only ever writes
the first, so it can never undo what the user did; the effective state is
`COALESCE(local_read, network_read)`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from postdesk.store.sqltypes import UTCDateTime


def _utc(nullable: bool) -> Column:  # type: ignore[type-arg]
    return Column(UTCDateTime(), nullable=nullable)


class InboxItemRow(SQLModel, table=True):
    """One mention, reply, quote, comment or message, as last fetched."""

    __tablename__ = "inbox_item"
    __table_args__ = (
        UniqueConstraint("account_id", "remote_id", name="uq_inbox_item_account_remote"),
        Index("ix_inbox_item_created_at", "created_at"),
        Index("ix_inbox_item_conversation", "account_id", "conversation_key"),
    )

    id: int | None = Field(default=None, primary_key=True)
    account_id: int = Field(sa_column=Column(Integer, ForeignKey("account.id", ondelete="CASCADE"), nullable=False))
    network: str
    remote_id: str
    kind: str
    author_id: str = ""
    author_handle: str = ""
    author_name: str = ""
    #: The author's picture as the network gave it (http/https), or None (a monogram is drawn).
    author_avatar_url: str | None = None
    text: str = ""
    created_at: datetime = Field(sa_column=_utc(False))
    url: str | None = None
    reply_ref_json: str = "{}"
    parent_remote_id: str | None = None
    conversation_key: str
    network_read: bool = False
    local_read: bool | None = None
    first_seen_at: datetime = Field(sa_column=_utc(False))
    updated_at: datetime = Field(sa_column=_utc(False))


class InboxReplyRow(SQLModel, table=True):
    """A reply written in the inbox; it is sent through the engine's outbox.

    `request_key` is chosen by the UI once per press of "Send": a second submit of the same
    request (a double click, a retried call) finds this row instead of queueing a second reply.
    """

    __tablename__ = "inbox_reply"

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(sa_column=Column(Integer, ForeignKey("inbox_item.id", ondelete="CASCADE"), nullable=False))
    request_key: str = Field(unique=True)
    text: str
    created_at: datetime = Field(sa_column=_utc(False))
    outbox_id: int | None = None


class InboxSyncStateRow(SQLModel, table=True):
    """When an account's inbox was and will be synced, and how it went."""

    __tablename__ = "inbox_sync_state"

    account_id: int = Field(sa_column=Column(Integer, ForeignKey("account.id", ondelete="CASCADE"), primary_key=True))
    interval_s: int = 300
    notify: bool = True
    last_synced_at: datetime | None = Field(default=None, sa_column=_utc(True))
    next_sync_at: datetime | None = Field(default=None, sa_column=_utc(True))
    failures: int = 0
    last_error: str | None = None
