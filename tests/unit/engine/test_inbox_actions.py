"""InboxSync's delete-reply, hide and mark-seen, against the fake Mastodon instance."""

from __future__ import annotations

import asyncio

import pytest

from postdesk.engine.connectivity import Connectivity
from postdesk.engine.engine import Engine, EngineConfig
from postdesk.store.repositories.inbox import ReplyState
from tests.unit.engine.test_inbox_sync import _alice_replies, world  # noqa: F401 (fixture)


def test_delete_reply_deletes_the_sent_reply_and_forgets_it(world):
    answer = world.instance.reply_from("2", world.own_status("p"), "question?")

    async def scenario():
        engine = Engine(
            world.db,
            world.adapters,
            emit=world.events.append,
            clock=world.clock,
            connectivity=Connectivity(world.switch),
            jitter=lambda: 0.0,
            config=EngineConfig(use_alarm=False),
            sleep=world.clock.sleep,
        )
        await engine.start()
        sync = world.sync(connectivity=engine.connectivity, drain=engine.drain_outbox)
        await sync.start(periodic=False)
        try:
            assert "mastodon" in sync.delete_reply_networks()
            assert "mastodon" not in sync.hide_networks()
            await sync.sync_now()
            (item,) = sync.repo.items()
            with pytest.raises(ValueError, match="no sent reply"):
                await sync.delete_reply(item.id)
            await sync.reply(item.id, "answer", "press-1")
            await asyncio.gather(*sync._tasks)
            assert sync.repo.items()[0].reply_state == ReplyState.SENT
            assert len(_alice_replies(world.instance, str(answer["id"]))) == 1
            await sync.delete_reply(item.id)
            with pytest.raises(ValueError, match="cannot hide"):
                await sync.hide(item.id)
            told = await sync.mark_seen()  # Mastodon keeps no seen state here
            return sync.repo.items()[0], told
        finally:
            await sync.stop()
            await engine.stop()

    entry, told = asyncio.run(scenario())
    assert _alice_replies(world.instance, str(answer["id"])) == []
    assert entry.reply_state is None
    assert told == 0
