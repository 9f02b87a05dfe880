"""No edit lost between panes: a version per post, and stale writes refused (issue 12.3)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.store.db import Database
from postdesk.store.post_writes import PostConflict
from postdesk.store.repositories.calendar import CalendarRepository
from postdesk.store.repositories.posts import PostRepository

from .conftest import T0

S = TargetState
LATER = T0 + timedelta(days=2)


def _scheduled(db: Database) -> Post:
    return PostRepository(db).save(
        Post(
            parts=("Hello",),
            targets=(Target(Network.BLUESKY, state=S.SCHEDULED),),
            scheduled_at=T0 + timedelta(days=1),
            scheduled_zone="Europe/Paris",
        ),
        now=T0,
    )


def test_every_save_bumps_the_version(db: Database) -> None:
    posts = PostRepository(db)
    first = _scheduled(db)
    assert first.version == 1
    second = posts.save(replace(first, parts=("Hello again",)), now=T0)
    assert second.version == 2
    assert posts.get(first.id or 0).version == 2  # type: ignore[union-attr]


def test_a_save_based_on_an_old_copy_is_a_conflict_not_an_overwrite(db: Database) -> None:
    posts = PostRepository(db)
    opened = _scheduled(db)  # the composer has this copy open
    change = CalendarRepository(db).reschedule(opened.id or 0, LATER, "Europe/Paris", now=T0)
    assert change.ok
    with pytest.raises(PostConflict) as caught:
        posts.save(replace(opened, parts=("typed in the composer",)), now=T0)
    assert caught.value.expected == 1 and caught.value.found == 2
    stored = posts.get(opened.id or 0)
    assert stored is not None
    assert stored.scheduled_at == LATER  # the move survived
    assert stored.parts == ("Hello",)  # and nothing was half-written


def test_a_save_that_read_the_move_goes_through(db: Database) -> None:
    posts = PostRepository(db)
    opened = _scheduled(db)
    CalendarRepository(db).reschedule(opened.id or 0, LATER, "Europe/Paris", now=T0)
    fresh = posts.get(opened.id or 0)
    assert fresh is not None
    saved = posts.save(replace(fresh, parts=("typed",)), now=T0)
    assert (saved.parts, saved.scheduled_at) == (("typed",), LATER)


def test_delete_and_restore_bump_the_version(db: Database) -> None:
    posts = PostRepository(db)
    calendar = CalendarRepository(db)
    post = _scheduled(db)
    assert calendar.delete(post.id or 0, now=T0)
    assert posts.get(post.id or 0).version == 2  # type: ignore[union-attr]
    assert calendar.restore(post.id or 0, now=T0)
    assert posts.get(post.id or 0).version == 3  # type: ignore[union-attr]


def test_undo_of_a_move_refuses_to_overwrite_a_newer_time(db: Database) -> None:
    posts = PostRepository(db)
    calendar = CalendarRepository(db)
    post = _scheduled(db)
    change = calendar.reschedule(post.id or 0, LATER, "Europe/Paris", now=T0)
    assert change.before is not None
    fresh = posts.get(post.id or 0)
    assert fresh is not None
    # The composer then picks yet another time.
    other = LATER + timedelta(hours=5)
    posts.save(replace(fresh, scheduled_at=other), now=T0)
    with pytest.raises(PostConflict):
        calendar.restore_schedule(change.before, now=T0)
    assert posts.get(post.id or 0).scheduled_at == other  # type: ignore[union-attr]


def test_undo_after_a_text_only_edit_still_restores(db: Database) -> None:
    posts = PostRepository(db)
    calendar = CalendarRepository(db)
    post = _scheduled(db)
    change = calendar.reschedule(post.id or 0, LATER, "Europe/Paris", now=T0)
    assert change.before is not None
    fresh = posts.get(post.id or 0)
    assert fresh is not None
    posts.save(replace(fresh, parts=("typed after the move",)), now=T0)
    assert calendar.restore_schedule(change.before, now=T0)
    back = posts.get(post.id or 0)
    assert back is not None
    assert (back.scheduled_at, back.parts) == (post.scheduled_at, ("typed after the move",))


def test_calendar_schedules_a_dragged_draft_through_the_state_machine(db: Database) -> None:
    posts = PostRepository(db)
    draft = posts.save(Post(parts=("d",), targets=(Target(Network.X),)), now=T0)
    change = CalendarRepository(db).reschedule(draft.id or 0, LATER, "UTC", now=T0)
    assert change.ok
    assert posts.get(draft.id or 0).targets[0].state is S.SCHEDULED  # type: ignore[union-attr]
    assert change.before is not None
    CalendarRepository(db).restore_schedule(change.before, now=T0)
    assert posts.get(draft.id or 0).targets[0].state is S.DRAFT  # type: ignore[union-attr]
