"""The optional inbox side of an adapter: mentions, replies and quotes, and answering them.

Not every adapter has an inbox, so this is a separate protocol from `base.Adapter`; the inbox
code checks `isinstance(adapter, InboxAdapter)`. Errors are those of `postdesk.platforms.base`.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, runtime_checkable

from postdesk.platforms.base import Published

#: Problem codes of an inbox the network will not give (an `AdapterError.problem`): a state the
#: creator can change, worded by the inbox pane; the sync asks again only rarely meanwhile.
INBOX_NOT_GRANTED = "inbox_not_granted"  # LinkedIn member posts: r_member_social is not granted
INBOX_NO_DISCUSSION = "inbox_no_discussion"  # a Telegram channel without a discussion group
INBOX_BOT_CANNOT_READ = "inbox_bot_cannot_read"  # the bot may not read the discussion group
INBOX_OTHER_READER = "inbox_other_reader"  # a webhook or another program takes the bot's updates
INBOX_STATES = frozenset({INBOX_NOT_GRANTED, INBOX_NO_DISCUSSION, INBOX_BOT_CANNOT_READ, INBOX_OTHER_READER})


class InboxKind(enum.StrEnum):
    """Why an item is in the inbox."""

    MENTION = "mention"
    REPLY = "reply"
    QUOTE = "quote"
    COMMENT = "comment"
    DIRECT_MESSAGE = "direct_message"


@dataclass(frozen=True, slots=True)
class InboxItem:
    """One thing someone said to or about the account.

    Attributes:
        remote_id: the network's id of the item (a Bluesky at:// URI, a status id ...).
        kind: why it is here.
        author_id: the author's id on the network.
        author_handle: the author's handle, for display.
        author_name: the author's display name (may be empty).
        text: what they wrote.
        created_at: when (UTC).
        url: a link to it, when the network has one.
        is_read: whether the network counts it as seen.
        reply_ref: what `InboxAdapter.reply` needs to answer it (network-specific, opaque).
        author_avatar_url: the author's picture (an http(s) URL) when the network gives one;
            None draws a monogram.
    """

    remote_id: str
    kind: InboxKind
    author_id: str
    author_handle: str
    author_name: str
    text: str
    created_at: datetime
    url: str | None = None
    is_read: bool = False
    reply_ref: dict[str, str] = field(default_factory=dict)
    author_avatar_url: str | None = None


@dataclass(frozen=True, slots=True)
class InboxPage:
    """A page of inbox items, newest first.

    Attributes:
        items: the items.
        cursor: pass back to `fetch_inbox` for the next (older) page; None at the end.
    """

    items: tuple[InboxItem, ...]
    cursor: str | None = None


@runtime_checkable
class InboxAdapter(Protocol):
    """An adapter that can read the account's inbox and answer it."""

    async def fetch_inbox(self, account_id: int | None, *, cursor: str | None = None, limit: int = 50) -> InboxPage:
        """Mentions, replies and quotes of the account, newest first.

        Raises:
            AuthExpired, RateLimited, Transient, Rejected.
        """
        ...

    async def reply(self, account_id: int | None, item: InboxItem, text: str) -> Published:
        """Answer an inbox item publicly, as the account.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient, AnswerLost.
        """
        ...


@runtime_checkable
class ReplyFinder(Protocol):
    """An inbox adapter that can tell whether a reply it may have sent is on the network.

    Optional (a separate protocol, so adapters without it still count as `InboxAdapter`): the
    outbox asks it before sending again a reply whose earlier send may have arrived.

    Attributes:
        replies_deduplicated: whether the network itself turns the same reply sent twice into
            one (Mastodon's Idempotency-Key); an adapter without the attribute says no.
    """

    async def find_reply(
        self, account_id: int | None, item: InboxItem, text: str, *, sent_after: datetime
    ) -> Published | None:
        """The account's reply to `item` with `text`, posted after `sent_after`, if any.

        Raises:
            AuthExpired, RateLimited, Transient.
        """
        ...


@runtime_checkable
class PostCommentsInbox(Protocol):
    """An inbox adapter whose network lists comments post by post, not per account (LinkedIn).

    The sync passes the remote ids of the account's recent published posts, which only the
    engine knows; `InboxAdapter.fetch_inbox` stays the way without them.
    """

    async def fetch_comments(
        self, account_id: int | None, post_ids: Sequence[str], *, cursor: str | None = None, limit: int = 50
    ) -> InboxPage:
        """Comments on `post_ids`, newest first.

        Raises:
            AuthExpired, RateLimited, Transient, Rejected (with an `INBOX_*` problem when the
            network does not give these comments to the app).
        """
        ...


@runtime_checkable
class UpdatesInbox(Protocol):
    """An inbox read from a stream of updates that the network drops once confirmed (Telegram).

    `fetch_updates(offset=...)` confirms every update before `offset` and returns the next ones;
    the page's `cursor` is the offset that confirms those. The sync stores the items first and
    the offset after, so an update is never lost and, stored by its remote id, never doubled.
    """

    async def fetch_updates(self, account_id: int | None, *, offset: str | None) -> InboxPage:
        """Items from the updates after `offset`; `cursor` is the next offset (None: unchanged).

        Raises:
            AuthExpired, RateLimited, Transient, Rejected (with an `INBOX_*` problem).
        """
        ...


@runtime_checkable
class SupportsDeleteComment(Protocol):
    """An inbox adapter that can delete someone else's comment on one of the account's posts
    (Instagram: DELETE /{ig-comment-id})."""

    async def delete_comment(self, account_id: int | None, item: InboxItem) -> None:
        """Delete `item` (a comment by someone else) on the network; a missing one counts as deleted.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        ...


@runtime_checkable
class SupportsMarkRead(Protocol):
    """An inbox adapter whose network marks items read one by one (Reddit's `read_message`)."""

    async def mark_read(self, account_id: int | None, remote_ids: Sequence[str]) -> None:
        """Tell the network the items `remote_ids` are read.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient.
        """
        ...


def replies_deduplicated(adapter: object) -> bool:
    """Whether `adapter`'s network posts the same reply sent twice only once."""
    return bool(getattr(adapter, "replies_deduplicated", False))
