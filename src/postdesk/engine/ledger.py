"""The engine's reading and writing of the database: the schedule, and every state transition.

Every method is synchronous and runs one short transaction; the engine calls them on its single
database thread (`Engine._db`), never on its event loop, and never shares a session. A
transition is a compare-and-set: it names the state it expects, so two paths racing on one
target (the user pressing "cancel" as the alarm fires) cannot both win.
"""

from __future__ import annotations

import json
import uuid
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, func, or_
from sqlmodel import Session, col, select

from postdesk.core.entities import AccountStatus, TargetState
from postdesk.core.states import FROZEN, CatchUpMode, CatchUpPolicy, Event, apply, freezes_afresh
from postdesk.core.validation import images_missing_alt_text
from postdesk.store import instance_lock, snapshots
from postdesk.store.db import Database
from postdesk.store.post_writes import bump_row, transition
from postdesk.store.repositories.settings import SettingsRepository
from postdesk.store.snapshots import FrozenSend
from postdesk.store.tables import (
    AccountRow,
    ActivityRow,
    DeliveryAttemptRow,
    MediaAssetRow,
    PostRow,
    TargetRow,
)
from postdesk.store.tables_engine import TargetDeliveryRow

S = TargetState
#: `handoff_remote_id` while a hand-off request is out and its answer not yet committed.
HANDOFF_PENDING = "pending"
#: Reason code of a target held until its account is reconnected.
NEEDS_RECONNECT = "needs_reconnect"
#: Attempt outcomes that say nothing about the network's health, so they spend no retry.
_FREE_OUTCOMES = ("auth_expired", "sign_ins_locked")


class StaleState(RuntimeError):
    """The target was not in the expected state (someone else moved it first)."""


@dataclass(frozen=True, slots=True)
class Work:
    """A target as the engine needs it, detached from the database.

    Attributes:
        target_id: the target.
        post_id: its post.
        network: the network key.
        account_id: the account to publish as.
        state: its state when read.
        scheduled_at: the post's UTC instant, or None.
        parts: the thread parts it publishes.
        options: its network options.
        idempotency_key: the key, once the first send was committed.
        attempts: sends committed so far.
        send_started_at: when the last send was committed.
        next_attempt_at: when a retry or lookup is planned.
        handoff_remote_id: set when handed off to the network's scheduler.
        remote_id: the network's id of the published post.
        remote_url: its link.
        reason_code: the stored reason of the last failure or hold, if any.
    """

    target_id: int
    post_id: int
    network: str
    account_id: int | None
    state: TargetState
    scheduled_at: datetime | None
    parts: tuple[str, ...]
    options: dict[str, Any] = field(default_factory=dict)
    idempotency_key: str | None = None
    attempts: int = 0
    send_started_at: datetime | None = None
    next_attempt_at: datetime | None = None
    handoff_remote_id: str | None = None
    remote_id: str | None = None
    remote_url: str | None = None
    reason_code: str | None = None


