"""Sending one target, and resolving one `unknown` target, with every transition committed first.

The order inside `send` is the whole guarantee against duplicates and losses:

1. wait for the account's rate budget (nothing is committed yet, so a crash here loses nothing);
2. commit `due → publishing` with the attempt and the idempotency key;
3. make the request;
4. commit what the network said (`published`, `failed_retryable`, `failed`, or `unknown`).

A crash between 2 and 4 leaves `publishing`, which the next start turns into `unknown`; an
`unknown` target is only sent again after the network has said it does not have the post.

Media: a target's media (its override, else the post's) are the library's content-addressed
blobs (`media.storage.blob_path` under `Paths.media`), sent as `PublishRequest.media_paths` with
their alt texts aligned in `options["alt_texts"]`. A blob gone from disk fails the target for
good (`media_missing`): the request never leaves without the media the user chose.

Accounts: an adapter's `AuthExpired` means the network refused the token even after the
adapter's own refresh. The account is flagged `needs_reconnect`, the target waits in
`failed_retryable` with reason `needs_reconnect` and no retry planned, and the attempt does not
count against the retry budget; the engine picks it up again once the account is connected.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol, TypeVar

from postdesk.core.entities import TargetState
from postdesk.core.networks import Network
from postdesk.core.retry import BackoffPolicy, Jitter
from postdesk.core.states import Event
from postdesk.engine.clock import Clock
from postdesk.engine.connectivity import Connectivity
from postdesk.engine.events import EventSink, NeedsAttention, TargetChanged
from postdesk.engine.landing import CANNOT_SAVE, land
from postdesk.engine.ledger import (
    HANDOFF_PENDING,
    NEEDS_RECONNECT,
    Ledger,
    Outcome,
    StaleState,
    Work,
    plan,
)
from postdesk.log import get_logger
from postdesk.media.storage import blob_path
from postdesk.platforms.base import (
    SIGN_INS_LOCKED,
    Adapter,
    AdapterError,
    AnswerLost,
    AuthExpired,
    Published,
    PublishRequest,
    RateLimited,
    Rejected,
    Transient,
)
from postdesk.platforms.capabilities import SupportsFirstComment, SupportsLookup, SupportsNativeSchedule

_log = get_logger("engine.delivery")
S = TargetState
T = TypeVar("T")


class DbCall(Protocol):
    """Runs a ledger call on the engine's database thread and answers with its result."""

    def __call__(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Awaitable[T]: ...


MEDIA_MISSING = "media_missing"
#: "Always require alt text" is on and an image has none (`core.validation.ProblemCode.ALT_TEXT_REQUIRED`).
ALT_TEXT_REQUIRED = "alt_text_required"


@dataclass(frozen=True, slots=True)
class ResolvedMedia:
    """A target's media as files on disk.

    Attributes:
        paths: the blob of each medium, in order.
        alt_texts: the alt text of each, aligned with `paths` ("" where none).
        missing: names of the media whose blob (or asset) is gone.
        names: the name the user knows each medium by, aligned with `paths` (for problem words).
    """

    paths: tuple[str, ...] = ()
    alt_texts: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    names: tuple[str, ...] = ()


def request_for(work: Work, media: ResolvedMedia | None = None) -> PublishRequest:
    """The adapter request for a target (same idempotency key on every attempt)."""
    options: Mapping[str, Any] = work.options
    if media is not None and media.paths:
        options = {**work.options, "alt_texts": list(media.alt_texts)}
    return PublishRequest(
        target_id=work.target_id,
        account_id=work.account_id,
        parts=work.parts,
        media_paths=() if media is None else media.paths,
        options=options,
        idempotency_key=work.idempotency_key or "",
    )


def _words(error: AdapterError) -> str | None:
    """The words shown after the reason: the network's own, or none.

    The reason code (a problem code such as `platforms.base.ANSWER_TOO_SLOW`, or "transient",
    "gave_up" ...) is worded by the UI. The adapter's own English message ("could not reach
    host: ConnectError") is not the network's and would read as if the network had said it:
    it goes to the activity detail as "error", for the log.
    """
    return error.network_message or None


def problem_detail(error: AdapterError, media: ResolvedMedia | None = None) -> dict[str, Any]:
    """The activity detail of a failure Postdesk itself found (`error.problem`): its parameters.

    The UI words the problem code with `params`; the adapter's English sentence is kept under
    "problem" for the log only. An attachment named by its position (`index`) also gets the
    name the user knows it by: the blob's own file name is a digest.
    """
    params: dict[str, Any] = dict(error.params)
    if media is not None and media.names:
        index = params.get("index")
        if index is None and len(media.names) == 1:
            index = 0
        if isinstance(index, int) and 0 <= index < len(media.names) and media.names[index]:
            params.setdefault("name", media.names[index])
    return {"problem": str(error), "params": params} if params else {"problem": str(error)}


def _pairs(params: object) -> tuple[tuple[str, str | int | float], ...]:
    """A problem's parameters as the event carries them (sorted pairs: the event stays hashable)."""
    if not isinstance(params, Mapping):
        return ()
    return tuple(sorted((str(k), v) for k, v in params.items() if isinstance(v, str | int | float)))


def failure_detail(error: AdapterError, media: ResolvedMedia | None = None) -> dict[str, Any]:
    """The activity detail of a failed side request (first comment, hand-off).

    A problem code Postdesk found, with its parameters, for the UI to word (with the network's
    words beside it when it gave some); else the network's words; else the adapter's own English
    under "error", for the log only (shown as the network's words it would misattribute them).
    """
    if error.problem:
        detail = {"reason_code": error.problem, **problem_detail(error, media)}
        if error.network_message:
            detail["network_message"] = error.network_message
        return detail
    if error.network_message:
        return {"network_message": error.network_message}
    return {"error": str(error)}


class Delivery:
    """Sends targets through their adapters and records the outcome.

    Attributes:
        adapters: the adapter of each network.
        backoff: the retry policy.
        media_dir: the library's blob store (`Paths.media`); None: targets with media fail.
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
        media_dir: Path | None = None,
    ) -> None:
        self.adapters = adapters
        self.backoff = backoff
        self.media_dir = media_dir
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

    def _resolve_media(self, target_id: int) -> ResolvedMedia:
        """Find a target's media blobs (runs on the database thread: it reads and stats)."""
        refs = self._ledger.media_for(target_id)
        paths: list[str] = []
        alts: list[str] = []
        names: list[str] = []
        missing: list[str] = []
        for ref in refs:
            if ref.sha256 is None or self.media_dir is None:
                missing.append(ref.name or f"asset {ref.asset_id}")
                continue
            path = blob_path(self.media_dir, ref.sha256)
            if not os.path.isfile(path):
                missing.append(ref.name)
                continue
            paths.append(str(path))
            alts.append(ref.alt_text)
            names.append(ref.name or "")
        return ResolvedMedia(tuple(paths), tuple(alts), tuple(missing), tuple(names))

    async def _move(self, work: Work, expect: tuple[TargetState, ...], event: Event, outcome: Outcome) -> Work:
        args = (self._ledger.move, work.target_id, expect, event, self._clock.now(), outcome)
        # After a request left (or a lookup found the post) the answer exists only in memory:
        # a store that cannot write just now is retried until it can (engine.landing).
        moved: Work
        if work.state is S.PUBLISHING or event is Event.FOUND:

            def tell(_error: object) -> None:  # once: the disk needs room (the tray says so)
                self._emit(NeedsAttention(work.target_id, work.post_id, CANNOT_SAVE))

            moved = await land(self._db, *args, on_wait=tell)
        else:
            moved = await self._db(*args)
        self._emit(
            TargetChanged(
                target_id=moved.target_id,
                post_id=moved.post_id,
                network=moved.network,
                state=moved.state,
                reason_code=outcome.reason_code,
                reason_text=outcome.reason_text,
                remote_url=moved.remote_url,
                next_attempt_at=outcome.next_attempt_at,
                reason_params=_pairs(outcome.detail.get("params")),
            )
        )
        return moved

    async def send(self, work: Work) -> Work | None:
        """Publish a `due` target; return it as committed afterwards (None if it moved away)."""
        adapter = self.adapter_for(work)
        if adapter is None:
            await self._move(work, (S.DUE,), Event.PAUSE, Outcome("no_adapter", reason_code="no_adapter"))
            return None
        try:
            media = await self._db(self._resolve_media, work.target_id)
        except Exception:
            _log.exception("reading the media of target %s failed", work.target_id)
            return None  # left `due`: the next pass tries again
        try:
            work = await self._db(self._ledger.begin_send, work.target_id, self._clock.now())
        except StaleState:
            return None
        self._emit(
            TargetChanged(target_id=work.target_id, post_id=work.post_id, network=work.network, state=work.state)
        )
        if media.missing:
            return await self._media_missing(work, media.missing)
        # The composer's own rule, applied again before sending: the user's "Always require alt text".
        gaps = await self._db(self._ledger.alt_text_missing, work.target_id)
        if gaps:
            return await self._media_missing(work, tuple(gaps), ALT_TEXT_REQUIRED)
        request = request_for(work, media)
        try:
            published = await adapter.publish(request)
        except AnswerLost as error:
            return await self._answer_lost(work, adapter, error)
        except RateLimited as error:
            return await self._transient(work, error, "rate_limited", error.retry_after)
        except Transient as error:
            if error.problem == SIGN_INS_LOCKED:
                # Nothing reached the network and nothing is wrong with it or the account.
                return await self._transient(work, error, SIGN_INS_LOCKED, None)
            if error.http_status is None:
                self._connectivity.lost()
            return await self._transient(work, error, "transient", None)
        except AuthExpired as error:
            return await self._auth_expired(work, error)
        except Rejected as error:
            if error.problem:
                # Postdesk refused it itself (a file it cannot read, a limit it checks): the UI
                # words the code and its parameters; the network said nothing.
                return await self._move(
                    work,
                    (S.PUBLISHING,),
                    Event.SEND_FAILED_PERMANENT,
                    Outcome(
                        error.problem,
                        reason_code=error.problem,
                        reason_text=error.network_message or None,
                        attempt_outcome="rejected",
                        http_status=error.http_status,
                        detail=problem_detail(error, media),
                    ),
                )
            return await self._move(
                work,
                (S.PUBLISHING,),
                Event.SEND_FAILED_PERMANENT,
                Outcome(
                    "rejected",
                    reason_code="rejected",
                    reason_text=error.reason,
                    attempt_outcome="rejected",
                    http_status=error.http_status,
                ),
            )
        except Exception as error:  # an adapter bug: the request may have left, so never resend
            _log.exception("adapter %s crashed while publishing target %s", work.network, work.target_id)
            return await self._answer_lost(work, adapter, AnswerLost(repr(error)))
        moved = await self._published(work, published, Event.SENT, "published")
        await self._first_comment(moved, adapter)
        return moved

    async def _media_missing(self, work: Work, missing: tuple[str, ...], code: str = MEDIA_MISSING) -> Work:
        # Committed as a failed attempt although nothing left: the target was `publishing`.
        names = ", ".join(missing)
        moved = await self._move(
            work,
            (S.PUBLISHING,),
            Event.SEND_FAILED_PERMANENT,
            Outcome(
                code,
                reason_code=code,
                reason_text=names,
                attempt_outcome=code,
                detail={"missing": list(missing)},
            ),
        )
        self._emit(NeedsAttention(work.target_id, work.post_id, code, names))
        return moved

    async def _auth_expired(self, work: Work, error: AuthExpired) -> Work:
        if work.account_id is not None:
            await self._db(self._ledger.mark_account_needs_reconnect, work.account_id)
        # No next attempt: the target comes back when the account is connected again.
        moved = await self._move(
            work,
            (S.PUBLISHING,),
            Event.SEND_FAILED_TRANSIENT,
            Outcome(
                "auth_expired",
                reason_code=NEEDS_RECONNECT,
                reason_text=error.network_message or None,
                attempt_outcome="auth_expired",
                http_status=error.http_status,
                detail={"account_id": work.account_id},
            ),
        )
        self._emit(NeedsAttention(work.target_id, work.post_id, NEEDS_RECONNECT, error.network_message or None))
        return moved

    async def hold_for_reconnect(self, work: Work) -> Work | None:
        """Keep a `due` target of an account that needs reconnecting from being sent.

        The hold is committed, shown and announced once; later passes leave it alone.
        """
        if work.reason_code == NEEDS_RECONNECT:
            return work
        try:
            held = await self._db(self._ledger.hold_for_reconnect, work.target_id, self._clock.now())
        except StaleState:
            return None
        self._emit(
            TargetChanged(
                target_id=held.target_id,
                post_id=held.post_id,
                network=held.network,
                state=held.state,
                reason_code=NEEDS_RECONNECT,
            )
        )
        self._emit(NeedsAttention(held.target_id, held.post_id, NEEDS_RECONNECT))
        return held

    async def _published(self, work: Work, published: Published, event: Event, code: str) -> Work:
        return await self._move(
            work,
            (work.state,),
            event,
            Outcome(
                code,
                remote_id=published.remote_id,
                remote_url=published.remote_url,
                attempt_outcome="published" if work.state is S.PUBLISHING else None,
                detail={"remote_id": published.remote_id},
            ),
        )

    async def _answer_lost(self, work: Work, adapter: Adapter, error: AdapterError) -> Work:
        settle = self._clock.now() + adapter.lookup_settle
        # A problem code (too slow, too large, garbled) says more than "no answer"; the UI words it.
        code = error.problem or "answer_lost"
        return await self._move(
            work,
            (S.PUBLISHING,),
            Event.ANSWER_LOST,
            Outcome(
                code,
                reason_code=code,
                reason_text=_words(error),
                attempt_outcome="answer_lost",
                next_attempt_at=settle,
                detail=problem_detail(error) if error.problem else {"error": str(error)},
            ),
        )

    async def _transient(self, work: Work, error: AdapterError, code: str, retry_after: timedelta | None) -> Work:
        attempts = await self._db(self._ledger.counted_attempts, work.target_id)
        if self.backoff.exhausted(attempts):
            moved = await self._move(
                work,
                (S.PUBLISHING,),
                Event.SEND_FAILED_PERMANENT,
                Outcome(
                    "gave_up",
                    reason_code="gave_up",
                    reason_text=_words(error),
                    attempt_outcome=code,
                    http_status=error.http_status,
                    detail={"attempts": attempts, "error": str(error)},
                ),
            )
            self._emit(NeedsAttention(work.target_id, work.post_id, "gave_up", error.network_message or None))
            return moved
        delay = self.backoff.delay(attempts, self._jitter, retry_after)
        shown = error.problem or code  # a problem code says more than "transient"
        return await self._move(
            work,
            (S.PUBLISHING,),
            Event.SEND_FAILED_TRANSIENT,
            Outcome(
                shown,
                reason_code=shown,
                reason_text=_words(error),
                attempt_outcome=code,
                http_status=error.http_status,
                next_attempt_at=self._clock.now() + delay,
                detail={
                    "error": str(error),
                    "retry_in_s": round(delay.total_seconds(), 3),
                    "retry_after_s": None if retry_after is None else retry_after.total_seconds(),
                    **({"params": dict(error.params)} if error.params else {}),
                },
            ),
        )

    async def _first_comment(self, work: Work, adapter: Adapter) -> None:
        text = str(work.options.get("first_comment") or "").strip()
        if not text or work.remote_id is None:
            return
        if not isinstance(adapter, SupportsFirstComment):
            await self._db(
                self._ledger.record, work.post_id, work.target_id, "first_comment_unsupported", {}, self._clock.now()
            )
            return
        try:
            comment = await adapter.first_comment(work.account_id, work.remote_id, text)
        except AdapterError as error:
            # The post is out; a missing comment is worth telling, not worth a resend.
            await self._db(
                self._ledger.record,
                work.post_id,
                work.target_id,
                "first_comment_failed",
                failure_detail(error),
                self._clock.now(),
            )
            self._emit(
                NeedsAttention(work.target_id, work.post_id, "first_comment_failed", error.network_message or None)
            )
            return
        await self._db(
            self._ledger.record,
            work.post_id,
            work.target_id,
            "first_comment_published",
            {"remote_id": comment.remote_id},
            self._clock.now(),
        )

    async def resolve_unknown(self, work: Work) -> Work | None:
        """Ask the network whether an `unknown` target's post exists, and act on the answer.

        Found → `published`. Not found → `due` and sent again (same idempotency key). No answer
        → asked again later. No lookup on this network → the user decides.
        """
        adapter = self.adapter_for(work)
        now = self._clock.now()
        if not isinstance(adapter, SupportsLookup):
            await self._db(
                plan, self._ledger, work.target_id, (S.UNKNOWN,), now + timedelta(days=3650), "unknown_needs_user"
            )
            self._emit(NeedsAttention(work.target_id, work.post_id, "unknown_needs_user"))
            return None
        sent_at = work.send_started_at or now
        if sent_at + adapter.lookup_settle > now:
            await self._db(
                plan, self._ledger, work.target_id, (S.UNKNOWN,), sent_at + adapter.lookup_settle, "answer_lost"
            )
            return None
        try:
            found = await adapter.lookup(request_for(work), sent_at=sent_at)
        except (Transient, RateLimited, AuthExpired, AnswerLost) as error:
            retry_after = error.retry_after if isinstance(error, RateLimited) else None
            delay = self.backoff.delay(1, self._jitter, retry_after)
            await self._db(plan, self._ledger, work.target_id, (S.UNKNOWN,), now + delay, "lookup_failed")
            return None
        if found is not None:
            # The send's answer was lost, so its first comment was never tried: post it now, once.
            moved = await self._published(work, found, Event.FOUND, "found_by_lookup")
            await self._first_comment(moved, adapter)
            return moved
        due = await self._move(work, (S.UNKNOWN,), Event.NOT_FOUND, Outcome("not_found_by_lookup"))
        return await self.send(due)

    async def mark_published_by_user(self, work: Work) -> Work:
        """The user saw the post on the network: `unknown → published`."""
        return await self._move(work, (S.UNKNOWN,), Event.USER_MARK_PUBLISHED, Outcome("user_marked_published"))

    async def hand_off(self, work: Work, when: datetime) -> bool:
        """Give a scheduled target to the network's own scheduler; return whether it took it."""
        adapter = self.adapter_for(work)
        if not isinstance(adapter, SupportsNativeSchedule):
            return False
        # Pending first: that freezes what the network gets, and the media are read from it.
        work = await self._db(self._ledger.set_handoff, work.target_id, HANDOFF_PENDING, self._clock.now())
        media = await self._db(self._resolve_media, work.target_id)
        if media.missing:
            await self._db(self._ledger.set_handoff, work.target_id, None, self._clock.now())
            await self._db(
                self._ledger.record,
                work.post_id,
                work.target_id,
                "hand_off_failed",
                {"reason_code": MEDIA_MISSING, "missing": list(media.missing)},
                self._clock.now(),
            )
            return False
        try:
            scheduled = await adapter.schedule(request_for(work, media), when)
        except AnswerLost:
            # The network may hold it: stay "pending"; confirm_handoff looks it up when due.
            return True
        except AdapterError as error:
            await self._db(self._ledger.set_handoff, work.target_id, None, self._clock.now())
            await self._db(
                self._ledger.record,
                work.post_id,
                work.target_id,
                "hand_off_failed",
                failure_detail(error, media),
                self._clock.now(),
            )
            return False
        await self._db(self._ledger.set_handoff, work.target_id, scheduled.remote_id, self._clock.now())
        return True

    async def confirm_handoff(self, work: Work) -> Work | None:
        """After its time, check that a handed-off post went out (found → `published`).

        A hand-off whose request was never answered ("pending") and which the network does not
        have is taken back: the engine publishes it itself, now. A confirmed
        hand-off the network does not show is paused for the user: publishing it ourselves
        could double a post the network is merely slow to show.
        """
        adapter = self.adapter_for(work)
        if not isinstance(adapter, SupportsLookup):
            return None
        try:
            found = await adapter.lookup(request_for(work), sent_at=work.send_started_at or self._clock.now())
        except AdapterError:
            return None  # asked again on a later pass
        if found is not None:
            # The network published it: the first comment is Postdesk's to post, once it is found.
            moved = await self._published(work, found, Event.FOUND, "hand_off_published")
            await self._first_comment(moved, adapter)
            return moved
        if work.handoff_remote_id == HANDOFF_PENDING:
            work = await self._db(self._ledger.set_handoff, work.target_id, None, self._clock.now())
            due = await self._move(work, (S.SCHEDULED,), Event.FALL_DUE, Outcome("hand_off_taken_back"))
            return await self.send(due)
        self._emit(NeedsAttention(work.target_id, work.post_id, "hand_off_missing"))
        return await self._move(
            work, (S.SCHEDULED,), Event.PAUSE, Outcome("hand_off_missing", reason_code="hand_off_missing")
        )
