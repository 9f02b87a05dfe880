"""The inbox cache: items upserted by (account, remote id), conversations, read state, replies.

Items are keyed by `(account_id, remote_id)`, so syncing the same page twice changes nothing,
and a sync writes only the network's view (`network_read`), never the user's (`local_read`).
A conversation is the post the items answer (`conversation_key`): when that post is one of
ours (a published target of the same account), its text heads the conversation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import col, select

from postdesk.store.db import Database
from postdesk.store.repositories._json import dumps, loads
from postdesk.store.tables import AccountRow, PostRow, TargetRow
from postdesk.store.tables_engine import OutboxRow
from postdesk.store.tables_inbox import InboxItemRow, InboxReplyRow, InboxSyncStateRow


class ReplyState:
    """Where a reply written in the inbox stands (plain strings, worded by the UI)."""

    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class FetchedItem:
    """An item as a network gave it, ready to be stored.

    Attributes:
        remote_id: the network's id of the item.
        kind: mention, reply, quote, comment or direct_message.
        author_id, author_handle, author_name: who wrote it.
        text: what they wrote.
        created_at: when (UTC).
        url: its link, if any.
        network_read: whether the network counts it as seen.
        reply_ref: what answering it needs (opaque).
        parent_remote_id: the id of the post it answers, when known.
        author_avatar_url: the author's picture, when the network gave one.
    """

    remote_id: str
    kind: str
    author_id: str
    author_handle: str
    author_name: str
    text: str
    created_at: datetime
    url: str | None = None
    network_read: bool = False
    reply_ref: dict[str, str] = field(default_factory=dict)
    parent_remote_id: str | None = None
    author_avatar_url: str | None = None


@dataclass(frozen=True, slots=True)
class InboxEntry:
    """One cached inbox item.

    Attributes:
        id: the row id.
        account_id, account_handle, network: whose inbox it is in.
        remote_id, kind, author_id, author_handle, author_name, text, created_at, url: the item.
        reply_ref: what answering it needs.
        conversation_key: the post it belongs under.
        is_read: the effective read state (the user's choice, else the network's).
        reply_state: the state of the last reply written to it in the inbox, or None.
        author_avatar_url: the author's picture, or None (a monogram is drawn).
    """

    id: int
    account_id: int
    account_handle: str
    network: str
    remote_id: str
    kind: str
    author_id: str
    author_handle: str
    author_name: str
    text: str
    created_at: datetime
    url: str | None
    reply_ref: dict[str, str]
    conversation_key: str
    is_read: bool
    reply_state: str | None = None
    author_avatar_url: str | None = None


@dataclass(frozen=True, slots=True)
class Conversation:
    """Items answering the same post, oldest first.

    Attributes:
        account_id, account_handle, network: whose inbox.
        key: the answered post's remote id.
        own_text: the text of our post it answers, when it is one of ours.
        own_url: its link, when known.
        items: the items, oldest first (reading order).
        latest: the newest item's time (conversations are listed newest first by it).
        unread: unread items in it.
    """

    account_id: int
    account_handle: str
    network: str
    key: str
    own_text: str | None
    own_url: str | None
    items: tuple[InboxEntry, ...]
    latest: datetime
    unread: int


@dataclass(frozen=True, slots=True)
class InboxFilter:
    """Which items to list (an empty collection means "all").

    Attributes:
        account_ids: only these accounts.
        networks: only these network keys.
        kinds: only these kinds.
        unread_only: only unread items.
    """

    account_ids: frozenset[int] = frozenset()
    networks: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    unread_only: bool = False


@dataclass(frozen=True, slots=True)
class SyncState:
    """An account's sync bookkeeping.

    Attributes:
        account_id: the account.
        interval_s: seconds between periodic syncs.
        notify: whether new items raise a desktop notification.
        last_synced_at, next_sync_at: UTC instants, or None.
        failures: failed syncs in a row.
        last_error: the last failure's words, or None.
    """

    account_id: int
    interval_s: int
    notify: bool
    last_synced_at: datetime | None
    next_sync_at: datetime | None
    failures: int
    last_error: str | None


def _effective_read() -> Any:
    return func.coalesce(InboxItemRow.local_read, InboxItemRow.network_read)


def _reply_state(outbox: OutboxRow | None) -> str:
    if outbox is None or outbox.done_at is None:
        return ReplyState.QUEUED
    return ReplyState.FAILED if outbox.last_error else ReplyState.SENT


class InboxRepository:
    """Stores the inbox cache."""

    def __init__(self, database: Database) -> None:
        self._db = database

    # -- writing -----------------------------------------------------------------------

    def upsert(self, account_id: int, network: str, items: Sequence[FetchedItem], *, now: datetime) -> int:
        """Store fetched items, in one transaction; return how many were new.

        An item seen before gets the network's latest text and read flag; its local read
        state and its conversation stay. Items are placed oldest first, so a reply whose
        parent is also in the inbox joins the parent's conversation.
        """
        new = 0
        # Pages come newest first; reversed, a stable sort keeps same-instant items in order.
        ordered = sorted(reversed(list(items)), key=lambda i: i.created_at)
        with self._db.session() as session:
            for item in ordered:
                row = session.exec(
                    select(InboxItemRow).where(
                        InboxItemRow.account_id == account_id, InboxItemRow.remote_id == item.remote_id
                    )
                ).first()
                if row is None:
                    new += 1
                    row = InboxItemRow(
                        account_id=account_id,
                        network=network,
                        remote_id=item.remote_id,
                        kind=item.kind,
                        created_at=item.created_at,
                        first_seen_at=now,
                        updated_at=now,
                        parent_remote_id=item.parent_remote_id,
                        conversation_key=self._conversation_of(session, account_id, item),
                    )
                row.author_id = item.author_id
                row.author_handle = item.author_handle
                row.author_name = item.author_name
                row.author_avatar_url = item.author_avatar_url
                row.text = item.text
                row.url = item.url
                row.reply_ref_json = dumps(item.reply_ref)
                row.network_read = item.network_read
                row.updated_at = now
                session.add(row)
                session.flush()
        return new

    @staticmethod
    def _conversation_of(session: Any, account_id: int, item: FetchedItem) -> str:
        parent = item.parent_remote_id
        if not parent:
            return item.remote_id
        known = session.exec(
            select(InboxItemRow.conversation_key).where(
                InboxItemRow.account_id == account_id, InboxItemRow.remote_id == parent
            )
        ).first()
        return str(known) if known else parent

    def set_read(self, item_ids: Iterable[int], read: bool) -> int:
        """Mark items read or unread (the user's choice; a sync never overrides it)."""
        ids = list(item_ids)
        if not ids:
            return 0
        with self._db.session() as session:
            rows = session.exec(select(InboxItemRow).where(col(InboxItemRow.id).in_(ids))).all()
            for row in rows:
                row.local_read = read
                session.add(row)
            return len(rows)

    def read_not_told(self, account_id: int, limit: int = 100) -> list[tuple[int, str]]:
        """Items the user read here that the network still counts as unread: (row id, remote id).

        For networks told item by item (Reddit's `read_message`); oldest first, at most `limit`.
        """
        with self._db.read_session() as session:
            rows = session.exec(
                select(InboxItemRow.id, InboxItemRow.remote_id)
                .where(
                    InboxItemRow.account_id == account_id,
                    col(InboxItemRow.local_read).is_(True),
                    col(InboxItemRow.network_read).is_(False),
                )
                .order_by(col(InboxItemRow.created_at), col(InboxItemRow.id))
                .limit(limit)
            ).all()
        return [(int(i or 0), str(r)) for i, r in rows]

    def set_network_read(self, item_ids: Iterable[int]) -> None:
        """Record that the network was told these items are read (until its next answer says otherwise)."""
        ids = list(item_ids)
        if not ids:
            return
        with self._db.session() as session:
            for row in session.exec(select(InboxItemRow).where(col(InboxItemRow.id).in_(ids))).all():
                row.network_read = True
                session.add(row)

    def remove(self, item_id: int) -> bool:
        """Forget an item (it was deleted on its network); return whether it was here."""
        with self._db.session() as session:
            row = session.get(InboxItemRow, item_id)
            if row is None:
                return False
            session.delete(row)
            return True

    def record_reply(self, item_id: int, request_key: str, text: str, *, now: datetime) -> tuple[int, bool]:
        """Record a reply about to be queued; return (reply id, whether it is new).

        A reply with a `request_key` already seen is not recorded again.
        """
        with self._db.session() as session:
            existing = session.exec(select(InboxReplyRow).where(InboxReplyRow.request_key == request_key)).first()
            if existing is not None:
                return int(existing.id or 0), False
            row = InboxReplyRow(item_id=item_id, request_key=request_key, text=text, created_at=now)
            session.add(row)
            session.flush()
            return int(row.id or 0), True

    def attach_outbox(self, reply_id: int, outbox_id: int) -> None:
        """Link a reply to the outbox action that sends it."""
        with self._db.session() as session:
            row = session.get(InboxReplyRow, reply_id)
            if row is not None:
                row.outbox_id = outbox_id
                session.add(row)

    def reply_outbox_id(self, request_key: str) -> int | None:
        """The outbox action of the reply recorded under `request_key`, if any."""
        with self._db.read_session() as session:
            row = session.exec(select(InboxReplyRow).where(InboxReplyRow.request_key == request_key)).first()
            return None if row is None else row.outbox_id

    def sent_reply(self, item_id: int) -> tuple[int, str] | None:
        """The last reply to `item_id` the network took: (reply id, its remote id), or None."""
        with self._db.read_session() as session:
            row = session.exec(
                select(InboxReplyRow.id, OutboxRow.remote_id)
                .join(OutboxRow, col(OutboxRow.id) == InboxReplyRow.outbox_id)
                .where(
                    InboxReplyRow.item_id == item_id,
                    col(OutboxRow.done_at).is_not(None),
                    col(OutboxRow.last_error).is_(None),
                    col(OutboxRow.remote_id).is_not(None),
                )
                .order_by(col(InboxReplyRow.id).desc())
            ).first()
            return None if row is None else (int(row[0] or 0), str(row[1]))

    def forget_reply(self, reply_id: int) -> None:
        """Drop a reply written in the inbox (it was deleted on its network)."""
        with self._db.session() as session:
            row = session.get(InboxReplyRow, reply_id)
            if row is not None:
                session.delete(row)

    # -- sync bookkeeping --------------------------------------------------------------

    def sync_state(self, account_id: int) -> SyncState:
        """The account's sync state (defaults when never synced)."""
        with self._db.read_session() as session:
            row = session.get(InboxSyncStateRow, account_id)
        row = row or InboxSyncStateRow(account_id=account_id)
        return SyncState(
            account_id, row.interval_s, row.notify, row.last_synced_at, row.next_sync_at, row.failures, row.last_error
        )

    def save_sync_state(
        self,
        account_id: int,
        *,
        next_sync_at: datetime | None,
        last_synced_at: datetime | None = None,
        failures: int | None = None,
        last_error: str | None = None,
        interval_s: int | None = None,
        notify: bool | None = None,
    ) -> None:
        """Update an account's sync state (None keeps a field, except `last_error`)."""
        with self._db.session() as session:
            row = session.get(InboxSyncStateRow, account_id) or InboxSyncStateRow(account_id=account_id)
            row.next_sync_at = next_sync_at
            if last_synced_at is not None:
                row.last_synced_at = last_synced_at
            if failures is not None:
                row.failures = failures
            row.last_error = last_error
            if interval_s is not None:
                row.interval_s = interval_s
            if notify is not None:
                row.notify = notify
            session.add(row)

    def set_notify(self, account_id: int, notify: bool) -> None:
        """Turn desktop notifications about an account's new items on or off (nothing else changes)."""
        with self._db.session() as session:
            row = session.get(InboxSyncStateRow, account_id) or InboxSyncStateRow(account_id=account_id)
            row.notify = notify
            session.add(row)

    def notify_settings(self) -> dict[int, bool]:
        """Whether new items notify, for accounts with a sync state (others notify: the default)."""
        with self._db.read_session() as session:
            rows = session.exec(select(InboxSyncStateRow.account_id, InboxSyncStateRow.notify)).all()
        return {int(a): bool(n) for a, n in rows}

    # -- reading -----------------------------------------------------------------------

    def get(self, item_id: int) -> InboxEntry | None:
        """One item, or None."""
        with self._db.read_session() as session:
            row = session.get(InboxItemRow, item_id)
            if row is None:
                return None
            account = session.get(AccountRow, row.account_id)
            return self._entry(row, account.handle if account else "", None)

    def items(self, flt: InboxFilter | None = None) -> list[InboxEntry]:
        """Items matching `flt`, newest first."""
        flt = flt or InboxFilter()
        with self._db.read_session() as session:
            query = select(InboxItemRow, AccountRow.handle).join(
                AccountRow, col(AccountRow.id) == InboxItemRow.account_id
            )
            if flt.account_ids:
                query = query.where(col(InboxItemRow.account_id).in_(flt.account_ids))
            if flt.networks:
                query = query.where(col(InboxItemRow.network).in_(flt.networks))
            if flt.kinds:
                query = query.where(col(InboxItemRow.kind).in_(flt.kinds))
            if flt.unread_only:
                query = query.where(_effective_read().is_(False))
            query = query.order_by(col(InboxItemRow.created_at).desc(), col(InboxItemRow.id).desc())
            rows = session.exec(query).all()
            states = self._reply_states(session, [int(r.id or 0) for r, _ in rows])
            return [self._entry(r, handle, states.get(int(r.id or 0))) for r, handle in rows]

    def conversations(self, flt: InboxFilter | None = None) -> list[Conversation]:
        """Matching items grouped by the post they answer; newest activity first."""
        entries = self.items(flt)
        groups: dict[tuple[int, str], list[InboxEntry]] = {}
        for entry in entries:
            groups.setdefault((entry.account_id, entry.conversation_key), []).append(entry)
        own = self._own_posts(groups.keys())
        result = []
        for (account_id, key), members in groups.items():
            members.sort(key=lambda e: (e.created_at, e.id))
            text, url = own.get((account_id, key), (None, None))
            result.append(
                Conversation(
                    account_id=account_id,
                    account_handle=members[0].account_handle,
                    network=members[0].network,
                    key=key,
                    own_text=text,
                    own_url=url,
                    items=tuple(members),
                    latest=members[-1].created_at,
                    unread=sum(1 for m in members if not m.is_read),
                )
            )
        result.sort(key=lambda c: (c.latest, c.items[-1].id), reverse=True)
        return result

    def unread_counts(self) -> dict[int, int]:
        """Unread items per account (accounts with none are left out)."""
        with self._db.read_session() as session:
            rows = session.exec(
                select(InboxItemRow.account_id, func.count())
                .where(_effective_read().is_(False))
                .group_by(col(InboxItemRow.account_id))
            ).all()
        return {int(a): int(n) for a, n in rows}

    def unread_total(self) -> int:
        """Unread items across accounts (for the sidebar and the tray)."""
        return sum(self.unread_counts().values())

    # -- helpers -----------------------------------------------------------------------

    @staticmethod
    def _entry(row: InboxItemRow, handle: str, reply_state: str | None) -> InboxEntry:
        read = row.local_read if row.local_read is not None else row.network_read
        return InboxEntry(
            id=int(row.id or 0),
            account_id=row.account_id,
            account_handle=handle,
            network=row.network,
            remote_id=row.remote_id,
            kind=row.kind,
            author_id=row.author_id,
            author_handle=row.author_handle,
            author_name=row.author_name,
            text=row.text,
            created_at=row.created_at,
            url=row.url,
            reply_ref=dict(loads(row.reply_ref_json) or {}),
            conversation_key=row.conversation_key,
            is_read=bool(read),
            reply_state=reply_state,
            author_avatar_url=row.author_avatar_url,
        )

    @staticmethod
    def _reply_states(session: Any, item_ids: Sequence[int]) -> dict[int, str]:
        if not item_ids:
            return {}
        rows = session.exec(
            select(InboxReplyRow, OutboxRow)
            .join(OutboxRow, col(OutboxRow.id) == InboxReplyRow.outbox_id, isouter=True)
            .where(col(InboxReplyRow.item_id).in_(item_ids))
            .order_by(col(InboxReplyRow.id))
        ).all()
        # The last reply written wins: it is the one the user is waiting on.
        return {reply.item_id: _reply_state(outbox) for reply, outbox in rows}

    def _own_posts(self, keys: Iterable[tuple[int, str]]) -> dict[tuple[int, str], tuple[str, str | None]]:
        wanted = set(keys)
        remote_ids = {key for _, key in wanted}
        if not remote_ids:
            return {}
        with self._db.read_session() as session:
            # Six columns: more than sqlmodel's typed `select` takes, so SQLAlchemy's own.
            rows = (
                session.connection()
                .execute(
                    sa_select(
                        col(TargetRow.account_id),
                        col(TargetRow.remote_id),
                        col(TargetRow.remote_url),
                        col(TargetRow.override_enabled),
                        col(TargetRow.override_parts_json),
                        col(PostRow.parts_json),
                    )
                    .join(PostRow, col(PostRow.id) == col(TargetRow.post_id))
                    .where(col(TargetRow.remote_id).in_(remote_ids))
                )
                .all()
            )
        found: dict[tuple[int, str], tuple[str, str | None]] = {}
        for account_id, remote_id, url, override, override_parts, parts in rows:
            if account_id is None or remote_id is None or (account_id, remote_id) not in wanted:
                continue
            chosen = loads(override_parts) if override else loads(parts)
            found[(account_id, remote_id)] = (str((chosen or [""])[0]), url)
        return found
