"""Sending a queued inbox reply at most once, across crashes and lost answers.

The outbox row is marked "sending" (committed, with the time) before the network call that
may publish. A row found still marked on a later drain may already be on the network: the
app died after the network took it, or the answer was lost (`AnswerLost`). Such a row is not
sent blindly again: the adapter's `find_reply` looks for it first. An adapter that cannot
look is sent again only when its network deduplicates replies itself (Mastodon's
Idempotency-Key); otherwise the reply is handed to the user (`ReplyInDoubt`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime

from postdesk.core.networks import Network
from postdesk.engine.outbox import Action, inbox_item_from_payload
from postdesk.platforms.base import ACTION_NOT_OFFERED, Adapter, AdapterError, AnswerLost, Published, Rejected
from postdesk.platforms.inbox import InboxAdapter, ReplyFinder, replies_deduplicated

#: The `NeedsAttention` code of a reply that may or may not have been posted.
REPLY_IN_DOUBT = "reply_in_doubt"


class ReplyInDoubt(Exception):
    """An earlier send of the reply may have been posted and nothing can tell: ask the user."""


async def send_reply_once(
    action: Action,
    adapters: Mapping[Network, Adapter],
    *,
    now: Callable[[], datetime],
    mark_sending: Callable[[datetime], Awaitable[None]],
    clear_sending: Callable[[], Awaitable[None]],
) -> Published:
    """Make sure the reply `action` is on the network once; return it.

    Args:
        action: a REPLY action; `action.sending_at` set means an earlier send is in doubt.
        adapters: the engine's adapters.
        now: the engine's clock.
        mark_sending: commits the "sending" mark (awaited before the network call).
        clear_sending: drops it (the network said it did not take the reply).

    Raises:
        ReplyInDoubt: an earlier send may have posted and the adapter cannot look.
        AdapterError: the network refused or could not be reached (`AnswerLost` keeps the
            mark, so the next drain looks before sending).
    """
    adapter = adapters.get(Network(action.network))
    if not isinstance(adapter, InboxAdapter):
        raise Rejected("this network cannot answer inbox items", problem=ACTION_NOT_OFFERED)
    item = inbox_item_from_payload(action.payload["item"])
    text = str(action.payload["text"])
    if action.sending_at is not None:
        if isinstance(adapter, ReplyFinder):
            found = await adapter.find_reply(action.account_id, item, text, sent_after=action.sending_at)
            if found is not None:
                return found
        elif not replies_deduplicated(adapter):
            raise ReplyInDoubt(f"a reply sent at {action.sending_at.isoformat()} may be posted")
    await mark_sending(now())
    try:
        return await adapter.reply(action.account_id, item, text)
    except AnswerLost:
        raise
    except AdapterError:
        await clear_sending()
        raise
