"""The one path by which a post's version and its targets' states are written.

Every write to a post (the composer's autosave, a calendar move or its undo, a delete, the
engine's state transitions) bumps `post.version` here, and a write based on an older read names
the version it read: when the stored one moved on meanwhile, `PostConflict` is raised instead of
overwriting newer data silently.

A target's state changes only through `core.states`: `transition` applies an event, `user_move`
the composer's and the calendar's own draft <-> scheduled moves, `initial_state` sets the state
of a row not yet stored. `tests/unit/store/test_state_writes.py` fails if any other module
assigns `TargetRow.state`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from postdesk.core.entities import TargetState
from postdesk.core.states import Event, apply, user_event
from postdesk.store.tables import PostRow, TargetRow

_post = PostRow.__table__  # type: ignore[attr-defined]
_target = TargetRow.__table__  # type: ignore[attr-defined]


class PostConflict(Exception):
    """A write was based on an older version of the post than the stored one.

    Attributes:
        post_id: the post.
        expected: the version the writer read.
        found: the version stored now (None when the post is gone).
    """

    def __init__(self, post_id: int, expected: int, found: int | None) -> None:
        super().__init__(f"post {post_id} is at version {found}, the write expected {expected}")
        self.post_id = post_id
        self.expected = expected
        self.found = found


class PostBusy(Exception):
    """The post cannot be changed now; `code` says why in a word the UI translates.

    Attributes:
        post_id: the post.
        code: "publishing" (a request is out and its answer not in yet).
    """

    def __init__(self, post_id: int, code: str) -> None:
        super().__init__(f"post {post_id} is busy: {code}")
        self.post_id = post_id
        self.code = code


# -- versions ---------------------------------------------------------------------------------


def bump_row(row: PostRow, expected: int | None = None) -> int:
    """Check (when `expected` is given) and bump the version of a post row loaded in a session.

    Call inside a write transaction (BEGIN IMMEDIATE), so nothing writes between the check and
    the bump.

    Raises:
        PostConflict: the stored version is not `expected`.
    """
    if expected is not None and row.version != expected:
        raise PostConflict(int(row.id or 0), expected, row.version)
    row.version = int(row.version or 0) + 1
    return row.version


def bump(conn: Connection, post_id: int, expected: int | None = None) -> int | None:
    """Check (when `expected` is given) and bump a post's version through a Core connection.

    Returns:
        The new version, or None when the post does not exist (and nothing was expected).

    Raises:
        PostConflict: the stored version is not `expected` (or the post is gone).
    """
    stmt = update(_post).where(_post.c.id == post_id)
    if expected is not None:
        stmt = stmt.where(_post.c.version == expected)
    result = conn.execute(stmt.values(version=_post.c.version + 1))
    found = conn.execute(select(_post.c.version).where(_post.c.id == post_id)).scalar()
    if result.rowcount == 0 and expected is not None:
        raise PostConflict(post_id, expected, found)
    return None if found is None else int(found)


def bump_many(conn: Connection, post_ids: Iterable[int]) -> None:
    """Bump the version of every post in `post_ids` once (the engine's batched transitions)."""
    ids = sorted(set(post_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        conn.execute(update(_post).where(_post.c.id.in_(chunk)).values(version=_post.c.version + 1))


# -- target states ----------------------------------------------------------------------------


def transition(row: TargetRow, event: Event, now: datetime) -> TargetState:
    """Apply `event` to a target row through the state machine.

    Raises:
        IllegalTransition: the state machine refuses the event.
    """
    state = apply(TargetState(row.state), event)
    row.state = state.value
    row.updated_at = now
    return state


def user_move(row: TargetRow, wanted: TargetState, now: datetime) -> bool:
    """Move a stored target to `wanted` if that is the user's own draft <-> scheduled move.

    Returns:
        Whether the state changed (a state the engine owns is never changed here).
    """
    event = user_event(TargetState(row.state), wanted)
    if event is None:
        return False
    transition(row, event, now)
    return True


def initial_state(row: TargetRow, state: TargetState) -> None:
    """The state of a target row not stored yet (a new target starts where the post says)."""
    if row.id is not None:
        raise ValueError("initial_state is for new rows; stored rows change through transition()")
    row.state = state.value


def initial_state_values(state: TargetState) -> dict[str, str]:
    """The state column of a target row inserted through Core (a copy starts in `state`)."""
    return {"state": state.value}


def transition_rows(
    conn: Connection,
    rows: Iterable[tuple[int, TargetState]],
    now: datetime,
    *,
    event: Event | None = None,
    wanted: TargetState | None = None,
) -> int:
    """Move target rows through a Core connection, each as a compare-and-set on its state.

    Give `event` to apply it to every row that allows it, or `wanted` for the user's own
    draft <-> scheduled move (`user_event`); rows for which neither applies are left alone.

    Args:
        conn: a connection inside a write transaction.
        rows: (target id, its state as read in this transaction).
        now: stamped as `updated_at`.
        event: the event to apply.
        wanted: the state the user asks for.

    Returns:
        How many rows moved.
    """
    moved = 0
    for target_id, state in rows:
        step = event if event is not None else (user_event(state, wanted) if wanted is not None else None)
        if step is None:
            continue
        try:
            new = apply(state, step)
        except ValueError:
            continue
        result = conn.execute(
            update(_target)
            .where(_target.c.id == target_id, _target.c.state == state.value)
            .values(state=new.value, updated_at=now)
        )
        moved += result.rowcount
    return moved
