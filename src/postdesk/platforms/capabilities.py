"""What an adapter can do beyond publishing: one Protocol per optional capability.

An adapter has a capability exactly when it has the capability's methods; callers ask
`isinstance(adapter, SupportsLookup)` (or `supports(cls, SupportsLookup)` for an adapter class),
never a flag, never a method name. An adapter that cannot do something does not define the
method (no stub that always refuses), so what it claims and what it does cannot drift apart:
`tests/unit/platforms/test_capabilities.py` holds every shipped adapter to that.

Every capability Protocol has methods only (no data members), so `issubclass` works on adapter
classes too: the UI reads a shipped network's capabilities without building its adapter.

The inbox capabilities that read and answer (`InboxAdapter`, `ReplyFinder`, `PostCommentsInbox`,
`UpdatesInbox`, `SupportsDeleteComment`, `SupportsMarkRead`) live beside the inbox types in
`platforms.inbox`, and `MetricsAdapter` beside `PostMetrics` in `platforms.metrics`; `OPTIONAL`
lists every capability, wherever it is declared. A new capability goes into `OPTIONAL` too.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
from datetime import datetime
from functools import cache
from typing import Protocol, runtime_checkable

from postdesk.core.networks import Network
from postdesk.platforms.base import Published, PublishRequest
from postdesk.platforms.inbox import (
    InboxAdapter,
    InboxItem,
    InboxPage,
    PostCommentsInbox,
    ReplyFinder,
    SupportsDeleteComment,
    SupportsMarkRead,
    UpdatesInbox,
)
from postdesk.platforms.metrics import MetricsAdapter


@runtime_checkable
class SupportsLookup(Protocol):
    """An adapter that can find a post whose answer was lost (so `unknown` resolves itself)."""

    async def lookup(self, request: PublishRequest, *, sent_at: datetime) -> Published | None:
        """Find the post this request would have made, if the network has it.

        Args:
            request: the request whose answer was lost (same idempotency key).
            sent_at: when it was sent, to bound the search.

        Returns:
            The post, or None when the network positively does not have it.

        Raises:
            AuthExpired, RateLimited, Transient: the question could not be answered now.
        """
        ...


@runtime_checkable
class SupportsDelete(Protocol):
    """An adapter that can delete a published post on the network."""

    async def delete(self, account_id: int | None, remote_id: str) -> None:
        """Delete a published post (a missing post counts as deleted).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        ...


@runtime_checkable
class SupportsFirstComment(Protocol):
    """An adapter that can comment on the account's own post right after publishing it."""

    async def first_comment(self, account_id: int | None, remote_id: str, text: str) -> Published:
        """Comment on one's own post.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient, AnswerLost.
        """
        ...


@runtime_checkable
class SupportsNativeSchedule(Protocol):
    """An adapter that can hand a post to the network's own scheduler (it goes out with the app closed)."""

    async def schedule(self, request: PublishRequest, at: datetime) -> Published:
        """Hand the post off to go out at `at` (the `Published` names the scheduled item).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient, AnswerLost.
        """
        ...


@runtime_checkable
class SupportsEdit(Protocol):
    """An adapter that can change a published post on the network (Mastodon 3.5+)."""

    async def edit(
        self,
        account_id: int | None,
        remote_id: str,
        text: str,
        *,
        spoiler_text: str = "",
        sensitive: bool = False,
        language: str | None = None,
    ) -> Published:
        """Replace the text (and content warning) of a published post; media stay as they are.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient, AnswerLost.
        """
        ...


@runtime_checkable
class SupportsLike(Protocol):
    """An inbox adapter that can like an inbox item."""

    async def like(self, account_id: int | None, item: InboxItem) -> None:
        """Like `item` as the account.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        ...


@runtime_checkable
class SupportsHide(Protocol):
    """An inbox adapter that can hide a reply under one of the account's posts."""

    async def hide(self, account_id: int | None, item: InboxItem) -> None:
        """Hide `item` on the network.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        ...


@runtime_checkable
class SupportsDeleteReply(Protocol):
    """An inbox adapter that can delete a reply (or comment) the account sent from the inbox."""

    async def delete_reply(self, account_id: int | None, remote_id: str) -> None:
        """Delete the account's reply `remote_id` (a missing reply counts as deleted).

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        ...


