"""The publishing state machine: the table, recovery after a crash, and catch-up decisions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from postdesk.core.entities import TargetState as S
from postdesk.core.states import (
    TERMINAL,
    CatchUpDecision,
    CatchUpMode,
    CatchUpPolicy,
    Event,
    IllegalTransition,
    allowed,
    apply,
    events_from,
    recover_after_restart,
)


def test_happy_path() -> None:
    state = S.DRAFT
    for event in (Event.SCHEDULE, Event.FALL_DUE, Event.SEND, Event.SENT):
        state = apply(state, event)
    assert state is S.PUBLISHED


def test_transient_failure_goes_back_to_due_after_backoff() -> None:
    assert apply(S.PUBLISHING, Event.SEND_FAILED_TRANSIENT) is S.FAILED_RETRYABLE
    assert apply(S.FAILED_RETRYABLE, Event.RETRY_DUE) is S.DUE


def test_unknown_is_never_resent_blindly() -> None:
    assert apply(S.PUBLISHING, Event.ANSWER_LOST) is S.UNKNOWN
    with pytest.raises(IllegalTransition):
        apply(S.UNKNOWN, Event.SEND)
    with pytest.raises(IllegalTransition):
        apply(S.UNKNOWN, Event.RETRY_DUE)
    assert apply(S.UNKNOWN, Event.FOUND) is S.PUBLISHED
    assert apply(S.UNKNOWN, Event.NOT_FOUND) is S.DUE
    assert apply(S.UNKNOWN, Event.USER_MARK_PUBLISHED) is S.PUBLISHED


def test_publishing_cannot_be_paused_or_cancelled() -> None:
    assert not allowed(S.PUBLISHING, Event.PAUSE)
    assert not allowed(S.PUBLISHING, Event.CANCEL)


def test_only_due_can_send() -> None:
    senders = {s for s in S if allowed(s, Event.SEND)}
    assert senders == {S.DUE}


def test_published_is_final() -> None:
    assert events_from(S.PUBLISHED) == frozenset()
    assert S.PUBLISHED in TERMINAL


def test_every_state_reachable_from_draft() -> None:
    seen, frontier = {S.DRAFT}, [S.DRAFT]
    while frontier:
        state = frontier.pop()
        for event in events_from(state):
            nxt = apply(state, event)
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    assert seen == set(S)


@pytest.mark.parametrize("state", list(S))
def test_recover_after_restart(state: S) -> None:
    expected = S.UNKNOWN if state is S.PUBLISHING else state
    assert recover_after_restart(state) is expected


def test_illegal_transition_carries_details() -> None:
    with pytest.raises(IllegalTransition) as info:
        apply(S.PUBLISHED, Event.SEND)
    assert info.value.state is S.PUBLISHED and info.value.event is Event.SEND


T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("mode", "late", "expected"),
    [
        (CatchUpMode.ASK, timedelta(seconds=30), CatchUpDecision.ON_TIME),
        (CatchUpMode.ASK, timedelta(hours=3), CatchUpDecision.ASK),
        (CatchUpMode.PUBLISH, timedelta(hours=3), CatchUpDecision.PUBLISH),
        (CatchUpMode.SKIP_AFTER, timedelta(minutes=30), CatchUpDecision.PUBLISH),
        (CatchUpMode.SKIP_AFTER, timedelta(minutes=61), CatchUpDecision.SKIP),
    ],
)
def test_catch_up_policy(mode: CatchUpMode, late: timedelta, expected: CatchUpDecision) -> None:
    policy = CatchUpPolicy(mode=mode, skip_after=timedelta(minutes=60))
    assert policy.decide(T0, T0 + late) is expected


def test_default_catch_up_is_ask() -> None:
    assert CatchUpPolicy().mode is CatchUpMode.ASK
