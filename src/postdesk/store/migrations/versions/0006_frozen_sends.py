"""What is sent is frozen, and a version per post.

`target_snapshot` holds, per target, exactly what it sends (text parts, media with their alt
texts, options, account), written when the target leaves `scheduled`; the engine reads only that
from then on. `post.version` is bumped by every write to a post, so a write based on an older
read is detected (`store.repositories.posts.PostConflict`) instead of silently overwriting.

Written by hand and frozen (does not import the table classes).

Revision ID: 0006_frozen_sends
Revises: 0005_outbox_sending
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_frozen_sends"
down_revision = "0005_outbox_sending"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add `post.version` and the `target_snapshot` table."""
    with op.batch_alter_table("post") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")))
    op.create_table(
        "target_snapshot",
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("network", sa.String(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("parts_json", sa.String(), nullable=False),
        sa.Column("media_json", sa.String(), nullable=False),
        sa.Column("options_json", sa.String(), nullable=False),
        sa.Column("frozen_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["target_id"], ["target.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("target_id"),
    )


def downgrade() -> None:
    """Drop them again."""
    op.drop_table("target_snapshot")
    with op.batch_alter_table("post") as batch:
        batch.drop_column("version")
