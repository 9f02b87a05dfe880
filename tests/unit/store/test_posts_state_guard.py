"""`PostRepository.save` never undoes the engine: stored states survive a stale autosave."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlmodel import select

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.store.db import Database
from postdesk.store.repositories import PostRepository
from postdesk.store.repositories.posts import merged_state
from postdesk.store.tables import TargetRow

from .conftest import T0

S = TargetState


def _engine_sets(db: Database, post_id: int, network: Network, state: TargetState) -> None:
    """Write a state the way the engine's ledger does: straight on the target row."""
    with db.session() as session:
        row = session.exec(
            select(TargetRow).where(TargetRow.post_id == post_id, TargetRow.network == network.value)
        ).one()
        row.state = state.value
        row.remote_url = "https://bsky.app/profile/me/post/1" if state is S.PUBLISHED else None
        session.add(row)


def _scheduled(db: Database) -> Post:
    post = Post(
        parts=("Hello",),
        targets=(
            Target(Network.BLUESKY, state=S.SCHEDULED),
            Target(Network.MASTODON, state=S.SCHEDULED),
        ),
        scheduled_at=T0,
        scheduled_zone="Europe/Paris",
    )
    return PostRepository(db).save(post, now=T0)


@pytest.mark.parametrize(
    "engine_state",
    [S.DUE, S.PUBLISHING, S.PUBLISHED, S.UNKNOWN, S.FAILED, S.FAILED_RETRYABLE, S.PAUSED, S.CANCELLED],
)
@pytest.mark.parametrize("composer_state", [S.DRAFT, S.SCHEDULED])
def test_stale_autosave_keeps_the_engine_state(
    db: Database, engine_state: TargetState, composer_state: TargetState
) -> None:
    posts = PostRepository(db)
    stale = _scheduled(db)
    _engine_sets(db, stale.id, Network.BLUESKY, engine_state)  # type: ignore[arg-type]

    targets = tuple(replace(t, state=composer_state) for t in stale.targets)
    saved = posts.save(replace(stale, targets=targets), now=T0)

    states = {t.network: t.state for t in saved.targets}
    assert states[Network.BLUESKY] is engine_state
    # The other target was still the composer's: its move happened.
    assert states[Network.MASTODON] is composer_state


def test_draft_and_scheduled_move_both_ways(db: Database) -> None:
    posts = PostRepository(db)
    post = _scheduled(db)
    draft = posts.save(
        replace(post, scheduled_at=None, targets=tuple(replace(t, state=S.DRAFT) for t in post.targets)),
        now=T0,
    )
    assert {t.state for t in draft.targets} == {S.DRAFT}
    again = posts.save(
        replace(draft, scheduled_at=T0, targets=tuple(replace(t, state=S.SCHEDULED) for t in draft.targets)),
        now=T0,
    )
    assert {t.state for t in again.targets} == {S.SCHEDULED}


@pytest.mark.parametrize("engine_state", [S.PUBLISHING, S.PUBLISHED, S.UNKNOWN])
def test_sent_target_keeps_its_text_and_remote_url(db: Database, engine_state: TargetState) -> None:
    posts = PostRepository(db)
    post = posts.save(
        Post(
            parts=("Base",),
            targets=(Target(Network.BLUESKY, override_enabled=True, override_parts=("Sent",), state=S.SCHEDULED),),
        ),
        now=T0,
    )
    _engine_sets(db, post.id, Network.BLUESKY, engine_state)  # type: ignore[arg-type]
    edited = replace(post.targets[0], override_parts=("Edited after sending",), options={"x": 1})
    saved = posts.save(replace(post, targets=(edited,)), now=T0)
    assert saved.targets[0].override_parts == ("Sent",)
    assert saved.targets[0].options == {}
    with db.read_session() as session:
        row = session.exec(select(TargetRow).where(TargetRow.post_id == post.id)).one()
    expected_url = "https://bsky.app/profile/me/post/1" if engine_state is S.PUBLISHED else None
    assert row.remote_url == expected_url


def test_failed_target_text_can_still_be_fixed(db: Database) -> None:
    posts = PostRepository(db)
    post = _scheduled(db)
    _engine_sets(db, post.id, Network.BLUESKY, S.FAILED)  # type: ignore[arg-type]
    fixed = replace(post.targets[0], override_enabled=True, override_parts=("Shorter",))
    saved = posts.save(replace(post, targets=(fixed, post.targets[1])), now=T0)
    assert saved.targets[0].override_parts == ("Shorter",)
    assert saved.targets[0].state is S.FAILED


def test_removing_an_engine_owned_target_keeps_it(db: Database) -> None:
    posts = PostRepository(db)
    post = _scheduled(db)
    _engine_sets(db, post.id, Network.BLUESKY, S.PUBLISHED)  # type: ignore[arg-type]
    # A stale copy without either target: the draft-ish Mastodon one goes, the published stays.
    saved = posts.save(replace(post, targets=()), now=T0)
    assert [(t.network, t.state) for t in saved.targets] == [(Network.BLUESKY, S.PUBLISHED)]


def test_new_targets_take_the_given_state(db: Database) -> None:
    saved = PostRepository(db).save(Post(targets=(Target(Network.X, state=S.PUBLISHED),)), now=T0)
    assert saved.targets[0].state is S.PUBLISHED


def test_merged_state_table() -> None:
    for stored in S:
        for wanted in S:
            editable = {S.DRAFT, S.SCHEDULED}
            expected = wanted if stored in editable and wanted in editable else stored
            assert merged_state(stored, wanted) is expected


def test_deliveries_report_state_link_and_reason(db: Database) -> None:
    from postdesk.store.tables_engine import TargetDeliveryRow

    post = _scheduled(db)
    _engine_sets(db, post.id, Network.BLUESKY, S.PUBLISHED)  # type: ignore[arg-type]
    with db.session() as session:
        masto = session.exec(
            select(TargetRow).where(TargetRow.post_id == post.id, TargetRow.network == "mastodon")
        ).one()
        masto.state = S.FAILED.value
        session.add(masto)
        session.add(
            TargetDeliveryRow(
                target_id=masto.id, idempotency_key="k1", reason_code="rejected", reason_text="Text too long"
            )
        )
    found = {d.network: d for d in PostRepository(db).deliveries(post.id)}  # type: ignore[arg-type]
    assert found[Network.BLUESKY].state is S.PUBLISHED
    assert found[Network.BLUESKY].remote_url == "https://bsky.app/profile/me/post/1"
    assert found[Network.BLUESKY].reason_code is None
    assert (
        found[Network.MASTODON].state,
        found[Network.MASTODON].reason_code,
        found[Network.MASTODON].reason_text,
    ) == (S.FAILED, "rejected", "Text too long")
