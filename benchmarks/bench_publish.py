"""Benchmark: 1,000 posts due at the same instant across 10 accounts, on the local fake network.

Measures the real engine (its own thread, APScheduler alarm, SQLite transitions committed before
and after every request, per-account lanes) end to end: throughput, and lateness of each post's
arrival at the fake against its scheduled instant (p50 / p99 / max). The baseline, measured in
the same run against the same fake, is bare httpx doing the same requests with the same
concurrency (one sequential lane per account) and no bookkeeping; the ratio is the cost of
never duplicating and never losing a post.

Run: `python benchmarks/bench_publish.py` (or call `run()`, which returns the numbers).
"""

from __future__ import annotations

import asyncio
import queue
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import httpx  # noqa: E402
from sqlalchemy import update  # noqa: E402
from tests.fakes.recording_adapter import RecordingAdapter  # noqa: E402
from tests.fakes.recording_network import RecordingNetwork  # noqa: E402

from postdesk.core.entities import Post, Target, TargetState  # noqa: E402
from postdesk.core.networks import Network  # noqa: E402
from postdesk.engine.engine import Engine, EngineConfig  # noqa: E402
from postdesk.engine.events import EngineEvent, TargetChanged  # noqa: E402
from postdesk.engine.runner import EngineRunner  # noqa: E402
from postdesk.paths import Paths  # noqa: E402
from postdesk.store.db import open_database  # noqa: E402
from postdesk.store.repositories.accounts import AccountRepository  # noqa: E402
from postdesk.store.repositories.posts import PostRepository  # noqa: E402
from postdesk.store.tables import PostRow  # noqa: E402

POSTS = 1000
ACCOUNTS = 10
LEAD = timedelta(seconds=3)  # time to finish seeding before the instant


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


async def _baseline(url: str, posts: int, accounts: int) -> float:
    async with httpx.AsyncClient(base_url=url, timeout=10) as client:

        async def lane(account: int) -> None:
            for n in range(account, posts, accounts):
                response = await client.post(f"/accounts/{account}/posts", json={"parts": [f"b{n}"], "key": f"b{n}"})
                response.raise_for_status()

        start = time.perf_counter()
        await asyncio.gather(*(lane(a) for a in range(accounts)))
        return time.perf_counter() - start


def run(posts: int = POSTS, accounts: int = ACCOUNTS) -> dict[str, float]:
    """Run the benchmark; return its numbers (seconds, posts per second, ratio)."""
    with tempfile.TemporaryDirectory() as tmp, RecordingNetwork() as net:
        baseline_s = asyncio.run(_baseline(net.url, posts, accounts))
        net.received.clear()
        net.requests.clear()

        paths = Paths(Path(tmp)).ensure()
        db = open_database(paths)
        account_ids = [
            AccountRepository(db).add(Network.MASTODON, f"@b{n}", now=datetime.now(UTC)).id for n in range(accounts)
        ]
        parked = datetime.now(UTC) + timedelta(days=365)
        repo = PostRepository(db)
        for n in range(posts):
            repo.save(
                Post(
                    parts=(f"post {n}",),
                    scheduled_at=parked,
                    scheduled_zone="UTC",
                    targets=(Target(Network.MASTODON, account_ids[n % accounts], state=TargetState.SCHEDULED),),
                ),
                now=datetime.now(UTC),
            )
        # Seeding is slow (one transaction per post); move every post to one instant at once.
        due = (datetime.now(UTC) + LEAD).replace(microsecond=0)
        with db.session() as session:
            session.execute(update(PostRow).values(scheduled_at=due))

        events: queue.Queue[EngineEvent] = queue.Queue()
        engine = Engine(
            db,
            lambda: {Network.MASTODON: RecordingAdapter(net.url)},
            emit=events.put,
            config=EngineConfig(max_parallel=accounts),
        )
        runner = EngineRunner(engine)
        runner.start()
        published = 0
        try:
            while published < posts:
                event = events.get(timeout=120)
                if isinstance(event, TargetChanged) and event.state is TargetState.PUBLISHED:
                    published += 1
        finally:
            runner.stop()
            db.close()
        arrivals = [r.at for r in net.received]
        duplicates = len(arrivals) - len({r.key for r in net.received})

    lateness = [a - due.timestamp() for a in arrivals]
    engine_s = max(arrivals) - min(arrivals)
    return {
        "posts": float(posts),
        "accounts": float(accounts),
        "received": float(len(arrivals)),
        "duplicates": float(duplicates),
        "engine_throughput_per_s": posts / engine_s if engine_s > 0 else float("inf"),
        "baseline_throughput_per_s": posts / baseline_s,
        "engine_vs_baseline_time_ratio": engine_s / baseline_s,
        "lateness_p50_s": statistics.median(lateness),
        "lateness_p99_s": _percentile(lateness, 0.99),
        "lateness_max_s": max(lateness),
        "first_arrival_late_s": min(lateness),
    }


def main() -> int:
    """Print the numbers."""
    for key, value in run().items():
        print(f"{key:32s} {value:10.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
