"""Helpers shared by the calendar's UI tests, the screenshots and the benchmark.

Seeds a real store (migrated SQLite) through the real repositories, and records the engine
facade's calls. The one test here checks the seeder itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.paths import Paths
from postdesk.store.db import Database, open_database
from postdesk.store.repositories import AccountRepository, PostRepository
from postdesk.store.repositories.calendar import CalendarRepository

SEED_NOW = datetime(2025, 3, 20, 10, 0, tzinfo=UTC)


@dataclass
class RecordingActions:
    """A `CalendarActions` that records each call as (name, post id)."""

    calls: list[tuple[str, int]] = field(default_factory=list)

    def pause(self, post_id: int) -> None:
        self.calls.append(("pause", post_id))

    def resume(self, post_id: int) -> None:
        self.calls.append(("resume", post_id))

    def retry(self, post_id: int) -> None:
        self.calls.append(("retry", post_id))

    def schedule_changed(self, post_id: int) -> None:
        self.calls.append(("schedule_changed", post_id))


def local(day: date, at: time, zone: str) -> datetime:
    """A UTC instant from an unambiguous local wall time (test data only)."""
    return datetime.combine(day, at, tzinfo=ZoneInfo(zone)).astimezone(UTC)


def add_post(
    db: Database,
    text: str,
    when: datetime | None,
    networks: tuple[Network, ...] = (Network.BLUESKY,),
    state: TargetState = TargetState.SCHEDULED,
    *,
    zone: str = "Europe/Berlin",
    accounts: tuple[int | None, ...] | None = None,
    tags: tuple[str, ...] = (),
    now: datetime = SEED_NOW,
) -> int:
    """Store one post with a target per network, all in `state`; return its id."""
    account_ids = accounts if accounts is not None else (None,) * len(networks)
    post = Post(
        parts=(text,),
        targets=tuple(Target(network=n, account_id=a, state=state) for n, a in zip(networks, account_ids, strict=True)),
        scheduled_at=when,
        scheduled_zone=zone if when is not None else None,
    )
    saved = PostRepository(db).save(post, now=now)
    assert saved.id is not None
    if tags:
        CalendarRepository(db).set_tags(saved.id, tags)
    return saved.id


def realistic_month(db: Database, month: date, zone: str = "Europe/Berlin") -> None:
    """A creator's month: two or three posts most days, a mix of networks and states."""
    accounts = AccountRepository(db)
    bsky = accounts.add(Network.BLUESKY, "ana.bsky.social", now=SEED_NOW).id
    masto = accounts.add(Network.MASTODON, "@ana@mastodon.art", now=SEED_NOW).id
    x = accounts.add(Network.X, "@ana_draws", now=SEED_NOW).id
    insta = accounts.add(Network.INSTAGRAM, "ana.draws", now=SEED_NOW).id
    texts = [
        "Sketchbook Sunday: three ink studies from the market",
        "New print shop drop — the harbour series is live",
        "Process thread: from thumbnail to final colour",
        "Live stream tonight, painting the lighthouse",
        "Thank you for 10k! Giveaway details inside",
        "Behind the scenes at the print studio",
        "Work in progress: the autumn cover",
        "Quick tip: mixing greys without black",
        "Studio tour video is up",
        "Commission slots open for April",
    ]
    combos = [
        ((Network.BLUESKY, Network.MASTODON), (bsky, masto)),
        ((Network.X,), (x,)),
        ((Network.INSTAGRAM, Network.BLUESKY, Network.MASTODON), (insta, bsky, masto)),
        ((Network.MASTODON,), (masto,)),
        ((Network.BLUESKY, Network.X, Network.THREADS), (bsky, x, None)),
    ]
    times = [time(9, 0), time(12, 30), time(17, 45), time(20, 0)]
    first = month.replace(day=1)
    day = first
    n = 0
    while day.month == first.month:
        per_day = (n % 3) + (1 if day.weekday() < 5 else 0)
        for k in range(per_day):
            networks, ids = combos[(n + k) % len(combos)]
            when = local(day, times[(n + k) % len(times)], zone)
            if when < SEED_NOW:
                state = TargetState.PUBLISHED
                if (n + k) % 11 == 3:
                    state = TargetState.FAILED
                if (n + k) % 17 == 5:
                    state = TargetState.UNKNOWN
            else:
                state = TargetState.SCHEDULED
                if (n + k) % 9 == 4:
                    state = TargetState.DRAFT
                if (n + k) % 13 == 6:
                    state = TargetState.PAUSED
            add_post(
                db,
                texts[(n * 3 + k) % len(texts)],
                when,
                networks,
                state,
                zone=zone,
                accounts=ids,
                tags=("launch",) if (n + k) % 5 == 0 else (),
            )
        n += 1
        day += timedelta(days=1)
    for text in ("Idea: time-lapse of the mural", "Caption draft for the zine", "Poll: next print?"):
        add_post(db, text, None, (Network.BLUESKY,), TargetState.DRAFT)


def open_store(paths: Paths) -> Database:
    return open_database(paths)


def test_seeder_stores_a_realistic_month(paths: Paths) -> None:
    db = open_store(paths)
    try:
        realistic_month(db, date(2025, 3, 1))
        repo = CalendarRepository(db)
        entries = repo.entries_between(datetime(2025, 2, 28, tzinfo=UTC), datetime(2025, 4, 2, tzinfo=UTC))
        assert len(entries) > 40
        assert {e.status.value for e in entries} >= {"published", "scheduled", "failed", "paused"}
        assert len(repo.unscheduled_drafts()) == 3
        assert repo.tags() == ["launch"]
    finally:
        db.close()
