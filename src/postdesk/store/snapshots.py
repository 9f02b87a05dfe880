"""What a target sends, frozen when it leaves `scheduled` (ARCHITECTURE.md, "What is sent is frozen").

`freeze` copies the post as it is now (the target's own text or the post's, the media list
with each asset's digest and alt text, the options and the account) into `target_snapshot`;
`read` gives it back as a `FrozenSend`. The engine builds every request and lookup from it, the
composer shows it as the record of what was sent, and later edits or a delete of the post never
reach it.

A published post edited on the network (Mastodon's edit, `Engine.edit_published`) gets a new
revision through `revise`: the snapshot then says what is on the network now (lookups and the
record use it), and the revision it replaces is kept, whole, in the post's activity log
(`EDITED_ON_NETWORK`, detail `{"revision", "previous": {...}}`), where `history` reads it back.
Nothing is overwritten silently.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from postdesk.store.tables import ActivityRow, MediaAssetRow, PostMediaRow, PostRow, TargetRow
from postdesk.store.tables_engine import TargetSnapshotRow

#: The activity code of a revision made by editing the published post on its network.
EDITED_ON_NETWORK = "edited_on_network"


@dataclass(frozen=True, slots=True)
class FrozenMedia:
    """One medium as frozen for a target.

    Attributes:
        asset_id: the library asset it came from.
        sha256: the digest naming its blob, or None when the asset was already gone.
        alt_text: its description as it was when frozen.
        name: the file name it was imported under.
    """

    asset_id: int
    sha256: str | None
    alt_text: str = ""
    name: str = ""


@dataclass(frozen=True, slots=True)
class FrozenSend:
    """Exactly what one target sends.

    Attributes:
        target_id: the target.
        network: its network key.
        account_id: the account it sends as.
        parts: the text parts.
        media: the media, in order, with their alt texts.
        options: the network options.
        frozen_at: when it was fixed (for a later revision: when the edit reached the network).
        revision: 1 as first sent; each edit on the network adds one.
        edited_at: when the newest edit reached the network, or None if never edited.
    """

    target_id: int
    network: str
    account_id: int | None
    parts: tuple[str, ...]
    media: tuple[FrozenMedia, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)
    frozen_at: datetime | None = None
    revision: int = 1
    edited_at: datetime | None = None


def live_media_ids(session: Session, target: TargetRow) -> list[int]:
    """The asset ids a target would publish now: its override if it has one, else the post's."""
    if target.media_override_json is not None:
        return [int(i) for i in json.loads(target.media_override_json or "[]")]
    return list(
        session.exec(
            select(PostMediaRow.asset_id)
            .where(PostMediaRow.post_id == target.post_id)
            .order_by(col(PostMediaRow.position))
        ).all()
    )


def freeze(session: Session, target: TargetRow, post: PostRow, now: datetime) -> FrozenSend:
    """Fix what `target` sends from the post as stored now (replacing an older snapshot)."""
    return freeze_many(session, [(target, post)], now)[int(target.id or 0)]


