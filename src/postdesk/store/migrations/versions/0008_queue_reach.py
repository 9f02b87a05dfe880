"""Queues and evergreen series reach the window: a queue's accounts, repeat forever, text variations,
stopping a series, and which reposts a series made.

Written by hand and frozen (does not import the table classes).

Revision ID: 0008_queue_reach
Revises: 0007_metric_snapshots
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_queue_reach"
down_revision = "0007_metric_snapshots"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the new columns and `evergreen_copy`."""
    with op.batch_alter_table("queue_schedule") as batch:
        batch.add_column(sa.Column("accounts_json", sa.String(), nullable=False, server_default="[]"))
    with op.batch_alter_table("evergreen") as batch:
        batch.add_column(sa.Column("forever", sa.Boolean(), nullable=False, server_default=sa.text("0")))
        batch.add_column(sa.Column("variations_json", sa.String(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("stopped_at", sa.DateTime(), nullable=True))
    op.create_table(
        "evergreen_copy",
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("series_post_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["post_id"], ["post.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["series_post_id"], ["evergreen.post_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("post_id"),
    )
    op.create_index("ix_evergreen_copy_series_post_id", "evergreen_copy", ["series_post_id"])


def downgrade() -> None:
    """Drop them again."""
    op.drop_index("ix_evergreen_copy_series_post_id", table_name="evergreen_copy")
    op.drop_table("evergreen_copy")
    with op.batch_alter_table("evergreen") as batch:
        batch.drop_column("stopped_at")
        batch.drop_column("variations_json")
        batch.drop_column("forever")
    with op.batch_alter_table("queue_schedule") as batch:
        batch.drop_column("accounts_json")
