"""What the readiness check of scheduled posts reads: their pending targets and the accounts.

`load_readiness` runs on a worker (one read session, two queries); `core.validation.pending_problems`
then says which scheduled posts became impossible since they were scheduled.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import text

from postdesk.core.entities import TargetState
from postdesk.core.networks import Network
from postdesk.core.validation import PENDING_STATES, PendingTarget
from postdesk.store.db import Database

_PENDING_QUERY = text(
    "SELECT t.post_id, t.network, t.account_id, t.state, t.media_override_json,"
    " EXISTS (SELECT 1 FROM post_media AS m WHERE m.post_id = t.post_id)"
    " FROM target AS t JOIN post AS p ON p.id = t.post_id"
    " WHERE p.deleted_at IS NULL AND t.state IN ("
    + ", ".join(f"'{state.value}'" for state in sorted(PENDING_STATES))
    + ")"
    " ORDER BY t.post_id, t.id"
)
_ACCOUNTS_QUERY = text("SELECT id, network, handle, status FROM account")


@dataclass(frozen=True, slots=True)
class AccountFacts:
    """An account as the readiness check needs it.

    Attributes:
        network: its network.
        handle: its handle (for the words).
        status: its `AccountStatus` value.
    """

    network: Network
    handle: str
    status: str


@dataclass(frozen=True, slots=True)
class Readiness:
    """The pending targets of every live post, and every account.

    Attributes:
        targets: targets still to be sent.
        accounts: the accounts by id.
    """

    targets: tuple[PendingTarget, ...]
    accounts: dict[int, AccountFacts]


def _has_media(override: str | None, post_has_media: object) -> bool:
    if override is None:
        return bool(post_has_media)
    try:
        return bool(json.loads(override))
    except ValueError:
        return False


def load_readiness(database: Database) -> Readiness:
    """Read the pending targets and the accounts (on a worker: this is I/O)."""
    networks = {n.value: n for n in Network}
    with database.read_session() as session:
        conn = session.connection()
        rows = conn.execute(_PENDING_QUERY).all()
        account_rows = conn.execute(_ACCOUNTS_QUERY).all()
    targets = tuple(
        PendingTarget(row[0], networks[row[1]], row[2], _has_media(row[4], row[5]), TargetState(row[3]))
        for row in rows
        if row[1] in networks
    )
    accounts = {
        row[0]: AccountFacts(networks[row[1]], row[2] or "", row[3] or "connected")
        for row in account_rows
        if row[1] in networks
    }
    return Readiness(targets, accounts)
