"""Two real headless publishers on one data directory: the second one stops, nothing goes out twice.

Before the data directory lock, the second process's start-up recovery turned the first one's
`publishing` targets into `unknown`, looked them up before the first requests had landed, and
sent them again (3 duplicates of 12 posts on a network answering in 3 s).

Each round seeds a fresh data directory, starts `postdesk --headless --exit-when-idle` against a
local network that answers after at least 3 s, and starts a second one at the moment a chosen
post request of the first arrives. The network keeps every request of the round unanswered (and
unrecorded) until the second process has exited, so the second one lives entirely inside the
first one's send window, however slowly this machine starts it.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from postdesk.core.entities import Post, Target, TargetState
from postdesk.core.networks import Network
from postdesk.core.states import CatchUpMode
from postdesk.engine.ledger import Ledger
from postdesk.paths import Paths
from postdesk.store.db import open_database
from postdesk.store.instance_lock import EXIT_IN_USE
from postdesk.store.repositories.accounts import AccountRepository
from postdesk.store.repositories.posts import PostRepository
from postdesk.store.tables import TargetRow
from postdesk.store.tables_engine import TargetDeliveryRow
from tests.fakes.recording_adapter import ENV_URL
from tests.fakes.recording_network import RecordingNetwork

ROUNDS = int(os.environ.get("POSTDESK_TWO_INSTANCE_ROUNDS", "5"))
POSTS = 6  # one account each: all in flight at once
LATENCY_S = 3.0
#: A request is held at most this long waiting for the second process to exit (the adapter of
#: `recording_adapter_patient` waits longer, so the hold never turns into a lost answer).
HOLD_MAX_S = 60.0
REPO = Path(__file__).resolve().parents[2]


def _seed(paths: Paths, now: datetime) -> None:
    db = open_database(paths)
    try:
        posts = PostRepository(db)
        for n in range(POSTS):
            account = AccountRepository(db).add(Network.MASTODON, f"@a{n}", now=now).id
            posts.save(
                Post(
                    parts=(f"post {n}",),
                    scheduled_at=now,
                    scheduled_zone="UTC",
                    targets=(Target(Network.MASTODON, account, state=TargetState.SCHEDULED),),
                ),
                now=now,
            )
        Ledger(db).set_catch_up_policy(CatchUpMode.PUBLISH)
    finally:
        db.close()


def _start(paths: Paths, url: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, ENV_URL: url, "PYTHONPATH": os.pathsep.join((str(REPO / "src"), str(REPO)))}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "postdesk",
            "--headless",
            "--data-dir",
            str(paths.base),
            "--plugin",
            "tests.fakes.recording_adapter_patient",
            "--exit-when-idle",
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


class SecondLaunch:
    """Starts the second process at the `trigger`-th post request and holds every request of the
    round (before it is recorded) until that process has exited."""

    def __init__(self, net: RecordingNetwork, paths: Paths, trigger: int) -> None:
        self._net = net
        self._paths = paths
        self._trigger = trigger
        self._lock = threading.Lock()
        self._posts_seen = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.started = threading.Event()
        self.done = threading.Event()

    def __call__(self, index: int, phase: str) -> None:
        method, path = self._net.requests[index - 1]
        if phase != "received" or method != "POST" or not path.endswith("/posts"):
            return
        with self._lock:
            self._posts_seen += 1
            if self._posts_seen == self._trigger and self.proc is None:
                self.proc = _start(self._paths, self._net.url)
                self.started.set()
        self.done.wait(HOLD_MAX_S)


def _round(tmp_path: Path, number: int, rng: random.Random, net: RecordingNetwork) -> dict[str, object]:
    paths = Paths(tmp_path / f"round-{number}").ensure()
    _seed(paths, datetime.now(UTC))
    second = SecondLaunch(net, paths, trigger=rng.randint(1, POSTS))
    net.on_request = second
    before = len(net.received)
    first = _start(paths, net.url)
    try:
        assert second.started.wait(120), "the first process never sent"
        assert second.proc is not None
        out2, err2 = second.proc.communicate(timeout=120)
        second.done.set()
        _out1, err1 = first.communicate(timeout=120)
    finally:
        second.done.set()
        for proc in (first, second.proc):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait()
    assert first.returncode == 0, err1.decode()
    db = open_database(paths)
    try:
        with db.read_session() as s:
            states = [TargetState(r.state) for r in s.exec(select(TargetRow)).all()]
            keys = {r.idempotency_key for r in s.exec(select(TargetDeliveryRow)).all()}
    finally:
        db.close()
    received = net.received[before:]
    counts: dict[str, int] = {}
    for rec in received:
        counts[rec.key] = counts.get(rec.key, 0) + 1
    return {
        "states": states,
        "keys": keys,
        "counts": counts,
        "first_pid": first.pid,
        "base": paths.base,
        "second_code": second.proc.returncode,
        "second_out": out2.decode(),
        "second_err": err2.decode(),
    }


def _check_refusal(result: dict[str, object]) -> None:
    """The second process stopped at once, with the distinct status and one line naming the first."""
    message = str(result["second_err"]).strip()
    assert result["second_code"] == EXIT_IN_USE, message
    assert message.count("\n") == 0, message
    assert f"in use by postdesk --headless (process {result['first_pid']})" in message
    assert str(result["base"]) in message
    assert "engine running" not in str(result["second_out"])  # it never started an engine


@pytest.mark.integration
@pytest.mark.slow
def test_two_headless_publishers_on_one_data_directory_never_send_twice(tmp_path: Path) -> None:
    seed = int(os.environ.get("POSTDESK_TWO_INSTANCE_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    duplicates = lost = 0
    results = []
    with RecordingNetwork(latency=LATENCY_S) as net:
        for number in range(ROUNDS):
            result = _round(tmp_path, number, rng, net)
            results.append(result)
            counts: dict[str, int] = result["counts"]  # type: ignore[assignment]
            duplicates += sum(c - 1 for c in counts.values() if c > 1)
            lost += POSTS - len(counts)
    refused = sum(1 for r in results if r["second_code"] == EXIT_IN_USE)
    print(
        f"\ntwo publishers (seed {seed}): {ROUNDS} rounds × {POSTS} posts, the second started "
        f"mid-send each time; second refused: {refused}/{ROUNDS}; duplicates: {duplicates}; lost: {lost}"
    )
    assert duplicates == 0, f"seed {seed}"
    assert lost == 0, f"seed {seed}"
    for number, result in enumerate(results):
        assert result["states"] == [TargetState.PUBLISHED] * POSTS, f"round {number} (seed {seed})"
        assert set(result["counts"]) == result["keys"], f"round {number} (seed {seed})"  # type: ignore[call-overload]
        _check_refusal(result)