@dataclass(frozen=True, slots=True)
class MediaRef:
    """One medium a target publishes, as the library stores it.

    Attributes:
        asset_id: the media asset id.
        sha256: the digest naming its blob, or None when the asset row is gone.
        alt_text: its description ("" if none).
        name: the file name it was imported under (for messages).
    """

    asset_id: int
    sha256: str | None
    alt_text: str = ""
    name: str = ""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What to write with a transition.

    Attributes:
        activity: the activity-log message code (kind is "delivery").
        detail: JSON detail for the activity log.
        reason_code: stored on the delivery row (None clears it).
        reason_text: the network's words (None clears it).
        next_attempt_at: the planned retry or lookup instant (None clears it).
        remote_id: the published post's id.
        remote_url: its link.
        attempt_outcome: closes the open delivery attempt with this outcome.
        http_status: the HTTP status of the attempt.
    """

    activity: str
    detail: dict[str, Any] = field(default_factory=dict)
    reason_code: str | None = None
    reason_text: str | None = None
    next_attempt_at: datetime | None = None
    remote_id: str | None = None
    remote_url: str | None = None
    attempt_outcome: str | None = None
    http_status: int | None = None
    awaiting_catch_up: bool = False


class Ledger:
    """The engine's view of the store.

    Attributes:
        db: the open database.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading ------------------------------------------------------------------------

    def _work(
        self,
        session: Session,
        target: TargetRow,
        post: PostRow,
        delivery: TargetDeliveryRow | bool | None = False,
        frozen: FrozenSend | bool | None = False,
    ) -> Work:
        """The Work of a target: once frozen, its text, options and account come only from the
        snapshot (`store.snapshots`), never from the post as edited since."""
        if delivery is False:
            delivery = session.get(TargetDeliveryRow, target.id)
        assert delivery is None or isinstance(delivery, TargetDeliveryRow)
        if frozen is False:
            frozen = snapshots.read(session, int(target.id or 0))
        assert frozen is None or isinstance(frozen, FrozenSend)
        if frozen is not None:
            network, account_id = frozen.network, frozen.account_id
            parts: tuple[str, ...] = frozen.parts
            options: dict[str, Any] = dict(frozen.options)
        else:
            source = target.override_parts_json if target.override_enabled else post.parts_json
            network, account_id = target.network, target.account_id
            parts = tuple(json.loads(source))
            options = json.loads(target.options_json or "{}")
        return Work(
            target_id=int(target.id or 0),
            post_id=int(post.id or 0),
            network=network,
            account_id=account_id,
            state=TargetState(target.state),
            scheduled_at=post.scheduled_at,
            parts=parts,
            options=options,
            idempotency_key=delivery.idempotency_key if delivery else None,
            attempts=delivery.attempts if delivery else 0,
            send_started_at=delivery.send_started_at if delivery else None,
            next_attempt_at=delivery.next_attempt_at if delivery else None,
            handoff_remote_id=delivery.handoff_remote_id if delivery else None,
            remote_id=target.remote_id,
            remote_url=target.remote_url,
            reason_code=delivery.reason_code if delivery else None,
        )

    def get(self, target_id: int) -> Work | None:
        """One target, or None if it (or its post) is gone."""
        with self.db.read_session() as session:
            target = session.get(TargetRow, target_id)
            if target is None:
                return None
            post = session.get(PostRow, target.post_id)
            if post is None:
                return None
            return self._work(session, target, post)

    def candidates(self, now: datetime) -> list[Work]:
        """Targets the engine should act on now, in schedule order.

        Scheduled targets whose time has come (not handed off, not waiting for the user's
        catch-up answer), due targets, retries whose backoff elapsed, and unknown targets whose
        next lookup is due. Soft-deleted posts are never included: a post deleted after it was
        scheduled must not go out at the old time.
        """
        delivery = TargetDeliveryRow
        stmt = (
            select(TargetRow, PostRow, delivery)
            .join(PostRow, col(PostRow.id) == col(TargetRow.post_id))
            .outerjoin(delivery, col(delivery.target_id) == col(TargetRow.id))
            .outerjoin(AccountRow, col(AccountRow.id) == col(TargetRow.account_id))
            .where(col(PostRow.deleted_at).is_(None))
            .where(
                or_(
                    and_(
                        col(TargetRow.state) == S.SCHEDULED.value,
                        col(PostRow.scheduled_at) <= now,
                        or_(
                            col(delivery.target_id).is_(None),
                            col(delivery.awaiting_catch_up).is_(False),
                        ),
                    ),
                    col(TargetRow.state) == S.DUE.value,
                    and_(
                        col(TargetRow.state).in_([S.FAILED_RETRYABLE.value, S.UNKNOWN.value]),
                        col(delivery.next_attempt_at) <= now,
                    ),
                    and_(col(TargetRow.state) == S.UNKNOWN.value, col(delivery.next_attempt_at).is_(None)),
                    # Held for a reconnect: back as soon as the account is connected again.
                    and_(
                        col(TargetRow.state) == S.FAILED_RETRYABLE.value,
                        col(delivery.reason_code) == NEEDS_RECONNECT,
                        col(delivery.next_attempt_at).is_(None),
                        col(AccountRow.status) == AccountStatus.CONNECTED.value,
                    ),
                )
            )
            .order_by(func.coalesce(col(PostRow.scheduled_at), col(PostRow.updated_at)), col(TargetRow.id))
        )
        with self.db.read_session() as session:
            rows = session.exec(stmt).all()
            frozen = snapshots.read_many(session, (int(t.id or 0) for t, _p, _d in rows))
            return [self._work(session, t, p, d, frozen.get(int(t.id or 0))) for t, p, d in rows]

    def awaiting_catch_up(self) -> list[Work]:
        """Targets waiting for the user's catch-up decision, in schedule order."""
        stmt = (
            select(TargetRow, PostRow)
            .join(PostRow, col(PostRow.id) == col(TargetRow.post_id))
            .join(TargetDeliveryRow, col(TargetDeliveryRow.target_id) == col(TargetRow.id))
            .where(col(PostRow.deleted_at).is_(None))
            .where(col(TargetRow.state) == S.SCHEDULED.value)
            .where(col(TargetDeliveryRow.awaiting_catch_up).is_(True))
            .order_by(col(PostRow.scheduled_at), col(TargetRow.id))
        )
        with self.db.read_session() as session:
            return [self._work(session, t, p) for t, p in session.exec(stmt).all()]

    def next_wake(self) -> datetime | None:
        """The earliest instant at which something in the schedule needs the engine."""
        with self.db.read_session() as session:
            scheduled = session.exec(
                select(func.min(col(PostRow.scheduled_at)))
                .join(TargetRow, col(TargetRow.post_id) == col(PostRow.id))
                .outerjoin(TargetDeliveryRow, col(TargetDeliveryRow.target_id) == col(TargetRow.id))
                .where(col(PostRow.deleted_at).is_(None))
                .where(col(TargetRow.state) == S.SCHEDULED.value)
                .where(
                    or_(
                        col(TargetDeliveryRow.target_id).is_(None),
                        col(TargetDeliveryRow.awaiting_catch_up).is_(False),
                    )
                )
            ).one()
            retry = session.exec(
                select(func.min(col(TargetDeliveryRow.next_attempt_at)))
                .join(TargetRow, col(TargetRow.id) == col(TargetDeliveryRow.target_id))
                .where(col(TargetRow.state).in_([S.FAILED_RETRYABLE.value, S.UNKNOWN.value]))
            ).one()
        # min() over a TypeDecorator column comes back raw from SQLite: re-read it as UTC.
        found = [_as_utc(v) for v in (scheduled, retry) if v is not None]
        return min(found) if found else None

    def next_retry(self) -> datetime | None:
        """The earliest planned retry or lookup (targets waiting for the user excluded)."""
        with self.db.read_session() as session:
            value = session.exec(
                select(func.min(col(TargetDeliveryRow.next_attempt_at)))
                .join(TargetRow, col(TargetRow.id) == col(TargetDeliveryRow.target_id))
                .where(col(TargetRow.state).in_([S.FAILED_RETRYABLE.value, S.UNKNOWN.value]))
                .where(
                    or_(
                        col(TargetDeliveryRow.reason_code).is_(None),
                        col(TargetDeliveryRow.reason_code) != "unknown_needs_user",
                    )
                )
            ).one()
        return None if value is None else _as_utc(value)

    def count_in(self, states: Iterable[TargetState]) -> int:
        """How many targets of live posts are in any of `states`."""
        with self.db.read_session() as session:
            return int(
                session.exec(
                    select(func.count())
                    .select_from(TargetRow)
                    .join(PostRow, col(PostRow.id) == col(TargetRow.post_id))
                    .where(col(PostRow.deleted_at).is_(None))
                    .where(col(TargetRow.state).in_([s.value for s in states]))
                ).one()
            )

    def accounts_needing_reconnect(self) -> set[int]:
        """Ids of the accounts whose status says the user must reconnect them."""
        with self.db.read_session() as session:
            return {
                int(i)
                for i in session.exec(
                    select(AccountRow.id).where(AccountRow.status == AccountStatus.NEEDS_RECONNECT.value)
                ).all()
                if i is not None
            }

    def networks_with_accounts(self) -> set[str]:
        """Keys of the networks the user has at least one account on (connected or not)."""
        with self.db.read_session() as session:
            return {str(n) for n in session.exec(select(AccountRow.network).distinct()).all()}

    def media_for(self, target_id: int) -> list[MediaRef]:
        """The media a target publishes, in order, with their alt texts.

        Once the target is frozen, exactly the frozen list (digests and alt texts as they were);
        before, its override if it has one, else the post's. An override is stored as JSON
        asset ids (`TargetRow.media_override_json`, NULL meaning "same as the post", as
        `core.entities.Target.effective_media` reads it).
        """
        with self.db.read_session() as session:
            target = session.get(TargetRow, target_id)
            if target is None:
                return []
            frozen = snapshots.read(session, target_id)
            if frozen is not None:
                return [
                    MediaRef(m.asset_id, m.sha256, m.alt_text, m.name or f"asset {m.asset_id}") for m in frozen.media
                ]
            ids = snapshots.live_media_ids(session, target)
            if not ids:
                return []
            assets = {
                a.id: a
                for a in session.exec(
                    select(MediaAssetRow).where(MediaAssetRow.id.in_(ids))  # type: ignore[union-attr]
                ).all()
            }
        refs: list[MediaRef] = []
        for asset_id in ids:
            asset = assets.get(asset_id)
            refs.append(
                MediaRef(asset_id, None)
                if asset is None
                else MediaRef(asset_id, asset.sha256, asset.alt_text or "", asset.original_name or asset.sha256[:12])
            )
        return refs

    def alt_text_missing(self, target_id: int) -> list[str]:
        """Names of the images a target sends without alt text while "Always require alt text" is on.

        Empty when the setting is off. The rule is `core.validation.images_missing_alt_text`, the
        one the composer's `ALT_TEXT_REQUIRED` problem follows.
        """
        if not SettingsRepository(self.db).load().require_alt_text:
            return []
        refs = self.media_for(target_id)
        with self.db.read_session() as session:
            ids = [r.asset_id for r in refs]
            kinds = dict(
                session.exec(select(MediaAssetRow.id, MediaAssetRow.kind).where(col(MediaAssetRow.id).in_(ids))).all()
            )
        gaps = images_missing_alt_text((kinds.get(r.asset_id) != "video", r.alt_text) for r in refs)
        return [refs[i].name or f"asset {refs[i].asset_id}" for i in gaps]

    def counted_attempts(self, target_id: int) -> int:
        """Sends that count against the retry budget (auth failures are the account's fault)."""
        with self.db.read_session() as session:
            delivery = session.get(TargetDeliveryRow, target_id)
            if delivery is None:
                return 0
            free = session.exec(
                select(func.count())
                .select_from(DeliveryAttemptRow)
                .where(DeliveryAttemptRow.target_id == target_id)
                .where(DeliveryAttemptRow.outcome.in_(_FREE_OUTCOMES))  # type: ignore[union-attr]
            ).one()
        return max(0, delivery.attempts - int(free))

    def catch_up_policy(self) -> CatchUpPolicy:
        """The user's catch-up policy from the settings (default: ask); see `core.settings`."""
        return SettingsRepository(self.db).load().catch_up_policy

    def set_catch_up_policy(self, mode: CatchUpMode, skip_after_minutes: float = 60) -> None:
        """Store the user's catch-up policy (the same settings the Settings pane writes)."""
        SettingsRepository(self.db).update(catch_up=mode.value, skip_after_minutes=round(skip_after_minutes))

    # -- writing ------------------------------------------------------------------------

    def recover(self, now: datetime) -> list[int]:
        """At start-up: every target left in `publishing` becomes `unknown` (to be looked up).

        Only the one publisher of the data directory may do this: a `publishing` target of another
        live engine is a send in flight, and turning it `unknown` would look it up before it
        lands and send it again. So this takes the data directory's lock and keeps it for the
        life of this `Database` object (it only joins the hold when this process already has
        one, as `postdesk` and `postdesk --headless` take it before anything else).

        Raises:
            DataDirInUse: another live process holds the data directory; nothing was touched.
        """
        claim = instance_lock.hold(self.db.path.parent, instance_lock.MODE_ENGINE)
        weakref.finalize(self.db, claim.release)
        moved: list[int] = []
        with self.db.session() as session:
            rows = session.exec(select(TargetRow).where(TargetRow.state == S.PUBLISHING.value)).all()
            for target in rows:
                transition(target, Event.ANSWER_LOST, now)
                session.add(target)
                post = session.get(PostRow, target.post_id)
                if post is not None:
                    bump_row(post)
                    session.add(post)
                delivery = session.get(TargetDeliveryRow, target.id)
                if delivery is not None:
                    delivery.next_attempt_at = None
                    session.add(delivery)
                self._close_attempt(session, int(target.id or 0), now, "answer_lost", None, None, None)
                self._activity(session, target.post_id, target.id, now, "recovered_unknown", {})
                moved.append(int(target.id or 0))
        return moved

    def move(
        self, target_id: int, expect: Iterable[TargetState], event: Event, now: datetime, outcome: Outcome
    ) -> Work:
        """Apply `event` to a target that must be in one of `expect`, with its bookkeeping.

        Raises:
            StaleState: the target is gone or not in an expected state.
            IllegalTransition: the state machine refuses the event.
        """
        with self.db.session() as session:
            target, post = self._load(session, target_id, expect)
            before = S(target.state)
            transition(target, event, now)
            # A taken-back hand-off resends what the network was given (and did not show).
            afresh = freezes_afresh(before, event) and outcome.activity != "hand_off_taken_back"
            self._freeze_if_needed(session, target, post, now, afresh=afresh)
            bump_row(post)
            session.add(post)
            if outcome.remote_id is not None:
                target.remote_id = outcome.remote_id
                target.remote_url = outcome.remote_url
            session.add(target)
            delivery = self._delivery(session, target_id)
            delivery.reason_code = outcome.reason_code
            delivery.reason_text = outcome.reason_text
            delivery.next_attempt_at = outcome.next_attempt_at
            delivery.awaiting_catch_up = outcome.awaiting_catch_up
            session.add(delivery)
            if outcome.attempt_outcome is not None:
                self._close_attempt(
                    session,
                    target_id,
                    now,
                    outcome.attempt_outcome,
                    outcome.http_status,
                    outcome.reason_text,
                    outcome.remote_id,
                )
            detail = dict(outcome.detail)
            if outcome.reason_text:
                detail.setdefault("network_message", outcome.reason_text)
            if outcome.http_status is not None:
                detail.setdefault("http_status", outcome.http_status)
            self._activity(session, post.id, target_id, now, outcome.activity, detail)
            session.flush()
            return self._work(session, target, post)

    def move_many(
        self, target_ids: Iterable[int], expect: TargetState, event: Event, now: datetime, code: str
    ) -> list[Work]:
        """Apply `event` to many targets in one transaction (those not in `expect` are skipped).

        Used for the burst of targets falling due together: one commit instead of hundreds,
        so the first request leaves without waiting for the last promotion.
        """
        ids = list(dict.fromkeys(target_ids))
        moved: list[Work] = []
        with self.db.session() as session:
            for start in range(0, len(ids), 500):  # stay under SQLite's bound-variable limit
                chunk = ids[start : start + 500]
                rows = session.exec(
                    select(TargetRow, PostRow)
                    .join(PostRow, col(PostRow.id) == col(TargetRow.post_id))
                    .where(col(TargetRow.id).in_(chunk))
                    .where(col(TargetRow.state) == expect.value)
                ).all()
                deliveries = {
                    d.target_id: d
                    for d in session.exec(
                        select(TargetDeliveryRow).where(col(TargetDeliveryRow.target_id).in_(chunk))
                    ).all()
                }
                if not rows:
                    continue
                # What the promoted targets send is fixed here, in a few queries for the chunk.
                after = apply(expect, event)
                kept = (
                    {}
                    if after not in FROZEN or freezes_afresh(expect, event)
                    else snapshots.read_many(session, (int(t.id or 0) for t, _p in rows))
                )
                frozen = dict(kept)
                if after in FROZEN:
                    frozen.update(
                        snapshots.freeze_many(session, [(t, p) for t, p in rows if int(t.id or 0) not in kept], now)
                    )
                bumped: set[int] = set()
                for target, post in rows:
                    transition(target, event, now)
                    session.add(target)
                    if int(post.id or 0) not in bumped:
                        bumped.add(int(post.id or 0))
                        bump_row(post)
                        session.add(post)
                    delivery = deliveries.get(int(target.id or 0))
                    if delivery is None:
                        delivery = TargetDeliveryRow(target_id=int(target.id or 0), idempotency_key=uuid.uuid4().hex)
                    delivery.next_attempt_at = None
                    delivery.awaiting_catch_up = False
                    if event is Event.FALL_DUE:
                        delivery.reason_code = None
                        delivery.reason_text = None
                    session.add(delivery)
                    self._activity(session, post.id, target.id, now, code, {})
                    moved.append(self._work(session, target, post, delivery, frozen.get(int(target.id or 0))))
        return moved

    def mark_awaiting_catch_up(self, target_id: int, now: datetime) -> None:
        """Hold a late scheduled target until the user answers the catch-up question."""
        with self.db.session() as session:
            _target, post = self._load(session, target_id, (S.SCHEDULED,))
            delivery = self._delivery(session, target_id)
            delivery.awaiting_catch_up = True
            session.add(delivery)
            self._activity(session, post.id, target_id, now, "catch_up_asked", {})

    def begin_send(self, target_id: int, now: datetime) -> Work:
        """Commit `due → publishing` with a fresh attempt, before the request leaves.

        Raises:
            StaleState: the target is no longer due.
        """
        with self.db.session() as session:
            target, post = self._load(session, target_id, (S.DUE,))
            transition(target, Event.SEND, now)
            session.add(target)
            # Targets that reached `due` before snapshots existed are frozen at the last moment.
            self._freeze_if_needed(session, target, post, now, afresh=False)
            bump_row(post)
            session.add(post)
            delivery = self._delivery(session, target_id)
            delivery.attempts += 1
            delivery.send_started_at = now
            delivery.next_attempt_at = None
            session.add(delivery)
            session.add(DeliveryAttemptRow(target_id=target_id, attempt_no=delivery.attempts, started_at=now))
            session.flush()
            return self._work(session, target, post)

    def hold_for_reconnect(self, target_id: int, now: datetime) -> Work:
        """Mark a `due` target as waiting for its account's reconnect (state unchanged).

        Raises:
            StaleState: the target is no longer due.
        """
        with self.db.session() as session:
            target, post = self._load(session, target_id, (S.DUE,))
            delivery = self._delivery(session, target_id)
            delivery.reason_code = NEEDS_RECONNECT
            delivery.reason_text = None
            delivery.next_attempt_at = None
            session.add(delivery)
            self._activity(session, post.id, target_id, now, "waiting_for_reconnect", {"account_id": target.account_id})
            session.flush()
            return self._work(session, target, post, delivery)

    def mark_account_needs_reconnect(self, account_id: int) -> bool:
        """Flag a connected account as needing a reconnect; return whether it was connected.

        The network refused its token even after the adapter's own refresh, so only the user
        can fix it; reconnecting sets the status back to connected (`AccountService`).
        """
        with self.db.session() as session:
            row = session.get(AccountRow, account_id)
            if row is None or row.status != AccountStatus.CONNECTED.value:
                return False
            row.status = AccountStatus.NEEDS_RECONNECT.value
            session.add(row)
            return True

    def set_handoff(self, target_id: int, remote_id: str | None, now: datetime) -> Work:
        """Record that the network's own scheduler holds this target (None: it does not).

        `HANDOFF_PENDING` is committed before the hand-off request leaves, so a crash mid-request
        leaves a mark that makes the engine look the post up rather than publish it itself.
        """
        with self.db.session() as session:
            target, post = self._load(session, target_id, (S.SCHEDULED,))
            delivery = self._delivery(session, target_id)
            if remote_id == HANDOFF_PENDING:
                # The network's scheduler gets it now: what it holds is fixed from here on.
                snapshots.freeze(session, target, post, now)
            delivery.handoff_remote_id = remote_id
            session.add(delivery)
            bump_row(post)
            session.add(post)
            code = (
                "hand_off_cleared"
                if remote_id is None
                else "hand_off_started"
                if remote_id == HANDOFF_PENDING
                else "handed_off"
            )
            self._activity(session, post.id, target_id, now, code, {"remote_id": remote_id})
            session.flush()
            return self._work(session, target, post, delivery)

    def record(self, post_id: int, target_id: int | None, code: str, detail: dict[str, Any], now: datetime) -> None:
        """Add an activity-log entry."""
        with self.db.session() as session:
            self._activity(session, post_id, target_id, now, code, detail)

    # -- helpers ------------------------------------------------------------------------

    @staticmethod
    def _load(session: Session, target_id: int, expect: Iterable[TargetState]) -> tuple[TargetRow, PostRow]:
        target = session.get(TargetRow, target_id)
        if target is None:
            raise StaleState(f"target {target_id} is gone")
        if S(target.state) not in set(expect):
            raise StaleState(f"target {target_id} is {target.state}")
        post = session.get(PostRow, target.post_id)
        if post is None:
            raise StaleState(f"post of target {target_id} is gone")
        return target, post

    @staticmethod
    def _freeze_if_needed(session: Session, target: TargetRow, post: PostRow, now: datetime, *, afresh: bool) -> None:
        """Fix what a target sends when it enters a frozen state (ARCHITECTURE.md).

        `afresh`: the content is fixed again from the post as it is now (the target was still
        the user's to edit); otherwise an existing snapshot is kept and one is made only if
        missing.
        """
        if S(target.state) not in FROZEN:
            return
        session.flush()
        if afresh or snapshots.read(session, int(target.id or 0)) is None:
            snapshots.freeze(session, target, post, now)

    @staticmethod
    def _delivery(session: Session, target_id: int) -> TargetDeliveryRow:
        delivery = session.get(TargetDeliveryRow, target_id)
        if delivery is None:
            # The key is random, not derived from content: two identical posts are two posts.
            delivery = TargetDeliveryRow(target_id=target_id, idempotency_key=uuid.uuid4().hex)
            session.add(delivery)
        return delivery

    @staticmethod
    def _close_attempt(
        session: Session,
        target_id: int,
        now: datetime,
        outcome: str,
        http_status: int | None,
        message: str | None,
        remote_id: str | None,
    ) -> None:
        attempt = session.exec(
            select(DeliveryAttemptRow)
            .where(DeliveryAttemptRow.target_id == target_id)
            .where(DeliveryAttemptRow.finished_at.is_(None))  # type: ignore[union-attr]
            .order_by(DeliveryAttemptRow.attempt_no.desc())  # type: ignore[attr-defined]
        ).first()
        if attempt is None:
            return
        attempt.finished_at = now
        attempt.outcome = outcome
        attempt.http_status = http_status
        attempt.network_message = message
        attempt.remote_id = remote_id
        session.add(attempt)

    @staticmethod
    def _activity(
        session: Session, post_id: int | None, target_id: int | None, now: datetime, code: str, detail: dict[str, Any]
    ) -> None:
        session.add(
            ActivityRow(
                post_id=int(post_id or 0),
                target_id=target_id,
                at=now,
                kind="delivery",
                message_code=code,
                detail_json=json.dumps(detail, default=str),
            )
        )


def _as_utc(value: datetime | str) -> datetime:
    instant = datetime.fromisoformat(value) if isinstance(value, str) else value
    return instant.replace(tzinfo=UTC) if instant.tzinfo is None else instant.astimezone(UTC)


def plan(
    ledger: Ledger, target_id: int, expect: Iterable[TargetState], when: datetime | None, reason_code: str | None
) -> None:
    """Set a target's next attempt instant without changing its state."""
    with ledger.db.session() as session:
        ledger._load(session, target_id, expect)
        delivery = ledger._delivery(session, target_id)
        delivery.next_attempt_at = when
        delivery.reason_code = reason_code
        session.add(delivery)
