"""The protocol every network adapter implements, and its typed errors.

The engine speaks only this protocol. An adapter turns a `PublishRequest` into the network's
calls and the network's answers into a `Published` result or one of the errors below, so the
engine's retry and state decisions never depend on any one network's status codes:

- `AuthExpired`: the account must be reconnected (the target waits, it does not fail);
- `RateLimited(retry_after)`: too many requests; try again no earlier than `retry_after`;
- `Rejected(reason)`: the network refused this post for good (the reason is shown to the user);
- `Transient`: a passing failure (5xx, connection refused) before the request was accepted;
- `AnswerLost`: the request may have reached the network but no answer came back (timeout after
  sending, connection dropped mid-response). The engine turns it into `unknown`.

What an adapter can do beyond publishing (look a post up, delete it, hand it off to the
network's scheduler ...) is one Protocol per capability in `platforms.capabilities`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol, runtime_checkable

from postdesk.core.networks import Network


@dataclass(frozen=True, slots=True)
class RateLimit:
    """A request budget the network documents for one account.

    Attributes:
        requests: requests allowed per window.
        per: the window.
    """

    requests: int
    per: timedelta


@dataclass(frozen=True, slots=True)
class PublishRequest:
    """Everything an adapter needs to publish one target.

    Attributes:
        target_id: the stored target id (for logs; adapters must not touch the database).
        account_id: the account to publish as.
        parts: thread parts (one for a single post).
        media_paths: local media files for the first part, in order.
        options: network options (title, privacy, content warning ...).
        idempotency_key: stable across resends of this target; adapters send it where the
            network accepts one and embed it where `lookup` can find it again.
        publish_at: set for a hand-off to the network's own scheduler.
    """

    target_id: int
    account_id: int | None
    parts: tuple[str, ...]
    media_paths: tuple[str, ...] = ()
    options: Mapping[str, Any] = field(default_factory=dict)
    idempotency_key: str = ""
    publish_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Published:
    """A post the network has.

    Attributes:
        remote_id: the network's id of the (first) post.
        remote_url: a link to it, when the network gives one.
        part_ids: ids of every thread part, in order.
    """

    remote_id: str
    remote_url: str | None = None
    part_ids: tuple[str, ...] = ()


#: Problem codes an `AdapterError` may carry: what Postdesk itself found wrong with an answer
#: (not the network's words). The engine records them as the reason code; the UI words them.
ANSWER_TOO_SLOW = "answer_too_slow"  # the whole exchange did not finish within its deadline
ANSWER_TOO_LARGE = "answer_too_large"  # the answer passed the size cap; reading stopped
ANSWER_GARBLED = "answer_garbled"  # a success answer that was not in the shape the API documents
#: The sign-ins could not be read on this machine (the encrypted file is locked, the keyring is
#: locked or missing): nothing is wrong with the account, so it is not marked for reconnecting.
SIGN_INS_LOCKED = "sign_ins_locked"
#: Postdesk's own refusals of a post's media, found on this computer before anything is sent
#: (`platforms.media_prep`). Their parameters: `index` (the attachment's position, from 0) and,
#: where it applies, `network`. The engine adds the attachment's `name`.
MEDIA_UNREADABLE = "media_unreadable"  # the file cannot be read from disk (or is empty)
MEDIA_NOT_RECOGNISED = "media_not_recognised"  # neither an image nor a video Postdesk knows
MEDIA_UNDECODABLE = "media_undecodable"  # looks like an image or video but cannot be decoded
MEDIA_CANNOT_SHRINK = "media_cannot_shrink"  # too big for the network, and fitting it failed
MEDIA_VIDEO_UNREADABLE = "media_video_unreadable"  # looks like a video, but no frame can be read from it
MEDIA_COVER_UNUSABLE = "media_cover_unusable"  # the image chosen as a video's cover (poster) cannot be used
MEDIA_TYPE_REFUSED = "media_type_refused"  # a file type the network does not take; params: `type` (MIME)
MEDIA_TOO_BIG_TO_SEND = "media_too_big_to_send"  # more than the network's upload can carry (TikTok's chunks)
MEDIA_CHANGED = "media_changed"  # the file changed on disk while it was being sent
#: The network could not process an uploaded file (its words, if any, are `network_message`).
MEDIA_NOT_PROCESSED = "media_not_processed"
#: Bluesky's daily video allowance: used up (`video_daily_limit`), not open to this account now
#: (`video_upload_refused`), or too little left for this file (`video_quota_left`; params `size`
#: and `left`, in bytes).
VIDEO_DAILY_LIMIT = "video_daily_limit"
VIDEO_UPLOAD_REFUSED = "video_upload_refused"
VIDEO_QUOTA_LEFT = "video_quota_left"
TOO_MANY_REPLY_RULES = "too_many_reply_rules"  # params: `count`, `max`
#: The network's own scheduler will not take the post (hand-off): it has none Postdesk can use,
#: it takes no threads, or the time is too near (params `minutes`) or too far (params `days`).
HANDOFF_NOT_OFFERED = "handoff_not_offered"
HANDOFF_NO_THREADS = "handoff_no_threads"
HANDOFF_TOO_SOON = "handoff_too_soon"
HANDOFF_TOO_FAR = "handoff_too_far"
#: An edit of a published post Postdesk refused itself: the post still waits on the network's
#: scheduler, is gone, is another account's, has a poll, or the server is too old (params `version`).
EDIT_STILL_SCHEDULED = "edit_still_scheduled"
EDIT_POST_GONE = "edit_post_gone"
EDIT_NOT_YOURS = "edit_not_yours"
EDIT_HAS_POLL = "edit_has_poll"
EDIT_SERVER_TOO_OLD = "edit_server_too_old"
#: The network (or this item on it) does not allow the action asked (delete, comment, edit, reply, like).
ACTION_NOT_OFFERED = "action_not_offered"
#: The user's media relay refused to store a copy: its secret key is missing from the keyring,
#: its bucket does not exist, it refused the access key, or it refused for another reason.
RELAY_NO_SECRET = "relay_no_secret"
RELAY_NO_BUCKET = "relay_no_bucket"
RELAY_KEY_REFUSED = "relay_key_refused"
RELAY_REFUSED = "relay_refused"
#: Meta's refusals: the account is blocked from posting for a while, or the sign-in lacks a
#: permission (the network's words are `network_message`).
ACCOUNT_BLOCKED = "account_blocked"
PERMISSION_MISSING = "permission_missing"
#: A parameter of a problem: plain data the UI words (never a sentence).
ProblemParam = str | int | float


class AdapterError(Exception):
    """Base of the adapter errors.

    Attributes:
        http_status: the HTTP status, when there was one.
        network_message: the network's own words, for the activity log.
        problem: one of the problem codes above (or a `core.validation.ProblemCode` value)
            when Postdesk, not the network, found the failure; "" otherwise. The message stays
            English for the log; the UI words the code.
        params: the problem's parameters (attachment index, sizes ...), as data for the UI.
    """

    def __init__(
        self,
        message: str = "",
        *,
        http_status: int | None = None,
        network_message: str = "",
        problem: str = "",
        params: Mapping[str, ProblemParam] | None = None,
    ) -> None:
        super().__init__(message or network_message or type(self).__name__)
        self.http_status = http_status
        self.network_message = network_message
        self.problem = problem
        self.params: Mapping[str, ProblemParam] = dict(params or {})


class AuthExpired(AdapterError):
    """The account's token is expired or revoked; the user must reconnect."""


