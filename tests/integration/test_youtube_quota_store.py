"""YouTube's quota count lives in the database: a new engine (or a restart) the same Pacific day sees it."""

from __future__ import annotations

import asyncio
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from postdesk.core import youtube_quota as quota
from postdesk.core.networks import Network
from postdesk.paths import Paths
from postdesk.platforms.base import PublishRequest
from postdesk.platforms.shipped import shipped_registry
from postdesk.platforms.youtube import YouTubeAdapter
from postdesk.platforms.youtube_quota_store import SettingsQuotaStore, stored_usage
from postdesk.store.db import open_database
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.youtube_api import CHANNEL, UNIT, FakeYouTube
from tests.fakes.youtube_server import YouTubeServer

pytestmark = pytest.mark.integration


async def _no_wait(_: float) -> None:
    await asyncio.sleep(0)


def test_the_shipped_youtube_adapter_counts_into_the_database(paths: Paths, tmp_path: Path) -> None:
    database = open_database(paths)
    api = FakeYouTube()
    server = YouTubeServer(api).start()
    api.base = server.url
    video = tmp_path / "clip.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + os.urandom(UNIT))
    try:
        registry = shipped_registry(database)
        assert Network.YOUTUBE in registry.networks()

        async def publish_twice() -> None:
            for _ in range(2):  # two engines, one after the other, over the same database
                adapter = YouTubeAdapter(
                    StaticCredentials("token-ok", user_id=CHANNEL),
                    quota_store=SettingsQuotaStore(database),
                    base_url=server.url,
                    clock=lambda: api.now,
                    sleep=_no_wait,
                    chunk_size=UNIT,
                    poll_interval=1,
                )
                try:
                    await adapter.publish(PublishRequest(1, 5, ("d",), (str(video),), {"title": "t"}))
                finally:
                    await adapter.aclose()
            built = registry.build()[Network.YOUTUBE]
            assert isinstance(built, YouTubeAdapter)
            assert await built.remaining(5) == quota.Cost(10_000 - 2, 98)
            await built.aclose()

        asyncio.run(publish_twice())
        usage = stored_usage(database, 5)
        assert usage == quota.QuotaUsage(quota.pacific_day(api.now), units=2, uploads=2)
        assert stored_usage(database, 6) is None
    finally:
        server.stop()
        database.close()


def test_a_new_pacific_day_starts_afresh() -> None:
    spent = quota.QuotaUsage("2026-12-04", units=9_000, uploads=100, exhausted=True)
    next_day = datetime(2026, 12, 5, 8, 0, tzinfo=UTC)  # midnight in Los Angeles
    assert quota.remaining(spent, datetime(2026, 12, 5, 7, 59, tzinfo=UTC)) == quota.Cost(0, 0)
    assert quota.remaining(spent, next_day) == quota.Cost(10_000, 100)


def test_day_plan_counts_the_accounts_other_uploads_that_pacific_day(paths: Paths) -> None:
    from postdesk.core.entities import Post, Target, TargetState
    from postdesk.platforms.youtube_quota_store import day_plan
    from postdesk.store.repositories import PostRepository
    from postdesk.store.repositories.accounts import AccountRepository

    database = open_database(paths)
    try:
        now = datetime(2026, 12, 4, 17, 0, tzinfo=UTC)
        account = AccountRepository(database).add(Network.YOUTUBE, "@me", now=now)
        other = AccountRepository(database).add(Network.YOUTUBE, "@other", now=now)
        posts = PostRepository(database)
        # Tomorrow in Los Angeles runs from 08:00 UTC on the 5th to 08:00 UTC on the 6th.
        times = [
            datetime(2026, 12, 5, 8, 30, tzinfo=UTC),
            datetime(2026, 12, 6, 7, 30, tzinfo=UTC),
            datetime(2026, 12, 6, 8, 30, tzinfo=UTC),
        ]  # the last is the day after
        for at in times:
            posts.save(
                Post(
                    parts=("d",),
                    scheduled_at=at,
                    targets=(
                        Target(
                            Network.YOUTUBE,
                            account_id=account.id,
                            options={"title": "t", "thumbnail": "x.png"},
                            state=TargetState.SCHEDULED,
                        ),
                    ),
                ),
                now=now,
            )
        posts.save(
            Post(
                parts=("d",),
                scheduled_at=times[0],
                targets=(
                    Target(Network.YOUTUBE, account_id=other.id, options={"title": "t"}, state=TargetState.SCHEDULED),
                ),
            ),
            now=now,
        )
        this = quota.publish_cost(thumbnail=False, playlist=False)
        assert account.id is not None
        plan = day_plan(database, account.id, datetime(2026, 12, 5, 20, 0, tzinfo=UTC), now, this)
        assert plan.verdict is quota.OK and plan.uploads_that_day == 3 and plan.day == "2026-12-05"
        assert plan.units_left == 10_000 - 2 * (20 + 50) - 20
        tight = day_plan(
            database,
            account.id,
            datetime(2026, 12, 5, 20, 0, tzinfo=UTC),
            now,
            this,
            limits=quota.QuotaLimits(uploads=3),
        )
        assert tight.verdict is quota.LOW
        over = day_plan(
            database,
            account.id,
            datetime(2026, 12, 5, 20, 0, tzinfo=UTC),
            now,
            this,
            limits=quota.QuotaLimits(uploads=2),
        )
        assert over.verdict is quota.OVER
    finally:
        database.close()
