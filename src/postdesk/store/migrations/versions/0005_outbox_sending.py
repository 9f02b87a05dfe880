"""The outbox's "sending" mark: when a send began, and what the network answered.

Written by hand and frozen (does not import the table classes).

Revision ID: 0005_outbox_sending
Revises: 0004_inbox
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_outbox_sending"
down_revision = "0004_inbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add `outbox.sending_at`, `outbox.remote_id` and `outbox.needs_user`."""
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("sending_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("remote_id", sa.String(), nullable=True))
        batch.add_column(sa.Column("needs_user", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    """Drop the columns again."""
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("needs_user")
        batch.drop_column("remote_id")
        batch.drop_column("sending_at")
