"""The start-up network probe asks only the hosts of networks the user has accounts on."""

from __future__ import annotations

from postdesk.core.networks import Network
from postdesk.engine.engine import Engine, EngineConfig

from .conftest import Harness, run


class _CountingAdapter:
    """Stands in for a real network's adapter: counts probes, never leaves the process."""

    def __init__(self) -> None:
        self.probes = 0

    async def probe(self) -> bool:
        self.probes += 1
        return True

    async def aclose(self) -> None:
        return None


def test_probe_skips_networks_without_accounts(harness: Harness) -> None:
    # The harness has one Mastodon account; X and Telegram have none.
    mastodon, x, telegram = _CountingAdapter(), _CountingAdapter(), _CountingAdapter()
    engine = Engine(
        harness.db,
        lambda: {Network.MASTODON: mastodon, Network.X: x, Network.TELEGRAM: telegram},  # type: ignore[dict-item]
        emit=harness.events.append,
        clock=harness.clock,
        jitter=lambda: 0.0,
        config=EngineConfig(use_alarm=False),
        sleep=harness.clock.sleep,
    )

    async def body() -> bool:
        engine._adapters = engine._make_adapters()  # what start() does, without a pass
        return await engine._probe_adapters()

    assert run(body) is True
    assert (mastodon.probes, x.probes, telegram.probes) == (1, 0, 0)
