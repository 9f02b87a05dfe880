"""Why a target that is not yet published is not going out right now: the "hold" the UI shows.

A target in `due` or `failed_retryable` may be waiting for very different things — a connection,
an account to be signed in again, a planned retry, or the user's global pause — and one that
stays `scheduled` may be held by the network's own scheduler. Each is a different message and a
different remedy, so the calendar, its list and the composer show the hold, never a bare
"Publishing". Pure: the engine's beliefs (online, globally paused) are passed in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from postdesk.core.entities import TargetState

S = TargetState

#: The engine's reason code of a target held until its account is reconnected.
NEEDS_RECONNECT = "needs_reconnect"
#: The engine's reason code of an unknown target that only the user can resolve.
UNKNOWN_NEEDS_USER = "unknown_needs_user"


class Hold(StrEnum):
    """What a target waits for (None when it simply waits for its time, or is done)."""

    NEEDS_YOU = "needs_you"  # unknown, and the network cannot be asked: the user decides
    CHECKING = "checking"  # unknown; Postdesk will look it up on the network
    RECONNECT = "reconnect"  # the account must be signed in again
    CONNECTION = "connection"  # due, but Postdesk is offline
    PAUSED_ALL = "paused_all"  # due, but the user paused all publishing
    RETRY = "retry"  # a retry is planned at `until`
    SENDING = "sending"  # going out now
    HANDED_OFF = "handed_off"  # the network's own scheduler holds it


#: Sorts after every real instant.
_LAST = datetime.max.replace(tzinfo=UTC)

#: Worst first: the hold a post with several targets shows.
_ORDER = (
    Hold.NEEDS_YOU,
    Hold.RECONNECT,
    Hold.CONNECTION,
    Hold.PAUSED_ALL,
    Hold.RETRY,
    Hold.CHECKING,
    Hold.SENDING,
    Hold.HANDED_OFF,
)


@dataclass(frozen=True, slots=True)
class TargetHoldInfo:
    """What the store knows about one target beyond its state.

    Attributes:
        target_id: the target.
        post_id: its post.
        network: the network key.
        account_id: the account it publishes as, or None.
        state: its state.
        reason_code: the engine's stored reason, or None.
        next_attempt_at: the planned retry or lookup (aware UTC), or None.
        handed_off: the network's own scheduler holds it.
        remote_url: the published post's link, or None.
    """

    target_id: int
    post_id: int
    network: str
    account_id: int | None
    state: TargetState
    reason_code: str | None = None
    next_attempt_at: datetime | None = None
    handed_off: bool = False
    remote_url: str | None = None


@dataclass(frozen=True, slots=True)
class HeldAs:
    """A hold and, for a retry, when it happens."""

    hold: Hold
    until: datetime | None = None


def hold_of(target: TargetHoldInfo, *, online: bool, publishing_paused: bool) -> HeldAs | None:
    """The hold of one target, or None when nothing holds it (draft, scheduled, done ...)."""
    state = target.state
    if state is S.UNKNOWN:
        return HeldAs(Hold.NEEDS_YOU if target.reason_code == UNKNOWN_NEEDS_USER else Hold.CHECKING)
    if state is S.SCHEDULED:
        return HeldAs(Hold.HANDED_OFF) if target.handed_off else None
    if state in (S.DUE, S.FAILED_RETRYABLE) and target.reason_code == NEEDS_RECONNECT:
        return HeldAs(Hold.RECONNECT)
    if state is S.FAILED_RETRYABLE:
        if not online:
            return HeldAs(Hold.CONNECTION)
        return HeldAs(Hold.RETRY, target.next_attempt_at)
    if state is S.DUE:
        if publishing_paused:
            return HeldAs(Hold.PAUSED_ALL)
        if not online:
            return HeldAs(Hold.CONNECTION)
        return HeldAs(Hold.SENDING)
    if state is S.PUBLISHING:
        return HeldAs(Hold.SENDING)
    return None


def post_hold(targets: Iterable[TargetHoldInfo], *, online: bool, publishing_paused: bool) -> HeldAs | None:
    """The hold a post shows: its worst target's (the earliest retry among retries)."""
    found = [h for t in targets if (h := hold_of(t, online=online, publishing_paused=publishing_paused)) is not None]
    if not found:
        return None
    rank = {hold: i for i, hold in enumerate(_ORDER)}
    found.sort(key=lambda h: (rank[h.hold], h.until or _LAST))
    return found[0]


def stoppable(state: TargetState) -> bool:
    """Whether the user may pause, cancel or reschedule a target in `state` (not mid-request)."""
    return state in (S.SCHEDULED, S.DUE, S.FAILED_RETRYABLE)
