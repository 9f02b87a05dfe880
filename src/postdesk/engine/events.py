"""Engine → UI events: immutable data, delivered on the engine thread to one sink.

The engine never touches Qt; `engine/qt_bridge.py` turns these into a Qt signal on the UI
thread, and headless mode logs them. Codes (`reason_code`, `code`) are stable strings the UI
words; `reason_text` is the network's own message, shown as is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from postdesk.core.entities import TargetState


@dataclass(frozen=True, slots=True)
class EngineEvent:
    """Base of every engine event."""


@dataclass(frozen=True, slots=True)
class EngineStarted(EngineEvent):
    """The engine is running.

    Attributes:
        recovered_unknown: targets found mid-send at start and now `unknown`.
    """

    recovered_unknown: int


@dataclass(frozen=True, slots=True)
class EngineStopped(EngineEvent):
    """The engine has stopped."""


@dataclass(frozen=True, slots=True)
class TargetChanged(EngineEvent):
    """A target moved in the state machine.

    Attributes:
        target_id: the target.
        post_id: its post.
        network: the network key.
        state: the new state.
        reason_code: why (e.g. "rate_limited", "rejected", "auth_expired"), or None.
        reason_text: the network's words, or None.
        remote_url: the published post's link, when published.
        next_attempt_at: when a retry is planned (UTC), or None.
        reason_params: the parameters of a problem Postdesk itself found (attachment name,
            sizes ...), as sorted (name, value) pairs; empty otherwise.
    """

    target_id: int
    post_id: int
    network: str
    state: TargetState
    reason_code: str | None = None
    reason_text: str | None = None
    remote_url: str | None = None
    next_attempt_at: datetime | None = None
    reason_params: tuple[tuple[str, str | int | float], ...] = ()


@dataclass(frozen=True, slots=True)
class LateTarget:
    """A target that fell due while the app was closed or the machine slept.

    Attributes:
        target_id: the target.
        post_id: its post.
        network: the network key.
        scheduled_at: when it should have gone out (UTC).
    """

    target_id: int
    post_id: int
    network: str
    scheduled_at: datetime


@dataclass(frozen=True, slots=True)
class CatchUpRequired(EngineEvent):
    """Late targets wait for the user's decision (catch-up policy "ask").

    Attributes:
        targets: the late targets, in schedule order.
    """

    targets: tuple[LateTarget, ...]


@dataclass(frozen=True, slots=True)
class NeedsAttention(EngineEvent):
    """Something only the user can resolve (reconnect an account, decide about `unknown`).

    Attributes:
        target_id: the target concerned.
        post_id: its post.
        code: "auth_expired", "unknown_needs_user", "gave_up" ...
        text: the network's words, if any.
    """

    target_id: int
    post_id: int
    code: str
    text: str | None = None


@dataclass(frozen=True, slots=True)
class ConnectivityChanged(EngineEvent):
    """The network came back or went away.

    Attributes:
        online: whether the engine believes it can reach the networks.
        waiting: due targets waiting for the network.
    """

    online: bool
    waiting: int = 0


@dataclass(frozen=True, slots=True)
class ClockJumped(EngineEvent):
    """Wall-clock time moved differently from elapsed time (sleep, or the clock was set).

    Attributes:
        seconds: wall-clock seconds beyond elapsed time (positive after a sleep).
    """

    seconds: float


@dataclass(frozen=True, slots=True)
class OutboxDrained(EngineEvent):
    """Queued offline actions were replayed.

    Attributes:
        done: actions completed.
        failed: actions that failed for good.
    """

    done: int
    failed: int


@dataclass(frozen=True, slots=True)
class InboxUpdated(EngineEvent):
    """An account's inbox was synced and has new items (or a reply went out).

    Attributes:
        account_id: the account.
        new_count: items not seen before.
    """

    account_id: int
    new_count: int


#: Receives events on the engine thread; must not block.
EventSink = Callable[[EngineEvent], None]
