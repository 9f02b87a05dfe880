"""Publishing engine tables: target delivery bookkeeping, outbox, queues, evergreen.

Written by hand and frozen (does not import the table classes).

Revision ID: 0002_engine
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_engine"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the engine's tables."""
    op.create_table(
        "target_delivery",
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("idempotency_key", sa.String(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("send_started_at", sa.DateTime(), nullable=True),
        sa.Column("reason_code", sa.String(), nullable=True),
        sa.Column("reason_text", sa.String(), nullable=True),
        sa.Column("handoff_remote_id", sa.String(), nullable=True),
        sa.Column("awaiting_catch_up", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["target_id"], ["target.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("target_id"),
        sa.UniqueConstraint("idempotency_key"),
    )
    op.create_index("ix_target_delivery_next_attempt_at", "target_delivery", ["next_attempt_at"])
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("network", sa.String(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("target_id", sa.Integer(), nullable=True),
        sa.Column("payload_json", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["account.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["target_id"], ["target.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_outbox_done_at", "outbox", ["done_at"])
    op.create_table(
        "queue_schedule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("zone", sa.String(), nullable=False),
        sa.Column("slots_json", sa.String(), nullable=False),
        sa.Column("excluded_json", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "queue_entry",
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("schedule_id", sa.Integer(), nullable=False),
        sa.Column("slot_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["post_id"], ["post.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["schedule_id"], ["queue_schedule.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("post_id"),
    )
    op.create_index("ix_queue_entry_schedule_slot", "queue_entry", ["schedule_id", "slot_at"])
    op.create_table(
        "evergreen",
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("times", sa.Integer(), nullable=False),
        sa.Column("every_days", sa.Integer(), nullable=False),
        sa.Column("zone", sa.String(), nullable=False),
        sa.Column("first_at", sa.DateTime(), nullable=False),
        sa.Column("reposts_made", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["post_id"], ["post.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("post_id"),
    )


def downgrade() -> None:
    """Drop the engine's tables."""
    op.drop_table("evergreen")
    op.drop_index("ix_queue_entry_schedule_slot", table_name="queue_entry")
    op.drop_table("queue_entry")
    op.drop_table("queue_schedule")
    op.drop_index("ix_outbox_done_at", table_name="outbox")
    op.drop_table("outbox")
    op.drop_index("ix_target_delivery_next_attempt_at", table_name="target_delivery")
    op.drop_table("target_delivery")
