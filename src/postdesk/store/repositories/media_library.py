"""The media library's queries beyond the basic `MediaRepository`: search, tags, folders,
favourites, storage used, and deleting an asset that posts still use.

It wraps `MediaRepository` (which keeps add/get/list/alt text/usage) and implements the
importer's `AssetSink`. Everything here runs on a worker thread, one session per call.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import delete, func, or_
from sqlmodel import col, select

from postdesk.media.importer import NewAsset
from postdesk.store.db import Database
from postdesk.store.repositories.media import MediaAsset, MediaRepository, _to_asset
from postdesk.store.tables import AssetTagRow, MediaAssetRow, PostMediaRow, TargetRow

#: Alt text longer than this is refused by the strictest network we publish to with alt text
#: (X: 1,000 characters); the editor counts towards it.
ALT_TEXT_MAX = 1000


class SortOrder(StrEnum):
    """How the library grid is sorted."""

    NEWEST_IMPORT = "newest_import"
    OLDEST_IMPORT = "oldest_import"
    NEWEST_TAKEN = "newest_taken"
    NAME = "name"
    LARGEST = "largest"


@dataclass(frozen=True, slots=True)
class LibraryQuery:
    """What the grid shows.

    Attributes:
        text: matched (case-insensitively) against the name, the alt text and the tags.
        kinds: only these kinds ("image", "gif", "video"); empty means all.
        folder: only this folder ("" is the top level), or None for every folder.
        favourites_only: only starred assets.
        sort: the order.
        limit: at most this many.
    """

    text: str = ""
    kinds: frozenset[str] = frozenset()
    folder: str | None = None
    favourites_only: bool = False
    sort: SortOrder = SortOrder.NEWEST_IMPORT
    limit: int = 5000


@dataclass(frozen=True, slots=True)
class LibraryItem:
    """An asset as the grid shows it.

    Attributes:
        asset: the asset.
        tags: its tags, sorted.
    """

    asset: MediaAsset
    tags: tuple[str, ...]


def normalise_tag(tag: str) -> str:
    """Tags are compared without case or surrounding blanks, and without a leading '#'."""
    return " ".join(tag.strip().lstrip("#").split()).casefold()


_ORDER = {
    SortOrder.NEWEST_IMPORT: (col(MediaAssetRow.imported_at).desc(), col(MediaAssetRow.id).desc()),
    SortOrder.OLDEST_IMPORT: (col(MediaAssetRow.imported_at).asc(), col(MediaAssetRow.id).asc()),
    SortOrder.NEWEST_TAKEN: (
        col(MediaAssetRow.created_at).is_(None),
        col(MediaAssetRow.created_at).desc(),
        col(MediaAssetRow.id).desc(),
    ),
    SortOrder.NAME: (func.lower(MediaAssetRow.original_name), col(MediaAssetRow.id)),
    SortOrder.LARGEST: (col(MediaAssetRow.size_bytes).desc(), col(MediaAssetRow.id).desc()),
}


class MediaLibraryRepository:
    """Library queries and edits over the media tables.

    Args:
        database: the open database.
    """

    def __init__(self, database: Database) -> None:
        self._db = database
        self.basic = MediaRepository(database)

    # -- the importer's sink -------------------------------------------------------------

    def find_by_sha(self, sha256: str) -> int | None:
        """The id of the asset with this content, if imported."""
        with self._db.read_session() as session:
            row = session.exec(
                select(MediaAssetRow.id).where(MediaAssetRow.sha256 == sha256)
            ).first()
            return int(row) if row is not None else None

    def add_asset(self, asset: NewAsset) -> int:
        """Record an imported asset (the existing id when the content is already known)."""
        asset_id = self.basic.add_or_get(
            asset.sha256,
            imported_at=asset.imported_at,
            original_name=asset.original_name,
            mime=asset.mime,
            kind=str(asset.kind),
            size_bytes=asset.size_bytes,
            width=asset.width,
            height=asset.height,
            duration_s=asset.duration_s,
            created_at=asset.created_at,
        )
        if asset.folder:
            self.set_folder([asset_id], asset.folder)
        return asset_id

    # -- reading -----------------------------------------------------------------------

    def get(self, asset_id: int) -> LibraryItem | None:
        """One asset with its tags."""
        items = self.get_many([asset_id])
        return items[0] if items else None

    def get_many(self, asset_ids: Sequence[int]) -> list[LibraryItem]:
        """These assets with their tags, in the order asked (unknown ids skipped)."""
        if not asset_ids:
            return []
        with self._db.read_session() as session:
            rows = session.exec(
                select(MediaAssetRow).where(col(MediaAssetRow.id).in_(list(asset_ids)))
            ).all()
            tags = self._tags_for(session, [r.id for r in rows if r.id is not None])
        by_id = {r.id: r for r in rows}
        return [
            LibraryItem(_to_asset(by_id[i]), tags.get(i, ()))
            for i in asset_ids
            if i in by_id
        ]

    def search(self, query: LibraryQuery) -> list[LibraryItem]:
        """The assets matching a query, in its order, with their tags."""
        stmt = select(MediaAssetRow)
        needle = query.text.strip()
        if needle:
            like = f"%{needle.casefold().replace('%', '').replace('_', '')}%"
            tag_match = (
                select(AssetTagRow.asset_id)
                .where(col(AssetTagRow.tag).like(like))
                .scalar_subquery()
            )
            stmt = stmt.where(
                or_(
                    func.lower(MediaAssetRow.original_name).like(like),
                    func.lower(MediaAssetRow.alt_text).like(like),
                    col(MediaAssetRow.id).in_(tag_match),
                )
            )
        if query.kinds:
            stmt = stmt.where(col(MediaAssetRow.kind).in_(sorted(query.kinds)))
        if query.folder is not None:
            stmt = stmt.where(MediaAssetRow.folder == query.folder)
        if query.favourites_only:
            stmt = stmt.where(col(MediaAssetRow.favourite).is_(True))
        stmt = stmt.order_by(*_ORDER[query.sort]).limit(query.limit)
        with self._db.read_session() as session:
            rows = session.exec(stmt).all()
            tags = self._tags_for(session, [r.id for r in rows if r.id is not None])
        return [LibraryItem(_to_asset(r), tags.get(r.id, ())) for r in rows if r.id is not None]

    @staticmethod
    def _tags_for(session: object, ids: list[int]) -> dict[int, tuple[str, ...]]:
        out: dict[int, list[str]] = {}
        for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
            chunk = ids[start : start + 500]
            rows = session.exec(  # type: ignore[attr-defined]
                select(AssetTagRow).where(col(AssetTagRow.asset_id).in_(chunk))
            ).all()
            for row in rows:
                out.setdefault(row.asset_id, []).append(row.tag)
        return {k: tuple(sorted(v)) for k, v in out.items()}

    def all_tags(self) -> list[tuple[str, int]]:
        """Every tag with how many assets carry it, most used first."""
        with self._db.read_session() as session:
            rows = session.exec(
                select(AssetTagRow.tag, func.count())
                .group_by(AssetTagRow.tag)
                .order_by(func.count().desc(), AssetTagRow.tag)
            ).all()
            return [(str(t), int(n)) for t, n in rows]

    def folders(self) -> list[str]:
        """Folders that hold at least one asset, sorted ("" — the top level — excluded)."""
        with self._db.read_session() as session:
            rows = session.exec(
                select(MediaAssetRow.folder).where(MediaAssetRow.folder != "").distinct()
            ).all()
            return sorted((str(r) for r in rows), key=str.casefold)

    def storage_used(self) -> tuple[int, int]:
        """(asset count, bytes of stored originals)."""
        with self._db.read_session() as session:
            count, total = session.exec(
                select(func.count(), func.coalesce(func.sum(MediaAssetRow.size_bytes), 0))
            ).one()
            return int(count), int(total)

    def usage(self, asset_id: int) -> list[int]:
        """Ids of the (not deleted) posts using this asset."""
        return self.basic.usage(asset_id)

    # -- editing -----------------------------------------------------------------------

    def set_alt_text(self, asset_id: int, alt_text: str) -> None:
        """Change the alt text (trimmed; at most ALT_TEXT_MAX characters are kept)."""
        self.basic.set_alt_text(asset_id, alt_text.strip()[:ALT_TEXT_MAX])

    def add_tags(self, asset_ids: Iterable[int], tags: Iterable[str]) -> None:
        """Tag assets (tags normalised; existing ones ignored)."""
        clean = {t for t in (normalise_tag(t) for t in tags) if t}
        with self._db.session() as session:
            for asset_id in set(asset_ids):
                have = set(
                    session.exec(
                        select(AssetTagRow.tag).where(AssetTagRow.asset_id == asset_id)
                    ).all()
                )
                for tag in sorted(clean - have):
                    session.add(AssetTagRow(asset_id=asset_id, tag=tag))

    def remove_tags(self, asset_ids: Iterable[int], tags: Iterable[str]) -> None:
        """Untag assets."""
        clean = [normalise_tag(t) for t in tags]
        with self._db.session() as session:
            session.exec(  # type: ignore[call-overload]
                delete(AssetTagRow).where(
                    col(AssetTagRow.asset_id).in_(list(asset_ids)),
                    col(AssetTagRow.tag).in_(clean),
                )
            )

    def set_folder(self, asset_ids: Iterable[int], folder: str) -> None:
        """Move assets into a folder ("" is the top level)."""
        self._update(asset_ids, folder=" ".join(folder.split()))

    def set_favourite(self, asset_ids: Iterable[int], favourite: bool) -> None:
        """Star or unstar assets."""
        self._update(asset_ids, favourite=favourite)

    def _update(self, asset_ids: Iterable[int], **values: object) -> None:
        with self._db.session() as session:
            for asset_id in set(asset_ids):
                row = session.get(MediaAssetRow, asset_id)
                if row is None:
                    continue
                for key, value in values.items():
                    setattr(row, key, value)
                session.add(row)

    def delete(self, asset_id: int, *, remove_from_posts: bool = False) -> str | None:
        """Delete an asset's record; returns its digest so the caller can remove the files.

        Args:
            asset_id: the asset.
            remove_from_posts: also take it out of the posts that use it (their media lists
                close up, target overrides drop it). Without it, an asset in use is kept.

        Returns:
            The deleted asset's sha256, or None when it does not exist or is in use and
            `remove_from_posts` is False.
        """
        with self._db.session() as session:
            row = session.get(MediaAssetRow, asset_id)
            if row is None:
                return None
            used = session.exec(
                select(PostMediaRow.post_id).where(PostMediaRow.asset_id == asset_id)
            ).first()
            overrides = session.exec(
                select(TargetRow).where(col(TargetRow.media_override_json).is_not(None))
            ).all()
            using_targets = [t for t in overrides if asset_id in _ids(t.media_override_json)]
            if (used is not None or using_targets) and not remove_from_posts:
                return None
            for post_id in set(
                session.exec(
                    select(PostMediaRow.post_id).where(PostMediaRow.asset_id == asset_id)
                ).all()
            ):
                _close_up(session, int(post_id), asset_id)
            for target in using_targets:
                target.media_override_json = json.dumps(
                    [i for i in _ids(target.media_override_json) if i != asset_id]
                )
                session.add(target)
            session.exec(  # type: ignore[call-overload]
                delete(AssetTagRow).where(col(AssetTagRow.asset_id) == asset_id)
            )
            sha = row.sha256
            session.delete(row)
            return sha


def _ids(raw: str | None) -> list[int]:
    if not raw:
        return []
    try:
        value = json.loads(raw)
    except ValueError:
        return []
    return [int(v) for v in value if isinstance(v, int)] if isinstance(value, list) else []


def _close_up(session: object, post_id: int, asset_id: int) -> None:
    """Remove an asset from a post's media list and renumber the rest from 0."""
    rows = session.exec(  # type: ignore[attr-defined]
        select(PostMediaRow).where(PostMediaRow.post_id == post_id).order_by(PostMediaRow.position)
    ).all()
    keep = [r.asset_id for r in rows if r.asset_id != asset_id]
    session.exec(delete(PostMediaRow).where(col(PostMediaRow.post_id) == post_id))  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]
    for position, kept in enumerate(keep):
        session.add(PostMediaRow(post_id=post_id, position=position, asset_id=kept))  # type: ignore[attr-defined]

