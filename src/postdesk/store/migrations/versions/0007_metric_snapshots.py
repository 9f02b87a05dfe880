"""Metric snapshots of published posts (Insights), one row per fetch, history kept.

Written by hand and frozen (does not import the table classes).

Revision ID: 0007_metric_snapshots
Revises: 0006_frozen_sends
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_metric_snapshots"
down_revision = "0006_frozen_sends"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create `metric_snapshot`."""
    op.create_table(
        "metric_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("fetched_at", sa.DateTime(), nullable=False),
        sa.Column("likes", sa.Integer(), nullable=True),
        sa.Column("reposts", sa.Integer(), nullable=True),
        sa.Column("replies", sa.Integer(), nullable=True),
        sa.Column("quotes", sa.Integer(), nullable=True),
        sa.Column("views", sa.Integer(), nullable=True),
        sa.Column("clicks", sa.Integer(), nullable=True),
        sa.Column("gone", sa.Boolean(), nullable=False, server_default=sa.text("0")),
        sa.ForeignKeyConstraint(["target_id"], ["target.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_metric_snapshot_target_fetched", "metric_snapshot", ["target_id", "fetched_at"])


def downgrade() -> None:
    """Drop it again."""
    op.drop_index("ix_metric_snapshot_target_fetched", table_name="metric_snapshot")
    op.drop_table("metric_snapshot")
