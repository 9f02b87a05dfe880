"""Actions taken while offline (delete or edit a published post, comment/reply), replayed on reconnect.

Each action is a row committed when the user asks, so it survives a restart; `drain` replays
pending actions in the order they were asked, on the engine loop, once the network is back.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlmodel import select

from postdesk.core.networks import Network
from postdesk.core.retry import BackoffPolicy, Jitter
from postdesk.platforms.base import ACTION_NOT_OFFERED, Adapter, AdapterError, Rejected
from postdesk.platforms.capabilities import SupportsDelete, SupportsEdit, SupportsFirstComment
from postdesk.platforms.inbox import InboxAdapter, InboxItem, InboxKind
from postdesk.store.db import Database
from postdesk.store.tables_engine import OutboxRow


class ActionKind(StrEnum):
    """What a queued action does."""

    DELETE = "delete"  # payload: {"remote_id"}
    COMMENT = "comment"  # payload: {"remote_id", "text"}
    REPLY = "reply"  # payload: {"item": inbox_item_payload(...), "text", "request_key"}
    EDIT = "edit"  # payload: {"remote_id", "parts", "options"} (the published post's new revision)


@dataclass(frozen=True, slots=True)
class Action:
    """A queued action, detached from the database.

    Attributes:
        id: the row id.
        kind: what to do.
        network: the network key.
        account_id: the account to act as.
        target_id: the target concerned, if any.
        payload: the kind's arguments.
        attempts: failed tries so far.
        sending_at: when a send that may have reached the network began (the "sending" mark),
            or None when no send is in doubt.
    """

    id: int
    kind: ActionKind
    network: str
    account_id: int | None
    target_id: int | None
    payload: dict[str, Any]
    attempts: int
    sending_at: datetime | None = None


class Outbox:
    """The queue of offline actions."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def enqueue(
        self,
        kind: ActionKind,
        network: str,
        account_id: int | None,
        target_id: int | None,
        payload: dict[str, Any],
        now: datetime,
    ) -> int:
        """Store an action; return its id."""
        with self._db.session() as session:
            row = OutboxRow(
                kind=kind.value,
                network=network,
                account_id=account_id,
                target_id=target_id,
                payload_json=json.dumps(payload),
                created_at=now,
            )
            session.add(row)
            session.flush()
            return int(row.id or 0)

    def pending(self, now: datetime) -> list[Action]:
        """Actions not done and not waiting for a backoff, oldest first."""
        with self._db.read_session() as session:
            rows = session.exec(
                select(OutboxRow)
                .where(OutboxRow.done_at.is_(None))  # type: ignore[union-attr]
                .order_by(OutboxRow.id)  # type: ignore[arg-type]
            ).all()
        return [
            Action(
                int(r.id or 0),
                ActionKind(r.kind),
                r.network,
                r.account_id,
                r.target_id,
                json.loads(r.payload_json),
                r.attempts,
                r.sending_at,
            )
            for r in rows
            if r.next_attempt_at is None or r.next_attempt_at <= now
        ]

    def finish(self, action_id: int, now: datetime, error: str | None = None, remote_id: str | None = None) -> None:
        """Mark an action done (with `error` when it failed for good, `remote_id` if it posted)."""
        with self._db.session() as session:
            row = session.get(OutboxRow, action_id)
            if row is not None:
                row.done_at = now
                row.last_error = error
                row.remote_id = remote_id
                session.add(row)

    def mark_sending(self, action_id: int, now: datetime) -> None:
        """Commit that a send which may publish begins now (an earlier mark is kept).

        The earliest mark is kept because a reply from that first try is what a later look
        on the network must still find.
        """
        with self._db.session() as session:
            row = session.get(OutboxRow, action_id)
            if row is not None and row.sending_at is None:
                row.sending_at = now
                session.add(row)

    def clear_sending(self, action_id: int) -> None:
        """Drop the "sending" mark: the network said it did not take the action."""
        with self._db.session() as session:
            row = session.get(OutboxRow, action_id)
            if row is not None:
                row.sending_at = None
                session.add(row)

    def hand_to_user(self, action_id: int, now: datetime, reason: str) -> None:
        """Take an action off the queue for the user to decide (it may already be posted)."""
        with self._db.session() as session:
            row = session.get(OutboxRow, action_id)
            if row is not None:
                row.done_at = now
                row.needs_user = True
                row.last_error = reason
                session.add(row)

    def outcome(self, action_id: int) -> tuple[bool, str | None]:
        """Whether an action is done, and the reason it failed for good (None: it did not fail)."""
        with self._db.read_session() as session:
            row = session.get(OutboxRow, action_id)
            if row is None:
                return False, None
            return row.done_at is not None, row.last_error if row.done_at is not None else None

    def postpone(self, action_id: int, when: datetime, error: str) -> None:
        """Try an action again at `when`."""
        with self._db.session() as session:
            row = session.get(OutboxRow, action_id)
            if row is not None:
                row.attempts += 1
                row.next_attempt_at = when
                row.last_error = error
                session.add(row)


