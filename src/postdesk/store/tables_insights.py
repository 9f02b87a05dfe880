"""Table of Insights: metric snapshots of published targets, kept with their history.

Created by migration `0007_metric_snapshots`; registered in `SQLModel.metadata` because `tables.py`
imports this module. One row per fetch, never updated: the newest row is a target's current
counts, the older ones its history. A count is NULL when the network does not say ("unknown"),
never 0. `gone` marks a fetch where the network said the post no longer exists; the engine stops
asking after one.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, text
from sqlmodel import Field, SQLModel

from postdesk.store.sqltypes import UTCDateTime


class MetricSnapshotRow(SQLModel, table=True):
    """What a network said about one published target at one instant."""

    __tablename__ = "metric_snapshot"
    __table_args__ = (Index("ix_metric_snapshot_target_fetched", "target_id", "fetched_at"),)

    id: int | None = Field(default=None, primary_key=True)
    target_id: int = Field(sa_column=Column(Integer, ForeignKey("target.id", ondelete="CASCADE"), nullable=False))
    fetched_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    likes: int | None = None
    reposts: int | None = None
    replies: int | None = None
    quotes: int | None = None
    views: int | None = None
    clicks: int | None = None
    gone: bool = Field(default=False, sa_column=Column(Boolean, nullable=False, server_default=text("0")))