def freeze_many(session: Session, pairs: Sequence[tuple[TargetRow, PostRow]], now: datetime) -> dict[int, FrozenSend]:
    """Freeze many targets at once (a burst falling due): a few queries in all, not per target.

    Args:
        session: a session inside the write transaction that moves the targets.
        pairs: each target with its post (targets must be stored: they have an id).
        now: stamped as `frozen_at`.

    Returns:
        The frozen sends, by target id.
    """
    if not pairs:
        return {}
    target_ids = [int(t.id or 0) for t, _p in pairs]
    post_ids = sorted({int(t.post_id) for t, _p in pairs if t.media_override_json is None})
    post_media: dict[int, list[int]] = {}
    for start in range(0, len(post_ids), 500):
        for medium in session.exec(
            select(PostMediaRow)
            .where(col(PostMediaRow.post_id).in_(post_ids[start : start + 500]))
            .order_by(col(PostMediaRow.post_id), col(PostMediaRow.position))
        ).all():
            post_media.setdefault(medium.post_id, []).append(medium.asset_id)
    wanted: dict[int, list[int]] = {}
    for target, _post in pairs:
        wanted[int(target.id or 0)] = (
            [int(i) for i in json.loads(target.media_override_json or "[]")]
            if target.media_override_json is not None
            else post_media.get(int(target.post_id), [])
        )
    asset_ids = sorted({i for ids in wanted.values() for i in ids})
    assets: dict[int, MediaAssetRow] = {}
    for start in range(0, len(asset_ids), 500):
        for asset in session.exec(
            select(MediaAssetRow).where(col(MediaAssetRow.id).in_(asset_ids[start : start + 500]))
        ).all():
            assets[int(asset.id or 0)] = asset
    existing: dict[int, TargetSnapshotRow] = {}
    for start in range(0, len(target_ids), 500):
        for old in session.exec(
            select(TargetSnapshotRow).where(col(TargetSnapshotRow.target_id).in_(target_ids[start : start + 500]))
        ).all():
            existing[old.target_id] = old
    frozen: dict[int, FrozenSend] = {}
    for target, post in pairs:
        target_id = int(target.id or 0)
        media: list[dict[str, Any]] = []
        for asset_id in wanted[target_id]:
            found = assets.get(asset_id)
            media.append(
                {"asset_id": asset_id, "sha256": None, "alt_text": "", "name": ""}
                if found is None
                else {
                    "asset_id": asset_id,
                    "sha256": found.sha256,
                    "alt_text": found.alt_text or "",
                    "name": found.original_name or found.sha256[:12],
                }
            )
        source = target.override_parts_json if target.override_enabled else post.parts_json
        row = existing.get(target_id) or TargetSnapshotRow(
            target_id=target_id,
            network=target.network,
            parts_json="[]",
            media_json="[]",
            options_json="{}",
            frozen_at=now,
        )
        row.network = target.network
        row.account_id = target.account_id
        row.parts_json = source or '[""]'
        row.media_json = json.dumps(media)
        row.options_json = target.options_json or "{}"
        row.frozen_at = now
        session.add(row)
        frozen[target_id] = _to_frozen(row)
    return frozen


def read(session: Session, target_id: int) -> FrozenSend | None:
    """The frozen send of a target, or None if it never left `scheduled`."""
    row = session.get(TargetSnapshotRow, target_id)
    return None if row is None else _to_frozen(row, _edits(session, [target_id]).get(target_id))


def revise(
    session: Session, target_id: int, parts: Sequence[str], options: dict[str, Any], now: datetime
) -> FrozenSend:
    """Record that the published post now says `parts` with `options` (an edit on the network).

    The snapshot becomes the new revision; the one it replaces goes whole into the activity log
    (`EDITED_ON_NETWORK`), with its revision number. Media and account are unchanged: an edit
    changes text and options only.

    Raises:
        LookupError: the target has no snapshot (it never left `scheduled`).
    """
    row = session.get(TargetSnapshotRow, target_id)
    target = session.get(TargetRow, target_id)
    if row is None or target is None:
        raise LookupError(f"target {target_id} has no record of what was sent")
    before = _to_frozen(row, _edits(session, [target_id]).get(target_id))
    session.add(
        ActivityRow(
            post_id=target.post_id,
            target_id=target_id,
            at=now,
            kind="delivery",
            message_code=EDITED_ON_NETWORK,
            detail_json=json.dumps(
                {
                    "revision": before.revision + 1,
                    "previous": {
                        "revision": before.revision,
                        "parts": list(before.parts),
                        "options": before.options,
                        "media_json": row.media_json,
                        "account_id": before.account_id,
                        "frozen_at": before.frozen_at.isoformat() if before.frozen_at else None,
                    },
                },
                default=str,
            ),
        )
    )
    row.parts_json = json.dumps(list(parts))
    row.options_json = json.dumps(options)
    row.frozen_at = now
    session.add(row)
    session.flush()
    return _to_frozen(row, (before.revision + 1, now))


