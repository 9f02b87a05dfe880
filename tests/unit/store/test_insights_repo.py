"""Insights repository: totals per account and network, top posts, series, best times, history."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from postdesk.core.networks import Network
from postdesk.store.db import Database
from postdesk.store.repositories.insights import Counts, InsightsRepository, rank
from tests.helpers.insights_data import account, publish, snapshot

T = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)  # a Monday
DAY = timedelta(days=1)


def test_totals_per_account_and_network_add_only_known_counts(db: Database) -> None:
    masto = account(db, Network.MASTODON, "@me@example.social", T)
    sky = account(db, Network.BLUESKY, "me.bsky.social", T)
    m1 = publish(db, Network.MASTODON, masto, T)
    m2 = publish(db, Network.MASTODON, masto, T + DAY)
    b1 = publish(db, Network.BLUESKY, sky, T + DAY)
    publish(db, Network.BLUESKY, sky, T + 40 * DAY)  # outside the period
    snapshot(db, m1, T + timedelta(hours=1), likes=1, reposts=0, replies=0)
    snapshot(db, m1, T + DAY, likes=4, reposts=1, replies=2)  # newest wins
    snapshot(db, m2, T + 2 * DAY, likes=0, reposts=None, replies=3)
    snapshot(db, b1, T + 2 * DAY, likes=10, reposts=2, replies=1, quotes=1)

    totals = {t.handle: t for t in InsightsRepository(db).totals(T - DAY, T + 10 * DAY)}

    assert totals["@me@example.social"].network == "mastodon"
    assert totals["@me@example.social"].posts == 2
    assert totals["@me@example.social"].counts == Counts(4, 1, 5, None, None, None)
    assert totals["me.bsky.social"].posts == 1
    assert totals["me.bsky.social"].counts == Counts(10, 2, 1, 1, None, None)
    assert totals["me.bsky.social"].counts.engagement == 14


def test_a_post_never_read_counts_as_a_post_with_unknown_counts(db: Database) -> None:
    me = account(db, Network.TELEGRAM, "@channel", T)
    publish(db, Network.TELEGRAM, me, T)
    [total] = InsightsRepository(db).totals(T - DAY, T + DAY)
    assert total.posts == 1 and total.counts == Counts() and total.counts.engagement is None


def test_top_posts_by_a_chosen_metric_unknown_last(db: Database) -> None:
    me = account(db, Network.X, "@me", T)
    ids = [publish(db, Network.X, me, T + i * timedelta(hours=1), f"post {i}") for i in range(4)]
    snapshot(db, ids[0], T + DAY, likes=5, views=100)
    snapshot(db, ids[1], T + DAY, likes=9, views=50)
    snapshot(db, ids[2], T + DAY, likes=1, views=900)
    repo = InsightsRepository(db)

    by_likes = repo.top_posts(T - DAY, T + 2 * DAY, "likes")
    by_views = repo.top_posts(T - DAY, T + 2 * DAY, "views", limit=2)

    assert [p.text for p in by_likes] == ["post 1", "post 0", "post 2", "post 3"]
    assert [p.target_id for p in by_views] == [ids[2], ids[0]]
    assert rank(by_likes, "engagement")[-1].counts.engagement is None


def test_history_is_kept_and_latest_skips_a_gone_answer(db: Database) -> None:
    me = account(db, Network.MASTODON, "@me", T)
    target = publish(db, Network.MASTODON, me, T)
    repo = InsightsRepository(db)
    snapshot(db, target, T + timedelta(hours=1), likes=1)
    snapshot(db, target, T + DAY, likes=3)
    repo.record(target, T + 7 * DAY, None, gone=True)

    history = repo.history(target)
    assert [s.counts.likes for s in history] == [1, 3, None]
    assert [s.gone for s in history] == [False, False, True]
    assert repo.latest([target])[target].counts.likes == 3
    [post] = repo.published(T - DAY, T + DAY)
    assert post.gone and post.counts.likes == 3


def test_published_targets_for_the_engine(db: Database) -> None:
    me = account(db, Network.MASTODON, "@me", T)
    target = publish(db, Network.MASTODON, me, T, remote_id="109")
    repo = InsightsRepository(db)
    [found] = repo.published_targets()
    assert (found.remote_id, found.published_at, found.last_fetched_at) == ("109", T, None)
    snapshot(db, target, T + DAY, likes=1)
    assert repo.published_targets([target])[0].last_fetched_at == T + DAY
    assert repo.published_targets([]) == []


def test_period_series_and_best_times_in_the_users_zone(db: Database) -> None:
    me = account(db, Network.MASTODON, "@me", T)
    tokyo = ZoneInfo("Asia/Tokyo")
    # Monday 23:30 UTC is Tuesday 08:30 in Tokyo
    late = publish(db, Network.MASTODON, me, T.replace(hour=23, minute=30))
    early = publish(db, Network.MASTODON, me, T + DAY + timedelta(hours=1))
    snapshot(db, late, T + 2 * DAY, likes=8, views=100)
    snapshot(db, early, T + 2 * DAY, likes=2)

    data = InsightsRepository(db).period(T - DAY, T + 3 * DAY, tokyo, date(2026, 5, 4), date(2026, 5, 6))

    assert data.published_ever == 2
    assert [(p.day.isoformat(), p.posts, p.engagement, p.views) for p in data.series] == [
        ("2026-05-04", 0, None, None),
        ("2026-05-05", 2, 10, 100),
        ("2026-05-06", 0, None, None),
    ]
    assert data.grid[1][8].engagement == 8 and data.grid[1][20].engagement == 2
    assert (data.best[0].weekday, data.best[0].hour) == (1, 8)


def test_post_totals_add_a_posts_targets_for_the_calendar(db: Database) -> None:
    masto = account(db, Network.MASTODON, "@me", T)
    x = account(db, Network.X, "@me_x", T)
    first = publish(db, Network.MASTODON, masto, T)
    second = publish(db, Network.X, x, T)
    never = publish(db, Network.X, x, T)
    snapshot(db, first, T + DAY, likes=2, views=None)
    snapshot(db, second, T + DAY, likes=3, views=40)
    repo = InsightsRepository(db)
    post_of = {p.target_id: p.post_id for p in repo.published(T - DAY, T + DAY)}

    totals = repo.post_totals(post_of.values())

    assert totals[post_of[first]].likes == 2 and totals[post_of[first]].views is None
    assert totals[post_of[second]] == Counts(3, None, None, None, 40, None)
    assert post_of[never] not in totals
    assert repo.post_totals([]) == {}


def test_best_times_for_the_composer(db: Database) -> None:
    me = account(db, Network.MASTODON, "@me", T)
    snapshot(db, publish(db, Network.MASTODON, me, T), T + DAY, likes=5)  # Monday 10:00 UTC
    [best] = InsightsRepository(db).best_times(ZoneInfo("Europe/Paris"))
    assert (best.weekday, best.hour, best.posts) == (0, 12, 1)
