"""The media library's index: assets by content hash, alt text, and where they are used.

Kept small on purpose; the media-library work extends it (tags, folders, search).
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlmodel import col, select

from postdesk.store.db import Database
from postdesk.store.tables import MediaAssetRow


@dataclass(frozen=True, slots=True)
class MediaAsset:
    """An imported image or video.

    Attributes:
        id: the stored id.
        sha256: the hex SHA-256 of the content (its address in the media folder).
        original_name: the file name it was imported from.
        mime: its MIME type.
        kind: "image", "video" or "gif".
        size_bytes: its size.
        width: pixels, or None when unknown.
        height: pixels, or None when unknown.
        duration_s: seconds for videos, else None.
        created_at: when it was taken (file or EXIF), aware UTC, or None.
        imported_at: when it was imported, aware UTC.
        alt_text: its description for screen readers.
        folder: its library folder ("" for the top).
        favourite: whether it is starred.
    """

    id: int
    sha256: str
    original_name: str
    mime: str
    kind: str
    size_bytes: int
    width: int | None
    height: int | None
    duration_s: float | None
    created_at: datetime | None
    imported_at: datetime
    alt_text: str
    folder: str
    favourite: bool


def _to_asset(row: MediaAssetRow) -> MediaAsset:
    assert row.id is not None
    return MediaAsset(
        id=row.id,
        sha256=row.sha256,
        original_name=row.original_name,
        mime=row.mime,
        kind=row.kind,
        size_bytes=row.size_bytes,
        width=row.width,
        height=row.height,
        duration_s=row.duration_s,
        created_at=row.created_at,
        imported_at=row.imported_at,
        alt_text=row.alt_text,
        folder=row.folder,
        favourite=row.favourite,
    )


# A post uses an asset through its base media list or through a target's media override.
_USAGE_SQL = text(
    """
    SELECT pm.post_id FROM post_media AS pm JOIN post AS p ON p.id = pm.post_id
     WHERE pm.asset_id = :asset_id AND (:with_deleted OR p.deleted_at IS NULL)
    UNION
    SELECT t.post_id FROM target AS t JOIN post AS p ON p.id = t.post_id,
           json_each(t.media_override_json) AS j
     WHERE t.media_override_json IS NOT NULL AND j.value = :asset_id
       AND (:with_deleted OR p.deleted_at IS NULL)
    ORDER BY 1
    """
)


class MediaRepository:
    """Stores the media library's index."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def add_or_get(
        self,
        sha256: str,
        *,
        imported_at: datetime,
        original_name: str = "",
        mime: str = "",
        kind: str = "image",
        size_bytes: int = 0,
        width: int | None = None,
        height: int | None = None,
        duration_s: float | None = None,
        created_at: datetime | None = None,
    ) -> int:
        """Return the id of the asset with this hash, adding it first if it is new.

        Importing the same content twice yields the same asset: its first name and alt text win.
        """
        with self._db.session() as session:
            existing = session.exec(select(MediaAssetRow).where(MediaAssetRow.sha256 == sha256)).first()
            if existing is not None:
                assert existing.id is not None
                return existing.id
            row = MediaAssetRow(
                sha256=sha256,
                original_name=original_name,
                mime=mime,
                kind=kind,
                size_bytes=size_bytes,
                width=width,
                height=height,
                duration_s=duration_s,
                created_at=created_at,
                imported_at=imported_at,
            )
            session.add(row)
            session.flush()
            assert row.id is not None
            return row.id

    def get(self, asset_id: int) -> MediaAsset | None:
        """The asset with this id, or None."""
        with self._db.read_session() as session:
            row = session.get(MediaAssetRow, asset_id)
            return None if row is None else _to_asset(row)

    def list(self, *, folder: str | None = None, limit: int = 500) -> list[MediaAsset]:
        """Assets, newest import first, optionally only those in one folder."""
        query = select(MediaAssetRow)
        if folder is not None:
            query = query.where(MediaAssetRow.folder == folder)
        query = query.order_by(col(MediaAssetRow.imported_at).desc(), col(MediaAssetRow.id).desc())
        with self._db.read_session() as session:
            return [_to_asset(r) for r in session.exec(query.limit(limit)).all()]

    def set_alt_text(self, asset_id: int, alt_text: str) -> None:
        """Change an asset's alt text.

        Raises:
            KeyError: no such asset.
        """
        with self._db.session() as session:
            row = session.get(MediaAssetRow, asset_id)
            if row is None:
                raise KeyError(asset_id)
            row.alt_text = alt_text
            session.add(row)

    def usage(self, asset_id: int, *, include_deleted: bool = False) -> builtins.list[int]:  # `list` is a method here
        """Ids of the posts that use this asset, in the base list or in a target override."""
        with self._db.read_session() as session:
            result = session.connection().execute(_USAGE_SQL, {"asset_id": asset_id, "with_deleted": include_deleted})
            return [int(r[0]) for r in result]