class RateLimited(AdapterError):
    """The network said "too many requests".

    Attributes:
        retry_after: how long the network asked to wait, or None if it did not say.
    """

    def __init__(self, retry_after: timedelta | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.retry_after = retry_after


class Rejected(AdapterError):
    """The network refused the post for good.

    Attributes:
        reason: the network's reason, in plain words.
    """

    def __init__(self, reason: str, **kwargs: Any) -> None:
        super().__init__(reason, **kwargs)
        self.reason = reason


class Transient(AdapterError):
    """A passing failure; the network did not take the post."""


class AnswerLost(AdapterError):
    """The request may have arrived, but its answer did not: the post may or may not exist."""


@runtime_checkable
class Adapter(Protocol):
    """One network, as the engine sees it.

    What it can do beyond publishing is the capability Protocols it also satisfies
    (`platforms.capabilities`: `SupportsLookup`, `SupportsDelete` ...).

    Attributes:
        network: the network served.
        rate_limit: the per-account budget the engine keeps to, or None.
        lookup_settle: how long after a lost answer `lookup` can be trusted to see the post
            (networks are eventually consistent); the engine waits this long before looking.
    """

    network: Network
    rate_limit: RateLimit | None
    lookup_settle: timedelta

    async def publish(self, request: PublishRequest) -> Published:
        """Publish a post.

        Raises:
            AuthExpired, RateLimited, Rejected, Transient, AnswerLost.
        """
        ...

    async def probe(self) -> bool:
        """Whether the network's API host answers at all (for connectivity)."""
        ...

    async def aclose(self) -> None:
        """Release HTTP clients (called on the engine loop at shutdown)."""
        ...
