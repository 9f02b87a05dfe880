"""InboxSync's like (against the fake Mastodon instance) and the per-account notify setting."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from postdesk.core.networks import Network
from tests.unit.engine.test_inbox_sync import World, _once, world  # noqa: F401 (fixture)


def test_like_favourites_on_the_network_and_names_the_networks_that_can(world: World):
    post = world.own_status("my post")
    reply = world.instance.reply_from("2", post, "nice post")
    sync = world.sync()
    assert sync.like_networks() == frozenset()  # not started: no adapters yet

    async def scenario():
        await sync.sync_now()
        [entry] = sync.repo.items()
        await sync.like(entry.id)
        return sync.like_networks()

    networks = asyncio.run(_once(sync, scenario))
    assert networks == {Network.MASTODON.value}
    assert world.instance.favourites == {reply["id"]: {"1"}}
    assert world.instance.violations == []


def test_like_of_a_gone_item_raises(world: World):
    sync = world.sync()

    async def scenario():
        await sync.like(12345)

    with pytest.raises(ValueError):
        asyncio.run(_once(sync, scenario))


def test_notify_setting_changes_nothing_else(world: World):
    sync = world.sync()
    repo = sync.repo
    later = world.clock.now() + timedelta(minutes=7)
    repo.save_sync_state(world.account_id, next_sync_at=later, interval_s=120)
    assert repo.notify_settings() == {world.account_id: True}

    repo.set_notify(world.account_id, False)

    state = repo.sync_state(world.account_id)
    assert (state.notify, state.interval_s, state.next_sync_at) == (False, 120, later)
    assert repo.notify_settings() == {world.account_id: False}
    repo.set_notify(world.account_id, True)
    assert repo.sync_state(world.account_id).notify is True
