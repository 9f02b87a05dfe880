"""Tables the calendar adds to the schema: tags on posts.

A creator filters the calendar by tags ("launch", "tour"); tags are free words, one row per
(post, tag), indexed by tag so "which posts carry this tag" needs no scan. Created by the
migration `0002_post_tags`; imported by `store.tables` so `SQLModel.metadata` holds it.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer
from sqlmodel import Field, SQLModel


class PostTagRow(SQLModel, table=True):
    """A tag on a post; removed with the post (ON DELETE CASCADE)."""

    __tablename__ = "post_tag"
    __table_args__ = (Index("ix_post_tag_tag", "tag"),)

    post_id: int = Field(sa_column=Column(Integer, ForeignKey("post.id", ondelete="CASCADE"), primary_key=True))
    tag: str = Field(primary_key=True)
