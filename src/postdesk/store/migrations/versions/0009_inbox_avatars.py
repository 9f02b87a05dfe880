"""The inbox keeps each author's picture: `inbox_item.author_avatar_url`.

Written by hand and frozen (does not import the table classes).

Revision ID: 0009_inbox_avatars
Revises: 0008_queue_reach
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_inbox_avatars"
down_revision = "0008_queue_reach"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add `inbox_item.author_avatar_url` (NULL: the network gave no picture; a monogram is drawn)."""
    with op.batch_alter_table("inbox_item") as batch:
        batch.add_column(sa.Column("author_avatar_url", sa.String(), nullable=True))


def downgrade() -> None:
    """Drop the column."""
    with op.batch_alter_table("inbox_item") as batch:
        batch.drop_column("author_avatar_url")
