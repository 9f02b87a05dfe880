"""Benchmark `measure` for all networks against the irreducible grapheme pass.

Run: ``python benchmarks/bench_measure.py``. Prints per-network times and the ratio to a
baseline measured in the same run (UTF-8 encode + ``regex`` ``\\X`` findall of the same text).
"""

from __future__ import annotations

import statistics
import time

import regex

from postdesk.core.networks import NETWORK_ORDER
from postdesk.core.text.measure import _measure

_CHUNK = (
    "Hello world, this is a post 👩‍👩‍👧 with 日本語のテキスト and https://example.com/path?q=1 "
    "@alice@mastodon.social #hashtag $AAPL مرحبا بالعالم café 🇫🇷 "
)


def _text(size: int) -> str:
    return (_CHUNK * (size // len(_CHUNK) + 1))[:size]


def _time(fn: object, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def run() -> dict[str, float]:
    """Time measure() uncached on a 5,000- and a 300-character text.

    Returns:
        Seconds per call by "<network>/<size>", plus "baseline/<size>" and "ratio/<...>".
    """
    grapheme = regex.compile(r"\X")
    results: dict[str, float] = {}
    for size, repeat in ((5000, 15), (300, 200)):
        text = _text(size)
        base = _time(lambda text=text: (len(text.encode("utf-8")), grapheme.findall(text)), repeat)
        results[f"baseline/{size}"] = base
        for net in NETWORK_ORDER:
            t = _time(lambda text=text, net=net: _measure.__wrapped__(text, net, None), repeat)
            results[f"{net}/{size}"] = t
            results[f"ratio/{net}/{size}"] = t / base
    return results


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:28s} {value * 1000:9.3f} ms" if not key.startswith("ratio") else f"{key:28s} {value:9.2f} x")