async def run_action(action: Action, adapters: Mapping[Network, Adapter]) -> None:
    """Perform one action through its adapter.

    Raises:
        AdapterError: the network refused or could not be reached.
    """
    adapter = adapters.get(Network(action.network))
    if adapter is None:
        raise Rejected("no adapter for this network", problem=ACTION_NOT_OFFERED)
    if action.kind is ActionKind.DELETE:
        if not isinstance(adapter, SupportsDelete):
            raise Rejected("this network cannot delete a published post", problem=ACTION_NOT_OFFERED)
        await adapter.delete(action.account_id, str(action.payload["remote_id"]))
    elif action.kind is ActionKind.COMMENT:
        if not isinstance(adapter, SupportsFirstComment):
            raise Rejected("this network cannot comment on a published post", problem=ACTION_NOT_OFFERED)
        await adapter.first_comment(action.account_id, str(action.payload["remote_id"]), str(action.payload["text"]))
    elif action.kind is ActionKind.EDIT:
        if not isinstance(adapter, SupportsEdit):
            raise Rejected("this network cannot edit a published post", problem=ACTION_NOT_OFFERED)
        options = dict(action.payload.get("options") or {})
        await adapter.edit(
            action.account_id,
            str(action.payload["remote_id"]),
            str((action.payload.get("parts") or [""])[0]),
            spoiler_text=str(options.get("spoiler_text") or ""),
            sensitive=bool(options.get("sensitive")),
            language=str(options["language"]) if options.get("language") else None,
        )
    elif action.kind is ActionKind.REPLY:
        if not isinstance(adapter, InboxAdapter):
            raise Rejected("this network cannot answer inbox items", problem=ACTION_NOT_OFFERED)
        await adapter.reply(
            action.account_id, inbox_item_from_payload(action.payload["item"]), str(action.payload["text"])
        )


def inbox_item_payload(item: InboxItem) -> dict[str, Any]:
    """An inbox item as JSON-able data, for a queued REPLY action."""
    return {
        "remote_id": item.remote_id,
        "kind": item.kind.value,
        "author_id": item.author_id,
        "author_handle": item.author_handle,
        "author_name": item.author_name,
        "text": item.text,
        "created_at": item.created_at.isoformat(),
        "url": item.url,
        "is_read": item.is_read,
        "reply_ref": dict(item.reply_ref),
    }


def inbox_item_from_payload(data: Mapping[str, Any]) -> InboxItem:
    """The inverse of `inbox_item_payload`."""
    return InboxItem(
        remote_id=str(data["remote_id"]),
        kind=InboxKind(data["kind"]),
        author_id=str(data.get("author_id", "")),
        author_handle=str(data.get("author_handle", "")),
        author_name=str(data.get("author_name", "")),
        text=str(data.get("text", "")),
        created_at=datetime.fromisoformat(str(data["created_at"])),
        url=data.get("url"),
        is_read=bool(data.get("is_read", False)),
        reply_ref={str(k): str(v) for k, v in dict(data.get("reply_ref") or {}).items()},
    )


def failure_words(error: AdapterError) -> str:
    """What the outbox keeps about a failed action (`OutboxRow.last_error`).

    The network's own words; else the problem code of a refusal Postdesk found itself (the UI
    words it: `ui.composer.activity.describe_reason`), never the adapter's English; else that
    English, for a failure with neither (the log's words).
    """
    return error.network_message or error.problem or str(error)


def next_try(
    policy: BackoffPolicy, attempts: int, jitter: Jitter, now: datetime, error: AdapterError
) -> datetime | None:
    """When to try a failed action again, or None if it failed for good."""
    if isinstance(error, Rejected) or policy.exhausted(attempts + 1):
        return None
    return now + max(timedelta(seconds=1), policy.delay(attempts + 1, jitter))
