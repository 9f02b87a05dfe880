"""The publishing state machine of one target, as a pure transition table.

ARCHITECTURE.md: `draft → scheduled → due → publishing → published`, with `failed_retryable`,
`failed`, `paused`, `cancelled` and `unknown`. The engine never writes a state directly: it asks
`apply(state, event)` for the next one, so an impossible move (for instance resending a target
whose answer was lost) is refused here rather than discovered as a duplicate post.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from postdesk.core.entities import TargetState

S = TargetState


class Event(StrEnum):
    """Something that happens to a target."""

    SCHEDULE = "schedule"  # the user gave it a time
    UNSCHEDULE = "unschedule"  # back to a draft
    FALL_DUE = "fall_due"  # its time came (or the user said "publish now")
    SEND = "send"  # the request is about to leave; committed before it does
    SENT = "sent"  # the network confirmed the post
    SEND_FAILED_TRANSIENT = "send_failed_transient"  # 429, 5xx, connection refused
    SEND_FAILED_PERMANENT = "send_failed_permanent"  # the network said no
    ANSWER_LOST = "answer_lost"  # timeout after sending, or found `publishing` after a crash
    RETRY_DUE = "retry_due"  # the backoff has elapsed
    FOUND = "found"  # lookup: the post exists on the network
    NOT_FOUND = "not_found"  # lookup: the network says it does not exist
    USER_MARK_PUBLISHED = "user_mark_published"  # the user checked and saw it
    PAUSE = "pause"
    RESUME = "resume"
    CANCEL = "cancel"


class IllegalTransition(ValueError):
    """The event cannot happen in this state.

    Attributes:
        state: the state the target was in.
        event: the refused event.
    """

    def __init__(self, state: TargetState, event: Event) -> None:
        super().__init__(f"{event.value} is not allowed in state {state.value}")
        self.state = state
        self.event = event


# Why `unknown` has no SEND: a lost answer is only resolved by FOUND / NOT_FOUND (lookup) or by
# the user; NOT_FOUND returns it to `due`, where SEND is allowed again with the same
# idempotency key. `publishing` cannot be paused or cancelled: the request may already be out.
_TABLE: dict[tuple[TargetState, Event], TargetState] = {
    (S.DRAFT, Event.SCHEDULE): S.SCHEDULED,
    (S.DRAFT, Event.FALL_DUE): S.DUE,
    (S.DRAFT, Event.CANCEL): S.CANCELLED,
    (S.SCHEDULED, Event.SCHEDULE): S.SCHEDULED,
    (S.SCHEDULED, Event.UNSCHEDULE): S.DRAFT,
    (S.SCHEDULED, Event.FALL_DUE): S.DUE,
    (S.SCHEDULED, Event.PAUSE): S.PAUSED,
    (S.SCHEDULED, Event.CANCEL): S.CANCELLED,
    # A post handed off to the network's own scheduler stays `scheduled` here until the
    # network is seen to have published it.
    (S.SCHEDULED, Event.FOUND): S.PUBLISHED,
    (S.DUE, Event.SEND): S.PUBLISHING,
    (S.DUE, Event.PAUSE): S.PAUSED,
    (S.DUE, Event.CANCEL): S.CANCELLED,
    (S.DUE, Event.SCHEDULE): S.SCHEDULED,
    (S.PUBLISHING, Event.SENT): S.PUBLISHED,
    (S.PUBLISHING, Event.SEND_FAILED_TRANSIENT): S.FAILED_RETRYABLE,
    (S.PUBLISHING, Event.SEND_FAILED_PERMANENT): S.FAILED,
    (S.PUBLISHING, Event.ANSWER_LOST): S.UNKNOWN,
    (S.FAILED_RETRYABLE, Event.RETRY_DUE): S.DUE,
    (S.FAILED_RETRYABLE, Event.FALL_DUE): S.DUE,
    (S.FAILED_RETRYABLE, Event.PAUSE): S.PAUSED,
    (S.FAILED_RETRYABLE, Event.CANCEL): S.CANCELLED,
    (S.FAILED_RETRYABLE, Event.SCHEDULE): S.SCHEDULED,
    (S.FAILED, Event.FALL_DUE): S.DUE,
    (S.FAILED, Event.SCHEDULE): S.SCHEDULED,
    (S.FAILED, Event.UNSCHEDULE): S.DRAFT,
    (S.FAILED, Event.CANCEL): S.CANCELLED,
    (S.UNKNOWN, Event.FOUND): S.PUBLISHED,
    (S.UNKNOWN, Event.USER_MARK_PUBLISHED): S.PUBLISHED,
    (S.UNKNOWN, Event.NOT_FOUND): S.DUE,
    (S.UNKNOWN, Event.CANCEL): S.CANCELLED,
    (S.PAUSED, Event.RESUME): S.SCHEDULED,
    (S.PAUSED, Event.FALL_DUE): S.DUE,
    (S.PAUSED, Event.SCHEDULE): S.SCHEDULED,
    (S.PAUSED, Event.CANCEL): S.CANCELLED,
    (S.PAUSED, Event.UNSCHEDULE): S.DRAFT,
    (S.CANCELLED, Event.UNSCHEDULE): S.DRAFT,
    (S.CANCELLED, Event.SCHEDULE): S.SCHEDULED,
}

#: States in which the engine has nothing more to do with a target.
TERMINAL: frozenset[TargetState] = frozenset({S.PUBLISHED, S.CANCELLED})

#: States in which a target sends (or sent) exactly its frozen snapshot: what it will send was
#: fixed when it left `scheduled`, so the composer shows it read-only (ARCHITECTURE.md, "What
#: is sent is frozen"). A target handed off to the network's scheduler is frozen too, although
#: it stays `scheduled` here.
FROZEN: frozenset[TargetState] = frozenset({S.DUE, S.PUBLISHING, S.UNKNOWN, S.PUBLISHED, S.FAILED_RETRYABLE})

#: States the user can edit the content of without risking a half-sent post.
EDITABLE: frozenset[TargetState] = frozenset(S) - FROZEN

#: States the composer and the calendar move a target between themselves (scheduling and
#: unscheduling); every other state is the engine's.
USER_STATES: frozenset[TargetState] = frozenset({S.DRAFT, S.SCHEDULED})

#: States from which falling due fixes the content afresh: the user could edit it there. From
#: `failed_retryable` (a retry) or `unknown` → `due` (looked up, not found) the target resends
#: exactly what it sent before, so its snapshot is kept.
_REFREEZE_FROM: frozenset[TargetState] = frozenset({S.DRAFT, S.SCHEDULED, S.PAUSED, S.FAILED})


def apply(state: TargetState, event: Event) -> TargetState:
    """Return the state after `event`.

    Args:
        state: the current state.
        event: what happened.

    Returns:
        The next state.

    Raises:
        IllegalTransition: the event is not allowed in this state.
    """
    try:
        return _TABLE[(state, event)]
    except KeyError:
        raise IllegalTransition(state, event) from None


def allowed(state: TargetState, event: Event) -> bool:
    """Whether `event` may happen in `state`."""
    return (state, event) in _TABLE


def events_from(state: TargetState) -> frozenset[Event]:
    """Every event allowed in `state` (the UI enables its actions from this)."""
    return frozenset(e for (s, e) in _TABLE if s is state)


def user_event(stored: TargetState, wanted: TargetState) -> Event | None:
    """The event a save or a calendar edit applies to move a target from `stored` to `wanted`.

    Only the user's own moves between draft and scheduled are made this way; anything else
    (a state the engine owns on either side, or no change) is None: the stored state stays.

    Args:
        stored: the state in the database now.
        wanted: the state the composer or the calendar asks for.

    Returns:
        SCHEDULE or UNSCHEDULE, or None when the state must not change.
    """
    if stored is wanted or stored not in USER_STATES or wanted not in USER_STATES:
        return None
    return Event.SCHEDULE if wanted is S.SCHEDULED else Event.UNSCHEDULE


def freezes_afresh(state: TargetState, event: Event) -> bool:
    """Whether `event` in `state` fixes what the target sends from the post as it is now.

    True when a target the user could still edit falls due; a retry or a resend after a lost
    answer keeps the content fixed before (see `_REFREEZE_FROM`).
    """
    return event is Event.FALL_DUE and state in _REFREEZE_FROM


def recover_after_restart(state: TargetState) -> TargetState:
    """The state a target found at start-up should be in.

    A target left in `publishing` had its request possibly sent by a process that died: its
    answer is lost, so it becomes `unknown` (and will be looked up, never resent blindly).

    Args:
        state: the state read from the database.

    Returns:
        The state to continue from.
    """
    if state is S.PUBLISHING:
        return apply(state, Event.ANSWER_LOST)
    return state


class CatchUpMode(StrEnum):
    """What the user wants done with posts that fell due while the app was not running."""

    ASK = "ask"
    PUBLISH = "publish"
    SKIP_AFTER = "skip_after"  # publish if at most N minutes late, otherwise skip


class CatchUpDecision(StrEnum):
    """What to do with one late target."""

    ON_TIME = "on_time"  # not late enough to be a catch-up: publish as normal
    PUBLISH = "publish"
    ASK = "ask"
    SKIP = "skip"


@dataclass(frozen=True, slots=True)
class CatchUpPolicy:
    """The user's catch-up choice (default: ask).

    Attributes:
        mode: the choice.
        skip_after: with SKIP_AFTER, how late a post may still go out.
        grace: how late a post may be and still count as on time (a running engine is
            seconds late; more than this means the app was closed or the machine slept).
    """

    mode: CatchUpMode = CatchUpMode.ASK
    skip_after: timedelta = timedelta(minutes=60)
    grace: timedelta = timedelta(minutes=2)

    def decide(self, scheduled_at: datetime, now: datetime) -> CatchUpDecision:
        """Decide for a target scheduled at `scheduled_at`, seen due at `now` (both UTC)."""
        late = now - scheduled_at
        if late <= self.grace:
            return CatchUpDecision.ON_TIME
        if self.mode is CatchUpMode.PUBLISH:
            return CatchUpDecision.PUBLISH
        if self.mode is CatchUpMode.SKIP_AFTER:
            return CatchUpDecision.PUBLISH if late <= self.skip_after else CatchUpDecision.SKIP
        return CatchUpDecision.ASK
