"""Inbox sync: each account's mentions and replies, fetched on the engine loop and cached.

Each connected account whose adapter is an `InboxAdapter` is synced every `interval_s` seconds
(per account, `inbox_sync_state`) and on demand. A sync reads newest pages until it meets an
item it already has (or `max_pages`), and upserts by `(account_id, remote_id)`: syncing twice
gives the same rows, and the user's read state is never touched by a sync. A network that says
429 is left alone for at least its `Retry-After`, with growing backoff while it keeps refusing.

Replies go through the engine's outbox (`ActionKind.REPLY`), so a reply written offline waits
and goes out on reconnect, in order, once: the outbox is drained under the engine's lock, and
a `request_key` per press of "Send" keeps a double submit from queueing a second reply.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import random
from collections.abc import Awaitable, Callable, Mapping
from datetime import timedelta
from typing import Any, TypeVar

from postdesk.core.entities import AccountStatus
from postdesk.core.networks import Network
from postdesk.core.retry import BackoffPolicy, Jitter
from postdesk.engine.clock import Clock, SystemClock
from postdesk.engine.connectivity import Connectivity
from postdesk.engine.events import EventSink, InboxUpdated
from postdesk.engine.outbox import ActionKind, Outbox, inbox_item_from_payload, inbox_item_payload
from postdesk.log import get_logger
from postdesk.platforms.base import Adapter, AdapterError, AuthExpired, RateLimited
from postdesk.platforms.capabilities import (
    SupportsDeleteReply,
    SupportsDirectMessages,
    SupportsHide,
    SupportsLike,
    SupportsMarkSeen,
    SupportsReadMarker,
)
from postdesk.platforms.inbox import (
    INBOX_STATES,
    InboxAdapter,
    InboxItem,
    PostCommentsInbox,
    SupportsDeleteComment,
    SupportsMarkRead,
    UpdatesInbox,
)
from postdesk.store.db import Database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.inbox import (
    FetchedItem,
    InboxEntry,
    InboxFilter,
    InboxRepository,
)
from postdesk.store.repositories.inbox_context import InboxContextRepository

_log = get_logger("engine.inbox")
T = TypeVar("T")

#: `reply_ref` keys naming the post an item answers, most telling first: Bluesky's thread
#: root, X's conversation, Mastodon's parent status.
_PARENT_KEYS = ("root_uri", "conversation_id", "in_reply_to_id")
#: The `reply_ref` key of an item's position in a network's read marker (Mastodon: its
#: notification id), for adapters with `mark_read_up_to`.
READ_MARKER = "read_marker"


def parent_of(item: InboxItem) -> str | None:
    """The remote id of the post `item` answers, when its network says (else None)."""
    for key in _PARENT_KEYS:
        value = item.reply_ref.get(key)
        if value and value != item.remote_id:
            return value
    return None


def to_fetched(item: InboxItem) -> FetchedItem:
    """An adapter's item as the store takes it."""
    return FetchedItem(
        remote_id=item.remote_id,
        kind=item.kind.value,
        author_id=item.author_id,
        author_handle=item.author_handle,
        author_name=item.author_name,
        text=item.text,
        created_at=item.created_at,
        url=item.url,
        network_read=item.is_read,
        reply_ref=dict(item.reply_ref),
        parent_remote_id=parent_of(item),
        author_avatar_url=_web_url(item.author_avatar_url),
    )


def _web_url(url: str | None) -> str | None:
    """`url` when it is an http(s) address, else None (a picture is fetched only over the web)."""
    if url and url.lower().startswith(("https://", "http://")) and len(url) <= 2048:
        return url
    return None


def _item_of(entry: InboxEntry) -> InboxItem:
    """A cached item as the adapters take it."""
    return inbox_item_from_payload(
        {
            "remote_id": entry.remote_id,
            "kind": entry.kind,
            "author_id": entry.author_id,
            "author_handle": entry.author_handle,
            "author_name": entry.author_name,
            "text": entry.text,
            "created_at": entry.created_at.isoformat(),
            "url": entry.url,
            "is_read": entry.is_read,
            "reply_ref": entry.reply_ref,
        }
    )


