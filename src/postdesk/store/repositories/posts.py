"""Posts with their targets and media, saved and loaded as one aggregate."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, delete, select

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.core.states import FROZEN, USER_STATES, user_event
from postdesk.store import snapshots
from postdesk.store.db import Database
from postdesk.store.post_writes import PostBusy, PostConflict, bump_row, initial_state, user_move
from postdesk.store.repositories._json import dumps, loads
from postdesk.store.snapshots import FrozenSend
from postdesk.store.tables import PostMediaRow, PostRow, TargetRow
from postdesk.store.tables_engine import TargetDeliveryRow

__all__ = [
    "EDITABLE_STATES",
    "SENT_STATES",
    "PostBusy",
    "PostConflict",
    "PostRepository",
    "TargetDelivery",
    "merged_state",
]

#: The states a save may move a stored target between: the composer's own moves (scheduling
#: and unscheduling). Every other state belongs to the engine (`engine.ledger` writes those
#: transitions itself, never through `save`), so an autosave of an old copy cannot undo them.
EDITABLE_STATES = USER_STATES
#: States whose content is frozen (`core.states.FROZEN`: about to go, going, gone, or retried as
#: it went): a save leaves their text and options as they are, so the stored target keeps saying
#: what the network gets (the engine itself reads only the frozen snapshot, `store.snapshots`).
SENT_STATES = FROZEN


def merged_state(stored: TargetState, wanted: TargetState) -> TargetState:
    """The state a save writes for a stored target: `wanted` if that move is the composer's.

    Args:
        stored: the state in the database now.
        wanted: the state in the post being saved.

    Returns:
        `wanted` when both are editable states (draft <-> scheduled), else `stored`.
    """
    return wanted if user_event(stored, wanted) is not None else stored


@dataclass(frozen=True, slots=True)
class TargetDelivery:
    """Where one stored target of a post stands with the engine (read-only).

    Attributes:
        target_id: the stored target id (activity entries name it).
        network: its network.
        account_id: its account, or None.
        state: its publishing state.
        remote_url: the link to the published post, or None.
        reason_code: the engine's code for the last failure or hold, or None.
        reason_text: the network's own words for it, or None.
        next_attempt_at: when the engine tries again, or None.
        frozen: exactly what it sends (or sent), once it left `scheduled`; None before.
        handed_off: the network's own scheduler holds it.
    """

    target_id: int
    network: Network
    account_id: int | None
    state: TargetState
    remote_url: str | None = None
    reason_code: str | None = None
    reason_text: str | None = None
    next_attempt_at: datetime | None = None
    frozen: FrozenSend | None = None
    handed_off: bool = False


class PostRepository:
    """Stores `Post` aggregates.

    A target is identified within its post by (network, account_id): saving a post whose
    targets changed updates the matching rows, inserts new ones and deletes the rows of removed
    targets. The engine's own columns (remote_id, remote_url) survive an update. Targets come
    back in the order they were first added.

    `save` never undoes the engine's work: the state of a stored target only changes between
    draft and scheduled (see `merged_state`), and a stored target in any other state (due,
    publishing, published, failed, unknown, paused, cancelled ...) is neither rewritten in
    state nor deleted when the saved post leaves it out. A target that is publishing,
    published or unknown also keeps its text and options (`SENT_STATES`).

    Every write bumps the post's version (`store.post_writes`); a save of a post that carries
    a `version` is refused with `PostConflict` when the stored one moved on since that copy was
    read, so a pane holding an old copy never overwrites a newer change silently.
    """

    def __init__(self, database: Database) -> None:
        self._db = database

    def save(self, post: Post, *, now: datetime) -> Post:
        """Insert or update a post, its targets and its media list in one transaction.

        Args:
            post: the post; `post.id` None inserts a new one.
            now: the aware UTC instant of this save.

        Returns:
            The post as stored, with its id and `updated_at`.

        Raises:
            KeyError: `post.id` names no stored post.
            ValueError: two targets share (network, account_id).
            PostConflict: `post.version` is set and the stored post is newer.
            StorageFull: the disk is full.
        """
        keys = [(t.network, t.account_id) for t in post.targets]
        if len(set(keys)) != len(keys):
            raise ValueError("two targets of one post share a network and an account")
        with self._db.session() as session:
            if post.id is None:
                row = PostRow(created_at=now, updated_at=now)
            else:
                found = session.get(PostRow, post.id)
                if found is None:
                    raise KeyError(post.id)
                row = found
                bump_row(row, post.version)
            row.parts_json = dumps(list(post.parts))
            row.scheduled_at = post.scheduled_at
            row.scheduled_zone = post.scheduled_zone
            row.updated_at = now
            session.add(row)
            session.flush()
            assert row.id is not None
            self._save_targets(session, row.id, post.targets, now)
            session.exec(delete(PostMediaRow).where(col(PostMediaRow.post_id) == row.id))
            for position, asset_id in enumerate(post.media):
                session.add(PostMediaRow(post_id=row.id, position=position, asset_id=asset_id))
            session.flush()
            return _to_posts(session, [row])[0]

    @staticmethod
    def _save_targets(session: Session, post_id: int, targets: Sequence[Target], now: datetime) -> None:
        existing = {
            (Network(r.network), r.account_id): r
            for r in session.exec(select(TargetRow).where(TargetRow.post_id == post_id))
        }
        wanted = {(t.network, t.account_id) for t in targets}
        for key, stale in existing.items():
            # A target the engine has taken over is history (and may be on the network):
            # an old copy of the post that lacks it must not erase it.
            if key not in wanted and TargetState(stale.state) in EDITABLE_STATES:
                session.delete(stale)
        # Deletes first, so a target moved to another account cannot collide with its old row.
        session.flush()
        for target in targets:
            row = existing.get((target.network, target.account_id))
            if row is None:
                row = TargetRow(
                    post_id=post_id,
                    network=target.network.value,
                    account_id=target.account_id,
                    updated_at=now,
                )
            if row.id is not None and TargetState(row.state) in SENT_STATES:
                continue
            row.override_enabled = target.override_enabled
            row.override_parts_json = dumps(list(target.override_parts))
            row.media_override_json = None if target.media_override is None else dumps(list(target.media_override))
            row.options_json = dumps(target.options)
            if row.id is None:
                initial_state(row, target.state)
            else:
                user_move(row, target.state, now)
            row.updated_at = now
            session.add(row)

    def get(self, post_id: int) -> Post | None:
        """The post with this id, soft-deleted or not; None if there is none."""
        with self._db.read_session() as session:
            row = session.get(PostRow, post_id)
            return None if row is None else _to_posts(session, [row])[0]

    def deliveries(self, post_id: int) -> list[TargetDelivery]:
        """Each stored target of a post with the engine's state, link and last reason."""
        with self._db.read_session() as session:
            rows = session.exec(
                select(TargetRow, TargetDeliveryRow)
                .outerjoin(TargetDeliveryRow, col(TargetDeliveryRow.target_id) == TargetRow.id)
                .where(TargetRow.post_id == post_id)
                .order_by(col(TargetRow.id))
            ).all()
            frozen = snapshots.read_many(session, (int(t.id or 0) for t, _d in rows))
            return [
                TargetDelivery(
                    target_id=int(t.id or 0),
                    network=Network(t.network),
                    account_id=t.account_id,
                    state=TargetState(t.state),
                    remote_url=t.remote_url,
                    reason_code=d.reason_code if d else None,
                    reason_text=d.reason_text if d else None,
                    next_attempt_at=d.next_attempt_at if d else None,
                    frozen=frozen.get(int(t.id or 0)),
                    handed_off=bool(d and d.handoff_remote_id),
                )
                for t, d in rows
            ]

    def is_deleted(self, post_id: int) -> bool:
        """Whether the post was soft-deleted (False when it does not exist)."""
        with self._db.read_session() as session:
            row = session.get(PostRow, post_id)
            return row is not None and row.deleted_at is not None

    def delete(self, post_id: int, *, now: datetime) -> None:
        """Soft-delete a post: it disappears from every list but stays in the file.

        Raises:
            PostBusy: a target is being published right now ("publishing"): the request is
                out, so the delete waits for its answer (the user tries again after it).
        """
        with self._db.session() as session:
            row = session.get(PostRow, post_id)
            if row is not None and row.deleted_at is None:
                refuse_if_publishing(session, post_id)
                row.deleted_at = now
                bump_row(row)
                session.add(row)

    def restore(self, post_id: int) -> None:
        """Undo a soft delete."""
        with self._db.session() as session:
            row = session.get(PostRow, post_id)
            if row is not None:
                row.deleted_at = None
                bump_row(row)
                session.add(row)

    def list_scheduled_between(self, start: datetime, end: datetime) -> list[Post]:
        """Live posts scheduled in [start, end), by time (the calendar's query)."""
        with self._db.read_session() as session:
            rows = session.exec(
                select(PostRow)
                .where(col(PostRow.deleted_at).is_(None))
                .where(col(PostRow.scheduled_at) >= start)
                .where(col(PostRow.scheduled_at) < end)
                .order_by(col(PostRow.scheduled_at), col(PostRow.id))
            ).all()
            return _to_posts(session, rows)

    def list_drafts(self, limit: int = 100) -> list[Post]:
        """Live unscheduled posts, last edited first."""
        with self._db.read_session() as session:
            rows = session.exec(
                select(PostRow)
                .where(col(PostRow.deleted_at).is_(None))
                .where(col(PostRow.scheduled_at).is_(None))
                .order_by(col(PostRow.updated_at).desc(), col(PostRow.id).desc())
                .limit(limit)
            ).all()
            return _to_posts(session, rows)

    def most_recent(self) -> Post | None:
        """The live post edited last, scheduled or not."""
        with self._db.read_session() as session:
            row = session.exec(
                select(PostRow)
                .where(col(PostRow.deleted_at).is_(None))
                .order_by(col(PostRow.updated_at).desc(), col(PostRow.id).desc())
                .limit(1)
            ).first()
            return None if row is None else _to_posts(session, [row])[0]


