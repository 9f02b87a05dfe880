"""Tables of the composer's writing tools: saved snippets, hashtag groups and post templates.

A snippet is a saved piece of text ("kind" = "snippet"); a hashtag group is a named list of tags
("kind" = "hashtags", the body one tag per line). A template is a post without a schedule: its
text, targets (networks, accounts, options) and tags, as JSON. Created by the migration
`0011_composer_tools`; imported by `store.tables` so `SQLModel.metadata` holds them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from postdesk.store.sqltypes import UTCDateTime


class SnippetRow(SQLModel, table=True):
    """A saved snippet or hashtag group."""

    __tablename__ = "snippet"
    __table_args__ = (UniqueConstraint("kind", "name", name="uq_snippet_kind_name"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str
    name: str
    body: str
    updated_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class PostTemplateRow(SQLModel, table=True):
    """A saved post template."""

    __tablename__ = "post_template"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    body_json: str
    updated_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