@runtime_checkable
class SupportsDirectMessages(Protocol):
    """An inbox adapter whose network lists direct messages apart from notifications."""

    async def fetch_direct(self, account_id: int | None, *, limit: int = 40) -> InboxPage:
        """The account's newest direct messages.

        Raises:
            AuthExpired, RateLimited, Transient, Rejected.
        """
        ...


@runtime_checkable
class SupportsMarkSeen(Protocol):
    """An inbox adapter whose network keeps a "seen up to" time (Bluesky)."""

    async def mark_seen(self, account_id: int | None, seen_at: datetime) -> None:
        """Tell the network everything up to `seen_at` is seen.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        ...


@runtime_checkable
class SupportsReadMarker(Protocol):
    """An inbox adapter whose network keeps a read marker by item id (Mastodon)."""

    async def mark_read_up_to(self, account_id: int | None, marker: str) -> None:
        """Tell the network everything up to the item `marker` is read.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        ...


#: Every optional capability, by the name the capability test and the docs use.
OPTIONAL: dict[str, type] = {
    "lookup": SupportsLookup,
    "delete": SupportsDelete,
    "first_comment": SupportsFirstComment,
    "native_schedule": SupportsNativeSchedule,
    "edit": SupportsEdit,
    "metrics": MetricsAdapter,
    "inbox": InboxAdapter,
    "find_reply": ReplyFinder,
    "post_comments": PostCommentsInbox,
    "updates": UpdatesInbox,
    "like": SupportsLike,
    "hide": SupportsHide,
    "delete_reply": SupportsDeleteReply,
    "delete_comment": SupportsDeleteComment,
    "direct_messages": SupportsDirectMessages,
    "mark_seen": SupportsMarkSeen,
    "read_marker": SupportsReadMarker,
    "mark_read": SupportsMarkRead,
}


def methods_of(capability: type) -> frozenset[str]:
    """The method names a capability Protocol asks for."""
    return frozenset(
        name for name, value in vars(capability).items() if not name.startswith("_") and inspect.isfunction(value)
    )


def supports(adapter_class: type, capability: type) -> bool:
    """Whether instances of `adapter_class` have `capability` (`issubclass` on a Protocol of methods)."""
    return issubclass(adapter_class, capability)


def capabilities_of(adapter_class: type) -> frozenset[str]:
    """The names (keys of `OPTIONAL`) of every capability `adapter_class` has."""
    return frozenset(name for name, capability in OPTIONAL.items() if supports(adapter_class, capability))


@cache
def shipped_adapter_classes() -> dict[Network, type]:
    """The adapter class of each network shipped with Postdesk (networks without one left out).

    Read from the modules `platforms.shipped` names: the class in `platforms.<network>` whose
    `network` is that network.
    """
    from postdesk.platforms.shipped import SHIPPED_MODULES

    found: dict[Network, type] = {}
    for name in SHIPPED_MODULES:
        if importlib.util.find_spec(name) is None:
            continue
        module = importlib.import_module(name)
        for value in vars(module).values():
            network = getattr(value, "network", None)
            if (
                isinstance(value, type)
                and value.__module__ == module.__name__
                and isinstance(network, Network)
                and callable(getattr(value, "publish", None))
                and network.value == name.rsplit(".", 1)[1]
            ):
                found[network] = value
    return found


def network_supports(network: Network | str, capability: type) -> bool:
    """Whether the shipped adapter of `network` has `capability` (False for an unknown network)."""
    try:
        key = Network(network)
    except ValueError:
        return False
    adapter_class = shipped_adapter_classes().get(key)
    return adapter_class is not None and supports(adapter_class, capability)