class InboxSync:
    """Keeps the inbox cache up to date, on the engine loop.

    Args:
        db: the database.
        adapters: builds the network adapters (called once, by `start`).
        emit: receives `InboxUpdated`.
        clock: the engine's clock.
        connectivity: the engine's belief about the network (no sync while offline).
        drain: replays the outbox now (`Engine.drain_outbox`); None leaves it to the engine's
            own heartbeat and reconnect.
        backoff: the wait after failed syncs (a 429's `Retry-After` is a floor).
        jitter: randomness for the backoff.
        sleep: the wait between periodic checks (a test passes its own).
        tick: how often the periodic loop looks for accounts due a sync.
        max_pages: the most pages one sync reads.
    """

    def __init__(
        self,
        db: Database,
        adapters: Callable[[], Mapping[Network, Adapter]],
        *,
        emit: EventSink,
        clock: Clock | None = None,
        connectivity: Connectivity | None = None,
        drain: Callable[[], Awaitable[object]] | None = None,
        backoff: BackoffPolicy | None = None,
        jitter: Jitter | None = None,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        tick: timedelta = timedelta(seconds=15),
        max_pages: int = 5,
    ) -> None:
        self.repo = InboxRepository(db)
        self._accounts = AccountRepository(db)
        self._outbox = Outbox(db)
        self._context = InboxContextRepository(db)
        self._make_adapters = adapters
        self._adapters: Mapping[Network, Adapter] = {}
        self._emit = emit
        self._clock = clock or SystemClock()
        self._connectivity = connectivity
        self._drain = drain
        self._backoff = backoff or BackoffPolicy(
            base=timedelta(minutes=1), cap=timedelta(hours=1), max_attempts=1_000_000
        )
        self._jitter = jitter or random.Random().random
        self._sleep = sleep
        self._tick = tick
        self._max_pages = max_pages
        self._locks: dict[int, asyncio.Lock] = {}
        self._reply_lock: asyncio.Lock | None = None
        self._task: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._told_markers: dict[int, str] = {}

    # -- life cycle ----------------------------------------------------------------------

    async def start(self, *, periodic: bool = True) -> None:
        """Build the adapters and (unless `periodic` is False) start the periodic loop."""
        self._adapters = dict(self._make_adapters())
        self._reply_lock = asyncio.Lock()
        if periodic:
            self._task = asyncio.get_running_loop().create_task(self._loop(), name="inbox-sync")

    async def stop(self) -> None:
        """Stop the periodic loop and close the adapters this sync built."""
        for task in [t for t in (self._task, *self._tasks) if t is not None]:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        for adapter in self._adapters.values():
            with contextlib.suppress(Exception):
                await adapter.aclose()

    async def _loop(self) -> None:
        while True:
            try:
                await self.run_due()
            except Exception:  # one bad pass must not end the loop
                _log.exception("inbox sync pass failed")
            await self._sleep(self._tick.total_seconds())

    # -- syncing -------------------------------------------------------------------------

    async def _db(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(None, functools.partial(fn, *args, **kwargs))

    def _online(self) -> bool:
        return self._connectivity is None or self._connectivity.online

    async def _syncable(self) -> list[tuple[int, Network]]:
        accounts = await self._db(self._accounts.list)
        return [
            (a.id, a.network)
            for a in accounts
            if a.status is AccountStatus.CONNECTED and isinstance(self._adapters.get(a.network), InboxAdapter)
        ]

    async def run_due(self) -> dict[int, int]:
        """Sync every account whose time has come; return new items per account synced."""
        if not self._online():
            return {}
        now = self._clock.now()
        result: dict[int, int] = {}
        for account_id, network in await self._syncable():
            state = await self._db(self.repo.sync_state, account_id)
            if state.next_sync_at is None or state.next_sync_at <= now:
                result[account_id] = await self._sync(account_id, network)
        return result

    async def sync_now(self, account_id: int | None = None) -> dict[int, int]:
        """Sync one account (or all) now, whatever their schedule; return new items per account.

        An account still inside a network's `Retry-After` is skipped: asking again early only
        lengthens the ban.
        """
        if not self._online():
            return {}
        now = self._clock.now()
        result: dict[int, int] = {}
        for acc_id, network in await self._syncable():
            if account_id is not None and acc_id != account_id:
                continue
            state = await self._db(self.repo.sync_state, acc_id)
            if state.failures and state.next_sync_at is not None and state.next_sync_at > now:
                continue
            result[acc_id] = await self._sync(acc_id, network)
        return result

    async def _sync(self, account_id: int, network: Network) -> int:
        lock = self._locks.setdefault(account_id, asyncio.Lock())
        async with lock:  # a periodic and an on-demand sync of one account never overlap
            adapter = self._adapters[network]
            assert isinstance(adapter, InboxAdapter)
            state = await self._db(self.repo.sync_state, account_id)
            new = 0
            try:
                if isinstance(adapter, SupportsDirectMessages):
                    # Direct messages, where a network lists them apart; before the main
                    # pages, so a DM that is also a notification keeps its READ_MARKER.
                    dms = await adapter.fetch_direct(account_id)
                    new += await self._db(
                        self.repo.upsert,
                        account_id,
                        network.value,
                        [to_fetched(i) for i in dms.items],
                        now=self._clock.now(),
                    )
                if isinstance(adapter, UpdatesInbox):
                    new += await self._sync_updates(account_id, network, adapter)
                cursor: str | None = None
                posts = (
                    await self._db(self._context.recent_posts, account_id)
                    if isinstance(adapter, PostCommentsInbox)
                    else None
                )
                for _ in range(0 if isinstance(adapter, UpdatesInbox) else self._max_pages):
                    if posts is not None:
                        assert isinstance(adapter, PostCommentsInbox)
                        page = await adapter.fetch_comments(account_id, posts, cursor=cursor)
                    else:
                        page = await adapter.fetch_inbox(account_id, cursor=cursor)
                    added = await self._db(
                        self.repo.upsert,
                        account_id,
                        network.value,
                        [to_fetched(i) for i in page.items],
                        now=self._clock.now(),
                    )
                    new += added
                    # A page holding an item we already had means the rest is known.
                    if page.cursor is None or added < len(page.items) or not page.items:
                        break
                    cursor = page.cursor
            except AdapterError as error:
                await self._failed(account_id, state.failures, error)
                if new:
                    self._emit(InboxUpdated(account_id=account_id, new_count=new))
                return new
            await self._tell_read_quietly(account_id, adapter)
            now = self._clock.now()
            await self._db(
                self.repo.save_sync_state,
                account_id,
                next_sync_at=now + timedelta(seconds=state.interval_s),
                last_synced_at=now,
                failures=0,
                last_error=None,
            )
        if new:
            self._emit(InboxUpdated(account_id=account_id, new_count=new))
        return new

    async def _sync_updates(self, account_id: int, network: Network, adapter: UpdatesInbox) -> int:
        """Read a stream inbox: store each batch, then the offset that confirms it."""
        new = 0
        offset = await self._db(self._context.cursor, account_id)
        for _ in range(self._max_pages):
            page = await adapter.fetch_updates(account_id, offset=offset)
            new += await self._db(
                self.repo.upsert, account_id, network.value, [to_fetched(i) for i in page.items], now=self._clock.now()
            )
            if page.cursor is None or page.cursor == offset:
                break
            # Committed only now that the items are: a crash before this line reads the same
            # updates again (stored by remote id, so once); the network forgets them only when
            # asked with this offset.
            await self._db(self._context.save_cursor, account_id, page.cursor)
            offset = page.cursor
        return new

    async def _failed(self, account_id: int, failures: int, error: AdapterError) -> None:
        now = self._clock.now()
        attempts = failures + 1
        retry_after = error.retry_after if isinstance(error, RateLimited) else None
        delay = self._backoff.delay(attempts, self._jitter, retry_after)
        if error.problem in INBOX_STATES:
            # Not a failure that passes (LinkedIn keeps member comments from unapproved apps, a
            # bot that may not read the group): the pane words the state; look again rarely.
            await self._db(
                self.repo.save_sync_state,
                account_id,
                next_sync_at=now + self._backoff.cap,
                failures=failures,
                last_error=error.problem,
            )
            return
        if isinstance(error, AuthExpired):
            # The account needs reconnecting: the accounts pane says so; retry rarely meanwhile.
            delay = max(delay, self._backoff.cap)
        _log.info(
            "inbox sync of account %s failed (%s); next in %.0f s",
            account_id,
            type(error).__name__,
            delay.total_seconds(),
        )
        await self._db(
            self.repo.save_sync_state,
            account_id,
            next_sync_at=now + delay,
            failures=attempts,
            last_error=error.network_message or type(error).__name__,
        )

    # -- user actions ----------------------------------------------------------------------

    async def set_read(self, item_ids: list[int], read: bool) -> int:
        """Mark items read or unread locally, then move networks' read markers (`mark_seen`)."""
        changed = await self._db(self.repo.set_read, item_ids, read)
        if read:
            await self.mark_seen()
        return changed

    async def set_interval(self, account_id: int, seconds: int, *, notify: bool | None = None) -> None:
        """Change how often an account is synced (and whether new items notify)."""
        state = await self._db(self.repo.sync_state, account_id)
        nxt = (state.last_synced_at + timedelta(seconds=seconds)) if state.last_synced_at else None
        await self._db(
            self.repo.save_sync_state,
            account_id,
            next_sync_at=nxt,
            interval_s=seconds,
            notify=notify,
            last_error=state.last_error,
        )

    def _networks_with(self, capability: type) -> frozenset[str]:
        return frozenset(
            network.value for network, adapter in self._adapters.items() if isinstance(adapter, capability)
        )

    def like_networks(self) -> frozenset[str]:
        """The networks whose adapter can like an item (empty until `start`; any thread)."""
        return self._networks_with(SupportsLike)

    def delete_reply_networks(self) -> frozenset[str]:
        """The networks whose adapter can delete a reply sent from the inbox (any thread)."""
        return self._networks_with(SupportsDeleteReply)

    def hide_networks(self) -> frozenset[str]:
        """The networks whose adapter can hide a reply to the user's post (any thread)."""
        return self._networks_with(SupportsHide)

    def delete_comment_networks(self) -> frozenset[str]:
        """The networks whose adapter can delete someone's comment on the user's post (any thread)."""
        return self._networks_with(SupportsDeleteComment)

    async def _entry_and_adapter(self, item_id: int) -> tuple[InboxEntry, Adapter | None]:
        entry = await self._db(self.repo.get, item_id)
        if entry is None:
            raise ValueError(f"inbox item {item_id} is gone")
        return entry, self._adapters.get(Network(entry.network))

    async def delete_reply(self, item_id: int) -> None:
        """Delete, on its network, the last reply the user sent from the inbox to an item.

        The reply is forgotten locally once the network has taken the deletion.

        Raises:
            ValueError: the item is gone, has no sent reply, or its network cannot delete.
            AdapterError: the network refused or could not be reached.
        """
        entry, adapter = await self._entry_and_adapter(item_id)
        if not isinstance(adapter, SupportsDeleteReply):
            raise ValueError(f"{entry.network} cannot delete reply")
        sent = await self._db(self.repo.sent_reply, item_id)
        if sent is None:
            raise ValueError(f"inbox item {item_id} has no sent reply")
        reply_id, remote_id = sent
        await adapter.delete_reply(entry.account_id, remote_id)
        await self._db(self.repo.forget_reply, reply_id)
        self._emit(InboxUpdated(account_id=entry.account_id, new_count=0))

    async def hide(self, item_id: int) -> None:
        """Hide an inbox item on its network (X: a reply under one of the user's posts).

        Raises:
            ValueError: the item is gone, or its network cannot hide.
            AdapterError: the network refused (e.g. not the user's conversation) or was unreachable.
        """
        entry, adapter = await self._entry_and_adapter(item_id)
        if not isinstance(adapter, SupportsHide):
            raise ValueError(f"{entry.network} cannot hide")
        await adapter.hide(entry.account_id, _item_of(entry))

    async def delete_comment(self, item_id: int) -> None:
        """Delete someone else's comment on one of the user's posts, on its network (Instagram).

        Like `hide`, this asks the network now (it is not queued while offline: the creator
        sees at once whether it is gone). Once the network has taken it, the item leaves the
        inbox; a comment the network no longer has counts as deleted (the adapter says so).

        Raises:
            ValueError: the item is gone, or its network cannot delete comments.
            AdapterError: the network refused (not the user's post) or could not be reached.
        """
        entry, adapter = await self._entry_and_adapter(item_id)
        if not isinstance(adapter, SupportsDeleteComment):
            raise ValueError(f"{entry.network} cannot delete comments")
        await adapter.delete_comment(entry.account_id, _item_of(entry))
        await self._db(self.repo.remove, item_id)
        self._emit(InboxUpdated(account_id=entry.account_id, new_count=0))

    async def tell_read(self, account_id: int, adapter: SupportsMarkRead) -> int:
        """Tell a network that marks items read one by one (Reddit) what the user read here.

        The items stay pending in the store (read here, unread there) until the network has
        taken them, so a read made offline is told at the next chance (the next sync or the
        next time the inbox is read); return how many were told.

        Raises:
            AdapterError: the network refused or could not be reached.
        """
        pending = await self._db(self.repo.read_not_told, account_id)
        if not pending:
            return 0
        await adapter.mark_read(account_id, [remote_id for _id, remote_id in pending])
        await self._db(self.repo.set_network_read, [item_id for item_id, _r in pending])
        return len(pending)

    async def _tell_read_quietly(self, account_id: int, adapter: object) -> None:
        """After a sync, tell the network what was read here meanwhile; a failure is logged and
        left for the next time (the local read state is the truth)."""
        if not isinstance(adapter, SupportsMarkRead):
            return
        try:
            await self.tell_read(account_id, adapter)
        except AdapterError as error:
            _log.info("telling account %s's network what was read failed (%s)", account_id, type(error).__name__)

    async def mark_seen(self, account_id: int | None = None) -> int:
        """Tell networks that keep a seen state (Bluesky) that everything up to now is seen.

        A network told item by item (Reddit, `mark_read`) is told the items read here since.

        A network with a read marker instead (Mastodon, `mark_read_up_to`) is told the newest
        position the user has read everything up to, once per position.

        Local read state stays the source of truth: a network that cannot be told is logged
        and skipped. Returns how many accounts were told.
        """
        if not self._online():
            return 0
        told = 0
        now = self._clock.now()
        for acc_id, network in await self._syncable():
            if account_id is not None and acc_id != account_id:
                continue
            adapter = self._adapters.get(network)
            try:
                if isinstance(adapter, SupportsMarkRead):
                    if not await self.tell_read(acc_id, adapter):
                        continue
                elif isinstance(adapter, SupportsMarkSeen):
                    await adapter.mark_seen(acc_id, now)
                elif isinstance(adapter, SupportsReadMarker):
                    marker = await self._db(self._read_marker, acc_id)
                    if marker is None or self._told_markers.get(acc_id) == marker:
                        continue
                    await adapter.mark_read_up_to(acc_id, marker)
                    self._told_markers[acc_id] = marker
                else:
                    continue
            except AdapterError as error:
                _log.info(
                    "telling %s the inbox of account %s is seen failed (%s)",
                    network.value,
                    acc_id,
                    type(error).__name__,
                )
                continue
            told += 1
        return told

    def _read_marker(self, account_id: int) -> str | None:
        """The newest read position of the account whose older items are all read, if any.

        A network marker (Mastodon's `notifications[last_read_id]`) says "everything up to
        here is read", so it stops below the oldest item the user has not read.
        """
        marked = [
            e
            for e in reversed(self.repo.items(InboxFilter(account_ids=frozenset({account_id}))))
            if e.reply_ref.get(READ_MARKER)
        ]
        marker: str | None = None
        for entry in marked:  # oldest first
            if not entry.is_read:
                break
            marker = entry.reply_ref[READ_MARKER]
        return marker

    async def like(self, item_id: int) -> None:
        """Like an inbox item on its network, now (a like is not queued while offline).

        Raises:
            ValueError: the item is gone, or its network cannot like.
            AdapterError: the network refused or could not be reached.
        """
        entry, adapter = await self._entry_and_adapter(item_id)
        if not isinstance(adapter, SupportsLike):
            raise ValueError(f"{entry.network} cannot like")
        await adapter.like(entry.account_id, _item_of(entry))

    async def reply(self, item_id: int, text: str, request_key: str) -> int:
        """Queue a reply to an inbox item and send it now if online; return the outbox id.

        The same `request_key` twice queues one reply (the second call returns the first id).

        Raises:
            ValueError: the item is gone, or its network cannot answer inbox items.
        """
        assert self._reply_lock is not None, "start() first"
        entry = await self._db(self.repo.get, item_id)
        if entry is None:
            raise ValueError(f"inbox item {item_id} is gone")
        if not isinstance(self._adapters.get(Network(entry.network)), InboxAdapter):
            raise ValueError(f"{entry.network} cannot answer inbox items")
        async with self._reply_lock:
            existing = await self._db(self.repo.reply_outbox_id, request_key)
            if existing is not None:
                return existing
            now = self._clock.now()
            reply_id, _ = await self._db(self.repo.record_reply, item_id, request_key, text, now=now)
            item = _item_of(entry)
            outbox_id = await self._db(
                self._outbox.enqueue,
                ActionKind.REPLY,
                entry.network,
                entry.account_id,
                None,
                {"item": inbox_item_payload(item), "text": text, "request_key": request_key},
                now,
            )
            await self._db(self.repo.attach_outbox, reply_id, outbox_id)
        if self._online() and self._drain is not None:
            task = asyncio.get_running_loop().create_task(self._drain_and_tell(entry.account_id), name="inbox-reply")
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return outbox_id

    async def _drain_and_tell(self, account_id: int) -> None:
        assert self._drain is not None
        try:
            await self._drain()
        except Exception:
            _log.exception("sending queued replies failed")
        self._emit(InboxUpdated(account_id=account_id, new_count=0))
