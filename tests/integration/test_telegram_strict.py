"""Telegram's refusals as the Bot API gives them: no admin rights, flood control, photo dimensions."""

from __future__ import annotations

from datetime import timedelta

import pytest

from postdesk.platforms.base import AuthExpired, RateLimited, Rejected
from tests.integration.test_telegram_adapter import World, _jpeg, _req

pytestmark = pytest.mark.integration


@pytest.fixture
def world():
    w = World()
    with w.server:
        yield w


@pytest.mark.parametrize("status", ["left", "kicked", "member"])
def test_a_bot_that_may_not_post_in_the_channel_waits_for_the_creator(world, status):
    world.fake.bot_status = status
    with pytest.raises(AuthExpired) as refused:
        world.run(world.adapter.publish(_req("Hello channel")))
    assert "admin" in str(refused.value)
    assert world.fake.messages == {}


def test_flood_control_gives_the_wait_telegram_asks_for(world):
    world.fake.flood_after = 0
    world.fake.retry_after = 11
    with pytest.raises(RateLimited) as limited:
        world.run(world.adapter.publish(_req("one")))
    assert limited.value.retry_after == timedelta(seconds=11)
    assert world.fake.messages == {}


@pytest.mark.parametrize("size", [(2100, 100), (100, 2500)])  # fit shrinks big photos; not a ratio over 20
def test_photo_outside_telegram_dimensions_is_refused_in_words(world, tmp_path, size):
    photo = _jpeg(tmp_path / "wide.jpg", size)
    with pytest.raises(Rejected) as refused:
        world.run(world.adapter.publish(_req("wide", media=(photo,))))
    assert "10,000 pixels" in refused.value.reason
    assert world.fake.messages == {}


def test_photo_within_dimensions_is_sent(world, tmp_path):
    photo = _jpeg(tmp_path / "ok.jpg", (4000, 3000))
    published = world.run(world.adapter.publish(_req("fine", media=(photo,))))
    assert int(published.remote_id) in world.fake.messages
