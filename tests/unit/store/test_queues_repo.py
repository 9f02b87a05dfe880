"""Queues as the window edits them (reorder, shuffle, remove a slot and move its posts, accounts) and
repeat series (forever, variations in turn, stop withdraws the reposts not on their way)."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.core.slots import Evergreen, QueueSchedule, WeeklySlot
from postdesk.engine.queue import QueueStore
from postdesk.store.db import Database
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.repositories.queues import QueueInfo, QueueNameTaken, QueuesRepository
from postdesk.store.tables import PostRow, TargetRow

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # Monday 09:00 Paris
PARIS = ZoneInfo("Europe/Paris")
SLOTS = (WeeklySlot(1, time(9)), WeeklySlot(3, time(17, 30)))


def _queue(db: Database, accounts: tuple[int, ...] = ()) -> int:
    return QueuesRepository(db).save(QueueInfo(None, QueueSchedule("Weekdays", "Europe/Paris", SLOTS), accounts), NOW)


def _draft(db: Database, text: str) -> int:
    account = AccountRepository(db).add(Network.MASTODON, f"@{text}@example.social", now=NOW, instance_url=None).id
    return PostRepository(db).save(Post(parts=(text,), targets=(Target(Network.MASTODON, account),)), now=NOW).id


def _queued(db: Database, schedule: int) -> list[tuple[str, datetime]]:
    return [(q.text, q.slot_at) for q in QueuesRepository(db).queued(schedule, NOW)]


def test_a_queue_round_trips_with_its_accounts_and_serves_only_them(db: Database) -> None:
    repo = QueuesRepository(db)
    schedule = _queue(db, accounts=(3, 1))
    (info,) = repo.queues()
    assert info.id == schedule and info.accounts == (1, 3) and set(info.schedule.slots) == set(SLOTS)
    assert info.serves((1,)) and not info.serves((1, 2))
    with pytest.raises(QueueNameTaken):
        repo.save(QueueInfo(None, QueueSchedule("Weekdays", "UTC", SLOTS)), NOW)


def test_reorder_and_shuffle_swap_slots_and_keep_them(db: Database) -> None:
    schedule = _queue(db)
    store = QueueStore(db)
    posts = [_draft(db, t) for t in "abc"]
    slots = [store.add_to_queue(p, schedule, NOW) for p in posts]
    repo = QueuesRepository(db)
    assert repo.next_slot(schedule, None, NOW) == QueuesRepository(db).next_slot(schedule, 999, NOW)
    assert repo.move(schedule, posts[2], -1, NOW)
    assert _queued(db, schedule) == [("a", slots[0]), ("c", slots[1]), ("b", slots[2])]
    assert PostRepository(db).get(posts[2]).scheduled_at == slots[1]
    assert not repo.move(schedule, posts[0], -1, NOW)  # already first
    repo.shuffle(schedule, NOW, random.Random(3))
    after = _queued(db, schedule)
    assert [at for _t, at in after] == slots and sorted(t for t, _at in after) == ["a", "b", "c"]


def test_removing_a_slot_moves_its_posts_to_the_next_free_slots(db: Database) -> None:
    schedule = _queue(db)
    store = QueueStore(db)
    posts = [_draft(db, t) for t in "abc"]
    for p in posts:
        store.add_to_queue(p, schedule, NOW)
    repo = QueuesRepository(db)
    tuesday = WeeklySlot(1, time(9))
    assert repo.posts_in_slot(schedule, tuesday, NOW) == 2  # a (Tue 3rd) and c (Tue 10th)
    moved = repo.remove_slot(schedule, tuesday, True, NOW)
    local = [at.astimezone(PARIS) for at in moved]
    # b holds Thursday 5th; a and c take the next free Thursdays.
    assert [(d.date().isoformat(), d.time()) for d in local] == [
        ("2026-03-12", time(17, 30)),
        ("2026-03-19", time(17, 30)),
    ]
    assert [t for t, _at in _queued(db, schedule)] == ["b", "a", "c"]
    assert repo.queues()[0].schedule.slots == (WeeklySlot(3, time(17, 30)),)


def test_removing_a_slot_without_moving_leaves_the_posts_at_their_time(db: Database) -> None:
    schedule = _queue(db)
    post = _draft(db, "a")
    at = QueueStore(db).add_to_queue(post, schedule, NOW)
    QueuesRepository(db).remove_slot(schedule, WeeklySlot(1, time(9)), False, NOW)
    assert _queued(db, schedule) == []
    assert PostRepository(db).get(post).scheduled_at == at


def _publish(db: Database, post_id: int) -> None:
    with db.session() as session:
        for t in session.exec(select(TargetRow).where(TargetRow.post_id == post_id)).all():
            t.state = TargetState.PUBLISHED.value
            session.add(t)


def _texts(db: Database, ids: list[int]) -> list[str]:
    with db.read_session() as session:
        return [json.loads(session.get(PostRow, i).parts_json)[0] for i in ids]


def test_variations_are_used_in_turn_and_stop_withdraws_what_waits(db: Database) -> None:
    post = _draft(db, "original")
    repo = QueuesRepository(db)
    repo.set_repeat(post, 7, 3, False, ("second", " ", "third"), "Europe/Paris", NOW)
    _publish(db, post)
    made = QueueStore(db).after_published(post, NOW)
    assert _texts(db, made) == ["second", "third", "original"]
    assert repo.repeat_of(made[1]).number == 2 and repo.repeat_of(made[1]).series_post_id == post
    assert set(repo.repeating([post, *made, 999])) == {post, *made}
    _publish(db, made[0])
    assert QueueStore(db).after_published(made[0], NOW) == []  # a finite series made all at once
    withdrawn = repo.stop_repeating(made[2], NOW)
    assert withdrawn == made[1:]  # the first repost went out; the two waiting ones are withdrawn
    assert repo.repeat_of(post).stopped


def test_a_forever_series_makes_one_repost_at_a_time_until_stopped(db: Database) -> None:
    post = _draft(db, "evergreen")
    with db.session() as session:
        row = session.get(PostRow, post)
        row.scheduled_at = NOW
        session.add(row)
    repo = QueuesRepository(db)
    repo.set_repeat(post, 14, 0, True, ("again",), "Europe/Paris", NOW)
    _publish(db, post)
    store = QueueStore(db)
    (first,) = store.after_published(post, NOW)
    assert store.after_published(post, NOW) == []  # made once
    assert PostRepository(db).get(first).scheduled_at == NOW + timedelta(days=14)
    _publish(db, first)
    later = NOW + timedelta(days=15)
    (second,) = store.after_published(first, later)
    # 09:00 Paris wall clock kept across the change to summer time on 29 March.
    assert PostRepository(db).get(second).scheduled_at.astimezone(PARIS) == datetime(2026, 3, 30, 9, tzinfo=PARIS)
    assert _texts(db, [first, second]) == ["again", "evergreen"]
    repo.stop_repeating(post, later)
    _publish(db, second)
    assert store.after_published(second, later) == []


def test_the_engine_set_evergreen_keeps_its_old_call(db: Database) -> None:
    post = _draft(db, "x")
    QueueStore(db).set_evergreen(post, Evergreen(1, 7, "UTC"), NOW)
    info = QueuesRepository(db).repeat_of(post)
    assert info is not None and info.times == 1 and not info.forever


def test_a_draft_takes_a_chosen_free_slot_but_not_a_held_or_foreign_one(db: Database) -> None:
    schedule = _queue(db)
    held = _draft(db, "held")
    at = QueueStore(db).add_to_queue(held, schedule, NOW)
    post = _draft(db, "dropped")
    repo = QueuesRepository(db)
    assert not repo.place_in_slot(post, "Weekdays", at, NOW)  # another post holds it
    assert not repo.place_in_slot(post, "Weekdays", at + timedelta(hours=1), NOW)  # not one of its times
    assert not repo.place_in_slot(post, "Nope", at, NOW)
    later = at + timedelta(days=7)
    assert repo.place_in_slot(post, "Weekdays", later, NOW)
    assert PostRepository(db).get(post).scheduled_at == later
    assert {t.state for t in PostRepository(db).get(post).targets} == {TargetState.SCHEDULED}
    assert [q.post_id for q in repo.queued(schedule, NOW)] == [held, post]