def refuse_if_publishing(session: Session, post_id: int) -> None:
    """Raise `PostBusy("publishing")` when a target of the post has a request out now."""
    busy = session.exec(
        select(TargetRow.id)
        .where(TargetRow.post_id == post_id, TargetRow.state == TargetState.PUBLISHING.value)
        .limit(1)
    ).first()
    if busy is not None:
        raise PostBusy(post_id, "publishing")


def _to_posts(session: Session, rows: Iterable[PostRow]) -> list[Post]:
    """Build entities for post rows, loading targets and media in two queries in all."""
    rows = list(rows)
    ids = [r.id for r in rows]
    targets: dict[int, list[Target]] = defaultdict(list)
    for t in session.exec(select(TargetRow).where(col(TargetRow.post_id).in_(ids)).order_by(col(TargetRow.id))):
        media_override = loads(t.media_override_json)
        targets[t.post_id].append(
            Target(
                network=Network(t.network),
                account_id=t.account_id,
                override_enabled=t.override_enabled,
                override_parts=tuple(loads(t.override_parts_json)),
                media_override=None if media_override is None else tuple(media_override),
                options=loads(t.options_json),
                state=TargetState(t.state),
            )
        )
    media: dict[int, list[int]] = defaultdict(list)
    for m in session.exec(
        select(PostMediaRow)
        .where(col(PostMediaRow.post_id).in_(ids))
        .order_by(col(PostMediaRow.post_id), col(PostMediaRow.position))
    ):
        media[m.post_id].append(m.asset_id)
    return [
        Post(
            id=r.id,
            parts=tuple(loads(r.parts_json)),
            media=tuple(media[r.id] if r.id is not None else ()),
            targets=tuple(targets[r.id] if r.id is not None else ()),
            scheduled_at=r.scheduled_at,
            scheduled_zone=r.scheduled_zone,
            updated_at=r.updated_at,
            version=r.version,
        )
        for r in rows
    ]
