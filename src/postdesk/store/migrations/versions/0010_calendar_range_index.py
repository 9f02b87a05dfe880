"""The calendar's range query reads each post's targets from one covering index, in id order:
`ix_target_calendar` on target (post_id, id, network, state, account_id).

Written by hand and frozen (does not import the table classes).

Revision ID: 0010_calendar_range_index
Revises: 0009_inbox_avatars
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0010_calendar_range_index"
down_revision = "0009_inbox_avatars"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the covering index (the table is not rewritten)."""
    op.create_index("ix_target_calendar", "target", ["post_id", "id", "network", "state", "account_id"])


def downgrade() -> None:
    """Drop it."""
    op.drop_index("ix_target_calendar", table_name="target")
