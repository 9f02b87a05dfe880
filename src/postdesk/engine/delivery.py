"""Sending one target, and resolving one `unknown` target, with every transition committed first.

The order inside `send` is the whole guarantee against duplicates and losses:

1. wait for the account's rate budget (nothing is committed yet, so a crash here loses nothing);
2. commit `due → publishing` with the attempt and the idempotency key;
3. make the request;
4. commit what the network said (`published`, `failed_retryable`, `failed`, or `unknown`).

A crash between 2 and 4 leaves `publishing`, which the next start turns into `unknown`; an
`unknown` target is only sent again after the network has said it does not have the post.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timedelta
from typing import Any, TypeVar

from postdesk.core.entities import TargetState
from postdesk.core.networks import Network
from postdesk.core.retry import BackoffPolicy, Jitter
from postdesk.core.states import Event
from postdesk.engine.clock import Clock
from postdesk.engine.connectivity import Connectivity
from postdesk.engine.events import EventSink, NeedsAttention, TargetChanged
from postdesk.engine.ledger import HANDOFF_PENDING, Ledger, Outcome, StaleState, Work, plan
from postdesk.log import get_logger
from postdesk.platforms.base import (
    Adapter,
    AdapterError,
    AnswerLost,
    AuthExpired,
    Capability,
    Published,
    PublishRequest,
    RateLimited,
    Rejected,
    Transient,
)

_log = get_logger("engine.delivery")
S = TargetState
T = TypeVar("T")

#: Runs a ledger call on the engine's database thread.
DbCall = Callable[..., Awaitable[Any]]


def request_for(work: Work) -> PublishRequest:
    """The adapter request for a target (same idempotency key on every attempt)."""
    return PublishRequest(
        target_id=work.target_id,
        account_id=work.account_id,
        parts=work.parts,
        options=work.options,
        idempotency_key=work.idempotency_key or "",
    )


class Delivery:
    """Sends targets through their adapters and records the outcome.

    Attributes:
        adapters: the adapter of each network.
        backoff: the retry policy.
    """

    def __init__(
        self,
        ledger: Ledger,
        db: DbCall,
        adapters: Mapping[Network, Adapter],
        clock: Clock,
        connectivity: Connectivity,
        emit: EventSink,
        *,
        backoff: BackoffPolicy,
        jitter: Jitter,
    ) -> None:
        self.adapters = adapters
        self.backoff = backoff
        self._ledger = ledger
        self._db = db
        self._clock = clock
        self._connectivity = connectivity
        self._emit = emit
        self._jitter = jitter

    def adapter_for(self, work: Work) -> Adapter | None:
        """The adapter serving the target's network, if any."""
        try:
            return self.adapters.get(Network(work.network))
        except ValueError:
            return None

    async def _move(self, work: Work, expect: tuple[TargetState, ...], event: Event,
                    outcome: Outcome) -> Work:
        moved: Work = await self._db(self._ledger.move, work.target_id, expect, event,
                                     self._clock.now(), outcome)
        self._emit(TargetChanged(
            target_id=moved.target_id, post_id=moved.post_id, network=moved.network,
            state=moved.state, reason_code=outcome.reason_code, reason_text=outcome.reason_text,
            remote_url=moved.remote_url, next_attempt_at=outcome.next_attempt_at,
        ))
        return moved

    async def send(self, work: Work) -> Work | None:
        """Publish a `due` target; return it as committed afterwards (None if it moved away)."""
        adapter = self.adapter_for(work)
        if adapter is None:
            await self._move(work, (S.DUE,), Event.PAUSE,
                             Outcome("no_adapter", reason_code="no_adapter"))
            return None
        try:
            work = await self._db(self._ledger.begin_send, work.target_id, self._clock.now())
        except StaleState:
            return None
        self._emit(TargetChanged(target_id=work.target_id, post_id=work.post_id,
                                 network=work.network, state=work.state))
        request = request_for(work)
        try:
            published = await adapter.publish(request)
        except AnswerLost as error:
            return await self._answer_lost(work, adapter, error)
        except RateLimited as error:
            return await self._transient(work, error, "rate_limited", error.retry_after)
        except Transient as error:
            if error.http_status is None:
                self._connectivity.lost()
            return await self._transient(work, error, "transient", None)
        except AuthExpired as error:
            moved = await self._move(work, (S.PUBLISHING,), Event.SEND_FAILED_TRANSIENT, Outcome(
                "auth_expired", reason_code="auth_expired", reason_text=error.network_message,
                attempt_outcome="auth_expired", http_status=error.http_status,
            ))
            self._emit(NeedsAttention(work.target_id, work.post_id, "auth_expired",
                                      error.network_message or None))
            return moved
        except Rejected as error:
            return await self._move(work, (S.PUBLISHING,), Event.SEND_FAILED_PERMANENT, Outcome(
                "rejected", reason_code="rejected", reason_text=error.reason,
                attempt_outcome="rejected", http_status=error.http_status,
            ))
        except Exception as error:  # an adapter bug: the request may have left, so never resend
            _log.exception("adapter %s crashed while publishing target %s",
                           work.network, work.target_id)
            return await self._answer_lost(work, adapter, AnswerLost(repr(error)))
        moved = await self._published(work, published, Event.SENT, "published")
        await self._first_comment(moved, adapter)
        return moved

    async def _published(self, work: Work, published: Published, event: Event,
                         code: str) -> Work:
        return await self._move(work, (work.state,), event, Outcome(
            code, remote_id=published.remote_id, remote_url=published.remote_url,
            attempt_outcome="published" if work.state is S.PUBLISHING else None,
            detail={"remote_id": published.remote_id},
        ))

    async def _answer_lost(self, work: Work, adapter: Adapter, error: AdapterError) -> Work:
        settle = self._clock.now() + adapter.lookup_settle
        return await self._move(work, (S.PUBLISHING,), Event.ANSWER_LOST, Outcome(
            "answer_lost", reason_code="answer_lost", reason_text=str(error),
            attempt_outcome="answer_lost", next_attempt_at=settle,
        ))

    async def _transient(self, work: Work, error: AdapterError, code: str,
                         retry_after: timedelta | None) -> Work:
        if self.backoff.exhausted(work.attempts):
            moved = await self._move(work, (S.PUBLISHING,), Event.SEND_FAILED_PERMANENT, Outcome(
                "gave_up", reason_code="gave_up", reason_text=error.network_message or str(error),
                attempt_outcome=code, http_status=error.http_status,
                detail={"attempts": work.attempts},
            ))
            self._emit(NeedsAttention(work.target_id, work.post_id, "gave_up",
                                      error.network_message or None))
            return moved
        delay = self.backoff.delay(work.attempts, self._jitter, retry_after)
        return await self._move(work, (S.PUBLISHING,), Event.SEND_FAILED_TRANSIENT, Outcome(
            code, reason_code=code, reason_text=error.network_message or str(error),
            attempt_outcome=code, http_status=error.http_status,
            next_attempt_at=self._clock.now() + delay,
            detail={"retry_in_s": round(delay.total_seconds(), 3),
                    "retry_after_s": None if retry_after is None else retry_after.total_seconds()},
        ))

    async def _first_comment(self, work: Work, adapter: Adapter) -> None:
        text = str(work.options.get("first_comment") or "").strip()
        if not text or work.remote_id is None:
            return
        if Capability.FIRST_COMMENT not in adapter.capabilities:
            await self._db(self._ledger.record, work.post_id, work.target_id,
                           "first_comment_unsupported", {}, self._clock.now())
            return
        try:
            comment = await adapter.first_comment(work.account_id, work.remote_id, text)
        except AdapterError as error:
            # The post is out; a missing comment is worth telling, not worth a resend.
            await self._db(self._ledger.record, work.post_id, work.target_id,
                           "first_comment_failed",
                           {"network_message": error.network_message or str(error)},
                           self._clock.now())
            self._emit(NeedsAttention(work.target_id, work.post_id, "first_comment_failed",
                                      error.network_message or None))
            return
        await self._db(self._ledger.record, work.post_id, work.target_id,
                       "first_comment_published", {"remote_id": comment.remote_id},
                       self._clock.now())

    async def resolve_unknown(self, work: Work) -> Work | None:
        """Ask the network whether an `unknown` target's post exists, and act on the answer.

        Found → `published`. Not found → `due` and sent again (same idempotency key). No answer
        → asked again later. No lookup on this network → the user decides.
        """
        adapter = self.adapter_for(work)
        now = self._clock.now()
        if adapter is None or Capability.LOOKUP not in adapter.capabilities:
            await self._db(plan, self._ledger, work.target_id, (S.UNKNOWN,),
                           now + timedelta(days=3650), "unknown_needs_user")
            self._emit(NeedsAttention(work.target_id, work.post_id, "unknown_needs_user"))
            return None
        sent_at = work.send_started_at or now
        if sent_at + adapter.lookup_settle > now:
            await self._db(plan, self._ledger, work.target_id, (S.UNKNOWN,),
                           sent_at + adapter.lookup_settle, "answer_lost")
            return None
        try:
            found = await adapter.lookup(request_for(work), sent_at=sent_at)
        except (Transient, RateLimited, AuthExpired, AnswerLost) as error:
            retry_after = error.retry_after if isinstance(error, RateLimited) else None
            delay = self.backoff.delay(1, self._jitter, retry_after)
            await self._db(plan, self._ledger, work.target_id, (S.UNKNOWN,), now + delay,
                           "lookup_failed")
            return None
        if found is not None:
            return await self._published(work, found, Event.FOUND, "found_by_lookup")
        due = await self._move(work, (S.UNKNOWN,), Event.NOT_FOUND,
                               Outcome("not_found_by_lookup"))
        return await self.send(due)

    async def mark_published_by_user(self, work: Work) -> Work:
        """The user saw the post on the network: `unknown → published`."""
        return await self._move(work, (S.UNKNOWN,), Event.USER_MARK_PUBLISHED,
                                Outcome("user_marked_published"))

    async def hand_off(self, work: Work, when: datetime) -> bool:
        """Give a scheduled target to the network's own scheduler; return whether it took it."""
        adapter = self.adapter_for(work)
        if adapter is None or Capability.NATIVE_SCHEDULING not in adapter.capabilities:
            return False
        work = await self._db(self._ledger.set_handoff, work.target_id, HANDOFF_PENDING,
                              self._clock.now())
        base = request_for(work)
        request = PublishRequest(
            target_id=base.target_id, account_id=base.account_id, parts=base.parts,
            options=base.options, idempotency_key=base.idempotency_key, publish_at=when,
        )
        try:
            scheduled = await adapter.publish(request)
        except AnswerLost:
            # The network may hold it: stay "pending"; confirm_handoff looks it up when due.
            return True
        except AdapterError as error:
            await self._db(self._ledger.set_handoff, work.target_id, None, self._clock.now())
            await self._db(self._ledger.record, work.post_id, work.target_id, "hand_off_failed",
                           {"network_message": error.network_message or str(error)},
                           self._clock.now())
            return False
        await self._db(self._ledger.set_handoff, work.target_id, scheduled.remote_id,
                       self._clock.now())
        return True

    async def confirm_handoff(self, work: Work) -> Work | None:
        """After its time, check that a handed-off post went out (found → `published`).

        A hand-off whose request was never answered ("pending") and which the network does not
        have is taken back: the engine publishes it itself, now. A confirmed
        hand-off the network does not show is paused for the user: publishing it ourselves
        could double a post the network is merely slow to show.
        """
        adapter = self.adapter_for(work)
        if adapter is None or Capability.LOOKUP not in adapter.capabilities:
            return None
        try:
            found = await adapter.lookup(request_for(work),
                                         sent_at=work.send_started_at or self._clock.now())
        except AdapterError:
            return None  # asked again on a later pass
        if found is not None:
            return await self._published(work, found, Event.FOUND, "hand_off_published")
        if work.handoff_remote_id == HANDOFF_PENDING:
            work = await self._db(self._ledger.set_handoff, work.target_id, None,
                                  self._clock.now())
            due = await self._move(work, (S.SCHEDULED,), Event.FALL_DUE,
                                   Outcome("hand_off_taken_back"))
            return await self.send(due)
        self._emit(NeedsAttention(work.target_id, work.post_id, "hand_off_missing"))
        return await self._move(work, (S.SCHEDULED,), Event.PAUSE,
                                Outcome("hand_off_missing", reason_code="hand_off_missing"))
