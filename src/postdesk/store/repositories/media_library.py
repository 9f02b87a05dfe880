"""The media library's queries beyond the basic `MediaRepository`: search, tags, folders,
favourites, storage used, and deleting an asset that posts still use.

It wraps `MediaRepository` (which keeps add/get/list/alt text/usage) and implements the
importer's `AssetSink`. Everything here runs on a worker thread, one session per call.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, func, insert, or_
from sqlalchemy import select as core_select
from sqlalchemy.engine import RowMapping
from sqlmodel import Session, col, select

from postdesk.core.media_info import NewAsset
from postdesk.store import snapshots
from postdesk.store.db import Database
from postdesk.store.repositories.media import MediaAsset, MediaRepository, _to_asset
from postdesk.store.tables import AssetTagRow, MediaAssetRow, PostMediaRow, TargetRow

# The grid's queries read plain rows from the table, not ORM objects: a thousand ORM instances
# cost a worker ~100 ms of pure Python while holding the GIL, which the UI thread then waits on
# (benchmarks/bench_media_import.py measured stalls over 100 ms during imports).
_ASSETS = MediaAssetRow.__table__  # type: ignore[attr-defined]

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


# SQLite's lower() folds ASCII letters only; the Python key below must sort names the same way.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def sort_key(order: SortOrder) -> Callable[[LibraryItem], tuple[Any, ...]]:
    """A Python key that puts items in the same order as `search` does for `order`, so the grid
    can slot freshly imported items in place without querying everything again."""
    if order is SortOrder.NEWEST_IMPORT:
        return lambda it: (-it.asset.imported_at.timestamp(), -it.asset.id)
    if order is SortOrder.OLDEST_IMPORT:
        return lambda it: (it.asset.imported_at.timestamp(), it.asset.id)
    if order is SortOrder.NEWEST_TAKEN:
        return lambda it: (
            it.asset.created_at is None,
            -it.asset.created_at.timestamp() if it.asset.created_at is not None else 0.0,
            -it.asset.id,
        )
    if order is SortOrder.NAME:
        return lambda it: (it.asset.original_name.translate(_ASCII_LOWER), it.asset.id)
    return lambda it: (-it.asset.size_bytes, -it.asset.id)


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
            found = session.connection().execute(core_select(_ASSETS.c.id).where(_ASSETS.c.sha256 == sha256)).scalar()
            return int(found) if found is not None else None

    def add_asset(self, asset: NewAsset) -> int:
        """Record an imported asset (the existing id when the content is already known; the
        first name and alt text win, and a given folder moves it there)."""
        # One transaction of two Core statements: the importer calls this once per file, and
        # the ORM's unit of work cost several milliseconds of GIL-held Python per call.
        folder = " ".join((asset.folder or "").split())
        with self._db.session() as session:
            connection = session.connection()
            existing = connection.execute(core_select(_ASSETS.c.id).where(_ASSETS.c.sha256 == asset.sha256)).scalar()
            if existing is not None:
                if folder:
                    connection.execute(_ASSETS.update().where(_ASSETS.c.id == existing).values(folder=folder))
                return int(existing)
            result = connection.execute(
                insert(_ASSETS).values(
                    sha256=asset.sha256,
                    original_name=asset.original_name,
                    mime=asset.mime,
                    kind=str(asset.kind),
                    size_bytes=asset.size_bytes,
                    width=asset.width,
                    height=asset.height,
                    duration_s=asset.duration_s,
                    created_at=asset.created_at,
                    imported_at=asset.imported_at,
                    alt_text="",
                    folder=folder,
                    favourite=False,
                )
            )
            key = result.inserted_primary_key
            if key is None:
                raise RuntimeError("SQLite gave no id for the new media asset")
            return int(key[0])

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
            rows = session.exec(select(MediaAssetRow).where(col(MediaAssetRow.id).in_(list(asset_ids)))).all()
            tags = self._tags_for(session, [r.id for r in rows if r.id is not None])
        by_id = {r.id: r for r in rows}
        return [LibraryItem(_to_asset(by_id[i]), tags.get(i, ())) for i in asset_ids if i in by_id]

    def search(self, query: LibraryQuery, *, among: Sequence[int] | None = None) -> list[LibraryItem]:
        """The assets matching a query, in its order, with their tags.

        Args:
            query: the filters and order.
            among: only consider these asset ids (the grid adds freshly imported assets this
                way, with the query's own matching rules); None for all.
        """
        stmt = core_select(_ASSETS)
        if among is not None:
            if not among:
                return []
            stmt = stmt.where(_ASSETS.c.id.in_(sorted(set(among))))
        needle = query.text.strip()
        if needle:
            like = f"%{needle.casefold().replace('%', '').replace('_', '')}%"
            tag_match = select(AssetTagRow.asset_id).where(col(AssetTagRow.tag).like(like)).scalar_subquery()
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
            stmt = stmt.where(col(MediaAssetRow.folder) == query.folder)
        if query.favourites_only:
            stmt = stmt.where(col(MediaAssetRow.favourite).is_(True))
        stmt = stmt.order_by(*_ORDER[query.sort]).limit(query.limit)
        with self._db.read_session() as session:
            rows = session.connection().execute(stmt).mappings().all()
            tags = self._tags_for(session, [r["id"] for r in rows])
        return [LibraryItem(_asset_of(r), tags.get(r["id"], ())) for r in rows]

    @staticmethod
    def _tags_for(session: object, ids: list[int]) -> dict[int, tuple[str, ...]]:
        out: dict[int, list[str]] = {}
        for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
            chunk = ids[start : start + 500]
            rows = session.exec(  # type: ignore[attr-defined]
                select(AssetTagRow.asset_id, AssetTagRow.tag).where(col(AssetTagRow.asset_id).in_(chunk))
            ).all()
            for asset_id, tag in rows:
                out.setdefault(asset_id, []).append(tag)
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
            rows = session.exec(select(MediaAssetRow.folder).where(MediaAssetRow.folder != "").distinct()).all()
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
                have = set(session.exec(select(AssetTagRow.tag).where(AssetTagRow.asset_id == asset_id)).all())
                for tag in sorted(clean - have):
                    session.add(AssetTagRow(asset_id=asset_id, tag=tag))

    def remove_tags(self, asset_ids: Iterable[int], tags: Iterable[str]) -> None:
        """Untag assets."""
        clean = [normalise_tag(t) for t in tags]
        with self._db.session() as session:
            session.exec(
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
            if snapshots.still_sending(session, asset_id):
                return None  # frozen for a target yet to go out: its file must stay (issue 12.2)
            used = session.exec(select(PostMediaRow.post_id).where(PostMediaRow.asset_id == asset_id)).first()
            overrides = session.exec(select(TargetRow).where(col(TargetRow.media_override_json).is_not(None))).all()
            using_targets = [t for t in overrides if asset_id in _ids(t.media_override_json)]
            if (used is not None or using_targets) and not remove_from_posts:
                return None
            for post_id in set(
                session.exec(select(PostMediaRow.post_id).where(PostMediaRow.asset_id == asset_id)).all()
            ):
                _close_up(session, int(post_id), asset_id)
            for target in using_targets:
                target.media_override_json = json.dumps([i for i in _ids(target.media_override_json) if i != asset_id])
                session.add(target)
            session.exec(delete(AssetTagRow).where(col(AssetTagRow.asset_id) == asset_id))
            sha = row.sha256
            session.delete(row)
            return sha


def _asset_of(row: RowMapping) -> MediaAsset:
    """A MediaAsset from a plain `media_asset` row (the same fields `_to_asset` reads)."""
    return MediaAsset(
        id=row["id"],
        sha256=row["sha256"],
        original_name=row["original_name"],
        mime=row["mime"],
        kind=row["kind"],
        size_bytes=row["size_bytes"],
        width=row["width"],
        height=row["height"],
        duration_s=row["duration_s"],
        created_at=row["created_at"],
        imported_at=row["imported_at"],
        alt_text=row["alt_text"],
        folder=row["folder"],
        favourite=bool(row["favourite"]),
    )


def _ids(raw: str | None) -> list[int]:
    if not raw:
        return []
    try:
        value = json.loads(raw)
    except ValueError:
        return []
    return [int(v) for v in value if isinstance(v, int)] if isinstance(value, list) else []


def _close_up(session: Session, post_id: int, asset_id: int) -> None:
    """Remove an asset from a post's media list and renumber the rest from 0."""
    rows = session.exec(
        select(PostMediaRow).where(col(PostMediaRow.post_id) == post_id).order_by(col(PostMediaRow.position))
    ).all()
    keep = [r.asset_id for r in rows if r.asset_id != asset_id]
    session.exec(delete(PostMediaRow).where(col(PostMediaRow.post_id) == post_id))
    session.flush()
    for position, kept in enumerate(keep):
        session.add(PostMediaRow(post_id=post_id, position=position, asset_id=kept))
