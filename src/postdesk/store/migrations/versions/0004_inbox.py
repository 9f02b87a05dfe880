"""The inbox: cached items, replies written in the inbox, per-account sync state.

Written by hand and frozen (does not import the table classes).

Revision ID: 0004_inbox
Revises: 0003_post_tags
Create Date: 2026-03-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_inbox"
down_revision = "0003_post_tags"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create `inbox_item`, `inbox_reply` and `inbox_sync_state`."""
    op.create_table(
        "inbox_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("network", sa.String(), nullable=False),
        sa.Column("remote_id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("author_id", sa.String(), nullable=False),
        sa.Column("author_handle", sa.String(), nullable=False),
        sa.Column("author_name", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("url", sa.String(), nullable=True),
        sa.Column("reply_ref_json", sa.String(), nullable=False),
        sa.Column("parent_remote_id", sa.String(), nullable=True),
        sa.Column("conversation_key", sa.String(), nullable=False),
        sa.Column("network_read", sa.Boolean(), nullable=False),
        sa.Column("local_read", sa.Boolean(), nullable=True),
        sa.Column("first_seen_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("account_id", "remote_id", name="uq_inbox_item_account_remote"),
    )
    op.create_index("ix_inbox_item_created_at", "inbox_item", ["created_at"])
    op.create_index("ix_inbox_item_conversation", "inbox_item", ["account_id", "conversation_key"])
    op.create_table(
        "inbox_reply",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("request_key", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("outbox_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["item_id"], ["inbox_item.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("request_key"),
    )
    op.create_table(
        "inbox_sync_state",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("interval_s", sa.Integer(), nullable=False),
        sa.Column("notify", sa.Boolean(), nullable=False),
        sa.Column("last_synced_at", sa.DateTime(), nullable=True),
        sa.Column("next_sync_at", sa.DateTime(), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("account_id"),
    )


def downgrade() -> None:
    """Drop the inbox tables."""
    op.drop_table("inbox_sync_state")
    op.drop_table("inbox_reply")
    op.drop_index("ix_inbox_item_conversation", table_name="inbox_item")
    op.drop_index("ix_inbox_item_created_at", table_name="inbox_item")
    op.drop_table("inbox_item")
