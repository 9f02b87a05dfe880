"""The composer's writing tools on disk: post tags, snippets, hashtag groups and templates.

Every method runs on the disk worker (`BackgroundRunner`). Tags live in `post_tag` (the
calendar's tag filter reads the same rows); snippets and hashtag groups in `snippet`; templates
in `post_template`, each a post without a schedule (its text, targets and tags) as JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from postdesk.core.entities import Post, Target
from postdesk.core.networks import Network
from postdesk.store.db import Database
from postdesk.store.repositories.calendar import CalendarRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables_calendar import PostTagRow
from postdesk.store.tables_tools import PostTemplateRow, SnippetRow

SNIPPET = "snippet"
HASHTAGS = "hashtags"
KINDS = (SNIPPET, HASHTAGS)


class NameTaken(ValueError):
    """Another snippet (of the same kind) or template already has this name."""


@dataclass(frozen=True, slots=True)
class Snippet:
    """A saved snippet or hashtag group.

    Attributes:
        id: its id (None: not saved yet).
        kind: `SNIPPET` or `HASHTAGS`.
        name: what the menu shows.
        body: the text; for a hashtag group, its tags (with or without "#", by spaces, commas or lines).
    """

    id: int | None
    kind: str
    name: str
    body: str


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    """A saved template as the list shows it."""

    id: int
    name: str
    preview: str


def hashtags_of(body: str) -> list[str]:
    """A hashtag group's tags, each with one leading "#", in order, none twice."""
    seen: dict[str, str] = {}
    for word in body.replace(",", " ").split():
        tag = word.lstrip("#").strip()
        if tag:
            seen.setdefault(tag.casefold(), "#" + tag)
    return list(seen.values())


def template_body(post: Post, tags: Sequence[str]) -> dict[str, Any]:
    """What a template keeps of a post: text, targets (network, account, override, options) and tags.

    Not kept: the schedule, the states, the media (files may leave the library) and any published id.
    """
    return {
        "parts": list(post.parts),
        "targets": [
            {
                "network": t.network.value,
                "account_id": t.account_id,
                "override_enabled": t.override_enabled,
                "override_parts": list(t.override_parts),
                "options": dict(t.options),
            }
            for t in post.targets
        ],
        "tags": list(tags),
    }


def post_of_template(body: dict[str, Any]) -> tuple[Post, list[str]]:
    """A new draft (no id, no schedule) and its tags from a template's body."""
    targets = []
    for t in body.get("targets", []):
        try:
            network = Network(t["network"])
        except (KeyError, ValueError):
            continue
        targets.append(
            Target(
                network=network,
                account_id=t.get("account_id"),
                override_enabled=bool(t.get("override_enabled")),
                override_parts=tuple(t.get("override_parts") or ("",)),
                options=dict(t.get("options") or {}),
            )
        )
    parts = tuple(body.get("parts") or ("",))
    return Post(parts=parts, targets=tuple(targets)), [str(x) for x in body.get("tags", [])]


class ComposerToolsRepository:
    """Tags, snippets, hashtag groups and templates.

    Args:
        database: the open database.
    """

    def __init__(self, database: Database) -> None:
        self._db = database

    # -- tags --------------------------------------------------------------------------------

    def post_tags(self, post_id: int) -> list[str]:
        """The tags of a post, sorted case-insensitively."""
        with self._db.read_session() as session:
            rows = session.exec(select(PostTagRow.tag).where(PostTagRow.post_id == post_id)).all()
        return sorted(rows, key=str.casefold)

    def set_post_tags(self, post_id: int, tags: Iterable[str]) -> list[str]:
        """Replace a post's tags; returns every tag in use afterwards (for the completer)."""
        CalendarRepository(self._db).set_tags(post_id, tags)
        return self.all_tags()

    def all_tags(self) -> list[str]:
        """Every tag on a live post (the completer offers them)."""
        return CalendarRepository(self._db).tags()

    def duplicate(self, post_id: int, now: datetime) -> int | None:
        """Copy a post as a new unscheduled draft (`CalendarRepository.duplicate`)."""
        return CalendarRepository(self._db).duplicate(post_id, now=now)

    # -- snippets and hashtag groups -----------------------------------------------------------

    def snippets(self) -> list[Snippet]:
        """Every snippet and hashtag group, by kind then name."""
        with self._db.read_session() as session:
            rows = session.exec(select(SnippetRow)).all()
            found = [Snippet(r.id, r.kind, r.name, r.body) for r in rows]
        return sorted(found, key=lambda s: (KINDS.index(s.kind) if s.kind in KINDS else 9, s.name.casefold()))

    def save_snippet(self, snippet: Snippet, now: datetime) -> int:
        """Insert or update a snippet; raises NameTaken when its kind already has that name."""
        try:
            with self._db.session() as session:
                row = session.get(SnippetRow, snippet.id) if snippet.id is not None else None
                if row is None:
                    row = SnippetRow(kind=snippet.kind, name=snippet.name, body=snippet.body, updated_at=now)
                else:
                    row.kind, row.name, row.body, row.updated_at = snippet.kind, snippet.name, snippet.body, now
                session.add(row)
                session.flush()
                new_id = row.id
        except IntegrityError as exc:
            raise NameTaken(snippet.name) from exc
        assert new_id is not None
        return new_id

    def delete_snippet(self, snippet_id: int) -> None:
        """Delete a snippet or hashtag group (nothing happens when it is gone)."""
        with self._db.session() as session:
            row = session.get(SnippetRow, snippet_id)
            if row is not None:
                session.delete(row)

    # -- templates -----------------------------------------------------------------------------

    def templates(self) -> list[TemplateInfo]:
        """Every template, by name, with the start of its text."""
        with self._db.read_session() as session:
            rows = session.exec(select(PostTemplateRow).order_by(col(PostTemplateRow.name))).all()
            found = []
            for r in rows:
                parts = json.loads(r.body_json).get("parts") or [""]
                assert r.id is not None
                found.append(TemplateInfo(r.id, r.name, str(parts[0])[:80]))
        return found

    def save_template(self, name: str, post: Post, tags: Sequence[str], now: datetime) -> int:
        """Keep `post` (without schedule or media) as a template; raises NameTaken."""
        body = json.dumps(template_body(post, tags))
        try:
            with self._db.session() as session:
                row = PostTemplateRow(name=name, body_json=body, updated_at=now)
                session.add(row)
                session.flush()
                new_id = row.id
        except IntegrityError as exc:
            raise NameTaken(name) from exc
        assert new_id is not None
        return new_id

    def rename_template(self, template_id: int, name: str, now: datetime) -> None:
        """Rename a template; raises NameTaken."""
        try:
            with self._db.session() as session:
                row = session.get(PostTemplateRow, template_id)
                if row is not None:
                    row.name, row.updated_at = name, now
                    session.add(row)
        except IntegrityError as exc:
            raise NameTaken(name) from exc

    def delete_template(self, template_id: int) -> None:
        """Delete a template."""
        with self._db.session() as session:
            row = session.get(PostTemplateRow, template_id)
            if row is not None:
                session.delete(row)

    def new_post_from_template(self, template_id: int, now: datetime) -> int | None:
        """Store a new draft made from a template (with its tags); its id, or None when the template is gone."""
        with self._db.read_session() as session:
            row = session.get(PostTemplateRow, template_id)
            body = None if row is None else json.loads(row.body_json)
        if body is None:
            return None
        post, tags = post_of_template(body)
        saved = PostRepository(self._db).save(post, now=now)
        assert saved.id is not None
        CalendarRepository(self._db).set_tags(saved.id, tags)
        return saved.id
