"""Posts imported from (and exported to) CSV: the writes in one transaction, and the reads for an export.

`save_imported` writes every post of an import, its targets, media and tags in one transaction:
an import either lands whole or not at all (a full disk half-way leaves nothing behind).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlmodel import col, select

from postdesk.core.entities import Post, TargetState
from postdesk.store.db import Database
from postdesk.store.post_writes import initial_state
from postdesk.store.repositories._json import dumps
from postdesk.store.repositories.posts import _to_posts
from postdesk.store.tables import AccountRow, MediaAssetRow, PostMediaRow, PostRow, TargetRow
from postdesk.store.tables_calendar import PostTagRow


@dataclass(frozen=True, slots=True)
class ImportedPost:
    """One post to write.

    Attributes:
        post: the post (no id; its media are library asset ids).
        tags: its tags.
    """

    post: Post
    tags: tuple[str, ...] = ()


def save_imported(database: Database, posts: Sequence[ImportedPost], now: datetime) -> list[int]:
    """Insert every post, its targets, media and tags, in one transaction; the new ids in order.

    Raises:
        StorageFull, DatabaseLocked, DiskError: the store's own errors (then nothing was written).
    """
    ids: list[int] = []
    with database.session() as session:
        for item in posts:
            post = item.post
            row = PostRow(created_at=now, updated_at=now)
            row.parts_json = dumps(list(post.parts))
            row.scheduled_at = post.scheduled_at
            row.scheduled_zone = post.scheduled_zone
            session.add(row)
            session.flush()
            assert row.id is not None
            for target in post.targets:
                target_row = TargetRow(
                    post_id=row.id, network=target.network.value, account_id=target.account_id, updated_at=now
                )
                target_row.override_enabled = target.override_enabled
                target_row.override_parts_json = dumps(list(target.override_parts))
                target_row.options_json = dumps(target.options)
                initial_state(target_row, target.state)
                session.add(target_row)
            for position, asset_id in enumerate(post.media):
                session.add(PostMediaRow(post_id=row.id, position=position, asset_id=asset_id))
            folded: dict[str, str] = {}
            for tag in item.tags:
                folded.setdefault(tag.strip().casefold(), tag.strip())
            for tag in folded.values():
                if tag:
                    session.add(PostTagRow(post_id=row.id, tag=tag))
            ids.append(row.id)
    return ids


@dataclass(frozen=True, slots=True)
class StoredForExport:
    """A stored post with what an export writes beside it.

    Attributes:
        post: the post.
        tags: its tags.
        media_shas: its media's content addresses, in order.
        media_alts: their descriptions (alt text), in the same order.
        handles: account id → "network:handle" for its accounts.
    """

    post: Post
    tags: tuple[str, ...]
    media_shas: tuple[str, ...]
    handles: dict[int, str]
    media_alts: tuple[str, ...] = ()


def posts_for_export(
    database: Database, start: datetime | None, end: datetime | None, post_ids: Collection[int] | None = None
) -> list[StoredForExport]:
    """Live posts scheduled in [start, end) (or only `post_ids`), in time order; with no range, every
    unscheduled draft as well (after the scheduled ones)."""
    with database.read_session() as session:
        query = select(PostRow).where(col(PostRow.deleted_at).is_(None))
        if start is not None and end is not None:
            query = query.where(col(PostRow.scheduled_at) >= start, col(PostRow.scheduled_at) < end)
        if post_ids is not None:
            query = query.where(col(PostRow.id).in_(sorted(post_ids)))
        rows = session.exec(
            query.order_by(col(PostRow.scheduled_at).is_(None), col(PostRow.scheduled_at), col(PostRow.id))
        ).all()
        posts = _to_posts(session, rows)
        ids = [p.id for p in posts if p.id is not None]
        tags: dict[int, list[str]] = {}
        for tag_row in session.exec(select(PostTagRow).where(col(PostTagRow.post_id).in_(ids))):
            tags.setdefault(tag_row.post_id, []).append(tag_row.tag)
        asset_ids = {a for p in posts for a in p.media}
        assets = {
            a.id: (a.sha256, a.alt_text or "")
            for a in session.exec(select(MediaAssetRow).where(col(MediaAssetRow.id).in_(asset_ids)))
        }
        account_ids = {t.account_id for p in posts for t in p.targets if t.account_id is not None}
        handles = {
            a.id: f"{a.network}:{a.handle}"
            for a in session.exec(select(AccountRow).where(col(AccountRow.id).in_(account_ids)))
            if a.id is not None
        }
    return [
        StoredForExport(
            post=p,
            tags=tuple(sorted(tags.get(p.id or 0, ()), key=str.casefold)),
            media_shas=tuple(assets[a][0] for a in p.media if a in assets),
            media_alts=tuple(assets[a][1] for a in p.media if a in assets),
            handles={t.account_id: handles[t.account_id] for t in p.targets if t.account_id in handles},
        )
        for p in posts
    ]


def scheduled_state(scheduled: bool, post: Post) -> Post:
    """The post with every target a draft, or (with `scheduled` and a time) scheduled."""
    state = TargetState.SCHEDULED if scheduled and post.scheduled_at is not None else TargetState.DRAFT
    return replace(post, targets=tuple(replace(t, state=state) for t in post.targets))
