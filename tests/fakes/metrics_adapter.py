"""An adapter whose `metrics` answers from a script, for the metrics job's tests.

Each remote id has a list of answers used in turn (the last one repeats): a `PostMetrics` or
an adapter error to raise. It records every call and the most requests it saw in flight at
once per account, so tests can check the job's bounds. Publishing is not its business.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from datetime import timedelta

from postdesk.core.networks import Network
from postdesk.platforms.base import Published, PublishRequest, Rejected
from postdesk.platforms.metrics import PostMetrics


class ScriptedMetricsAdapter:
    """A network whose post counts are scripted.

    Attributes:
        calls: (account id, remote id) of every `metrics` call, in order.
        max_in_flight: per account, the most calls running at once.
        max_in_flight_total: the most calls running at once in all.
    """

    rate_limit = None
    lookup_settle = timedelta(0)

    def __init__(self, network: Network = Network.MASTODON, *, delay: float = 0.0) -> None:
        self.network = network
        self.script: dict[str, list[PostMetrics | Exception]] = {}
        self.calls: list[tuple[int | None, str]] = []
        self.max_in_flight: dict[int | None, int] = defaultdict(int)
        self._in_flight: dict[int | None, int] = defaultdict(int)
        self.max_in_flight_total = 0
        self._delay = delay

    def answer(self, remote_id: str, *answers: PostMetrics | Exception) -> None:
        """Script the answers for one post."""
        self.script[remote_id] = list(answers)

    async def metrics(self, account_id: int | None, remote_id: str) -> PostMetrics:
        self.calls.append((account_id, remote_id))
        self._in_flight[account_id] += 1
        self.max_in_flight[account_id] = max(self.max_in_flight[account_id], self._in_flight[account_id])
        self.max_in_flight_total = max(self.max_in_flight_total, sum(self._in_flight.values()))
        try:
            # Let the other requests of the pass start, so concurrency is observable.
            for _ in range(3):
                await asyncio.sleep(self._delay)
            answers = self.script.get(remote_id) or [Rejected("no such post")]
            answer = answers.pop(0) if len(answers) > 1 else answers[0]
            if isinstance(answer, Exception):
                raise answer
            return answer
        finally:
            self._in_flight[account_id] -= 1

    async def publish(self, request: PublishRequest) -> Published:
        raise NotImplementedError("the metrics fake does not publish")

    async def probe(self) -> bool:
        return True

    async def aclose(self) -> None:
        return None
