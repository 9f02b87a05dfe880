"""core.merge: the open copy's edits over a newer stored post, field by field."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.merge import merge_post
from postdesk.core.networks import Network

AT = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
BASE = Post(
    id=1,
    parts=("Hello",),
    media=(7,),
    scheduled_at=AT,
    scheduled_zone="Europe/Paris",
    targets=(
        Target(Network.BLUESKY, state=TargetState.SCHEDULED),
        Target(Network.MASTODON, state=TargetState.SCHEDULED),
    ),
    version=3,
)


def test_a_move_elsewhere_survives_typing_here() -> None:
    mine = replace(BASE, parts=("Hello, typed",))
    theirs = replace(BASE, scheduled_at=AT + timedelta(days=1), version=4)
    merged = merge_post(BASE, mine, theirs)
    assert merged.post.parts == ("Hello, typed",)
    assert merged.post.scheduled_at == AT + timedelta(days=1)
    assert merged.post.version == 4
    assert merged.clashes == ()


def test_engine_states_come_from_the_store() -> None:
    theirs_targets = (replace(BASE.targets[0], state=TargetState.PUBLISHED), BASE.targets[1])
    theirs = replace(BASE, targets=theirs_targets, version=5)
    mine = replace(BASE, targets=(BASE.targets[0], replace(BASE.targets[1], options={"lang": "de"})))
    merged = merge_post(BASE, mine, theirs).post
    states = {t.network: t.state for t in merged.targets}
    assert states[Network.BLUESKY] is TargetState.PUBLISHED
    assert {t.network: t.options for t in merged.targets}[Network.MASTODON] == {"lang": "de"}


def test_both_changed_the_same_field_keeps_mine_and_says_so() -> None:
    mine = replace(BASE, scheduled_at=AT + timedelta(hours=2))
    theirs = replace(BASE, scheduled_at=AT + timedelta(days=3), version=4)
    merged = merge_post(BASE, mine, theirs)
    assert merged.post.scheduled_at == AT + timedelta(hours=2)
    assert merged.clashes == ("schedule",)


def test_targets_added_and_removed_on_either_side() -> None:
    mine = replace(BASE, targets=(*BASE.targets, Target(Network.X)))  # added here
    theirs = replace(BASE, targets=(BASE.targets[0],), version=4)  # Mastodon removed elsewhere
    merged = merge_post(BASE, mine, theirs).post
    assert [t.network for t in merged.targets] == [Network.BLUESKY, Network.X]


def test_nothing_changed_here_takes_the_store() -> None:
    theirs = replace(BASE, parts=("Changed elsewhere",), media=(), version=9)
    assert merge_post(BASE, BASE, theirs).post == theirs