def history(session: Session, target_id: int) -> list[FrozenSend]:
    """The revisions an edit replaced, oldest first (the current one is `read`)."""
    entries = session.exec(
        select(ActivityRow)
        .where(ActivityRow.target_id == target_id)
        .where(ActivityRow.message_code == EDITED_ON_NETWORK)
        .order_by(col(ActivityRow.id))
    ).all()
    row = session.get(TargetSnapshotRow, target_id)
    found: list[FrozenSend] = []
    for entry in entries:
        previous = json.loads(entry.detail_json or "{}").get("previous") or {}
        frozen_at = previous.get("frozen_at")
        found.append(
            FrozenSend(
                target_id=target_id,
                network=row.network if row is not None else "",
                account_id=previous.get("account_id"),
                parts=tuple(previous.get("parts") or ()),
                media=_media(previous.get("media_json") or "[]"),
                options=dict(previous.get("options") or {}),
                frozen_at=datetime.fromisoformat(frozen_at) if frozen_at else None,
                revision=int(previous.get("revision") or 1),
            )
        )
    return found


def _edits(session: Session, target_ids: Sequence[int]) -> dict[int, tuple[int, datetime]]:
    """(revision, newest edit instant) of the targets edited on their network, by target id."""
    found: dict[int, tuple[int, datetime]] = {}
    for start in range(0, len(target_ids), 500):
        for entry in session.exec(
            select(ActivityRow)
            .where(col(ActivityRow.target_id).in_(target_ids[start : start + 500]))
            .where(ActivityRow.message_code == EDITED_ON_NETWORK)
        ).all():
            target_id = int(entry.target_id or 0)
            revision = int(json.loads(entry.detail_json or "{}").get("revision") or 2)
            if target_id not in found or found[target_id][0] < revision:
                found[target_id] = (revision, entry.at)
    return found


def read_many(session: Session, target_ids: Iterable[int]) -> dict[int, FrozenSend]:
    """The frozen sends of these targets that have one, by target id."""
    ids = list(dict.fromkeys(target_ids))
    found: dict[int, FrozenSend] = {}
    rows: list[TargetSnapshotRow] = []
    for start in range(0, len(ids), 500):
        rows.extend(
            session.exec(
                select(TargetSnapshotRow).where(col(TargetSnapshotRow.target_id).in_(ids[start : start + 500]))
            ).all()
        )
    edits = _edits(session, [row.target_id for row in rows])
    for row in rows:
        found[row.target_id] = _to_frozen(row, edits.get(row.target_id))
    return found


def still_sending(session: Session, asset_id: int) -> bool:
    """Whether a frozen target that has yet to go out sends this asset (its file must stay).

    Those are the targets in `due`, `publishing`, `unknown` or `failed_retryable`: each may
    still send (or resend after a lookup) exactly its frozen media.
    """
    found = (
        session.connection()
        .execute(
            text(
                "SELECT 1 FROM target_snapshot s JOIN target t ON t.id = s.target_id "
                "WHERE t.state IN ('due', 'publishing', 'unknown', 'failed_retryable') "
                "AND EXISTS (SELECT 1 FROM json_each(s.media_json) j "
                "            WHERE json_extract(j.value, '$.asset_id') = :asset) LIMIT 1"
            ),
            {"asset": asset_id},
        )
        .first()
    )
    return found is not None


def _media(media_json: str) -> tuple[FrozenMedia, ...]:
    return tuple(
        FrozenMedia(int(m["asset_id"]), m.get("sha256"), m.get("alt_text") or "", m.get("name") or "")
        for m in json.loads(media_json or "[]")
    )


def _to_frozen(row: TargetSnapshotRow, edit: tuple[int, datetime] | None = None) -> FrozenSend:
    return FrozenSend(
        target_id=row.target_id,
        network=row.network,
        account_id=row.account_id,
        parts=tuple(json.loads(row.parts_json)),
        media=_media(row.media_json),
        options=json.loads(row.options_json or "{}"),
        frozen_at=row.frozen_at,
        revision=edit[0] if edit else 1,
        edited_at=edit[1] if edit else None,
    )
