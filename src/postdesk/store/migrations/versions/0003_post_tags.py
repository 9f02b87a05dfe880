"""Tags on posts, for the calendar's tag filter.

Revision ID: 0003_post_tags
Revises: 0002_engine
Create Date: 2025-01-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_post_tags"
down_revision = "0002_engine"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create `post_tag` and its index by tag."""
    op.create_table(
        "post_tag",
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["post_id"], ["post.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("post_id", "tag"),
    )
    op.create_index("ix_post_tag_tag", "post_tag", ["tag"])


def downgrade() -> None:
    """Drop `post_tag`."""
    op.drop_index("ix_post_tag_tag", table_name="post_tag")
    op.drop_table("post_tag")
